//! Synchronisation primitives that need no operating system: the atomic types.

pub mod atomic;

//! Macro expansion.

pub mod mbe;

//! smelt's `alloc`: heap allocation. Collections arrive with drop support.

#![no_std]

pub mod alloc;

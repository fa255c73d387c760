//! smelt's `alloc`: heap allocation and the collections built on it (`Vec`, `String`), string
//! formatting into `String`s, and the allocating methods of slices and `str`.

#![no_std]

#[macro_use]
mod macros;

pub mod alloc;
pub mod borrow;
pub mod boxed;
pub mod collections;
mod error;
pub mod fmt;
pub mod rc;
pub mod slice;
pub mod str;
pub mod string;
pub mod sync;
pub mod vec;

//! smelt's `core`: the language's foundation, needing no operating system. The traits the
//! compiler relies on are marked `#[lang = "..."]` as in rustc's `core`; primitive types get
//! their inherent methods here.

#![no_core]

#[prelude_import]
#[allow(unused_imports)]
use prelude::rust_2021::*;

#[macro_use]
mod macros;

pub mod array;
pub mod char;
pub mod clone;
pub mod cmp;
pub mod convert;
pub mod default;
pub mod f32;
pub mod f64;
pub mod fmt;
pub mod hash;
pub mod hint;
pub mod intrinsics;
pub mod iter;
pub mod marker;
pub mod mem;
pub mod num;
pub mod ops;
pub mod option;
pub mod panic;
pub mod panicking;
pub mod prelude;
pub mod ptr;
pub mod result;
pub mod slice;
pub mod str;
mod tuple;

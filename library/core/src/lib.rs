//! smelt's `core`: the language's foundation, needing no operating system. The traits the
//! compiler relies on are marked `#[lang = "..."]` as in rustc's `core`; primitive types get
//! their inherent methods here.

#![no_core]

#[prelude_import]
#[allow(unused_imports)]
use prelude::rust_2021::*;

#[macro_use]
mod macros;

pub mod any;
pub mod array;
pub mod cell;
pub mod char;
pub mod clone;
pub mod cmp;
pub mod convert;
pub mod default;
pub mod error;
pub mod f32;
pub mod f64;
pub mod ffi;
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
pub mod sync;
pub mod time;
pub mod unicode;
mod tuple;
mod unit;

/// The legacy integer modules (`std::u8::MAX`, `std::i32::MIN`), kept for old code.
macro_rules! legacy_int_modules {
    ($($t:ident)*) => {$(
        pub mod $t {
            //! Legacy constants of the integer type of the same name.
            pub const MIN: $t = $t::MIN;
            pub const MAX: $t = $t::MAX;
        }
    )*};
}

legacy_int_modules! { i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize }

//! smelt's `std`: `core` and `alloc` plus what needs an operating system (printing,
//! exiting, the program's entry point, the panic handler). The platform layer is `sys`; a
//! port to another OS replaces `sys/linux.rs`.

#![no_std]

extern crate alloc as alloc_crate;

#[macro_use]
mod macros;

pub mod collections;
pub mod hash;
pub mod io;
pub mod os;
pub mod panicking;
pub mod prelude;
pub mod process;
pub mod rt;
pub mod sync;
mod sys;
pub mod time;

pub use core::{any, array, cell, char, clone, cmp, convert, default, error, f32, f64, ffi, hint, intrinsics, iter, marker, mem, ops, option, panic, ptr, result};
pub use core::{i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize};
pub use alloc_crate::alloc;
// The modules `alloc` extends with allocating items (`fmt::format`, `[T]::to_vec`, ...).
pub use alloc_crate::{borrow, boxed, fmt, rc, slice, str, string};

pub mod num {
    pub use core::num::*;
}

// The macros of `core` that `std` offers too.
pub use core::{
    assert, assert_eq, assert_ne, cfg, column, compile_error, concat, const_format_args, debug_assert, debug_assert_eq, debug_assert_ne,
    env, file, format_args, format_args_nl, include, include_bytes, include_str, line, matches, module_path, option_env, panic_2015,
    panic_2021, stringify, todo, unimplemented, unreachable, unreachable_2015, unreachable_2021, write, writeln,
};
pub use core::r#try;

// `vec` is both a module and a macro: one `use` brings both. (The macro re-export is
// written with the crate's own name, which is how smelt's expander finds it.)
pub use ::alloc::{format, vec};


//! The functions panics go through. The compiler calls the `#[lang]` ones for failed
//! checks (overflow, bounds, division by zero); `panic!` expands to the others. They all end
//! in the panic handler, which `std` defines (`__smelt_panic_handler`).

use crate::fmt;
use crate::panic::{Location, PanicInfo};

extern "Rust" {
    /// Defined by `std`: prints the message and ends the program.
    fn __smelt_panic_handler(info: &PanicInfo<'_>) -> !;
}

#[cold]
#[inline(never)]
#[track_caller]
#[lang = "panic_fmt"]
pub const fn panic_fmt(fmt: fmt::Arguments<'_>) -> ! {
    let info = PanicInfo { message: &fmt, location: Location::caller() };
    unsafe { __smelt_panic_handler(&info) }
}

#[cold]
#[inline(never)]
#[track_caller]
#[lang = "panic"]
pub const fn panic(expr: &'static str) -> ! {
    panic_fmt(fmt::Arguments::new_const(&[expr]))
}

#[cold]
#[inline(never)]
#[track_caller]
#[lang = "panic_nounwind"]
pub fn panic_nounwind(expr: &'static str) -> ! {
    panic_fmt(fmt::Arguments::new_const(&[expr]))
}

#[cold]
#[inline(never)]
#[track_caller]
#[lang = "panic_display"]
pub fn panic_display<T: fmt::Display>(x: &T) -> ! {
    panic_fmt(format_args!("{}", *x))
}

#[cold]
#[inline(never)]
#[track_caller]
pub fn unreachable_display<T: fmt::Display>(x: &T) -> ! {
    panic_fmt(format_args!("internal error: entered unreachable code: {}", *x))
}

#[cold]
#[inline(never)]
#[track_caller]
#[lang = "panic_bounds_check"]
fn panic_bounds_check(index: usize, len: usize) -> ! {
    panic!("index out of bounds: the len is {len} but the index is {index}")
}

macro_rules! panic_const {
    ($($lang:literal $name:ident $message:literal,)*) => {
        $(
            #[cold]
            #[inline(never)]
            #[track_caller]
            #[lang = $lang]
            pub fn $name() -> ! {
                panic_fmt(fmt::Arguments::new_const(&[$message]))
            }
        )*
    };
}

panic_const! {
    "panic_const_add_overflow" panic_const_add_overflow "attempt to add with overflow",
    "panic_const_sub_overflow" panic_const_sub_overflow "attempt to subtract with overflow",
    "panic_const_mul_overflow" panic_const_mul_overflow "attempt to multiply with overflow",
    "panic_const_div_overflow" panic_const_div_overflow "attempt to divide with overflow",
    "panic_const_rem_overflow" panic_const_rem_overflow "attempt to calculate the remainder with overflow",
    "panic_const_neg_overflow" panic_const_neg_overflow "attempt to negate with overflow",
    "panic_const_shr_overflow" panic_const_shr_overflow "attempt to shift right with overflow",
    "panic_const_shl_overflow" panic_const_shl_overflow "attempt to shift left with overflow",
    "panic_const_div_by_zero" panic_const_div_by_zero "attempt to divide by zero",
    "panic_const_rem_by_zero" panic_const_rem_by_zero "attempt to calculate the remainder with a divisor of zero",
}

#[derive(Debug)]
pub enum AssertKind {
    Eq,
    Ne,
    Match,
}

/// The failure of `assert_eq!`/`assert_ne!`.
#[cold]
#[inline(never)]
#[track_caller]
pub fn assert_failed<T, U>(kind: AssertKind, left: &T, right: &U, args: Option<fmt::Arguments<'_>>) -> !
where
    T: fmt::Debug + ?Sized,
    U: fmt::Debug + ?Sized,
{
    let op = match kind {
        AssertKind::Eq => "==",
        AssertKind::Ne => "!=",
        AssertKind::Match => "matches",
    };
    match args {
        Some(args) => panic!("assertion `left {op} right` failed: {args}\n  left: {left:?}\n right: {right:?}"),
        None => panic!("assertion `left {op} right` failed\n  left: {left:?}\n right: {right:?}"),
    }
}

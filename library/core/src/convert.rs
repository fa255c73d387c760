//! Conversions between types.

use crate::fmt;

pub trait AsRef<T: ?Sized> {
    fn as_ref(&self) -> &T;
}

pub trait AsMut<T: ?Sized> {
    fn as_mut(&mut self) -> &mut T;
}

pub trait From<T>: Sized {
    fn from(value: T) -> Self;
}

pub trait Into<T>: Sized {
    fn into(self) -> T;
}

impl<T, U> Into<U> for T
where
    U: From<T>,
{
    #[inline]
    fn into(self) -> U {
        U::from(self)
    }
}

impl<T> From<T> for T {
    #[inline]
    fn from(t: T) -> T {
        t
    }
}

pub trait TryFrom<T>: Sized {
    type Error;
    fn try_from(value: T) -> Result<Self, Self::Error>;
}

pub trait TryInto<T>: Sized {
    type Error;
    fn try_into(self) -> Result<T, Self::Error>;
}

impl<T, U> TryInto<U> for T
where
    U: TryFrom<T>,
{
    type Error = U::Error;
    #[inline]
    fn try_into(self) -> Result<U, U::Error> {
        U::try_from(self)
    }
}

/// The error type for errors that can never happen.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Infallible {}

impl fmt::Debug for Infallible {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl fmt::Display for Infallible {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {}
    }
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &T
where
    T: AsRef<U>,
{
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T: ?Sized, U: ?Sized> AsRef<U> for &mut T
where
    T: AsRef<U>,
{
    fn as_ref(&self) -> &U {
        <T as AsRef<U>>::as_ref(*self)
    }
}

impl<T> AsRef<[T]> for [T] {
    fn as_ref(&self) -> &[T] {
        self
    }
}

impl AsRef<str> for str {
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsRef<[u8]> for str {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

/// The identity function.
#[inline]
pub const fn identity<T>(x: T) -> T {
    x
}

// Lossless integer conversions.
macro_rules! from_lossless {
    ($($small:ty => $($big:ty),*;)*) => {
        $($(
            impl From<$small> for $big {
                #[inline]
                fn from(small: $small) -> $big {
                    small as $big
                }
            }
        )*)*
    };
}

from_lossless! {
    u8 => u16, u32, u64, u128, usize, i16, i32, i64, i128, isize;
    u16 => u32, u64, u128, usize, i32, i64, i128;
    u32 => u64, u128, i64, i128;
    u64 => u128, i128;
    i8 => i16, i32, i64, i128, isize;
    i16 => i32, i64, i128, isize;
    i32 => i64, i128;
    i64 => i128;
    u8 => f32, f64;
    u16 => f32, f64;
    u32 => f64;
    i8 => f32, f64;
    i16 => f32, f64;
    i32 => f64;
    f32 => f64;
}

// `false` is 0 and `true` is 1.
macro_rules! from_bool {
    ($($t:ty)*) => {
        $(
            impl From<bool> for $t {
                #[inline]
                fn from(b: bool) -> $t {
                    b as u8 as $t
                }
            }
        )*
    };
}

from_bool! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 }

impl From<u8> for char {
    fn from(b: u8) -> char {
        b as char
    }
}

impl From<char> for u32 {
    fn from(c: char) -> u32 {
        c as u32
    }
}

impl From<char> for u64 {
    fn from(c: char) -> u64 {
        c as u64
    }
}

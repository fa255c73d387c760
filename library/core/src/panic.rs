//! Panic support: where a panic happened, and the `panic!` macro's edition variants.

use crate::fmt;

pub use crate::{panic_2015, panic_2021, unreachable_2015, unreachable_2021};

/// A source location: what `#[track_caller]` functions learn about their caller.
#[lang = "panic_location"]
#[derive(Copy, Clone, Debug, Hash, Eq, PartialEq)]
pub struct Location<'a> {
    file: &'a str,
    line: u32,
    col: u32,
}

impl<'a> Location<'a> {
    /// The location of the call to the function this is called in (through any number of
    /// `#[track_caller]` functions).
    #[inline]
    #[track_caller]
    pub const fn caller() -> &'static Location<'static> {
        crate::intrinsics::caller_location()
    }

    #[inline]
    pub const fn file(&self) -> &str {
        self.file
    }

    #[inline]
    pub const fn line(&self) -> u32 {
        self.line
    }

    #[inline]
    pub const fn column(&self) -> u32 {
        self.col
    }
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// What a panic handler is told.
pub struct PanicInfo<'a> {
    pub(crate) message: &'a fmt::Arguments<'a>,
    pub(crate) location: &'a Location<'a>,
}

impl<'a> PanicInfo<'a> {
    pub fn message(&self) -> &fmt::Arguments<'a> {
        self.message
    }

    pub fn location(&self) -> Option<&Location<'_>> {
        Some(self.location)
    }
}

impl fmt::Display for PanicInfo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("panicked at ")?;
        fmt::Display::fmt(self.location, f)?;
        f.write_str(":\n")?;
        f.write_fmt(*self.message)
    }
}

//! `str::escape_debug`, `escape_default` and `escape_unicode`: the escapes of the string's
//! characters one after the other, as an iterator of `char`s that also `Display`s.

use super::Chars;
use crate::char::{EscapeDebug as CharEscapeDebug, EscapeDefault as CharEscapeDefault, EscapeUnicode as CharEscapeUnicode};
use crate::fmt;

impl str {
    /// Each character escaped as `char::escape_debug` does, except that grapheme extenders
    /// (combining marks) after the first character stay as they are.
    pub fn escape_debug(&self) -> EscapeDebug<'_> {
        EscapeDebug { chars: self.chars(), current: None, first: true }
    }

    /// Each character escaped as `char::escape_default` does.
    pub fn escape_default(&self) -> EscapeDefault<'_> {
        EscapeDefault { chars: self.chars(), current: None }
    }

    /// Each character escaped as `char::escape_unicode` does.
    pub fn escape_unicode(&self) -> EscapeUnicode<'_> {
        EscapeUnicode { chars: self.chars(), current: None }
    }
}

/// `str::escape_debug`'s iterator.
#[derive(Clone)]
pub struct EscapeDebug<'a> {
    chars: Chars<'a>,
    /// The rest of the escape of the character being yielded.
    current: Option<CharEscapeDebug>,
    first: bool,
}

impl Iterator for EscapeDebug<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(escape) = &mut self.current {
                if let Some(c) = escape.next() {
                    return Some(c);
                }
            }
            let c = self.chars.next()?;
            self.current = Some(c.escape_debug_ext(self.first));
            self.first = false;
        }
    }
}

/// `str::escape_default`'s iterator.
#[derive(Clone)]
pub struct EscapeDefault<'a> {
    chars: Chars<'a>,
    current: Option<CharEscapeDefault>,
}

impl Iterator for EscapeDefault<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(escape) = &mut self.current {
                if let Some(c) = escape.next() {
                    return Some(c);
                }
            }
            self.current = Some(self.chars.next()?.escape_default());
        }
    }
}

/// `str::escape_unicode`'s iterator.
#[derive(Clone)]
pub struct EscapeUnicode<'a> {
    chars: Chars<'a>,
    current: Option<CharEscapeUnicode>,
}

impl Iterator for EscapeUnicode<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(escape) = &mut self.current {
                if let Some(c) = escape.next() {
                    return Some(c);
                }
            }
            self.current = Some(self.chars.next()?.escape_unicode());
        }
    }
}

/// The escapes write their characters as they are: width and precision are ignored, as in Rust.
macro_rules! escape_display {
    ($($name:ident)*) => {$(
        impl fmt::Display for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let mut rest = self.clone();
                while let Some(c) = rest.next() {
                    f.write_char(c)?;
                }
                Ok(())
            }
        }
    )*};
}

escape_display! { EscapeDebug EscapeDefault EscapeUnicode }

//! `char::escape_unicode`, `escape_default` and `escape_debug`: iterators over the
//! characters of an escape, which also `Display` as the escaped text.

use crate::fmt;

impl char {
    /// `\u{NNNN}`: the code point in lowercase hexadecimal, without leading zeros.
    pub fn escape_unicode(self) -> EscapeUnicode {
        EscapeUnicode { inner: EscapeIter::unicode(self) }
    }

    /// Rust's escape for string literals: `\t`, `\r`, `\n`, `\'`, `\"`, `\\`; printable
    /// ASCII as is; anything else as `\u{NNNN}`.
    pub fn escape_default(self) -> EscapeDefault {
        let inner = match self {
            '\t' => EscapeIter::backslash('t'),
            '\r' => EscapeIter::backslash('r'),
            '\n' => EscapeIter::backslash('n'),
            '\\' | '\'' | '"' => EscapeIter::backslash(self),
            '\x20'..='\x7e' => EscapeIter::printable(self),
            _ => EscapeIter::unicode(self),
        };
        EscapeDefault { inner }
    }

    /// The escape `Debug` uses: like `escape_default`, but printable non-ASCII characters
    /// stay as they are and `\0` is `\0`.
    pub fn escape_debug(self) -> EscapeDebug {
        self.escape_debug_ext(true)
    }

    /// `escape_debug`, or, without `escape_grapheme_extended`, the escape of a character
    /// that follows another in a string, where a grapheme extender (a combining accent)
    /// stays as it is unless it is not printable.
    pub(crate) fn escape_debug_ext(self, escape_grapheme_extended: bool) -> EscapeDebug {
        let inner = match self {
            '\0' => EscapeIter::backslash('0'),
            '\t' => EscapeIter::backslash('t'),
            '\r' => EscapeIter::backslash('r'),
            '\n' => EscapeIter::backslash('n'),
            '\\' | '\'' | '"' => EscapeIter::backslash(self),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => EscapeIter::unicode(c),
            c if escape_grapheme_extended && super::is_grapheme_extend_or_unprintable(c) => EscapeIter::unicode(c),
            c if !escape_grapheme_extended && super::is_unprintable(c) => EscapeIter::unicode(c),
            c => EscapeIter::printable(c),
        };
        EscapeDebug { inner }
    }
}

/// The characters of an escape not yet yielded: `chars[start..end]`.
#[derive(Clone)]
struct EscapeIter {
    chars: [char; 10],
    start: u8,
    end: u8,
}

impl EscapeIter {
    fn printable(c: char) -> EscapeIter {
        let mut chars = ['\0'; 10];
        chars[0] = c;
        EscapeIter { chars, start: 0, end: 1 }
    }

    fn backslash(c: char) -> EscapeIter {
        let mut chars = ['\0'; 10];
        chars[0] = '\\';
        chars[1] = c;
        EscapeIter { chars, start: 0, end: 2 }
    }

    fn unicode(c: char) -> EscapeIter {
        let n = c as u32;
        let mut chars = ['\0'; 10];
        chars[0] = '\\';
        chars[1] = 'u';
        chars[2] = '{';
        // The number of hex digits, at least one.
        let mut digits = 1;
        while digits < 8 && (n >> (4 * digits)) != 0 {
            digits += 1;
        }
        let mut i = 0;
        while i < digits {
            let d = (n >> (4 * (digits - 1 - i))) & 0xf;
            chars[3 + i] = if d < 10 { (b'0' + d as u8) as char } else { (b'a' + (d - 10) as u8) as char };
            i += 1;
        }
        chars[3 + digits] = '}';
        EscapeIter { chars, start: 0, end: (4 + digits) as u8 }
    }

    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            let c = self.chars[self.start as usize];
            self.start += 1;
            Some(c)
        } else {
            None
        }
    }

    #[inline]
    fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut i = self.start;
        while i < self.end {
            f.write_char(self.chars[i as usize])?;
            i += 1;
        }
        Ok(())
    }
}

/// Rust shows the rest of the escape as text between single quotes.
impl fmt::Debug for EscapeIter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EscapeIterInner('")?;
        EscapeIter::fmt(self, f)?;
        f.write_str("')")
    }
}

macro_rules! escape_type {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name {
            inner: EscapeIter,
        }

        impl Iterator for $name {
            type Item = char;

            #[inline]
            fn next(&mut self) -> Option<char> {
                self.inner.next()
            }

            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.inner.len();
                (n, Some(n))
            }

            #[inline]
            fn count(self) -> usize {
                self.inner.len()
            }
        }

        impl ExactSizeIterator for $name {
            #[inline]
            fn len(&self) -> usize {
                self.inner.len()
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.inner).finish()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.inner.fmt(f)
            }
        }
    )*};
}

escape_type! {
    /// `char::escape_unicode`'s iterator.
    EscapeUnicode;
    /// `char::escape_default`'s iterator.
    EscapeDefault;
    /// `char::escape_debug`'s iterator.
    EscapeDebug;
}

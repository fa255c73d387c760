//! Characters: conversions, classification, UTF-8 encoding.


mod decode;
mod escape;

pub use decode::{decode_utf16, DecodeUtf16, DecodeUtf16Error};
pub use escape::{EscapeDebug, EscapeDefault, EscapeUnicode};

pub const MAX: char = '\u{10FFFF}';
pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

#[inline]
pub const fn from_u32(i: u32) -> Option<char> {
    if (i >= 0xD800 && i <= 0xDFFF) || i > 0x10FFFF {
        None
    } else {
        Some(unsafe { from_u32_unchecked(i) })
    }
}

#[inline]
pub const unsafe fn from_u32_unchecked(i: u32) -> char {
    unsafe { crate::mem::transmute(i) }
}

#[inline]
pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
    if radix < 2 || radix > 36 {
        panic!("from_digit: radix is too high (maximum 36)");
    }
    if num < radix {
        let num = num as u8;
        if num < 10 {
            Some((b'0' + num) as char)
        } else {
            Some((b'a' + num - 10) as char)
        }
    } else {
        None
    }
}

/// The next character after `c` (skipping the surrogate range).
pub(crate) fn forward(c: char) -> char {
    let n = c as u32 + 1;
    let n = if n == 0xD800 { 0xE000 } else { n };
    unsafe { from_u32_unchecked(n) }
}

pub(crate) fn backward(c: char) -> char {
    let n = c as u32 - 1;
    let n = if n == 0xDFFF { 0xD7FF } else { n };
    unsafe { from_u32_unchecked(n) }
}

/// Whether `Debug` must escape `c`: non-printable characters and grapheme extenders.
pub(crate) fn is_grapheme_extend_or_unprintable(c: char) -> bool {
    (c as u32) >= 0x80 && crate::unicode::in_table(c, crate::unicode::tables::DEBUG_ESCAPED)
}

/// Whether a non-ASCII `c` is not printable (escaped even where grapheme extenders are not).
pub(crate) fn is_unprintable(c: char) -> bool {
    (c as u32) >= 0x80 && crate::unicode::in_table(c, crate::unicode::tables::UNPRINTABLE)
}

impl char {
    pub const MAX: char = '\u{10FFFF}';
    pub const REPLACEMENT_CHARACTER: char = '\u{FFFD}';

    #[inline]
    pub const fn from_u32(i: u32) -> Option<char> {
        from_u32(i)
    }

    #[inline]
    pub const fn from_digit(num: u32, radix: u32) -> Option<char> {
        from_digit(num, radix)
    }

    #[inline]
    pub const fn len_utf8(self) -> usize {
        let code = self as u32;
        if code < 0x80 {
            1
        } else if code < 0x800 {
            2
        } else if code < 0x10000 {
            3
        } else {
            4
        }
    }

    #[inline]
    pub const fn len_utf16(self) -> usize {
        if (self as u32) < 0x10000 { 1 } else { 2 }
    }

    #[inline]
    pub fn encode_utf8(self, dst: &mut [u8]) -> &mut str {
        let code = self as u32;
        let len = self.len_utf8();
        if dst.len() < len {
            panic!("encode_utf8: need {} bytes to encode U+{:04X} but buffer has just {}", len, code, dst.len());
        }
        if len == 1 {
            dst[0] = code as u8;
        } else if len == 2 {
            dst[0] = (code >> 6 & 0x1F) as u8 | 0xC0;
            dst[1] = (code & 0x3F) as u8 | 0x80;
        } else if len == 3 {
            dst[0] = (code >> 12 & 0x0F) as u8 | 0xE0;
            dst[1] = (code >> 6 & 0x3F) as u8 | 0x80;
            dst[2] = (code & 0x3F) as u8 | 0x80;
        } else {
            dst[0] = (code >> 18 & 0x07) as u8 | 0xF0;
            dst[1] = (code >> 12 & 0x3F) as u8 | 0x80;
            dst[2] = (code >> 6 & 0x3F) as u8 | 0x80;
            dst[3] = (code & 0x3F) as u8 | 0x80;
        }
        unsafe { crate::str::from_utf8_unchecked_mut(&mut dst[..len]) }
    }

    /// Writes the character as UTF-16 into `dst` (one or two units) and returns them.
    #[inline]
    pub fn encode_utf16(self, dst: &mut [u16]) -> &mut [u16] {
        let mut code = self as u32;
        let len = self.len_utf16();
        if dst.len() < len {
            panic!("encode_utf16: need {} bytes to encode U+{:04X} but buffer has just {}", len, code, dst.len());
        }
        if len == 1 {
            dst[0] = code as u16;
        } else {
            code -= 0x1_0000;
            dst[0] = 0xD800 | (code >> 10) as u16;
            dst[1] = 0xDC00 | (code & 0x3FF) as u16;
        }
        &mut dst[..len]
    }

    /// Decodes UTF-16 code units into characters, with an `Err` for each unpaired surrogate.
    #[inline]
    pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
        decode_utf16(iter)
    }

    #[inline]
    pub fn to_digit(self, radix: u32) -> Option<u32> {
        let c = self as u32;
        let digit = if c >= '0' as u32 && c <= '9' as u32 {
            c - '0' as u32
        } else if c >= 'a' as u32 && c <= 'z' as u32 {
            c - 'a' as u32 + 10
        } else if c >= 'A' as u32 && c <= 'Z' as u32 {
            c - 'A' as u32 + 10
        } else {
            return None;
        };
        if digit < radix { Some(digit) } else { None }
    }

    #[inline]
    pub fn is_digit(self, radix: u32) -> bool {
        self.to_digit(radix).is_some()
    }

    #[inline]
    pub const fn is_ascii(&self) -> bool {
        *self as u32 <= 0x7F
    }

    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, 'A'..='Z' | 'a'..='z')
    }

    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, 'A'..='Z')
    }

    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, 'a'..='z')
    }

    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, '0'..='9' | 'A'..='Z' | 'a'..='z')
    }

    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, '0'..='9')
    }

    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, '0'..='9' | 'A'..='F' | 'a'..='f')
    }

    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, '!'..='/' | ':'..='@' | '['..='`' | '{'..='~')
    }

    #[inline]
    pub const fn is_ascii_graphic(&self) -> bool {
        matches!(*self, '!'..='~')
    }

    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, '\t' | '\n' | '\x0C' | '\r' | ' ')
    }

    #[inline]
    pub const fn is_ascii_control(&self) -> bool {
        matches!(*self, '\0'..='\x1F' | '\x7F')
    }

    #[inline]
    pub const fn to_ascii_uppercase(&self) -> char {
        if self.is_ascii_lowercase() { ((*self as u8) - 32) as char } else { *self }
    }

    #[inline]
    pub const fn to_ascii_lowercase(&self) -> char {
        if self.is_ascii_uppercase() { ((*self as u8) + 32) as char } else { *self }
    }

    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    #[inline]
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    #[inline]
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }

    /// Unicode whitespace (`White_Space`).
    #[inline]
    pub fn is_whitespace(self) -> bool {
        match self {
            ' ' | '\x09'..='\x0d' => true,
            c => (c as u32) > 0x7f && crate::unicode::in_table(c, crate::unicode::tables::WHITE_SPACE),
        }
    }

    /// Alphabetic: ASCII letters, and non-ASCII letters by an approximation of Unicode's
    /// `Alphabetic` property over the common scripts.
    #[inline]
    pub fn is_alphabetic(self) -> bool {
        match self {
            'a'..='z' | 'A'..='Z' => true,
            c => (c as u32) > 0x7f && crate::unicode::in_table(c, crate::unicode::tables::ALPHABETIC),
        }
    }

    #[inline]
    pub fn is_lowercase(self) -> bool {
        match self {
            'a'..='z' => true,
            c => (c as u32) > 0x7f && crate::unicode::in_table(c, crate::unicode::tables::LOWERCASE),
        }
    }

    #[inline]
    pub fn is_uppercase(self) -> bool {
        match self {
            'A'..='Z' => true,
            c => (c as u32) > 0x7f && crate::unicode::in_table(c, crate::unicode::tables::UPPERCASE),
        }
    }

    #[inline]
    pub fn is_numeric(self) -> bool {
        match self {
            '0'..='9' => true,
            c => (c as u32) > 0x7f && crate::unicode::in_table(c, crate::unicode::tables::NUMERIC),
        }
    }

    /// The characters of `self` in uppercase (one to three: `'ß'` gives `"SS"`).
    #[inline]
    pub fn to_uppercase(self) -> ToUppercase {
        use crate::unicode::case;
        ToUppercase(CaseMappingIter::new(case::lookup(self, case::UPPERCASE_RUNS, case::UPPERCASE_MULTI)))
    }

    /// The characters of `self` in lowercase (one to three).
    #[inline]
    pub fn to_lowercase(self) -> ToLowercase {
        use crate::unicode::case;
        ToLowercase(CaseMappingIter::new(case::lookup(self, case::LOWERCASE_RUNS, case::LOWERCASE_MULTI)))
    }

    #[inline]
    pub fn is_alphanumeric(self) -> bool {
        self.is_alphabetic() || self.is_numeric()
    }

    #[inline]
    pub fn is_control(self) -> bool {
        let n = self as u32;
        n < 0x20 || (n >= 0x7F && n < 0xA0)
    }
}


impl u8 {
    #[inline]
    pub const fn is_ascii(&self) -> bool {
        *self <= 0x7F
    }

    #[inline]
    pub const fn to_ascii_uppercase(&self) -> u8 {
        if *self >= b'a' && *self <= b'z' { *self - 32 } else { *self }
    }

    #[inline]
    pub const fn to_ascii_lowercase(&self) -> u8 {
        if *self >= b'A' && *self <= b'Z' { *self + 32 } else { *self }
    }

    #[inline]
    pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool {
        self.to_ascii_lowercase() == other.to_ascii_lowercase()
    }

    #[inline]
    pub const fn is_ascii_alphabetic(&self) -> bool {
        matches!(*self, b'A'..=b'Z' | b'a'..=b'z')
    }

    #[inline]
    pub const fn is_ascii_uppercase(&self) -> bool {
        matches!(*self, b'A'..=b'Z')
    }

    #[inline]
    pub const fn is_ascii_lowercase(&self) -> bool {
        matches!(*self, b'a'..=b'z')
    }

    #[inline]
    pub const fn is_ascii_alphanumeric(&self) -> bool {
        matches!(*self, b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z')
    }

    #[inline]
    pub const fn is_ascii_digit(&self) -> bool {
        matches!(*self, b'0'..=b'9')
    }

    #[inline]
    pub const fn is_ascii_hexdigit(&self) -> bool {
        matches!(*self, b'0'..=b'9' | b'A'..=b'F' | b'a'..=b'f')
    }

    #[inline]
    pub const fn is_ascii_whitespace(&self) -> bool {
        matches!(*self, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
    }

    #[inline]
    pub const fn is_ascii_punctuation(&self) -> bool {
        matches!(*self, b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~')
    }

    #[inline]
    pub fn make_ascii_uppercase(&mut self) {
        *self = self.to_ascii_uppercase();
    }

    #[inline]
    pub fn make_ascii_lowercase(&mut self) {
        *self = self.to_ascii_lowercase();
    }
}

/// The characters of a case mapping not yet yielded: `chars[start..end]`.
#[derive(Clone, Debug)]
struct CaseMappingIter {
    chars: [char; 3],
    start: usize,
    end: usize,
}

impl CaseMappingIter {
    fn new(chars: [char; 3]) -> CaseMappingIter {
        let end = if chars[2] != '\0' {
            3
        } else if chars[1] != '\0' {
            2
        } else {
            1
        };
        CaseMappingIter { chars, start: 0, end }
    }

    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            self.start += 1;
            Some(self.chars[self.start - 1])
        } else {
            None
        }
    }

    fn next_back(&mut self) -> Option<char> {
        if self.start < self.end {
            self.end -= 1;
            Some(self.chars[self.end])
        } else {
            None
        }
    }

    fn len(&self) -> usize {
        self.end - self.start
    }

    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        for &c in &self.chars[self.start..self.end] {
            f.write_char(c)?;
        }
        Ok(())
    }
}

macro_rules! case_mapping_iter {
    ($($name:ident)*) => {$(
        /// The iterator `char::to_uppercase` / `char::to_lowercase` return.
        #[derive(Clone, Debug)]
        pub struct $name(CaseMappingIter);

        impl Iterator for $name {
            type Item = char;
            #[inline]
            fn next(&mut self) -> Option<char> {
                self.0.next()
            }
            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                let n = self.0.len();
                (n, Some(n))
            }
        }

        impl DoubleEndedIterator for $name {
            #[inline]
            fn next_back(&mut self) -> Option<char> {
                self.0.next_back()
            }
        }

        impl ExactSizeIterator for $name {}

        impl crate::fmt::Display for $name {
            fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

case_mapping_iter! { ToUppercase ToLowercase }

/// A string of exactly one character parses as it.
impl crate::str::FromStr for char {
    type Err = ParseCharError;

    fn from_str(s: &str) -> Result<char, ParseCharError> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Err(ParseCharError { kind: CharErrorKind::EmptyString }),
            (Some(c), None) => Ok(c),
            _ => Err(ParseCharError { kind: CharErrorKind::TooManyChars }),
        }
    }
}

/// Why a string did not parse as a `char`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCharError {
    kind: CharErrorKind,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum CharErrorKind {
    EmptyString,
    TooManyChars,
}

impl crate::fmt::Display for ParseCharError {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        f.pad(match self.kind {
            CharErrorKind::EmptyString => "cannot parse char from empty string",
            CharErrorKind::TooManyChars => "too many characters in string",
        })
    }
}

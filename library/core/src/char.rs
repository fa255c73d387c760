//! Characters: conversions, classification, UTF-8 encoding.


mod escape;

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

/// Whether `Debug` must escape `c`: non-printable characters and combining marks (an
/// approximation of Unicode's tables covering the common ranges).
pub(crate) fn is_grapheme_extend_or_unprintable(c: char) -> bool {
    let n = c as u32;
    (n >= 0x80 && n < 0xA0)
        || n == 0xAD
        || (n >= 0x300 && n < 0x370)
        || (n >= 0x200B && n <= 0x200F)
        || (n >= 0x2028 && n <= 0x202E)
        || (n >= 0x2060 && n <= 0x206F)
        || n == 0xFEFF
        || (n >= 0xFE00 && n <= 0xFE0F)
        || (n >= 0xE000 && n <= 0xF8FF)
        || (n >= 0xFFF0 && n <= 0xFFFF)
        || (n >= 0xE0000 && n <= 0xE0FFF)
        || n >= 0xF0000
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
            panic!(
                "encode_utf8: need {} bytes to encode U+{:X}, but the buffer has {}",
                len,
                code,
                dst.len()
            );
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
            c => {
                let n = c as u32;
                n > 0x7f
                    && (n == 0x85
                        || n == 0xA0
                        || n == 0x1680
                        || (n >= 0x2000 && n <= 0x200A)
                        || n == 0x2028
                        || n == 0x2029
                        || n == 0x202F
                        || n == 0x205F
                        || n == 0x3000)
            }
        }
    }

    /// Alphabetic: ASCII letters, and non-ASCII letters by an approximation of Unicode's
    /// `Alphabetic` property over the common scripts.
    #[inline]
    pub fn is_alphabetic(self) -> bool {
        match self {
            'a'..='z' | 'A'..='Z' => true,
            c => {
                let n = c as u32;
                n > 0x7f && crate::char::is_non_ascii_alpha(n)
            }
        }
    }

    #[inline]
    pub fn is_lowercase(self) -> bool {
        match self {
            'a'..='z' => true,
            c => {
                let n = c as u32;
                n > 0x7f && ((n >= 0xDF && n <= 0xFF && n != 0xF7) || (n >= 0x3B1 && n <= 0x3C9) || (n >= 0x430 && n <= 0x45F))
            }
        }
    }

    #[inline]
    pub fn is_uppercase(self) -> bool {
        match self {
            'A'..='Z' => true,
            c => {
                let n = c as u32;
                n > 0x7f && ((n >= 0xC0 && n <= 0xDE && n != 0xD7) || (n >= 0x391 && n <= 0x3A9) || (n >= 0x400 && n <= 0x42F))
            }
        }
    }

    #[inline]
    pub fn is_numeric(self) -> bool {
        match self {
            '0'..='9' => true,
            c => {
                let n = c as u32;
                n > 0x7f && ((n >= 0xB2 && n <= 0xB3) || n == 0xB9 || (n >= 0xBC && n <= 0xBE) || (n >= 0x660 && n <= 0x669) || (n >= 0xFF10 && n <= 0xFF19))
            }
        }
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

pub(crate) fn is_non_ascii_alpha(n: u32) -> bool {
    (n >= 0xAA && n <= 0xAA)
        || n == 0xB5
        || n == 0xBA
        || (n >= 0xC0 && n <= 0x24F && n != 0xD7 && n != 0xF7)
        || (n >= 0x250 && n <= 0x2C1)
        || (n >= 0x370 && n <= 0x3FF && n != 0x375 && n != 0x37E && n != 0x384 && n != 0x385 && n != 0x387)
        || (n >= 0x400 && n <= 0x52F && !(n >= 0x482 && n <= 0x489))
        || (n >= 0x531 && n <= 0x587)
        || (n >= 0x5D0 && n <= 0x5EA)
        || (n >= 0x620 && n <= 0x64A)
        || (n >= 0x904 && n <= 0x939)
        || (n >= 0xE01 && n <= 0xE30)
        || (n >= 0x10A0 && n <= 0x10FF)
        || (n >= 0x1100 && n <= 0x11FF)
        || (n >= 0x1E00 && n <= 0x1FFF)
        || (n >= 0x3041 && n <= 0x3096)
        || (n >= 0x30A1 && n <= 0x30FA)
        || (n >= 0x3400 && n <= 0x4DBF)
        || (n >= 0x4E00 && n <= 0x9FFF)
        || (n >= 0xAC00 && n <= 0xD7A3)
        || (n >= 0xF900 && n <= 0xFAFF)
        || (n >= 0xFF21 && n <= 0xFF3A)
        || (n >= 0xFF41 && n <= 0xFF5A)
        || (n >= 0x20000 && n <= 0x2FA1F)
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

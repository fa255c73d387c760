//! Decoding of the escapes in char, byte, string, byte-string and C-string literals. Errors are
//! reported as `(byte range, EscapeError)` through a callback; the caller renders them.

use std::ops::Range;
use std::str::Chars;

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum EscapeError {
    /// `''`.
    ZeroChars,
    /// `'ab'`.
    MoreThanOneChar,
    /// A `\` at the end of a char literal.
    LoneSlash,
    /// `\q`: not a known escape.
    InvalidEscape,
    /// A `\r` not followed by `\n`.
    BareCarriageReturn,
    BareCarriageReturnInRawString,
    /// An unescaped `'` in a char literal, or a tab/newline in one.
    EscapeOnlyChar,
    TooShortHexEscape,
    InvalidCharInHexEscape,
    /// `\x80` or above in a char or string (not a byte) literal.
    OutOfRangeHexEscape,
    NoBraceInUnicodeEscape,
    InvalidCharInUnicodeEscape,
    EmptyUnicodeEscape,
    UnclosedUnicodeEscape,
    LeadingUnderscoreUnicodeEscape,
    OverlongUnicodeEscape,
    LoneSurrogateUnicodeEscape,
    OutOfRangeUnicodeEscape,
    /// `\u{...}` in a byte literal.
    UnicodeEscapeInByte,
    /// A non-ASCII character in a byte literal.
    NonAsciiCharInByte,
    /// `\0` or a NUL in a C string.
    NulInCStr,
    /// A warning: whitespace after `\`-newline that is not skipped.
    UnskippedWhitespaceWarning,
    /// A warning: more than one line skipped by `\`-newline.
    MultipleSkippedLinesWarning,
}

impl EscapeError {
    pub fn is_fatal(&self) -> bool {
        !matches!(
            self,
            EscapeError::UnskippedWhitespaceWarning | EscapeError::MultipleSkippedLinesWarning
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Char,
    Byte,
    Str,
    RawStr,
    ByteStr,
    RawByteStr,
    CStr,
    RawCStr,
}

impl Mode {
    pub fn in_double_quotes(self) -> bool {
        !matches!(self, Mode::Char | Mode::Byte)
    }

    /// Whether escapes produce bytes rather than characters (`\xFF` is allowed).
    pub fn allow_high_bytes(self) -> bool {
        matches!(
            self,
            Mode::Byte | Mode::ByteStr | Mode::RawByteStr | Mode::CStr | Mode::RawCStr
        )
    }

    /// Whether non-ASCII source characters are allowed.
    fn allow_unicode_chars(self) -> bool {
        !matches!(self, Mode::Byte | Mode::ByteStr | Mode::RawByteStr)
    }

    fn allow_unicode_escapes(self) -> bool {
        !matches!(self, Mode::Byte | Mode::ByteStr | Mode::RawByteStr)
    }

    fn is_raw(self) -> bool {
        matches!(self, Mode::RawStr | Mode::RawByteStr | Mode::RawCStr)
    }
}

/// One unit of a decoded literal: a character, or (in C strings) a byte from a `\x` escape
/// above `0x7F`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MixedUnit {
    Char(char),
    HighByte(u8),
}

/// Decodes a char or byte literal's contents (without quotes).
pub fn unescape_char_or_byte(src: &str, mode: Mode) -> Result<char, EscapeError> {
    let mut chars = src.chars();
    let res = match chars.next() {
        None => Err(EscapeError::ZeroChars),
        Some(c) => scan_escape_or_char(c, &mut chars, mode),
    }?;
    if chars.next().is_some() {
        return Err(EscapeError::MoreThanOneChar);
    }
    Ok(res)
}

/// Decodes the contents of a (raw or not) string, byte-string or C-string literal. The callback
/// receives each unit's byte range in `src`; ranges of errors cover the bad escape.
pub fn unescape_mixed(
    src: &str,
    mode: Mode,
    callback: &mut impl FnMut(Range<usize>, Result<MixedUnit, EscapeError>),
) {
    if mode.is_raw() {
        let mut chars = src.chars();
        while let Some(c) = chars.next() {
            let start = src.len() - chars.as_str().len() - c.len_utf8();
            let res = match c {
                '\r' => Err(EscapeError::BareCarriageReturnInRawString),
                '\0' if mode == Mode::RawCStr => Err(EscapeError::NulInCStr),
                c if !mode.allow_unicode_chars() && !c.is_ascii() => {
                    Err(EscapeError::NonAsciiCharInByte)
                }
                c => Ok(MixedUnit::Char(c)),
            };
            let end = src.len() - chars.as_str().len();
            callback(start..end, res);
        }
        return;
    }
    let mut chars = src.chars();
    while let Some(c) = chars.next() {
        let start = src.len() - chars.as_str().len() - c.len_utf8();
        let res = match c {
            '\\' => match chars.clone().next() {
                Some('\n') => {
                    // Rust's string continuation: skip the newline and following whitespace.
                    skip_ascii_whitespace(&mut chars, start, &mut |range, err| {
                        callback(range, Err(err))
                    });
                    continue;
                }
                _ => scan_escape_mixed(&mut chars, mode),
            },
            '"' => Err(EscapeError::EscapeOnlyChar),
            '\r' => Err(EscapeError::BareCarriageReturn),
            c if !mode.allow_unicode_chars() && !c.is_ascii() => {
                Err(EscapeError::NonAsciiCharInByte)
            }
            c => Ok(MixedUnit::Char(c)),
        };
        let res = match res {
            Ok(MixedUnit::Char('\0')) | Ok(MixedUnit::HighByte(0))
                if matches!(mode, Mode::CStr) =>
            {
                Err(EscapeError::NulInCStr)
            }
            r => r,
        };
        let end = src.len() - chars.as_str().len();
        callback(start..end, res);
    }
}

/// Decodes a string literal into characters (no C strings, no high bytes).
pub fn unescape_str(
    src: &str,
    mode: Mode,
    callback: &mut impl FnMut(Range<usize>, Result<char, EscapeError>),
) {
    unescape_mixed(src, mode, &mut |range, res| {
        let res = res.map(|u| match u {
            MixedUnit::Char(c) => c,
            MixedUnit::HighByte(b) => b as char,
        });
        callback(range, res)
    });
}

fn scan_escape_or_char(
    first: char,
    chars: &mut Chars<'_>,
    mode: Mode,
) -> Result<char, EscapeError> {
    if first == '\\' {
        return match scan_escape_mixed(chars, mode)? {
            MixedUnit::Char(c) => Ok(c),
            MixedUnit::HighByte(b) => Ok(b as char),
        };
    }
    if first == '\t' || first == '\n' || first == '\r' || first == '\'' {
        return Err(EscapeError::EscapeOnlyChar);
    }
    if !mode.allow_unicode_chars() && !first.is_ascii() {
        return Err(EscapeError::NonAsciiCharInByte);
    }
    Ok(first)
}

/// Scans an escape after its `\`.
fn scan_escape_mixed(chars: &mut Chars<'_>, mode: Mode) -> Result<MixedUnit, EscapeError> {
    let res = match chars.next().ok_or(EscapeError::LoneSlash)? {
        '"' => '"',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        '\\' => '\\',
        '\'' => '\'',
        '0' => '\0',
        'x' => {
            let hi = chars.next().ok_or(EscapeError::TooShortHexEscape)?;
            let hi = hi.to_digit(16).ok_or(EscapeError::InvalidCharInHexEscape)?;
            let lo = chars.next().ok_or(EscapeError::TooShortHexEscape)?;
            let lo = lo.to_digit(16).ok_or(EscapeError::InvalidCharInHexEscape)?;
            let value = (hi * 16 + lo) as u8;
            return if mode.allow_high_bytes() {
                if value > 0x7F && matches!(mode, Mode::CStr) {
                    Ok(MixedUnit::HighByte(value))
                } else {
                    Ok(MixedUnit::Char(value as char))
                }
            } else if value > 0x7F {
                Err(EscapeError::OutOfRangeHexEscape)
            } else {
                Ok(MixedUnit::Char(value as char))
            };
        }
        'u' => return scan_unicode(chars, mode.allow_unicode_escapes()).map(MixedUnit::Char),
        _ => return Err(EscapeError::InvalidEscape),
    };
    Ok(MixedUnit::Char(res))
}

fn scan_unicode(chars: &mut Chars<'_>, allow_unicode_escapes: bool) -> Result<char, EscapeError> {
    if chars.next() != Some('{') {
        return Err(EscapeError::NoBraceInUnicodeEscape);
    }
    let mut n_digits = 1;
    let mut value: u32 = match chars.next().ok_or(EscapeError::UnclosedUnicodeEscape)? {
        '_' => return Err(EscapeError::LeadingUnderscoreUnicodeEscape),
        '}' => return Err(EscapeError::EmptyUnicodeEscape),
        c => c
            .to_digit(16)
            .ok_or(EscapeError::InvalidCharInUnicodeEscape)?,
    };
    loop {
        match chars.next() {
            None => return Err(EscapeError::UnclosedUnicodeEscape),
            Some('_') => continue,
            Some('}') => {
                if n_digits > 6 {
                    return Err(EscapeError::OverlongUnicodeEscape);
                }
                if !allow_unicode_escapes {
                    return Err(EscapeError::UnicodeEscapeInByte);
                }
                break std::char::from_u32(value).ok_or(if value > 0x10FFFF {
                    EscapeError::OutOfRangeUnicodeEscape
                } else {
                    EscapeError::LoneSurrogateUnicodeEscape
                });
            }
            Some(c) => {
                let digit = c
                    .to_digit(16)
                    .ok_or(EscapeError::InvalidCharInUnicodeEscape)?;
                n_digits += 1;
                if n_digits > 6 {
                    // Stop updating the value, but keep scanning to the brace.
                    continue;
                }
                value = value * 16 + digit;
            }
        }
    }
}

/// Skips `\`, the newline, and the whitespace after it. Warns about a skipped second newline
/// and about non-ASCII whitespace that is not skipped.
fn skip_ascii_whitespace(
    chars: &mut Chars<'_>,
    start: usize,
    callback: &mut impl FnMut(Range<usize>, EscapeError),
) {
    let tail = chars.as_str();
    let first_non_space = tail
        .bytes()
        .position(|b| b != b' ' && b != b'\t' && b != b'\n' && b != b'\r')
        .unwrap_or(tail.len());
    if tail[1..first_non_space].contains('\n') {
        // The +1 accounts for the escaping slash.
        let end = start + first_non_space + 1;
        callback(start..end, EscapeError::MultipleSkippedLinesWarning);
    }
    let tail = &tail[first_non_space..];
    if let Some(c) = tail.chars().next() {
        if c.is_whitespace() {
            let end = start + first_non_space + c.len_utf8() + 1;
            callback(start..end, EscapeError::UnskippedWhitespaceWarning);
        }
    }
    *chars = tail.chars();
}

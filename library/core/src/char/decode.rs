//! Decoding UTF-16: `char::decode_utf16`.

use crate::fmt;

/// The characters of UTF-16 code units, or an error for each unpaired surrogate.
#[derive(Clone, Debug)]
pub struct DecodeUtf16<I: Iterator<Item = u16>> {
    iter: I,
    /// A unit read after an unpaired leading surrogate: the start of the next character.
    buf: Option<u16>,
}

/// An unpaired surrogate in UTF-16.
#[derive(Debug, Clone, Eq, PartialEq)]
pub struct DecodeUtf16Error {
    code: u16,
}

/// Decodes UTF-16 code units into characters, with an `Err` for each unpaired surrogate.
#[inline]
pub fn decode_utf16<I: IntoIterator<Item = u16>>(iter: I) -> DecodeUtf16<I::IntoIter> {
    DecodeUtf16 { iter: iter.into_iter(), buf: None }
}

fn is_surrogate(u: u16) -> bool {
    u >= 0xD800 && u <= 0xDFFF
}

impl<I: Iterator<Item = u16>> Iterator for DecodeUtf16<I> {
    type Item = Result<char, DecodeUtf16Error>;

    fn next(&mut self) -> Option<Result<char, DecodeUtf16Error>> {
        let u = match self.buf.take() {
            Some(buf) => buf,
            None => self.iter.next()?,
        };
        if !is_surrogate(u) {
            Some(Ok(unsafe { super::from_u32_unchecked(u as u32) }))
        } else if u >= 0xDC00 {
            // A trailing surrogate with no leading one.
            Some(Err(DecodeUtf16Error { code: u }))
        } else {
            let u2 = match self.iter.next() {
                Some(u2) => u2,
                None => return Some(Err(DecodeUtf16Error { code: u })),
            };
            if u2 < 0xDC00 || u2 > 0xDFFF {
                // Not a trailing surrogate: it starts the next character.
                self.buf = Some(u2);
                return Some(Err(DecodeUtf16Error { code: u }));
            }
            let c = ((((u & 0x3FF) as u32) << 10) | (u2 & 0x3FF) as u32) + 0x1_0000;
            Some(Ok(unsafe { super::from_u32_unchecked(c) }))
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let (low, high) = self.iter.size_hint();
        let (low_buf, high_buf) = match self.buf {
            None => (0, 0),
            Some(u) if !is_surrogate(u) => (1, 1),
            // A leading surrogate with nothing left to pair it with is an error.
            Some(_) if high == Some(0) => (1, 1),
            // A leading surrogate either pairs with a unit from `iter` or is an error.
            Some(_) => (0, 1),
        };
        // Each character takes one or two units.
        let low = low.div_ceil(2) + low_buf;
        let high = match high {
            Some(h) => h.checked_add(high_buf),
            None => None,
        };
        (low, high)
    }
}

impl DecodeUtf16Error {
    /// The unpaired surrogate.
    #[inline]
    pub fn unpaired_surrogate(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for DecodeUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unpaired surrogate found: {:x}", self.code)
    }
}

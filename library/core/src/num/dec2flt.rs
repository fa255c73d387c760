//! Decimal string to float: `FromStr` for `f32` and `f64`, correctly rounded.
//!
//! The grammar is Rust's: an optional sign, then either `inf`, `infinity` or `nan` (any
//! case), or digits with an optional point (`1`, `1.`, `.5`, `1.5`; at least one digit)
//! and an optional exponent (`e` or `E`, an optional sign, at least one digit). Nothing else
//! is accepted, not even surrounding whitespace.
//!
//! The value is rounded to nearest, ties to even, in one step from the exact decimal:
//!
//! - *Fast path* (Clinger): when the digits form an integer below 2^53 (2^24 for `f32`) and
//!   the power of ten is exactly representable too, one IEEE multiplication or division
//!   rounds correctly by itself.
//! - *Exact path*: otherwise the decimal becomes a fraction `P / Q` of big integers. Its
//!   binary exponent `e2` fixes the unit of the last place `2^u` of the result (a subnormal's
//!   is the smallest), then `t = floor(P / (Q * 2^(u-1)))` by long division gives the
//!   mantissa with one more bit, and the remainder says whether anything lies below it: the
//!   extra bit and that "sticky" remainder are all round-half-to-even needs.
//!
//! Only the first `MAX_DIGITS` significant digits are kept; if any dropped digit is non-zero
//! a `1` is appended instead. No number halfway between two floats has that many
//! significant digits (an `f64` midpoint has at most 768), so the shortened number rounds
//! the same way as the original.

use super::bignum::Big;
use crate::fmt;

/// Why parsing a float failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFloatError {
    kind: FloatErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum FloatErrorKind {
    Empty,
    Invalid,
}

impl fmt::Display for ParseFloatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self.kind {
            FloatErrorKind::Empty => "cannot parse float from empty string",
            FloatErrorKind::Invalid => "invalid float literal",
        })
    }
}

const MAX_DIGITS: usize = 780;

/// Powers of ten that are exact in an `f64` (and up to `1e10` in an `f32`).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

fn invalid() -> ParseFloatError {
    ParseFloatError { kind: FloatErrorKind::Invalid }
}

/// `inf`, `infinity` or `nan` in any case: the bits of the (positive) value.
fn parse_inf_nan(s: &[u8], sig_bits: u32, exp_bits: u32) -> Option<u64> {
    let inf = ((1u64 << exp_bits) - 1) << sig_bits;
    if eq_ignore_case(s, b"inf") || eq_ignore_case(s, b"infinity") {
        Some(inf)
    } else if eq_ignore_case(s, b"nan") {
        // The quiet NaN, as `0.0 / 0.0` gives.
        Some(inf | (1u64 << (sig_bits - 1)))
    } else {
        None
    }
}

fn eq_ignore_case(s: &[u8], lower: &[u8]) -> bool {
    if s.len() != lower.len() {
        return false;
    }
    let mut i = 0;
    while i < s.len() {
        if s[i] | 0x20 != lower[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Parses `src` as a float with `sig_bits` fraction bits and `exp_bits` exponent bits and
/// returns its bits.
pub(crate) fn dec2flt(src: &str, sig_bits: u32, exp_bits: u32) -> Result<u64, ParseFloatError> {
    let s = src.as_bytes();
    if s.is_empty() {
        return Err(ParseFloatError { kind: FloatErrorKind::Empty });
    }
    let negative = s[0] == b'-';
    let start = if s[0] == b'-' || s[0] == b'+' { 1 } else { 0 };
    if start == s.len() {
        return Err(invalid());
    }
    let sign_bit: u64 = if negative { 1u64 << (sig_bits + exp_bits) } else { 0 };

    // Significant digits (leading zeros dropped) and where the point is: the value is
    // `0.d1 d2 ... * 10^(dp + exp10)`. (Used as a slice: see `EXACT_BUF` in `fmt::float`.)
    let mut digits_array = [0u8; MAX_DIGITS + 1];
    let digits: &mut [u8] = &mut digits_array;
    let mut nd = 0;
    let mut dropped_nonzero = false;
    let mut dp: i64 = 0;
    let mut any_digit = false;
    let mut i = start;
    while i < s.len() && s[i] >= b'0' && s[i] <= b'9' {
        let c = s[i] - b'0';
        any_digit = true;
        if c != 0 || nd > 0 {
            dp += 1;
            if nd < MAX_DIGITS {
                digits[nd] = c;
                nd += 1;
            } else if c != 0 {
                dropped_nonzero = true;
            }
        }
        i += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i] >= b'0' && s[i] <= b'9' {
            let c = s[i] - b'0';
            any_digit = true;
            if c != 0 || nd > 0 {
                if nd < MAX_DIGITS {
                    digits[nd] = c;
                    nd += 1;
                } else if c != 0 {
                    dropped_nonzero = true;
                }
            } else {
                dp -= 1;
            }
            i += 1;
        }
    }
    if !any_digit {
        return match parse_inf_nan(&s[start..], sig_bits, exp_bits) {
            Some(bits) => Ok(bits | sign_bit),
            None => Err(invalid()),
        };
    }
    let mut exp10: i64 = 0;
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        let mut exp_negative = false;
        if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
            exp_negative = s[i] == b'-';
            i += 1;
        }
        let exp_start = i;
        while i < s.len() && s[i] >= b'0' && s[i] <= b'9' {
            // Saturate: anything this large overflows or underflows anyway.
            if exp10 < 0x10000 {
                exp10 = exp10 * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        if i == exp_start {
            return Err(invalid());
        }
        if exp_negative {
            exp10 = -exp10;
        }
    }
    if i != s.len() {
        return Err(invalid());
    }

    if dropped_nonzero {
        digits[nd] = 1;
        nd += 1;
    } else {
        while nd > 0 && digits[nd - 1] == 0 {
            nd -= 1;
        }
    }
    if nd == 0 {
        return Ok(sign_bit);
    }
    Ok(convert(&digits[..nd], dp + exp10, sig_bits, exp_bits) | sign_bit)
}

/// The bits of the float nearest to `0.digits * 10^k` (digits as values 0-9, the first one
/// non-zero).
fn convert(digits: &[u8], k: i64, sig_bits: u32, exp_bits: u32) -> u64 {
    let inf = ((1u64 << exp_bits) - 1) << sig_bits;
    let nd = digits.len();
    // 10^(k-1) <= value < 10^k: beyond these bounds the result is certain.
    if k > 310 {
        return inf;
    }
    if k < -330 {
        return 0;
    }
    // The value is `D * 10^e10` with `D` the digits as an integer.
    let e10 = k - nd as i64;

    if nd <= 15 {
        let mut d: u64 = 0;
        let mut i = 0;
        while i < nd {
            d = d * 10 + digits[i] as u64;
            i += 1;
        }
        if sig_bits == 52 && e10 >= -22 && e10 <= 22 {
            let v = d as f64;
            let r = if e10 >= 0 { v * POW10[e10 as usize] } else { v / POW10[(-e10) as usize] };
            return r.to_bits();
        }
        if sig_bits == 23 && d < (1 << 24) && e10 >= -10 && e10 <= 10 {
            let v = d as f32;
            let e = if e10 >= 0 { e10 } else { -e10 };
            let p = POW10[e as usize] as f32;
            let r = if e10 >= 0 { v * p } else { v / p };
            return r.to_bits() as u64;
        }
    }

    // value = p / q exactly.
    let mut p = Big::from_u64(0);
    let mut i = 0;
    while i < nd {
        // Nine digits at a time.
        let mut chunk: u32 = 0;
        let mut scale: u32 = 1;
        let mut j = 0;
        while j < 9 && i < nd {
            chunk = chunk * 10 + digits[i] as u32;
            scale *= 10;
            i += 1;
            j += 1;
        }
        p.mul_small(scale);
        p.add_small(chunk);
    }
    let mut q = Big::from_u64(1);
    if e10 >= 0 {
        p.mul_pow10(e10 as usize);
    } else {
        q.mul_pow10((-e10) as usize);
    }

    // The binary exponent: 2^e2 <= p / q < 2^(e2 + 1).
    let mut e2 = p.bit_len() as i64 - q.bit_len() as i64;
    {
        let mut a = p;
        let mut b = q;
        if e2 >= 0 {
            b.mul_pow2(e2 as usize);
        } else {
            a.mul_pow2((-e2) as usize);
        }
        if a.lt(&b) {
            e2 -= 1;
        }
    }
    let bias = (1i64 << (exp_bits - 1)) - 1;
    let emin = 1 - bias;
    if e2 > bias {
        return inf;
    }

    // The unit in the last place of the result, `2^u`; then `t` is the value in half units,
    // truncated, and `sticky` says whether the truncation dropped anything.
    let u = if e2 > emin { e2 } else { emin } - sig_bits as i64;
    let sh = u - 1;
    if sh >= 0 {
        q.mul_pow2(sh as usize);
    } else {
        p.mul_pow2((-sh) as usize);
    }
    let qbits = sig_bits + 2;
    let mut t: u64 = 0;
    let mut shifted = q;
    shifted.mul_pow2((qbits - 1) as usize);
    let mut bit = qbits;
    while bit > 0 {
        bit -= 1;
        if shifted.le(&p) {
            p.sub(&shifted);
            t |= 1u64 << bit;
        }
        shifted.shr1();
    }
    let sticky = !p.is_zero();

    let mut m = t >> 1;
    if t & 1 == 1 && (sticky || m & 1 == 1) {
        m += 1;
    }
    // A normal number's mantissa `m` includes the implicit bit, which the exponent field
    // takes over (a carry out of rounding moves into the exponent by itself); a subnormal's
    // exponent field is zero, and one rounding up to the smallest normal works out the same.
    let bits = if e2 >= emin { (((e2 + bias) as u64) << sig_bits) + m - (1u64 << sig_bits) } else { m };
    if bits >= inf {
        inf
    } else {
        bits
    }
}

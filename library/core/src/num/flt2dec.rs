//! Float to decimal digits: the digit generators behind `{}`, `{:?}`, `{:e}` and their
//! precision forms (`fmt::float` lays the digits out).
//!
//! A finite float is decoded into `mant * 2^exp` together with the interval of reals that
//! round to it, `(mant - minus) * 2^exp ..= (mant + plus) * 2^exp` (closed when the mantissa
//! is even, since round-to-nearest-even then maps the ends to it). Both generators work on
//! that exact rational with `Big` integers, writing the value as `mant / scale * 10^k`:
//!
//! - *Shortest* (`format_shortest`) is Steele & White's / Dragon4's free-format algorithm: it
//!   produces digits of the value until the digits so far, or the digits with the last one
//!   increased, lie inside the rounding interval. That gives the fewest digits that read back
//!   as the same float; when both candidates qualify, the nearer one wins (ties go up).
//! - *Exact* (`format_exact`) produces the correctly rounded digits of the exact value, to a
//!   number of digits or down to a decimal position (`limit`), rounding half to even.
//!
//! Both return digits `d1 d2 ... dn` and an exponent `k` meaning `0.d1d2...dn * 10^k`.
//! The choices follow Rust's `core::num::flt2dec` wherever the output could differ: the
//! decoded intervals (a power-of-two mantissa has a lower neighbour half as far away), the
//! tie-breaking, and the `k` chosen when rounding carries into a new digit.

use super::bignum::Big;

/// A finite non-zero float as `mant * 2^exp`, with the interval of values rounding to it:
/// `(mant - minus) * 2^exp` to `(mant + plus) * 2^exp`, ends included when `inclusive`.
#[derive(Clone, Copy)]
pub(crate) struct Decoded {
    pub(crate) mant: u64,
    pub(crate) minus: u64,
    pub(crate) plus: u64,
    pub(crate) exp: i32,
    pub(crate) inclusive: bool,
}

#[derive(Clone, Copy)]
pub(crate) enum FullDecoded {
    Nan,
    Infinite,
    Zero,
    Finite(Decoded),
}

/// Splits the IEEE bits of a float with `sig_bits` fraction bits and `exp_bits` exponent bits
/// into its sign (true when negative) and its value.
pub(crate) fn decode(bits: u64, sig_bits: u32, exp_bits: u32) -> (bool, FullDecoded) {
    let negative = (bits >> (sig_bits + exp_bits)) & 1 != 0;
    let frac = bits & ((1u64 << sig_bits) - 1);
    let biased = ((bits >> sig_bits) & ((1u64 << exp_bits) - 1)) as i32;
    let max_biased = (1i32 << exp_bits) - 1;
    let bias = (1i32 << (exp_bits - 1)) - 1;
    if biased == max_biased {
        return (negative, if frac == 0 { FullDecoded::Infinite } else { FullDecoded::Nan });
    }
    if biased == 0 && frac == 0 {
        return (negative, FullDecoded::Zero);
    }
    // The integer mantissa and exponent as Rust's `integer_decode` gives them: a subnormal's
    // mantissa is doubled so that all values share one exponent scale.
    let exp = biased - bias - sig_bits as i32;
    let decoded = if biased == 0 {
        // Neighbours at `mant - 2` and `mant + 2`.
        Decoded { mant: frac << 1, minus: 1, plus: 1, exp, inclusive: true }
    } else {
        let mant = frac | (1u64 << sig_bits);
        let inclusive = mant & 1 == 0;
        if frac == 0 {
            // A power of two: the neighbour below is half as far as the one above.
            Decoded { mant: mant << 2, minus: 1, plus: 2, exp: exp - 2, inclusive }
        } else {
            Decoded { mant: mant << 1, minus: 1, plus: 1, exp: exp - 1, inclusive }
        }
    };
    (negative, FullDecoded::Finite(decoded))
}

/// An estimate of `ceil(log10(x))` for `2^(bits - 1 + exp) <= x < 2^(bits + exp)`, off by at
/// most one either way; callers correct it exactly.
fn estimate_k(bits: u32, exp: i32) -> i32 {
    // 1292913986 / 2^32 is log10(2) rounded down.
    let e = bits as i64 + exp as i64;
    ((e * 1292913986) >> 32) as i32 + 1
}

fn bit_len_u64(v: u64) -> u32 {
    64 - v.leading_zeros()
}

/// Sets `*x` to `*x mod scale` and returns the quotient, which must be below 16; `scaleN`
/// is `N * scale`.
fn div_rem_digit(x: &mut Big, scale: &Big, scale2: &Big, scale4: &Big, scale8: &Big) -> u8 {
    let mut d = 0;
    if scale8.le(x) {
        x.sub(scale8);
        d += 8;
    }
    if scale4.le(x) {
        x.sub(scale4);
        d += 4;
    }
    if scale2.le(x) {
        x.sub(scale2);
        d += 2;
    }
    if scale.le(x) {
        x.sub(scale);
        d += 1;
    }
    d
}

/// Adds one to the decimal digits in `d`. When they were all nines they become `100..0` and
/// the digit to append (to keep the same number of digits after the point) is returned.
pub(crate) fn round_up(d: &mut [u8]) -> Option<u8> {
    let mut i = d.len();
    while i > 0 {
        i -= 1;
        if d[i] != b'9' {
            d[i] += 1;
            let mut j = i + 1;
            while j < d.len() {
                d[j] = b'0';
                j += 1;
            }
            return None;
        }
    }
    if d.len() > 0 {
        d[0] = b'1';
        let mut j = 1;
        while j < d.len() {
            d[j] = b'0';
            j += 1;
        }
        Some(b'0')
    } else {
        Some(b'1')
    }
}

/// `a < b`, or `a <= b` when `inclusive`.
fn below(a: &Big, b: &Big, inclusive: bool) -> bool {
    if inclusive { a.le(b) } else { a.lt(b) }
}

/// The shortest digits that read back as the decoded float, nearest to it among equally short
/// ones. `buf` needs room for 18 digits (17 and a carry). Returns the digit count and `k`.
pub(crate) fn format_shortest(d: &Decoded, buf: &mut [u8]) -> (usize, i32) {
    let inclusive = d.inclusive;
    // v = mant / scale, low = (mant - minus) / scale, high = (mant + plus) / scale.
    let mut mant = Big::from_u64(d.mant);
    let mut minus = Big::from_u64(d.minus);
    let mut plus = Big::from_u64(d.plus);
    let mut scale = Big::from_u64(1);
    if d.exp < 0 {
        scale.mul_pow2((-d.exp) as usize);
    } else {
        mant.mul_pow2(d.exp as usize);
        minus.mul_pow2(d.exp as usize);
        plus.mul_pow2(d.exp as usize);
    }

    // Find the least `k` with `high <= 10^k` (`high < 10^k` when the interval is closed, as
    // `10^k` itself would then be a one-digit answer of a larger exponent), then divide by
    // `10^k`: from here on `v = mant / scale * 10^k` and `mant + plus <= scale`.
    let mut k = estimate_k(bit_len_u64(d.mant + d.plus), d.exp);
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        let n = (-k) as usize;
        mant.mul_pow10(n);
        minus.mul_pow10(n);
        plus.mul_pow10(n);
    }
    loop {
        let mut high = mant;
        high.add(&plus);
        if below(&high, &scale, !inclusive) {
            break;
        }
        scale.mul_small(10);
        k += 1;
    }
    loop {
        let mut high = mant;
        high.add(&plus);
        high.mul_small(10);
        if !below(&high, &scale, !inclusive) {
            break;
        }
        mant.mul_small(10);
        minus.mul_small(10);
        plus.mul_small(10);
        k -= 1;
    }

    let mut scale2 = scale;
    scale2.mul_pow2(1);
    let mut scale4 = scale;
    scale4.mul_pow2(2);
    let mut scale8 = scale;
    scale8.mul_pow2(3);

    // Generate digits. After `n` digits `D`: `v = (D + mant / scale) * 10^(k-n)`,
    // `v - low = minus / scale * 10^(k-n)` and `high - v = plus / scale * 10^(k-n)`. Stop when
    // `D` (round down) or `D + 1` (round up) lies inside the interval.
    let mut i = 0;
    let mut down;
    let mut up;
    loop {
        mant.mul_small(10);
        minus.mul_small(10);
        plus.mul_small(10);
        let digit = div_rem_digit(&mut mant, &scale, &scale2, &scale4, &scale8);
        buf[i] = b'0' + digit;
        i += 1;
        // D is inside when `v - D * 10^(k-n) < v - low`, i.e. `mant < minus`; D + 1 is inside
        // when `(D + 1) * 10^(k-n) - v < high - v`, i.e. `scale < mant + plus` (both `<=`
        // for a closed interval).
        down = below(&mant, &minus, inclusive);
        let mut high = mant;
        high.add(&plus);
        up = below(&scale, &high, inclusive);
        if down || up {
            break;
        }
    }

    // Round up when only that is inside, or both are and the value is at least halfway.
    if up {
        let mut twice = mant;
        twice.mul_pow2(1);
        if !down || scale.le(&twice) {
            if let Some(c) = round_up(&mut buf[..i]) {
                buf[i] = c;
                i += 1;
                k += 1;
            }
        }
    }
    (i, k)
}

/// The exact value's digits, correctly rounded (half to even): `buf.len()` digits, but none
/// at or below the decimal position `10^limit`. When rounding leaves no digit (the value
/// rounds to zero at `limit`), the result has no digits and `k <= limit`. When rounding up
/// carries into a new leading digit, `k` grows and, while the digit budget allows, a zero
/// is appended so that the digits still reach `limit`.
pub(crate) fn format_exact(d: &Decoded, buf: &mut [u8], limit: i32) -> (usize, i32) {
    let mut mant = Big::from_u64(d.mant);
    let mut scale = Big::from_u64(1);
    if d.exp < 0 {
        scale.mul_pow2((-d.exp) as usize);
    } else {
        mant.mul_pow2(d.exp as usize);
    }

    // Find the `k` with `10^(k-1) <= v < 10^k`; then `v = mant / scale * 10^k` with
    // `scale / 10 <= mant < scale`.
    let mut k = estimate_k(bit_len_u64(d.mant), d.exp);
    if k >= 0 {
        scale.mul_pow10(k as usize);
    } else {
        mant.mul_pow10((-k) as usize);
    }
    while scale.le(&mant) {
        scale.mul_small(10);
        k += 1;
    }
    loop {
        let mut ten = mant;
        ten.mul_small(10);
        if !ten.lt(&scale) {
            break;
        }
        mant = ten;
        k -= 1;
    }

    if (k as i64) < limit as i64 {
        // v < 10^k <= 10^limit / 10: less than half a unit of the last place asked for.
        return (0, k);
    }
    let wanted = (k as i64 - limit as i64) as u64;
    let mut len = if wanted < buf.len() as u64 { wanted as usize } else { buf.len() };

    let mut scale2 = scale;
    scale2.mul_pow2(1);
    let mut scale4 = scale;
    scale4.mul_pow2(2);
    let mut scale8 = scale;
    scale8.mul_pow2(3);
    let mut i = 0;
    while i < len {
        if mant.is_zero() {
            // The rest of the digits are zeros, and there is nothing to round.
            while i < len {
                buf[i] = b'0';
                i += 1;
            }
            return (len, k);
        }
        mant.mul_small(10);
        buf[i] = b'0' + div_rem_digit(&mut mant, &scale, &scale2, &scale4, &scale8);
        i += 1;
    }

    // The rest, `mant / scale` of a unit in the last place, decides the rounding.
    let mut twice = mant;
    twice.mul_pow2(1);
    let round = match twice.compare(&scale) {
        crate::cmp::Ordering::Greater => true,
        crate::cmp::Ordering::Equal => len > 0 && (buf[len - 1] - b'0') & 1 == 1,
        crate::cmp::Ordering::Less => false,
    };
    if round {
        if let Some(c) = round_up(&mut buf[..len]) {
            k += 1;
            if (k as i64) > limit as i64 && len < buf.len() {
                buf[len] = c;
                len += 1;
            }
        }
    }
    (len, k)
}

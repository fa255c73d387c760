//! Integer formatting: decimal, hexadecimal, octal and binary.

use super::{Binary, Debug, Display, Formatter, LowerExp, LowerHex, Octal, Result, UpperExp, UpperHex};

/// Writes the decimal digits of `n` into the end of `buf`; returns where they start.
fn decimal_u64(mut n: u64, buf: &mut [u8; 40]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    i
}

fn decimal_u128(mut n: u128, buf: &mut [u8; 40]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    i
}

/// Digits in base `1 << shift` (2, 8, 16); `upper` for `A-F`.
fn radix_u128(mut n: u128, shift: u32, upper: bool, buf: &mut [u8; 130]) -> usize {
    let mask = (1u128 << shift) - 1;
    let mut i = buf.len();
    loop {
        i -= 1;
        let d = (n & mask) as u8;
        buf[i] = if d < 10 {
            b'0' + d
        } else if upper {
            b'A' + (d - 10)
        } else {
            b'a' + (d - 10)
        };
        n >>= shift;
        if n == 0 {
            break;
        }
    }
    i
}

fn digits_str(buf: &[u8], start: usize) -> &str {
    unsafe { crate::str::from_utf8_unchecked(&buf[start..]) }
}

/// `{:e}` / `{:E}` of an integer: the digits as `d.ddd` and a decimal exponent, trailing
/// zeros dropped; with a precision, rounded half to even or padded with zeros.
fn int_exp(f: &mut Formatter<'_>, is_nonnegative: bool, abs: u128, upper: bool) -> Result {
    let mut buf = [0u8; 40];
    let start = decimal_u128(abs, &mut buf);
    let mut digits = [0u8; 40];
    let n = buf.len() - start;
    digits[..n].copy_from_slice(&buf[start..]);
    let mut exp = n - 1;
    // Significant digits: without trailing zeros (a lone `0` stays).
    let mut len = n;
    while len > 1 && digits[len - 1] == b'0' {
        len -= 1;
    }
    let mut frac_len = len - 1;
    let mut pad = 0;
    if let Some(p) = f.precision() {
        if p < frac_len {
            let keep = p + 1;
            let first_rest = digits[keep];
            let more = digits[keep + 1..len].iter().any(|&d| d != b'0');
            let last_odd = (digits[keep - 1] - b'0') % 2 == 1;
            let up = first_rest > b'5' || (first_rest == b'5' && (more || last_odd));
            len = keep;
            if up {
                let mut i = keep;
                loop {
                    if i == 0 {
                        // All nines: 9.99 rounds to 10.0, one more in the exponent.
                        digits[0] = b'1';
                        for d in digits[1..keep].iter_mut() {
                            *d = b'0';
                        }
                        exp += 1;
                        break;
                    }
                    i -= 1;
                    if digits[i] == b'9' {
                        digits[i] = b'0';
                    } else {
                        digits[i] += 1;
                        break;
                    }
                }
            }
            frac_len = p;
        } else {
            pad = p - frac_len;
        }
    }
    let mut out = [0u8; 512];
    let mut o = 0;
    out[o] = digits[0];
    o += 1;
    if frac_len + pad > 0 {
        out[o] = b'.';
        o += 1;
        for &d in &digits[1..1 + frac_len] {
            out[o] = d;
            o += 1;
        }
        for _ in 0..pad.min(out.len() - o - 8) {
            out[o] = b'0';
            o += 1;
        }
    }
    out[o] = if upper { b'E' } else { b'e' };
    o += 1;
    let mut ebuf = [0u8; 40];
    let es = decimal_u128(exp as u128, &mut ebuf);
    for &d in &ebuf[es..] {
        out[o] = d;
        o += 1;
    }
    f.pad_integral(is_nonnegative, "", digits_str(&out[..o], 0))
}

macro_rules! int_display {
    ($($t:ty, $u:ty, $wide:ident $wt:ty, $signed:expr;)*) => {
        $(
            impl Display for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = !$signed || *self as i128 >= 0;
                    let abs: $u = if is_nonnegative { *self as $u } else { (!(*self as $u)).wrapping_add(1) };
                    let mut buf = [0u8; 40];
                    let start = $wide(abs as $wt, &mut buf);
                    f.pad_integral(is_nonnegative, "", digits_str(&buf, start))
                }
            }

            impl Debug for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    if f.debug_lower_hex() {
                        LowerHex::fmt(self, f)
                    } else if f.debug_upper_hex() {
                        UpperHex::fmt(self, f)
                    } else {
                        Display::fmt(self, f)
                    }
                }
            }

            impl LowerExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = !$signed || *self as i128 >= 0;
                    let abs: $u = if is_nonnegative { *self as $u } else { (!(*self as $u)).wrapping_add(1) };
                    int_exp(f, is_nonnegative, abs as u128, false)
                }
            }

            impl UpperExp for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let is_nonnegative = !$signed || *self as i128 >= 0;
                    let abs: $u = if is_nonnegative { *self as $u } else { (!(*self as $u)).wrapping_add(1) };
                    int_exp(f, is_nonnegative, abs as u128, true)
                }
            }

            impl LowerHex for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut buf = [0u8; 130];
                    let start = radix_u128(*self as $u as u128, 4, false, &mut buf);
                    f.pad_integral(true, "0x", digits_str(&buf, start))
                }
            }

            impl UpperHex for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut buf = [0u8; 130];
                    let start = radix_u128(*self as $u as u128, 4, true, &mut buf);
                    f.pad_integral(true, "0x", digits_str(&buf, start))
                }
            }

            impl Octal for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut buf = [0u8; 130];
                    let start = radix_u128(*self as $u as u128, 3, false, &mut buf);
                    f.pad_integral(true, "0o", digits_str(&buf, start))
                }
            }

            impl Binary for $t {
                fn fmt(&self, f: &mut Formatter<'_>) -> Result {
                    let mut buf = [0u8; 130];
                    let start = radix_u128(*self as $u as u128, 1, false, &mut buf);
                    f.pad_integral(true, "0b", digits_str(&buf, start))
                }
            }
        )*
    };
}

int_display! {
    u8, u8, decimal_u64 u64, false;
    u16, u16, decimal_u64 u64, false;
    u32, u32, decimal_u64 u64, false;
    u64, u64, decimal_u64 u64, false;
    usize, usize, decimal_u64 u64, false;
    u128, u128, decimal_u128 u128, false;
    i8, u8, decimal_u64 u64, true;
    i16, u16, decimal_u64 u64, true;
    i32, u32, decimal_u64 u64, true;
    i64, u64, decimal_u64 u64, true;
    isize, usize, decimal_u64 u64, true;
    i128, u128, decimal_u128 u128, true;
}

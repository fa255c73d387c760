//! Integer formatting: decimal, hexadecimal, octal and binary.

use super::{Binary, Debug, Display, Formatter, LowerHex, Octal, Result, UpperHex};

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

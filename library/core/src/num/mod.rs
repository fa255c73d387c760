//! Numbers: the inherent methods of the integer and float types, and parsing integers and
//! floats (`dec2flt`); the digits of formatted floats come from `flt2dec`.

mod bignum;
mod dec2flt;
pub(crate) mod flt2dec;

use crate::fmt;
use crate::intrinsics;
use crate::str::FromStr;

pub use dec2flt::ParseFloatError;

/// Why parsing an integer failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIntError {
    kind: IntErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IntErrorKind {
    Empty,
    InvalidDigit,
    PosOverflow,
    NegOverflow,
    Zero,
}

impl ParseIntError {
    pub const fn kind(&self) -> &IntErrorKind {
        &self.kind
    }
}

impl fmt::Display for ParseIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(match self.kind {
            IntErrorKind::Empty => "cannot parse integer from empty string",
            IntErrorKind::InvalidDigit => "invalid digit found in string",
            IntErrorKind::PosOverflow => "number too large to fit in target type",
            IntErrorKind::NegOverflow => "number too small to fit in target type",
            IntErrorKind::Zero => "number would be zero for non-zero type",
        })
    }
}

/// The error of a checked conversion between integer types.
#[derive(Debug, Copy, Clone, PartialEq, Eq)]
pub struct TryFromIntError(pub(crate) ());

impl fmt::Display for TryFromIntError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad("out of range integral type conversion attempted")
    }
}

/// Parses an integer in `radix`, accumulating as `i128`/`u128` and range-checking against
/// `min..=max`.
fn parse_int(src: &str, radix: u32, signed: bool, min: i128, max: u128) -> Result<u128, ParseIntError> {
    if radix < 2 || radix > 36 {
        panic!("from_str_radix_int: must lie in the range `[2, 36]` - found {}", radix);
    }
    let bytes = src.as_bytes();
    if bytes.is_empty() {
        return Err(ParseIntError { kind: IntErrorKind::Empty });
    }
    let (negative, digits) = match bytes[0] {
        b'+' | b'-' if bytes.len() == 1 => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
        b'+' => (false, &bytes[1..]),
        b'-' if signed => (true, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut acc: u128 = 0;
    let limit: u128 = if negative { (0i128 - min) as u128 } else { max };
    let mut i = 0;
    while i < digits.len() {
        let d = match (digits[i] as char).to_digit(radix) {
            Some(d) => d as u128,
            None => return Err(ParseIntError { kind: IntErrorKind::InvalidDigit }),
        };
        let (mul, o1) = acc.overflowing_mul(radix as u128);
        let (sum, o2) = mul.overflowing_add(d);
        if o1 || o2 || sum > limit {
            return Err(ParseIntError { kind: if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } });
        }
        acc = sum;
        i += 1;
    }
    Ok(if negative { (0u128).wrapping_sub(acc) } else { acc })
}

macro_rules! int_impl {
    ($($t:ident $u:ident $bits:literal $signed:literal $min:expr, $max:expr;)*) => {
        $(
            impl $t {
                pub const MIN: $t = $min;
                pub const MAX: $t = $max;
                pub const BITS: u32 = $bits;

                #[inline]
                pub const fn min_value() -> $t {
                    Self::MIN
                }

                #[inline]
                pub const fn max_value() -> $t {
                    Self::MAX
                }

                pub fn from_str_radix(src: &str, radix: u32) -> Result<$t, ParseIntError> {
                    match parse_int(src, radix, $signed, $t::MIN as i128, $t::MAX as u128) {
                        Ok(v) => Ok(v as $t),
                        Err(e) => Err(e),
                    }
                }

                #[inline]
                pub const fn count_ones(self) -> u32 {
                    intrinsics::ctpop(self as $u)
                }

                #[inline]
                pub const fn count_zeros(self) -> u32 {
                    intrinsics::ctpop(!(self as $u))
                }

                #[inline]
                pub const fn leading_zeros(self) -> u32 {
                    intrinsics::ctlz(self as $u)
                }

                #[inline]
                pub const fn trailing_zeros(self) -> u32 {
                    intrinsics::cttz(self as $u)
                }

                #[inline]
                pub const fn leading_ones(self) -> u32 {
                    intrinsics::ctlz(!(self as $u))
                }

                #[inline]
                pub const fn trailing_ones(self) -> u32 {
                    intrinsics::cttz(!(self as $u))
                }

                #[inline]
                pub const fn rotate_left(self, n: u32) -> $t {
                    intrinsics::rotate_left(self as $u, n) as $t
                }

                #[inline]
                pub const fn rotate_right(self, n: u32) -> $t {
                    intrinsics::rotate_right(self as $u, n) as $t
                }

                #[inline]
                pub const fn swap_bytes(self) -> $t {
                    intrinsics::bswap(self as $u) as $t
                }

                #[inline]
                pub const fn reverse_bits(self) -> $t {
                    intrinsics::bitreverse(self as $u) as $t
                }

                #[inline]
                pub const fn to_be(self) -> $t {
                    self.swap_bytes()
                }

                #[inline]
                pub const fn to_le(self) -> $t {
                    self
                }

                #[inline]
                pub const fn from_be(x: $t) -> $t {
                    x.swap_bytes()
                }

                #[inline]
                pub const fn from_le(x: $t) -> $t {
                    x
                }

                #[inline]
                pub const fn checked_add(self, rhs: $t) -> Option<$t> {
                    let (a, b) = self.overflowing_add(rhs);
                    if b { None } else { Some(a) }
                }

                #[inline]
                pub const fn checked_sub(self, rhs: $t) -> Option<$t> {
                    let (a, b) = self.overflowing_sub(rhs);
                    if b { None } else { Some(a) }
                }

                #[inline]
                pub const fn checked_mul(self, rhs: $t) -> Option<$t> {
                    let (a, b) = self.overflowing_mul(rhs);
                    if b { None } else { Some(a) }
                }

                #[inline]
                pub const fn checked_div(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 || ($signed && self == Self::MIN && rhs as i128 == -1) {
                        None
                    } else {
                        Some(self / rhs)
                    }
                }

                #[inline]
                pub const fn checked_rem(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 || ($signed && self == Self::MIN && rhs as i128 == -1) {
                        None
                    } else {
                        Some(self % rhs)
                    }
                }

                #[inline]
                pub const fn checked_neg(self) -> Option<$t> {
                    let (a, b) = self.overflowing_neg();
                    if b { None } else { Some(a) }
                }

                #[inline]
                pub const fn checked_shl(self, rhs: u32) -> Option<$t> {
                    if rhs < $bits { Some(self.wrapping_shl(rhs)) } else { None }
                }

                #[inline]
                pub const fn checked_shr(self, rhs: u32) -> Option<$t> {
                    if rhs < $bits { Some(self.wrapping_shr(rhs)) } else { None }
                }

                #[inline]
                pub const fn checked_pow(self, exp: u32) -> Option<$t> {
                    let mut base = self;
                    let mut acc: $t = 1;
                    let mut exp = exp;
                    while exp > 0 {
                        if exp & 1 == 1 {
                            acc = match acc.checked_mul(base) {
                                Some(v) => v,
                                None => return None,
                            };
                        }
                        exp /= 2;
                        if exp > 0 {
                            base = match base.checked_mul(base) {
                                Some(v) => v,
                                None => return None,
                            };
                        }
                    }
                    Some(acc)
                }

                #[inline]
                pub const fn wrapping_add(self, rhs: $t) -> $t {
                    intrinsics::wrapping_add(self, rhs)
                }

                #[inline]
                pub const fn wrapping_sub(self, rhs: $t) -> $t {
                    intrinsics::wrapping_sub(self, rhs)
                }

                #[inline]
                pub const fn wrapping_mul(self, rhs: $t) -> $t {
                    intrinsics::wrapping_mul(self, rhs)
                }

                #[inline]
                pub const fn wrapping_div(self, rhs: $t) -> $t {
                    self.overflowing_div(rhs).0
                }

                #[inline]
                pub const fn wrapping_rem(self, rhs: $t) -> $t {
                    self.overflowing_rem(rhs).0
                }

                #[inline]
                pub const fn wrapping_neg(self) -> $t {
                    (0 as $t).wrapping_sub(self)
                }

                #[inline]
                pub const fn wrapping_shl(self, rhs: u32) -> $t {
                    unsafe { intrinsics::unchecked_shl(self, rhs & ($bits - 1)) }
                }

                #[inline]
                pub const fn wrapping_shr(self, rhs: u32) -> $t {
                    unsafe { intrinsics::unchecked_shr(self, rhs & ($bits - 1)) }
                }

                #[inline]
                pub const fn wrapping_pow(self, exp: u32) -> $t {
                    let mut base = self;
                    let mut acc: $t = 1;
                    let mut exp = exp;
                    while exp > 0 {
                        if exp & 1 == 1 {
                            acc = acc.wrapping_mul(base);
                        }
                        exp /= 2;
                        base = base.wrapping_mul(base);
                    }
                    acc
                }

                #[inline]
                pub const fn overflowing_add(self, rhs: $t) -> ($t, bool) {
                    intrinsics::add_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_sub(self, rhs: $t) -> ($t, bool) {
                    intrinsics::sub_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_mul(self, rhs: $t) -> ($t, bool) {
                    intrinsics::mul_with_overflow(self, rhs)
                }

                #[inline]
                pub const fn overflowing_div(self, rhs: $t) -> ($t, bool) {
                    if $signed && self == Self::MIN && rhs as i128 == -1 { (self, true) } else { (self / rhs, false) }
                }

                #[inline]
                pub const fn overflowing_rem(self, rhs: $t) -> ($t, bool) {
                    if $signed && self == Self::MIN && rhs as i128 == -1 { (0, true) } else { (self % rhs, false) }
                }

                #[inline]
                pub const fn overflowing_neg(self) -> ($t, bool) {
                    if $signed {
                        if self == Self::MIN { (Self::MIN, true) } else { ((0 as $t).wrapping_sub(self), false) }
                    } else {
                        ((0 as $t).wrapping_sub(self), self != 0)
                    }
                }

                #[inline]
                pub const fn overflowing_pow(self, exp: u32) -> ($t, bool) {
                    match self.checked_pow(exp) {
                        Some(v) => (v, false),
                        None => (self.wrapping_pow(exp), true),
                    }
                }

                #[inline]
                pub const fn saturating_add(self, rhs: $t) -> $t {
                    intrinsics::saturating_add(self, rhs)
                }

                #[inline]
                pub const fn saturating_sub(self, rhs: $t) -> $t {
                    intrinsics::saturating_sub(self, rhs)
                }

                #[inline]
                pub const fn saturating_mul(self, rhs: $t) -> $t {
                    match self.checked_mul(rhs) {
                        Some(x) => x,
                        None => {
                            if $signed && ((self < (0 as $t)) != (rhs < (0 as $t))) {
                                Self::MIN
                            } else {
                                Self::MAX
                            }
                        }
                    }
                }

                #[inline]
                pub const fn saturating_pow(self, exp: u32) -> $t {
                    match self.checked_pow(exp) {
                        Some(x) => x,
                        None => {
                            if $signed && self < (0 as $t) && exp % 2 == 1 {
                                Self::MIN
                            } else {
                                Self::MAX
                            }
                        }
                    }
                }

                #[inline]
                #[rustc_inherit_overflow_checks]
                pub const fn pow(self, exp: u32) -> $t {
                    let mut base = self;
                    let mut acc: $t = 1;
                    let mut exp = exp;
                    if exp == 0 {
                        return 1;
                    }
                    while exp > 1 {
                        if exp & 1 == 1 {
                            acc = acc * base;
                        }
                        exp /= 2;
                        base = base * base;
                    }
                    acc * base
                }

                #[inline]
                #[track_caller]
                pub const fn div_euclid(self, rhs: $t) -> $t {
                    let q = self / rhs;
                    if $signed && self % rhs < (0 as $t) {
                        return if rhs > (0 as $t) { q - 1 } else { q + 1 };
                    }
                    q
                }

                #[inline]
                #[track_caller]
                pub const fn rem_euclid(self, rhs: $t) -> $t {
                    let r = self % rhs;
                    if $signed && r < (0 as $t) {
                        return r.wrapping_add(if rhs < (0 as $t) { (0 as $t).wrapping_sub(rhs) } else { rhs });
                    }
                    r
                }

                /// `None` for a zero divisor or an overflowing quotient (`MIN / -1`).
                #[inline]
                pub const fn checked_div_euclid(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 || ($signed && self == Self::MIN && rhs as i128 == -1) {
                        None
                    } else {
                        Some(self.div_euclid(rhs))
                    }
                }

                /// `None` for a zero divisor or an overflowing quotient (`MIN % -1`).
                #[inline]
                pub const fn checked_rem_euclid(self, rhs: $t) -> Option<$t> {
                    if rhs == 0 || ($signed && self == Self::MIN && rhs as i128 == -1) {
                        None
                    } else {
                        Some(self.rem_euclid(rhs))
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_div_euclid(self, rhs: $t) -> ($t, bool) {
                    if $signed && self == Self::MIN && rhs as i128 == -1 {
                        (self, true)
                    } else {
                        (self.div_euclid(rhs), false)
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn overflowing_rem_euclid(self, rhs: $t) -> ($t, bool) {
                    if $signed && self == Self::MIN && rhs as i128 == -1 {
                        (0, true)
                    } else {
                        (self.rem_euclid(rhs), false)
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn wrapping_div_euclid(self, rhs: $t) -> $t {
                    self.overflowing_div_euclid(rhs).0
                }

                #[inline]
                #[track_caller]
                pub const fn wrapping_rem_euclid(self, rhs: $t) -> $t {
                    self.overflowing_rem_euclid(rhs).0
                }

                /// The average, rounded down for unsigned types and towards zero for signed
                /// ones, without overflow.
                #[inline]
                pub const fn midpoint(self, rhs: $t) -> $t {
                    // The floor of the average (Hacker's Delight), then, for a negative odd
                    // sum, one more to round towards zero instead.
                    let t = ((self ^ rhs) >> 1) + (self & rhs);
                    if $signed && t < (0 as $t) { t + ((self ^ rhs) & 1) } else { t }
                }

                /// The base-2 logarithm, rounded down; `None` unless `self` is positive.
                #[inline]
                pub const fn checked_ilog2(self) -> Option<u32> {
                    if self <= (0 as $t) { None } else { Some(Self::BITS - 1 - self.leading_zeros()) }
                }

                /// The base-10 logarithm, rounded down; `None` unless `self` is positive.
                #[inline]
                pub const fn checked_ilog10(self) -> Option<u32> {
                    self.checked_ilog(10)
                }

                /// The logarithm in `base`, rounded down; `None` unless `self` is positive and
                /// `base` at least 2.
                #[inline]
                pub const fn checked_ilog(self, base: $t) -> Option<u32> {
                    if self <= (0 as $t) || base <= (1 as $t) {
                        return None;
                    }
                    let base = base as $u;
                    let mut v = self as $u;
                    let mut n = 0;
                    while v >= base {
                        v /= base;
                        n += 1;
                    }
                    Some(n)
                }

                #[inline]
                #[track_caller]
                pub const fn ilog2(self) -> u32 {
                    match self.checked_ilog2() {
                        Some(n) => n,
                        None => panic!("argument of integer logarithm must be positive"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn ilog10(self) -> u32 {
                    match self.checked_ilog10() {
                        Some(n) => n,
                        None => panic!("argument of integer logarithm must be positive"),
                    }
                }

                #[inline]
                #[track_caller]
                pub const fn ilog(self, base: $t) -> u32 {
                    assert!(base >= (2 as $t), "base of integer logarithm must be at least 2");
                    match self.checked_ilog(base) {
                        Some(n) => n,
                        None => panic!("argument of integer logarithm must be positive"),
                    }
                }

                /// Shifts left, giving 0 once every bit is shifted out (`rhs >= BITS`).
                #[inline]
                pub const fn unbounded_shl(self, rhs: u32) -> $t {
                    if rhs < Self::BITS { self << rhs } else { 0 }
                }

                /// Shifts right, giving 0 (or -1 for a negative number) once every bit is
                /// shifted out (`rhs >= BITS`).
                #[inline]
                pub const fn unbounded_shr(self, rhs: u32) -> $t {
                    if rhs < Self::BITS {
                        self >> rhs
                    } else if $signed && self < (0 as $t) {
                        (0 as $t).wrapping_sub(1)
                    } else {
                        0
                    }
                }

                #[inline]
                pub const fn is_power_of_two(self) -> bool {
                    self > (0 as $t) && self.count_ones() == 1
                }

                #[inline]
                pub const fn abs_diff(self, other: $t) -> $u {
                    if self < other {
                        (other as $u).wrapping_sub(self as $u)
                    } else {
                        (self as $u).wrapping_sub(other as $u)
                    }
                }

                #[inline]
                pub const fn to_le_bytes(self) -> [u8; $bits / 8] {
                    unsafe { intrinsics::transmute(self) }
                }

                #[inline]
                pub const fn to_be_bytes(self) -> [u8; $bits / 8] {
                    unsafe { intrinsics::transmute(self.swap_bytes()) }
                }

                #[inline]
                pub const fn to_ne_bytes(self) -> [u8; $bits / 8] {
                    unsafe { intrinsics::transmute(self) }
                }

                #[inline]
                pub const fn from_le_bytes(bytes: [u8; $bits / 8]) -> $t {
                    unsafe { intrinsics::transmute(bytes) }
                }

                #[inline]
                pub const fn from_be_bytes(bytes: [u8; $bits / 8]) -> $t {
                    let v: $t = unsafe { intrinsics::transmute(bytes) };
                    v.swap_bytes()
                }

                #[inline]
                pub const fn from_ne_bytes(bytes: [u8; $bits / 8]) -> $t {
                    unsafe { intrinsics::transmute(bytes) }
                }
            }

            impl FromStr for $t {
                type Err = ParseIntError;
                fn from_str(src: &str) -> Result<$t, ParseIntError> {
                    $t::from_str_radix(src, 10)
                }
            }
        )*
    };
}

int_impl! {
    i8 u8 8 true -128, 127;
    i16 u16 16 true -32768, 32767;
    i32 u32 32 true -2147483648, 2147483647;
    i64 u64 64 true -9223372036854775808, 9223372036854775807;
    i128 u128 128 true -170141183460469231731687303715884105728, 170141183460469231731687303715884105727;
    isize usize 64 true -9223372036854775808, 9223372036854775807;
    u8 u8 8 false 0, 255;
    u16 u16 16 false 0, 65535;
    u32 u32 32 false 0, 4294967295;
    u64 u64 64 false 0, 18446744073709551615;
    u128 u128 128 false 0, 340282366920938463463374607431768211455;
    usize usize 64 false 0, 18446744073709551615;
}

macro_rules! signed_impl {
    ($($t:ident $u:ident;)*) => {
        $(
            impl $t {
                #[inline]
                #[rustc_inherit_overflow_checks]
                pub const fn abs(self) -> $t {
                    if self < 0 { -self } else { self }
                }

                /// The same bits as the unsigned type.
                #[inline]
                pub const fn cast_unsigned(self) -> $u {
                    self as $u
                }

                #[inline]
                pub const fn unsigned_abs(self) -> $u {
                    self.wrapping_abs() as $u
                }

                #[inline]
                pub const fn wrapping_abs(self) -> $t {
                    if self < 0 { self.wrapping_neg() } else { self }
                }

                #[inline]
                pub const fn checked_abs(self) -> Option<$t> {
                    if self < 0 { self.checked_neg() } else { Some(self) }
                }

                #[inline]
                pub const fn overflowing_abs(self) -> ($t, bool) {
                    (self.wrapping_abs(), self == Self::MIN)
                }

                #[inline]
                pub const fn saturating_abs(self) -> $t {
                    if self == Self::MIN { Self::MAX } else { self.wrapping_abs() }
                }

                #[inline]
                pub const fn saturating_neg(self) -> $t {
                    if self == Self::MIN { Self::MAX } else { -self }
                }

                #[inline]
                pub const fn signum(self) -> $t {
                    if self < 0 {
                        -1
                    } else if self == 0 {
                        0
                    } else {
                        1
                    }
                }

                #[inline]
                pub const fn is_positive(self) -> bool {
                    self > 0
                }

                #[inline]
                pub const fn is_negative(self) -> bool {
                    self < 0
                }
            }
        )*
    };
}

signed_impl! { i8 u8; i16 u16; i32 u32; i64 u64; i128 u128; isize usize; }

macro_rules! unsigned_impl {
    ($($t:ident $s:ident;)*) => {
        $(
            impl $t {
                #[inline]
                pub const fn next_power_of_two(self) -> $t {
                    if self <= 1 {
                        return 1;
                    }
                    let p = self - 1;
                    let z = p.leading_zeros();
                    (<$t>::MAX >> z) + 1
                }

                #[inline]
                pub const fn checked_next_power_of_two(self) -> Option<$t> {
                    if self <= 1 {
                        return Some(1);
                    }
                    let p = self - 1;
                    let z = p.leading_zeros();
                    (<$t>::MAX >> z).checked_add(1)
                }

                /// The smallest multiple of `rhs` that is at least `self`.
                #[inline]
                #[rustc_inherit_overflow_checks]
                pub const fn next_multiple_of(self, rhs: $t) -> $t {
                    match self % rhs {
                        0 => self,
                        r => self + (rhs - r),
                    }
                }

                /// `next_multiple_of`, or `None` if `rhs` is 0 or the multiple overflows.
                #[inline]
                pub const fn checked_next_multiple_of(self, rhs: $t) -> Option<$t> {
                    match self.checked_rem(rhs) {
                        None => None,
                        Some(0) => Some(self),
                        Some(r) => self.checked_add(rhs - r),
                    }
                }

                /// The same bits as the signed type.
                #[inline]
                pub const fn cast_signed(self) -> $s {
                    self as $s
                }

                #[inline]
                pub const fn isqrt(self) -> $t {
                    if self < 2 {
                        return self;
                    }
                    let mut x = self;
                    let mut y = (x + 1) / 2;
                    while y < x {
                        x = y;
                        y = (x + self / x) / 2;
                    }
                    x
                }

                #[inline]
                pub const fn div_ceil(self, rhs: $t) -> $t {
                    let d = self / rhs;
                    let r = self % rhs;
                    if r > 0 { d + 1 } else { d }
                }

                #[inline]
                pub const fn checked_add_signed(self, rhs: $s) -> Option<$t> {
                    if rhs >= 0 { self.checked_add(rhs as $t) } else { self.checked_sub(rhs.unsigned_abs()) }
                }

                #[inline]
                pub const fn wrapping_add_signed(self, rhs: $s) -> $t {
                    self.wrapping_add(rhs as $t)
                }

                #[inline]
                pub const fn saturating_add_signed(self, rhs: $s) -> $t {
                    if rhs >= 0 { self.saturating_add(rhs as $t) } else { self.saturating_sub(rhs.unsigned_abs()) }
                }

                #[inline]
                pub const fn is_multiple_of(self, rhs: $t) -> bool {
                    if rhs == 0 { self == 0 } else { self % rhs == 0 }
                }
            }
        )*
    };
}

unsigned_impl! { u8 i8; u16 i16; u32 i32; u64 i64; u128 i128; usize isize; }

// Checked conversions between integer types.
macro_rules! try_from_int {
    ($($from:ty, $signed:literal => $($to:ty),*;)*) => {
        $($(
            impl TryFrom<$from> for $to {
                type Error = TryFromIntError;
                #[inline]
                fn try_from(u: $from) -> Result<$to, TryFromIntError> {
                    let ok = if $signed && (u as i128) < 0 {
                        (u as i128) >= (<$to>::MIN as i128)
                    } else {
                        (u as u128) <= (<$to>::MAX as u128)
                    };
                    if ok { Ok(u as $to) } else { Err(TryFromIntError(())) }
                }
            }
        )*)*
    };
}

try_from_int! {
    u8, false => i8;
    u16, false => u8, i8, i16;
    u32, false => u8, u16, i8, i16, i32, usize, isize;
    u64, false => u8, u16, u32, i8, i16, i32, i64, usize, isize;
    u128, false => u8, u16, u32, u64, i8, i16, i32, i64, i128, usize, isize;
    usize, false => u8, u16, u32, u64, u128, i8, i16, i32, i64, i128, isize;
    i8, true => u8, u16, u32, u64, u128, usize;
    i16, true => u8, u16, u32, u64, u128, usize, i8;
    i32, true => u8, u16, u32, u64, u128, usize, i8, i16, isize;
    i64, true => u8, u16, u32, u64, u128, usize, i8, i16, i32, isize;
    i128, true => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, isize;
    isize, true => u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128;
}

macro_rules! float_impl {
    ($($t:ident $bits:ident $mant_bits:literal $exp_bias:literal, $sqrt:ident $floor:ident $ceil:ident $round:ident $trunc:ident $pow:ident $exp:ident $ln:ident $log10:ident $log2:ident $sin:ident $cos:ident $tan:ident $fma:ident $atan2:ident $cbrt:ident $hypot:ident $asin:ident $acos:ident $atan:ident $sinh:ident $cosh:ident $tanh:ident $expm1:ident $log1p:ident $rint:ident;)*) => {
        $(
            impl $t {
                pub const NAN: $t = 0.0 / 0.0;
                pub const INFINITY: $t = 1.0 / 0.0;
                pub const NEG_INFINITY: $t = -1.0 / 0.0;

                #[inline]
                pub const fn to_bits(self) -> $bits {
                    unsafe { intrinsics::transmute(self) }
                }

                #[inline]
                pub const fn from_bits(v: $bits) -> $t {
                    unsafe { intrinsics::transmute(v) }
                }

                #[inline]
                pub const fn is_nan(self) -> bool {
                    self != self
                }

                #[inline]
                pub const fn is_infinite(self) -> bool {
                    self == Self::INFINITY || self == Self::NEG_INFINITY
                }

                #[inline]
                pub const fn is_finite(self) -> bool {
                    !self.is_nan() && !self.is_infinite()
                }

                #[inline]
                pub const fn is_sign_negative(self) -> bool {
                    self.to_bits() >> ($mant_bits + (core_float_exp_bits!($bits))) != 0
                }

                #[inline]
                pub const fn is_sign_positive(self) -> bool {
                    !self.is_sign_negative()
                }

                #[inline]
                pub const fn abs(self) -> $t {
                    let mask: $bits = !(1 << ($mant_bits + (core_float_exp_bits!($bits))));
                    Self::from_bits(self.to_bits() & mask)
                }

                #[inline]
                pub const fn signum(self) -> $t {
                    if self.is_nan() {
                        Self::NAN
                    } else if self.is_sign_negative() {
                        -1.0
                    } else {
                        1.0
                    }
                }

                #[inline]
                pub const fn copysign(self, sign: $t) -> $t {
                    let sign_bit: $bits = 1 << ($mant_bits + (core_float_exp_bits!($bits)));
                    Self::from_bits((self.to_bits() & !sign_bit) | (sign.to_bits() & sign_bit))
                }

                #[inline]
                pub fn max(self, other: $t) -> $t {
                    if self.is_nan() || self < other { other } else { self }
                }

                #[inline]
                pub fn min(self, other: $t) -> $t {
                    if self.is_nan() || other < self { other } else { self }
                }

                #[inline]
                pub fn clamp(self, min: $t, max: $t) -> $t {
                    assert!(min <= max, "min > max, or either was NaN. min = {min:?}, max = {max:?}");
                    let mut x = self;
                    if x < min {
                        x = min;
                    }
                    if x > max {
                        x = max;
                    }
                    x
                }

                #[inline]
                pub fn sqrt(self) -> $t {
                    unsafe { libm::$sqrt(self) }
                }

                #[inline]
                pub fn cbrt(self) -> $t {
                    unsafe { libm::$cbrt(self) }
                }

                #[inline]
                pub fn floor(self) -> $t {
                    unsafe { libm::$floor(self) }
                }

                #[inline]
                pub fn ceil(self) -> $t {
                    unsafe { libm::$ceil(self) }
                }

                #[inline]
                pub fn round(self) -> $t {
                    unsafe { libm::$round(self) }
                }

                #[inline]
                pub fn trunc(self) -> $t {
                    unsafe { libm::$trunc(self) }
                }

                #[inline]
                pub fn fract(self) -> $t {
                    self - self.trunc()
                }

                #[inline]
                pub fn powf(self, n: $t) -> $t {
                    unsafe { libm::$pow(self, n) }
                }

                #[inline]
                pub fn powi(self, n: i32) -> $t {
                    let mut base = self;
                    let mut e = if n < 0 { (0i64 - n as i64) as u64 } else { n as u64 };
                    let mut acc: $t = 1.0;
                    while e > 0 {
                        if e & 1 == 1 {
                            acc *= base;
                        }
                        base *= base;
                        e >>= 1;
                    }
                    if n < 0 { 1.0 / acc } else { acc }
                }

                #[inline]
                pub fn exp(self) -> $t {
                    unsafe { libm::$exp(self) }
                }

                /// `e^self - 1`, precise even when `self` is near zero.
                #[inline]
                pub fn exp_m1(self) -> $t {
                    unsafe { libm::$expm1(self) }
                }

                /// `ln(1 + self)`, precise even when `self` is near zero.
                #[inline]
                pub fn ln_1p(self) -> $t {
                    unsafe { libm::$log1p(self) }
                }

                /// Rounds to the nearest integer, halfway cases to the even one.
                #[inline]
                pub fn round_ties_even(self) -> $t {
                    // `rint` rounds in the current rounding mode, which Rust leaves at
                    // round-to-nearest-even.
                    unsafe { libm::$rint(self) }
                }

                #[inline]
                pub fn ln(self) -> $t {
                    unsafe { libm::$ln(self) }
                }

                #[inline]
                pub fn log10(self) -> $t {
                    unsafe { libm::$log10(self) }
                }

                #[inline]
                pub fn log2(self) -> $t {
                    unsafe { libm::$log2(self) }
                }

                #[inline]
                pub fn log(self, base: $t) -> $t {
                    self.ln() / base.ln()
                }

                #[inline]
                pub fn sin(self) -> $t {
                    unsafe { libm::$sin(self) }
                }

                #[inline]
                pub fn cos(self) -> $t {
                    unsafe { libm::$cos(self) }
                }

                #[inline]
                pub fn tan(self) -> $t {
                    unsafe { libm::$tan(self) }
                }

                #[inline]
                pub fn asin(self) -> $t {
                    unsafe { libm::$asin(self) }
                }

                #[inline]
                pub fn acos(self) -> $t {
                    unsafe { libm::$acos(self) }
                }

                #[inline]
                pub fn atan(self) -> $t {
                    unsafe { libm::$atan(self) }
                }

                #[inline]
                pub fn atan2(self, other: $t) -> $t {
                    unsafe { libm::$atan2(self, other) }
                }

                #[inline]
                pub fn sinh(self) -> $t {
                    unsafe { libm::$sinh(self) }
                }

                #[inline]
                pub fn cosh(self) -> $t {
                    unsafe { libm::$cosh(self) }
                }

                #[inline]
                pub fn tanh(self) -> $t {
                    unsafe { libm::$tanh(self) }
                }

                #[inline]
                pub fn hypot(self, other: $t) -> $t {
                    unsafe { libm::$hypot(self, other) }
                }

                #[inline]
                pub fn mul_add(self, a: $t, b: $t) -> $t {
                    unsafe { libm::$fma(self, a, b) }
                }

                #[inline]
                pub fn to_degrees(self) -> $t {
                    self * (180.0 / consts_pi!($t))
                }

                #[inline]
                pub fn to_radians(self) -> $t {
                    self * (consts_pi!($t) / 180.0)
                }

                #[inline]
                pub fn recip(self) -> $t {
                    1.0 / self
                }

                #[inline]
                pub fn rem_euclid(self, rhs: $t) -> $t {
                    let r = self % rhs;
                    if r < 0.0 { r + rhs.abs() } else { r }
                }

                #[inline]
                pub fn div_euclid(self, rhs: $t) -> $t {
                    let q = (self / rhs).trunc();
                    if self % rhs < 0.0 {
                        return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
                    }
                    q
                }

                #[inline]
                pub fn total_cmp(&self, other: &$t) -> crate::cmp::Ordering {
                    let mut left = self.to_bits() as i128;
                    let mut right = other.to_bits() as i128;
                    let top: i128 = 1 << ($mant_bits + (core_float_exp_bits!($bits)));
                    if left & top != 0 {
                        left = top - 1 - (left & (top - 1)) - top;
                    }
                    if right & top != 0 {
                        right = top - 1 - (right & (top - 1)) - top;
                    }
                    left.cmp(&right)
                }
            }
        )*
    };
}

macro_rules! core_float_exp_bits {
    (u32) => {
        8
    };
    (u64) => {
        11
    };
}

macro_rules! consts_pi {
    (f32) => {
        3.14159265358979323846264338327950288_f32
    };
    (f64) => {
        3.14159265358979323846264338327950288_f64
    };
}

float_impl! {
    f32 u32 23 127, sqrtf floorf ceilf roundf truncf powf expf logf log10f log2f sinf cosf tanf fmaf atan2f cbrtf hypotf asinf acosf atanf sinhf coshf tanhf expm1f log1pf rintf;
    f64 u64 52 1023, sqrt floor ceil round trunc pow exp log log10 log2 sin cos tan fma atan2 cbrt hypot asin acos atan sinh cosh tanh expm1 log1p rint;
}

impl FromStr for f32 {
    type Err = ParseFloatError;
    fn from_str(src: &str) -> Result<f32, ParseFloatError> {
        match dec2flt::dec2flt(src, 23, 8) {
            Ok(bits) => Ok(f32::from_bits(bits as u32)),
            Err(e) => Err(e),
        }
    }
}

impl FromStr for f64 {
    type Err = ParseFloatError;
    fn from_str(src: &str) -> Result<f64, ParseFloatError> {
        match dec2flt::dec2flt(src, 52, 11) {
            Ok(bits) => Ok(f64::from_bits(bits)),
            Err(e) => Err(e),
        }
    }
}

impl f32 {
    /// The average, rounded once (computed in `f64`, where it is exact).
    #[inline]
    pub fn midpoint(self, other: f32) -> f32 {
        ((self as f64 + other as f64) / 2.0) as f32
    }
}

impl f64 {
    /// The average, without overflow or needless loss of precision.
    #[inline]
    pub fn midpoint(self, other: f64) -> f64 {
        const LO: f64 = f64::MIN_POSITIVE * 2.;
        const HI: f64 = f64::MAX / 2.;
        let (a, b) = (self, other);
        let abs_a = a.abs();
        let abs_b = b.abs();
        if abs_a <= HI && abs_b <= HI {
            (a + b) / 2.
        } else if abs_a < LO {
            // Halving `a` would lose it to underflow.
            a + (b / 2.)
        } else if abs_b < LO {
            (a / 2.) + b
        } else {
            (a / 2.) + (b / 2.)
        }
    }
}

impl f32 {
    pub const EPSILON: f32 = 1.19209290e-07_f32;
    pub const MIN: f32 = -3.40282347e+38_f32;
    pub const MAX: f32 = 3.40282347e+38_f32;
    pub const MIN_POSITIVE: f32 = 1.17549435e-38_f32;
    pub const DIGITS: u32 = 6;
    pub const MANTISSA_DIGITS: u32 = 24;
    pub const RADIX: u32 = 2;
    pub const MIN_EXP: i32 = -125;
    pub const MAX_EXP: i32 = 128;
    pub const MIN_10_EXP: i32 = -37;
    pub const MAX_10_EXP: i32 = 38;
}

impl f64 {
    pub const EPSILON: f64 = 2.2204460492503131e-16_f64;
    pub const MIN: f64 = -1.7976931348623157e+308_f64;
    pub const MAX: f64 = 1.7976931348623157e+308_f64;
    pub const MIN_POSITIVE: f64 = 2.2250738585072014e-308_f64;
    pub const DIGITS: u32 = 15;
    pub const MANTISSA_DIGITS: u32 = 53;
    pub const RADIX: u32 = 2;
    pub const MIN_EXP: i32 = -1021;
    pub const MAX_EXP: i32 = 1024;
    pub const MIN_10_EXP: i32 = -307;
    pub const MAX_10_EXP: i32 = 308;
}

/// The C math library (libm), which every smelt executable links.
mod libm {
    extern "C" {
        pub fn sqrt(x: f64) -> f64;
        pub fn sqrtf(x: f32) -> f32;
        pub fn cbrt(x: f64) -> f64;
        pub fn cbrtf(x: f32) -> f32;
        pub fn floor(x: f64) -> f64;
        pub fn floorf(x: f32) -> f32;
        pub fn ceil(x: f64) -> f64;
        pub fn ceilf(x: f32) -> f32;
        pub fn round(x: f64) -> f64;
        pub fn roundf(x: f32) -> f32;
        pub fn trunc(x: f64) -> f64;
        pub fn truncf(x: f32) -> f32;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn powf(x: f32, y: f32) -> f32;
        pub fn exp(x: f64) -> f64;
        pub fn expf(x: f32) -> f32;
        pub fn log(x: f64) -> f64;
        pub fn logf(x: f32) -> f32;
        pub fn log10(x: f64) -> f64;
        pub fn log10f(x: f32) -> f32;
        pub fn log2(x: f64) -> f64;
        pub fn log2f(x: f32) -> f32;
        pub fn sin(x: f64) -> f64;
        pub fn sinf(x: f32) -> f32;
        pub fn cos(x: f64) -> f64;
        pub fn cosf(x: f32) -> f32;
        pub fn tan(x: f64) -> f64;
        pub fn tanf(x: f32) -> f32;
        pub fn asin(x: f64) -> f64;
        pub fn asinf(x: f32) -> f32;
        pub fn acos(x: f64) -> f64;
        pub fn acosf(x: f32) -> f32;
        pub fn atan(x: f64) -> f64;
        pub fn atanf(x: f32) -> f32;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atan2f(y: f32, x: f32) -> f32;
        pub fn sinh(x: f64) -> f64;
        pub fn sinhf(x: f32) -> f32;
        pub fn cosh(x: f64) -> f64;
        pub fn coshf(x: f32) -> f32;
        pub fn tanh(x: f64) -> f64;
        pub fn tanhf(x: f32) -> f32;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn hypotf(x: f32, y: f32) -> f32;
        pub fn fma(x: f64, y: f64, z: f64) -> f64;
        pub fn fmaf(x: f32, y: f32, z: f32) -> f32;
        pub fn expm1(x: f64) -> f64;
        pub fn expm1f(x: f32) -> f32;
        pub fn log1p(x: f64) -> f64;
        pub fn log1pf(x: f32) -> f32;
        pub fn rint(x: f64) -> f64;
        pub fn rintf(x: f32) -> f32;
    }
}


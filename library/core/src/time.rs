//! `Duration`: a span of time in whole seconds and nanoseconds.

use crate::fmt;
use crate::iter::Sum;
use crate::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Sub, SubAssign};

const NANOS_PER_SEC: u32 = 1_000_000_000;
const NANOS_PER_MILLI: u32 = 1_000_000;
const NANOS_PER_MICRO: u32 = 1_000;
const MILLIS_PER_SEC: u64 = 1_000;
const MICROS_PER_SEC: u64 = 1_000_000;

/// A span of time: `secs` seconds and `nanos` (< 10⁹) nanoseconds.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Duration {
    secs: u64,
    nanos: u32,
}

impl Duration {
    pub const SECOND: Duration = Duration::from_secs(1);
    pub const MILLISECOND: Duration = Duration::from_millis(1);
    pub const MICROSECOND: Duration = Duration::from_micros(1);
    pub const NANOSECOND: Duration = Duration::from_nanos(1);
    pub const ZERO: Duration = Duration::from_nanos(0);
    pub const MAX: Duration = Duration::new(u64::MAX, NANOS_PER_SEC - 1);

    /// `secs` seconds plus `nanos` nanoseconds (which may exceed a second); panics if the
    /// seconds overflow.
    #[inline]
    pub const fn new(secs: u64, nanos: u32) -> Duration {
        if nanos < NANOS_PER_SEC {
            Duration { secs, nanos }
        } else {
            let secs = match secs.checked_add((nanos / NANOS_PER_SEC) as u64) {
                Some(secs) => secs,
                None => panic!("overflow in Duration::new"),
            };
            Duration { secs, nanos: nanos % NANOS_PER_SEC }
        }
    }

    #[inline]
    pub const fn from_secs(secs: u64) -> Duration {
        Duration { secs, nanos: 0 }
    }

    #[inline]
    pub const fn from_millis(millis: u64) -> Duration {
        Duration { secs: millis / MILLIS_PER_SEC, nanos: ((millis % MILLIS_PER_SEC) as u32) * NANOS_PER_MILLI }
    }

    #[inline]
    pub const fn from_micros(micros: u64) -> Duration {
        Duration { secs: micros / MICROS_PER_SEC, nanos: ((micros % MICROS_PER_SEC) as u32) * NANOS_PER_MICRO }
    }

    #[inline]
    pub const fn from_nanos(nanos: u64) -> Duration {
        Duration { secs: nanos / (NANOS_PER_SEC as u64), nanos: (nanos % (NANOS_PER_SEC as u64)) as u32 }
    }

    #[inline]
    pub const fn from_mins(mins: u64) -> Duration {
        match mins.checked_mul(60) {
            Some(secs) => Duration::from_secs(secs),
            None => panic!("overflow in Duration::from_mins"),
        }
    }

    #[inline]
    pub const fn from_hours(hours: u64) -> Duration {
        match hours.checked_mul(3600) {
            Some(secs) => Duration::from_secs(secs),
            None => panic!("overflow in Duration::from_hours"),
        }
    }

    #[inline]
    pub const fn is_zero(&self) -> bool {
        self.secs == 0 && self.nanos == 0
    }

    #[inline]
    pub const fn as_secs(&self) -> u64 {
        self.secs
    }

    #[inline]
    pub const fn subsec_millis(&self) -> u32 {
        self.nanos / NANOS_PER_MILLI
    }

    #[inline]
    pub const fn subsec_micros(&self) -> u32 {
        self.nanos / NANOS_PER_MICRO
    }

    #[inline]
    pub const fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    #[inline]
    pub const fn as_millis(&self) -> u128 {
        self.secs as u128 * MILLIS_PER_SEC as u128 + (self.nanos / NANOS_PER_MILLI) as u128
    }

    #[inline]
    pub const fn as_micros(&self) -> u128 {
        self.secs as u128 * MICROS_PER_SEC as u128 + (self.nanos / NANOS_PER_MICRO) as u128
    }

    #[inline]
    pub const fn as_nanos(&self) -> u128 {
        self.secs as u128 * NANOS_PER_SEC as u128 + self.nanos as u128
    }

    #[inline]
    pub fn as_secs_f64(&self) -> f64 {
        (self.secs as f64) + (self.nanos as f64) / (NANOS_PER_SEC as f64)
    }

    #[inline]
    pub fn as_secs_f32(&self) -> f32 {
        (self.secs as f32) + (self.nanos as f32) / (NANOS_PER_SEC as f32)
    }

    #[inline]
    pub fn as_millis_f64(&self) -> f64 {
        (self.secs as f64) * 1000.0 + (self.nanos as f64) / (NANOS_PER_MILLI as f64)
    }

    #[inline]
    pub fn as_millis_f32(&self) -> f32 {
        (self.secs as f32) * 1000.0 + (self.nanos as f32) / (NANOS_PER_MILLI as f32)
    }

    /// The duration of `secs` seconds, rounded to the nearest nanosecond; panics if `secs`
    /// is negative, too big, or NaN.
    pub fn from_secs_f64(secs: f64) -> Duration {
        match Duration::try_from_secs_f64(secs) {
            Ok(d) => d,
            Err(e) => panic!("{}", e.description()),
        }
    }

    pub fn from_secs_f32(secs: f32) -> Duration {
        match Duration::try_from_secs_f32(secs) {
            Ok(d) => d,
            Err(e) => panic!("{}", e.description()),
        }
    }

    pub fn try_from_secs_f64(secs: f64) -> Result<Duration, TryFromFloatSecsError> {
        let bits = secs.to_bits();
        let negative = bits >> 63 != 0;
        let exp_bits = ((bits >> 52) & 0x7ff) as i32;
        let frac = bits & ((1u64 << 52) - 1);
        if exp_bits == 0x7ff {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::OverflowOrNan });
        }
        if exp_bits == 0 && frac == 0 {
            return Ok(Duration::ZERO);
        }
        if negative {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::Negative });
        }
        // value = mant * 2^exp exactly.
        let (mant, exp) = if exp_bits == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp_bits - 1075) };
        from_mantissa(mant, exp)
    }

    pub fn try_from_secs_f32(secs: f32) -> Result<Duration, TryFromFloatSecsError> {
        let bits = secs.to_bits();
        let negative = bits >> 31 != 0;
        let exp_bits = ((bits >> 23) & 0xff) as i32;
        let frac = (bits & ((1u32 << 23) - 1)) as u64;
        if exp_bits == 0xff {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::OverflowOrNan });
        }
        if exp_bits == 0 && frac == 0 {
            return Ok(Duration::ZERO);
        }
        if negative {
            return Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::Negative });
        }
        let (mant, exp) = if exp_bits == 0 { (frac, -149) } else { (frac | (1u64 << 23), exp_bits - 150) };
        from_mantissa(mant, exp)
    }

    #[inline]
    pub fn mul_f64(self, rhs: f64) -> Duration {
        Duration::from_secs_f64(rhs * self.as_secs_f64())
    }

    #[inline]
    pub fn mul_f32(self, rhs: f32) -> Duration {
        Duration::from_secs_f32(rhs * self.as_secs_f32())
    }

    #[inline]
    pub fn div_f64(self, rhs: f64) -> Duration {
        Duration::from_secs_f64(self.as_secs_f64() / rhs)
    }

    #[inline]
    pub fn div_f32(self, rhs: f32) -> Duration {
        Duration::from_secs_f32(self.as_secs_f32() / rhs)
    }

    #[inline]
    pub fn div_duration_f64(self, rhs: Duration) -> f64 {
        self.as_secs_f64() / rhs.as_secs_f64()
    }

    #[inline]
    pub fn div_duration_f32(self, rhs: Duration) -> f32 {
        self.as_secs_f32() / rhs.as_secs_f32()
    }

    pub const fn checked_add(self, rhs: Duration) -> Option<Duration> {
        match self.secs.checked_add(rhs.secs) {
            Some(mut secs) => {
                let mut nanos = self.nanos + rhs.nanos;
                if nanos >= NANOS_PER_SEC {
                    nanos -= NANOS_PER_SEC;
                    match secs.checked_add(1) {
                        Some(s) => secs = s,
                        None => return None,
                    }
                }
                Some(Duration { secs, nanos })
            }
            None => None,
        }
    }

    pub const fn checked_sub(self, rhs: Duration) -> Option<Duration> {
        match self.secs.checked_sub(rhs.secs) {
            Some(mut secs) => {
                let nanos = if self.nanos >= rhs.nanos {
                    self.nanos - rhs.nanos
                } else {
                    match secs.checked_sub(1) {
                        Some(s) => secs = s,
                        None => return None,
                    }
                    self.nanos + NANOS_PER_SEC - rhs.nanos
                };
                Some(Duration { secs, nanos })
            }
            None => None,
        }
    }

    pub const fn checked_mul(self, rhs: u32) -> Option<Duration> {
        let total_nanos = self.nanos as u64 * rhs as u64;
        let extra_secs = total_nanos / (NANOS_PER_SEC as u64);
        let nanos = (total_nanos % (NANOS_PER_SEC as u64)) as u32;
        match self.secs.checked_mul(rhs as u64) {
            Some(s) => match s.checked_add(extra_secs) {
                Some(secs) => Some(Duration { secs, nanos }),
                None => None,
            },
            None => None,
        }
    }

    pub const fn checked_div(self, rhs: u32) -> Option<Duration> {
        if rhs == 0 {
            return None;
        }
        let secs = self.secs / (rhs as u64);
        let carry = self.secs - secs * (rhs as u64);
        let extra_nanos = carry * (NANOS_PER_SEC as u64) / (rhs as u64);
        let nanos = self.nanos / rhs + (extra_nanos as u32);
        Some(Duration::new(secs, nanos))
    }

    pub const fn saturating_add(self, rhs: Duration) -> Duration {
        match self.checked_add(rhs) {
            Some(res) => res,
            None => Duration::MAX,
        }
    }

    pub const fn saturating_sub(self, rhs: Duration) -> Duration {
        match self.checked_sub(rhs) {
            Some(res) => res,
            None => Duration::ZERO,
        }
    }

    pub const fn saturating_mul(self, rhs: u32) -> Duration {
        match self.checked_mul(rhs) {
            Some(res) => res,
            None => Duration::MAX,
        }
    }

    pub const fn abs_diff(self, other: Duration) -> Duration {
        match self.checked_sub(other) {
            Some(res) => res,
            None => match other.checked_sub(self) {
                Some(res) => res,
                None => Duration::ZERO,
            },
        }
    }
}

/// A duration from `mant * 2^exp` seconds, rounded to the nearest nanosecond (ties to
/// even), computed exactly in integers.
fn from_mantissa(mant: u64, exp: i32) -> Result<Duration, TryFromFloatSecsError> {
    let overflow = Err(TryFromFloatSecsError { kind: TryFromFloatSecsErrorKind::OverflowOrNan });
    if exp >= 0 {
        if exp >= 64 || (mant.leading_zeros() as i32) < exp {
            return overflow;
        }
        return Ok(Duration::from_secs(mant << exp));
    }
    let shift = (-exp) as u32;
    let (secs, frac) = if shift >= 64 { (0u64, mant as u128) } else { (mant >> shift, (mant & ((1u64 << shift) - 1)) as u128) };
    // nanos = frac * 10^9 / 2^shift, rounded half to even.
    let scaled = frac * (NANOS_PER_SEC as u128);
    let mut nanos = if shift >= 128 {
        0
    } else {
        let q = scaled >> shift;
        let r = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if r > half || (r == half && q & 1 == 1) { q + 1 } else { q }
    };
    let mut secs = secs;
    if nanos >= NANOS_PER_SEC as u128 {
        nanos -= NANOS_PER_SEC as u128;
        secs = match secs.checked_add(1) {
            Some(s) => s,
            None => return overflow,
        };
    }
    Ok(Duration { secs, nanos: nanos as u32 })
}

/// Why a float could not become a `Duration`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TryFromFloatSecsError {
    kind: TryFromFloatSecsErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TryFromFloatSecsErrorKind {
    Negative,
    OverflowOrNan,
}

impl TryFromFloatSecsError {
    const fn description(&self) -> &'static str {
        match self.kind {
            TryFromFloatSecsErrorKind::Negative => "cannot convert float seconds to Duration: value is negative",
            TryFromFloatSecsErrorKind::OverflowOrNan => "cannot convert float seconds to Duration: value is either too big or NaN",
        }
    }
}

impl fmt::Display for TryFromFloatSecsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

impl crate::error::Error for TryFromFloatSecsError {}

impl Add for Duration {
    type Output = Duration;

    #[inline]
    fn add(self, rhs: Duration) -> Duration {
        match self.checked_add(rhs) {
            Some(d) => d,
            None => panic!("overflow when adding durations"),
        }
    }
}

impl AddAssign for Duration {
    #[inline]
    fn add_assign(&mut self, rhs: Duration) {
        *self = *self + rhs;
    }
}

impl Sub for Duration {
    type Output = Duration;

    #[inline]
    fn sub(self, rhs: Duration) -> Duration {
        match self.checked_sub(rhs) {
            Some(d) => d,
            None => panic!("overflow when subtracting durations"),
        }
    }
}

impl SubAssign for Duration {
    #[inline]
    fn sub_assign(&mut self, rhs: Duration) {
        *self = *self - rhs;
    }
}

impl Mul<u32> for Duration {
    type Output = Duration;

    #[inline]
    fn mul(self, rhs: u32) -> Duration {
        match self.checked_mul(rhs) {
            Some(d) => d,
            None => panic!("overflow when multiplying duration by scalar"),
        }
    }
}

impl Mul<Duration> for u32 {
    type Output = Duration;

    #[inline]
    fn mul(self, rhs: Duration) -> Duration {
        rhs * self
    }
}

impl MulAssign<u32> for Duration {
    #[inline]
    fn mul_assign(&mut self, rhs: u32) {
        *self = *self * rhs;
    }
}

impl Div<u32> for Duration {
    type Output = Duration;

    #[inline]
    fn div(self, rhs: u32) -> Duration {
        match self.checked_div(rhs) {
            Some(d) => d,
            None => panic!("divide by zero error when dividing duration by scalar"),
        }
    }
}

impl DivAssign<u32> for Duration {
    #[inline]
    fn div_assign(&mut self, rhs: u32) {
        *self = *self / rhs;
    }
}

impl Sum for Duration {
    fn sum<I: Iterator<Item = Duration>>(iter: I) -> Duration {
        let mut total = Duration::ZERO;
        for d in iter {
            total = match total.checked_add(d) {
                Some(t) => t,
                None => panic!("overflow in iter::sum over durations"),
            };
        }
        total
    }
}

impl<'a> Sum<&'a Duration> for Duration {
    fn sum<I: Iterator<Item = &'a Duration>>(iter: I) -> Duration {
        let mut total = Duration::ZERO;
        for d in iter {
            total = match total.checked_add(*d) {
                Some(t) => t,
                None => panic!("overflow in iter::sum over durations"),
            };
        }
        total
    }
}

/// Writes `integer_part.fractional_part` followed by `suffix`, as Rust's `Duration`
/// `Debug` does: the fraction (whose first digit is worth `divisor`) without trailing
/// zeros, or rounded to the precision; width and alignment apply to the whole.
fn fmt_decimal(
    f: &mut fmt::Formatter<'_>,
    integer_part: u64,
    mut fractional_part: u32,
    mut divisor: u32,
    prefix: &str,
    suffix: &str,
) -> fmt::Result {
    let mut buf = [b'0'; 9];
    let mut pos = 0;
    let max_digits = match f.precision() {
        Some(p) if p < 9 => p,
        _ => 9,
    };
    while fractional_part > 0 && pos < max_digits {
        buf[pos] = b'0' + (fractional_part / divisor) as u8;
        fractional_part %= divisor;
        divisor /= 10;
        pos += 1;
    }
    // Round the digits not shown (half up, as Rust does).
    let integer_part = if fractional_part > 0 && fractional_part >= divisor * 5 {
        let mut rev_pos = pos;
        let mut carry = true;
        while carry && rev_pos > 0 {
            rev_pos -= 1;
            if buf[rev_pos] < b'9' {
                buf[rev_pos] += 1;
                carry = false;
            } else {
                buf[rev_pos] = b'0';
            }
        }
        if carry { integer_part.checked_add(1) } else { Some(integer_part) }
    } else {
        Some(integer_part)
    };
    let end = match f.precision() {
        Some(p) if p < 9 => p,
        Some(_) => 9,
        None => pos,
    };
    let extra_zeros = match f.precision() {
        Some(p) if p > 9 => p - 9,
        _ => 0,
    };

    // The length of the text, for padding.
    let int_digits = match integer_part {
        Some(mut n) => {
            let mut d = 1;
            while n >= 10 {
                n /= 10;
                d += 1;
            }
            d
        }
        None => 20,
    };
    let frac_len = if end > 0 { end + 1 + extra_zeros } else { 0 };
    let len = prefix.len() + int_digits + frac_len + suffix.chars().count();
    let padding = match f.width() {
        Some(w) if w > len => w - len,
        _ => 0,
    };
    let (pre, post) = match f.align() {
        Some(fmt::Alignment::Right) => (padding, 0),
        Some(fmt::Alignment::Center) => (padding / 2, (padding + 1) / 2),
        _ => (0, padding),
    };
    let fill = f.fill();
    let mut i = 0;
    while i < pre {
        f.write_char(fill)?;
        i += 1;
    }
    f.write_str(prefix)?;
    match integer_part {
        Some(n) => write!(f, "{}", n)?,
        // The rounding carried past `u64::MAX`.
        None => f.write_str("18446744073709551616")?,
    }
    if end > 0 {
        f.write_str(".")?;
        // The digits are ASCII.
        let digits = unsafe { crate::str::from_utf8_unchecked(&buf[..end]) };
        f.write_str(digits)?;
        let mut z = 0;
        while z < extra_zeros {
            f.write_str("0")?;
            z += 1;
        }
    }
    f.write_str(suffix)?;
    let mut i = 0;
    while i < post {
        f.write_char(fill)?;
        i += 1;
    }
    Ok(())
}

impl fmt::Debug for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = if f.sign_plus() { "+" } else { "" };
        if self.secs > 0 {
            fmt_decimal(f, self.secs, self.nanos, NANOS_PER_SEC / 10, prefix, "s")
        } else if self.nanos >= NANOS_PER_MILLI {
            fmt_decimal(f, (self.nanos / NANOS_PER_MILLI) as u64, self.nanos % NANOS_PER_MILLI, NANOS_PER_MILLI / 10, prefix, "ms")
        } else if self.nanos >= NANOS_PER_MICRO {
            fmt_decimal(f, (self.nanos / NANOS_PER_MICRO) as u64, self.nanos % NANOS_PER_MICRO, NANOS_PER_MICRO / 10, prefix, "µs")
        } else {
            fmt_decimal(f, self.nanos as u64, 0, 1, prefix, "ns")
        }
    }
}

//! The `f32` module: the legacy constants (`core::f32::MAX`, now associated constants
//! of `f32` itself) and the mathematical constants in `consts`.

pub const RADIX: u32 = f32::RADIX;
pub const MANTISSA_DIGITS: u32 = f32::MANTISSA_DIGITS;
pub const DIGITS: u32 = f32::DIGITS;
pub const EPSILON: f32 = f32::EPSILON;
pub const MIN: f32 = f32::MIN;
pub const MIN_POSITIVE: f32 = f32::MIN_POSITIVE;
pub const MAX: f32 = f32::MAX;
pub const MIN_EXP: i32 = f32::MIN_EXP;
pub const MAX_EXP: i32 = f32::MAX_EXP;
pub const MIN_10_EXP: i32 = f32::MIN_10_EXP;
pub const MAX_10_EXP: i32 = f32::MAX_10_EXP;
pub const NAN: f32 = f32::NAN;
pub const INFINITY: f32 = f32::INFINITY;
pub const NEG_INFINITY: f32 = f32::NEG_INFINITY;

/// Mathematical constants, rounded to `f32`.
pub mod consts {
    /// π
    pub const PI: f32 = 3.14159265358979323846264338327950288_f32;
    /// τ = 2π
    pub const TAU: f32 = 6.28318530717958647692528676655900577_f32;
    /// π/2
    pub const FRAC_PI_2: f32 = 1.57079632679489661923132169163975144_f32;
    /// π/3
    pub const FRAC_PI_3: f32 = 1.04719755119659774615421446109316763_f32;
    /// π/4
    pub const FRAC_PI_4: f32 = 0.785398163397448309615660845819875721_f32;
    /// π/6
    pub const FRAC_PI_6: f32 = 0.52359877559829887307710723054658381_f32;
    /// π/8
    pub const FRAC_PI_8: f32 = 0.39269908169872415480783042290993786_f32;
    /// 1/π
    pub const FRAC_1_PI: f32 = 0.318309886183790671537767526745028724_f32;
    /// 2/π
    pub const FRAC_2_PI: f32 = 0.636619772367581343075535053490057448_f32;
    /// 2/sqrt(π)
    pub const FRAC_2_SQRT_PI: f32 = 1.12837916709551257389615890312154517_f32;
    /// sqrt(2)
    pub const SQRT_2: f32 = 1.41421356237309504880168872420969808_f32;
    /// 1/sqrt(2)
    pub const FRAC_1_SQRT_2: f32 = 0.707106781186547524400844362104849039_f32;
    /// Euler's number, e
    pub const E: f32 = 2.71828182845904523536028747135266250_f32;
    /// log2(10)
    pub const LOG2_10: f32 = 3.32192809488736234787031942948939018_f32;
    /// log2(e)
    pub const LOG2_E: f32 = 1.44269504088896340735992468100189214_f32;
    /// log10(2)
    pub const LOG10_2: f32 = 0.301029995663981195213738894724493027_f32;
    /// log10(e)
    pub const LOG10_E: f32 = 0.434294481903251827651128918916605082_f32;
    /// ln(2)
    pub const LN_2: f32 = 0.693147180559945309417232121458176568_f32;
    /// ln(10)
    pub const LN_10: f32 = 2.30258509299404568401799145468436421_f32;
}

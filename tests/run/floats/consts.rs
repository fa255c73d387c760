// `std::f64::consts`, `std::f32::consts` and the legacy module constants (`std::f64::MAX`),
// printed with the float formatting they exercise.

use std::f32::consts as c32;
use std::f64::consts;

fn main() {
    println!("{} {} {} {}", consts::PI, consts::TAU, consts::E, consts::SQRT_2);
    println!("{} {} {} {}", consts::FRAC_PI_2, consts::FRAC_PI_3, consts::FRAC_PI_4, consts::FRAC_PI_6);
    println!("{} {} {} {}", consts::FRAC_PI_8, consts::FRAC_1_PI, consts::FRAC_2_PI, consts::FRAC_2_SQRT_PI);
    println!("{} {} {} {}", consts::FRAC_1_SQRT_2, consts::LN_2, consts::LN_10, consts::LOG2_E);
    println!("{} {} {}", consts::LOG2_10, consts::LOG10_E, consts::LOG10_2);
    println!("{} {} {} {}", c32::PI, c32::TAU, c32::E, c32::SQRT_2);
    println!("{} {} {} {}", c32::FRAC_PI_2, c32::FRAC_PI_3, c32::FRAC_PI_4, c32::FRAC_PI_6);
    println!("{} {} {} {}", c32::FRAC_PI_8, c32::FRAC_1_PI, c32::FRAC_2_PI, c32::FRAC_2_SQRT_PI);
    println!("{} {} {} {}", c32::FRAC_1_SQRT_2, c32::LN_2, c32::LN_10, c32::LOG2_E);
    println!("{} {} {}", c32::LOG2_10, c32::LOG10_E, c32::LOG10_2);

    println!("{:?} {:?} {:?} {:?}", std::f64::MAX, std::f64::MIN, std::f64::MIN_POSITIVE, std::f64::EPSILON);
    println!("{} {} {} {}", std::f64::RADIX, std::f64::MANTISSA_DIGITS, std::f64::DIGITS, std::f64::MIN_EXP);
    println!("{} {} {}", std::f64::MAX_EXP, std::f64::MIN_10_EXP, std::f64::MAX_10_EXP);
    println!("{:?} {:?} {:?}", std::f64::NAN, std::f64::INFINITY, std::f64::NEG_INFINITY);
    println!("{:?} {:?} {:?} {:?}", std::f32::MAX, std::f32::MIN, std::f32::MIN_POSITIVE, std::f32::EPSILON);
    println!("{} {} {} {}", std::f32::RADIX, std::f32::MANTISSA_DIGITS, std::f32::DIGITS, std::f32::MIN_EXP);
    println!("{} {} {}", std::f32::MAX_EXP, std::f32::MIN_10_EXP, std::f32::MAX_10_EXP);
    println!("{:?} {:?} {:?}", std::f32::NAN, std::f32::INFINITY, std::f32::NEG_INFINITY);
    println!("{} {} {} {}", f64::MAX_EXP, f64::MIN_10_EXP, f32::MIN_EXP, f32::MAX_10_EXP);
    println!("{} {}", core::f64::consts::PI == std::f64::consts::PI, f64::EPSILON == std::f64::EPSILON);

    // Using them: a circle, degrees, and rounding error near pi.
    let r = 2.5;
    println!("area {:.6} circumference {:.6}", consts::PI * r * r, consts::TAU * r);
    println!("{} {} {:.3}", 180.0f64.to_radians(), consts::FRAC_PI_2.to_degrees(), (consts::PI / 6.0).sin());
    println!("{:e} {:.20} {:?}", consts::PI, consts::PI, consts::PI as f32);
}

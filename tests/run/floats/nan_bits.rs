// NaN constants are the positive quiet NaN, as rustc's constant evaluation makes them.
const MADE: f64 = 0.0 / 0.0;
const MADE32: f32 = 0.0 / 0.0;

fn main() {
    println!("{:x} {}", f64::NAN.to_bits(), f64::NAN.is_sign_negative());
    println!("{:x} {}", f32::NAN.to_bits(), f32::NAN.is_sign_positive());
    println!("{:x} {:x}", MADE.to_bits(), MADE32.to_bits());
    println!("{:?} {:?}", f64::NAN.total_cmp(&1.0), (-f64::NAN).total_cmp(&1.0));
    println!("{:?} {:?}", (-0.0f64).total_cmp(&0.0), 1.0f32.total_cmp(&f32::NAN));
}

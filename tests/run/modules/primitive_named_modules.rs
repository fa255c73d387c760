use std::f64;
use std::u8;
fn half(x: f64) -> f64 { x / 2.0 }
fn main() {
    println!("{}", half(f64::MAX));
    println!("{}", f64::consts::PI);
    println!("{}", u8::MAX);
    let y: u8 = 3;
    println!("{}", y.pow(2));
    println!("{}", f64::from_bits(4607182418800017408));
}

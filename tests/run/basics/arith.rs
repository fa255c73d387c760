fn main() {
    let a = 7;
    let b = 3;
    println!("{} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let c: i64 = -17;
    println!("{} {}", c / 5, c % 5);
    let d: u8 = 200;
    println!("{}", d as u32 * 2);
    println!("{}", (a << 2) | (b & 1) ^ 6);
    println!("{}", -a >> 1);
    let big: u64 = 1 << 40;
    println!("{}", big + 1);
    let x: i128 = -170141183460469231731687303715884105728;
    println!("{}", x);
    println!("{}", u128::MAX);
    println!("{} {}", i32::MIN, i32::MAX);
    println!("{}", 10u32.pow(9));
    println!("{}", 255u8.wrapping_add(3));
    println!("{:?}", 250u8.checked_add(10));
    println!("{:?}", 250u8.checked_add(5));
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", (-7i32).abs());
}

fn main() {
    let a: i32 = -1;
    println!("{}", a as u32);
    println!("{}", a as u8);
    println!("{}", 300i32 as u8);
    println!("{}", -1i64 as u128);
    println!("{}", 65u8 as char);
    println!("{}", 'a' as u8 + 1);
    println!("{}", true as i32 + false as i32);
    println!("{}", 255u8 as i8);
    println!("{}", (1u64 << 63) as i64);
    println!("{}", i64::MAX as i32);
    let x: u16 = 0xBEEF;
    println!("{:x} {:x}", x >> 8, x as u8);
    let c = char::from_u32(0x263A).unwrap();
    println!("{}", c);
    println!("{:?}", char::from_digit(7, 10));
    println!("{:?}", 'f'.to_digit(16));
}

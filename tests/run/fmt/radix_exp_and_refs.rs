// Hex, octal, binary and exponent formatting through references, and `{:e}`/`{:E}` of
// integers (trailing zeros into the exponent, precision rounded half to even).
fn main() {
    let x = 255u8;
    let r = &x;
    let m = &mut 10i32;
    let f = 1.5f64;
    println!("{:x} {:X} {:o} {:b} {:#x} {:08b}", r, r, r, r, &&x, r);
    println!("{:x} {:e} {:E}", m, &f, &&f);
    println!("{:e} {:E} {:e} {:e} {:e}", 1500u32, -1200i64, 0u8, 7u8, i64::MIN);
    println!("{:.1e} {:.1e} {:.1e} {:.0e} {:.3e}", 1250u32, 1350u32, 1251u32, 15u8, 7u8);
    println!("{:10.1e}| {:<10e}| {:+e} {:e} {:.2e} {:.0e} {:.0e}", 42u16, 5i8, 100i32, u128::MAX, 999u32, 95u8, 25u8);
}

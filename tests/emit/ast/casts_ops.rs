fn main() {
    let a: u8 = 200;
    let b = a as i32 - 300;
    let c = (b as i64) << 3 | 1;
    let d = -b * 2 / 3 % 4;
    let e = !a & 0x0f ^ 0x05;
    let f = a > 3 && !(b <= 0) || c == d as i64;
    let mut g = 1u16;
    g <<= 2;
    g |= e as u16;
    let _ = (f, g, 1.5f32 as u8, 'a' as u32, true as i8);
}

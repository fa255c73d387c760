fn main() {
    let a = 0..5;
    let b = 1..=3u8;
    let c = ..2;
    let d = 4..;
    let e = ..;
    let f = ..=9;
    let mut x = 3i64;
    x *= 2;
    x >>= 1;
    let y = x as u8 & 0x7 | 1;
    let ok = x > 1 && y < 7 || !(x == 0);
    let _ = (a, b, c, d, e, f, ok, -x);
}

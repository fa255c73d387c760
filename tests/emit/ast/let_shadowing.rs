fn main() {
    let a = 1;
    let mut b: i64 = 2;
    b += a;
    let a = a * 2;
    let a: u8 = a as u8;
    let c;
    c = b;
    let (d, mut e) = (a, c);
    e -= 1;
    let _ = (d, e);
}

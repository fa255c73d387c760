fn main() {
    let mut x = 10u32;
    x += 1;
    x -= 2;
    x *= 3;
    x /= 2;
    x <<= 1;
    x &= 0xff;
    x ^= 1;
    let _ = x;
}

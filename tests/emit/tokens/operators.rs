fn main() {
    let mut x = 7i32;
    x += 1;
    x -= 2;
    x *= 3;
    x /= 2;
    x %= 5;
    x <<= 1;
    x >>= 1;
    x &= 0xf;
    x |= 1;
    x ^= 2;
    let _cmp = x == 1 || x != 2 && x < 3 || x <= 4 || x > 5 || x >= 6;
    let _bits = (x & 1) | (x ^ 2) | (x << 1) | (x >> 1);
    let _arith = -x + !x - x * x / 2 % 3;
    let _not = !true;
    for _i in 0..=3 {}
}

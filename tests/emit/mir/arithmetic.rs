fn mix(a: u8, b: i32) -> i64 {
    let c = a as i32 * b - 1;
    let d = c / 3 % 2;
    (d << 2) as i64 + -(b as i64)
}

fn main() {
    let _ = mix(7, 2);
}

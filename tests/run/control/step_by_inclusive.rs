// step_by over inclusive ranges steps directly (nth), up to the type's maximum, and
// nth/nth_back of inclusive ranges stop at their ends.
fn main() {
    let a: Vec<u8> = (250u8..=255).step_by(2).collect();
    let b: Vec<u64> = (0..=3_000_000_000u64).step_by(1_000_000_000).collect();
    let c: Vec<u64> = (0..=u64::MAX).step_by(1 << 62).collect();
    let d: Vec<i8> = (-128i8..=127).step_by(100).collect();
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
    let mut r = 1..=10;
    println!("{:?} {:?} {:?} {:?}", r.nth(3), r.nth_back(2), r.nth(10), r.next());
    let mut e = 5u8..=5;
    println!("{:?} {:?}", e.nth(0), e.next());
    let mut f = 0u32..=4;
    println!("{:?} {:?} {:?}", f.nth(4), f.next(), f.next_back());
    let big = (i64::MIN..=i64::MAX).step_by(1 << 60).count();
    println!("{}", big);
}

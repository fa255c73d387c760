// A range that starts beyond the slice is reported by its start, even when its end is beyond
// too or before the start (Rust's order of checks).
fn main() {
    let v = vec![1u8, 2, 3];
    let (a, b) = (5, 4);
    println!("{:?}", v.get(a..b));
    let mut w = v.clone();
    let s = &mut w[a..b];
    println!("{:?}", s);
}

fn main() {
    let x: i32 = "one"; //~ ERROR mismatched types
    let _ = x;
}

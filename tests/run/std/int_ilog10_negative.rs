// ilog10 of a negative signed integer panics at the caller with Rust's message.
fn main() {
    let v: i64 = -1000;
    println!("{}", v.abs().ilog10());
    println!("{}", v.ilog10());
}

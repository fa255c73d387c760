// windows(0) panics at the caller with Rust's message.
fn main() {
    let v = vec!['a', 'b', 'c'];
    println!("{:?}", v.windows(2).collect::<Vec<_>>());
    let size = v.len() / 4;
    println!("{}", v.windows(size).count());
}

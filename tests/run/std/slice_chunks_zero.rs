// chunks(0) panics at the caller with Rust's message.
fn main() {
    let v = [1, 2, 3, 4, 5];
    println!("{:?}", v.chunks(2).collect::<Vec<_>>());
    let size = v.len() - 5;
    for c in v.chunks(size) {
        println!("{:?}", c);
    }
}

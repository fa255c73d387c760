// chunks_exact(0) panics at the caller with Rust's message.
fn main() {
    let v = [1.5, 2.5, 3.5];
    let mut it = v.chunks_exact(2);
    println!("{:?} {:?}", it.next(), it.remainder());
    let size = 0;
    println!("{}", v.chunks_exact(size).len());
}

// Indexing a slice by an inclusive range ending at usize::MAX panics at the caller with
// Rust's message.
fn main() {
    let v = vec!['a', 'b', 'c'];
    println!("{:?} {:?}", v.get(1..=usize::MAX), v.get(..=usize::MAX));
    let s = &v[1..=usize::MAX];
    println!("{:?}", s);
}

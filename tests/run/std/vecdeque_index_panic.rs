// Indexing a VecDeque out of bounds panics with Rust's message.
use std::collections::VecDeque;

fn main() {
    let d: VecDeque<u8> = VecDeque::from([1, 2, 3]);
    println!("{}", d[2]);
    println!("{}", d[3]);
}

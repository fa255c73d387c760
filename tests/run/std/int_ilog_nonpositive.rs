// ilog2 of zero panics at the caller with Rust's message.
fn main() {
    let values = [8u32, 1, 0];
    for v in values {
        println!("{}", v.ilog2());
    }
}

// ilog with a base below 2 panics at the caller with Rust's message, whatever the argument.
fn main() {
    println!("{} {:?}", 100i32.ilog(10), 64u64.checked_ilog(1));
    let base = 1;
    println!("{}", 64u64.ilog(base));
}

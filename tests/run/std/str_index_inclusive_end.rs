// Indexing a str by an inclusive range ending at its length panics at the caller, naming the
// inclusive end as Rust does.
fn main() {
    let s = "abc";
    println!("{:?} {:?} {:?}", &s[1..=2], s.get(1..=3), s.get(..=usize::MAX));
    let end = s.len();
    println!("{}", &s[1..=end]);
}

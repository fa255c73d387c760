// String::insert inside a multi-byte character fails its char-boundary assertion.
fn main() {
    let mut s = String::from("añb");
    s.insert(1, '-');
    s.insert(4, '-');
    println!("{}", s);
    s.truncate(4);
    println!("{}", s);
    s.insert(3, 'x');
}

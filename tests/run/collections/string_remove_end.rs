// String::remove at the end of the string panics.
fn main() {
    let mut s = String::from("ab");
    println!("{}", s.remove(1));
    let n = s.len();
    s.remove(n);
}

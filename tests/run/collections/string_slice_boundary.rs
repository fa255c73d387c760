// Slicing a String inside a multi-byte character panics with the char-boundary message.
fn main() {
    let s = String::from("é");
    println!("{}", &s[0..2]);
    let i = s.len() - 1;
    println!("{}", &s[..i]);
}

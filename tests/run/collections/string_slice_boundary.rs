// Slicing a String inside a multi-byte character panics with the char-boundary message.
// FIXME(smelt): core's message lacks rustc 1.95's "start"/"end" word, and smelt reports the
// start of `s[..i]` instead of its `[` for overloaded indexing.
fn main() {
    let s = String::from("é");
    println!("{}", &s[0..2]);
    let i = s.len() - 1;
    println!("{}", &s[..i]);
}

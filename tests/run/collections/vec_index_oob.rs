// Indexing a Vec past its end panics with the slice message, at the brackets.
// FIXME(smelt): smelt reports the start of `v[i]` instead of its `[` for overloaded indexing.
fn main() {
    let v = vec![1, 2, 3];
    println!("{}", v[2]);
    let i = v.len() + 2;
    println!("{}", v[i]);
}

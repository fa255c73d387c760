// A RangeFrom starting inside a multi-byte character names the start index.
fn main() {
    let s = "aéb";
    println!("{}", &s[3..]);
    let i = 2;
    println!("{}", &s[i..]);
}

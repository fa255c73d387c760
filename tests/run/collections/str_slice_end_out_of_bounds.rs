// Slicing past the end of a str panics naming the end index.
fn main() {
    let s = String::from("aé");
    println!("{}", &s[..3]);
    let i = s.len() + 2;
    println!("{}", &s[1..i]);
}

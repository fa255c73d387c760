// A str range whose start is past its end panics with rustc's "begin > end" message.
fn main() {
    let s = "hello";
    let (a, b) = (3, 1);
    println!("{}", &s[b..a]);
    println!("{}", &s[a..b]);
}

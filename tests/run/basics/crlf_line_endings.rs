// A source file with Windows line endings: \r\n is read as \n, in string literals too.
fn main() {
    let s = "a
b";
    let r = r"x
y";
    println!("{:?} {:?} {}", s, r, s.len() + r.len());
}

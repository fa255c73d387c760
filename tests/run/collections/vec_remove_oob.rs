// Vec::remove past the end panics at the call.
fn main() {
    let mut v = vec![1, 2, 3];
    println!("{}", v.remove(1));
    v.push(4);
    v.remove(5);
}

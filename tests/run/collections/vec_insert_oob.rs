// Vec::insert past the end panics at the call.
fn main() {
    let mut v = vec!['a', 'b', 'c'];
    v.insert(3, 'd');
    println!("{:?}", v);
    v.truncate(3);
    v.insert(7, 'z');
}

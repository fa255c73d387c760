fn main() {
    let v = [1, 2];
    assert!(v.len() > 5);
}

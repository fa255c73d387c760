fn main() {
    let a = 1 + 1;
    assert_eq!(a, 2);
    assert!(a > 1, "a must be big");
    assert_eq!(a, 3, "math is broken for {}", a);
}

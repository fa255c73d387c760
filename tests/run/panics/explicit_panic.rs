fn main() {
    let n = 3;
    if n > 2 {
        panic!("n was {} which is too big", n);
    }
}

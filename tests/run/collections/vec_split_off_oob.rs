// Vec::split_off past the end panics at the call; swap_remove and drain work in range.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    println!("{}", v.swap_remove(0));
    let d: Vec<i32> = v.drain(1..=2).collect();
    println!("{:?} {:?}", v, d);
    let tail = v.split_off(1);
    println!("{:?} {:?}", v, tail);
    let n = v.len() + 1;
    v.split_off(n);
}

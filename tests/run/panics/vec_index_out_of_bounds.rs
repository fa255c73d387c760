fn main() {
    let v = vec![1, 2, 3];
    let i = 7;
    let a = [1, 2, 3];
    if i == 8 { println!("{}", a[i]); }
    println!("{}", v  [i]);
}

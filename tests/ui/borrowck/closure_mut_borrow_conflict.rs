fn main() {
    let mut v = vec![1, 2, 3];
    let mut push = || v.push(4);
    println!("{}", v.len()); //~ ERROR cannot borrow `v` as immutable because it is also borrowed as mutable
    push();
}

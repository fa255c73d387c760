fn main() {
    let mut n = 1;
    let m = &mut n;
    let s = &n; //~ ERROR cannot borrow `n` as immutable because it is also borrowed as mutable
    *m += 1;
    println!("{s}");
}

fn main() {
    let mut n = 1;
    let a = &mut n;
    let b = &mut n; //~ ERROR cannot borrow `n` as mutable more than once at a time
    *a += 1;
    *b += 1;
}

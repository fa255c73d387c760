fn main() {
    let x = 5;
    let r = &mut x; //~ ERROR cannot borrow `x` as mutable, as it is not declared as mutable
    *r += 1;
}

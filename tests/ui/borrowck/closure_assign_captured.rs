fn main() {
    let count = 0;
    let mut inc = || count += 1; //~ ERROR cannot assign to `count`, as it is not declared as mutable
    inc();
}

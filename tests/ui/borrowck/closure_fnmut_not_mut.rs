fn main() {
    let mut total = 0;
    let add = || total += 1;
    add(); //~ ERROR cannot borrow `add` as mutable, as it is not declared as mutable
    println!("{total}");
}

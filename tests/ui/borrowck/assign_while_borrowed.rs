fn main() {
    let mut x = 5;
    let r = &x;
    x = 6; //~ ERROR cannot assign to `x` because it is borrowed
    println!("{r} {x}");
}

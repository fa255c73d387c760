fn make() -> &'static i32 {
    let x = 5;
    &x //~ ERROR cannot return reference to local variable `x`
}

fn main() {
    println!("{}", make());
}

fn main() {
    let x: i32;
    let y = x + 1; //~ ERROR used binding `x` isn't initialized
    println!("{y}");
}

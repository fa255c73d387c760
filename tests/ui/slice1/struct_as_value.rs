// A struct with named fields used as a value: E0423, with the struct literal to write.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point; //~ ERROR expected value, found struct `Point`
    let _ = Point { x: 1, y: 2 }.x;
    let _ = p;
}

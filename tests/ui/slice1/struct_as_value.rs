// FIXME: rustc reports E0423 `expected value, found struct `Point``, with the struct's
// definition and `help: use struct literal syntax instead: `Point { x: val, y: val }``.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point; //~ ERROR cannot find value `Point` in this scope
    let _ = Point { x: 1, y: 2 }.x;
    let _ = p;
}

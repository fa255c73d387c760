struct Point {
    x: i32,
    y: i32,
    z: i32,
}

fn main() {
    let p = Point { x: 1 }; //~ ERROR missing fields `y` and `z` in initializer of `Point`
    let _ = p.x + p.y + p.z;
}

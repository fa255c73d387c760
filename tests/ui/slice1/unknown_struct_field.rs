// FIXME: rustc labels the field `Point` does not have this field, and notes that all struct
// fields are already assigned.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2, z: 3 }; //~ ERROR struct `Point` has no field named `z`
    let _ = p.x + p.y;
}

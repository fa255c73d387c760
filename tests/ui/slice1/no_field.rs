// FIXME: rustc suggests the field with a similar name (`p.x`) instead of listing the
// available fields.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let _ = p.z; //~ ERROR no field `z` on type `Point`
    let _ = p.x + p.y;
}

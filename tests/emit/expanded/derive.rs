// FIXME: `$crate::clone::Clone` should print as `::core::clone::Clone`, as rustc prints it.
#[derive(Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let q = p;
    let _ = p == q.clone();
}

struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    p.x = 10; //~ ERROR cannot assign to `p.x`, as `p` is not declared as mutable
    println!("{} {}", p.x, p.y);
}

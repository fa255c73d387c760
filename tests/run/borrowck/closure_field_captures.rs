// Edition 2021 closures capture the fields they use, not the whole variable.

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let get_x = || p.x;
    p.y = 5;
    println!("{} {:?}", get_x(), p);

    let mut bump_y = || p.y += 1;
    let nx = p.x;
    bump_y();
    bump_y();
    println!("{nx} {}", p.y);

    let t = (String::from("a"), 3);
    let doubled = || t.1 * 2;
    let moved = t.0;
    println!("{} {moved}", doubled());

    let mut counter = 0;
    let mut step = || {
        counter += 2;
        counter
    };
    let first = step();
    let second = step();
    println!("{first} {second} {counter}");
}

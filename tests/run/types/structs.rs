#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    top_left: Point,
    bottom_right: Point,
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }

    fn translate(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }
}

impl Rect {
    fn area(&self) -> i32 {
        (self.bottom_right.x - self.top_left.x) * (self.bottom_right.y - self.top_left.y)
    }
}

struct Unit;
struct Pair(i32, &'static str);

fn main() {
    let mut p = Point::new(3, -4);
    println!("{}", p.manhattan());
    p.translate(1, 1);
    println!("{:?}", p);
    let q = Point { y: 10, ..p };
    println!("{:?} {}", q, p == q);
    let r = Rect { top_left: Point::new(0, 0), bottom_right: Point { x: 4, y: 5 } };
    println!("area {}", r.area());
    let _u = Unit;
    let pair = Pair(7, "seven");
    let Pair(n, s) = pair;
    println!("{n} {s}");
    let Point { x, y: why } = q;
    println!("{x} {why}");
    println!("{:#?}", p);
}

#[derive(Debug)]
enum Shape {
    Circle { r: u32 },
    Square(u32),
    Triangle(u32, u32, u32),
    Empty,
}

impl Shape {
    fn perimeter(&self) -> u32 {
        match self {
            Shape::Circle { r } => 6 * r,
            Shape::Square(s) => 4 * s,
            Shape::Triangle(a, b, c) => a + b + c,
            Shape::Empty => 0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

fn main() {
    let shapes = [Shape::Circle { r: 2 }, Shape::Square(3), Shape::Triangle(3, 4, 5), Shape::Empty];
    for s in &shapes {
        println!("{:?} -> {}", s, s.perimeter());
    }
    let l = Level::Mid;
    println!("{} {}", l as i32, Level::High as u8);
    println!("{:?} {}", l, l < Level::High);
    let opt: Option<Level> = Some(Level::Low);
    if let Some(level) = opt {
        println!("got {:?}", level);
    }
    let none: Option<i32> = None;
    println!("{:?} {}", none, none.is_none());
}

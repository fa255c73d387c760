struct Rect {
    w: u32,
    h: u32,
}

enum Shape {
    Square(u32),
    Rect(Rect),
    Dot,
}

impl Rect {
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn area(s: Shape) -> u32 {
    match s {
        Shape::Square(side) => side * side,
        Shape::Rect(r) if r.w == 0 => 0,
        Shape::Rect(r) => r.area(),
        Shape::Dot => 1,
    }
}

fn main() {
    let r = Rect { w: 2, h: 3 };
    let _ = area(Shape::Rect(r)) + area(Shape::Square(4)) + area(Shape::Dot);
}

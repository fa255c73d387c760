// Exhaustive matches on enums, structs, tuple structs, nested ADTs, references (with
// default binding modes) and empty types.

#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle { r: u32 },
    Rect(u32, u32),
    Dot,
}

struct Point {
    x: i32,
    y: i32,
}

struct Meters(u32);

enum Void {}

enum Tree<'a> {
    Leaf(i32),
    Node(&'a Tree<'a>, &'a Tree<'a>),
}

fn area(s: Shape) -> u32 {
    match s {
        Shape::Circle { r: 0 } | Shape::Dot => 0,
        Shape::Circle { r } => 3 * r * r,
        Shape::Rect(w, h) => w * h,
    }
}

fn quadrant(p: &Point) -> &'static str {
    match p {
        Point { x: 0, y: 0 } => "origin",
        Point { x: 0, .. } | Point { y: 0, .. } => "axis",
        Point { x: 1.., y: 1.. } => "first",
        Point { x: ..=-1, y: 1.. } => "second",
        Point { x: ..=-1, y: ..=-1 } => "third",
        Point { x: 1.., y: ..=-1 } => "fourth",
    }
}

fn nested(x: Option<Result<u8, bool>>) {
    match x {
        None => println!("none"),
        Some(Ok(0)) => println!("ok zero"),
        Some(Ok(n)) => println!("ok {}", n),
        Some(Err(true)) => println!("err true"),
        Some(Err(false)) => println!("err false"),
    }
}

fn refs(x: &&Option<u8>) -> u8 {
    match x {
        Some(n) => *n,
        None => 0,
    }
}

fn explicit_refs(x: &(u8, &bool)) -> u8 {
    match *x {
        (n, &true) => n,
        (_, &false) => 0,
    }
}

fn meters(m: Meters) -> u32 {
    let Meters(v) = m;
    v
}

fn never_err(r: Result<u32, Void>) -> u32 {
    let Ok(v) = r;
    match r {
        Ok(w) => v + w,
    }
}

fn absurd(v: Void) -> u32 {
    match v {}
}

fn sum(t: &Tree<'_>) -> i32 {
    match t {
        Tree::Leaf(v) => *v,
        Tree::Node(l, r) => sum(l) + sum(r),
    }
}

fn main() {
    for s in [Shape::Circle { r: 0 }, Shape::Circle { r: 2 }, Shape::Rect(3, 4), Shape::Dot] {
        println!("{:?} -> {}", s, area(s));
    }
    for (x, y) in [(0, 0), (0, 5), (3, 0), (1, 1), (-1, 1), (-1, -1), (1, -1)] {
        println!("({}, {}) -> {}", x, y, quadrant(&Point { x, y }));
    }
    for v in [None, Some(Ok(0)), Some(Ok(7)), Some(Err(true)), Some(Err(false))] {
        nested(v);
    }
    println!("{} {}", refs(&&Some(9)), refs(&&None));
    println!("{} {}", explicit_refs(&(4, &true)), explicit_refs(&(4, &false)));
    println!("{}", meters(Meters(12)));
    println!("{}", never_err(Ok(20)));
    let (l1, l2, l3) = (Tree::Leaf(1), Tree::Leaf(2), Tree::Leaf(3));
    let inner = Tree::Node(&l2, &l3);
    let t = Tree::Node(&l1, &inner);
    println!("{}", sum(&t));
    let _ = absurd;
}

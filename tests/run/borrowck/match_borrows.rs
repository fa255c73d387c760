// Borrows and moves in patterns.

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
}

#[derive(Debug)]
struct Big(u32);

fn describe(s: &Shape) -> String {
    match s {
        Shape::Circle(r) => format!("circle {r}"),
        Shape::Rect { w, h } => format!("rect {w}x{h}"),
    }
}

fn main() {
    let mut shapes = vec![Shape::Circle(1.0), Shape::Rect { w: 2.0, h: 3.0 }];
    for s in shapes.iter_mut() {
        match s {
            Shape::Circle(r) => *r *= 2.0,
            Shape::Rect { w, .. } => *w += 1.0,
        }
    }
    for s in &shapes {
        println!("{}", describe(s));
    }
    shapes.push(Shape::Circle(0.5));
    println!("{}", shapes.len());

    // Bindings moved in an arm with a guard: the move happens once the arm is taken.
    let o = Some(Big(12));
    match o {
        Some(n) if n.0 > 100 => println!("big {}", n.0),
        Some(n) => println!("some {}", n.0),
        None => {}
    }

    let mut maybe = Some(String::from("v"));
    match &mut maybe {
        Some(s) => s.push('!'),
        None => {}
    }
    if let Some(ref s) = maybe {
        println!("{s}");
    }
    let len = match maybe {
        Some(ref mut s) => {
            s.push('?');
            s.len()
        }
        None => 0,
    };
    println!("{:?} {len}", maybe);

    let pair = (String::from("l"), 5);
    let (ref left, right) = pair;
    println!("{left} {right} {}", pair.0);
}

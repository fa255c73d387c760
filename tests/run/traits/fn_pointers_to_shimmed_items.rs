// Function pointers to trait methods of `dyn Trait` (which dispatch through the vtable) and
// to `#[track_caller]` functions (`Option::unwrap`) go through a shim that calls the item.
trait Shape {
    fn area(&self) -> u32;
    fn scaled(&self, k: u32) -> u32 {
        self.area() * k
    }
}

struct Sq(u32);

impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

struct Rect(u32, u32);

impl Shape for Rect {
    fn area(&self) -> u32 {
        self.0 * self.1
    }
}

fn main() {
    let to_string = ToString::to_string as fn(&(dyn ToString + 'static)) -> String;
    println!("{} {}", to_string(&"foo"), to_string(&42));
    let f: fn(&(dyn Shape + 'static)) -> u32 = Shape::area;
    let g: fn(&(dyn Shape + 'static), u32) -> u32 = <dyn Shape>::scaled;
    let shapes: [&dyn Shape; 2] = [&Sq(3), &Rect(2, 5)];
    for s in shapes {
        println!("{} {}", f(s), g(s, 2));
    }
    let unwrap: fn(Option<i32>) -> i32 = Option::unwrap;
    let fs: [fn(Option<i32>) -> i32; 2] = [Option::unwrap, Option::unwrap_or_default];
    println!("{} {} {}", unwrap(Some(4)), fs[0](Some(5)), fs[1](None));
}

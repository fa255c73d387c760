trait Shape {
    const SIDES: u32;
    type Unit;
    fn area(&self) -> u32;
    fn unit(&self) -> Self::Unit;
}

struct Square(u32);

impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = &'static str;
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn unit(&self) -> &'static str {
        "m2"
    }
}

struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n < 5 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

impl Counter {
    const START: u32 = 0;
    fn new() -> Counter {
        Counter { n: Self::START }
    }
}

fn total<S: Shape>(s: &S) -> u32 {
    s.area() * S::SIDES
}

fn main() {
    let sq = Square(3);
    println!("{} {} {}", sq.area(), sq.unit(), total(&sq));
    println!("{}", <Square as Shape>::SIDES);
    for x in Counter::new() {
        print!("{x} ");
    }
    println!();
    let mut c = Counter::new();
    println!("{:?} {:?}", c.next(), c.nth(2));
    println!("{}", Counter::new().count());
}

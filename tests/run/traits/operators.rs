use std::ops::{Add, Index, Mul, Neg, Sub, AddAssign};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct V2 {
    x: i32,
    y: i32,
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 {
        V2 { x: self.x + o.x, y: self.y + o.y }
    }
}

impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 {
        V2 { x: self.x - o.x, y: self.y - o.y }
    }
}

impl Mul<i32> for V2 {
    type Output = V2;
    fn mul(self, k: i32) -> V2 {
        V2 { x: self.x * k, y: self.y * k }
    }
}

impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 {
        V2 { x: -self.x, y: -self.y }
    }
}

impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}

struct Poly([i32; 3]);

impl Index<usize> for Poly {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.0[i]
    }
}

fn main() {
    let a = V2 { x: 1, y: 2 };
    let b = V2 { x: 10, y: 20 };
    println!("{:?}", a + b);
    println!("{:?}", b - a);
    println!("{:?}", a * 3);
    println!("{:?}", -a);
    let mut c = V2::default();
    c += a;
    c += a;
    println!("{:?} {}", c, c == a * 2);
    let p = Poly([4, 5, 6]);
    println!("{}", p[1] + p[2]);
}

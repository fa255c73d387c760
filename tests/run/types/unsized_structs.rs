// Structs whose last field is unsized: unsizing coercions through them, field access with
// run-time alignment of trait-object tails, size_of_val, Box drops.
use std::fmt::Debug;

struct Fat<T: ?Sized> {
    tag: u16,
    data: T,
}

trait Shape {
    fn area(&self) -> u64;
}

impl Shape for u64 {
    fn area(&self) -> u64 {
        *self * *self
    }
}

fn show(x: &Fat<[i32]>) {
    println!("{} {:?} {}", x.tag, &x.data, std::mem::size_of_val(x));
}

fn area(x: &Fat<dyn Shape>) -> u64 {
    x.data.area() + x.tag as u64
}

fn main() {
    let a = Fat { tag: 1, data: [1, 2, 3] };
    show(&a);
    let b: &Fat<[i32]> = &Fat { tag: 2, data: [] };
    show(b);
    let c = Fat { tag: 3, data: 5u64 };
    let p1 = &c.data as *const u64 as usize;
    let d: &Fat<dyn Shape> = &c;
    let p2 = &d.data as *const dyn Shape as *const u8 as usize;
    println!("{} {}", area(d), p1 == p2);
    println!("{}", std::mem::size_of_val(d));
    let boxed: Box<Fat<[i32; 2]>> = Box::new(Fat { tag: 4, data: [7, 8] });
    let unsized_box: Box<Fat<[i32]>> = boxed;
    show(&unsized_box);
    let nested: Fat<Fat<u64>> = Fat { tag: 5, data: Fat { tag: 6, data: 9 } };
    let n: &Fat<Fat<dyn Shape>> = &nested;
    println!("{}", n.data.data.area());
    let refs: [&dyn Debug; 2] = [&1; 2];
    println!("{:?}", refs);
    struct S<T>(T);
    fn call(s: S<Box<dyn Fn(i32) -> i32>>) -> i32 {
        (s.0)(5)
    }
    println!("{}", call(S(Box::new(|x| x + 1))));
    println!("{}", call(S { 0: Box::new(|x| x * 2) }));
    let y: u8 = 200;
    let r = &y;
    println!("{} {}", r >> 2u8, r << 1u32);
}

// DefaultHasher (SipHash-1-3 with zero keys) gives Rust's numbers for the same input.
use std::collections::hash_map::DefaultHasher;
use std::hash::{BuildHasher, BuildHasherDefault, Hash, Hasher};

fn hash_of<T: Hash + ?Sized>(t: &T) -> u64 {
    let mut h = DefaultHasher::new();
    t.hash(&mut h);
    h.finish()
}

#[derive(Hash)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Hash)]
enum Shape {
    Dot,
    Circle(u8),
}

fn main() {
    println!("{}", hash_of(""));
    println!("{}", hash_of("hello"));
    println!("{}", hash_of("a somewhat longer string than eight bytes"));
    println!("{}", hash_of(&0u8));
    println!("{}", hash_of(&12345678u64));
    println!("{}", hash_of(&-1i32));
    println!("{}", hash_of(&'x'));
    println!("{}", hash_of(&true));
    println!("{}", hash_of(&(1u16, "two", 3i64)));
    println!("{}", hash_of(&[1u32, 2, 3][..]));
    println!("{}", hash_of(&vec![String::from("a"), String::from("bc")]));
    println!("{}", hash_of(&Some(5u8)));
    println!("{}", hash_of(&Point { x: 1, y: -2 }));
    println!("{}", hash_of(&Shape::Dot));
    println!("{}", hash_of(&Shape::Circle(9)));
    let mut h = DefaultHasher::new();
    h.write(b"abc");
    h.write_u8(1);
    h.write_usize(99);
    println!("{}", h.finish());
    let bh: BuildHasherDefault<DefaultHasher> = BuildHasherDefault::default();
    println!("{}", bh.hash_one("hello") == hash_of("hello"));
    let rs = std::hash::RandomState::new();
    println!("{}", rs.hash_one(1) == rs.hash_one(1));
}

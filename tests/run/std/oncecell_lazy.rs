// OnceCell and LazyCell: written once, Debug before and after.
use std::cell::{LazyCell, OnceCell};

fn main() {
    let o: OnceCell<String> = OnceCell::new();
    println!("{:?} {:?}", o, o.get());
    println!("{}", o.get_or_init(|| String::from("first")));
    println!("{}", o.get_or_init(|| String::from("second")));
    println!("{:?}", o.set(String::from("third")));
    println!("{:?} {:#?}", o, o);
    let mut o2 = o.clone();
    println!("{:?} {:?}", o2.take(), o2);
    println!("{}", o == OnceCell::from(String::from("first")));

    let calls = std::cell::Cell::new(0);
    let lazy = LazyCell::new(|| {
        calls.set(calls.get() + 1);
        vec![1, 2, 3]
    });
    println!("{:?}", lazy);
    println!("{} {}", lazy.len(), lazy[2]);
    println!("{:?} calls={}", lazy, calls.get());
}

// TypeId::of and dyn Any: downcast_ref, Box<dyn Any>::downcast, and Debug of dyn Any.
use std::any::{Any, TypeId};
use std::fmt::Debug;

#[derive(Debug)]
struct Point { x: i32 }

fn describe(v: &dyn Any) -> String {
    if let Some(i) = v.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = v.downcast_ref::<String>() {
        format!("String {}", s)
    } else if let Some(p) = v.downcast_ref::<Point>() {
        format!("Point {:?}", p)
    } else {
        "unknown".to_string()
    }
}

fn same<T: 'static, U: 'static>() -> bool { TypeId::of::<T>() == TypeId::of::<U>() }

fn main() {
    fn test() -> Box<dyn Any + 'static> { Box::new(1) }
    println!("{:?}", test());
    let items: Vec<Box<dyn Any>> = vec![Box::new(5i32), Box::new(String::from("hi")), Box::new(Point { x: 3 }), Box::new(1u8)];
    for it in &items {
        println!("{}", describe(it.as_ref()));
    }
    println!("{} {} {}", same::<i32, i32>(), same::<i32, u32>(), same::<Vec<u8>, Vec<u8>>());
    println!("{}", TypeId::of::<Option<&'static str>>() == TypeId::of::<Option<&str>>());
    let b: Box<dyn Any> = Box::new(7i64);
    match b.downcast::<i64>() { Ok(v) => println!("i64 {}", v), Err(_) => println!("no") }
    let _ = Point { x: 1 }.x;
    let d: &dyn Debug = &1;
    println!("{:?}", d);
}

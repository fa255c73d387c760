// Rc, Weak and Arc of trait objects and slices (unsizing coercions through CoerceUnsized).
use std::cell::RefCell;
use std::fmt::Debug;
use std::rc::{Rc, Weak};
use std::sync::Arc;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Square(f64);
struct Circle(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        String::from("square")
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.0 * self.0
    }
}

impl Drop for Square {
    fn drop(&mut self) {
        println!("drop square {}", self.0);
    }
}

fn main() {
    let shapes: Vec<Rc<dyn Shape>> = vec![Rc::new(Square(2.0)), Rc::new(Circle(1.0))];
    let copy = Rc::clone(&shapes[0]);
    for s in &shapes {
        println!("{} {}", s.name(), s.area());
    }
    println!("{}", Rc::strong_count(&copy));
    let w: Weak<dyn Shape> = Rc::downgrade(&copy);
    drop(shapes);
    println!("still {}", w.upgrade().map(|s| s.area()).unwrap_or(0.0));
    drop(copy);
    println!("gone {}", w.upgrade().is_none());
    let d: Rc<dyn Debug> = Rc::new(vec![1, 2]);
    println!("{:?}", d);
    let a: Arc<dyn Debug> = Arc::new("arc");
    println!("{:?}", a);
    let arr: Rc<[i32]> = Rc::new([1, 2, 3]);
    println!("{:?} {}", arr, arr.len());
    let cell: Rc<RefCell<dyn Debug>> = Rc::new(RefCell::new(5u8));
    println!("{:?}", cell.borrow());
    let b: Box<dyn Fn(i32) -> i32> = Box::new(|x| x + 1);
    let r: Rc<dyn Fn(i32) -> i32> = Rc::new(move |x| b(x) * 2);
    println!("{}", r(3));
}

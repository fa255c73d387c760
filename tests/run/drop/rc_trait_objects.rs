use std::rc::Rc;
use std::cell::RefCell;
use std::fmt::Debug;
trait Speak { fn speak(&self) -> String; }
struct Dog;
impl Speak for Dog { fn speak(&self) -> String { "woof".to_string() } }
impl Drop for Dog { fn drop(&mut self) { println!("dog dropped"); } }
fn main() {
    let a: Rc<dyn Speak> = Rc::new(Dog);
    let b = a.clone();
    println!("{} {} {}", a.speak(), b.speak(), Rc::strong_count(&a));
    let s: Rc<[i32]> = Rc::new([1, 2, 3]);
    println!("{:?} {}", s, s.len());
    let c: Rc<RefCell<dyn Debug>> = Rc::new(RefCell::new(5));
    println!("{:?}", c.borrow());
    drop(a);
    println!("after a");
    drop(b);
    println!("end");
}

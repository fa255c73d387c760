// Borrowing a RefCell that is mutably borrowed panics at the caller's location.
use std::cell::RefCell;

fn main() {
    let r = RefCell::new(vec![1, 2, 3]);
    let mut m = r.borrow_mut();
    m.push(4);
    println!("{:?}", r);
    let b = r.borrow();
    println!("unreachable {:?}", b);
}

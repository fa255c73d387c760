// Mutably borrowing a RefCell that is borrowed panics at the caller's location.
use std::cell::RefCell;

fn main() {
    let r = RefCell::new(String::from("x"));
    let a = r.borrow();
    let b = r.borrow();
    println!("{} {} {:?}", a, b, r.try_borrow_mut().is_err());
    r.borrow_mut().push('y');
}

// Rc: counts, weak pointers, make_mut, try_unwrap, Rc<str>, Rc<[T]>, a tree with parent links.
use std::rc::{Rc, Weak};
use std::cell::RefCell;
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop D({})", self.0); } }
#[derive(Debug)]
struct Node { val: i32, parent: RefCell<Weak<Node>>, children: RefCell<Vec<Rc<Node>>> }
fn main() {
    let a = Rc::new(5);
    let b = a.clone();
    println!("{} {} {}", a, Rc::strong_count(&a), Rc::ptr_eq(&a, &b));
    let w = Rc::downgrade(&a);
    println!("{} {:?} {:?}", Rc::weak_count(&a), w.upgrade(), w);
    drop(a); drop(b);
    println!("{:?}", w.upgrade());
    let d = Rc::new(D(1));
    let d2 = Rc::clone(&d);
    drop(d);
    println!("still {}", d2.0);
    drop(d2);
    let mut m = Rc::new(vec![1, 2]);
    Rc::make_mut(&mut m).push(3);
    let m2 = m.clone();
    Rc::make_mut(&mut m).push(4);
    println!("{:?} {:?}", m, m2);
    println!("{:?}", Rc::try_unwrap(m));
    let s: Rc<str> = Rc::from("hello");
    println!("{} {}", s, s.len());
    let sl: Rc<[i32]> = vec![1, 2, 3].into();
    println!("{:?}", sl);
    let leaf = Rc::new(Node { val: 3, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) });
    let branch = Rc::new(Node { val: 5, parent: RefCell::new(Weak::new()), children: RefCell::new(vec![Rc::clone(&leaf)]) });
    *leaf.parent.borrow_mut() = Rc::downgrade(&branch);
    println!("leaf parent = {:?}", leaf.parent.borrow().upgrade().map(|p| p.val));
    println!("{} {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
    println!("{:?}", branch.children.borrow().len());
    let mut g = Rc::new(7);
    *Rc::get_mut(&mut g).unwrap() += 1;
    println!("{}", g);
    let c = Rc::new_cyclic(|me: &Weak<i32>| { println!("{:?}", me.upgrade()); 9 });
    println!("{}", c);
    println!("{}", Rc::new(1) == Rc::new(1));
}

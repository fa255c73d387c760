// Cell and RefCell: get/set/update/replace, borrows and guards, Ref::map, RefMut::map, Debug.
use std::cell::{Cell, RefCell, OnceCell, LazyCell, Ref, RefMut};
fn main() {
    let c = Cell::new(5);
    c.set(6);
    println!("{:?} {}", c, c.get());
    c.update(|x| x + 1);
    println!("{}", c.replace(10));
    let r = RefCell::new(vec![1]);
    println!("{:?} {:?}", c, r);
    {
        let mut b = r.borrow_mut();
        b.push(2);
        println!("{:?}", r);
        println!("{:?}", r.try_borrow());
        println!("{:?}", r.try_borrow_mut().is_err());
    }
    let b2 = r.borrow();
    let b3 = Ref::clone(&b2);
    let first = Ref::map(b3, |v| &v[0]);
    println!("{:?} {} {:?}", b2, first, r.try_borrow_mut().is_err());
    drop(b2); drop(first);
    {
        let m = RefMut::map(r.borrow_mut(), |v| &mut v[1]);
        println!("{}", m);
    }
    let o: OnceCell<i32> = OnceCell::new();
    println!("{:?}", o);
    o.set(3).unwrap();
    println!("{:?} {:#?}", o, r);
    println!("{}", o.get_or_init(|| 7));
    let l = LazyCell::new(|| 5 * 5);
    println!("{}", *l + 1);
    let s = RefCell::new(String::from("hi"));
    s.borrow_mut().push_str(" there");
    println!("{}", s.borrow());
    let old = s.replace(String::from("new"));
    println!("{} {}", old, s.into_inner());
    let _m = r.borrow_mut();
}

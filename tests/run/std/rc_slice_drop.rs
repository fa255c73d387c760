// Rc<[T]> and Rc<str>: elements are dropped with the last strong pointer.
use std::rc::Rc;
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop D({})", self.0); } }
fn main() {
    let v: Rc<[D]> = vec![D(1), D(2)].into();
    let v2 = v.clone();
    println!("{}", v.len() + v2.len());
    drop(v);
    println!("mid");
    drop(v2);
    let x: Rc<[D]> = (3..5).map(D).collect();
    println!("{}", x[1].0);
    let s: Rc<str> = Rc::from(String::from("abc"));
    let t = s.clone();
    println!("{}{}", s, t);
}

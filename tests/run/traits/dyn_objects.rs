trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Sq(f64);
struct Circle { r: f64 }
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> String { String::from("sq") } }
impl Shape for Circle { fn area(&self) -> f64 { 3.0 * self.r * self.r } }
impl Drop for Sq { fn drop(&mut self) { println!("drop sq {}", self.0); } }
fn total(v: &[&dyn Shape]) -> f64 { v.iter().map(|s| s.area()).sum() }
fn main() {
    let a = Sq(2.0);
    let b = Circle { r: 1.0 };
    let r: &dyn Shape = &a;
    println!("{} {}", r.area(), r.name());
    println!("{}", total(&[&a, &b]));
    let bx: Box<dyn Shape> = Box::new(Sq(3.0));
    println!("{} {}", bx.area(), bx.name());
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(1.5)), Box::new(Circle { r: 2.0 })];
    for s in shapes.iter() { println!("{} {}", s.name(), s.area()); }
    let f: Box<dyn Fn(i32) -> i32> = Box::new(move |x| x + 1);
    println!("{}", f(41));
}

use std::fmt::Debug;
trait Animal { fn name(&self) -> String; fn speak(&self) -> String { format!("{} speaks", self.name()) } }
trait Pet: Animal { fn owner(&self) -> &str; }
#[derive(Debug)]
struct Dog { owner: String }
impl Animal for Dog { fn name(&self) -> String { "dog".to_string() } }
impl Pet for Dog { fn owner(&self) -> &str { &self.owner } }
struct Counter { n: i32 }
trait Inc { fn inc(&mut self); fn get(&self) -> i32; }
impl Inc for Counter { fn inc(&mut self) { self.n += 1; } fn get(&self) -> i32 { self.n } }
fn apply(f: &dyn Fn(i32) -> i32, x: i32) -> i32 { f(x) }
fn make_adder(k: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x + k) }
fn show(items: &[Box<dyn Debug>]) { for i in items { println!("{:?}", i); } }
fn main() {
    let d = Dog { owner: "ann".to_string() };
    let p: &dyn Pet = &d;
    println!("{} {} {}", p.name(), p.speak(), p.owner());
    let mut c = Counter { n: 0 };
    { let m: &mut dyn Inc = &mut c; m.inc(); m.inc(); println!("{}", m.get()); }
    println!("{}", apply(&|x| x * 3, 5));
    let add5 = make_adder(5);
    println!("{}", add5(10));
    let mut fs: Vec<Box<dyn FnMut() -> i32>> = Vec::new();
    let mut total = 0;
    fs.push(Box::new(move || { total += 1; total }));
    for f in fs.iter_mut() { println!("{}", f()); println!("{}", f()); }
    show(&[Box::new(1), Box::new("two"), Box::new(d)]);
    let once: Box<dyn FnOnce() -> String> = Box::new(|| String::from("once"));
    println!("{}", once());
}

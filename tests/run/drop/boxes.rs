struct N(i32);
impl Drop for N { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let b = Box::new(5);
    println!("{}", *b + 1);
    let c = Box::new(N(1));
    println!("c {}", c.0);
    let d = Box::new(N(2));
    let inner = *d;
    println!("inner {}", inner.0);
    let e: Option<Box<i32>> = None;
    println!("{}", std::mem::size_of::<Option<Box<i32>>>());
    println!("{:?}", e);
    let mut f = Box::new(10);
    *f += 5;
    println!("{} {:?}", f, f);
    let g = Box::new(Box::new(N(3)));
    println!("g {}", g.0);
}

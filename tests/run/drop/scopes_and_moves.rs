struct Noisy(i32);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct Pair { a: Noisy, b: Noisy }
fn consume(n: Noisy) { println!("consume {}", n.0); }
fn make(i: i32) -> Noisy { Noisy(i) }
fn cond() -> bool { true }
fn main() {
    let _a = Noisy(1);
    let b = Noisy(2);
    consume(b);
    let c = Noisy(3);
    if cond() { consume(c); }
    let p = Pair { a: Noisy(4), b: Noisy(5) };
    let Pair { a, .. } = p;
    println!("got {}", a.0);
    let mut x = Noisy(6);
    x = Noisy(7);
    println!("x {}", x.0);
    let r = &make(8);
    println!("r {}", r.0);
    println!("len {}", make(9).0);
    for i in 10..12 { let _n = Noisy(i); if i == 11 { break; } }
    let o = Some(Noisy(12));
    match o { Some(n) if n.0 > 100 => println!("big"), Some(n) => println!("some {}", n.0), None => {} }
    let t = (Noisy(13), Noisy(14));
    let (_, t2) = t;
    drop(t2);
    println!("end");
}

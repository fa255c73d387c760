//@ edition: 2015
trait T { fn f(&self) -> i32; }
struct S;
impl T for S { fn f(&self) -> i32 { 7 } }
fn g(x: &T) -> i32 { x.f() }
fn h() -> Result<i32, String> { let v = try!(Ok::<i32, String>(3)); Ok(v + 1) }
fn main() {
    let b: Box<T> = Box::new(S);
    println!("{} {}", b.f(), g(&S));
    match 5 { 1...5 => println!("in"), _ => println!("out") }
    println!("{:?}", h());
    let async = 1; let await = 2; let dyn = 3; let try = 4;
    println!("{}", async + await + dyn + try);
}

use std::fmt::Display;
fn evens(n: u32) -> impl Iterator<Item = u32> { (0..n).filter(|x| x % 2 == 0) }
fn adder(k: i32) -> impl Fn(i32) -> i32 { move |x| x + k }
fn show() -> impl Display { 42 }
fn boxed() -> Box<impl Fn() -> String> { Box::new(|| String::from("boxed")) }
fn main() {
    let v: Vec<u32> = evens(10).collect();
    println!("{:?}", v);
    for x in evens(5) { print!("{} ", x); }
    println!();
    let f = adder(5);
    println!("{} {}", f(1), adder(10)(2));
    println!("{}", show());
    println!("{}", boxed()());
    let total: u32 = evens(7).map(|x| x * 10).sum();
    println!("{}", total);
}

struct P { x: i32, y: i32 }
const ORIGIN: P = P { x: 0, y: 0 };
fn nums() -> &'static [i32] { &[1, 2, 3] }
fn origin() -> &'static P { &ORIGIN }
fn pt() -> &'static P { &P { x: 4, y: 5 } }
fn words() -> impl Iterator<Item = &'static str> { ["a", "b"].iter().copied() }
fn main() {
    println!("{:?} {} {} {}", nums(), origin().x, pt().y, words().count());
    let r: &'static Option<i32> = &Some(7);
    println!("{:?}", r);
    let x = 5;
    let local = &x;
    println!("{}", local);
}

use std::fmt::Debug;
fn wrap<T: Debug + Clone>(x: T) -> impl Debug { vec![x.clone(), x] }
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn counter() -> impl FnMut() -> u32 { let mut c = 0; move || { c += 1; c } }
struct S;
impl S { fn items(&self) -> impl Iterator<Item = &'static str> + '_ { ["a", "b"].iter().copied() } }
fn main() {
    println!("{:?} {:?}", wrap(3), wrap("x"));
    let h = compose(|x: i32| x + 1, |y: i32| y * 10);
    println!("{}", h(4));
    let mut c = counter();
    c(); c();
    println!("{}", c());
    println!("{:?}", S.items().collect::<Vec<_>>());
}

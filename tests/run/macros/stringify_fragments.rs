// stringify! of a matched $e:expr writes the expression as written (no parentheses), so dbg!
// and user macros print it as rustc does.
macro_rules! s { ($e:expr) => { stringify!($e) }; }
macro_rules! check { ($e:expr) => { if !$e { println!("failed: {}", stringify!($e)); } }; }
fn main() {
    println!("{}", s!(1 + 2));
    println!("{}", s!(a * (b + c)));
    println!("{}", s!(-x.len()));
    check!(1 + 1 == 3);
    let p = (1, 2);
    dbg!(2 + 3);
    dbg!(&p);
    let v = vec![1, 2];
    assert!(v.len() == 2, "{}", s!(v.len() == 2));
}

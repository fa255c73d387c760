// References to callables are callable: &F: Fn, FnMut, FnOnce when F: Fn; &mut F: FnMut, FnOnce
// when F: FnMut (closures, dyn Fn, function items).
fn apply<F: Fn(i32) -> i32>(f: F) -> i32 { f(1) }
fn apply_mut<F: FnMut(i32)>(mut f: F) { f(1); f(2); }
fn apply_once<F: FnOnce() -> String>(f: F) -> String { f() }
fn main() {
    let c = |x| x + 1;
    println!("{} {}", apply(&c), apply(&&c));
    let v: Vec<i32> = vec![1, 2, 3].into_iter().map(&c).collect();
    println!("{:?}", v);
    let mut total = 0;
    let mut add = |x: i32| total += x;
    apply_mut(&mut add);
    apply_mut(&mut add);
    println!("{}", total);
    let s = String::from("owned");
    let mk = || s.clone();
    println!("{}", apply_once(&mk));
    let d: &dyn Fn(i32) -> i32 = &c;
    println!("{}", apply(d));
    fn plain(x: i32) -> i32 { x * 7 }
    println!("{}", apply(&plain));
}

struct N(&'static str);
impl Drop for N {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
enum E { A(N, N), B(N), C }
fn pick(i: i32) -> E { match i { 0 => E::A(N("a0"), N("a1")), 1 => E::B(N("b")), _ => E::C } }
fn cond(i: i32) -> bool { i % 2 == 0 }
fn ret_early(i: i32) -> i32 {
    let _g = N("guard");
    if i > 3 { return 1; }
    let _h = N("h");
    0
}
fn takes_tuple((a, _b): (N, N)) { println!("tt {}", a.0); }
fn main() {
    for i in 0..3 {
        let e = pick(i);
        match e {
            E::A(x, _) => println!("A {}", x.0),
            E::B(ref y) => println!("B {}", y.0),
            E::C => println!("C"),
        }
        println!("after match {}", i);
    }
    let mut v = N("v1");
    for i in 0..4 {
        if cond(i) { v = N("v2"); }
    }
    let w;
    if cond(1) { w = N("w"); println!("w {}", w.0); }
    ret_early(5);
    ret_early(1);
    takes_tuple((N("t1"), N("t2")));
    let s = Some(N("s"));
    if let Some(n) = s { println!("n {}", n.0); }
    let arr = [N("x1"), N("x2")];
    let _ = &arr;
    let mut k = 0;
    let r = loop { let _z = N("z"); k += 1; if k == 2 { break k * 10; } };
    println!("r {} {}", r, v.0);
    let c = { let inner = N("inner"); inner };
    let f = move || println!("closure {}", c.0);
    f();
    let g = N("g");
    let h = move || { let gg = g; println!("once {}", gg.0); };
    h();
    println!("end");
}

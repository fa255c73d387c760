struct S {
    n: i32,
}

fn take(s: S) -> i32 {
    s.n
}

fn main() {
    let s = S { n: 1 };
    let r = &s;
    take(s); //~ ERROR cannot move out of `s` because it is borrowed
    println!("{}", r.n);
}

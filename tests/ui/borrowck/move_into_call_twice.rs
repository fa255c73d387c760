struct S {
    n: i32,
}

fn take(s: S) -> i32 {
    s.n
}

fn main() {
    let a = S { n: 1 };
    take(a);
    take(a); //~ ERROR use of moved value: `a`
}

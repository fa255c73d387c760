struct S {
    n: i32,
}

struct Pair {
    a: S,
    b: S,
}

fn take(s: S) -> i32 {
    s.n
}

fn take_pair(p: Pair) -> i32 {
    p.a.n + p.b.n
}

fn main() {
    let p = Pair { a: S { n: 1 }, b: S { n: 2 } };
    take(p.a);
    take(p.b);
    let q = Pair { a: S { n: 1 }, b: S { n: 2 } };
    take(q.a);
    take_pair(q); //~ ERROR use of partially moved value: `q`
}

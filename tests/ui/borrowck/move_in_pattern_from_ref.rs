struct S {
    n: i32,
}

struct Pair {
    a: S,
    b: i32,
}

fn first(p: &Pair) -> i32 {
    match *p { //~ ERROR cannot move out of `p.a` which is behind a shared reference
        Pair { a, b } => a.n + b,
    }
}

fn main() {
    println!("{}", first(&Pair { a: S { n: 1 }, b: 2 }));
}

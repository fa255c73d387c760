struct S {
    n: i32,
}

struct Holder {
    s: S,
}

fn steal(h: &Holder) -> S {
    h.s //~ ERROR cannot move out of `h.s` which is behind a shared reference
}

fn main() {
    let h = Holder { s: S { n: 1 } };
    println!("{}", steal(&h).n);
}

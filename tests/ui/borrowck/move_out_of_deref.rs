struct S {
    n: i32,
}

fn main() {
    let s = S { n: 1 };
    let r = &s;
    let t = *r; //~ ERROR cannot move out of `*r` which is behind a shared reference
    println!("{}", t.n);
}

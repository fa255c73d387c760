struct S {
    n: i32,
}

fn main() {
    let a = S { n: 1 };
    let b = a;
    let r = &a; //~ ERROR borrow of moved value: `a`
    println!("{} {}", b.n, r.n);
}

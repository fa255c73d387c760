struct S {
    n: i32,
}

fn main() {
    let a = S { n: 1 };
    let b = a;
    let c = a; //~ ERROR use of moved value: `a`
    println!("{} {}", b.n, c.n);
}

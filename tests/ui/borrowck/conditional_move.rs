struct S {
    n: i32,
}

fn take(s: S) -> i32 {
    s.n
}

fn run(flag: bool) {
    let s = S { n: 1 };
    if flag {
        take(s);
    }
    println!("{}", s.n); //~ ERROR borrow of moved value: `s`
}

fn main() {
    run(true);
}

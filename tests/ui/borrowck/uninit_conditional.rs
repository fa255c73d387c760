struct S {
    n: i32,
}

fn run(flag: bool) {
    let s: S;
    if flag {
        s = S { n: 1 };
    }
    let r = &s; //~ ERROR used binding `s` is possibly-uninitialized
    println!("{}", r.n);
}

fn main() {
    run(false);
}

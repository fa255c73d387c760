struct S {
    n: i32,
}

fn take(s: S) -> i32 {
    s.n
}

fn main() {
    let x = S { n: 3 };
    let mut i = 0;
    loop {
        take(x); //~ ERROR use of moved value: `x`
        i += 1;
        if i == 3 {
            return;
        }
    }
}

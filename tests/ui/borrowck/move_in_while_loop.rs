struct S {
    n: i32,
}

fn main() {
    let x = S { n: 3 };
    let mut i = 0;
    while i < 3 {
        let y = x; //~ ERROR use of moved value: `x`
        println!("{}", y.n);
        i += 1;
    }
}

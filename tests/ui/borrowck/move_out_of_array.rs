struct S {
    n: i32,
}

fn main() {
    let a = [S { n: 1 }, S { n: 2 }];
    let i = 1;
    let s = a[i]; //~ ERROR cannot move out of type `[S; 2]`, a non-copy array
    println!("{}", s.n);
}

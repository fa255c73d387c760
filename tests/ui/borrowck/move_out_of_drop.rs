struct S {
    n: i32,
}

struct Guard {
    s: S,
}

impl Drop for Guard {
    fn drop(&mut self) {}
}

fn main() {
    let g = Guard { s: S { n: 1 } };
    let s = g.s; //~ ERROR cannot move out of type `Guard`, which implements the `Drop` trait
    println!("{}", s.n);
}

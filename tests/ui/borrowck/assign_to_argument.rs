fn bump(n: i32) -> i32 {
    n = n + 1; //~ ERROR cannot assign to immutable argument `n`
    n
}

fn main() {
    println!("{}", bump(1));
}

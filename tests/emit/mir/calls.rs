fn square(x: i32) -> i32 {
    x * x
}

fn nothing() {}

fn first_positive(a: i32, b: i32) -> i32 {
    if a > 0 {
        return a;
    }
    nothing();
    square(b)
}

fn main() {
    let _ = first_positive(-1, 3);
}

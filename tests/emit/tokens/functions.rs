fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn unit() {}

fn main() {
    unit();
    let _ = add(1, 2);
}

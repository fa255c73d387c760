fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn early(x: u8) -> u8 {
    if x > 10 {
        return 10;
    }
    x
}

fn unit() {}

fn main() {
    unit();
    let _ = add(early(3) as i32, 2);
}

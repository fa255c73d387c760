fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("before");
    let x = add(200, 100);
    println!("after {x}");
}

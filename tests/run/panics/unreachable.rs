fn pick(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        _ => unreachable!("n = {}", n),
    }
}

fn main() {
    println!("{}", pick(1));
    println!("{}", pick(9));
}

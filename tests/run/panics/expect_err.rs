fn parse(s: &str) -> Result<i32, &'static str> {
    if s.is_empty() { Err("empty input") } else { Ok(s.len() as i32) }
}

fn main() {
    println!("{}", parse("abc").expect("first"));
    let _ = parse("").expect("wanted a number");
}

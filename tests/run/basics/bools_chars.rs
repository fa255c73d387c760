fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, t ^ f);
    println!("{} {}", t & f, t | f);
    let mut calls = 0;
    let mut side = |r: bool| -> bool {
        calls += 1;
        r
    };
    let _ = false && side(true);
    println!("{}", 3 < 4 && 4 <= 4 && 5 > 4 && 5 >= 5 && 1 != 2 && 2 == 2);
    let c = 'x';
    println!("{} {} {}", c.is_ascii_lowercase(), c.is_alphanumeric(), c.to_ascii_uppercase());
    println!("{}", ('a'..='e').count());
    let digits: u32 = "12345".chars().map(|c| c.to_digit(10).unwrap()).sum();
    println!("{}", digits);
    let _ = side(false);
    println!("{}", calls);
}

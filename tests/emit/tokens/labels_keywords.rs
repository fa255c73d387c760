fn main() {
    let mut n = 0u8;
    'outer: loop {
        while n < 10 {
            n += 1;
            if n == 5 {
                continue 'outer;
            } else if n > 8 {
                break 'outer;
            }
        }
        break;
    }
    let _r: &'static str = "s";
    let _m = match n {
        0 => false,
        _ => true,
    };
}

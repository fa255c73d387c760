fn count(limit: u32) -> u32 {
    let mut n = 0;
    while n < limit {
        n += 1;
    }
    let found = 'outer: loop {
        loop {
            if n == 0 {
                break 'outer 0;
            }
            n -= 1;
            if n % 2 == 0 {
                continue 'outer;
            }
            break 'outer n;
        }
    };
    found
}

fn main() {
    let _ = count(3);
}

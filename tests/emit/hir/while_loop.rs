fn main() {
    let mut n = 10i32;
    while n > 0 {
        n -= 3;
    }
    let mut steps = 0;
    let last = 'count: loop {
        while steps < 5 {
            steps += 1;
            if steps == n {
                break 'count steps;
            }
        }
        break steps * 2;
    };
    let _ = last;
}

fn countdown(mut n: u8) -> u32 {
    let mut steps = 0;
    while n > 0 {
        n = n / 2;
        steps = steps | 1;
    }
    steps
}

fn main() {
    let _ = countdown(9);
}

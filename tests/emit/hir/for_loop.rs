fn main() {
    let mut sum = 0u32;
    for i in 0..4 {
        sum += i;
    }
    'outer: for a in 1..=2 {
        for b in 0..a {
            if b == 1 {
                continue 'outer;
            }
            sum += b;
        }
    }
    let _ = sum;
}

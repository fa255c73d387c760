fn main() {
    let mut sum = 0u64;
    for i in 0..10 {
        sum += i;
    }
    'rows: for row in 1..=3 {
        for col in 0..row {
            if col == 2 {
                continue 'rows;
            }
            sum += col;
        }
    }
    for _ in 0..0 {}
    let _ = sum;
}

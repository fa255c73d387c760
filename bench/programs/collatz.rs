// Longest Collatz chain: data-dependent branches in a hot loop.

fn chain_length(start: u64) -> u64 {
    let mut n = start;
    let mut steps: u64 = 1;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    steps
}

fn main() {
    let mut best_start: u64 = 1;
    let mut best_length: u64 = 1;
    let mut total: u64 = 0;
    for start in 1..400_000u64 {
        let length = chain_length(start);
        total += length;
        if length > best_length {
            best_length = length;
            best_start = start;
        }
    }
    println!("longest chain below 400000 starts at {} ({} terms)", best_start, best_length);
    println!("total terms: {}", total);
}

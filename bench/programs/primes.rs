// Counting primes by trial division: division, nested loops and early exits.

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    if n % 2 == 0 {
        return n == 2;
    }
    let mut d: u64 = 3;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 2;
    }
    true
}

fn main() {
    let limit: u64 = 1_500_000;
    let mut count: u64 = 0;
    let mut sum: u64 = 0;
    let mut largest_gap: u64 = 0;
    let mut previous: u64 = 2;
    for n in 2..limit {
        if is_prime(n) {
            count += 1;
            sum += n;
            if n - previous > largest_gap {
                largest_gap = n - previous;
            }
            previous = n;
        }
    }
    println!("primes below {}: {}", limit, count);
    println!("their sum: {}", sum);
    println!("largest gap: {}", largest_gap);
}

// Sums of gcds and a coprimality count: Euclid's algorithm in a double loop.

fn gcd(a: u64, b: u64) -> u64 {
    let mut x = a;
    let mut y = b;
    while y != 0 {
        let r = x % y;
        x = y;
        y = r;
    }
    x
}

fn gcd_recursive(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd_recursive(b, a % b)
    }
}

fn main() {
    let n: u64 = 1500;
    let mut sum: u64 = 0;
    let mut coprime: u64 = 0;
    for i in 1..n + 1 {
        for j in 1..n + 1 {
            let g = gcd(i, j);
            sum += g;
            if g == 1 {
                coprime += 1;
            }
        }
    }
    let mut check: u64 = 0;
    for i in 1..300u64 {
        for j in 1..300u64 {
            check += gcd_recursive(i * 7 + 1, j * 11 + 3);
        }
    }
    println!("sum of gcd(i, j) for i, j <= {}: {}", n, sum);
    println!("coprime pairs: {}", coprime);
    println!("recursive check: {}", check);
}

// The Takeuchi and Ackermann functions: deep, branchy recursion.

fn tak(x: i64, y: i64, z: i64) -> i64 {
    if y < x {
        tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    } else {
        z
    }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn main() {
    let mut total: i64 = 0;
    for i in 0..300 {
        total += tak(18 + i % 3, 12, 6 - i % 2);
    }
    println!("sum of 300 tak calls = {}", total);
    for n in 1..9 {
        println!("ackermann(2, {}) = {}", n, ackermann(2, n));
    }
    println!("ackermann(3, 7) = {}", ackermann(3, 7));
}

// Recursive and iterative Fibonacci: call overhead and a tight loop.

fn fib(n: u64) -> u64 {
    if n < 2 {
        n
    } else {
        fib(n - 1) + fib(n - 2)
    }
}

fn fib_iter(n: u64) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut i: u64 = 0;
    while i < n {
        let next = a + b;
        a = b;
        b = next;
        i += 1;
    }
    a
}

fn main() {
    for n in 25..36 {
        println!("fib({}) = {}", n, fib(n));
    }
    let mut checksum: u64 = 0;
    for round in 0..200000u64 {
        checksum = (checksum + fib_iter(round % 90)) % 1_000_000_007;
    }
    println!("iterative checksum = {}", checksum);
}

fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn gcd(mut a: u32, mut b: u32) -> u32 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn swap(pair: (i32, i32)) -> (i32, i32) {
    (pair.1, pair.0)
}

fn early(n: i32) -> &'static str {
    if n < 0 {
        return "negative";
    }
    if n == 0 {
        return "zero";
    }
    "positive"
}

fn main() {
    println!("{}", add(2, 3));
    println!("{}", fib(20));
    println!("{}", gcd(1071, 462));
    println!("{:?}", swap((1, 2)));
    println!("{} {} {}", early(-5), early(0), early(5));
}

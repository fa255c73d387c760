fn main() {
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);
    let mut count = 0;
    count += 10;
    count -= 3;
    count *= 2;
    println!("count = {count}");
    let (a, b) = (1, 2);
    let (mut c, d);
    c = a + b;
    d = c * 2;
    c += d;
    println!("{a} {b} {c} {d}");
    let t = (1, "two", '3', true);
    println!("{} {} {} {}", t.0, t.1, t.2, t.3);
}

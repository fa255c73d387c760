// Non-capturing closures coerce to function pointers, and function items and closures of
// different types meet at a function pointer type in arrays, `if`/`else` and `match` arms.
fn double(x: i32) -> i32 {
    x * 2
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn apply_all(fs: &[fn(i32) -> i32], v: i32) -> Vec<i32> {
    fs.iter().map(|f| f(v)).collect()
}

fn main() {
    let f: fn(i32) -> i32 = |x| x - 1;
    println!("{}", f(5));
    let table = [double, |x| x * x, |x| x - 1];
    println!("{:?}", apply_all(&table, 7));
    let g: fn() -> &'static str = || "hi";
    let h: fn(u8, u8) -> u16 = |a, b| a as u16 * 256 + b as u16;
    println!("{} {}", g(), h(1, 2));
    let mut ops: Vec<(&str, fn(f64, f64) -> f64)> = Vec::new();
    ops.push(("add", |a, b| a + b));
    ops.push(("max", f64::max));
    for (n, op) in &ops {
        println!("{} {}", n, op(2.5, 4.0));
    }
    let s: fn(String) -> usize = |s| s.len();
    println!("{}", s(String::from("hello")));
    let c = std::hint::black_box(true);
    let pick = if c { double } else { triple };
    let other = if !c { double } else { triple };
    let m = match std::hint::black_box(3) {
        1 => double,
        2 => triple,
        _ => |x| x + 100,
    };
    println!("{} {} {}", pick(2), other(2), m(2));
}

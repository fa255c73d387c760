//@ compile-flags: --cfg fast --cfg mode="two"
// `#[cfg]` and `#[cfg_attr]` on items, statements, expressions and fields, with `--cfg`
// names and key-value pairs, `all`/`any`/`not`, and the `cfg!` macro.
#![allow(dead_code)]

#[cfg(fast)]
fn speed() -> &'static str {
    "fast"
}

#[cfg(not(fast))]
fn speed() -> &'static str {
    "slow"
}

#[cfg_attr(fast, derive(Debug))]
struct Config {
    #[cfg(mode = "two")]
    two: u8,
    #[cfg(mode = "one")]
    one: u8,
}

#[cfg(all(fast, any(mode = "one", mode = "two")))]
const LEVEL: u32 = 2;
#[cfg(not(all(fast, any(mode = "one", mode = "two"))))]
const LEVEL: u32 = 0;

fn main() {
    println!("{}", speed());
    let c = Config { two: 2 };
    println!("{:?}", c);
    #[cfg(fast)]
    println!("statement kept");
    #[cfg(not(fast))]
    println!("statement removed");
    let v = vec![1, #[cfg(mode = "one")] 2, 3];
    println!("{:?} {}", v, LEVEL);
    println!("{} {} {}", cfg!(fast), cfg!(mode = "two"), cfg!(target_os = "linux"));
    if cfg!(debug_assertions) {
        println!("debug assertions on");
    }
}

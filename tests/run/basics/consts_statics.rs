const LIMIT: u32 = 10;
const SQUARES: [u32; 4] = [0, 1, 4, 9];
const GREETING: &str = "hi";
static COUNTER_START: i64 = -3;
static mut HITS: u32 = 0;

const fn triple(x: u32) -> u32 {
    x * 3
}

const TRIPLED: u32 = triple(LIMIT);

struct Config;

impl Config {
    const VERSION: (u8, u8) = (1, 2);
}

fn hit() {
    unsafe {
        HITS += 1;
    }
}

fn main() {
    println!("{} {:?} {} {}", LIMIT, SQUARES, GREETING, COUNTER_START);
    println!("{}", TRIPLED);
    println!("{:?}", Config::VERSION);
    hit();
    hit();
    println!("{}", unsafe { HITS });
    let arr = [0u8; LIMIT as usize];
    println!("{}", arr.len());
}

struct Config {
    level: u32,
}

fn describe(c: Config) -> u32 {
    c.level
}

fn main() {
    let config = Config { level: 3 };
    let show = move || describe(config);
    println!("{} {}", show(), config.level); //~ ERROR borrow of moved value: `config`
}

fn main() {
    print!("Hello, ");
    print!("{}", "world");
    println!("!");
    println!();
    eprintln!("to stderr");
    eprint!("no newline on stderr");
}

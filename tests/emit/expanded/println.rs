fn main() {
    let x = 5;
    println!("x = {}", x);
    println!("{x:>4} {:?}", (1, 2));
    eprint!("done");
}

fn main() {
    let maybe = Some(String::from("x"));
    if let Some(s) = maybe {
        println!("{s}");
    }
    println!("{:?}", maybe); //~ ERROR borrow of partially moved value: `maybe`
}

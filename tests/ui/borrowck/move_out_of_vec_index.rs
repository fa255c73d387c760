fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first = names[0]; //~ ERROR cannot move out of index of `Vec<String>`
    println!("{first}");
}

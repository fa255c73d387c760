fn main() {
    let name = String::from("once");
    let consume = || drop(name);
    consume();
    consume(); //~ ERROR use of moved value: `consume`
}

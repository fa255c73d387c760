fn main() {
    let mut names: Vec<&String> = Vec::new();
    {
        let name = String::from("temp");
        names.push(&name); //~ ERROR `name` does not live long enough
    }
    println!("{:?}", names);
}

fn main() {
    let v = [1, 2, 3];
    let i = v.len() + 2;
    println!("{}", v[i]);
}

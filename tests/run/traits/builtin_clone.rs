#[derive(Clone, Debug)]
struct S(String);
fn main() {
    let t = (String::from("a"), 5, S(String::from("b")));
    let u = t.clone();
    println!("{:?}", u);
    let arr = [String::from("x"), String::from("y")];
    let arr2 = arr.clone();
    println!("{:?}", arr2);
    let v = String::from("cap");
    let c = move || v.len();
    let c2 = c.clone();
    println!("{} {}", c(), c2());
    let unit = ();
    let u2 = unit.clone();
    println!("{:?}", u2);
    println!("{:?}", vec![(); 3]);
}

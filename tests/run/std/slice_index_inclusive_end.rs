// Indexing a slice by an inclusive range past its end panics at the caller, naming the
// inclusive end as Rust does.
fn main() {
    let v = vec![10, 20, 30];
    println!("{:?} {:?}", &v[1..=2], &v[..=0]);
    let end = 3;
    println!("{:?}", &v[2..=end]);
}

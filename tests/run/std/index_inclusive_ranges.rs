// Slicing slices and strs by inclusive ranges: get and get_mut at the edges, exhausted
// ranges, RangeToInclusive.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    println!("{:?} {:?} {:?}", &v[0..=3], &v[3..=2], &v[..=1]);
    println!("{:?} {:?} {:?} {:?}", v.get(0..=3), v.get(0..=4), v.get(4..=3), v.get(5..=3));
    println!("{:?} {:?}", v.get(2..=0), v.get(..=3));
    if let Some(s) = v.get_mut(1..=2) {
        s[0] = 20;
        s[1] = 30;
    }
    v[..=0][0] = 10;
    println!("{:?}", v);

    let mut r = 1..=2;
    for _ in &mut r {}
    println!("{:?} {:?} {:?}", r, &v[r.clone()], v.get(r.clone()));

    let s = "héllo";
    println!("{:?} {:?} {:?}", &s[0..=2], s.get(0..=1), s.get(1..=2));
    println!("{:?} {:?} {:?}", s.get(..=5), s.get(..=6), s.get(6..=5));
    let mut owned = String::from("abc");
    owned[1..=1].make_ascii_uppercase();
    owned.as_mut_str()[..=0].make_ascii_uppercase();
    println!("{}", owned);
}

// Vec: retain, retain_mut, dedup, dedup_by_key, dedup_by.
fn main() {
    let mut v: Vec<i32> = (1..=12).collect();
    v.retain(|x| x % 3 != 0);
    println!("{:?}", v);
    v.retain_mut(|x| {
        *x *= 10;
        *x < 80
    });
    println!("{:?}", v);
    v.retain(|_| false);
    println!("{:?}", v);

    let mut names = vec![String::from("ann"), String::from("bob"), String::from("al")];
    names.retain(|n| n.starts_with('a'));
    println!("{:?}", names);

    let mut d = vec![1, 1, 2, 3, 3, 3, 1, 4, 4];
    d.dedup();
    println!("{:?}", d);
    let mut e: Vec<i32> = Vec::new();
    e.dedup();
    println!("{:?}", e);

    let mut k = vec![10, 11, 20, 21, 22, 30, 15];
    k.dedup_by_key(|x| *x / 10);
    println!("{:?}", k);

    let mut s = vec!["foo", "FOO", "bar", "Bar", "baz", "foo"];
    s.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?}", s);

    let mut words = vec![String::from("a"), String::from("a"), String::from("b")];
    words.dedup();
    println!("{:?}", words);
}

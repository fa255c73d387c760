// Vec indexing by ranges and the slice methods reached through Deref.
fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    println!("{:?} {:?} {:?}", &v[1..3], &v[..2], &v[4..]);
    println!("{:?} {:?} {:?}", &v[..], &v[..=1], &v[2..=3]);
    println!("{:?} {:?} {:?}", v.get(1), v.get(10), v.get(1..3));
    if let Some(x) = v.get_mut(0) {
        *x = 50;
    }
    v[1..3].reverse();
    println!("{:?}", v);
    println!("{} {}", v.contains(&9), v.contains(&7));
    println!("{:?} {:?}", v.first(), v.last());
    println!("{:?}", v.iter().rev().collect::<Vec<_>>());
    v.sort_unstable();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&8), v.binary_search(&4));
    for w in v.windows(2) {
        print!("{:?}", w);
    }
    println!();
    for c in v.chunks(4) {
        print!("{:?}", c);
    }
    println!();
    v.swap(0, 5);
    println!("{:?}", v);
    let (l, r) = v.split_at(2);
    println!("{:?} {:?}", l, r);
    println!("{}", v.iter().map(|x| x * 2).filter(|x| *x > 10).count());
    println!("{:?}", v.iter().position(|&x| x == 8));
    v.rotate_left(2);
    println!("{:?}", v);
    println!("{} {}", v.starts_with(&[3]), v.ends_with(&[1, 50]));
    v.fill(7);
    println!("{:?}", v);
    let total: i32 = v.iter().sum();
    println!("{}", total);
}

// Comparing mutable references: <, max, sorting and min/max of iter_mut(), and == between
// & and &mut.
use std::cmp::Ordering;

fn main() {
    let mut a = 3;
    let mut b = 7;
    let (x, y) = (&mut a, &mut b);
    println!("{} {} {} {}", x < y, x >= y, x == y, x != y);
    println!("{:?} {:?}", x.partial_cmp(&y), x.cmp(&y));
    println!("{:?}", std::cmp::max(x, y));

    let mut v = vec![4, 9, 2, 9, 1];
    if let Some(m) = v.iter_mut().max() {
        *m += 100;
    }
    if let Some(m) = v.iter_mut().min() {
        *m -= 100;
    }
    println!("{:?}", v);
    let mut refs: Vec<&mut i32> = v.iter_mut().collect();
    refs.sort();
    println!("{:?}", refs);
    refs.sort_by(|p, q| q.cmp(p));
    *refs[0] = 0;
    println!("{:?}", v);

    let mut words = vec![String::from("pear"), String::from("fig"), String::from("apple")];
    let longest = words.iter_mut().max_by_key(|w| w.len()).unwrap();
    longest.push('!');
    let first = words.iter_mut().min().unwrap();
    first.make_ascii_uppercase();
    println!("{:?}", words);

    let mut c = 5;
    let r = &5;
    let m = &mut c;
    println!("{} {}", r == m, m == r);
    let mut f = 1.5f64;
    let mut g = f64::NAN;
    let (p, q) = (&mut f, &mut g);
    println!("{:?} {} {}", p.partial_cmp(&q), p < q, p > q);
    println!("{:?}", (&mut 1, &mut 'z').cmp(&(&mut 1, &mut 'a')) == Ordering::Greater);
}

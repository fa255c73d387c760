// HashSet: insert/remove/contains and the set operations (results sorted to print).
use std::collections::HashSet;

fn sorted(it: impl Iterator<Item = i32>) -> Vec<i32> {
    let mut v: Vec<i32> = it.collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = [1, 2, 3, 4, 5].into_iter().collect();
    let b: HashSet<i32> = HashSet::from([4, 5, 6, 7]);
    println!("{:?}", sorted(a.union(&b).copied()));
    println!("{:?}", sorted(a.intersection(&b).copied()));
    println!("{:?}", sorted(a.difference(&b).copied()));
    println!("{:?}", sorted(a.symmetric_difference(&b).copied()));
    println!("{:?}", sorted((&a | &b).into_iter()));
    println!("{:?}", sorted((&a & &b).into_iter()));
    println!("{:?}", sorted((&a - &b).into_iter()));
    println!("{:?}", sorted((&a ^ &b).into_iter()));
    let small: HashSet<i32> = [2, 3].into();
    println!("{} {} {}", small.is_subset(&a), a.is_superset(&small), small.is_disjoint(&b));
    let mut s = HashSet::new();
    println!("{} {} {}", s.insert("x"), s.insert("y"), s.insert("x"));
    println!("{} {} {:?}", s.contains("x"), s.remove("x"), s.get("y"));
    println!("{:?} {}", s, s.len());
    let mut t: HashSet<char> = "hello world".chars().collect();
    t.retain(|c| c.is_alphabetic());
    let mut v: Vec<char> = t.iter().cloned().collect();
    v.sort();
    println!("{:?}", v);
    println!("{}", a == [5, 4, 3, 2, 1].into_iter().collect::<HashSet<_>>());
}

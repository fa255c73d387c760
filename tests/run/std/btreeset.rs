// BTreeSet: ordered, set operations as ordered iterators and operators, ranges.
use std::collections::BTreeSet;

fn main() {
    let a: BTreeSet<i32> = [5, 1, 3, 9, 7].into_iter().collect();
    let b = BTreeSet::from([3, 4, 5, 6]);
    println!("{:?} {:?}", a, b);
    println!("{:?}", a.union(&b).collect::<Vec<_>>());
    println!("{:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("{:?}", a.difference(&b).collect::<Vec<_>>());
    println!("{:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    println!("{:?} {:?}", &a | &b, &a & &b);
    println!("{:?} {:?}", &a - &b, &a ^ &b);
    println!("{:?} {:?} {:?}", a.first(), a.last(), a.range(2..8).collect::<Vec<_>>());
    let mut s = a.clone();
    println!("{} {} {}", s.insert(4), s.insert(4), s.remove(&1));
    println!("{:?} {} {}", s, s.contains(&4), s.len());
    println!("{:?} {:?}", s.pop_first(), s.pop_last());
    println!("{} {}", BTreeSet::from([3, 5]).is_subset(&a), a.is_disjoint(&BTreeSet::from([2, 4])));
    let words: BTreeSet<&str> = "the cat sat on the mat".split(' ').collect();
    println!("{:?}", words);
    println!("{:?}", words.iter().rev().collect::<Vec<_>>());
    let mut evens: BTreeSet<u32> = (0..20).collect();
    evens.retain(|x| x % 2 == 0);
    let upper = evens.split_off(&10);
    println!("{:?} {:?}", evens, upper);
    println!("{}", a < b);
}

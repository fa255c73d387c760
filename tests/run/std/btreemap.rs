// BTreeMap: ordered iteration, the entry API, ranges, first/last, pop, retain,
// split_off, append, Debug, Index, and collecting with duplicate keys.
use std::collections::btree_map::{BTreeMap, Entry};

fn main() {
    let mut m = BTreeMap::new();
    for (i, w) in ["delta", "alpha", "charlie", "bravo", "echo"].iter().enumerate() {
        m.insert(*w, i);
    }
    println!("{:?}", m);
    println!("{:?} {:?}", m.insert("alpha", 10), m.get("bravo"));
    println!("{:?} {:?}", m.first_key_value(), m.last_key_value());
    println!("{:?}", m.keys().collect::<Vec<_>>());
    println!("{:?}", m.values().collect::<Vec<_>>());
    println!("{:?}", m.iter().rev().next());
    for v in m.values_mut() {
        *v *= 2;
    }
    println!("{} {}", m["charlie"], m.contains_key("zulu"));
    println!("{:?}", m.range("b".."d").collect::<Vec<_>>());
    let mut nums: BTreeMap<i32, String> = (1..=10).map(|i| (i * 10, format!("n{}", i))).collect();
    println!("{:?}", nums.range(25..=60).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("{:?}", nums.range(..30).map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>());
    println!("{:?}", nums.range(95..).next());
    for (_, v) in nums.range_mut(40..50) {
        v.push('!');
    }
    println!("{:?}", nums.get(&40));
    println!("{:?} {:?}", nums.pop_first(), nums.pop_last());
    nums.retain(|k, _| k % 20 == 0);
    println!("{:?}", nums);
    let high = nums.split_off(&50);
    println!("{:?} | {:?}", nums, high);
    let mut other = BTreeMap::from([(5, "five".to_string()), (20, "twenty".to_string())]);
    nums.append(&mut other);
    println!("{:?} {}", nums, other.len());

    let mut counts = BTreeMap::new();
    for c in "mississippi".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    println!("{:?}", counts);
    counts.entry('s').and_modify(|n| *n += 100);
    let e = counts.entry('z');
    match e {
        Entry::Vacant(v) => {
            v.insert(26);
        }
        Entry::Occupied(_) => unreachable!(),
    }
    if let Entry::Occupied(o) = counts.entry('m') {
        println!("removed {:?}", o.remove_entry());
    }
    println!("{:#?}", counts);
    let dup: BTreeMap<i32, &str> = vec![(2, "a"), (1, "b"), (2, "c")].into_iter().collect();
    println!("{:?}", dup);
    let mut groups: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in "one two three four five six".split(' ') {
        groups.entry(w.len()).or_default().push(w);
    }
    println!("{:?}", groups);
    let total: usize = groups.into_values().map(|v| v.len()).sum();
    println!("{}", total);
    let a = BTreeMap::from([(1, 'a')]);
    let b = BTreeMap::from([(1, 'b')]);
    println!("{} {} {:?}", a == b, a < b, a.clone().into_iter().next());
}

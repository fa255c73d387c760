// HashMap: insert, get, remove, the entry API, iteration (sorted before printing, as
// Rust's order is random), Index, PartialEq, FromIterator, Extend.
use std::collections::hash_map::{Entry, HashMap};

fn sorted<K: Ord + Clone, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn main() {
    let mut m = HashMap::new();
    println!("{} {} {:?}", m.len(), m.is_empty(), m);
    m.insert("one", 1);
    m.insert("two", 2);
    m.insert("three", 3);
    println!("{:?} {:?}", m.insert("two", 22), m.insert("four", 4));
    println!("{:?} {:?} {}", m.get("two"), m.get("five"), m.contains_key("one"));
    println!("{}", m["three"]);
    if let Some(v) = m.get_mut("one") {
        *v += 100;
    }
    println!("{:?}", sorted(&m));
    println!("{:?} {:?}", m.remove("one"), m.remove("one"));
    println!("{:?}", m.remove_entry("four"));
    println!("{:?} len={}", sorted(&m), m.len());

    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for w in text.split(' ') {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    println!("{:?}", sorted(&counts));
    let mut lens: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split(' ') {
        lens.entry(w.len()).or_default().push(w);
    }
    let mut keys: Vec<_> = lens.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {:?}", k, lens[&k]);
    }
    counts.entry("fox".to_string()).and_modify(|c| *c *= 10).or_insert(7);
    counts.entry("cat".to_string()).and_modify(|c| *c *= 10).or_insert(7);
    println!("{} {}", counts["fox"], counts["cat"]);
    match counts.entry("the".to_string()) {
        Entry::Occupied(o) => {
            let k = o.key().clone();
            println!("occupied {} {}", k, o.remove())
        }
        Entry::Vacant(_) => println!("vacant"),
    }
    match counts.entry("zebra".to_string()) {
        Entry::Occupied(_) => println!("occupied"),
        Entry::Vacant(v) => {
            let k = v.key().clone();
            println!("vacant {} -> {}", k, v.insert(1))
        }
    }
    println!("{}", counts.len());

    let a: HashMap<i32, char> = [(1, 'a'), (2, 'b'), (3, 'c')].into_iter().collect();
    let mut b = HashMap::from([(3, 'c'), (2, 'b')]);
    println!("{}", a == b);
    b.extend([(1, 'a')]);
    println!("{} {}", a == b, a.len());
    let mut total = 0;
    for (k, v) in &a {
        total += *k * (*v as i32);
    }
    println!("{}", total);
    let mut b2 = b.clone();
    for v in b2.values_mut() {
        *v = v.to_ascii_uppercase();
    }
    let mut vals: Vec<char> = b2.into_values().collect();
    vals.sort();
    println!("{:?}", vals);
    b.retain(|k, _| k % 2 == 1);
    println!("{:?}", sorted(&b));
    let mut drained: Vec<(i32, char)> = b.drain().collect();
    drained.sort();
    println!("{:?} {}", drained, b.is_empty());
    let single: HashMap<&str, Vec<i32>> = HashMap::from([("k", vec![1, 2])]);
    println!("{:?}", single);
    println!("{:#?}", single);
}

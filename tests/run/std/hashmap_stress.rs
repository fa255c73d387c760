// HashMap and HashSet with many keys: growth, removal (which moves entries), and
// lookups of every key, checked against a BTreeMap.
use std::collections::{BTreeMap, HashMap, HashSet};

fn main() {
    let mut h: HashMap<u64, u64> = HashMap::new();
    let mut b: BTreeMap<u64, u64> = BTreeMap::new();
    let mut x: u64 = 12345;
    for i in 0..20000u64 {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let k = (x >> 33) % 5000;
        if i % 3 == 2 {
            assert_eq!(h.remove(&k), b.remove(&k));
        } else {
            assert_eq!(h.insert(k, i), b.insert(k, i));
        }
    }
    println!("len {} {}", h.len(), b.len());
    for (k, v) in &b {
        assert_eq!(h.get(k), Some(v));
    }
    for k in 0..5000u64 {
        assert_eq!(h.contains_key(&k), b.contains_key(&k));
    }
    let sum: u64 = h.values().sum();
    let bsum: u64 = b.values().sum();
    println!("sums equal: {}", sum == bsum);
    let mut keys: Vec<u64> = h.keys().copied().collect();
    keys.sort();
    let bkeys: Vec<u64> = b.keys().copied().collect();
    println!("keys equal: {}", keys == bkeys);

    let mut s: HashSet<String> = HashSet::new();
    for i in 0..3000 {
        s.insert(format!("key{}", i % 1000));
    }
    println!("{}", s.len());
    for i in 0..500 {
        s.remove(&format!("key{}", i * 2));
    }
    println!("{} {} {}", s.len(), s.contains("key1"), s.contains("key2"));
    let m: HashMap<usize, usize> = (0..100).map(|i| (i, i * i)).collect();
    println!("{} {}", m[&99], m.capacity() >= 100);
    let c: HashMap<i32, i32> = HashMap::with_capacity(10);
    println!("{}", c.capacity());
    let mut e: HashMap<i32, i32> = HashMap::new();
    println!("{}", e.capacity());
    e.insert(1, 1);
    println!("{}", e.capacity());
    for i in 0..4 {
        e.insert(i, i);
    }
    println!("{}", e.capacity());
}

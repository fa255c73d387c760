// VecDeque: both ends, wrap-around and growth (as_slices shows the split as in Rust),
// insert/remove, rotation, drain, retain, iteration both ways, comparisons, Debug.
use std::collections::VecDeque;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    println!("{} {}", d.capacity(), d.is_empty());
    d.push_back(1);
    d.push_back(2);
    d.push_front(0);
    d.push_front(-1);
    println!("{:?} {:?} cap={}", d, d.as_slices(), d.capacity());
    d.push_back(3);
    println!("{:?} {:?} cap={}", d, d.as_slices(), d.capacity());
    println!("{:?} {:?} {:?} {:?}", d.front(), d.back(), d.get(2), d.get(9));
    println!("{:?} {:?}", d.pop_front(), d.pop_back());
    println!("{:?} len={}", d, d.len());
    d[0] += 10;
    *d.back_mut().unwrap() *= 7;
    println!("{:?} {}", d, d.contains(&14));

    let mut r: VecDeque<i32> = (1..=8).collect();
    r.rotate_left(3);
    println!("{:?}", r);
    r.rotate_right(5);
    println!("{:?}", r);
    r.insert(2, 100);
    r.insert(7, 200);
    println!("{:?}", r);
    println!("{:?} {:?}", r.remove(0), r.remove(20));
    println!("{:?}", r);
    r.retain(|x| x % 2 == 0);
    println!("{:?}", r);
    let drained: Vec<i32> = r.drain(1..3).collect();
    println!("{:?} {:?}", drained, r);
    r.extend([5, 6, 7]);
    let back: Vec<&i32> = r.iter().rev().collect();
    println!("{:?}", back);
    for x in r.iter_mut() {
        *x *= 2;
    }
    println!("{:?}", r);
    r.make_contiguous().sort();
    println!("{:?} {:?}", r, r.as_slices());
    println!("{:?}", r.binary_search(&12));
    let v: Vec<i32> = r.clone().into();
    println!("{:?}", v);
    let mut q = VecDeque::from(vec![1, 2, 3]);
    println!("{} {}", q == vec![1, 2, 3], q == [1, 2, 3]);
    let mut other: VecDeque<i32> = VecDeque::from([9, 8]);
    q.append(&mut other);
    println!("{:?} {:?}", q, other);
    let tail = q.split_off(3);
    println!("{:?} {:?}", q, tail);
    q.truncate(1);
    q.resize(3, 0);
    println!("{:?}", q);
    q.swap(0, 2);
    println!("{:?} {:?}", q, q.iter().map(|x| x + 1).collect::<Vec<_>>());
    let mut ring: VecDeque<usize> = VecDeque::new();
    for i in 0..20 {
        ring.push_back(i);
        if ring.len() > 5 {
            ring.pop_front();
        }
    }
    println!("{:?} {:?}", ring, ring.as_slices());
    let strings: VecDeque<String> = ["a", "b"].iter().map(|s| s.to_string()).collect();
    println!("{:?} {:#?}", strings, strings);
    let total: usize = ring.into_iter().sum();
    println!("{}", total);
    println!("{}", VecDeque::from([1, 2]) < VecDeque::from([1, 3]));
}

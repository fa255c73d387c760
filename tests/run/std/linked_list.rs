// LinkedList: both ends, iteration both ways, append, split_off, contains, Debug, drop.
use std::collections::LinkedList;

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut l = LinkedList::new();
    l.push_back(2);
    l.push_back(3);
    l.push_front(1);
    println!("{:?} len={} {:?} {:?}", l, l.len(), l.front(), l.back());
    println!("{:?}", l.iter().rev().collect::<Vec<_>>());
    for x in l.iter_mut() {
        *x *= 10;
    }
    println!("{:?} {}", l, l.contains(&20));
    let mut other: LinkedList<i32> = [40, 50].into_iter().collect();
    l.append(&mut other);
    println!("{:?} {:?}", l, other);
    let tail = l.split_off(2);
    println!("{:?} {:?}", l, tail);
    println!("{:?} {:?} {:?}", l.pop_front(), l.pop_back(), l.pop_back());
    println!("{}", l.is_empty());
    let c: LinkedList<i32> = tail.clone();
    println!("{}", c == tail);
    let v: Vec<i32> = tail.into_iter().collect();
    println!("{:?}", v);
    let mut n = LinkedList::new();
    n.push_back(Noisy(1));
    n.push_back(Noisy(2));
    n.push_front(Noisy(0));
    drop(n.pop_back());
    println!("dropping list");
    drop(n);
    let mut long: LinkedList<u32> = LinkedList::new();
    for i in 0..100000 {
        long.push_back(i);
    }
    println!("{}", long.iter().fold(0u64, |a, &b| a + b as u64));
}

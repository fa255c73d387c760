// BinaryHeap: the internal order (shown by Debug and into_vec) follows Rust's sifting;
// pop order, peek_mut, into_sorted_vec, Reverse for a min-heap, extend and append.
use std::cmp::Reverse;
use std::collections::BinaryHeap;

fn main() {
    let mut h = BinaryHeap::new();
    for x in [5, 1, 8, 3, 9, 2, 7, 4, 6, 0] {
        h.push(x);
    }
    println!("{:?} len={} peek={:?}", h, h.len(), h.peek());
    println!("{:?} {:?}", h.pop(), h.pop());
    println!("{:?}", h);
    if let Some(mut top) = h.peek_mut() {
        *top = 1;
    }
    println!("{:?}", h);
    let from_vec = BinaryHeap::from(vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    println!("{:?}", from_vec);
    println!("{:?}", from_vec.clone().into_sorted_vec());
    println!("{:?}", from_vec.clone().into_vec());
    let mut order = Vec::new();
    let mut f = from_vec;
    while let Some(x) = f.pop() {
        order.push(x);
    }
    println!("{:?}", order);

    let mut mins = BinaryHeap::new();
    for x in [5, 1, 8, 3] {
        mins.push(Reverse(x));
    }
    println!("{:?}", mins.pop().map(|Reverse(x)| x));
    println!("{:?}", mins);

    let mut a: BinaryHeap<i32> = [1, 10, 5].into_iter().collect();
    a.extend(vec![7, 3]);
    println!("{:?}", a);
    let mut b = BinaryHeap::from([20, 2]);
    a.append(&mut b);
    println!("{:?} {}", a, b.is_empty());
    a.retain(|x| x % 2 == 1);
    println!("{:?}", a);
    let mut tasks: BinaryHeap<(u32, &str)> = BinaryHeap::new();
    tasks.push((2, "write"));
    tasks.push((5, "fix"));
    tasks.push((1, "rest"));
    while let Some((p, t)) = tasks.pop() {
        println!("{} {}", p, t);
    }
    let s: i32 = a.iter().sum();
    println!("{}", s);
}

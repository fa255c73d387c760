// Slice methods: binary searches (Rust's probe order with duplicates), partition_point,
// unstable sorts, select_nth_unstable, chunk/window/split iterators, copy_within, fills.
#[derive(Debug)]
struct Assignment {
    topic: String,
    partition: i32,
}

fn main() {
    let xs = vec![
        Assignment { topic: "abc".into(), partition: 1 },
        Assignment { topic: "def".into(), partition: 2 },
        Assignment { topic: "ghi".into(), partition: 3 },
    ];
    let key: &str = "def";
    let r = xs.binary_search_by_key(&key, |e| &e.topic);
    println!("{:?} {}", r, xs[0].partition);
    let v = [1, 2, 2, 2, 2, 3, 5, 5, 8, 13];
    for x in 0..15 {
        print!("{:?} ", v.binary_search(&x));
    }
    println!();
    println!("{:?}", v.binary_search_by(|p| p.cmp(&5).reverse().reverse()));
    println!("{}", v.partition_point(|&x| x < 5));
    let mut big: Vec<u64> = (0..1000).map(|i| (i * 7919) % 1009).collect();
    big.sort_unstable();
    println!("{} {} {}", big[0], big[500], big.windows(2).all(|w| w[0] <= w[1]));
    let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
    pairs.sort_unstable_by_key(|p| p.0);
    println!("{:?}", pairs);
    pairs.sort_unstable_by(|a, b| b.1.cmp(&a.1));
    println!("{:?}", pairs);
    let mut s = [5, 1, 4, 2, 3];
    let (l, m, r) = s.select_nth_unstable(2);
    println!("{:?} {} {:?}", l.len(), m, r.len());
    let mut a = [1, 2, 3, 4, 5, 6, 7];
    for c in a.chunks_mut(3) {
        c.reverse();
    }
    println!("{:?}", a);
    println!("{:?}", a.chunks_exact(3).remainder());
    println!("{:?}", a.chunks_exact(3).collect::<Vec<_>>());
    println!("{:?}", a.rchunks(3).collect::<Vec<_>>());
    println!("{:?}", a.chunks(3).rev().collect::<Vec<_>>());
    println!("{:?}", a.windows(3).rev().collect::<Vec<_>>());
    println!("{:?}", [1, 0, 2, 3, 0, 0, 4].split(|&x| x == 0).collect::<Vec<_>>());
    a.copy_within(0..2, 5);
    println!("{:?}", a);
    a.fill_with(Default::default);
    println!("{:?} {} {}", a, [1, 2, 2].is_sorted(), [3, 1].is_sorted());
    let mut b = [9, 9];
    let mut c = [1, 2];
    b.swap_with_slice(&mut c);
    println!("{:?} {:?}", b, c);
    println!("{:?} {:?}", [[1, 2], [3, 4]].concat(), ["a", "b"].concat());
    let mut r = [1, 2, 3, 4, 5];
    r.rotate_left(2);
    println!("{:?}", r);
    r.rotate_right(1);
    println!("{:?} {:?} {:?} {:?}", r, r.first(), r.last(), r.split_at(2));
    println!("{} {} {}", r.contains(&4), r.starts_with(&[5, 3]), r.ends_with(&[2]));
    r.swap(0, 4);
    r.reverse();
    r.fill(7);
    println!("{:?} {:?}", r, r.iter().rev().collect::<Vec<_>>());
    if let Some((first, rest)) = r.split_first_mut() {
        *first = 0;
        rest[0] = 1;
    }
    println!("{:?}", r);
}

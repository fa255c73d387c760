// Iterator::partition, unzip, scan, cycle, try_fold, try_for_each, rposition, max_by_key and
// min_by_key, collecting and extending pairs, and rev() and len() through more adapters.
use std::collections::HashMap;
use std::ops::ControlFlow;

fn main() {
    // partition and unzip
    let (even, odd): (Vec<i32>, Vec<i32>) = (1..=10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    let (short, long): (Vec<&str>, Vec<&str>) = ["a", "bbb", "cc", "dddd"].iter().partition(|s| s.len() < 3);
    println!("{:?} {:?}", short, long);
    let (nums, names): (Vec<i32>, Vec<String>) = vec![(1, "one".to_string()), (2, "two".to_string())].into_iter().unzip();
    println!("{:?} {:?}", nums, names);
    let (keys, vals): (Vec<char>, String) = [('x', 'a'), ('y', 'b')].iter().cloned().unzip();
    println!("{:?} {:?}", keys, vals);
    let (a, b): (Vec<u8>, Vec<u8>) = Vec::<(u8, u8)>::new().into_iter().unzip();
    println!("{:?} {:?}", a, b);
    let mut pair = (vec![0], String::from(">"));
    pair.extend(vec![(1, 'p'), (2, 'q')]);
    println!("{:?}", pair);
    let (squares, cubes): (Vec<u32>, Vec<u32>) = (1..4u32).map(|x| (x * x, x * x * x)).collect();
    println!("{:?} {:?}", squares, cubes);

    // scan
    let running: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{:?}", running);
    let until: Vec<i32> = (1..).scan(1, |p, x| {
        *p *= x;
        if *p > 200 { None } else { Some(*p) }
    }).collect();
    println!("{:?}", until);
    let mut sc = (1..5).scan(String::new(), |s, x| {
        s.push_str(&x.to_string());
        Some(s.clone())
    });
    println!("{:?} {:?}", sc.next(), sc.size_hint());
    println!("{:?}", sc.collect::<Vec<_>>());

    // cycle
    let c: Vec<char> = "abc".chars().cycle().take(8).collect();
    println!("{:?}", c);
    let c: Vec<&i32> = [1, 2].iter().cycle().skip(1).take(5).collect();
    println!("{:?}", c);
    println!("{:?}", (1..4).map(|x| x * 2).filter(|x| x % 3 != 0).cycle().take(7).collect::<Vec<_>>());
    println!("{:?}", [[1, 2], [3, 4]].iter().flatten().cycle().take(5).collect::<Vec<_>>());
    println!("{:?}", [1, 2, 3].chunks(2).zip("ab".chars()).cycle().nth(2));
    let mut empty = std::iter::empty::<i32>().cycle();
    println!("{:?} {:?}", empty.next(), empty.size_hint());
    println!("{:?} {:?}", (0..3).cycle().size_hint(), (0..0).cycle().size_hint());

    // try_fold and try_for_each
    let mut it = [1, 2, 3, 4, 5].iter();
    let sum: Option<i32> = it.try_fold(0i32, |acc, &x| acc.checked_add(x));
    println!("{:?} {:?}", sum, it.next());
    let mut it = [100u8, 100, 100, 7].iter();
    let sum = it.try_fold(0u8, |acc, &x| acc.checked_add(x));
    println!("{:?} left {:?}", sum, it.as_slice());
    let r: Result<i32, String> = ["1", "2", "x", "4"].iter().try_fold(0, |acc, s| {
        s.parse::<i32>().map(|n| acc + n).map_err(|e| format!("{}: {}", s, e))
    });
    println!("{:?}", r);
    let mut seen = Vec::new();
    let r = (1..10).try_for_each(|x| {
        seen.push(x);
        if x == 4 { Err(x) } else { Ok(()) }
    });
    println!("{:?} {:?}", r, seen);
    let r: Option<()> = [1, 2, 3].iter().try_for_each(|&x| if x > 0 { Some(()) } else { None });
    println!("{:?}", r);
    let cf = (1..).try_for_each(|x| if x * x > 50 { ControlFlow::Break(x) } else { ControlFlow::Continue(()) });
    println!("{:?}", cf);
    let cf = [3, 1, 4, 1, 5].iter().try_fold(0, |acc, &x| {
        if acc + x > 8 { ControlFlow::Break(acc) } else { ControlFlow::Continue(acc + x) }
    });
    println!("{:?}", cf);
    let mut rit = 1..=6;
    let back = rit.try_rfold(0, |acc, x| if acc > 8 { None } else { Some(acc + x) });
    println!("{:?} {:?}", back, rit);

    // rposition
    let v = [1, 2, 3, 2, 1];
    println!("{:?} {:?} {:?}", v.iter().rposition(|&x| x == 2), v.iter().rposition(|&x| x == 9), v.iter().position(|&x| x == 2));
    let mut it = v.iter();
    println!("{:?} {:?}", it.rposition(|&x| x == 3), it.as_slice());

    // max_by_key and min_by_key: the last maximum and the first minimum
    let words = ["apple", "fig", "banana", "kiwi", "cherry"];
    println!("{:?} {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    let pairs = [(1, 'a'), (3, 'b'), (3, 'c'), (1, 'd')];
    println!("{:?} {:?}", pairs.iter().max_by_key(|p| p.0), pairs.iter().min_by_key(|p| p.0));
    println!("{:?}", std::iter::empty::<i32>().max_by_key(|&x| x));

    // rev and len through adapters
    let v = vec![10, 20, 30, 40, 50];
    println!("{:?}", v.iter().skip(1).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().take(3).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().zip(v.iter().skip(2)).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().enumerate().skip(1).take(3).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().filter_map(|&x| if x != 30 { Some(x / 10) } else { None }).rev().collect::<Vec<_>>());
    println!("{:?}", v.iter().fuse().rev().inspect(|_| ()).collect::<Vec<_>>());
    println!("{:?}", vec![vec![1, 2], vec![], vec![3]].into_iter().flatten().rev().collect::<Vec<_>>());
    println!("{:?}", (1..4).flat_map(|x| 0..x).rev().collect::<Vec<_>>());
    let mut fm = (1..4).flat_map(|x| vec![x; x]);
    println!("{:?} {:?} {:?}", fm.next(), fm.next_back(), fm.collect::<Vec<_>>());
    let mut pk = v.iter().peekable();
    println!("{:?}", pk.peek());
    println!("{:?}", pk.next_back());
    println!("{:?}", pk.len());
    println!("{:?}", pk.rev().collect::<Vec<_>>());
    println!("{:?}", v.chunks(2).rev().collect::<Vec<_>>());
    println!("{:?}", v.windows(4).rev().collect::<Vec<_>>());
    println!("{} {} {} {}", v.iter().skip(2).len(), v.iter().take(9).len(), v.iter().zip(0..3).len(), v.iter().cloned().len());
    println!("{} {} {}", v.chunks(2).len(), v.windows(2).len(), v.iter().copied().peekable().len());
    let mut m = vec![3, 1, 2];
    for (i, x) in m.iter_mut().enumerate().rev() {
        *x += i * 10;
    }
    println!("{:?}", m);
    println!("{}", m.iter_mut().len());
    let h: HashMap<i32, i32> = (0..3).zip((10..13).rev()).collect();
    let mut hv: Vec<_> = h.into_iter().collect();
    hv.sort();
    println!("{:?}", hv);
}

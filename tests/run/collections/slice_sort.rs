// The stable sorts, and to_vec, concat, join, repeat on slices.
fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

fn main() {
    let mut v = vec![5, 2, 9, 1, 5, 6];
    v.sort();
    println!("{:?}", v);
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    let mut words = vec!["banana", "Apple", "cherry", "apple", "fig"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort_by_cached_key(|w| w.chars().rev().collect::<String>());
    println!("{:?}", words);

    // Stability on a long input: sort pairs by key only and check the order of equal keys.
    let mut seed = 42;
    let mut pairs: Vec<(u64, usize)> = (0..1000usize).map(|i| (lcg(&mut seed) % 10, i)).collect();
    pairs.sort_by_key(|p| p.0);
    let mut ok = true;
    for w in pairs.windows(2) {
        if w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 > w[1].1) {
            ok = false;
        }
    }
    println!("stable: {}", ok);
    println!("{:?}", &pairs[..5]);
    let mut big: Vec<u64> = (0..5000).map(|_| lcg(&mut seed) % 100000).collect();
    let mut copy = big.clone();
    big.sort();
    copy.sort_unstable();
    println!("{} {:?} {:?}", big == copy, &big[..3], &big[4997..]);
    let mut strings: Vec<String> = (0..50).map(|i| format!("s{}", (i * 37) % 50)).collect();
    strings.sort();
    println!("{:?}", &strings[..6]);
    let mut rev: Vec<i32> = (0..100).rev().collect();
    rev.sort_by(|a, b| a.cmp(b));
    println!("{:?}", &rev[..4]);
    let mut fl = vec![2.5, -1.0, 3.25, 0.0];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fl);
    let mut cached: Vec<i32> = (0..30).map(|i| (i * 7) % 30).collect();
    cached.sort_by_cached_key(|x| x % 5);
    println!("{:?}", cached);

    let s = [1, 2, 3];
    let t = s.to_vec();
    println!("{:?} {:?}", t, [[1, 2], [3, 4]].concat());
    println!("{:?}", [vec![1], vec![2, 3]].concat());
    println!("{:?}", [vec![1], vec![2, 3]].join(&0));
    println!("{:?}", [[1, 2], [3, 4]].join(&[9, 9][..]));
    println!("{}", ["a", "b", "c"].concat());
    println!("{}", ["a", "b", "c"].join("/"));
    let owned = vec![String::from("x"), String::from("y")];
    println!("{} {}", owned.concat(), owned.join(" and "));
    let empty: [&str; 0] = [];
    println!("[{}]", empty.join(","));
    println!("{:?}", [7u8, 8].repeat(3));
}

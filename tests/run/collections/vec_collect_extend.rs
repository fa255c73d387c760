// FromIterator and Extend for Vec, and the capacities they produce.
fn main() {
    let squares: Vec<u32> = (1u32..6).map(|x| x * x).collect();
    println!("{:?} {}", squares, squares.capacity());
    let evens: Vec<u32> = (0u32..20).filter(|x| x % 2 == 0).collect();
    println!("{:?} {}", evens, evens.len());
    let none: Vec<u32> = (0u32..20).filter(|_| false).collect();
    println!("{:?} {}", none, none.capacity());
    let chars: Vec<char> = "héllo".chars().collect();
    println!("{:?}", chars);
    let words: Vec<&str> = "a b c".split(' ').collect();
    println!("{:?}", words);
    let owned: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("{:?}", owned);

    let mut v = vec![1, 2];
    v.extend(vec![3, 4]);
    v.extend([5, 6].iter());
    v.extend(&[7]);
    v.extend(8..10);
    v.extend(std::iter::once(10));
    println!("{:?}", v);
    let mut s: Vec<String> = Vec::new();
    s.extend(["x", "y"].iter().map(|x| x.to_string()));
    println!("{:?}", s);
    let nested: Vec<Vec<i32>> = (1..4).map(|n| (0..n).collect()).collect();
    println!("{:?}", nested);
    let flat: Vec<i32> = nested.into_iter().flat_map(|v| v).collect();
    println!("{:?}", flat);
    let pairs: Vec<(usize, char)> = "abc".chars().enumerate().collect();
    println!("{:?}", pairs);
    let opt: Option<Vec<i32>> = Some(vec![1]);
    println!("{:?}", opt);
    let zipped: Vec<(i32, &str)> = vec![1, 2].into_iter().zip(vec!["a", "b"]).collect();
    println!("{:?}", zipped);
}

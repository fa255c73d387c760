// Collecting iterators of Option and Result into Option<C> and Result<C, E> (stopping at the
// first None or Err), and summing and multiplying them.
use std::collections::{BTreeMap, HashSet};

fn parse_all(words: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    words.iter().map(|w| w.parse::<i32>()).collect()
}

fn main() {
    let v: Option<Vec<i32>> = vec![Some(1), Some(2), Some(3)].into_iter().collect();
    println!("{:?}", v);
    let v: Option<Vec<i32>> = vec![Some(1), None, Some(3)].into_iter().collect();
    println!("{:?}", v);
    let empty: Option<Vec<i32>> = Vec::<Option<i32>>::new().into_iter().collect();
    println!("{:?}", empty);

    // Collection stops at the first None: later elements are not visited.
    let mut seen = Vec::new();
    let r: Option<Vec<u8>> = [1u8, 2, 0, 4]
        .iter()
        .map(|&x| {
            seen.push(x);
            if x == 0 { None } else { Some(x * 10) }
        })
        .collect();
    println!("{:?} after visiting {:?}", r, seen);

    println!("{:?}", parse_all(&["1", "22", "-3"]));
    println!("{:?}", parse_all(&["1", "x", "3"]).map_err(|e| e.to_string()));

    let r: Result<Vec<i32>, String> = (1..=5).map(|x| if x < 4 { Ok(x) } else { Err(format!("bad {}", x)) }).collect();
    println!("{:?}", r);

    let s: Option<String> = ['a', 'b', 'c'].iter().map(|&c| Some(c)).collect();
    println!("{:?}", s);
    let s: Result<String, ()> = vec![Ok("ab"), Ok("cd")].into_iter().collect();
    println!("{:?}", s);
    let m: Option<BTreeMap<i32, char>> = vec![Some((2, 'b')), Some((1, 'a'))].into_iter().collect();
    println!("{:?}", m);
    let h: Result<HashSet<i32>, &str> = vec![Ok(1), Ok(1), Err("no"), Ok(2)].into_iter().collect();
    println!("{:?}", h);
    let unit: Result<(), i32> = vec![Ok(()), Ok(())].into_iter().collect();
    println!("{:?}", unit);

    let total: Option<i32> = [Some(1), Some(2), Some(3)].into_iter().sum();
    println!("{:?}", total);
    let total: Option<i32> = [Some(1), None, Some(3)].into_iter().sum();
    println!("{:?}", total);
    let prod: Result<u64, String> = (1..=5u64).map(Ok).product();
    println!("{:?}", prod);
    let prod: Result<f64, &str> = vec![Ok(2.0), Err("nan"), Ok(3.0)].into_iter().product();
    println!("{:?}", prod);
    let total: Option<i64> = Vec::<Option<i64>>::new().into_iter().sum();
    println!("{:?}", total);
}

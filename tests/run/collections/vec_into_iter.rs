// Vec's owning iterator: both ends, exact size, as_slice, Debug, partial consumption.
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    let mut it = v.into_iter();
    println!("{:?} {}", it.size_hint(), it.len());
    println!("{:?}", it.next());
    println!("{:?}", it.next_back());
    println!("{:?}", it.as_slice());
    println!("{:?}", it);
    let rest: Vec<i32> = it.collect();
    println!("{:?}", rest);

    let s = vec![String::from("x"), String::from("y"), String::from("z")];
    let rev: Vec<String> = s.into_iter().rev().collect();
    println!("{:?}", rev);

    let t = vec![String::from("p"), String::from("q")];
    let mut ti = t.into_iter();
    let first = ti.next().unwrap();
    println!("{first}");
    drop(ti);

    let nums = vec![3, 1, 2];
    let doubled: Vec<i32> = nums.into_iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let total: i32 = doubled.into_iter().sum();
    println!("{}", total);
    let empty: Vec<u8> = Vec::new();
    let mut ei = empty.into_iter();
    println!("{:?} {:?}", ei.next(), ei.next_back());
    let pairs = vec![(1, 'a'), (2, 'b')];
    for (n, c) in pairs {
        println!("{n}{c}");
    }
    let c = vec![1, 2, 3].into_iter();
    let c2 = c.clone();
    println!("{} {}", c.count(), c2.len());
}

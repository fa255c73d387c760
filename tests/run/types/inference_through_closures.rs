// Integer literals get their type from where the values end up, through closures and
// iterator adapters; operators on references infer like the built-in ones.
fn main() {
    let v: Vec<u32> = (1..4).map(|x| x * 2).collect();
    println!("{:?}", v);
    let w: Vec<u64> = [1, 2].iter().map(|x| x * 2).collect();
    println!("{:?}", w);
    let mut it = 1..4;
    let a = it.next();
    let b: Option<u8> = a;
    println!("{:?}", b);
    let total: u64 = (1..=10).filter(|n| n % 2 == 0).sum();
    println!("{}", total);
    let s = String::from("ab");
    let t = String::from("cd");
    let mut u = s + &t;
    u += &t;
    println!("{}", u);
}

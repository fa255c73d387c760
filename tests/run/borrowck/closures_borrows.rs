// Closures that borrow, and the borrows ending with the closure's last use.

fn apply<F: FnMut(i32)>(mut f: F) {
    f(1);
    f(2);
}

fn twice<F: Fn() -> i32>(f: F) -> i32 {
    f() + f()
}

fn main() {
    let mut count = 0;
    let mut inc = || count += 1;
    inc();
    inc();
    println!("count = {count}");

    let mut seen = Vec::new();
    apply(|x| seen.push(x));
    seen.push(3);
    println!("{:?}", seen);

    let base = 10;
    let add = |x: i32| x + base;
    println!("{} {}", add(1), twice(|| base * 2));

    let data = vec![1, 2, 3];
    let doubled: Vec<i32> = data.iter().map(|x| x * 2).collect();
    let total: i32 = data.iter().filter(|x| **x > 1).sum();
    println!("{:?} {:?} {}", data, doubled, total);

    let mut words = vec![String::from("b"), String::from("a")];
    words.sort_by(|l, r| l.cmp(r));
    let lens: Vec<usize> = words.iter().map(|w| w.len()).collect();
    words.push(String::from("c"));
    println!("{:?} {:?}", words, lens);

    let owned = String::from("moved");
    let consume = move || owned.len();
    println!("{}", consume());
}

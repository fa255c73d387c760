// Vec: insert, remove, swap_remove, truncate, clear, split_off, append, resize,
// extend_from_slice, reserve and shrink_to_fit.
fn main() {
    let mut v = vec![1, 2, 3];
    v.insert(0, 0);
    v.insert(4, 4);
    v.insert(2, 99);
    println!("{:?}", v);
    println!("{}", v.remove(2));
    println!("{}", v.remove(0));
    println!("{:?}", v);
    println!("{}", v.swap_remove(0));
    println!("{:?}", v);
    v.truncate(10);
    println!("{:?}", v);
    v.truncate(1);
    println!("{:?}", v);
    v.clear();
    println!("{:?} {}", v, v.is_empty());

    let mut a = vec!['a', 'b', 'c', 'd', 'e'];
    let b = a.split_off(2);
    println!("{:?} {:?}", a, b);
    let c = a.split_off(2);
    println!("{:?} {:?}", a, c);
    let d = a.split_off(0);
    println!("{:?} {:?}", a, d);

    let mut x = vec![1, 2];
    let mut y = vec![3, 4, 5];
    x.append(&mut y);
    println!("{:?} {:?} {}", x, y, y.is_empty());

    let mut r = vec![String::from("s")];
    r.resize(3, String::from("t"));
    println!("{:?}", r);
    r.resize(1, String::new());
    println!("{:?}", r);
    let mut counter = 0;
    let mut z: Vec<i32> = Vec::new();
    z.resize_with(4, || {
        counter += 10;
        counter
    });
    println!("{:?}", z);

    let mut e = vec![1u8];
    e.extend_from_slice(&[2, 3, 4]);
    e.extend_from_slice(&[]);
    println!("{:?}", e);
    e.extend_from_within(1..3);
    println!("{:?}", e);

    let mut g: Vec<i64> = Vec::new();
    g.reserve(10);
    println!("{}", g.capacity() >= 10);
    g.push(1);
    g.shrink_to_fit();
    println!("{} {}", g.len(), g.capacity());
    g.reserve_exact(5);
    println!("{}", g.capacity());
    let mut h = Vec::with_capacity(20);
    h.extend_from_slice(&[1, 2, 3]);
    h.shrink_to(10);
    println!("{}", h.capacity());
    h.shrink_to(0);
    println!("{}", h.capacity());
    let mut p = vec![1, 2, 3, 4];
    println!("{:?}", p.pop_if(|x| *x > 3));
    println!("{:?}", p.pop_if(|x| *x > 3));
    println!("{:?}", p);
}

// Borrows end at their last use (NLL), not at the end of their scope.

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn bump(n: &mut i32) {
    *n += 1;
}

fn largest<'a>(a: &'a i32, b: &'a i32) -> &'a i32 {
    if a > b { a } else { b }
}

fn main() {
    let mut v = vec![1, 2, 3];
    let r = &mut v;
    r.push(4);
    v.push(5);
    let first = &v[0];
    println!("first = {first}");
    v.push(6);
    println!("{:?}", v);

    // A shared borrow whose last use is before a mutation.
    let mut n = 10;
    let shared = &n;
    let copy = *shared;
    n += copy;
    println!("n = {n}");

    // Reborrowing a `&mut` parameter keeps it usable.
    let mut counter = 0;
    let m = &mut counter;
    bump(m);
    bump(m);
    *m += 10;
    println!("counter = {counter}");

    // Disjoint fields can be borrowed at the same time.
    let mut p = Point { x: 1, y: 2 };
    let px = &mut p.x;
    let py = &mut p.y;
    *px += *py;
    *py = 0;
    println!("{:?}", p);

    // A reference that is reassigned no longer holds the old borrow.
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    println!("r = {r}");
    r = &b;
    a += 1;
    println!("r = {r}, a = {a}");

    // The result of a call borrows only the arguments its signature says.
    let x = 5;
    let y = 7;
    let big = largest(&x, &y);
    println!("largest = {big}");

    // Borrows in both arms of a branch.
    let mut s = String::from("abc");
    let len = if s.len() > 2 {
        let t = &s;
        t.len()
    } else {
        let t = &mut s;
        t.push('!');
        t.len()
    };
    s.push_str("def");
    println!("{s} {len}");

    // A borrow in a loop, renewed every iteration.
    let mut total = 0;
    let mut items = vec![1, 2, 3];
    for i in 0..items.len() {
        let item = &mut items[i];
        *item *= 2;
        total += *item;
    }
    items.push(total);
    println!("{:?}", items);
}

// A `&mut` passed where a `&mut` is expected is reborrowed, not moved: the same reference
// can be passed again afterwards (function and method arguments, annotated lets, struct
// fields, returns).
fn bump(v: &mut i32) {
    *v += 1;
}

fn reverse(v: &mut [usize]) {
    v.reverse();
}

struct Counter {
    n: u32,
}

impl Counter {
    fn add(&mut self, by: &mut u32) {
        self.n += *by;
        *by += 1;
    }
}

struct Holder<'a> {
    r: &'a mut i32,
}

fn twice(v: &mut i32) {
    bump(v);
    bump(v);
}

fn slices(v: &mut [usize]) {
    reverse(v);
    reverse(v);
    reverse(v);
}

fn pass_through(v: &mut i32) -> &mut i32 {
    bump(v);
    v
}

fn main() {
    let mut x = 1;
    twice(&mut x);
    println!("{}", x);

    let mut a = vec![1, 2, 3, 100];
    slices(&mut a);
    println!("{:?}", a);

    let mut c = Counter { n: 0 };
    let mut by = 1;
    let r = &mut by;
    c.add(r);
    c.add(r);
    println!("{} {}", c.n, by);

    let mut y = 10;
    let r = &mut y;
    {
        let r2: &mut i32 = r;
        *r2 += 5;
    }
    *r += 1;
    let h = Holder { r };
    *h.r *= 2;
    println!("{}", y);

    let mut z = 0;
    let rz = &mut z;
    *pass_through(rz) += 10;
    *pass_through(rz) += 10;
    println!("{}", z);
}

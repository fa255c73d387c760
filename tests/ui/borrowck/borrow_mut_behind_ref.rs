struct Counter {
    n: u32,
}

fn main() {
    let c = Counter { n: 0 };
    let r = &c;
    let m = &mut r.n; //~ ERROR cannot borrow `r.n` as mutable, as it is behind a `&` reference
    *m += 1;
}

struct Counter {
    n: u32,
}

fn reset(c: &Counter) {
    c.n = 0; //~ ERROR cannot assign to `c.n`, which is behind a `&` reference
}

fn main() {
    let c = Counter { n: 3 };
    reset(&c);
}

struct Counter {
    n: u32,
}

fn main() {
    let c = Counter { n: 0 };
    c.increment(); //~ ERROR no method named `increment` found for struct `Counter` in the current scope
    let _ = c.n;
}

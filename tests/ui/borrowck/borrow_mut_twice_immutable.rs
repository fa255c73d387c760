struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let c = Counter { n: 0 }; //~ ERROR cannot borrow `c` as mutable, as it is not declared as mutable
    c.bump();
    c.bump();
    println!("{}", c.n);
}

struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> &u32 {
        &self.n
    }
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut c = Counter { n: 0 };
    let r = c.get();
    c.bump(); //~ ERROR cannot borrow `c` as mutable because it is also borrowed as immutable
    println!("{r}");
}

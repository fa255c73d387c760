struct Store {
    items: [i32; 3],
}

impl Store {
    fn first(&mut self) -> &mut i32 {
        &mut self.items[0]
    }
    fn total(&self) -> i32 {
        self.items[0] + self.items[1] + self.items[2]
    }
}

fn main() {
    let mut s = Store { items: [1, 2, 3] };
    let f = s.first();
    let t = s.total(); //~ ERROR cannot borrow `s` as immutable because it is also borrowed as mutable
    *f += t;
}

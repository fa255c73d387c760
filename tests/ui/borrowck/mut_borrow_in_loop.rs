struct Holder<'a> {
    slot: Option<&'a mut i32>,
}

impl<'a> Holder<'a> {
    fn put(&mut self, r: &'a mut i32) {
        self.slot = Some(r);
    }
}

fn main() {
    let mut n = 0;
    let mut h = Holder { slot: None };
    let mut i = 0;
    while i < 2 {
        h.put(&mut n); //~ ERROR cannot borrow `n` as mutable more than once at a time
        i += 1;
    }
}

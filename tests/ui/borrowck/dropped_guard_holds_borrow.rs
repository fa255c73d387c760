struct Guard<'a> {
    count: &'a mut i32,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.count += 1;
    }
}

fn main() {
    let mut n = 0;
    let guard = Guard { count: &mut n };
    println!("{}", n); //~ ERROR cannot borrow `n` as immutable because it is also borrowed as mutable
}

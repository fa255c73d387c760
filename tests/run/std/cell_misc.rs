// Cell: swap, take, into_inner, get_mut, from_mut, comparisons; UnsafeCell in a static.
use std::cell::{Cell, UnsafeCell};

struct Counter {
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) -> u32 {
        self.hits.set(self.hits.get() + 1);
        self.hits.get()
    }
}

struct Racy(UnsafeCell<i32>);
unsafe impl Sync for Racy {}
static SHARED: Racy = Racy(UnsafeCell::new(10));

fn main() {
    let c = Counter { hits: Cell::new(0) };
    c.hit();
    c.hit();
    println!("hits = {}", c.hit());

    let a = Cell::new(1);
    let b = Cell::new(2);
    a.swap(&b);
    println!("{} {}", a.get(), b.get());
    println!("{} {} {}", a == b, a < b, a.clone().get());

    let s = Cell::new(String::from("taken"));
    let t = s.take();
    println!("[{}] [{}]", t, s.into_inner());

    let mut m = Cell::new(vec![1]);
    m.get_mut().push(2);
    println!("{:?}", m.into_inner());

    let mut x = 5;
    let cx = Cell::from_mut(&mut x);
    cx.set(cx.get() * 3);
    println!("{}", x);

    let arr = &mut [1, 2, 3][..];
    let cells = Cell::from_mut(arr).as_slice_of_cells();
    cells[0].set(cells[2].get());
    println!("{:?}", arr);

    unsafe {
        *SHARED.0.get() += 5;
        println!("{}", *SHARED.0.get());
    }
    let mut u = UnsafeCell::new(3);
    *u.get_mut() += 1;
    println!("{}", u.into_inner());
    let d: Cell<Option<u8>> = Cell::default();
    println!("{:?} {:?}", d, Cell::new((1, 'a')));
}

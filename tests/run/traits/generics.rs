use std::fmt::Debug;

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

#[derive(Debug)]
struct Stack<T> {
    items: [Option<T>; 4],
    len: usize,
}

impl<T: Copy + Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: [None; 4], len: 0 }
    }

    fn push(&mut self, x: T) -> bool {
        if self.len == 4 {
            return false;
        }
        self.items[self.len] = Some(x);
        self.len += 1;
        true
    }

    fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            self.items[self.len].take()
        }
    }
}

fn show<T>(x: T) -> T
where
    T: Debug,
{
    println!("show {:?}", x);
    x
}

struct Wrapper<T>(T);

impl<T: Debug> Wrapper<T> {
    fn get(&self) -> &T {
        &self.0
    }
}

fn main() {
    println!("{}", largest(&[3, 9, 2]));
    println!("{}", largest(&['x', 'b', 'z']));
    let mut s: Stack<i32> = Stack::new();
    for i in 0..6 {
        println!("push {} {}", i, s.push(i));
    }
    while let Some(x) = s.pop() {
        println!("pop {}", x);
    }
    let y = show((1u8, "a"));
    println!("{:?}", y);
    let w = Wrapper([1, 2]);
    println!("{:?}", w.get());
    println!("{:?}", show::<Option<bool>>(None));
}

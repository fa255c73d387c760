// Vectors of zero-sized types, of structs, of vectors, and Vec in generic code.
#[derive(Debug, Clone, PartialEq)]
struct Item {
    id: u32,
    name: String,
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn largest<T: PartialOrd + Copy>(v: &[T]) -> T {
    let mut m = v[0];
    for &x in v {
        if x > m {
            m = x;
        }
    }
    m
}

fn main() {
    let mut units: Vec<()> = Vec::new();
    println!("{}", units.capacity() == usize::MAX);
    for _ in 0..5 {
        units.push(());
    }
    println!("{} {:?}", units.len(), units.pop());
    println!("{:?}", units);
    let z: Vec<()> = (0..3).map(|_| ()).collect();
    println!("{:?}", z);
    println!("{}", z.into_iter().count());

    let mut items = vec![Item { id: 2, name: String::from("b") }, Item { id: 1, name: String::from("a") }];
    items.push(Item { id: 3, name: "c".to_string() });
    items.sort_by_key(|i| i.id);
    println!("{:?}", items);
    let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
    println!("{:?}", names);
    let found = items.iter().find(|i| i.id == 3).cloned();
    println!("{:?}", found);

    let mut st = Stack::new();
    st.push(vec![1]);
    st.push(vec![2, 3]);
    println!("{:?}", st.peek());
    println!("{:?} {:?} {:?}", st.pop(), st.pop(), st.pop());
    println!("{} {}", largest(&[3, 9, 2]), largest(&vec![1.5, 0.5]));

    let mut grid: Vec<Vec<u8>> = Vec::new();
    for r in 0u8..3 {
        grid.push((0u8..4).map(|c| r * 4 + c).collect());
    }
    grid[2][3] = 99;
    println!("{:?}", grid);
    let t: Vec<u8> = grid.iter().map(|row| row.iter().sum()).collect();
    println!("{:?}", t);
}

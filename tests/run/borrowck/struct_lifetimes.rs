// Structs holding references, methods returning them, iterators.

struct Holder<'a> {
    value: &'a i32,
}

impl<'a> Holder<'a> {
    fn get(&self) -> &'a i32 {
        self.value
    }
    fn set(&mut self, value: &'a i32) {
        self.value = value;
    }
}

struct Two<'a, 'b> {
    shared: &'a i32,
    unique: &'b mut i32,
}

impl<'a, 'b> Two<'a, 'b> {
    fn shared(&self) -> &'a i32 {
        self.shared
    }
}

struct Parser<'s> {
    input: &'s str,
    pos: usize,
}

impl<'s> Parser<'s> {
    fn next_word(&mut self) -> Option<&'s str> {
        let rest = &self.input[self.pos..];
        let rest = rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let start = self.input.len() - rest.len();
        let end = match rest.find(' ') {
            Some(i) => start + i,
            None => self.input.len(),
        };
        self.pos = end;
        Some(&self.input[start..end])
    }
}

struct Store {
    items: Vec<i32>,
}

impl Store {
    fn first_mut(&mut self) -> &mut i32 {
        &mut self.items[0]
    }
    fn total(&self) -> i32 {
        self.items.iter().sum()
    }
}

fn main() {
    let a = 1;
    let b = 2;
    let mut h = Holder { value: &a };
    let old = h.get();
    h.set(&b);
    println!("{} {}", old, h.get());

    let k = 10;
    let mut m = 20;
    let kept;
    {
        let two = Two { shared: &k, unique: &mut m };
        *two.unique += 1;
        kept = two.shared();
    }
    m += 1;
    println!("{kept} {m}");

    let text = String::from("the quick brown fox");
    let mut parser = Parser { input: &text, pos: 0 };
    let first = parser.next_word();
    let second = parser.next_word();
    let mut rest = Vec::new();
    while let Some(w) = parser.next_word() {
        rest.push(w);
    }
    println!("{:?} {:?} {:?}", first, second, rest);

    let mut store = Store { items: vec![1, 2, 3] };
    let f = store.first_mut();
    *f += 100;
    println!("{}", store.total());

    // `Iterator::next` borrows the iterator only for the call.
    let v = vec![3, 1, 2];
    let mut it = v.iter();
    let x = it.next();
    let y = it.next();
    println!("{:?} {:?} {}", x, y, v.len());
}

// Two-phase borrows: the receiver of a `&mut self` method is reserved first and activated
// at the call, so the arguments may read it.

struct Stack {
    items: Vec<usize>,
}

impl Stack {
    fn len(&self) -> usize {
        self.items.len()
    }
    fn push(&mut self, x: usize) {
        self.items.push(x);
    }
    fn top(&self) -> usize {
        *self.items.last().unwrap_or(&0)
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    v.push(v.len());
    let n = v.len();
    v[n - 1] += 10;
    let last = v.len() - 1;
    v[last] *= 2;
    v.insert(0, v[1]);
    println!("{:?}", v);

    let mut s = Stack { items: Vec::new() };
    s.push(s.len());
    s.push(s.len() + s.top());
    s.push(s.top() * 10);
    println!("{:?}", s.items);

    let mut text = String::from("ab");
    text.push_str(&text.clone());
    text.insert(text.len(), '!');
    println!("{text}");

    let mut counts = vec![0usize; 3];
    for i in 0..3 {
        counts[i] = counts.len() + i;
    }
    counts.truncate(counts.len() - 1);
    println!("{:?}", counts);
}

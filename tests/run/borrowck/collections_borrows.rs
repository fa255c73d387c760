// Borrows of and into collections.

#[derive(Debug)]
struct Node {
    val: i32,
    children: Vec<Node>,
}

impl Node {
    fn find_mut(&mut self, v: i32) -> Option<&mut Node> {
        if self.val == v {
            return Some(self);
        }
        for c in self.children.iter_mut() {
            if let Some(found) = c.find_mut(v) {
                return Some(found);
            }
        }
        None
    }
    fn sum(&self) -> i32 {
        self.val + self.children.iter().map(|c| c.sum()).sum::<i32>()
    }
}

fn longest_word(words: &[String]) -> &String {
    let mut best = &words[0];
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    let a = 1;
    let b = 2;
    let mut refs = Vec::new();
    refs.push(&a);
    refs.push(&b);
    println!("{:?} {}", refs, a + b);

    let mut v = vec![5, 3, 8];
    let mut total = 0;
    for x in v.iter() {
        total += x;
    }
    v.push(total);
    for x in v.iter_mut() {
        *x += 1;
    }
    v.sort();
    println!("{:?}", v);

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        if top == 2 {
            stack.push(0);
            stack.pop();
        }
    }
    println!("{:?}", stack);

    let mut i = 0;
    let mut nums = vec![1, 2, 3, 4, 5];
    while i < nums.len() {
        if nums[i] % 2 == 0 {
            nums.remove(i);
        } else {
            i += 1;
        }
    }
    println!("{:?}", nums);

    let mut root = Node { val: 1, children: vec![Node { val: 2, children: vec![] }, Node { val: 3, children: vec![] }] };
    if let Some(n) = root.find_mut(3) {
        n.val = 30;
    }
    println!("{}", root.sum());

    let words = vec![String::from("hi"), String::from("hello"), String::from("hey")];
    let best = longest_word(&words);
    println!("{best} of {}", words.len());

    let mut grid = vec![vec![0; 3]; 2];
    for row in grid.iter_mut() {
        for cell in row.iter_mut() {
            *cell += 1;
        }
    }
    let rows = grid.len();
    grid[rows - 1][0] = 9;
    println!("{:?}", grid);
}

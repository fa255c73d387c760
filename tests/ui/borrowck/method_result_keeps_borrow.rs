struct Inventory {
    items: Vec<String>,
}

impl Inventory {
    fn first(&self) -> &String {
        &self.items[0]
    }
    fn clear(&mut self) {
        self.items.clear();
    }
}

fn main() {
    let mut inv = Inventory { items: vec![String::from("apple")] };
    let first = inv.first();
    inv.clear(); //~ ERROR cannot borrow `inv` as mutable because it is also borrowed as immutable
    println!("{first}");
}

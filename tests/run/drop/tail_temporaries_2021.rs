// Before edition 2024 the temporaries of a block's tail expression live until the end of
// the enclosing statement, after the block's locals are dropped.
struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Loud {
    fn get(&self) -> usize {
        self.0.len()
    }
}

fn tail() -> usize {
    let _local = Loud("local");
    Loud("temporary").get()
}

fn main() {
    println!("{}", tail());
    let t = ({ Loud("in block").get() }, Loud("second").get());
    println!("{:?}", t);
    let n = {
        let _a = Loud("a");
        Loud("tail").get() + 1
    };
    println!("{}", n);
}

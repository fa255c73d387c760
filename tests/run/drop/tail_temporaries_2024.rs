//@ edition: 2024
// Since edition 2024 the temporaries of a block's tail expression are dropped at the end of
// the block, before its locals and before the enclosing expression goes on.
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

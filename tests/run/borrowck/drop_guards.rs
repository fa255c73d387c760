// A value with a destructor keeps its borrows until it is dropped.

struct Guard<'a> {
    count: &'a mut i32,
    name: &'static str,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        *self.count += 1;
        println!("drop {}", self.name);
    }
}

fn main() {
    let mut n = 0;
    {
        let g = Guard { count: &mut n, name: "inner" };
        println!("made {}", g.name);
    }
    println!("n = {n}");

    let mut m = 0;
    let h = Guard { count: &mut m, name: "explicit" };
    drop(h);
    println!("m = {m}");

    let mut k = 0;
    {
        let mut guards = Vec::new();
        guards.push(Guard { count: &mut k, name: "in vec" });
        guards.clear();
    }
    println!("k = {k}");
}

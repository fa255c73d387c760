// Values with destructors, explicit drops, mem::replace and mem::swap.

use std::mem;

struct Noisy<'a> {
    name: &'a str,
}

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let name = String::from("first");
    let n = Noisy { name: &name };
    println!("made {}", n.name);
    drop(n);
    let other = Noisy { name: "second" };
    println!("made {}", other.name);

    let mut a = String::from("a");
    let mut b = String::from("b");
    mem::swap(&mut a, &mut b);
    let old = mem::replace(&mut a, String::from("c"));
    println!("{a} {b} {old}");

    let mut opt = Some(String::from("x"));
    if let Some(s) = opt.as_mut() {
        s.push('y');
    }
    let taken = mem::take(&mut opt);
    println!("{:?} {:?}", taken, opt);

    let mut boxed = Box::new(5);
    let inner = &mut *boxed;
    *inner += 1;
    println!("{boxed}");
}

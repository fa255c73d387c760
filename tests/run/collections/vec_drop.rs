// Elements are dropped exactly once: by Vec's Drop, truncate, clear, remove, pop, retain,
// dedup, IntoIter (the rest), Drain, and String's buffer is freed.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    {
        let _v = vec![Noisy("a"), Noisy("b")];
        println!("scope end");
    }
    let mut v = vec![Noisy("c"), Noisy("d"), Noisy("e"), Noisy("f")];
    v.truncate(3);
    println!("truncated");
    let r = v.remove(0);
    println!("removed {}", r.0);
    drop(r);
    v.retain(|n| n.0 != "d");
    println!("retained {}", v.len());
    v.clear();
    println!("cleared");
    let mut w = vec![Noisy("g"), Noisy("h"), Noisy("i")];
    if let Some(p) = w.pop() {
        println!("popped {}", p.0);
    }
    let mut it = w.into_iter();
    let first = it.next();
    println!("took {}", first.as_ref().map(|n| n.0).unwrap_or("-"));
    drop(it);
    println!("iterator dropped");
    drop(first);
    let mut x = vec![Noisy("j"), Noisy("k"), Noisy("l")];
    {
        let mut d = x.drain(..2);
        let j = d.next();
        println!("drained {}", j.as_ref().map(|n| n.0).unwrap_or("-"));
    }
    println!("after drain {}", x.len());
    let mut y = vec![Noisy("m"), Noisy("m"), Noisy("n")];
    y.dedup_by_key(|n| n.0);
    println!("deduped {}", y.len());
    let mut z = vec![Noisy("o")];
    z[0] = Noisy("p");
    println!("assigned");
    let s = vec![String::from("q"); 2];
    println!("{:?}", s);
    println!("end");
}

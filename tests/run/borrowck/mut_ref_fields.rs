struct Ctx<'a> { out: &'a mut Vec<String>, depth: usize, counter: &'a mut u32 }
impl<'a> Ctx<'a> {
    fn emit(&mut self, s: &str) {
        self.out.push(format!("{}{}", " ".repeat(self.depth), s));
        *self.counter += 1;
    }
    fn nested(&mut self) -> Ctx<'_> {
        Ctx { out: self.out, depth: self.depth + 1, counter: self.counter }
    }
    fn with<F: FnOnce(&mut Ctx)>(&mut self, f: F) { self.depth += 1; f(self); self.depth -= 1; }
}
fn fill(buf: &mut Vec<u8>, n: u8) { for i in 0..n { buf.push(i); } }
fn walk(v: &mut [i32]) { if let Some((first, rest)) = v.split_first_mut() { *first *= 2; walk(rest); } }
fn main() {
    let mut out = Vec::new();
    let mut count = 0;
    {
        let mut c = Ctx { out: &mut out, depth: 0, counter: &mut count };
        c.emit("a");
        {
            let mut n = c.nested();
            n.emit("b");
            n.emit("c");
        }
        c.with(|inner| inner.emit("d"));
        c.emit("e");
    }
    println!("{:?} {}", out, count);
    let mut buf = Vec::new();
    let r = &mut buf;
    fill(r, 3);
    fill(r, 2);
    r.push(9);
    println!("{:?}", buf);
    let mut arr = [1, 2, 3, 4];
    walk(&mut arr);
    println!("{:?}", arr);
    let mut refs: Vec<&mut i32> = Vec::new();
    let (mut a, mut b) = (1, 2);
    refs.push(&mut a);
    refs.push(&mut b);
    for r in refs.iter_mut() { **r += 10; }
    for r in refs { *r += 1; }
    println!("{a} {b}");
    let mut opt: Option<&mut Vec<String>> = Some(&mut out);
    if let Some(v) = opt.as_mut() { v.push("x".into()); }
    if let Some(v) = opt { v.push("y".into()); }
    println!("{:?}", out);
}

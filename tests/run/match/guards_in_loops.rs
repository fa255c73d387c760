// By-reference bindings of a guarded arm in a loop: a failed guard ends them, so the next
// iteration binds them again (no E0384), for match, matches! and while loops.
#[derive(Debug)]
enum Shape { Circle(u32), Rect { w: u32, h: u32 } }
fn main() {
    let v = vec![Shape::Circle(3), Shape::Rect { w: 2, h: 5 }, Shape::Circle(0)];
    let mut big = 0;
    for s in &v {
        match s {
            Shape::Circle(r) if *r > 1 => big += r,
            Shape::Rect { w, h } if w * h > 5 => big += w * h,
            other => println!("small {:?}", other),
        }
    }
    let mut o = vec![Some(1), None, Some(5)];
    for slot in o.iter_mut() {
        match slot { Some(n) if *n > 2 => *n *= 10, Some(ref mut n) => *n += 1, None => {} }
    }
    let mut i = 0;
    while i < 3 {
        if matches!(o.get(i), Some(Some(x)) if *x > 2) { println!("big at {}", i); }
        i += 1;
    }
    println!("{} {:?}", big, o);
}

fn inc(x: &mut i32) {
    *x += 1;
}

fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn first_even(xs: &[i32]) -> Option<&i32> {
    for x in xs {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

struct Holder<'a> {
    part: &'a str,
}

fn main() {
    let mut n = 1;
    inc(&mut n);
    inc(&mut n);
    println!("{n}");
    let r = &n;
    let rr = &r;
    println!("{} {}", *r, **rr);
    println!("{}", longest("apple", "fig"));
    let v = [1, 3, 4, 6];
    println!("{:?}", first_even(&v));
    let text = "first second";
    let h = Holder { part: &text[6..] };
    println!("{}", h.part);
    let mut arr = [1, 2, 3];
    for x in arr.iter_mut() {
        *x *= 10;
    }
    println!("{:?}", arr);
    let mut pair = (1, 2);
    {
        let (a, b) = (&mut pair.0, &mut pair.1);
        *a += 5;
        *b += 7;
    }
    println!("{:?}", pair);
}

// Patterns inside closures are checked too: each closure after the body it is written in,
// nested closures after their parent.

#![allow(unused_variables, dead_code)]

enum Opt {
    Some(u8),
    None,
}

fn main() {
    let outer = |x: Opt| {
        let inner = |y: bool| match y { //~ ERROR non-exhaustive patterns: `false` not covered
            true => 1,
        };
        match x { //~ ERROR non-exhaustive patterns: `Opt::None` not covered
            Opt::Some(_) => inner(true),
        }
    };
    let param = |Opt::Some(n): Opt| n; //~ ERROR refutable pattern in closure argument
    match 3u8 { //~ ERROR non-exhaustive patterns: `4_u8..=u8::MAX` not covered
        0..=3 => {}
    }
}

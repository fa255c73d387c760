// Non-exhaustive matches on references, tuples, slices, arrays, strings and floats.

#![allow(unused_variables, dead_code)]

enum Opt {
    Some(u8),
    None,
}

fn refs(r: &&u8, m: &mut Opt) {
    match r { //~ ERROR non-exhaustive patterns: `&&1_u8..=u8::MAX` not covered
        &&0 => {}
    }
    match m { //~ ERROR non-exhaustive patterns: `&mut Opt::None` not covered
        &mut Opt::Some(_) => {}
    }
}

fn tuples(x: (bool, bool), y: (Option<bool>, bool), z: (u8, u8)) {
    match x { //~ ERROR non-exhaustive patterns: `(true, _)` not covered
        (false, _) => {}
    }
    match y { //~ ERROR non-exhaustive patterns: `(None, _)` not covered
        (Some(true), _) => {}
    }
    match z { //~ ERROR non-exhaustive patterns: `(1_u8..=u8::MAX, _)` not covered
        (0, 0) => {}
    }
}

fn slices(s: &[u8], b: &[bool]) {
    match s { //~ ERROR non-exhaustive patterns: `&[_]` not covered
        [] => {}
        [_, _, ..] => {}
    }
    match b { //~ ERROR non-exhaustive patterns: `&[]` not covered
        [.., true] => {}
        [.., false] => {}
    }
    match s { //~ ERROR non-exhaustive patterns: `&[_, _, _, ..]` not covered
        [] | [_] | [_, _] => {}
    }
}

fn arrays(a: [bool; 3], o: [Option<u8>; 2]) {
    match a { //~ ERROR non-exhaustive patterns: `[false, true, _]` not covered
        [true, ..] => {}
        [_, false, _] => {}
    }
    match o { //~ ERROR non-exhaustive patterns: `[Some(_), Some(_)]` not covered
        [Some(_), None] => {}
        [None, _] => {}
    }
}

fn strings(s: &str, o: Option<&str>) {
    match s { //~ ERROR non-exhaustive patterns: `&_` not covered
        "a" => {}
        "b" => {}
    }
    match o { //~ ERROR non-exhaustive patterns: `Some(&_)` not covered
        Some("a") => {}
        None => {}
    }
}

fn floats(x: f64, y: f32) {
    match x { //~ ERROR non-exhaustive patterns: `_` not covered
        0.0..=1.0 => {}
    }
    match y { //~ ERROR non-exhaustive patterns: `_` not covered
        f32::NEG_INFINITY..=0.0 => {}
        1.0 => {}
    }
}

fn main() {}

// Unreachable arms and or-pattern alternatives (denied here, so that they are errors), with
// the patterns that cover them.

#![deny(unreachable_patterns)]
#![allow(unused_variables, dead_code)]

fn covered_by_one(x: Option<u8>) {
    match x {
        Some(_) => {}
        None => {}
        Some(3) => {} //~ ERROR unreachable pattern
    }
}

fn covered_by_catchall(x: Option<u8>) {
    match x {
        y => {}
        Some(_) => {} //~ ERROR unreachable pattern
    }
}

fn covered_by_many(x: u8) {
    match x {
        1 => {}
        1 => {} //~ ERROR unreachable pattern
        _ => {}
        _ => {} //~ ERROR unreachable pattern
    }
    match x {
        1 => {}
        2 => {}
        3 => {}
        4 => {}
        5 => {}
        6 => {}
        1..=6 => {} //~ ERROR unreachable pattern
        _ => {}
    }
}

fn alternatives(x: Option<u8>) {
    match x {
        Some(1 | 2 | 1) => {} //~ ERROR unreachable pattern
        _ => {}
    }
    match x {
        Some(_) | None | Some(4) => {} //~ ERROR unreachable pattern
    }
}

fn after_guard(x: bool) {
    match x {
        true if x => {}
        true => {}
        false => {}
        _ => {} //~ ERROR unreachable pattern
    }
}

fn allowed(x: u8) {
    match x {
        _ => {}
        #[allow(unreachable_patterns)]
        1 => {}
    }
}

fn main() {}

// Empty matches: accepted on empty types matched by value, rejected on types with values,
// and on empty types behind a reference.

#![allow(unused_variables, dead_code, unreachable_code)]

enum Void {}

enum Res {
    Ok(u8),
    Err(Void),
}

fn absurd(v: Void) -> u8 {
    match v {}
}

fn through_deref(v: &Void) -> u8 {
    match *v {}
}

fn never_err(r: Res) -> u8 {
    let Res::Ok(x) = r;
    match r {
        Res::Ok(y) => x + y,
    }
}

fn non_empty(x: i32, b: bool, a: [u8; 0]) {
    match x {} //~ ERROR non-exhaustive patterns: type `i32` is non-empty
    match b { //~ ERROR non-exhaustive patterns: type `bool` is non-empty
    }
    match a {} //~ ERROR non-exhaustive patterns: type `[u8; 0]` is non-empty
}

fn reference(v: &Void) -> u8 {
    match v {} //~ ERROR non-exhaustive patterns: type `&Void` is non-empty
}

fn not_by_value(r: &Res) -> u8 {
    match r { //~ ERROR non-exhaustive patterns: `&Res::Err(_)` not covered
        Res::Ok(x) => *x,
    }
}

fn main() {}

// Arms with guards do not count towards exhaustiveness.

#![allow(unused_variables, dead_code)]

enum Res {
    Ok(u8),
    Err(u8),
}

fn only_guards(x: bool, c: bool) {
    match x { //~ ERROR non-exhaustive patterns: `true` and `false` not covered
        _ if c => {}
    }
}

fn guarded_arm(x: bool) -> i32 {
    match x { //~ ERROR non-exhaustive patterns: `false` not covered
        true => 1,
        false if x => 2,
    }
}

fn all_guarded(x: bool) -> i32 {
    match x { //~ ERROR non-exhaustive patterns: `false` not covered
        true if x => 1,
    }
}

fn or_with_guard(x: Res) {
    match x { //~ ERROR non-exhaustive patterns: `Res::Err(_)` not covered
        Res::Ok(n) | Res::Err(n) if n > 3 => {}
        Res::Ok(_) => {}
    }
}

fn main() {}

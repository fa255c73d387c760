// Non-exhaustive matches on enums and structs: the witnesses rustc prints, the "defined
// here" note with the variants not covered, and the suggested arm.

#![allow(unused_variables, dead_code)]

enum Foo {
    A,
    B { x: i32 },
    C(u8),
}

enum Many {
    One,
    Two,
    Three,
    Four,
    Five,
}

struct S {
    a: bool,
    b: Option<u8>,
}

struct T(bool, char);

fn option(x: Option<i32>) {
    match x { //~ ERROR non-exhaustive patterns: `None` not covered
        Some(_) => {}
    }
}

fn two_variants(f: Foo) {
    match f { //~ ERROR non-exhaustive patterns: `Foo::B { .. }` and `Foo::C(_)` not covered
        Foo::A => {}
    }
}

fn nested(x: Option<Foo>) {
    match x { //~ ERROR non-exhaustive patterns: `Some(Foo::B { .. })` and `Some(Foo::C(_))` not covered
        None => {}
        Some(Foo::A) => {}
    }
}

fn many(m: Many) -> u8 {
    match m { //~ ERROR non-exhaustive patterns: `Many::Two`, `Many::Three`, `Many::Four` and 1 more not covered
        Many::One => 1,
    }
}

fn structs(s: S, t: T) {
    match s { //~ ERROR non-exhaustive patterns: `S { a: true, b: Some(_) }` not covered
        S { a: true, b: None } => {}
        S { a: false, .. } => {}
    }
    match t { //~ ERROR non-exhaustive patterns: `T(false, _)` not covered
        T(true, _) => {}
    }
}

fn option_of_option(x: Option<Option<u8>>) {
    match x { //~ ERROR non-exhaustive patterns: `Some(None)` not covered
        Some(Some(_)) => {}
        None => {}
    }
}

fn result(x: Result<u8, bool>) {
    match x { //~ ERROR non-exhaustive patterns: `Err(true)` not covered
        Ok(_) => {}
        Err(false) => {}
    }
}

fn non_exhaustive(k: std::num::IntErrorKind) {
    use std::num::IntErrorKind;
    match k { //~ ERROR non-exhaustive patterns: `_` not covered
        IntErrorKind::Empty => {}
        IntErrorKind::InvalidDigit => {}
        IntErrorKind::PosOverflow => {}
        IntErrorKind::NegOverflow => {}
        IntErrorKind::Zero => {}
    }
}

fn main() {}

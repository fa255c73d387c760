// Where the suggested arm goes: after the last arm, on its own line or on the same line,
// with or without the last arm's comma, and inside the braces of an empty match.

#![allow(unused_variables, dead_code)]

enum Opt {
    Some(i32),
    None,
}

fn block_body(x: Opt) {
    match x { //~ ERROR non-exhaustive patterns: `Opt::None` not covered
        Opt::Some(_) => {}
    }
}

fn trailing_comma(x: Opt) -> i32 {
    match x { //~ ERROR non-exhaustive patterns: `Opt::None` not covered
        Opt::Some(_) => 1,
    }
}

fn one_line(x: Opt) -> i32 {
    match x { Opt::Some(_) => 1 } //~ ERROR non-exhaustive patterns: `Opt::None` not covered
}

fn one_line_comma(x: u8) -> i32 {
    match x { 0 => 1, 2 => 3, } //~ ERROR non-exhaustive patterns: `1_u8` and `3_u8..=u8::MAX` not covered
}

fn mixed(x: bool) -> i32 {
    match x { //~ ERROR non-exhaustive patterns: `false` not covered
        true => 1, }
}

fn empty_one_line(x: bool) {
    match x { } //~ ERROR non-exhaustive patterns: type `bool` is non-empty
}

fn main() {}

// Non-exhaustive matches on integers and `char`: the missing ranges, `MIN`/`MAX`, the
// unbounded `usize` and `isize`, and empty range patterns.

#![allow(unused_variables, dead_code)]

fn i32_ranges(x: i32) {
    match x { //~ ERROR non-exhaustive patterns: `i32::MIN..=-1_i32` and `3_i32..=i32::MAX` not covered
        0..=2 => {}
    }
}

fn u8_values(x: u8) -> u8 {
    match x { //~ ERROR non-exhaustive patterns: `1_u8`, `3_u8`, `5_u8` and 1 more not covered
        0 => 1,
        2 => 1,
        4 => 1,
        6 => 1,
    }
}

fn exclusive(x: u8) {
    match x { //~ ERROR non-exhaustive patterns: `10_u8..=11_u8` not covered
        0..10 => {}
        12.. => {}
    }
}

fn signed_gap(x: i8) {
    match x { //~ ERROR non-exhaustive patterns: `0_i8` not covered
        -128..=-1 => {}
        1..=127 => {}
    }
}

fn wide(x: i128, y: u128) {
    match x { //~ ERROR non-exhaustive patterns: `i128::MIN..=-1_i128` not covered
        0.. => {}
    }
    match y { //~ ERROR non-exhaustive patterns: `6_u128` not covered
        0..=5 => {}
        7..=u128::MAX => {}
    }
}

fn pointer_sized(x: usize, y: isize) {
    match x { //~ ERROR non-exhaustive patterns: `usize::MAX..` not covered
        0..=usize::MAX => {}
    }
    match y { //~ ERROR non-exhaustive patterns: `..isize::MIN` and `isize::MAX..` not covered
        isize::MIN..=isize::MAX => {}
    }
    match x { //~ ERROR non-exhaustive patterns: `101_usize..` not covered
        0..=100 => {}
    }
}

fn chars(c: char) {
    match c { //~ ERROR non-exhaustive patterns: `'\0'..='`'`, `'b'..='\u{d7ff}'` and `'\u{e000}'..='\u{10ffff}'` not covered
        'a' => {}
    }
    match c { //~ ERROR non-exhaustive patterns: `'\u{e000}'..='\u{10ffff}'` not covered
        '\0'..='\u{D7FF}' => {}
    }
}

fn empty_ranges(x: u8) {
    match x {
        5..=1 => {} //~ ERROR lower bound for range pattern must be less than or equal to upper bound
        _ => {}
    }
    match x {
        5..5 => {} //~ ERROR lower bound for range pattern must be less than upper bound
        _ => {}
    }
}

fn main() {}

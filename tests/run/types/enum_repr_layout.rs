// Enums with data and an explicit representation: `repr(u8)`/`repr(u16)`/... keep each
// variant's fields in declaration order after the tag; `repr(C)` (alone or with an integer)
// puts a union of the variants after the tag. Sizes and alignments match rustc's, and the
// fields read back what was stored.
#![allow(dead_code)]
use std::mem::{align_of, size_of};

#[repr(C, u8)]
enum CU8 {
    A(u8, u16, u8),
    B(u32),
}

#[repr(u8)]
enum U8 {
    A(u8, u16, u8),
    B(u8, u16, u8),
}

#[repr(u16)]
enum U16 {
    A(u8, u16, u8),
    B { x: u8 },
}

#[repr(u32)]
enum U32 {
    A(u8, u16, u8),
    B(u64),
}

#[repr(C)]
enum C {
    A(u8, u16, u8),
    B(u8),
    Empty,
}

enum Plain {
    A(u8, u16, u8),
    B(u8, u16, u8),
}

fn show_cu8(e: &CU8) -> u32 {
    match *e {
        CU8::A(a, b, c) => a as u32 + b as u32 + c as u32,
        CU8::B(x) => x,
    }
}

fn show_u16(e: &U16) -> u32 {
    match *e {
        U16::A(a, b, c) => a as u32 * 1000 + b as u32 + c as u32,
        U16::B { x } => x as u32,
    }
}

fn show_c(e: &C) -> u32 {
    match *e {
        C::A(a, b, c) => a as u32 + b as u32 * 10 + c as u32 * 100,
        C::B(x) => x as u32,
        C::Empty => 0,
    }
}

fn main() {
    println!("CU8 {} {}", size_of::<CU8>(), align_of::<CU8>());
    println!("U8 {} {}", size_of::<U8>(), align_of::<U8>());
    println!("U16 {} {}", size_of::<U16>(), align_of::<U16>());
    println!("U32 {} {}", size_of::<U32>(), align_of::<U32>());
    println!("C {} {}", size_of::<C>(), align_of::<C>());
    println!("Plain {} {}", size_of::<Plain>(), align_of::<Plain>());
    let v = [CU8::A(1, 300, 2), CU8::B(70000)];
    for e in &v {
        println!("{}", show_cu8(e));
    }
    let w = [U16::A(3, 4000, 5), U16::B { x: 9 }];
    for e in &w {
        println!("{}", show_u16(e));
    }
    let c = [C::A(1, 2, 3), C::B(200), C::Empty];
    for e in &c {
        println!("{}", show_c(e));
    }
    if let U32::B(x) = U32::B(1 << 40) {
        println!("{}", x);
    }
}

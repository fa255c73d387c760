// std::os::raw's C types and mem::min_align_of (the deprecated name of align_of).
#![allow(deprecated)]
use std::mem;
use std::os::raw::{c_char, c_int, c_long, c_uchar, c_void};

#[repr(C)]
struct S {
    a: c_char,
    b: c_int,
    c: c_long,
}

fn main() {
    let x: c_int = 5;
    let p: *const c_void = &x as *const c_int as *const c_void;
    println!("{} {} {}", x, mem::size_of::<c_char>(), p.is_null());
    println!("{} {} {}", mem::size_of::<S>(), mem::min_align_of::<S>(), mem::align_of::<c_long>());
    println!("{} {}", mem::min_align_of_val(&0u16), c_uchar::MAX);
}

// Raw pointers to fields and array elements: &raw const / &raw mut and ptr::addr_of! /
// ptr::addr_of_mut!.
use std::ptr;
#[derive(Debug)]
struct P { x: i32, y: [u8; 3] }
fn main() {
    let mut p = P { x: 1, y: [1, 2, 3] };
    let a = &raw const p.x;
    let b = &raw mut p.y[1];
    unsafe { *b = 20; println!("{} {}", *a, *b); }
    let c = ptr::addr_of!(p.y[2]);
    let d = ptr::addr_of_mut!(p.x);
    unsafe { *d += 5; println!("{} {}", *c, *d); }
    println!("{:?}", p);
}

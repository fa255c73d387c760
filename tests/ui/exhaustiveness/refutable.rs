// E0005: refutable patterns where an irrefutable one is needed (`let`, parameters, `for`).

#![allow(unused_variables, dead_code)]

const N: i32 = 1;

enum E {
    A(i32),
    B,
}

fn lets(x: Option<i32>, e: E, n: i32, t: Option<(i32, i32)>) {
    let Some(y) = x; //~ ERROR refutable pattern in local binding
    let E::A(z) = e; //~ ERROR refutable pattern in local binding
    let (a, 1) = (1, 2); //~ ERROR refutable pattern in local binding
    let Some((1, _)) = t; //~ ERROR refutable pattern in local binding
    let None = x; //~ ERROR refutable pattern in local binding
    let 1 = n; //~ ERROR refutable pattern in local binding
    let N = n; //~ ERROR refutable pattern in local binding
}

fn loops(v: [Option<u8>; 2]) {
    for Some(a) in v {} //~ ERROR refutable pattern in `for` loop binding
}

fn param(Some(q): Option<u8>) {} //~ ERROR refutable pattern in function argument

fn closure() {
    let c = |Some(q): Option<u8>| {}; //~ ERROR refutable pattern in closure argument
}

fn main() {}

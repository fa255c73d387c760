use expect_test::expect;

use crate::check;

#[test]
fn statics_and_references_between_them() {
    check(
        r#"
struct Node { value: u32, next: Option<&'static Node> }
enum Option<T> { None, Some(T) }
static A: u32 = 5;
static B: &u32 = &A;
static C: u32 = A + 1;
static LAST: Node = Node { value: 2, next: Option::None };
static FIRST: Node = Node { value: 1, next: Option::Some(&LAST) };
static SELF_REF: &Node = &FIRST;
static mut COUNTER: u32 = C * 2;
static mut BUF: [u8; 4] = [1, 2, 3, 4];
static ARR: [u16; 3] = [10, 20, 30];
static ELEM: &u16 = &ARR[2];
static SLICE: &[u16] = &ARR;
const READ: u32 = A + *B;
const PTR: &u32 = &A;
"#,
        expect![[r#"
            A = 5
            B = &static A+0
            C = 6
            LAST = [00 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00]
            FIRST = [00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00] @0 -> static LAST+0
            SELF_REF = &static FIRST+0
            COUNTER = 12
            BUF = [01 02 03 04] mut
            ARR = [0a 00 14 00 1e 00]
            ELEM = &static ARR+4
            SLICE = [00 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00] @0 -> static ARR+0
            READ = 10
            PTR = &static A+0
            discriminants of Option = [0, 1]
        "#]],
    );
}

#[test]
fn statics_may_read_mutable_statics_but_constants_may_not() {
    // rustc 1.95 accepts `S2` and rejects `K` with E0080.
    check(
        r#"
static mut M: u32 = 5;
static S2: u32 = unsafe { M } + 1;
const K: u32 = unsafe { M };
"#,
        expect![[r#"
            M = 5
            S2 = 6
            K = error

            error[E0080]: constant accesses mutable global memory
              --> test.rs:12:25
               |
            12 | const K: u32 = unsafe { M };
               |                         ^ evaluation of `K` failed here

        "#]],
    );
}

#[test]
fn function_pointers() {
    check(
        r#"
const fn double(x: u32) -> u32 { x * 2 }
const F: fn(u32) -> u32 = double;
static TABLE: [fn(u32) -> u32; 2] = [double, double];
"#,
        expect![[r#"
            F = &fn double+0
            TABLE = [00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00] @0 -> fn double+0 @8 -> fn double+0
        "#]],
    );
}

use expect_test::expect;

use crate::check;

#[test]
fn arrays_and_tuples() {
    // `(u8, u32, u16)` is laid out like rustc does: `u32` at 0, `u8` at 4, `u16` at 6 (a
    // tuple's last field keeps its place); the evaluator follows the layout it is given.
    check(
        r#"
const A: [u16; 3] = [1, 2, 0x0304];
const B: (u8, u32, u16) = (1, 2, 3);
const C: [[u8; 2]; 2] = [[1, 2], [3, 4]];
const D: [u32; 4] = [7; 4];
const E: u32 = A[2] as u32 + B.1 + C[1][0] as u32;
const F: ((), [u8; 0], bool) = ((), [], true);
const G: u8 = { let a = [1u8, 2, 3, 4, 5]; let mut i = 0; let mut s = 0; while i < 5 { s += a[i]; i += 1; } s };
"#,
        expect![[r#"
            A = [01 00 02 00 04 03]
            B = [02 00 00 00 01 00 03 00]
            C = [01 02 03 04]
            D = [07 00 00 00 07 00 00 00 07 00 00 00 07 00 00 00]
            E = 777
            F = scalar 0x1 (1 bytes)
            G = 15
        "#]],
    );
}

#[test]
fn structs_and_field_reordering() {
    // As rustc (checked by transmuting to bytes): `S` is `b: u64` at 0, `c: u16` at 8, `a: u8`
    // at 10, size 16; `#[repr(C)]` keeps declaration order with padding; `T(1, -2)` is
    // `fe ff 01 00`.
    check(
        r#"
struct S { a: u8, b: u64, c: u16 }
#[repr(C)]
struct R { a: u8, b: u32, c: u8 }
struct T(u8, i16);
struct Unit;
const A: S = S { a: 1, b: 2, c: 3 };
const B: R = R { a: 1, b: 2, c: 3 };
const C: T = T(1, -2);
const D: Unit = Unit;
const E: u64 = { let s = S { a: 10, b: 20, c: 30 }; s.a as u64 + s.b + s.c as u64 };
const F: S = { let mut s = A; s.b = 0xaabb; s.a += 1; s };
"#,
        expect![[r#"
            A = [02 00 00 00 00 00 00 00 03 00 01 00 00 00 00 00]
            B = [01 00 00 00 02 00 00 00 03 00 00 00]
            C = [fe ff 01 00]
            D = zst
            E = 60
            F = [bb aa 00 00 00 00 00 00 03 00 02 00 00 00 00 00]
        "#]],
    );
}

#[test]
fn enums_with_tags_and_niches() {
    // rustc 1.95: `size_of::<Opt>() == 2` with the tag first; `OptRef` uses the null niche of
    // `&u8` (8 bytes, `None` is 0); `Small` is one byte with tags 0..=2; `Ordering` as
    // `repr(i8)` stores -1; `WithData::B(7)` puts the tag at 0 and `u32` at 4.
    check(
        r#"
enum Opt { None, Some(u8) }
enum OptRef<'a> { None, Some(&'a u8) }
enum Small { A, B, C }
#[repr(i8)]
enum Ordering { Less = -1, Equal = 0, Greater = 1 }
enum WithData { A, B(u32), C { x: u16, y: u8 } }
const A: Opt = Opt::Some(5);
const B: Opt = Opt::None;
const C: OptRef<'static> = OptRef::None;
const D: OptRef<'static> = OptRef::Some(&9);
const E: Small = Small::C;
const F: Ordering = Ordering::Less;
const G: WithData = WithData::B(7);
const H: WithData = WithData::C { x: 0x1234, y: 0x56 };
const I: u8 = match A { Opt::Some(x) => x * 2, Opt::None => 0 };
const J: u32 = match H { WithData::A => 0, WithData::B(v) => v, WithData::C { x, y } => x as u32 + y as u32 };
const K: isize = Small::B as isize + F as isize;
const L: bool = match D { OptRef::Some(r) => *r == 9, OptRef::None => false };
"#,
        expect![[r#"
            A = [01 05]
            B = [00 00]
            C = scalar 0x0 (8 bytes)
            D = &[09]+0
            E = scalar 0x2 (1 bytes)
            F = scalar 0xff (1 bytes)
            G = [01 00 00 00 07 00 00 00]
            H = [02 56 34 12 00 00 00 00]
            I = 10
            J = 4746
            K = 0
            L = true
            discriminants of Opt = [0, 1]
            discriminants of OptRef = [0, 1]
            discriminants of Small = [0, 1, 2]
            discriminants of Ordering = [-1, 0, 1]
            discriminants of WithData = [0, 1, 2]
        "#]],
    );
}

#[test]
fn enum_discriminant_expressions() {
    check(
        r#"
const BASE: isize = 10;
enum E { A = BASE * 2, B, C = -(1 << 4), D }
#[repr(u8)]
enum F { X = 255, Y = 0 }
const A: i32 = E::B as i32;
const B: i32 = E::D as i32;
const C: u8 = F::X as u8;
"#,
        expect![[r#"
            BASE = 10
            A = 21
            B = -15
            C = 255
            discriminants of E = [20, 21, -16, -15]
            discriminants of F = [255, 0]
        "#]],
    );
}

#[test]
fn array_lengths() {
    check(
        r#"
const N: usize = 3;
const A: [u8; N * 2 + 1] = [9; 7];
const B: [u16; { const fn four() -> usize { 4 } four() }] = [1, 2, 3, 4];
type T = [u8; 1 << 3];
const C: T = [0xab; 8];
const D: u8 = { let t: T = C; t[7] / 0x10 + A[6] };
"#,
        expect![[r#"
            N = 3
            A = [09 09 09 09 09 09 09]
            B = [01 00 02 00 03 00 04 00]
            C = [ab ab ab ab ab ab ab ab]
            D = 19
        "#]],
    );
}

#[test]
fn strings_and_slices() {
    check(
        r#"
const A: &str = "hello";
const B: &[u8] = &[1, 2, 3];
const C: &[u16] = &[];
const D: &[u8; 3] = b"abc";
const F: &[u32] = { const ARR: [u32; 4] = [1, 2, 3, 4]; &ARR };
const G: u32 = F[3] + B[0] as u32;
const H: &[&str] = &["x", "yz"];
const I: u8 = { let s: &[u8] = D; s[1] };
const J: (&str, usize) = ("pair", 4);
"#,
        expect![[r#"
            A = "hello"
            B = slice of 3 in [01 02 03]
            C = slice of 0 in []
            D = &[61 62 63]+0
            F = slice of 4 in [01 00 00 00 02 00 00 00 03 00 00 00 04 00 00 00]
            ARR = [01 00 00 00 02 00 00 00 03 00 00 00 04 00 00 00]
            G = 5
            H = slice of 2 in [00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00] @0 -> [78]+0 @16 -> [79 7a]+0
            I = 98
            J = [00 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00 04 00 00 00 00 00 00 00] @0 -> [70 61 69 72]+0
        "#]],
    );
}

#[test]
fn references_to_temporaries() {
    check(
        r#"
struct P { x: i32, y: i32 }
const A: &i32 = &5;
const B: &P = &P { x: 1, y: -1 };
const C: &&u8 = &&7;
const D: i32 = { let p = P { x: 3, y: 4 }; let r = &p; r.x * r.y };
const E: i32 = { let mut v = 1; let r = &mut v; *r += 10; v };
const F: *const u8 = &3u8;
"#,
        expect![[r#"
            A = &[05 00 00 00]+0
            B = &[01 00 00 00 ff ff ff ff]+0
            C = &[00 00 00 00 00 00 00 00] @0 -> [07]+0+0
            D = 12
            E = 11
            F = &[03]+0
        "#]],
    );
}

#[test]
fn slice_patterns_and_subslices() {
    check(
        r#"
const A: u8 = match [1u8, 2, 3, 4] { [a, .., b] => a + b };
const B: u8 = { let s: &[u8] = &[5, 6, 7]; match s { [_, rest @ ..] => rest[1], [] => 0 } };
const C: u8 = { let [x, y, z] = [10u8, 20, 30]; x + y + z };
const D: u8 = { let s: &[u8] = &[1, 2, 3]; match s { [.., x, _] => *x, _ => 0 } };
const E: [u8; 2] = match [1u8, 2, 3, 4] { [_, mid @ .., _] => mid };
"#,
        expect![[r#"
            A = 5
            B = 7
            C = 60
            D = 2
            E = [02 03]
        "#]],
    );
}

#[test]
fn unions() {
    check(
        r#"
union U { i: u32, b: [u8; 4] }
const A: U = U { i: 0x01020304 };
const B: u8 = unsafe { U { i: 0x01020304 }.b[0] };
"#,
        expect![[r#"
            A = [04 03 02 01]
            B = 4
        "#]],
    );
}

#[test]
fn references_returned_from_const_fns() {
    // rustc promotes `&[1, 2, 3]` and `&7` to constants of their own; smelt keeps the
    // temporaries the returned value points to. A raw pointer to a local of a returned call
    // dangles, as in rustc.
    check(
        r#"
const fn table() -> &'static [u8] { &[1, 2, 3] }
const fn seven() -> &'static u32 { &7 }
const fn dangling() -> *const u32 { let x = 5u32; &x as *const u32 }
const A: &[u8] = table();
const B: u8 = table()[2] + *seven() as u8;
const C: u32 = unsafe { *dangling() };
const D: [(); 1000000] = [(); 1000000];
"#,
        expect![[r#"
            A = slice of 3 in [01 02 03]
            B = 10
            C = error
            D = zst

            error[E0080]: memory access failed: alloc3 has been freed, so this pointer is dangling
              --> test.rs:15:25
               |
            15 | const C: u32 = unsafe { *dangling() };
               |                         ^^^^^^^^^^^ evaluation of `C` failed here

        "#]],
    );
}

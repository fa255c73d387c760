use expect_test::expect;

use crate::check;

#[test]
fn const_fns_with_loops_and_recursion() {
    check(
        r#"
const fn sum_to(n: u32) -> u32 {
    let mut i = 0;
    let mut s = 0;
    while i <= n {
        s += i;
        i += 1;
    }
    s
}
const fn fib(n: u64) -> u64 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
const fn gcd(a: u64, b: u64) -> u64 { if b == 0 { a } else { gcd(b, a % b) } }
const fn first_set_bit(x: u32) -> u32 {
    let mut i = 0;
    loop {
        if x & (1 << i) != 0 { break i; }
        i += 1;
    }
}
const A: u32 = sum_to(100);
const B: u64 = fib(20);
const C: u64 = gcd(1071, 462);
const D: u32 = first_set_bit(0b1000_0000);
"#,
        expect![[r#"
            A = 5050
            B = 6765
            C = 21
            D = 7
        "#]],
    );
}

#[test]
fn consts_using_consts() {
    check(
        r#"
const A: u32 = 10;
const B: u32 = A * A;
const C: [u32; 2] = [A, B];
const D: u32 = C[0] + C[1] + E;
const E: u32 = 1;
const F: &u32 = &B;
const G: u32 = *F + 1;
"#,
        expect![[r#"
            A = 10
            B = 100
            C = [0a 00 00 00 64 00 00 00]
            D = 111
            E = 1
            F = &[64 00 00 00]+0
            G = 101
        "#]],
    );
}

#[test]
fn generics_methods_and_associated_consts() {
    // `F: (u8, char)` is laid out like rustc does (a tuple's last field keeps its place).
    check(
        r#"
struct P { x: i32, y: i32 }
impl P {
    const ORIGIN: P = P { x: 0, y: 0 };
    const fn new(x: i32, y: i32) -> P { P { x, y } }
    const fn dot(&self, o: &P) -> i32 { self.x * o.x + self.y * o.y }
    const fn moved(mut self, dx: i32) -> P { self.x += dx; self }
}
struct W<T>(T);
impl<T: Copy> W<T> {
    const fn get(&self) -> T { self.0 }
}
trait Tr { const K: u32 = 7; const L: u32; }
impl Tr for P { const L: u32 = 3; }
impl Tr for W<u8> { const K: u32 = 70; const L: u32 = 30; }
const fn pick<T: Copy>(c: bool, a: T, b: T) -> T { if c { a } else { b } }
const A: i32 = P::new(1, 2).dot(&P::new(3, 4));
const B: i32 = P::ORIGIN.moved(5).x;
const C: u16 = W(9u16).get();
const D: u32 = P::K + P::L;
const E: u32 = W::<u8>::K + W::<u8>::L;
const F: (u8, char) = (pick(false, 1u8, 2u8), pick(true, 'a', 'b'));
const G: u8 = const { 3 } * 2;
"#,
        expect![[r#"
            ORIGIN = [00 00 00 00 00 00 00 00]
            L = 3
            K = 70
            L = 30
            A = 11
            B = 5
            C = 9
            D = 10
            E = 100
            F = [02 00 00 00 61 00 00 00]
            G = 6
        "#]],
    );
}

#[test]
fn intrinsics() {
    check(
        r#"
#[rustc_intrinsic] const fn size_of<T>() -> usize;
#[rustc_intrinsic] const fn align_of<T>() -> usize;
#[rustc_intrinsic] const fn wrapping_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic] const fn rotate_left<T: Copy>(x: T, shift: u32) -> T;
#[rustc_intrinsic] const fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic] const fn ctlz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic] const fn bswap<T: Copy>(x: T) -> T;
#[rustc_intrinsic] const fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic] const unsafe fn transmute<T, U>(x: T) -> U;
struct S { a: u8, b: u64 }
const A: usize = size_of::<S>() + align_of::<u16>();
const B: u8 = wrapping_add(250u8, 10);
const C: u8 = rotate_left(0b1000_0001u8, 1);
const D: u32 = ctpop(0xf0f0u16) + ctlz(1u64);
const E: u32 = bswap(0x11223344u32);
const F: (i8, bool) = add_with_overflow(100i8, 100);
const G: u32 = unsafe { transmute::<f32, u32>(1.0) };
const H: usize = size_of::<[u16; 5]>();
"#,
        expect![[r#"
            A = 18
            B = 4
            C = 3
            D = 71
            E = 1144201745
            F = [c8 01]
            G = 1065353216
            H = 10
        "#]],
    );
}

#[test]
fn const_generics_and_generic_associated_consts() {
    check(
        r#"
#[rustc_intrinsic] const fn size_of<T>() -> usize;
struct W<T>(T);
impl<T> W<T> { const SIZE: usize = size_of::<T>() * 2; }
const fn len<const N: usize>(a: [u8; N]) -> usize { N + a[0] as usize }
const fn zeros<const N: usize>() -> [u16; N] { [0; N] }
const A: usize = W::<u64>::SIZE + W::<(u8, u16)>::SIZE;
const B: usize = len([7; 5]);
const C: [u16; 3] = zeros::<3>();
"#,
        expect![[r#"
            A = 24
            B = 12
            C = [00 00 00 00 00 00]
        "#]],
    );
}

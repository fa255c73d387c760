use expect_test::expect;

use crate::check;

#[test]
fn arithmetic_overflow() {
    // The messages and labels are rustc 1.95's, character for character.
    check(
        r#"
const X: u8 = 255 + 1;
const I: usize = 5;
const D: i32 = 1 / (I as i32 - 5);
const R: i32 = 1 % (I as i32 - 5);
const MIN: i32 = -2147483647 - 1;
const N: i32 = -(MIN + (I as i32 - 5));
const S: u32 = 1u32 << (I + 30);
const M: i32 = MIN / -1;
const H: i64 = -9223372036854775807 - 1 - 1;
const G: i64 = -5 % 0;
const W: i64 = (-9223372036854775807 - 1) % -1;
const U: u16 = 0 - 1;
const T: i128 = 170141183460469231731687303715884105727 * 2;
const Z: usize = 18446744073709551615 + 1;
"#,
        expect![[r#"
            X = error
            I = 5
            D = error
            R = error
            MIN = -2147483648
            N = error
            S = error
            M = error
            H = error
            G = error
            W = error
            U = error
            T = error
            Z = error

            error[E0080]: attempt to compute `u8::MAX + 1_u8`, which would overflow
              --> test.rs:10:15
               |
            10 | const X: u8 = 255 + 1;
               |               ^^^^^^^ evaluation of `X` failed here

            error[E0080]: attempt to divide `1_i32` by zero
              --> test.rs:12:16
               |
            12 | const D: i32 = 1 / (I as i32 - 5);
               |                ^^^^^^^^^^^^^^^^^^ evaluation of `D` failed here

            error[E0080]: attempt to calculate the remainder of `1_i32` with a divisor of zero
              --> test.rs:13:16
               |
            13 | const R: i32 = 1 % (I as i32 - 5);
               |                ^^^^^^^^^^^^^^^^^^ evaluation of `R` failed here

            error[E0080]: attempt to negate `i32::MIN`, which would overflow
              --> test.rs:15:16
               |
            15 | const N: i32 = -(MIN + (I as i32 - 5));
               |                ^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `N` failed here

            error[E0080]: attempt to shift left by `35_usize`, which would overflow
              --> test.rs:16:16
               |
            16 | const S: u32 = 1u32 << (I + 30);
               |                ^^^^^^^^^^^^^^^^ evaluation of `S` failed here

            error[E0080]: attempt to compute `i32::MIN / -1_i32`, which would overflow
              --> test.rs:17:16
               |
            17 | const M: i32 = MIN / -1;
               |                ^^^^^^^^ evaluation of `M` failed here

            error[E0080]: attempt to compute `i64::MIN - 1_i64`, which would overflow
              --> test.rs:18:16
               |
            18 | const H: i64 = -9223372036854775807 - 1 - 1;
               |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `H` failed here

            error[E0080]: attempt to calculate the remainder of `-5_i64` with a divisor of zero
              --> test.rs:19:16
               |
            19 | const G: i64 = -5 % 0;
               |                ^^^^^^ evaluation of `G` failed here

            error[E0080]: attempt to compute `i64::MIN % -1_i64`, which would overflow
              --> test.rs:20:16
               |
            20 | const W: i64 = (-9223372036854775807 - 1) % -1;
               |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `W` failed here

            error[E0080]: attempt to compute `0_u16 - 1_u16`, which would overflow
              --> test.rs:21:16
               |
            21 | const U: u16 = 0 - 1;
               |                ^^^^^ evaluation of `U` failed here

            error[E0080]: attempt to compute `i128::MAX * 2_i128`, which would overflow
              --> test.rs:22:17
               |
            22 | const T: i128 = 170141183460469231731687303715884105727 * 2;
               |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `T` failed here

            error[E0080]: attempt to compute `usize::MAX + 1_usize`, which would overflow
              --> test.rs:23:18
               |
            23 | const Z: usize = 18446744073709551615 + 1;
               |                  ^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `Z` failed here

        "#]],
    );
}

#[test]
fn index_out_of_bounds() {
    check(
        r#"
const A: [i32; 3] = [1, 2, 3];
const I: usize = 5;
const X: i32 = A[I];
const Y: u8 = { let s: &[u8] = &[1, 2]; s[2] };
"#,
        expect![[r#"
            A = [01 00 00 00 02 00 00 00 03 00 00 00]
            I = 5
            X = error
            Y = error

            error[E0080]: index out of bounds: the length is 3 but the index is 5
              --> test.rs:12:16
               |
            12 | const X: i32 = A[I];
               |                ^^^^ evaluation of `X` failed here

            error[E0080]: index out of bounds: the length is 2 but the index is 2
              --> test.rs:13:41
               |
            13 | const Y: u8 = { let s: &[u8] = &[1, 2]; s[2] };
               |                                         ^^^^ evaluation of `Y` failed here

        "#]],
    );
}

#[test]
fn failures_inside_const_fn_calls() {
    check(
        r#"
const fn f(x: u32) -> u32 { x - 1 }
const fn g(x: u32) -> u32 { f(x) }
const C: u32 = g(0);
static S: u32 = g(0);
const fn rec(n: u32) -> u32 { if n == 0 { 1 / n } else { rec(n - 1) } }
const R: u32 = rec(10);
const fn two(n: u32) -> u32 { if n == 0 { 1 / n } else { two(n - 1) } }
const T: u32 = two(2);
const fn gen<T: Copy>(x: T) -> T { let _ = 1u8 - 2; x }
const GEN: u32 = gen(5u32);
"#,
        expect![[r#"
            C = error
            S = error
            R = error
            T = error
            GEN = error

            error[E0080]: attempt to compute `0_u32 - 1_u32`, which would overflow
              --> test.rs:12:16
               |
            12 | const C: u32 = g(0);
               |                ^^^^ evaluation of `C` failed inside this call
               |
            note: inside `g`
              --> test.rs:11:29
               |
            11 | const fn g(x: u32) -> u32 { f(x) }
               |                             ^^^^
            note: inside `f`
              --> test.rs:10:29
               |
            10 | const fn f(x: u32) -> u32 { x - 1 }
               |                             ^^^^^ the failure occurred here

            error[E0080]: attempt to compute `0_u32 - 1_u32`, which would overflow
              --> test.rs:13:17
               |
            13 | static S: u32 = g(0);
               |                 ^^^^ evaluation of `S` failed inside this call
               |
            note: inside `g`
              --> test.rs:11:29
               |
            11 | const fn g(x: u32) -> u32 { f(x) }
               |                             ^^^^
            note: inside `f`
              --> test.rs:10:29
               |
            10 | const fn f(x: u32) -> u32 { x - 1 }
               |                             ^^^^^ the failure occurred here

            error[E0080]: attempt to divide `1_u32` by zero
              --> test.rs:15:16
               |
            15 | const R: u32 = rec(10);
               |                ^^^^^^^ evaluation of `R` failed inside this call
               |
            note: [... 9 additional calls inside `rec` ...]
              --> test.rs:14:58
               |
            14 | const fn rec(n: u32) -> u32 { if n == 0 { 1 / n } else { rec(n - 1) } }
               |                                                          ^^^^^^^^^^
            note: inside `rec`
              --> test.rs:14:58
               |
            14 | const fn rec(n: u32) -> u32 { if n == 0 { 1 / n } else { rec(n - 1) } }
               |                                                          ^^^^^^^^^^
            note: inside `rec`
              --> test.rs:14:43
               |
            14 | const fn rec(n: u32) -> u32 { if n == 0 { 1 / n } else { rec(n - 1) } }
               |                                           ^^^^^ the failure occurred here

            error[E0080]: attempt to divide `1_u32` by zero
              --> test.rs:17:16
               |
            17 | const T: u32 = two(2);
               |                ^^^^^^ evaluation of `T` failed inside this call
               |
            note: inside `two`
              --> test.rs:16:58
               |
            16 | const fn two(n: u32) -> u32 { if n == 0 { 1 / n } else { two(n - 1) } }
               |                                                          ^^^^^^^^^^
            note: inside `two`
              --> test.rs:16:58
               |
            16 | const fn two(n: u32) -> u32 { if n == 0 { 1 / n } else { two(n - 1) } }
               |                                                          ^^^^^^^^^^
            note: inside `two`
              --> test.rs:16:43
               |
            16 | const fn two(n: u32) -> u32 { if n == 0 { 1 / n } else { two(n - 1) } }
               |                                           ^^^^^ the failure occurred here

            error[E0080]: attempt to compute `1_u8 - 2_u8`, which would overflow
              --> test.rs:19:18
               |
            19 | const GEN: u32 = gen(5u32);
               |                  ^^^^^^^^^ evaluation of `GEN` failed inside this call
               |
            note: inside `gen::<u32>`
              --> test.rs:18:44
               |
            18 | const fn gen<T: Copy>(x: T) -> T { let _ = 1u8 - 2; x }
               |                                            ^^^^^^^ the failure occurred here

        "#]],
    );
}

#[test]
fn track_caller_frames_are_left_out() {
    check(
        r#"
#[lang = "panic"]
const fn panic(msg: &'static str) -> ! { loop {} }
#[track_caller]
const fn a() -> u32 { panic("hey") }
#[track_caller]
const fn b() -> u32 { a() }
const fn c() -> u32 { b() }
const X: u32 = c();
const Y: u32 = b();
"#,
        expect![[r#"
            X = error
            Y = error

            error[E0080]: evaluation panicked: hey
              --> test.rs:17:16
               |
            17 | const X: u32 = c();
               |                ^^^ evaluation of `X` failed inside this call
               |
            note: inside `c`
              --> test.rs:16:23
               |
            16 | const fn c() -> u32 { b() }
               |                       ^^^ the failure occurred here

            error[E0080]: evaluation panicked: hey
              --> test.rs:18:16
               |
            18 | const Y: u32 = b();
               |                ^^^ evaluation of `Y` failed here

        "#]],
    );
}

#[test]
fn panics() {
    check(
        r#"
#[lang = "panic"]
const fn panic(msg: &'static str) -> ! { loop {} }
#[lang = "format_arguments"]
struct Arguments<'a> { pieces: &'a [&'static str], args: &'a [u8] }
#[lang = "panic_fmt"]
const fn panic_fmt(a: Arguments<'_>) -> ! { loop {} }
const P: u32 = panic("assertion failed: 1 == 2");
const Q: u8 = { if 1 + 1 == 2 { panic_fmt(Arguments { pieces: &["boom ", "and more"], args: &[] }) } 0 };
const F: u8 = { panic_fmt(Arguments { pieces: &["x = ", ""], args: &[1] }) };
#[lang = "panic_display"]
const fn panic_display<T: ?Sized>(x: &T) -> ! { loop {} }
const D: u8 = panic_display(&"displayed");
"#,
        expect![[r#"
            P = error
            Q = error
            F = error
            D = error

            error[E0080]: evaluation panicked: assertion failed: 1 == 2
              --> test.rs:16:16
               |
            16 | const P: u32 = panic("assertion failed: 1 == 2");
               |                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `P` failed here

            error[E0080]: evaluation panicked: boom and more
              --> test.rs:17:33
               |
            17 | const Q: u8 = { if 1 + 1 == 2 { panic_fmt(Arguments { pieces: &["boom ", "and more"], args: &[] }) } 0 };
               |                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `Q` failed here

            error[E0015]: cannot call non-const formatting macro in constants
              --> test.rs:18:17
               |
            18 | const F: u8 = { panic_fmt(Arguments { pieces: &["x = ", ""], args: &[1] }) };
               |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
               |
               = note: calls in constants are limited to constant functions, tuple structs and tuple variants

            error[E0080]: evaluation panicked: displayed
              --> test.rs:21:15
               |
            21 | const D: u8 = panic_display(&"displayed");
               |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `D` failed here

        "#]],
    );
}

#[test]
fn calls_of_functions_that_are_not_const() {
    check(
        r#"
fn nonconst() -> u32 { 1 }
struct S<T>(T);
impl<T> S<T> { fn m(&self) -> u8 { 1 } fn a() -> u8 { 2 } }
const NC: u32 = nonconst();
const A: u8 = S(1u8).m();
const B: u8 = S::<u16>::a();
static C: u8 = S::<u16>::a();
const fn indirect() -> u32 { nonconst() }
const D: u32 = indirect();
const fn double(x: u32) -> u32 { x * 2 }
const F: fn(u32) -> u32 = double;
const G: u32 = F(4);
"#,
        expect![[r#"
            NC = error
            A = error
            B = error
            C = error
            D = error
            F = &fn double+0
            G = error

            error[E0015]: cannot call non-const function `nonconst` in constants
              --> test.rs:13:17
               |
            13 | const NC: u32 = nonconst();
               |                 ^^^^^^^^^^
               |
            note: function `nonconst` is not const
              --> test.rs:10:1
               |
            10 | fn nonconst() -> u32 { 1 }
               | ^^^^^^^^^^^^^^^^^^^^
               = note: calls in constants are limited to constant functions, tuple structs and tuple variants

            error[E0015]: cannot call non-const method `S::<u8>::m` in constants
              --> test.rs:14:15
               |
            14 | const A: u8 = S(1u8).m();
               |               ^^^^^^^^^^
               |
               = note: calls in constants are limited to constant functions, tuple structs and tuple variants

            error[E0015]: cannot call non-const associated function `S::<u16>::a` in constants
              --> test.rs:15:15
               |
            15 | const B: u8 = S::<u16>::a();
               |               ^^^^^^^^^^^^^
               |
               = note: calls in constants are limited to constant functions, tuple structs and tuple variants

            error[E0015]: cannot call non-const associated function `S::<u16>::a` in statics
              --> test.rs:16:16
               |
            16 | static C: u8 = S::<u16>::a();
               |                ^^^^^^^^^^^^^
               |
               = note: calls in statics are limited to constant functions, tuple structs and tuple variants
               = note: consider wrapping this expression in `std::sync::LazyLock::new(|| ...)`

            error[E0015]: cannot call non-const function `nonconst` in constant functions
              --> test.rs:17:30
               |
            17 | const fn indirect() -> u32 { nonconst() }
               |                              ^^^^^^^^^^
               |
            note: function `nonconst` is not const
              --> test.rs:10:1
               |
            10 | fn nonconst() -> u32 { 1 }
               | ^^^^^^^^^^^^^^^^^^^^
               = note: calls in constant functions are limited to constant functions, tuple structs and tuple variants

            error: function pointer calls are not allowed in constants
              --> test.rs:21:16
               |
            21 | const G: u32 = F(4);
               |                ^^^^

        "#]],
    );
}

#[test]
fn erroneous_constants_used_elsewhere() {
    check(
        r#"
const BAD: u8 = 200 * 2;
const USES: u8 = BAD + 1;
const ALSO: [u8; 2] = [BAD, 0];
"#,
        expect![[r#"
            BAD = error
            USES = error
            ALSO = error

            error[E0080]: attempt to compute `200_u8 * 2_u8`, which would overflow
              --> test.rs:10:17
               |
            10 | const BAD: u8 = 200 * 2;
               |                 ^^^^^^^ evaluation of `BAD` failed here

            note: erroneous constant encountered
              --> test.rs:11:18
               |
            11 | const USES: u8 = BAD + 1;
               |                  ^^^

            note: erroneous constant encountered
              --> test.rs:12:24
               |
            12 | const ALSO: [u8; 2] = [BAD, 0];
               |                        ^^^

        "#]],
    );
}

#[test]
fn names_of_anonymous_constants() {
    // rustc names them after their parent: `E::X::{constant#0}`, `A::{constant#0}`,
    // `f::{constant#0}`.
    check(
        r#"
enum E { X = 1 / 0, Y }
"#,
        expect![[r#"
            discriminants of E = [0, 1]

            error[E0080]: attempt to divide `1_isize` by zero
              --> test.rs:10:14
               |
            10 | enum E { X = 1 / 0, Y }
               |              ^^^^^ evaluation of `E::X::{constant#0}` failed here

        "#]],
    );
    check(
        r#"
#[rustc_intrinsic] const fn size_of<T>() -> usize;
type A = [u8; (0u8 - 1) as usize];
const S: usize = size_of::<A>();
"#,
        expect![[r#"
            S = error

            error[E0080]: attempt to compute `0_u8 - 1_u8`, which would overflow
              --> test.rs:11:15
               |
            11 | type A = [u8; (0u8 - 1) as usize];
               |               ^^^^^^^^^ evaluation of `A::{constant#0}` failed here

        "#]],
    );
    check(
        r#"
const fn f() -> u8 { const { 1u8 + 255 } }
const INLINE: u8 = f();
"#,
        expect![[r#"
            INLINE = error

            error[E0080]: attempt to compute `1_u8 + u8::MAX`, which would overflow
              --> test.rs:10:30
               |
            10 | const fn f() -> u8 { const { 1u8 + 255 } }
               |                              ^^^^^^^^^ evaluation of `f::{constant#0}` failed here

            note: erroneous constant encountered
              --> test.rs:10:22
               |
            10 | const fn f() -> u8 { const { 1u8 + 255 } }
               |                      ^^^^^^^^^^^^^^^^^^^

        "#]],
    );
}

#[test]
fn infinite_loops_hit_the_step_limit() {
    check(
        r#"
const fn spin() -> u32 { let mut i = 0u32; loop { i ^= 1; } }
const L: u32 = spin();
"#,
        expect![[r#"
            L = error

            error: constant evaluation is taking a long time
              --> test.rs:10:44
               |
            10 | const fn spin() -> u32 { let mut i = 0u32; loop { i ^= 1; } }
               |                                            ^^^^^^^^^^^^^^^^
               |
               = note: this lint makes sure the compiler doesn't get stuck due to infinite loops in const eval.
                       If your compilation actually takes a long time, you can safely allow the lint
            help: the constant being evaluated
              --> test.rs:11:1
               |
            11 | const L: u32 = spin();
               | ^^^^^^^^^^^^^^^^^^^^^^
               = note: `#[deny(long_running_const_eval)]` on by default

        "#]],
    );
}

#[test]
fn deep_recursion_hits_the_frame_limit() {
    check(
        r#"
const fn r(n: u32) -> u32 { if n == 0 { 0 } else { r(n - 1) + 1 } }
const DEEP: u32 = r(100000);
const SHALLOW: u32 = r(100);
"#,
        expect![[r#"
            DEEP = error
            SHALLOW = 100

            error[E0080]: reached the configured maximum number of stack frames
              --> test.rs:11:19
               |
            11 | const DEEP: u32 = r(100000);
               |                   ^^^^^^^^^ evaluation of `DEEP` failed inside this call
               |
            note: [... 126 additional calls inside `r` ...]
              --> test.rs:10:52
               |
            10 | const fn r(n: u32) -> u32 { if n == 0 { 0 } else { r(n - 1) + 1 } }
               |                                                    ^^^^^^^^
            note: inside `r`
              --> test.rs:10:52
               |
            10 | const fn r(n: u32) -> u32 { if n == 0 { 0 } else { r(n - 1) + 1 } }
               |                                                    ^^^^^^^^ the failure occurred here

        "#]],
    );
}

#[test]
fn pointers_have_no_address() {
    check(
        r#"
const X: usize = &5 as *const i32 as usize;
const P: bool = { let a = 1; let b = 2; (&a as *const i32) == (&b as *const i32) };
const Q: bool = { let a = [1u8, 2]; (&a[0] as *const u8) == (&a[0] as *const u8) };
"#,
        expect![[r#"
            X = error
            P = error
            Q = true

            error: pointers cannot be cast to integers during const eval
              --> test.rs:10:18
               |
            10 | const X: usize = &5 as *const i32 as usize;
               |                  ^^^^^^^^^^^^^^^^^^^^^^^^^
               |
               = note: at compile-time, pointers do not have an integer value
               = note: avoiding this restriction via `transmute`, `union`, or raw pointers leads to compile-time undefined behavior

            error: pointers cannot be reliably compared during const eval
              --> test.rs:11:41
               |
            11 | const P: bool = { let a = 1; let b = 2; (&a as *const i32) == (&b as *const i32) };
               |                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
               |
               = note: see issue #53020 <https://github.com/rust-lang/rust/issues/53020> for more information

        "#]],
    );
}

#[test]
fn undefined_behaviour() {
    check(
        r#"
#[rustc_intrinsic] const unsafe fn unreachable() -> !;
#[rustc_intrinsic] const unsafe fn unchecked_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic] const unsafe fn transmute<T, U>(x: T) -> U;
const U: u8 = unsafe { unreachable() };
const A: u8 = unsafe { unchecked_add(200u8, 100) };
// FIXME: rustc rejects `D`: "constructing invalid value: encountered a dangling reference
// (0x10[noalloc] has no provenance)"; smelt does not validate final values yet.
const D: &u8 = unsafe { transmute::<usize, &u8>(16) };
const R: u8 = unsafe { *transmute::<usize, &u8>(16) };
"#,
        expect![[r#"
            U = error
            A = error
            D = scalar 0x10 (8 bytes)
            R = error

            error[E0080]: entering unreachable code
              --> test.rs:13:24
               |
            13 | const U: u8 = unsafe { unreachable() };
               |                        ^^^^^^^^^^^^^ evaluation of `U` failed here

            error[E0080]: arithmetic overflow in `unchecked_add`
              --> test.rs:14:24
               |
            14 | const A: u8 = unsafe { unchecked_add(200u8, 100) };
               |                        ^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `A` failed here

            error[E0080]: memory access failed: expected a pointer to 1 byte of memory, but got 0x10[noalloc] which is a dangling pointer (it has no provenance)
              --> test.rs:18:24
               |
            18 | const R: u8 = unsafe { *transmute::<usize, &u8>(16) };
               |                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ evaluation of `R` failed here

        "#]],
    );
}

#[test]
fn cycles_are_errors() {
    check(
        r#"
const A: u8 = B;
const B: u8 = A;
"#,
        expect![[r#"
            A = error
            B = error

            error[E0391]: cycle detected when computing const-evaluating `A`
              --> test.rs:10:1
               |
            10 | const A: u8 = B;
               | ^^^^^^^^^^^^^^^^
               |
               = note: ...which immediately requires computing const-evaluating `A` again

            note: erroneous constant encountered
              --> test.rs:11:15
               |
            11 | const B: u8 = A;
               |               ^

            note: erroneous constant encountered
              --> test.rs:10:15
               |
            10 | const A: u8 = B;
               |               ^

        "#]],
    );
}

use crate::check;
use expect_test::expect;

#[test]
fn integer_literals_and_arithmetic() {
    check(
        r#"
const A: u8 = 200 + 55;
const B: i8 = -128;
const C: i16 = 300 * -100;
const D: u32 = (1 << 31) | 7;
const E: i64 = -9_000_000_000 / 7;
const F: u128 = 0xffff_ffff_ffff_ffff_ffff_ffff_ffff_fff0 + 15;
const G: i128 = -170141183460469231731687303715884105728;
const H: usize = 10 % 3;
const I: isize = -7 >> 1;
const J: u64 = !0 ^ 0xff;
const K: bool = 3 < 4 && !(5 == 6);
const L: char = 'x';
const M: i32 = -(5 - 7) * 3;
"#,
        expect![[r#"
            A = 255
            B = -128
            C = -30000
            D = 2147483655
            E = -1285714285
            F = 340282366920938463463374607431768211455
            G = -170141183460469231731687303715884105728
            H = 1
            I = -4
            J = 18446744073709551360
            K = true
            L = 'x'
            M = 6
        "#]],
    );
}

#[test]
fn every_width_wraps_and_extends() {
    // Casts between widths truncate or extend by the source's signedness, as `as` does.
    check(
        r#"
const A: u8 = 300u16 as u8;
const B: i8 = 200u8 as i8;
const C: u16 = -1i8 as u16;
const D: i32 = 0xffff_ffffu32 as i32;
const E: u64 = -2i32 as u64;
const F: i128 = -3i8 as i128;
const G: u128 = -1i64 as u128;
const H: usize = -1isize as usize;
const I: u32 = 'A' as u32;
const J: char = 66u8 as char;
const K: u8 = true as u8;
"#,
        expect![[r#"
            A = 44
            B = -56
            C = 65535
            D = -1
            E = 18446744073709551614
            F = -3
            G = 340282366920938463463374607431768211455
            H = 18446744073709551615
            I = 65
            J = 'B'
            K = 1
        "#]],
    );
}

#[test]
fn floats() {
    check(
        r#"
const A: f64 = 1.5 + 2.25;
const B: f32 = 1.0 / 3.0;
const C: f64 = -0.0 * 2.0;
const D: bool = 0.1 + 0.2 == 0.3;
const E: i32 = 3.99f64 as i32;
const F: u8 = -5.0f32 as u8;
const G: u8 = 1e10 as u8;
const H: f32 = 16777217u32 as f32;
const I: f64 = 2.5f32 as f64;
const J: f64 = 7.5 % 2.0;
const K: i64 = (0.0f64 / 0.0) as i64;
"#,
        expect![[r#"
            A = 3.75_f64
            B = 0.33333334_f32
            C = -0.0_f64
            D = false
            E = 3
            F = 0
            G = 255
            H = 16777216.0_f32
            I = 2.5_f64
            J = 1.5_f64
            K = 0
        "#]],
    );
}

#[test]
fn checked_arithmetic_of_every_width() {
    // The largest and smallest values of each width, computed without overflow.
    check(
        r#"
const U8: u8 = 127 + 128;
const U16: u16 = 65535 - 0;
const U32: u32 = 65536 * 65535 + 65535;
const U64: u64 = 18446744073709551615 / 1;
const U128: u128 = 340282366920938463463374607431768211455 % 7 * 0 + 340282366920938463463374607431768211455;
const I8: i8 = -127 - 1;
const I16: i16 = -32767 - 1;
const I32: i32 = 2147483647 * 1;
const I64: i64 = -9223372036854775807 - 1;
const I128: i128 = 170141183460469231731687303715884105727 / -1;
const ISIZE: isize = -9223372036854775807 - 1;
const USIZE: usize = 18446744073709551615;
"#,
        expect![[r#"
            U8 = 255
            U16 = 65535
            U32 = 4294967295
            U64 = 18446744073709551615
            U128 = 340282366920938463463374607431768211455
            I8 = -128
            I16 = -32768
            I32 = 2147483647
            I64 = -9223372036854775808
            I128 = -170141183460469231731687303715884105727
            ISIZE = -9223372036854775808
            USIZE = 18446744073709551615
        "#]],
    );
}

#[test]
fn shifts_and_bits() {
    check(
        r#"
const A: u8 = 1 << 7;
const B: i8 = -128 >> 7;
const C: u16 = 0x8000 >> 15;
const D: i32 = 1 << 31;
const E: u64 = 1 << 63u8;
const F: i128 = -1 << 127;
const G: u32 = 0b1010 & 0b0110 | 0b1_0000 ^ 1;
const H: bool = true ^ true | false & true;
"#,
        expect![[r#"
            A = 128
            B = -1
            C = 1
            D = -2147483648
            E = 9223372036854775808
            F = -170141183460469231731687303715884105728
            G = 19
            H = false
        "#]],
    );
}

#[test]
fn constants_check_overflow_even_without_overflow_checks() {
    // As rustc with `-C overflow-checks=off`: a constant's own arithmetic is checked, a
    // `const fn`'s wraps.
    check(
        r#"//@ overflow-checks: off
const fn f(x: u8) -> u8 { x + 1 }
const Y: u8 = f(255);
const Z: i8 = { let m = -128i8; -m };
const X: u8 = 255 + 1;
"#,
        expect![[r#"
            Y = 0
            Z = error
            X = error

            error[E0080]: attempt to negate `i8::MIN`, which would overflow
              --> test.rs:12:33
               |
            12 | const Z: i8 = { let m = -128i8; -m };
               |                                 ^^ evaluation of `Z` failed here

            error[E0080]: attempt to compute `u8::MAX + 1_u8`, which would overflow
              --> test.rs:13:15
               |
            13 | const X: u8 = 255 + 1;
               |               ^^^^^^^ evaluation of `X` failed here

        "#]],
    );
}

// `{}` and `{:?}` of f64 and f32: shortest round-trip digits, positional for Display,
// exponent form for Debug below 1e-4 and from 1e16, signs, zeros, NaN and infinities.

fn show64(x: f64) {
    println!("{} | {:?}", x, x);
}

fn show32(x: f32) {
    println!("{} | {:?}", x, x);
}

fn main() {
    let values: [f64; 60] = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.2,
        0.3,
        0.1 + 0.2,
        1.5,
        2.5,
        100.0,
        123456789.123456789,
        1e-7,
        1e-5,
        1e-4,
        0.00012,
        0.001,
        1e15,
        1e16,
        1e17,
        9007199254740992.0,
        9007199254740993.0,
        1e21,
        1e22,
        1e23,
        1.7976931348623157e308,
        2.2250738585072014e-308,
        2.2250738585072009e-308,
        5e-324,
        1e-323,
        4.9406564584124654e-324,
        1e300,
        1e-300,
        3.141592653589793,
        2.718281828459045,
        1.0 / 3.0,
        2.0 / 3.0,
        -123.456,
        0.5,
        0.25,
        0.125,
        1234567.0,
        12345678901234567890.0,
        0.000001,
        299792458.0,
        6.02214076e23,
        6.62607015e-34,
        1.602176634e-19,
        9999999999999998.0,
        9999999999999999.0,
        0.30000000000000004,
        100000000000000000000.0,
        123e45,
        4.35,
        0.7,
        1.1,
        2.2,
        33.33,
        -1e-10,
        65536.0,
    ];
    let mut i = 0;
    while i < values.len() {
        show64(values[i]);
        i += 1;
    }
    show64(f64::MAX);
    show64(f64::MIN);
    show64(f64::MIN_POSITIVE);
    show64(f64::EPSILON);
    show64(f64::NAN);
    show64(f64::INFINITY);
    show64(f64::NEG_INFINITY);
    show64(-f64::NAN);

    let values32: [f32; 24] = [
        0.0,
        -0.0,
        1.0,
        0.1,
        0.2,
        0.3,
        1.5,
        16777216.0,
        16777217.0,
        16777218.0,
        3.4028235e38,
        1.1754944e-38,
        1e-45,
        1.4e-45,
        3.1415927,
        1e10,
        1e16,
        1e17,
        1e-4,
        9.9e-5,
        123456.789,
        0.333333343,
        7.0e-39,
        -2.5,
    ];
    let mut j = 0;
    while j < values32.len() {
        show32(values32[j]);
        j += 1;
    }
    show32(f32::MAX);
    show32(f32::MIN_POSITIVE);
    show32(f32::EPSILON);
    show32(f32::NAN);
    show32(f32::NEG_INFINITY);

    // Powers of two and ten across the range.
    let mut p = 1.0f64;
    let mut k = 0;
    while k < 70 {
        println!("2^{}: {} {:?}", k * 16, p, p);
        p *= 65536.0;
        k += 1;
    }
    let mut q = 1.0f64;
    let mut n = 0;
    while n < 40 {
        println!("10^-{}: {} {:?}", n, q, q);
        q /= 10.0;
        n += 1;
    }
    let mut r = 1.0f32;
    let mut m = 0;
    while m < 45 {
        println!("f32 10^{}: {} {:?}", m, r, r);
        r *= 10.0;
        m += 1;
    }
    // Nested in containers, as Debug of floats is used most.
    println!("{:?}", [1.0, 0.5, -2.25]);
    println!("{:?}", (1.0f32, Some(2.5f64)));
    println!("{:#?}", [0.1f32, 1e20]);
}

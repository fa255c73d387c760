// `{:e}` and `{:E}`: shortest digits in exponent form, and `{:.Ne}` rounded to N decimals.

fn main() {
    let values: [f64; 26] = [
        0.0,
        -0.0,
        1.0,
        10.0,
        0.1,
        1234.5,
        -1234.5,
        1e-7,
        1e16,
        1e21,
        1e100,
        1e-100,
        123456789.123456789,
        5e-324,
        2.2250738585072014e-308,
        1.7976931348623157e308,
        0.3,
        2.5,
        9.5,
        99.5,
        9.999,
        0.000123456,
        6.02214076e23,
        1.0 / 3.0,
        f64::NAN,
        f64::NEG_INFINITY,
    ];
    let mut i = 0;
    while i < values.len() {
        let x = values[i];
        println!("{:e} {:E} {:.0e} {:.1e} {:.2e} {:.3E} {:.20e}", x, x, x, x, x, x, x);
        i += 1;
    }
    let values32: [f32; 8] = [0.1, 16777217.0, 3.4028235e38, 1e-45, 1.1754944e-38, 0.5, 7.5, -123.456];
    let mut j = 0;
    while j < values32.len() {
        let x = values32[j];
        println!("{:e} {:E} {:.0e} {:.2e} {:.10e}", x, x, x, x, x);
        j += 1;
    }
    // Rounding carries into a new leading digit.
    println!("{:.0e} {:.1e} {:.2e} {:.0e} {:.0e}", 9.5, 9.96, 9.996, 8.5, 0.95);
    // Many digits: exact digits, then zeros.
    println!("{:.60e}", 0.1);
    println!("{:.800e}", 5e-324);
    println!("{:.30e}", 1e300);
    println!("{:.5e} {:.5E}", 0.0, f64::INFINITY);
    println!("[{:12e}] [{:<12E}] [{:^12.2e}] [{:012.2e}] [{:+e}]", 1500.0, 0.00025, -7.125, -7.125, 1.0);
}

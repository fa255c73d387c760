// Integer next_multiple_of, midpoint, ilog/ilog2/ilog10 (and checked_), the checked and
// wrapping Euclidean division and remainder, cast_signed/cast_unsigned, unbounded shifts;
// float exp_m1, ln_1p, round_ties_even, midpoint; Option::get_or_insert_with.

fn main() {
    // next_multiple_of
    println!("{} {} {} {}", 16u32.next_multiple_of(8), 23u32.next_multiple_of(8), 0u8.next_multiple_of(5), 1u64.next_multiple_of(1));
    println!("{:?} {:?} {:?}", 250u8.checked_next_multiple_of(7), 253u8.checked_next_multiple_of(7), 5u16.checked_next_multiple_of(0));
    println!("{} {}", usize::MAX.next_multiple_of(1), 7usize.next_multiple_of(usize::MAX));

    // midpoint: rounds down for unsigned, towards zero for signed
    println!("{} {} {} {}", 0u8.midpoint(255), 255u8.midpoint(255), 3u32.midpoint(4), u64::MAX.midpoint(u64::MAX - 1));
    println!("{} {} {} {}", (-3i32).midpoint(0), (-7i32).midpoint(2), i8::MIN.midpoint(i8::MAX), i64::MAX.midpoint(i64::MAX));
    println!("{} {} {}", (-1i16).midpoint(-2), 1i128.midpoint(2), isize::MIN.midpoint(isize::MIN));
    println!("{} {} {} {}", 1.0f64.midpoint(4.0), (-2.5f32).midpoint(0.5), f64::MAX.midpoint(f64::MAX), f64::MIN_POSITIVE.midpoint(0.0));
    println!("{:?} {:?}", f64::NAN.midpoint(1.0).is_nan(), f32::INFINITY.midpoint(f32::NEG_INFINITY).is_nan());

    // integer logarithms
    println!("{} {} {} {}", 1u32.ilog2(), 1024u32.ilog2(), u128::MAX.ilog2(), 7i8.ilog2());
    println!("{} {} {} {}", 9u16.ilog10(), 10u16.ilog10(), u64::MAX.ilog10(), i32::MAX.ilog10());
    println!("{} {} {} {}", 243u8.ilog(3), 242u8.ilog(3), 1000i64.ilog(10), u32::MAX.ilog(u32::MAX));
    println!("{} {}", 5u8.ilog(200), 255u8.ilog(255));
    println!("{:?} {:?} {:?} {:?}", 0u8.checked_ilog2(), (-1i32).checked_ilog10(), 100i32.checked_ilog(1), 100usize.checked_ilog(10));
    println!("{:?} {:?}", 64u32.checked_ilog2(), 99i64.checked_ilog10());

    // Euclidean division
    println!("{:?} {:?} {:?} {:?}", 7i32.checked_div_euclid(-2), (-7i32).checked_div_euclid(2), 7i32.checked_div_euclid(0), i32::MIN.checked_div_euclid(-1));
    println!("{:?} {:?} {:?} {:?}", 7i32.checked_rem_euclid(-2), (-7i32).checked_rem_euclid(2), 7i32.checked_rem_euclid(0), i32::MIN.checked_rem_euclid(-1));
    println!("{} {} {} {}", (-7i8).wrapping_div_euclid(2), i8::MIN.wrapping_div_euclid(-1), (-7i8).wrapping_rem_euclid(2), i8::MIN.wrapping_rem_euclid(-1));
    println!("{:?} {:?} {} {}", 7u32.checked_div_euclid(2), 7u32.checked_rem_euclid(0), 7u8.wrapping_div_euclid(3), 7u8.wrapping_rem_euclid(3));

    // sign casts
    println!("{} {} {} {}", 200u8.cast_signed(), (-1i32).cast_unsigned(), u64::MAX.cast_signed(), i128::MIN.cast_unsigned());
    println!("{} {}", 5usize.cast_signed(), (-5isize).cast_unsigned());

    // unbounded shifts
    println!("{} {} {} {}", 1u8.unbounded_shl(7), 1u8.unbounded_shl(8), 0x80u8.unbounded_shr(7), 0x80u8.unbounded_shr(100));
    println!("{} {} {} {}", (-1i32).unbounded_shl(31), (-1i32).unbounded_shl(32), i32::MIN.unbounded_shr(31), i32::MIN.unbounded_shr(40));
    println!("{} {}", 12i64.unbounded_shr(64), 1u128.unbounded_shl(127));

    // floats
    println!("{} {} {} {}", 1e-10f64.exp_m1(), 0.0f64.exp_m1(), 1.0f64.exp_m1(), (-1.0f32).exp_m1());
    println!("{} {} {} {}", 1e-10f64.ln_1p(), 0.0f64.ln_1p(), 1.0f64.ln_1p(), (-1.0f32).ln_1p());
    for x in [0.5f64, 1.5, 2.5, -0.5, -1.5, 3.7, -3.2, 4.5e15 + 0.5, 1e300] {
        print!("{} ", x.round_ties_even());
    }
    println!();
    println!("{} {} {:?} {}", 2.5f32.round_ties_even(), (-2.5f32).round_ties_even(), (-0.4f64).round_ties_even(), f64::NAN.round_ties_even().is_nan());

    // Option::get_or_insert_with
    let mut cache: Option<Vec<i32>> = None;
    let mut calls = 0;
    cache.get_or_insert_with(|| {
        calls += 1;
        vec![1]
    }).push(2);
    cache.get_or_insert_with(|| {
        calls += 1;
        vec![9]
    }).push(3);
    println!("{:?} after {} calls", cache, calls);
    let mut n: Option<u32> = Some(4);
    *n.get_or_insert_with(|| 10) += 1;
    println!("{:?}", n);
}

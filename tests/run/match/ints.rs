// Exhaustive matches on integers of every width: ranges, `MIN..=MAX`, exclusive and
// half-open ranges, negative values, constants in patterns. (`i8::MIN` as a whole pattern is
// not supported by smelt's type checker yet; range bounds and constants are.)

const TEN: u8 = 10;
const NEG: i32 = -5;
const I128_MIN: i128 = i128::MIN;
const I128_MAX: i128 = i128::MAX;

fn u8_class(x: u8) -> &'static str {
    match x {
        0 => "zero",
        1..=9 => "digit",
        TEN => "ten",
        11..100 => "two digits",
        100..=u8::MAX => "three digits",
    }
}

fn i8_class(x: i8) -> i32 {
    match x {
        -128 => -2,
        -127..=-1 => -1,
        0 => 0,
        1..=126 => 1,
        127 => 2,
    }
}

fn i16_sign(x: i16) -> i8 {
    match x {
        i16::MIN..0 => -1,
        0 => 0,
        1.. => 1,
    }
}

fn u16_bucket(x: u16) -> u32 {
    match x {
        0..=255 => 1,
        256..=65534 => 2,
        65535 => 3,
    }
}

fn i32_class(x: i32) -> &'static str {
    match x {
        NEG => "minus five",
        i32::MIN..=-6 => "very negative",
        -4..=-1 => "negative",
        0 => "zero",
        1..=i32::MAX => "positive",
    }
}

fn u32_parity(x: u32) -> bool {
    match x % 2 {
        0 => true,
        1 => false,
        2.. => unreachable!(),
    }
}

fn i64_class(x: i64) -> i64 {
    match x {
        ..=-1 => -1,
        0..=1_000_000 => 0,
        1_000_001.. => 1,
    }
}

fn u64_top(x: u64) -> bool {
    match x {
        0..=0x7fff_ffff_ffff_ffff => false,
        0x8000_0000_0000_0000..=u64::MAX => true,
    }
}

fn i128_class(x: i128) -> i32 {
    match x {
        I128_MIN => -2,
        ..0 => -1,
        0 => 0,
        1..i128::MAX => 1,
        I128_MAX => 2,
    }
}

fn u128_class(x: u128) -> i32 {
    match x {
        0 => 0,
        1..=u128::MAX => 1,
    }
}

fn usize_class(x: usize) -> &'static str {
    match x {
        0 => "empty",
        1 => "one",
        2.. => "many",
    }
}

fn isize_class(x: isize) -> &'static str {
    match x {
        ..0 => "negative",
        0 => "zero",
        1.. => "positive",
    }
}

fn main() {
    for x in [0u8, 5, 10, 11, 99, 100, 255] {
        println!("u8 {} -> {}", x, u8_class(x));
    }
    for x in [-128i8, -127, -1, 0, 1, 126, 127] {
        println!("i8 {} -> {}", x, i8_class(x));
    }
    for x in [i16::MIN, -1, 0, 1, i16::MAX] {
        println!("i16 {} -> {}", x, i16_sign(x));
    }
    for x in [0u16, 255, 256, 65534, 65535] {
        println!("u16 {} -> {}", x, u16_bucket(x));
    }
    for x in [i32::MIN, -6, -5, -4, -1, 0, 1, i32::MAX] {
        println!("i32 {} -> {}", x, i32_class(x));
    }
    for x in [0u32, 1, 2, 3, u32::MAX] {
        println!("u32 {} -> {}", x, u32_parity(x));
    }
    for x in [i64::MIN, -1, 0, 1_000_000, 1_000_001, i64::MAX] {
        println!("i64 {} -> {}", x, i64_class(x));
    }
    for x in [0u64, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000, u64::MAX] {
        println!("u64 {} -> {}", x, u64_top(x));
    }
    for x in [i128::MIN, -1, 0, 1, i128::MAX - 1, i128::MAX] {
        println!("i128 {} -> {}", x, i128_class(x));
    }
    for x in [0u128, 1, u128::MAX] {
        println!("u128 {} -> {}", x, u128_class(x));
    }
    for x in [0usize, 1, 2, usize::MAX] {
        println!("usize {} -> {}", x, usize_class(x));
    }
    for x in [isize::MIN, -1, 0, 1, isize::MAX] {
        println!("isize {} -> {}", x, isize_class(x));
    }
}

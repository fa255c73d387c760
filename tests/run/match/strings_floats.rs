// Matches on `&str` literals and floats: their values cannot be listed, so a `_` arm (or a
// binding) is needed.

fn greet(s: &str) {
    match s {
        "hello" | "hi" => println!("greeting"),
        "" => println!("empty"),
        other => println!("other: {}", other),
    }
}

fn opt_str(s: Option<&str>) -> u32 {
    match s {
        Some("one") => 1,
        Some("two") => 2,
        Some(_) => 99,
        None => 0,
    }
}

fn float_class(x: f64) -> &'static str {
    match x {
        f64::NEG_INFINITY..0.0 => "negative",
        0.0 => "zero",
        0.0..=1.0 => "unit",
        1.0.. => "big",
        _ => "nan",
    }
}

fn f32_class(x: f32) -> u8 {
    match x {
        1.5 => 1,
        -1.5..=-0.5 => 2,
        _ => 0,
    }
}

fn main() {
    for s in ["hello", "hi", "", "bye"] {
        greet(s);
    }
    for s in [Some("one"), Some("two"), Some("three"), None] {
        println!("{}", opt_str(s));
    }
    for x in [-3.0, 0.0, 0.5, 1.0, 2.5, f64::NAN] {
        println!("{} -> {}", x, float_class(x));
    }
    for x in [1.5f32, -1.0, 0.0] {
        println!("{} -> {}", x, f32_class(x));
    }
}

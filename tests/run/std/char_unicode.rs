// Unicode character properties and case mappings over every code point (hashed), plus
// samples: is_alphabetic/lowercase/uppercase/numeric/whitespace/alphanumeric/control,
// to_uppercase/to_lowercase (one to three characters), and Debug's escaping.
fn main() {
    let names = ["alphabetic", "numeric", "whitespace", "uppercase", "lowercase", "alphanumeric", "control"];
    for (k, name) in names.iter().enumerate() {
        let mut h: u64 = 0;
        let mut count = 0;
        for cp in 0u32..0x110000 {
            let Some(c) = char::from_u32(cp) else { continue };
            let v = match k {
                0 => c.is_alphabetic(),
                1 => c.is_numeric(),
                2 => c.is_whitespace(),
                3 => c.is_uppercase(),
                4 => c.is_lowercase(),
                5 => c.is_alphanumeric(),
                _ => c.is_control(),
            };
            if v {
                count += 1;
                h = h.wrapping_mul(1000003).wrapping_add(cp as u64);
            }
        }
        println!("{} {} {:x}", name, count, h);
    }
    let mut h: u64 = 0;
    for cp in 0u32..0x20000 {
        let Some(c) = char::from_u32(cp) else { continue };
        for m in c.to_uppercase().chain(c.to_lowercase()) {
            h = h.wrapping_mul(31).wrapping_add(m as u64);
        }
    }
    println!("case {:x}", h);
    for c in ['ß', 'ǅ', 'İ', 'ŉ', 'ﬃ', 'Σ', 'é', '1'] {
        println!("{} {} {} {}", c, c.to_uppercase(), c.to_lowercase(), c.to_uppercase().len());
    }
    println!("{}", "Straße ΣΑΣ ǅ".to_uppercase());
    println!("{:?} {:?} {:?}", "a\u{301}\u{a0}\u{200b}", '\u{e000}', "日本 😀 ∑");
}

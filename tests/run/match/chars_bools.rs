// Exhaustive matches on `char` (the two ranges of Unicode scalar values) and `bool`.

fn char_class(c: char) -> &'static str {
    match c {
        '\0'..='\x1f' => "control",
        ' ' => "space",
        '0'..='9' => "digit",
        'a'..='z' | 'A'..='Z' => "letter",
        '!'..='/' | ':'..='@' | '['..='`' | '{'..='~' => "punctuation",
        '\x7f'..='\u{D7FF}' => "other bmp",
        '\u{E000}'..='\u{10FFFF}' => "high",
    }
}

fn bools(a: bool, b: bool) -> &'static str {
    match (a, b) {
        (true, true) => "both",
        (true, false) | (false, true) => "one",
        (false, false) => "neither",
    }
}

fn not(b: bool) -> bool {
    match b {
        true => false,
        false => true,
    }
}

fn main() {
    for c in ['\0', '\t', ' ', '7', 'q', 'Q', '#', '~', '\x7f', 'é', '\u{D7FE}', '\u{E000}', '😀', '\u{10FFFF}'] {
        println!("{} -> {}", c as u32, char_class(c));
    }
    for a in [true, false] {
        for b in [true, false] {
            println!("{} {} -> {} ({})", a, b, bools(a, b), not(a));
        }
    }
}

// str::rsplit, rsplitn, rsplit_terminator, rsplit_once, matches, rmatches, match_indices,
// rfind, split on empty and overlapping patterns, escape_debug/escape_default/escape_unicode,
// encode_utf16; String::from_utf16, char::decode_utf16 and parsing a char.
use std::char::decode_utf16;

fn main() {
    // rsplit and friends, with char, &str and closure patterns
    println!("{:?}", "a,b,,c".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "".rsplit(',').collect::<Vec<_>>());
    println!("{:?}", "one--two--three".rsplit("--").collect::<Vec<_>>());
    println!("{:?}", "aaa".rsplit("aa").collect::<Vec<_>>());
    println!("{:?}", "aaa".split("aa").collect::<Vec<_>>());
    println!("{:?}", "abc".split("").collect::<Vec<_>>());
    println!("{:?}", "abc".rsplit("").collect::<Vec<_>>());
    println!("{:?}", "héllo wörld".rsplit(|c: char| !c.is_ascii()).collect::<Vec<_>>());
    println!("{:?}", "x1y22z".rsplit(char::is_numeric).collect::<Vec<_>>());
    println!("{:?}", "a b c d".rsplitn(2, ' ').collect::<Vec<_>>());
    println!("{:?}", "a b c d".rsplitn(9, " ").collect::<Vec<_>>());
    println!("{:?}", "a b c d".rsplitn(0, ' ').collect::<Vec<_>>());
    println!("{:?}", "a b c d".splitn(3, ' ').collect::<Vec<_>>());
    println!("{:?}", "A.B.".rsplit_terminator('.').collect::<Vec<_>>());
    println!("{:?}", "A..B..".rsplit_terminator(".").collect::<Vec<_>>());
    println!("{:?}", "A.B.".split_terminator('.').collect::<Vec<_>>());
    println!("{:?} {:?}", "k=v=w".rsplit_once('='), "k=v=w".split_once('='));
    println!("{:?}", "none".rsplit_once("=="));
    println!("{:?}", "a-b_c-d".split(['-', '_']).rev().collect::<Vec<_>>());
    let mut sp = "1,2,3,4".split(',');
    println!("{:?} {:?} {:?}", sp.next(), sp.next_back(), sp.collect::<Vec<_>>());

    // matches and match_indices
    println!("{:?}", "abcXXXabcYYYabc".matches("abc").collect::<Vec<_>>());
    println!("{:?}", "1abc2abc3".matches(char::is_numeric).collect::<Vec<_>>());
    println!("{:?}", "banana".matches('a').count());
    println!("{:?}", "aaaa".matches("aa").collect::<Vec<_>>());
    println!("{:?}", "aaaaa".rmatches("aa").collect::<Vec<_>>());
    println!("{:?}", "ab".matches("").collect::<Vec<_>>());
    println!("{:?}", "héllo".match_indices(|c: char| c == 'l' || c == 'é').collect::<Vec<_>>());
    println!("{:?}", "abcXXXabcYYYabc".rmatch_indices("abc").collect::<Vec<_>>());
    println!("{:?} {:?} {:?}", "aaa".rfind("aa"), "abcabc".rfind('b'), "abc".rfind(""));
    println!("{:?}", "x.y.z".matches('.').rev().collect::<Vec<_>>());

    // escapes, as Display and as iterators of chars
    let s = "tab\there \"quoted\" 'single' back\\slash\n\u{0}é\u{301}\u{301}\u{7f}💖";
    println!("{}", s.escape_debug());
    println!("{}", s.escape_default());
    println!("{}", "aé\n".escape_unicode());
    println!("{}", "\u{301}x\u{301}".escape_debug());
    println!("{}", "\u{301}x\u{301}".chars().map(|c| c.escape_debug().to_string()).collect::<String>());
    println!("{:?}", "a\tb".escape_debug().collect::<Vec<char>>());
    println!("{} {}", "ab\ncd".escape_default().count(), "xyz".escape_unicode().count());
    let escaped: String = "\r\n".escape_default().collect();
    println!("{} {}", escaped, escaped.len());
    println!("[{:>12}]", "a\nb".escape_debug().to_string());
    println!("[{:>12}]", "a\nb".escape_debug());

    // UTF-16
    let units: Vec<u16> = "héllo 💖".encode_utf16().collect();
    println!("{:?} {}", units, "💖𝄞".encode_utf16().count());
    println!("{:?}", String::from_utf16(&units));
    let bad = [0xD834u16, 0x0061];
    match String::from_utf16(&bad) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    println!("{}", String::from_utf16_lossy(&[0x0068, 0xDC00, 0x0069, 0xD800]));
    let decoded: Vec<_> = decode_utf16([0xD834u16, 0xDD1E, 0x006D, 0xDD1E, 0x0075, 0xD834]).collect();
    println!("{:?}", decoded);
    for r in decode_utf16([0x0041u16, 0xDFFF]) {
        match r {
            Ok(c) => println!("char {}", c),
            Err(e) => println!("{} / unpaired {:x} / {:?}", e, e.unpaired_surrogate(), e),
        }
    }
    let lossy: String = char::decode_utf16([0xD800u16, 0x42]).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    println!("{}", lossy);

    // char: FromStr
    println!("{:?} {:?}", "x".parse::<char>(), "é".parse::<char>());
    for s in ["", "ab", "💖"] {
        match s.parse::<char>() {
            Ok(c) => println!("ok {:?}", c),
            Err(e) => println!("err {} / {:?}", e, e),
        }
    }
}

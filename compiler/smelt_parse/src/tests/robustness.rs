//! Pathological inputs: nesting far beyond the limit, very long operator chains, and a fuzz
//! of prefixes and mutations of valid programs. Nothing may panic, overflow the stack or take
//! long; deep nesting must give exactly one clean error.

use std::time::{Duration, Instant};

use expect_test::{expect, Expect};
use smelt_span::Edition;

use super::session;

/// Runs `f` on a thread with a large stack: the tests drop and dump ASTs thousands of levels
/// deep, which the test harness's default 2 MiB threads cannot hold in debug builds. The
/// parser itself stays within rustc's 8 MiB main-thread stack at the nesting limit.
fn on_big_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    let handle = std::thread::Builder::new().stack_size(256 << 20).spawn(f);
    match handle.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(e) => panic!("cannot spawn a test thread: {e}"),
    }
}

/// Parses `src` (generated, so not shown) and summarises the outcome: the number of items,
/// the first line and location of each error, and whether it took under the time limit.
fn check_pathological(src: String, expect: Expect) {
    let summary = on_big_stack(move || {
        let (sess, out) = session(Edition::E2021);
        let file = sess.source_map.new_source_file("deep.rs".into(), src);
        let start = Instant::now();
        let krate = crate::parse_crate(&sess, &file, Edition::E2021);
        let elapsed = start.elapsed();
        drop(krate.attrs);
        let items = krate.items.len();
        let diags = out.borrow().clone();
        let mut summary = format!("{items} items\n");
        let mut lines = diags.lines();
        while let Some(line) = lines.next() {
            if line.starts_with("error") {
                let location = lines.next().unwrap_or("").trim();
                summary.push_str(&format!("{line} ({location})\n"));
            }
        }
        let limit = Duration::from_secs(10);
        summary.push_str(if elapsed < limit { "fast\n" } else { "SLOW\n" });
        // Dropping a deep tree is part of the test too.
        drop(krate.items);
        summary
    });
    expect.assert_eq(&summary);
}

const DEEP: usize = 100_000;

/// `open` repeated, then `middle`, then `close` repeated, one per line so that diagnostics
/// quote short lines.
fn nested(prefix: &str, open: &str, middle: &str, close: &str, suffix: &str) -> String {
    let mut s = String::with_capacity(DEEP * (open.len() + close.len() + 2) + 64);
    s.push_str(prefix);
    for _ in 0..DEEP {
        s.push_str(open);
        s.push('\n');
    }
    s.push_str(middle);
    for _ in 0..DEEP {
        s.push_str(close);
        s.push('\n');
    }
    s.push_str(suffix);
    s
}

#[test]
fn deeply_nested_parentheses() {
    check_pathological(
        nested(
            "fn main() { let x =\n",
            "(",
            "1",
            ")",
            "; }\nfn after() {}\n",
        ),
        expect![[r#"
        2 items
        error: expression is nested too deeply (--> deep.rs:1000:1)
        fast
    "#]],
    );
}

#[test]
fn deeply_nested_brackets() {
    check_pathological(
        nested(
            "fn main() { let x =\n",
            "[",
            "1",
            "]",
            "; }\nfn after() {}\n",
        ),
        expect![[r#"
        2 items
        error: expression is nested too deeply (--> deep.rs:1000:1)
        fast
    "#]],
    );
}

#[test]
fn deeply_nested_braces() {
    check_pathological(
        nested("fn main()\n", "{", "", "}", "\nfn after() {}\n"),
        expect![[r#"
        2 items
        error: expression is nested too deeply (--> deep.rs:502:1)
        fast
    "#]],
    );
}

#[test]
fn deeply_nested_parentheses_at_item_level() {
    check_pathological(
        nested("", "(", "", ")", "\nfn after() {}\n"),
        expect![[r#"
        1 items
        error: expected item, found `(` (--> deep.rs:1:1)
        fast
    "#]],
    );
}

#[test]
fn deeply_nested_types_patterns_and_modules() {
    check_pathological(
        nested("type T =\n", "Vec<", "u8", ">", ";\nfn after() {}\n"),
        expect![[r#"
        1 items
        error: type is nested too deeply (--> deep.rs:1001:1)
        fast
    "#]],
    );
    check_pathological(
        nested("fn f() { let\n", "(", "x", ")", " = 1; }\nfn after() {}\n"),
        expect![[r#"
        2 items
        error: pattern is nested too deeply (--> deep.rs:1000:1)
        fast
    "#]],
    );
    check_pathological(
        nested("", "mod m {", "", "}", "\nfn after() {}\n"),
        expect![[r#"
        2 items
        error: item is nested too deeply (--> deep.rs:1001:1)
        fast
    "#]],
    );
    check_pathological(
        nested("fn f() { let x =\n", "-", "1", "", "; }\nfn after() {}\n"),
        expect![[r#"
        2 items
        error: expression is nested too deeply (--> deep.rs:1000:1)
        fast
    "#]],
    );
    check_pathological(
        nested(
            "fn f() {\n",
            "match x { _ =>",
            "1",
            "}",
            " }\nfn after() {}\n",
        ),
        expect![[r#"
        2 items
        error: expression is nested too deeply (--> deep.rs:999:7)
        fast
    "#]],
    );
}

#[test]
fn long_binary_chain() {
    let mut src = String::from("fn main() { let x = 1");
    for _ in 1..10_000 {
        src.push_str(" + 1");
    }
    src.push_str("; }\n");
    check_pathological(
        src,
        expect![[r#"
        1 items
        fast
    "#]],
    );
}

#[test]
fn long_else_if_chain() {
    let mut src = String::from("fn main() {\n");
    for _ in 0..10_000 {
        src.push_str("if a {} else\n");
    }
    src.push_str("{} }\n");
    check_pathological(
        src,
        expect![[r#"
        1 items
        fast
    "#]],
    );
}

/// A deterministic pseudo-random generator (xorshift64*), so that the fuzz is reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const PROGRAMS: &[&str] = &[
    r#"use std::collections::HashMap;
#[derive(Debug, Clone)]
pub struct Point<T: Copy> { pub x: T, y: T }
impl<T: Copy + std::ops::Add<Output = T>> Point<T> {
    pub fn sum(&self) -> T { self.x + self.y }
}
fn main() {
    let mut m: HashMap<&str, Vec<u8>> = HashMap::new();
    for (i, c) in "abc".chars().enumerate() { m.entry("k").or_default().push(i as u8); }
    let p = Point { x: 1, y: 2 };
    if let Some(v) = m.get("k") && v.len() > 1 { println!("{} {:?}", p.sum(), v); }
    match p.x { 0 | 1 => {}, n @ 2..=9 if n > 3 => return, _ => unreachable!() }
    let f = |a: u8, b| -> u8 { a.wrapping_add(b) };
    'outer: loop { while f(1, 2) < 3 { break 'outer; } }
}
"#,
    r#"//! Docs.
#![allow(dead_code)]
mod inner { pub(crate) trait T: Sized { const C: usize = 1; type A; fn f(&mut self) -> Self::A; } }
enum E<'a, T> where T: 'a { A, B(&'a T), C { x: [u8; 4] } = 3 }
unsafe extern "C" { fn printf(fmt: *const u8, ...) -> i32; }
macro_rules! m { ($e:expr) => { $e * 2 }; }
static mut COUNT: u32 = 0;
const fn g<const N: usize>() -> [u8; N] { [0; N] }
async fn h() -> Result<(), Box<dyn std::error::Error + Send>> { x.await?; Ok(()) }
fn k(x: &mut Vec<Vec<u8>>) -> impl Iterator<Item = u8> + '_ { x.iter().flatten().copied().filter(|b| *b >> 1 == 0) }
type F = for<'a> fn(&'a str) -> &'a str;
union U { a: u32, b: f32 }
"#,
];

/// Splits a source into rough tokens (words, punctuation, whitespace) for mutations that keep
/// characters whole.
fn rough_tokens(src: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = 0u8;
    for (i, c) in src.char_indices() {
        let k = if c.is_alphanumeric() || c == '_' {
            1
        } else if c.is_whitespace() {
            2
        } else {
            3
        };
        if i > start && (k != kind || k == 3) {
            out.push(&src[start..i]);
            start = i;
        }
        kind = k;
    }
    out.push(&src[start..]);
    out
}

fn parse_quietly(src: &str) {
    if let Ok(path) = std::env::var("SMELT_FUZZ_LAST") {
        let _ = std::fs::write(path, src);
    }
    let (sess, _) = session(Edition::E2021);
    let file = sess
        .source_map
        .new_source_file("fuzz.rs".into(), src.to_string());
    let _ = crate::parse_crate(&sess, &file, Edition::E2021);
    let _ = crate::dump_tokens(&sess, &file);
}

#[test]
fn fuzz_prefixes_and_mutations() {
    let start = Instant::now();
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let mut cases = 0usize;
    for program in PROGRAMS {
        // Every prefix, cut at character boundaries.
        for (i, _) in program.char_indices() {
            parse_quietly(&program[..i]);
            cases += 1;
        }
        let tokens = rough_tokens(program);
        let extra = [
            "(", ")", "{", "}", "[", "]", "<", ">", "|", "::", "'a", "\"", "'", "#", "!", "r#",
            "..", "=>", "fn", "let", "/*",
        ];
        // `SMELT_FUZZ_ITERATIONS` runs a longer fuzz locally.
        let iterations = std::env::var("SMELT_FUZZ_ITERATIONS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1500);
        for _ in 0..iterations {
            let mut t: Vec<&str> = tokens.clone();
            match rng.below(5) {
                0 => {
                    let i = rng.below(t.len());
                    t.remove(i);
                }
                1 => {
                    let i = rng.below(t.len().saturating_sub(1));
                    t.swap(i, i + 1);
                }
                2 => {
                    let i = rng.below(t.len());
                    let tok = t[i];
                    t.insert(i, tok);
                }
                3 => {
                    let i = rng.below(t.len() + 1);
                    t.insert(i, extra[rng.below(extra.len())]);
                }
                _ => {
                    let i = rng.below(t.len());
                    let n = rng.below(8).min(t.len() - i);
                    t.drain(i..i + n);
                }
            }
            parse_quietly(&t.concat());
            cases += 1;
        }
        // Byte-level deletions that keep the text valid UTF-8.
        for _ in 0..300 {
            let mut s = program.to_string();
            let i = rng.below(s.len());
            if s.is_char_boundary(i) && s.is_char_boundary(i + 1) {
                s.remove(i);
            }
            parse_quietly(&s);
            cases += 1;
        }
    }
    assert!(cases > 3000);
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "the fuzz took {:?}",
        start.elapsed()
    );
}

/// The parser must stay within the 8 MiB that a main thread (and rustc) has, even in debug
/// builds, when parsing (and dropping) constructs nested to the limit. A regression here
/// aborts the test binary with a stack overflow.
#[test]
fn nesting_limit_fits_in_8_mib_of_stack() {
    let inputs = [
        nested("fn main() { let x =\n", "(", "1", ")", "; }\n"),
        nested("type T =\n", "Vec<", "u8", ">", ";\n"),
        nested("", "mod m {", "", "}", "\n"),
        nested("fn f() { let x =\n", "S { a:", "1", "}", "; }\n"),
        nested("fn f() {\n", "match x { _ =>", "1", "}", " }\n"),
        nested("", "impl S { fn f() {", "", "} }", "\n"),
    ];
    let handle = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(move || {
            for src in inputs {
                let (sess, out) = session(Edition::E2021);
                let file = sess.source_map.new_source_file("deep.rs".into(), src);
                let krate = crate::parse_crate(&sess, &file, Edition::E2021);
                drop(krate);
                assert!(out.borrow().contains("is nested too deeply"));
            }
        });
    let joined = handle.map(|h| h.join());
    assert!(
        matches!(joined, Ok(Ok(()))),
        "parsing at the nesting limit failed on an 8 MiB stack"
    );
}

/// Random sequences of Rust tokens (keywords, operators, delimiters, literals): far from
/// valid programs, they reach the recovery paths that mutations of valid ones do not.
#[test]
fn fuzz_token_soup() {
    const VOCABULARY: &[&str] = &[
        "fn",
        "struct",
        "enum",
        "impl",
        "trait",
        "mod",
        "use",
        "let",
        "if",
        "else",
        "match",
        "while",
        "for",
        "in",
        "loop",
        "return",
        "break",
        "continue",
        "pub",
        "crate",
        "self",
        "Self",
        "super",
        "mut",
        "ref",
        "const",
        "static",
        "unsafe",
        "async",
        "await",
        "move",
        "dyn",
        "where",
        "type",
        "as",
        "extern",
        "macro_rules",
        "union",
        "x",
        "y",
        "T",
        "'a",
        "_",
        "1",
        "2.5",
        "\"s\"",
        "'c'",
        "b'b'",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "<",
        ">",
        "::",
        ":",
        ";",
        ",",
        ".",
        "..",
        "..=",
        "=",
        "==",
        "=>",
        "->",
        "+",
        "-",
        "*",
        "/",
        "&",
        "&&",
        "|",
        "||",
        "!",
        "?",
        "#",
        "@",
        "$",
        "~",
        "^",
        "%",
        "<<",
        ">>",
        "+=",
        "#!",
        "//!",
        "///",
    ];
    let iterations = std::env::var("SMELT_FUZZ_ITERATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3000);
    let mut rng = Rng(0xC0FF_EE00_1234_5678);
    for _ in 0..iterations {
        let len = 1 + rng.below(60);
        let mut src = String::new();
        // Delimiters are kept balanced (mostly), so that the parser, not only the token
        // tree builder, sees the soup.
        let mut open: Vec<&str> = Vec::new();
        for _ in 0..len {
            let word = VOCABULARY[rng.below(VOCABULARY.len())];
            let word = match word {
                "(" | "{" | "[" => {
                    open.push(match word {
                        "(" => ")",
                        "{" => "}",
                        _ => "]",
                    });
                    word
                }
                ")" | "}" | "]" => match open.pop() {
                    Some(close) if rng.below(20) != 0 => close,
                    _ => word,
                },
                _ => word,
            };
            src.push_str(word);
            src.push(if rng.below(4) == 0 { '\n' } else { ' ' });
        }
        while let Some(close) = open.pop() {
            src.push_str(close);
        }
        parse_quietly(&src);
    }
}

use expect_test::{expect, Expect};

use super::*;
use crate::unescape::{unescape_char_or_byte, unescape_str, EscapeError, Mode};

fn check(src: &str, expect: Expect) {
    let mut out = String::new();
    let mut pos = 0;
    for token in tokenize(src) {
        let text = &src[pos..pos + token.len as usize];
        pos += token.len as usize;
        if token.kind == TokenKind::Whitespace {
            continue;
        }
        out.push_str(&format!("{:?} {text:?}\n", token.kind));
    }
    assert_eq!(pos, src.len(), "tokens must cover the whole input");
    expect.assert_eq(&out);
}

#[test]
fn idents_keywords_and_raw_idents() {
    check(
        "fn r#match _x é ñandú r#_ x🦀",
        expect![[r#"
            Ident "fn"
            RawIdent "r#match"
            Ident "_x"
            Ident "é"
            Ident "ñandú"
            RawIdent "r#_"
            InvalidIdent "x🦀"
        "#]],
    );
}

#[test]
fn integer_and_float_literals() {
    check(
        "1 1_000u32 0x_ff 0o17 0b1010_i8 0x 1.5 1e10 1.5e-3f64 2.f32 1..2 1.foo 1e 0b102",
        expect![[r#"
            Literal { kind: Int { base: Decimal, empty_int: false }, suffix_start: 1 } "1"
            Literal { kind: Int { base: Decimal, empty_int: false }, suffix_start: 5 } "1_000u32"
            Literal { kind: Int { base: Hexadecimal, empty_int: false }, suffix_start: 5 } "0x_ff"
            Literal { kind: Int { base: Octal, empty_int: false }, suffix_start: 4 } "0o17"
            Literal { kind: Int { base: Binary, empty_int: false }, suffix_start: 7 } "0b1010_i8"
            Literal { kind: Int { base: Hexadecimal, empty_int: true }, suffix_start: 2 } "0x"
            Literal { kind: Float { base: Decimal, empty_exponent: false }, suffix_start: 3 } "1.5"
            Literal { kind: Float { base: Decimal, empty_exponent: false }, suffix_start: 4 } "1e10"
            Literal { kind: Float { base: Decimal, empty_exponent: false }, suffix_start: 6 } "1.5e-3f64"
            Literal { kind: Int { base: Decimal, empty_int: false }, suffix_start: 1 } "2"
            Dot "."
            Ident "f32"
            Literal { kind: Int { base: Decimal, empty_int: false }, suffix_start: 1 } "1"
            Dot "."
            Dot "."
            Literal { kind: Int { base: Decimal, empty_int: false }, suffix_start: 1 } "2"
            Literal { kind: Int { base: Decimal, empty_int: false }, suffix_start: 1 } "1"
            Dot "."
            Ident "foo"
            Literal { kind: Float { base: Decimal, empty_exponent: true }, suffix_start: 2 } "1e"
            Literal { kind: Int { base: Binary, empty_int: false }, suffix_start: 5 } "0b102"
        "#]],
    );
}

#[test]
fn char_byte_and_string_literals() {
    check(
        r###"'a' '\n' b'x' "s\"t" b"bs" c"cs" r"raw" r#"r"aw"# br##"x"## cr"c" 'lt 'static "suf"x '1a"###,
        expect![[r###"
            Literal { kind: Char { terminated: true }, suffix_start: 3 } "'a'"
            Literal { kind: Char { terminated: true }, suffix_start: 4 } "'\\n'"
            Literal { kind: Byte { terminated: true }, suffix_start: 4 } "b'x'"
            Literal { kind: Str { terminated: true }, suffix_start: 6 } "\"s\\\"t\""
            Literal { kind: ByteStr { terminated: true }, suffix_start: 5 } "b\"bs\""
            Literal { kind: CStr { terminated: true }, suffix_start: 5 } "c\"cs\""
            Literal { kind: RawStr { n_hashes: Some(0) }, suffix_start: 6 } "r\"raw\""
            Literal { kind: RawStr { n_hashes: Some(1) }, suffix_start: 9 } "r#\"r\"aw\"#"
            Literal { kind: RawByteStr { n_hashes: Some(2) }, suffix_start: 9 } "br##\"x\"##"
            Literal { kind: RawCStr { n_hashes: Some(0) }, suffix_start: 5 } "cr\"c\""
            Lifetime { starts_with_number: false } "'lt"
            Lifetime { starts_with_number: false } "'static"
            Literal { kind: Str { terminated: true }, suffix_start: 5 } "\"suf\"x"
            Lifetime { starts_with_number: true } "'1a"
        "###]],
    );
}

#[test]
fn comments_and_doc_comments() {
    check(
        "// c\n/// outer\n//! inner\n//// not doc\n/* a /* nested */ b */ /** doc */ /*! in */ /***/ /**/",
        expect![[r#"
            LineComment { doc_style: None } "// c"
            LineComment { doc_style: Some(Outer) } "/// outer"
            LineComment { doc_style: Some(Inner) } "//! inner"
            LineComment { doc_style: None } "//// not doc"
            BlockComment { doc_style: None, terminated: true } "/* a /* nested */ b */"
            BlockComment { doc_style: Some(Outer), terminated: true } "/** doc */"
            BlockComment { doc_style: Some(Inner), terminated: true } "/*! in */"
            BlockComment { doc_style: None, terminated: true } "/***/"
            BlockComment { doc_style: None, terminated: true } "/**/"
        "#]],
    );
}

#[test]
fn malformed_input_becomes_flagged_tokens() {
    check(
        "\"open /* unterminated",
        expect![[r#"
            Literal { kind: Str { terminated: false }, suffix_start: 21 } "\"open /* unterminated"
        "#]],
    );
    check(
        "/* a /* b */",
        expect![[r#"
            BlockComment { doc_style: None, terminated: false } "/* a /* b */"
        "#]],
    );
    check(
        "r##\"x\"# ` \u{0}",
        expect![[r##"
            Literal { kind: RawStr { n_hashes: None }, suffix_start: 11 } "r##\"x\"# ` \0"
        "##]],
    );
    check(
        "a ` € 'x",
        expect![[r#"
            Ident "a"
            Unknown "`"
            Unknown "€"
            Lifetime { starts_with_number: false } "'x"
        "#]],
    );
    check(
        "k\"x\" f#",
        expect![[r##"
            UnknownPrefix "k"
            Literal { kind: Str { terminated: true }, suffix_start: 3 } "\"x\""
            UnknownPrefix "f"
            Pound "#"
        "##]],
    );
}

#[test]
fn punctuation_is_single_characters() {
    check(
        "::->=>..=<<=&&||!=#![]$?~@",
        expect![[r##"
            Colon ":"
            Colon ":"
            Minus "-"
            Gt ">"
            Eq "="
            Gt ">"
            Dot "."
            Dot "."
            Eq "="
            Lt "<"
            Lt "<"
            Eq "="
            And "&"
            And "&"
            Or "|"
            Or "|"
            Bang "!"
            Eq "="
            Pound "#"
            Bang "!"
            OpenBracket "["
            CloseBracket "]"
            Dollar "$"
            Question "?"
            Tilde "~"
            At "@"
        "##]],
    );
}

#[test]
fn shebang() {
    assert_eq!(strip_shebang("#!/usr/bin/env run\nfn main() {}"), Some(18));
    assert_eq!(strip_shebang("#![allow(dead_code)]"), None);
    assert_eq!(strip_shebang("#! /* c */ [x]"), None);
    assert_eq!(strip_shebang("fn main() {}"), None);
}

#[test]
fn unescaping() {
    assert_eq!(unescape_char_or_byte("a", Mode::Char), Ok('a'));
    assert_eq!(unescape_char_or_byte("\\u{1F980}", Mode::Char), Ok('🦀'));
    assert_eq!(unescape_char_or_byte("\\x7f", Mode::Char), Ok('\x7f'));
    assert_eq!(
        unescape_char_or_byte("\\x80", Mode::Char),
        Err(EscapeError::OutOfRangeHexEscape)
    );
    assert_eq!(unescape_char_or_byte("\\xff", Mode::Byte), Ok('\u{ff}'));
    assert_eq!(
        unescape_char_or_byte("é", Mode::Byte),
        Err(EscapeError::NonAsciiCharInByte)
    );
    assert_eq!(
        unescape_char_or_byte("", Mode::Char),
        Err(EscapeError::ZeroChars)
    );
    assert_eq!(
        unescape_char_or_byte("ab", Mode::Char),
        Err(EscapeError::MoreThanOneChar)
    );
    assert_eq!(
        unescape_char_or_byte("\\q", Mode::Char),
        Err(EscapeError::InvalidEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u{D800}", Mode::Char),
        Err(EscapeError::LoneSurrogateUnicodeEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u{110000}", Mode::Char),
        Err(EscapeError::OutOfRangeUnicodeEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u{1234567}", Mode::Char),
        Err(EscapeError::OverlongUnicodeEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u{}", Mode::Char),
        Err(EscapeError::EmptyUnicodeEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u{12", Mode::Char),
        Err(EscapeError::UnclosedUnicodeEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u12", Mode::Char),
        Err(EscapeError::NoBraceInUnicodeEscape)
    );
    assert_eq!(
        unescape_char_or_byte("\\u{41}", Mode::Byte),
        Err(EscapeError::UnicodeEscapeInByte)
    );

    let decode = |src: &str, mode| {
        let mut out = String::new();
        let mut errors = Vec::new();
        unescape_str(src, mode, &mut |range, res| match res {
            Ok(c) => out.push(c),
            Err(e) => errors.push((range, e)),
        });
        (out, errors)
    };
    assert_eq!(
        decode("a\\tb\\\n     c", Mode::Str),
        ("a\tbc".to_string(), vec![])
    );
    assert_eq!(
        decode("x\\qy", Mode::Str).1,
        vec![(1..3, EscapeError::InvalidEscape)]
    );
    assert_eq!(decode("a\\nb", Mode::RawStr).0, "a\\nb");
    assert_eq!(
        decode("\r", Mode::Str).1,
        vec![(0..1, EscapeError::BareCarriageReturn)]
    );
}

//! Token cooking, lexer errors and delimiter errors.

use expect_test::expect;

use super::{check_errors, check_tokens};

#[test]
fn tokens_glue_touching_punctuation() {
    check_tokens(
        "a::b -> c => d == e != f <= g >= h && i || j .. k ..= l ... m <<= n >>= o += p < - q",
        expect![[r#"
            1:1 Ident "a"
            1:2 PathSep "::"
            1:4 Ident "b"
            1:6 RArrow "->"
            1:9 Ident "c"
            1:11 FatArrow "=>"
            1:14 Ident "d"
            1:16 EqEq "=="
            1:19 Ident "e"
            1:21 Ne "!="
            1:24 Ident "f"
            1:26 Le "<="
            1:29 Ident "g"
            1:31 Ge ">="
            1:34 Ident "h"
            1:36 AndAnd "&&"
            1:39 Ident "i"
            1:41 OrOr "||"
            1:44 Ident "j"
            1:46 DotDot ".."
            1:49 Ident "k"
            1:51 DotDotEq "..="
            1:55 Ident "l"
            1:57 DotDotDot "..."
            1:61 Ident "m"
            1:63 BinOpEq(Shl) "<<="
            1:67 Ident "n"
            1:69 BinOpEq(Shr) ">>="
            1:73 Ident "o"
            1:75 BinOpEq(Plus) "+="
            1:78 Ident "p"
            1:80 Lt "<"
            1:82 BinOp(Minus) "-"
            1:84 Ident "q"
        "#]],
    );
}

#[test]
fn tokens_do_not_glue_across_whitespace() {
    check_tokens(
        ": : - > = = & & . .",
        expect![[r#"
        1:1 Colon ":"
        1:3 Colon ":"
        1:5 BinOp(Minus) "-"
        1:7 Gt ">"
        1:9 Eq "="
        1:11 Eq "="
        1:13 BinOp(And) "&"
        1:15 BinOp(And) "&"
        1:17 Dot "."
        1:19 Dot "."
    "#]],
    );
}

#[test]
fn tokens_joint_spacing() {
    check_tokens(
        "x+-y; a==b",
        expect![[r#"
        1:1 Ident "x"
        1:2 BinOp(Plus) "+" joint
        1:3 BinOp(Minus) "-"
        1:4 Ident "y"
        1:5 Semi ";"
        1:7 Ident "a"
        1:8 EqEq "=="
        1:10 Ident "b"
    "#]],
    );
}

#[test]
fn tokens_literals_and_suffixes() {
    check_tokens(
        r####"1 0x1f_u8 0o17 0b101i64 1.5 1e10 2.5f32 'a' b'b' "s" b"bs" c"cs" r"raw" r#"h"# br"rb" cr"rc" "suf"x 1.0.max"####,
        expect![[r##"
            1:1 Literal(Integer) "1"
            1:3 Literal(Integer) "0x1f_u8" suffix "u8"
            1:11 Literal(Integer) "0o17"
            1:16 Literal(Integer) "0b101i64" suffix "i64"
            1:25 Literal(Float) "1.5"
            1:29 Literal(Float) "1e10"
            1:34 Literal(Float) "2.5f32" suffix "f32"
            1:41 Literal(Char) "'a'"
            1:45 Literal(Byte) "b'b'"
            1:50 Literal(Str) "\"s\""
            1:54 Literal(ByteStr) "b\"bs\""
            1:60 Literal(CStr) "c\"cs\""
            1:66 Literal(StrRaw(0)) "r\"raw\""
            1:73 Literal(StrRaw(1)) "r#\"h\"#"
            1:80 Literal(ByteStrRaw(0)) "br\"rb\""
            1:87 Literal(CStrRaw(0)) "cr\"rc\""
            1:94 Literal(Str) "\"suf\"x" suffix "x"
            1:101 Literal(Float) "1.0"
            1:104 Dot "."
            1:105 Ident "max"
        "##]],
    );
}

#[test]
fn tokens_idents_lifetimes_and_comments() {
    check_tokens(
        "#!/usr/bin/env run\nfn r#match 'a 'static '_ _ /* c /* nested */ */ // line\n/// outer\n//! inner\n/** block */ x",
        expect![[r#"
            2:1 Ident "fn"
            2:4 RawIdent "r#match"
            2:12 Lifetime "'a"
            2:15 Lifetime "'static"
            2:23 Lifetime "'_"
            2:26 Ident "_"
            3:1 DocComment(Line, Outer) "/// outer"
            4:1 DocComment(Line, Inner) "//! inner"
            5:1 DocComment(Block, Outer) "/** block */"
            5:14 Ident "x"
        "#]],
    );
}

#[test]
fn tokens_shebang_is_not_an_inner_attribute() {
    check_tokens(
        "#![allow(x)]",
        expect![[r##"
        1:1 Pound "#" joint
        1:2 Not "!"
        1:3 OpenDelim(Bracket) "["
        1:4 Ident "allow"
        1:9 OpenDelim(Parenthesis) "("
        1:10 Ident "x"
        1:11 CloseDelim(Parenthesis) ")"
        1:12 CloseDelim(Bracket) "]"
    "##]],
    );
}

#[test]
fn unterminated_literals() {
    check_errors(
        "fn main() {\n    let x = \"abc;\n}\n",
        expect![[r#"
        error[E0765]: unterminated double quote string
         --> test.rs:2:13
          |
        2 |       let x = "abc;
          |  _____________^
        3 | | }
          | |__^

    "#]],
    );
    check_errors(
        "fn main() {\n    let x = b\"abc;\n}\n",
        expect![[r#"
        error[E0766]: unterminated double quote byte string
         --> test.rs:2:14
          |
        2 |       let x = b"abc;
          |  ______________^
        3 | | }
          | |__^

    "#]],
    );
    check_errors(
        "fn main() {\n    let x = c\"abc;\n}\n",
        expect![[r#"
        error[E0767]: unterminated C string
         --> test.rs:2:14
          |
        2 |       let x = c"abc;
          |  ______________^
        3 | | }
          | |__^

    "#]],
    );
    check_errors(
        "fn main() {\n    let x = '\\';\n}\n",
        expect![[r#"
        error[E0762]: unterminated character literal
         --> test.rs:2:13
          |
        2 |     let x = '\';
          |             ^^^^

    "#]],
    );
    check_errors(
        "fn main() {\n    let x = b'a;\n}\n",
        expect![[r#"
        error[E0763]: unterminated byte constant
         --> test.rs:2:14
          |
        2 |     let x = b'a;
          |              ^^^

    "#]],
    );
}

#[test]
fn unterminated_block_comment() {
    check_errors(
        "fn main() {\n    /* abc /* */\n}\n",
        expect![[r#"
        error[E0758]: unterminated block comment
         --> test.rs:2:5
          |
        2 |       /* abc /* */
          |       ^-     -- -- ...and last nested comment terminates here.
          |       |      |
          |       |      ...as last nested comment starts here, maybe you want to close this instead?
          |  _____unterminated block comment
          | |
        3 | | }
          | |__^

    "#]],
    );
}

#[test]
fn unterminated_raw_strings() {
    check_errors(
        "fn main() {\n    let x = r##\"abc\"#;\n}\n",
        expect![[r###"
        error[E0748]: unterminated raw string
         --> test.rs:2:13
          |
        2 |     let x = r##"abc"#;
          |             ^ unterminated raw string
          |
          = note: this raw string should be terminated with `"##`
        help: consider terminating the string here
          |
        2 |     let x = r##"abc"##;
          |                      +

    "###]],
    );
    check_errors(
        "fn main() {\n    let x = r#\n}\n",
        expect![[r#"
        error: found invalid character; only `#` is allowed in raw string delimitation: \n
         --> test.rs:2:13
          |
        2 |       let x = r#
          |  _____________^
        3 | | }
          | |_^

    "#]],
    );
}

#[test]
fn number_errors() {
    check_errors(
        "fn main() {\n    let a = 0x;\n    let b = 1e;\n    let c = 0b102;\n    let d = 0o9;\n    let e = 0b1.0;\n    let f = 0x1.0;\n    let g = 1_u8_;\n}\n",
        expect![[r#"
            error[E0768]: no valid digits found for number
             --> test.rs:2:13
              |
            2 |     let a = 0x;
              |             ^^

            error: expected at least one digit in exponent
             --> test.rs:3:13
              |
            3 |     let b = 1e;
              |             ^^

            error: invalid digit for a base 2 literal
             --> test.rs:4:17
              |
            4 |     let c = 0b102;
              |                 ^

            error: invalid digit for a base 8 literal
             --> test.rs:5:15
              |
            5 |     let d = 0o9;
              |               ^

            error: binary float literal is not supported
             --> test.rs:6:13
              |
            6 |     let e = 0b1.0;
              |             ^^^^^

            error: hexadecimal float literal is not supported
             --> test.rs:7:13
              |
            7 |     let f = 0x1.0;
              |             ^^^^^

            error: invalid suffix `u8_` for number literal
             --> test.rs:8:13
              |
            8 |     let g = 1_u8_;
              |             ^^^^^ invalid suffix `u8_`
              |
              = help: the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)

        "#]],
    );
}

#[test]
fn escape_errors() {
    check_errors(
        r#"fn main() {
    let a = '\q';
    let b = b'é';
    let c = "\x80";
    let d = b"\u{41}";
    let e = '\u{D800}';
    let f = "\u{110000}";
    let g = "\u{1234567}";
    let h = "\u{}";
    let i = "\u1234";
    let j = "\x4";
    let k = "\xZZ";
    let l = "\u{_1}";
    let m = "\u{12";
    let n = 'ab';
    let o = '';
    let p = c"a\0b";
    let q = "}\}";
}
"#,
        expect![[r#"
            error: unknown character escape: `q`
             --> test.rs:2:15
              |
            2 |     let a = '\q';
              |               ^ unknown character escape
              |
              = help: for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>
            help: if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal
              |
            2 -     let a = '\q';
            2 +     let a = r"\q";
              |

            error: non-ASCII character in byte literal
             --> test.rs:3:15
              |
            3 |     let b = b'é';
              |               ^ must be ASCII
              |
            help: if you meant to use the unicode code point for 'é', use a \xHH escape
              |
            3 -     let b = b'é';
            3 +     let b = b'\xE9';
              |

            error: out of range hex escape
             --> test.rs:4:14
              |
            4 |     let c = "\x80";
              |              ^^^^ must be a character in the range [\x00-\x7f]
              |
              = help: if you want to write a byte literal, use `b'\x80'`
              = help: if you want to write a Unicode character, use `'\u{80}'`

            error: unicode escape in byte string
             --> test.rs:5:15
              |
            5 |     let d = b"\u{41}";
              |               ^^^^^^ unicode escape in byte string
              |
              = help: unicode escape sequences cannot be used as a byte or in a byte string

            error: invalid unicode character escape
             --> test.rs:6:14
              |
            6 |     let e = '\u{D800}';
              |              ^^^^^^^^ invalid escape
              |
              = help: unicode escape must not be a surrogate

            error: invalid unicode character escape
             --> test.rs:7:14
              |
            7 |     let f = "\u{110000}";
              |              ^^^^^^^^^^ invalid escape
              |
              = help: unicode escape must be at most 10FFFF

            error: overlong unicode escape
             --> test.rs:8:14
              |
            8 |     let g = "\u{1234567}";
              |              ^^^^^^^^^^^ must have at most 6 hex digits

            error: empty unicode escape
             --> test.rs:9:14
              |
            9 |     let h = "\u{}";
              |              ^^^^ this escape must have at least 1 hex digit

            error: incorrect unicode escape sequence
              --> test.rs:10:14
               |
            10 |     let i = "\u1234";
               |              ^^^
               |
            help: format of unicode escape sequences uses braces
               |
            10 -     let i = "\u1234";
            10 +     let i = "\u{1234}";
               |

            error: numeric character escape is too short
              --> test.rs:11:14
               |
            11 |     let j = "\x4";
               |              ^^^

            error: invalid character in numeric character escape: `Z`
              --> test.rs:12:16
               |
            12 |     let k = "\xZZ";
               |                ^ invalid character in numeric character escape

            error: invalid start of unicode escape: `_`
              --> test.rs:13:17
               |
            13 |     let l = "\u{_1}";
               |                 ^ invalid start of unicode escape

            error: unterminated unicode escape
              --> test.rs:14:14
               |
            14 |     let m = "\u{12";
               |              ^^^^^ missing a closing `}`
               |
            help: terminate the unicode escape
               |
            14 |     let m = "\u{12}";
               |                   +

            error: character literal may only contain one codepoint
              --> test.rs:15:13
               |
            15 |     let n = 'ab';
               |             ^^^^
               |
            help: if you meant to write a string literal, use double quotes
               |
            15 -     let n = 'ab';
            15 +     let n = "ab";
               |

            error: empty character literal
              --> test.rs:16:14
               |
            16 |     let o = '';
               |              ^ empty character literal

            error: null characters in C string literals are not supported
              --> test.rs:17:16
               |
            17 |     let p = c"a\0b";
               |                ^^

            error: unknown character escape: `}`
              --> test.rs:18:16
               |
            18 |     let q = "}\}";
               |                ^ unknown character escape
               |
               = help: if used in a formatting string, curly braces are escaped with `{{` and `}}`

        "#]],
    );
}

#[test]
fn unknown_characters_and_prefixes() {
    check_errors(
        "fn main() {\n    let k = ` ;\n    let l = k\"x\";\n    let m = 1 \u{a0}+ 2;\n}\n",
        expect![[r#"
        error: unknown start of token: `
         --> test.rs:2:13
          |
        2 |     let k = ` ;
          |             ^
          |
        help: Unicode character '`' (Grave Accent) looks like ''' (Single Quote), but it is not
          |
        2 -     let k = ` ;
        2 +     let k = ' ;
          |

        error: prefix `k` is unknown
         --> test.rs:3:13
          |
        3 |     let l = k"x";
          |             ^ unknown prefix
          |
          = note: prefixed identifiers and literals are reserved since Rust 2021
        help: consider inserting whitespace here
          |
        3 |     let l = k "x";
          |              +

        error: unknown start of token: \u{a0}
         --> test.rs:4:15
          |
        4 |     let m = 1  + 2;
          |               ^
          |
        help: Unicode character ' ' (No-Break Space) looks like ' ' (Space), but it is not
          |
        4 |     let m = 1  + 2;
          |               +

        error: expected expression, found `;`
         --> test.rs:2:15
          |
        2 |     let k = ` ;
          |               ^ expected expression

        error: expected one of `!`, `.`, `::`, `;`, `?`, `else`, `{`, or an operator, found `"x"`
         --> test.rs:3:14
          |
        3 |     let l = k"x";
          |              ^^^ expected one of 8 possible tokens

    "#]],
    );
}

#[test]
fn unknown_prefix_is_fine_before_2021() {
    check_errors(
        "//@ edition: 2018\nfn main() { let l = k\"x\"; }\n",
        expect![[r#"
        error: expected one of `!`, `.`, `::`, `;`, `?`, `else`, `{`, or an operator, found `"x"`
         --> test.rs:2:22
          |
        2 | fn main() { let l = k"x"; }
          |                      ^^^ expected one of 8 possible tokens

    "#]],
    );
}

#[test]
fn bad_identifiers_and_lifetimes() {
    check_errors(
        "fn main() {\n    let a😀b = 1;\n    let 🦀 = 1;\n    let y: &'1a u8 = x;\n    let r#self = 1;\n}\n",
        expect![[r#"
            error: `self` cannot be a raw identifier
             --> test.rs:5:9
              |
            5 |     let r#self = 1;
              |         ^^^^^^

            error: identifiers cannot contain emoji: `a😀b`
             --> test.rs:2:9
              |
            2 |     let a😀b = 1;
              |         ^^^^

            error: Ferris cannot be used as an identifier
             --> test.rs:3:9
              |
            3 |     let 🦀 = 1;
              |         ^^
              |
            help: try using their name instead
              |
            3 -     let 🦀 = 1;
            3 +     let ferris = 1;
              |

            error: lifetimes cannot start with a number
             --> test.rs:4:13
              |
            4 |     let y: &'1a u8 = x;
              |             ^^^

        "#]],
    );
}

#[test]
fn mismatched_closing_delimiter() {
    check_errors(
        "fn main() {\n    let x = (1, 2;\n}\n",
        expect![[r#"
        error: mismatched closing delimiter: `}`
         --> test.rs:2:13
          |
        1 | fn main() {
          |           - closing delimiter possibly meant for this
        2 |     let x = (1, 2;
          |             ^ unclosed delimiter
        3 | }
          | ^ mismatched closing delimiter

    "#]],
    );
    check_errors(
        "fn main() {\n    foo(1, 2];\n}\n",
        expect![[r#"
        error: mismatched closing delimiter: `]`
         --> test.rs:2:8
          |
        2 |     foo(1, 2];
          |        ^    ^ mismatched closing delimiter
          |        |
          |        unclosed delimiter

    "#]],
    );
}

#[test]
fn unexpected_closing_delimiter() {
    check_errors(
        "fn main() {\n    let x = 1;\n}\n}\n",
        expect![[r#"
        error: unexpected closing delimiter: `}`
         --> test.rs:4:1
          |
        1 | fn main() {
          |           - this opening brace...
        2 |     let x = 1;
        3 | }
          | - ...matches this closing brace
        4 | }
          | ^ unexpected closing delimiter

    "#]],
    );
    check_errors(
        "fn main() { let x = ); }",
        expect![[r#"
        error: unexpected closing delimiter: `}`
         --> test.rs:1:24
          |
        1 | fn main() { let x = ); }
          |           -         -  ^ unexpected closing delimiter
          |           |         |
          |           |         missing open `(` for this delimiter
          |           the nearest open delimiter

    "#]],
    );
}

#[test]
fn unclosed_delimiter() {
    check_errors(
        "fn main() {\n    foo(1, 2\n",
        expect![[r#"
        error: this file contains an unclosed delimiter
         --> test.rs:2:14
          |
        1 | fn main() {
          |           - unclosed delimiter
        2 |     foo(1, 2
          |        -    ^
          |        |
          |        unclosed delimiter

    "#]],
    );
}

#[test]
fn two_mismatches_in_one_file() {
    check_errors(
        "fn main() {\n    let x = [1, 2);\n    let y = (1, 2];\n}\n",
        expect![[r#"
        error: mismatched closing delimiter: `)`
         --> test.rs:2:13
          |
        2 |     let x = [1, 2);
          |             ^    ^ mismatched closing delimiter
          |             |
          |             unclosed delimiter

        error: mismatched closing delimiter: `]`
         --> test.rs:3:13
          |
        3 |     let y = (1, 2];
          |             ^    ^ mismatched closing delimiter
          |             |
          |             unclosed delimiter

    "#]],
    );
}

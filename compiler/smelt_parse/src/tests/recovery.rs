//! Error recovery: several errors reported in one run, at statement and item granularity,
//! with rustc's wording for the common mistakes.

use expect_test::expect;

use super::{check, check_errors};

#[test]
fn several_statement_errors_in_one_block() {
    check(
        "fn main() {\n    let a = ;\n    let b = 1 +;\n    foo(1 2);\n    let ok = 3;\n}\n",
        expect![[r#"
            Crate
              Fn main
                Block
                  Semi
                    Expr Err
                  Semi
                    Expr Err
                  Semi
                    Expr Call
                      Expr Path foo
                      Expr Lit 1
                      Expr Lit 2
                  Let
                    Pat Ident ok
                    Expr Lit 3

            error: expected expression, found `;`
             --> test.rs:2:13
              |
            2 |     let a = ;
              |             ^ expected expression

            error: expected expression, found `;`
             --> test.rs:3:16
              |
            3 |     let b = 1 +;
              |                ^ expected expression

            error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2`
             --> test.rs:4:11
              |
            4 |     foo(1 2);
              |           ^ expected one of `)`, `,`, `.`, `?`, or an operator
              |
            help: missing `,`
              |
            4 |     foo(1, 2);
              |          +

        "#]],
    );
}

#[test]
fn several_item_errors_in_one_file() {
    check(
        "struct S { a: u8, b: }\nfn good() {}\nfn f(x u8) {}\nenum E { A B }\nlet x = 5;\nimpl T for { }\nfn also_good() {}\n",
        expect![[r#"
            Crate
              Fn good
                Block
              Enum E
                Variant A
                Variant B
              Fn also_good
                Block

            error: expected type, found `}`
             --> test.rs:1:22
              |
            1 | struct S { a: u8, b: }
              |                      ^ expected type

            error: expected one of `:`, `@`, or `|`, found `u8`
             --> test.rs:3:8
              |
            3 | fn f(x u8) {}
              |        ^^ expected one of `:`, `@`, or `|`
              |
            help: declare the type after the parameter binding
              |
            3 - fn f(x u8) {}
            3 + fn f(<identifier>: <type>) {}
              |

            error: expected one of `(`, `,`, `=`, `{`, or `}`, found `B`
             --> test.rs:4:12
              |
            4 | enum E { A B }
              |            ^ expected one of `(`, `,`, `=`, `{`, or `}`
              |
            help: missing `,`
              |
            4 | enum E { A, B }
              |           +

            error: expected item, found keyword `let`
             --> test.rs:5:1
              |
            5 | let x = 5;
              | ^^^ `let` cannot be used for global variables
              |
              = note: for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>
            help: consider using `static` or `const` instead of `let`
              |
            5 - let x = 5;
            5 + static x = 5;
              |

            error: expected type, found `{`
             --> test.rs:6:12
              |
            6 | impl T for { }
              |            ^ expected type

        "#]],
    );
}

#[test]
fn missing_semicolons() {
    check_errors(
        "fn main() {\n    let x = 32\n    let y = 42;\n    foo()\n    bar();\n}\n",
        expect![[r#"
        error: expected `;`, found keyword `let`
         --> test.rs:2:15
          |
        2 |     let x = 32
          |               ^
        3 |     let y = 42;
          |     --- unexpected token
          |
        help: add `;` here
          |
        2 |     let x = 32;
          |               +

        error: expected `;`, found `bar`
         --> test.rs:4:10
          |
        4 |     foo()
          |          ^
        5 |     bar();
          |     --- unexpected token
          |
        help: add `;` here
          |
        4 |     foo();
          |          +

    "#]],
    );
}

#[test]
fn common_mistakes() {
    check_errors(
        "fn main() {\n    let x = a b;\n    foo(1 2);\n    for x y {}\n    let y: = 1;\n    match x { 1 => 2 3 => 4 }\n}\n",
        expect![[r#"
            error: expected one of `!`, `.`, `::`, `;`, `?`, `else`, `{`, or an operator, found `b`
             --> test.rs:2:15
              |
            2 |     let x = a b;
              |               ^ expected one of 8 possible tokens

            error: expected one of `)`, `,`, `.`, `?`, or an operator, found `2`
             --> test.rs:3:11
              |
            3 |     foo(1 2);
              |           ^ expected one of `)`, `,`, `.`, `?`, or an operator
              |
            help: missing `,`
              |
            3 |     foo(1, 2);
              |          +

            error: missing `in` in `for` loop
             --> test.rs:4:10
              |
            4 |     for x y {}
              |          ^
              |
            help: try adding `in` here
              |
            4 |     for x in y {}
              |           ++

            error: expected type, found `=`
             --> test.rs:5:12
              |
            5 |     let y: = 1;
              |          - ^ expected type
              |          |
              |          while parsing the type for `y`

            error: expected `,` following `match` arm
             --> test.rs:6:21
              |
            6 |     match x { 1 => 2 3 => 4 }
              |                     ^
              |
            help: missing a comma here to end this `match` arm
              |
            6 |     match x { 1 => 2, 3 => 4 }
              |                     +

        "#]],
    );
}

#[test]
fn errors_at_the_end_of_the_file() {
    check_errors(
        "mod m",
        expect![[r#"
        error: expected one of `;` or `{`, found `<eof>`
         --> test.rs:1:5
          |
        1 | mod m
          |     ^ expected one of `;` or `{`

    "#]],
    );
    check_errors(
        "fn f()",
        expect![[r#"
        error: expected one of `->`, `;`, `where`, or `{`, found `<eof>`
         --> test.rs:1:6
          |
        1 | fn f()
          | --   ^ expected one of `->`, `;`, `where`, or `{`
          | |
          | while parsing this `fn`

    "#]],
    );
    check_errors(
        "struct S",
        expect![[r#"
        error: expected `where`, `{`, `(`, or `;` after struct name, found `<eof>`
         --> test.rs:1:9
          |
        1 | struct S
          |         ^ expected `where`, `{`, `(`, or `;` after struct name

    "#]],
    );
}

#[test]
fn keyword_as_identifier_recovers() {
    check(
        "fn f(fn: u8) {}\nfn g() { let match = 1; }",
        expect![[r#"
        Crate
          Fn f
            Param
              Pat Ident r#fn
              Ty Path u8
            Block
          Fn g
            Block
              Let
                Pat Ident r#match
                Expr Lit 1

        error: expected identifier, found keyword `fn`
         --> test.rs:1:6
          |
        1 | fn f(fn: u8) {}
          |      ^^ expected identifier, found keyword
          |
        help: escape `fn` to use it as an identifier
          |
        1 | fn f(r#fn: u8) {}
          |      ++

        error: expected identifier, found keyword `match`
         --> test.rs:2:14
          |
        2 | fn g() { let match = 1; }
          |              ^^^^^ expected identifier, found keyword
          |
        help: escape `match` to use it as an identifier
          |
        2 | fn g() { let r#match = 1; }
          |              ++

    "#]],
    );
}

#[test]
fn recovery_inside_nested_groups() {
    check(
        "fn main() {\n    if x { foo(bar baz); }\n    let y = [1, 2 3, +];\n    let z = 1;\n}\n",
        expect![[r#"
            Crate
              Fn main
                Block
                  Expr If
                    Expr Path x
                    Block
                      Semi
                        Expr Call
                          Expr Path foo
                          Expr Path bar
                          Expr Path baz
                  Semi
                    Expr Err
                  Let
                    Pat Ident z
                    Expr Lit 1

            error: expected one of `!`, `)`, `,`, `.`, `::`, `?`, `{`, or an operator, found `baz`
             --> test.rs:2:20
              |
            2 |     if x { foo(bar baz); }
              |                    ^^^ expected one of 8 possible tokens
              |
            help: missing `,`
              |
            2 |     if x { foo(bar, baz); }
              |                   +

            error: expected one of `,`, `.`, `?`, `]`, or an operator, found `3`
             --> test.rs:3:19
              |
            3 |     let y = [1, 2 3, +];
              |                   ^ expected one of `,`, `.`, `?`, `]`, or an operator
              |
            help: missing `,`
              |
            3 |     let y = [1, 2, 3, +];
              |                  +

            error: expected expression, found `+`
             --> test.rs:3:22
              |
            3 |     let y = [1, 2 3, +];
              |                      ^ expected expression

        "#]],
    );
}

#[test]
fn stray_tokens_between_items() {
    check_errors(
        "fn a() {}\n1 + 2;\nfn b() {}\n",
        expect![[r#"
        error: expected item, found `1`
         --> test.rs:2:1
          |
        2 | 1 + 2;
          | ^ expected item
          |
          = note: for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>

    "#]],
    );
    check_errors(
        "fn a() {}\n+ 2;\nfn b() {}\n# 3\nfn c() {}\n",
        expect![[r#"
        error: expected item, found `+`
         --> test.rs:2:1
          |
        2 | + 2;
          | ^ expected item
          |
          = note: for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>

        error: expected one of `!` or `[`, found `3`
         --> test.rs:4:3
          |
        4 | # 3
          |   ^ expected one of `!` or `[`

    "#]],
    );
}

#[test]
fn attributes_without_items() {
    check_errors(
        "fn f() { #[attr] }\n#[attr]\n",
        expect![[r#"
        error: expected statement after outer attribute
         --> test.rs:1:10
          |
        1 | fn f() { #[attr] }
          |          ^^^^^^^

        error: expected item after attributes
         --> test.rs:2:1
          |
        2 | #[attr]
          | ^^^^^^^

    "#]],
    );
    check_errors(
        "pub\n",
        expect![[r#"
        error: visibility `pub` is not followed by an item
         --> test.rs:1:1
          |
        1 | pub
          | ^^^ the visibility
          |
          = help: you likely meant to define an item, e.g., `pub fn foo() {}`

    "#]],
    );
}

#[test]
fn inner_attribute_after_items() {
    check_errors(
        "fn f() {}\n#![allow(x)]\nfn g() {}\n",
        expect![[r#"
        error: an inner attribute is not permitted in this context
         --> test.rs:2:1
          |
        2 | #![allow(x)]
          | ^^^^^^^^^^^^ not permitted in this context
          |
          = note: inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually found at the beginning of source files
          = note: outer attributes, like `#[test]`, annotate the item following them

    "#]],
    );
}

#[test]
fn missing_blocks_and_conditions() {
    check_errors(
        "fn a() {\n    if x y {}\n}\nfn b() {\n    if { } else { }\n    if x == { } else { }\n}\nfn c() {\n    while x foo();\n    loop foo();\n}\n",
        expect![[r#"
            error: expected `{`, found `y`
             --> test.rs:2:10
              |
            2 |     if x y {}
              |          ^ expected `{`
              |
            note: the `if` expression is missing a block after this condition
             --> test.rs:2:8
              |
            2 |     if x y {}
              |        ^
            help: you might have meant to write a field access
              |
            2 |     if x.y {}
              |         +

            error: missing condition for `if` expression
             --> test.rs:5:7
              |
            5 |     if { } else { }
              |       ^- if this block is the condition of the `if` expression, then it must be followed by another block
              |       |
              |       expected condition here

            error: this `if` expression is missing a block after the condition
             --> test.rs:6:5
              |
            6 |     if x == { } else { }
              |     ^^
              |
            help: this binary operation is possibly unfinished
             --> test.rs:6:8
              |
            6 |     if x == { } else { }
              |        ^^^^

            error: expected `{`, found `foo`
             --> test.rs:9:13
              |
            9 |     while x foo();
              |     ----- - ^^^ expected `{`
              |     |     |
              |     |     this `while` condition successfully parsed
              |     while parsing the body of this `while` expression
              |
            help: you might have meant to write this as part of a block
              |
            9 -     while x foo();
            9 +     while x { foo() };
              |

            error: expected `{`, found `foo`
              --> test.rs:10:10
               |
            10 |     loop foo();
               |     ---- ^^^ expected `{`
               |     |
               |     while parsing this `loop` expression
               |
            help: you might have meant to write this as part of a block
               |
            10 -     loop foo();
            10 +     loop { foo() };
               |

        "#]],
    );
}

#[test]
fn field_separators_and_bindings() {
    check(
        "struct S { a: u8; b: u8 }\nfn main() { let mut = 5; &raw x; }\n",
        expect![[r#"
        Crate
          Struct S {} recovered
            Field a
              Ty Path u8
            Field b
              Ty Path u8
          Fn main
            Block
              Semi
                Expr Err
              Semi
                Expr Err

        error: struct fields are separated by `,`
         --> test.rs:1:17
          |
        1 | struct S { a: u8; b: u8 }
          |                 ^
          |
        help: replace `;` with `,`
          |
        1 - struct S { a: u8; b: u8 }
        1 + struct S { a: u8, b: u8 }
          |

        error: expected identifier, found `=`
         --> test.rs:2:21
          |
        2 | fn main() { let mut = 5; &raw x; }
          |                     ^ expected identifier

        error: expected one of `!`, `.`, `::`, `;`, `?`, `const`, `mut`, `{`, `}`, or an operator, found `x`
         --> test.rs:2:31
          |
        2 | fn main() { let mut = 5; &raw x; }
          |                               ^ expected one of 10 possible tokens

    "#]],
    );
}

//! Expressions: precedence and associativity of every level, and every expression form.

use expect_test::expect;

use super::{check, check_errors, check_expr};

#[test]
fn precedence_levels() {
    // From loosest to tightest: `=`, `..`, `||`, `&&`, `==`, `|`, `^`, `&`, `<<`, `+`, `*`,
    // `as`, unary, postfix.
    check_expr(
        "a = b .. c || d && e == f | g ^ h & i << j + k * l as T",
        expect![[r#"
        Expr Assign
          Expr Path a
          Expr Range _.._
            Expr Path b
            Expr Binary ||
              Expr Path c
              Expr Binary &&
                Expr Path d
                Expr Binary ==
                  Expr Path e
                  Expr Binary |
                    Expr Path f
                    Expr Binary ^
                      Expr Path g
                      Expr Binary &
                        Expr Path h
                        Expr Binary <<
                          Expr Path i
                          Expr Binary +
                            Expr Path j
                            Expr Binary *
                              Expr Path k
                              Expr Cast
                                Expr Path l
                                Ty Path T
    "#]],
    );
    check_expr(
        "-a.b()? * !c[0] as u8",
        expect![[r#"
        Expr Binary *
          Expr Unary -
            Expr Try
              Expr MethodCall b
                Expr Path a
          Expr Cast
            Expr Unary !
              Expr Index
                Expr Path c
                Expr Lit 0
            Ty Path u8
    "#]],
    );
}

#[test]
fn left_associative_levels() {
    check_expr(
        "a - b - c",
        expect![[r#"
        Expr Binary -
          Expr Binary -
            Expr Path a
            Expr Path b
          Expr Path c
    "#]],
    );
    check_expr(
        "a / b % c * d",
        expect![[r#"
        Expr Binary *
          Expr Binary %
            Expr Binary /
              Expr Path a
              Expr Path b
            Expr Path c
          Expr Path d
    "#]],
    );
    check_expr(
        "a << b >> c",
        expect![[r#"
        Expr Binary >>
          Expr Binary <<
            Expr Path a
            Expr Path b
          Expr Path c
    "#]],
    );
    check_expr(
        "a | b | c ^ d ^ e & f & g",
        expect![[r#"
        Expr Binary |
          Expr Binary |
            Expr Path a
            Expr Path b
          Expr Binary ^
            Expr Binary ^
              Expr Path c
              Expr Path d
            Expr Binary &
              Expr Binary &
                Expr Path e
                Expr Path f
              Expr Path g
    "#]],
    );
    check_expr(
        "a || b || c && d && e",
        expect![[r#"
        Expr Binary ||
          Expr Binary ||
            Expr Path a
            Expr Path b
          Expr Binary &&
            Expr Binary &&
              Expr Path c
              Expr Path d
            Expr Path e
    "#]],
    );
    check_expr(
        "a as u8 as u32",
        expect![[r#"
        Expr Cast
          Expr Cast
            Expr Path a
            Ty Path u8
          Ty Path u32
    "#]],
    );
}

#[test]
fn assignment_is_right_associative() {
    check_expr(
        "a = b = c",
        expect![[r#"
        Expr Assign
          Expr Path a
          Expr Assign
            Expr Path b
            Expr Path c
    "#]],
    );
    check_expr(
        "a += b -= c <<= d",
        expect![[r#"
        Expr AssignOp +=
          Expr Path a
          Expr AssignOp -=
            Expr Path b
            Expr AssignOp <<=
              Expr Path c
              Expr Path d
    "#]],
    );
}

#[test]
fn comparisons_do_not_chain() {
    check_expr(
        "a < b < c",
        expect![[r#"
        Expr Binary <
          Expr Binary <
            Expr Path a
            Expr Path b
          Expr Path c

        error: comparison operators cannot be chained
         --> test.rs:1:3
          |
        1 | a < b < c
          |   ^   ^
          |
          = help: use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments
          = help: or use `(...)` if you meant to specify fn arguments
        help: split the comparison into two
          |
        1 | a < b && b < c
          |       ++++

    "#]],
    );
    check_expr(
        "a == b == c",
        expect![[r#"
        Expr Binary ==
          Expr Binary ==
            Expr Path a
            Expr Path b
          Expr Path c

        error: comparison operators cannot be chained
         --> test.rs:1:3
          |
        1 | a == b == c
          |   ^^   ^^
          |
        help: split the comparison into two
          |
        1 | a == b && b == c
          |        ++++

    "#]],
    );
    check_expr(
        "a < b > c",
        expect![[r#"
        <tokens left over>

        error: comparison operators cannot be chained
         --> test.rs:1:3
          |
        1 | a < b > c
          |   ^   ^
          |
          = help: use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments
          = help: or use `(...)` if you meant to specify fn arguments

    "#]],
    );
    check_expr(
        "a < b && b < c",
        expect![[r#"
        Expr Binary &&
          Expr Binary <
            Expr Path a
            Expr Path b
          Expr Binary <
            Expr Path b
            Expr Path c
    "#]],
    );
}

#[test]
fn ranges() {
    check_expr(
        "a..b",
        expect![[r#"
        Expr Range _.._
          Expr Path a
          Expr Path b
    "#]],
    );
    check_expr(
        "..",
        expect![[r#"
        Expr Range ..
    "#]],
    );
    check_expr(
        "a..",
        expect![[r#"
        Expr Range _..
          Expr Path a
    "#]],
    );
    check_expr(
        "..=b",
        expect![[r#"
        Expr Range ..=_
          Expr Path b
    "#]],
    );
    check_expr(
        "a + 1..b * 2",
        expect![[r#"
        Expr Range _.._
          Expr Binary +
            Expr Path a
            Expr Lit 1
          Expr Binary *
            Expr Path b
            Expr Lit 2
    "#]],
    );
    check_expr(
        "a..=",
        expect![[r#"
        Expr Range _..
          Expr Path a

        error[E0586]: inclusive range with no end
         --> test.rs:1:2
          |
        1 | a..=
          |  ^^^
          |
          = note: inclusive ranges must be bounded at the end (`..=b` or `a..=b`)
        help: use `..` instead
          |
        1 - a..=
        1 + a..
          |

    "#]],
    );
    check_expr(
        "x = a..b || c",
        expect![[r#"
        Expr Assign
          Expr Path x
          Expr Range _.._
            Expr Path a
            Expr Binary ||
              Expr Path b
              Expr Path c
    "#]],
    );
    check_expr(
        "a...b",
        expect![[r#"
        Expr Range _..=_
          Expr Path a
          Expr Path b

        error: unexpected token: `...`
         --> test.rs:1:2
          |
        1 | a...b
          |  ^^^
          |
        help: use `..` for an exclusive range
          |
        1 - a...b
        1 + a..b
          |
        help: or `..=` for an inclusive range
          |
        1 - a...b
        1 + a..=b
          |

    "#]],
    );
}

#[test]
fn unary_and_borrow() {
    check_expr(
        "&&x",
        expect![[r#"
        Expr AddrOf &
          Expr AddrOf &
            Expr Path x
    "#]],
    );
    check_expr(
        "&mut *x",
        expect![[r#"
        Expr AddrOf &mut
          Expr Unary *
            Expr Path x
    "#]],
    );
    check_expr(
        "&raw const x",
        expect![[r#"
        Expr AddrOf &raw const
          Expr Path x
    "#]],
    );
    check_expr(
        "&raw mut x.y",
        expect![[r#"
        Expr AddrOf &raw mut
          Expr Field y
            Expr Path x
    "#]],
    );
    check_expr(
        "!-*x",
        expect![[r#"
        Expr Unary !
          Expr Unary -
            Expr Unary *
              Expr Path x
    "#]],
    );
}

#[test]
fn postfix_chains() {
    check_expr(
        "a.b.c(1, 2).d::<u8, Vec<T>>()?.await[i](x)",
        expect![[r#"
        Expr Call
          Expr Index
            Expr Await
              Expr Try
                Expr MethodCall d<..>
                  Expr MethodCall c
                    Expr Field b
                      Expr Path a
                    Expr Lit 1
                    Expr Lit 2
                  Args
                    Ty Path u8
                    Ty Path Vec<..>
                      Args
                        Ty Path T
            Expr Path i
          Expr Path x
    "#]],
    );
    check_expr(
        "x.0.1",
        expect![[r#"
        Expr Field 1
          Expr Field 0
            Expr Path x
    "#]],
    );
    check_expr(
        "x.0.1.2",
        expect![[r#"
        Expr Field 2
          Expr Field 1
            Expr Field 0
              Expr Path x
    "#]],
    );
    check_expr(
        "x.0u8",
        expect![[r#"
        Expr Field 0
          Expr Path x

        error: suffixes on a tuple index are invalid
         --> test.rs:1:3
          |
        1 | x.0u8
          |   ^^^ invalid suffix `u8`

    "#]],
    );
}

#[test]
fn await_is_a_field_in_2015() {
    check_expr(
        "//@ edition: 2015\nx.await",
        expect![[r#"
        Expr Field r#await
          Expr Path x
    "#]],
    );
}

#[test]
fn literals() {
    check_expr(
        r#"(1, 0x_ff_u8, 0o17i64, 0b1010, 1_000.5e-3, 2f32, 'a', b'\n', "a\tb", r"\t", b"\x00\xff", c"hi", true, 1_u128)"#,
        expect![[r#"
            Expr Tup
              Expr Lit 1
              Expr Lit 0x_ff_u8
              Expr Lit 0o17i64
              Expr Lit 0b1010
              Expr Lit 1_000.5e-3
              Expr Lit 2f32
              Expr Lit 'a'
              Expr Lit b'\n'
              Expr Lit "a\tb"
              Expr Lit r"\t"
              Expr Lit b"\x00\xff"
              Expr Lit c"hi"
              Expr Lit true
              Expr Lit 1_u128
        "#]],
    );
}

#[test]
fn literal_errors() {
    check_errors(
        "fn main() {\n    12u7;\n    1.0u8;\n    12foo;\n    12i;\n    1.0f33;\n    0o17f32;\n    'a'suf;\n    \"x\"suf;\n    1_000_000_000_000_000_000_000_000_000_000_000_000_000;\n    0x1_0000_0000_0000_0000_0000_0000_0000_0000;\n    0X1F;\n}\n",
        expect![[r#"
            error: invalid width `7` for integer literal
             --> test.rs:2:5
              |
            2 |     12u7;
              |     ^^^^
              |
              = help: valid widths are 8, 16, 32, 64 and 128

            error: invalid suffix `u8` for float literal
             --> test.rs:3:5
              |
            3 |     1.0u8;
              |     ^^^^^ invalid suffix `u8`
              |
              = help: valid suffixes are `f32` and `f64`

            error: invalid suffix `foo` for float literal
             --> test.rs:4:5
              |
            4 |     12foo;
              |     ^^^^^ invalid suffix `foo`
              |
              = help: valid suffixes are `f32` and `f64`

            error: invalid suffix `i` for number literal
             --> test.rs:5:5
              |
            5 |     12i;
              |     ^^^ invalid suffix `i`
              |
              = help: the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)

            error: invalid width `33` for float literal
             --> test.rs:6:5
              |
            6 |     1.0f33;
              |     ^^^^^^
              |
              = help: valid widths are 32 and 64

            error: octal float literal is not supported
             --> test.rs:7:5
              |
            7 |     0o17f32;
              |     ^^^^^^^ not supported

            error: suffixes on char literals are invalid
             --> test.rs:8:5
              |
            8 |     'a'suf;
              |     ^^^^^^ invalid suffix `suf`

            error: suffixes on string literals are invalid
             --> test.rs:9:5
              |
            9 |     "x"suf;
              |     ^^^^^^ invalid suffix `suf`

            error: integer literal is too large
              --> test.rs:10:5
               |
            10 |     1_000_000_000_000_000_000_000_000_000_000_000_000_000;
               |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
               |
               = note: value exceeds limit of `340282366920938463463374607431768211455`

            error: integer literal is too large
              --> test.rs:11:5
               |
            11 |     0x1_0000_0000_0000_0000_0000_0000_0000_0000;
               |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
               |
               = note: value exceeds limit of `0xffffffffffffffffffffffffffffffff`

            error: invalid base prefix for number literal
              --> test.rs:12:5
               |
            12 |     0X1F;
               |     ^^^^
               |
               = note: base prefixes (`0xff`, `0b1010`, `0o755`) are lowercase
            help: try making the prefix lowercase
               |
            12 -     0X1F;
            12 +     0x1F;
               |

        "#]],
    );
}

#[test]
fn paths_and_struct_literals() {
    check_expr(
        "<Vec<T> as IntoIterator>::into_iter",
        expect![[r#"
        Expr Path <_ as IntoIterator>::into_iter
          Ty Path Vec<..>
            Args
              Ty Path T
    "#]],
    );
    check_expr(
        "::std::mem::swap::<u8>",
        expect![[r#"
        Expr Path ::std::mem::swap<..>
          Args
            Ty Path u8
    "#]],
    );
    check_expr(
        "S { a: 1, b, 0: x, ..base }",
        expect![[r#"
        Expr Struct S ..base
          ExprField a
            Expr Lit 1
          ExprField b shorthand
            Expr Path b
          ExprField 0
            Expr Path x
          Expr Path base
    "#]],
    );
    check_expr(
        "S { .. }",
        expect![[r#"
        Expr Struct S ..
    "#]],
    );
    check_expr(
        "Self { a }",
        expect![[r#"
        Expr Struct Self
          ExprField a shorthand
            Expr Path a
    "#]],
    );
}

#[test]
fn tuples_arrays_and_parens() {
    check_expr(
        "((), (a,), (a, b), (a))",
        expect![[r#"
        Expr Tup
          Expr Tup
          Expr Tup
            Expr Path a
          Expr Tup
            Expr Path a
            Expr Path b
          Expr Paren
            Expr Path a
    "#]],
    );
    check_expr(
        "[[], [1], [1, 2,], [0; N]]",
        expect![[r#"
        Expr Array
          Expr Array
          Expr Array
            Expr Lit 1
          Expr Array
            Expr Lit 1
            Expr Lit 2
          Expr Repeat
            Expr Lit 0
            AnonConst
              Expr Path N
    "#]],
    );
}

#[test]
fn closures() {
    check_expr(
        "|| 1",
        expect![[r#"
        Expr Closure
          Expr Lit 1
    "#]],
    );
    check_expr(
        "move |a, b: u8| a + b",
        expect![[r#"
        Expr Closure move
          Param
            Pat Ident a
          Param
            Pat Ident b
            Ty Path u8
          Expr Binary +
            Expr Path a
            Expr Path b
    "#]],
    );
    check_expr(
        "|x| -> u8 { x }",
        expect![[r#"
        Expr Closure
          Param
            Pat Ident x
          Ret
            Ty Path u8
          Expr Block
            Block
              Expr Path x
    "#]],
    );
    check_expr(
        "async move |x| x.await",
        expect![[r#"
        Expr Closure async move
          Param
            Pat Ident x
          Expr Await
            Expr Path x
    "#]],
    );
    check_expr(
        "for<'a> |x: &'a u8| *x",
        expect![[r#"
        Expr Closure
          For
            LifetimeParam 'a
          Param
            Pat Ident x
            Ty Ref 'a
              Ty Path u8
          Expr Unary *
            Expr Path x
    "#]],
    );
    check_expr(
        "|(a, b)| |c| a + b + c",
        expect![[r#"
        Expr Closure
          Param
            Pat Tuple
              Pat Ident a
              Pat Ident b
          Expr Closure
            Param
              Pat Ident c
            Expr Binary +
              Expr Binary +
                Expr Path a
                Expr Path b
              Expr Path c
    "#]],
    );
}

#[test]
fn blocks() {
    check_expr(
        "{ 1 }",
        expect![[r#"
        Expr Block
          Block
            Expr Lit 1
    "#]],
    );
    check_expr(
        "unsafe { f() }",
        expect![[r#"
        Expr Block
          Block unsafe
            Expr Call
              Expr Path f
    "#]],
    );
    check_expr(
        "async { 1 }",
        expect![[r#"
        Expr Async
          Block
            Expr Lit 1
    "#]],
    );
    check_expr(
        "async move { 1 }",
        expect![[r#"
        Expr Async move
          Block
            Expr Lit 1
    "#]],
    );
    check_expr(
        "const { 1 + 1 }",
        expect![[r#"
        Expr ConstBlock
          Expr Block
            Block
              Expr Binary +
                Expr Lit 1
                Expr Lit 1
    "#]],
    );
    check_expr(
        "'a: { break 'a 1 }",
        expect![[r#"
        Expr Block 'a
          Block
            Expr Break 'a
              Expr Lit 1
    "#]],
    );
    check_expr(
        "try { x? }",
        expect![[r#"
        Expr TryBlock
          Block
            Expr Try
              Expr Path x
    "#]],
    );
}

#[test]
fn control_flow() {
    check_expr(
        "if a { 1 } else if b { 2 } else { 3 }",
        expect![[r#"
        Expr If
          Expr Path a
          Block
            Expr Lit 1
          Expr If
            Expr Path b
            Block
              Expr Lit 2
            Expr Block
              Block
                Expr Lit 3
    "#]],
    );
    check_expr(
        "if let Some(x) = y { x } else { 0 }",
        expect![[r#"
        Expr If
          Expr Let
            Pat TupleStruct Some
              Pat Ident x
            Expr Path y
          Block
            Expr Path x
          Expr Block
            Block
              Expr Lit 0
    "#]],
    );
    check_expr(
        "while let Some(x) = it.next() { f(x) }",
        expect![[r#"
        Expr While
          Expr Let
            Pat TupleStruct Some
              Pat Ident x
            Expr MethodCall next
              Expr Path it
          Block
            Expr Call
              Expr Path f
              Expr Path x
    "#]],
    );
    check_expr(
        "'outer: loop { continue 'outer; }",
        expect![[r#"
        Expr Loop 'outer
          Block
            Semi
              Expr Continue 'outer
    "#]],
    );
    check_expr(
        "'l: for i in 0..n { break 'l i; }",
        expect![[r#"
        Expr ForLoop 'l
          Pat Ident i
          Expr Range _.._
            Expr Lit 0
            Expr Path n
          Block
            Semi
              Expr Break 'l
                Expr Path i
    "#]],
    );
    check_expr(
        "match x { 0 => a, 1 | 2 if c => { b } _ => return }",
        expect![[r#"
        Expr Match
          Expr Path x
          Arm
            Pat Lit 0
            Expr Path a
          Arm
            Pat Or
              Pat Lit 1
              Pat Lit 2
            Guard
              Expr Path c
            Expr Block
              Block
                Expr Path b
          Arm
            Pat Wild
            Expr Ret
    "#]],
    );
    check_expr(
        "return 1 + 2",
        expect![[r#"
        Expr Ret
          Expr Binary +
            Expr Lit 1
            Expr Lit 2
    "#]],
    );
    check_expr(
        "break",
        expect![[r#"
        Expr Break
    "#]],
    );
}

#[test]
fn let_chains_need_2024() {
    check_expr(
        "if let Some(a) = b && c && let d = e { }",
        expect![[r#"
        Expr If
          Expr Binary &&
            Expr Binary &&
              Expr Let
                Pat TupleStruct Some
                  Pat Ident a
                Expr Path b
              Expr Path c
            Expr Let
              Pat Ident d
              Expr Path e
          Block

        error: let chains are only allowed in Rust 2024 or later
         --> test.rs:1:4
          |
        1 | if let Some(a) = b && c && let d = e { }
          |    ^^^^^^^^^^^^^^^

    "#]],
    );
    check_expr(
        "//@ edition: 2024\nif let Some(a) = b && c && let d = e { }",
        expect![[r#"
        Expr If
          Expr Binary &&
            Expr Binary &&
              Expr Let
                Pat TupleStruct Some
                  Pat Ident a
                Expr Path b
              Expr Path c
            Expr Let
              Pat Ident d
              Expr Path e
          Block
    "#]],
    );
    check_expr(
        "if (let x = y) {}",
        expect![[r#"
        Expr If
          Expr Paren
            Expr Let
              Pat Ident x
              Expr Path y
          Block

        error: expected expression, found `let` statement
         --> test.rs:1:5
          |
        1 | if (let x = y) {}
          |     ^^^ expected expression
          |
          = note: only supported directly in conditions of `if` and `while` expressions

    "#]],
    );
    check_expr(
        "f(let x = y)",
        expect![[r#"
        Expr Call
          Expr Path f
          Expr Let
            Pat Ident x
            Expr Path y

        error: expected expression, found `let` statement
         --> test.rs:1:3
          |
        1 | f(let x = y)
          |   ^^^ expected expression
          |
          = note: only supported directly in conditions of `if` and `while` expressions

    "#]],
    );
}

#[test]
fn no_struct_literals_in_conditions() {
    check_expr(
        "if x == S {}",
        expect![[r#"
        Expr If
          Expr Binary ==
            Expr Path x
            Expr Path S
          Block
    "#]],
    );
    check_expr(
        "match s { _ => {} }",
        expect![[r#"
        Expr Match
          Expr Path s
          Arm
            Pat Wild
            Expr Block
              Block
    "#]],
    );
    check_expr(
        "for x in v {}",
        expect![[r#"
        Expr ForLoop
          Pat Ident x
          Expr Path v
          Block
    "#]],
    );
    check_expr(
        "while a { b } ",
        expect![[r#"
        Expr While
          Expr Path a
          Block
            Expr Path b
    "#]],
    );
    check_expr(
        "if (S { a: 1 }).a {}",
        expect![[r#"
        Expr If
          Expr Field a
            Expr Paren
              Expr Struct S
                ExprField a
                  Expr Lit 1
          Block
    "#]],
    );
    check_expr(
        "if x == S { a: 1 }.a {}",
        expect![[r#"
        Expr If
          Expr Binary ==
            Expr Path x
            Expr Field a
              Expr Struct S
                ExprField a
                  Expr Lit 1
          Block

        error: struct literals are not allowed here
         --> test.rs:1:9
          |
        1 | if x == S { a: 1 }.a {}
          |         ^^^^^^^^^^
          |
        help: surround the struct literal with parentheses
          |
        1 | if x == (S { a: 1 }.a {}
          |         +

    "#]],
    );
    check_expr(
        "for i in 1.. {}",
        expect![[r#"
        Expr ForLoop
          Pat Ident i
          Expr Range _..
            Expr Lit 1
          Block
    "#]],
    );
}

#[test]
fn macro_calls() {
    check_expr(
        "vec![1, 2, 3].len() + m!(x) * n! { y }",
        expect![[r#"
        Expr Binary +
          Expr MethodCall len
            Expr MacCall vec![1, 2, 3]
          Expr Binary *
            Expr MacCall m!(x)
            Expr MacCall n! { y }
    "#]],
    );
}

#[test]
fn casts_before_comparisons() {
    check_expr(
        "x as u32 < y",
        expect![[r#"
        Expr Binary <
          Expr Cast
            Expr Path x
            Ty Path u32
          Expr Path y

        error: `<` is interpreted as a start of generic arguments for `u32`, not a comparison
         --> test.rs:1:10
          |
        1 | x as u32 < y
          |          ^ - interpreted as generic arguments
          |          |
          |          not interpreted as comparison
          |
          = help: try comparing the cast value

    "#]],
    );
    check_expr(
        "(x as u32) < y",
        expect![[r#"
        Expr Binary <
          Expr Paren
            Expr Cast
              Expr Path x
              Ty Path u32
          Expr Path y
    "#]],
    );
    check_expr(
        "x as Vec<u8>",
        expect![[r#"
        Expr Cast
          Expr Path x
          Ty Path Vec<..>
            Args
              Ty Path u8
    "#]],
    );
}

#[test]
fn expressions_in_a_function() {
    check(
        "fn f() -> u8 { let a = [1u8; 4]; let (x, y) = (a[0], a[1]); x += y; x as u8 }",
        expect![[r#"
            Crate
              Fn f
                Ret
                  Ty Path u8
                Block
                  Let
                    Pat Ident a
                    Expr Repeat
                      Expr Lit 1u8
                      AnonConst
                        Expr Lit 4
                  Let
                    Pat Tuple
                      Pat Ident x
                      Pat Ident y
                    Expr Tup
                      Expr Index
                        Expr Path a
                        Expr Lit 0
                      Expr Index
                        Expr Path a
                        Expr Lit 1
                  Semi
                    Expr AssignOp +=
                      Expr Path x
                      Expr Path y
                  Expr Cast
                    Expr Path x
                    Ty Path u8
        "#]],
    );
}

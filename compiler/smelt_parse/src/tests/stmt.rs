//! Statements and blocks: `let` (with `else`), items in blocks, macro statements, and
//! block-like expression statements.

use expect_test::expect;

use super::{check, check_errors};

#[test]
fn let_statements() {
    check(
        "fn f() { let x; let y: u8; let z = 1; let (a, b): (u8, u8) = t; let Some(v) = o else { return }; ; }",
        expect![[r#"
            Crate
              Fn f
                Block
                  Let
                    Pat Ident x
                  Let
                    Pat Ident y
                    Ty Path u8
                  Let
                    Pat Ident z
                    Expr Lit 1
                  Let
                    Pat Tuple
                      Pat Ident a
                      Pat Ident b
                    Ty Tup
                      Ty Path u8
                      Ty Path u8
                    Expr Path t
                  Let
                    Pat TupleStruct Some
                      Pat Ident v
                    Expr Path o
                    Else
                      Block
                        Expr Ret
                  Empty
        "#]],
    );
}

#[test]
fn block_like_statements_need_no_semicolon() {
    // `{ 1 } - 1` is two statements: a block, then `-1`.
    check(
        "fn f() { { 1 } - 1; if a { b } *c = d; match x {} (e); loop {} [f]; }",
        expect![[r#"
        Crate
          Fn f
            Block
              Expr Block
                Block
                  Expr Lit 1
              Semi
                Expr Unary -
                  Expr Lit 1
              Expr If
                Expr Path a
                Block
                  Expr Path b
              Semi
                Expr Assign
                  Expr Unary *
                    Expr Path c
                  Expr Path d
              Expr Match
                Expr Path x
              Semi
                Expr Paren
                  Expr Path e
              Expr Loop
                Block
              Semi
                Expr Array
                  Expr Path f
    "#]],
    );
}

#[test]
fn block_like_statements_continue_with_methods() {
    check(
        "fn f() { match x { _ => y }.z(); if a { b } else { c }?; }",
        expect![[r#"
        Crate
          Fn f
            Block
              Semi
                Expr MethodCall z
                  Expr Match
                    Expr Path x
                    Arm
                      Pat Wild
                      Expr Path y
              Semi
                Expr Try
                  Expr If
                    Expr Path a
                    Block
                      Expr Path b
                    Expr Block
                      Block
                        Expr Path c
    "#]],
    );
}

#[test]
fn block_like_statement_followed_by_binary_operator() {
    check_errors(
        "fn f() { { 1 } == 1; }",
        expect![[r#"
        error: expected expression, found `==`
         --> test.rs:1:16
          |
        1 | fn f() { { 1 } == 1; }
          |                ^^ expected expression
          |
        help: parentheses are required to parse this as an expression
          |
        1 | fn f() { ({ 1 } == 1; }
          |          +

    "#]],
    );
}

#[test]
fn tail_expressions() {
    check(
        "fn f() -> u8 { let x = 1; x + 1 } fn g() { if a { 1 } else { 2 } }",
        expect![[r#"
        Crate
          Fn f
            Ret
              Ty Path u8
            Block
              Let
                Pat Ident x
                Expr Lit 1
              Expr Binary +
                Expr Path x
                Expr Lit 1
          Fn g
            Block
              Expr If
                Expr Path a
                Block
                  Expr Lit 1
                Expr Block
                  Block
                    Expr Lit 2
    "#]],
    );
}

#[test]
fn items_in_blocks() {
    check(
        "fn f() { fn g() {} struct S; use std::mem; const C: u8 = 1; static S2: u8 = 2; impl S {} #[derive(Debug)] enum E {} }",
        expect![[r#"
            Crate
              Fn f
                Block
                  Fn g
                    Block
                  Struct S ;
                  Use std::mem
                  Const C
                    Ty Path u8
                    Expr Lit 1
                  Static S2
                    Ty Path u8
                    Expr Lit 2
                  Impl
                    Ty Path S
                  Enum E
                    Attr #[derive(Debug)]
        "#]],
    );
}

#[test]
fn macro_statements() {
    check(
        "fn f() { println!(\"a\"); m! { x } m!(y) m![z]; m!(1).len(); vec![1] }",
        expect![[r#"
        Crate
          Fn f
            Block
              MacStmt println!("a");
              MacStmt m! { x }
              Semi
                Expr Err
              Semi
                Expr MethodCall len
                  Expr MacCall m!(1)
              Expr MacCall vec![1]

        error: expected one of `.`, `;`, `?`, `}`, or an operator, found `m`
         --> test.rs:1:40
          |
        1 | fn f() { println!("a"); m! { x } m!(y) m![z]; m!(1).len(); vec![1] }
          |                                        ^ expected one of `.`, `;`, `?`, `}`, or an operator

    "#]],
    );
}

#[test]
fn statements_starting_with_keywords() {
    check(
        "fn f() { unsafe { g() } const { 1 }; async {}; static || 1; union.x; auto; default; self.a = 1; Self::new(); }",
        expect![[r#"
            Crate
              Fn f
                Block
                  Expr Block
                    Block unsafe
                      Expr Call
                        Expr Path g
                  Semi
                    Expr ConstBlock
                      Expr Block
                        Block
                          Expr Lit 1
                  Semi
                    Expr Async
                      Block
                  Semi
                    Expr Closure static
                      Expr Lit 1
                  Semi
                    Expr Field x
                      Expr Path union
                  Semi
                    Expr Path auto
                  Semi
                    Expr Path default
                  Semi
                    Expr Assign
                      Expr Field a
                        Expr Path self
                      Expr Lit 1
                  Semi
                    Expr Call
                      Expr Path Self::new
        "#]],
    );
}

#[test]
fn struct_literal_statement() {
    check(
        "fn f() { S { a: 1 }; S { a: 1 }.a; }",
        expect![[r#"
        Crate
          Fn f
            Block
              Semi
                Expr Struct S
                  ExprField a
                    Expr Lit 1
              Semi
                Expr Field a
                  Expr Struct S
                    ExprField a
                      Expr Lit 1
    "#]],
    );
}

#[test]
fn let_else_with_brace_initializer() {
    check_errors(
        "fn f() { let x = if a { b } else { c } else { return }; }",
        expect![[r#"
        error: right curly brace `}` before `else` in a `let...else` statement not allowed
         --> test.rs:1:39
          |
        1 | fn f() { let x = if a { b } else { c } else { return }; }
          |                                       ^
          |
        help: wrap the expression in parentheses
          |
        1 | fn f() { let x = (if a { b } else { c } else { return }; }
          |                  +

    "#]],
    );
}

#[test]
fn labeled_block_and_loops() {
    check(
        "fn f() { 'a: { break 'a; } 'b: while x { continue 'b } 'c: loop { break 'c 1; } }",
        expect![[r#"
        Crate
          Fn f
            Block
              Expr Block 'a
                Block
                  Semi
                    Expr Break 'a
              Expr While 'b
                Expr Path x
                Block
                  Expr Continue 'b
              Expr Loop 'c
                Block
                  Semi
                    Expr Break 'c
                      Expr Lit 1
    "#]],
    );
}

//! Patterns and types.

use expect_test::expect;

use super::{check, check_errors};

#[test]
fn patterns() {
    check(
        r#"fn f() {
    match x {
        _ | 0 | -1 | 'a' | b'b' | "s" | b"bs" | true => {}
        1..=5 | 1..5 | 1.. | ..=5 | 'a'..='z' | -10..=-1 | A..=B | <T>::MIN..=T::MAX => {}
        ref x | mut y | ref mut z | w @ Some(_) | v @ 1..=2 => {}
        (a, .., b) | [first, rest @ .., last] | [] | () | (p,) | (q) => {}
        S { a, b: (c, d), ref e, mut f, box g, .. } | T(x, ..) | U::V | m!(q) => {}
        &x | &mut y | &&z | box w | Some(Some(1 | 2)) => {}
    }
}"#,
        expect![[r#"
            Crate
              Fn f
                Block
                  Expr Match
                    Expr Path x
                    Arm
                      Pat Or
                        Pat Wild
                        Pat Lit 0
                        Pat Lit
                          Expr Unary -
                            Expr Lit 1
                        Pat Lit 'a'
                        Pat Lit b'b'
                        Pat Lit "s"
                        Pat Lit b"bs"
                        Pat Lit true
                      Expr Block
                        Block
                    Arm
                      Pat Or
                        Pat Range _..=_
                          Expr Lit 1
                          Expr Lit 5
                        Pat Range _.._
                          Expr Lit 1
                          Expr Lit 5
                        Pat Range _..
                          Expr Lit 1
                        Pat Range ..=_
                          Expr Lit 5
                        Pat Range _..=_
                          Expr Lit 'a'
                          Expr Lit 'z'
                        Pat Range _..=_
                          Expr Unary -
                            Expr Lit 10
                          Expr Unary -
                            Expr Lit 1
                        Pat Range _..=_
                          Expr Path A
                          Expr Path B
                        Pat Range _..=_
                          Expr Path <_>::MIN
                            Ty Path T
                          Expr Path T::MAX
                      Expr Block
                        Block
                    Arm
                      Pat Or
                        Pat Ident ref x
                        Pat Ident mut y
                        Pat Ident ref mut z
                        Pat Ident w
                          Pat TupleStruct Some
                            Pat Wild
                        Pat Ident v
                          Pat Range _..=_
                            Expr Lit 1
                            Expr Lit 2
                      Expr Block
                        Block
                    Arm
                      Pat Or
                        Pat Tuple
                          Pat Ident a
                          Pat Rest
                          Pat Ident b
                        Pat Slice
                          Pat Ident first
                          Pat Ident rest
                            Pat Rest
                          Pat Ident last
                        Pat Slice
                        Pat Tuple
                        Pat Tuple
                          Pat Ident p
                        Pat Paren
                          Pat Ident q
                      Expr Block
                        Block
                    Arm
                      Pat Or
                        Pat Struct S ..
                          PatField a shorthand
                            Pat Ident a
                          PatField b
                            Pat Tuple
                              Pat Ident c
                              Pat Ident d
                          PatField e shorthand
                            Pat Ident ref e
                          PatField f shorthand
                            Pat Ident mut f
                          PatField g shorthand
                            Pat Box
                              Pat Ident g
                        Pat TupleStruct T
                          Pat Ident x
                          Pat Rest
                        Pat Path U::V
                        Pat MacCall m!(q)
                      Expr Block
                        Block
                    Arm
                      Pat Or
                        Pat Ref
                          Pat Ident x
                        Pat Ref mut
                          Pat Ident y
                        Pat Ref
                          Pat Ref
                            Pat Ident z
                        Pat Box
                          Pat Ident w
                        Pat TupleStruct Some
                          Pat TupleStruct Some
                            Pat Or
                              Pat Lit 1
                              Pat Lit 2
                      Expr Block
                        Block
        "#]],
    );
}

#[test]
fn top_level_alternatives() {
    check(
        "fn f((a | b): u8) { let (A | B) = x; let | C | D = y; for E | F in z {} if let G | H = w {} }",
        expect![[r#"
            Crate
              Fn f
                Param
                  Pat Paren
                    Pat Or
                      Pat Ident a
                      Pat Ident b
                  Ty Path u8
                Block
                  Let
                    Pat Paren
                      Pat Or
                        Pat Ident A
                        Pat Ident B
                    Expr Path x
                  Let
                    Pat Or
                      Pat Ident C
                      Pat Ident D
                    Expr Path y
                  Expr ForLoop
                    Pat Or
                      Pat Ident E
                      Pat Ident F
                    Expr Path z
                    Block
                  Expr If
                    Expr Let
                      Pat Or
                        Pat Ident G
                        Pat Ident H
                      Expr Path w
                    Block
        "#]],
    );
}

#[test]
fn legacy_range_patterns() {
    check_errors(
        "fn f() { match x { 1...5 => {} } }",
        expect![[r#"
        error[E0783]: `...` range patterns are deprecated
         --> test.rs:1:21
          |
        1 | fn f() { match x { 1...5 => {} } }
          |                     ^^^
          |
        help: use `..=` for an inclusive range
          |
        1 - fn f() { match x { 1...5 => {} } }
        1 + fn f() { match x { 1..=5 => {} } }
          |

    "#]],
    );
    check_errors(
        "//@ edition: 2018\nfn f() { match x { 1...5 => {} } }",
        expect![[r#""#]],
    );
}

#[test]
fn pattern_errors() {
    check_errors(
        "fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }",
        expect![[r#"
        error: expected identifier, found keyword `fn`
         --> test.rs:1:14
          |
        1 | fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
          |              ^^ expected identifier, found keyword
          |
        help: escape `fn` to use it as an identifier
          |
        1 | fn f() { let r#fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
          |              ++

        error: unexpected token `||` in pattern
         --> test.rs:1:29
          |
        1 | fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
          |                             ^^
          |
        help: use a single `|` to separate multiple alternative patterns
          |
        1 - fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
        1 + fn f() { let fn = 1; let (a | b) = c; let mut (x, y) = z; let 'a = 1; }
          |

        error: `mut` must be attached to each individual binding
         --> test.rs:1:44
          |
        1 | fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
          |                                            ^^^^^^^^^^
          |
        help: add `mut` to each binding
          |
        1 - fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
        1 + fn f() { let fn = 1; let (a || b) = c; let (mut x, mut y) = z; let 'a = 1; }
          |

        error: unexpected lifetime `'a` in pattern
         --> test.rs:1:64
          |
        1 | fn f() { let fn = 1; let (a || b) = c; let mut (x, y) = z; let 'a = 1; }
          |                                                                ^^ expected pattern

    "#]],
    );
}

#[test]
fn types() {
    check(
        r#"type T = (
    u8, (), (u8,), (u8), [u8], [u8; 4], &'a mut u8, &&u8, *const u8, *mut u8, !, _,
    Vec<Vec<u8>>, HashMap<K, V>, <T as Iterator>::Item, <T>::X, ::std::io::Result<()>,
    fn(u8) -> u8, unsafe extern "C" fn(i32, ...), for<'a> fn(&'a u8), fn(x: u8, _: u8),
    dyn Trait + Send + 'a, &dyn Fn(u8) -> u8, impl Iterator<Item = u8>, Box<dyn FnMut() + 'static>,
    m!(u8), Self, Option<[u8; N]>, Foo<{ N + 1 }, -1, 'b, true>,
);"#,
        expect![[r#"
            Crate
              TyAlias T
                Ty Tup
                  Ty Path u8
                  Ty Tup
                  Ty Tup
                    Ty Path u8
                  Ty Paren
                    Ty Path u8
                  Ty Slice
                    Ty Path u8
                  Ty Array
                    Ty Path u8
                    AnonConst
                      Expr Lit 4
                  Ty Ref 'a mut
                    Ty Path u8
                  Ty Ref
                    Ty Ref
                      Ty Path u8
                  Ty Ptr const
                    Ty Path u8
                  Ty Ptr mut
                    Ty Path u8
                  Ty Never
                  Ty Infer
                  Ty Path Vec<..>
                    Args
                      Ty Path Vec<..>
                        Args
                          Ty Path u8
                  Ty Path HashMap<..>
                    Args
                      Ty Path K
                      Ty Path V
                  Ty Path <_ as Iterator>::Item
                    Ty Path T
                  Ty Path <_>::X
                    Ty Path T
                  Ty Path ::std::io::Result<..>
                    Args
                      Ty Tup
                  Ty BareFn
                    Param
                      Pat Ident
                      Ty Path u8
                    Ret
                      Ty Path u8
                  Ty BareFn unsafe extern "C" ...
                    Param
                      Pat Ident
                      Ty Path i32
                  Ty BareFn
                    For
                      LifetimeParam 'a
                    Param
                      Pat Ident
                      Ty Ref 'a
                        Ty Path u8
                  Ty BareFn
                    Param
                      Pat Ident x
                      Ty Path u8
                    Param
                      Pat Wild
                      Ty Path u8
                  Ty TraitObject dyn
                    Bound Trait
                    Bound Send
                    Bound 'a
                  Ty Ref
                    Ty TraitObject dyn
                      Bound Fn(..)
                        ParenArgs
                          Ty Path u8
                          Ret
                            Ty Path u8
                  Ty ImplTrait
                    Bound Iterator<..>
                      Args
                        Constraint Item =
                          Ty Path u8
                  Ty Path Box<..>
                    Args
                      Ty TraitObject dyn
                        Bound FnMut(..)
                          ParenArgs
                        Bound 'static
                  Ty MacCall m!(u8)
                  Ty Path Self
                  Ty Path Option<..>
                    Args
                      Ty Array
                        Ty Path u8
                        AnonConst
                          Expr Path N
                  Ty Path Foo<..>
                    Args
                      AnonConst
                        Expr Block
                          Block
                            Expr Binary +
                              Expr Path N
                              Expr Lit 1
                      AnonConst
                        Expr Unary -
                          Expr Lit 1
                      Lifetime 'b
                      AnonConst
                        Expr Lit true
        "#]],
    );
}

#[test]
fn shift_tokens_close_generic_lists() {
    check("type A = Vec<Vec<u8>>; type B = X<Y<Z<u8>>>; fn f(x: Vec<Vec<u8>>= y) {} type C = <<T as A>::B as C>::D;", expect![[r#"
        Crate
          TyAlias A
            Ty Path Vec<..>
              Args
                Ty Path Vec<..>
                  Args
                    Ty Path u8
          TyAlias B
            Ty Path X<..>
              Args
                Ty Path Y<..>
                  Args
                    Ty Path Z<..>
                      Args
                        Ty Path u8
          TyAlias C
            Ty Path <_ as C>::D
              Ty Path <_ as A>::B
                Ty Path T

        error: expected one of `!`, `)`, `+`, `,`, or `::`, found `=`
         --> test.rs:1:66
          |
        1 | type A = Vec<Vec<u8>>; type B = X<Y<Z<u8>>>; fn f(x: Vec<Vec<u8>>= y) {} type C = <<T as A>::B as C>::D;
          |                                                                  ^ expected one of `!`, `)`, `+`, `,`, or `::`

    "#]]);
}

#[test]
fn bare_trait_objects_and_dyn_in_2015() {
    check("//@ edition: 2015\ntype A = Box<Trait + Send>; type B = dyn::Foo; type C = Box<dyn Trait>; fn dyn() {}", expect![[r#"
        Crate
          TyAlias A
            Ty Path Box<..>
              Args
                Ty TraitObject
                  Bound Trait
                  Bound Send
          TyAlias B
            Ty Path r#dyn::Foo
          TyAlias C
            Ty Path Box<..>
              Args
                Ty TraitObject dyn
                  Bound Trait
          Fn r#dyn
            Block
    "#]]);
}

#[test]
fn edition_keywords_are_identifiers_in_2015() {
    check(
        "//@ edition: 2015\nfn async() { let try = 1; let await = 2; let dyn = 3; }",
        expect![[r#"
        Crate
          Fn r#async
            Block
              Let
                Pat Ident r#try
                Expr Lit 1
              Let
                Pat Ident r#await
                Expr Lit 2
              Let
                Pat Ident r#dyn
                Expr Lit 3
    "#]],
    );
    check_errors(
        "fn f() { let try = 1; }",
        expect![[r#"
        error: expected identifier, found reserved keyword `try`
         --> test.rs:1:14
          |
        1 | fn f() { let try = 1; }
          |              ^^^ expected identifier, found reserved keyword
          |
        help: escape `try` to use it as an identifier
          |
        1 | fn f() { let r#try = 1; }
          |              ++

    "#]],
    );
}

#[test]
fn type_errors() {
    check_errors(
        "type A = *u8; type B = (u8 u8); type C = ;",
        expect![[r#"
        error: expected `mut` or `const` keyword in raw pointer type
         --> test.rs:1:10
          |
        1 | type A = *u8; type B = (u8 u8); type C = ;
          |          ^
          |
        help: add `mut` or `const` here
          |
        1 | type A = *const u8; type B = (u8 u8); type C = ;
          |           +++++

        error: expected one of `!`, `(`, `)`, `+`, `,`, `::`, or `<`, found `u8`
         --> test.rs:1:28
          |
        1 | type A = *u8; type B = (u8 u8); type C = ;
          |                            ^^ expected one of 7 possible tokens

        error: expected type, found `;`
         --> test.rs:1:42
          |
        1 | type A = *u8; type B = (u8 u8); type C = ;
          |                                          ^ expected type

    "#]],
    );
}

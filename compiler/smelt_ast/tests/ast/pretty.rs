//! The pretty-printer: parentheses where the tree needs them (and nowhere else), and the
//! printed form of every kind of node.

use expect_test::expect;
use smelt_ast::pretty;
use smelt_ast::token::{self, Delimiter, TokenKind};
use smelt_ast::tokenstream::TokenStream;
use smelt_ast::*;
use smelt_span::Interner;

use crate::build::{B, SP};
use crate::kitchen::kitchen_sink;

/// Prints each expression built by the closures and compares the lines with `expected`.
fn check_exprs(build: impl FnOnce(&B<'_>) -> Vec<P<Expr>>, expected: expect_test::Expect) {
    let interner = Interner::new();
    let b = B::new(&interner);
    let printed: Vec<String> = build(&b)
        .iter()
        .map(|e| pretty::expr_to_string(e, &interner))
        .collect();
    expected.assert_eq(&(printed.join("\n") + "\n"));
}

fn check_stmts(build: impl FnOnce(&B<'_>) -> Vec<Stmt>, expected: expect_test::Expect) {
    let interner = Interner::new();
    let b = B::new(&interner);
    let block = b.block(build(&b));
    expected.assert_eq(&(pretty::block_to_string(&block, &interner) + "\n"));
}

#[test]
fn binary_operator_precedence() {
    use BinOpKind::*;
    check_exprs(
        |b| {
            let (a, bb, c) = (|| b.e_path("a"), || b.e_path("b"), || b.e_path("c"));
            vec![
                b.e_bin(Mul, b.e_bin(Add, a(), bb()), c()),
                b.e_bin(Add, a(), b.e_bin(Mul, bb(), c())),
                b.e_bin(Add, a(), b.e_bin(Add, bb(), c())),
                b.e_bin(Sub, b.e_bin(Sub, a(), bb()), c()),
                b.e_bin(Eq, b.e_bin(Eq, a(), bb()), c()),
                b.e_bin(Lt, a(), b.e_bin(Gt, bb(), c())),
                b.e_bin(And, b.e_bin(Or, a(), bb()), c()),
                b.e_bin(Or, b.e_bin(And, a(), bb()), c()),
                b.e_bin(BitOr, a(), b.e_bin(BitXor, bb(), b.e_bin(BitAnd, c(), a()))),
                b.e_bin(BitAnd, b.e_bin(BitOr, a(), bb()), c()),
                b.e_bin(Shl, b.e_bin(Add, a(), bb()), c()),
            ]
        },
        expect![[r#"
            (a + b) * c
            a + b * c
            a + (b + c)
            a - b - c
            (a == b) == c
            a < (b > c)
            (a || b) && c
            a && b || c
            a | b ^ c & a
            (a | b) & c
            a + b << c
        "#]],
    );
}

#[test]
fn casts_and_prefix_operators() {
    use BinOpKind::*;
    check_exprs(
        |b| {
            let u8_ = || b.ty_path("u8");
            vec![
                b.e_bin(Lt, b.e_cast(b.e_path("a"), u8_()), b.e_path("b")),
                b.e_bin(Shl, b.e_cast(b.e_path("a"), u8_()), b.e_path("b")),
                b.e_bin(
                    Lt,
                    b.e_bin(Add, b.e_path("c"), b.e_cast(b.e_path("a"), u8_())),
                    b.e_path("b"),
                ),
                b.e_bin(Gt, b.e_cast(b.e_path("a"), u8_()), b.e_path("b")),
                b.e_cast(b.e_bin(Add, b.e_path("a"), b.e_path("b")), u8_()),
                b.e_cast(b.e_cast(b.e_path("a"), u8_()), b.ty_path("u16")),
                b.e_cast(b.e_unary(UnOp::Neg, b.e_path("a")), u8_()),
                b.e_unary(UnOp::Neg, b.e_cast(b.e_path("a"), u8_())),
                b.e_unary(UnOp::Neg, b.e_bin(Add, b.e_path("a"), b.e_path("b"))),
                b.e_unary(UnOp::Not, b.e_unary(UnOp::Neg, b.e_path("x"))),
                b.e_unary(UnOp::Neg, b.e_unary(UnOp::Neg, b.e_path("x"))),
                b.expr(ExprKind::AddrOf(
                    BorrowKind::Ref,
                    Mutability::Not,
                    b.expr(ExprKind::AddrOf(
                        BorrowKind::Ref,
                        Mutability::Mut,
                        b.e_path("x"),
                    )),
                )),
                b.e_unary(UnOp::Deref, b.e_method(b.e_path("a"), "f", vec![])),
                b.e_method(b.e_unary(UnOp::Deref, b.e_path("a")), "f", vec![]),
            ]
        },
        expect![[r#"
            (a as u8) < b
            (a as u8) << b
            (c + a as u8) < b
            a as u8 > b
            (a + b) as u8
            a as u8 as u16
            -a as u8
            -(a as u8)
            -(a + b)
            !-x
            --x
            &&mut x
            *a.f()
            (*a).f()
        "#]],
    );
}

#[test]
fn postfix_operators() {
    check_exprs(
        |b| {
            vec![
                b.e_call(b.e_field(b.e_path("a"), "f"), vec![]),
                b.e_call(b.e_method(b.e_path("a"), "f", vec![]), vec![]),
                b.e_field(b.e_int(1), "0"),
                b.e_method(b.e_int(1), "max", vec![b.e_int(2)]),
                b.e_method(
                    b.expr(ExprKind::Lit(b.lit(
                        token::LitKind::Float,
                        "1.",
                        None,
                        LitKind::Float(b.sym("1."), LitFloatType::Unsuffixed),
                    ))),
                    "f",
                    vec![],
                ),
                b.e_method(
                    b.expr(ExprKind::Range(
                        Some(b.e_path("a")),
                        None,
                        RangeLimits::HalfOpen,
                    )),
                    "f",
                    vec![],
                ),
                b.expr(ExprKind::Try(b.e_bin(
                    BinOpKind::Add,
                    b.e_path("a"),
                    b.e_path("b"),
                ))),
                b.expr(ExprKind::Index(
                    b.e_call(b.e_path("f"), vec![]),
                    b.e_bin(BinOpKind::Add, b.e_path("i"), b.e_int(1)),
                    SP,
                )),
                b.e_method(
                    b.expr_attrs(
                        ExprKind::Path(None, b.path("x")),
                        vec![b.attr(token::AttrStyle::Outer, "a", AttrArgs::Empty)],
                    ),
                    "f",
                    vec![],
                ),
                b.expr(ExprKind::Tup(vec![b.e_path("a")])),
            ]
        },
        expect![[r#"
            (a.f)()
            a.f()()
            (1).0
            1.max(2)
            (1.).f()
            (a..).f()
            (a + b)?
            f()[i + 1]
            (#[a] x).f()
            (a,)
        "#]],
    );
}

#[test]
fn closures_jumps_and_ranges() {
    use BinOpKind::*;
    check_exprs(
        |b| {
            let clo = || b.e_closure(vec!["x"], b.e_path("x"));
            let ret = |v: Option<P<Expr>>| b.expr(ExprKind::Ret(v));
            let range = |s: Option<P<Expr>>, e: Option<P<Expr>>| {
                b.expr(ExprKind::Range(s, e, RangeLimits::HalfOpen))
            };
            vec![
                b.e_bin(Add, clo(), b.e_int(1)),
                b.e_bin(Add, b.e_int(1), clo()),
                b.e_bin(Add, b.e_bin(Add, b.e_int(1), clo()), b.e_int(2)),
                b.e_method(clo(), "f", vec![]),
                b.e_closure(vec!["x"], b.e_bin(Add, b.e_path("x"), b.e_int(1))),
                b.e_bin(Add, ret(None), b.e_int(1)),
                b.e_bin(Sub, b.e_int(1), ret(None)),
                b.e_bin(Add, b.e_int(1), ret(Some(b.e_int(2)))),
                b.e_bin(Add, ret(Some(b.e_int(2))), b.e_int(1)),
                ret(Some(b.e_bin(Add, b.e_int(1), b.e_int(2)))),
                b.expr(ExprKind::Break(
                    None,
                    Some(b.expr(ExprKind::Loop(
                        b.block(vec![]),
                        Some(Label {
                            ident: b.ident("'a"),
                        }),
                    ))),
                )),
                range(
                    Some(range(Some(b.e_path("a")), Some(b.e_path("b")))),
                    Some(b.e_path("c")),
                ),
                range(Some(b.e_path("a")), Some(range(Some(b.e_path("b")), None))),
                b.expr(ExprKind::Assign(
                    range(Some(b.e_path("a")), Some(b.e_path("b"))),
                    b.e_path("c"),
                    SP,
                )),
                b.expr(ExprKind::Assign(
                    b.e_path("a"),
                    range(Some(b.e_path("b")), Some(b.e_path("c"))),
                    SP,
                )),
                b.e_bin(Eq, b.e_path("a"), range(None, Some(b.e_path("b")))),
                b.e_bin(
                    Eq,
                    b.e_path("a"),
                    range(Some(b.e_path("b")), Some(b.e_path("c"))),
                ),
                b.e_bin(Eq, range(None, Some(b.e_path("b"))), b.e_path("a")),
                range(
                    Some(b.e_bin(Add, b.e_path("a"), b.e_int(1))),
                    Some(b.e_bin(Or, b.e_path("x"), b.e_path("y"))),
                ),
                b.expr(ExprKind::Assign(
                    b.expr(ExprKind::Assign(b.e_path("a"), b.e_path("b"), SP)),
                    b.e_path("c"),
                    SP,
                )),
                b.expr(ExprKind::Assign(
                    b.e_path("a"),
                    b.expr(ExprKind::Assign(b.e_path("b"), b.e_path("c"), SP)),
                    SP,
                )),
                b.expr(ExprKind::AssignOp(
                    b.binop(Add),
                    b.e_path("a"),
                    b.expr(ExprKind::AssignOp(
                        b.binop(Sub),
                        b.e_path("b"),
                        b.e_path("c"),
                    )),
                )),
            ]
        },
        expect![[r#"
            (|x| x) + 1
            1 + |x| x
            1 + (|x| x) + 2
            (|x| x).f()
            |x| x + 1
            (return) + 1
            1 - return
            1 + return 2
            (return 2) + 1
            return 1 + 2
            break ('a: loop {})
            (a..b)..c
            a..(b..)
            (a..b) = c
            a = b..c
            a == ..b
            a == (b..c)
            (..b) == a
            a + 1..x || y
            (a = b) = c
            a = b = c
            a += b -= c
        "#]],
    );
}

#[test]
fn conditions_and_let_chains() {
    use BinOpKind::*;
    check_exprs(
        |b| {
            let s = || b.e_struct("S", vec![("x", b.e_int(1))]);
            let let_ = |p: &str, e: P<Expr>| b.expr(ExprKind::Let(b.pat_ident(p), e, SP));
            vec![
                b.e_if(s(), vec![], None),
                b.e_if(b.e_bin(Eq, b.e_path("x"), s()), vec![], None),
                b.e_if(b.e_call(b.e_path("f"), vec![s()]), vec![], None),
                b.e_if(b.e_method(s(), "f", vec![]), vec![], None),
                b.expr(ExprKind::Match(b.e_field(s(), "x"), vec![])),
                b.expr(ExprKind::ForLoop {
                    pat: b.pat_ident("i"),
                    iter: s(),
                    body: b.block(vec![]),
                    label: None,
                }),
                b.expr(ExprKind::While(let_("x", s()), b.block(vec![]), None)),
                b.e_if(
                    b.e_bin(
                        And,
                        let_("p", b.e_bin(Or, b.e_path("a"), b.e_path("b"))),
                        let_("q", b.e_path("c")),
                    ),
                    vec![],
                    None,
                ),
                b.e_if(
                    b.e_bin(
                        And,
                        let_("p", b.e_path("a")),
                        b.e_bin(And, b.e_path("b"), let_("q", b.e_path("c"))),
                    ),
                    vec![],
                    None,
                ),
                b.e_bin(Lt, let_("x", b.e_path("a")), b.e_path("b")),
                b.e_if(b.expr(ExprKind::Ret(None)), vec![], None),
                b.expr(ExprKind::ForLoop {
                    pat: b.pat_ident("i"),
                    iter: b.expr(ExprKind::Range(
                        Some(b.e_int(0)),
                        None,
                        RangeLimits::HalfOpen,
                    )),
                    body: b.block(vec![]),
                    label: None,
                }),
                s(),
            ]
        },
        expect![[r#"
            if (S { x: 1 }) {}
            if x == (S { x: 1 }) {}
            if f(S { x: 1 }) {}
            if (S { x: 1 }).f() {}
            match (S { x: 1 }).x {}
            for i in (S { x: 1 }) {}
            while let x = (S { x: 1 }) {}
            if let p = (a || b) && let q = c {}
            if let p = a && (b && let q = c) {}
            (let x = a) < b
            if (return) {}
            for i in 0.. {}
            S { x: 1 }
        "#]],
    );
}

#[test]
fn statements_starting_with_blocks() {
    use BinOpKind::*;
    check_stmts(
        |b| {
            let blk = || b.e_block(vec![b.s_expr(b.e_int(1))]);
            let mtch = || b.expr(ExprKind::Match(b.e_path("x"), vec![]));
            vec![
                b.s_semi(b.e_bin(Add, blk(), b.e_int(1))),
                b.s_semi(b.e_method(mtch(), "f", vec![])),
                b.s_semi(b.e_bin(Add, b.e_method(mtch(), "f", vec![]), b.e_int(1))),
                b.s_semi(b.expr(ExprKind::Try(b.e_if(b.e_path("c"), vec![], None)))),
                b.s_semi(b.e_call(blk(), vec![])),
                b.s_semi(b.expr(ExprKind::Index(mtch(), b.e_int(0), SP))),
                b.s_semi(b.e_cast(blk(), b.ty_path("u8"))),
                b.s_semi(b.expr(ExprKind::Assign(b.e_field(blk(), "x"), b.e_int(1), SP))),
                b.s_semi(b.e_bin(
                    Add,
                    b.e_mac("m", Delimiter::Brace, TokenStream::empty()),
                    b.e_int(1),
                )),
                b.s_semi(b.e_bin(
                    Add,
                    b.expr(ExprKind::Async(CaptureBy::Ref, b.block(vec![]))),
                    b.e_int(1),
                )),
                b.s_semi(b.e_unary(UnOp::Neg, blk())),
                b.s_semi(blk()),
                b.s_expr(b.expr(ExprKind::Match(
                    b.e_path("x"),
                    vec![Arm {
                        attrs: vec![],
                        pat: b.pat(PatKind::Wild),
                        guard: None,
                        body: Some(b.e_bin(Sub, blk(), b.e_int(1))),
                        span: SP,
                        id: NodeId::DUMMY,
                    }],
                ))),
                b.s_let(
                    b.pat_ident("x"),
                    None,
                    LocalKind::InitElse(
                        b.e_if(b.e_path("c"), vec![], Some(b.e_block(vec![]))),
                        b.block(vec![]),
                    ),
                ),
                b.s_let(
                    b.pat_ident("y"),
                    None,
                    LocalKind::InitElse(
                        b.e_bin(And, b.e_path("a"), b.e_path("b")),
                        b.block(vec![]),
                    ),
                ),
                b.s_let(
                    b.pat_ident("z"),
                    None,
                    LocalKind::InitElse(b.e_struct("S", vec![]), b.block(vec![])),
                ),
                b.s_let(
                    b.pat_ident("w"),
                    None,
                    LocalKind::InitElse(
                        b.e_path("v"),
                        b.block(vec![b.s_expr(b.expr(ExprKind::Ret(None)))]),
                    ),
                ),
                b.s_expr(blk()),
            ]
        },
        expect![[r#"
            {
                ({
                    1
                }) + 1;
                match x {}.f();
                match x {}.f() + 1;
                if c {}?;
                ({
                    1
                })();
                (match x {})[0];
                ({
                    1
                }) as u8;
                {
                    1
                }.x = 1;
                (m! {}) + 1;
                async {} + 1;
                -{
                    1
                };
                {
                    1
                };
                match x {
                    _ => ({
                        1
                    }) - 1,
                }
                let x = (if c {} else {}) else {};
                let y = (a && b) else {};
                let z = (S {}) else {};
                let w = v else {
                    return
                };
                {
                    1
                }
            }
        "#]],
    );
}

#[test]
fn patterns_that_need_parentheses() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let or = || b.pat(PatKind::Or(vec![b.pat_ident("a"), b.pat_ident("b")]));
    let pats = vec![
        b.pat(PatKind::Ref(
            b.pat(PatKind::Ident(BindingMode::MUT, b.ident("x"), None)),
            Mutability::Not,
        )),
        b.pat(PatKind::Ref(
            b.pat(PatKind::Ident(BindingMode::MUT, b.ident("x"), None)),
            Mutability::Mut,
        )),
        b.pat(PatKind::Ref(or(), Mutability::Not)),
        b.pat(PatKind::Ref(
            b.pat(PatKind::Range(
                Some(b.e_int(1)),
                Some(b.e_int(2)),
                RangeEnd::Included { legacy: false },
            )),
            Mutability::Not,
        )),
        b.pat(PatKind::Ident(BindingMode::NONE, b.ident("x"), Some(or()))),
        b.pat(PatKind::Tuple(vec![or()])),
        b.pat(PatKind::Tuple(vec![b.pat(PatKind::Rest)])),
        b.pat(PatKind::Slice(vec![
            b.pat(PatKind::Range(Some(b.e_int(1)), None, RangeEnd::Excluded)),
            b.pat(PatKind::Rest),
        ])),
        b.pat(PatKind::Ident(
            BindingMode(ByRef::Yes(Mutability::Not), Mutability::Mut),
            b.ident("x"),
            None,
        )),
        b.pat(PatKind::Ref(
            b.pat(PatKind::Ref(b.pat_ident("x"), Mutability::Not)),
            Mutability::Not,
        )),
    ];
    let printed: Vec<String> = pats
        .iter()
        .map(|p| pretty::pat_to_string(p, &interner))
        .collect();
    expect![[r#"
        &(mut x)
        &mut mut x
        &(a | b)
        &(1..=2)
        x @ (a | b)
        (a | b,)
        (..)
        [(1..), ..]
        mut ref x
        &&x"#]]
    .assert_eq(&printed.join("\n"));

    let closure = b.expr(ExprKind::Closure(Box::new(Closure {
        binder: vec![],
        capture_clause: CaptureBy::Ref,
        constness: false,
        asyncness: false,
        movability_static: false,
        fn_decl: Box::new(FnDecl {
            inputs: vec![b.param(or(), b.ty(TyKind::Infer))],
            output: FnRetTy::Default(SP),
            c_variadic: false,
        }),
        body: b.e_int(1),
        fn_decl_span: SP,
    })));
    assert_eq!(pretty::expr_to_string(&closure, &interner), "|(a | b)| 1");
}

#[test]
fn types_that_need_parentheses() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let bounds = || {
        vec![
            b.trait_bound(b.path("A"), TraitBoundModifier::None),
            b.trait_bound(b.path("B"), TraitBoundModifier::None),
        ]
    };
    let tys = [
        b.ty_ref(
            None,
            Mutability::Not,
            b.ty(TyKind::TraitObject(bounds(), true)),
        ),
        b.ty(TyKind::Ptr(MutTy {
            ty: b.ty(TyKind::ImplTrait(NodeId::DUMMY, bounds())),
            mutbl: Mutability::Mut,
        })),
        b.ty_ref(
            Some("'a"),
            Mutability::Mut,
            b.ty(TyKind::TraitObject(
                vec![b.trait_bound(b.path("A"), TraitBoundModifier::None)],
                true,
            )),
        ),
        b.ty(TyKind::Tup(vec![b.ty_path("u8")])),
    ];
    let printed: Vec<String> = tys
        .iter()
        .map(|t| pretty::ty_to_string(t, &interner))
        .collect();
    expect![[r#"&(dyn A + B) | *mut (impl A + B) | &'a mut dyn A | (u8,)"#]]
        .assert_eq(&printed.join(" | "));
}

#[test]
fn raw_identifiers_and_paths() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let exprs = [
        b.e_path("r#type::self::Self::crate::super::union"),
        b.e_path("::std::mem::swap"),
        b.e_method(b.e_path("match"), "async", vec![]),
    ];
    let printed: Vec<String> = exprs
        .iter()
        .map(|e| pretty::expr_to_string(e, &interner))
        .collect();
    // `B::path` interns `r#type` as written; a real parser would intern `type`.
    expect![[r#"r#type::self::Self::crate::super::union | ::std::mem::swap | r#match.r#async()"#]]
        .assert_eq(&printed.join(" | "));
}

#[test]
fn token_streams() {
    use token::BinOpToken::*;
    use TokenKind::*;
    let interner = Interner::new();
    let b = B::new(&interner);
    let lit = |s: &str| {
        b.tok_lit(token::Lit {
            kind: token::LitKind::Integer,
            symbol: b.sym(s),
            suffix: None,
        })
    };
    let streams = [
        // vec![1, 2].len()
        vec![
            b.tok_ident("vec"),
            b.tok(Not),
            b.group(Delimiter::Bracket, vec![lit("1"), b.tok(Comma), lit("2")]),
            b.tok(Dot),
            b.tok_ident("len"),
            b.group(Delimiter::Parenthesis, vec![]),
        ],
        // ::std::mem::swap(&mut a, &mut b);
        vec![
            b.tok(PathSep),
            b.tok_ident("std"),
            b.tok(PathSep),
            b.tok_ident("mem"),
            b.tok(PathSep),
            b.tok_ident("swap"),
            b.group(
                Delimiter::Parenthesis,
                vec![
                    b.tok(BinOp(And)),
                    b.tok_ident("mut"),
                    b.tok_ident("a"),
                    b.tok(Comma),
                    b.tok(BinOp(And)),
                    b.tok_ident("mut"),
                    b.tok_ident("b"),
                ],
            ),
            b.tok(Semi),
        ],
        // ($($x:expr),* $(,)?) => { if !$x { x: ::std::vec::Vec::<u8>::new() } }
        vec![
            b.group(
                Delimiter::Parenthesis,
                vec![
                    b.tok(Dollar),
                    b.group(
                        Delimiter::Parenthesis,
                        vec![
                            b.tok(Dollar),
                            b.tok_ident("x"),
                            b.tok(Colon),
                            b.tok_ident("expr"),
                        ],
                    ),
                    b.tok_joint(Comma),
                    b.tok(BinOp(Star)),
                    b.tok(Dollar),
                    b.group(Delimiter::Parenthesis, vec![b.tok(Comma)]),
                    b.tok(Question),
                ],
            ),
            b.tok(FatArrow),
            b.group(
                Delimiter::Brace,
                vec![
                    b.tok_ident("if"),
                    b.tok(Not),
                    b.tok(Dollar),
                    b.tok_ident("x"),
                    b.group(
                        Delimiter::Brace,
                        vec![
                            b.tok_ident("x"),
                            b.tok(Colon),
                            b.tok(PathSep),
                            b.tok_ident("Vec"),
                            b.tok(PathSep),
                            b.tok(Lt),
                            b.tok_ident("u8"),
                            b.tok(Gt),
                            b.tok(PathSep),
                            b.tok_ident("new"),
                            b.group(Delimiter::Parenthesis, vec![]),
                        ],
                    ),
                ],
            ),
        ],
        // #[derive(Debug)] struct S; /// doc
        vec![
            b.tok(Pound),
            b.group(
                Delimiter::Bracket,
                vec![
                    b.tok_ident("derive"),
                    b.group(Delimiter::Parenthesis, vec![b.tok_ident("Debug")]),
                ],
            ),
            b.tok_ident("struct"),
            b.tok_ident("S"),
            b.tok(Semi),
            b.tok(DocComment(
                token::CommentKind::Line,
                token::AttrStyle::Outer,
                b.sym(" doc"),
            )),
            b.tok_ident("fn"),
            b.group(Delimiter::Parenthesis, vec![]),
        ],
        // a / / b, x += 1 from joint tokens, 'a: loop
        vec![
            b.tok_ident("a"),
            b.tok_joint(BinOp(Slash)),
            b.tok(BinOp(Slash)),
            b.tok_ident("b"),
            b.tok(Comma),
            b.tok_ident("x"),
            b.tok_joint(BinOp(Plus)),
            b.tok(Eq),
            lit("1"),
            b.tok(Comma),
            b.tok(Lifetime(b.sym("'a"))),
            b.tok(Colon),
            b.tok_ident("loop"),
            b.group(Delimiter::Brace, vec![]),
        ],
    ];
    let printed: Vec<String> = streams
        .into_iter()
        .map(|trees| pretty::tts_to_string(&TokenStream::new(trees), &interner))
        .collect();
    expect![[r#"
        vec![1, 2].len()
        ::std::mem::swap(&mut a, &mut b);
        ($($x:expr),* $(,)?) => { if !$x { x: ::Vec::<u8>::new() } }
        #[derive(Debug)] struct S; /// doc
        fn()
        a / / b, x += 1, 'a: loop {}
    "#]]
    .assert_eq(&(printed.join("\n") + "\n"));
}

#[test]
fn kitchen_sink_prints() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let krate = kitchen_sink(&b);
    expect![[r##"
        #![allow(dead_code)]
        //! The crate.
        extern crate std as mystd;
        pub use std::{fmt as f, io::*, self};
        pub(crate) static mut COUNTER: u32 = 0;
        const N: usize = 3;
        mod inner {
            #![rustfmt::skip]
            pub(in super::super) fn f() {}
            mod outlined;
        }
        unsafe extern "C" {
            safe static X: i32;
            fn printf(fmt: *const u8, ...) -> i32;
            type Opaque;
            m!();
        }
        type Alias<'a, T: Clone = u8> = &'a [T; N] where T: Copy;
        /** An enum. */
        #[derive(Debug, Clone)]
        enum E<T> {
            A,
            B(T, u8),
            C { x: i32 },
            D = 3,
        }
        struct S<const M: usize = 2> {
            /// The bytes.
            pub a: Vec<u8>,
            b: (u8, i32),
        }
        struct T(pub u8);
        struct U;
        union V {
            a: u8,
            b: f32,
        }
        unsafe auto trait Tr<T>: Clone + for<'a> Fn(&'a u8) -> u8 where Self: Sized {
            const C: u8 = 1;
            type Item: Copy;
            fn m(&self, x: u8) -> u8;
            mac![];
        }
        trait Al = Clone + Send;
        impl<T> !Send for S<T, 3> {}
        unsafe impl<#[may_dangle] T: ?Sized + ~const Tr + !Unpin> const Tr<T> for dyn Fn() + 'static {
            default fn f<'a>(&'a mut self) {}
        }
        m! { a }
        macro_rules! mm { ($x:expr) => { $x + 1 }; }
        #[inline]
        #[doc = "Does it all."]
        pub const async unsafe extern "C" fn everything<'a: 'b, T>(#[cfg(unix)] self: Box<Self>, mut x: ([u8], *mut u8, for<'f> unsafe extern fn(u8, named: &'f str) -> !, <T as Iterator>::Item, Send, (u8), _, ty_mac!(), (/*ERROR*/), (), ::std::string::String)) -> impl Iterator<Item = u8, Item2<'a>: Clone, N = 3> + use<'a, T> where 'b: 'a, T = u8, for<'c> &'c T: Copy {
            let Some(y) = x else {
                return
            };
            #[allow]
            let z: u8;
            let (_, ref mut r @ _, P { a, #[cfg] b: _, .. }, A::B | <T>::C, box bx, &(mut m), -1, "s", 1..=N, ..5, [first, .., (0..)], (p | q), pat_mac!(), (/*ERROR*/)) = value;
            [1, 2];
            const {
                1
            };
            f(1);
            it.collect::<Vec<_>>();
            (1,);
            1 + 2 * 3;
            !flag;
            1.5f32;
            x as u64;
            if let Some(v) = o && v > 0 {} else if c {} else {}
            'w: while c {}
            'f: for i in 0..10 {
                continue 'f;
            }
            'l: loop {
                break 'l 1;
            }
            match m {
                #[cold]
                a if g => 1,
                _ => {}
                never,
            }
            for<'c> const static async move |p: u8, q| -> u8 {
                p
            };
            'b: unsafe {
                1
            };
            async move {}.await;
            try {};
            _ = 1;
            x <<= 1;
            t.0;
            v[..];
            ..=3;
            <Vec<u8> as Default>::default;
            &raw mut place;
            &place;
            return 0;
            println!("{}", x);
            P { a, b: 2, ..base };
            Q { .. };
            [0; N];
            (p);
            r?;
            yield 1;
            become g();
            format_args!("a{{{}\n{x:*^+#5.0$x?}{0:X}", n, x = x);
            builtin # offset_of(P, a.0);
            (/*ERROR*/);
            (/*DUMMY*/);
            #[rustfmt::skip] 7;
            fn nested() {}
            ;
            #[a]
            stmt_mac! {}
            x
        }
    "##]].assert_eq(&pretty::crate_to_string(&krate, &interner));
}

//! Macro fragments (`parse_nonterminal`, interpolated tokens, `nonterminal_may_begin_with`),
//! meta items, `--cfg` specs and decoded literal values.

use std::rc::Rc;

use expect_test::{expect, Expect};
use smelt_ast::token::{Nonterminal, Token, TokenKind};
use smelt_ast::tokenstream::{TokenStream, TokenTree};
use smelt_ast::{self as ast};
use smelt_span::Edition;

use super::session;
use crate::{nonterminal_may_begin_with, NonterminalKind, Parser};

/// Parses each fragment with `parse_nonterminal`, substitutes it for `$N` in `template` as
/// an interpolated token, and dumps the crate the template parses to. A fragment that fails
/// to parse is shown as its error.
fn check_fragments(fragments: &[(&str, NonterminalKind)], template: &str, expect: Expect) {
    let (sess, out) = session(Edition::E2021);
    let mut nts = Vec::new();
    let mut text = String::new();
    for (src, kind) in fragments {
        let file = sess
            .source_map
            .new_source_file("frag.rs".into(), src.to_string());
        let stream = crate::lex_file(&sess, &file);
        let mut p = Parser::new(&sess, stream, Edition::E2021);
        match p.parse_nonterminal(*kind) {
            Ok(nt) if p.is_at_eof() => nts.push(Rc::new(nt)),
            Ok(_) => text.push_str(&format!(
                "fragment `{src}` as {}: tokens left over\n",
                kind.as_str()
            )),
            Err(e) => {
                text.push_str(&format!(
                    "fragment `{src}` as {}: {}\n",
                    kind.as_str(),
                    e.diag.message
                ));
                return expect.assert_eq(&text);
            }
        }
    }
    let file = sess
        .source_map
        .new_source_file("template.rs".into(), template.to_string());
    let stream = crate::lex_file(&sess, &file);
    let stream = substitute(&stream, &nts, &sess);
    let mut p = Parser::new(&sess, stream, Edition::E2021);
    let items = p.parse_items_to_eof();
    let krate = ast::Crate {
        attrs: Vec::new(),
        items,
        span: smelt_span::Span::DUMMY,
        id: ast::NodeId::CRATE,
    };
    text.push_str(&smelt_ast::dump::dump_crate(&krate, &sess.interner));
    let diags = out.borrow().clone();
    if !diags.is_empty() {
        text.push('\n');
        text.push_str(&diags);
    }
    expect.assert_eq(&text);
}

/// Replaces `$` `N` by the interpolated fragment `N` (recursively in groups).
fn substitute(
    stream: &TokenStream,
    nts: &[Rc<Nonterminal>],
    sess: &smelt_session::Session,
) -> TokenStream {
    let mut out = Vec::new();
    let mut trees = stream.trees().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Token(
                Token {
                    kind: TokenKind::Dollar,
                    span,
                },
                _,
            ) => {
                if let Some(TokenTree::Token(
                    Token {
                        kind: TokenKind::Literal(lit),
                        ..
                    },
                    _,
                )) = trees.peek()
                {
                    let index: usize = sess.str(lit.symbol).parse().unwrap_or(usize::MAX);
                    if let Some(nt) = nts.get(index) {
                        trees.next();
                        out.push(TokenTree::token_alone(
                            TokenKind::Interpolated(nt.clone()),
                            *span,
                        ));
                        continue;
                    }
                }
                out.push(tree.clone());
            }
            TokenTree::Delimited(dspan, delim, inner) => out.push(TokenTree::Delimited(
                *dspan,
                *delim,
                substitute(inner, nts, sess),
            )),
            other => out.push(other.clone()),
        }
    }
    TokenStream::new(out)
}

#[test]
fn interpolated_expression_keeps_its_grouping() {
    check_fragments(
        &[("1 + 1", NonterminalKind::Expr2021)],
        "fn f() { let x = $0 * 2; let y = -$0; $0.foo(); }",
        expect![[r#"
        Crate
          Fn f
            Block
              Let
                Pat Ident x
                Expr Binary *
                  Expr Binary +
                    Expr Lit 1
                    Expr Lit 1
                  Expr Lit 2
              Let
                Pat Ident y
                Expr Unary -
                  Expr Binary +
                    Expr Lit 1
                    Expr Lit 1
              Semi
                Expr MethodCall foo
                  Expr Binary +
                    Expr Lit 1
                    Expr Lit 1
    "#]],
    );
}

#[test]
fn interpolated_fragments_of_every_kind() {
    check_fragments(
        &[
            ("Vec<u8>", NonterminalKind::Ty),
            ("name", NonterminalKind::Ident),
            ("std::mem::swap", NonterminalKind::Path),
            ("{ 1 }", NonterminalKind::Block),
            ("Some(x) | None", NonterminalKind::Pat),
            ("'a", NonterminalKind::Lifetime),
            ("pub(crate)", NonterminalKind::Vis),
            ("-1", NonterminalKind::Literal),
            ("derive(Debug)", NonterminalKind::Meta),
            ("fn g() {}", NonterminalKind::Item),
            ("let z = 3", NonterminalKind::Stmt),
        ],
        "#[$8] $6 struct $1<$5>(&$5 $0); $9 fn $1() -> $0 { let v: $0 = $2($7); match v { $4 => $3, _ => $3 } $10; }",
        expect![[r#"
            Crate
              Struct pub(crate) name ()
                Attr #[derive(Debug)]
                Generics
                  LifetimeParam 'a
                Field
                  Ty Ref 'a
                    Ty Path Vec<..>
                      Args
                        Ty Path u8
              Fn g
                Block
              Fn name
                Ret
                  Ty Path Vec<..>
                    Args
                      Ty Path u8
                Block
                  Let
                    Pat Ident v
                    Ty Path Vec<..>
                      Args
                        Ty Path u8
                    Expr Call
                      Expr Path std::mem::swap
                      Expr Unary -
                        Expr Lit 1
                  Expr Match
                    Expr Path v
                    Arm
                      Pat Or
                        Pat TupleStruct Some
                          Pat Ident x
                        Pat Ident None
                      Expr Block
                        Block
                          Expr Lit 1
                    Arm
                      Pat Wild
                      Expr Block
                        Block
                          Expr Lit 1
                  Let
                    Pat Ident z
                    Expr Lit 3
        "#]],
    );
}

#[test]
fn interpolated_ident_is_an_identifier_everywhere() {
    check_fragments(
        &[("x", NonterminalKind::Ident), ("T", NonterminalKind::Ident)],
        "fn $0<$1>($0: $1) -> $1 { let $0 = $0 .$0; $0 }",
        expect![[r#"
        Crate
          Fn x
            Generics
              TypeParam T
            Param
              Pat Ident x
              Ty Path T
            Ret
              Ty Path T
            Block
              Let
                Pat Ident x
                Expr Field x
                  Expr Path x
              Expr Path x
    "#]],
    );
}

#[test]
fn fragment_errors() {
    check_fragments(
        &[("1 +", NonterminalKind::Expr2021)],
        "",
        expect![[r#"
        fragment `1 +` as expr_2021: expected expression, found `<eof>`
    "#]],
    );
    check_fragments(
        &[("let x = 1", NonterminalKind::Expr2021)],
        "",
        expect![[r#"
        fragment `let x = 1` as expr_2021: expected expression, found keyword `let`
    "#]],
    );
    check_fragments(
        &[("struct", NonterminalKind::Item)],
        "",
        expect![[r#"
        fragment `struct` as item: expected identifier, found `<eof>`
    "#]],
    );
    check_fragments(
        &[("A | B", NonterminalKind::PatParam)],
        "",
        expect![[r#"
        fragment `A | B` as pat_param: tokens left over
        Crate
    "#]],
    );
    check_fragments(
        &[("_", NonterminalKind::Ident)],
        "",
        expect![[r#"
        fragment `_` as ident: expected identifier, found reserved identifier `_`
    "#]],
    );
}

/// Which fragment kinds may start with each token of `src`.
fn check_may_begin(src: &str, expect: Expect) {
    let (sess, _) = session(Edition::E2021);
    let file = sess
        .source_map
        .new_source_file("t.rs".into(), src.to_string());
    let stream = crate::lex_file(&sess, &file);
    let kinds = [
        NonterminalKind::Item,
        NonterminalKind::Block,
        NonterminalKind::Stmt,
        NonterminalKind::Pat,
        NonterminalKind::PatParam,
        NonterminalKind::Expr,
        NonterminalKind::Expr2021,
        NonterminalKind::Ty,
        NonterminalKind::Ident,
        NonterminalKind::Lifetime,
        NonterminalKind::Literal,
        NonterminalKind::Meta,
        NonterminalKind::Path,
        NonterminalKind::Vis,
        NonterminalKind::Tt,
    ];
    let mut text = String::new();
    let mut cursor = smelt_ast::tokenstream::TokenCursor::new(stream);
    loop {
        let (token, _) = cursor.next(smelt_span::Span::DUMMY);
        if token.kind == TokenKind::Eof {
            break;
        }
        let name = sess
            .source_map
            .span_to_snippet(token.span)
            .unwrap_or_default();
        let ok: Vec<&str> = kinds
            .iter()
            .filter(|k| nonterminal_may_begin_with(**k, &token))
            .map(|k| k.as_str())
            .collect();
        text.push_str(&format!("{name}: {}\n", ok.join(" ")));
    }
    expect.assert_eq(&text);
}

#[test]
fn fragments_may_begin_with() {
    check_may_begin(
        "x 1 - ( { [ & | || 'a let const _ fn :: < ; } ) ] # true",
        expect![[r#"
        x: item stmt pat pat_param expr expr_2021 ty ident meta path vis tt
        1: item stmt pat pat_param expr expr_2021 literal tt
        -: item stmt pat pat_param expr expr_2021 literal tt
        (: item stmt pat pat_param expr expr_2021 ty vis tt
        {: item block stmt expr expr_2021 tt
        [: item stmt pat pat_param expr expr_2021 ty vis tt
        &: item stmt pat pat_param expr expr_2021 ty vis tt
        |: item stmt pat expr expr_2021 tt
        ||: item stmt expr expr_2021 tt
        'a: item stmt expr expr_2021 ty lifetime vis tt
        let: item stmt pat pat_param ident meta path vis tt
        const: item stmt pat pat_param expr ident meta path vis tt
        _: item stmt pat pat_param expr expr_2021 ty meta path vis tt
        fn: item stmt pat pat_param ty ident meta path vis tt
        ::: item stmt pat pat_param expr expr_2021 ty meta path vis tt
        <: item stmt pat pat_param expr expr_2021 ty vis tt
        ;: item stmt tt
        }: 
        }: 
        ): 
    "#]],
    );
}

#[test]
fn fragment_kinds_by_edition() {
    let names: Vec<String> = ["pat", "expr", "pat_param", "expr_2021", "tt", "bogus"]
        .iter()
        .flat_map(|n| {
            [Edition::E2018, Edition::E2021, Edition::E2024].map(move |e| {
                let (sess, _) = session(e);
                let kind = NonterminalKind::from_symbol(sess.intern(n), e);
                format!(
                    "{n} in {}: {}",
                    e.as_str(),
                    kind.map_or("none", |k| k.as_str())
                )
            })
        })
        .collect();
    expect![[r#"
        pat in 2018: pat_param
        pat in 2021: pat
        pat in 2024: pat
        expr in 2018: expr_2021
        expr in 2021: expr_2021
        expr in 2024: expr
        pat_param in 2018: pat_param
        pat_param in 2021: pat_param
        pat_param in 2024: pat_param
        expr_2021 in 2018: expr_2021
        expr_2021 in 2021: expr_2021
        expr_2021 in 2024: expr_2021
        tt in 2018: tt
        tt in 2021: tt
        tt in 2024: tt
        bogus in 2018: none
        bogus in 2021: none
        bogus in 2024: none
    "#]]
    .assert_eq(&(names.join("\n") + "\n"));
}

/// The meta item of the first attribute of `src` (an item with attributes), as a tree.
fn check_meta(src: &str, expect: Expect) {
    let (sess, out) = session(Edition::E2021);
    let file = sess
        .source_map
        .new_source_file("t.rs".into(), src.to_string());
    let krate = crate::parse_crate(&sess, &file, Edition::E2021);
    let mut text = String::new();
    for attr in krate.items.iter().flat_map(|i| i.attrs.iter()) {
        if let ast::AttrKind::Normal(item) = &attr.kind {
            match crate::parse_meta(&sess, item) {
                Ok(meta) => meta_tree(&meta, 0, &sess, &mut text),
                Err(_) => text.push_str("<error>\n"),
            }
        }
    }
    let diags = out.borrow().clone();
    if !diags.is_empty() {
        text.push('\n');
        text.push_str(&diags);
    }
    expect.assert_eq(&text);
}

/// A decoded literal, with interned text spelled out.
fn lit_kind_str(kind: &ast::LitKind, sess: &smelt_session::Session) -> String {
    match kind {
        ast::LitKind::Str(sym, style) => format!("Str({:?}, {style:?})", sess.str(*sym)),
        ast::LitKind::Float(sym, ty) => format!("Float({}, {ty:?})", sess.str(*sym)),
        other => format!("{other:?}"),
    }
}

fn meta_tree(meta: &ast::Meta, depth: usize, sess: &smelt_session::Session, out: &mut String) {
    let path = smelt_ast::pretty::path_to_string(&meta.path, &sess.interner);
    let indent = "  ".repeat(depth);
    match &meta.kind {
        ast::MetaKind::Word => out.push_str(&format!("{indent}Word {path}\n")),
        ast::MetaKind::NameValue(lit) => out.push_str(&format!(
            "{indent}NameValue {path} = {}\n",
            lit_kind_str(&lit.kind, sess)
        )),
        ast::MetaKind::List(items) => {
            out.push_str(&format!("{indent}List {path}\n"));
            for item in items {
                match item {
                    ast::NestedMeta::Meta(m) => meta_tree(m, depth + 1, sess, out),
                    ast::NestedMeta::Lit(lit) => out.push_str(&format!(
                        "{indent}  Lit {}\n",
                        lit_kind_str(&lit.kind, sess)
                    )),
                }
            }
        }
    }
}

#[test]
fn meta_items() {
    check_meta(
        r#"#[cfg(all(unix, not(target_os = "linux"), any()))] #[derive(Debug, Clone,)] #[inline] #[doc = "x"] #[allow(clippy::all)] #[repr(align(8))] #[x(1, "s")] fn f() {}"#,
        expect![[r#"
            List cfg
              List all
                Word unix
                List not
                  NameValue target_os = Str("linux", Cooked)
                List any
            List derive
              Word Debug
              Word Clone
            Word inline
            NameValue doc = Str("x", Cooked)
            List allow
              Word clippy::all
            List repr
              List align
                Lit Int(8, Unsuffixed)
            List x
              Lit Int(1, Unsuffixed)
              Lit Str("s", Cooked)
        "#]],
    );
}

#[test]
fn meta_item_errors() {
    check_meta(
        "#[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}",
        expect![[r#"
        <error>
        <error>
        <error>
        <error>
        <error>
        <error>

        error: expected a literal (`1u8`, `1.0f32`, `"string"`, etc.) here, found expression
         --> t.rs:1:13
          |
        1 | #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |             ^^^ expressions are not allowed here
          |
        help: surround the identifier with quotation marks to make it into a string literal
          |
        1 - #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
        1 + #[cfg(foo = "bar")] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |

        error: expected unsuffixed literal, found `+`
         --> t.rs:1:23
          |
        1 | #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |                       ^

        error: suffixed literals are not allowed in attributes
         --> t.rs:1:33
          |
        1 | #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |                                 ^^^
          |
          = help: instead of using a suffixed literal (`1u8`, `1.0f32`, etc.), use an unsuffixed version (`1`, `1.0`, etc.)

        error: wrong meta list delimiters
         --> t.rs:1:41
          |
        1 | #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |                                         ^^^
          |
          = help: the delimiters should be `(` and `)`

        error: expected one of `,`, `::`, or `=`, found `b`
         --> t.rs:1:52
          |
        1 | #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |                                                    ^ expected one of `,`, `::`, or `=`

        error: attribute value must be a literal
         --> t.rs:1:62
          |
        1 | #[cfg(foo = bar)] #[x(+)] #[y = 1u8] #[z[a]] #[w(a b)] #[v = m!()] fn f() {}
          |                                                              ^^^^

    "#]],
    );
}

#[test]
fn cfg_specs() {
    let (sess, _) = session(Edition::E2021);
    let specs = [
        "foo",
        "feature=\"bar\"",
        " feature = \"a\\\"b\" ",
        "r#true",
        "1",
        "foo=bar",
        "foo=\"x\" y",
        "a::b",
        "",
        "x=\"unterminated",
    ];
    let out: Vec<String> = specs
        .iter()
        .map(|s| {
            let r = crate::parse_cfg_spec(&sess, s);
            let shown = r.map(|(n, v)| match v {
                Some(v) => format!("{}={:?}", sess.str(n), sess.str(v)),
                None => sess.str(n).to_string(),
            });
            format!("{s:?}: {}", shown.unwrap_or_else(|| "invalid".to_string()))
        })
        .collect();
    expect![[r#"
        "foo": foo
        "feature=\"bar\"": feature="bar"
        " feature = \"a\\\"b\" ": feature="a\"b"
        "r#true": true
        "1": invalid
        "foo=bar": invalid
        "foo=\"x\" y": invalid
        "a::b": invalid
        "": invalid
        "x=\"unterminated": invalid
    "#]]
    .assert_eq(&(out.join("\n") + "\n"));
}

/// The decoded value of each literal of the tuple expression `src`.
fn check_lits(src: &str, expect: Expect) {
    let (sess, out) = session(Edition::E2021);
    let file = sess
        .source_map
        .new_source_file("t.rs".into(), src.to_string());
    let stream = crate::lex_file(&sess, &file);
    let mut p = Parser::new(&sess, stream, Edition::E2021);
    let mut text = String::new();
    match p.parse_expr() {
        Ok(e) => {
            let elems = match &e.kind {
                ast::ExprKind::Tup(elems) => elems.iter().collect::<Vec<_>>(),
                _ => vec![&e],
            };
            for el in elems {
                match &el.kind {
                    ast::ExprKind::Lit(lit) => {
                        text.push_str(&format!("{}\n", lit_kind_str(&lit.kind, &sess)))
                    }
                    _ => text.push_str("<not a literal>\n"),
                }
            }
        }
        Err(e) => {
            e.emit();
        }
    }
    let diags = out.borrow().clone();
    if !diags.is_empty() {
        text.push('\n');
        text.push_str(&diags);
    }
    expect.assert_eq(&text);
}

#[test]
fn literal_values() {
    check_lits(
        r#"(0, 255u8, 0xff_ff, 0o777, 0b1010_1010i8, 340282366920938463463374607431768211455, 1_000.000_1, 2.5e10f64, 1f32, 'a', '\u{1F980}', '\'', b'\xff', b'\n', true, false)"#,
        expect![[r#"
            Int(0, Unsuffixed)
            Int(255, Unsigned(U8))
            Int(65535, Unsuffixed)
            Int(511, Unsuffixed)
            Int(170, Signed(I8))
            Int(340282366920938463463374607431768211455, Unsuffixed)
            Float(1000.0001, Unsuffixed)
            Float(2.5e10, Suffixed(F64))
            Float(1, Suffixed(F32))
            Char('a')
            Char('🦀')
            Char('\'')
            Byte(255)
            Byte(10)
            Bool(true)
            Bool(false)
        "#]],
    );
    check_lits(
        r##"("a\tb\\c\"d\u{41}\x41", "line \
            continued", r#"raw "quote""#, b"\x00\xffab", br"raw\n", c"hi", c"\xff\u{e9}", cr"x")"##,
        expect![[r#"
            Str("a\tb\\c\"dAA", Cooked)
            Str("line continued", Cooked)
            Str("raw \"quote\"", Raw(1))
            ByteStr([0, 255, 97, 98], Cooked)
            ByteStr([114, 97, 119, 92, 110], Raw(0))
            CStr([104, 105, 0], Cooked)
            CStr([255, 195, 169, 0], Cooked)
            CStr([120, 0], Raw(0))
        "#]],
    );
}

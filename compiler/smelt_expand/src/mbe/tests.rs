//! Tests of the `macro_rules!` engine through four helpers, which use only the module's public
//! API:
//!
//! - `check(def, call, expect)`: compiles the definition `def` (`macro_rules! m { ... }`),
//!   expands the invocation `call` (`m!(...)`) once, and prints the resulting tokens
//!   (fragments print as their AST, expressions parenthesised where the grouping needs it),
//!   then any diagnostics;
//! - `check_error(def, call, expect)`: only the rendered diagnostics;
//! - `check_hygiene(def, call, expect)`: the resulting tokens one by one, each followed by
//!   `#n` when its span carries a (non-root) syntax context `n`;
//! - `expand_chain(defs, call)`: expands repeatedly while the result is a single call of one
//!   of the macros (recursive macros, fragments forwarded to another macro), returning the
//!   final tokens and the number of steps.
//!
//! `fuzz_definitions_and_invocations` feeds token soup to both entry points: nothing may
//! panic.
//!
//! Sources are edition 2021 unless the definition starts with a line `//@ edition: 2018`.
//! Bless with `UPDATE_EXPECT=1 cargo test -p smelt_expand`.

use std::cell::RefCell;
use std::rc::Rc;

use expect_test::{expect, Expect};
use smelt_ast::token::TokenKind;
use smelt_ast::tokenstream::{TokenStream, TokenTree};
use smelt_ast::DelimArgs;
use smelt_errors::BufferEmitter;
use smelt_session::{Options, Session};
use smelt_span::{Edition, ExpnData, ExpnId, ExpnKind, Ident, MacroKind, Span, Symbol};

use super::{compile_macro_rules, expand_macro_rules, MacroRules};

fn session(edition: Edition) -> (Session, Rc<RefCell<String>>) {
    let emitter = BufferEmitter::default();
    let out = emitter.out.clone();
    let opts = Options {
        edition,
        ..Options::default()
    };
    (Session::new(opts, Box::new(emitter)), out)
}

/// Lexes `src` as the file `name`.
fn lex(sess: &Session, name: &str, src: &str) -> TokenStream {
    let file = sess
        .source_map
        .new_source_file(name.to_string(), src.to_string());
    smelt_parse::lex_file(sess, &file)
}

/// `macro_rules! name { body }` as (name, body, span of the definition).
fn split_def(stream: &TokenStream) -> Option<(Ident, DelimArgs, Span)> {
    let trees = &stream.0;
    match trees.as_slice() {
        [TokenTree::Token(mr, _), TokenTree::Token(bang, _), TokenTree::Token(name, _), TokenTree::Delimited(dspan, delim, body), ..]
            if matches!(mr.kind, TokenKind::Ident(..)) && bang.kind == TokenKind::Not =>
        {
            let TokenKind::Ident(sym, _) = name.kind else {
                return None;
            };
            let args = DelimArgs {
                dspan: *dspan,
                delim: *delim,
                tokens: body.clone(),
            };
            Some((Ident::new(sym, name.span), args, mr.span.to(dspan.close)))
        }
        _ => None,
    }
}

/// `m!(args)` as (m, args, span of the call).
fn split_call(stream: &TokenStream) -> Option<(Symbol, TokenStream, Span)> {
    match stream.0.as_slice() {
        [TokenTree::Token(name, _), TokenTree::Token(bang, _), TokenTree::Delimited(dspan, _, args), ..]
            if bang.kind == TokenKind::Not =>
        {
            let TokenKind::Ident(sym, _) = name.kind else {
                return None;
            };
            Some((sym, args.clone(), name.span.to(dspan.close)))
        }
        _ => None,
    }
}

struct Expanded {
    /// The expansion, or `None` if the definition or the expansion failed.
    tokens: Option<TokenStream>,
    sess: Session,
    diags: Rc<RefCell<String>>,
}

fn compile(sess: &Session, def: &str) -> Option<(MacroRules, Span)> {
    let def_stream = lex(sess, "def.rs", def);
    let (name, body, def_span) =
        split_def(&def_stream).expect("a `macro_rules! m { ... }` definition");
    compile_macro_rules(sess, name, &body, sess.opts.edition)
        .ok()
        .map(|rules| (rules, def_span))
}

fn expand_once(
    sess: &Session,
    rules: &MacroRules,
    def_span: Span,
    input: &TokenStream,
    call_site: Span,
) -> Option<TokenStream> {
    let expn = sess.hygiene.fresh_expn(ExpnData {
        kind: ExpnKind::Macro(MacroKind::Bang, rules.name().name),
        parent: ExpnId::ROOT,
        call_site,
        def_site: def_span,
        local_inner_macros: false,
        allow_internal_unstable: false,
        def_crate: None,
    });
    expand_macro_rules(
        sess,
        rules,
        call_site,
        input,
        expn,
        sess.opts.edition,
        sess.opts.edition,
    )
    .ok()
}

/// The edition a definition asks for with a first line `//@ edition: 2018` (2021 otherwise).
fn edition_of(src: &str) -> Edition {
    src.strip_prefix("//@ edition: ")
        .and_then(|rest| rest.get(..4))
        .and_then(Edition::parse)
        .unwrap_or(Edition::E2021)
}

fn expand(def: &str, call: &str) -> Expanded {
    let (sess, diags) = session(edition_of(def));
    let tokens = compile(&sess, def).and_then(|(rules, def_span)| {
        let call_stream = lex(&sess, "call.rs", call);
        let (_, input, call_site) = split_call(&call_stream).expect("a `m!(...)` invocation");
        expand_once(&sess, &rules, def_span, &input, call_site)
    });
    Expanded {
        tokens,
        sess,
        diags,
    }
}

fn check(def: &str, call: &str, expect: Expect) {
    let e = expand(def, call);
    let mut out = match &e.tokens {
        Some(tokens) => smelt_ast::pretty::tts_to_string(tokens, &e.sess.interner),
        None => "<error>".to_string(),
    };
    out.push('\n');
    let diags = e.diags.borrow();
    if !diags.is_empty() {
        out.push('\n');
        out.push_str(&diags);
    }
    expect.assert_eq(&out);
}

fn check_error(def: &str, call: &str, expect: Expect) {
    let e = expand(def, call);
    let diags = e.diags.borrow().clone();
    expect.assert_eq(&diags);
}

fn check_hygiene(def: &str, call: &str, expect: Expect) {
    let e = expand(def, call);
    let mut out = String::new();
    if let Some(tokens) = &e.tokens {
        let mut stack = vec![(tokens.clone(), 0usize)];
        while let Some((stream, i)) = stack.pop() {
            let Some(tree) = stream.get(i).cloned() else {
                continue;
            };
            stack.push((stream, i + 1));
            let mut show = |text: String, span: Span| {
                out.push_str(&text);
                if !span.ctxt.is_root() {
                    out.push_str(&format!("#{}", span.ctxt.as_u32()));
                }
                out.push(' ');
            };
            match tree {
                TokenTree::Token(token, _) => {
                    show(
                        smelt_ast::pretty::token_to_string(&token, &e.sess.interner),
                        token.span,
                    );
                }
                TokenTree::Delimited(dspan, delim, inner) => {
                    show(delim.open().to_string(), dspan.open);
                    // The close delimiter comes after the contents.
                    stack.push((
                        TokenStream::new(vec![TokenTree::token_alone(
                            TokenKind::CloseDelim(delim),
                            dspan.close,
                        )]),
                        0,
                    ));
                    stack.push((inner, 0));
                }
            }
        }
    }
    out.push('\n');
    out.push_str(&e.diags.borrow());
    expect.assert_eq(&out);
}

/* ------------------------------------------------------------ matching and substitution */

/// Compiles every definition of `defs`, expands `call`, and goes on expanding while the result
/// is exactly one call of one of the macros. Returns the final tokens followed by any
/// diagnostics, and the number of expansions.
fn expand_chain(defs: &[&str], call: &str) -> (String, usize) {
    let (sess, diags) = session(Edition::E2021);
    let mut macros = Vec::new();
    for (i, def) in defs.iter().enumerate() {
        let stream = lex(&sess, &format!("def{i}.rs"), def);
        let (name, body, def_span) = split_def(&stream).expect("a definition");
        if let Ok(rules) = compile_macro_rules(&sess, name, &body, Edition::E2021) {
            macros.push((name.name, rules, def_span));
        }
    }
    let call_stream = lex(&sess, "call.rs", call);
    let mut call = split_call(&call_stream).expect("a call");
    let mut steps = 0;
    let out = loop {
        let (name, input, call_site) = call;
        let Some((_, rules, def_span)) = macros.iter().find(|m| m.0 == name) else {
            break "<unknown macro>".to_string();
        };
        steps += 1;
        let Some(out) = expand_once(&sess, rules, *def_span, &input, call_site) else {
            break "<error>".to_string();
        };
        match split_call(&out) {
            Some(next) if out.len() == 3 => call = next,
            _ => break smelt_ast::pretty::tts_to_string(&out, &sess.interner),
        }
    };
    let diags = diags.borrow();
    if diags.is_empty() {
        (out, steps)
    } else {
        (format!("{out}\n\n{diags}"), steps)
    }
}

#[test]
fn literal_tokens() {
    check(
        "macro_rules! m { (a b) => { x + y }; }",
        "m!(a b)",
        expect![[r#"
            x + y
        "#]],
    );
    // Delimiters must match in kind; the invocation's own delimiters do not matter.
    check(
        "macro_rules! m { ([a] {b}) => { ok } }",
        "m![[a] {b}]",
        expect![[r#"
            ok
        "#]],
    );
    // Identifiers compare by name, keywords included; punctuation by kind.
    check(
        "macro_rules! m { (fn x => ::) => { ok } }",
        "m!(fn x => ::)",
        expect![[r#"
            ok
        "#]],
    );
}

#[test]
fn fragment_expr_keeps_grouping() {
    check(
        "macro_rules! m { ($e:expr) => { $e * 2 } }",
        "m!(1 + 2)",
        expect![[r#"
            (1 + 2) * 2
        "#]],
    );
    check(
        "macro_rules! m { ($a:expr, $b:expr) => { [$b, $a] } }",
        "m!(f(x), if c { 1 } else { 2 })",
        expect![[r#"
            [if c {
                1
            } else {
                2
            }, f(x)]
        "#]],
    );
    // `expr_2021` and `expr` (in 2021) do not start with `let` or `const`.
    check(
        "macro_rules! m { ($e:expr_2021) => { e }; (let $p:pat) => { p } }",
        "m!(let x)",
        expect![[r#"
            p
        "#]],
    );
}

#[test]
fn fragment_ident_lifetime_tt() {
    check(
        "macro_rules! m { ($i:ident $l:lifetime $t:tt $u:tt) => { fn $i<$l>() $u $t } }",
        "m!(r#foo 'a + { x })",
        expect![[r#"
            fn r#foo <'a > () { x } +
        "#]],
    );
    // `ident` matches keywords but not `_`.
    check(
        "macro_rules! m { ($i:ident) => { ident $i }; ($t:tt) => { tt $t } }",
        "m!(if)",
        expect![[r#"
            ident if
        "#]],
    );
    check(
        "macro_rules! m { ($i:ident) => { ident $i }; ($t:tt) => { tt $t } }",
        "m!(_)",
        expect![[r#"
            tt _
        "#]],
    );
}

#[test]
fn fragment_ty_path_pat() {
    check(
        "macro_rules! m { ($t:ty, $p:path, $q:pat, $r:pat_param) => { let $q: $t = $p; match x { $r => {} } } }",
        "m!(Vec<(u8, &'static str)>, a::b::<c>::D, Some(1 | 2), None)",
        expect![[r#"
            let Some(1 | 2): Vec<(u8, &'static str)> = a::b<c>::D; match x { None => {} }
        "#]],
    );
    // A type followed by `>`: the parser splits `>>`.
    check(
        "macro_rules! m { (<$t:ty>) => { $t } }",
        "m!(<Vec<u8>>)",
        expect![[r#"
            Vec<u8>
        "#]],
    );
}

#[test]
fn fragment_block_stmt_item() {
    check(
        "macro_rules! m { ($b:block $s:stmt; $i:item) => { $i fn f() $b $s } }",
        "m!({ 1 } let x = 2; struct S;)",
        expect![[r#"
            struct S; fn f() {
                1
            } let x = 2;
        "#]],
    );
}

#[test]
fn fragment_literal_meta_vis() {
    check(
        "macro_rules! m { ($a:literal $b:literal $c:literal) => { [$a, $b, $c] } }",
        r#"m!(1 -2.5 "s")"#,
        expect![[r#"
            [1, -2.5, "s"]
        "#]],
    );
    check(
        "macro_rules! m { (#[$m:meta] $v:vis struct) => { #[$m] $v struct S; } }",
        "m!(#[derive(Clone, Debug)] pub(crate) struct)",
        expect![[r#"
            #[derive(Clone, Debug)] pub(crate) struct S;
        "#]],
    );
    // `vis` may match nothing.
    check(
        "macro_rules! m { ($v:vis fn) => { [$v] } }",
        "m!(fn)",
        expect![[r#"
            []
        "#]],
    );
}

#[test]
fn doc_comments_are_attributes() {
    check(
        "macro_rules! m { ($(#[$m:meta])* struct $n:ident) => { $(#[$m])* struct $n; } }",
        "m!(/// Says \"hi\".\n#[derive(Clone)] struct S)",
        expect![[r##"
            #[doc = r#" Says "hi"."#] #[derive(Clone)] struct S;
        "##]],
    );
    // Doc comments in a matcher are skipped.
    check(
        "macro_rules! m { (/// doc\n a) => { ok } }",
        "m!(a)",
        expect![[r#"
            ok
        "#]],
    );
}

#[test]
fn editions() {
    // Before 2021, `pat` is `pat_param`: no top-level `|`, which may follow it.
    check(
        "//@ edition: 2018\nmacro_rules! m { ($p:pat | $q:pat) => { [$p] [$q] } }",
        "m!(A | B)",
        expect![[r#"
            [A] [B]
        "#]],
    );
    check(
        "macro_rules! m { ($p:pat) => { [$p] } }",
        "m!(A | B)",
        expect![[r#"
            [A | B]
        "#]],
    );
    // In 2024, `expr` also matches `_` and `const { .. }`; `expr_2021` does not.
    check(
        "//@ edition: 2024\nmacro_rules! m { ($e:expr) => { [$e] } }",
        "m!(const { 1 })",
        expect![[r#"
            [const {
                1
            }]
        "#]],
    );
    check(
        "//@ edition: 2024\nmacro_rules! m { ($e:expr_2021) => { expr }; (const $b:block) => { block } }",
        "m!(const { 1 })",
        expect![[r#"
            block
        "#]],
    );
}

/* ------------------------------------------------------------ repetitions */

#[test]
fn repetitions() {
    check(
        "macro_rules! m { ($($x:ident),*) => { [$($x)*] } }",
        "m!(a, b, c)",
        expect![[r#"
            [a b c]
        "#]],
    );
    check(
        "macro_rules! m { ($($x:ident),*) => { [$($x)*] } }",
        "m!()",
        expect![[r#"
            []
        "#]],
    );
    // A separator in the transcriber differs from the matcher's.
    check(
        "macro_rules! m { ($($x:expr);+ $(;)?) => { $($x)+* } }",
        "m!(1; 2 + 3;)",
        expect![[r#"
            1 (2 + 3) *
        "#]],
    );
    check(
        "macro_rules! m { ($(mut)? $x:ident) => { $x } }",
        "m!(y)",
        expect![[r#"
            y
        "#]],
    );
    check(
        "macro_rules! m { ($($a:tt)*) => { $($a)* } }",
        "m!(a (b c) + [d])",
        expect![[r#"
            a(b c) + [d]
        "#]],
    );
}

#[test]
fn nested_repetitions() {
    check(
        "macro_rules! m { ($($k:ident: $($v:expr),*);*) => { $($(($k, $v))*)* } }",
        "m!(a: 1, 2; b: ; c: 3)",
        expect![[r#"
            (a, 1) (a, 2) (c, 3)
        "#]],
    );
    // A metavariable bound outside a repetition may be used inside it.
    check(
        "macro_rules! m { ($f:ident $($x:expr),*) => { $($f($x);)* } }",
        "m!(g 1, 2)",
        expect![[r#"
            g(1); g(2);
        "#]],
    );
}

#[test]
fn first_matching_rule_wins() {
    let def = "macro_rules! m {
        () => { empty };
        ($e:expr) => { expr };
        ($i:ident) => { ident };
        ($($t:tt)*) => { tokens };
    }";
    check(
        def,
        "m!()",
        expect![[r#"
        empty
    "#]],
    );
    check(
        def,
        "m!(x)",
        expect![[r#"
        expr
    "#]],
    );
    check(
        def,
        "m!(x y)",
        expect![[r#"
        tokens
    "#]],
    );
}

#[test]
fn recursion_one_step() {
    let def = "macro_rules! count {
        () => { 0 };
        ($x:tt $($rest:tt)*) => { 1 + count!($($rest)*) };
    }";
    check(
        def,
        "count!(a b c)",
        expect![[r#"
        1 + count!(b c)
    "#]],
    );
}

#[test]
fn dollar_crate_and_nested_macros() {
    check(
        "macro_rules! m { () => { $crate::f() } }",
        "m!()",
        expect![[r#"
            $crate::f()
        "#]],
    );
    // `$x` that is not a metavariable of the rule stays (for a macro defined by the macro).
    check(
        "macro_rules! m { ($n:ident) => { macro_rules! $n { ($x:expr) => { $x } } } }",
        "m!(inner)",
        expect![[r#"
            macro_rules! inner { ($x:expr) => { $x } }
        "#]],
    );
}

#[test]
fn forwarded_fragments() {
    // A forwarded `expr` is one opaque token: it matches `$e:expr` but not the literal `1`;
    // `tt` and `ident` fragments forward as their tokens and match literally.
    let defs = [
        "macro_rules! outer { ($e:expr) => { inner!($e) } }",
        "macro_rules! inner { (1) => { one }; ($e:expr) => { other } }",
        "macro_rules! outer3 { ($t:tt) => { inner2!($t) } }",
        "macro_rules! inner2 { (1) => { one } }",
        "macro_rules! outer4 { ($i:ident) => { inner4!($i) } }",
        "macro_rules! inner4 { (x) => { x_matched } }",
        "macro_rules! outer2 { ($e:expr) => { inner2!($e) } }",
    ];
    expect!["other"].assert_eq(&expand_chain(&defs, "outer!(1)").0);
    expect!["one"].assert_eq(&expand_chain(&defs, "outer3!(1)").0);
    expect!["x_matched"].assert_eq(&expand_chain(&defs, "outer4!(x)").0);
    expect![[r#"
        <error>

        error: no rules expected `expr` metavariable
         --> def6.rs:1:46
          |
        1 | macro_rules! outer2 { ($e:expr) => { inner2!($e) } }
          |                                              ^^ no rules expected this token in macro call
          |
         ::: def3.rs:1:1
          |
        1 | macro_rules! inner2 { (1) => { one } }
          | ------------------- when calling this macro
          |
        note: while trying to match `1`
         --> def3.rs:1:24
          |
        1 | macro_rules! inner2 { (1) => { one } }
          |                        ^
          = note: captured metavariables except for `:tt`, `:ident` and `:lifetime` cannot be compared to other tokens
          = note: see <https://doc.rust-lang.org/nightly/reference/macros-by-example.html#forwarding-a-matched-fragment> for more information
          = help: try using `:tt` instead in the macro definition

    "#]].assert_eq(&expand_chain(&defs, "outer2!(1)").0);
}

#[test]
fn realistic_macros() {
    let vec = "macro_rules! vec {
        () => { $crate::vec::Vec::new() };
        ($elem:expr; $n:expr) => { $crate::vec::from_elem($elem, $n) };
        ($($x:expr),+ $(,)?) => { <[_]>::into_vec($crate::boxed::Box::new([$($x),+])) };
    }";
    check(
        vec,
        "vec![]",
        expect![[r#"
        $crate::vec::Vec::new()
    "#]],
    );
    check(
        vec,
        "vec![0; n * 2]",
        expect![[r#"
        $crate::vec::from_elem(0, (n * 2))
    "#]],
    );
    check(
        vec,
        "vec![1, 2 + 3, f(x),]",
        expect![[r#"
        < [_] >::into_vec($crate::boxed::Box::new([1, (2 + 3), f(x)]))
    "#]],
    );
    check(
        "macro_rules! hashmap {
            ($($k:expr => $v:expr),* $(,)?) => {{
                let mut m = HashMap::new();
                $(m.insert($k, $v);)*
                m
            }};
        }",
        r#"hashmap!("a" => 1, "b" => 2)"#,
        expect![[r#"
            { let mut m = HashMap::new(); m.insert("a", 1); m.insert("b", 2); m }
        "#]],
    );
    check(
        "macro_rules! impl_zero {
            ($($t:ty)*) => { $(impl Zero for $t { fn zero() -> $t { 0 as $t } })* };
        }",
        "impl_zero!(u8 i32 usize)",
        expect![[r#"
            impl Zero for u8 { fn zero() -> u8 { 0 as u8 } } impl Zero for i32 { fn zero() -> i32 { 0 as i32 } } impl Zero for usize { fn zero() -> usize { 0 as usize } }
        "#]],
    );
    check(
        "macro_rules! newtype {
            ($(#[$attr:meta])* $vis:vis struct $name:ident($inner:ty);) => {
                $(#[$attr])* $vis struct $name($inner);
                impl $name { pub fn get(&self) -> &$inner { &self.0 } }
            };
        }",
        "newtype! {
            /// A meter.
            #[derive(Clone, Copy)]
            pub struct Meters(f64);
        }",
        expect![[r##"
            #[doc = r" A meter."] #[derive(Clone, Copy)] pub struct Meters(f64); impl Meters { pub fn get(&self) -> &f64 { &self.0 } }
        "##]],
    );
    check(
        "macro_rules! matches {
            ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
                match $expression { $pattern $(if $guard)? => true, _ => false }
            };
        }",
        "matches!(x.kind(), Kind::A | Kind::B(_) if ready)",
        expect![[r#"
            match x.kind() { Kind::A | Kind::B(_) if ready => true, _ => false }
        "#]],
    );
}

/* ------------------------------------------------------------ hygiene */

#[test]
fn hygiene_marks() {
    // Definition tokens (`let`, `x`, `=`, `;`, the braces) get the expansion's context;
    // the argument tokens keep theirs.
    check_hygiene(
        "macro_rules! m { ($e:ident, $($t:tt)*) => { { let x = $e; $($t)* } } }",
        "m!(y, x + 1)",
        expect![[r#"
            {#1 let#1 x#1 =#1 y ;#1 x + 1 }#1 
        "#]],
    );
    check_hygiene(
        "macro_rules! m { () => { $crate::f } }",
        "m!()",
        expect![[r#"
            $crate#1 ::#1 f#1 
        "#]],
    );
}

/* ------------------------------------------------------------ matching errors */

#[test]
fn error_no_rules_expected() {
    check_error(
        "macro_rules! n { (a $x:ident) => {}; (b) => {} }",
        "n!(c)",
        expect![[r#"
            error: no rules expected `c`
             --> call.rs:1:4
              |
            1 | n!(c)
              |    ^ no rules expected this token in macro call
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! n { (a $x:ident) => {}; (b) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match `a`
             --> def.rs:1:19
              |
            1 | macro_rules! n { (a $x:ident) => {}; (b) => {} }
              |                   ^

        "#]],
    );
    check_error(
        "macro_rules! n { (a $x:ident) => {}; (b) => {} }",
        "n!(a 1)",
        expect![[r#"
            error: no rules expected `1`
             --> call.rs:1:6
              |
            1 | n!(a 1)
              |      ^ no rules expected this token in macro call
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! n { (a $x:ident) => {}; (b) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match meta-variable `$x:ident`
             --> def.rs:1:21
              |
            1 | macro_rules! n { (a $x:ident) => {}; (b) => {} }
              |                     ^^^^^^^^

        "#]],
    );
    // The rule that got furthest is reported; at the end of its matcher, the last location
    // that matched is named.
    check_error(
        "macro_rules! n { (a $x:ident) => {}; (b) => {} }",
        "n!(b c)",
        expect![[r#"
            error: no rules expected `c`
             --> call.rs:1:6
              |
            1 | n!(b c)
              |      ^ no rules expected this token in macro call
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! n { (a $x:ident) => {}; (b) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match `b`
             --> def.rs:1:39
              |
            1 | macro_rules! n { (a $x:ident) => {}; (b) => {} }
              |                                       ^

        "#]],
    );
    check_error(
        "macro_rules! k { ($($a:ident)*) => {}; }",
        "k!(a b 1)",
        expect![[r#"
            error: no rules expected `1`
             --> call.rs:1:8
              |
            1 | k!(a b 1)
              |        ^ no rules expected this token in macro call
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! k { ($($a:ident)*) => {}; }
              | -------------- when calling this macro
              |
              = note: while trying to match sequence end

        "#]],
    );
    check_error(
        "macro_rules! k { ($($a:ident),+) => {}; }",
        "k!(a, b;)",
        expect![[r#"
            error: no rules expected `;`
             --> call.rs:1:8
              |
            1 | k!(a, b;)
              |        ^ no rules expected this token in macro call
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! k { ($($a:ident),+) => {}; }
              | -------------- when calling this macro
              |
              = note: while trying to match `,`

        "#]],
    );
}

#[test]
fn error_unexpected_end() {
    check_error(
        "macro_rules! m { ($x:expr) => {} }",
        "m!()",
        expect![[r#"
            error: unexpected end of macro invocation
             --> call.rs:1:1
              |
            1 | m!()
              | ^^^^ missing tokens in macro arguments
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! m { ($x:expr) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match meta-variable `$x:expr`
             --> def.rs:1:19
              |
            1 | macro_rules! m { ($x:expr) => {} }
              |                   ^^^^^^^

        "#]],
    );
    check_error(
        "macro_rules! m { ($a:expr, $b:expr) => {} }",
        "m!(1,)",
        expect![[r#"
            error: unexpected end of macro invocation
             --> call.rs:1:6
              |
            1 | m!(1,)
              |      ^ missing tokens in macro arguments
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! m { ($a:expr, $b:expr) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match meta-variable `$b:expr`
             --> def.rs:1:28
              |
            1 | macro_rules! m { ($a:expr, $b:expr) => {} }
              |                            ^^^^^^^

        "#]],
    );
}

#[test]
fn error_missing_comma() {
    check_error(
        "macro_rules! m { ($a:expr, $b:expr) => {} }",
        "m!(1 2)",
        expect![[r#"
            error: no rules expected `2`
             --> call.rs:1:6
              |
            1 | m!(1 2)
              |     -^ no rules expected this token in macro call
              |     |
              |     help: missing comma here
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! m { ($a:expr, $b:expr) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match `,`
             --> def.rs:1:26
              |
            1 | macro_rules! m { ($a:expr, $b:expr) => {} }
              |                          ^

        "#]],
    );
}

#[test]
fn error_ambiguity() {
    check_error(
        "macro_rules! amb { ($($a:ident)* $b:ident) => {}; }",
        "amb!(a b)",
        expect![[r#"
            error: local ambiguity when calling macro `amb`: multiple parsing options: built-in NTs ident ('a') or ident ('b').
             --> call.rs:1:6
              |
            1 | amb!(a b)
              |      ^

        "#]],
    );
    check_error(
        "macro_rules! amb { ($($a:ident)* a) => {}; }",
        "amb!(a b)",
        expect![[r#"
            error: local ambiguity when calling macro `amb`: multiple parsing options: built-in NTs ident ('a') or 1 other option.
             --> call.rs:1:6
              |
            1 | amb!(a b)
              |      ^

        "#]],
    );
    check_error(
        "macro_rules! m { ($(mut)? $x:ident) => { $x } }",
        "m!(mut y)",
        expect![[r#"
            error: local ambiguity when calling macro `m`: multiple parsing options: built-in NTs ident ('x') or 1 other option.
             --> call.rs:1:4
              |
            1 | m!(mut y)
              |    ^^^

        "#]],
    );
}

#[test]
fn error_fragment_parse_is_fatal() {
    // The first rule starts parsing an expression and fails: the second is not tried.
    check_error(
        "macro_rules! m { ($e:expr) => {}; ($($t:tt)*) => {} }",
        "m!(1 + struct)",
        expect![[r#"
            error: expected expression, found keyword `struct`
             --> call.rs:1:8
              |
            1 | m!(1 + struct)
              |        ^^^^^^ expected expression
              |
             ::: def.rs:1:19
              |
            1 | macro_rules! m { ($e:expr) => {}; ($($t:tt)*) => {} }
              |                   ------- while parsing argument for this `expr` macro fragment

        "#]],
    );
    check_error(
        "macro_rules! m { ($e:expr) => {} }",
        "m!(1 +)",
        expect![[r#"
            error: expected expression, found end of macro arguments
             --> call.rs:1:7
              |
            1 | m!(1 +)
              |       ^ expected expression
              |
             ::: def.rs:1:19
              |
            1 | macro_rules! m { ($e:expr) => {} }
              |                   ------- while parsing argument for this `expr` macro fragment

        "#]],
    );
    check_error(
        "macro_rules! i { ($i:item) => {} }",
        "i!(let x = 1;)",
        expect![[r#"
            error: expected an item keyword
             --> call.rs:1:4
              |
            1 | i!(let x = 1;)
              |    ^^^
              |
             ::: def.rs:1:19
              |
            1 | macro_rules! i { ($i:item) => {} }
              |                   ------- while parsing argument for this `item` macro fragment

        "#]],
    );
}

#[test]
fn error_doc_comment_in_input() {
    check_error(
        "macro_rules! d { (a) => {} }",
        "d!(/// doc\n a)",
        expect![[r#"
            error: no rules expected `#`
             --> call.rs:1:4
              |
            1 | d!(/// doc
              |    ^^^^^^^
              |    |
              |    no rules expected this token in macro call
              |    outer doc comments expand to `#[doc = "..."]`, which is what this macro attempted to match
              |
             ::: def.rs:1:1
              |
            1 | macro_rules! d { (a) => {} }
              | -------------- when calling this macro
              |
            note: while trying to match `a`
             --> def.rs:1:19
              |
            1 | macro_rules! d { (a) => {} }
              |                   ^

        "#]],
    );
}

/* ------------------------------------------------------------ definition errors */

#[test]
fn error_fragment_specifiers() {
    check_error(
        "macro_rules! a { ($x) => {} }",
        "a!()",
        expect![[r#"
        error: missing fragment specifier
         --> def.rs:1:19
          |
        1 | macro_rules! a { ($x) => {} }
          |                   ^^
          |
          = note: fragment specifiers must be provided
          = help: valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` for edition compatibility
        help: try adding a specifier here
          |
        1 | macro_rules! a { ($x:spec) => {} }
          |                     +++++

    "#]],
    );
    check_error(
        "macro_rules! b { ($x:foo) => {} }",
        "b!()",
        expect![[r#"
        error: invalid fragment specifier `foo`
         --> def.rs:1:19
          |
        1 | macro_rules! b { ($x:foo) => {} }
          |                   ^^^^^^
          |
          = help: valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` for edition compatibility

    "#]],
    );
    check_error(
        "macro_rules! j { ($x:) => {} }",
        "j!()",
        expect![[r#"
        error: missing fragment specifier
         --> def.rs:1:19
          |
        1 | macro_rules! j { ($x:) => {} }
          |                   ^^^
          |
          = note: fragment specifiers must be provided
          = help: valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` for edition compatibility
        help: try adding a specifier here
          |
        1 | macro_rules! j { ($x::spec) => {} }
          |                      +++++

    "#]],
    );
    check_error(
        "macro_rules! a { ($ +) => {} }",
        "a!()",
        expect![[r#"
        error: expected identifier, found `+`
         --> def.rs:1:21
          |
        1 | macro_rules! a { ($ +) => {} }
          |                     ^

        error: missing fragment specifier
         --> def.rs:1:21
          |
        1 | macro_rules! a { ($ +) => {} }
          |                     ^
          |
          = note: fragment specifiers must be provided
          = help: valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` for edition compatibility
        help: try adding a specifier here
          |
        1 | macro_rules! a { ($ +:spec) => {} }
          |                      +++++

    "#]],
    );
}

#[test]
fn error_malformed_rules() {
    check_error(
        "macro_rules! c { ($x:ident) => x }",
        "c!()",
        expect![[r#"
        error: macro rhs must be delimited
         --> def.rs:1:32
          |
        1 | macro_rules! c { ($x:ident) => x }
          |                                ^

    "#]],
    );
    check_error(
        "macro_rules! i { x => {} }",
        "i!()",
        expect![[r#"
        error: invalid macro matcher; matchers must be contained in balanced delimiters
         --> def.rs:1:18
          |
        1 | macro_rules! i { x => {} }
          |                  ^

    "#]],
    );
    check_error(
        "macro_rules! k { () => {} () => {} }",
        "k!()",
        expect![[r#"
        error: expected `;`, found `(`
         --> def.rs:1:27
          |
        1 | macro_rules! k { () => {} () => {} }
          |                           ^ expected `;`

    "#]],
    );
    check_error(
        "macro_rules! k { ($x:ident) }",
        "k!()",
        expect![[r#"
        error: expected `=>`, found end of macro arguments
         --> def.rs:1:28
          |
        1 | macro_rules! k { ($x:ident) }
          |                            ^ expected `=>`

    "#]],
    );
    check_error(
        "macro_rules! l { ($x:ident) => }",
        "l!()",
        expect![[r#"
        error: macro definition ended unexpectedly
         --> def.rs:1:31
          |
        1 | macro_rules! l { ($x:ident) => }
          |                               ^ expected right-hand side of macro rule

    "#]],
    );
    check_error(
        "macro_rules! m { ($x:ident) = }",
        "m!()",
        expect![[r#"
        error: expected `=>`, found `=`
         --> def.rs:1:29
          |
        1 | macro_rules! m { ($x:ident) = }
          |                             ^ expected `=>`

    "#]],
    );
    check_error(
        "macro_rules! l { }",
        "l!()",
        expect![[r#"
        error: macros must contain at least one rule
         --> def.rs:1:1
          |
        1 | macro_rules! l { }
          | ^^^^^^^^^^^^^^^^^^

    "#]],
    );
}

#[test]
fn error_repetition_syntax() {
    check_error(
        "macro_rules! d { ($($x:ident)) => {} }",
        "d!()",
        expect![[r#"
        error: expected one of: `*`, `+`, or `?`
         --> def.rs:1:20
          |
        1 | macro_rules! d { ($($x:ident)) => {} }
          |                    ^^^^^^^^^^

    "#]],
    );
    check_error(
        "macro_rules! e { ($($x:ident),) => {} }",
        "e!()",
        expect![[r#"
        error: expected one of: `*`, `+`, or `?`
         --> def.rs:1:30
          |
        1 | macro_rules! e { ($($x:ident),) => {} }
          |                              ^

    "#]],
    );
    check_error(
        "macro_rules! j { ($($x:ident),?) => {} }",
        "j!()",
        expect![[r#"
        error: the `?` macro repetition operator does not take a separator
         --> def.rs:1:30
          |
        1 | macro_rules! j { ($($x:ident),?) => {} }
          |                              ^

    "#]],
    );
    check_error(
        "macro_rules! g { ($(a)*) => { $[a]* } }",
        "g!()",
        expect![[r#"
        error: expected `(` or `{`, found `[`
         --> def.rs:1:32
          |
        1 | macro_rules! g { ($(a)*) => { $[a]* } }
          |                                ^^^

    "#]],
    );
    check_error(
        "macro_rules! f { ($[a]*) => {} }",
        "f!()",
        expect![[r#"
        error: unexpected token: [
         --> def.rs:1:20
          |
        1 | macro_rules! f { ($[a]*) => {} }
          |                    ^^^

        note: `$$` and meta-variable expressions are not allowed inside macro parameter definitions
         --> def.rs:1:20
          |
        1 | macro_rules! f { ($[a]*) => {} }
          |                    ^^^

    "#]],
    );
    check_error(
        "macro_rules! e { ($$) => {} }",
        "e!()",
        expect![[r#"
        error: unexpected token: $
         --> def.rs:1:20
          |
        1 | macro_rules! e { ($$) => {} }
          |                    ^

        note: `$$` and meta-variable expressions are not allowed inside macro parameter definitions
         --> def.rs:1:20
          |
        1 | macro_rules! e { ($$) => {} }
          |                    ^

    "#]],
    );
    check_error(
        "macro_rules! e { ($()*) => {} }",
        "e!()",
        expect![[r#"
        error: repetition matches empty token tree
         --> def.rs:1:20
          |
        1 | macro_rules! e { ($()*) => {} }
          |                    ^^

    "#]],
    );
    check_error(
        "macro_rules! e { ($($v:vis)?) => {} }",
        "e!()",
        expect![[r#"
        error: repetition matches empty token tree
         --> def.rs:1:20
          |
        1 | macro_rules! e { ($($v:vis)?) => {} }
          |                    ^^^^^^^^
          |
          = note: a `vis` fragment can already be empty
        help: remove the `$(` and `)?`
          |
        1 - macro_rules! e { ($($v:vis)?) => {} }
        1 + macro_rules! e { ($v:vis) => {} }
          |

    "#]],
    );
}

#[test]
fn error_metavariable_expressions() {
    check_error(
        "macro_rules! h { ($x:ident) => { $$ } }",
        "h!(a)",
        expect![[r#"
        error[E0658]: meta-variable expressions are unstable
         --> def.rs:1:35
          |
        1 | macro_rules! h { ($x:ident) => { $$ } }
          |                                   ^
          |
          = note: see issue #83527 <https://github.com/rust-lang/rust/issues/83527> for more information

    "#]],
    );
    check_error(
        "macro_rules! g { ($($x:ident)*) => { ${count($x)} } }",
        "g!(a)",
        expect![[r#"
            error[E0658]: meta-variable expressions are unstable
             --> def.rs:1:39
              |
            1 | macro_rules! g { ($($x:ident)*) => { ${count($x)} } }
              |                                       ^^^^^^^^^^^
              |
              = note: see issue #83527 <https://github.com/rust-lang/rust/issues/83527> for more information

        "#]],
    );
}

#[test]
fn error_duplicate_binding() {
    check_error(
        "macro_rules! h { ($x:ident $($x:ident)*) => {} }",
        "h!()",
        expect![[r#"
            error: duplicate matcher binding
             --> def.rs:1:30
              |
            1 | macro_rules! h { ($x:ident $($x:ident)*) => {} }
              |                   --------   ^^^^^^^^ duplicate binding
              |                   |
              |                   previous binding

        "#]],
    );
}

#[test]
fn error_follow_sets() {
    check_error(
        "macro_rules! f { ($e:expr $f:expr) => {} }",
        "f!()",
        expect![[r#"
        error: `$e:expr` is followed by `$f:expr`, which is not allowed for `expr` fragments
         --> def.rs:1:27
          |
        1 | macro_rules! f { ($e:expr $f:expr) => {} }
          |                           ^^^^^^^ not allowed after `expr` fragments
          |
          = note: allowed there are: `=>`, `,` or `;`

    "#]],
    );
    check_error(
        "macro_rules! g { ($t:ty + ) => {} }",
        "g!()",
        expect![[r#"
        error: `$t:ty` is followed by `+`, which is not allowed for `ty` fragments
         --> def.rs:1:25
          |
        1 | macro_rules! g { ($t:ty + ) => {} }
          |                         ^ not allowed after `ty` fragments
          |
          = note: allowed there are: `{`, `[`, `=>`, `,`, `>`, `=`, `:`, `;`, `|`, `as` or `where`

    "#]],
    );
    check_error(
        "macro_rules! m { ($p:pat | ) => {} }",
        "m!()",
        expect![[r#"
        error: `$p:pat` is followed by `|`, which is not allowed for `pat` fragments
         --> def.rs:1:26
          |
        1 | macro_rules! m { ($p:pat | ) => {} }
          |                   ------ ^ not allowed after `pat` fragments
          |                   |
          |                   help: try a `pat_param` fragment specifier instead: `$p:pat_param`
          |
          = note: allowed there are: `=>`, `,`, `=`, `if`, `if let` or `in`

    "#]],
    );
    check_error(
        "macro_rules! m { ($v:vis $e:expr) => {} }",
        "m!()",
        expect![[r#"
        error: `$v:vis` is followed by `$e:expr`, which is not allowed for `vis` fragments
         --> def.rs:1:26
          |
        1 | macro_rules! m { ($v:vis $e:expr) => {} }
          |                          ^^^^^^^ not allowed after `vis` fragments
          |
          = note: allowed there are: `,`, an ident or a type

    "#]],
    );
    check_error(
        "macro_rules! m { ($($e:expr),* ; $($f:ty)+ $g:ident) => {} }",
        "m!()",
        expect![[r#"
            error: `$f:ty` is followed by `$g:ident`, which is not allowed for `ty` fragments
             --> def.rs:1:44
              |
            1 | macro_rules! m { ($($e:expr),* ; $($f:ty)+ $g:ident) => {} }
              |                                            ^^^^^^^^ not allowed after `ty` fragments
              |
              = note: allowed there are: `{`, `[`, `=>`, `,`, `>`, `=`, `:`, `;`, `|`, `as` or `where`

        "#]],
    );
    // The last fragment of a repetition is checked against the separator and what follows.
    check_error(
        "macro_rules! m { ($($p:path)|* + ) => {} }",
        "m!()",
        expect![[r#"
        error: `$p:path` may be followed by `+`, which is not allowed for `path` fragments
         --> def.rs:1:32
          |
        1 | macro_rules! m { ($($p:path)|* + ) => {} }
          |                                ^ not allowed after `path` fragments
          |
          = note: allowed there are: `{`, `[`, `=>`, `,`, `>`, `=`, `:`, `;`, `|`, `as` or `where`

    "#]],
    );
    check_error(
        "macro_rules! m { ($($s:stmt)? x) => {} }",
        "m!()",
        expect![[r#"
        error: `$s:stmt` is followed by `x`, which is not allowed for `stmt` fragments
         --> def.rs:1:31
          |
        1 | macro_rules! m { ($($s:stmt)? x) => {} }
          |                               ^ not allowed after `stmt` fragments
          |
          = note: allowed there are: `=>`, `,` or `;`

    "#]],
    );
}

#[test]
fn follow_sets_allowed() {
    // Allowed: the separator and the follow set; a block after a type; anything after `tt`,
    // `ident`, `block`...; a repetition of expressions without separator (rustc allows it).
    check(
        "macro_rules! m {
            ($($e:expr),* ; $t:ty => $p:path $b:block $($q:pat_param)|+ if $($x:expr)*) => { ok };
            ($i:ident $l:literal $tt:tt $v:vis $w:ident $m:meta x) => { ok };
        }",
        "m!(; u8 => a {} _ if)",
        expect![[r#"
            ok
        "#]],
    );
}

/* ------------------------------------------------------------ transcription errors */

#[test]
fn error_transcription_depth() {
    check_error(
        "macro_rules! a { ($($x:ident)*) => { $x } }",
        "a!(p q)",
        expect![[r#"
            error: variable `x` is still repeating at this depth
             --> def.rs:1:38
              |
            1 | macro_rules! a { ($($x:ident)*) => { $x } }
              |                                      ^^

        "#]],
    );
    check_error(
        "macro_rules! b { ($x:ident) => { $($x)* } }",
        "b!(p)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:35
              |
            1 | macro_rules! b { ($x:ident) => { $($x)* } }
              |                    -              ^^-^
              |                    |                |
              |                    |                argument not found
              |                    this similarly named macro metavariable is unrepeatable

        "#]],
    );
    check_error(
        "macro_rules! mn { (begin $($arg:ident),* end) => { [$($typo),*] } }",
        "mn!(begin x end)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:54
              |
            1 | macro_rules! mn { (begin $($arg:ident),* end) => { [$($typo),*] } }
              |                                                      ^^----^
              |                                                        |
              |                                                        expected a repeatable metavariable: `$arg`

        "#]],
    );
    check_error(
        "macro_rules! mnr { (begin $arg:ident end) => { [$($ard),*] } }",
        "mnr!(begin x end)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:50
              |
            1 | macro_rules! mnr { (begin $arg:ident end) => { [$($ard),*] } }
              |                            ---                   ^^---^
              |                            |                       |
              |                            |                       argument not found
              |                            this similarly named macro metavariable is unrepeatable

        "#]],
    );
    check_error(
        "macro_rules! err { (begin $arg:ident end) => { [$($typo),*] } }",
        "err!(begin x end)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:50
              |
            1 | macro_rules! err { (begin $arg:ident end) => { [$($typo),*] } }
              |                                                  ^^----^
              |                                                    |
              |                                                    this macro metavariable is not repeatable and there are no other repeatable metavariables

        "#]],
    );
    check_error(
        "macro_rules! rep { (begin $($arg:ident),* ; $($bar:ident),* ; end) => { [$($typo),*] } }",
        "rep!(begin x ; ; end)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:75
              |
            1 | macro_rules! rep { (begin $($arg:ident),* ; $($bar:ident),* ; end) => { [$($typo),*] } }
              |                                                                           ^^----^
              |                                                                             |
              |                                                                             expected a repeatable metavariable: `$arg` and `$bar`

        "#]],
    );
    check_error(
        "macro_rules! sug { (begin $($arg:ident),* end) => { [$($ard),*] } }",
        "sug!(begin x end)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:55
              |
            1 | macro_rules! sug { (begin $($arg:ident),* end) => { [$($ard),*] } }
              |                                                       ^^^^^^
              |
            help: there's a macro metavariable with a similar name
              |
            1 - macro_rules! sug { (begin $($arg:ident),* end) => { [$($ard),*] } }
            1 + macro_rules! sug { (begin $($arg:ident),* end) => { [$($arg),*] } }
              |

        "#]],
    );
    check_error(
        "macro_rules! c { ($($x:ident)*) => { $(a)* } }",
        "c!(p)",
        expect![[r#"
            error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth
             --> def.rs:1:39
              |
            1 | macro_rules! c { ($($x:ident)*) => { $(a)* } }
              |                                       ^^^

        "#]],
    );
    check_error(
        "macro_rules! d { ($($x:ident)*; $($y:ident)*) => { $(($x $y))* } }",
        "d!(p q; r)",
        expect![[r#"
            error: meta-variable `x` repeats 2 times, but `y` repeats 1 time
             --> def.rs:1:53
              |
            1 | macro_rules! d { ($($x:ident)*; $($y:ident)*) => { $(($x $y))* } }
              |                                                     ^^^^^^^^^

        "#]],
    );
    check_error(
        "macro_rules! e { ($($x:ident)*) => { $($x)+ } }",
        "e!()",
        expect![[r#"
            error: this must repeat at least once
             --> def.rs:1:39
              |
            1 | macro_rules! e { ($($x:ident)*) => { $($x)+ } }
              |                                       ^^^^

        "#]],
    );
    // A rule that is never used reports nothing.
    check(
        "macro_rules! f { (a) => { ok }; ($($x:ident)*) => { $x } }",
        "f!(a)",
        expect![[r#"
            ok
        "#]],
    );
}

/* ------------------------------------------------------------ robustness */

#[test]
fn tt_muncher_500_steps() {
    // Reverses 500 tokens one per step: each step matches and transcribes the rest again.
    let def = "macro_rules! rev {
        ([$($done:tt)*]) => { $($done)* };
        ([$($done:tt)*] $first:tt $($rest:tt)*) => { rev!([$first $($done)*] $($rest)*) };
    }";
    let args: Vec<String> = (0..500).map(|i| i.to_string()).collect();
    let call = format!("rev!([] {})", args.join(" "));
    let start = std::time::Instant::now();
    let (out, steps) = expand_chain(&[def], &call);
    assert_eq!(steps, 501);
    assert!(out.starts_with("499 498 497"), "{out}");
    assert!(out.ends_with("2 1 0"), "{out}");
    // Generous: the point is that it is not quadratic per step.
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

#[test]
fn deep_input_does_not_overflow() {
    let depth = 100_000;
    let nested = format!("{}{}", "(".repeat(depth), ")".repeat(depth));
    // Matched as one token tree and pasted back.
    let e = expand(
        "macro_rules! m { ($t:tt) => { $t } }",
        &format!("m!({nested})"),
    );
    assert!(e.tokens.is_some(), "{}", e.diags.borrow());
    // Matched token by token against a literal matcher: fails without recursing.
    let e = expand("macro_rules! m { ((())) => {} }", &format!("m!({nested})"));
    assert!(e.tokens.is_none());
    assert!(
        e.diags.borrow().contains("no rules expected"),
        "{}",
        e.diags.borrow()
    );
}

#[test]
fn deep_fragment_hits_the_parser_limit() {
    // Parsed as an expression: the parser's nesting limit reports it. The parser needs the
    // 8 MiB of a main thread for that (see smelt_parse's robustness tests).
    let handle = std::thread::Builder::new().stack_size(8 << 20).spawn(|| {
        let depth = 100_000;
        let nested = format!("{}{}", "(".repeat(depth), ")".repeat(depth));
        let e = expand(
            "macro_rules! m { ($e:expr) => { $e } }",
            &format!("m!({nested})"),
        );
        assert!(e.tokens.is_none());
        let diags = e.diags.borrow().clone();
        diags
    });
    let diags = handle.map(|h| h.join());
    match diags {
        Ok(Ok(diags)) => assert!(diags.contains("nested too deeply"), "{diags}"),
        _ => panic!("the deep fragment test failed"),
    }
}

#[test]
fn deep_definition_does_not_overflow() {
    let depth = 100_000;
    let nested = format!("{}{}", "(".repeat(depth), ")".repeat(depth));
    // Deeply nested matcher and transcriber.
    let def = format!("macro_rules! m {{ ({nested}) => {{ {nested} }} }}");
    let e = expand(&def, &format!("m!({nested})"));
    assert!(e.tokens.is_some(), "{}", e.diags.borrow());
    // Deeply nested repetitions are refused cleanly.
    let seqs = format!("{}a{}", "$(".repeat(1000), ")*".repeat(1000));
    let def = format!("macro_rules! m {{ ({seqs}) => {{}} }}");
    let e = expand(&def, "m!()");
    assert!(e.tokens.is_none());
    assert!(
        e.diags.borrow().contains("not supported by smelt"),
        "{}",
        e.diags.borrow()
    );
}

/// A small deterministic generator of token soup.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }

    /// Balanced token soup of about `len` pieces from `pieces`.
    fn soup(&mut self, pieces: &[&str], len: usize) -> String {
        let mut out = String::new();
        let mut open: Vec<char> = Vec::new();
        for _ in 0..len {
            match self.next(10) {
                0 if open.len() < 6 => {
                    let (o, c) = [('(', ')'), ('[', ']'), ('{', '}')][self.next(3)];
                    out.push(o);
                    open.push(c);
                }
                1 => {
                    if let Some(c) = open.pop() {
                        out.push(c);
                    }
                }
                _ => out.push_str(pieces[self.next(pieces.len())]),
            }
            out.push(' ');
        }
        while let Some(c) = open.pop() {
            out.push(c);
        }
        out
    }
}

#[test]
fn fuzz_definitions_and_invocations() {
    let def_pieces = [
        "$",
        "x",
        "y",
        ":",
        "expr",
        "ident",
        "tt",
        "ty",
        "pat",
        "vis",
        "path",
        "block",
        "stmt",
        "literal",
        "lifetime",
        "meta",
        "item",
        "*",
        "+",
        "?",
        ",",
        ";",
        "=>",
        "a",
        "1",
        "$x",
        "$y",
        "$crate",
        "$x:expr",
        "$y:tt",
        "$($x:ident),*",
        "$($y:tt)*",
        "|",
        "if",
    ];
    let call_pieces = [
        "a",
        "b",
        "1",
        "2",
        ",",
        ";",
        "=>",
        "+",
        "|",
        "if",
        "fn",
        "'a",
        "_",
        "pub",
        "struct",
        "S",
        "::",
        "<",
        ">",
        "let",
        "=",
        "\"s\"",
        "#",
        "!",
        "/// doc\n",
    ];
    let mut rng = Lcg(0x5eed);
    let mut compiled = 0;
    let mut expanded = 0;
    for _ in 0..300 {
        let rules = 1 + rng.next(3);
        let mut body = String::new();
        for _ in 0..rules {
            let lhs = rng.soup(&def_pieces, 6);
            let rhs = rng.soup(&def_pieces, 6);
            body.push_str(&format!("({lhs}) => {{ {rhs} }};\n"));
        }
        let valid = [
            "($($t:tt)*) => { $($t)* };",
            "($e:expr) => { [$e] }; ($($t:tt)*) => { $($t)* };",
            "($($x:ident),* $(,)?) => { $($x)* };",
            "($p:pat => $e:expr) => { match x { $p => $e } };",
            "($v:vis struct $n:ident) => { $v struct $n; }; (# $($t:tt)*) => {};",
            "(a $($b:tt)+) => { $($b)+ }; ($l:lifetime $($i:item)*) => { $($i)* };",
            "($($a:ident $($b:literal)|*);*) => { $($($b)*)* };",
        ];
        let def = if rng.next(2) == 0 {
            format!("macro_rules! m {{ {} }}", valid[rng.next(valid.len())])
        } else {
            format!("macro_rules! m {{ {body} }}")
        };
        for _ in 0..3 {
            let call = format!("m!({})", rng.soup(&call_pieces, 5));
            let e = expand(&def, &call);
            if !e.diags.borrow().contains("macro_rules! m") || e.tokens.is_some() {
                compiled += 1;
            }
            if e.tokens.is_some() {
                expanded += 1;
            }
        }
    }
    // The soup must exercise both paths.
    assert!(compiled > 0 && expanded > 0, "{compiled} {expanded}");
}

//! Built-in macros: the ones the library declares with `#[rustc_builtin_macro]` (the
//! compiler implements them) and the built-in derives.

pub mod derive;
pub mod format;
pub mod quote;

use std::path::{Path, PathBuf};
use std::rc::Rc;

use smelt_ast::token::{self, Lit, LitKind, TokenKind};
use smelt_ast::tokenstream::{Spacing, TokenStream, TokenTree};
use smelt_ast::{self as ast, P};
use smelt_parse::Parser;
use smelt_span::{Edition, ExpnId, Span, SyntaxContext, Transparency};

use crate::base::SyntaxExtension;
use crate::expand::Expander;

pub use derive::BuiltinDerive;

macro_rules! builtin_macros {
    ($($variant:ident = $name:literal,)*) => {
        /// A compiler-implemented bang macro.
        #[derive(Copy, Clone, PartialEq, Eq, Debug)]
        pub enum BuiltinMacro {
            $($variant,)*
        }

        impl BuiltinMacro {
            pub fn from_name(name: &str) -> Option<BuiltinMacro> {
                match name {
                    $($name => Some(BuiltinMacro::$variant),)*
                    _ => None,
                }
            }

            pub fn name(self) -> &'static str {
                match self {
                    $(BuiltinMacro::$variant => $name,)*
                }
            }
        }
    };
}

builtin_macros! {
    FormatArgs = "format_args",
    FormatArgsNl = "format_args_nl",
    ConstFormatArgs = "const_format_args",
    Panic = "panic",
    Unreachable = "unreachable",
    Assert = "assert",
    Concat = "concat",
    Stringify = "stringify",
    Line = "line",
    Column = "column",
    File = "file",
    ModulePath = "module_path",
    Include = "include",
    IncludeStr = "include_str",
    IncludeBytes = "include_bytes",
    Env = "env",
    OptionEnv = "option_env",
    CompileError = "compile_error",
    Cfg = "cfg",
    ConcatIdents = "concat_idents",
    TraceMacros = "trace_macros",
    LogSyntax = "log_syntax",
    Asm = "asm",
    GlobalAsm = "global_asm",
}

/// What a built-in macro produced.
pub enum BuiltinOutput {
    /// Tokens, parsed in the invocation's position.
    Tokens(TokenStream),
    /// An expression built directly (`format_args!`).
    Expr(P<ast::Expr>),
}

/// Spans for the code a built-in writes: `call` resolves as at the call site, `def` (for
/// `$crate`) in the defining crate.
#[derive(Copy, Clone)]
pub struct Spans {
    pub call: Span,
    pub def: Span,
}

impl Spans {
    pub fn new(ex: &Expander<'_, '_>, span: Span, expn: ExpnId) -> Spans {
        let h = &ex.sess.hygiene;
        let call = span.with_ctxt(h.apply_mark(span.ctxt, expn, Transparency::Transparent));
        let def = span.with_ctxt(h.apply_mark(SyntaxContext::ROOT, expn, Transparency::Opaque));
        Spans { call, def }
    }
}

pub fn expand_builtin(
    ex: &mut Expander<'_, '_>,
    b: BuiltinMacro,
    mac: &ast::MacCall,
    span: Span,
    expn: ExpnId,
    ext: &Rc<SyntaxExtension>,
) -> Option<BuiltinOutput> {
    let sess = ex.sess;
    let spans = Spans::new(ex, span, expn);
    let tokens = &mac.args.tokens;
    let cache = ex.quote_cache.clone();
    let q = quote::Quoter::new(sess, spans, &cache);
    let _ = ext;
    match b {
        BuiltinMacro::FormatArgs | BuiltinMacro::ConstFormatArgs => ex
            .expand_format_args(tokens, spans.call, false)
            .map(BuiltinOutput::Expr),
        BuiltinMacro::FormatArgsNl => ex
            .expand_format_args(tokens, spans.call, true)
            .map(BuiltinOutput::Expr),
        BuiltinMacro::Panic | BuiltinMacro::Unreachable => {
            // Which library macro implements it depends on the caller's edition.
            let edition_2021 = use_panic_2021(ex, span);
            let name = match (b, edition_2021) {
                (BuiltinMacro::Panic, true) => "panic_2021",
                (BuiltinMacro::Panic, false) => "panic_2015",
                (_, true) => "unreachable_2021",
                (_, false) => "unreachable_2015",
            };
            Some(BuiltinOutput::Tokens(q.quote(
                &format!("$crate::panic::{name}!($0)"),
                std::slice::from_ref(tokens),
            )))
        }
        BuiltinMacro::Assert => expand_assert(ex, &q, tokens, span),
        BuiltinMacro::Stringify => {
            let s = smelt_ast::pretty::stringify_tts(tokens, &sess.interner);
            Some(BuiltinOutput::Tokens(q.str_lit(&s)))
        }
        BuiltinMacro::Line | BuiltinMacro::Column => {
            no_args(ex, b, tokens, span)?;
            let top = sess.hygiene.source_callsite(span);
            let (line, col) = sess
                .source_map
                .lookup_char_pos(top.lo)
                .map_or((1, 0), |l| (l.line, l.col));
            let v = if b == BuiltinMacro::Line {
                line
            } else {
                col + 1
            };
            Some(BuiltinOutput::Tokens(q.int_lit(v as u128, Some("u32"))))
        }
        BuiltinMacro::File => {
            no_args(ex, b, tokens, span)?;
            let top = sess.hygiene.source_callsite(span);
            let name = sess
                .source_map
                .lookup_file(top.lo)
                .map_or_else(String::new, |f| f.name.clone());
            Some(BuiltinOutput::Tokens(q.str_lit(&name)))
        }
        BuiltinMacro::ModulePath => {
            no_args(ex, b, tokens, span)?;
            let mut parts = vec![sess.str(ex.cfg.crate_name).to_string()];
            parts.extend(ex.module.path.iter().map(|s| sess.str(*s).to_string()));
            Some(BuiltinOutput::Tokens(q.str_lit(&parts.join("::"))))
        }
        BuiltinMacro::Concat => {
            let exprs = parse_exprs(ex, tokens, span, true)?;
            let mut out = String::new();
            let mut ok = true;
            for e in &exprs {
                match concat_piece(sess, e) {
                    Ok(s) => out.push_str(&s),
                    Err(msg) => {
                        ok = false;
                        let mut d = sess.dcx.struct_err(e.span, msg);
                        if !matches!(e.kind, ast::ExprKind::Lit(_)) {
                            d = d.note("only literals (like `\"foo\"`, `-42` and `3.14`) can be passed to `concat!()`");
                        }
                        d.emit();
                    }
                }
            }
            if !ok {
                return None;
            }
            Some(BuiltinOutput::Tokens(q.str_lit(&out)))
        }
        BuiltinMacro::Include | BuiltinMacro::IncludeStr | BuiltinMacro::IncludeBytes => {
            let (path_str, lit_span) = single_str_arg(ex, b, tokens, span)?;
            let path = resolve_include_path(ex, span, &path_str);
            let loader = ex.cfg.loader;
            match b {
                BuiltinMacro::IncludeBytes => match std::fs::read(&path) {
                    Ok(bytes) => Some(BuiltinOutput::Tokens(q.byte_str_lit(&bytes))),
                    Err(e) => {
                        sess.dcx
                            .struct_err(
                                lit_span,
                                format!("couldn't read `{}`: {e}", path.display()),
                            )
                            .emit();
                        None
                    }
                },
                _ => {
                    let text = match loader.read_to_string(&path) {
                        Ok(t) => t,
                        Err(e) => {
                            sess.dcx
                                .struct_err(
                                    lit_span,
                                    format!("couldn't read `{}`: {e}", path.display()),
                                )
                                .emit();
                            return None;
                        }
                    };
                    if b == BuiltinMacro::IncludeStr {
                        return Some(BuiltinOutput::Tokens(q.str_lit(&text)));
                    }
                    let file = if ex.cfg.is_library {
                        sess.source_map
                            .new_external_source_file(path.display().to_string(), text)
                    } else {
                        sess.source_map
                            .new_source_file(path.display().to_string(), text)
                    };
                    Some(BuiltinOutput::Tokens(smelt_parse::lex_file(sess, &file)))
                }
            }
        }
        BuiltinMacro::Env | BuiltinMacro::OptionEnv => {
            let exprs = parse_exprs(ex, tokens, span, true)?;
            let Some(first) = exprs.first() else {
                sess.dcx
                    .struct_err(span, format!("{}! takes 1 or 2 arguments", b.name()))
                    .emit();
                return None;
            };
            let Some(var) = str_lit_value(ex, first) else {
                sess.dcx
                    .struct_err(first.span, "expected string literal")
                    .emit();
                return None;
            };
            let value = std::env::var(&var).ok();
            if b == BuiltinMacro::OptionEnv {
                return Some(BuiltinOutput::Tokens(match value {
                    Some(v) => q.quote("$crate::option::Option::Some($0)", &[q.str_lit(&v)]),
                    None => q.quote("$crate::option::Option::None::<&'static str>", &[]),
                }));
            }
            match value {
                Some(v) => Some(BuiltinOutput::Tokens(q.str_lit(&v))),
                None => {
                    let msg = match exprs.get(1).and_then(|e| str_lit_value(ex, e)) {
                        Some(m) => m,
                        None => format!("environment variable `{var}` not defined at compile time"),
                    };
                    sess.dcx
                        .struct_err(span, msg)
                        .help(format!(
                            "use `std::env::var(\"{var}\")` to read the variable at run time"
                        ))
                        .emit();
                    None
                }
            }
        }
        BuiltinMacro::CompileError => {
            let (msg, _) = single_str_arg(ex, b, tokens, span)?;
            sess.dcx.struct_err(span, msg).emit();
            None
        }
        BuiltinMacro::Cfg => {
            let item = ast::AttrItem {
                path: ast::Path::from_ident(smelt_span::Ident::new(smelt_span::sym::cfg, span)),
                args: ast::AttrArgs::Delimited((*mac.args).clone()),
            };
            let meta = smelt_parse::parse_meta(sess, &item).ok()?;
            let value = match &meta.kind {
                ast::MetaKind::List(list) if list.len() == 1 => match &list[0] {
                    ast::NestedMeta::Meta(m) => ex.strip.eval_meta(m),
                    ast::NestedMeta::Lit(l) => {
                        sess.dcx
                            .struct_err(l.span, "unsupported literal")
                            .code("E0565")
                            .emit();
                        return None;
                    }
                },
                _ => {
                    sess.dcx.struct_err(span, "expected 1 cfg-pattern").emit();
                    return None;
                }
            };
            Some(BuiltinOutput::Tokens(
                q.quote(if value { "true" } else { "false" }, &[]),
            ))
        }
        BuiltinMacro::ConcatIdents | BuiltinMacro::TraceMacros | BuiltinMacro::LogSyntax => {
            let what = match b {
                BuiltinMacro::ConcatIdents => "`concat_idents` is not stable enough for use and is subject to change",
                BuiltinMacro::TraceMacros => "use of unstable library feature `trace_macros`: `trace_macros` is not stable enough for use and is subject to change",
                _ => "use of unstable library feature `log_syntax`: `log_syntax!` is not stable enough for use and is subject to change",
            };
            sess.dcx
                .struct_err(mac.path.span, what)
                .code("E0658")
                .emit();
            None
        }
        BuiltinMacro::Asm | BuiltinMacro::GlobalAsm => {
            sess.dcx
                .struct_err(
                    span,
                    format!("`{}!` is not supported by smelt yet", b.name()),
                )
                .emit();
            None
        }
    }
}

/// rustc's `use_panic_2021`: the edition of the first caller up the expansion stack that is
/// not library code allowed internal features (`assert!` and friends defer to their caller).
fn use_panic_2021(ex: &Expander<'_, '_>, mut span: Span) -> bool {
    let h = &ex.sess.hygiene;
    for _ in 0..10_000 {
        if span.ctxt.is_root() {
            return ex.cfg.edition >= Edition::E2021;
        }
        let data = h.expn_data(h.outer_expn(span.ctxt));
        if data.allow_internal_unstable {
            span = data.call_site;
            continue;
        }
        return match data.def_crate {
            Some(k) if k == ex.cfg.crate_num => ex.cfg.edition >= Edition::E2021,
            _ => true,
        };
    }
    true
}

fn no_args(ex: &Expander<'_, '_>, b: BuiltinMacro, tokens: &TokenStream, span: Span) -> Option<()> {
    if tokens.is_empty() {
        return Some(());
    }
    ex.sess
        .dcx
        .struct_err(span, format!("`{}!` takes no arguments", b.name()))
        .emit();
    None
}

/// Comma-separated expressions (a trailing comma allowed); macros in them are expanded when
/// `expand` (as `concat!` and `env!` do).
fn parse_exprs(
    ex: &mut Expander<'_, '_>,
    tokens: &TokenStream,
    span: Span,
    expand: bool,
) -> Option<Vec<P<ast::Expr>>> {
    let mut p = Parser::new(ex.sess, tokens.clone(), ex.edition_at(span));
    p.set_root_edition(ex.cfg.edition);
    p.set_eof_span(span);
    let mut out = Vec::new();
    while !p.is_at_eof() {
        match p.parse_expr() {
            Ok(e) => out.push(e),
            Err(d) => {
                d.emit();
                return None;
            }
        }
        if p.is_at_eof() {
            break;
        }
        if p.token.kind != TokenKind::Comma {
            let found = p.describe_token(&p.token.clone());
            ex.sess
                .dcx
                .struct_err(p.token.span, format!("expected `,`, found {found}"))
                .span_label(p.token.span, "expected `,`")
                .emit();
            return None;
        }
        p.bump();
    }
    if expand {
        for e in &mut out {
            smelt_ast::mut_visit::MutVisitor::visit_expr(ex, e);
        }
    }
    Some(out)
}

fn str_lit_value(ex: &Expander<'_, '_>, e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ast::ExprKind::Lit(ast::Lit {
            kind: ast::LitKind::Str(s, _),
            ..
        }) => Some(ex.sess.str(*s).to_string()),
        _ => None,
    }
}

/// The one string literal argument of `include!`-like macros, and its span.
fn single_str_arg(
    ex: &mut Expander<'_, '_>,
    b: BuiltinMacro,
    tokens: &TokenStream,
    span: Span,
) -> Option<(String, Span)> {
    let exprs = parse_exprs(ex, tokens, span, true)?;
    match exprs.as_slice() {
        [e] => match str_lit_value(ex, e) {
            Some(s) => Some((s, e.span)),
            None => {
                ex.sess
                    .dcx
                    .struct_err(e.span, "argument must be a string literal")
                    .emit();
                None
            }
        },
        _ => {
            ex.sess
                .dcx
                .struct_err(span, format!("`{}!` takes 1 argument", b.name()))
                .emit();
            None
        }
    }
}

/// A path in `include!` is relative to the directory of the file the call is in.
fn resolve_include_path(ex: &Expander<'_, '_>, span: Span, path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.is_absolute() {
        return p.to_path_buf();
    }
    let top = ex.sess.hygiene.source_callsite(span);
    let dir = ex
        .sess
        .source_map
        .lookup_file(top.lo)
        .and_then(|f| Path::new(&f.name).parent().map(Path::to_path_buf))
        .unwrap_or_else(|| ex.module.dir.clone());
    dir.join(p)
}

/// The text one `concat!` argument contributes.
fn concat_piece(sess: &smelt_session::Session, e: &ast::Expr) -> Result<String, String> {
    match &e.kind {
        ast::ExprKind::Lit(l) => match &l.kind {
            ast::LitKind::Str(..)
            | ast::LitKind::Char(_)
            | ast::LitKind::Int(..)
            | ast::LitKind::Float(..)
            | ast::LitKind::Bool(_) => Ok(lit_text(sess, l)),
            ast::LitKind::ByteStr(..) | ast::LitKind::Byte(_) | ast::LitKind::CStr(..) => {
                Err("cannot concatenate a byte string literal".to_string())
            }
            ast::LitKind::Err => Err("expected a literal".to_string()),
        },
        ast::ExprKind::Unary(ast::UnOp::Neg, inner) => match &inner.kind {
            ast::ExprKind::Lit(l)
                if matches!(l.kind, ast::LitKind::Int(..) | ast::LitKind::Float(..)) =>
            {
                Ok(format!("-{}", lit_text(sess, l)))
            }
            _ => Err("expected a literal".to_string()),
        },
        _ => Err("expected a literal".to_string()),
    }
}

fn lit_text(sess: &smelt_session::Session, l: &ast::Lit) -> String {
    match &l.kind {
        ast::LitKind::Str(s, _) => sess.str(*s).to_string(),
        ast::LitKind::Char(c) => c.to_string(),
        ast::LitKind::Int(v, _) => v.to_string(),
        ast::LitKind::Float(s, _) => sess.str(*s).to_string(),
        ast::LitKind::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// `assert!(cond)` / `assert!(cond, fmt, args..)`.
fn expand_assert(
    ex: &mut Expander<'_, '_>,
    q: &quote::Quoter<'_>,
    tokens: &TokenStream,
    span: Span,
) -> Option<BuiltinOutput> {
    let sess = ex.sess;
    // Split at the first top-level comma.
    let trees: Vec<TokenTree> = tokens.trees().cloned().collect();
    let comma = trees
        .iter()
        .position(|t| matches!(t, TokenTree::Token(tok, _) if tok.kind == TokenKind::Comma));
    let (cond, rest) = match comma {
        Some(i) => (
            TokenStream::new(trees[..i].to_vec()),
            Some(TokenStream::new(trees[i + 1..].to_vec())),
        ),
        None => (TokenStream::new(trees), None),
    };
    if cond.is_empty() {
        sess.dcx
            .struct_err(span, "macro requires a boolean expression as an argument")
            .span_label(span, "boolean expression required")
            .emit();
        return None;
    }
    // The condition must parse as one expression.
    let mut p = Parser::new(sess, cond.clone(), ex.edition_at(span));
    p.set_root_edition(ex.cfg.edition);
    p.set_eof_span(span);
    let cond_expr = match p.parse_expr() {
        Ok(e) => e,
        Err(d) => {
            d.emit();
            return None;
        }
    };
    if !p.is_at_eof() {
        let found = p.describe_token(&p.token.clone());
        sess.dcx
            .struct_err(p.token.span, format!("expected `,`, found {found}"))
            .emit();
        return None;
    }
    match rest.filter(|r| !r.is_empty()) {
        Some(msg) => Some(BuiltinOutput::Tokens(q.quote(
            "if !$0 { $crate::panic!($1) }",
            &[paren(cond, q.spans.call), msg],
        ))),
        None => {
            let text = smelt_ast::pretty::expr_to_string(&cond_expr, &sess.interner);
            let msg = q.str_lit(&format!("assertion failed: {text}"));
            Some(BuiltinOutput::Tokens(q.quote(
                "if !$0 { $crate::panicking::panic($1) }",
                &[paren(cond, q.spans.call), msg],
            )))
        }
    }
}

/// `(tokens)`
fn paren(tokens: TokenStream, span: Span) -> TokenStream {
    TokenStream::new(vec![TokenTree::Delimited(
        smelt_ast::DelimSpan::from_single(span),
        token::Delimiter::Parenthesis,
        tokens,
    )])
}

/// A literal token.
pub fn lit_token(
    kind: LitKind,
    symbol: smelt_span::Symbol,
    suffix: Option<smelt_span::Symbol>,
    span: Span,
) -> TokenTree {
    TokenTree::Token(
        token::Token::new(
            TokenKind::Literal(Lit {
                kind,
                symbol,
                suffix,
            }),
            span,
        ),
        Spacing::Alone,
    )
}

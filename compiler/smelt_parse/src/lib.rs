//! The parser: source text to tokens (`lexer`), tokens to AST (`parser`).
//!
//! Architecture invariant: parsing never fails. Every entry point returns a tree (a crate, an
//! expression, ...) and reports what was wrong to the session's diagnostics; a node whose error
//! was reported is an `Err` node. No input makes the parser panic, loop forever or overflow the
//! native stack: nesting deeper than `parser::MAX_NESTING` is one clean error, and long chains
//! of binary operators are parsed by loops.
//!
//! Entry points: `lex_file` and `dump_tokens` (tokens), `parse_crate` and `parse_file_items`
//! (files), `Parser` (token streams: macro arguments and expansions, fragments), `parse_meta`
//! (attribute arguments as meta items) and `parse_cfg_spec` (`--cfg` on the command line).
//!
//! The lexer knows nothing of the AST; the parser knows nothing of files (it parses token
//! streams, which is also how macro expansion reuses it).

mod lexer;
pub mod parser;

#[cfg(test)]
mod tests;

use smelt_ast::token::{Lit, TokenKind};
use smelt_ast::tokenstream::{Spacing, TokenCursor, TokenStream};
use smelt_ast::{self as ast, Attribute, Crate, P};
use smelt_errors::ErrorGuaranteed;
use smelt_session::Session;
use smelt_span::{Edition, SourceFile, Span, Symbol};

pub use parser::{nonterminal_may_begin_with, NonterminalKind, PResult, Parser};

/// Lexes `file` into a token stream. Lexer errors and unbalanced delimiters are reported to
/// `sess.dcx`; the stream then holds what could be lexed. Keywords are those of the session's
/// edition (`sess.opts.edition`), which only matters for reserved prefixes such as `k"..."`.
pub fn lex_file(sess: &Session, file: &SourceFile) -> TokenStream {
    let mut lexed = lexer::lex_token_trees(sess, file, sess.opts.edition);
    lexed.emit_deferred();
    lexed.stream
}

/// Parses a whole crate root file. Always returns a crate; errors go to `sess.dcx`. When the
/// file cannot be lexed (an unterminated literal, unbalanced delimiters) the crate is empty,
/// as rustc stops before parsing in that case.
pub fn parse_crate(sess: &Session, file: &SourceFile, edition: Edition) -> Crate {
    let (attrs, items, span) = parse_file_items(sess, file, edition);
    Crate {
        attrs,
        items,
        span,
        id: ast::NodeId::CRATE,
    }
}

/// Parses a module file (the crate root or a file loaded for `mod x;`): its inner attributes,
/// its items, and the span of the whole file.
pub fn parse_file_items(
    sess: &Session,
    file: &SourceFile,
    edition: Edition,
) -> (Vec<Attribute>, Vec<P<ast::Item>>, Span) {
    let span = Span::new(file.start_pos, file.end_pos());
    let mut lexed = lexer::lex_token_trees(sess, file, edition);
    if lexed.blocked.is_some() {
        lexed.emit_deferred();
        return (Vec::new(), Vec::new(), span);
    }
    let mut parser = Parser::new(sess, lexed.stream.clone(), edition);
    parser.set_eof_span(span.shrink_to_hi());
    let attrs = parser.parse_inner_attributes_recovering();
    let items = parser.parse_items_to_eof();
    // rustc reports these lexer errors after parsing; keep its order.
    lexed.emit_deferred();
    (attrs, items, span)
}

/// The tokens of `file` as text, for `--emit=tokens`. One line per token:
///
/// ```text
/// 1:1 Ident "fn"
/// 1:4 Ident "main"
/// 1:8 OpenDelim(Parenthesis) "("
/// 2:5 Literal(Str) "\"hi\"" suffix "x"
/// 2:9 BinOp(Plus) "+" joint
/// ```
///
/// `line:col` are one-based (the column counts characters) and locate the token's first byte.
/// The kind is the cooked token kind (`Ident`, `RawIdent`, `Lifetime`, `Literal(kind)`,
/// `DocComment(Line, Outer)`, `OpenDelim(Brace)`, operator names such as `PathSep` or
/// `BinOpEq(Shl)`), and the text is the token as written, in Rust string-literal escaping.
/// Literals with a suffix add ` suffix "s"`; punctuation directly followed by more
/// punctuation adds ` joint`. Errors are reported to `sess.dcx` as by `lex_file`.
pub fn dump_tokens(sess: &Session, file: &SourceFile) -> String {
    let stream = lex_file(sess, file);
    let mut cursor = TokenCursor::new(stream);
    let mut out = String::new();
    // Columns are counted incrementally: tokens come in source order, and counting from the
    // line start each time would be quadratic on a long line.
    let mut last = (usize::MAX, 0usize, 0usize); // (line index, byte offset, column)
    loop {
        let (token, spacing) = cursor.next(smelt_span::Span::DUMMY);
        if token.kind == TokenKind::Eof {
            break;
        }
        let (line, col) = if file.contains(token.span.lo) {
            let line = file.line_index(token.span.lo);
            let offset = file.relative(token.span.lo).min(file.src.len());
            let (from, base) = if line == last.0 && offset >= last.1 {
                (last.1, last.2)
            } else {
                (file.line_range(line).start.min(offset), 0)
            };
            let col = base + file.src.get(from..offset).map_or(0, |s| s.chars().count());
            last = (line, offset, col);
            (line + 1, col + 1)
        } else {
            (0, 0)
        };
        let text = sess
            .source_map
            .span_to_snippet(token.span)
            .unwrap_or_default();
        let kind = token_kind_name(&token.kind);
        out.push_str(&format!("{line}:{col} {kind} {text:?}"));
        if let TokenKind::Literal(Lit {
            suffix: Some(suffix),
            ..
        }) = token.kind
        {
            out.push_str(&format!(" suffix {:?}", sess.str(suffix)));
        }
        if spacing == Spacing::Joint {
            out.push_str(" joint");
        }
        out.push('\n');
    }
    out
}

fn token_kind_name(kind: &TokenKind) -> String {
    match kind {
        TokenKind::Ident(_, true) => "RawIdent".to_string(),
        TokenKind::Ident(_, false) => "Ident".to_string(),
        TokenKind::Lifetime(_) => "Lifetime".to_string(),
        TokenKind::Literal(lit) => format!("Literal({:?})", lit.kind),
        TokenKind::DocComment(kind, style, _) => format!("DocComment({kind:?}, {style:?})"),
        TokenKind::Interpolated(_) => "Interpolated".to_string(),
        other => format!("{other:?}"),
    }
}

/// Turns an attribute's path and arguments into a meta item (`cfg(all(unix, feature = "x"))`),
/// as `#[cfg]`, `#[derive]` and lint attributes need. Reports malformed input and returns the
/// proof.
pub fn parse_meta(sess: &Session, attr: &ast::AttrItem) -> Result<ast::Meta, ErrorGuaranteed> {
    parser::attr::parse_meta(sess, attr)
}

/// Parses a command-line `--cfg` spec: `name` or `name="value"`. Returns `None` when the
/// spec has any other shape; the caller reports it.
pub fn parse_cfg_spec(sess: &Session, spec: &str) -> Option<(Symbol, Option<Symbol>)> {
    use smelt_lexer::{LiteralKind, TokenKind as R};
    let mut tokens = smelt_lexer::tokenize(spec)
        .scan(0usize, |pos, tok| {
            let start = *pos;
            *pos += tok.len as usize;
            Some((tok, start, *pos))
        })
        .filter(|(tok, ..)| tok.kind != R::Whitespace);
    let (name_tok, start, end) = tokens.next()?;
    let name = match name_tok.kind {
        R::Ident => spec.get(start..end)?,
        R::RawIdent => spec.get(start + 2..end)?,
        _ => return None,
    };
    let name = sess.intern(name);
    match tokens.next() {
        None => Some((name, None)),
        Some((eq, ..)) if eq.kind == R::Eq => {
            let (value, start, end) = tokens.next()?;
            let text = spec.get(start..end)?;
            let content = match value.kind {
                R::Literal {
                    kind: LiteralKind::Str { terminated: true },
                    suffix_start,
                } if suffix_start as usize == text.len() => text.get(1..text.len() - 1)?,
                _ => return None,
            };
            if tokens.next().is_some() {
                return None;
            }
            let mut value = String::new();
            let mut ok = true;
            smelt_lexer::unescape::unescape_str(
                content,
                smelt_lexer::unescape::Mode::Str,
                &mut |_, res| match res {
                    Ok(c) => value.push(c),
                    Err(e) if e.is_fatal() => ok = false,
                    Err(_) => {}
                },
            );
            ok.then(|| (name, Some(sess.intern(&value))))
        }
        Some(_) => None,
    }
}

/// Parses the items of a trait or impl body from `parser` to its end (a macro's expansion in
/// that position). Errors are reported; what parsed is returned.
pub fn parse_assoc_items_to_eof(parser: &mut Parser<'_>, in_trait: bool) -> Vec<P<ast::AssocItem>> {
    let ctxt = if in_trait {
        parser::item::ItemCtxt::Trait
    } else {
        parser::item::ItemCtxt::Impl
    };
    let mut items = Vec::new();
    while !parser.is_at_eof() {
        match parser.parse_assoc_item(ctxt) {
            Ok(Some(Some(item))) => items.push(item),
            Ok(Some(None)) => {}
            Ok(None) => {
                let e = parser.unexpected_error();
                e.emit();
                break;
            }
            Err(e) => {
                e.emit();
                break;
            }
        }
    }
    items
}

/// Parses the items of an `extern` block from `parser` to its end.
pub fn parse_foreign_items_to_eof(parser: &mut Parser<'_>) -> Vec<P<ast::ForeignItem>> {
    let mut items = Vec::new();
    while !parser.is_at_eof() {
        match parser.parse_foreign_item() {
            Ok(Some(Some(item))) => items.push(item),
            Ok(Some(None)) => {}
            Ok(None) => {
                let e = parser.unexpected_error();
                e.emit();
                break;
            }
            Err(e) => {
                e.emit();
                break;
            }
        }
    }
    items
}

/// Splits `#[cfg_attr(predicate, attr1, attr2, ...)]` into its predicate and attributes
/// (each with its span). Reports malformed input and returns `None`.
pub fn parse_cfg_attr(
    sess: &Session,
    item: &ast::AttrItem,
    span: Span,
    edition: Edition,
) -> Option<(ast::Meta, Vec<(ast::AttrItem, Span)>)> {
    let ast::AttrArgs::Delimited(args) = &item.args else {
        sess.dcx
            .struct_err(span, "malformed `cfg_attr` attribute input")
            .span_suggestion(
                span,
                "missing condition and attribute",
                "#[cfg_attr(condition, attribute, other_attribute, ...)]",
            )
            .note("for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg_attr-attribute>")
            .emit();
        return None;
    };
    if args.tokens.is_empty() {
        sess.dcx
            .struct_err(span, "malformed `cfg_attr` attribute input")
            .span_suggestion(
                span,
                "missing condition and attribute",
                "#[cfg_attr(condition, attribute, other_attribute, ...)]",
            )
            .note("for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg_attr-attribute>")
            .emit();
        return None;
    }
    let mut p = Parser::new(sess, args.tokens.clone(), edition);
    p.set_eof_span(args.dspan.close);
    let result = (|| {
        let pred = p.parse_meta_item()?;
        p.expect(&TokenKind::Comma)?;
        let mut attrs = Vec::new();
        while !p.is_at_eof() {
            let lo = p.token.span;
            let item = p.parse_attr_item()?;
            attrs.push((item, lo.to(p.prev_token.span)));
            if !p.eat(&TokenKind::Comma) {
                break;
            }
        }
        if !p.is_at_eof() {
            return Err(Box::new(p.unexpected_error()));
        }
        Ok((pred, attrs))
    })();
    match result {
        Ok(r) => Some(r),
        Err(e) => {
            e.emit();
            None
        }
    }
}

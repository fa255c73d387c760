//! Attributes (`#[path args]`, `#![inner]`, doc comments) and meta items, the structured form
//! of an attribute's arguments that `#[cfg]`, `#[derive]` and lint attributes use.

use smelt_ast::token::{Delimiter, Nonterminal, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_ast::{self as ast, AttrStyle};
use smelt_errors::ErrorGuaranteed;
use smelt_session::Session;
use smelt_span::{kw, Span};

use super::{PResult, Parser, PathStyle};

impl<'a> Parser<'a> {
    // OuterAttrs = ("#" "[" AttrItem "]" | OuterDocComment)*
    /// Parses outer attributes and doc comments. An inner attribute here is reported and
    /// kept as an outer one.
    pub(crate) fn parse_outer_attributes(&mut self) -> PResult<'a, Vec<ast::Attribute>> {
        let mut attrs = Vec::new();
        loop {
            match self.token.kind {
                TokenKind::Pound => {
                    let inner = self.look_ahead(1, |t| t.kind == TokenKind::Not);
                    if inner
                        && !self
                            .look_ahead(2, |t| t.kind == TokenKind::OpenDelim(Delimiter::Bracket))
                    {
                        break;
                    }
                    let mut attr = self.parse_attribute()?;
                    if attr.style == AttrStyle::Inner {
                        self.sess
                            .dcx
                            .struct_err(attr.span, "an inner attribute is not permitted in this context")
                            .span_label(attr.span, "not permitted in this context")
                            .note("inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually found at the beginning of source files")
                            .note("outer attributes, like `#[test]`, annotate the item following them")
                            .emit();
                        attr.style = AttrStyle::Outer;
                    }
                    attrs.push(attr);
                }
                TokenKind::DocComment(kind, style, sym) => {
                    let span = self.token.span;
                    if style == AttrStyle::Inner {
                        self.sess
                            .dcx
                            .struct_err(span, "expected outer doc comment")
                            .code("E0753")
                            .note("inner doc comments like this (starting with `//!` or `/*!`) can only appear before items")
                            .emit();
                    }
                    self.bump();
                    attrs.push(ast::Attribute {
                        kind: ast::AttrKind::DocComment(kind, sym),
                        id: self.next_id(),
                        style: AttrStyle::Outer,
                        span,
                    });
                }
                _ => break,
            }
        }
        Ok(attrs)
    }

    // InnerAttrs = ("#" "!" "[" AttrItem "]" | InnerDocComment)*
    /// Parses inner attributes (at the start of a file, module, block or item body).
    pub(crate) fn parse_inner_attributes(&mut self) -> PResult<'a, Vec<ast::Attribute>> {
        let mut attrs = Vec::new();
        while let Some(attr) = self.parse_inner_attribute()? {
            attrs.push(attr);
        }
        Ok(attrs)
    }

    /// One inner attribute, or `None` if there is none here.
    fn parse_inner_attribute(&mut self) -> PResult<'a, Option<ast::Attribute>> {
        match self.token.kind {
            TokenKind::Pound
                if self.look_ahead(1, |t| t.kind == TokenKind::Not)
                    && self
                        .look_ahead(2, |t| t.kind == TokenKind::OpenDelim(Delimiter::Bracket)) =>
            {
                Ok(Some(self.parse_attribute()?))
            }
            TokenKind::DocComment(kind, AttrStyle::Inner, sym) => {
                let span = self.token.span;
                self.bump();
                Ok(Some(ast::Attribute {
                    kind: ast::AttrKind::DocComment(kind, sym),
                    id: self.next_id(),
                    style: AttrStyle::Inner,
                    span,
                }))
            }
            _ => Ok(None),
        }
    }

    /// Inner attributes, reporting a malformed one and skipping past it.
    pub(crate) fn parse_inner_attributes_recovering(&mut self) -> Vec<ast::Attribute> {
        let mut attrs = Vec::new();
        loop {
            let depth = self.token_depth();
            let start = self.num_bumps;
            match self.parse_inner_attribute() {
                Ok(Some(attr)) => attrs.push(attr),
                Ok(None) => return attrs,
                Err(e) => {
                    e.emit();
                    self.skip_out_of_groups(depth, start);
                }
            }
        }
    }

    /// After an error in a construct that started at group depth `depth`: leaves the groups
    /// entered since, eating the closing delimiter of the outermost one (an attribute's `]`).
    /// Always moves unless at the end of the enclosing group or of the input.
    pub(crate) fn skip_out_of_groups(&mut self, depth: usize, start: usize) {
        while self.token.kind != TokenKind::Eof && self.token_depth() > depth {
            self.bump();
        }
        // A closing delimiter at `depth` closes a group opened at `depth`, so it is ours.
        let closes_ours =
            matches!(self.token.kind, TokenKind::CloseDelim(_)) && self.token_depth() == depth;
        let stuck = self.num_bumps == start
            && !matches!(self.token.kind, TokenKind::CloseDelim(_) | TokenKind::Eof);
        if closes_ours || stuck {
            self.bump();
        }
    }

    // Attr = "#" "!"? "[" AttrItem "]"
    fn parse_attribute(&mut self) -> PResult<'a, ast::Attribute> {
        let lo = self.token.span;
        self.expect(&TokenKind::Pound)?;
        let style = if self.eat(&TokenKind::Not) {
            AttrStyle::Inner
        } else {
            AttrStyle::Outer
        };
        self.expect(&TokenKind::OpenDelim(Delimiter::Bracket))?;
        let item = self.parse_attr_item()?;
        self.expect(&TokenKind::CloseDelim(Delimiter::Bracket))?;
        Ok(ast::Attribute {
            kind: ast::AttrKind::Normal(item),
            id: self.next_id(),
            style,
            span: lo.to(self.prev_token.span),
        })
    }

    // AttrItem = "unsafe" "(" AttrItem ")" | SimplePath ("=" Expr | DelimArgs)?
    /// The contents of `#[...]`.
    pub(crate) fn parse_attr_item(&mut self) -> PResult<'a, ast::AttrItem> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Meta(meta) = &*nt {
                let item = meta_to_attr_item(self, meta);
                self.bump();
                return Ok(item);
            }
        }
        if self.token.is_keyword(kw::Unsafe)
            && self.look_ahead(1, |t| {
                t.kind == TokenKind::OpenDelim(Delimiter::Parenthesis)
            })
        {
            self.bump();
            self.bump();
            let item = self.parse_attr_item()?;
            self.expect(&TokenKind::CloseDelim(Delimiter::Parenthesis))?;
            return Ok(item);
        }
        let path = self.parse_path(PathStyle::Mod)?;
        let args = if matches!(self.token.kind, TokenKind::OpenDelim(_)) {
            let args = self.parse_delim_args()?;
            ast::AttrArgs::Delimited((*args).clone())
        } else if self.eat(&TokenKind::Eq) {
            let eq_span = self.prev_token.span;
            ast::AttrArgs::Eq(eq_span, self.parse_expr()?)
        } else {
            ast::AttrArgs::Empty
        };
        Ok(ast::AttrItem { path, args })
    }

    // MetaSeq = (MetaItemInner ("," MetaItemInner)* ","?)?
    fn parse_meta_seq(&mut self, close: &TokenKind) -> PResult<'a, Vec<ast::NestedMeta>> {
        let mut items = Vec::new();
        while self.token.kind != *close && !self.is_at_eof() {
            items.push(self.parse_meta_item_inner()?);
            if !self.eat(&TokenKind::Comma) {
                break;
            }
        }
        Ok(items)
    }

    // MetaItemInner = UnsuffixedLit | MetaItem
    fn parse_meta_item_inner(&mut self) -> PResult<'a, ast::NestedMeta> {
        if let Some(lit) = self.token_lit() {
            let span = self.token.span;
            self.bump();
            let lit = self.lit_from_token(lit, span);
            self.check_unsuffixed(&lit);
            return Ok(ast::NestedMeta::Lit(lit));
        }
        if self.is_path_start(&self.token)
            || self.is_path_segment_keyword(&self.token)
            || self.token.ident().is_some()
        {
            return Ok(ast::NestedMeta::Meta(self.parse_meta_item()?));
        }
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Meta(meta) = &*nt {
                let meta = (**meta).clone();
                self.bump();
                return Ok(ast::NestedMeta::Meta(meta));
            }
        }
        let found = self.token_descr(&self.token);
        let span = self.token.span;
        Err(Box::new(self.sess.dcx.struct_err(
            span,
            format!("expected unsuffixed literal, found {found}"),
        )))
    }

    // MetaItem = SimplePath ("=" UnsuffixedLit | "(" MetaSeq ")")?
    /// A meta item (`name`, `name = "v"`, `name(a, b)`); the `meta` fragment.
    pub(crate) fn parse_meta_item(&mut self) -> PResult<'a, ast::Meta> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Meta(meta) = &*nt {
                let meta = (**meta).clone();
                self.bump();
                return Ok(meta);
            }
        }
        let lo = self.token.span;
        let path = if let Some((ident, false)) = self
            .token
            .ident()
            .filter(|(i, _)| self.is_reserved(i.name) && !i.name.is_path_segment_keyword())
        {
            // Keywords are allowed as meta item names (`#[cfg(r#const)]` aside, rare).
            self.bump();
            self.single_segment_path(ident)
        } else {
            self.parse_path(PathStyle::Mod)?
        };
        let kind = if self.eat(&TokenKind::Eq) {
            match self.token_lit() {
                Some(lit) => {
                    let span = self.token.span;
                    self.bump();
                    let lit = self.lit_from_token(lit, span);
                    self.check_unsuffixed(&lit);
                    ast::MetaKind::NameValue(lit)
                }
                None => {
                    let span = self.token.span;
                    let found = match self.token.ident() {
                        Some(_) => "expression".to_string(),
                        None => self.token_descr(&self.token),
                    };
                    let mut diag = self
                        .sess
                        .dcx
                        .struct_err(span, format!("expected a literal (`1u8`, `1.0f32`, `\"string\"`, etc.) here, found {found}"))
                        .span_label(span, "expressions are not allowed here");
                    if self.token.ident().is_some() {
                        let text = self.token_str(&self.token.clone());
                        diag = diag.span_suggestion(
                            span,
                            "surround the identifier with quotation marks to make it into a string literal",
                            format!("\"{text}\""),
                        );
                    }
                    return Err(Box::new(diag));
                }
            }
        } else if self.token.kind == TokenKind::OpenDelim(Delimiter::Parenthesis) {
            self.enter_nesting("meta item")?;
            self.bump();
            let close = TokenKind::CloseDelim(Delimiter::Parenthesis);
            let res = self.parse_meta_seq(&close);
            self.exit_nesting();
            let items = res?;
            self.expect(&close)?;
            ast::MetaKind::List(items)
        } else {
            ast::MetaKind::Word
        };
        Ok(ast::Meta {
            path,
            kind,
            span: lo.to(self.prev_token.span),
        })
    }

    fn check_unsuffixed(&self, lit: &ast::Lit) {
        if lit.token.suffix.is_some() && !matches!(lit.kind, ast::LitKind::Err) {
            self.sess
                .dcx
                .struct_err(lit.span, "suffixed literals are not allowed in attributes")
                .help("instead of using a suffixed literal (`1u8`, `1.0f32`, etc.), use an unsuffixed version (`1`, `1.0`, etc.)")
                .emit();
        }
    }
}

/// See `crate::parse_meta`.
pub(crate) fn parse_meta(
    sess: &Session,
    item: &ast::AttrItem,
) -> Result<ast::Meta, ErrorGuaranteed> {
    let path = item.path.clone();
    match &item.args {
        ast::AttrArgs::Empty => Ok(ast::Meta {
            span: path.span,
            path,
            kind: ast::MetaKind::Word,
        }),
        ast::AttrArgs::Eq(_, expr) => match &expr.kind {
            ast::ExprKind::Lit(lit) => {
                if lit.token.suffix.is_some() && !matches!(lit.kind, ast::LitKind::Err) {
                    return Err(sess
                        .dcx
                        .struct_err(lit.span, "suffixed literals are not allowed in attributes")
                        .help("instead of using a suffixed literal (`1u8`, `1.0f32`, etc.), use an unsuffixed version (`1`, `1.0`, etc.)")
                        .emit());
                }
                let span = path.span.to(expr.span);
                Ok(ast::Meta {
                    path,
                    kind: ast::MetaKind::NameValue(lit.clone()),
                    span,
                })
            }
            _ => Err(sess
                .dcx
                .struct_err(expr.span, "attribute value must be a literal")
                .emit()),
        },
        ast::AttrArgs::Delimited(args) => {
            let span = path.span.to(args.dspan.entire());
            if args.delim != Delimiter::Parenthesis {
                return Err(sess
                    .dcx
                    .struct_err(args.dspan.entire(), "wrong meta list delimiters")
                    .help("the delimiters should be `(` and `)`")
                    .emit());
            }
            let mut p = Parser::new(sess, args.tokens.clone(), sess.opts.edition);
            p.set_eof_span(args.dspan.close);
            let items = match p.parse_meta_seq(&TokenKind::Eof) {
                Ok(items) => items,
                Err(e) => return Err(e.emit()),
            };
            if !p.is_at_eof() {
                p.check(&TokenKind::Comma);
                return Err(p.unexpected_error().emit());
            }
            Ok(ast::Meta {
                path,
                kind: ast::MetaKind::List(items),
                span,
            })
        }
    }
}

/// `#[$m]` with `$m:meta`: the parsed meta item as an attribute item again.
fn meta_to_attr_item(p: &Parser<'_>, meta: &ast::Meta) -> ast::AttrItem {
    let args = match &meta.kind {
        ast::MetaKind::Word => ast::AttrArgs::Empty,
        ast::MetaKind::NameValue(lit) => {
            let e = p.mk_expr(lit.span, ast::ExprKind::Lit(lit.clone()));
            ast::AttrArgs::Eq(meta.path.span.between(lit.span), e)
        }
        ast::MetaKind::List(items) => {
            let open = meta.path.span.shrink_to_hi();
            let close = meta.span.shrink_to_hi();
            let tokens = nested_to_tokens(items);
            ast::AttrArgs::Delimited(ast::DelimArgs {
                dspan: DelimSpan { open, close },
                delim: Delimiter::Parenthesis,
                tokens,
            })
        }
    };
    ast::AttrItem {
        path: meta.path.clone(),
        args,
    }
}

fn nested_to_tokens(items: &[ast::NestedMeta]) -> TokenStream {
    let mut trees = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            let span = trees
                .last()
                .map_or(Span::DUMMY, |t: &TokenTree| t.span().shrink_to_hi());
            trees.push(TokenTree::token_alone(TokenKind::Comma, span));
        }
        match item {
            ast::NestedMeta::Lit(lit) => trees.push(TokenTree::token_alone(
                TokenKind::Literal(lit.token),
                lit.span,
            )),
            ast::NestedMeta::Meta(meta) => meta_to_tokens(meta, &mut trees),
        }
    }
    TokenStream::new(trees)
}

fn meta_to_tokens(meta: &ast::Meta, trees: &mut Vec<TokenTree>) {
    for (i, seg) in meta.path.segments.iter().enumerate() {
        if seg.ident.name == kw::PathRoot {
            trees.push(TokenTree::Token(
                Token::new(TokenKind::PathSep, seg.ident.span),
                Spacing::Alone,
            ));
            continue;
        }
        if i > 0
            && meta
                .path
                .segments
                .get(i - 1)
                .is_some_and(|s| s.ident.name != kw::PathRoot)
        {
            trees.push(TokenTree::token_alone(
                TokenKind::PathSep,
                seg.ident.span.shrink_to_lo(),
            ));
        }
        trees.push(TokenTree::token_alone(
            TokenKind::Ident(seg.ident.name, false),
            seg.ident.span,
        ));
    }
    match &meta.kind {
        ast::MetaKind::Word => {}
        ast::MetaKind::NameValue(lit) => {
            trees.push(TokenTree::token_alone(
                TokenKind::Eq,
                lit.span.shrink_to_lo(),
            ));
            trees.push(TokenTree::token_alone(
                TokenKind::Literal(lit.token),
                lit.span,
            ));
        }
        ast::MetaKind::List(items) => {
            let dspan = DelimSpan {
                open: meta.path.span.shrink_to_hi(),
                close: meta.span.shrink_to_hi(),
            };
            trees.push(TokenTree::Delimited(
                dspan,
                Delimiter::Parenthesis,
                nested_to_tokens(items),
            ));
        }
    }
}

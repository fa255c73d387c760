//! Patterns: bindings (`ref mut x @ p`), `_`, literals and ranges, tuples, slices, structs,
//! tuple structs, paths, references, `box`, or-patterns, macro calls.

use smelt_ast::token::{BinOpToken, Delimiter, Nonterminal, Token, TokenKind};
use smelt_ast::{self as ast, P};
use smelt_span::{kw, Edition, Span};

use super::{PResult, Parser, PathStyle};

impl<'a> Parser<'a> {
    // Pat = "|"? PatNoTopAlt ("|" PatNoTopAlt)*
    /// Parses a pattern where alternatives are allowed at the top (`match` arms, `let`,
    /// `for`, the `pat` fragment), with an optional leading `|`.
    pub fn parse_pat(&mut self) -> PResult<'a, P<ast::Pat>> {
        self.parse_pat_allow_top_alt(true)
    }

    // TopPat = "|"? PatNoTopAlt ("|" PatNoTopAlt)*    (`leading_vert`: the first `|` is allowed)
    pub(crate) fn parse_pat_allow_top_alt(
        &mut self,
        leading_vert: bool,
    ) -> PResult<'a, P<ast::Pat>> {
        if leading_vert && self.token.kind == TokenKind::OrOr {
            self.report_oror_in_pattern();
            self.bump();
        } else if leading_vert {
            self.eat(&TokenKind::BinOp(BinOpToken::Or));
        }
        let lo = self.token.span;
        let first = self.parse_pat_no_top_alt()?;
        if !self.is_pat_alt_sep() {
            return Ok(first);
        }
        let mut alts = vec![first];
        while self.is_pat_alt_sep() {
            if self.token.kind == TokenKind::OrOr {
                self.report_oror_in_pattern();
            }
            self.bump();
            alts.push(self.parse_pat_no_top_alt()?);
        }
        Ok(self.mk_pat(lo.to(self.prev_token.span), ast::PatKind::Or(alts)))
    }

    fn is_pat_alt_sep(&mut self) -> bool {
        self.check(&TokenKind::BinOp(BinOpToken::Or)) || self.token.kind == TokenKind::OrOr
    }

    fn report_oror_in_pattern(&self) {
        let span = self.token.span;
        self.sess
            .dcx
            .struct_err(span, "unexpected token `||` in pattern")
            .span_suggestion(
                span,
                "use a single `|` to separate multiple alternative patterns",
                "|",
            )
            .emit();
    }

    /// A pattern without top-level alternatives (function and closure parameters, the
    /// `pat_param` fragment); alternatives in parentheses are fine.
    pub(crate) fn parse_pat_no_top_alt(&mut self) -> PResult<'a, P<ast::Pat>> {
        self.enter_nesting("pattern")?;
        let res = self.parse_pat_inner();
        self.exit_nesting();
        res
    }

    // PatNoTopAlt = "_" | "&" "mut"? PatNoRange | "(" Pats ")" | "[" Pats "]" | ".." | "..=" PatRangeEnd
    //             | LitMaybeMinus (RangeEnd PatRangeEnd?)? | "box" PatNoTopAlt
    //             | "ref"? "mut"? Ident ("@" PatNoTopAlt)?
    //             | QPath (RangeEnd PatRangeEnd? | "{" PatFields "}" | "(" Pats ")" | "!" DelimArgs)?
    fn parse_pat_inner(&mut self) -> PResult<'a, P<ast::Pat>> {
        let lo = self.token.span;
        if let Some(nt) = self.interpolated() {
            match &*nt {
                Nonterminal::Pat(pat) => {
                    let pat = pat.clone();
                    self.bump();
                    return Ok(pat);
                }
                Nonterminal::Literal(e) | Nonterminal::Expr(e) => {
                    let e = e.clone();
                    self.bump();
                    return self.parse_pat_maybe_range(lo, e);
                }
                Nonterminal::Path(path) => {
                    let path = (**path).clone();
                    self.bump();
                    return self.parse_pat_after_path(lo, None, path);
                }
                _ => {}
            }
        }
        let kind = match self.token.kind {
            TokenKind::BinOp(BinOpToken::And) | TokenKind::AndAnd => {
                self.eat_and();
                let mutbl = self.parse_mutability();
                let sub = self.parse_pat_no_top_alt()?;
                ast::PatKind::Ref(sub, mutbl)
            }
            TokenKind::OpenDelim(Delimiter::Parenthesis) => {
                let (mut pats, trailing_comma) = self.parse_pat_list(Delimiter::Parenthesis)?;
                if pats.len() == 1 && !trailing_comma && !matches!(pats[0].kind, ast::PatKind::Rest)
                {
                    match pats.pop() {
                        Some(p) => ast::PatKind::Paren(p),
                        None => ast::PatKind::Tuple(Vec::new()),
                    }
                } else {
                    ast::PatKind::Tuple(pats)
                }
            }
            TokenKind::OpenDelim(Delimiter::Bracket) => {
                ast::PatKind::Slice(self.parse_pat_list(Delimiter::Bracket)?.0)
            }
            TokenKind::DotDot if !self.look_ahead(1, |t| self.is_pat_range_end_start(t)) => {
                self.bump();
                ast::PatKind::Rest
            }
            TokenKind::DotDot | TokenKind::DotDotEq | TokenKind::DotDotDot => {
                let end = self.parse_range_end().unwrap_or(ast::RangeEnd::Excluded);
                if end == (ast::RangeEnd::Included { legacy: true }) {
                    self.sess
                        .dcx
                        .struct_err(
                            self.prev_token.span,
                            "range-to patterns with `...` are not allowed",
                        )
                        .span_suggestion(self.prev_token.span, "use `..=` instead", "..=")
                        .emit();
                }
                let hi = self.parse_pat_range_end()?;
                ast::PatKind::Range(None, Some(hi), end)
            }
            TokenKind::Literal(_) | TokenKind::BinOp(BinOpToken::Minus) => {
                let e = self.parse_literal_maybe_minus()?;
                return self.parse_pat_maybe_range(lo, e);
            }
            _ => return self.parse_pat_ident_or_path(lo),
        };
        Ok(self.mk_pat(lo.to(self.prev_token.span), kind))
    }

    // IdentOrPathPat = "_" | Lit | "box" PatNoTopAlt | BindingPat | QPath PathPatRest
    fn parse_pat_ident_or_path(&mut self, lo: Span) -> PResult<'a, P<ast::Pat>> {
        let token = self.token.clone();
        if token.is_keyword(kw::Underscore) {
            self.bump();
            return Ok(self.mk_pat(lo, ast::PatKind::Wild));
        }
        if token.is_bool_lit() {
            let e = self.parse_literal_maybe_minus()?;
            return self.parse_pat_maybe_range(lo, e);
        }
        if self.is_keyword(&token, kw::Box) && self.look_ahead(1, |t| self.can_begin_pattern(t)) {
            self.bump();
            let sub = self.parse_pat_no_top_alt()?;
            return Ok(self.mk_pat(lo.to(self.prev_token.span), ast::PatKind::Box(sub)));
        }
        if self.is_keyword(&token, kw::Ref) || self.is_keyword(&token, kw::Mut) {
            let by_ref = if self.eat_keyword(kw::Ref) {
                ast::ByRef::Yes(self.parse_mutability())
            } else {
                ast::ByRef::No
            };
            let mutbl = if by_ref == ast::ByRef::No {
                self.expect_keyword(kw::Mut)?;
                if self.ident_of(&self.token).is_none()
                    && !self.token.is_keyword(kw::Ref)
                    && self.can_begin_pattern(&self.token)
                {
                    // `mut (a, b)`: `mut` applies to bindings only; recover as `(mut a, mut b)`.
                    let mut_span = self.prev_token.span;
                    let mut sub = self.parse_pat_no_top_alt()?;
                    make_bindings_mut(&mut sub);
                    let fixed = smelt_ast::pretty::pat_to_string(&sub, &self.sess.interner);
                    let span = mut_span.to(sub.span);
                    self.sess
                        .dcx
                        .struct_err(span, "`mut` must be attached to each individual binding")
                        .span_suggestion(span, "add `mut` to each binding", fixed)
                        .emit();
                    return Ok(sub);
                }
                ast::Mutability::Mut
            } else {
                ast::Mutability::Not
            };
            return self.parse_pat_ident(lo, ast::BindingMode(by_ref, mutbl));
        }
        if self.can_be_ident_pat() {
            return self.parse_pat_ident(lo, ast::BindingMode::NONE);
        }
        if self.is_path_start(&token) {
            let (qself, path) = self.parse_maybe_qpath(PathStyle::Pat)?;
            return self.parse_pat_after_path(lo, qself, path);
        }
        if let Some((ident, false)) = token.ident() {
            if self.is_reserved(ident.name)
                && self.keyword_may_be_ident(ident.name)
                && ident.name != kw::In
            {
                // `let fn = 1`: reported as a keyword used as an identifier.
                return self.parse_pat_ident(lo, ast::BindingMode::NONE);
            }
        }
        if let Some(label) = token.lifetime() {
            let span = label.span;
            return Err(Box::new(
                self.sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "unexpected lifetime `{}` in pattern",
                            self.sess.str(label.name)
                        ),
                    )
                    .span_label(span, "expected pattern"),
            ));
        }
        let found = self.token_descr(&self.token);
        let span = self.token.span;
        Err(Box::new(
            self.sess
                .dcx
                .struct_err(span, format!("expected pattern, found {found}"))
                .span_label(span, "expected pattern"),
        ))
    }

    /// An identifier that may be a binding: not followed by what makes it a path pattern.
    fn can_be_ident_pat(&mut self) -> bool {
        self.check_ident()
            && !self.token.is_bool_lit()
            && !self.is_path_segment_keyword(&self.token)
            && !self.token.is_keyword(kw::In)
            && self.look_ahead(1, |t| {
                !matches!(
                    t.kind,
                    TokenKind::OpenDelim(Delimiter::Parenthesis)
                        | TokenKind::OpenDelim(Delimiter::Brace)
                        | TokenKind::DotDotDot
                        | TokenKind::DotDotEq
                        | TokenKind::DotDot
                        | TokenKind::PathSep
                        | TokenKind::Not
                )
            })
    }

    // BindingPat = "ref"? "mut"? Ident ("@" PatNoTopAlt)?
    fn parse_pat_ident(&mut self, lo: Span, mode: ast::BindingMode) -> PResult<'a, P<ast::Pat>> {
        let ident = self.parse_ident()?;
        let sub = if self.eat(&TokenKind::At) {
            Some(self.parse_pat_no_top_alt()?)
        } else {
            None
        };
        Ok(self.mk_pat(
            lo.to(self.prev_token.span),
            ast::PatKind::Ident(mode, ident, sub),
        ))
    }

    // PathPatRest = "!" DelimArgs | RangeEnd PatRangeEnd? | "{" PatFields "}" | "(" Pats ")" | ε
    fn parse_pat_after_path(
        &mut self,
        lo: Span,
        qself: Option<P<ast::QSelf>>,
        path: ast::Path,
    ) -> PResult<'a, P<ast::Pat>> {
        if qself.is_none() && self.check(&TokenKind::Not) {
            self.bump();
            let mac = self.parse_mac_call_after_path(path)?;
            return Ok(self.mk_pat(lo.to(self.prev_token.span), ast::PatKind::MacCall(mac)));
        }
        if matches!(
            self.token.kind,
            TokenKind::DotDot | TokenKind::DotDotEq | TokenKind::DotDotDot
        ) {
            let begin = self.mk_expr(
                lo.to(self.prev_token.span),
                ast::ExprKind::Path(qself, path),
            );
            return self.parse_pat_maybe_range(lo, begin);
        }
        if self.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
            return self.parse_pat_struct(lo, qself, path);
        }
        if self.check(&TokenKind::OpenDelim(Delimiter::Parenthesis)) {
            let (pats, _) = self.parse_pat_list(Delimiter::Parenthesis)?;
            return Ok(self.mk_pat(
                lo.to(self.prev_token.span),
                ast::PatKind::TupleStruct(qself, path, pats),
            ));
        }
        Ok(self.mk_pat(lo.to(self.prev_token.span), ast::PatKind::Path(qself, path)))
    }

    /// `(p, q, ..)` or `[p, q, ..]`: the patterns and whether a comma ended the list.
    fn parse_pat_list(&mut self, delim: Delimiter) -> PResult<'a, (Vec<P<ast::Pat>>, bool)> {
        self.expect(&TokenKind::OpenDelim(delim))?;
        let close = TokenKind::CloseDelim(delim);
        let mut pats = Vec::new();
        let mut trailing_comma = false;
        loop {
            if self.check(&close) {
                break;
            }
            pats.push(self.parse_pat_allow_top_alt(true)?);
            trailing_comma = false;
            if self.check(&TokenKind::Comma) {
                self.bump();
                trailing_comma = true;
            } else if self.check(&close) {
                break;
            } else {
                return Err(Box::new(self.unexpected_error()));
            }
        }
        self.expect(&close)?;
        Ok((pats, trailing_comma))
    }

    // StructPat = Path "{" (PatField ("," PatField)*)? ("," ".." )? ","? "}"
    // PatField = OuterAttr* ((Ident | TupleIndex) ":" Pat | "box"? "ref"? "mut"? Ident)
    fn parse_pat_struct(
        &mut self,
        lo: Span,
        qself: Option<P<ast::QSelf>>,
        path: ast::Path,
    ) -> PResult<'a, P<ast::Pat>> {
        self.expect(&TokenKind::OpenDelim(Delimiter::Brace))?;
        let mut fields = Vec::new();
        let mut rest = ast::PatFieldsRest::None;
        loop {
            if self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                break;
            }
            let attrs = self.parse_outer_attributes()?;
            if self.check(&TokenKind::DotDot) {
                let span = self.token.span;
                self.bump();
                rest = ast::PatFieldsRest::Rest(span);
                self.eat(&TokenKind::Comma);
                if !self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                    let span = self.token.span;
                    let found = self.token_descr(&self.token);
                    return Err(Box::new(
                        self.sess
                            .dcx
                            .struct_err(span, format!("expected `}}`, found {found}"))
                            .span_label(span, "expected `}`")
                            .span_label(
                                rest_span(&rest),
                                "`..` must be at the end and cannot have a trailing comma",
                            ),
                    ));
                }
                break;
            }
            fields.push(self.parse_pat_field(attrs)?);
            if !self.eat(&TokenKind::Comma) {
                if !self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                    return Err(Box::new(self.unexpected_error()));
                }
                break;
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Brace))?;
        Ok(self.mk_pat(
            lo.to(self.prev_token.span),
            ast::PatKind::Struct(qself, path, fields, rest),
        ))
    }

    // (see PatField)
    fn parse_pat_field(&mut self, attrs: Vec<ast::Attribute>) -> PResult<'a, ast::PatField> {
        let lo = self.token.span;
        // `0: pat` or `name: pat`
        let is_named = self.look_ahead(1, |t| t.kind == TokenKind::Colon)
            && (self.ident_of(&self.token).is_some()
                || matches!(
                    self.token.kind,
                    TokenKind::Literal(smelt_ast::token::Lit {
                        kind: smelt_ast::token::LitKind::Integer,
                        ..
                    })
                ));
        if is_named {
            let ident = match self.token.kind {
                TokenKind::Literal(lit) => {
                    let ident = smelt_span::Ident::new(lit.symbol, self.token.span);
                    self.bump();
                    ident
                }
                _ => self.parse_ident()?,
            };
            self.bump(); // `:`
            let pat = self.parse_pat_allow_top_alt(true)?;
            return Ok(ast::PatField {
                ident,
                pat,
                is_shorthand: false,
                attrs,
                id: self.next_id(),
                span: lo.to(self.prev_token.span),
            });
        }
        // Shorthand: `box`? `ref`? `mut`? ident
        let is_box = self.eat_keyword(kw::Box);
        let by_ref = if self.eat_keyword(kw::Ref) {
            ast::ByRef::Yes(ast::Mutability::Not)
        } else {
            ast::ByRef::No
        };
        let mutbl = self.parse_mutability();
        let by_ref = match by_ref {
            ast::ByRef::Yes(_) => ast::ByRef::Yes(mutbl),
            ast::ByRef::No => ast::ByRef::No,
        };
        let mode = match by_ref {
            ast::ByRef::Yes(_) => ast::BindingMode(by_ref, ast::Mutability::Not),
            ast::ByRef::No => ast::BindingMode(by_ref, mutbl),
        };
        let ident = self.parse_ident()?;
        let bind_span = lo.to(self.prev_token.span);
        let mut pat = self.mk_pat(bind_span, ast::PatKind::Ident(mode, ident, None));
        if is_box {
            pat = self.mk_pat(bind_span, ast::PatKind::Box(pat));
        }
        Ok(ast::PatField {
            ident,
            pat,
            is_shorthand: true,
            attrs,
            id: self.next_id(),
            span: bind_span,
        })
    }

    /// `...`, `..=` or `..`, eaten.
    fn parse_range_end(&mut self) -> Option<ast::RangeEnd> {
        let end = match self.token.kind {
            TokenKind::DotDotDot => ast::RangeEnd::Included { legacy: true },
            TokenKind::DotDotEq => ast::RangeEnd::Included { legacy: false },
            TokenKind::DotDot => ast::RangeEnd::Excluded,
            _ => return None,
        };
        self.bump();
        Some(end)
    }

    /// After a literal or path pattern start: a range pattern if `..`, `..=` or `...` follows.
    fn parse_pat_maybe_range(&mut self, lo: Span, begin: P<ast::Expr>) -> PResult<'a, P<ast::Pat>> {
        let Some(end) = self.parse_range_end() else {
            let span = begin.span;
            let kind = match begin.kind {
                ast::ExprKind::Path(qself, path) => ast::PatKind::Path(qself, path),
                _ => ast::PatKind::Lit(begin),
            };
            return Ok(self.mk_pat(span, kind));
        };
        let op_span = self.prev_token.span;
        if end == (ast::RangeEnd::Included { legacy: true }) && self.edition >= Edition::E2021 {
            self.sess
                .dcx
                .struct_err(op_span, "`...` range patterns are deprecated")
                .code("E0783")
                .span_suggestion(op_span, "use `..=` for an inclusive range", "..=")
                .emit();
        }
        let hi = if self.is_pat_range_end_start(&self.token.clone()) {
            Some(self.parse_pat_range_end()?)
        } else {
            if let ast::RangeEnd::Included { .. } = end {
                self.sess
                    .dcx
                    .struct_err(op_span, "inclusive range with no end")
                    .code("E0586")
                    .note("inclusive ranges must be bounded at the end (`..=b` or `a..=b`)")
                    .span_suggestion(op_span, "use `..` instead", "..")
                    .emit();
            }
            None
        };
        Ok(self.mk_pat(
            lo.to(self.prev_token.span),
            ast::PatKind::Range(Some(begin), hi, end),
        ))
    }

    fn is_pat_range_end_start(&self, t: &Token) -> bool {
        self.is_path_start(t)
            || matches!(
                t.kind,
                TokenKind::Literal(_) | TokenKind::BinOp(BinOpToken::Minus)
            )
            || t.is_bool_lit()
            || matches!(&t.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Literal(_) | Nonterminal::Expr(_)))
    }

    // PatRangeEnd = LitMaybeMinus | QPath
    fn parse_pat_range_end(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Literal(e) | Nonterminal::Expr(e) = &*nt {
                let e = e.clone();
                self.bump();
                return Ok(e);
            }
        }
        if self.is_path_start(&self.token) && !self.token.is_bool_lit() {
            let (qself, path) = self.parse_maybe_qpath(PathStyle::Pat)?;
            return Ok(self.mk_expr(
                lo.to(self.prev_token.span),
                ast::ExprKind::Path(qself, path),
            ));
        }
        self.parse_literal_maybe_minus()
    }

    /// Whether `token` can start a pattern (for the `pat` fragment and `box` patterns).
    pub(crate) fn can_begin_pattern(&self, t: &Token) -> bool {
        can_begin_pattern(t, true)
    }
}

/// Makes every by-value binding in `pat` mutable (for the `mut (a, b)` recovery).
fn make_bindings_mut(pat: &mut ast::Pat) {
    let mut stack = vec![pat];
    while let Some(p) = stack.pop() {
        match &mut p.kind {
            ast::PatKind::Ident(mode, _, sub) => {
                if mode.0 == ast::ByRef::No {
                    mode.1 = ast::Mutability::Mut;
                }
                if let Some(sub) = sub {
                    stack.push(sub);
                }
            }
            ast::PatKind::Struct(_, _, fields, _) => {
                stack.extend(fields.iter_mut().map(|f| &mut *f.pat))
            }
            ast::PatKind::TupleStruct(_, _, pats)
            | ast::PatKind::Or(pats)
            | ast::PatKind::Tuple(pats)
            | ast::PatKind::Slice(pats) => stack.extend(pats.iter_mut().map(|p| &mut **p)),
            ast::PatKind::Box(p) | ast::PatKind::Ref(p, _) | ast::PatKind::Paren(p) => {
                stack.push(p)
            }
            _ => {}
        }
    }
}

fn rest_span(rest: &ast::PatFieldsRest) -> Span {
    match rest {
        ast::PatFieldsRest::Rest(span) => *span,
        ast::PatFieldsRest::None => Span::DUMMY,
    }
}

/// Whether `t` can start a pattern; `with_or` allows a leading `|`.
pub(crate) fn can_begin_pattern(t: &Token, with_or: bool) -> bool {
    match &t.kind {
        TokenKind::Ident(..)
        | TokenKind::OpenDelim(Delimiter::Parenthesis)
        | TokenKind::OpenDelim(Delimiter::Bracket)
        | TokenKind::BinOp(BinOpToken::And)
        | TokenKind::BinOp(BinOpToken::Minus)
        | TokenKind::AndAnd
        | TokenKind::Literal(_)
        | TokenKind::DotDot
        | TokenKind::DotDotDot
        | TokenKind::PathSep
        | TokenKind::Lt
        | TokenKind::BinOp(BinOpToken::Shl) => true,
        TokenKind::BinOp(BinOpToken::Or) => with_or,
        TokenKind::Interpolated(nt) => matches!(
            &**nt,
            Nonterminal::Expr(_)
                | Nonterminal::Literal(_)
                | Nonterminal::Meta(_)
                | Nonterminal::Pat(_)
                | Nonterminal::Path(_)
                | Nonterminal::Ty(_)
                | Nonterminal::Ident(..)
        ),
        _ => false,
    }
}

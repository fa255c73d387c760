//! Error reporting shared by all parse functions: describing tokens, "expected one of ...,
//! found ..." messages, and the missing-semicolon recovery, worded as rustc words them.

use smelt_ast::token::{Nonterminal, Token, TokenKind};
use smelt_errors::Diag;
use smelt_span::{kw, Span, Symbol};

use super::{PResult, Parser, TokenType};

impl<'a> Parser<'a> {
    /// How diagnostics name a token: "`x`", "keyword `fn`", "doc comment `/// a`".
    pub(crate) fn token_descr(&self, token: &Token) -> String {
        let kind = match &token.kind {
            TokenKind::Ident(name, false) => {
                let name = *name;
                if name == kw::Underscore || name == kw::DollarCrate || name == kw::PathRoot {
                    Some("reserved identifier")
                } else if self.is_reserved(name) {
                    if self.is_unused_keyword(name) {
                        Some("reserved keyword")
                    } else {
                        Some("keyword")
                    }
                } else {
                    None
                }
            }
            TokenKind::DocComment(..) => Some("doc comment"),
            TokenKind::Interpolated(nt) => Some(nonterminal_descr(nt)),
            _ => None,
        };
        let text = match &token.kind {
            TokenKind::Interpolated(nt) => match &**nt {
                Nonterminal::Ident(ident, raw) => {
                    let name = self.sess.str(ident.name);
                    if *raw {
                        format!("r#{name}")
                    } else {
                        name.to_string()
                    }
                }
                Nonterminal::Lifetime(lt) => self.sess.str(lt.ident.name).to_string(),
                nt => self
                    .sess
                    .source_map
                    .span_to_snippet(nt.span())
                    .unwrap_or_else(|| "<fragment>".to_string()),
            },
            _ => self.token_str(token),
        };
        match kind {
            Some(kind) => format!("{kind} `{text}`"),
            None => format!("`{text}`"),
        }
    }

    /// Keywords reserved for future use (`box`, `yield`, `try`, ...), which diagnostics call
    /// "reserved keyword".
    fn is_unused_keyword(&self, name: Symbol) -> bool {
        let always = [
            kw::Abstract,
            kw::Become,
            kw::Box,
            kw::Do,
            kw::Final,
            kw::Macro,
            kw::Override,
            kw::Priv,
            kw::Typeof,
            kw::Unsized,
            kw::Virtual,
            kw::Yield,
        ];
        always.contains(&name) || name == kw::Try || name == kw::Gen
    }

    fn token_type_str(&self, t: &TokenType) -> String {
        match t {
            TokenType::Token(kind) => format!(
                "`{}`",
                smelt_ast::token::token_kind_to_string(kind, &self.sess.interner)
            ),
            TokenType::Keyword(kw) => format!("`{}`", self.sess.str(*kw)),
            TokenType::Operator => "an operator".to_string(),
            TokenType::Lifetime => "lifetime".to_string(),
            TokenType::Ident => "identifier".to_string(),
            TokenType::Path => "path".to_string(),
            TokenType::Type => "type".to_string(),
            TokenType::Const => "a const expression".to_string(),
        }
    }

    /// The expected tokens as sorted, deduplicated strings.
    fn expected_strings(&self) -> Vec<String> {
        let mut expected: Vec<String> = self
            .expected_tokens
            .iter()
            .map(|t| self.token_type_str(t))
            .collect();
        expected.sort();
        expected.dedup();
        expected
    }

    /// Whether two spans start on different lines.
    pub(crate) fn on_different_lines(&self, a: Span, b: Span) -> bool {
        crate::lexer::on_different_lines(&self.sess.source_map, a.lo, b.lo)
    }

    /// "expected one of `a`, `b`, or `c`, found `x`", from what the parser looked for at the
    /// current token.
    pub(crate) fn unexpected_error(&mut self) -> Diag<'a> {
        let expected = self.expected_strings();
        let actual = self.token_descr(&self.token);
        let (msg, label_sp, label) = match expected.len() {
            0 => (
                format!("unexpected token: {actual}"),
                self.prev_token.span,
                "unexpected token after this".to_string(),
            ),
            1 => {
                let e = &expected[0];
                (
                    format!("expected {e}, found {actual}"),
                    self.prev_hi(),
                    format!("expected {e}"),
                )
            }
            n => {
                let list = join_expected(&expected);
                let short = if n > 6 {
                    format!("{n} possible tokens")
                } else {
                    list.clone()
                };
                (
                    format!("expected one of {list}, found {actual}"),
                    self.prev_hi(),
                    format!("expected one of {short}"),
                )
            }
        };
        let sp = if self.token.kind == TokenKind::Eof {
            self.prev_token.span
        } else {
            label_sp
        };
        // At the end of input, point at the last token rather than past it.
        let token_span = if self.token.kind == TokenKind::Eof && !self.prev_token.span.is_dummy() {
            self.prev_token.span
        } else {
            self.token.span
        };
        let split_label = !self.prev_token.span.is_dummy()
            && !token_span.is_dummy()
            && self.token.kind != TokenKind::Eof
            && self.on_different_lines(sp.shrink_to_hi(), token_span);
        let diag = self.sess.dcx.struct_err(token_span, msg);
        if split_label {
            diag.span_label(sp, label)
                .span_label(token_span, "unexpected token")
        } else {
            diag.span_label(token_span, label)
        }
    }

    /// Like `unexpected_error`, but when a `;` was among the expected tokens and the next
    /// token starts a new line that looks like a new statement, reports the missing `;` and
    /// recovers as if it had been written.
    pub(crate) fn unexpected_or_recovered(&mut self) -> PResult<'a, ()> {
        let semi = TokenType::Token(TokenKind::Semi);
        if self.expected_tokens.contains(&semi)
            && !self.prev_token.span.is_dummy()
            && !self.token.span.is_dummy()
            && self.on_different_lines(self.prev_token.span.shrink_to_hi(), self.token.span)
        {
            let is_comma_or_colon = matches!(self.token.kind, TokenKind::Comma | TokenKind::Colon);
            if is_comma_or_colon
                && self.prev_token.kind == TokenKind::CloseDelim(smelt_ast::Delimiter::Parenthesis)
            {
                // Probably a typo for `.` or an operator; no guess.
            } else if is_comma_or_colon
                && self.look_ahead(1, |t| {
                    t.kind == TokenKind::CloseDelim(smelt_ast::Delimiter::Brace)
                        || (self.can_begin_expr(t) && t.kind != TokenKind::Colon)
                })
            {
                let found = self.token_descr(&self.token);
                let span = self.token.span;
                self.sess
                    .dcx
                    .struct_err(span, format!("expected `;`, found {found}"))
                    .span_suggestion(span, "change this to `;`", ";")
                    .emit();
                self.bump();
                return Ok(());
            } else if (self.token.kind == TokenKind::CloseDelim(smelt_ast::Delimiter::Brace)
                || ((self.can_begin_expr(&self.token) || self.can_begin_item(&self.token))
                    && self.token.kind != TokenKind::Semi
                    && self.token.kind != TokenKind::Pound)
                || self.token.kind == TokenKind::Pound)
                && !self
                    .expected_tokens
                    .contains(&TokenType::Token(TokenKind::Comma))
            {
                let span = self.prev_hi();
                let found = self.token_descr(&self.token);
                self.sess
                    .dcx
                    .struct_err(span, format!("expected `;`, found {found}"))
                    .span_label(self.token.span, "unexpected token")
                    .span_suggestion(span, "add `;` here", ";")
                    .emit();
                return Ok(());
            }
        }
        Err(Box::new(self.unexpected_error()))
    }

    /// Whether the token may start an item (a keyword that only items use).
    pub(crate) fn can_begin_item(&self, token: &Token) -> bool {
        [
            kw::Fn,
            kw::Use,
            kw::Struct,
            kw::Enum,
            kw::Pub,
            kw::Trait,
            kw::Extern,
            kw::Impl,
            kw::Unsafe,
            kw::Const,
            kw::Static,
            kw::Union,
            kw::Macro,
            kw::Mod,
            kw::Type,
        ]
        .iter()
        .any(|&k| token.is_keyword(k))
    }

    /// "expected identifier, found keyword `fn`", with the `r#` suggestion for keywords.
    pub(crate) fn expected_ident_found(&mut self) -> Diag<'a> {
        let token = self.token.clone();
        let descr = self.token_descr(&token);
        let short = match descr.find(" `") {
            Some(i) if !descr.starts_with('`') => {
                format!("expected identifier, found {}", &descr[..i])
            }
            _ => "expected identifier".to_string(),
        };
        let mut diag = self
            .sess
            .dcx
            .struct_err(token.span, format!("expected identifier, found {descr}"));
        diag = diag.span_label(token.span, short);
        if let Some((ident, false)) = token.ident() {
            if self.is_reserved(ident.name)
                && self.keyword_may_be_ident(ident.name)
                && self.look_ahead(1, super::is_ident_follow)
            {
                let name = self.sess.str(ident.name).to_string();
                diag = diag.span_suggestion(
                    token.span.shrink_to_lo(),
                    format!("escape `{name}` to use it as an identifier"),
                    "r#",
                );
            }
        }
        diag
    }

    /// A list separator is missing between two elements. If the next element parses, the
    /// missing separator is reported (with the suggestion to add it) and parsing goes on with
    /// that element; otherwise the position is restored and the error returned.
    pub(crate) fn recover_missing_sep<T>(
        &mut self,
        sep: &TokenKind,
        f: impl FnOnce(&mut Self) -> PResult<'a, T>,
    ) -> PResult<'a, T> {
        let err = self.unexpected_error();
        let hi = self.prev_hi();
        let snapshot = self.snapshot();
        match f(self) {
            Ok(t) => {
                let sep_str = smelt_ast::token::token_kind_to_string(sep, &self.sess.interner);
                err.span_suggestion(hi, format!("missing `{sep_str}`"), sep_str)
                    .emit();
                Ok(t)
            }
            Err(trial) => {
                drop(trial);
                self.restore(snapshot);
                Err(Box::new(err))
            }
        }
    }

    /// "expected `what`, found `x`" with the label "expected `what`".
    pub(crate) fn expected_found(&self, what: &str) -> Diag<'a> {
        let found = self.token_descr(&self.token);
        self.sess
            .dcx
            .struct_err(self.token.span, format!("expected {what}, found {found}"))
            .span_label(self.token.span, format!("expected {what}"))
    }
}

/// "`a`, `b`, or `c`", as rustc joins expected tokens.
fn join_expected(items: &[String]) -> String {
    let mut out = String::new();
    let n = items.len();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            if n == 2 {
                out.push_str(" or ");
            } else if i == n - 1 {
                out.push_str(", or ");
            } else {
                out.push_str(", ");
            }
        }
        out.push_str(item);
    }
    out
}

pub(crate) fn nonterminal_descr(nt: &Nonterminal) -> &'static str {
    match nt {
        Nonterminal::Item(_) => "item",
        Nonterminal::Block(_) => "block",
        Nonterminal::Stmt(_) => "statement",
        Nonterminal::Pat(_) => "pattern",
        Nonterminal::Expr(_) => "expression",
        Nonterminal::Ty(_) => "type",
        Nonterminal::Ident(..) => "identifier",
        Nonterminal::Lifetime(_) => "lifetime",
        Nonterminal::Literal(_) => "literal",
        Nonterminal::Meta(_) => "meta item",
        Nonterminal::Path(_) => "path",
        Nonterminal::Vis(_) => "visibility",
    }
}

//! `macro_rules!` fragments: which tokens may start each fragment kind (so the matcher can
//! rule alternatives out cheaply), and parsing one fragment into a `Nonterminal`.

use smelt_ast::token::{BinOpToken, Delimiter, Nonterminal, Token, TokenKind};
use smelt_ast::P;
use smelt_span::{kw, Edition, Symbol};

use super::{pat, PResult, Parser, PathStyle};

/// The fragment specifiers of `macro_rules!` (`$x:expr`).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum NonterminalKind {
    Item,
    Block,
    Stmt,
    /// `pat`: top-level alternatives (`A | B`) allowed, as in edition 2021.
    Pat,
    /// `pat_param`, and `pat` in editions 2015 and 2018: no top-level alternatives.
    PatParam,
    /// `expr` in edition 2024: `const { .. }` and `_` may start it.
    Expr,
    /// `expr_2021`, and `expr` before edition 2024.
    Expr2021,
    Ty,
    Ident,
    Lifetime,
    Literal,
    Meta,
    Path,
    Vis,
    /// `tt`: matched as a token tree by the matcher, not parsed.
    Tt,
}

impl NonterminalKind {
    /// The kind named by a fragment specifier, as written in a macro defined in `edition`.
    pub fn from_symbol(name: Symbol, edition: Edition) -> Option<NonterminalKind> {
        use smelt_span::sym;
        Some(match name {
            n if n == sym::item => NonterminalKind::Item,
            n if n == sym::block => NonterminalKind::Block,
            n if n == sym::stmt => NonterminalKind::Stmt,
            n if n == sym::pat => {
                if edition >= Edition::E2021 {
                    NonterminalKind::Pat
                } else {
                    NonterminalKind::PatParam
                }
            }
            n if n == sym::pat_param => NonterminalKind::PatParam,
            n if n == sym::expr => {
                if edition >= Edition::E2024 {
                    NonterminalKind::Expr
                } else {
                    NonterminalKind::Expr2021
                }
            }
            n if n == sym::expr_2021 => NonterminalKind::Expr2021,
            n if n == sym::ty => NonterminalKind::Ty,
            n if n == sym::ident => NonterminalKind::Ident,
            n if n == sym::lifetime => NonterminalKind::Lifetime,
            n if n == sym::literal => NonterminalKind::Literal,
            n if n == sym::meta => NonterminalKind::Meta,
            n if n == sym::path => NonterminalKind::Path,
            n if n == sym::vis => NonterminalKind::Vis,
            n if n == sym::tt => NonterminalKind::Tt,
            _ => return None,
        })
    }

    /// The specifier as written (`pat_param`, `expr_2021`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            NonterminalKind::Item => "item",
            NonterminalKind::Block => "block",
            NonterminalKind::Stmt => "stmt",
            NonterminalKind::Pat => "pat",
            NonterminalKind::PatParam => "pat_param",
            NonterminalKind::Expr => "expr",
            NonterminalKind::Expr2021 => "expr_2021",
            NonterminalKind::Ty => "ty",
            NonterminalKind::Ident => "ident",
            NonterminalKind::Lifetime => "lifetime",
            NonterminalKind::Literal => "literal",
            NonterminalKind::Meta => "meta",
            NonterminalKind::Path => "path",
            NonterminalKind::Vis => "vis",
            NonterminalKind::Tt => "tt",
        }
    }
}

/// Whether a fragment of `kind` may start with `token`. A `false` is definite; a `true` only
/// means parsing is worth trying. (Keywords count as 2018 keywords here.)
pub fn nonterminal_may_begin_with(kind: NonterminalKind, token: &Token) -> bool {
    let nt = match &token.kind {
        TokenKind::Interpolated(nt) => Some(&**nt),
        _ => None,
    };
    // A fragment that may be just an identifier (paths, expressions, ...).
    let may_be_ident = |nt: &Nonterminal| {
        !matches!(
            nt,
            Nonterminal::Item(_)
                | Nonterminal::Block(_)
                | Nonterminal::Vis(_)
                | Nonterminal::Lifetime(_)
        )
    };
    match kind {
        NonterminalKind::Expr2021 => {
            can_begin_expr(token) && !token.is_keyword(kw::Let) && !token.is_keyword(kw::Const)
        }
        NonterminalKind::Expr => {
            (can_begin_expr(token) || token.is_keyword(kw::Underscore))
                && !token.is_keyword(kw::Let)
        }
        NonterminalKind::Ty => can_begin_type(token),
        NonterminalKind::Ident => token.ident().is_some_and(|(i, _)| i.name != kw::Underscore),
        NonterminalKind::Literal => match &token.kind {
            TokenKind::Literal(_) | TokenKind::BinOp(BinOpToken::Minus) => true,
            _ => {
                token.is_bool_lit()
                    || matches!(nt, Some(Nonterminal::Literal(_) | Nonterminal::Expr(_)))
            }
        },
        NonterminalKind::Vis => match &token.kind {
            TokenKind::Comma | TokenKind::Ident(..) | TokenKind::Interpolated(_) => true,
            _ => can_begin_type(token),
        },
        NonterminalKind::Block => match &token.kind {
            TokenKind::OpenDelim(Delimiter::Brace) => true,
            _ => matches!(
                nt,
                Some(
                    Nonterminal::Block(_)
                        | Nonterminal::Stmt(_)
                        | Nonterminal::Expr(_)
                        | Nonterminal::Literal(_)
                        | Nonterminal::Lifetime(_)
                )
            ),
        },
        NonterminalKind::Path | NonterminalKind::Meta => match &token.kind {
            TokenKind::PathSep | TokenKind::Ident(..) => true,
            _ => nt.is_some_and(may_be_ident),
        },
        NonterminalKind::Pat => pat::can_begin_pattern(token, true),
        NonterminalKind::PatParam => pat::can_begin_pattern(token, false),
        NonterminalKind::Lifetime => token.lifetime().is_some(),
        NonterminalKind::Tt | NonterminalKind::Item | NonterminalKind::Stmt => {
            !matches!(token.kind, TokenKind::CloseDelim(_) | TokenKind::Eof)
        }
    }
}

/// `can_begin_expr` without a parser (2018+ keywords).
fn can_begin_expr(t: &Token) -> bool {
    match &t.kind {
        TokenKind::Ident(name, raw) => {
            *raw || !name.is_reserved()
                || name.is_path_segment_keyword()
                || [
                    kw::Async,
                    kw::Do,
                    kw::Box,
                    kw::Break,
                    kw::Const,
                    kw::Continue,
                    kw::False,
                    kw::For,
                    kw::If,
                    kw::Let,
                    kw::Loop,
                    kw::Match,
                    kw::Move,
                    kw::Return,
                    kw::True,
                    kw::Try,
                    kw::Unsafe,
                    kw::While,
                    kw::Yield,
                    kw::Static,
                    kw::Become,
                ]
                .contains(name)
        }
        TokenKind::OpenDelim(_)
        | TokenKind::Literal(_)
        | TokenKind::Not
        | TokenKind::BinOp(
            BinOpToken::Minus
            | BinOpToken::Star
            | BinOpToken::Or
            | BinOpToken::And
            | BinOpToken::Shl,
        )
        | TokenKind::OrOr
        | TokenKind::AndAnd
        | TokenKind::DotDot
        | TokenKind::DotDotDot
        | TokenKind::DotDotEq
        | TokenKind::Lt
        | TokenKind::PathSep
        | TokenKind::Lifetime(_)
        | TokenKind::Pound => true,
        TokenKind::Interpolated(nt) => matches!(
            &**nt,
            Nonterminal::Block(_)
                | Nonterminal::Expr(_)
                | Nonterminal::Literal(_)
                | Nonterminal::Path(_)
                | Nonterminal::Ident(..)
        ),
        _ => false,
    }
}

/// `can_begin_type` without a parser (2018+ keywords).
fn can_begin_type(t: &Token) -> bool {
    match &t.kind {
        TokenKind::Ident(name, raw) => {
            *raw || !name.is_reserved()
                || name.is_path_segment_keyword()
                || [
                    kw::Underscore,
                    kw::For,
                    kw::Impl,
                    kw::Fn,
                    kw::Unsafe,
                    kw::Extern,
                    kw::Typeof,
                    kw::Dyn,
                ]
                .contains(name)
        }
        TokenKind::OpenDelim(Delimiter::Parenthesis | Delimiter::Bracket)
        | TokenKind::Not
        | TokenKind::BinOp(BinOpToken::Star | BinOpToken::And | BinOpToken::Shl)
        | TokenKind::AndAnd
        | TokenKind::Question
        | TokenKind::Lifetime(_)
        | TokenKind::Lt
        | TokenKind::PathSep => true,
        TokenKind::Interpolated(nt) => matches!(
            &**nt,
            Nonterminal::Ty(_) | Nonterminal::Path(_) | Nonterminal::Ident(..)
        ),
        _ => false,
    }
}

impl<'a> Parser<'a> {
    /// Parses one `macro_rules!` fragment of the given kind. On failure the error is returned
    /// unreported, so that the matcher can try another rule. `tt` is not parsed here: the
    /// matcher takes a token tree with `parse_token_tree`.
    pub fn parse_nonterminal(&mut self, kind: NonterminalKind) -> PResult<'a, Nonterminal> {
        let nt = match kind {
            NonterminalKind::Item => match self.parse_item()? {
                Some(item) => Nonterminal::Item(item),
                None => {
                    return Err(Box::new(
                        self.sess
                            .dcx
                            .struct_err(self.token.span, "expected an item keyword"),
                    ))
                }
            },
            NonterminalKind::Block => Nonterminal::Block(self.parse_block()?),
            NonterminalKind::Stmt => match self.parse_stmt_without_recovery()? {
                Some(stmt) => Nonterminal::Stmt(P::new(stmt)),
                None => {
                    return Err(Box::new(
                        self.sess
                            .dcx
                            .struct_err(self.token.span, "expected a statement"),
                    ))
                }
            },
            NonterminalKind::Pat => Nonterminal::Pat(self.parse_pat_allow_top_alt(true)?),
            NonterminalKind::PatParam => Nonterminal::Pat(self.parse_pat_no_top_alt()?),
            NonterminalKind::Expr | NonterminalKind::Expr2021 => {
                if kind == NonterminalKind::Expr2021 && self.token.is_keyword(kw::Let) {
                    return Err(Box::new(self.expected_found("expression")));
                }
                Nonterminal::Expr(self.parse_expr()?)
            }
            NonterminalKind::Ty => Nonterminal::Ty(self.parse_ty()?),
            NonterminalKind::Ident => match self.token.ident() {
                Some((ident, raw)) if ident.name != kw::Underscore => {
                    self.bump();
                    Nonterminal::Ident(ident, raw)
                }
                _ => return Err(Box::new(self.expected_ident_found())),
            },
            NonterminalKind::Lifetime => Nonterminal::Lifetime(self.expect_lifetime()?),
            NonterminalKind::Literal => Nonterminal::Literal(self.parse_literal_maybe_minus()?),
            NonterminalKind::Meta => Nonterminal::Meta(P::new(self.parse_meta_item()?)),
            NonterminalKind::Path => Nonterminal::Path(P::new(self.parse_path(PathStyle::Type)?)),
            NonterminalKind::Vis => Nonterminal::Vis(P::new(self.parse_visibility()?)),
            NonterminalKind::Tt => {
                return Err(Box::new(self.sess.dcx.struct_err(
                    self.token.span,
                    "`tt` fragments are token trees, not parsed fragments",
                )));
            }
        };
        Ok(nt)
    }
}

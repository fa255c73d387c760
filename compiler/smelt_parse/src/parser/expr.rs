//! Expressions. Binary operators are parsed by precedence climbing, a loop per precedence
//! level reached, so a long chain such as `1 + 1 + ... + 1` costs no native stack; prefix
//! operators, postfix operators (`?`, `.f`, calls, indexing) and atoms follow rustc's grammar.
//!
//! Precedence, lowest first (the Reference's table): closures and `return`/`break`; `=` and
//! compound assignment (right associative); `..` and `..=` (no chaining); `||`; `&&`;
//! comparisons (no chaining: `a < b < c` is an error); `|`; `^`; `&`; `<<` `>>`; `+` `-`;
//! `*` `/` `%`; `as`; unary `-` `*` `!` `&` `&mut`; then method calls, fields, calls, indexing
//! and `?`.
//!
//! Two restrictions change how expressions end. In an expression statement (`stmt_expr`) a
//! block-like expression (`if`, `match`, `loop`, `{ }`, ...) is a whole statement, so
//! `{ 1 } - 1` is two statements. In the head of `if`/`while`/`match`/`for`
//! (`no_struct_literal`), `S {` starts the body, not a struct literal.

use smelt_ast::token::{self, BinOpToken, Delimiter, LitKind, Nonterminal, TokenKind};
use smelt_ast::{self as ast, BinOpKind, P};
use smelt_span::{kw, Edition, Ident, Span, Symbol};

use super::{PResult, Parser, PathStyle, Restrictions, TokenType};

/// Precedence levels, lowest first.
pub(crate) mod prec {
    pub const ASSIGN: u8 = 1;
    pub const RANGE: u8 = 2;
    pub const LOR: u8 = 3;
    pub const LAND: u8 = 4;
    pub const COMPARE: u8 = 5;
    pub const BIT_OR: u8 = 6;
    pub const BIT_XOR: u8 = 7;
    pub const BIT_AND: u8 = 8;
    pub const SHIFT: u8 = 9;
    pub const SUM: u8 = 10;
    pub const PRODUCT: u8 = 11;
    pub const CAST: u8 = 12;
}

/// The lowest precedence an operator may have to continue the expression being parsed.
#[derive(Copy, Clone, Debug)]
pub(crate) enum MinPrec {
    Unbounded,
    Included(u8),
    Excluded(u8),
}

/// A binary operator as it appears between two operands.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum AssocOp {
    Binary(BinOpKind),
    AssignOp(BinOpKind),
    Assign,
    Cast,
    Range(ast::RangeLimits),
}

impl AssocOp {
    fn precedence(self) -> u8 {
        use BinOpKind::*;
        match self {
            AssocOp::Assign | AssocOp::AssignOp(_) => prec::ASSIGN,
            AssocOp::Range(_) => prec::RANGE,
            AssocOp::Cast => prec::CAST,
            AssocOp::Binary(op) => match op {
                Or => prec::LOR,
                And => prec::LAND,
                Eq | Lt | Le | Ne | Ge | Gt => prec::COMPARE,
                BitOr => prec::BIT_OR,
                BitXor => prec::BIT_XOR,
                BitAnd => prec::BIT_AND,
                Shl | Shr => prec::SHIFT,
                Add | Sub => prec::SUM,
                Mul | Div | Rem => prec::PRODUCT,
            },
        }
    }

    fn is_right_assoc(self) -> bool {
        matches!(self, AssocOp::Assign | AssocOp::AssignOp(_))
    }

    fn is_comparison(self) -> bool {
        matches!(self, AssocOp::Binary(op) if op.is_comparison())
    }

    /// Operators that cannot start an expression, so after a block-like statement they must
    /// be a (mistaken) continuation of it.
    fn can_continue_expr_unambiguously(self) -> bool {
        use BinOpKind::*;
        matches!(
            self,
            AssocOp::Assign
                | AssocOp::AssignOp(_)
                | AssocOp::Cast
                | AssocOp::Binary(BitXor | Div | Rem | Shr | Le | Gt | Ge | Eq | Ne)
        )
    }
}

fn binop_of(op: BinOpToken) -> BinOpKind {
    match op {
        BinOpToken::Plus => BinOpKind::Add,
        BinOpToken::Minus => BinOpKind::Sub,
        BinOpToken::Star => BinOpKind::Mul,
        BinOpToken::Slash => BinOpKind::Div,
        BinOpToken::Percent => BinOpKind::Rem,
        BinOpToken::Caret => BinOpKind::BitXor,
        BinOpToken::And => BinOpKind::BitAnd,
        BinOpToken::Or => BinOpKind::BitOr,
        BinOpToken::Shl => BinOpKind::Shl,
        BinOpToken::Shr => BinOpKind::Shr,
    }
}

/// Whether an expression statement of this kind needs a `;` to be followed by another
/// statement (`if`, `match`, blocks and loops do not).
pub(crate) fn expr_requires_semi_to_be_stmt(e: &ast::Expr) -> bool {
    !matches!(
        e.kind,
        ast::ExprKind::If(..)
            | ast::ExprKind::Match(..)
            | ast::ExprKind::Block(..)
            | ast::ExprKind::While(..)
            | ast::ExprKind::Loop(..)
            | ast::ExprKind::ForLoop { .. }
            | ast::ExprKind::TryBlock(..)
            | ast::ExprKind::ConstBlock(..)
    )
}

impl<'a> Parser<'a> {
    /// Parses an expression.
    pub fn parse_expr(&mut self) -> PResult<'a, P<ast::Expr>> {
        self.parse_expr_res(Restrictions::default())
    }

    // Expr = AssocExpr    (with the given restrictions)
    pub(crate) fn parse_expr_res(&mut self, res: Restrictions) -> PResult<'a, P<ast::Expr>> {
        self.with_res(res, |this| this.parse_expr_assoc_with(MinPrec::Unbounded))
    }

    /// An expression in the head of `if`/`while`/`match`/`for`: no struct literals.
    pub(crate) fn parse_expr_no_struct(&mut self) -> PResult<'a, P<ast::Expr>> {
        self.parse_expr_res(Restrictions {
            no_struct_literal: true,
            ..Restrictions::default()
        })
    }

    /// Whether the token can start an expression.
    pub(crate) fn can_begin_expr(&self, t: &token::Token) -> bool {
        match &t.kind {
            TokenKind::Ident(name, raw) => {
                *raw || !self.is_reserved(*name)
                    || name.is_path_segment_keyword()
                    || ident_can_begin_expr_kw(*name)
            }
            TokenKind::OpenDelim(_)
            | TokenKind::Literal(_)
            | TokenKind::Not
            | TokenKind::BinOp(BinOpToken::Minus)
            | TokenKind::BinOp(BinOpToken::Star)
            | TokenKind::BinOp(BinOpToken::Or)
            | TokenKind::OrOr
            | TokenKind::BinOp(BinOpToken::And)
            | TokenKind::AndAnd
            | TokenKind::DotDot
            | TokenKind::DotDotDot
            | TokenKind::DotDotEq
            | TokenKind::Lt
            | TokenKind::BinOp(BinOpToken::Shl)
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
                    | Nonterminal::Lifetime(_)
            ),
            _ => false,
        }
    }

    fn expr_is_complete(&self, e: &ast::Expr) -> bool {
        self.restrictions.stmt_expr && !expr_requires_semi_to_be_stmt(e)
    }

    /// The binary operator the current token is, if any.
    fn check_assoc_op(&self) -> Option<(AssocOp, Span)> {
        let op = match self.token.kind {
            TokenKind::Eq => AssocOp::Assign,
            TokenKind::BinOp(op) => AssocOp::Binary(binop_of(op)),
            TokenKind::BinOpEq(op) => AssocOp::AssignOp(binop_of(op)),
            TokenKind::Lt | TokenKind::LArrow => AssocOp::Binary(BinOpKind::Lt),
            TokenKind::Le => AssocOp::Binary(BinOpKind::Le),
            TokenKind::Ge => AssocOp::Binary(BinOpKind::Ge),
            TokenKind::Gt => AssocOp::Binary(BinOpKind::Gt),
            TokenKind::EqEq => AssocOp::Binary(BinOpKind::Eq),
            TokenKind::Ne => AssocOp::Binary(BinOpKind::Ne),
            TokenKind::AndAnd => AssocOp::Binary(BinOpKind::And),
            TokenKind::OrOr => AssocOp::Binary(BinOpKind::Or),
            TokenKind::DotDot => AssocOp::Range(ast::RangeLimits::HalfOpen),
            TokenKind::DotDotEq | TokenKind::DotDotDot => AssocOp::Range(ast::RangeLimits::Closed),
            _ if self.is_keyword(&self.token, kw::As) => AssocOp::Cast,
            _ => return None,
        };
        Some((op, self.token.span))
    }

    /// Parses an expression whose operators all bind tighter than `min_prec` allows.
    pub(crate) fn parse_expr_assoc_with(&mut self, min_prec: MinPrec) -> PResult<'a, P<ast::Expr>> {
        self.enter_nesting("expression")?;
        let res = self.parse_expr_assoc_with_inner(min_prec);
        self.exit_nesting();
        res
    }

    // AssocExpr = OuterAttr* (PrefixRange | PrefixExpr AssocRest)
    fn parse_expr_assoc_with_inner(&mut self, min_prec: MinPrec) -> PResult<'a, P<ast::Expr>> {
        let attrs = self.parse_outer_attributes()?;
        if matches!(
            self.token.kind,
            TokenKind::DotDot | TokenKind::DotDotEq | TokenKind::DotDotDot
        ) {
            let mut e = self.parse_expr_prefix_range()?;
            prepend_attrs(&mut e, attrs);
            return Ok(e);
        }
        let mut lhs = self.parse_expr_prefix()?;
        prepend_attrs(&mut lhs, attrs);
        self.parse_expr_assoc_rest_with(min_prec, lhs)
    }

    // AssocExpr = PrefixExpr (BinOp PrefixExpr)*   (by precedence climbing)
    /// Continues an expression whose first operand `lhs` is parsed.
    pub(crate) fn parse_expr_assoc_rest_with(
        &mut self,
        min_prec: MinPrec,
        mut lhs: P<ast::Expr>,
    ) -> PResult<'a, P<ast::Expr>> {
        if !self.should_continue_as_assoc_expr(&lhs) {
            return Ok(lhs);
        }
        self.expected_tokens.push(TokenType::Operator);
        while let Some((op, op_span)) = self.check_assoc_op() {
            let prec = op.precedence();
            let stop = match min_prec {
                MinPrec::Unbounded => false,
                MinPrec::Included(p) => prec < p,
                MinPrec::Excluded(p) => prec <= p,
            };
            if stop {
                break;
            }
            if self.token.kind == TokenKind::DotDotDot {
                self.report_dotdotdot(self.token.span);
            }
            if self.token.kind == TokenKind::LArrow {
                self.sess
                    .dcx
                    .struct_err(op_span, "unexpected token: `<-`")
                    .span_suggestion(
                        op_span,
                        "if you meant to write a comparison against a negative value, add a space in between `<` and `-`",
                        "< -",
                    )
                    .emit();
            }
            let restrictions = if matches!(op, AssocOp::Assign | AssocOp::AssignOp(_)) {
                Restrictions {
                    no_struct_literal: self.restrictions.no_struct_literal,
                    ..Restrictions::default()
                }
            } else {
                self.restrictions
            };
            self.bump();
            if op.is_comparison() {
                if let Some(e) = self.check_no_chained_comparison(&lhs, op, op_span)? {
                    lhs = e;
                    continue;
                }
            }
            match op {
                AssocOp::Cast => {
                    let ty = self.parse_cast_ty(&lhs)?;
                    let span = lhs.span.to(self.prev_token.span);
                    lhs = self.mk_expr(span, ast::ExprKind::Cast(lhs, ty));
                    continue;
                }
                AssocOp::Range(limits) => {
                    lhs = self.parse_expr_range(prec, lhs, limits, op_span)?;
                    break;
                }
                _ => {}
            }
            let rhs_prec = if op.is_right_assoc() {
                MinPrec::Included(prec)
            } else {
                MinPrec::Excluded(prec)
            };
            let rhs = self.with_res(
                Restrictions {
                    stmt_expr: false,
                    ..restrictions
                },
                |this| this.parse_expr_assoc_with(rhs_prec),
            )?;
            let span = lhs.span.to(rhs.span);
            let kind = match op {
                AssocOp::Binary(node) => ast::ExprKind::Binary(
                    ast::BinOp {
                        node,
                        span: op_span,
                    },
                    lhs,
                    rhs,
                ),
                AssocOp::AssignOp(node) => ast::ExprKind::AssignOp(
                    ast::BinOp {
                        node,
                        span: op_span,
                    },
                    lhs,
                    rhs,
                ),
                AssocOp::Assign => ast::ExprKind::Assign(lhs, rhs, op_span),
                AssocOp::Cast | AssocOp::Range(_) => ast::ExprKind::Err,
            };
            lhs = self.mk_expr(span, kind);
        }
        Ok(lhs)
    }

    /// The type after `as`. In `x as u32 < y` the `<` would start generic arguments; that is
    /// reported as rustc does, and the cast is parsed with the bare path.
    fn parse_cast_ty(&mut self, lhs: &ast::Expr) -> PResult<'a, P<ast::Ty>> {
        let snapshot = self.snapshot();
        let err = match self.parse_ty_no_plus() {
            Ok(ty) => return Ok(ty),
            Err(err) => err,
        };
        let after_error = self.snapshot();
        self.restore(snapshot);
        let lo = self.token.span;
        if self.ident_of(&self.token).is_some() || self.is_path_segment_keyword(&self.token) {
            if let Ok(path) = self.parse_path(PathStyle::Mod) {
                let op = match self.token.kind {
                    TokenKind::Lt => Some(("<", "comparison", "comparing")),
                    TokenKind::BinOp(BinOpToken::Shl) => Some(("<<", "shift", "shifting")),
                    _ => None,
                };
                if let Some((op, what, verb)) = op {
                    drop(err);
                    let ty_str = self
                        .sess
                        .source_map
                        .span_to_snippet(path.span)
                        .unwrap_or_default();
                    let op_span = self.token.span;
                    let args_span = self
                        .look_ahead(1, |t| t.span)
                        .to(after_error.prev_token.span);
                    self.sess
                        .dcx
                        .struct_err(op_span, format!("`{op}` is interpreted as a start of generic arguments for `{ty_str}`, not a {what}"))
                        .span_label(op_span, format!("not interpreted as {what}"))
                        .span_label(args_span, "interpreted as generic arguments")
                        .span_suggestion(lhs.span.shrink_to_lo(), format!("try {verb} the cast value"), "(")
                        .emit();
                    return Ok(
                        self.mk_ty(lo.to(self.prev_token.span), ast::TyKind::Path(None, path))
                    );
                }
            }
        }
        self.restore(after_error);
        Err(err)
    }

    /// In an expression statement, a complete block-like expression is not continued by a
    /// binary operator (`{ 1 } - 1` is two statements), except by one that cannot start an
    /// expression, which is reported.
    fn should_continue_as_assoc_expr(&mut self, lhs: &ast::Expr) -> bool {
        match (self.expr_is_complete(lhs), self.check_assoc_op()) {
            (true, None) => false,
            (false, _) => true,
            (true, Some((op, _))) if !op.can_continue_expr_unambiguously() => false,
            (true, Some(_)) => {
                let found = self.token_descr(&self.token);
                let span = self.token.span;
                self.sess
                    .dcx
                    .struct_err(span, format!("expected expression, found {found}"))
                    .span_label(span, "expected expression")
                    .span_suggestion(
                        lhs.span.shrink_to_lo(),
                        "parentheses are required to parse this as an expression",
                        "(",
                    )
                    .emit();
                true
            }
        }
    }

    fn report_dotdotdot(&self, span: Span) {
        self.sess
            .dcx
            .struct_err(span, "unexpected token: `...`")
            .span_suggestion(span, "use `..` for an exclusive range", "..")
            .span_suggestion(span, "or `..=` for an inclusive range", "..=")
            .emit();
    }

    /// `a < b < c`: reports the chain as rustc does. Returns an expression to continue with
    /// when the error was recovered by giving up on the rest, `None` to parse on normally.
    fn check_no_chained_comparison(
        &mut self,
        inner: &ast::Expr,
        outer: AssocOp,
        outer_span: Span,
    ) -> PResult<'a, Option<P<ast::Expr>>> {
        let ast::ExprKind::Binary(inner_op, l1, r1) = &inner.kind else {
            return Ok(None);
        };
        if !inner_op.node.is_comparison() {
            return Ok(None);
        }
        let outer_op = match outer {
            AssocOp::Binary(op) => op,
            _ => return Ok(None),
        };
        use BinOpKind::*;
        let mut diag = self
            .sess
            .dcx
            .struct_err(inner_op.span, "comparison operators cannot be chained")
            .primary_span(outer_span, None);
        let split = matches!(
            (inner_op.node, outer_op),
            (Lt | Le, Lt | Le) | (Gt | Ge, Gt | Ge) | (Eq | Ne, Eq | Ne)
        );
        if split {
            let middle = self
                .sess
                .source_map
                .span_to_snippet(r1.span)
                .unwrap_or_default();
            diag = diag.span_suggestion(
                inner.span.shrink_to_hi(),
                "split the comparison into two",
                format!(" && {middle}"),
            );
        }
        let turbofish_like = (inner_op.node == Lt && outer_op == Lt) || outer_op == Gt;
        if turbofish_like {
            let is_lit = |e: &ast::Expr| matches!(e.kind, ast::ExprKind::Lit(_));
            if matches!(
                self.token.kind,
                TokenKind::OpenDelim(Delimiter::Parenthesis) | TokenKind::PathSep
            ) || (!is_lit(l1) && !is_lit(r1))
            {
                diag = diag
                    .help("use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments")
                    .help("or use `(...)` if you meant to specify fn arguments");
            }
            if !split {
                return Err(Box::new(diag));
            }
        }
        diag.emit();
        Ok(None)
    }

    // RangeRest = (".." | "..=") Expr?     (after the start operand)
    fn parse_expr_range(
        &mut self,
        prec: u8,
        lhs: P<ast::Expr>,
        limits: ast::RangeLimits,
        op_span: Span,
    ) -> PResult<'a, P<ast::Expr>> {
        let rhs = if self.is_at_start_of_range_rhs() {
            Some(self.parse_expr_assoc_with(MinPrec::Excluded(prec))?)
        } else {
            None
        };
        let span = lhs.span.to(rhs.as_ref().map_or(op_span, |e| e.span));
        let kind = self.mk_range(Some(lhs), rhs, limits, op_span);
        Ok(self.mk_expr(span, kind))
    }

    fn is_at_start_of_range_rhs(&self) -> bool {
        if self.can_begin_expr(&self.token) {
            // `for i in 1.. { }` is an endless range, not `1..{}`.
            if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
                return !self.restrictions.no_struct_literal;
            }
            return true;
        }
        false
    }

    fn mk_range(
        &self,
        start: Option<P<ast::Expr>>,
        end: Option<P<ast::Expr>>,
        limits: ast::RangeLimits,
        op_span: Span,
    ) -> ast::ExprKind {
        if limits == ast::RangeLimits::Closed && end.is_none() {
            self.sess
                .dcx
                .struct_err(op_span, "inclusive range with no end")
                .code("E0586")
                .note("inclusive ranges must be bounded at the end (`..=b` or `a..=b`)")
                .span_suggestion(op_span, "use `..` instead", "..")
                .emit();
            return ast::ExprKind::Range(start, None, ast::RangeLimits::HalfOpen);
        }
        ast::ExprKind::Range(start, end, limits)
    }

    // PrefixRange = (".." | "..=") Expr?
    fn parse_expr_prefix_range(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        if self.token.kind == TokenKind::DotDotDot {
            self.report_dotdotdot(lo);
        }
        let limits = if self.token.kind == TokenKind::DotDot {
            ast::RangeLimits::HalfOpen
        } else {
            ast::RangeLimits::Closed
        };
        self.bump();
        let end = if self.is_at_start_of_range_rhs() {
            Some(self.parse_expr_assoc_with(MinPrec::Excluded(prec::RANGE))?)
        } else {
            None
        };
        let span = lo.to(self.prev_token.span);
        let kind = self.mk_range(None, end, limits, lo);
        Ok(self.mk_expr(span, kind))
    }

    /// A prefix operand of a prefix operator, one nesting level deeper.
    fn parse_expr_prefix_nested(&mut self) -> PResult<'a, P<ast::Expr>> {
        self.enter_nesting("expression")?;
        let res = self.parse_expr_prefix();
        self.exit_nesting();
        res
    }

    // PrefixExpr = ("!" | "-" | "*") PrefixExpr | "&" "raw" ("const" | "mut") PrefixExpr
    //            | "&" "mut"? PrefixExpr | PostfixExpr
    pub(crate) fn parse_expr_prefix(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        let un = |this: &mut Self, op: ast::UnOp| -> PResult<'a, P<ast::Expr>> {
            this.bump();
            let e = this.parse_expr_prefix_nested()?;
            Ok(this.mk_expr(lo.to(e.span), ast::ExprKind::Unary(op, e)))
        };
        match self.token.kind {
            TokenKind::Not => un(self, ast::UnOp::Not),
            TokenKind::BinOp(BinOpToken::Minus) => un(self, ast::UnOp::Neg),
            TokenKind::BinOp(BinOpToken::Star) => un(self, ast::UnOp::Deref),
            TokenKind::BinOp(BinOpToken::And) | TokenKind::AndAnd => {
                self.eat_and();
                self.parse_expr_borrow(lo)
            }
            TokenKind::Tilde => {
                self.sess
                    .dcx
                    .struct_err(lo, "`~` cannot be used as a unary operator")
                    .span_suggestion(lo, "use `!` to perform bitwise not", "!")
                    .emit();
                un(self, ast::UnOp::Not)
            }
            TokenKind::BinOp(BinOpToken::Plus)
                if self.look_ahead(1, |t| self.can_begin_expr(t)) =>
            {
                self.sess
                    .dcx
                    .struct_err(lo, "leading `+` is not supported")
                    .span_label(lo, "unexpected `+`")
                    .span_suggestion(lo, "try removing the `+`", "")
                    .emit();
                self.bump();
                self.parse_expr_prefix_nested()
            }
            _ => self.parse_expr_dot_or_call(),
        }
    }

    // Borrow = "&" ("raw" ("const" | "mut") | "mut")? PrefixExpr    (the `&` is eaten)
    fn parse_expr_borrow(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let (kind, mutbl) = if self.is_contextual(&self.token, kw::Raw)
            && self.look_ahead(1, |t| t.is_keyword(kw::Const) || t.is_keyword(kw::Mut))
        {
            self.bump();
            let mutbl = if self.eat_keyword(kw::Mut) {
                ast::Mutability::Mut
            } else {
                self.bump();
                ast::Mutability::Not
            };
            (ast::BorrowKind::Raw, mutbl)
        } else {
            (ast::BorrowKind::Ref, self.parse_mutability())
        };
        let e = self.parse_expr_prefix_nested()?;
        // `&raw x`: `const` or `mut` was probably meant after `raw`; list them as expected.
        if matches!(&e.kind, ast::ExprKind::Path(None, p) if p.is_ident(kw::Raw))
            && self.can_begin_expr(&self.token)
        {
            self.expected_tokens.push(TokenType::Keyword(kw::Const));
            self.expected_tokens.push(TokenType::Keyword(kw::Mut));
        }
        Ok(self.mk_expr(lo.to(e.span), ast::ExprKind::AddrOf(kind, mutbl, e)))
    }

    // PostfixExpr = BottomExpr ("?" | "." DotSuffix | "(" Args ")" | "[" Expr "]")*
    fn parse_expr_dot_or_call(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        let base = self.parse_expr_bottom()?;
        self.parse_expr_dot_or_call_with(base, lo)
    }

    // PostfixRest = ("?" | "." DotSuffix | "(" Args ")" | "[" Expr "]")*
    pub(crate) fn parse_expr_dot_or_call_with(
        &mut self,
        mut e: P<ast::Expr>,
        lo: Span,
    ) -> PResult<'a, P<ast::Expr>> {
        loop {
            if self.eat(&TokenKind::Question) {
                e = self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Try(e));
                continue;
            }
            if self.eat(&TokenKind::Dot) {
                e = self.parse_dot_suffix_expr(lo, e)?;
                continue;
            }
            if self.expr_is_complete(&e) {
                return Ok(e);
            }
            e = match self.token.kind {
                TokenKind::OpenDelim(Delimiter::Parenthesis) => {
                    let args = self.parse_expr_paren_seq()?;
                    self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Call(e, args))
                }
                TokenKind::OpenDelim(Delimiter::Bracket) => {
                    let open = self.token.span;
                    self.bump();
                    let index = self.parse_expr()?;
                    self.expect(&TokenKind::CloseDelim(Delimiter::Bracket))?;
                    let brackets = open.to(self.prev_token.span);
                    self.mk_expr(
                        lo.to(self.prev_token.span),
                        ast::ExprKind::Index(e, index, brackets),
                    )
                }
                _ => return Ok(e),
            };
        }
    }

    /// `(a, b, c)` call arguments.
    fn parse_expr_paren_seq(&mut self) -> PResult<'a, Vec<P<ast::Expr>>> {
        self.parse_delim_comma_seq(Delimiter::Parenthesis, |p| p.parse_expr())
    }

    // DotSuffix = "await" | Ident ("::" GenericArgs)? ("(" Args ")")? | TupleIndex
    fn parse_dot_suffix_expr(&mut self, lo: Span, base: P<ast::Expr>) -> PResult<'a, P<ast::Expr>> {
        match self.token.kind {
            TokenKind::Literal(token::Lit {
                kind: LitKind::Integer,
                symbol,
                suffix,
            }) => {
                let span = self.token.span;
                self.bump();
                Ok(self.mk_tuple_field(lo, span, base, symbol, suffix))
            }
            TokenKind::Literal(token::Lit {
                kind: LitKind::Float,
                symbol,
                suffix,
            }) => {
                let span = self.token.span;
                self.parse_float_field(lo, span, base, symbol, suffix)
            }
            _ => {
                if self.is_keyword(&self.token, kw::Await) {
                    let await_span = self.token.span;
                    self.bump();
                    return Ok(
                        self.mk_expr(lo.to(await_span), ast::ExprKind::Await(base, await_span))
                    );
                }
                if self.token.ident().is_none() {
                    let found = self.token_descr(&self.token);
                    let span = self.token.span;
                    self.sess
                        .dcx
                        .struct_err(span, format!("unexpected token: {found}"))
                        .emit();
                    return Ok(base);
                }
                let name_lo = self.token.span;
                let ident = self.parse_ident()?;
                let args = if self.check(&TokenKind::PathSep)
                    && self.look_ahead(1, |t| {
                        matches!(t.kind, TokenKind::Lt | TokenKind::BinOp(BinOpToken::Shl))
                    }) {
                    self.bump();
                    let args_lo = self.token.span;
                    self.eat_lt();
                    let args = self.parse_angle_args()?;
                    self.expect_gt()?;
                    Some(P::new(ast::GenericArgs::AngleBracketed(
                        ast::AngleBracketedArgs {
                            span: args_lo.to(self.prev_token.span),
                            args,
                        },
                    )))
                } else {
                    None
                };
                if self.check(&TokenKind::OpenDelim(Delimiter::Parenthesis)) {
                    let call_args = self.parse_expr_paren_seq()?;
                    let seg = ast::PathSegment {
                        ident,
                        id: self.next_id(),
                        args,
                    };
                    let mc = ast::MethodCall {
                        seg,
                        receiver: base,
                        args: call_args,
                        span: name_lo.to(self.prev_token.span),
                    };
                    return Ok(self.mk_expr(
                        lo.to(self.prev_token.span),
                        ast::ExprKind::MethodCall(Box::new(mc)),
                    ));
                }
                if let Some(args) = args {
                    self.sess.dcx.err(
                        args.span(),
                        "field expressions cannot have generic arguments",
                    );
                }
                Ok(self.mk_expr(
                    lo.to(self.prev_token.span),
                    ast::ExprKind::Field(base, ident),
                ))
            }
        }
    }

    fn mk_tuple_field(
        &self,
        lo: Span,
        span: Span,
        base: P<ast::Expr>,
        symbol: Symbol,
        suffix: Option<Symbol>,
    ) -> P<ast::Expr> {
        if let Some(suffix) = suffix {
            let suffix = self.sess.str(suffix).to_string();
            self.sess
                .dcx
                .struct_err(span, "suffixes on a tuple index are invalid")
                .span_label(span, format!("invalid suffix `{suffix}`"))
                .emit();
        }
        self.mk_expr(
            lo.to(span),
            ast::ExprKind::Field(base, Ident::new(symbol, span)),
        )
    }

    /// `x.0.1` lexes as `x` `.` `0.1`: the float is split into two tuple fields.
    fn parse_float_field(
        &mut self,
        lo: Span,
        span: Span,
        base: P<ast::Expr>,
        symbol: Symbol,
        suffix: Option<Symbol>,
    ) -> PResult<'a, P<ast::Expr>> {
        let text = self.sess.str(symbol).to_string();
        match text.split_once('.') {
            None => {
                // `x.1e3`: one field named by the whole token.
                self.bump();
                Ok(self.mk_tuple_field(lo, span, base, symbol, suffix))
            }
            Some((first, "")) => {
                // `x.1.` followed by something else: the field `1`, then a `.` to continue with.
                let first_span = span.sub(0, first.len() as u32);
                let dot_span = span.sub(first.len() as u32, text.len() as u32);
                let first_sym = self.sess.intern(first);
                let e = self.mk_tuple_field(lo, first_span, base, first_sym, None);
                self.prev_token = token::Token::new(TokenKind::Ident(first_sym, false), first_span);
                self.token = token::Token::new(TokenKind::Dot, dot_span);
                Ok(e)
            }
            Some((first, second)) => {
                let first_span = span.sub(0, first.len() as u32);
                let second_span = span.sub(first.len() as u32 + 1, text.len() as u32);
                let (first_sym, second_sym) = (self.sess.intern(first), self.sess.intern(second));
                self.bump();
                let e = self.mk_tuple_field(lo, first_span, base, first_sym, None);
                Ok(self.mk_tuple_field(lo, second_span, e, second_sym, suffix))
            }
        }
    }

    // BottomExpr = Literal | Path | MacroCall | StructExpr | "(" ... ")" | "[" ... "]" | Block
    //            | Closure | If | Match | Loop | While | For | Labeled | Return | Break
    //            | Continue | Let | Async | Const | Unsafe | Try | Yield | "_"
    fn parse_expr_bottom(&mut self) -> PResult<'a, P<ast::Expr>> {
        // Classify first, then make one call in tail position: this function sits on the
        // native stack at every nesting level, so it must keep no temporaries of its own.
        let lo = self.token.span;
        match self.classify_bottom() {
            Bottom::Interpolated => self.parse_expr_interpolated(lo),
            Bottom::Lit => self.parse_expr_lit(),
            Bottom::Parens => self.parse_expr_tuple_parens(),
            Bottom::Array => self.parse_expr_array_or_repeat(),
            Bottom::Block => self.parse_expr_block(None, lo, ast::BlockCheckMode::Default),
            Bottom::Closure => self.parse_expr_closure(),
            Bottom::Labeled => self.parse_expr_labeled(),
            Bottom::AsyncBlock => self.parse_expr_async_block(lo),
            Bottom::For => self.parse_expr_for(None, lo),
            Bottom::If => self.parse_expr_if(lo),
            Bottom::Match => self.parse_expr_match(lo),
            Bottom::Loop => self.parse_expr_loop(None, lo),
            Bottom::While => self.parse_expr_while(None, lo),
            Bottom::Unsafe => self.parse_expr_block(None, lo, ast::BlockCheckMode::Unsafe),
            Bottom::ConstBlock => self.parse_expr_const_block(lo),
            Bottom::TryBlock => self.parse_expr_try_block(lo),
            Bottom::Return => self.parse_expr_return(lo),
            Bottom::Break => self.parse_expr_break(lo),
            Bottom::Continue => self.parse_expr_continue(lo),
            Bottom::Yield => self.parse_expr_yield(lo),
            Bottom::Become => self.parse_expr_become(lo),
            Bottom::Let => self.parse_expr_let(lo),
            Bottom::Underscore => self.parse_expr_underscore(lo),
            Bottom::Path => self.parse_expr_path_start(lo),
            Bottom::None => Err(self.expected_expression()),
        }
    }

    /// Which bottom expression starts here; eats the keyword for the keyword forms whose
    /// parse functions start after it.
    fn classify_bottom(&mut self) -> Bottom {
        if let TokenKind::Interpolated(nt) = &self.token.kind {
            if matches!(
                &**nt,
                Nonterminal::Expr(_)
                    | Nonterminal::Literal(_)
                    | Nonterminal::Block(_)
                    | Nonterminal::Path(_)
            ) {
                return Bottom::Interpolated;
            }
        }
        match self.token.kind {
            TokenKind::Literal(_) => return Bottom::Lit,
            TokenKind::OpenDelim(Delimiter::Parenthesis) => return Bottom::Parens,
            TokenKind::OpenDelim(Delimiter::Bracket) => return Bottom::Array,
            TokenKind::OpenDelim(Delimiter::Brace) => return Bottom::Block,
            TokenKind::BinOp(BinOpToken::Or) | TokenKind::OrOr => return Bottom::Closure,
            _ => {}
        }
        if self.token.lifetime().is_some() {
            return Bottom::Labeled;
        }
        if self.token.is_bool_lit() {
            return Bottom::Lit;
        }
        let next_is_brace = |p: &Self, n: usize| {
            p.look_ahead(n, |t| t.kind == TokenKind::OpenDelim(Delimiter::Brace))
        };
        let kw = |p: &Self, k: Symbol| p.is_keyword(&p.token, k);
        if kw(self, kw::Move)
            || (kw(self, kw::Static) && self.look_ahead(1, is_closure_start_or_move))
        {
            return Bottom::Closure;
        }
        if kw(self, kw::Async) {
            if next_is_brace(self, 1)
                || (self.is_keyword_ahead(1, &[kw::Move]) && next_is_brace(self, 2))
            {
                return Bottom::AsyncBlock;
            }
            return Bottom::Closure;
        }
        if kw(self, kw::For) {
            if self.look_ahead(1, |t| t.kind == TokenKind::Lt) {
                return Bottom::Closure;
            }
            self.bump();
            return Bottom::For;
        }
        let simple = [
            (kw::If, Bottom::If),
            (kw::Match, Bottom::Match),
            (kw::Loop, Bottom::Loop),
            (kw::While, Bottom::While),
            (kw::Return, Bottom::Return),
            (kw::Break, Bottom::Break),
            (kw::Continue, Bottom::Continue),
            (kw::Yield, Bottom::Yield),
            (kw::Become, Bottom::Become),
        ];
        for (k, b) in simple {
            if kw(self, k) {
                self.bump();
                return b;
            }
        }
        if kw(self, kw::Unsafe) && next_is_brace(self, 1) {
            self.bump();
            return Bottom::Unsafe;
        }
        if kw(self, kw::Const) && next_is_brace(self, 1) {
            self.bump();
            return Bottom::ConstBlock;
        }
        if kw(self, kw::Try) && next_is_brace(self, 1) {
            self.bump();
            return Bottom::TryBlock;
        }
        if kw(self, kw::Let) {
            return Bottom::Let;
        }
        if self.token.is_keyword(kw::Underscore) {
            return Bottom::Underscore;
        }
        if self.is_path_start(&self.token) {
            return Bottom::Path;
        }
        Bottom::None
    }

    fn expected_expression(&mut self) -> Box<smelt_errors::Diag<'a>> {
        let found = self.token_descr(&self.token);
        let span = self.token.span;
        Box::new(
            self.sess
                .dcx
                .struct_err(span, format!("expected expression, found {found}"))
                .span_label(span, "expected expression"),
        )
    }

    // InterpolatedExpr = $expr | $literal | $block | $path
    fn parse_expr_interpolated(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let Some(nt) = self.interpolated() else {
            return Err(self.expected_expression());
        };
        match &*nt {
            Nonterminal::Expr(e) | Nonterminal::Literal(e) => {
                let e = e.clone();
                self.bump();
                Ok(e)
            }
            Nonterminal::Block(b) => {
                let b = b.clone();
                self.bump();
                Ok(self.mk_expr(lo, ast::ExprKind::Block(b, None)))
            }
            Nonterminal::Path(path) => {
                let path = (**path).clone();
                self.bump();
                self.parse_expr_path_rest(lo, None, path)
            }
            _ => Err(self.expected_expression()),
        }
    }

    // LitExpr = Lit
    fn parse_expr_lit(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lit = self.parse_lit()?;
        Ok(self.mk_expr(lit.span, ast::ExprKind::Lit(lit)))
    }

    // AsyncBlock = "async" "move"? Block
    fn parse_expr_async_block(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        self.bump();
        let capture = if self.eat_keyword(kw::Move) {
            ast::CaptureBy::Value(self.prev_token.span)
        } else {
            ast::CaptureBy::Ref
        };
        let block = self.parse_block()?;
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Async(capture, block),
        ))
    }

    // ConstBlock = "const" Block
    fn parse_expr_const_block(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let block = self.parse_block()?;
        let value = self.mk_expr(block.span, ast::ExprKind::Block(block, None));
        let anon = ast::AnonConst {
            id: self.next_id(),
            value,
        };
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::ConstBlock(anon)))
    }

    // TryBlock = "try" Block
    fn parse_expr_try_block(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let block = self.parse_block()?;
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::TryBlock(block)))
    }

    // Return = "return" Expr?
    fn parse_expr_return(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let e = self.parse_expr_opt()?;
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Ret(e)))
    }

    // Continue = "continue" Label?
    fn parse_expr_continue(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let label = self.eat_label();
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Continue(label)))
    }

    // Yield = "yield" Expr?
    fn parse_expr_yield(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let e = self.parse_expr_opt()?;
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Yield(e)))
    }

    // Become = "become" Expr
    fn parse_expr_become(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let e = self.parse_expr()?;
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Become(e)))
    }

    // UnderscoreExpr = "_"
    fn parse_expr_underscore(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        self.bump();
        Ok(self.mk_expr(lo, ast::ExprKind::Underscore))
    }

    // PathExpr = QPath | Path ("!" DelimArgs | StructExpr)?
    fn parse_expr_path_start(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let (qself, path) = self.parse_maybe_qpath(PathStyle::Expr)?;
        self.parse_expr_path_rest(lo, qself, path)
    }

    /// After a path in expression position: a macro call, a struct literal, or the path.
    fn parse_expr_path_rest(
        &mut self,
        lo: Span,
        qself: Option<P<ast::QSelf>>,
        path: ast::Path,
    ) -> PResult<'a, P<ast::Expr>> {
        if qself.is_none()
            && self.check(&TokenKind::Not)
            && self.look_ahead(1, |t| matches!(t.kind, TokenKind::OpenDelim(_)))
        {
            self.bump();
            let mac = self.parse_mac_call_after_path(path)?;
            return Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::MacCall(mac)));
        }
        if self.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
            let struct_allowed = !self.restrictions.no_struct_literal;
            if struct_allowed || self.is_certainly_not_a_block() {
                let e = self.parse_expr_struct(lo, qself, path)?;
                if !struct_allowed {
                    self.sess
                        .dcx
                        .struct_err(e.span, "struct literals are not allowed here")
                        .span_suggestion(
                            e.span.shrink_to_lo(),
                            "surround the struct literal with parentheses",
                            "(",
                        )
                        .emit();
                }
                return Ok(e);
            }
        }
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Path(qself, path),
        ))
    }

    /// `{ ident, ` and `{ ident: expr, ` cannot start a block.
    fn is_certainly_not_a_block(&self) -> bool {
        self.look_ahead(1, |t| self.ident_of(t).is_some())
            && (self.look_ahead(2, |t| t.kind == TokenKind::Comma)
                || (self.look_ahead(2, |t| t.kind == TokenKind::Colon)
                    && (self.look_ahead(4, |t| t.kind == TokenKind::Comma)
                        || self.look_ahead(3, |t| !self.can_begin_type(t)))))
    }

    // StructExpr = Path "{" (ExprField ("," ExprField)*)? ("," ".." Expr?)? ","? "}"
    /// `S { ..base, }`: the comma is reported and skipped.
    fn recover_comma_after_base(&mut self) {
        if self.token.kind == TokenKind::Comma {
            let span = self.token.span;
            self.sess
                .dcx
                .struct_err(span, "cannot use a comma after the base struct")
                .note("the base struct must always be the last field")
                .span_suggestion(span, "remove this comma", "")
                .emit();
            self.bump();
        }
    }

    // ExprField = OuterAttr* ((Ident | TupleIndex) ":" Expr | Ident)
    pub(crate) fn parse_expr_struct(
        &mut self,
        lo: Span,
        qself: Option<P<ast::QSelf>>,
        path: ast::Path,
    ) -> PResult<'a, P<ast::Expr>> {
        self.expect(&TokenKind::OpenDelim(Delimiter::Brace))?;
        let mut fields = Vec::new();
        let mut rest = ast::StructRest::None;
        loop {
            if self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                break;
            }
            if self.eat(&TokenKind::DotDot) {
                let dots = self.prev_token.span;
                if self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                    rest = ast::StructRest::Rest(dots);
                } else {
                    rest = ast::StructRest::Base(self.parse_expr()?);
                    self.recover_comma_after_base();
                }
                break;
            }
            let field = self.parse_expr_field()?;
            fields.push(field);
            if !self.eat(&TokenKind::Comma) {
                if !self.check(&TokenKind::CloseDelim(Delimiter::Brace)) {
                    return Err(Box::new(self.unexpected_error()));
                }
                break;
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Brace))?;
        let se = ast::StructExpr {
            qself,
            path,
            fields,
            rest,
        };
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Struct(P::new(se)),
        ))
    }

    // ExprField = OuterAttr* ((Ident | TupleIndex) ":" Expr | Ident)
    fn parse_expr_field(&mut self) -> PResult<'a, ast::ExprField> {
        let attrs = self.parse_outer_attributes()?;
        let field_lo = self.token.span;
        let is_named = self.look_ahead(1, |t| t.kind == TokenKind::Colon)
            && (self.ident_of(&self.token).is_some()
                || matches!(
                    self.token.kind,
                    TokenKind::Literal(token::Lit {
                        kind: LitKind::Integer,
                        ..
                    })
                ));
        if is_named {
            let ident = match self.token.kind {
                TokenKind::Literal(lit) => {
                    let ident = Ident::new(lit.symbol, self.token.span);
                    self.bump();
                    ident
                }
                _ => self.parse_ident()?,
            };
            self.bump(); // `:`
            let expr = self.parse_expr()?;
            Ok(ast::ExprField {
                attrs,
                id: self.next_id(),
                span: field_lo.to(self.prev_token.span),
                ident,
                expr,
                is_shorthand: false,
            })
        } else {
            let ident = self.parse_ident()?;
            // `S { a 1 }`: a `:` was possible after the name too.
            self.check(&TokenKind::Colon);
            let path = ast::Path {
                span: ident.span,
                segments: vec![ast::PathSegment {
                    ident,
                    id: self.next_id(),
                    args: None,
                }],
            };
            let expr = self.mk_expr(ident.span, ast::ExprKind::Path(None, path));
            Ok(ast::ExprField {
                attrs,
                id: self.next_id(),
                span: ident.span,
                ident,
                expr,
                is_shorthand: true,
            })
        }
    }

    // ParenExpr = "(" ")" | "(" Expr ")" | "(" Expr "," (Expr ("," Expr)* ","?)? ")"
    fn parse_expr_tuple_parens(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        self.bump();
        let mut elems = Vec::new();
        let mut trailing_comma = false;
        loop {
            if self.check(&TokenKind::CloseDelim(Delimiter::Parenthesis)) {
                break;
            }
            elems.push(self.parse_expr()?);
            trailing_comma = false;
            if self.check(&TokenKind::Comma) {
                self.bump();
                trailing_comma = true;
            } else if self.check(&TokenKind::CloseDelim(Delimiter::Parenthesis)) {
                break;
            } else {
                return Err(Box::new(self.unexpected_error()));
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Parenthesis))?;
        let span = lo.to(self.prev_token.span);
        if elems.len() == 1 && !trailing_comma {
            if let Some(e) = elems.pop() {
                return Ok(self.mk_expr(span, ast::ExprKind::Paren(e)));
            }
        }
        Ok(self.mk_expr(span, ast::ExprKind::Tup(elems)))
    }

    // ArrayExpr = "[" (Expr ("," Expr)* ","?)? "]" | "[" Expr ";" Expr "]"
    fn parse_expr_array_or_repeat(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        self.bump();
        let close = TokenKind::CloseDelim(Delimiter::Bracket);
        if self.eat(&close) {
            return Ok(self.mk_expr(
                lo.to(self.prev_token.span),
                ast::ExprKind::Array(Vec::new()),
            ));
        }
        let first = self.parse_expr()?;
        if self.eat(&TokenKind::Semi) {
            let count = self.parse_expr()?;
            self.expect(&close)?;
            let count = ast::AnonConst {
                id: self.next_id(),
                value: count,
            };
            return Ok(self.mk_expr(
                lo.to(self.prev_token.span),
                ast::ExprKind::Repeat(first, count),
            ));
        }
        let mut elems = vec![first];
        loop {
            if self.check(&TokenKind::Comma) {
                self.bump();
                if self.check(&close) {
                    break;
                }
                elems.push(self.parse_expr()?);
            } else if self.check(&close) {
                break;
            } else {
                elems.push(self.recover_missing_sep(&TokenKind::Comma, |p| p.parse_expr())?);
            }
        }
        self.expect(&close)?;
        Ok(self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Array(elems)))
    }

    /// A block expression; the current token is `{`.
    pub(crate) fn parse_expr_block(
        &mut self,
        label: Option<ast::Label>,
        lo: Span,
        rules: ast::BlockCheckMode,
    ) -> PResult<'a, P<ast::Expr>> {
        let mut block = self.parse_block()?;
        block.rules = rules;
        if rules == ast::BlockCheckMode::Unsafe {
            block.span = lo.to(block.span);
        }
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Block(block, label),
        ))
    }

    // OptExpr = Expr?    (when the token can start one)
    fn parse_expr_opt(&mut self) -> PResult<'a, Option<P<ast::Expr>>> {
        if self.can_begin_expr(&self.token) {
            Ok(Some(self.parse_expr()?))
        } else {
            Ok(None)
        }
    }

    fn eat_label(&mut self) -> Option<ast::Label> {
        let ident = self.token.lifetime()?;
        self.bump();
        Some(ast::Label { ident })
    }

    // Break = "break" Label? Expr?
    fn parse_expr_break(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let label = self.eat_label();
        let value = if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace)
            && self.restrictions.no_struct_literal
        {
            None
        } else {
            self.parse_expr_opt()?
        };
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Break(label, value),
        ))
    }

    // Labeled = Label ":" (Loop | While | For | Block)
    fn parse_expr_labeled(&mut self) -> PResult<'a, P<ast::Expr>> {
        let lo = self.token.span;
        let Some(label) = self.eat_label() else {
            return Err(Box::new(self.unexpected_error()));
        };
        let ate_colon = self.eat(&TokenKind::Colon);
        let expr = if self.eat_keyword(kw::While) {
            self.parse_expr_while(Some(label), lo)?
        } else if self.eat_keyword(kw::For) {
            self.parse_expr_for(Some(label), lo)?
        } else if self.eat_keyword(kw::Loop) {
            self.parse_expr_loop(Some(label), lo)?
        } else if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
            self.parse_expr_block(Some(label), lo, ast::BlockCheckMode::Default)?
        } else {
            let span = self.token.span;
            self.sess
                .dcx
                .struct_err(span, "expected `while`, `for`, `loop` or `{` after a label")
                .span_label(span, "expected `while`, `for`, `loop` or `{` after a label")
                .emit();
            let e = self.parse_expr()?;
            return Ok(e);
        };
        if !ate_colon {
            self.sess
                .dcx
                .struct_err(lo.to(expr.span), "labeled expression must be followed by `:`")
                .span_suggestion(lo.shrink_to_hi(), "add `:` after the label", ":")
                .note("labels are used before loops and blocks, allowing e.g., `break 'label` to them")
                .emit();
        }
        Ok(expr)
    }

    // Cond = Expr    (no struct literals; `let` allowed, chained with `&&`)
    fn parse_expr_cond(&mut self) -> PResult<'a, P<ast::Expr>> {
        let cond = self.parse_expr_res(Restrictions {
            no_struct_literal: true,
            allow_let: true,
            stmt_expr: false,
        })?;
        self.check_let_chain(&cond);
        Ok(cond)
    }

    /// Reports `let` in a condition where it is not allowed: inside anything but a chain of
    /// `&&`, and in a chain at all before edition 2024.
    fn check_let_chain(&mut self, cond: &ast::Expr) {
        let mut chain: Vec<&ast::Expr> = Vec::new();
        let mut stack = vec![cond];
        while let Some(e) = stack.pop() {
            match &e.kind {
                ast::ExprKind::Binary(op, l, r) if op.node == BinOpKind::And => {
                    stack.push(r);
                    stack.push(l);
                }
                _ => chain.push(e),
            }
        }
        let is_chain = chain.len() > 1;
        for e in chain {
            match &e.kind {
                ast::ExprKind::Let(..) => {
                    if is_chain && self.edition < Edition::E2024 && !self.let_chain_reported {
                        self.let_chain_reported = true;
                        self.sess
                            .dcx
                            .err(e.span, "let chains are only allowed in Rust 2024 or later");
                    }
                }
                _ => {
                    if let Some(span) = find_nested_let(e) {
                        self.sess
                            .dcx
                            .struct_err(span, "expected expression, found `let` statement")
                            .note("only supported directly in conditions of `if` and `while` expressions")
                            .emit();
                    }
                }
            }
        }
    }

    // Let = "let" Pat "=" Expr    (the scrutinee binds tighter than `&&` and `||`)
    fn parse_expr_let(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        if !self.restrictions.allow_let {
            let span = self.token.span;
            let diag = self
                .sess
                .dcx
                .struct_err(span, "expected expression, found `let` statement")
                .span_label(span, "expected expression")
                .note("only supported directly in conditions of `if` and `while` expressions");
            diag.emit();
        }
        self.bump();
        let pat = self.parse_pat_allow_top_alt(true)?;
        self.expect(&TokenKind::Eq)?;
        let res = Restrictions {
            allow_let: false,
            ..self.restrictions
        };
        let scrutinee = self.with_res(res, |this| {
            this.parse_expr_assoc_with(MinPrec::Excluded(prec::LAND))
        })?;
        let span = lo.to(scrutinee.span);
        Ok(self.mk_expr(span, ast::ExprKind::Let(pat, scrutinee, span)))
    }

    // IfExpr = "if" Cond Block ("else" (IfExpr | Block))?
    /// Parses `if` (already eaten). `else if` chains are parsed in a loop.
    fn parse_expr_if(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let mut branches: Vec<(Span, P<ast::Expr>, P<ast::Block>)> = Vec::new();
        let mut branch_lo = lo;
        let final_else = loop {
            let cond = self.parse_expr_cond()?;
            let (cond, then) = self.parse_if_then(branch_lo, cond)?;
            branches.push((branch_lo, cond, then));
            if !self.eat_keyword(kw::Else) {
                break None;
            }
            let else_lo = self.token.span;
            if self.eat_keyword(kw::If) {
                branch_lo = else_lo;
                continue;
            }
            let block = self.parse_else_block()?;
            break Some(self.mk_expr(block.span, ast::ExprKind::Block(block, None)));
        };
        // Build the chain inside out: the last `else if` is the innermost `If`.
        let mut els = final_else;
        while let Some((branch_lo, cond, then)) = branches.pop() {
            let hi = els.as_ref().map_or(then.span, |e| e.span);
            els = Some(self.mk_expr(branch_lo.to(hi), ast::ExprKind::If(cond, then, els.take())));
        }
        match els {
            Some(e) => Ok(e),
            None => Err(Box::new(self.unexpected_error())),
        }
    }

    /// The block after an `if` condition. When the condition swallowed the block (`if { }`,
    /// `if x == { }`), that is reported as rustc does and the block taken back.
    fn parse_if_then(
        &mut self,
        if_span: Span,
        cond: P<ast::Expr>,
    ) -> PResult<'a, (P<ast::Expr>, P<ast::Block>)> {
        if self.is_block_start() {
            let block = self.parse_block()?;
            return Ok((cond, block));
        }
        self.recover_if_without_block(if_span, cond)
    }

    /// No block after the condition: maybe the condition swallowed it.
    fn recover_if_without_block(
        &mut self,
        if_span: Span,
        cond: P<ast::Expr>,
    ) -> PResult<'a, (P<ast::Expr>, P<ast::Block>)> {
        let mut cond = cond;
        let err_cond = |p: &Self, span: Span| p.mk_expr_err(span);
        match std::mem::replace(&mut cond.kind, ast::ExprKind::Err) {
            ast::ExprKind::Block(block, None) => {
                let block_start = cond.span.sub(0, 1);
                self.sess
                    .dcx
                    .struct_err(if_span.shrink_to_hi(), "missing condition for `if` expression")
                    .span_label(if_span.shrink_to_hi(), "expected condition here")
                    .span_label(
                        block_start,
                        "if this block is the condition of the `if` expression, then it must be followed by another block",
                    )
                    .emit();
                Ok((err_cond(self, cond.span.shrink_to_lo()), block))
            }
            ast::ExprKind::Binary(op, lhs, rhs)
                if matches!(rhs.kind, ast::ExprKind::Block(_, None)) =>
            {
                self.sess
                    .dcx
                    .struct_err(
                        if_span,
                        "this `if` expression is missing a block after the condition",
                    )
                    .span_help(
                        lhs.span.to(op.span),
                        "this binary operation is possibly unfinished",
                    )
                    .emit();
                let rhs_span = rhs.span;
                let block = match rhs.kind {
                    ast::ExprKind::Block(block, _) => block,
                    _ => return Err(self.expected_block_error()),
                };
                cond.kind = ast::ExprKind::Binary(op, lhs, err_cond(self, rhs_span.shrink_to_lo()));
                Ok((cond, block))
            }
            kind => {
                cond.kind = kind;
                let field_like = matches!(
                    cond.kind,
                    ast::ExprKind::Path(..) | ast::ExprKind::Field(..)
                ) && self.ident_of(&self.token).is_some()
                    && self.look_ahead(1, |t| t.kind == TokenKind::OpenDelim(Delimiter::Brace));
                let gap = cond.span.between(self.token.span);
                let mut err = self.expected_block_error().span_note(
                    cond.span,
                    "the `if` expression is missing a block after this condition",
                );
                if field_like {
                    err = err.span_suggestion(
                        gap,
                        "you might have meant to write a field access",
                        ".",
                    );
                }
                Err(Box::new(err))
            }
        }
    }

    fn is_block_start(&self) -> bool {
        self.token.kind == TokenKind::OpenDelim(Delimiter::Brace)
            || matches!(&self.token.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Block(_)))
    }

    // ElseBlock = Block
    fn parse_else_block(&mut self) -> PResult<'a, P<ast::Block>> {
        if self.is_block_start() {
            return self.parse_block();
        }
        Err(self.expected_block_error())
    }

    // WhileExpr = "while" Cond Block
    fn parse_expr_while(
        &mut self,
        label: Option<ast::Label>,
        lo: Span,
    ) -> PResult<'a, P<ast::Expr>> {
        let kw_span = self.prev_token.span;
        let cond = self.parse_expr_cond().map_err(|e| {
            e.span_label(
                kw_span,
                "while parsing the condition of this `while` expression",
            )
        })?;
        let cond_span = cond.span;
        let body = self.parse_block().map_err(|e| {
            e.span_label(kw_span, "while parsing the body of this `while` expression")
                .span_label(cond_span, "this `while` condition successfully parsed")
        })?;
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::While(cond, body, label),
        ))
    }

    // ForExpr = "for" Pat "in" Expr Block
    fn parse_expr_for(&mut self, label: Option<ast::Label>, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let pat = self.parse_pat_allow_top_alt(true)?;
        if !self.eat_keyword(kw::In) {
            if self.can_begin_expr(&self.token)
                && self.token.kind != TokenKind::OpenDelim(Delimiter::Brace)
            {
                let span = self.prev_token.span.between(self.token.span);
                self.sess
                    .dcx
                    .struct_err(span, "missing `in` in `for` loop")
                    .span_suggestion(span, "try adding `in` here", " in ")
                    .emit();
            } else {
                return Err(Box::new(self.unexpected_error()));
            }
        }
        let iter = self.parse_expr_no_struct()?;
        let body = self.parse_block()?;
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::ForLoop {
                pat,
                iter,
                body,
                label,
            },
        ))
    }

    // LoopExpr = "loop" Block
    fn parse_expr_loop(
        &mut self,
        label: Option<ast::Label>,
        lo: Span,
    ) -> PResult<'a, P<ast::Expr>> {
        let kw_span = self.prev_token.span;
        let body = self
            .parse_block()
            .map_err(|e| e.span_label(kw_span, "while parsing this `loop` expression"))?;
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Loop(body, label),
        ))
    }

    // MatchExpr = "match" Expr "{" InnerAttr* Arm* "}"
    fn parse_expr_match(&mut self, lo: Span) -> PResult<'a, P<ast::Expr>> {
        let match_span = self.prev_token.span;
        let scrutinee = self.parse_expr_no_struct()?;
        if !self.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
            return Err(Box::new(
                self.unexpected_error()
                    .span_label(match_span, "while parsing this `match` expression"),
            ));
        }
        self.bump();
        // Inner attributes of a `match` body have no place in the AST; they are dropped.
        let _inner = self.parse_inner_attributes()?;
        let mut arms = Vec::new();
        while !matches!(self.token.kind, TokenKind::CloseDelim(_) | TokenKind::Eof) {
            match self.parse_arm() {
                Ok(arm) => arms.push(arm),
                Err(e) => {
                    // Give up on the rest of the arms, as rustc does.
                    e.emit();
                    self.skip_to_end_of_group();
                    break;
                }
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Brace))?;
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Match(scrutinee, arms),
        ))
    }

    // Arm = OuterAttr* Pat ("if" Expr)? "=>" Expr ","?
    fn parse_arm(&mut self) -> PResult<'a, ast::Arm> {
        let attrs = self.parse_outer_attributes()?;
        let lo = self.token.span;
        let pat = self.parse_pat_allow_top_alt(true)?;
        let guard = if self.eat_keyword(kw::If) {
            Some(self.parse_expr_res(Restrictions {
                allow_let: true,
                ..Restrictions::default()
            })?)
        } else {
            None
        };
        self.expect(&TokenKind::FatArrow)?;
        let arrow_span = self.prev_token.span;
        let body = self
            .parse_expr_res(Restrictions {
                stmt_expr: true,
                ..Restrictions::default()
            })
            .map_err(|e| e.span_label(arrow_span, "while parsing the `match` arm starting here"))?;
        self.eat_arm_comma(&body, arrow_span)?;
        Ok(ast::Arm {
            attrs,
            pat,
            guard,
            body: Some(body),
            span: lo.to(self.prev_token.span),
            id: self.next_id(),
        })
    }

    /// The `,` after an arm, required unless the body is block-like or the arm is the last.
    fn eat_arm_comma(&mut self, body: &ast::Expr, arrow_span: Span) -> PResult<'a, ()> {
        let require_comma = expr_requires_semi_to_be_stmt(body)
            && self.token.kind != TokenKind::CloseDelim(Delimiter::Brace);
        if !require_comma {
            self.eat(&TokenKind::Comma);
        } else if !self.eat(&TokenKind::Comma) {
            if self.can_begin_pattern(&self.token) && self.token.kind != TokenKind::Comma {
                // `1 => 2 3 => 4`: a missing comma between two arms.
                let span = self.prev_hi();
                self.sess
                    .dcx
                    .struct_err(span, "expected `,` following `match` arm")
                    .span_suggestion(span, "missing a comma here to end this `match` arm", ",")
                    .emit();
            } else {
                self.check(&TokenKind::CloseDelim(Delimiter::Brace));
                return Err(Box::new(self.unexpected_error().span_label(
                    arrow_span,
                    "while parsing the `match` arm starting here",
                )));
            }
        }
        Ok(())
    }

    // Closure = ("for" Generics)? "static"? "async"? "move"? ("||" | "|" Params "|") ("->" TyNoPlus Block | Expr)
    fn parse_expr_closure(&mut self) -> PResult<'a, P<ast::Expr>> {
        // The head is parsed in its own frame: the body nests below this one.
        let lo = self.token.span;
        let head = self.parse_closure_head()?;
        let body = match head.output {
            ast::FnRetTy::Ty(_) => {
                let body_lo = self.token.span;
                if self.token.kind != TokenKind::OpenDelim(Delimiter::Brace) {
                    return Err(self.expected_block_error());
                }
                self.parse_expr_block(None, body_lo, ast::BlockCheckMode::Default)?
            }
            ast::FnRetTy::Default(_) => {
                let res = Restrictions {
                    stmt_expr: false,
                    allow_let: false,
                    ..self.restrictions
                };
                self.parse_expr_res(res)?
            }
        };
        let ClosureHead {
            binder,
            capture_clause,
            asyncness,
            movability_static,
            inputs,
            output,
            fn_decl_span,
        } = *head;
        let closure = ast::Closure {
            binder,
            capture_clause,
            constness: false,
            asyncness,
            movability_static,
            fn_decl: P::new(ast::FnDecl {
                inputs,
                output,
                c_variadic: false,
            }),
            body,
            fn_decl_span,
        };
        Ok(self.mk_expr(
            lo.to(self.prev_token.span),
            ast::ExprKind::Closure(Box::new(closure)),
        ))
    }

    // ClosureHead = ("for" Generics)? "static"? "async"? "move"? ("||" | "|" ClosureParams "|") ("->" TyNoPlus)?
    // ClosureParam = OuterAttr* PatNoTopAlt (":" Ty)?
    fn parse_closure_head(&mut self) -> PResult<'a, Box<ClosureHead>> {
        let binder = if self.is_keyword(&self.token, kw::For) {
            self.parse_late_bound_lifetime_defs()?
        } else {
            Vec::new()
        };
        let movability_static = self.eat_keyword(kw::Static);
        let asyncness = self.eat_keyword(kw::Async);
        let capture_clause = if self.eat_keyword(kw::Move) {
            ast::CaptureBy::Value(self.prev_token.span)
        } else {
            ast::CaptureBy::Ref
        };
        let decl_lo = self.token.span;
        let mut inputs = Vec::new();
        if !self.eat(&TokenKind::OrOr) {
            if !self.eat_or() {
                return Err(Box::new(self.unexpected_error()));
            }
            loop {
                if self.token.kind == TokenKind::BinOp(BinOpToken::Or)
                    || self.token.kind == TokenKind::OrOr
                {
                    break;
                }
                let attrs = self.parse_outer_attributes()?;
                let p_lo = self.token.span;
                let pat = self.parse_pat_no_top_alt()?;
                let ty = if self.eat(&TokenKind::Colon) {
                    self.parse_ty()?
                } else {
                    self.mk_ty(pat.span, ast::TyKind::Infer)
                };
                inputs.push(ast::Param {
                    attrs,
                    ty,
                    pat,
                    id: self.next_id(),
                    span: p_lo.to(self.prev_token.span),
                });
                if !self.eat(&TokenKind::Comma) {
                    break;
                }
            }
            if !self.eat_or() {
                return Err(Box::new(self.unexpected_error()));
            }
        }
        let output = if self.eat(&TokenKind::RArrow) {
            ast::FnRetTy::Ty(self.parse_ty_no_plus()?)
        } else {
            ast::FnRetTy::Default(self.prev_hi())
        };
        let fn_decl_span = decl_lo.to(self.prev_token.span);
        Ok(Box::new(ClosureHead {
            binder,
            capture_clause,
            asyncness,
            movability_static,
            inputs,
            output,
            fn_decl_span,
        }))
    }
}

/// A closure before its body.
struct ClosureHead {
    binder: Vec<ast::GenericParam>,
    capture_clause: ast::CaptureBy,
    asyncness: bool,
    movability_static: bool,
    inputs: Vec<ast::Param>,
    output: ast::FnRetTy,
    fn_decl_span: Span,
}

/// The kinds of bottom expressions, for `parse_expr_bottom`'s dispatch.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Bottom {
    Interpolated,
    Lit,
    Parens,
    Array,
    Block,
    Closure,
    Labeled,
    AsyncBlock,
    For,
    If,
    Match,
    Loop,
    While,
    Unsafe,
    ConstBlock,
    TryBlock,
    Return,
    Break,
    Continue,
    Yield,
    Become,
    Let,
    Underscore,
    Path,
    None,
}

fn ident_can_begin_expr_kw(name: Symbol) -> bool {
    [
        kw::Async,
        kw::Do,
        kw::Box,
        kw::Break,
        kw::Const,
        kw::Continue,
        kw::False,
        kw::For,
        kw::Gen,
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
        kw::Safe,
        kw::Static,
        kw::Become,
    ]
    .contains(&name)
}

fn is_closure_start_or_move(t: &token::Token) -> bool {
    matches!(t.kind, TokenKind::BinOp(BinOpToken::Or) | TokenKind::OrOr)
        || t.is_keyword(kw::Move)
        || t.is_keyword(kw::Async)
}

fn prepend_attrs(e: &mut ast::Expr, mut attrs: Vec<ast::Attribute>) {
    if !attrs.is_empty() {
        attrs.append(&mut e.attrs);
        e.attrs = attrs;
    }
}

/// A `let` nested inside an operand (`(let x = y)`, `!let x = y`), where it is not allowed.
fn find_nested_let(e: &ast::Expr) -> Option<Span> {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ast::ExprKind::Let(_, _, span) => return Some(*span),
            ast::ExprKind::Binary(_, l, r) => {
                stack.push(l);
                stack.push(r);
            }
            // A `let` in parentheses was reported when it was parsed.
            ast::ExprKind::Unary(_, x) => stack.push(x),
            _ => {}
        }
    }
    None
}

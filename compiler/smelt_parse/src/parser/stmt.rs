//! Blocks and statements: `let` (with `else`), items, expression statements (where a
//! block-like expression needs no `;`), macro calls, and recovery to the next statement.

use smelt_ast::token::{Delimiter, Nonterminal, TokenKind};
use smelt_ast::{self as ast, P};
use smelt_span::{kw, Span};

use super::expr::expr_requires_semi_to_be_stmt;
use super::{PResult, Parser, PathStyle, Restrictions};

impl<'a> Parser<'a> {
    // Block = "{" InnerAttr* Stmt* "}"
    /// Parses a block.
    pub fn parse_block(&mut self) -> PResult<'a, P<ast::Block>> {
        self.parse_inner_attrs_and_block().map(|(_, block)| block)
    }

    /// Parses a block and the inner attributes at its start (which belong to the enclosing
    /// function, for a function body).
    pub(crate) fn parse_inner_attrs_and_block(
        &mut self,
    ) -> PResult<'a, (Vec<ast::Attribute>, P<ast::Block>)> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Block(block) = &*nt {
                let block = block.clone();
                self.bump();
                return Ok((Vec::new(), block));
            }
        }
        let lo = self.token.span;
        if self.token.kind != TokenKind::OpenDelim(Delimiter::Brace) {
            return Err(self.expected_block_error());
        }
        self.enter_nesting("block")?;
        self.block_depths.push(self.token_depth() + 1);
        self.bump();
        let res = self.parse_block_tail(lo);
        self.block_depths.pop();
        self.exit_nesting();
        res
    }

    /// "expected `{`, found `x`". When a statement follows, suggests putting it in a block.
    pub(crate) fn expected_block_error(&mut self) -> Box<smelt_errors::Diag<'a>> {
        let found = self.token_descr(&self.token);
        let span = self.token.span;
        let mut diag = self
            .sess
            .dcx
            .struct_err(span, format!("expected `{{`, found {found}"))
            .span_label(span, "expected `{`");
        if self.can_begin_expr(&self.token)
            && self.token.kind != TokenKind::OpenDelim(Delimiter::Brace)
        {
            // `if x foo();`: see whether a statement follows, then go back.
            let snapshot = self.snapshot();
            let nesting = self.nesting;
            if let Ok(Some(stmt)) = self.parse_stmt_without_recovery() {
                let ends_statement = self.token.kind == TokenKind::Semi;
                if let Some(text) = self
                    .sess
                    .source_map
                    .span_to_snippet(stmt.span)
                    .filter(|_| ends_statement)
                {
                    diag = diag.span_suggestion(
                        stmt.span,
                        "you might have meant to write this as part of a block",
                        format!("{{ {text} }}"),
                    );
                }
            }
            self.nesting = nesting;
            self.restore(snapshot);
        }
        Box::new(diag)
    }

    /// The statements of a block after its `{`, and its `}`.
    fn parse_block_tail(&mut self, lo: Span) -> PResult<'a, (Vec<ast::Attribute>, P<ast::Block>)> {
        let attrs = self.parse_inner_attributes_recovering();
        let mut stmts = Vec::new();
        loop {
            match self.token.kind {
                TokenKind::CloseDelim(Delimiter::Brace) => break,
                TokenKind::CloseDelim(_) | TokenKind::Eof => {
                    // Only in token streams built by hand: report and stop.
                    self.check(&TokenKind::CloseDelim(Delimiter::Brace));
                    return Err(Box::new(self.unexpected_error()));
                }
                _ => {}
            }
            let start = self.num_bumps;
            match self.parse_full_stmt() {
                Ok(Some(stmt)) => stmts.push(stmt),
                Ok(None) => {
                    if self.num_bumps == start {
                        // Nothing was parsed and nothing reported; never loop.
                        let e = self.unexpected_error();
                        e.emit();
                        self.recover_stmt();
                    }
                }
                Err(e) => {
                    e.emit();
                    let err_lo = self.token.span;
                    self.recover_stmt();
                    let span = err_lo.to(self.prev_token.span);
                    let err = self.mk_expr_err(span);
                    stmts.push(self.mk_stmt(span, ast::StmtKind::Semi(err)));
                }
            }
        }
        self.bump(); // `}`
        let block = ast::Block {
            stmts,
            id: self.next_id(),
            rules: ast::BlockCheckMode::Default,
            span: lo.to(self.prev_token.span),
        };
        Ok((attrs, P::new(block)))
    }

    /// After an error in a statement: skips to the end of it (a `;`, eaten) or of the block
    /// (its `}`, not eaten), leaving any groups the error was found in.
    pub(crate) fn recover_stmt(&mut self) {
        let depth = self.stmt_depth_floor();
        loop {
            match self.token.kind {
                TokenKind::Eof => return,
                // The depth of a closing delimiter is that of the group it closes' parent.
                TokenKind::CloseDelim(_) if self.token_depth() < depth => return,
                TokenKind::Semi if self.token_depth() <= depth => {
                    self.bump();
                    return;
                }
                _ => self.bump(),
            }
        }
    }

    /// The group depth of the statements of the innermost block being parsed.
    fn stmt_depth_floor(&self) -> usize {
        self.block_depths.last().copied().unwrap_or(0)
    }

    // Stmt = ";" | Let | Item | MacroCall ";"? | ExprWithBlock ";"? | Expr ";"
    /// Parses a statement including its trailing `;`; `None` at the end of the block.
    pub(crate) fn parse_full_stmt(&mut self) -> PResult<'a, Option<ast::Stmt>> {
        let Some(mut stmt) = self.parse_stmt_without_recovery()? else {
            return Ok(None);
        };
        let mut eat_semi = true;
        match &mut stmt.kind {
            ast::StmtKind::Expr(e) if expr_requires_semi_to_be_stmt(e) => {
                if !matches!(
                    self.token.kind,
                    TokenKind::Semi | TokenKind::CloseDelim(Delimiter::Brace) | TokenKind::Eof
                ) {
                    self.check(&TokenKind::Semi);
                    self.check(&TokenKind::CloseDelim(Delimiter::Brace));
                    self.unexpected_or_recovered()?;
                }
            }
            ast::StmtKind::Expr(_) | ast::StmtKind::MacCall(_) => {}
            ast::StmtKind::Let(_) => {
                if !self.check(&TokenKind::Semi) {
                    self.unexpected_or_recovered()?;
                    eat_semi = false;
                }
            }
            ast::StmtKind::Empty | ast::StmtKind::Item(_) | ast::StmtKind::Semi(_) => {
                eat_semi = false
            }
        }
        if eat_semi && self.eat(&TokenKind::Semi) {
            stmt.kind = match stmt.kind {
                ast::StmtKind::Expr(e) => ast::StmtKind::Semi(e),
                ast::StmtKind::MacCall(mut mac) => {
                    if mac.style == ast::MacStmtStyle::NoBraces {
                        mac.style = ast::MacStmtStyle::Semicolon;
                    }
                    ast::StmtKind::MacCall(mac)
                }
                other => other,
            };
        }
        stmt.span = stmt.span.to(self.prev_token.span);
        Ok(Some(stmt))
    }

    /// Parses one statement without its trailing `;` (used for the `stmt` fragment too).
    pub(crate) fn parse_stmt_without_recovery(&mut self) -> PResult<'a, Option<ast::Stmt>> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Stmt(stmt) = &*nt {
                let stmt = (**stmt).clone();
                self.bump();
                return Ok(Some(stmt));
            }
        }
        let attrs = self.parse_outer_attributes()?;
        let lo = self.token.span;
        if self.eat_keyword(kw::Let) {
            let local = self.parse_local(lo, attrs)?;
            return Ok(Some(
                self.mk_stmt(lo.to(self.prev_token.span), ast::StmtKind::Let(local)),
            ));
        }
        if self.is_path_start(&self.token)
            && !matches!(
                self.token.kind,
                TokenKind::Lt | TokenKind::BinOp(smelt_ast::token::BinOpToken::Shl)
            )
            && !self.is_item_start()
        {
            return self.parse_stmt_path_start(lo, attrs).map(Some);
        }
        if self.is_item_start() {
            return match self.parse_item_with_attrs(attrs)? {
                Some(item) => Ok(Some(
                    self.mk_stmt(lo.to(item.span), ast::StmtKind::Item(item)),
                )),
                None => Ok(None),
            };
        }
        if self.eat(&TokenKind::Semi) {
            self.error_outer_attrs(&attrs);
            return Ok(Some(self.mk_stmt(lo, ast::StmtKind::Empty)));
        }
        if self.token.kind == TokenKind::CloseDelim(Delimiter::Brace) {
            self.error_outer_attrs(&attrs);
            return Ok(None);
        }
        let mut e = self.parse_expr_res(Restrictions {
            stmt_expr: true,
            ..Restrictions::default()
        })?;
        if !attrs.is_empty() {
            let mut all = attrs;
            all.append(&mut e.attrs);
            e.attrs = all;
        }
        if matches!(e.kind, ast::ExprKind::Assign(..)) && self.eat_keyword(kw::Else) {
            let block = self.parse_block()?;
            self.sess.dcx.err(
                e.span.to(block.span),
                "`<assignment> ... else { ... }` is not allowed",
            );
        }
        Ok(Some(self.mk_stmt(lo.to(e.span), ast::StmtKind::Expr(e))))
    }

    fn error_outer_attrs(&self, attrs: &[ast::Attribute]) {
        if let Some(last) = attrs.last() {
            let msg = match last.kind {
                ast::AttrKind::DocComment(..) => "expected statement after outer attribute",
                ast::AttrKind::Normal(_) => "expected statement after outer attribute",
            };
            self.sess.dcx.err(last.span, msg);
        }
    }

    /// A statement starting with a path: a macro call, a struct literal, or an expression.
    fn parse_stmt_path_start(
        &mut self,
        lo: Span,
        attrs: Vec<ast::Attribute>,
    ) -> PResult<'a, ast::Stmt> {
        let path = self.parse_path(PathStyle::Expr)?;
        if self.check(&TokenKind::Not)
            && self.look_ahead(1, |t| matches!(t.kind, TokenKind::OpenDelim(_)))
        {
            self.bump();
            return self.parse_stmt_mac(lo, attrs, path);
        }
        let e = if self.check(&TokenKind::OpenDelim(Delimiter::Brace)) {
            self.parse_expr_struct(lo, None, path)?
        } else {
            self.mk_expr(lo.to(self.prev_token.span), ast::ExprKind::Path(None, path))
        };
        let res = Restrictions {
            stmt_expr: true,
            ..Restrictions::default()
        };
        let mut e = self.with_res(res, |this| {
            let e = this.parse_expr_dot_or_call_with(e, lo)?;
            this.parse_expr_assoc_rest_with(super::expr::MinPrec::Unbounded, e)
        })?;
        if !attrs.is_empty() {
            let mut all = attrs;
            all.append(&mut e.attrs);
            e.attrs = all;
        }
        Ok(self.mk_stmt(lo.to(self.prev_token.span), ast::StmtKind::Expr(e)))
    }

    // MacStmt = Path "!" DelimArgs
    fn parse_stmt_mac(
        &mut self,
        lo: Span,
        attrs: Vec<ast::Attribute>,
        path: ast::Path,
    ) -> PResult<'a, ast::Stmt> {
        let args = self.parse_delim_args()?;
        let hi = self.prev_token.span;
        let braces = args.delim == Delimiter::Brace;
        let mac = P::new(ast::MacCall { path, args });
        let is_stmt = (braces && !matches!(self.token.kind, TokenKind::Dot | TokenKind::Question))
            || matches!(self.token.kind, TokenKind::Semi | TokenKind::Eof);
        if is_stmt {
            let style = if braces {
                ast::MacStmtStyle::Braces
            } else {
                ast::MacStmtStyle::NoBraces
            };
            let stmt = ast::MacCallStmt { mac, style, attrs };
            return Ok(self.mk_stmt(lo.to(hi), ast::StmtKind::MacCall(P::new(stmt))));
        }
        // A macro call used as an expression: `m!(..).f()`, `m!(..) + 1`.
        let e = self.mk_expr(lo.to(hi), ast::ExprKind::MacCall(mac));
        let res = Restrictions {
            stmt_expr: true,
            ..Restrictions::default()
        };
        let mut e = self.with_res(res, |this| {
            let e = this.parse_expr_dot_or_call_with(e, lo)?;
            this.parse_expr_assoc_rest_with(super::expr::MinPrec::Unbounded, e)
        })?;
        e.attrs = attrs;
        Ok(self.mk_stmt(lo.to(self.prev_token.span), ast::StmtKind::Expr(e)))
    }

    // Let = "let" Pat (":" Ty)? ("=" Expr ("else" Block)?)?
    fn parse_local(&mut self, lo: Span, attrs: Vec<ast::Attribute>) -> PResult<'a, P<ast::Local>> {
        let pat = self.parse_pat_allow_top_alt(true)?;
        let ty = if self.eat(&TokenKind::Colon) {
            let colon_span = self.prev_token.span;
            let name = match &pat.kind {
                ast::PatKind::Ident(_, ident, _) => format!("`{}`", self.sess.str(ident.name)),
                _ => "the binding".to_string(),
            };
            Some(self.parse_ty().map_err(|e| {
                e.span_label(colon_span, format!("while parsing the type for {name}"))
            })?)
        } else {
            None
        };
        let kind = if self.eat(&TokenKind::Eq) {
            let init = self.parse_expr()?;
            if self.eat_keyword(kw::Else) {
                if let Some(span) = trailing_brace_span(&init) {
                    self.sess
                        .dcx
                        .struct_err(span, "right curly brace `}` before `else` in a `let...else` statement not allowed")
                        .span_suggestion(init.span.shrink_to_lo(), "wrap the expression in parentheses", "(")
                        .emit();
                }
                let els = self.parse_block()?;
                ast::LocalKind::InitElse(init, els)
            } else {
                ast::LocalKind::Init(init)
            }
        } else {
            ast::LocalKind::Decl
        };
        Ok(P::new(ast::Local {
            id: self.next_id(),
            pat,
            ty,
            kind,
            span: lo.to(self.prev_token.span),
            attrs,
        }))
    }

    /// Parses statements until the end of input (a macro's expansion in statement position).
    /// Errors are reported and recovered from, as in a block.
    pub fn parse_stmts_to_eof(&mut self) -> Vec<ast::Stmt> {
        let mut stmts = Vec::new();
        self.block_depths.push(self.list_depth());
        while !self.is_at_eof() {
            let start = self.num_bumps;
            match self.parse_full_stmt() {
                Ok(Some(stmt)) => stmts.push(stmt),
                Ok(None) => {
                    if self.num_bumps == start {
                        let e = self.unexpected_error();
                        e.emit();
                        self.recover_stmt();
                        if self.num_bumps == start {
                            self.bump();
                        }
                    }
                }
                Err(e) => {
                    e.emit();
                    self.recover_stmt();
                    if self.num_bumps == start {
                        self.bump();
                    }
                }
            }
        }
        self.block_depths.pop();
        stmts
    }
}

/// Whether an initializer ends with `}` (`let x = if c { a } else { b } else { .. }`), which
/// `let ... else` does not allow.
fn trailing_brace_span(e: &ast::Expr) -> Option<Span> {
    let mut e = e;
    loop {
        match &e.kind {
            ast::ExprKind::If(..)
            | ast::ExprKind::Match(..)
            | ast::ExprKind::Block(..)
            | ast::ExprKind::While(..)
            | ast::ExprKind::Loop(..)
            | ast::ExprKind::ForLoop { .. }
            | ast::ExprKind::Struct(..)
            | ast::ExprKind::Async(..)
            | ast::ExprKind::TryBlock(..)
            | ast::ExprKind::ConstBlock(..) => return Some(e.span.shrink_to_hi()),
            ast::ExprKind::MacCall(m) if m.args.delim == Delimiter::Brace => {
                return Some(e.span.shrink_to_hi())
            }
            ast::ExprKind::Binary(_, _, r)
            | ast::ExprKind::Assign(_, r, _)
            | ast::ExprKind::AssignOp(_, _, r) => e = r,
            ast::ExprKind::Unary(_, x) | ast::ExprKind::AddrOf(_, _, x) => e = x,
            ast::ExprKind::Closure(c) => e = &c.body,
            ast::ExprKind::Range(_, Some(r), _) => e = r,
            ast::ExprKind::Ret(Some(x))
            | ast::ExprKind::Break(_, Some(x))
            | ast::ExprKind::Yield(Some(x)) => e = x,
            _ => return None,
        }
    }
}

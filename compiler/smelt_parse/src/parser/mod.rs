//! The recursive-descent parser, after `rustc_parse`: one `Parser` walks a token stream (a
//! file's, or a macro's arguments) and builds AST nodes, one file per construct (`item.rs`,
//! `expr.rs`, `pat.rs`, `ty.rs`, `stmt.rs`, `path.rs`, `generics.rs`, `attr.rs`).
//!
//! # Tokens
//!
//! The parser sees the token trees flattened by a `TokenCursor`: delimiters come back as
//! `OpenDelim`/`CloseDelim` tokens, invisible delimiters not at all. `self.token` is the
//! current token and `self.prev_token` the one before; `look_ahead` peeks further by cloning
//! the cursor. A compound token that the grammar needs only half of (`>>` closing two generic
//! lists, `&&` starting two reference patterns) is split in place: its first half is eaten and
//! `self.token` becomes the rest.
//!
//! # Errors
//!
//! Parse functions return `PResult`, whose error is a not-yet-emitted `Diag`. Callers that can
//! recover (a block at the next statement, a module at the next item) emit it and skip ahead;
//! callers that only try a parse (`macro_rules!` matching) drop it. Messages follow rustc's:
//! each `check`/`eat` that fails remembers what it looked for, so that an unexpected token is
//! reported as "expected one of `,`, `;`, or `}`, found `x`".
//!
//! # Depth
//!
//! Expressions, types, patterns, blocks and items may nest; each nesting level costs native
//! stack. Past `MAX_NESTING` levels the parser returns the error "... is nested too deeply",
//! which unwinds to the nearest recovery point (the enclosing statement, match arm or item);
//! that reports it once and skips the rest of the construct. Chains of binary operators, of
//! postfix operators and of `else if` do not nest in the parser: they are parsed by loops.
//!
//! The functions on the recursive paths keep small frames: they classify the construct and
//! then make one call in tail position, diagnostics are built in separate functions, and
//! `PResult`'s error is boxed. At the limit the parser needs about 6 MiB of stack in debug
//! builds and 4 MiB in release builds, within the 8 MiB of a main thread (a test guards this).
//! Consumers of the AST should expect trees as deep as the limit, and much deeper along
//! operator chains (`1 + 1 + ... + 1` with 10,000 terms is a 10,000-deep tree).

pub(crate) mod attr;
mod diagnostics;
mod expr;
mod generics;
pub(crate) mod item;
mod lit;
mod nonterminal;
mod pat;
mod path;
mod stmt;
mod ty;

use std::fmt;

use smelt_ast::token::{self, BinOpToken, Delimiter, Nonterminal, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenCursor, TokenStream, TokenTree};
use smelt_ast::{self as ast, NodeId, P};
use smelt_errors::Diag;
use smelt_session::Session;
use smelt_span::{kw, Edition, Ident, Span, Symbol};

pub use nonterminal::{nonterminal_may_begin_with, NonterminalKind};
pub use path::PathStyle;

/// The result of a parse function: the node, or an error not yet emitted (boxed, so that a
/// `PResult` is small and the recursive descent's frames stay small).
pub type PResult<'a, T> = Result<T, Box<Diag<'a>>>;

/// How deeply expressions, types, patterns, blocks and items may nest. rustc overflows its
/// stack around 1,200 nested parentheses; smelt reports an error instead. A block used as an
/// expression counts twice (the expression and the block), so braces nest to about 500.
pub const MAX_NESTING: u32 = 1000;

/// What the expression being parsed may contain, as in rustc.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub(crate) struct Restrictions {
    /// An expression statement: a block-like expression (`if`, `match`, `{}`) ends it.
    pub stmt_expr: bool,
    /// The head of `if`/`while`/`match`/`for`: `S { .. }` is not a struct literal.
    pub no_struct_literal: bool,
    /// `let` is allowed (conditions of `if` and `while`, and let chains).
    pub allow_let: bool,
}

/// Something the parser looked for at the current position; used to list the alternatives
/// when the token found is none of them.
#[derive(Clone, PartialEq, Debug)]
pub(crate) enum TokenType {
    Token(TokenKind),
    Keyword(Symbol),
    Operator,
    Lifetime,
    Ident,
    Path,
    Type,
    Const,
}

/// A saved parser position, to parse speculatively and go back.
pub(crate) struct Snapshot {
    token: Token,
    pub(crate) prev_token: Token,
    token_spacing: Spacing,
    cursor: TokenCursor,
    expected_tokens: Vec<TokenType>,
    num_bumps: usize,
    nesting: u32,
}

/// The parser. See the module documentation.
pub struct Parser<'a> {
    pub sess: &'a Session,
    /// The current token.
    pub token: Token,
    /// Whether the current token is directly followed by more punctuation.
    pub token_spacing: Spacing,
    /// The previous token.
    pub prev_token: Token,
    cursor: TokenCursor,
    edition: Edition,
    /// The edition of tokens without a macro context, when a macro of another edition
    /// parses them.
    root_edition: Option<Edition>,
    eof_span: Span,
    /// What was looked for at the current token; cleared by `bump`.
    expected_tokens: Vec<TokenType>,
    restrictions: Restrictions,
    /// The current nesting depth (see `MAX_NESTING`).
    nesting: u32,
    /// How many tokens were eaten; recovery uses it to make sure it made progress.
    num_bumps: usize,
    /// Whether let chains before edition 2024 were reported (once per parser).
    pub(crate) let_chain_reported: bool,
    /// The group depth of the statements of each block being parsed, innermost last; where
    /// statement recovery stops.
    pub(crate) block_depths: Vec<usize>,
}

impl fmt::Debug for Parser<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Parser")
            .field("token", &self.token)
            .finish()
    }
}

impl<'a> Parser<'a> {
    /// A parser over `stream`, for a crate of the given edition (which decides whether
    /// `async`, `await`, `dyn` and `try` are keywords).
    pub fn new(sess: &'a Session, stream: TokenStream, edition: Edition) -> Parser<'a> {
        let eof_span = stream.span().map_or(Span::DUMMY, Span::shrink_to_hi);
        let mut parser = Parser {
            sess,
            token: Token::dummy(),
            token_spacing: Spacing::Alone,
            prev_token: Token::dummy(),
            cursor: TokenCursor::new(stream),
            edition,
            root_edition: None,
            eof_span,
            expected_tokens: Vec::new(),
            restrictions: Restrictions::default(),
            nesting: 0,
            num_bumps: 0,
            let_chain_reported: false,
            block_depths: Vec::new(),
        };
        parser.bump();
        parser.num_bumps = 0;
        parser
    }

    /// Sets the span of the `Eof` token (the end of the file, or of a macro call's input).
    pub fn set_eof_span(&mut self, span: Span) {
        self.eof_span = span;
        if self.token.kind == TokenKind::Eof {
            self.token.span = span;
        }
    }

    /// The edition the parser was created with.
    pub fn edition(&self) -> Edition {
        self.edition
    }

    /// Whether all tokens were consumed.
    pub fn is_at_eof(&self) -> bool {
        self.token.kind == TokenKind::Eof
    }

    /// The current token.
    pub fn token(&self) -> &Token {
        &self.token
    }

    /// How many tokens the parser has moved past since it was created. `macro_rules!` matching
    /// compares how far each rule got with it, to report the rule that failed furthest along.
    pub fn approx_token_stream_pos(&self) -> usize {
        self.num_bumps
    }

    /// How diagnostics name a token in this parser's edition: "`x`", "keyword `fn`",
    /// "reserved identifier `_`", "doc comment `/// a`".
    pub fn describe_token(&self, token: &Token) -> String {
        self.token_descr(token)
    }

    /* ------------------------------------------------------------ token movement */

    /// Advances to the next token.
    pub fn bump(&mut self) {
        let (next, spacing) = self.cursor.next(self.eof_span);
        self.prev_token = std::mem::replace(&mut self.token, next);
        self.token_spacing = spacing;
        self.expected_tokens.clear();
        self.num_bumps += 1;
    }

    /// Calls `f` with the token `dist` tokens ahead (0 is the current token).
    pub fn look_ahead<R>(&self, dist: usize, f: impl FnOnce(&Token) -> R) -> R {
        if dist == 0 {
            return f(&self.token);
        }
        let mut cursor = self.cursor.clone();
        let mut token = Token::dummy();
        for _ in 0..dist {
            token = cursor.next(self.eof_span).0;
            if token.kind == TokenKind::Eof {
                break;
            }
        }
        f(&token)
    }

    /// The number of delimited groups enclosing the current token.
    pub(crate) fn token_depth(&self) -> usize {
        let depth = self.cursor.depth();
        match self.token.kind {
            TokenKind::OpenDelim(_) => depth.saturating_sub(1),
            _ => depth,
        }
    }

    /// The group depth of a list that starts at the current token (which may be the list's
    /// closing delimiter, whose own depth is that of the enclosing group).
    pub(crate) fn list_depth(&self) -> usize {
        match self.token.kind {
            TokenKind::CloseDelim(_) => self.token_depth() + 1,
            _ => self.token_depth(),
        }
    }

    /// Eats the current token tree: a token, or a whole delimited group. At a closing
    /// delimiter or the end of input it returns that token without moving.
    pub fn parse_token_tree(&mut self) -> TokenTree {
        match self.token.kind {
            TokenKind::OpenDelim(delim) => {
                // The cursor has just entered the group, so the rest of the group is all of it.
                let inner = TokenStream::new(self.cursor.rest_of_group().to_vec());
                let open = self.token.span;
                self.skip_group();
                let close = self.token.span;
                if matches!(self.token.kind, TokenKind::CloseDelim(_)) {
                    self.bump();
                }
                TokenTree::Delimited(DelimSpan { open, close }, delim, inner)
            }
            TokenKind::CloseDelim(_) | TokenKind::Eof => {
                TokenTree::Token(self.token.clone(), Spacing::Alone)
            }
            _ => {
                let tree = TokenTree::Token(self.token.clone(), self.token_spacing);
                self.bump();
                tree
            }
        }
    }

    /// With the current token an opening delimiter, moves to its closing delimiter (without
    /// eating it).
    fn skip_group(&mut self) {
        let depth = self.token_depth();
        self.bump();
        loop {
            match self.token.kind {
                TokenKind::Eof => return,
                TokenKind::CloseDelim(_) if self.token_depth() <= depth => return,
                _ => self.bump(),
            }
        }
    }

    /// Skips to the closing delimiter of the group enclosing the current token (without
    /// eating it), or to the end of input.
    pub(crate) fn skip_to_end_of_group(&mut self) {
        let depth = self.token_depth();
        loop {
            match self.token.kind {
                TokenKind::Eof => return,
                TokenKind::CloseDelim(_) if self.token_depth() < depth => return,
                _ => self.bump(),
            }
        }
    }

    /// The token trees up to the end of the current group (for a macro call's arguments that
    /// are not delimited, as in attribute arguments).
    pub fn parse_token_trees_to_end(&mut self) -> TokenStream {
        let mut trees = Vec::new();
        while !matches!(self.token.kind, TokenKind::CloseDelim(_) | TokenKind::Eof) {
            trees.push(self.parse_token_tree());
        }
        TokenStream::new(trees)
    }

    /// Saves the position, to `restore` it after a speculative parse. Diagnostics emitted in
    /// between stay emitted, so speculative parses only build errors, they do not emit them.
    pub(crate) fn snapshot(&self) -> Snapshot {
        Snapshot {
            token: self.token.clone(),
            prev_token: self.prev_token.clone(),
            token_spacing: self.token_spacing,
            cursor: self.cursor.clone(),
            expected_tokens: self.expected_tokens.clone(),
            num_bumps: self.num_bumps,
            nesting: self.nesting,
        }
    }

    pub(crate) fn restore(&mut self, s: Snapshot) {
        self.token = s.token;
        self.prev_token = s.prev_token;
        self.token_spacing = s.token_spacing;
        self.cursor = s.cursor;
        self.expected_tokens = s.expected_tokens;
        self.num_bumps = s.num_bumps;
        self.nesting = s.nesting;
    }

    /* ------------------------------------------------------------ checking tokens */

    /// Whether the current token is `kind`; remembers it as expected otherwise.
    pub(crate) fn check(&mut self, kind: &TokenKind) -> bool {
        let is = self.token.kind == *kind;
        if !is {
            self.expected_tokens.push(TokenType::Token(kind.clone()));
        }
        is
    }

    /// Eats the current token if it is `kind`.
    pub(crate) fn eat(&mut self, kind: &TokenKind) -> bool {
        let is = self.check(kind);
        if is {
            self.bump();
        }
        is
    }

    /// Eats `kind` or reports that something else was found.
    pub(crate) fn expect(&mut self, kind: &TokenKind) -> PResult<'a, ()> {
        if self.eat(kind) {
            Ok(())
        } else {
            self.unexpected_or_recovered()
        }
    }

    /// Whether the current token is the keyword `kw` (in this edition).
    pub(crate) fn check_keyword(&mut self, kw: Symbol) -> bool {
        let is = self.is_keyword(&self.token, kw);
        if !is {
            self.expected_tokens.push(TokenType::Keyword(kw));
        }
        is
    }

    pub(crate) fn eat_keyword(&mut self, kw: Symbol) -> bool {
        let is = self.check_keyword(kw);
        if is {
            self.bump();
        }
        is
    }

    /// Eats `kw` without listing it among the expected tokens (for recovery and contextual
    /// keywords).
    pub(crate) fn eat_keyword_noexpect(&mut self, kw: Symbol) -> bool {
        let is = self.is_keyword(&self.token, kw);
        if is {
            self.bump();
        }
        is
    }

    pub(crate) fn expect_keyword(&mut self, kw: Symbol) -> PResult<'a, ()> {
        if self.eat_keyword(kw) {
            Ok(())
        } else {
            Err(Box::new(self.unexpected_error()))
        }
    }

    /// Whether `token` is the keyword `kw` in this edition: `async`, `await`, `dyn` and `try`
    /// are keywords only from 2018 on.
    pub(crate) fn is_keyword(&self, token: &Token, kw: Symbol) -> bool {
        if !token.is_keyword(kw) {
            return false;
        }
        let edition = self.edition_of(token.span);
        if edition == Edition::E2015 && is_2018_keyword(kw) {
            return false;
        }
        if kw == kw::Gen && edition < Edition::E2024 {
            return false;
        }
        true
    }

    /// The edition a token was written in: tokens the user wrote (no macro context) are in
    /// the crate's edition even when a macro of another edition parses them
    /// (`println!("{}", async)` in 2015 code).
    fn edition_of(&self, span: smelt_span::Span) -> Edition {
        match self.root_edition {
            Some(root) if span.ctxt.is_root() => root,
            _ => self.edition,
        }
    }

    /// Sets the edition of tokens without a macro context (see `edition_of`).
    pub fn set_root_edition(&mut self, edition: Edition) {
        self.root_edition = Some(edition);
    }

    pub(crate) fn is_keyword_ahead(&self, dist: usize, kws: &[Symbol]) -> bool {
        self.look_ahead(dist, |t| kws.iter().any(|&kw| self.is_keyword(t, kw)))
    }

    /// Whether `name` is reserved (cannot be an identifier unless written raw) in this edition.
    pub(crate) fn is_reserved(&self, name: Symbol) -> bool {
        self.is_reserved_in(name, self.edition_of(self.token.span))
    }

    fn is_reserved_in(&self, name: Symbol, edition: Edition) -> bool {
        if name == kw::Underscore
            || name == kw::DollarCrate
            || name == kw::PathRoot
            || name == kw::Empty
        {
            return true;
        }
        if name == kw::Gen {
            return edition >= Edition::E2024;
        }
        if !name.is_reserved() {
            return false;
        }
        !(edition == Edition::E2015 && is_2018_keyword(name))
    }

    /// The identifier the token is, if it is one that may name things (not a keyword).
    pub(crate) fn ident_of(&self, token: &Token) -> Option<(Ident, bool)> {
        let (ident, raw) = token.ident()?;
        (raw || !self.is_reserved_in(ident.name, self.edition_of(token.span)))
            .then_some((ident, raw))
    }

    /// Whether the current token is a (non-keyword) identifier.
    pub(crate) fn check_ident(&mut self) -> bool {
        let is = self.ident_of(&self.token).is_some();
        if !is {
            self.expected_tokens.push(TokenType::Ident);
        }
        is
    }

    /// Whether the token is `name` as a contextual keyword (`union`, `auto`, `default`).
    pub(crate) fn is_contextual(&self, token: &Token, name: Symbol) -> bool {
        matches!(token.ident(), Some((ident, false)) if ident.name == name)
    }

    pub(crate) fn is_path_segment_keyword(&self, token: &Token) -> bool {
        matches!(token.ident(), Some((ident, false)) if ident.name.is_path_segment_keyword())
    }

    /// Whether the token may start a path.
    pub(crate) fn is_path_start(&self, token: &Token) -> bool {
        matches!(
            token.kind,
            TokenKind::PathSep | TokenKind::Lt | TokenKind::BinOp(BinOpToken::Shl)
        ) || self.is_path_segment_keyword(token)
            || self.ident_of(token).is_some()
            || matches!(&token.kind, TokenKind::Interpolated(nt) if matches!(&**nt, Nonterminal::Path(_)))
    }

    pub(crate) fn check_path(&mut self) -> bool {
        let is = self.is_path_start(&self.token);
        if !is {
            self.expected_tokens.push(TokenType::Path);
        }
        is
    }

    pub(crate) fn check_lifetime(&mut self) -> bool {
        let is = self.token.lifetime().is_some();
        if !is {
            self.expected_tokens.push(TokenType::Lifetime);
        }
        is
    }

    /// Eats `<`, splitting `<<`, `<=`, `<<=` or `<-` if needed.
    pub(crate) fn eat_lt(&mut self) -> bool {
        self.break_and_eat(TokenKind::Lt)
    }

    /// Eats `>`, splitting `>>`, `>=` or `>>=` if needed (`Vec<Vec<u8>>`).
    pub(crate) fn eat_gt(&mut self) -> bool {
        self.break_and_eat(TokenKind::Gt)
    }

    pub(crate) fn expect_gt(&mut self) -> PResult<'a, ()> {
        if self.eat_gt() {
            Ok(())
        } else {
            Err(Box::new(self.unexpected_error()))
        }
    }

    /// Eats `&`, splitting `&&` or `&=` if needed.
    pub(crate) fn eat_and(&mut self) -> bool {
        self.break_and_eat(TokenKind::BinOp(BinOpToken::And))
    }

    /// Eats `|`, splitting `||` if needed.
    pub(crate) fn eat_or(&mut self) -> bool {
        self.break_and_eat(TokenKind::BinOp(BinOpToken::Or))
    }

    /// Eats `kind`, or its first half when the current token starts with it.
    pub(crate) fn break_and_eat(&mut self, kind: TokenKind) -> bool {
        if self.token.kind == kind {
            self.bump();
            return true;
        }
        if let Some((first, rest)) = self.token.split_first(&kind) {
            self.prev_token = first;
            self.token = rest;
            self.expected_tokens.clear();
            self.num_bumps += 1;
            return true;
        }
        self.expected_tokens.push(TokenType::Token(kind));
        false
    }

    /// Whether the current token is, or starts with, `kind`.
    pub(crate) fn check_break(&mut self, kind: TokenKind) -> bool {
        if self.token.kind == kind || self.token.split_first(&kind).is_some() {
            return true;
        }
        self.expected_tokens.push(TokenType::Token(kind));
        false
    }

    /* ------------------------------------------------------------ restrictions and nesting */

    pub(crate) fn with_res<T>(&mut self, res: Restrictions, f: impl FnOnce(&mut Self) -> T) -> T {
        let old = std::mem::replace(&mut self.restrictions, res);
        let out = f(self);
        self.restrictions = old;
        out
    }

    /// Enters one nesting level. Past `MAX_NESTING` it returns the error "... is nested too
    /// deeply" instead, and the level is not entered. The error unwinds to the nearest
    /// recovery point (the enclosing statement, match arm or item), which reports it and skips
    /// the rest of the construct, so one deep construct gives one error and no cascade.
    pub(crate) fn enter_nesting(&mut self, what: &str) -> PResult<'a, ()> {
        if self.nesting < MAX_NESTING {
            self.nesting += 1;
            return Ok(());
        }
        let span = self.token.span;
        Err(Box::new(
            self.sess
                .dcx
                .struct_err(span, format!("{what} is nested too deeply"))
                .span_label(span, format!("more than {MAX_NESTING} levels of nesting"))
                .note(format!(
                    "smelt limits the nesting of expressions, types, patterns, blocks and items to {MAX_NESTING} levels"
                )),
        ))
    }

    pub(crate) fn exit_nesting(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    /* ------------------------------------------------------------ node construction */

    pub(crate) fn next_id(&self) -> NodeId {
        NodeId::from_u32(self.sess.next_node_id())
    }

    pub(crate) fn mk_expr(&self, span: Span, kind: ast::ExprKind) -> P<ast::Expr> {
        P::new(ast::Expr {
            id: self.next_id(),
            kind,
            span,
            attrs: Vec::new(),
        })
    }

    pub(crate) fn mk_expr_err(&self, span: Span) -> P<ast::Expr> {
        self.mk_expr(span, ast::ExprKind::Err)
    }

    pub(crate) fn mk_ty(&self, span: Span, kind: ast::TyKind) -> P<ast::Ty> {
        P::new(ast::Ty {
            id: self.next_id(),
            kind,
            span,
        })
    }

    pub(crate) fn mk_pat(&self, span: Span, kind: ast::PatKind) -> P<ast::Pat> {
        P::new(ast::Pat {
            id: self.next_id(),
            kind,
            span,
        })
    }

    pub(crate) fn mk_stmt(&self, span: Span, kind: ast::StmtKind) -> ast::Stmt {
        ast::Stmt {
            id: self.next_id(),
            kind,
            span,
        }
    }

    /* ------------------------------------------------------------ identifiers */

    /// Parses an identifier, reporting keywords as rustc does (with the `r#` suggestion).
    pub fn parse_ident(&mut self) -> PResult<'a, Ident> {
        self.parse_ident_common(true)
    }

    /// `recover`: a keyword followed by something that fits an identifier is reported and
    /// taken as the identifier.
    pub(crate) fn parse_ident_common(&mut self, recover: bool) -> PResult<'a, Ident> {
        if let Some((ident, _)) = self.ident_of(&self.token) {
            self.bump();
            return Ok(ident);
        }
        self.expected_tokens.push(TokenType::Ident);
        let err = self.expected_ident_found();
        match self.token.ident() {
            Some((ident, false))
                if recover
                    && self.keyword_may_be_ident(ident.name)
                    && self.look_ahead(1, is_ident_follow) =>
            {
                err.emit();
                self.bump();
                Ok(ident)
            }
            _ => Err(Box::new(err)),
        }
    }

    pub(crate) fn keyword_may_be_ident(&self, name: Symbol) -> bool {
        name != kw::Underscore
            && name != kw::Empty
            && name != kw::PathRoot
            && !name.is_path_segment_keyword()
    }

    /// An identifier or `_` (where rustc allows `_` as a name: `const _`, `use x as _`).
    pub(crate) fn parse_ident_or_underscore(&mut self) -> PResult<'a, Ident> {
        if let Some((ident, false)) = self.token.ident() {
            if ident.name == kw::Underscore {
                self.bump();
                return Ok(ident);
            }
        }
        self.parse_ident()
    }

    /* ------------------------------------------------------------ lists */

    /// Parses `item (sep item)* sep?` up to (not including) `close`. Stops at the end of
    /// the group without an error; reports a missing separator as rustc does.
    pub(crate) fn parse_seq_to_before_end<T>(
        &mut self,
        close: &TokenKind,
        sep: &TokenKind,
        mut f: impl FnMut(&mut Self) -> PResult<'a, T>,
    ) -> PResult<'a, Vec<T>> {
        let mut items = Vec::new();
        let mut first = true;
        loop {
            if self.check(close)
                || matches!(self.token.kind, TokenKind::CloseDelim(_) | TokenKind::Eof)
            {
                break;
            }
            if !first {
                if self.check(sep) {
                    self.bump();
                    if self.check(close) {
                        break;
                    }
                } else {
                    items.push(self.recover_missing_sep(sep, &mut f)?);
                    continue;
                }
            }
            first = false;
            items.push(f(self)?);
        }
        Ok(items)
    }

    /// `open item (sep item)* sep? close`, for delimited lists.
    pub(crate) fn parse_delim_comma_seq<T>(
        &mut self,
        delim: Delimiter,
        f: impl FnMut(&mut Self) -> PResult<'a, T>,
    ) -> PResult<'a, Vec<T>> {
        self.expect(&TokenKind::OpenDelim(delim))?;
        let items =
            self.parse_seq_to_before_end(&TokenKind::CloseDelim(delim), &TokenKind::Comma, f)?;
        self.expect(&TokenKind::CloseDelim(delim))?;
        Ok(items)
    }

    /* ------------------------------------------------------------ misc */

    /// Parses `mut` or nothing.
    pub(crate) fn parse_mutability(&mut self) -> ast::Mutability {
        if self.eat_keyword(kw::Mut) {
            ast::Mutability::Mut
        } else {
            ast::Mutability::Not
        }
    }

    /// `DelimArgs = "(" TokenTree* ")" | "[" TokenTree* "]" | "{" TokenTree* "}"`
    pub(crate) fn parse_delim_args(&mut self) -> PResult<'a, P<ast::DelimArgs>> {
        if let TokenKind::OpenDelim(_) = self.token.kind {
            if let TokenTree::Delimited(dspan, delim, tokens) = self.parse_token_tree() {
                return Ok(P::new(ast::DelimArgs {
                    dspan,
                    delim,
                    tokens,
                }));
            }
        }
        self.expected_tokens
            .push(TokenType::Token(TokenKind::OpenDelim(
                Delimiter::Parenthesis,
            )));
        self.expected_tokens
            .push(TokenType::Token(TokenKind::OpenDelim(Delimiter::Bracket)));
        self.expected_tokens
            .push(TokenType::Token(TokenKind::OpenDelim(Delimiter::Brace)));
        Err(Box::new(self.unexpected_error()))
    }

    /// Parses a token tree group for a macro call after `path!`.
    pub(crate) fn parse_mac_call_after_path(
        &mut self,
        path: ast::Path,
    ) -> PResult<'a, P<ast::MacCall>> {
        let args = self.parse_delim_args()?;
        Ok(P::new(ast::MacCall { path, args }))
    }

    /// Whether the token is an `Interpolated` fragment of the given shape.
    pub(crate) fn interpolated(&self) -> Option<std::rc::Rc<Nonterminal>> {
        match &self.token.kind {
            TokenKind::Interpolated(nt) => Some(nt.clone()),
            _ => None,
        }
    }

    /// The token's text, for diagnostics.
    pub(crate) fn token_str(&self, token: &Token) -> String {
        token::token_kind_to_string(&token.kind, &self.sess.interner)
    }

    /// The span of the current token's start (for "insert here" suggestions).
    pub(crate) fn prev_hi(&self) -> Span {
        self.prev_token.span.shrink_to_hi()
    }
}

fn is_2018_keyword(kw: Symbol) -> bool {
    kw == kw::Async || kw == kw::Await || kw == kw::Dyn || kw == kw::Try
}

/// Tokens after which a keyword in identifier position was probably meant as an identifier.
fn is_ident_follow(t: &Token) -> bool {
    matches!(
        t.kind,
        TokenKind::Eq
            | TokenKind::Colon
            | TokenKind::Comma
            | TokenKind::Semi
            | TokenKind::PathSep
            | TokenKind::OpenDelim(Delimiter::Brace)
            | TokenKind::OpenDelim(Delimiter::Parenthesis)
            | TokenKind::CloseDelim(Delimiter::Brace)
            | TokenKind::CloseDelim(Delimiter::Parenthesis)
    )
}

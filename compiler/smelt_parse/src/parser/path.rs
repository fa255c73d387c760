//! Paths: `a::b::c`, `::std::vec::Vec<T>`, `Vec::<T>::new`, `<T as Trait>::Assoc`, and the
//! generic arguments inside them (`<'a, T, N, Item = U>`, `Fn(A) -> B`).

use smelt_ast::token::{BinOpToken, Delimiter, Nonterminal, TokenKind};
use smelt_ast::{self as ast, P};
use smelt_span::{kw, Ident, Span};

use super::{PResult, Parser, TokenType};

/// Where a path is written, which decides how generic arguments are spelled.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum PathStyle {
    /// In an expression: generic arguments need the turbofish (`Vec::<u8>::new`), since a
    /// plain `<` is the less-than operator.
    Expr,
    /// In a pattern: as in expressions.
    Pat,
    /// In a type: `Vec<u8>`, `Fn(A) -> B` (the turbofish is accepted too).
    Type,
    /// In `use`, visibilities, attributes and macro names: no generic arguments.
    Mod,
}

impl<'a> Parser<'a> {
    // Path = "::"? PathSegment ("::" PathSegment)*
    /// Parses a path in the given style.
    pub fn parse_path(&mut self, style: PathStyle) -> PResult<'a, ast::Path> {
        if let Some(nt) = self.interpolated() {
            if let Nonterminal::Path(path) = &*nt {
                let path = (**path).clone();
                self.bump();
                return Ok(path);
            }
        }
        let lo = self.token.span;
        let mut segments = Vec::new();
        if self.eat(&TokenKind::PathSep) {
            segments.push(self.path_root_segment(lo));
        }
        self.parse_path_segments(&mut segments, style)?;
        Ok(ast::Path {
            span: lo.to(self.prev_token.span),
            segments,
        })
    }

    /// A one-segment path with a fresh node id.
    pub(crate) fn single_segment_path(&self, ident: Ident) -> ast::Path {
        ast::Path {
            span: ident.span,
            segments: vec![ast::PathSegment {
                ident,
                id: self.next_id(),
                args: None,
            }],
        }
    }

    pub(crate) fn path_root_segment(&self, span: Span) -> ast::PathSegment {
        ast::PathSegment {
            ident: Ident::new(kw::PathRoot, span.shrink_to_lo()),
            id: self.next_id(),
            args: None,
        }
    }

    /// Parses a path, or a qualified path `<T as Trait>::x` when it starts with `<`.
    pub(crate) fn parse_maybe_qpath(
        &mut self,
        style: PathStyle,
    ) -> PResult<'a, (Option<P<ast::QSelf>>, ast::Path)> {
        if matches!(
            self.token.kind,
            TokenKind::Lt | TokenKind::BinOp(BinOpToken::Shl)
        ) {
            let (qself, path) = self.parse_qpath(style)?;
            Ok((Some(qself), path))
        } else {
            Ok((None, self.parse_path(style)?))
        }
    }

    // QPath = "<" Ty ("as" TypePath)? ">" "::" PathSegment ("::" PathSegment)*
    /// Parses a qualified path; the current token is `<` (or `<<`).
    pub(crate) fn parse_qpath(
        &mut self,
        style: PathStyle,
    ) -> PResult<'a, (P<ast::QSelf>, ast::Path)> {
        let lo = self.token.span;
        if !self.eat_lt() {
            return Err(Box::new(self.unexpected_error()));
        }
        let ty = self.parse_ty()?;
        let (mut segments, path_span) = if self.eat_keyword(kw::As) {
            let path_lo = self.token.span;
            let path = self.parse_path(PathStyle::Type)?;
            (path.segments, path_lo.to(self.prev_token.span))
        } else {
            (Vec::new(), self.token.span)
        };
        self.expect_gt()?;
        let qself = P::new(ast::QSelf {
            ty,
            path_span,
            position: segments.len(),
        });
        self.expect(&TokenKind::PathSep)?;
        self.parse_path_segments(&mut segments, style)?;
        Ok((
            qself,
            ast::Path {
                span: lo.to(self.prev_token.span),
                segments,
            },
        ))
    }

    /// Parses segments separated by `::` onto `segments`.
    pub(crate) fn parse_path_segments(
        &mut self,
        segments: &mut Vec<ast::PathSegment>,
        style: PathStyle,
    ) -> PResult<'a, ()> {
        loop {
            let segment = self.parse_path_segment(style)?;
            segments.push(segment);
            // In `use a::{..}` and `use a::*` the `::` belongs to the use tree.
            if style == PathStyle::Mod && self.is_import_coupler() {
                return Ok(());
            }
            if !self.eat(&TokenKind::PathSep) {
                return Ok(());
            }
        }
    }

    /// `::{` or `::*` after a path in a `use` tree.
    pub(crate) fn is_import_coupler(&mut self) -> bool {
        self.check(&TokenKind::PathSep)
            && self.look_ahead(1, |t| {
                matches!(
                    t.kind,
                    TokenKind::OpenDelim(Delimiter::Brace) | TokenKind::BinOp(BinOpToken::Star)
                )
            })
    }

    /// An identifier, or one of the keywords that can be a path segment (`self`, `super`,
    /// `crate`, `Self`, `$crate`).
    pub(crate) fn parse_path_segment_ident(&mut self) -> PResult<'a, Ident> {
        if let Some((ident, false)) = self.token.ident() {
            if ident.name.is_path_segment_keyword() {
                self.bump();
                return Ok(ident);
            }
        }
        self.parse_ident()
    }

    // PathSegment = Ident ("::"? GenericArgs)?
    // GenericArgs = "<" (GenericArg ("," GenericArg)* ","?)? ">" | "(" Types ")" ("->" Ty)?
    fn parse_path_segment(&mut self, style: PathStyle) -> PResult<'a, ast::PathSegment> {
        let ident = self.parse_path_segment_ident()?;
        let is_args_start = |t: &smelt_ast::Token| {
            matches!(
                t.kind,
                TokenKind::Lt
                    | TokenKind::BinOp(BinOpToken::Shl)
                    | TokenKind::OpenDelim(Delimiter::Parenthesis)
            )
        };
        let has_args = match style {
            PathStyle::Mod => false,
            PathStyle::Type => {
                self.expected_tokens.push(TokenType::Token(TokenKind::Lt));
                self.expected_tokens
                    .push(TokenType::Token(TokenKind::OpenDelim(
                        Delimiter::Parenthesis,
                    )));
                is_args_start(&self.token)
                    || (self.check(&TokenKind::PathSep) && self.look_ahead(1, is_args_start))
            }
            PathStyle::Expr | PathStyle::Pat => {
                self.check(&TokenKind::PathSep) && self.look_ahead(1, is_args_start)
            }
        };
        let args = if has_args {
            Some(self.parse_segment_args()?)
        } else {
            None
        };
        Ok(ast::PathSegment {
            ident,
            id: self.next_id(),
            args,
        })
    }

    /// A segment's generic arguments: `::<..>`, `<..>` or `(..) -> R`.
    fn parse_segment_args(&mut self) -> PResult<'a, P<ast::GenericArgs>> {
        self.eat(&TokenKind::PathSep);
        let lo = self.token.span;
        let args = if self.eat_lt() {
            let args = self.parse_angle_args()?;
            self.expect_gt()?;
            ast::GenericArgs::AngleBracketed(ast::AngleBracketedArgs {
                span: lo.to(self.prev_token.span),
                args,
            })
        } else {
            // `Fn(A, B) -> C`
            let inputs = self.parse_delim_comma_seq(Delimiter::Parenthesis, |p| p.parse_ty())?;
            let output = self.parse_ret_ty(false)?;
            ast::GenericArgs::Parenthesized(ast::ParenthesizedArgs {
                span: lo.to(self.prev_token.span),
                inputs,
                output,
            })
        };
        Ok(P::new(args))
    }

    /// The arguments between `<` and `>`.
    pub(crate) fn parse_angle_args(&mut self) -> PResult<'a, Vec<ast::AngleBracketedArg>> {
        let mut args = Vec::new();
        loop {
            if self.check_break(TokenKind::Gt) {
                break;
            }
            let Some(arg) = self.parse_angle_arg()? else {
                break;
            };
            args.push(arg);
            if !self.eat(&TokenKind::Comma) {
                if !self.check_break(TokenKind::Gt) && self.can_begin_generic_arg() {
                    // A missing comma between two arguments.
                    return Err(Box::new(self.unexpected_error()));
                }
                break;
            }
        }
        Ok(args)
    }

    fn can_begin_generic_arg(&self) -> bool {
        self.token.lifetime().is_some()
            || self.can_begin_const_arg(&self.token)
            || self.can_begin_type(&self.token)
    }

    // AngleBracketedArg = Lifetime | Type | ConstArg | Ident GenericArgs? ("=" Term | ":" Bounds)
    fn parse_angle_arg(&mut self) -> PResult<'a, Option<ast::AngleBracketedArg>> {
        let lo = self.token.span;
        match self.parse_generic_arg() {
            Ok(Some(arg)) => self.finish_angle_arg(lo, arg).map(Some),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// After a generic argument: `= Term` or `: Bounds` make it an associated item
    /// constraint.
    fn finish_angle_arg(
        &mut self,
        lo: Span,
        arg: ast::GenericArg,
    ) -> PResult<'a, ast::AngleBracketedArg> {
        if !matches!(self.token.kind, TokenKind::Colon | TokenKind::Eq) {
            return Ok(ast::AngleBracketedArg::Arg(arg));
        }
        // `Item = T` or `Item: Bound`: the argument must have been a single-segment path.
        let (ident, gen_args) = match &arg {
            ast::GenericArg::Type(ty) => match &ty.kind {
                ast::TyKind::Path(None, path) if path.segments.len() == 1 => {
                    let seg = &path.segments[0];
                    (seg.ident, seg.args.as_ref().map(|a| (**a).clone()))
                }
                _ => return Ok(ast::AngleBracketedArg::Arg(arg)),
            },
            _ => return Ok(ast::AngleBracketedArg::Arg(arg)),
        };
        let kind = if self.eat(&TokenKind::Colon) {
            ast::AssocConstraintKind::Bound(self.parse_generic_bounds()?)
        } else {
            self.bump(); // `=`
            let eq_span = self.prev_token.span;
            match self.parse_generic_arg()? {
                Some(ast::GenericArg::Type(ty)) => {
                    ast::AssocConstraintKind::Equality(ast::Term::Ty(ty))
                }
                Some(ast::GenericArg::Const(c)) => {
                    ast::AssocConstraintKind::Equality(ast::Term::Const(c))
                }
                Some(ast::GenericArg::Lifetime(lt)) => {
                    self.sess
                        .dcx
                        .struct_err(lt.ident.span, "lifetimes are not permitted in this context")
                        .span_label(lt.ident.span, "lifetime is not allowed here")
                        .emit();
                    ast::AssocConstraintKind::Equality(ast::Term::Ty(
                        self.mk_ty(lt.ident.span, ast::TyKind::Err),
                    ))
                }
                None => {
                    let span = eq_span.to(self.prev_token.span);
                    self.sess
                        .dcx
                        .struct_err(span, "missing type to the right of `=`")
                        .span_label(self.token.span, "expected type")
                        .emit();
                    ast::AssocConstraintKind::Equality(ast::Term::Ty(
                        self.mk_ty(span, ast::TyKind::Err),
                    ))
                }
            }
        };
        let span = lo.to(self.prev_token.span);
        let constraint = ast::AssocConstraint {
            id: self.next_id(),
            ident,
            gen_args,
            kind,
            span,
        };
        Ok(ast::AngleBracketedArg::Constraint(constraint))
    }

    // GenericArg = Lifetime | ConstArg | Type
    /// One generic argument, or `None` if the token cannot start one.
    pub(crate) fn parse_generic_arg(&mut self) -> PResult<'a, Option<ast::GenericArg>> {
        if self.check_lifetime()
            && self.look_ahead(1, |t| t.kind != TokenKind::BinOp(BinOpToken::Plus))
        {
            return Ok(Some(ast::GenericArg::Lifetime(self.expect_lifetime()?)));
        }
        if self.can_begin_const_arg(&self.token) {
            return Ok(Some(ast::GenericArg::Const(self.parse_const_arg()?)));
        }
        self.expected_tokens.push(TokenType::Const);
        if self.check_type() {
            return Ok(Some(ast::GenericArg::Type(self.parse_ty()?)));
        }
        Ok(None)
    }

    /// Tokens that start a const generic argument that cannot be a type: a block, a literal,
    /// a negative literal, `true` or `false`.
    pub(crate) fn can_begin_const_arg(&self, token: &smelt_ast::Token) -> bool {
        match &token.kind {
            TokenKind::OpenDelim(Delimiter::Brace)
            | TokenKind::Literal(_)
            | TokenKind::BinOp(BinOpToken::Minus) => true,
            TokenKind::Interpolated(nt) => {
                matches!(
                    &**nt,
                    Nonterminal::Expr(_) | Nonterminal::Block(_) | Nonterminal::Literal(_)
                )
            }
            _ => token.is_bool_lit(),
        }
    }

    // ConstArg = BlockExpr | "-"? Literal | Interpolated
    pub(crate) fn parse_const_arg(&mut self) -> PResult<'a, ast::AnonConst> {
        let value = if self.token.kind == TokenKind::OpenDelim(Delimiter::Brace) {
            let lo = self.token.span;
            let block = self.parse_block()?;
            self.mk_expr(
                lo.to(self.prev_token.span),
                ast::ExprKind::Block(block, None),
            )
        } else if let Some(nt) = self.interpolated() {
            match &*nt {
                Nonterminal::Expr(e) | Nonterminal::Literal(e) => {
                    self.bump();
                    e.clone()
                }
                _ => self.parse_literal_maybe_minus()?,
            }
        } else {
            self.parse_literal_maybe_minus()?
        };
        Ok(ast::AnonConst {
            id: self.next_id(),
            value,
        })
    }

    /// `'a`
    pub(crate) fn expect_lifetime(&mut self) -> PResult<'a, ast::Lifetime> {
        match self.token.lifetime() {
            Some(ident) => {
                self.bump();
                Ok(ast::Lifetime {
                    id: self.next_id(),
                    ident,
                })
            }
            None => {
                self.expected_tokens.push(TokenType::Lifetime);
                Err(Box::new(self.unexpected_error()))
            }
        }
    }
}

//! Generic parameters (`<'a, T: Bound = Default, const N: usize>`), where clauses, and
//! bounds (`?Sized + 'a + for<'b> Fn(&'b u8) + ~const Trait`).

use smelt_ast::token::{BinOpToken, Delimiter, TokenKind};
use smelt_ast::{self as ast};
use smelt_span::{kw, Span};

use super::{PResult, Parser, PathStyle, TokenType};

impl<'a> Parser<'a> {
    // Generics = ("<" GenericParams ">")?
    /// Parses optional generic parameters; the where clause is parsed separately.
    pub(crate) fn parse_generics(&mut self) -> PResult<'a, ast::Generics> {
        let lo = self.token.span;
        if !self.eat_lt() {
            let span = self.prev_hi();
            return Ok(ast::Generics {
                params: Vec::new(),
                where_clause: empty_where_clause(span),
                span,
            });
        }
        let params = self.parse_generic_params()?;
        self.expect_gt()?;
        let span = lo.to(self.prev_token.span);
        Ok(ast::Generics {
            params,
            where_clause: empty_where_clause(self.prev_hi()),
            span,
        })
    }

    // GenericParams = (GenericParam ("," GenericParam)* ","?)?
    // GenericParam = OuterAttr* (LifetimeParam | ConstParam | TypeParam)
    // LifetimeParam = Lifetime (":" Lifetime ("+" Lifetime)*)?
    // ConstParam = "const" Ident ":" Ty ("=" ConstArg)?
    // TypeParam = Ident (":" Bounds)? ("=" Ty)?
    pub(crate) fn parse_generic_params(&mut self) -> PResult<'a, Vec<ast::GenericParam>> {
        let mut params = Vec::new();
        loop {
            let attrs = self.parse_outer_attributes()?;
            let lo = self.token.span;
            let param = if self.check_lifetime() {
                let lifetime = self.expect_lifetime()?;
                let bounds = if self.eat(&TokenKind::Colon) {
                    self.parse_lt_param_bounds()
                } else {
                    Vec::new()
                };
                ast::GenericParam {
                    id: self.next_id(),
                    ident: lifetime.ident,
                    attrs,
                    bounds,
                    kind: ast::GenericParamKind::Lifetime,
                    span: lo.to(self.prev_token.span),
                }
            } else if self.check_keyword(kw::Const) {
                let kw_span = self.token.span;
                self.bump();
                let ident = self.parse_ident()?;
                self.expect(&TokenKind::Colon)?;
                let ty = self.parse_ty()?;
                let default = if self.eat(&TokenKind::Eq) {
                    Some(self.parse_const_arg()?)
                } else {
                    None
                };
                ast::GenericParam {
                    id: self.next_id(),
                    ident,
                    attrs,
                    bounds: Vec::new(),
                    kind: ast::GenericParamKind::Const {
                        ty,
                        kw_span,
                        default,
                    },
                    span: lo.to(self.prev_token.span),
                }
            } else if self.check_ident() {
                let ident = self.parse_ident()?;
                let bounds = if self.eat(&TokenKind::Colon) {
                    self.parse_generic_bounds()?
                } else {
                    Vec::new()
                };
                let default = if self.eat(&TokenKind::Eq) {
                    Some(self.parse_ty()?)
                } else {
                    None
                };
                ast::GenericParam {
                    id: self.next_id(),
                    ident,
                    attrs,
                    bounds,
                    kind: ast::GenericParamKind::Type { default },
                    span: lo.to(self.prev_token.span),
                }
            } else {
                if let Some(attr) = attrs.first() {
                    self.sess
                        .dcx
                        .struct_err(attr.span, "attribute without generic parameters")
                        .span_label(
                            attr.span,
                            "attributes are only permitted when preceding parameters",
                        )
                        .emit();
                }
                break;
            };
            params.push(param);
            if !self.eat(&TokenKind::Comma) {
                if !self.check_break(TokenKind::Gt)
                    && (self.token.lifetime().is_some() || self.ident_of(&self.token).is_some())
                {
                    return Err(Box::new(self.unexpected_error()));
                }
                break;
            }
        }
        Ok(params)
    }

    // LifetimeBounds = (Lifetime ("+" Lifetime)* "+"?)?
    fn parse_lt_param_bounds(&mut self) -> ast::GenericBounds {
        let mut bounds = Vec::new();
        while let Some(ident) = self.token.lifetime() {
            self.bump();
            bounds.push(ast::GenericBound::Outlives(ast::Lifetime {
                id: self.next_id(),
                ident,
            }));
            if !self.eat(&TokenKind::BinOp(BinOpToken::Plus)) {
                break;
            }
        }
        bounds
    }

    // WhereClause = ("where" (WherePredicate ("," WherePredicate)* ","?)?)?
    // WherePredicate = Lifetime ":" LifetimeBounds | ForBinder? Ty (":" Bounds | "=" Ty)
    pub(crate) fn parse_where_clause(&mut self) -> PResult<'a, ast::WhereClause> {
        let lo = self.token.span;
        if !self.eat_keyword(kw::Where) {
            return Ok(empty_where_clause(self.prev_hi()));
        }
        let mut predicates = Vec::new();
        loop {
            // Attributes on where predicates are unstable; they are parsed and dropped.
            let _attrs = self.parse_outer_attributes()?;
            let pred_lo = self.token.span;
            if self.check_lifetime()
                && self.look_ahead(1, |t| t.kind != TokenKind::BinOp(BinOpToken::Plus))
            {
                let lifetime = self.expect_lifetime()?;
                self.expect(&TokenKind::Colon)?;
                let bounds = self.parse_lt_param_bounds();
                predicates.push(ast::WherePredicate::RegionPredicate(
                    ast::WhereRegionPredicate {
                        span: pred_lo.to(self.prev_token.span),
                        lifetime,
                        bounds,
                    },
                ));
            } else if self.check_type() {
                let bound_generic_params = self.parse_late_bound_lifetime_defs()?;
                let ty = self.parse_ty_no_plus()?;
                if self.eat(&TokenKind::Colon) {
                    let bounds = self.parse_generic_bounds()?;
                    predicates.push(ast::WherePredicate::BoundPredicate(
                        ast::WhereBoundPredicate {
                            span: pred_lo.to(self.prev_token.span),
                            bound_generic_params,
                            bounded_ty: ty,
                            bounds,
                        },
                    ));
                } else if self.eat(&TokenKind::Eq) || self.eat(&TokenKind::EqEq) {
                    let rhs_ty = self.parse_ty()?;
                    predicates.push(ast::WherePredicate::EqPredicate(ast::WhereEqPredicate {
                        span: pred_lo.to(self.prev_token.span),
                        lhs_ty: ty,
                        rhs_ty,
                    }));
                } else {
                    return Err(Box::new(self.unexpected_error()));
                }
            } else {
                break;
            }
            if !self.eat(&TokenKind::Comma) {
                break;
            }
        }
        Ok(ast::WhereClause {
            has_where_token: true,
            predicates,
            span: lo.to(self.prev_token.span),
        })
    }

    // ForBinder = ("for" "<" GenericParams ">")?
    pub(crate) fn parse_late_bound_lifetime_defs(&mut self) -> PResult<'a, Vec<ast::GenericParam>> {
        if self.eat_keyword(kw::For) {
            if !self.eat_lt() {
                return Err(Box::new(self.unexpected_error()));
            }
            let params = self.parse_generic_params()?;
            self.expect_gt()?;
            Ok(params)
        } else {
            Ok(Vec::new())
        }
    }

    /// Whether the current token may start a bound.
    pub(crate) fn can_begin_bound(&mut self) -> bool {
        self.check_path()
            || self.check_lifetime()
            || self.check(&TokenKind::Not)
            || self.check(&TokenKind::Question)
            || self.check(&TokenKind::Tilde)
            || self.check_keyword(kw::For)
            || self.check(&TokenKind::OpenDelim(Delimiter::Parenthesis))
            || self.check_keyword(kw::Const)
            || self.check_keyword(kw::Async)
            || self.check_keyword(kw::Use)
    }

    // Bounds = (Bound ("+" Bound)* "+"?)?
    pub(crate) fn parse_generic_bounds(&mut self) -> PResult<'a, ast::GenericBounds> {
        let mut bounds = Vec::new();
        while self.can_begin_bound() {
            bounds.push(self.parse_generic_bound()?);
            if !self.eat(&TokenKind::BinOp(BinOpToken::Plus)) {
                break;
            }
        }
        Ok(bounds)
    }

    // Bound = Lifetime | "use" "<" GenericArgs ">" | "(" Bound ")" | Modifiers ForBinder TypePath
    // Modifiers = ("~" "const" | "const" | "async" | "?" | "!")*
    pub(crate) fn parse_generic_bound(&mut self) -> PResult<'a, ast::GenericBound> {
        let lo = self.token.span;
        if let Some(ident) = self.token.lifetime() {
            self.bump();
            return Ok(ast::GenericBound::Outlives(ast::Lifetime {
                id: self.next_id(),
                ident,
            }));
        }
        if self.is_keyword(&self.token, kw::Use) && self.look_ahead(1, |t| t.kind == TokenKind::Lt)
        {
            self.bump();
            self.eat_lt();
            let mut args = Vec::new();
            while !self.check_break(TokenKind::Gt) {
                match self.parse_generic_arg()? {
                    Some(arg) => args.push(arg),
                    None => break,
                }
                if !self.eat(&TokenKind::Comma) {
                    break;
                }
            }
            self.expect_gt()?;
            return Ok(ast::GenericBound::Use(args, lo.to(self.prev_token.span)));
        }
        if self.token.kind == TokenKind::OpenDelim(Delimiter::Parenthesis) {
            self.bump();
            let inner = self.parse_generic_bound()?;
            self.expect(&TokenKind::CloseDelim(Delimiter::Parenthesis))?;
            return Ok(match inner {
                ast::GenericBound::Trait(mut poly, m) => {
                    poly.span = lo.to(self.prev_token.span);
                    ast::GenericBound::Trait(poly, m)
                }
                other => other,
            });
        }
        let mut modifier = ast::TraitBoundModifier::None;
        loop {
            if self.token.kind == TokenKind::Tilde && self.is_keyword_ahead(1, &[kw::Const]) {
                self.bump();
                self.bump();
                modifier = ast::TraitBoundModifier::MaybeConst;
            } else if self.is_keyword(&self.token, kw::Const) {
                self.bump();
                modifier = ast::TraitBoundModifier::MaybeConst;
            } else if self.is_keyword(&self.token, kw::Async) {
                self.bump();
            } else if self.token.kind == TokenKind::Question {
                self.bump();
                modifier = ast::TraitBoundModifier::Maybe;
            } else if self.token.kind == TokenKind::Not {
                self.bump();
                modifier = ast::TraitBoundModifier::Negative;
            } else {
                break;
            }
        }
        let bound_generic_params = self.parse_late_bound_lifetime_defs()?;
        if !self.is_path_start(&self.token) {
            self.expected_tokens.push(TokenType::Path);
            return Err(Box::new(self.unexpected_error()));
        }
        let path = self.parse_path(PathStyle::Type)?;
        let poly = ast::PolyTraitRef {
            bound_generic_params,
            trait_ref: ast::TraitRef {
                path,
                ref_id: self.next_id(),
            },
            span: lo.to(self.prev_token.span),
        };
        Ok(ast::GenericBound::Trait(poly, modifier))
    }
}

pub(crate) fn empty_where_clause(span: Span) -> ast::WhereClause {
    ast::WhereClause {
        has_where_token: false,
        predicates: Vec::new(),
        span,
    }
}

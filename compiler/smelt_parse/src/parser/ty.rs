//! Types: paths, references, pointers, slices, arrays, tuples, `!`, `_`, function pointers,
//! trait objects (`dyn Trait + Send`, and the bare 2015 form), `impl Trait`, macro calls.

use smelt_ast::token::{BinOpToken, Delimiter, Nonterminal, Token, TokenKind};
use smelt_ast::{self as ast, P};
use smelt_span::{kw, Edition, Ident};

use super::{PResult, Parser, PathStyle, TokenType};

impl<'a> Parser<'a> {
    /// Parses a type; `A + B` is a trait object.
    pub fn parse_ty(&mut self) -> PResult<'a, P<ast::Ty>> {
        self.parse_ty_common(true)
    }

    /// Parses a type where `+` cannot continue it (after `&`, in `as` casts, in `Fn() -> T`).
    pub(crate) fn parse_ty_no_plus(&mut self) -> PResult<'a, P<ast::Ty>> {
        self.parse_ty_common(false)
    }

    // Ty = TyNoPlus ("+" Bounds)?    (`+` only when `allow_plus`)
    fn parse_ty_common(&mut self, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        self.enter_nesting("type")?;
        let res = self.parse_ty_inner(allow_plus);
        self.exit_nesting();
        res
    }

    /// Whether the token can start a type; remembers "type" as expected otherwise.
    pub(crate) fn check_type(&mut self) -> bool {
        let is = self.can_begin_type(&self.token);
        if !is {
            self.expected_tokens.push(TokenType::Type);
        }
        is
    }

    pub(crate) fn can_begin_type(&self, token: &Token) -> bool {
        match &token.kind {
            TokenKind::Ident(name, raw) => {
                *raw || !self.is_reserved(*name)
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
            TokenKind::OpenDelim(Delimiter::Parenthesis)
            | TokenKind::OpenDelim(Delimiter::Bracket)
            | TokenKind::Not
            | TokenKind::BinOp(BinOpToken::Star)
            | TokenKind::BinOp(BinOpToken::And)
            | TokenKind::AndAnd
            | TokenKind::Question
            | TokenKind::Lifetime(_)
            | TokenKind::Lt
            | TokenKind::BinOp(BinOpToken::Shl)
            | TokenKind::PathSep => true,
            TokenKind::Interpolated(nt) => {
                matches!(
                    &**nt,
                    Nonterminal::Ty(_)
                        | Nonterminal::Path(_)
                        | Nonterminal::Ident(..)
                        | Nonterminal::Lifetime(_)
                )
            }
            _ => false,
        }
    }

    // Ty = "(" (Ty ("," Ty)* ","?)? ")" | "!" | "*" ("const" | "mut") TyNoPlus | "[" Ty (";" Expr)? "]"
    //    | "&" Lifetime? "mut"? TyNoPlus | "_" | BareFnTy | "impl" Bounds | "dyn" Bounds
    //    | QPath | Path ("!" DelimArgs)? ("+" Bounds)?
    fn parse_ty_inner(&mut self, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        // Classify, then make one call in tail position: types nest, so this frame must stay
        // small.
        let lo = self.token.span;
        match self.classify_ty() {
            TyStart::Interpolated => self.parse_ty_interpolated(lo, allow_plus),
            TyStart::Parens => self.parse_ty_tuple_or_parens(allow_plus),
            TyStart::Never => self.parse_ty_never(lo),
            TyStart::Ptr => self.parse_ty_ptr(lo),
            TyStart::SliceOrArray => self.parse_ty_slice_or_array(lo),
            TyStart::Ref => self.parse_ty_ref(lo),
            TyStart::Infer => self.parse_ty_infer(lo),
            TyStart::BareFn => self.parse_ty_bare_fn(lo, Vec::new()),
            TyStart::For => self.parse_ty_for(lo, allow_plus),
            TyStart::Impl => self.parse_ty_impl(lo, allow_plus),
            TyStart::Dyn => self.parse_ty_dyn(lo, allow_plus),
            TyStart::BareBounds => self.parse_ty_bare_bounds(lo, allow_plus),
            TyStart::Path => self.parse_ty_path(lo, allow_plus),
            TyStart::None => Err(self.expected_type()),
        }
    }

    fn classify_ty(&mut self) -> TyStart {
        if let TokenKind::Interpolated(nt) = &self.token.kind {
            if matches!(&**nt, Nonterminal::Ty(_) | Nonterminal::Path(_)) {
                return TyStart::Interpolated;
            }
        }
        match self.token.kind {
            TokenKind::OpenDelim(Delimiter::Parenthesis) => return TyStart::Parens,
            TokenKind::Not => return TyStart::Never,
            TokenKind::BinOp(BinOpToken::Star) => return TyStart::Ptr,
            TokenKind::OpenDelim(Delimiter::Bracket) => return TyStart::SliceOrArray,
            TokenKind::BinOp(BinOpToken::And) | TokenKind::AndAnd => return TyStart::Ref,
            _ => {}
        }
        if self.token.is_keyword(kw::Underscore) {
            return TyStart::Infer;
        }
        if self.is_bare_fn_start() {
            return TyStart::BareFn;
        }
        if self.is_keyword(&self.token, kw::For) {
            return TyStart::For;
        }
        if self.is_keyword(&self.token, kw::Impl) {
            return TyStart::Impl;
        }
        if self.is_explicit_dyn() {
            return TyStart::Dyn;
        }
        if self.token.kind == TokenKind::Question || self.token.lifetime().is_some() {
            return TyStart::BareBounds;
        }
        if self.is_path_start(&self.token) {
            return TyStart::Path;
        }
        TyStart::None
    }

    fn expected_type(&mut self) -> Box<smelt_errors::Diag<'a>> {
        self.expected_tokens.push(TokenType::Type);
        let found = self.token_descr(&self.token);
        let span = self.token.span;
        let diag = self
            .sess
            .dcx
            .struct_err(span, format!("expected type, found {found}"));
        Box::new(diag.span_label(span, "expected type"))
    }

    // InterpolatedTy = $ty | $path
    fn parse_ty_interpolated(
        &mut self,
        lo: smelt_span::Span,
        allow_plus: bool,
    ) -> PResult<'a, P<ast::Ty>> {
        let Some(nt) = self.interpolated() else {
            return Err(self.expected_type());
        };
        match &*nt {
            Nonterminal::Ty(ty) => {
                let ty = ty.clone();
                self.bump();
                Ok(ty)
            }
            Nonterminal::Path(path) => {
                let path = (**path).clone();
                self.bump();
                self.finish_path_ty(lo, None, path, allow_plus)
            }
            _ => Err(self.expected_type()),
        }
    }

    // NeverTy = "!"
    fn parse_ty_never(&mut self, lo: smelt_span::Span) -> PResult<'a, P<ast::Ty>> {
        self.bump();
        Ok(self.mk_ty(lo, ast::TyKind::Never))
    }

    // InferTy = "_"
    fn parse_ty_infer(&mut self, lo: smelt_span::Span) -> PResult<'a, P<ast::Ty>> {
        self.bump();
        Ok(self.mk_ty(lo, ast::TyKind::Infer))
    }

    // PtrTy = "*" ("const" | "mut") TyNoPlus
    fn parse_ty_ptr(&mut self, lo: smelt_span::Span) -> PResult<'a, P<ast::Ty>> {
        self.bump();
        let mutbl = if self.eat_keyword(kw::Mut) {
            ast::Mutability::Mut
        } else if self.eat_keyword(kw::Const) {
            ast::Mutability::Not
        } else {
            let span = self.prev_token.span;
            self.sess
                .dcx
                .struct_err(
                    span,
                    "expected `mut` or `const` keyword in raw pointer type",
                )
                .span_suggestion(span.shrink_to_hi(), "add `mut` or `const` here", "const ")
                .emit();
            ast::Mutability::Not
        };
        let ty = self.parse_ty_no_plus()?;
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::Ptr(ast::MutTy { ty, mutbl }),
        ))
    }

    // SliceTy = "[" Ty "]"    ArrayTy = "[" Ty ";" Expr "]"
    fn parse_ty_slice_or_array(&mut self, lo: smelt_span::Span) -> PResult<'a, P<ast::Ty>> {
        self.bump();
        let elem = self.parse_ty()?;
        let kind = if self.eat(&TokenKind::Semi) {
            let value = self.parse_expr()?;
            ast::TyKind::Array(
                elem,
                ast::AnonConst {
                    id: self.next_id(),
                    value,
                },
            )
        } else {
            ast::TyKind::Slice(elem)
        };
        self.expect(&TokenKind::CloseDelim(Delimiter::Bracket))?;
        Ok(self.mk_ty(lo.to(self.prev_token.span), kind))
    }

    // RefTy = "&" Lifetime? "mut"? TyNoPlus    (the `&` is already eaten)
    fn parse_ty_ref(&mut self, lo: smelt_span::Span) -> PResult<'a, P<ast::Ty>> {
        self.eat_and();
        let lifetime = match self.token.lifetime() {
            Some(ident) => {
                self.bump();
                Some(ast::Lifetime {
                    id: self.next_id(),
                    ident,
                })
            }
            None => None,
        };
        let mutbl = self.parse_mutability();
        let ty = self.parse_ty_no_plus()?;
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::Ref(lifetime, ast::MutTy { ty, mutbl }),
        ))
    }

    // TupleTy = "(" (Ty ("," Ty)* ","?)? ")"    ParenTy = "(" Ty ")" ("+" Bounds)?
    fn parse_ty_tuple_or_parens(&mut self, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        let lo = self.token.span;
        self.bump();
        let mut elems = Vec::new();
        let mut trailing_comma = false;
        loop {
            if self.check(&TokenKind::CloseDelim(Delimiter::Parenthesis)) {
                break;
            }
            elems.push(self.parse_ty()?);
            if self.check(&TokenKind::Comma) {
                self.bump();
                trailing_comma = true;
            } else {
                trailing_comma = false;
                if !self.check(&TokenKind::CloseDelim(Delimiter::Parenthesis)) {
                    return Err(Box::new(self.unexpected_error()));
                }
                break;
            }
        }
        self.expect(&TokenKind::CloseDelim(Delimiter::Parenthesis))?;
        let span = lo.to(self.prev_token.span);
        if elems.len() == 1 && !trailing_comma {
            let inner = elems.pop().ok_or_else(|| self.unexpected_error())?;
            // `(Trait) + Send`: a parenthesized bound starting a trait object.
            if allow_plus && self.token.kind == TokenKind::BinOp(BinOpToken::Plus) {
                if let ast::TyKind::Path(None, path) = &inner.kind {
                    let poly = ast::PolyTraitRef {
                        bound_generic_params: Vec::new(),
                        trait_ref: ast::TraitRef {
                            path: path.clone(),
                            ref_id: self.next_id(),
                        },
                        span,
                    };
                    let mut bounds = vec![ast::GenericBound::Trait(
                        poly,
                        ast::TraitBoundModifier::None,
                    )];
                    self.bump();
                    bounds.extend(self.parse_generic_bounds()?);
                    return Ok(self.mk_ty(
                        lo.to(self.prev_token.span),
                        ast::TyKind::TraitObject(bounds, false),
                    ));
                }
            }
            return Ok(self.mk_ty(span, ast::TyKind::Paren(inner)));
        }
        Ok(self.mk_ty(span, ast::TyKind::Tup(elems)))
    }

    // ForTy = "for" "<" GenericParams ">" (BareFnTy | TypePath ("+" Bounds)?)
    fn parse_ty_for(&mut self, lo: smelt_span::Span, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        // `for<'a> fn(&'a u8)` or `for<'a> Trait<'a>` (a bare trait object).
        let params = self.parse_late_bound_lifetime_defs()?;
        if self.is_bare_fn_start() {
            return self.parse_ty_bare_fn(lo, params);
        }
        let path = self.parse_path(PathStyle::Type)?;
        let poly = ast::PolyTraitRef {
            bound_generic_params: params,
            trait_ref: ast::TraitRef {
                path,
                ref_id: self.next_id(),
            },
            span: lo.to(self.prev_token.span),
        };
        let mut bounds = vec![ast::GenericBound::Trait(
            poly,
            ast::TraitBoundModifier::None,
        )];
        if allow_plus && self.eat(&TokenKind::BinOp(BinOpToken::Plus)) {
            bounds.extend(self.parse_generic_bounds()?);
        }
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::TraitObject(bounds, false),
        ))
    }

    // ImplTy = "impl" Bounds
    fn parse_ty_impl(&mut self, lo: smelt_span::Span, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        self.bump();
        let bounds = self.parse_bounds_maybe_plus(allow_plus)?;
        let id = self.next_id();
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::ImplTrait(id, bounds),
        ))
    }

    // DynTy = "dyn" Bounds
    fn parse_ty_dyn(&mut self, lo: smelt_span::Span, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        self.bump();
        let bounds = self.parse_bounds_maybe_plus(allow_plus)?;
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::TraitObject(bounds, true),
        ))
    }

    /// A bare trait object starting with `?Sized` or a lifetime (2015 style).
    fn parse_ty_bare_bounds(
        &mut self,
        lo: smelt_span::Span,
        allow_plus: bool,
    ) -> PResult<'a, P<ast::Ty>> {
        let bounds = self.parse_bounds_maybe_plus(allow_plus)?;
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::TraitObject(bounds, false),
        ))
    }

    // PathTy = QPath | Path ("!" DelimArgs | "+" Bounds)?
    fn parse_ty_path(&mut self, lo: smelt_span::Span, allow_plus: bool) -> PResult<'a, P<ast::Ty>> {
        let (qself, path) = self.parse_maybe_qpath(PathStyle::Type)?;
        if qself.is_none() && self.check(&TokenKind::Not) && self.look_ahead(1, is_open_delim) {
            self.bump();
            let mac = self.parse_mac_call_after_path(path)?;
            return Ok(self.mk_ty(lo.to(self.prev_token.span), ast::TyKind::MacCall(mac)));
        }
        self.finish_path_ty(lo, qself, path, allow_plus)
    }

    /// A path type, which becomes a trait object when followed by `+ Bound`.
    fn finish_path_ty(
        &mut self,
        lo: smelt_span::Span,
        qself: Option<P<ast::QSelf>>,
        path: ast::Path,
        allow_plus: bool,
    ) -> PResult<'a, P<ast::Ty>> {
        if qself.is_none() && allow_plus && self.check(&TokenKind::BinOp(BinOpToken::Plus)) {
            let poly = ast::PolyTraitRef {
                bound_generic_params: Vec::new(),
                span: path.span,
                trait_ref: ast::TraitRef {
                    path,
                    ref_id: self.next_id(),
                },
            };
            let mut bounds = vec![ast::GenericBound::Trait(
                poly,
                ast::TraitBoundModifier::None,
            )];
            self.bump();
            bounds.extend(self.parse_generic_bounds()?);
            return Ok(self.mk_ty(
                lo.to(self.prev_token.span),
                ast::TyKind::TraitObject(bounds, false),
            ));
        }
        Ok(self.mk_ty(lo.to(self.prev_token.span), ast::TyKind::Path(qself, path)))
    }

    // Bounds = Bound ("+" Bound)*    (a single Bound when `+` is not allowed)
    fn parse_bounds_maybe_plus(&mut self, allow_plus: bool) -> PResult<'a, ast::GenericBounds> {
        if allow_plus {
            return self.parse_generic_bounds();
        }
        // Only one bound: in `&dyn A + B` the `+` is ambiguous and left to the caller.
        if self.can_begin_bound() {
            return Ok(vec![self.parse_generic_bound()?]);
        }
        Ok(Vec::new())
    }

    /// Whether `dyn` here starts a trait object. In 2015 `dyn` is an identifier unless a
    /// bound follows it.
    fn is_explicit_dyn(&self) -> bool {
        if !self.token.is_keyword(kw::Dyn) {
            return false;
        }
        if self.edition >= Edition::E2018 {
            return true;
        }
        self.look_ahead(1, |t| {
            (self.is_path_start(t)
                || t.lifetime().is_some()
                || t.kind == TokenKind::Question
                || t.is_keyword(kw::For)
                || t.kind == TokenKind::OpenDelim(Delimiter::Parenthesis))
                && !matches!(t.kind, TokenKind::Lt | TokenKind::PathSep)
        })
    }

    /// Whether a function pointer type starts here: `fn`, `unsafe fn`, `extern "C" fn`.
    fn is_bare_fn_start(&self) -> bool {
        let t = &self.token;
        if t.is_keyword(kw::Fn) {
            return true;
        }
        if t.is_keyword(kw::Unsafe) {
            return self.look_ahead(1, |t| t.is_keyword(kw::Fn) || t.is_keyword(kw::Extern));
        }
        if t.is_keyword(kw::Extern) {
            return self.look_ahead(1, |t| t.is_keyword(kw::Fn))
                || (self.look_ahead(1, |t| matches!(t.kind, TokenKind::Literal(_)))
                    && self.look_ahead(2, |t| t.is_keyword(kw::Fn)));
        }
        false
    }

    // BareFnTy = ForBinder "unsafe"? ("extern" Abi?)? "fn" FnDecl(names optional)
    fn parse_ty_bare_fn(
        &mut self,
        lo: smelt_span::Span,
        generic_params: Vec<ast::GenericParam>,
    ) -> PResult<'a, P<ast::Ty>> {
        let safety = if self.eat_keyword(kw::Unsafe) {
            ast::Safety::Unsafe(self.prev_token.span)
        } else {
            ast::Safety::Default
        };
        let ext = self.parse_extern();
        let decl_lo = self.token.span;
        self.expect_keyword(kw::Fn)?;
        let decl = self.parse_fn_decl(false, false)?;
        let decl_span = decl_lo.to(self.prev_token.span);
        let bare = ast::BareFnTy {
            safety,
            ext,
            generic_params,
            decl,
            decl_span,
        };
        Ok(self.mk_ty(
            lo.to(self.prev_token.span),
            ast::TyKind::BareFn(P::new(bare)),
        ))
    }

    // Extern = ("extern" StrLit?)?
    pub(crate) fn parse_extern(&mut self) -> ast::Extern {
        if !self.eat_keyword(kw::Extern) {
            return ast::Extern::None;
        }
        let kw_span = self.prev_token.span;
        match self.parse_abi() {
            Some(abi) => ast::Extern::Explicit(abi, kw_span),
            None => ast::Extern::Implicit(kw_span),
        }
    }

    /// An ABI string after `extern`, if there is one.
    pub(crate) fn parse_abi(&mut self) -> Option<ast::StrLit> {
        if let TokenKind::Literal(lit) = self.token.kind {
            match lit.kind {
                smelt_ast::token::LitKind::Str | smelt_ast::token::LitKind::StrRaw(_) => {
                    let span = self.token.span;
                    self.bump();
                    let decoded = self.lit_from_token(lit, span);
                    if lit.suffix.is_some() {
                        // Reported by `lit_from_token` as an invalid suffix.
                    }
                    let (symbol, style) = match decoded.kind {
                        ast::LitKind::Str(sym, style) => (sym, style),
                        _ => (lit.symbol, ast::StrStyle::Cooked),
                    };
                    return Some(ast::StrLit {
                        symbol,
                        style,
                        span,
                    });
                }
                _ => {
                    let span = self.token.span;
                    self.sess
                        .dcx
                        .struct_err(span, "non-string ABI literal")
                        .span_suggestion(span, "specify the ABI with a string literal", "\"C\"")
                        .emit();
                    self.bump();
                }
            }
        }
        None
    }

    // RetTy = ("->" Ty)?
    pub(crate) fn parse_ret_ty(&mut self, allow_plus: bool) -> PResult<'a, ast::FnRetTy> {
        if self.eat(&TokenKind::RArrow) {
            let ty = if allow_plus {
                self.parse_ty()?
            } else {
                self.parse_ty_no_plus()?
            };
            Ok(ast::FnRetTy::Ty(ty))
        } else {
            Ok(ast::FnRetTy::Default(self.prev_hi()))
        }
    }

    /// An anonymous parameter's pattern (function pointer types, 2015 trait methods).
    pub(crate) fn anon_param_pat(&self, span: smelt_span::Span) -> P<ast::Pat> {
        self.mk_pat(
            span,
            ast::PatKind::Ident(ast::BindingMode::NONE, Ident::new(kw::Empty, span), None),
        )
    }
}

/// The kinds of types, for `parse_ty_inner`'s dispatch.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum TyStart {
    Interpolated,
    Parens,
    Never,
    Ptr,
    SliceOrArray,
    Ref,
    Infer,
    BareFn,
    For,
    Impl,
    Dyn,
    BareBounds,
    Path,
    None,
}

fn is_open_delim(t: &Token) -> bool {
    matches!(t.kind, TokenKind::OpenDelim(_))
}

//! Lowering of types, paths, generic arguments, generics and bounds.

use smelt_ast::{self as ast, NodeId};
use smelt_resolve::LifetimeRes as AstLifetimeRes;
use smelt_span::{kw, Ident};

use super::LoweringContext;
use crate::hir::*;
use crate::{DefId, DefKind, Res};

impl LoweringContext<'_> {
    pub fn lower_ty(&mut self, t: &ast::Ty) -> Ty {
        let kind = match &t.kind {
            ast::TyKind::Slice(inner) => TyKind::Slice(Box::new(self.lower_ty(inner))),
            ast::TyKind::Array(inner, len) => {
                let inner = self.lower_ty(inner);
                TyKind::Array(Box::new(inner), self.lower_array_len(len))
            }
            ast::TyKind::Ptr(mt) => TyKind::Ptr(Box::new(self.lower_ty(&mt.ty)), mt.mutbl),
            ast::TyKind::Ref(lt, mt) => {
                let lt = match lt {
                    Some(lt) => self.lower_lifetime(lt),
                    None => Lifetime {
                        res: LifetimeRes::Infer,
                        span: t.span.shrink_to_lo(),
                    },
                };
                TyKind::Ref(lt, Box::new(self.lower_ty(&mt.ty)), mt.mutbl)
            }
            ast::TyKind::BareFn(f) => {
                let inputs = f.decl.inputs.iter().map(|p| self.lower_ty(&p.ty)).collect();
                let output = match &f.decl.output {
                    ast::FnRetTy::Ty(t) => Some(self.lower_ty(t)),
                    ast::FnRetTy::Default(_) => None,
                };
                TyKind::BareFn(Box::new(BareFnTy {
                    safety: self.lower_safety(f.safety),
                    abi: self.lower_extern(&f.ext, Abi::Rust),
                    inputs,
                    output,
                    c_variadic: f.decl.c_variadic,
                }))
            }
            ast::TyKind::Never => TyKind::Never,
            ast::TyKind::Tup(ts) => TyKind::Tup(ts.iter().map(|t| self.lower_ty(t)).collect()),
            ast::TyKind::Path(qself, path) => {
                TyKind::Path(self.lower_qpath(t.id, qself.as_deref(), path))
            }
            ast::TyKind::TraitObject(bounds, _) => {
                let mut traits = Vec::new();
                let mut lifetime = None;
                for b in bounds {
                    match b {
                        ast::GenericBound::Trait(p, _) => traits.push(self.lower_poly_trait_ref(p)),
                        ast::GenericBound::Outlives(l) => lifetime = Some(self.lower_lifetime(l)),
                        ast::GenericBound::Use(_, span) => {
                            let e = self.err(*span, "`use<...>` precise capturing syntax not allowed in `dyn` trait object bounds");
                            return Ty {
                                kind: TyKind::Err(e),
                                span: t.span,
                            };
                        }
                    }
                }
                TyKind::TraitObject(traits, lifetime)
            }
            ast::TyKind::ImplTrait(id, bounds) => match self
                .resolver
                .impl_trait_params
                .get(id)
                .or_else(|| self.resolver.impl_trait_opaques.get(id))
            {
                // A synthetic type parameter (argument position) or an opaque type (return
                // position): the `DefId`'s kind says which.
                Some(&index) => {
                    let bounds = self.lower_bounds(bounds);
                    TyKind::ImplTrait(
                        DefId {
                            krate: self.krate,
                            index,
                        },
                        bounds,
                    )
                }
                None => {
                    let e = self
                        .sess
                        .dcx
                        .struct_err(t.span, "`impl Trait` is only supported in function argument and return position by smelt yet")
                        .emit();
                    TyKind::Err(e)
                }
            },
            ast::TyKind::Paren(inner) => return self.lower_ty(inner),
            ast::TyKind::Infer => TyKind::Infer,
            ast::TyKind::ImplicitSelf => {
                let res = self.self_res.unwrap_or(Res::Err);
                let ident = Ident::new(kw::SelfUpper, t.span);
                TyKind::Path(QPath::Resolved(
                    None,
                    Box::new(Path {
                        span: t.span,
                        res,
                        segments: vec![PathSegment::new(ident, res)],
                    }),
                ))
            }
            ast::TyKind::MacCall(_) => {
                TyKind::Err(self.sess.dcx.bug(t.span, "a type macro survived expansion"))
            }
            ast::TyKind::Err => TyKind::Err(Self::reported()),
        };
        Ty { kind, span: t.span }
    }

    pub fn lower_safety(&self, s: ast::Safety) -> Safety {
        match s {
            ast::Safety::Unsafe(_) => Safety::Unsafe,
            ast::Safety::Default | ast::Safety::Safe(_) => Safety::Safe,
        }
    }

    /// The ABI of `extern "abi"`; `default` when there is no `extern`.
    pub fn lower_extern(&self, ext: &ast::Extern, default: Abi) -> Abi {
        match ext {
            ast::Extern::None => default,
            ast::Extern::Implicit(_) => Abi::C,
            ast::Extern::Explicit(s, _) => self.lower_abi_str(s),
        }
    }

    pub fn lower_abi_str(&self, s: &ast::StrLit) -> Abi {
        let name = self.sess.str(s.symbol);
        match Abi::from_name(name) {
            Some(abi) => abi,
            None => {
                self.sess
                    .dcx
                    .struct_err(s.span, format!("invalid ABI: found `{name}`"))
                    .code("E0703")
                    .span_label(s.span, "invalid ABI")
                    .note("invoke `rustc --print=calling-conventions` for a full list of supported calling conventions")
                    .emit();
                Abi::Rust
            }
        }
    }

    pub fn lower_lifetime(&self, l: &ast::Lifetime) -> Lifetime {
        let res = match self.resolver.lifetime_res.get(&l.id) {
            Some(AstLifetimeRes::Param(d)) => LifetimeRes::Param(*d),
            Some(AstLifetimeRes::Static) => LifetimeRes::Static,
            Some(AstLifetimeRes::Infer) | None => LifetimeRes::Infer,
            Some(AstLifetimeRes::Error) => LifetimeRes::Err,
        };
        Lifetime {
            res,
            span: l.ident.span,
        }
    }

    /// `[T; len]`: `_` infers, anything else is a constant argument.
    fn lower_array_len(&mut self, len: &ast::AnonConst) -> ArrayLen {
        if matches!(len.value.kind, ast::ExprKind::Underscore) {
            return ArrayLen::Infer(len.value.span);
        }
        ArrayLen::Body(self.lower_anon_const_arg(len))
    }

    /// A constant argument: a path to a const parameter or constant stays a path; anything
    /// else is an anonymous constant with its own body.
    pub fn lower_anon_const_arg(&mut self, c: &ast::AnonConst) -> ConstArg {
        let mut value = &*c.value;
        // `{ N }` is the same as `N`.
        while let ast::ExprKind::Block(b, None) = &value.kind {
            match &b.stmts[..] {
                [ast::Stmt {
                    kind: ast::StmtKind::Expr(e),
                    ..
                }] if b.rules == ast::BlockCheckMode::Default => value = e,
                _ => break,
            }
        }
        if let ast::ExprKind::Path(None, path) = &value.kind {
            if let Some(smelt_resolve::def::Res::Def(DefKind::ConstParam, _)) =
                self.partial_res(value.id).full_res()
            {
                let qpath = self.lower_qpath(value.id, None, path);
                return ConstArg {
                    kind: ConstArgKind::Path(qpath),
                    span: value.span,
                };
            }
        }
        let def = self.expect_def(c.id, c.value.span);
        self.lower_body(def.index, |this| (Vec::new(), this.lower_expr(&c.value)));
        ConstArg {
            kind: ConstArgKind::Anon(def),
            span: c.value.span,
        }
    }

    /* ------------------------------------------------------------ paths */

    /// Lowers a path held by node `id` with its partial resolution: the resolved prefix
    /// becomes a `Resolved` path, each unresolved segment a type-relative step.
    pub fn lower_qpath(
        &mut self,
        id: NodeId,
        qself: Option<&ast::QSelf>,
        path: &ast::Path,
    ) -> QPath {
        let pr = self.partial_res(id);
        let qself_ty = qself.map(|q| Box::new(self.lower_ty(&q.ty)));
        let n = path.segments.len();
        let unresolved = pr.unresolved_segments.min(n);
        let proj_start = n - unresolved;
        let base_res = self.lower_res(pr.base_res);
        let resolved_segments: Vec<PathSegment> = path.segments[..proj_start]
            .iter()
            .enumerate()
            .map(|(i, seg)| {
                let res = if i + 1 == proj_start {
                    base_res
                } else {
                    match self
                        .resolver
                        .partial_res
                        .get(&seg.id)
                        .and_then(|p| p.full_res())
                    {
                        Some(r) => self.lower_res(r),
                        None => Res::Err,
                    }
                };
                self.lower_path_segment(seg, res)
            })
            .collect();
        if unresolved == 0 {
            return QPath::Resolved(
                qself_ty,
                Box::new(Path {
                    span: path.span,
                    res: base_res,
                    segments: resolved_segments,
                }),
            );
        }
        let mut ty: Box<Ty> = if proj_start == 0 {
            match qself_ty {
                Some(t) => t,
                None => Box::new(Ty {
                    kind: TyKind::Err(Self::reported()),
                    span: path.span,
                }),
            }
        } else {
            let span = path.segments[..proj_start].last().map_or(path.span, |s| {
                path.span.until(
                    s.args
                        .as_ref()
                        .map_or(s.ident.span, |a| a.span())
                        .shrink_to_hi(),
                )
            });
            Box::new(Ty {
                kind: TyKind::Path(QPath::Resolved(
                    qself_ty,
                    Box::new(Path {
                        span,
                        res: base_res,
                        segments: resolved_segments,
                    }),
                )),
                span,
            })
        };
        for (i, seg) in path.segments[proj_start..].iter().enumerate() {
            let seg = Box::new(self.lower_path_segment(seg, Res::Err));
            if proj_start + i + 1 == n {
                return QPath::TypeRelative(ty, seg);
            }
            let span = ty.span.to(seg.ident.span);
            ty = Box::new(Ty {
                kind: TyKind::Path(QPath::TypeRelative(ty, seg)),
                span,
            });
        }
        unreachable!("the loop returns at the last segment")
    }

    /// A path that must resolve fully (trait references, visibility paths).
    pub fn lower_path(&mut self, id: NodeId, path: &ast::Path) -> Path {
        let pr = self.partial_res(id);
        let res = match pr.full_res() {
            Some(r) => self.lower_res(r),
            None => Res::Err,
        };
        let n = path.segments.len();
        let segments = path
            .segments
            .iter()
            .enumerate()
            .map(|(i, seg)| {
                let seg_res = if i + 1 == n {
                    res
                } else {
                    match self
                        .resolver
                        .partial_res
                        .get(&seg.id)
                        .and_then(|p| p.full_res())
                    {
                        Some(r) => self.lower_res(r),
                        None => Res::Err,
                    }
                };
                self.lower_path_segment(seg, seg_res)
            })
            .collect();
        Path {
            span: path.span,
            res,
            segments,
        }
    }

    fn lower_path_segment(&mut self, seg: &ast::PathSegment, res: Res) -> PathSegment {
        let args = seg
            .args
            .as_ref()
            .map(|a| Box::new(self.lower_generic_args(a)));
        PathSegment {
            ident: seg.ident,
            res,
            args,
        }
    }

    pub fn lower_generic_args(&mut self, args: &ast::GenericArgs) -> GenericArgs {
        match args {
            ast::GenericArgs::AngleBracketed(a) => {
                let mut out = GenericArgs {
                    span: a.span,
                    ..Default::default()
                };
                for arg in &a.args {
                    match arg {
                        ast::AngleBracketedArg::Arg(g) => out.args.push(self.lower_generic_arg(g)),
                        ast::AngleBracketedArg::Constraint(c) => {
                            out.constraints.push(self.lower_constraint(c))
                        }
                    }
                }
                out
            }
            ast::GenericArgs::Parenthesized(p) => {
                let inputs: Vec<Ty> = p.inputs.iter().map(|t| self.lower_ty(t)).collect();
                let inputs_span = p.span;
                let output = match &p.output {
                    ast::FnRetTy::Ty(t) => self.lower_ty(t),
                    ast::FnRetTy::Default(span) => Ty {
                        kind: TyKind::Tup(Vec::new()),
                        span: *span,
                    },
                };
                let output_span = output.span;
                GenericArgs {
                    args: vec![GenericArg::Type(Ty {
                        kind: TyKind::Tup(inputs),
                        span: inputs_span,
                    })],
                    constraints: vec![AssocItemConstraint {
                        ident: Ident::new(self.sess.intern("Output"), output_span),
                        gen_args: GenericArgs::default(),
                        kind: AssocItemConstraintKind::Equality(output),
                        span: output_span,
                    }],
                    parenthesized: true,
                    span: p.span,
                }
            }
        }
    }

    fn lower_generic_arg(&mut self, g: &ast::GenericArg) -> GenericArg {
        match g {
            ast::GenericArg::Lifetime(l) => GenericArg::Lifetime(self.lower_lifetime(l)),
            ast::GenericArg::Type(t) => {
                // A one-segment path that resolved to a value is a constant argument.
                if let ast::TyKind::Path(None, path) = &t.kind {
                    if let Some(smelt_resolve::def::Res::Def(
                        DefKind::ConstParam | DefKind::Const | DefKind::AssocConst,
                        _,
                    )) = self.partial_res(t.id).full_res()
                    {
                        let qpath = self.lower_qpath(t.id, None, path);
                        return GenericArg::Const(ConstArg {
                            kind: ConstArgKind::Path(qpath),
                            span: t.span,
                        });
                    }
                }
                if matches!(t.kind, ast::TyKind::Infer) {
                    return GenericArg::Infer(t.span);
                }
                GenericArg::Type(self.lower_ty(t))
            }
            ast::GenericArg::Const(c) => GenericArg::Const(self.lower_anon_const_arg(c)),
        }
    }

    fn lower_constraint(&mut self, c: &ast::AssocConstraint) -> AssocItemConstraint {
        let gen_args = c
            .gen_args
            .as_ref()
            .map(|g| self.lower_generic_args(g))
            .unwrap_or_default();
        let kind = match &c.kind {
            ast::AssocConstraintKind::Equality(ast::Term::Ty(t)) => {
                AssocItemConstraintKind::Equality(self.lower_ty(t))
            }
            ast::AssocConstraintKind::Equality(ast::Term::Const(k)) => {
                let e = self
                    .sess
                    .dcx
                    .struct_err(k.value.span, "associated const equality is incomplete")
                    .code("E0658")
                    .emit();
                AssocItemConstraintKind::Equality(Ty {
                    kind: TyKind::Err(e),
                    span: k.value.span,
                })
            }
            ast::AssocConstraintKind::Bound(bounds) => {
                AssocItemConstraintKind::Bound(self.lower_bounds(bounds))
            }
        };
        AssocItemConstraint {
            ident: c.ident,
            gen_args,
            kind,
            span: c.span,
        }
    }

    /* ------------------------------------------------------------ generics and bounds */

    pub fn lower_poly_trait_ref(&mut self, p: &ast::PolyTraitRef) -> PolyTraitRef {
        let bound_generic_params = p
            .bound_generic_params
            .iter()
            .filter_map(|g| self.lower_binder_param(g))
            .collect();
        let path = self.lower_path(p.trait_ref.ref_id, &p.trait_ref.path);
        PolyTraitRef {
            bound_generic_params,
            trait_ref: TraitRef { path },
            span: p.span,
        }
    }

    /// A `for<'a>` parameter (only lifetimes are allowed; they have no definitions).
    fn lower_binder_param(&mut self, g: &ast::GenericParam) -> Option<GenericParam> {
        match g.kind {
            ast::GenericParamKind::Lifetime => None,
            _ => {
                self.sess
                    .dcx
                    .struct_err(
                        g.span,
                        "only lifetime parameters can be used in this context",
                    )
                    .code("E0658")
                    .emit();
                None
            }
        }
    }

    pub fn lower_bounds(&mut self, bounds: &[ast::GenericBound]) -> Vec<GenericBound> {
        let mut out = Vec::new();
        for b in bounds {
            match b {
                ast::GenericBound::Trait(p, m) => {
                    let m = match m {
                        ast::TraitBoundModifier::None => TraitBoundModifier::None,
                        ast::TraitBoundModifier::Maybe => TraitBoundModifier::Maybe,
                        ast::TraitBoundModifier::MaybeConst => TraitBoundModifier::MaybeConst,
                        ast::TraitBoundModifier::Negative => TraitBoundModifier::Negative,
                    };
                    out.push(GenericBound::Trait(self.lower_poly_trait_ref(p), m));
                }
                ast::GenericBound::Outlives(l) => {
                    out.push(GenericBound::Outlives(self.lower_lifetime(l)))
                }
                // `use<..>` captures matter only to opaque types, which smelt rejects.
                ast::GenericBound::Use(..) => {}
            }
        }
        out
    }

    /// A path type naming a generic parameter.
    pub fn param_ty(&self, def: DefId, ident: Ident) -> Ty {
        let res = Res::Def(DefKind::TyParam, def);
        Ty {
            kind: TyKind::Path(QPath::Resolved(
                None,
                Box::new(Path {
                    span: ident.span,
                    res,
                    segments: vec![PathSegment::new(ident, res)],
                }),
            )),
            span: ident.span,
        }
    }

    pub fn lower_generics(&mut self, g: &ast::Generics) -> Generics {
        let mut params = Vec::new();
        let mut predicates = Vec::new();
        for p in &g.params {
            let Some(def_id) = self.local_def(p.id) else {
                continue;
            };
            let kind = match &p.kind {
                ast::GenericParamKind::Lifetime => GenericParamKind::Lifetime,
                ast::GenericParamKind::Type { default } => GenericParamKind::Type {
                    default: default.as_ref().map(|t| self.lower_ty(t)),
                },
                ast::GenericParamKind::Const { ty, default, .. } => GenericParamKind::Const {
                    ty: self.lower_ty(ty),
                    default: default.as_ref().map(|d| self.lower_anon_const_arg(d)),
                },
            };
            if !p.bounds.is_empty() {
                match p.kind {
                    ast::GenericParamKind::Lifetime => {
                        let bounds = self.lower_bounds(&p.bounds);
                        predicates.push(WherePredicate::Region {
                            span: p.span,
                            lifetime: Lifetime {
                                res: LifetimeRes::Param(def_id),
                                span: p.ident.span,
                            },
                            bounds,
                        });
                    }
                    _ => {
                        let bounds = self.lower_bounds(&p.bounds);
                        predicates.push(WherePredicate::Bound {
                            span: p.span,
                            bound_generic_params: Vec::new(),
                            bounded_ty: self.param_ty(def_id, p.ident),
                            bounds,
                        });
                    }
                }
            }
            params.push(GenericParam {
                def_id,
                name: p.ident,
                kind,
                span: p.span,
                synthetic: false,
            });
        }
        for w in &g.where_clause.predicates {
            match w {
                ast::WherePredicate::BoundPredicate(b) => {
                    let bound_generic_params = b
                        .bound_generic_params
                        .iter()
                        .filter_map(|g| self.lower_binder_param(g))
                        .collect();
                    let bounded_ty = self.lower_ty(&b.bounded_ty);
                    let bounds = self.lower_bounds(&b.bounds);
                    predicates.push(WherePredicate::Bound {
                        span: b.span,
                        bound_generic_params,
                        bounded_ty,
                        bounds,
                    });
                }
                ast::WherePredicate::RegionPredicate(r) => {
                    let lifetime = self.lower_lifetime(&r.lifetime);
                    let bounds = self.lower_bounds(&r.bounds);
                    predicates.push(WherePredicate::Region {
                        span: r.span,
                        lifetime,
                        bounds,
                    });
                }
                ast::WherePredicate::EqPredicate(e) => {
                    self.sess
                        .dcx
                        .struct_err(
                            e.span,
                            "equality constraints are not yet supported in `where` clauses",
                        )
                        .emit();
                }
            }
        }
        Generics {
            params,
            predicates,
            span: g.span,
            where_clause_span: g.where_clause.span,
        }
    }

    /// Adds the synthetic type parameters of `impl Trait` arguments to `generics`.
    pub fn add_impl_trait_params(&mut self, generics: &mut Generics, decl: &FnDecl) {
        let mut stack: Vec<&Ty> = decl.inputs.iter().collect();
        let mut found = Vec::new();
        while let Some(t) = stack.pop() {
            match &t.kind {
                TyKind::ImplTrait(def, bounds) => found.push((*def, bounds.clone(), t.span)),
                TyKind::Ref(_, t, _)
                | TyKind::Ptr(t, _)
                | TyKind::Slice(t)
                | TyKind::Array(t, _) => stack.push(t),
                TyKind::Tup(ts) => stack.extend(ts.iter()),
                _ => {}
            }
        }
        found.sort_by_key(|(d, ..)| d.index);
        for (def_id, bounds, span) in found {
            let name = Ident::new(self.def_name(def_id), span);
            generics.params.push(GenericParam {
                def_id,
                name,
                kind: GenericParamKind::Type { default: None },
                span,
                synthetic: true,
            });
            generics.predicates.push(WherePredicate::Bound {
                span,
                bound_generic_params: Vec::new(),
                bounded_ty: self.param_ty(def_id, name),
                bounds,
            });
        }
    }

    fn def_name(&self, def: DefId) -> smelt_span::Symbol {
        self.resolver.defs[def.index].name
    }

    pub fn lower_fn_decl(&mut self, decl: &ast::FnDecl) -> FnDecl {
        let implicit_self = decl
            .inputs
            .first()
            .filter(|p| p.is_self())
            .map(|p| match &p.ty.kind {
                ast::TyKind::ImplicitSelf => ImplicitSelfKind::Value,
                ast::TyKind::Ref(_, mt) if matches!(mt.ty.kind, ast::TyKind::ImplicitSelf) => {
                    match mt.mutbl {
                        ast::Mutability::Not => ImplicitSelfKind::RefImm,
                        ast::Mutability::Mut => ImplicitSelfKind::RefMut,
                    }
                }
                _ => ImplicitSelfKind::Explicit,
            });
        let inputs = decl.inputs.iter().map(|p| self.lower_ty(&p.ty)).collect();
        let (output, output_span) = match &decl.output {
            ast::FnRetTy::Ty(t) => {
                let t = self.lower_ty(t);
                let span = t.span;
                (Some(t), span)
            }
            ast::FnRetTy::Default(span) => (None, *span),
        };
        FnDecl {
            inputs,
            output,
            c_variadic: decl.c_variadic,
            implicit_self,
            output_span,
        }
    }
}

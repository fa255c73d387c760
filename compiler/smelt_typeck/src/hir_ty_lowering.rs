//! Lowering of HIR types (syntax with resolved paths) to semantic types: `Vec<_>` becomes
//! `Adt(Vec, [?0])`, `T` becomes `Param(1, T)`, `<T as Iterator>::Item` a projection.
//! Item signatures lower without inference (a `_` there is E0121); bodies pass an
//! `InferProvider` that makes fresh variables.

use smelt_ast::Mutability;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{self as hir, DefId, DefKind, LifetimeRes, PrimTy, Res};
use smelt_span::{kw, Span};
use smelt_ty::generics::GenericParamDefKind;
use smelt_ty::{
    AliasTy, Clause, ConstKind, ExistentialPredicate, GenericArg, GenericArgs, Instantiate,
    ParamConst, Region, TraitRef, Ty, TyCtxt, TyKind,
};

/// Where inference variables come from, when lowering types inside a body.
pub trait InferProvider {
    fn ty_infer(&self, span: Span) -> Ty;
    fn const_infer(&self, span: Span) -> smelt_ty::Const;
}

/// Lowers types in the context of one item (whose generics are in scope).
pub struct TyLowerer<'a> {
    pub tcx: &'a TyCtxt,
    /// The item whose generic parameters are in scope.
    pub item: DefId,
    pub infer: Option<&'a dyn InferProvider>,
}

impl<'a> TyLowerer<'a> {
    pub fn new(tcx: &'a TyCtxt, item: DefId) -> TyLowerer<'a> {
        TyLowerer {
            tcx,
            item,
            infer: None,
        }
    }

    pub fn with_infer(tcx: &'a TyCtxt, item: DefId, infer: &'a dyn InferProvider) -> TyLowerer<'a> {
        TyLowerer {
            tcx,
            item,
            infer: Some(infer),
        }
    }

    fn err(&self, span: Span, msg: impl Into<String>) -> ErrorGuaranteed {
        self.tcx.sess.dcx.err(span, msg)
    }

    pub fn lower_ty(&self, ty: &hir::Ty) -> Ty {
        let tcx = self.tcx;
        match &ty.kind {
            hir::TyKind::Slice(t) => tcx.mk_slice(self.lower_ty(t)),
            hir::TyKind::Array(t, len) => {
                let elem = self.lower_ty(t);
                let len = self.lower_array_len(len);
                tcx.mk_ty(TyKind::Array(elem, len))
            }
            hir::TyKind::Ptr(t, m) => tcx.mk_ptr(self.lower_ty(t), *m),
            hir::TyKind::Ref(lt, t, m) => {
                let r = self.lower_lifetime(lt);
                tcx.mk_ref(r, self.lower_ty(t), *m)
            }
            hir::TyKind::BareFn(f) => {
                let inputs: Vec<Ty> = f.inputs.iter().map(|t| self.lower_ty(t)).collect();
                let output = f
                    .output
                    .as_ref()
                    .map_or(tcx.types.unit, |t| self.lower_ty(t));
                tcx.mk_fn_ptr(tcx.mk_fn_sig(&inputs, output, f.c_variadic, f.safety, f.abi))
            }
            hir::TyKind::Never => tcx.types.never,
            hir::TyKind::Tup(tys) => {
                let tys: Vec<Ty> = tys.iter().map(|t| self.lower_ty(t)).collect();
                tcx.mk_tup(&tys)
            }
            hir::TyKind::Path(qpath) => self.lower_qpath_ty(qpath, ty.span),
            hir::TyKind::TraitObject(bounds, lt) => {
                self.lower_trait_object(bounds, lt.as_ref(), ty.span)
            }
            hir::TyKind::ImplTrait(def, _) if tcx.def_kind(*def) == DefKind::OpaqueTy => {
                // In return position: the opaque type, at the function's own parameters.
                tcx.mk_alias(*def, tcx.identity_args(*def))
            }
            hir::TyKind::ImplTrait(def, _) => {
                // `impl Trait` in argument position is a synthetic type parameter.
                match self.param_index(*def) {
                    Some((index, name)) => tcx.mk_param(index, name),
                    None => {
                        let e = self.err(ty.span, "`impl Trait` is only supported in function argument position by smelt yet");
                        let _ = e;
                        tcx.types.error
                    }
                }
            }
            hir::TyKind::Infer => {
                match self.infer {
                    Some(infer) => infer.ty_infer(ty.span),
                    None => {
                        self.tcx
                        .sess
                        .dcx
                        .struct_err(ty.span, "the placeholder `_` is not allowed within types on item signatures")
                        .code("E0121")
                        .span_label(ty.span, "not allowed in type signatures")
                        .emit();
                        tcx.types.error
                    }
                }
            }
            hir::TyKind::Err(_) => tcx.types.error,
        }
    }

    pub fn lower_lifetime(&self, lt: &hir::Lifetime) -> Region {
        match lt.res {
            LifetimeRes::Static => Region::Static,
            LifetimeRes::Param(def) => match self.param_index(def) {
                Some((index, name)) => Region::EarlyParam { index, name },
                None => Region::Erased,
            },
            LifetimeRes::Infer => Region::Erased,
            LifetimeRes::Err => Region::Error,
        }
    }

    pub fn lower_array_len(&self, len: &hir::ArrayLen) -> smelt_ty::Const {
        match len {
            hir::ArrayLen::Infer(span) => match self.infer {
                Some(infer) => infer.const_infer(*span),
                None => {
                    self.err(
                        *span,
                        "the placeholder `_` is not allowed within types on item signatures",
                    );
                    self.tcx.mk_const(ConstKind::Error)
                }
            },
            hir::ArrayLen::Body(c) => self.lower_const_arg(c, self.tcx.types.usize),
        }
    }

    pub fn lower_const_arg(&self, c: &hir::ConstArg, ty: Ty) -> smelt_ty::Const {
        let tcx = self.tcx;
        match &c.kind {
            hir::ConstArgKind::Anon(def) => {
                // Literal lengths need no evaluation.
                if let Some(v) = crate::consts::literal_anon_const(tcx, *def) {
                    return tcx
                        .mk_const(ConstKind::Value(ty, smelt_ty::ScalarInt::from_uint(v, 8)));
                }
                tcx.mk_const(ConstKind::Unevaluated(
                    *def,
                    tcx.identity_args_for_anon(*def),
                ))
            }
            hir::ConstArgKind::Path(qpath) => match qpath {
                hir::QPath::Resolved(None, path) => match path.res {
                    Res::Def(DefKind::ConstParam, def) => match self.param_index(def) {
                        Some((index, name)) => {
                            tcx.mk_const(ConstKind::Param(ParamConst { index, name }))
                        }
                        None => tcx.mk_const(ConstKind::Error),
                    },
                    Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                        tcx.mk_const(ConstKind::Unevaluated(def, tcx.types.empty_args))
                    }
                    _ => {
                        self.err(c.span, "expected a constant");
                        tcx.mk_const(ConstKind::Error)
                    }
                },
                _ => {
                    self.err(
                        c.span,
                        "this kind of constant argument is not supported by smelt yet",
                    );
                    tcx.mk_const(ConstKind::Error)
                }
            },
        }
    }

    /// The index and name of a generic parameter visible from `self.item`.
    pub fn param_index(&self, param: DefId) -> Option<(u32, smelt_span::Symbol)> {
        let owner = self.tcx.parent(param)?;
        let generics = self.tcx.generics_of(owner);
        generics
            .own_params
            .iter()
            .find(|p| p.def_id == param)
            .map(|p| (p.index, p.name))
    }

    fn lower_qpath_ty(&self, qpath: &hir::QPath, span: Span) -> Ty {
        let tcx = self.tcx;
        match qpath {
            hir::QPath::Resolved(None, path) => self.lower_path_ty(path, span),
            hir::QPath::Resolved(Some(qself), path) => {
                // `<T as Trait>::Assoc`: the last segment names the associated type.
                let self_ty = self.lower_ty(qself);
                let Some(assoc_seg) = path.segments.last() else {
                    return tcx.types.error;
                };
                match path.res {
                    Res::Def(DefKind::AssocTy, assoc) => {
                        let trait_def = tcx.parent(assoc).unwrap_or(assoc);
                        let trait_seg = &path.segments[path.segments.len().saturating_sub(2)];
                        let trait_args = self.lower_generic_args_for(
                            trait_def,
                            trait_seg.args.as_deref(),
                            Some(self_ty),
                            trait_seg.ident.span,
                        );
                        self.projection(assoc, trait_args, assoc_seg, span)
                    }
                    Res::Err => tcx.types.error,
                    _ => {
                        self.err(span, "expected an associated type");
                        tcx.types.error
                    }
                }
            }
            hir::QPath::TypeRelative(qself, seg) => {
                let self_ty = self.lower_ty(qself);
                self.associated_type_of(self_ty, qself, seg, span)
            }
            hir::QPath::LangItem(item, span) => match tcx.lang_item(*item) {
                Some(def) => tcx.type_of(def),
                None => {
                    self.err(
                        *span,
                        format!("lang item `{}` is missing from the library", item.name()),
                    );
                    tcx.types.error
                }
            },
        }
    }

    /// `<trait_args[0] as Trait<..>>::Assoc<own args>`.
    fn projection(
        &self,
        assoc: DefId,
        trait_args: GenericArgs,
        seg: &hir::PathSegment,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        let mut args = tcx.args(trait_args).to_vec();
        if let Some(ga) = &seg.args {
            for a in &ga.args {
                args.push(self.lower_generic_arg(a));
            }
        }
        let _ = span;
        tcx.mk_alias(assoc, tcx.mk_args(&args))
    }

    /// `T::Assoc` where `T` is a type: the associated type of one of `T`'s bounds (for a type
    /// parameter or `Self`), or of the trait the impl implements.
    fn associated_type_of(
        &self,
        self_ty: Ty,
        qself: &hir::Ty,
        seg: &hir::PathSegment,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        if tcx.kind(self_ty) == TyKind::Error {
            return tcx.types.error;
        }
        // `Self::Assoc` inside an impl of a trait: the trait's associated type.
        if let hir::TyKind::Path(hir::QPath::Resolved(None, path)) = &qself.kind {
            if let Res::SelfTyAlias { alias_to } = path.res {
                if let Some(trait_ref) = tcx.impl_trait_ref(alias_to) {
                    if let Some(item) = tcx
                        .associated_items(trait_ref.def_id)
                        .find_by_name(seg.ident.name, |i| {
                            i.kind == smelt_ty::assoc::AssocKind::Type
                        })
                    {
                        return self.projection(item.def_id, trait_ref.args, seg, span);
                    }
                    // Or of one of its supertraits (`Self::Target` in `impl DerefMut`).
                    if let Some(ty) = self.assoc_in_trait_refs(&[trait_ref], seg, span) {
                        return ty;
                    }
                }
            }
        }
        // `Self::Assoc` inside a trait: the associated type of the trait or a supertrait,
        // found without the trait's own predicates (which may mention it:
        // `trait Try: FromResidual<Self::Residual>`).
        if let hir::TyKind::Path(hir::QPath::Resolved(None, path)) = &qself.kind {
            if let Res::SelfTyParam { trait_ } = path.res {
                let own = TraitRef {
                    def_id: trait_,
                    args: tcx.identity_args(trait_),
                };
                if let Some(ty) = self.assoc_in_trait_refs(&[own], seg, span) {
                    return ty;
                }
            }
            // `T::Assoc` for a type parameter: the bounds written on `T` (in the generics
            // of this item and its parents), read from the HIR rather than through the
            // item's predicates, which may themselves mention `T::Assoc`.
            if let Res::Def(DefKind::TyParam, param) = path.res {
                let refs = self.bounds_written_on(param, self_ty);
                if let Some(ty) = self.assoc_in_trait_refs(&refs, seg, span) {
                    return ty;
                }
            }
        }
        // Search the bounds in scope for a trait with this associated type.
        let env = tcx.param_env(self.item);
        for clause in env.caller_bounds.iter() {
            if let Clause::Trait(tr) = *clause {
                if tcx.trait_ref_self_ty(tr) != self_ty {
                    continue;
                }
                if let Some(item) = tcx
                    .associated_items(tr.def_id)
                    .find_by_name(seg.ident.name, |i| {
                        i.kind == smelt_ty::assoc::AssocKind::Type
                    })
                {
                    return self.projection(item.def_id, tr.args, seg, span);
                }
            }
        }
        // An enum variant through a type alias is a value, not a type.
        let name = tcx.str(seg.ident.name);
        let ty_str = tcx.ty_string(self_ty);
        tcx.sess
            .dcx
            .struct_err(span, "ambiguous associated type".to_string())
            .code("E0223")
            .help(format!("if there were a trait named `Example` with associated type `{name}` implemented for `{ty_str}`, you could use the fully-qualified path: `<{ty_str} as Example>::{name}`"))
            .emit();
        tcx.types.error
    }

    /// The associated type named by `seg` in one of `refs` or their supertraits.
    fn assoc_in_trait_refs(
        &self,
        refs: &[TraitRef],
        seg: &hir::PathSegment,
        span: Span,
    ) -> Option<Ty> {
        let tcx = self.tcx;
        let mut seen: Vec<TraitRef> = Vec::new();
        let mut stack: Vec<TraitRef> = refs.to_vec();
        while let Some(tr) = stack.pop() {
            if seen.contains(&tr) || seen.len() > 256 {
                continue;
            }
            seen.push(tr);
            if let Some(item) = tcx
                .associated_items(tr.def_id)
                .find_by_name(seg.ident.name, |i| {
                    i.kind == smelt_ty::assoc::AssocKind::Type
                })
            {
                return Some(self.projection(item.def_id, tr.args, seg, span));
            }
            for sup in tcx.super_predicates(tr.def_id) {
                if let Clause::Trait(s) = sup.instantiate(tcx, tr.args) {
                    stack.push(s);
                }
            }
        }
        None
    }

    /// The trait references written as bounds on type parameter `param` (`T: Tr` and
    /// `where T: Tr`), in this item's generics and its parents'.
    fn bounds_written_on(&self, param: DefId, self_ty: Ty) -> Vec<TraitRef> {
        thread_local! {
            static DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
        }
        // A bound mentioning `T::Assoc` in its own arguments would come back here.
        if DEPTH.with(|d| d.get()) > 4 {
            return Vec::new();
        }
        DEPTH.with(|d| d.set(d.get() + 1));
        let out = self.bounds_written_on_inner(param, self_ty);
        DEPTH.with(|d| d.set(d.get() - 1));
        out
    }

    fn bounds_written_on_inner(&self, param: DefId, self_ty: Ty) -> Vec<TraitRef> {
        let tcx = self.tcx;
        let mut out = Vec::new();
        let mut owner = Some(self.item);
        while let Some(def) = owner {
            if let Some(generics) = tcx.hir.owner(def).and_then(|o| o.generics()) {
                for pred in &generics.predicates {
                    let hir::WherePredicate::Bound {
                        bounded_ty, bounds, ..
                    } = pred
                    else {
                        continue;
                    };
                    let is_param = matches!(&bounded_ty.kind, hir::TyKind::Path(hir::QPath::Resolved(None, p))
                        if p.res == Res::Def(DefKind::TyParam, param));
                    if !is_param {
                        continue;
                    }
                    for b in bounds {
                        if let hir::GenericBound::Trait(
                            poly,
                            hir::TraitBoundModifier::None | hir::TraitBoundModifier::MaybeConst,
                        ) = b
                        {
                            if let Some((tr, _)) = self.lower_trait_ref(&poly.trait_ref, self_ty) {
                                out.push(tr);
                            }
                        }
                    }
                }
            }
            owner = tcx
                .parent(def)
                .filter(|p| !matches!(tcx.def_kind(*p), DefKind::Mod));
        }
        out
    }

    pub fn lower_path_ty(&self, path: &hir::Path, span: Span) -> Ty {
        let tcx = self.tcx;
        let last = path.segments.last();
        match path.res {
            Res::PrimTy(p) => {
                self.prohibit_args(path);
                prim_ty(tcx, p)
            }
            Res::Def(DefKind::Struct | DefKind::Enum | DefKind::Union, def) => {
                let args = self.lower_generic_args_for(
                    def,
                    last.and_then(|s| s.args.as_deref()),
                    None,
                    span,
                );
                tcx.mk_adt(def, args)
            }
            Res::Def(DefKind::TyAlias, def) => {
                let args = self.lower_generic_args_for(
                    def,
                    last.and_then(|s| s.args.as_deref()),
                    None,
                    span,
                );
                tcx.type_of(def).instantiate(tcx, args)
            }
            Res::Def(DefKind::TyParam, def) => match self.param_index(def) {
                Some((index, name)) => tcx.mk_param(index, name),
                None => {
                    self.err(span, "can't use generic parameters from outer item");
                    tcx.types.error
                }
            },
            Res::Def(DefKind::ForeignTy, def) => tcx.mk_ty(TyKind::Foreign(def)),
            Res::Def(DefKind::AssocTy, assoc) => {
                // `Trait::Assoc` written without a self type (only inside the trait: `Self`).
                let trait_def = tcx.parent(assoc).unwrap_or(assoc);
                let self_ty = tcx.mk_param(0, kw::SelfUpper);
                let trait_args = tcx.identity_args(trait_def);
                let mut args = tcx.args(trait_args).to_vec();
                args[0] = GenericArg::Type(self_ty);
                tcx.mk_alias(assoc, tcx.mk_args(&args))
            }
            Res::SelfTyParam { .. } => tcx.mk_param(0, kw::SelfUpper),
            Res::SelfTyAlias { alias_to } => tcx.type_of(alias_to),
            Res::Def(DefKind::Trait | DefKind::TraitAlias, _) => {
                // A bare trait used as a type (edition 2015): a trait object.
                let poly = hir::PolyTraitRef {
                    bound_generic_params: Vec::new(),
                    trait_ref: hir::TraitRef { path: path.clone() },
                    span,
                };
                self.lower_trait_object(&[poly], None, span)
            }
            Res::Err => tcx.types.error,
            res => {
                let name = path
                    .segments
                    .last()
                    .map_or(String::new(), |s| tcx.str(s.ident.name).to_string());
                tcx.sess
                    .dcx
                    .struct_err(
                        span,
                        format!("expected type, found {} `{name}`", res.descr()),
                    )
                    .code("E0573")
                    .span_label(span, "not a type")
                    .emit();
                tcx.types.error
            }
        }
    }

    fn prohibit_args(&self, path: &hir::Path) {
        for seg in &path.segments {
            if let Some(args) = &seg.args {
                if !args.args.is_empty() {
                    self.tcx
                        .sess
                        .dcx
                        .struct_err(
                            args.span,
                            format!(
                                "type arguments are not allowed on builtin type `{}`",
                                self.tcx.str(seg.ident.name)
                            ),
                        )
                        .code("E0109")
                        .span_label(args.span, "type argument not allowed")
                        .emit();
                }
            }
        }
    }

    pub fn lower_generic_arg(&self, arg: &hir::GenericArg) -> GenericArg {
        match arg {
            hir::GenericArg::Lifetime(l) => GenericArg::Lifetime(self.lower_lifetime(l)),
            hir::GenericArg::Type(t) => GenericArg::Type(self.lower_ty(t)),
            hir::GenericArg::Const(c) => {
                GenericArg::Const(self.lower_const_arg(c, self.tcx.types.usize))
            }
            hir::GenericArg::Infer(span) => GenericArg::Type(match self.infer {
                Some(i) => i.ty_infer(*span),
                None => self.tcx.types.error,
            }),
        }
    }

    /// The full generic arguments of `def` (its parents' are only possible for the
    /// self type of traits): provided ones in order, then defaults, then inference
    /// variables in bodies. Wrong counts are E0107.
    pub fn lower_generic_args_for(
        &self,
        def: DefId,
        args: Option<&hir::GenericArgs>,
        self_ty: Option<Ty>,
        span: Span,
    ) -> GenericArgs {
        let tcx = self.tcx;
        let generics = tcx.generics_of(def);
        let params = generics.all_params(tcx);
        let mut out: Vec<GenericArg> = Vec::with_capacity(params.len());
        let provided: Vec<&hir::GenericArg> = args.map_or(Vec::new(), |a| a.args.iter().collect());
        let provided_lifetimes: Vec<&hir::GenericArg> = provided
            .iter()
            .copied()
            .filter(|a| matches!(a, hir::GenericArg::Lifetime(_)))
            .collect();
        let provided_other: Vec<&hir::GenericArg> = provided
            .iter()
            .copied()
            .filter(|a| !matches!(a, hir::GenericArg::Lifetime(_)))
            .collect();
        let mut lt_i = 0;
        let mut other_i = 0;
        let own_start = generics.parent_count;
        let is_self = |p: &smelt_ty::generics::GenericParamDef| generics.has_self && p.index == 0;
        let expected_other = params[own_start..]
            .iter()
            .filter(|p| !p.is_lifetime() && !is_self(p))
            .filter(|p| {
                !matches!(
                    p.kind,
                    GenericParamDefKind::Type {
                        synthetic: true,
                        ..
                    }
                )
            })
            .count();
        let required_other = params[own_start..]
            .iter()
            .filter(|p| match p.kind {
                GenericParamDefKind::Type {
                    has_default,
                    synthetic,
                } => !(has_default || synthetic || is_self(p)),
                GenericParamDefKind::Const { has_default } => !has_default,
                GenericParamDefKind::Lifetime => false,
            })
            .count();
        if provided_other.len() > expected_other
            || (!provided_other.is_empty() && provided_other.len() < required_other)
        {
            let kind = tcx.def_kind(def).descr();
            let name = tcx.def_path_str(def);
            let (msg, label) = if provided_other.len() > expected_other {
                (
                    format!(
                        "{kind} takes {expected_other} generic argument{} but {} generic argument{} supplied",
                        if expected_other == 1 { "" } else { "s" },
                        provided_other.len(),
                        if provided_other.len() == 1 { " was" } else { "s were" }
                    ),
                    format!("expected {expected_other} generic argument{}", if expected_other == 1 { "" } else { "s" }),
                )
            } else {
                (
                    format!("missing generics for {kind} `{name}`"),
                    format!(
                        "expected {required_other} generic argument{}",
                        if required_other == 1 { "" } else { "s" }
                    ),
                )
            };
            tcx.sess
                .dcx
                .struct_err(span, msg)
                .code("E0107")
                .span_label(span, label)
                .emit();
        }
        for p in &params {
            if generics.has_self && p.index == 0 {
                out.push(GenericArg::Type(
                    self_ty.unwrap_or_else(|| tcx.mk_param(0, kw::SelfUpper)),
                ));
                continue;
            }
            if (p.index as usize) < own_start {
                // Parent parameters (only when lowering a path to an associated item).
                out.push(p.to_arg(tcx));
                continue;
            }
            let arg = match p.kind {
                GenericParamDefKind::Lifetime => match provided_lifetimes.get(lt_i) {
                    Some(a) => {
                        lt_i += 1;
                        self.lower_generic_arg(a)
                    }
                    None => GenericArg::Lifetime(Region::Erased),
                },
                GenericParamDefKind::Type {
                    has_default,
                    synthetic,
                } => match provided_other.get(other_i) {
                    Some(a) if !synthetic => {
                        other_i += 1;
                        self.lower_generic_arg(a)
                    }
                    _ if has_default && (self.infer.is_none() || !provided_other.is_empty()) => {
                        let default = tcx.param_default(p.def_id).unwrap_or(tcx.types.error);
                        GenericArg::Type(default.instantiate(tcx, tcx.mk_args(&out)))
                    }
                    _ => match self.infer {
                        Some(i) => GenericArg::Type(i.ty_infer(span)),
                        None if has_default => {
                            let default = tcx.param_default(p.def_id).unwrap_or(tcx.types.error);
                            GenericArg::Type(default.instantiate(tcx, tcx.mk_args(&out)))
                        }
                        None => GenericArg::Type(tcx.types.error),
                    },
                },
                GenericParamDefKind::Const { .. } => match provided_other.get(other_i) {
                    Some(a) => {
                        other_i += 1;
                        match a {
                            hir::GenericArg::Const(c) => {
                                let ty = tcx.type_of(p.def_id);
                                GenericArg::Const(self.lower_const_arg(c, ty))
                            }
                            hir::GenericArg::Type(t) => {
                                // A path parsed as a type may name a constant.
                                match &t.kind {
                                    hir::TyKind::Path(qpath @ hir::QPath::Resolved(None, _)) => {
                                        let c = hir::ConstArg {
                                            kind: hir::ConstArgKind::Path(qpath.clone()),
                                            span: t.span,
                                        };
                                        GenericArg::Const(
                                            self.lower_const_arg(&c, tcx.type_of(p.def_id)),
                                        )
                                    }
                                    _ => GenericArg::Const(tcx.mk_const(ConstKind::Error)),
                                }
                            }
                            _ => GenericArg::Const(tcx.mk_const(ConstKind::Error)),
                        }
                    }
                    None => match self.infer {
                        Some(i) => GenericArg::Const(i.const_infer(span)),
                        None => GenericArg::Const(tcx.mk_const(ConstKind::Error)),
                    },
                },
            };
            out.push(arg);
        }
        tcx.mk_args(&out)
    }

    /// A trait reference with the given self type: `Self: Trait<Args>`, plus the clauses of
    /// its associated type constraints (`Iterator<Item = u8>`).
    pub fn lower_trait_ref(
        &self,
        tr: &hir::TraitRef,
        self_ty: Ty,
    ) -> Option<(TraitRef, Vec<Clause>)> {
        let tcx = self.tcx;
        let trait_def = tr.trait_def_id()?;
        let seg = tr.path.segments.last()?;
        let args = self.lower_generic_args_for(
            trait_def,
            seg.args.as_deref().filter(|a| !a.parenthesized),
            Some(self_ty),
            tr.path.span,
        );
        let trait_ref = TraitRef {
            def_id: trait_def,
            args,
        };
        let mut projections = Vec::new();
        if let Some(ga) = &seg.args {
            if ga.parenthesized {
                // `Fn(A, B) -> C`: `Fn<(A, B)>` with `Output = C`.
                let inputs: Vec<Ty> = match ga.args.first() {
                    Some(hir::GenericArg::Type(t)) => match &t.kind {
                        hir::TyKind::Tup(tys) => tys.iter().map(|t| self.lower_ty(t)).collect(),
                        _ => vec![self.lower_ty(t)],
                    },
                    _ => Vec::new(),
                };
                let tuple = tcx.mk_tup(&inputs);
                let trait_ref = TraitRef {
                    def_id: trait_def,
                    args: tcx.mk_args(&[GenericArg::Type(self_ty), GenericArg::Type(tuple)]),
                };
                let output = ga
                    .constraints
                    .iter()
                    .find_map(|c| match &c.kind {
                        hir::AssocItemConstraintKind::Equality(t) => Some(self.lower_ty(t)),
                        _ => None,
                    })
                    .unwrap_or(tcx.types.unit);
                if let Some(output_def) = tcx.lang_item(smelt_hir::LangItem::FnOnceOutput) {
                    projections.push(Clause::Projection(
                        AliasTy {
                            def_id: output_def,
                            args: trait_ref.args,
                        },
                        output,
                    ));
                }
                return Some((trait_ref, projections));
            }
            for c in &ga.constraints {
                let Some(item) = tcx.supertrait_def_ids(trait_def).into_iter().find_map(|t| {
                    tcx.associated_items(t)
                        .find_by_name(c.ident.name, |i| i.kind == smelt_ty::assoc::AssocKind::Type)
                        .map(|i| (t, i.def_id))
                }) else {
                    tcx.sess
                        .dcx
                        .struct_err(
                            c.span,
                            format!(
                                "associated type `{}` not found for `{}`",
                                tcx.str(c.ident.name),
                                tcx.def_path_str(trait_def)
                            ),
                        )
                        .code("E0220")
                        .emit();
                    continue;
                };
                let (owner_trait, assoc) = item;
                let alias_args = if owner_trait == trait_def {
                    args
                } else {
                    // A supertrait's associated type: `Self` is the same; the supertrait's own
                    // arguments come from the elaborated bound.
                    tcx.elaborate(&[Clause::Trait(trait_ref)])
                        .into_iter()
                        .find_map(|cl| match cl {
                            Clause::Trait(t) if t.def_id == owner_trait => Some(t.args),
                            _ => None,
                        })
                        .unwrap_or(args)
                };
                match &c.kind {
                    hir::AssocItemConstraintKind::Equality(t) => {
                        projections.push(Clause::Projection(
                            AliasTy {
                                def_id: assoc,
                                args: alias_args,
                            },
                            self.lower_ty(t),
                        ));
                    }
                    hir::AssocItemConstraintKind::Bound(bounds) => {
                        let proj = tcx.mk_alias(assoc, alias_args);
                        projections.extend(self.lower_bounds(proj, bounds));
                    }
                }
            }
        }
        Some((trait_ref, projections))
    }

    /// The clauses of `self_ty: bounds`, without implicit `Sized`.
    pub fn lower_bounds(&self, self_ty: Ty, bounds: &[hir::GenericBound]) -> Vec<Clause> {
        let mut out = Vec::new();
        for b in bounds {
            match b {
                hir::GenericBound::Trait(poly, modifier) => {
                    if matches!(
                        modifier,
                        hir::TraitBoundModifier::Maybe | hir::TraitBoundModifier::Negative
                    ) {
                        continue;
                    }
                    if let Some((tr, projections)) = self.lower_trait_ref(&poly.trait_ref, self_ty)
                    {
                        out.push(Clause::Trait(tr));
                        out.extend(projections);
                    }
                }
                hir::GenericBound::Outlives(lt) => {
                    out.push(Clause::TypeOutlives(self_ty, self.lower_lifetime(lt)))
                }
            }
        }
        out
    }

    /// `dyn A<..> + Send + 'a`.
    pub fn lower_trait_object(
        &self,
        bounds: &[hir::PolyTraitRef],
        lt: Option<&hir::Lifetime>,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        // The object's self type is a placeholder while lowering its bounds.
        let dummy_self = tcx.mk_ty(TyKind::Infer(smelt_ty::InferTy::FreshTy(0)));
        let mut principal: Option<(TraitRef, Vec<Clause>)> = None;
        let mut autos = Vec::new();
        for b in bounds {
            let Some(def) = b.trait_ref.trait_def_id() else {
                continue;
            };
            let is_auto = matches!(
                tcx.hir.item(def),
                Some(hir::Item {
                    kind: hir::ItemKind::Trait { is_auto: true, .. },
                    ..
                })
            );
            if is_auto {
                autos.push(def);
                continue;
            }
            if principal.is_some() {
                tcx.sess
                    .dcx
                    .struct_err(
                        b.span,
                        "only auto traits can be used as additional traits in a trait object",
                    )
                    .code("E0225")
                    .span_label(b.span, "additional non-auto trait")
                    .emit();
                continue;
            }
            principal = self.lower_trait_ref(&b.trait_ref, dummy_self);
        }
        let mut preds = Vec::new();
        if let Some((tr, projections)) = &principal {
            let args: Vec<GenericArg> = tcx.args(tr.args).iter().skip(1).copied().collect();
            preds.push(ExistentialPredicate::Trait {
                def_id: tr.def_id,
                args: tcx.mk_args(&args),
            });
            for p in projections {
                if let Clause::Projection(alias, term) = *p {
                    let args: Vec<GenericArg> =
                        tcx.args(alias.args).iter().skip(1).copied().collect();
                    preds.push(ExistentialPredicate::Projection {
                        def_id: alias.def_id,
                        args: tcx.mk_args(&args),
                        term,
                    });
                }
            }
        } else if autos.is_empty() {
            self.err(span, "at least one trait is required for an object type");
            return tcx.types.error;
        }
        autos.sort();
        autos.dedup();
        preds.extend(autos.into_iter().map(ExistentialPredicate::AutoTrait));
        let region = lt.map_or(Region::Erased, |l| self.lower_lifetime(l));
        tcx.mk_ty(TyKind::Dynamic(tcx.mk_existentials(&preds), region))
    }

    pub fn mutbl_of(m: Mutability) -> Mutability {
        m
    }
}

pub fn prim_ty(tcx: &TyCtxt, p: PrimTy) -> Ty {
    match p {
        PrimTy::Int(i) => tcx.mk_int(i),
        PrimTy::Uint(u) => tcx.mk_uint(u),
        PrimTy::Float(f) => tcx.mk_float(f),
        PrimTy::Str => tcx.types.str_,
        PrimTy::Bool => tcx.types.bool,
        PrimTy::Char => tcx.types.char,
    }
}

/// Extension queries the lowering needs.
pub trait TyCtxtLoweringExt {
    fn param_default(&self, param: DefId) -> Option<Ty>;
    fn identity_args_for_anon(&self, anon: DefId) -> GenericArgs;
}

impl TyCtxtLoweringExt for TyCtxt {
    /// The default of a type parameter (`T = i32`), lowered in its item's context.
    fn param_default(&self, param: DefId) -> Option<Ty> {
        let owner = self.parent(param)?;
        let generics = self.hir.owner(owner)?.generics()?;
        let p = generics.params.iter().find(|p| p.def_id == param)?;
        match &p.kind {
            hir::GenericParamKind::Type { default: Some(t) } => {
                Some(TyLowerer::new(self, owner).lower_ty(t))
            }
            _ => None,
        }
    }

    /// Anonymous constants see their parent's generics.
    fn identity_args_for_anon(&self, anon: DefId) -> GenericArgs {
        self.identity_args(anon)
    }
}

//! Checking patterns against the type of the value they match, with default binding modes
//! ("match ergonomics"): a non-reference pattern matched against `&T` or `&mut T` looks
//! through the reference and its bindings become `ref` (or `ref mut`) bindings.

use smelt_ast::{Mutability, RangeEnd};
use smelt_hir::{self as hir, ByRef, CtorKind, DefKind, ExprKind, PatId, PatKind, QPath, Res};
use smelt_span::Span;
use smelt_ty::typeck_results::BindingMode;
use smelt_ty::{FieldIdx, Instantiate, Region, Ty, TyKind, TypeFlagsExt};

use super::FnCtxt;

/// The default binding mode while checking a pattern.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum DefaultBm {
    Move,
    Ref(Mutability),
}

impl FnCtxt<'_> {
    /// Checks a whole pattern (of a `let`, parameter or arm) against `expected`.
    pub fn check_pat_top(
        &self,
        pat: PatId,
        expected: Ty,
        _origin: Option<Span>,
        _irrefutable: bool,
    ) {
        self.check_pat(pat, expected, DefaultBm::Move);
    }

    fn check_pat(&self, pat: PatId, expected: Ty, def_bm: DefaultBm) {
        let tcx = self.tcx;
        let body = self.body.clone();
        let p = &body.pats[pat];
        let span = p.span;
        // Look through references for patterns that cannot match a reference.
        let (expected, def_bm) = if self.pat_peels_refs(pat) {
            let mut expected = expected;
            let mut def_bm = def_bm;
            let mut peeled = Vec::new();
            loop {
                let t = self.try_structurally_resolve(expected);
                match tcx.kind(t) {
                    TyKind::Ref(_, inner, m) => {
                        peeled.push(t);
                        expected = inner;
                        def_bm = match def_bm {
                            DefaultBm::Ref(Mutability::Not) => DefaultBm::Ref(Mutability::Not),
                            _ => DefaultBm::Ref(m),
                        };
                    }
                    _ => break,
                }
            }
            if !peeled.is_empty() {
                self.results
                    .borrow_mut()
                    .pat_adjustments
                    .insert(pat, peeled);
            }
            (expected, def_bm)
        } else {
            (expected, def_bm)
        };
        match &p.kind {
            PatKind::Wild | PatKind::Err(_) => {}
            PatKind::Binding(mode, var, _ident, sub) => {
                let bm = match (mode.0, def_bm) {
                    (ByRef::No, DefaultBm::Ref(m)) if mode.1 == Mutability::Not => {
                        BindingMode::ByRef(m, Mutability::Not)
                    }
                    (ByRef::No, _) => BindingMode::ByValue(mode.1),
                    (ByRef::Yes(m), _) => BindingMode::ByRef(m, mode.1),
                };
                let local_ty = match bm {
                    BindingMode::ByValue(_) => expected,
                    BindingMode::ByRef(m, _) => tcx.mk_ref(Region::Erased, expected, m),
                };
                self.results.borrow_mut().pat_binding_modes.insert(pat, bm);
                if *var == pat {
                    self.write_pat_ty(pat, local_ty);
                } else {
                    let first = self.local_ty(*var);
                    if self.infcx.eq(first, local_ty).is_err() {
                        self.report_mismatch(
                            span,
                            first,
                            local_ty,
                            Some((self.pat_span(*var), "first introduced with type here")),
                        );
                    }
                    self.write_pat_ty(pat, local_ty);
                }
                if let Some(sub) = sub {
                    self.check_pat(*sub, expected, def_bm);
                }
                return;
            }
            PatKind::Lit(e) => {
                let lit_ty = self.check_expr(*e);
                let lit_ty = self.resolve(lit_ty);
                // A string literal pattern matches `&str` even under `&&str` peeling; byte
                // string literals match arrays and slices.
                let mut target = expected;
                if let ExprKind::Lit(lit) = &body.exprs[*e].kind {
                    if let hir::LitKind::ByteStr(_) = lit.kind {
                        if let TyKind::Ref(_, inner, _) =
                            tcx.kind(self.try_structurally_resolve(expected))
                        {
                            if let TyKind::Slice(_) = tcx.kind(self.try_structurally_resolve(inner))
                            {
                                target = expected;
                                let slice_ref = tcx.mk_ref(
                                    Region::Erased,
                                    tcx.mk_slice(tcx.types.u8),
                                    Mutability::Not,
                                );
                                if self.infcx.eq(target, slice_ref).is_ok() {
                                    self.write_pat_ty(pat, expected);
                                    self.write_ty(*e, slice_ref);
                                    return;
                                }
                            }
                        }
                    }
                }
                if self.infcx.eq(target, lit_ty).is_err() {
                    self.report_mismatch(span, expected, lit_ty, None);
                }
            }
            PatKind::Range(lo, hi, end) => {
                let mut ty = expected;
                for e in [lo, hi].into_iter().flatten() {
                    let t = self.check_expr_with_expectation(
                        *e,
                        super::Expectation::ExpectHasType(expected),
                    );
                    if self.infcx.eq(expected, t).is_err() {
                        self.report_mismatch(self.expr_span(*e), expected, t, None);
                    }
                    ty = t;
                }
                let r = self.try_structurally_resolve(ty);
                let ok = matches!(
                    tcx.kind(r),
                    TyKind::Int(_)
                        | TyKind::Uint(_)
                        | TyKind::Char
                        | TyKind::Float(_)
                        | TyKind::Infer(_)
                        | TyKind::Error
                );
                if !ok {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            span,
                            "only `char` and numeric types are allowed in range patterns",
                        )
                        .code("E0029")
                        .emit();
                    self.set_tainted(e);
                }
                if let (None, Some(_), RangeEnd::Excluded) = (lo, hi, end) {}
            }
            PatKind::Tuple(elems, dotdot) => {
                let t = self.try_structurally_resolve(expected);
                let elem_tys: Vec<Ty> = match tcx.kind(t) {
                    TyKind::Tuple(tys) => tcx.tys(tys).to_vec(),
                    _ => {
                        if dotdot.is_some() {
                            if !matches!(tcx.kind(t), TyKind::Error) {
                                self.report_mismatch(span, expected, tcx.types.unit, None);
                            }
                            Vec::new()
                        } else {
                            let vars: Vec<Ty> = elems
                                .iter()
                                .map(|e| self.infcx.next_ty_var(self.pat_span(*e)))
                                .collect();
                            let tup = tcx.mk_tup(&vars);
                            if self.infcx.eq(t, tup).is_err() {
                                self.report_mismatch(span, expected, tup, None);
                            }
                            vars
                        }
                    }
                };
                let positions = self.subpattern_positions(elems.len(), *dotdot, elem_tys.len());
                if positions.is_none() && !elem_tys.is_empty() {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(span, "mismatched types")
                        .code("E0308")
                        .span_label(
                            span,
                            format!(
                                "expected a tuple with {} element{}, found one with {} element{}",
                                elem_tys.len(),
                                if elem_tys.len() == 1 { "" } else { "s" },
                                elems.len(),
                                if elems.len() == 1 { "" } else { "s" }
                            ),
                        )
                        .emit();
                    self.set_tainted(e);
                }
                for (i, e) in elems.iter().enumerate() {
                    let ty = positions
                        .as_ref()
                        .and_then(|p| elem_tys.get(p[i]).copied())
                        .unwrap_or(tcx.types.error);
                    self.check_pat(*e, ty, def_bm);
                }
            }
            PatKind::Path(qpath) => {
                if let Some(ty) = self.check_pat_path(pat, qpath, span) {
                    if self.infcx.eq(expected, ty).is_err() {
                        self.report_mismatch(span, expected, ty, None);
                    }
                }
            }
            PatKind::TupleStruct(qpath, elems, dotdot) => {
                self.check_tuple_struct_pat(pat, qpath, elems, *dotdot, expected, def_bm)
            }
            PatKind::Struct(qpath, fields, has_rest) => {
                self.check_struct_pat(pat, qpath, fields, *has_rest, expected, def_bm)
            }
            PatKind::Or(alts) => {
                for a in alts {
                    self.check_pat(*a, expected, def_bm);
                }
            }
            PatKind::Box(inner) => {
                let t = self.try_structurally_resolve(expected);
                match tcx.kind(t) {
                    TyKind::Adt(def, args)
                        if tcx.is_lang_item(def, smelt_hir::LangItem::OwnedBox) =>
                    {
                        let inner_ty = tcx
                            .args(args)
                            .first()
                            .and_then(|a| a.as_type())
                            .unwrap_or(tcx.types.error);
                        self.check_pat(*inner, inner_ty, def_bm);
                    }
                    _ => {
                        let e = tcx
                            .sess
                            .dcx
                            .err(span, "`box` patterns are only allowed on `Box` values");
                        self.set_tainted(e);
                    }
                }
            }
            PatKind::Ref(inner, m) => {
                let t = self.try_structurally_resolve(expected);
                let inner_ty = match tcx.kind(t) {
                    TyKind::Ref(_, it, tm) if tm == *m => it,
                    TyKind::Infer(_) => {
                        let v = self.infcx.next_ty_var(span);
                        let _ = self.infcx.eq(t, tcx.mk_ref(Region::Erased, v, *m));
                        v
                    }
                    TyKind::Error => tcx.types.error,
                    _ => {
                        let found = tcx.mk_ref(Region::Erased, self.infcx.next_ty_var(span), *m);
                        self.report_mismatch(span, expected, found, None);
                        tcx.types.error
                    }
                };
                self.check_pat(*inner, inner_ty, DefaultBm::Move);
            }
            PatKind::Slice(before, mid, after) => {
                let t = self.try_structurally_resolve(expected);
                let (elem, array_len) = match tcx.kind(t) {
                    TyKind::Array(e, n) => (e, tcx.eval_array_len(n)),
                    TyKind::Slice(e) => (e, None),
                    TyKind::Error => (tcx.types.error, None),
                    _ => {
                        let e = tcx
                            .sess
                            .dcx
                            .struct_err(
                                span,
                                format!("expected an array or slice, found `{}`", self.ty_str(t)),
                            )
                            .code("E0529")
                            .span_label(
                                span,
                                format!(
                                    "pattern cannot match with input type `{}`",
                                    self.ty_str(t)
                                ),
                            )
                            .emit();
                        self.set_tainted(e);
                        (tcx.types.error, None)
                    }
                };
                let fixed = (before.len() + after.len()) as u64;
                if let Some(n) = array_len {
                    if (mid.is_none() && n != fixed) || (mid.is_some() && n < fixed) {
                        let (code, msg) = if mid.is_none() {
                            (
                                "E0527",
                                format!(
                                    "pattern requires {fixed} element{} but array has {n}",
                                    if fixed == 1 { "" } else { "s" }
                                ),
                            )
                        } else {
                            (
                                "E0528",
                                format!(
                                    "pattern requires at least {fixed} element{} but array has {n}",
                                    if fixed == 1 { "" } else { "s" }
                                ),
                            )
                        };
                        let e = tcx
                            .sess
                            .dcx
                            .struct_err(span, msg)
                            .code(code)
                            .span_label(
                                span,
                                format!("expected {n} element{}", if n == 1 { "" } else { "s" }),
                            )
                            .emit();
                        self.set_tainted(e);
                    }
                }
                for p in before.iter().chain(after.iter()) {
                    self.check_pat(*p, elem, def_bm);
                }
                if let Some(m) = mid {
                    let mid_ty = match (tcx.kind(t), array_len) {
                        (TyKind::Array(..), Some(n)) => tcx.mk_array(elem, n.saturating_sub(fixed)),
                        _ => tcx.mk_slice(elem),
                    };
                    self.check_pat(*m, mid_ty, def_bm);
                }
            }
        }
        self.write_pat_ty(pat, expected);
    }

    /// Whether a pattern looks through references under default binding modes.
    fn pat_peels_refs(&self, pat: PatId) -> bool {
        match &self.body.pats[pat].kind {
            PatKind::Struct(..)
            | PatKind::TupleStruct(..)
            | PatKind::Tuple(..)
            | PatKind::Slice(..)
            | PatKind::Box(_)
            | PatKind::Range(..) => true,
            // Constants may have reference types: no peeling for them (rustc's
            // `AdjustMode::Pass`); unit structs and variants peel.
            PatKind::Path(QPath::Resolved(_, path)) => {
                !matches!(path.res, Res::Def(DefKind::Const | DefKind::AssocConst, _))
            }
            PatKind::Path(QPath::TypeRelative(qself, seg)) => {
                let self_ty = self.try_structurally_resolve(self.lower_ty(qself));
                match self.tcx.kind(self_ty) {
                    TyKind::Adt(d, _) => {
                        self.tcx.adt_def(d).is_enum()
                            && self
                                .tcx
                                .adt_def(d)
                                .variants
                                .iter()
                                .any(|v| v.name == seg.ident.name)
                    }
                    _ => false,
                }
            }
            PatKind::Path(_) => true,
            PatKind::Lit(e) => !matches!(
                &self.body.exprs[*e].kind,
                ExprKind::Lit(hir::Lit {
                    kind: hir::LitKind::Str(_) | hir::LitKind::ByteStr(_),
                    ..
                })
            ),
            PatKind::Wild
            | PatKind::Binding(..)
            | PatKind::Or(_)
            | PatKind::Ref(..)
            | PatKind::Err(_) => false,
        }
    }

    /// Maps subpattern positions to field positions around a `..` at `dotdot`.
    fn subpattern_positions(
        &self,
        n_pats: usize,
        dotdot: Option<usize>,
        n_fields: usize,
    ) -> Option<Vec<usize>> {
        match dotdot {
            None => (n_pats == n_fields).then(|| (0..n_pats).collect()),
            Some(d) => {
                if n_pats > n_fields {
                    return None;
                }
                let skip = n_fields - n_pats;
                Some(
                    (0..n_pats)
                        .map(|i| if i < d { i } else { i + skip })
                        .collect(),
                )
            }
        }
    }

    /// A path pattern: a unit struct or variant, or a constant. Returns its type.
    fn check_pat_path(&self, pat: PatId, qpath: &QPath, span: Span) -> Option<Ty> {
        let tcx = self.tcx;
        let res = match qpath {
            QPath::Resolved(None, path) => path.res,
            QPath::LangItem(item, _) => {
                tcx.lang_item(*item).map(|d| Res::Def(tcx.def_kind(d), d))?
            }
            QPath::TypeRelative(qself, seg) => {
                return self.check_type_relative_pat_path(pat, qself, seg, span)
            }
            QPath::Resolved(Some(_), path) => path.res,
        };
        match res {
            Res::Def(DefKind::Ctor(_, CtorKind::Const), ctor) => {
                let adt = self.ctor_adt(ctor);
                let args = self.infcx.fresh_args_for_item(span, adt);
                Some(tcx.mk_adt(adt, args))
            }
            Res::SelfCtor(imp) => Some(self.normalize(tcx.type_of(imp), span)),
            Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                let args = self.infcx.fresh_args_for_item(span, def);
                Some(self.normalize(tcx.type_of(def).instantiate(tcx, args), span))
            }
            Res::Def(DefKind::Ctor(of, CtorKind::Fn), ctor) => {
                let what = match of {
                    smelt_hir::CtorOf::Variant => "tuple variant",
                    smelt_hir::CtorOf::Struct => "tuple struct",
                };
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "expected unit struct, unit variant or constant, found {what} `{}`",
                            tcx.def_path_str(ctor)
                        ),
                    )
                    .code("E0532")
                    .span_label(
                        span,
                        format!(
                            "help: use the tuple variant pattern syntax instead: `{}(_)`",
                            tcx.def_path_str(ctor)
                        ),
                    )
                    .emit();
                self.set_tainted(e);
                None
            }
            Res::Err => None,
            other => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "expected unit struct, unit variant or constant, found {}",
                            other.descr()
                        ),
                    )
                    .code("E0533")
                    .emit();
                self.set_tainted(e);
                None
            }
        }
    }

    /// `Self::Variant`, `Alias::Variant`, `u8::MAX`, `Self::CONST` as a pattern: a unit
    /// variant of the type, or an associated constant found as a path expression would be.
    fn check_type_relative_pat_path(
        &self,
        pat: PatId,
        qself: &hir::Ty,
        seg: &hir::PathSegment,
        span: Span,
    ) -> Option<Ty> {
        let tcx = self.tcx;
        let self_ty = self.lower_ty(qself);
        let self_ty = self.try_structurally_resolve(self_ty);
        if self_ty == tcx.types.error {
            return None;
        }
        if let TyKind::Adt(adt_def, args) = tcx.kind(self_ty) {
            let adt = tcx.adt_def(adt_def);
            if adt.is_enum() {
                if let Some(v) = adt.variants.iter().find(|v| v.name == seg.ident.name) {
                    return match v.ctor {
                        Some((CtorKind::Const, ctor)) => {
                            self.results.borrow_mut().pat_type_dependent_defs.insert(
                                pat,
                                (
                                    DefKind::Ctor(smelt_hir::CtorOf::Variant, CtorKind::Const),
                                    ctor,
                                    args,
                                ),
                            );
                            Some(self_ty)
                        }
                        _ => {
                            let e = tcx
                                .sess
                                .dcx
                                .struct_err(span, format!("expected unit struct, unit variant or constant, found tuple variant `{}`", tcx.def_path_str(v.def_id)))
                                .code("E0532")
                                .emit();
                            self.set_tainted(e);
                            None
                        }
                    };
                }
            }
        }
        // No traits are in scope for a pattern's path: inherent constants only.
        let no_scope = smelt_hir::ExprId::from_u32(u32::MAX);
        match self.probe_method(
            span,
            seg.ident.name,
            self_ty,
            no_scope,
            super::method::ProbeMode::Path,
        ) {
            Ok(pick) if matches!(pick.item.kind, smelt_ty::assoc::AssocKind::Const) => {
                let def = pick.item.def_id;
                let container_args = match &pick.kind {
                    super::method::PickKind::InherentImpl(imp) => {
                        let args = self.infcx.fresh_args_for_item(span, *imp);
                        let impl_self =
                            self.normalize(tcx.type_of(*imp).instantiate(tcx, args), span);
                        let _ = self.infcx.eq(impl_self, self_ty);
                        args
                    }
                    super::method::PickKind::Trait(t) => {
                        let args = self.infcx.fresh_args_for_item(span, *t);
                        if let Some(smelt_ty::GenericArg::Type(s)) = tcx.args(args).first() {
                            let _ = self.infcx.eq(*s, self_ty);
                        }
                        args
                    }
                    super::method::PickKind::WhereClause(tr)
                    | super::method::PickKind::Object(tr) => tr.args,
                };
                let args = self.own_args_from_segment(def, container_args, Some(seg), span);
                self.results
                    .borrow_mut()
                    .pat_type_dependent_defs
                    .insert(pat, (DefKind::AssocConst, def, args));
                Some(self.normalize(tcx.type_of(def).instantiate(tcx, args), span))
            }
            Ok(pick) => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "expected unit struct, unit variant or constant, found {} `{}`",
                            smelt_ty::assoc::assoc_def_kind(pick.item.kind).descr(),
                            tcx.def_path_str(pick.item.def_id)
                        ),
                    )
                    .code("E0533")
                    .emit();
                self.set_tainted(e);
                None
            }
            Err(err) => {
                let e =
                    self.report_method_error(seg.ident.span, seg.ident.name, self_ty, err, false);
                self.set_tainted(e);
                None
            }
        }
    }

    fn check_tuple_struct_pat(
        &self,
        pat: PatId,
        qpath: &QPath,
        elems: &[PatId],
        dotdot: Option<usize>,
        expected: Ty,
        def_bm: DefaultBm,
    ) {
        let tcx = self.tcx;
        let span = self.pat_span(pat);
        // `Self::Variant(..)` / `Alias::Variant(..)`: the variant of the written type.
        let mut relative_ty = None;
        let res = match qpath {
            QPath::Resolved(None, path) => Some(path.res),
            QPath::LangItem(item, _) => tcx.lang_item(*item).map(|d| Res::Def(tcx.def_kind(d), d)),
            QPath::TypeRelative(qself, seg) => {
                let self_ty = self.lower_ty(qself);
                let self_ty = self.try_structurally_resolve(self_ty);
                match tcx.kind(self_ty) {
                    TyKind::Adt(adt_def, _) if tcx.adt_def(adt_def).is_enum() => {
                        match tcx
                            .adt_def(adt_def)
                            .variants
                            .iter()
                            .find(|v| v.name == seg.ident.name)
                            .and_then(|v| v.ctor)
                        {
                            Some((CtorKind::Fn, ctor)) => {
                                relative_ty = Some(self_ty);
                                Some(Res::Def(
                                    DefKind::Ctor(smelt_hir::CtorOf::Variant, CtorKind::Fn),
                                    ctor,
                                ))
                            }
                            _ => {
                                let e = tcx
                                    .sess
                                    .dcx
                                    .struct_err(span, format!("expected tuple struct or tuple variant, found `{}::{}`", self.ty_str(self_ty), tcx.str(seg.ident.name)))
                                    .code("E0164")
                                    .emit();
                                self.set_tainted(e);
                                None
                            }
                        }
                    }
                    TyKind::Error => None,
                    _ => {
                        let e = tcx
                            .sess
                            .dcx
                            .struct_err(span, format!("expected tuple struct or tuple variant, found associated item `{}::{}`", self.ty_str(self_ty), tcx.str(seg.ident.name)))
                            .code("E0164")
                            .emit();
                        self.set_tainted(e);
                        None
                    }
                }
            }
            QPath::Resolved(Some(_), path) => Some(path.res),
        };
        let ctor = match res {
            Some(Res::Def(DefKind::Ctor(_, CtorKind::Fn), ctor)) => Some(ctor),
            Some(Res::SelfCtor(imp)) => {
                let self_ty = tcx.type_of(imp);
                match tcx.kind(self_ty) {
                    TyKind::Adt(def, _) => tcx
                        .adt_def(def)
                        .variants
                        .iter()
                        .next()
                        .and_then(|v| v.ctor.map(|c| c.1)),
                    _ => None,
                }
            }
            Some(Res::Err) => None,
            Some(other) => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "expected tuple struct or tuple variant, found {}",
                            other.descr()
                        ),
                    )
                    .code("E0532")
                    .emit();
                self.set_tainted(e);
                None
            }
            None => None,
        };
        let Some(ctor) = ctor else {
            for e in elems {
                self.check_pat(*e, tcx.types.error, def_bm);
            }
            return;
        };
        let adt_def_id = self.ctor_adt(ctor);
        let adt = tcx.adt_def(adt_def_id);
        let Some(vi) = adt.variant_index_with_ctor_id(ctor) else {
            return;
        };
        let seg = match qpath {
            QPath::Resolved(None, path) => path.segments.iter().rev().find(|s| s.args.is_some()),
            _ => None,
        };
        let adt_ty = match relative_ty {
            Some(t) => t,
            None => {
                let args = self.instantiate_value_path_args(adt_def_id, seg, span);
                tcx.mk_adt(adt_def_id, args)
            }
        };
        let TyKind::Adt(_, args) = tcx.kind(adt_ty) else {
            return;
        };
        if self.infcx.eq(expected, adt_ty).is_err() {
            self.report_mismatch(span, expected, adt_ty, None);
        }
        let variant = &adt.variants[vi];
        let n_fields = variant.fields.len();
        let positions = self.subpattern_positions(elems.len(), dotdot, n_fields);
        if positions.is_none() {
            let kind = if adt.is_enum() {
                "tuple variant"
            } else {
                "tuple struct"
            };
            let e = tcx
                .sess
                .dcx
                .struct_err(
                    span,
                    format!(
                        "this pattern has {} field{}, but the corresponding {kind} has {n_fields} field{}",
                        elems.len(),
                        if elems.len() == 1 { "" } else { "s" },
                        if n_fields == 1 { "" } else { "s" }
                    ),
                )
                .code("E0023")
                .span_label(span, format!("expected {n_fields} field{}, found {}", if n_fields == 1 { "" } else { "s" }, elems.len()))
                .emit();
            self.set_tainted(e);
        }
        let mut indices = Vec::new();
        for (i, e) in elems.iter().enumerate() {
            let field = positions.as_ref().map(|p| p[i]).filter(|&f| f < n_fields);
            let ty = match field {
                Some(f) => {
                    indices.push(FieldIdx::from_u32(f as u32));
                    self.normalize(
                        variant.fields[FieldIdx::from_u32(f as u32)].ty(tcx, args),
                        span,
                    )
                }
                None => tcx.types.error,
            };
            self.check_pat(*e, ty, def_bm);
        }
        self.results
            .borrow_mut()
            .pat_field_indices
            .insert(pat, indices);
    }

    fn check_struct_pat(
        &self,
        pat: PatId,
        qpath: &QPath,
        fields: &[hir::PatField],
        has_rest: bool,
        expected: Ty,
        def_bm: DefaultBm,
    ) {
        let tcx = self.tcx;
        let span = self.pat_span(pat);
        let Some((adt_ty, vi)) = self.check_struct_path(qpath, qpath.span()) else {
            for f in fields {
                self.check_pat(f.pat, tcx.types.error, def_bm);
            }
            return;
        };
        if self.infcx.eq(expected, adt_ty).is_err() {
            self.report_mismatch(span, expected, adt_ty, None);
        }
        let TyKind::Adt(adt_def_id, args) = tcx.kind(adt_ty) else {
            return;
        };
        let adt = tcx.adt_def(adt_def_id);
        let variant = &adt.variants[vi];
        let mut seen = vec![false; variant.fields.len()];
        let mut indices = Vec::new();
        for f in fields {
            match variant
                .fields
                .iter_enumerated()
                .find(|(_, fd)| fd.name == f.ident.name)
            {
                Some((idx, fd)) => {
                    seen[idx.as_usize()] = true;
                    indices.push(idx);
                    let ty = self.normalize(fd.ty(tcx, args), f.span);
                    self.check_pat(f.pat, ty, def_bm);
                }
                None => {
                    indices.push(FieldIdx::from_u32(u32::MAX));
                    let what = if adt.is_enum() {
                        format!(
                            "variant `{}::{}`",
                            tcx.def_path_str(adt_def_id),
                            tcx.str(variant.name)
                        )
                    } else {
                        format!("struct `{}`", tcx.def_path_str(adt_def_id))
                    };
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            f.ident.span,
                            format!(
                                "{what} does not have a field named `{}`",
                                tcx.str(f.ident.name)
                            ),
                        )
                        .code("E0026")
                        .span_label(
                            f.ident.span,
                            format!(
                                "{} does not have this field",
                                if adt.is_enum() { "variant" } else { "struct" }
                            ),
                        )
                        .emit();
                    self.set_tainted(e);
                    self.check_pat(f.pat, tcx.types.error, def_bm);
                }
            }
        }
        self.results
            .borrow_mut()
            .pat_field_indices
            .insert(pat, indices);
        if !has_rest && !adt.is_union() {
            let missing: Vec<String> = variant
                .fields
                .iter_enumerated()
                .filter(|(i, _)| !seen[i.as_usize()])
                .map(|(_, f)| format!("`{}`", tcx.str(f.name)))
                .collect();
            if !missing.is_empty() && !expected.references_error(tcx) {
                let list = match missing.len() {
                    1 => format!("field {}", missing[0]),
                    _ => {
                        let (last, rest) = missing.split_last().unwrap_or((&missing[0], &[]));
                        format!("fields {} and {last}", rest.join(", "))
                    }
                };
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(span, format!("pattern does not mention {list}"))
                    .code("E0027")
                    .span_label(span, format!("missing {list}"))
                    .emit();
                self.set_tainted(e);
            }
        }
    }
}

//! Method lookup, as rustc does it.
//!
//! *Probe*: the receiver's type is dereferenced step by step (`&&Vec<T>`, `&Vec<T>`,
//! `Vec<T>`, `[T]` through `Deref`); at each step the receiver is tried by value, then
//! auto-referenced as `&` and `&mut`. A candidate method matches when its declared `self`
//! type, with `Self` instantiated by fresh variables, unifies with the adjusted receiver.
//! Inherent methods (from inherent impls, where-clauses of type parameters, trait objects) are
//! preferred over methods of traits in scope at the same step.
//!
//! *Confirm*: records the receiver's adjustments (derefs, auto-ref, unsizing), instantiates
//! the method's generic arguments (turbofish or fresh), and registers its where-clauses.

use smelt_ast::Mutability;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{self as hir, DefId, DefKind, ExprId, LangItem};
use smelt_span::{Span, Symbol};
use smelt_ty::assoc::{AssocItem, AssocKind};
use smelt_ty::fast_reject::simplify_type;
use smelt_ty::traits::{EvaluationResult, Obligation};
use smelt_ty::typeck_results::{Adjust, Adjustment, AutoBorrow, PointerCoercion};
use smelt_ty::{Clause, FnSig, GenericArg, GenericArgs, Instantiate, Region, TraitRef, Ty, TyKind};

use super::FnCtxt;

/// One step of auto-dereferencing.
#[derive(Clone, Debug)]
pub struct AutoderefStep {
    pub ty: Ty,
    /// Whether reaching this step called `Deref::deref`.
    pub overloaded: Option<()>,
}

#[derive(Clone, Debug)]
pub enum PickKind {
    InherentImpl(DefId),
    Trait(DefId),
    WhereClause(TraitRef),
    Object(TraitRef),
}

#[derive(Clone, Debug)]
pub struct Pick {
    pub item: AssocItem,
    pub kind: PickKind,
    pub autoderefs: usize,
    pub autoref: Option<Mutability>,
    /// `[T; N]` to `[T]` after the autoderefs.
    pub unsize: bool,
}

pub enum MethodError {
    NoMatch {
        static_candidates: Vec<DefId>,
    },
    /// Only a method the caller may not see applies (E0624).
    PrivateMatch(DefId),
    Ambiguity(Vec<DefId>),
    /// The receiver's type is not known.
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ProbeMode {
    /// `recv.name()`
    Method,
    /// `Type::name`
    Path,
}

struct Candidate {
    item: AssocItem,
    kind: PickKind,
    inherent: bool,
}

impl FnCtxt<'_> {
    /// The types `ty` dereferences to, starting with itself.
    pub fn autoderef_steps(&self, ty: Ty, span: Span) -> Vec<AutoderefStep> {
        let tcx = self.tcx;
        let mut steps = vec![AutoderefStep {
            ty,
            overloaded: None,
        }];
        let mut cur = ty;
        for _ in 0..64 {
            let resolved = self.try_structurally_resolve(cur);
            let next = match tcx.kind(resolved) {
                TyKind::Ref(_, t, _) => Some((t, None)),
                TyKind::Adt(def, args) if tcx.is_lang_item(def, LangItem::OwnedBox) => tcx
                    .args(args)
                    .first()
                    .and_then(|a| a.as_type())
                    .map(|t| (t, None)),
                TyKind::Infer(_) | TyKind::Error | TyKind::RawPtr(..) => None,
                _ => self
                    .overloaded_deref_target(resolved, span)
                    .map(|t| (t, Some(()))),
            };
            match next {
                Some((t, overloaded)) => {
                    if steps.iter().any(|s| s.ty == t) {
                        break;
                    }
                    steps.push(AutoderefStep { ty: t, overloaded });
                    cur = t;
                }
                None => break,
            }
        }
        steps
    }

    /// `<ty as Deref>::Target`, if `ty: Deref` holds.
    pub fn overloaded_deref_target(&self, ty: Ty, span: Span) -> Option<Ty> {
        let tcx = self.tcx;
        let deref = tcx.lang_item(LangItem::Deref)?;
        let tr = TraitRef {
            def_id: deref,
            args: tcx.mk_args(&[GenericArg::Type(ty)]),
        };
        if self.selcx().evaluate(&Obligation::trait_(tr, span)) == EvaluationResult::Err {
            return None;
        }
        let target = tcx.lang_item(LangItem::DerefTarget).or_else(|| {
            tcx.associated_items(deref)
                .find_by_name(smelt_span::sym::Target, |i| i.kind == AssocKind::Type)
                .map(|i| i.def_id)
        })?;
        let alias = tcx.mk_alias(target, tr.args);
        Some(self.normalize(alias, span))
    }

    /// Finds the method `name` for a receiver of type `self_ty`.
    /// Finds the method or associated item `name` for `self_ty`. Inherent items the current
    /// item may not see are passed over (autoderef goes on to a visible one), as in rustc;
    /// if only such an item applies, the error is `PrivateMatch`.
    pub fn probe_method(
        &self,
        span: Span,
        name: Symbol,
        self_ty: Ty,
        scope_expr: ExprId,
        mode: ProbeMode,
    ) -> Result<Pick, MethodError> {
        match self.probe_method_filtered(span, name, self_ty, scope_expr, mode, true) {
            Err(MethodError::NoMatch { static_candidates }) => {
                match self.probe_method_filtered(span, name, self_ty, scope_expr, mode, false) {
                    Ok(pick) if !self.item_is_accessible(pick.item.def_id) => {
                        Err(MethodError::PrivateMatch(pick.item.def_id))
                    }
                    _ => Err(MethodError::NoMatch { static_candidates }),
                }
            }
            other => other,
        }
    }

    /// Whether the current item may see associated item `def` (an inherent impl's item
    /// with its visibility; trait items always).
    pub fn item_is_accessible(&self, def: DefId) -> bool {
        match self.tcx.hir.owner(def) {
            Some(smelt_hir::OwnerNode::ImplItem(ii)) => {
                let of_trait = self
                    .tcx
                    .parent(def)
                    .is_some_and(|p| self.tcx.impl_trait_ref(p).is_some());
                of_trait || self.tcx.hir.is_accessible_from(ii.vis, self.owner)
            }
            _ => true,
        }
    }

    fn probe_method_filtered(
        &self,
        span: Span,
        name: Symbol,
        self_ty: Ty,
        scope_expr: ExprId,
        mode: ProbeMode,
        visible_only: bool,
    ) -> Result<Pick, MethodError> {
        let tcx = self.tcx;
        let steps = self.autoderef_steps(self_ty, span);
        let first = self.infcx.shallow_resolve(steps[0].ty);
        if matches!(tcx.kind(first), TyKind::Infer(smelt_ty::InferTy::TyVar(_))) {
            return Err(MethodError::Unknown);
        }
        // Arrays unsize to slices after the last step.
        let mut unsize_step = None;
        if let Some(last) = steps.last() {
            if let TyKind::Array(elem, _) = tcx.kind(self.infcx.shallow_resolve(last.ty)) {
                unsize_step = Some(tcx.mk_slice(elem));
            }
        }
        let mut candidates = Vec::new();
        let mut static_candidates = Vec::new();
        let step_tys: Vec<Ty> = steps.iter().map(|s| s.ty).chain(unsize_step).collect();
        for &t in &step_tys {
            self.assemble_inherent_candidates(name, t, mode, &mut candidates);
        }
        self.assemble_extension_candidates(name, scope_expr, mode, &mut candidates);
        if visible_only {
            candidates.retain(|c| !c.inherent || self.item_is_accessible(c.item.def_id));
        }
        if mode == ProbeMode::Method {
            for c in &candidates {
                if !c.item.is_method() && c.item.is_fn() {
                    static_candidates.push(c.item.def_id);
                }
            }
            candidates.retain(|c| c.item.is_method());
        }
        if candidates.is_empty() {
            return Err(MethodError::NoMatch { static_candidates });
        }
        if mode == ProbeMode::Path {
            // No receiver: the type itself must be the impl's self type (or implement the
            // trait).
            return self.pick_path(self_ty, candidates, span);
        }
        for (i, &step_ty) in step_tys.iter().enumerate() {
            let unsize = unsize_step.is_some() && i == step_tys.len() - 1;
            let autoderefs = if unsize { i - 1 } else { i };
            let receivers = [
                (step_ty, None),
                (
                    tcx.mk_ref(Region::Erased, step_ty, Mutability::Not),
                    Some(Mutability::Not),
                ),
                (
                    tcx.mk_ref(Region::Erased, step_ty, Mutability::Mut),
                    Some(Mutability::Mut),
                ),
            ];
            for (receiver, autoref) in receivers {
                if unsize && autoref.is_none() {
                    continue;
                }
                for inherent in [true, false] {
                    let applicable: Vec<&Candidate> = candidates
                        .iter()
                        .filter(|c| c.inherent == inherent)
                        .filter(|c| {
                            self.candidate_matches(c, receiver, span) != EvaluationResult::Err
                        })
                        .collect();
                    if applicable.is_empty() {
                        continue;
                    }
                    let mut defs: Vec<DefId> = applicable.iter().map(|c| c.item.def_id).collect();
                    defs.dedup();
                    if applicable.len() > 1 && !all_same_item(&applicable) {
                        // Several traits' methods: if exactly one definitely holds, take it.
                        let ok: Vec<&&Candidate> = applicable
                            .iter()
                            .filter(|c| {
                                self.candidate_matches(c, receiver, span) == EvaluationResult::Ok
                            })
                            .collect();
                        if ok.len() == 1 {
                            let c = ok[0];
                            return Ok(self.reborrow_pick(
                                Pick {
                                    item: c.item.clone(),
                                    kind: c.kind.clone(),
                                    autoderefs,
                                    autoref,
                                    unsize,
                                },
                                &step_tys,
                            ));
                        }
                        return Err(MethodError::Ambiguity(defs));
                    }
                    let c = applicable[0];
                    return Ok(self.reborrow_pick(
                        Pick {
                            item: c.item.clone(),
                            kind: c.kind.clone(),
                            autoderefs,
                            autoref,
                            unsize,
                        },
                        &step_tys,
                    ));
                }
            }
        }
        Err(MethodError::NoMatch { static_candidates })
    }

    /// A `&mut T` receiver taken by value is reborrowed (`&mut *r`), as rustc does, so that
    /// the call doesn't move the reference: the pick becomes one more deref and a `&mut`
    /// autoref.
    fn reborrow_pick(&self, mut pick: Pick, step_tys: &[Ty]) -> Pick {
        let at = pick.autoderefs;
        if pick.autoref.is_none()
            && !pick.unsize
            && at + 1 < step_tys.len()
            && matches!(
                self.tcx.kind(self.infcx.shallow_resolve(step_tys[at])),
                TyKind::Ref(_, _, Mutability::Mut)
            )
        {
            pick.autoderefs += 1;
            pick.autoref = Some(Mutability::Mut);
        }
        pick
    }

    fn pick_path(
        &self,
        self_ty: Ty,
        candidates: Vec<Candidate>,
        span: Span,
    ) -> Result<Pick, MethodError> {
        for inherent in [true, false] {
            let applicable: Vec<&Candidate> = candidates
                .iter()
                .filter(|c| c.inherent == inherent)
                .filter(|c| self.path_candidate_matches(c, self_ty, span) != EvaluationResult::Err)
                .collect();
            if applicable.is_empty() {
                continue;
            }
            if applicable.len() > 1 && !all_same_item(&applicable) {
                return Err(MethodError::Ambiguity(
                    applicable.iter().map(|c| c.item.def_id).collect(),
                ));
            }
            let c = applicable[0];
            return Ok(Pick {
                item: c.item.clone(),
                kind: c.kind.clone(),
                autoderefs: 0,
                autoref: None,
                unsize: false,
            });
        }
        Err(MethodError::NoMatch {
            static_candidates: Vec::new(),
        })
    }

    fn assemble_inherent_candidates(
        &self,
        name: Symbol,
        ty: Ty,
        mode: ProbeMode,
        out: &mut Vec<Candidate>,
    ) {
        let tcx = self.tcx;
        let ty = self.infcx.shallow_resolve(ty);
        let wanted = |i: &AssocItem| match mode {
            ProbeMode::Method => i.is_fn(),
            ProbeMode::Path => i.kind != AssocKind::Type,
        };
        if let Some(simplified) = simplify_type(tcx, ty) {
            let index = tcx.impl_index();
            for &imp in index.inherent_impls_of(simplified) {
                if let Some(item) = tcx.associated_items(imp).find_by_name(name, wanted) {
                    if !out.iter().any(|c| c.item.def_id == item.def_id) {
                        out.push(Candidate {
                            item: item.clone(),
                            kind: PickKind::InherentImpl(imp),
                            inherent: true,
                        });
                    }
                }
            }
        }
        let bounds: Vec<TraitRef> = match tcx.kind(ty) {
            TyKind::Param(_) => self
                .param_env
                .caller_bounds
                .iter()
                .filter_map(|c| match *c {
                    Clause::Trait(tr) if tcx.trait_ref_self_ty(tr) == ty => Some(tr),
                    _ => None,
                })
                .collect(),
            TyKind::Alias(alias) => tcx
                .elaborate(
                    &tcx.item_bounds(alias.def_id)
                        .iter()
                        .map(|c| c.instantiate(tcx, alias.args))
                        .collect::<Vec<_>>(),
                )
                .into_iter()
                .filter_map(|c| match c {
                    Clause::Trait(tr) => Some(tr),
                    _ => None,
                })
                .chain(
                    self.param_env
                        .caller_bounds
                        .iter()
                        .filter_map(|c| match *c {
                            Clause::Trait(tr) if tcx.trait_ref_self_ty(tr) == ty => Some(tr),
                            _ => None,
                        }),
                )
                .collect(),
            _ => Vec::new(),
        };
        for tr in bounds {
            for t in tcx.supertrait_def_ids(tr.def_id) {
                if let Some(item) = tcx.associated_items(t).find_by_name(name, wanted) {
                    let tr = if t == tr.def_id {
                        tr
                    } else {
                        match tcx.elaborate(&[Clause::Trait(tr)]).into_iter().find_map(
                            |c| match c {
                                Clause::Trait(s) if s.def_id == t => Some(s),
                                _ => None,
                            },
                        ) {
                            Some(s) => s,
                            None => continue,
                        }
                    };
                    out.push(Candidate {
                        item: item.clone(),
                        kind: PickKind::WhereClause(tr),
                        inherent: true,
                    });
                }
            }
        }
        if let TyKind::Dynamic(preds, _) = tcx.kind(ty) {
            let principal = tcx.existentials(preds).iter().find_map(|p| match *p {
                smelt_ty::ExistentialPredicate::Trait { def_id, args } => Some((def_id, args)),
                _ => None,
            });
            if let Some((def_id, args)) = principal {
                let mut full = vec![GenericArg::Type(ty)];
                full.extend(tcx.args(args).iter().copied());
                let principal_ref = TraitRef {
                    def_id,
                    args: tcx.mk_args(&full),
                };
                for c in tcx.elaborate(&[Clause::Trait(principal_ref)]) {
                    if let Clause::Trait(tr) = c {
                        if let Some(item) =
                            tcx.associated_items(tr.def_id).find_by_name(name, wanted)
                        {
                            out.push(Candidate {
                                item: item.clone(),
                                kind: PickKind::Object(tr),
                                inherent: true,
                            });
                        }
                    }
                }
            }
        }
    }

    fn assemble_extension_candidates(
        &self,
        name: Symbol,
        scope_expr: ExprId,
        mode: ProbeMode,
        out: &mut Vec<Candidate>,
    ) {
        let tcx = self.tcx;
        let traits = self.body.traits_in_scope.get(&scope_expr).cloned();
        let Some(traits) = traits else { return };
        for &t in traits.iter() {
            if let Some(item) = tcx.associated_items(t).find_by_name(name, |i| match mode {
                ProbeMode::Method => i.is_fn(),
                ProbeMode::Path => i.kind != AssocKind::Type,
            }) {
                // A where-clause candidate for the same method (`T: Clone` when the
                // receiver is `Box<T>`) does not make the trait candidate redundant.
                if !out
                    .iter()
                    .any(|c| c.item.def_id == item.def_id && matches!(c.kind, PickKind::Trait(_)))
                {
                    out.push(Candidate {
                        item: item.clone(),
                        kind: PickKind::Trait(t),
                        inherent: false,
                    });
                }
            }
        }
    }

    /// The generic arguments of a candidate's container (impl or trait), fresh.
    fn candidate_container_args(&self, kind: &PickKind, span: Span) -> GenericArgs {
        match kind {
            PickKind::InherentImpl(imp) => self.infcx.fresh_args_for_item(span, *imp),
            PickKind::Trait(t) => self.infcx.fresh_args_for_item(span, *t),
            PickKind::WhereClause(tr) | PickKind::Object(tr) => tr.args,
        }
    }

    /// Whether the candidate's `self` type matches `receiver` (in a probe).
    fn candidate_matches(&self, c: &Candidate, receiver: Ty, span: Span) -> EvaluationResult {
        let tcx = self.tcx;
        self.infcx.probe(|| {
            let container_args = self.candidate_container_args(&c.kind, span);
            let args = self.own_args_from_segment(c.item.def_id, container_args, None, span);
            let sig = tcx.fn_sig(c.item.def_id).instantiate(tcx, args);
            let sig = self.normalize_probe(sig, span);
            let Some(&xform) = tcx.sig_inputs(sig).first() else {
                return EvaluationResult::Err;
            };
            if self.infcx.eq(receiver, xform).is_err() {
                return EvaluationResult::Err;
            }
            self.container_holds(c, container_args, span)
        })
    }

    fn path_candidate_matches(&self, c: &Candidate, self_ty: Ty, span: Span) -> EvaluationResult {
        let tcx = self.tcx;
        self.infcx.probe(|| {
            let container_args = self.candidate_container_args(&c.kind, span);
            let container_self = match &c.kind {
                PickKind::InherentImpl(imp) => tcx.type_of(*imp).instantiate(tcx, container_args),
                _ => match tcx.args(container_args).first().and_then(|a| a.as_type()) {
                    Some(t) => t,
                    None => return EvaluationResult::Err,
                },
            };
            let container_self = self.normalize_probe(container_self, span);
            if self.infcx.eq(self_ty, container_self).is_err() {
                return EvaluationResult::Err;
            }
            self.container_holds(c, container_args, span)
        })
    }

    /// For trait candidates: whether the trait is implemented; for inherent impls: whether
    /// the impl's where-clauses hold.
    fn container_holds(
        &self,
        c: &Candidate,
        container_args: GenericArgs,
        span: Span,
    ) -> EvaluationResult {
        let tcx = self.tcx;
        let selcx = self.selcx();
        match &c.kind {
            PickKind::Trait(t) => {
                let tr = TraitRef {
                    def_id: *t,
                    args: container_args,
                };
                selcx.evaluate(&Obligation::trait_(tr, span))
            }
            PickKind::InherentImpl(imp) => {
                let obligations: Vec<Obligation> = tcx
                    .predicates_of(*imp)
                    .iter()
                    .map(|p| {
                        smelt_ty::traits::clause_obligation(
                            p.instantiate(tcx, container_args),
                            span,
                            1,
                        )
                    })
                    .collect();
                match selcx.evaluate_all(&obligations) {
                    EvaluationResult::Err => EvaluationResult::Err,
                    other => other,
                }
            }
            PickKind::WhereClause(_) | PickKind::Object(_) => EvaluationResult::Ok,
        }
    }

    fn normalize_probe<T: smelt_ty::TypeFoldable>(&self, value: T, span: Span) -> T {
        let (v, _) = self.selcx().normalize(value, span);
        v
    }

    /// Applies a pick to a method call: adjustments, arguments, obligations. Returns the
    /// method, its arguments and its instantiated signature.
    pub fn confirm_method(
        &self,
        call_expr: ExprId,
        receiver: ExprId,
        receiver_ty: Ty,
        pick: &Pick,
        seg: &hir::PathSegment,
        span: Span,
    ) -> (DefId, GenericArgs, FnSig) {
        let tcx = self.tcx;
        let steps = self.autoderef_steps(receiver_ty, span);
        let mut adjustments = Vec::new();
        let mut adjusted = receiver_ty;
        for step in steps.iter().skip(1).take(pick.autoderefs) {
            adjustments.push(Adjustment {
                kind: Adjust::Deref(step.overloaded.map(|_| Mutability::Not)),
                target: step.ty,
            });
            adjusted = step.ty;
        }
        if let Some(m) = pick.autoref {
            adjusted = tcx.mk_ref(Region::Erased, adjusted, m);
            adjustments.push(Adjustment {
                kind: Adjust::Borrow(AutoBorrow::Ref(m)),
                target: adjusted,
            });
            if pick.unsize {
                if let TyKind::Ref(_, inner, m) = tcx.kind(adjusted) {
                    if let TyKind::Array(elem, _) = tcx.kind(self.infcx.shallow_resolve(inner)) {
                        adjusted = tcx.mk_ref(Region::Erased, tcx.mk_slice(elem), m);
                        adjustments.push(Adjustment {
                            kind: Adjust::Pointer(PointerCoercion::Unsize),
                            target: adjusted,
                        });
                    }
                }
            }
        }
        // Overloaded derefs in a `&mut self` call must use `deref_mut`.
        if pick.autoref == Some(Mutability::Mut) {
            for a in adjustments.iter_mut() {
                if let Adjust::Deref(Some(_)) = a.kind {
                    a.kind = Adjust::Deref(Some(Mutability::Mut));
                }
            }
        }
        self.apply_adjustments(receiver, adjustments);
        if pick.autoref == Some(Mutability::Mut) {
            // `v[0].push(x)`: the receiver place is used mutably (`index_mut`, `deref_mut`).
            self.fixup_mutable_place(receiver);
        }
        let container_args = self.candidate_container_args(&pick.kind, span);
        let args = self.own_args_from_segment(pick.item.def_id, container_args, Some(seg), span);
        let sig = tcx.fn_sig(pick.item.def_id).instantiate(tcx, args);
        // The receiver fixes `Self` before the signature is normalized, so that
        // `Self::Request` in the other parameters normalizes now.
        if let Some(&self_param) = tcx.sig_inputs(sig).first() {
            // (A mismatch is reported below, after normalization.)
            let _ = self.infcx.eq(adjusted, self_param);
        }
        let sig = self.normalize(sig, span);
        if let Some(&self_param) = tcx.sig_inputs(sig).first() {
            if self.infcx.eq(adjusted, self_param).is_err() {
                self.report_mismatch(self.expr_span(receiver), self_param, adjusted, None);
            }
        }
        self.register_predicates(pick.item.def_id, args, span);
        if let PickKind::Trait(t) = pick.kind {
            self.register_trait(
                TraitRef {
                    def_id: t,
                    args: container_args,
                },
                span,
            );
        }
        self.write_resolution(call_expr, Ok((DefKind::AssocFn, pick.item.def_id)));
        self.write_args(call_expr, args);
        (pick.item.def_id, args, sig)
    }

    /// Reports a failed method lookup (E0599, E0034, E0282).
    pub fn report_method_error(
        &self,
        span: Span,
        name: Symbol,
        rcvr_ty: Ty,
        err: MethodError,
        is_method: bool,
    ) -> ErrorGuaranteed {
        let tcx = self.tcx;
        let rcvr_ty = self.resolve(rcvr_ty);
        let name_str = tcx.str(name);
        match err {
            MethodError::Unknown => tcx
                .sess
                .dcx
                .struct_err(span, "type annotations needed")
                .code("E0282")
                .span_label(span, "cannot infer type")
                .emit(),
            MethodError::Ambiguity(defs) => {
                let mut d = tcx
                    .sess
                    .dcx
                    .struct_err(span, "multiple applicable items in scope")
                    .code("E0034")
                    .span_label(span, format!("multiple `{name_str}` found"));
                for def in defs {
                    d = d.span_note(
                        tcx.def_span(def),
                        format!(
                            "candidate is defined in {}",
                            tcx.def_path_str(tcx.parent(def).unwrap_or(def))
                        ),
                    );
                }
                d.emit()
            }
            MethodError::PrivateMatch(def) => {
                let is_method = tcx
                    .parent(def)
                    .and_then(|p| {
                        tcx.associated_items(p)
                            .items
                            .iter()
                            .find(|i| i.def_id == def)
                            .map(|i| i.is_method())
                    })
                    .unwrap_or(false);
                let what = if is_method {
                    "method"
                } else {
                    "associated function"
                };
                let def_span = match tcx.hir.owner(def) {
                    Some(smelt_hir::OwnerNode::ImplItem(smelt_hir::ImplItem {
                        kind: smelt_hir::ImplItemKind::Fn(sig, _),
                        ..
                    })) => sig.span,
                    _ => tcx.def_span(def),
                };
                let kind_of = match tcx.def_kind(def) {
                    DefKind::AssocConst => "associated constant",
                    _ => what,
                };
                tcx.sess
                    .dcx
                    .struct_err(span, format!("{kind_of} `{name_str}` is private"))
                    .code("E0624")
                    .span_label(span, format!("private {kind_of}"))
                    .span_label(def_span, format!("private {kind_of} defined here"))
                    .emit()
            }
            MethodError::NoMatch { static_candidates } => {
                if rcvr_ty == tcx.types.error {
                    return ErrorGuaranteed::unchecked_claim_error_was_emitted();
                }
                let is_enum =
                    matches!(tcx.kind(rcvr_ty), TyKind::Adt(d, _) if tcx.adt_def(d).is_enum());
                let kind = if is_method {
                    "method"
                } else if is_enum {
                    "variant or associated item"
                } else {
                    "function or associated item"
                };
                let prefix = ty_prefix(tcx, rcvr_ty);
                let ty_str = tcx.ty_string(rcvr_ty);
                let mut d = tcx
                    .sess
                    .dcx
                    .struct_err(span, format!("no {kind} named `{name_str}` found for {prefix} `{ty_str}` in the current scope"))
                    .code("E0599");
                d = d.span_label(span, format!("{kind} not found in `{ty_str}`"));
                // The type's definition, when it is the user's (`struct S` ...).
                if let TyKind::Adt(adt, _) = tcx.kind(rcvr_ty) {
                    if !tcx.hir.krate(adt.krate).is_library {
                        if let Some(smelt_hir::OwnerNode::Item(item)) = tcx.hir.owner(adt) {
                            let what = match prefix {
                                "enum" => "enum",
                                "union" => "union",
                                _ => "struct",
                            };
                            d = d.span_label(
                                item_head_span(tcx, item.span, item.ident.span),
                                format!("{kind} `{name_str}` not found for this {what}"),
                            );
                        }
                    }
                }
                if !static_candidates.is_empty() {
                    d = d.note("found the following associated functions; to be used as methods, functions must have a `self` parameter");
                }
                d.emit()
            }
        }
    }
}

/// An item's head as rustc points at it: from its visibility or keyword (after any
/// attributes) to the end of its name (`pub struct S`).
pub fn item_head_span(tcx: &smelt_ty::TyCtxt, item_span: Span, ident_span: Span) -> Span {
    let head = item_span.until(ident_span);
    let Some(text) = tcx.sess.source_map.span_to_snippet(head) else {
        return ident_span;
    };
    let after_attrs = text.rfind([']', '\n']).map_or(0, |i| i + 1);
    let skip = text[after_attrs..].len() - text[after_attrs..].trim_start().len();
    let start = head.lo.0 + (after_attrs + skip) as u32;
    Span {
        lo: smelt_span::BytePos(start),
        ..ident_span
    }
}

fn all_same_item(cs: &[&Candidate]) -> bool {
    cs.windows(2).all(|w| w[0].item.def_id == w[1].item.def_id)
}

/// "struct", "enum", "reference"...: how rustc introduces a type in E0599.
pub fn ty_prefix(tcx: &smelt_ty::TyCtxt, ty: Ty) -> &'static str {
    match tcx.kind(ty) {
        TyKind::Adt(def, _) => {
            let adt = tcx.adt_def(def);
            if adt.is_enum() {
                "enum"
            } else if adt.is_union() {
                "union"
            } else {
                "struct"
            }
        }
        TyKind::Ref(..) => "reference",
        TyKind::Param(_) => "type parameter",
        TyKind::Tuple(t) if tcx.tys(t).is_empty() => "unit type",
        TyKind::Tuple(_) => "tuple",
        TyKind::Array(..) => "array",
        TyKind::Slice(_) => "slice",
        TyKind::RawPtr(..) => "raw pointer",
        TyKind::FnDef(..) => "fn item",
        TyKind::FnPtr(_) => "fn pointer",
        TyKind::Closure(..) => "closure",
        TyKind::Dynamic(..) => "trait object",
        TyKind::Foreign(_) => "foreign type",
        TyKind::Alias(_) => "associated type",
        _ => "type",
    }
}

//! Trait solving: deciding whether `T: Trait` holds and by which impl (selection), driving
//! obligations to completion (fulfillment), normalizing associated types, and resolving a
//! trait method call to the function that implements it (`resolve_instance`).
//!
//! # Selection
//!
//! For an obligation `T: Trait<A..>` we assemble candidates, as rustc's old solver does:
//! where-clauses in the `ParamEnv` (with their supertraits), built-in impls (`Sized`, `Copy`
//! for tuples, `Fn*` for closures and function pointers, ...), the trait object's own trait,
//! and user impls whose header unifies with the obligation (tried in a probe, so failed
//! unifications leave no trace). Where-clauses win over impls. When several impls remain, each
//! is evaluated recursively with its nested obligations; if more than one still may hold, the
//! obligation is ambiguous and waits for inference to learn more.
//!
//! # Normalization
//!
//! `<T as Trait>::Item` is replaced by the impl's type for `Item` once `T: Trait` selects an
//! impl. When the self type is still unknown, the projection becomes a fresh inference
//! variable plus a pending projection obligation. A projection on a type parameter stays as
//! it is (a rigid type) unless a where-clause names its value (`I: Iterator<Item = u8>`).

use std::rc::Rc;

use smelt_hir::{DefId, DefKind, LangItem};
use smelt_span::Span;

use crate::assoc::AssocKind;
use crate::context::TyCtxt;
use crate::fast_reject::simplify_type;
use crate::fold::{Instantiate, TypeFlagsExt, TypeFoldable, TypeFolder};
use crate::infer::InferCtxt;
use crate::instance::{Instance, InstanceKind};
use crate::sty::*;

/// The where-clauses in scope, elaborated with supertraits.
#[derive(Clone, Debug)]
pub struct ParamEnv {
    pub caller_bounds: Rc<[Clause]>,
}

impl ParamEnv {
    pub fn empty() -> ParamEnv {
        ParamEnv {
            caller_bounds: Rc::from(Vec::new()),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.caller_bounds.is_empty()
    }
}

impl TyCtxt {
    /// The elaborated where-clauses of `def` (for a body: of its owner).
    pub fn param_env(&self, def: DefId) -> ParamEnv {
        let preds = self.predicates_of(def);
        ParamEnv {
            caller_bounds: Rc::from(self.elaborate(&preds)),
        }
    }

    /// The clauses plus everything they imply through supertraits.
    pub fn elaborate(&self, clauses: &[Clause]) -> Vec<Clause> {
        let mut out: Vec<Clause> = Vec::new();
        let mut stack: Vec<Clause> = clauses.to_vec();
        while let Some(c) = stack.pop() {
            if out.contains(&c) {
                continue;
            }
            out.push(c);
            if let Clause::Trait(tr) = c {
                for sup in self.super_predicates(tr.def_id) {
                    stack.push(sup.instantiate(self, tr.args));
                }
            }
            if out.len() > 4096 {
                break;
            }
        }
        out
    }

    /// The clauses of a trait whose subject is `Self`: supertraits and `Self::Item` bounds
    /// written on the trait (`trait A: B + C`, `where Self: D`).
    pub fn super_predicates(&self, trait_def: DefId) -> Vec<Clause> {
        self.predicates_of(trait_def)
            .iter()
            .copied()
            .filter(|c| match c {
                Clause::Trait(tr) => {
                    tr.def_id != trait_def
                        && self
                            .args(tr.args)
                            .first()
                            .and_then(|a| a.as_type())
                            .is_some_and(
                                |t| matches!(self.kind(t), TyKind::Param(p) if p.index == 0),
                            )
                }
                Clause::Projection(alias, _) => self
                    .args(alias.args)
                    .first()
                    .and_then(|a| a.as_type())
                    .is_some_and(|t| matches!(self.kind(t), TyKind::Param(p) if p.index == 0)),
                _ => false,
            })
            .collect()
    }

    /// The supertraits of `trait_def` (itself included), transitively.
    pub fn supertrait_def_ids(&self, trait_def: DefId) -> Vec<DefId> {
        let mut out = vec![trait_def];
        let mut i = 0;
        while i < out.len() {
            for c in self.super_predicates(out[i]) {
                if let Clause::Trait(tr) = c {
                    if !out.contains(&tr.def_id) {
                        out.push(tr.def_id);
                    }
                }
            }
            i += 1;
        }
        out
    }

    pub fn trait_ref_self_ty(&self, tr: TraitRef) -> Ty {
        self.args(tr.args)
            .first()
            .and_then(|a| a.as_type())
            .unwrap_or(self.types.error)
    }

    /// The trait of an associated item's projection, with the trait's arguments only.
    pub fn alias_trait_ref(&self, alias: AliasTy) -> TraitRef {
        let trait_def = self
            .parent(alias.def_id)
            .expect("associated types belong to a trait");
        let count = self.generics_of(trait_def).count();
        let args = self.args(alias.args);
        TraitRef {
            def_id: trait_def,
            args: self.mk_args(&args[..count.min(args.len())]),
        }
    }
}

#[derive(Clone, Debug)]
pub enum ObligationKind {
    Trait(TraitRef),
    /// The projection normalizes to this type.
    Projection(AliasTy, Ty),
    /// The type is well-formed and sized (for `let` bindings and arguments): unused for now.
    Sized(Ty),
}

#[derive(Clone, Debug)]
pub struct Obligation {
    pub kind: ObligationKind,
    pub span: Span,
    pub depth: u32,
}

impl Obligation {
    pub fn trait_(tr: TraitRef, span: Span) -> Obligation {
        Obligation {
            kind: ObligationKind::Trait(tr),
            span,
            depth: 0,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ImplSource {
    UserDefined {
        impl_def_id: DefId,
        args: GenericArgs,
    },
    /// A where-clause in scope.
    Param,
    /// Built into the compiler (`Sized`, `Copy` for tuples, auto traits).
    Builtin,
    /// A trait object's own trait (or supertrait): the trait the method is looked up in.
    Object { trait_def: DefId },
    /// `Fn*` for a closure.
    Closure {
        closure_def: DefId,
        args: GenericArgs,
    },
    /// `Fn*` for a function item or pointer.
    FnPointer { fn_ty: Ty },
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SelectionError {
    Unimplemented,
    Overflow,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum EvaluationResult {
    Ok,
    Ambiguous,
    Err,
}

const RECURSION_LIMIT: u32 = 128;

#[derive(Clone, Debug)]
enum Candidate {
    Param(TraitRef),
    Impl(DefId),
    Builtin(Vec<Obligation>),
    Object(TraitRef),
    Closure(DefId, GenericArgs),
    FnPointer(Ty),
}

/// Selection and normalization within one inference context.
pub struct SelectionContext<'b, 'a> {
    pub infcx: &'b InferCtxt<'a>,
    pub param_env: ParamEnv,
}

impl<'b, 'a> SelectionContext<'b, 'a> {
    pub fn new(infcx: &'b InferCtxt<'a>, param_env: ParamEnv) -> Self {
        SelectionContext { infcx, param_env }
    }

    fn tcx(&self) -> &'a TyCtxt {
        self.infcx.tcx
    }

    /// Selects how `tr` holds: `Ok(Some)` with the nested obligations the chosen candidate
    /// brings, `Ok(None)` when ambiguous, `Err` when it does not hold.
    pub fn select(
        &self,
        tr: TraitRef,
        span: Span,
        depth: u32,
    ) -> Result<Option<(ImplSource, Vec<Obligation>)>, SelectionError> {
        if depth > RECURSION_LIMIT {
            return Err(SelectionError::Overflow);
        }
        let tcx = self.tcx();
        let tr = self.infcx.resolve_vars_if_possible(tr);
        let self_ty = self.infcx.shallow_resolve(tcx.trait_ref_self_ty(tr));
        if tr.references_error(tcx) {
            return Ok(Some((ImplSource::Builtin, Vec::new())));
        }
        let candidates = self.assemble_candidates(tr, self_ty, span, depth)?;
        let candidates = match candidates {
            Some(c) => c,
            None => return Ok(None),
        };
        let chosen = match self.winnow(tr, candidates, span, depth)? {
            Some(c) => c,
            None => return Ok(None),
        };
        self.confirm(tr, chosen, span, depth).map(Some)
    }

    /// The candidates for `tr`, or `None` if the self type is too unknown to say.
    fn assemble_candidates(
        &self,
        tr: TraitRef,
        self_ty: Ty,
        span: Span,
        depth: u32,
    ) -> Result<Option<Vec<Candidate>>, SelectionError> {
        let tcx = self.tcx();
        let mut candidates = Vec::new();
        let self_kind = tcx.kind(self_ty);
        // Nothing can be said about an unknown self type: not even a where-clause may be
        // chosen for it (that would guess the variable, as rustc never does).
        if let TyKind::Infer(InferTy::TyVar(_)) = self_kind {
            return Ok(None);
        }
        for clause in self.param_env.caller_bounds.iter() {
            if let Clause::Trait(bound) = *clause {
                if bound.def_id == tr.def_id
                    && self
                        .infcx
                        .probe(|| self.infcx.eq_trait_refs(bound, tr).is_ok())
                {
                    candidates.push(Candidate::Param(bound));
                }
            }
        }
        // An associated type that does not normalize: the bounds its trait declares on it
        // (`type IntoIter: Iterator<Item = Self::Item>`, and `Sized`).
        if let TyKind::Alias(alias) = self_kind {
            let bounds: Vec<Clause> = tcx
                .item_bounds(alias.def_id)
                .iter()
                .map(|c| c.instantiate(tcx, alias.args))
                .collect();
            for c in tcx.elaborate(&bounds) {
                if let Clause::Trait(bound) = c {
                    if bound.def_id == tr.def_id
                        && !candidates
                            .iter()
                            .any(|x| matches!(x, Candidate::Param(b) if *b == bound))
                        && self
                            .infcx
                            .probe(|| self.infcx.eq_trait_refs(bound, tr).is_ok())
                    {
                        candidates.push(Candidate::Param(bound));
                    }
                }
            }
        }
        self.assemble_builtin(tr, self_ty, span, depth, &mut candidates)?;
        if let TyKind::Dynamic(preds, _) = self_kind {
            let principal = tcx.existentials(preds).iter().find_map(|p| match *p {
                ExistentialPredicate::Trait { def_id, args } => Some((def_id, args)),
                _ => None,
            });
            if let Some((principal, args)) = principal {
                let mut full = vec![GenericArg::Type(self_ty)];
                full.extend(tcx.args(args).iter().copied());
                let principal_ref = TraitRef {
                    def_id: principal,
                    args: tcx.mk_args(&full),
                };
                for c in tcx.elaborate(&[Clause::Trait(principal_ref)]) {
                    if let Clause::Trait(sup) = c {
                        if sup.def_id == tr.def_id
                            && self
                                .infcx
                                .probe(|| self.infcx.eq_trait_refs(sup, tr).is_ok())
                        {
                            candidates.push(Candidate::Object(sup));
                        }
                    }
                }
            }
            for p in tcx.existentials(preds).iter() {
                if let ExistentialPredicate::AutoTrait(d) = *p {
                    if d == tr.def_id {
                        candidates.push(Candidate::Builtin(Vec::new()));
                    }
                }
            }
        }
        let simplified = simplify_type(tcx, self_ty);
        let index = tcx.impl_index();
        for &impl_def in index.impls_of_trait(tr.def_id) {
            if tcx.hir.def_kind(impl_def) != (DefKind::Impl { of_trait: true }) {
                continue;
            }
            if let (Some(s), Some(impl_s)) = (simplified, simplify_type(tcx, tcx.type_of(impl_def)))
            {
                if s != impl_s {
                    continue;
                }
            }
            if is_negative_impl(tcx, impl_def) {
                continue;
            }
            let matches = self.infcx.probe(|| {
                let args = self.infcx.fresh_args_for_item(span, impl_def);
                match tcx.impl_trait_ref(impl_def) {
                    Some(impl_tr) => self
                        .infcx
                        .eq_trait_refs(impl_tr.instantiate(tcx, args), tr)
                        .is_ok(),
                    None => false,
                }
            });
            if matches {
                candidates.push(Candidate::Impl(impl_def));
            }
        }
        // An integer or float variable may become any integer or float type: if impls for
        // several of them apply, we must wait.
        if matches!(
            self_kind,
            TyKind::Infer(InferTy::IntVar(_) | InferTy::FloatVar(_))
        ) && candidates.len() > 1
        {
            let impls = candidates
                .iter()
                .filter(|c| matches!(c, Candidate::Impl(_)))
                .count();
            if impls > 1 {
                return Ok(None);
            }
        }
        Ok(Some(candidates))
    }

    fn assemble_builtin(
        &self,
        tr: TraitRef,
        self_ty: Ty,
        span: Span,
        depth: u32,
        candidates: &mut Vec<Candidate>,
    ) -> Result<(), SelectionError> {
        let tcx = self.tcx();
        let Some(lang) = tcx.hir.lang_items.of_def(tr.def_id) else {
            return Ok(());
        };
        let kind = tcx.kind(self_ty);
        let nested = |tys: &[Ty]| -> Vec<Obligation> {
            tys.iter()
                .map(|t| Obligation {
                    kind: ObligationKind::Trait(TraitRef {
                        def_id: tr.def_id,
                        args: tcx.mk_args(&[GenericArg::Type(*t)]),
                    }),
                    span,
                    depth: depth + 1,
                })
                .collect()
        };
        match lang {
            LangItem::Sized => match kind {
                TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic(..) | TyKind::Foreign(_) => {}
                TyKind::Param(_) | TyKind::Alias(_) => {}
                TyKind::Tuple(tys) => {
                    let tys = tcx.tys(tys);
                    candidates.push(Candidate::Builtin(nested(
                        &tys[tys.len().saturating_sub(1)..],
                    )));
                }
                TyKind::Adt(def, args) => {
                    let adt = tcx.adt_def(def);
                    let tail = if adt.is_struct() {
                        adt.non_enum_variant()
                            .fields
                            .raw
                            .last()
                            .map(|f| f.ty(tcx, args))
                    } else {
                        None
                    };
                    candidates.push(Candidate::Builtin(
                        tail.map(|t| nested(&[t])).unwrap_or_default(),
                    ));
                }
                _ => candidates.push(Candidate::Builtin(Vec::new())),
            },
            LangItem::Copy | LangItem::Clone => match kind {
                TyKind::Tuple(tys) => candidates.push(Candidate::Builtin(nested(&tcx.tys(tys)))),
                TyKind::Array(elem, _) => candidates.push(Candidate::Builtin(nested(&[elem]))),
                TyKind::Closure(def, args) => {
                    candidates.push(Candidate::Builtin(nested(
                        &tcx.closure_upvar_tys(def, args),
                    )));
                }
                TyKind::FnDef(..) | TyKind::FnPtr(_) | TyKind::Never => {
                    candidates.push(Candidate::Builtin(Vec::new()))
                }
                TyKind::Infer(InferTy::IntVar(_) | InferTy::FloatVar(_)) => {
                    candidates.push(Candidate::Builtin(Vec::new()))
                }
                _ => {}
            },
            LangItem::Fn | LangItem::FnMut | LangItem::FnOnce => {
                let wanted = match lang {
                    LangItem::Fn => ClosureKind::Fn,
                    LangItem::FnMut => ClosureKind::FnMut,
                    _ => ClosureKind::FnOnce,
                };
                match kind {
                    TyKind::Closure(def, args) => {
                        let closure_kind = tcx.closure_kind_of(self.infcx, args);
                        match closure_kind {
                            Some(k) if k <= wanted => {
                                candidates.push(Candidate::Closure(def, args))
                            }
                            Some(_) => {}
                            // The closure's kind is not inferred yet: assume it fits; the
                            // closure analysis checks it later.
                            None => candidates.push(Candidate::Closure(def, args)),
                        }
                    }
                    TyKind::FnDef(def, _) => {
                        let sig = tcx.fn_sig(def);
                        if sig.safety == smelt_hir::Safety::Safe
                            && sig.abi == smelt_hir::Abi::Rust
                            && !tcx.is_intrinsic(def)
                        {
                            candidates.push(Candidate::FnPointer(self_ty));
                        }
                    }
                    TyKind::FnPtr(sig) if sig.safety == smelt_hir::Safety::Safe => {
                        candidates.push(Candidate::FnPointer(self_ty))
                    }
                    _ => {}
                }
            }
            LangItem::Tuple => {
                if matches!(kind, TyKind::Tuple(_)) {
                    candidates.push(Candidate::Builtin(Vec::new()));
                }
            }
            // Auto traits hold for every type here; a parameter or alias takes its
            // where-clause candidate when it has one.
            LangItem::Send | LangItem::Sync | LangItem::Unpin | LangItem::Destruct
                if !matches!(kind, TyKind::Param(_) | TyKind::Alias(_))
                    || candidates.is_empty() =>
            {
                candidates.push(Candidate::Builtin(Vec::new()));
            }
            LangItem::DiscriminantKind | LangItem::PointeeTrait => {
                candidates.push(Candidate::Builtin(Vec::new()))
            }
            LangItem::Unsize => {
                let target = tcx
                    .args(tr.args)
                    .get(1)
                    .and_then(|a| a.as_type())
                    .map(|t| self.infcx.shallow_resolve(t));
                if let Some(target) = target {
                    match (kind, tcx.kind(target)) {
                        (TyKind::Array(a, _), TyKind::Slice(b))
                            if self.infcx.probe(|| self.infcx.eq(a, b).is_ok()) =>
                        {
                            candidates.push(Candidate::Builtin(Vec::new()));
                        }
                        (_, TyKind::Dynamic(preds, _)) if !matches!(kind, TyKind::Dynamic(..)) => {
                            let mut obligations = Vec::new();
                            for p in tcx.existentials(preds).iter() {
                                match *p {
                                    ExistentialPredicate::Trait { def_id, args } => {
                                        let mut full = vec![GenericArg::Type(self_ty)];
                                        full.extend(tcx.args(args).iter().copied());
                                        obligations.push(Obligation {
                                            kind: ObligationKind::Trait(TraitRef {
                                                def_id,
                                                args: tcx.mk_args(&full),
                                            }),
                                            span,
                                            depth: depth + 1,
                                        });
                                    }
                                    ExistentialPredicate::Projection { def_id, args, term } => {
                                        let mut full = vec![GenericArg::Type(self_ty)];
                                        full.extend(tcx.args(args).iter().copied());
                                        obligations.push(Obligation {
                                            kind: ObligationKind::Projection(
                                                AliasTy {
                                                    def_id,
                                                    args: tcx.mk_args(&full),
                                                },
                                                term,
                                            ),
                                            span,
                                            depth: depth + 1,
                                        });
                                    }
                                    ExistentialPredicate::AutoTrait(_) => {}
                                }
                            }
                            if let Some(sized) = tcx.lang_item(LangItem::Sized) {
                                obligations.push(Obligation {
                                    kind: ObligationKind::Trait(TraitRef {
                                        def_id: sized,
                                        args: tcx.mk_args(&[GenericArg::Type(self_ty)]),
                                    }),
                                    span,
                                    depth: depth + 1,
                                });
                            }
                            candidates.push(Candidate::Builtin(obligations));
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Picks one candidate, or `None` when ambiguous.
    fn winnow(
        &self,
        tr: TraitRef,
        mut candidates: Vec<Candidate>,
        span: Span,
        depth: u32,
    ) -> Result<Option<Candidate>, SelectionError> {
        let tcx = self.tcx();
        // Where-clauses win over everything else.
        let params: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| matches!(c, Candidate::Param(_)))
            .collect();
        if !params.is_empty() {
            let first = params[0].clone();
            let all_same = params.iter().all(|c| match (c, &first) {
                (Candidate::Param(a), Candidate::Param(b)) => {
                    self.infcx.resolve_vars_if_possible(*a)
                        == self.infcx.resolve_vars_if_possible(*b)
                }
                _ => false,
            });
            if all_same {
                return Ok(Some(first));
            }
            // Several where-clauses apply: if the obligation has no inference variables left,
            // any of them proves it.
            if !tr.has_infer(tcx) {
                return Ok(Some(first));
            }
            return Ok(None);
        }
        if let Some(pos) = candidates
            .iter()
            .position(|c| !matches!(c, Candidate::Impl(_)))
        {
            return Ok(Some(candidates.swap_remove(pos)));
        }
        if candidates.len() > 1 {
            let mut viable = Vec::new();
            for c in candidates {
                let Candidate::Impl(impl_def) = c else {
                    continue;
                };
                match self.evaluate_impl(tr, impl_def, span, depth) {
                    EvaluationResult::Ok | EvaluationResult::Ambiguous => viable.push(c),
                    EvaluationResult::Err => {}
                }
            }
            if viable.len() == 1 {
                return Ok(viable.pop());
            }
            if viable.is_empty() {
                return Err(SelectionError::Unimplemented);
            }
            return Ok(None);
        }
        match candidates.pop() {
            Some(c) => Ok(Some(c)),
            None => Err(SelectionError::Unimplemented),
        }
    }

    fn evaluate_impl(
        &self,
        tr: TraitRef,
        impl_def: DefId,
        span: Span,
        depth: u32,
    ) -> EvaluationResult {
        self.infcx.probe(
            || match self.confirm(tr, Candidate::Impl(impl_def), span, depth) {
                Ok((_, nested)) => self.evaluate_all(&nested),
                Err(_) => EvaluationResult::Err,
            },
        )
    }

    /// Evaluates obligations recursively, without committing anything.
    pub fn evaluate_all(&self, obligations: &[Obligation]) -> EvaluationResult {
        let mut result = EvaluationResult::Ok;
        for o in obligations {
            match self.evaluate(o) {
                EvaluationResult::Err => return EvaluationResult::Err,
                EvaluationResult::Ambiguous => result = EvaluationResult::Ambiguous,
                EvaluationResult::Ok => {}
            }
        }
        result
    }

    /// Whether an obligation holds (in a probe).
    pub fn evaluate(&self, o: &Obligation) -> EvaluationResult {
        if o.depth > RECURSION_LIMIT {
            return EvaluationResult::Ambiguous;
        }
        self.infcx.probe(|| match &o.kind {
            ObligationKind::Trait(tr) => match self.select(*tr, o.span, o.depth) {
                Ok(Some((_, nested))) => self.evaluate_all(&nested),
                Ok(None) => EvaluationResult::Ambiguous,
                Err(_) => EvaluationResult::Err,
            },
            ObligationKind::Projection(alias, term) => {
                match self.normalize_projection(*alias, o.span, o.depth) {
                    Ok(Some((ty, nested))) => {
                        // The impl's type may itself need normalizing (`type Item = I::Item`).
                        let (ty, more) = self.normalize(ty, o.span);
                        if self.infcx.eq(ty, *term).is_err() {
                            return EvaluationResult::Err;
                        }
                        let all: Vec<Obligation> = nested.into_iter().chain(more).collect();
                        self.evaluate_all(&all)
                    }
                    Ok(None) => EvaluationResult::Ambiguous,
                    Err(_) => EvaluationResult::Err,
                }
            }
            ObligationKind::Sized(_) => EvaluationResult::Ok,
        })
    }

    fn confirm(
        &self,
        tr: TraitRef,
        candidate: Candidate,
        span: Span,
        depth: u32,
    ) -> Result<(ImplSource, Vec<Obligation>), SelectionError> {
        let tcx = self.tcx();
        match candidate {
            Candidate::Param(bound) => {
                self.infcx
                    .eq_trait_refs(bound, tr)
                    .map_err(|_| SelectionError::Unimplemented)?;
                Ok((ImplSource::Param, Vec::new()))
            }
            Candidate::Impl(impl_def) => {
                let args = self.infcx.fresh_args_for_item(span, impl_def);
                let impl_tr = tcx
                    .impl_trait_ref(impl_def)
                    .ok_or(SelectionError::Unimplemented)?;
                self.infcx
                    .eq_trait_refs(impl_tr.instantiate(tcx, args), tr)
                    .map_err(|_| SelectionError::Unimplemented)?;
                // The impl's where-clauses, normalized (`B::Owned: Show` at `B = u8` is
                // `u32: Show`).
                let mut nested = Vec::new();
                for c in tcx.predicates_of(impl_def).iter() {
                    let (c, more) = self.normalize(c.instantiate(tcx, args), span);
                    nested.extend(more);
                    nested.push(clause_obligation(c, span, depth + 1));
                }
                Ok((
                    ImplSource::UserDefined {
                        impl_def_id: impl_def,
                        args,
                    },
                    nested,
                ))
            }
            Candidate::Builtin(nested) => Ok((ImplSource::Builtin, nested)),
            Candidate::Object(sup) => {
                self.infcx
                    .eq_trait_refs(sup, tr)
                    .map_err(|_| SelectionError::Unimplemented)?;
                Ok((
                    ImplSource::Object {
                        trait_def: sup.def_id,
                    },
                    Vec::new(),
                ))
            }
            Candidate::Closure(def, args) => {
                // `Fn<Args>`: the argument tuple must be the closure's inputs.
                let sig = tcx.closure_sig(self.infcx, args);
                let mut nested = Vec::new();
                if let (Some(sig), Some(arg_tuple)) =
                    (sig, tcx.args(tr.args).get(1).and_then(|a| a.as_type()))
                {
                    let (arg_tuple, more) = self.normalize(arg_tuple, span);
                    nested.extend(more);
                    let inputs = tcx.mk_tup(&tcx.sig_inputs(sig));
                    self.infcx
                        .eq(arg_tuple, inputs)
                        .map_err(|_| SelectionError::Unimplemented)?;
                }
                Ok((
                    ImplSource::Closure {
                        closure_def: def,
                        args,
                    },
                    nested,
                ))
            }
            Candidate::FnPointer(fn_ty) => {
                let sig = match tcx.kind(fn_ty) {
                    TyKind::FnDef(def, args) => tcx.fn_sig(def).instantiate(tcx, args),
                    TyKind::FnPtr(sig) => sig,
                    _ => return Err(SelectionError::Unimplemented),
                };
                let mut nested = Vec::new();
                if let Some(arg_tuple) = tcx.args(tr.args).get(1).and_then(|a| a.as_type()) {
                    let (arg_tuple, more) = self.normalize(arg_tuple, span);
                    nested.extend(more);
                    let (sig, more) = self.normalize(sig, span);
                    nested.extend(more);
                    let inputs = tcx.mk_tup(&tcx.sig_inputs(sig));
                    self.infcx
                        .eq(arg_tuple, inputs)
                        .map_err(|_| SelectionError::Unimplemented)?;
                }
                Ok((ImplSource::FnPointer { fn_ty }, nested))
            }
        }
    }

    /* ------------------------------------------------------------ projections */

    /// Normalizes `<..>::Item`: `Ok(Some)` with its type (possibly the projection itself
    /// when it is rigid) and nested obligations, `Ok(None)` when ambiguous.
    pub fn normalize_projection(
        &self,
        alias: AliasTy,
        span: Span,
        depth: u32,
    ) -> Result<Option<(Ty, Vec<Obligation>)>, SelectionError> {
        let tcx = self.tcx();
        let alias = self.infcx.resolve_vars_if_possible(alias);
        // An opaque type (`impl Trait`) is its own normal form until it is revealed after
        // type checking (`normalize_erasing_regions`).
        if tcx.def_kind(alias.def_id) == DefKind::OpaqueTy {
            return Ok(Some((tcx.mk_ty(TyKind::Alias(alias)), Vec::new())));
        }
        // An unknown self type: wait (a where-clause must not guess the variable).
        if let Some(self_ty) = tcx.args(alias.args).first().and_then(|a| a.as_type()) {
            if let TyKind::Infer(InferTy::TyVar(_)) = tcx.kind(self.infcx.shallow_resolve(self_ty))
            {
                return Ok(None);
            }
        }
        // A where-clause naming the projection's value.
        for clause in self.param_env.caller_bounds.iter() {
            if let Clause::Projection(bound, term) = *clause {
                if bound.def_id == alias.def_id
                    && self
                        .infcx
                        .probe(|| self.infcx.eq_args(bound.args, alias.args).is_ok())
                {
                    let _ = self.infcx.eq_args(bound.args, alias.args);
                    return Ok(Some((term, Vec::new())));
                }
            }
        }
        // A projection on an associated type: what the trait declares about it
        // (`type IntoIter: Iterator<Item = Self::Item>` makes
        // `<<U as IntoIterator>::IntoIter as Iterator>::Item` be `<U as IntoIterator>::Item`).
        if let Some(self_ty) = tcx.args(alias.args).first().and_then(|a| a.as_type()) {
            if let TyKind::Alias(inner) = tcx.kind(self.infcx.shallow_resolve(self_ty)) {
                let bounds: Vec<Clause> = tcx
                    .item_bounds(inner.def_id)
                    .iter()
                    .map(|c| c.instantiate(tcx, inner.args))
                    .collect();
                for c in tcx.elaborate(&bounds) {
                    if let Clause::Projection(bound, term) = c {
                        if bound.def_id == alias.def_id
                            && self
                                .infcx
                                .probe(|| self.infcx.eq_args(bound.args, alias.args).is_ok())
                        {
                            let _ = self.infcx.eq_args(bound.args, alias.args);
                            return Ok(Some((term, Vec::new())));
                        }
                    }
                }
            }
        }
        let tr = tcx.alias_trait_ref(alias);
        let Some((source, nested)) = self.select(tr, span, depth)? else {
            return Ok(None);
        };
        let trait_count = self.tcx().generics_of(tr.def_id).count();
        let own_args: Vec<GenericArg> = tcx
            .args(alias.args)
            .iter()
            .skip(trait_count)
            .copied()
            .collect();
        let ty = match source {
            ImplSource::UserDefined { impl_def_id, args } => {
                let items = tcx.associated_items(impl_def_id);
                match items.implementing(alias.def_id) {
                    Some(item) => {
                        let mut full: Vec<GenericArg> = tcx.args(args).to_vec();
                        full.extend(own_args);
                        tcx.type_of(item.def_id)
                            .instantiate(tcx, tcx.mk_args(&full))
                    }
                    None => tcx.type_of(alias.def_id).instantiate(tcx, alias.args),
                }
            }
            ImplSource::Param => {
                // Rigid: the projection is its own normal form.
                let ty = tcx.mk_ty(TyKind::Alias(alias));
                return Ok(Some((ty, nested)));
            }
            ImplSource::Object { .. } => {
                let self_ty = self.infcx.shallow_resolve(tcx.trait_ref_self_ty(tr));
                let found = match tcx.kind(self_ty) {
                    TyKind::Dynamic(preds, _) => {
                        tcx.existentials(preds).iter().find_map(|p| match *p {
                            ExistentialPredicate::Projection { def_id, term, .. }
                                if def_id == alias.def_id =>
                            {
                                Some(term)
                            }
                            _ => None,
                        })
                    }
                    _ => None,
                };
                match found {
                    Some(t) => t,
                    None => tcx.mk_ty(TyKind::Alias(alias)),
                }
            }
            ImplSource::Closure { args, .. } => match tcx.closure_sig(self.infcx, args) {
                Some(sig) if tcx.is_lang_item(alias.def_id, LangItem::FnOnceOutput) => {
                    tcx.sig_output(sig)
                }
                _ => return Ok(None),
            },
            ImplSource::FnPointer { fn_ty } => {
                let sig = match tcx.kind(fn_ty) {
                    TyKind::FnDef(def, args) => tcx.fn_sig(def).instantiate(tcx, args),
                    TyKind::FnPtr(sig) => sig,
                    _ => return Err(SelectionError::Unimplemented),
                };
                tcx.sig_output(sig)
            }
            ImplSource::Builtin => {
                let self_ty = self.infcx.shallow_resolve(tcx.trait_ref_self_ty(tr));
                match tcx.hir.lang_items.of_def(tr.def_id) {
                    Some(LangItem::DiscriminantKind) => match tcx.kind(self_ty) {
                        TyKind::Adt(def, _) if tcx.adt_def(def).is_enum() => {
                            tcx.adt_def(def).discr_ty(tcx)
                        }
                        TyKind::Infer(_) | TyKind::Param(_) | TyKind::Alias(_) => return Ok(None),
                        _ => tcx.types.u8,
                    },
                    Some(LangItem::PointeeTrait) => match tcx.kind(tcx.struct_tail(self_ty)) {
                        TyKind::Slice(_) | TyKind::Str => tcx.types.usize,
                        TyKind::Infer(_) | TyKind::Param(_) | TyKind::Alias(_) => return Ok(None),
                        _ => tcx.types.unit,
                    },
                    _ => return Ok(None),
                }
            }
        };
        Ok(Some((ty, nested)))
    }

    /// Normalizes every projection inside `value`; projections that cannot be normalized yet
    /// become fresh variables with a pending obligation (returned).
    pub fn normalize<T: TypeFoldable>(&self, value: T, span: Span) -> (T, Vec<Obligation>) {
        let value = self.infcx.resolve_vars_if_possible(value);
        if !value.has_aliases(self.tcx()) {
            return (value, Vec::new());
        }
        let mut folder = Normalizer {
            selcx: self,
            span,
            obligations: Vec::new(),
            depth: 0,
        };
        let v = value.fold_with(&mut folder);
        (v, folder.obligations)
    }
}

/// Replaces opaque types (`impl Trait` in return position) by their hidden types.
struct OpaqueRevealer<'a> {
    tcx: &'a TyCtxt,
    depth: u32,
}

impl<'a> TypeFolder<'a> for OpaqueRevealer<'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.tcx
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        let tcx = self.tcx;
        if !tcx
            .ty_flags(ty)
            .intersects(crate::fold::TypeFlags::HAS_ALIAS)
        {
            return ty;
        }
        let ty = crate::fold::super_fold_ty(self, ty);
        match tcx.kind(ty) {
            TyKind::Alias(alias)
                if tcx.def_kind(alias.def_id) == DefKind::OpaqueTy && self.depth < 64 =>
            {
                let hidden = crate::fold::erase_regions(
                    tcx,
                    tcx.type_of(alias.def_id).instantiate(tcx, alias.args),
                );
                self.depth += 1;
                let r = self.fold_ty(hidden);
                self.depth -= 1;
                r
            }
            _ => ty,
        }
    }
}

/// Replaces constants that can be evaluated (no parameters, no inference variables) by their
/// values.
struct ConstEvaluator<'a> {
    tcx: &'a TyCtxt,
}

impl<'a> TypeFolder<'a> for ConstEvaluator<'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.tcx
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        if !self
            .tcx
            .ty_flags(ty)
            .intersects(crate::fold::TypeFlags::HAS_CT_UNEVALUATED)
        {
            return ty;
        }
        crate::fold::super_fold_ty(self, ty)
    }

    fn fold_const(&mut self, c: Const) -> Const {
        let tcx = self.tcx;
        let c = crate::fold::super_fold_const(self, c);
        let ConstKind::Unevaluated(def, args) = tcx.const_kind(c) else {
            return c;
        };
        if tcx
            .const_flags(c)
            .intersects(crate::fold::TypeFlags::HAS_PARAMS | crate::fold::TypeFlags::HAS_INFER)
        {
            return c;
        }
        let ty = tcx.normalize_erasing_regions(tcx.type_of(def).instantiate(tcx, args));
        match tcx.eval_const(def, args) {
            Ok(v) => match v.try_to_scalar_int() {
                Some(s) => tcx.mk_const(ConstKind::Value(ty, s)),
                None => c,
            },
            Err(_) => c,
        }
    }
}

struct Normalizer<'c, 'b, 'a> {
    selcx: &'c SelectionContext<'b, 'a>,
    span: Span,
    obligations: Vec<Obligation>,
    depth: u32,
}

impl<'a> TypeFolder<'a> for Normalizer<'_, '_, 'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.selcx.tcx()
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        let tcx = self.selcx.tcx();
        if !tcx
            .ty_flags(ty)
            .intersects(crate::fold::TypeFlags::HAS_ALIAS)
        {
            return ty;
        }
        let ty = crate::fold::super_fold_ty(self, ty);
        let TyKind::Alias(alias) = tcx.kind(ty) else {
            return ty;
        };
        if self.depth > RECURSION_LIMIT {
            return ty;
        }
        match self.selcx.normalize_projection(alias, self.span, 0) {
            Ok(Some((normalized, nested))) => {
                self.obligations.extend(nested);
                if normalized == ty {
                    return ty;
                }
                self.depth += 1;
                let r = self.fold_ty(normalized);
                self.depth -= 1;
                r
            }
            Ok(None) => {
                let var = self.selcx.infcx.next_ty_var(self.span);
                self.obligations.push(Obligation {
                    kind: ObligationKind::Projection(alias, var),
                    span: self.span,
                    depth: 0,
                });
                var
            }
            Err(_) => ty,
        }
    }
}

pub fn clause_obligation(c: Clause, span: Span, depth: u32) -> Obligation {
    let kind = match c {
        Clause::Trait(tr) => ObligationKind::Trait(tr),
        Clause::Projection(alias, term) => ObligationKind::Projection(alias, term),
        Clause::TypeOutlives(t, _) => ObligationKind::Sized(t),
        Clause::RegionOutlives(..) => ObligationKind::Sized(Ty::from_u32(0)),
    };
    Obligation { kind, span, depth }
}

fn is_negative_impl(tcx: &TyCtxt, impl_def: DefId) -> bool {
    matches!(tcx.hir.item(impl_def), Some(smelt_hir::Item { kind: smelt_hir::ItemKind::Impl(imp), .. }) if imp.negative)
}

/* ---------------------------------------------------------------- fulfillment */

#[derive(Clone, Debug)]
pub enum FulfillmentErrorKind {
    Unimplemented,
    Overflow,
    Ambiguity,
    /// A projection normalized to `found`, which is not `expected`.
    ProjectionMismatch {
        expected: Ty,
        found: Ty,
    },
}

#[derive(Clone, Debug)]
pub struct FulfillmentError {
    pub obligation: Obligation,
    pub kind: FulfillmentErrorKind,
}

/// Obligations waiting for inference to make progress.
#[derive(Default)]
pub struct FulfillmentCtxt {
    pending: Vec<Obligation>,
}

impl FulfillmentCtxt {
    pub fn new() -> FulfillmentCtxt {
        FulfillmentCtxt::default()
    }

    pub fn register(&mut self, o: Obligation) {
        self.pending.push(o);
    }

    pub fn register_all(&mut self, os: impl IntoIterator<Item = Obligation>) {
        self.pending.extend(os);
    }

    pub fn pending(&self) -> &[Obligation] {
        &self.pending
    }

    /// Processes obligations until no more progress is made; returns those that failed.
    pub fn select_where_possible(
        &mut self,
        selcx: &SelectionContext<'_, '_>,
    ) -> Vec<FulfillmentError> {
        let mut errors = Vec::new();
        loop {
            let mut progress = false;
            let pending = std::mem::take(&mut self.pending);
            for o in pending {
                match process(selcx, &o) {
                    Processed::Done(nested) => {
                        progress = true;
                        self.pending.extend(nested);
                    }
                    Processed::Pending => self.pending.push(o),
                    Processed::Error(kind) => {
                        progress = true;
                        errors.push(FulfillmentError {
                            obligation: o,
                            kind,
                        });
                    }
                }
            }
            if !progress {
                break;
            }
        }
        errors
    }

    /// Processes everything; what remains is ambiguous and reported as such.
    pub fn select_all_or_error(
        &mut self,
        selcx: &SelectionContext<'_, '_>,
    ) -> Vec<FulfillmentError> {
        let mut errors = self.select_where_possible(selcx);
        for o in std::mem::take(&mut self.pending) {
            errors.push(FulfillmentError {
                obligation: o,
                kind: FulfillmentErrorKind::Ambiguity,
            });
        }
        errors
    }
}

enum Processed {
    Done(Vec<Obligation>),
    Pending,
    Error(FulfillmentErrorKind),
}

fn process(selcx: &SelectionContext<'_, '_>, o: &Obligation) -> Processed {
    if o.depth > RECURSION_LIMIT {
        return Processed::Error(FulfillmentErrorKind::Overflow);
    }
    match &o.kind {
        ObligationKind::Trait(tr) => match selcx.select(*tr, o.span, o.depth) {
            Ok(Some((_, nested))) => Processed::Done(nested),
            Ok(None) => Processed::Pending,
            Err(SelectionError::Unimplemented) => {
                Processed::Error(FulfillmentErrorKind::Unimplemented)
            }
            Err(SelectionError::Overflow) => Processed::Error(FulfillmentErrorKind::Overflow),
        },
        ObligationKind::Projection(alias, term) => {
            match selcx.normalize_projection(*alias, o.span, o.depth) {
                Ok(Some((ty, nested))) => {
                    let (ty, more) = selcx.normalize(ty, o.span);
                    match selcx.infcx.eq(ty, *term) {
                        Ok(()) => Processed::Done(nested.into_iter().chain(more).collect()),
                        Err(_) => Processed::Error(FulfillmentErrorKind::ProjectionMismatch {
                            expected: selcx.infcx.resolve_vars_if_possible(*term),
                            found: selcx.infcx.resolve_vars_if_possible(ty),
                        }),
                    }
                }
                Ok(None) => Processed::Pending,
                Err(SelectionError::Unimplemented) => {
                    Processed::Error(FulfillmentErrorKind::Unimplemented)
                }
                Err(SelectionError::Overflow) => Processed::Error(FulfillmentErrorKind::Overflow),
            }
        }
        ObligationKind::Sized(_) => Processed::Done(Vec::new()),
    }
}

/* ---------------------------------------------------------------- codegen-time queries */

impl TyCtxt {
    /// Whether `def` is a compiler intrinsic.
    pub fn is_intrinsic(&self, def: DefId) -> bool {
        self.hir.owner(def).is_some_and(|o| o.attrs().intrinsic)
    }

    /// A closure's kind, once known (the first of its extra generic arguments).
    pub fn closure_kind_of(&self, infcx: &InferCtxt<'_>, args: GenericArgs) -> Option<ClosureKind> {
        let args = self.args(args);
        let kind_ty = infcx.shallow_resolve(args.get(args.len().checked_sub(3)?)?.as_type()?);
        closure_kind_from_ty(self, kind_ty)
    }

    /// A closure's signature (as a function pointer type in its arguments), once known.
    pub fn closure_sig(&self, infcx: &InferCtxt<'_>, args: GenericArgs) -> Option<FnSig> {
        let args = self.args(args);
        let sig_ty = infcx.shallow_resolve(args.get(args.len().checked_sub(2)?)?.as_type()?);
        match self.kind(sig_ty) {
            TyKind::FnPtr(sig) => Some(infcx.resolve_vars_if_possible(sig)),
            _ => None,
        }
    }

    /// The kind of a closure after type checking.
    pub fn closure_kind(&self, args: GenericArgs) -> ClosureKind {
        let infcx = InferCtxt::new(self);
        self.closure_kind_of(&infcx, args)
            .unwrap_or(ClosureKind::Fn)
    }

    /// The signature of a closure after type checking.
    pub fn closure_fn_sig(&self, args: GenericArgs) -> FnSig {
        let infcx = InferCtxt::new(self);
        self.closure_sig(&infcx, args).unwrap_or_else(|| {
            self.mk_fn_sig(
                &[],
                self.types.error,
                false,
                smelt_hir::Safety::Safe,
                smelt_hir::Abi::Rust,
            )
        })
    }

    /// Normalizes every projection of a monomorphic value and erases its regions.
    pub fn normalize_erasing_regions<T: TypeFoldable>(&self, value: T) -> T {
        let value = crate::fold::erase_regions(self, value);
        // Constants are evaluated where they can be (`[u8; N]` is `[u8; 8]`), so that a type
        // has one spelling in monomorphic code.
        let value = if value
            .flags(self)
            .intersects(crate::fold::TypeFlags::HAS_CT_UNEVALUATED)
        {
            value.fold_with(&mut ConstEvaluator { tcx: self })
        } else {
            value
        };
        // Opaque types are revealed: `impl Fn()` is the closure the function returns.
        let value = if value.has_aliases(self) {
            value.fold_with(&mut OpaqueRevealer {
                tcx: self,
                depth: 0,
            })
        } else {
            value
        };
        if !value.has_aliases(self) {
            return value;
        }
        let infcx = InferCtxt::new(self);
        let selcx = SelectionContext::new(&infcx, ParamEnv::empty());
        let (v, obligations) = selcx.normalize(value, Span::DUMMY);
        let mut fulfill = FulfillmentCtxt::new();
        fulfill.register_all(obligations);
        let _ = fulfill.select_where_possible(&selcx);
        crate::fold::erase_regions(self, infcx.resolve_vars_if_possible(v))
    }

    /// Like `normalize_erasing_regions` under the where-clauses of `param_env`.
    pub fn normalize_in_env<T: TypeFoldable>(&self, param_env: &ParamEnv, value: T) -> T {
        if !value.has_aliases(self) {
            return value;
        }
        let infcx = InferCtxt::new(self);
        let selcx = SelectionContext::new(&infcx, param_env.clone());
        let (v, obligations) = selcx.normalize(value, Span::DUMMY);
        let mut fulfill = FulfillmentCtxt::new();
        fulfill.register_all(obligations);
        let _ = fulfill.select_where_possible(&selcx);
        infcx.resolve_vars_if_possible(v)
    }

    /// Selects the impl for a monomorphic trait reference.
    pub fn codegen_select(&self, tr: TraitRef) -> Option<ImplSource> {
        let tr = self.normalize_erasing_regions(tr);
        let infcx = InferCtxt::new(self);
        let selcx = SelectionContext::new(&infcx, ParamEnv::empty());
        let (source, nested) = selcx.select(tr, Span::DUMMY, 0).ok()??;
        let mut fulfill = FulfillmentCtxt::new();
        fulfill.register_all(nested);
        let _ = fulfill.select_where_possible(&selcx);
        let source = match source {
            ImplSource::UserDefined { impl_def_id, args } => ImplSource::UserDefined {
                impl_def_id,
                args: crate::fold::erase_regions(self, infcx.resolve_vars_if_possible(args)),
            },
            ImplSource::FnPointer { fn_ty } => ImplSource::FnPointer {
                fn_ty: infcx.resolve_vars_if_possible(fn_ty),
            },
            other => other,
        };
        Some(source)
    }

    /// Whether `T: Trait` holds under `param_env` (for `Copy` checks and the like).
    pub fn type_implements_trait(
        &self,
        param_env: &ParamEnv,
        ty: Ty,
        trait_def: DefId,
        extra: &[GenericArg],
    ) -> bool {
        let infcx = InferCtxt::new(self);
        let selcx = SelectionContext::new(&infcx, param_env.clone());
        let mut args = vec![GenericArg::Type(ty)];
        args.extend_from_slice(extra);
        let tr = TraitRef {
            def_id: trait_def,
            args: self.mk_args(&args),
        };
        selcx.evaluate(&Obligation::trait_(tr, Span::DUMMY)) == EvaluationResult::Ok
    }

    pub fn is_copy(&self, param_env: &ParamEnv, ty: Ty) -> bool {
        match self.kind(ty) {
            TyKind::Bool
            | TyKind::Char
            | TyKind::Int(_)
            | TyKind::Uint(_)
            | TyKind::Float(_)
            | TyKind::Never
            | TyKind::RawPtr(..)
            | TyKind::FnDef(..)
            | TyKind::FnPtr(_) => true,
            TyKind::Ref(_, _, m) => m == smelt_ast::Mutability::Not,
            TyKind::Error => true,
            _ => match self.lang_item(LangItem::Copy) {
                Some(copy) => self.type_implements_trait(param_env, ty, copy, &[]),
                None => false,
            },
        }
    }

    pub fn is_sized(&self, param_env: &ParamEnv, ty: Ty) -> bool {
        match self.kind(ty) {
            TyKind::Str | TyKind::Slice(_) | TyKind::Dynamic(..) | TyKind::Foreign(_) => false,
            TyKind::Param(_) | TyKind::Alias(_) | TyKind::Adt(..) | TyKind::Tuple(_) => {
                match self.lang_item(LangItem::Sized) {
                    Some(sized) => self.type_implements_trait(param_env, ty, sized, &[]),
                    None => true,
                }
            }
            _ => true,
        }
    }

    /// Whether a value of `ty` needs its drop glue run (it or a part of it implements
    /// `Drop`, or it owns a `Box` or trait object).
    pub fn needs_drop(&self, ty: Ty) -> bool {
        let mut seen = Vec::new();
        self.needs_drop_inner(ty, &mut seen, 0)
    }

    fn needs_drop_inner(&self, ty: Ty, seen: &mut Vec<Ty>, depth: u32) -> bool {
        if depth > 64 || seen.contains(&ty) {
            return false;
        }
        seen.push(ty);
        match self.kind(ty) {
            TyKind::Bool
            | TyKind::Char
            | TyKind::Int(_)
            | TyKind::Uint(_)
            | TyKind::Float(_)
            | TyKind::Str
            | TyKind::Never
            | TyKind::RawPtr(..)
            | TyKind::Ref(..)
            | TyKind::FnDef(..)
            | TyKind::FnPtr(_)
            | TyKind::Foreign(_)
            | TyKind::Error => false,
            TyKind::Dynamic(..) => true,
            TyKind::Array(elem, len) => {
                self.eval_array_len(len) != Some(0) && self.needs_drop_inner(elem, seen, depth + 1)
            }
            TyKind::Slice(elem) => self.needs_drop_inner(elem, seen, depth + 1),
            TyKind::Tuple(tys) => self
                .tys(tys)
                .iter()
                .any(|t| self.needs_drop_inner(*t, seen, depth + 1)),
            TyKind::Closure(def, args) => self
                .closure_upvar_tys(def, args)
                .iter()
                .any(|t| self.needs_drop_inner(*t, seen, depth + 1)),
            TyKind::Adt(def, args) => {
                if self.adt_has_drop_impl(def) {
                    return true;
                }
                let adt = self.adt_def(def);
                if adt.is_union() || self.is_lang_item(def, LangItem::ManuallyDrop) {
                    return false;
                }
                adt.variants.iter().any(|v| {
                    v.fields.iter().any(|f| {
                        let fty = self.normalize_erasing_regions(f.ty(self, args));
                        self.needs_drop_inner(fty, seen, depth + 1)
                    })
                })
            }
            // Generic types may need drop; monomorphic code asks again with real types.
            TyKind::Param(_) | TyKind::Alias(_) | TyKind::Infer(_) => true,
        }
    }

    /// The `Drop` impl of an ADT, if it has one.
    pub fn adt_destructor(&self, adt: DefId) -> Option<DefId> {
        let drop_trait = self.lang_item(LangItem::Drop)?;
        let index = self.impl_index();
        index
            .impls_of_trait(drop_trait)
            .iter()
            .copied()
            .find(|&imp| matches!(self.kind(self.type_of(imp)), TyKind::Adt(d, _) if d == adt))
    }

    pub fn adt_has_drop_impl(&self, adt: DefId) -> bool {
        self.adt_destructor(adt).is_some()
    }
}

pub fn closure_kind_from_ty(tcx: &TyCtxt, ty: Ty) -> Option<ClosureKind> {
    match tcx.kind(ty) {
        TyKind::Int(smelt_ast::IntTy::I8) => Some(ClosureKind::Fn),
        TyKind::Int(smelt_ast::IntTy::I16) => Some(ClosureKind::FnMut),
        TyKind::Int(smelt_ast::IntTy::I32) => Some(ClosureKind::FnOnce),
        _ => None,
    }
}

/// The type that encodes a closure kind in closure arguments (`i8`, `i16`, `i32` for `Fn`,
/// `FnMut`, `FnOnce`), as rustc does.
pub fn closure_kind_ty(tcx: &TyCtxt, kind: ClosureKind) -> Ty {
    match kind {
        ClosureKind::Fn => tcx.types.i8,
        ClosureKind::FnMut => tcx.types.i16,
        ClosureKind::FnOnce => tcx.types.i32,
    }
}

/* ---------------------------------------------------------------- instance resolution */

impl TyCtxt {
    /// The function a call to `def` with `args` runs: for a trait method, the impl's method
    /// (or the trait's default) chosen by selection. `None` if it cannot be decided (the
    /// arguments are still generic) or the trait is not implemented.
    pub fn resolve_instance(&self, def: DefId, args: GenericArgs) -> Option<Instance> {
        let args = self.normalize_erasing_regions(args);
        if let Some(trait_def) = self.trait_of_item(def) {
            return self.resolve_trait_item(trait_def, def, args);
        }
        if self.is_lang_item(def, LangItem::DropInPlace) {
            let ty = self.args(args).first().and_then(|a| a.as_type())?;
            let ty = self.normalize_erasing_regions(ty);
            let glue = if self.needs_drop(ty) { Some(ty) } else { None };
            return Some(Instance {
                def: InstanceKind::DropGlue(def, glue),
                args,
            });
        }
        if self.is_intrinsic(def) {
            return Some(Instance {
                def: InstanceKind::Intrinsic(def),
                args,
            });
        }
        Some(Instance::new(def, args))
    }

    fn resolve_trait_item(
        &self,
        trait_def: DefId,
        item: DefId,
        args: GenericArgs,
    ) -> Option<Instance> {
        let trait_count = self.generics_of(trait_def).count();
        let all = self.args(args);
        let trait_args = self.mk_args(&all[..trait_count.min(all.len())]);
        let own: Vec<GenericArg> = all.iter().skip(trait_count).copied().collect();
        let tr = TraitRef {
            def_id: trait_def,
            args: trait_args,
        };
        if tr.has_params(self) || tr.has_infer(self) {
            return None;
        }
        let source = self.codegen_select(tr)?;
        match source {
            ImplSource::UserDefined {
                impl_def_id,
                args: impl_args,
            } => {
                let items = self.associated_items(impl_def_id);
                match items.implementing(item) {
                    Some(impl_item) => {
                        let mut full = self.args(impl_args).to_vec();
                        full.extend(own);
                        Some(Instance::new(impl_item.def_id, self.mk_args(&full)))
                    }
                    // The trait's default method, at the trait's arguments.
                    None => Some(Instance::new(item, args)),
                }
            }
            ImplSource::Object { .. } => {
                let principal = match self.kind(self.trait_ref_self_ty(tr)) {
                    TyKind::Dynamic(preds, _) => {
                        self.existentials(preds).iter().find_map(|p| match *p {
                            ExistentialPredicate::Trait { def_id, .. } => Some(def_id),
                            _ => None,
                        })
                    }
                    _ => None,
                }?;
                let index = self.vtable_slot_of(principal, item)?;
                Some(Instance {
                    def: InstanceKind::Virtual(item, index),
                    args,
                })
            }
            ImplSource::Closure {
                closure_def,
                args: closure_args,
            } => {
                let kind = self.closure_kind(closure_args);
                let requested = self.hir.lang_items.of_def(trait_def);
                if requested == Some(LangItem::FnOnce) && kind != ClosureKind::FnOnce {
                    Some(Instance {
                        def: InstanceKind::ClosureOnceShim { call_once: item },
                        args,
                    })
                } else {
                    Some(Instance::new(closure_def, closure_args))
                }
            }
            ImplSource::FnPointer { fn_ty } => Some(Instance {
                def: InstanceKind::FnPtrShim(item, fn_ty),
                args,
            }),
            ImplSource::Builtin => {
                let self_ty = self.trait_ref_self_ty(tr);
                match self.hir.lang_items.of_def(trait_def) {
                    Some(LangItem::Clone) => Some(Instance {
                        def: InstanceKind::CloneShim(item, self_ty),
                        args,
                    }),
                    _ => None,
                }
            }
            ImplSource::Param => None,
        }
    }

    /// The methods of a trait's vtable, supertraits' first (depth-first), as `(trait, method)`.
    /// Slots 0..3 hold drop glue, size and align.
    pub fn vtable_methods(&self, trait_def: DefId) -> Vec<DefId> {
        let mut out = Vec::new();
        for t in self.supertrait_def_ids(trait_def).into_iter().rev() {
            for item in self.associated_items(t).items.iter() {
                if matches!(item.kind, AssocKind::Fn { has_self: true })
                    && !self
                        .generics_of(item.def_id)
                        .own_params
                        .iter()
                        .any(|p| !p.is_lifetime())
                {
                    out.push(item.def_id);
                }
            }
        }
        out
    }

    pub fn vtable_slot_of(&self, trait_def: DefId, method: DefId) -> Option<usize> {
        self.vtable_methods(trait_def)
            .iter()
            .position(|&m| m == method)
            .map(|i| i + 3)
    }
}

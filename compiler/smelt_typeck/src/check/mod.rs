//! Type checking of bodies. A `FnCtxt` walks a body's expressions and patterns once, in
//! order, giving each a type (often an inference variable), recording implicit adjustments
//! and registering trait obligations; unification and the fulfillment context propagate what
//! is learned. At the end: integer literals without a type become `i32`, floats `f64`,
//! diverging variables `()`; pending obligations are solved or reported; and writeback
//! resolves every type in the results, reporting any left unknown (E0282).

mod callee;
mod cast;
mod closure;
mod coercion;
mod errors;
mod expr;
mod method;
mod op;
mod pat;
mod place_op;
mod writeback;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{self as hir, Body, DefId, DefKind, ExprId, PatId};
use smelt_span::Span;
use smelt_ty::infer::InferCtxt;
use smelt_ty::traits::{FulfillmentCtxt, Obligation, ObligationKind, ParamEnv, SelectionContext};
use smelt_ty::{
    Clause, Const, GenericArgs, Instantiate, TraitRef, Ty, TyCtxt, TyKind, TypeFlagsExt,
    TypeFoldable, TypeckResults,
};

use crate::hir_ty_lowering::{InferProvider, TyLowerer};

pub use coercion::CoerceMany;

/// What the context of an expression expects its type to be.
#[derive(Copy, Clone, Debug)]
pub enum Expectation {
    NoExpectation,
    /// The expression must have (or coerce to) this type.
    ExpectHasType(Ty),
    /// The expression is the operand of a cast to this type.
    ExpectCastableToType(Ty),
    /// The expression is borrowed where an unsized type is expected (`&[1, 2]` as `&[i32]`):
    /// a hint for its parts (array elements), not a type it must have (rustc's
    /// `ExpectRvalueLikeUnsized`).
    ExpectRvalueLikeUnsized(Ty),
}

impl Expectation {
    pub fn only_has_type(self) -> Option<Ty> {
        match self {
            Expectation::ExpectHasType(t) => Some(t),
            _ => None,
        }
    }

    pub fn to_option(self) -> Option<Ty> {
        match self {
            Expectation::NoExpectation => None,
            Expectation::ExpectHasType(t)
            | Expectation::ExpectCastableToType(t)
            | Expectation::ExpectRvalueLikeUnsized(t) => Some(t),
        }
    }

    /// The expectation for `inner` in `&inner` when `&T` is expected: `T`, or only a hint
    /// when `T` is unsized.
    pub fn rvalue_hint(tcx: &smelt_ty::TyCtxt, ty: Ty) -> Expectation {
        match tcx.kind(tcx.struct_tail(ty)) {
            smelt_ty::TyKind::Slice(_) | smelt_ty::TyKind::Str | smelt_ty::TyKind::Dynamic(..) => {
                Expectation::ExpectRvalueLikeUnsized(ty)
            }
            _ => Expectation::ExpectHasType(ty),
        }
    }
}

/// A loop or labelled block that `break` can target.
pub struct Breakable {
    pub expr: ExprId,
    /// The type `break` values coerce to; `None` for `while` and `for` loops.
    pub coerce: Option<CoerceMany>,
    pub may_break: bool,
}

pub struct FnCtxt<'a> {
    pub tcx: &'a TyCtxt,
    pub infcx: InferCtxt<'a>,
    /// The body's owner (the typeck root).
    pub owner: DefId,
    pub body: Rc<Body>,
    pub param_env: ParamEnv,
    pub fulfill: RefCell<FulfillmentCtxt>,
    pub results: RefCell<TypeckResults>,
    /// The return type of the function (or closure) being checked, with the coercion that
    /// collects `return` values.
    pub ret_coercion: RefCell<Vec<(Ty, Option<CoerceMany>)>>,
    /// The variables standing for the function's opaque return types.
    pub opaque_vars: RefCell<Vec<(DefId, Ty)>>,
    pub diverges: Cell<bool>,
    pub breakables: RefCell<Vec<Breakable>>,
    pub deferred_casts: RefCell<Vec<cast::CastCheck>>,
    pub tainted: Cell<Option<ErrorGuaranteed>>,
    /// Whether the body being checked is an `unsafe fn` or inside an `unsafe` block.
    pub unsafe_depth: Cell<u32>,
    /// The closures of the body, innermost first (in the order their bodies were checked).
    pub closures: RefCell<Vec<ExprId>>,
    /// Calls of closures whose kind was not known yet.
    pub deferred_calls: RefCell<Vec<closure::DeferredCallResolution>>,
}

impl InferProvider for FnCtxt<'_> {
    fn ty_infer(&self, span: Span) -> Ty {
        self.infcx.next_ty_var(span)
    }

    fn const_infer(&self, _span: Span) -> Const {
        self.infcx.next_const_var()
    }
}

pub fn provide(p: &mut smelt_ty::Providers) {
    p.typeck = typeck;
}

/// The `typeck` query: checks a body and returns what was learned.
fn typeck(tcx: &TyCtxt, def: DefId) -> Rc<TypeckResults> {
    // Closures and inline constants are checked with the body they are in.
    let root = tcx.hir.typeck_root(def);
    if root != def {
        return tcx.typeck(root);
    }
    let Some((body, _)) = tcx.hir.body(def) else {
        return Rc::new(TypeckResults::new(def, None));
    };
    let fcx = FnCtxt::new(tcx, def, body);
    fcx.check_body();
    Rc::new(fcx.finish())
}

impl<'a> FnCtxt<'a> {
    pub fn new(tcx: &'a TyCtxt, owner: DefId, body: Rc<Body>) -> FnCtxt<'a> {
        let mut results = TypeckResults::new(owner, None);
        results.expr_types = smelt_span::IndexVec::from_elem_n(None, body.exprs.len());
        results.pat_types = smelt_span::IndexVec::from_elem_n(None, body.pats.len());
        FnCtxt {
            tcx,
            infcx: InferCtxt::new(tcx),
            owner,
            body,
            param_env: tcx.param_env(owner),
            fulfill: RefCell::new(FulfillmentCtxt::new()),
            results: RefCell::new(results),
            ret_coercion: RefCell::new(Vec::new()),
            opaque_vars: RefCell::new(Vec::new()),
            diverges: Cell::new(false),
            breakables: RefCell::new(Vec::new()),
            deferred_casts: RefCell::new(Vec::new()),
            tainted: Cell::new(None),
            unsafe_depth: Cell::new(0),
            closures: RefCell::new(Vec::new()),
            deferred_calls: RefCell::new(Vec::new()),
        }
    }

    pub fn selcx(&self) -> SelectionContext<'_, 'a> {
        SelectionContext::new(&self.infcx, self.param_env.clone())
    }

    pub fn lowerer(&self) -> TyLowerer<'_> {
        TyLowerer::with_infer(self.tcx, self.owner, self)
    }

    /// Lowers a type written in the body (`let x: Vec<_>`), normalizing projections.
    pub fn lower_ty(&self, ty: &hir::Ty) -> Ty {
        let t = self.lowerer().lower_ty(ty);
        self.normalize(t, ty.span)
    }

    /// Checks the whole body: parameters against the signature, the value against the
    /// return type.
    fn check_body(&self) {
        let tcx = self.tcx;
        let body = self.body.clone();
        let kind = tcx.def_kind(self.owner);
        if matches!(kind, DefKind::Fn | DefKind::AssocFn) {
            let sig = tcx.fn_sig(self.owner);
            let sig = self.normalize(sig, tcx.def_span(self.owner));
            if sig.safety == hir::Safety::Unsafe {
                self.unsafe_depth.set(1);
            }
            let inputs = tcx.sig_inputs(sig);
            for (param, ty) in body.params.iter().zip(inputs.iter()) {
                self.check_pat_top(param.pat, *ty, None, true);
            }
            let ret = self.replace_opaques_with_vars(tcx.sig_output(sig), tcx.def_span(self.owner));
            self.ret_coercion
                .borrow_mut()
                .push((ret, Some(CoerceMany::new(ret))));
            let value = body.value();
            self.check_return_expr(value, ret);
        } else {
            let ty = match kind {
                DefKind::Const
                | DefKind::AssocConst
                | DefKind::Static { .. }
                | DefKind::AnonConst => {
                    let t = tcx.type_of(self.owner);
                    self.normalize(t, tcx.def_span(self.owner))
                }
                _ => self.infcx.next_ty_var(tcx.def_span(self.owner)),
            };
            self.ret_coercion
                .borrow_mut()
                .push((ty, Some(CoerceMany::new(ty))));
            let value = body.value();
            let actual = self.check_expr_with_expectation(value, Expectation::ExpectHasType(ty));
            self.demand_coerce(value, actual, ty, None);
        }
        self.select_obligations_where_possible();
    }

    /// The function's own opaque types (`impl Trait` in its return type) become inference
    /// variables while its body is checked, constrained by their bounds; what they resolve
    /// to is their hidden type (`TypeckResults::concrete_opaque_types`).
    fn replace_opaques_with_vars(&self, ty: Ty, span: smelt_span::Span) -> Ty {
        let mut folder = OpaqueToVar {
            fcx: self,
            span,
            found: Vec::new(),
        };
        let ty = ty.fold_with(&mut folder);
        for (def, var) in folder.found {
            for clause in self.tcx.item_bounds(def).iter() {
                let alias = self.tcx.mk_alias(def, self.tcx.identity_args(def));
                let clause = clause.fold_with(&mut ReplaceTy {
                    tcx: self.tcx,
                    from: alias,
                    to: var,
                });
                let clause = self.normalize(clause, span);
                self.register_obligation(smelt_ty::traits::clause_obligation(clause, span, 0));
            }
            self.opaque_vars.borrow_mut().push((def, var));
        }
        ty
    }

    /// The body's value against the function's return type.
    fn check_return_expr(&self, value: ExprId, ret: Ty) {
        let actual = self.check_expr_with_expectation(value, Expectation::ExpectHasType(ret));
        let span = self.expr_span(value);
        let tail_span = match &self.body.exprs[value].kind {
            hir::ExprKind::Block(block, _) => block.expr.map(|e| self.expr_span(e)),
            _ => None,
        };
        if self.diverges.get() && self.tcx.kind(self.resolve(actual)) == TyKind::Never {
            return;
        }
        // A function whose body block has no tail but diverges returns `!` coerced.
        if self.try_coerce_expr(value, actual, ret).is_err() {
            let ret_span = match self.tcx.hir.owner(self.owner).and_then(|o| o.fn_sig()) {
                Some(sig) => sig
                    .decl
                    .output
                    .as_ref()
                    .map(|t| t.span)
                    .unwrap_or(sig.decl.output_span),
                None => span,
            };
            let err_span = tail_span.unwrap_or(span);
            let mut diag = self.mismatch_diag(err_span, ret, actual);
            if tail_span.is_none() && self.resolve(actual) == self.tcx.types.unit {
                // rustc: "implicitly returns `()` as its body has no tail or `return`
                // expression".
                diag = self
                    .tcx
                    .sess
                    .dcx
                    .struct_err(ret_span, "mismatched types")
                    .code("E0308")
                    .span_label(
                        ret_span,
                        format!("expected {}, found `()`", self.ty_descr(ret)),
                    );
                if let Some(name_span) = self.fn_name_span() {
                    diag = diag.span_label(
                        name_span,
                        "implicitly returns `()` as its body has no tail or `return` expression",
                    );
                }
            } else {
                diag = diag.span_label(
                    ret_span,
                    format!("expected {} because of return type", self.ty_descr(ret)),
                );
            }
            self.set_tainted(diag.emit());
        }
    }

    fn fn_name_span(&self) -> Option<Span> {
        self.tcx.hir.owner(self.owner).map(|o| o.ident().span)
    }

    /* ------------------------------------------------------------ recording */

    pub fn write_ty(&self, expr: ExprId, ty: Ty) {
        self.results.borrow_mut().expr_types[expr] = Some(ty);
    }

    pub fn write_pat_ty(&self, pat: PatId, ty: Ty) {
        self.results.borrow_mut().pat_types[pat] = Some(ty);
    }

    pub fn write_args(&self, expr: ExprId, args: GenericArgs) {
        self.results.borrow_mut().node_args.insert(expr, args);
    }

    pub fn write_resolution(&self, expr: ExprId, res: Result<(DefKind, DefId), ErrorGuaranteed>) {
        self.results
            .borrow_mut()
            .type_dependent_defs
            .insert(expr, res);
    }

    pub fn apply_adjustments(&self, expr: ExprId, adj: Vec<smelt_ty::typeck_results::Adjustment>) {
        if adj.is_empty() {
            return;
        }
        let mut results = self.results.borrow_mut();
        let entry = results.adjustments.entry(expr).or_default();
        // A later `!`-to-any on top of an existing adjustment replaces nothing: keep both.
        entry.extend(adj);
    }

    pub fn expr_ty(&self, expr: ExprId) -> Ty {
        self.results.borrow().expr_types[expr].unwrap_or(self.tcx.types.error)
    }

    pub fn local_ty(&self, var: PatId) -> Ty {
        self.results
            .borrow()
            .pat_types
            .get(var)
            .copied()
            .flatten()
            .unwrap_or(self.tcx.types.error)
    }

    pub fn expr_span(&self, expr: ExprId) -> Span {
        self.body.exprs[expr].span
    }

    pub fn pat_span(&self, pat: PatId) -> Span {
        self.body.pats[pat].span
    }

    pub fn set_tainted(&self, e: ErrorGuaranteed) {
        self.tainted.set(Some(e));
    }

    pub fn err_ty(&self, e: ErrorGuaranteed) -> Ty {
        self.set_tainted(e);
        self.tcx.types.error
    }

    /* ------------------------------------------------------------ inference helpers */

    pub fn resolve<T: TypeFoldable>(&self, v: T) -> T {
        self.infcx.resolve_vars_if_possible(v)
    }

    /// The type with known variables replaced, trying pending obligations first if it is
    /// still a variable (rustc's `structurally_resolve_type`, without the error).
    pub fn try_structurally_resolve(&self, ty: Ty) -> Ty {
        let t = self.infcx.shallow_resolve(ty);
        if matches!(self.tcx.kind(t), TyKind::Infer(smelt_ty::InferTy::TyVar(_))) {
            self.select_obligations_where_possible();
            return self.infcx.shallow_resolve(ty);
        }
        t
    }

    /// Like `try_structurally_resolve`, but a type still unknown is an error (E0282).
    pub fn structurally_resolve(&self, ty: Ty, span: Span) -> Ty {
        let t = self.try_structurally_resolve(ty);
        if matches!(self.tcx.kind(t), TyKind::Infer(smelt_ty::InferTy::TyVar(_))) {
            if self.tainted.get().is_none() {
                let e = self
                    .tcx
                    .sess
                    .dcx
                    .struct_err(span, "type annotations needed")
                    .code("E0282")
                    .span_label(span, "cannot infer type")
                    .emit();
                self.set_tainted(e);
            }
            let _ = self.infcx.eq(t, self.tcx.types.error);
            return self.tcx.types.error;
        }
        t
    }

    pub fn normalize<T: TypeFoldable>(&self, value: T, span: Span) -> T {
        if !value.has_aliases(self.tcx) {
            return value;
        }
        let (v, obligations) = self.selcx().normalize(value, span);
        self.fulfill.borrow_mut().register_all(obligations);
        v
    }

    pub fn register_obligation(&self, o: Obligation) {
        self.fulfill.borrow_mut().register(o);
    }

    pub fn register_trait(&self, tr: TraitRef, span: Span) {
        self.register_obligation(Obligation::trait_(tr, span));
    }

    /// Registers the where-clauses of `def` instantiated with `args`.
    pub fn register_predicates(&self, def: DefId, args: GenericArgs, span: Span) {
        let preds = self.tcx.predicates_of(def);
        for c in preds.iter() {
            let c = c.instantiate(self.tcx, args);
            let c = self.normalize(c, span);
            let kind = match c {
                Clause::Trait(tr) => ObligationKind::Trait(tr),
                Clause::Projection(alias, term) => ObligationKind::Projection(alias, term),
                _ => continue,
            };
            self.register_obligation(Obligation {
                kind,
                span,
                depth: 0,
            });
        }
    }

    pub fn select_obligations_where_possible(&self) {
        let selcx = self.selcx();
        let errors = self.fulfill.borrow_mut().select_where_possible(&selcx);
        if !errors.is_empty() {
            self.report_fulfillment_errors(errors);
        }
    }

    /// Fresh generic arguments for `def`, taking explicit ones from a path segment.
    pub fn instantiate_value_path_args(
        &self,
        def: DefId,
        seg: Option<&hir::PathSegment>,
        span: Span,
    ) -> GenericArgs {
        let generics = self.tcx.generics_of(def);
        let parent_args = match generics.parent {
            Some(parent) => self.infcx.fresh_args_for_item(span, parent),
            None => self.tcx.types.empty_args,
        };
        self.own_args_from_segment(def, parent_args, seg, span)
    }

    /// `parent_args` followed by `def`'s own arguments from the segment's turbofish (or fresh
    /// variables).
    pub fn own_args_from_segment(
        &self,
        def: DefId,
        parent_args: GenericArgs,
        seg: Option<&hir::PathSegment>,
        span: Span,
    ) -> GenericArgs {
        let tcx = self.tcx;
        let generics = tcx.generics_of(def);
        let mut args = tcx.args(parent_args).to_vec();
        let provided: Vec<&hir::GenericArg> =
            seg.and_then(|s| s.args.as_deref()).map_or(Vec::new(), |a| {
                a.args
                    .iter()
                    .filter(|a| !matches!(a, hir::GenericArg::Lifetime(_)))
                    .collect()
            });
        let own_non_lifetime: Vec<_> = generics
            .own_params
            .iter()
            .filter(|p| {
                !p.is_lifetime()
                    && !matches!(
                        p.kind,
                        smelt_ty::generics::GenericParamDefKind::Type {
                            synthetic: true,
                            ..
                        }
                    )
            })
            .collect();
        if provided.len() > own_non_lifetime.len() {
            let arg_span = seg.and_then(|s| s.args.as_ref()).map_or(span, |a| a.span);
            let kind = tcx.def_kind(def).descr();
            let expected = own_non_lifetime.len();
            let e = tcx
                .sess
                .dcx
                .struct_err(
                    arg_span,
                    format!(
                        "{kind} takes {expected} generic argument{} but {} generic argument{} supplied",
                        if expected == 1 { "" } else { "s" },
                        provided.len(),
                        if provided.len() == 1 { " was" } else { "s were" }
                    ),
                )
                .code("E0107")
                .emit();
            self.set_tainted(e);
        }
        let mut i = 0;
        let lowerer = self.lowerer();
        for p in &generics.own_params {
            let arg = match p.kind {
                smelt_ty::generics::GenericParamDefKind::Lifetime => {
                    smelt_ty::GenericArg::Lifetime(smelt_ty::Region::Erased)
                }
                smelt_ty::generics::GenericParamDefKind::Type {
                    synthetic: true, ..
                } => smelt_ty::GenericArg::Type(self.infcx.next_ty_var(span)),
                _ => match provided.get(i) {
                    Some(a) => {
                        i += 1;
                        let arg = lowerer.lower_generic_arg(a);
                        match arg {
                            smelt_ty::GenericArg::Type(t) => {
                                smelt_ty::GenericArg::Type(self.normalize(t, span))
                            }
                            other => other,
                        }
                    }
                    None => self.infcx.var_for_param(span, p),
                },
            };
            args.push(arg);
        }
        tcx.mk_args(&args)
    }
}

/// A local variable's binding pattern owns its type; other binding patterns of an
/// or-pattern share it.
pub type Locals = FxHashMap<PatId, Ty>;

/// Replaces the opaque types defined by the function being checked with fresh variables.
struct OpaqueToVar<'f, 'a> {
    fcx: &'f FnCtxt<'a>,
    span: smelt_span::Span,
    found: Vec<(DefId, Ty)>,
}

impl<'a> smelt_ty::TypeFolder<'a> for OpaqueToVar<'_, 'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.fcx.tcx
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        let tcx = self.fcx.tcx;
        let ty = smelt_ty::fold::super_fold_ty(self, ty);
        if let TyKind::Alias(alias) = tcx.kind(ty) {
            if tcx.def_kind(alias.def_id) == DefKind::OpaqueTy
                && tcx.parent(alias.def_id) == Some(self.fcx.owner)
            {
                if let Some(&(_, v)) = self.found.iter().find(|(d, _)| *d == alias.def_id) {
                    return v;
                }
                let v = self.fcx.infcx.next_ty_var(self.span);
                self.found.push((alias.def_id, v));
                return v;
            }
        }
        ty
    }
}

/// Replaces one type by another everywhere.
struct ReplaceTy<'a> {
    tcx: &'a TyCtxt,
    from: Ty,
    to: Ty,
}

impl<'a> smelt_ty::TypeFolder<'a> for ReplaceTy<'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.tcx
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        if ty == self.from {
            return self.to;
        }
        smelt_ty::fold::super_fold_ty(self, ty)
    }
}

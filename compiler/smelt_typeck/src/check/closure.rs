//! Closures: their types and signatures, calls through the `Fn*` traits, and the capture
//! analysis that decides what each closure holds and which `Fn*` traits it implements.
//!
//! A closure's type is `Closure(def, parent_args ++ [kind, sig, upvars])`, as in rustc: the
//! last three arguments are the closure kind (encoded as `i8`/`i16`/`i32`), its signature (a
//! function pointer type) and the tuple of its captured values' types. The kind and the
//! upvars are inference variables until the body has been checked; `analyze_closures` fills
//! them in.

use rustc_hash::{FxHashMap, FxHashSet};
use smelt_ast::{BorrowKind, Mutability};
use smelt_hir::{self as hir, DefId, DefKind, ExprId, ExprKind, LangItem, PatId, QPath, Res};
use smelt_span::Symbol;
use smelt_ty::traits::{closure_kind_ty, EvaluationResult, Obligation, ObligationKind};
use smelt_ty::typeck_results::{Adjust, Adjustment, AutoBorrow, CaptureKind, CapturedVar};
use smelt_ty::{ClosureKind, GenericArg, Instantiate, Region, TraitRef, Ty, TyKind, TypeFlagsExt};

use super::{CoerceMany, Expectation, FnCtxt};

/// A call of a closure whose kind was not known when the call was checked: resolved to
/// `Fn::call`, `FnMut::call_mut` or `FnOnce::call_once` once it is.
pub struct DeferredCallResolution {
    pub call: ExprId,
    pub callee: ExprId,
    pub closure_ty: Ty,
    /// The callee's adjustments up to the closure (autoderefs).
    pub derefs: Vec<Adjustment>,
    pub args_tuple: Ty,
}

/// How an expression uses a captured variable.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Use {
    ImmBorrow,
    MutBorrow,
    /// Moved out (by-value use of a non-`Copy` value).
    Move,
}

impl FnCtxt<'_> {
    pub fn check_expr_closure(
        &self,
        expr: ExprId,
        closure: &hir::Closure,
        expected: Expectation,
    ) -> Ty {
        let tcx = self.tcx;
        let span = self.expr_span(expr);
        let (exp_inputs, exp_output) =
            self.deduce_closure_signature(expected, closure.params.len());
        let mut inputs = Vec::new();
        for (i, declared) in closure.param_tys.iter().enumerate() {
            let ty = match declared {
                Some(t) => {
                    let t = self.lower_ty(t);
                    if let Some(e) = exp_inputs.as_ref().and_then(|v| v.get(i)) {
                        let _ = self.infcx.eq(t, *e);
                    }
                    t
                }
                None => match exp_inputs.as_ref().and_then(|v| v.get(i)) {
                    Some(e) => *e,
                    None => self.infcx.next_ty_var(span),
                },
            };
            inputs.push(ty);
        }
        let output = match &closure.ret_ty {
            Some(t) => {
                let t = self.lower_ty(t);
                if let Some(e) = exp_output {
                    let _ = self.infcx.eq(t, e);
                }
                t
            }
            None => exp_output.unwrap_or_else(|| self.infcx.next_ty_var(span)),
        };
        let sig = tcx.mk_fn_sig(&inputs, output, false, hir::Safety::Safe, hir::Abi::Rust);
        let kind_var = self.infcx.next_ty_var(span);
        let upvars_var = self.infcx.next_ty_var(span);
        let mut args = tcx.args(tcx.identity_args(self.owner)).to_vec();
        args.push(GenericArg::Type(kind_var));
        args.push(GenericArg::Type(tcx.mk_fn_ptr(sig)));
        args.push(GenericArg::Type(upvars_var));
        let closure_ty = tcx.mk_ty(TyKind::Closure(closure.def_id, tcx.mk_args(&args)));

        // The body, with its own return type and no enclosing loops.
        for (param, ty) in closure.params.iter().zip(inputs.iter()) {
            self.check_pat_top(param.pat, *ty, None, true);
        }
        self.ret_coercion
            .borrow_mut()
            .push((output, Some(CoerceMany::new(output))));
        let saved_breakables = std::mem::take(&mut *self.breakables.borrow_mut());
        let saved_diverges = self.diverges.replace(false);
        let actual =
            self.check_expr_with_expectation(closure.body, Expectation::ExpectHasType(output));
        if !(self.diverges.get() && self.tcx.kind(self.resolve(actual)) == TyKind::Never) {
            self.demand_coerce(closure.body, actual, output, None);
        }
        *self.breakables.borrow_mut() = saved_breakables;
        self.ret_coercion.borrow_mut().pop();
        self.diverges.set(saved_diverges);
        self.closures.borrow_mut().push(expr);
        closure_ty
    }

    /// The signature a closure is expected to have: from a function pointer type, or from
    /// the `Fn*` obligations pending on the variable the closure's type will be.
    fn deduce_closure_signature(
        &self,
        expected: Expectation,
        arity: usize,
    ) -> (Option<Vec<Ty>>, Option<Ty>) {
        let tcx = self.tcx;
        let Some(t) = expected.to_option() else {
            return (None, None);
        };
        let t = self.infcx.shallow_resolve(t);
        match tcx.kind(t) {
            TyKind::FnPtr(sig) => {
                let inputs = tcx.sig_inputs(sig);
                if inputs.len() == arity {
                    return (Some(inputs.to_vec()), Some(tcx.sig_output(sig)));
                }
                (None, None)
            }
            // `dyn Fn(A, B) -> R`: the principal trait's argument tuple and its `Output`.
            TyKind::Dynamic(preds, _) => {
                let fn_traits: Vec<DefId> = [LangItem::Fn, LangItem::FnMut, LangItem::FnOnce]
                    .iter()
                    .filter_map(|l| tcx.lang_item(*l))
                    .collect();
                let output_def = tcx.lang_item(LangItem::FnOnceOutput);
                let mut inputs = None;
                let mut output = None;
                for p in tcx.existentials(preds).iter() {
                    match *p {
                        smelt_ty::ExistentialPredicate::Trait { def_id, args }
                            if fn_traits.contains(&def_id) =>
                        {
                            let args_ty = tcx.args(args).first().and_then(|a| a.as_type());
                            if let Some(TyKind::Tuple(tys)) = args_ty.map(|a| tcx.kind(a)) {
                                let tys = tcx.tys(tys);
                                if tys.len() == arity {
                                    inputs = Some(tys.to_vec());
                                }
                            }
                        }
                        smelt_ty::ExistentialPredicate::Projection { def_id, term, .. }
                            if Some(def_id) == output_def =>
                        {
                            output = Some(term);
                        }
                        _ => {}
                    }
                }
                (inputs, output)
            }
            TyKind::Infer(smelt_ty::InferTy::TyVar(_)) => {
                let fn_traits: Vec<DefId> = [LangItem::Fn, LangItem::FnMut, LangItem::FnOnce]
                    .iter()
                    .filter_map(|l| tcx.lang_item(*l))
                    .collect();
                let output_def = tcx.lang_item(LangItem::FnOnceOutput);
                let mut inputs = None;
                let mut output = None;
                let pending: Vec<Obligation> = self.fulfill.borrow().pending().to_vec();
                for o in pending {
                    match o.kind {
                        ObligationKind::Trait(tr) if fn_traits.contains(&tr.def_id) => {
                            let self_ty = self.infcx.shallow_resolve(tcx.trait_ref_self_ty(tr));
                            if self_ty != t {
                                continue;
                            }
                            let Some(args_ty) = tcx.args(tr.args).get(1).and_then(|a| a.as_type())
                            else {
                                continue;
                            };
                            // `FnMut(Self::Item)`: the projection, normalized, gives the
                            // parameter types.
                            let args_ty = self.normalize(self.resolve(args_ty), o.span);
                            if self.resolve(args_ty).has_infer(tcx) {
                                self.select_obligations_where_possible();
                            }
                            let args_ty = self.resolve(args_ty);
                            if let TyKind::Tuple(tys) = tcx.kind(args_ty) {
                                let tys = tcx.tys(tys);
                                if tys.len() == arity && inputs.is_none() {
                                    inputs = Some(tys.to_vec());
                                }
                            }
                        }
                        ObligationKind::Projection(alias, term)
                            if Some(alias.def_id) == output_def =>
                        {
                            let self_ty = tcx
                                .args(alias.args)
                                .first()
                                .and_then(|a| a.as_type())
                                .map(|s| self.infcx.shallow_resolve(s));
                            if self_ty == Some(t) && output.is_none() {
                                output = Some(term);
                            }
                        }
                        _ => {}
                    }
                }
                (inputs, output)
            }
            _ => (None, None),
        }
    }

    /* ------------------------------------------------------------ calls */

    /// A call of a value that is not a function item or pointer: a closure, or something
    /// implementing the `Fn*` traits (a type parameter with an `Fn` bound). `None` if the
    /// callee is not callable.
    pub fn check_overloaded_call(
        &self,
        call: ExprId,
        callee: ExprId,
        callee_ty: Ty,
        args: &[ExprId],
    ) -> Option<Ty> {
        let tcx = self.tcx;
        let span = self.expr_span(call);
        let steps = self.autoderef_steps(callee_ty, span);
        let mut derefs: Vec<Adjustment> = Vec::new();
        for (i, step) in steps.iter().enumerate() {
            if i > 0 {
                derefs.push(Adjustment {
                    kind: Adjust::Deref(step.overloaded.map(|_| Mutability::Not)),
                    target: step.ty,
                });
            }
            let t = self.try_structurally_resolve(step.ty);
            match tcx.kind(t) {
                TyKind::Closure(_, cargs) => {
                    let sig = tcx.closure_sig(&self.infcx, cargs)?;
                    let inputs = tcx.sig_inputs(sig).to_vec();
                    let args_tuple = tcx.mk_tup(&inputs);
                    match tcx.closure_kind_of(&self.infcx, cargs) {
                        Some(kind) => self.write_fn_trait_call(
                            call,
                            callee,
                            t,
                            derefs.clone(),
                            kind,
                            args_tuple,
                        ),
                        None => self
                            .deferred_calls
                            .borrow_mut()
                            .push(DeferredCallResolution {
                                call,
                                callee,
                                closure_ty: t,
                                derefs: derefs.clone(),
                                args_tuple,
                            }),
                    }
                    self.check_argument_types(span, callee, &inputs, args, false, None);
                    return Some(tcx.sig_output(sig));
                }
                TyKind::FnDef(def, fargs) if i > 0 => {
                    self.apply_adjustments(callee, derefs.clone());
                    let sig = self.normalize(tcx.fn_sig(def).instantiate(tcx, fargs), span);
                    self.check_argument_types(
                        span,
                        callee,
                        &tcx.sig_inputs(sig),
                        args,
                        sig.c_variadic,
                        Some(def),
                    );
                    return Some(tcx.sig_output(sig));
                }
                TyKind::FnPtr(sig) if i > 0 => {
                    self.apply_adjustments(callee, derefs.clone());
                    self.check_argument_types(
                        span,
                        callee,
                        &tcx.sig_inputs(sig),
                        args,
                        sig.c_variadic,
                        None,
                    );
                    return Some(tcx.sig_output(sig));
                }
                TyKind::Infer(_) | TyKind::Error => return None,
                _ => {}
            }
            // Through the `Fn*` traits: the first that may hold.
            for kind in [ClosureKind::Fn, ClosureKind::FnMut, ClosureKind::FnOnce] {
                let Some(trait_def) = tcx.lang_item(fn_trait_lang(kind)) else {
                    continue;
                };
                let args_var = self.infcx.next_ty_var(span);
                let tr = TraitRef {
                    def_id: trait_def,
                    args: tcx.mk_args(&[GenericArg::Type(t), GenericArg::Type(args_var)]),
                };
                let holds = self
                    .infcx
                    .probe(|| self.selcx().evaluate(&Obligation::trait_(tr, span)));
                if holds == EvaluationResult::Err {
                    continue;
                }
                self.register_trait(tr, span);
                self.select_obligations_where_possible();
                let args_ty = self.resolve(args_var);
                let inputs = match tcx.kind(args_ty) {
                    TyKind::Tuple(tys) => tcx.tys(tys).to_vec(),
                    _ => {
                        // The arguments decide the tuple.
                        let vars: Vec<Ty> =
                            args.iter().map(|_| self.infcx.next_ty_var(span)).collect();
                        let tup = tcx.mk_tup(&vars);
                        let _ = self.infcx.eq(args_ty, tup);
                        vars
                    }
                };
                let output = match tcx.lang_item(LangItem::FnOnceOutput) {
                    Some(out_def) => {
                        let alias = tcx.mk_alias(
                            out_def,
                            tcx.mk_args(&[GenericArg::Type(t), GenericArg::Type(args_var)]),
                        );
                        self.normalize(alias, span)
                    }
                    None => tcx.types.error,
                };
                self.write_fn_trait_call(call, callee, t, derefs.clone(), kind, args_var);
                self.check_argument_types(span, callee, &inputs, args, false, None);
                return Some(output);
            }
        }
        None
    }

    /// Records a call as `Fn::call(&callee, args)` (or `call_mut`/`call_once`): the method,
    /// its arguments and the callee's autoref.
    fn write_fn_trait_call(
        &self,
        call: ExprId,
        callee: ExprId,
        callee_ty: Ty,
        mut adjustments: Vec<Adjustment>,
        kind: ClosureKind,
        args_tuple: Ty,
    ) {
        let tcx = self.tcx;
        let Some(trait_def) = tcx.lang_item(fn_trait_lang(kind)) else {
            return;
        };
        let name = match kind {
            ClosureKind::Fn => "call",
            ClosureKind::FnMut => "call_mut",
            ClosureKind::FnOnce => "call_once",
        };
        let name: Symbol = tcx.sess.intern(name);
        let Some(method) = tcx
            .associated_items(trait_def)
            .items
            .iter()
            .find(|i| i.name == name && i.is_fn())
            .map(|i| i.def_id)
        else {
            return;
        };
        match kind {
            ClosureKind::Fn => adjustments.push(Adjustment {
                kind: Adjust::Borrow(AutoBorrow::Ref(Mutability::Not)),
                target: tcx.mk_ref(Region::Erased, callee_ty, Mutability::Not),
            }),
            ClosureKind::FnMut => adjustments.push(Adjustment {
                kind: Adjust::Borrow(AutoBorrow::Ref(Mutability::Mut)),
                target: tcx.mk_ref(Region::Erased, callee_ty, Mutability::Mut),
            }),
            ClosureKind::FnOnce => {}
        }
        self.apply_adjustments(callee, adjustments);
        self.write_resolution(call, Ok((DefKind::AssocFn, method)));
        self.write_args(
            call,
            tcx.mk_args(&[GenericArg::Type(callee_ty), GenericArg::Type(args_tuple)]),
        );
    }

    /* ------------------------------------------------------------ captures */

    /// Decides each closure's captures and kind (innermost closures first), then resolves
    /// the closure calls that waited for a kind.
    pub fn analyze_closures(&self) {
        let closures: Vec<ExprId> = self.closures.borrow().clone();
        let mut done: FxHashMap<ExprId, Vec<(PatId, CaptureKind)>> = FxHashMap::default();
        for expr in closures {
            let ExprKind::Closure(closure) = &self.body.exprs[expr].kind else {
                continue;
            };
            let closure = (**closure).clone();
            let captures = self.analyze_closure(expr, &closure, &done);
            done.insert(expr, captures.iter().map(|c| (c.var, c.kind)).collect());
        }
        let deferred = std::mem::take(&mut *self.deferred_calls.borrow_mut());
        for d in deferred {
            let t = self.resolve(d.closure_ty);
            let kind = match self.tcx.kind(t) {
                TyKind::Closure(_, cargs) => self
                    .tcx
                    .closure_kind_of(&self.infcx, cargs)
                    .unwrap_or(ClosureKind::Fn),
                _ => ClosureKind::Fn,
            };
            self.write_fn_trait_call(d.call, d.callee, t, d.derefs, kind, d.args_tuple);
        }
    }

    fn analyze_closure(
        &self,
        expr: ExprId,
        closure: &hir::Closure,
        inner: &FxHashMap<ExprId, Vec<(PatId, CaptureKind)>>,
    ) -> Vec<CapturedVar> {
        let tcx = self.tcx;
        let span = self.expr_span(expr);
        // Variables bound inside the closure are not captures.
        let mut own: FxHashSet<PatId> = FxHashSet::default();
        for p in &closure.params {
            self.collect_bindings(p.pat, &mut own);
        }
        let mut uses: Vec<(PatId, Use)> = Vec::new();
        let mut walker = UseWalker {
            fcx: self,
            own: &mut own,
            uses: &mut uses,
            inner,
        };
        walker.walk(closure.body, Ctx::Value);
        // Merge per variable, in order of first use.
        let mut order: Vec<PatId> = Vec::new();
        let mut strongest: FxHashMap<PatId, Use> = FxHashMap::default();
        for (var, u) in uses {
            match strongest.get(&var) {
                Some(old) if *old >= u => {}
                Some(_) => {
                    strongest.insert(var, u);
                }
                None => {
                    order.push(var);
                    strongest.insert(var, u);
                }
            }
        }
        let mut kind = ClosureKind::Fn;
        let mut captures = Vec::new();
        for var in order {
            let u = strongest[&var];
            let var_ty = self.resolve(self.local_ty(var));
            match u {
                Use::Move => kind = ClosureKind::FnOnce,
                Use::MutBorrow if kind == ClosureKind::Fn => kind = ClosureKind::FnMut,
                _ => {}
            }
            let capture_kind = if closure.capture_by_move || u == Use::Move {
                CaptureKind::ByValue
            } else {
                match u {
                    Use::MutBorrow => CaptureKind::ByRef(Mutability::Mut),
                    _ => CaptureKind::ByRef(Mutability::Not),
                }
            };
            let ty = match capture_kind {
                CaptureKind::ByValue => var_ty,
                CaptureKind::ByRef(m) => tcx.mk_ref(Region::Erased, var_ty, m),
            };
            captures.push(CapturedVar {
                var,
                kind: capture_kind,
                ty,
            });
        }
        // Fill in the closure type's kind and upvars.
        if let TyKind::Closure(def, cargs) = tcx.kind(self.resolve(self.expr_ty(expr))) {
            let args = tcx.args(cargs);
            let n = args.len();
            if n >= 3 {
                if let Some(k) = args[n - 3].as_type() {
                    let _ = self.infcx.eq(k, closure_kind_ty(tcx, kind));
                }
                if let Some(u) = args[n - 1].as_type() {
                    let tup = tcx.mk_tup(&captures.iter().map(|c| c.ty).collect::<Vec<_>>());
                    let _ = self.infcx.eq(u, tup);
                }
            }
            let mut results = self.results.borrow_mut();
            results.closure_kinds.insert(def, kind);
            results.closure_captures.insert(def, captures.clone());
        }
        let _ = span;
        captures
    }

    /// The variables a pattern binds.
    fn collect_bindings(&self, pat: PatId, out: &mut FxHashSet<PatId>) {
        let mut stack = vec![pat];
        while let Some(p) = stack.pop() {
            match &self.body.pats[p].kind {
                hir::PatKind::Binding(_, var, _, sub) => {
                    out.insert(*var);
                    out.insert(p);
                    stack.extend(sub.iter().copied());
                }
                hir::PatKind::Struct(_, fields, _) => stack.extend(fields.iter().map(|f| f.pat)),
                hir::PatKind::TupleStruct(_, pats, _)
                | hir::PatKind::Tuple(pats, _)
                | hir::PatKind::Or(pats) => stack.extend(pats.iter().copied()),
                hir::PatKind::Box(p) | hir::PatKind::Ref(p, _) => stack.push(*p),
                hir::PatKind::Slice(a, b, c) => {
                    stack.extend(a.iter().copied());
                    stack.extend(b.iter().copied());
                    stack.extend(c.iter().copied());
                }
                _ => {}
            }
        }
    }
}

pub fn fn_trait_lang(kind: ClosureKind) -> LangItem {
    match kind {
        ClosureKind::Fn => LangItem::Fn,
        ClosureKind::FnMut => LangItem::FnMut,
        ClosureKind::FnOnce => LangItem::FnOnce,
    }
}

/// The context an expression is used in.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Ctx {
    /// Its value is taken (moved, or copied if `Copy`).
    Value,
    /// Borrowed (or read as a place without moving).
    Borrow(Mutability),
}

struct UseWalker<'w, 'a> {
    fcx: &'w FnCtxt<'a>,
    own: &'w mut FxHashSet<PatId>,
    uses: &'w mut Vec<(PatId, Use)>,
    inner: &'w FxHashMap<ExprId, Vec<(PatId, CaptureKind)>>,
}

impl UseWalker<'_, '_> {
    fn is_copy(&self, ty: Ty) -> bool {
        let ty = self.fcx.resolve(ty);
        // A type still unknown (after an error) is not known to be `Copy`; the global
        // query must not see this body's inference variables.
        if ty.has_infer(self.fcx.tcx) {
            return false;
        }
        self.fcx.tcx.is_copy(&self.fcx.param_env, ty)
    }

    fn record(&mut self, var: PatId, ctx: Ctx, ty: Ty) {
        if self.own.contains(&var) {
            return;
        }
        let u = match ctx {
            Ctx::Value if self.is_copy(ty) => Use::ImmBorrow,
            Ctx::Value => Use::Move,
            Ctx::Borrow(Mutability::Mut) => Use::MutBorrow,
            Ctx::Borrow(Mutability::Not) => Use::ImmBorrow,
        };
        self.uses.push((var, u));
    }

    /// The context of an expression after its own adjustments (an autoref borrows).
    fn adjusted(&self, e: ExprId, ctx: Ctx) -> Ctx {
        let results = self.fcx.results.borrow();
        match results
            .adjustments
            .get(&e)
            .and_then(|a| a.iter().find(|a| matches!(a.kind, Adjust::Borrow(_))))
        {
            Some(Adjustment {
                kind: Adjust::Borrow(AutoBorrow::Ref(m)),
                ..
            }) => Ctx::Borrow(*m),
            Some(Adjustment {
                kind: Adjust::Borrow(AutoBorrow::RawPtr(m)),
                ..
            }) => Ctx::Borrow(*m),
            _ => ctx,
        }
    }

    fn walk_block(&mut self, b: &hir::Block) {
        for s in &b.stmts {
            match &s.kind {
                hir::StmtKind::Let(l) => {
                    self.fcx.collect_bindings(l.pat, self.own);
                    if let Some(init) = l.init {
                        let ctx = self.scrutinee_ctx(&[l.pat]);
                        self.walk(init, ctx);
                    }
                    if let Some(els) = &l.els {
                        self.walk_block(els);
                    }
                }
                hir::StmtKind::Item(_) => {}
                hir::StmtKind::Expr(e) | hir::StmtKind::Semi(e) => self.walk(*e, Ctx::Value),
            }
        }
        if let Some(e) = b.expr {
            self.walk(e, Ctx::Value);
        }
    }

    /// How a matched place is used: moved if a pattern binds a non-`Copy` part by value,
    /// mutably borrowed for `ref mut`, else read.
    fn scrutinee_ctx(&self, pats: &[PatId]) -> Ctx {
        let results = self.fcx.results.borrow();
        let mut ctx = Ctx::Borrow(Mutability::Not);
        let mut stack: Vec<PatId> = pats.to_vec();
        while let Some(p) = stack.pop() {
            match &self.fcx.body.pats[p].kind {
                hir::PatKind::Binding(_, _, _, sub) => {
                    match results.pat_binding_modes.get(&p) {
                        Some(smelt_ty::typeck_results::BindingMode::ByRef(_, Mutability::Mut)) => {
                            if ctx == Ctx::Borrow(Mutability::Not) {
                                ctx = Ctx::Borrow(Mutability::Mut);
                            }
                        }
                        Some(smelt_ty::typeck_results::BindingMode::ByRef(..)) => {}
                        _ => {
                            let ty = results
                                .pat_types
                                .get(p)
                                .copied()
                                .flatten()
                                .unwrap_or(self.fcx.tcx.types.error);
                            drop(results);
                            if !self.is_copy(ty) {
                                return Ctx::Value;
                            }
                            return self.scrutinee_ctx_rest(stack, ctx);
                        }
                    }
                    stack.extend(sub.iter().copied());
                }
                hir::PatKind::Struct(_, fields, _) => stack.extend(fields.iter().map(|f| f.pat)),
                hir::PatKind::TupleStruct(_, ps, _)
                | hir::PatKind::Tuple(ps, _)
                | hir::PatKind::Or(ps) => stack.extend(ps.iter().copied()),
                hir::PatKind::Box(p) | hir::PatKind::Ref(p, _) => stack.push(*p),
                hir::PatKind::Slice(a, b, c) => {
                    stack.extend(a.iter().copied());
                    stack.extend(b.iter().copied());
                    stack.extend(c.iter().copied());
                }
                _ => {}
            }
        }
        ctx
    }

    fn scrutinee_ctx_rest(&self, rest: Vec<PatId>, ctx: Ctx) -> Ctx {
        match self.scrutinee_ctx(&rest) {
            Ctx::Value => Ctx::Value,
            Ctx::Borrow(Mutability::Mut) => Ctx::Borrow(Mutability::Mut),
            _ => ctx,
        }
    }

    fn walk(&mut self, e: ExprId, ctx: Ctx) {
        let ctx = self.adjusted(e, ctx);
        let body = self.fcx.body.clone();
        match &body.exprs[e].kind {
            ExprKind::Path(QPath::Resolved(_, path)) => {
                if let Res::Local(var) = path.res {
                    let ty = self.fcx.local_ty(var);
                    self.record(var, ctx, ty);
                }
            }
            ExprKind::Path(_) | ExprKind::Lit(_) | ExprKind::Err(_) | ExprKind::ConstBlock(_) => {}
            ExprKind::Field(base, _) => {
                // Moving a non-`Copy` field out moves (part of) the variable.
                let field_ty = self.fcx.expr_ty(e);
                let base_ctx = match ctx {
                    Ctx::Value if !self.is_copy(field_ty) => Ctx::Value,
                    Ctx::Value => Ctx::Borrow(Mutability::Not),
                    c => c,
                };
                self.walk_place(*base, base_ctx);
            }
            ExprKind::Index(base, idx, _) => {
                let elem_ty = self.fcx.expr_ty(e);
                let base_ctx = match ctx {
                    Ctx::Value if !self.is_copy(elem_ty) => Ctx::Value,
                    Ctx::Value => Ctx::Borrow(Mutability::Not),
                    c => c,
                };
                self.walk_place(*base, base_ctx);
                self.walk(*idx, Ctx::Value);
            }
            ExprKind::Unary(smelt_ast::UnOp::Deref, inner) => {
                let inner_ctx = match ctx {
                    Ctx::Borrow(Mutability::Mut) => Ctx::Borrow(Mutability::Mut),
                    _ => Ctx::Borrow(Mutability::Not),
                };
                self.walk(*inner, inner_ctx);
            }
            ExprKind::AddrOf(BorrowKind::Ref | BorrowKind::Raw, m, inner) => {
                self.walk_place(*inner, Ctx::Borrow(*m))
            }
            ExprKind::Assign(lhs, rhs, _) => {
                self.walk(*rhs, Ctx::Value);
                self.walk_assignee(*lhs);
            }
            ExprKind::AssignOp(_, lhs, rhs) => {
                self.walk(*rhs, Ctx::Value);
                self.walk_place(*lhs, Ctx::Borrow(Mutability::Mut));
            }
            ExprKind::MethodCall(_, recv, args, _) => {
                self.walk(*recv, Ctx::Value);
                for a in args {
                    self.walk(*a, Ctx::Value);
                }
            }
            ExprKind::Call(callee, args) => {
                self.walk(*callee, Ctx::Value);
                for a in args {
                    self.walk(*a, Ctx::Value);
                }
            }
            ExprKind::Binary(op, l, r) => {
                // Comparisons take their operands by reference.
                let c = if op.node.is_comparison() {
                    Ctx::Borrow(Mutability::Not)
                } else {
                    Ctx::Value
                };
                self.walk(*l, c);
                self.walk(*r, c);
            }
            ExprKind::Unary(_, inner) => self.walk(*inner, Ctx::Value),
            ExprKind::Cast(inner, _) => self.walk(*inner, Ctx::Value),
            ExprKind::Let(l) => {
                self.fcx.collect_bindings(l.pat, self.own);
                let c = self.scrutinee_ctx(&[l.pat]);
                self.walk(l.init, c);
            }
            ExprKind::If(c, t, els) => {
                self.walk(*c, Ctx::Value);
                self.walk(*t, Ctx::Value);
                if let Some(els) = els {
                    self.walk(*els, Ctx::Value);
                }
            }
            ExprKind::Loop(b, ..) | ExprKind::Block(b, _) => self.walk_block(b),
            ExprKind::Match(scrut, arms, _) => {
                for a in arms.iter() {
                    self.fcx.collect_bindings(a.pat, self.own);
                }
                let pats: Vec<PatId> = arms.iter().map(|a| a.pat).collect();
                let c = self.scrutinee_ctx(&pats);
                self.walk(*scrut, c);
                for a in arms.iter() {
                    if let Some(g) = a.guard {
                        self.walk(g, Ctx::Value);
                    }
                    self.walk(a.body, Ctx::Value);
                }
            }
            ExprKind::Closure(_) => {
                // A nested closure uses what it captures.
                if let Some(caps) = self.inner.get(&e) {
                    for (var, kind) in caps.clone() {
                        let c = match kind {
                            CaptureKind::ByValue => Ctx::Value,
                            CaptureKind::ByRef(m) => Ctx::Borrow(m),
                        };
                        let ty = self.fcx.local_ty(var);
                        self.record(var, c, ty);
                    }
                }
            }
            ExprKind::Array(es) | ExprKind::Tup(es) => {
                for x in es {
                    self.walk(*x, Ctx::Value);
                }
            }
            ExprKind::Struct(_, fields, tail) => {
                for f in fields {
                    self.walk(f.expr, Ctx::Value);
                }
                if let hir::StructTail::Base(b) = tail {
                    self.walk(*b, Ctx::Value);
                }
            }
            ExprKind::Repeat(v, _) => self.walk(*v, Ctx::Value),
            ExprKind::Break(_, v) | ExprKind::Ret(v) => {
                if let Some(v) = v {
                    self.walk(*v, Ctx::Value);
                }
            }
            ExprKind::Continue(_) => {}
            ExprKind::DropTemps(inner) => self.walk(*inner, ctx),
        }
    }

    /// A place expression used in `ctx`: a variable is used as such; anything else is
    /// walked for what it contains.
    fn walk_place(&mut self, e: ExprId, ctx: Ctx) {
        self.walk(e, ctx);
    }

    /// The left of `=`: a place written (a mutable use), or a destructuring pattern.
    fn walk_assignee(&mut self, e: ExprId) {
        match &self.fcx.body.exprs[e].kind {
            ExprKind::Path(QPath::Resolved(_, path)) => {
                if let Res::Local(var) = path.res {
                    let ty = self.fcx.local_ty(var);
                    self.record(var, Ctx::Borrow(Mutability::Mut), ty);
                }
            }
            _ => self.walk(e, Ctx::Borrow(Mutability::Mut)),
        }
    }
}

//! Coercions: the implicit conversions at coercion sites (`let` with a type, arguments,
//! returns, struct fields, array elements, branches). They are recorded as adjustments:
//! `!` to any type, reborrows and deref coercions (`&String` to `&str`), `&mut` to `&` and raw
//! pointers, unsizing (`&[T; N]` to `&[T]`, `&T` to `&dyn Trait`), function items and
//! non-capturing closures to function pointers.

use smelt_ast::Mutability;
use smelt_hir::{ExprId, LangItem};
use smelt_span::Span;
use smelt_ty::infer::TypeError;
use smelt_ty::typeck_results::{Adjust, Adjustment, AutoBorrow, PointerCoercion};
use smelt_ty::{ExistentialPredicate, GenericArg, Instantiate, Region, TraitRef, Ty, TyKind};

use super::FnCtxt;

type CoerceResult = Result<Vec<Adjustment>, TypeError>;

impl FnCtxt<'_> {
    /// Coerces `expr` (of type `actual`) to `expected`, reporting E0308 on failure.
    pub fn demand_coerce(
        &self,
        expr: ExprId,
        actual: Ty,
        expected: Ty,
        origin: Option<(Span, &str)>,
    ) {
        if self.try_coerce_expr(expr, actual, expected).is_err() {
            self.report_mismatch(self.expr_span(expr), expected, actual, origin);
        }
    }

    /// Coerces and records the adjustments on `expr`.
    pub fn try_coerce_expr(&self, expr: ExprId, actual: Ty, expected: Ty) -> Result<(), TypeError> {
        let span = self.expr_span(expr);
        match self
            .infcx
            .commit_if_ok(|| self.coerce(actual, expected, span))
        {
            Ok(adj) => {
                self.apply_adjustments(expr, adj);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Whether the adjustments of `expr` change nothing but the reference's lifetime
    /// (none, `!` to any, or a reborrow `&*r` of the same mutability): such a value may be
    /// coerced again to a least upper bound.
    pub fn has_noop_adjustments(&self, expr: ExprId) -> bool {
        let results = self.results.borrow();
        match results.adjustments.get(&expr).map(|a| &a[..]) {
            None | Some([]) => true,
            Some(
                [Adjustment {
                    kind: Adjust::NeverToAny,
                    ..
                }],
            ) => true,
            Some(
                [Adjustment {
                    kind: Adjust::Deref(None),
                    ..
                }, Adjustment {
                    kind: Adjust::Borrow(AutoBorrow::Ref(m)),
                    ..
                }],
            ) => {
                let ty = results.expr_types[expr].unwrap_or(self.tcx.types.error);
                matches!(self.tcx.kind(self.infcx.shallow_resolve(ty)), TyKind::Ref(_, _, orig) if orig == *m)
            }
            _ => false,
        }
    }

    /// The function pointer type two function items or closures (at least one of them not
    /// already a pointer) both coerce to: the signature of the first with one.
    pub fn fn_ptr_lub(&self, a: Ty, b: Ty) -> Option<Ty> {
        let tcx = self.tcx;
        let sig_of = |t: Ty| match tcx.kind(self.infcx.shallow_resolve(t)) {
            TyKind::FnDef(def, args) if !tcx.is_intrinsic(def) => {
                Some(self.normalize(tcx.fn_sig(def).instantiate(tcx, args), Span::DUMMY))
            }
            TyKind::Closure(_, args) => tcx.closure_sig(&self.infcx, args),
            TyKind::FnPtr(sig) => Some(sig),
            _ => None,
        };
        let is_ptr = |t: Ty| matches!(tcx.kind(self.infcx.shallow_resolve(t)), TyKind::FnPtr(_));
        if is_ptr(a) && is_ptr(b) {
            return None;
        }
        let (sa, sb) = (sig_of(a)?, sig_of(b)?);
        let mut sig = if matches!(tcx.kind(self.infcx.shallow_resolve(a)), TyKind::Closure(..)) {
            sb
        } else {
            sa
        };
        sig.safety = smelt_hir::Safety::Safe;
        Some(tcx.mk_fn_ptr(sig))
    }

    /// Whether `t` is a type variable nothing has been learnt about yet.
    pub fn is_unresolved_var(&self, t: Ty) -> bool {
        matches!(
            self.tcx.kind(self.infcx.shallow_resolve(t)),
            TyKind::Infer(smelt_ty::InferTy::TyVar(_))
        )
    }

    /// Whether `actual` coerces to `expected`, without recording anything.
    pub fn can_coerce(&self, actual: Ty, expected: Ty) -> bool {
        self.infcx
            .probe(|| self.coerce(actual, expected, Span::DUMMY).is_ok())
    }

    pub fn coerce(&self, source: Ty, target: Ty, span: Span) -> CoerceResult {
        let tcx = self.tcx;
        let a = self.infcx.shallow_resolve(source);
        let b = self.infcx.shallow_resolve(target);
        // `&mut T` to `&mut T` still reborrows (`&mut *a`), so that the source is not moved.
        if a == b && !matches!(tcx.kind(a), TyKind::Ref(_, _, Mutability::Mut)) {
            return Ok(Vec::new());
        }
        match tcx.kind(a) {
            TyKind::Never => {
                self.infcx.mark_diverging(b);
                return Ok(vec![Adjustment {
                    kind: Adjust::NeverToAny,
                    target: b,
                }]);
            }
            TyKind::Infer(smelt_ty::InferTy::TyVar(_)) => {
                self.infcx.eq(a, b)?;
                return Ok(Vec::new());
            }
            TyKind::Error => return Ok(Vec::new()),
            _ => {}
        }
        if let Some(adj) = self.coerce_unsized(a, b, span)? {
            return Ok(adj);
        }
        match tcx.kind(b) {
            TyKind::Ref(_, tb, mb) => {
                if let TyKind::Ref(_, ta, ma) = tcx.kind(a) {
                    return self.coerce_borrowed_pointer(a, ta, ma, tb, mb, span);
                }
            }
            TyKind::RawPtr(tb, mb) => match tcx.kind(a) {
                TyKind::Ref(_, ta, ma) => {
                    if ma < mb {
                        return Err(TypeError::Mutability);
                    }
                    self.infcx.eq(ta, tb)?;
                    return Ok(vec![
                        Adjustment {
                            kind: Adjust::Deref(None),
                            target: ta,
                        },
                        Adjustment {
                            kind: Adjust::Borrow(AutoBorrow::RawPtr(mb)),
                            target: b,
                        },
                    ]);
                }
                TyKind::RawPtr(ta, ma) if ma == Mutability::Mut && mb == Mutability::Not => {
                    self.infcx.eq(ta, tb)?;
                    return Ok(vec![Adjustment {
                        kind: Adjust::Pointer(PointerCoercion::MutToConstPointer),
                        target: b,
                    }]);
                }
                _ => {}
            },
            TyKind::FnPtr(sig_b) => match tcx.kind(a) {
                TyKind::FnDef(def, args) => {
                    if tcx.is_intrinsic(def) {
                        return Err(TypeError::Mismatch);
                    }
                    let sig = tcx.fn_sig(def).instantiate(tcx, args);
                    let sig = self.normalize(sig, span);
                    let mut sig = sig;
                    if sig_b.safety == smelt_hir::Safety::Unsafe {
                        sig.safety = smelt_hir::Safety::Unsafe;
                    }
                    let fn_ptr = tcx.mk_fn_ptr(sig);
                    self.infcx.eq(fn_ptr, b)?;
                    return Ok(vec![Adjustment {
                        kind: Adjust::Pointer(PointerCoercion::ReifyFnPointer),
                        target: b,
                    }]);
                }
                TyKind::Closure(def, args) => {
                    let captures = tcx.closure_upvar_tys(def, args);
                    if !captures.is_empty() && !self.closure_has_no_captures(def) {
                        return Err(TypeError::Mismatch);
                    }
                    if let Some(sig) = tcx.closure_sig(&self.infcx, args) {
                        let mut sig = sig;
                        sig.safety = sig_b.safety;
                        self.infcx.eq(tcx.mk_fn_ptr(sig), b)?;
                        return Ok(vec![Adjustment {
                            kind: Adjust::Pointer(PointerCoercion::ClosureFnPointer),
                            target: b,
                        }]);
                    }
                }
                TyKind::FnPtr(sig_a)
                    if sig_a.safety == smelt_hir::Safety::Safe
                        && sig_b.safety == smelt_hir::Safety::Unsafe =>
                {
                    let mut s = sig_a;
                    s.safety = smelt_hir::Safety::Unsafe;
                    self.infcx.eq(tcx.mk_fn_ptr(s), b)?;
                    return Ok(vec![Adjustment {
                        kind: Adjust::Pointer(PointerCoercion::UnsafeFnPointer),
                        target: b,
                    }]);
                }
                _ => {}
            },
            _ => {}
        }
        self.infcx.eq(a, b)?;
        Ok(Vec::new())
    }

    fn closure_has_no_captures(&self, _def: smelt_hir::DefId) -> bool {
        false
    }

    /// `&T` or `&mut T` to `&U`: reborrow, dereferencing `T` as many times as needed to reach
    /// `U` (deref coercion).
    fn coerce_borrowed_pointer(
        &self,
        a: Ty,
        ta: Ty,
        ma: Mutability,
        tb: Ty,
        mb: Mutability,
        span: Span,
    ) -> CoerceResult {
        let tcx = self.tcx;
        if ma < mb {
            return Err(TypeError::Mutability);
        }
        let steps = self.autoderef_steps(ta, span);
        let mut first_err = TypeError::Mismatch;
        for (i, step) in steps.iter().enumerate() {
            match self.infcx.commit_if_ok(|| self.infcx.eq(step.ty, tb)) {
                Ok(()) => {
                    // Plain `&T` to `&T` needs no adjustment; anything else reborrows.
                    if i == 0 && ma == Mutability::Not && mb == Mutability::Not {
                        return Ok(Vec::new());
                    }
                    let mut adj = vec![Adjustment {
                        kind: Adjust::Deref(None),
                        target: ta,
                    }];
                    for s in &steps[1..=i] {
                        adj.push(Adjustment {
                            kind: Adjust::Deref(s.overloaded.map(|_| mb)),
                            target: s.ty,
                        });
                    }
                    adj.push(Adjustment {
                        kind: Adjust::Borrow(AutoBorrow::Ref(mb)),
                        target: tcx.mk_ref(Region::Erased, tb, mb),
                    });
                    let _ = a;
                    return Ok(adj);
                }
                Err(e) => {
                    if i == 0 {
                        first_err = e;
                    }
                }
            }
        }
        Err(first_err)
    }

    /// Unsizing coercions: `&[T; N]` to `&[T]`, `&T` to `&dyn Trait`, `Box<T>` to
    /// `Box<dyn Trait>` (and raw pointer versions). `Ok(None)` when not applicable.
    fn coerce_unsized(
        &self,
        a: Ty,
        b: Ty,
        span: Span,
    ) -> Result<Option<Vec<Adjustment>>, TypeError> {
        let tcx = self.tcx;
        let (source_pointee, target_pointee, reborrow) = match (tcx.kind(a), tcx.kind(b)) {
            (TyKind::Ref(_, ta, ma), TyKind::Ref(_, tb, mb)) => {
                if ma < mb {
                    return Ok(None);
                }
                (ta, tb, Some((AutoBorrow::Ref(mb), ta)))
            }
            (TyKind::Ref(_, ta, ma), TyKind::RawPtr(tb, mb))
            | (TyKind::RawPtr(ta, ma), TyKind::RawPtr(tb, mb)) => {
                if ma < mb {
                    return Ok(None);
                }
                let reborrow =
                    matches!(tcx.kind(a), TyKind::Ref(..)).then_some((AutoBorrow::RawPtr(mb), ta));
                (ta, tb, reborrow)
            }
            (TyKind::Adt(da, aa), TyKind::Adt(db, ab))
                if da == db && tcx.is_lang_item(da, LangItem::OwnedBox) =>
            {
                let ta = tcx.args(aa).first().and_then(|x| x.as_type());
                let tb = tcx.args(ab).first().and_then(|x| x.as_type());
                match (ta, tb) {
                    (Some(ta), Some(tb)) => (ta, tb, None),
                    _ => return Ok(None),
                }
            }
            // A smart pointer with a `CoerceUnsized` impl (`Rc<T>` to `Rc<dyn Trait>`): the
            // one type argument that changes must unsize.
            (TyKind::Adt(da, aa), TyKind::Adt(db, ab))
                if da == db && self.has_coerce_unsized_impl(da) =>
            {
                let pairs: Vec<(Ty, Ty)> = tcx
                    .args(aa)
                    .iter()
                    .zip(tcx.args(ab).iter())
                    .filter_map(|(x, y)| match (x.as_type(), y.as_type()) {
                        (Some(x), Some(y)) if self.resolve(x) != self.resolve(y) => Some((x, y)),
                        _ => None,
                    })
                    .collect();
                match pairs.as_slice() {
                    [(ta, tb)] => (*ta, *tb, None),
                    _ => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        let ok = self.unsize_pointee(source_pointee, target_pointee, span, 0)?;
        if !ok {
            return Ok(None);
        }
        let mut adj = Vec::new();
        if let Some((borrow, pointee)) = reborrow {
            adj.push(Adjustment {
                kind: Adjust::Deref(None),
                target: pointee,
            });
            let reborrowed = match borrow {
                AutoBorrow::Ref(m) => tcx.mk_ref(Region::Erased, pointee, m),
                AutoBorrow::RawPtr(m) => tcx.mk_ptr(pointee, m),
            };
            adj.push(Adjustment {
                kind: Adjust::Borrow(borrow),
                target: reborrowed,
            });
        }
        adj.push(Adjustment {
            kind: Adjust::Pointer(PointerCoercion::Unsize),
            target: b,
        });
        Ok(Some(adj))
    }

    /// Whether the library declares `impl CoerceUnsized<X<U>> for X<T>` for this ADT.
    fn has_coerce_unsized_impl(&self, adt: smelt_hir::DefId) -> bool {
        let tcx = self.tcx;
        let Some(cu) = tcx.lang_item(LangItem::CoerceUnsized) else {
            return false;
        };
        tcx.impl_index()
            .impls_of_trait(cu)
            .iter()
            .any(|&imp| matches!(tcx.kind(tcx.type_of(imp)), TyKind::Adt(d, _) if d == adt))
    }

    /// Whether a value of type `source_pointee` behind a pointer may be used as a
    /// `target_pointee` (the `Unsize` relation), registering the obligations it needs.
    fn unsize_pointee(
        &self,
        source_pointee: Ty,
        target_pointee: Ty,
        span: Span,
        depth: u32,
    ) -> Result<bool, TypeError> {
        let tcx = self.tcx;
        let source_pointee = self.infcx.shallow_resolve(source_pointee);
        let target_pointee = self.infcx.shallow_resolve(target_pointee);
        let ok = match (tcx.kind(source_pointee), tcx.kind(target_pointee)) {
            (TyKind::Array(ea, _), TyKind::Slice(eb)) => {
                self.infcx.eq(ea, eb)?;
                true
            }
            (TyKind::Dynamic(..), TyKind::Dynamic(..)) => false,
            // `Wrapper<[T; N]>` to `Wrapper<[T]>`, `Wrapper<S>` to `Wrapper<dyn Trait>`: one
            // type argument changes and the struct's last field unsizes with it.
            (TyKind::Adt(da, aa), TyKind::Adt(db, ab))
                if da == db && depth < 8 && tcx.adt_def(da).is_struct() =>
            {
                let adt = tcx.adt_def(da);
                let (xs, ys) = (tcx.args(aa).to_vec(), tcx.args(ab).to_vec());
                let differing: Vec<usize> = (0..xs.len().min(ys.len()))
                    .filter(|&i| match (xs[i].as_type(), ys[i].as_type()) {
                        (Some(x), Some(y)) => self.resolve(x) != self.resolve(y),
                        _ => false,
                    })
                    .collect();
                let Some(last) = adt.non_enum_variant().fields.iter().last() else {
                    return Ok(false);
                };
                if differing.len() != 1 {
                    return Ok(false);
                }
                let fa = self.normalize(last.ty(tcx, aa), span);
                let fb = self.normalize(last.ty(tcx, ab), span);
                if fa == fb {
                    return Ok(false);
                }
                return self.unsize_pointee(fa, fb, span, depth + 1);
            }
            // An integer or float variable is a sized type that will be known: it may
            // become a trait object (`Box::new(1) as Box<dyn Debug>`); any other variable
            // may not.
            (TyKind::Infer(smelt_ty::InferTy::TyVar(_) | smelt_ty::InferTy::FreshTy(_)), _)
            | (_, TyKind::Infer(_)) => false,
            (_, TyKind::Dynamic(preds, _)) => {
                // `T: Trait` (and its projections) must hold, and `T: Sized`.
                for p in tcx.existentials(preds).iter() {
                    match *p {
                        ExistentialPredicate::Trait { def_id, args } => {
                            let mut full = vec![GenericArg::Type(source_pointee)];
                            full.extend(tcx.args(args).iter().copied());
                            let tr = TraitRef {
                                def_id,
                                args: tcx.mk_args(&full),
                            };
                            let o = smelt_ty::traits::Obligation::trait_(tr, span);
                            if self.selcx().evaluate(&o) == smelt_ty::traits::EvaluationResult::Err
                            {
                                return Err(TypeError::Mismatch);
                            }
                            self.register_obligation(o);
                        }
                        ExistentialPredicate::Projection { def_id, args, term } => {
                            let mut full = vec![GenericArg::Type(source_pointee)];
                            full.extend(tcx.args(args).iter().copied());
                            self.register_obligation(smelt_ty::traits::Obligation {
                                kind: smelt_ty::traits::ObligationKind::Projection(
                                    smelt_ty::AliasTy {
                                        def_id,
                                        args: tcx.mk_args(&full),
                                    },
                                    term,
                                ),
                                span,
                                depth: 0,
                            });
                        }
                        ExistentialPredicate::AutoTrait(_) => {}
                    }
                }
                true
            }
            _ => false,
        };
        Ok(ok)
    }
}

/// Coerces the values of several expressions (branches, `break` values, array elements) to
/// one type.
pub struct CoerceMany {
    pub expected: Ty,
    /// How many non-diverging values were pushed.
    pub pushed: usize,
    /// Least-upper-bound mode (no expected type: array elements, `if` and `match` arms):
    /// the type the values so far were coerced to, and the values, which are coerced again
    /// to a later value's type when they cannot take it (`[&array, &slice]` is a `[&[T]]`).
    lub: Option<(Option<Ty>, Vec<ExprId>)>,
}

impl CoerceMany {
    pub fn new(expected: Ty) -> CoerceMany {
        CoerceMany {
            expected,
            pushed: 0,
            lub: None,
        }
    }

    /// Coerces to the least upper bound of the values' types, which becomes `expected` (a
    /// fresh inference variable) when complete.
    pub fn with_lub(expected: Ty) -> CoerceMany {
        CoerceMany {
            expected,
            pushed: 0,
            lub: Some((None, Vec::new())),
        }
    }

    /// Adds one value; on failure reports E0308 with `label`'s wording.
    pub fn coerce(
        &mut self,
        fcx: &FnCtxt<'_>,
        expr: Option<ExprId>,
        ty: Ty,
        span: Span,
        origin: Option<(Span, &str)>,
    ) {
        if let Err(expected) = self.try_coerce(fcx, expr, ty, span) {
            fcx.report_mismatch(span, expected, ty, origin);
        }
    }

    /// Adds one value; on failure returns the type it was expected to have, for the caller
    /// to report.
    pub fn try_coerce(
        &mut self,
        fcx: &FnCtxt<'_>,
        expr: Option<ExprId>,
        ty: Ty,
        span: Span,
    ) -> Result<(), Ty> {
        let resolved = fcx.infcx.shallow_resolve(ty);
        let is_never = fcx.tcx.kind(resolved) == TyKind::Never;
        if let (Some((merged, exprs)), Some(e), false) = (&mut self.lub, expr, is_never) {
            self.pushed += 1;
            let Some(prev) = *merged else {
                *merged = Some(ty);
                exprs.push(e);
                return Ok(());
            };
            if fcx.try_coerce_expr(e, ty, prev).is_ok() {
                exprs.push(e);
                return Ok(());
            }
            // The values so far may coerce to the new one's type, if nothing but no-op
            // reborrows was applied to them.
            if exprs.iter().all(|x| fcx.has_noop_adjustments(*x)) {
                if let Ok(adj) = fcx.infcx.commit_if_ok(|| fcx.coerce(prev, ty, span)) {
                    for x in exprs.iter() {
                        fcx.results.borrow_mut().adjustments.insert(*x, adj.clone());
                    }
                    *merged = Some(ty);
                    exprs.push(e);
                    return Ok(());
                }
            }
            // Function items and closures of different types meet at a function pointer.
            if exprs.iter().all(|x| fcx.has_noop_adjustments(*x)) {
                if let Some(fn_ptr) = fcx.fn_ptr_lub(prev, ty) {
                    let both = fcx.infcx.commit_if_ok(|| {
                        let old = fcx.coerce(prev, fn_ptr, span)?;
                        let new = fcx.coerce(ty, fn_ptr, span)?;
                        Ok::<_, TypeError>((old, new))
                    });
                    if let Ok((old, new)) = both {
                        for x in exprs.iter() {
                            fcx.results.borrow_mut().adjustments.insert(*x, old.clone());
                        }
                        fcx.apply_adjustments(e, new);
                        *merged = Some(fn_ptr);
                        exprs.push(e);
                        return Ok(());
                    }
                }
            }
            return Err(prev);
        }
        let ok = match expr {
            Some(e) => fcx.try_coerce_expr(e, ty, self.expected).is_ok(),
            None => fcx
                .infcx
                .commit_if_ok(|| fcx.coerce(ty, self.expected, span))
                .is_ok(),
        };
        if !is_never {
            self.pushed += 1;
        }
        if ok {
            Ok(())
        } else {
            Err(self.expected)
        }
    }

    /// A missing value (an `if` without `else`, a bare `break`): `()`.
    pub fn coerce_unit(&mut self, fcx: &FnCtxt<'_>, span: Span, origin: Option<(Span, &str)>) {
        let unit = fcx.tcx.types.unit;
        if let Some((merged, _)) = &mut self.lub {
            match *merged {
                Some(prev) => {
                    if fcx.infcx.eq(unit, prev).is_err() {
                        fcx.report_mismatch(span, prev, unit, origin);
                    }
                }
                None => *merged = Some(unit),
            }
            self.pushed += 1;
            return;
        }
        if fcx.infcx.eq(unit, self.expected).is_err() {
            fcx.report_mismatch(span, self.expected, unit, origin);
        }
        self.pushed += 1;
    }

    /// The type of the whole: the target type, or `!` if no value was pushed.
    pub fn complete(&self, fcx: &FnCtxt<'_>) -> Ty {
        if let Some((Some(merged), _)) = &self.lub {
            if fcx.infcx.eq(self.expected, *merged).is_err() {
                return fcx.tcx.types.error;
            }
        }
        if self.pushed == 0 {
            fcx.tcx.types.never
        } else {
            self.expected
        }
    }
}

//! Place operators: dereference (`*x`) and indexing (`a[i]`), built in for references,
//! boxes, raw pointers, arrays and slices, and otherwise calls to `Deref::deref` and
//! `Index::index` (switched to `deref_mut`/`index_mut` when the place is used mutably).

use smelt_ast::{Mutability, UnOp};
use smelt_hir::{DefKind, ExprId, ExprKind, LangItem};
use smelt_span::Span;
use smelt_ty::traits::{EvaluationResult, Obligation};
use smelt_ty::typeck_results::{Adjust, Adjustment, AutoBorrow, PointerCoercion};
use smelt_ty::{AliasTy, GenericArg, Region, TraitRef, Ty, TyKind};

use super::FnCtxt;

impl FnCtxt<'_> {
    pub fn check_deref(&self, expr: ExprId, _operand: ExprId, ty: Ty, span: Span) -> Ty {
        let tcx = self.tcx;
        match tcx.kind(ty) {
            TyKind::Ref(_, t, _) => t,
            TyKind::RawPtr(t, _) => {
                if self.unsafe_depth.get() == 0 {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(span, "dereference of raw pointer is unsafe and requires unsafe function or block")
                        .code("E0133")
                        .span_label(span, "dereference of raw pointer")
                        .note("raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior")
                        .emit();
                    self.set_tainted(e);
                }
                t
            }
            TyKind::Adt(def, args) if tcx.is_lang_item(def, LangItem::OwnedBox) => tcx
                .args(args)
                .first()
                .and_then(|a| a.as_type())
                .unwrap_or(tcx.types.error),
            _ => match self.overloaded_deref_target(ty, span) {
                Some(target) => {
                    let deref = tcx.lang_item(LangItem::Deref);
                    let method = deref.and_then(|d| {
                        tcx.associated_items(d)
                            .items
                            .iter()
                            .find(|i| i.is_fn())
                            .map(|i| i.def_id)
                    });
                    if let (Some(d), Some(m)) = (deref, method) {
                        let args = tcx.mk_args(&[GenericArg::Type(ty)]);
                        self.register_trait(TraitRef { def_id: d, args }, span);
                        self.write_resolution(expr, Ok((DefKind::AssocFn, m)));
                        self.write_args(expr, args);
                    }
                    target
                }
                None => {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            span,
                            format!("type `{}` cannot be dereferenced", self.ty_str(ty)),
                        )
                        .code("E0614")
                        .span_label(span, "can't be dereferenced")
                        .emit();
                    self.err_ty(e)
                }
            },
        }
    }

    pub fn check_index(&self, expr: ExprId, base: ExprId, index: ExprId) -> Ty {
        let tcx = self.tcx;
        let base_ty = self.check_expr(base);
        let idx_ty = self.check_expr(index);
        let base_ty = self.structurally_resolve(base_ty, self.expr_span(base));
        let idx_ty = self.try_structurally_resolve(idx_ty);
        if base_ty == tcx.types.error || idx_ty == tcx.types.error {
            return tcx.types.error;
        }
        let span = self.expr_span(expr);
        let steps = self.autoderef_steps(base_ty, span);
        let mut tys: Vec<(Ty, bool)> = steps.iter().map(|s| (s.ty, false)).collect();
        if let Some(last) = steps.last() {
            if let TyKind::Array(elem, _) = tcx.kind(self.infcx.shallow_resolve(last.ty)) {
                tys.push((tcx.mk_slice(elem), true));
            }
        }
        let index_trait = tcx.lang_item(LangItem::Index);
        for (i, &(step_ty, unsize)) in tys.iter().enumerate() {
            let t = self.infcx.shallow_resolve(step_ty);
            let derefs = if unsize { i - 1 } else { i };
            let deref_adjustments = || -> Vec<Adjustment> {
                steps[1..=derefs]
                    .iter()
                    .map(|s| Adjustment {
                        kind: Adjust::Deref(s.overloaded.map(|_| Mutability::Not)),
                        target: s.ty,
                    })
                    .collect()
            };
            if !unsize {
                if let TyKind::Array(elem, _) | TyKind::Slice(elem) = tcx.kind(t) {
                    let idx = self.infcx.shallow_resolve(idx_ty);
                    let integral = matches!(
                        tcx.kind(idx),
                        TyKind::Uint(smelt_ast::UintTy::Usize)
                            | TyKind::Infer(smelt_ty::InferTy::IntVar(_))
                    );
                    if integral {
                        let _ = self.infcx.eq(idx, tcx.types.usize);
                        self.apply_adjustments(base, deref_adjustments());
                        return elem;
                    }
                }
            }
            let Some(index_trait) = index_trait else {
                continue;
            };
            let args = tcx.mk_args(&[GenericArg::Type(t), GenericArg::Type(idx_ty)]);
            let tr = TraitRef {
                def_id: index_trait,
                args,
            };
            let o = Obligation::trait_(tr, span);
            if self.selcx().evaluate(&o) == EvaluationResult::Err {
                continue;
            }
            self.register_obligation(o);
            let method = tcx
                .associated_items(index_trait)
                .items
                .iter()
                .find(|i| i.is_fn())
                .map(|i| i.def_id);
            let output_def = tcx
                .associated_items(index_trait)
                .items
                .iter()
                .find(|i| !i.is_fn())
                .map(|i| i.def_id);
            let (Some(method), Some(output_def)) = (method, output_def) else {
                continue;
            };
            let mut adjustments = deref_adjustments();
            let pre_unsize = if unsize { steps[derefs].ty } else { t };
            let borrowed = tcx.mk_ref(Region::Erased, pre_unsize, Mutability::Not);
            adjustments.push(Adjustment {
                kind: Adjust::Borrow(AutoBorrow::Ref(Mutability::Not)),
                target: borrowed,
            });
            if unsize {
                adjustments.push(Adjustment {
                    kind: Adjust::Pointer(PointerCoercion::Unsize),
                    target: tcx.mk_ref(Region::Erased, t, Mutability::Not),
                });
            }
            self.apply_adjustments(base, adjustments);
            self.write_resolution(expr, Ok((DefKind::AssocFn, method)));
            self.write_args(expr, args);
            let output = tcx.mk_ty(TyKind::Alias(AliasTy {
                def_id: output_def,
                args,
            }));
            return self.normalize(output, span);
        }
        let e = tcx
            .sess
            .dcx
            .struct_err(
                self.expr_span(base),
                format!(
                    "cannot index into a value of type `{}`",
                    self.ty_str(base_ty)
                ),
            )
            .code("E0608")
            .emit();
        self.err_ty(e)
    }

    /// A place used mutably (assigned, `&mut` borrowed, `&mut self` receiver): its
    /// overloaded derefs and indexes must be the mutable versions.
    pub fn fixup_mutable_place(&self, expr: ExprId) {
        let body = self.body.clone();
        let mut cur = expr;
        for _ in 0..10_000 {
            let mark_adjustments = |e: ExprId| {
                let mut results = self.results.borrow_mut();
                if let Some(adj) = results.adjustments.get_mut(&e) {
                    for a in adj.iter_mut() {
                        match a.kind {
                            Adjust::Deref(Some(_)) => a.kind = Adjust::Deref(Some(Mutability::Mut)),
                            Adjust::Borrow(AutoBorrow::Ref(Mutability::Not)) => {
                                a.kind = Adjust::Borrow(AutoBorrow::Ref(Mutability::Mut));
                                if let TyKind::Ref(r, t, _) = self.tcx.kind(a.target) {
                                    a.target = self.tcx.mk_ref(r, t, Mutability::Mut);
                                }
                            }
                            _ => {}
                        }
                    }
                }
            };
            match &body.exprs[cur].kind {
                ExprKind::Unary(UnOp::Deref, inner)
                    if self.results.borrow().type_dependent_defs.contains_key(&cur) =>
                {
                    self.results
                        .borrow_mut()
                        .mutable_overloaded_places
                        .insert(cur);
                    cur = *inner;
                }
                ExprKind::Field(base, _) => {
                    mark_adjustments(*base);
                    if self.base_derefs_builtin_pointer(*base) {
                        return;
                    }
                    cur = *base;
                }
                ExprKind::Index(base, _, _) => {
                    if self.results.borrow().type_dependent_defs.contains_key(&cur) {
                        self.results
                            .borrow_mut()
                            .mutable_overloaded_places
                            .insert(cur);
                        mark_adjustments(*base);
                    } else {
                        mark_adjustments(*base);
                    }
                    if self.base_derefs_builtin_pointer(*base) {
                        return;
                    }
                    cur = *base;
                }
                _ => return,
            }
        }
    }

    /// Whether the base's adjustments go through a `&`/`&mut`/raw pointer (then mutability
    /// of the place does not depend on the base's own place).
    fn base_derefs_builtin_pointer(&self, base: ExprId) -> bool {
        let results = self.results.borrow();
        results
            .adjustments
            .get(&base)
            .is_some_and(|adj| adj.iter().any(|a| matches!(a.kind, Adjust::Deref(None))))
    }
}

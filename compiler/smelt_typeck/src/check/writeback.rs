//! The end of checking a body: fallback of unconstrained literals (`{integer}` to `i32`,
//! `{float}` to `f64`, diverging variables to `()`), the deferred cast checks, the last
//! round of obligations, and writeback, which resolves every recorded type and reports
//! those still unknown (E0282).

use smelt_hir::{ExprId, PatId};
use smelt_span::Span;
use smelt_ty::typeck_results::Adjustment;
use smelt_ty::{InferTy, Ty, TyKind, TypeFlagsExt, TypeFoldable, TypeckResults};

use super::FnCtxt;

impl FnCtxt<'_> {
    fn fallback(&self) {
        let tcx = self.tcx;
        for v in self.infcx.unresolved_int_vars() {
            self.infcx.set_int_fallback(v, tcx.types.i32);
        }
        for v in self.infcx.unresolved_float_vars() {
            self.infcx.set_float_fallback(v, tcx.types.f64);
        }
        for v in self.infcx.unresolved_ty_vars() {
            if self.infcx.ty_var_origin(v).diverging {
                let _ = self.infcx.eq(tcx.mk_ty_var(v), tcx.types.unit);
            }
        }
    }

    /// Finishes checking and returns the fully resolved results.
    pub fn finish(self) -> TypeckResults {
        self.select_obligations_where_possible();
        self.fallback();
        self.select_obligations_where_possible();
        self.analyze_closures();
        self.select_obligations_where_possible();
        self.check_casts();
        let selcx = self.selcx();
        let errors = self.fulfill.borrow_mut().select_all_or_error(&selcx);
        if !errors.is_empty() {
            self.report_fulfillment_errors(errors);
        }
        self.writeback()
    }

    fn writeback(&self) -> TypeckResults {
        let tcx = self.tcx;
        let mut results = std::mem::replace(
            &mut *self.results.borrow_mut(),
            TypeckResults::new(self.owner, None),
        );
        let first_unresolved: std::cell::Cell<Option<Span>> = std::cell::Cell::new(None);
        let resolve = |t: Ty, span: Span| -> Ty {
            let r = self.resolve(t);
            if r.has_infer(tcx) {
                if first_unresolved.get().is_none() {
                    first_unresolved.set(Some(span));
                }
                return replace_infer_with_error(self, r);
            }
            r
        };
        for (e, slot) in results.expr_types.iter_enumerated_mut() {
            if let Some(t) = slot {
                *t = resolve(*t, self.body.exprs[e].span);
            }
        }
        for (p, slot) in results.pat_types.iter_enumerated_mut() {
            if let Some(t) = slot {
                *t = resolve(*t, self.body.pats[p].span);
            }
        }
        let node_args: Vec<(ExprId, smelt_ty::GenericArgs)> =
            results.node_args.iter().map(|(k, v)| (*k, *v)).collect();
        for (e, args) in node_args {
            let r = self.resolve(args);
            let r = if r.has_infer(tcx) {
                if first_unresolved.get().is_none() {
                    first_unresolved.set(Some(self.body.exprs[e].span));
                }
                replace_infer_with_error(self, r)
            } else {
                r
            };
            results.node_args.insert(e, r);
        }
        let adjustments: Vec<(ExprId, Vec<Adjustment>)> = results.adjustments.drain().collect();
        for (e, adj) in adjustments {
            let adj = adj
                .into_iter()
                .map(|a| Adjustment {
                    kind: a.kind,
                    target: resolve(a.target, self.body.exprs[e].span),
                })
                .collect();
            results.adjustments.insert(e, adj);
        }
        for (def, var) in self.opaque_vars.borrow().iter() {
            let hidden = self.resolve(*var);
            let hidden = if hidden.has_infer(tcx) {
                replace_infer_with_error(self, hidden)
            } else {
                hidden
            };
            results.concrete_opaque_types.insert(*def, hidden);
        }
        let pat_defs: Vec<(
            PatId,
            (smelt_hir::DefKind, smelt_hir::DefId, smelt_ty::GenericArgs),
        )> = results.pat_type_dependent_defs.drain().collect();
        for (p, (kind, def, args)) in pat_defs {
            let r = self.resolve(args);
            let r = if r.has_infer(tcx) {
                replace_infer_with_error(self, r)
            } else {
                r
            };
            results.pat_type_dependent_defs.insert(p, (kind, def, r));
        }
        let pat_adj: Vec<(PatId, Vec<Ty>)> = results.pat_adjustments.drain().collect();
        for (p, tys) in pat_adj {
            let tys = tys
                .into_iter()
                .map(|t| resolve(t, self.body.pats[p].span))
                .collect();
            results.pat_adjustments.insert(p, tys);
        }
        let fru: Vec<(ExprId, Vec<Ty>)> = results.fru_field_types.drain().collect();
        for (e, tys) in fru {
            let tys = tys
                .into_iter()
                .map(|t| resolve(t, self.body.exprs[e].span))
                .collect();
            results.fru_field_types.insert(e, tys);
        }
        if let Some(span) = first_unresolved.get() {
            if self.tainted.get().is_none() {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(span, "type annotations needed")
                    .code("E0282")
                    .span_label(span, "cannot infer type")
                    .emit();
                self.set_tainted(e);
            }
        }
        if tcx.sess.dcx.has_errors().is_some() && self.tainted.get().is_none() {
            // Errors reported while checking this body through queries (e.g. in a
            // signature) also taint it.
        }
        results.tainted_by_errors = self.tainted.get();
        results
    }
}

fn replace_infer_with_error<T: TypeFoldable>(fcx: &FnCtxt<'_>, value: T) -> T {
    let tcx = fcx.tcx;
    let mut folder = smelt_ty::fold::BottomUpFolder {
        tcx,
        ty_op: |t| match tcx.kind(t) {
            TyKind::Infer(InferTy::TyVar(_) | InferTy::IntVar(_) | InferTy::FloatVar(_)) => {
                tcx.types.error
            }
            _ => t,
        },
    };
    value.fold_with(&mut folder)
}

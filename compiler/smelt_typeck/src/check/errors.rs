//! Type-checking diagnostics in rustc's words: mismatched types (E0308), unsatisfied trait
//! bounds (E0277), ambiguity (E0282/E0283).

use smelt_errors::Diag;
use smelt_hir::LangItem;
use smelt_span::Span;
use smelt_ty::traits::{FulfillmentError, FulfillmentErrorKind, ObligationKind};
use smelt_ty::{InferTy, TraitRef, Ty, TyKind, TypeFlagsExt};

use super::FnCtxt;

impl FnCtxt<'_> {
    /// A type as rustc names it in "expected X, found Y": `` `i32` ``, `integer`,
    /// `floating-point number`.
    pub fn ty_descr(&self, ty: Ty) -> String {
        let ty = self.resolve(ty);
        match self.tcx.kind(ty) {
            TyKind::Infer(InferTy::IntVar(_)) => "integer".to_string(),
            TyKind::Infer(InferTy::FloatVar(_)) => "floating-point number".to_string(),
            TyKind::Infer(InferTy::TyVar(_)) => "type parameter".to_string(),
            TyKind::Closure(..) => "closure".to_string(),
            _ => format!("`{}`", self.tcx.ty_string(ty)),
        }
    }

    pub fn ty_str(&self, ty: Ty) -> String {
        self.tcx.ty_string(self.resolve(ty))
    }

    pub fn mismatch_diag(&self, span: Span, expected: Ty, found: Ty) -> Diag<'_> {
        self.tcx
            .sess
            .dcx
            .struct_err(span, "mismatched types")
            .code("E0308")
            .span_label(
                span,
                format!(
                    "expected {}, found {}",
                    self.ty_descr(expected),
                    self.ty_descr(found)
                ),
            )
    }

    /// Reports E0308 unless either type is already an error.
    pub fn report_mismatch(
        &self,
        span: Span,
        expected: Ty,
        found: Ty,
        origin: Option<(Span, &str)>,
    ) {
        let (e, f) = (self.resolve(expected), self.resolve(found));
        if e.references_error(self.tcx) || f.references_error(self.tcx) {
            return;
        }
        let mut diag = self.mismatch_diag(span, e, f);
        if let Some((origin_span, label)) = origin {
            diag = diag.span_label(origin_span, label);
        }
        diag = self.add_mismatch_help(diag, e, f);
        self.set_tainted(diag.emit());
    }

    fn add_mismatch_help<'d>(&self, diag: Diag<'d>, expected: Ty, found: Ty) -> Diag<'d> {
        let tcx = self.tcx;
        match (tcx.kind(expected), tcx.kind(found)) {
            (TyKind::Int(_) | TyKind::Uint(_), TyKind::Int(_) | TyKind::Uint(_)) => diag,
            _ => diag,
        }
    }

    pub fn report_fulfillment_errors(&self, errors: Vec<FulfillmentError>) {
        for e in errors {
            self.report_fulfillment_error(e);
        }
    }

    fn report_fulfillment_error(&self, e: FulfillmentError) {
        let tcx = self.tcx;
        let span = e.obligation.span;
        match (&e.obligation.kind, &e.kind) {
            (ObligationKind::Trait(tr), FulfillmentErrorKind::Unimplemented) => {
                let tr = self.resolve(*tr);
                if tr.references_error(tcx) {
                    return;
                }
                let diag = self.unimplemented_diag(tr, span);
                self.set_tainted(diag.emit());
            }
            (_, FulfillmentErrorKind::Overflow) => {
                let what = match &e.obligation.kind {
                    ObligationKind::Trait(tr) => format!(
                        "`{}: {}`",
                        self.ty_str(tcx.trait_ref_self_ty(*tr)),
                        tcx.trait_ref_string(self.resolve(*tr))
                    ),
                    _ => "a requirement".to_string(),
                };
                let d = tcx
                    .sess
                    .dcx
                    .struct_err(span, format!("overflow evaluating the requirement {what}"))
                    .code("E0275")
                    .emit();
                self.set_tainted(d);
            }
            (
                ObligationKind::Projection(alias, _),
                FulfillmentErrorKind::ProjectionMismatch { expected, found },
            ) => {
                if expected.references_error(tcx) || found.references_error(tcx) {
                    return;
                }
                let alias_ty = tcx.mk_ty(TyKind::Alias(self.resolve(*alias)));
                let d = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "type mismatch resolving `{} == {}`",
                            self.ty_str(alias_ty),
                            self.ty_str(*expected)
                        ),
                    )
                    .code("E0271")
                    .span_label(
                        span,
                        format!(
                            "expected {}, found {}",
                            self.ty_descr(*expected),
                            self.ty_descr(*found)
                        ),
                    )
                    .emit();
                self.set_tainted(d);
            }
            (ObligationKind::Projection(alias, _), FulfillmentErrorKind::Unimplemented) => {
                let tr = tcx.alias_trait_ref(self.resolve(*alias));
                if tr.references_error(tcx) {
                    return;
                }
                let d = self.unimplemented_diag(tr, span).emit();
                self.set_tainted(d);
            }
            (_, FulfillmentErrorKind::Ambiguity) => {
                if self.tainted.get().is_some() {
                    return;
                }
                let d = tcx
                    .sess
                    .dcx
                    .struct_err(span, "type annotations needed")
                    .code("E0283")
                    .span_label(span, "cannot infer type")
                    .emit();
                self.set_tainted(d);
            }
            _ => {}
        }
    }

    /// E0277, with rustc's per-trait wording for the common traits.
    pub fn unimplemented_diag(&self, tr: TraitRef, span: Span) -> Diag<'_> {
        let tcx = self.tcx;
        let self_ty = tcx.trait_ref_self_ty(tr);
        let self_str = self.ty_str(self_ty);
        let trait_str = tcx.trait_ref_string(tr);
        let lang = tcx.hir.lang_items.of_def(tr.def_id);
        let trait_name = tcx.str(tcx.item_name(tr.def_id)).to_string();
        let arg = |i: usize| {
            tcx.args(tr.args)
                .get(i)
                .and_then(|a| a.as_type())
                .map(|t| self.ty_str(t))
        };
        let (msg, label) = match (lang, trait_name.as_str()) {
            (Some(LangItem::Sized), _) => (
                format!(
                    "the size for values of type `{self_str}` cannot be known at compilation time"
                ),
                "doesn't have a size known at compile-time".to_string(),
            ),
            (Some(LangItem::Add), _) => (
                format!(
                    "cannot add `{}` to `{self_str}`",
                    arg(1).unwrap_or_default()
                ),
                format!(
                    "no implementation for `{self_str} + {}`",
                    arg(1).unwrap_or_default()
                ),
            ),
            (Some(LangItem::Sub), _) => (
                format!(
                    "cannot subtract `{}` from `{self_str}`",
                    arg(1).unwrap_or_default()
                ),
                format!(
                    "no implementation for `{self_str} - {}`",
                    arg(1).unwrap_or_default()
                ),
            ),
            (Some(LangItem::Mul), _) => (
                format!(
                    "cannot multiply `{self_str}` by `{}`",
                    arg(1).unwrap_or_default()
                ),
                format!(
                    "no implementation for `{self_str} * {}`",
                    arg(1).unwrap_or_default()
                ),
            ),
            (Some(LangItem::Div), _) => (
                format!(
                    "cannot divide `{self_str}` by `{}`",
                    arg(1).unwrap_or_default()
                ),
                format!(
                    "no implementation for `{self_str} / {}`",
                    arg(1).unwrap_or_default()
                ),
            ),
            (Some(LangItem::PartialEq), _) => (
                format!(
                    "can't compare `{self_str}` with `{}`",
                    arg(1).unwrap_or_default()
                ),
                format!(
                    "no implementation for `{self_str} == {}`",
                    arg(1).unwrap_or_default()
                ),
            ),
            (Some(LangItem::Iterator), _) => (
                format!("`{self_str}` is not an iterator"),
                format!("`{self_str}` is not an iterator"),
            ),
            (_, "Display") => (
                format!("`{self_str}` doesn't implement `std::fmt::Display`"),
                format!("`{self_str}` cannot be formatted with the default formatter"),
            ),
            (_, "Debug") => (
                format!("`{self_str}` doesn't implement `Debug`"),
                format!("`{self_str}` cannot be formatted using `{{:?}}`"),
            ),
            (Some(LangItem::Copy), _) => (
                format!("the trait bound `{self_str}: Copy` is not satisfied"),
                format!("the trait `Copy` is not implemented for `{self_str}`"),
            ),
            _ => (
                format!("the trait bound `{self_str}: {trait_str}` is not satisfied"),
                format!("the trait `{trait_str}` is not implemented for `{self_str}`"),
            ),
        };
        tcx.sess
            .dcx
            .struct_err(span, msg)
            .code("E0277")
            .span_label(span, label)
    }
}

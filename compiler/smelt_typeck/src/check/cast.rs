//! `as` casts, checked after inference (the operand's type may still be a variable when the
//! cast is met). A cast that is a coercion is recorded as one; otherwise it must be one of
//! the primitive casts rustc allows.

use smelt_ast::UintTy;
use smelt_hir::{self as hir, ExprId};
use smelt_span::Span;
use smelt_ty::{Ty, TyKind, TypeFlagsExt};

use super::{Expectation, FnCtxt};

pub struct CastCheck {
    pub expr: ExprId,
    pub operand: ExprId,
    pub expr_ty: Ty,
    pub cast_ty: Ty,
    pub span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum CastTy {
    Int { signed: bool },
    U8,
    Bool,
    Char,
    CEnum,
    Float,
    FnPtr,
    Ptr { sized: bool },
}

impl FnCtxt<'_> {
    pub fn check_cast_expr(&self, expr: ExprId, operand: ExprId, ty: &hir::Ty) -> Ty {
        let cast_ty = self.lower_ty(ty);
        let expr_ty =
            self.check_expr_with_expectation(operand, Expectation::ExpectCastableToType(cast_ty));
        self.deferred_casts.borrow_mut().push(CastCheck {
            expr,
            operand,
            expr_ty,
            cast_ty,
            span: self.expr_span(expr),
        });
        cast_ty
    }

    pub fn check_casts(&self) {
        let casts = std::mem::take(&mut *self.deferred_casts.borrow_mut());
        for c in casts {
            self.check_one_cast(&c);
        }
    }

    fn cast_kind(&self, t: Ty) -> Option<CastTy> {
        let tcx = self.tcx;
        Some(match tcx.kind(t) {
            TyKind::Int(_) => CastTy::Int { signed: true },
            TyKind::Uint(UintTy::U8) => CastTy::U8,
            TyKind::Uint(_) => CastTy::Int { signed: false },
            TyKind::Infer(smelt_ty::InferTy::IntVar(_)) => CastTy::Int { signed: true },
            TyKind::Bool => CastTy::Bool,
            TyKind::Char => CastTy::Char,
            TyKind::Float(_) | TyKind::Infer(smelt_ty::InferTy::FloatVar(_)) => CastTy::Float,
            TyKind::FnPtr(_) | TyKind::FnDef(..) => CastTy::FnPtr,
            TyKind::RawPtr(p, _) => CastTy::Ptr {
                sized: self.tcx.is_sized(&self.param_env, self.resolve(p)),
            },
            TyKind::Adt(def, _) => {
                let adt = tcx.adt_def(def);
                if adt.is_enum()
                    && !adt.variants.is_empty()
                    && adt.variants.iter().all(|v| v.fields.is_empty())
                {
                    CastTy::CEnum
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }

    fn check_one_cast(&self, c: &CastCheck) {
        let tcx = self.tcx;
        let from = self.resolve(c.expr_ty);
        let to = self.resolve(c.cast_ty);
        if from.references_error(tcx) || to.references_error(tcx) {
            return;
        }
        // A coercion written as a cast (`&x as &dyn T`, `1 as u8`).
        if let Ok(adj) = self.infcx.commit_if_ok(|| self.coerce(from, to, c.span)) {
            self.apply_adjustments(c.operand, adj);
            self.results.borrow_mut().coercion_casts.insert(c.operand);
            return;
        }
        let from = self.resolve(from);
        let to = self.resolve(to);
        // `&[T; N]` to `*const T`.
        if let (TyKind::Ref(_, inner, _), TyKind::RawPtr(elem, _)) = (tcx.kind(from), tcx.kind(to))
        {
            if let TyKind::Array(e, _) = tcx.kind(inner) {
                if self.infcx.eq(e, elem).is_ok() {
                    return;
                }
            }
        }
        let (Some(f), Some(t)) = (self.cast_kind(from), self.cast_kind(to)) else {
            self.report_cast_error(c, from, to, "E0605");
            return;
        };
        use CastTy::*;
        let ok = match (f, t) {
            (Int { .. } | U8 | Bool | Char | CEnum, Int { .. } | U8) => true,
            (U8, Char) => true,
            (Int { .. } | Bool | CEnum | Char, Char) => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        c.span,
                        format!(
                            "only `u8` can be cast as `char`, not `{}`",
                            self.ty_str(from)
                        ),
                    )
                    .code("E0604")
                    .span_label(c.span, "invalid cast")
                    .emit();
                self.set_tainted(e);
                return;
            }
            (Int { .. } | U8 | Float, Float) | (Float, Int { .. } | U8) => true,
            (Ptr { .. }, Ptr { .. }) => true,
            (Ptr { sized: true }, Int { .. } | U8) | (FnPtr, Int { .. } | U8) => true,
            (Int { .. } | U8, Ptr { sized: true }) => true,
            (FnPtr, Ptr { .. }) => true,
            (_, Bool) => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        c.span,
                        format!("cannot cast `{}` as `bool`", self.ty_str(from)),
                    )
                    .code("E0054")
                    .span_label(c.span, "unsupported cast")
                    .emit();
                self.set_tainted(e);
                return;
            }
            _ => false,
        };
        if !ok {
            let code = if matches!(tcx.kind(from), TyKind::Adt(..))
                || matches!(tcx.kind(to), TyKind::Adt(..))
            {
                "E0605"
            } else {
                "E0606"
            };
            self.report_cast_error(c, from, to, code);
        }
    }

    fn report_cast_error(&self, c: &CastCheck, from: Ty, to: Ty, code: &'static str) {
        let tcx = self.tcx;
        let msg = if code == "E0605" {
            format!(
                "non-primitive cast: `{}` as `{}`",
                self.ty_str(from),
                self.ty_str(to)
            )
        } else {
            format!(
                "casting `{}` as `{}` is invalid",
                self.ty_str(from),
                self.ty_str(to)
            )
        };
        let mut d = tcx.sess.dcx.struct_err(c.span, msg).code(code);
        if code == "E0605" {
            d = d.span_label(c.span, "an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object");
        }
        self.set_tainted(d.emit());
    }
}

//! Operators. On primitive operands (integers, floats, `bool`, `char`, raw pointers) binary
//! and unary operators are built in: both sides unify and MIR uses its own operations.
//! Otherwise they are calls to the operator traits (`Add::add`, `PartialEq::eq` on
//! auto-referenced operands, `AddAssign::add_assign` on `&mut lhs`).

use smelt_ast::{BinOp, BinOpKind, Mutability, UnOp};
use smelt_hir::{DefKind, ExprId, LangItem};
use smelt_span::Span;
use smelt_ty::traits::{EvaluationResult, Obligation};
use smelt_ty::typeck_results::{Adjust, Adjustment, AutoBorrow};
use smelt_ty::{GenericArg, InferTy, Instantiate, Region, TraitRef, Ty, TyKind, TypeFlagsExt};

use super::{Expectation, FnCtxt};

#[derive(Copy, Clone, PartialEq, Eq)]
enum Category {
    Shortcircuit,
    Shift,
    Math,
    Bitwise,
    Comparison,
}

fn category(op: BinOpKind) -> Category {
    use BinOpKind::*;
    match op {
        And | Or => Category::Shortcircuit,
        Shl | Shr => Category::Shift,
        Add | Sub | Mul | Div | Rem => Category::Math,
        BitXor | BitAnd | BitOr => Category::Bitwise,
        Eq | Ne | Lt | Le | Gt | Ge => Category::Comparison,
    }
}

/// The trait and method of an operator.
pub fn op_lang_item(op: BinOpKind, assign: bool) -> (LangItem, &'static str) {
    use BinOpKind::*;
    match (op, assign) {
        (Add, false) => (LangItem::Add, "add"),
        (Sub, false) => (LangItem::Sub, "sub"),
        (Mul, false) => (LangItem::Mul, "mul"),
        (Div, false) => (LangItem::Div, "div"),
        (Rem, false) => (LangItem::Rem, "rem"),
        (BitXor, false) => (LangItem::BitXor, "bitxor"),
        (BitAnd, false) => (LangItem::BitAnd, "bitand"),
        (BitOr, false) => (LangItem::BitOr, "bitor"),
        (Shl, false) => (LangItem::Shl, "shl"),
        (Shr, false) => (LangItem::Shr, "shr"),
        (Add, true) => (LangItem::AddAssign, "add_assign"),
        (Sub, true) => (LangItem::SubAssign, "sub_assign"),
        (Mul, true) => (LangItem::MulAssign, "mul_assign"),
        (Div, true) => (LangItem::DivAssign, "div_assign"),
        (Rem, true) => (LangItem::RemAssign, "rem_assign"),
        (BitXor, true) => (LangItem::BitXorAssign, "bitxor_assign"),
        (BitAnd, true) => (LangItem::BitAndAssign, "bitand_assign"),
        (BitOr, true) => (LangItem::BitOrAssign, "bitor_assign"),
        (Shl, true) => (LangItem::ShlAssign, "shl_assign"),
        (Shr, true) => (LangItem::ShrAssign, "shr_assign"),
        (Eq, _) => (LangItem::PartialEq, "eq"),
        (Ne, _) => (LangItem::PartialEq, "ne"),
        (Lt, _) => (LangItem::PartialOrd, "lt"),
        (Le, _) => (LangItem::PartialOrd, "le"),
        (Gt, _) => (LangItem::PartialOrd, "gt"),
        (Ge, _) => (LangItem::PartialOrd, "ge"),
        (And | Or, _) => (LangItem::Not, "not"),
    }
}

impl FnCtxt<'_> {
    fn is_integral(&self, t: Ty) -> bool {
        matches!(
            self.tcx.kind(t),
            TyKind::Int(_) | TyKind::Uint(_) | TyKind::Infer(InferTy::IntVar(_))
        )
    }

    fn is_floating(&self, t: Ty) -> bool {
        matches!(
            self.tcx.kind(t),
            TyKind::Float(_) | TyKind::Infer(InferTy::FloatVar(_))
        )
    }

    fn is_scalar(&self, t: Ty) -> bool {
        matches!(
            self.tcx.kind(t),
            TyKind::Int(_)
                | TyKind::Uint(_)
                | TyKind::Float(_)
                | TyKind::Bool
                | TyKind::Char
                | TyKind::RawPtr(..)
                | TyKind::FnPtr(_)
                | TyKind::Infer(InferTy::IntVar(_) | InferTy::FloatVar(_))
        )
    }

    /// Whether `lhs op rhs` is a built-in operation on these (resolved) types.
    fn is_builtin_binop(&self, lhs: Ty, rhs: Ty, op: BinOpKind) -> bool {
        let tcx = self.tcx;
        if lhs.references_error(tcx) || rhs.references_error(tcx) {
            return true;
        }
        match category(op) {
            Category::Shortcircuit => true,
            Category::Shift => self.is_integral(lhs) && self.is_integral(rhs),
            Category::Math => {
                (self.is_integral(lhs) && self.is_integral(rhs)
                    || self.is_floating(lhs) && self.is_floating(rhs))
                    && self.infcx.can_eq(lhs, rhs)
            }
            Category::Bitwise => {
                (self.is_integral(lhs) && self.is_integral(rhs)
                    || lhs == tcx.types.bool && rhs == tcx.types.bool)
                    && self.infcx.can_eq(lhs, rhs)
            }
            Category::Comparison => {
                self.is_scalar(lhs) && self.is_scalar(rhs) && self.infcx.can_eq(lhs, rhs)
            }
        }
    }

    /// The referent of a reference type (one level), else the type.
    fn deref_once(&self, t: Ty) -> Ty {
        match self.tcx.kind(t) {
            TyKind::Ref(_, inner, _) => self.infcx.shallow_resolve(inner),
            _ => t,
        }
    }

    fn lhs_may_be_builtin(&self, lhs: Ty, op: BinOpKind) -> bool {
        match category(op) {
            Category::Shortcircuit => true,
            Category::Shift | Category::Math => self.is_integral(lhs) || self.is_floating(lhs),
            Category::Bitwise => self.is_integral(lhs) || lhs == self.tcx.types.bool,
            Category::Comparison => self.is_scalar(lhs),
        }
    }

    pub fn check_binop(
        &self,
        expr: ExprId,
        op: BinOp,
        lhs: ExprId,
        rhs: ExprId,
        _expected: Expectation,
    ) -> Ty {
        let tcx = self.tcx;
        if category(op.node) == Category::Shortcircuit {
            self.check_expr_coercible_to_type(lhs, tcx.types.bool, None);
            let lhs_diverges = self.diverges.get();
            self.check_expr_coercible_to_type(rhs, tcx.types.bool, None);
            self.diverges.set(lhs_diverges);
            return tcx.types.bool;
        }
        let lhs_ty = self.check_expr(lhs);
        let lhs_resolved = self.try_structurally_resolve(lhs_ty);
        let rhs_ty = if self.lhs_may_be_builtin(lhs_resolved, op.node)
            && category(op.node) != Category::Shift
        {
            self.check_expr_with_expectation(rhs, Expectation::ExpectHasType(lhs_resolved))
        } else {
            self.check_expr(rhs)
        };
        let rhs_resolved = self.try_structurally_resolve(rhs_ty);
        if self.is_builtin_binop(lhs_resolved, rhs_resolved, op.node) {
            return self.enforce_builtin_binop(lhs_resolved, rhs_resolved, op.node);
        }
        // `a == b` compares places by reference.
        let by_ref = category(op.node) == Category::Comparison;
        let looked_up = self
            .lookup_op_method(expr, lhs_resolved, rhs_resolved, op.node, false, op.span)
            .or_else(|| {
                self.lookup_op_method_coercing_rhs(
                    expr,
                    lhs_resolved,
                    rhs,
                    rhs_resolved,
                    op.node,
                    false,
                    op.span,
                )
            });
        match looked_up {
            Some(output) => {
                // `&a + b` on numbers: an impl for references, but the types work as for the
                // built-in operation (rustc's hint: `[1, 2].iter().map(|x| x * 2)` infers
                // the literal's type from the result).
                let (l, r) = (self.deref_once(lhs_resolved), self.deref_once(rhs_resolved));
                if (l != lhs_resolved || r != rhs_resolved) && self.is_builtin_binop(l, r, op.node)
                {
                    let builtin = self.enforce_builtin_binop(l, r, op.node);
                    let _ = self.infcx.eq(output, builtin);
                }
                if by_ref {
                    for operand in [lhs, rhs] {
                        let t = self.expr_ty(operand);
                        self.apply_adjustments(
                            operand,
                            vec![Adjustment {
                                kind: Adjust::Borrow(AutoBorrow::Ref(Mutability::Not)),
                                target: tcx.mk_ref(Region::Erased, t, Mutability::Not),
                            }],
                        );
                    }
                }
                output
            }
            None => {
                let e = self.report_binop_error(op, lhs, rhs, lhs_resolved, rhs_resolved, false);
                self.err_ty(e)
            }
        }
    }

    fn enforce_builtin_binop(&self, lhs: Ty, rhs: Ty, op: BinOpKind) -> Ty {
        let tcx = self.tcx;
        match category(op) {
            Category::Shortcircuit | Category::Comparison => {
                let _ = self.infcx.eq(lhs, rhs);
                tcx.types.bool
            }
            Category::Shift => lhs,
            Category::Math | Category::Bitwise => {
                let _ = self.infcx.eq(lhs, rhs);
                lhs
            }
        }
    }

    /// Resolves an overloaded operator to its trait method; records it on `expr` and returns
    /// the output type, or `None` if the trait is not implemented.
    fn lookup_op_method(
        &self,
        expr: ExprId,
        lhs: Ty,
        rhs: Ty,
        op: BinOpKind,
        assign: bool,
        span: Span,
    ) -> Option<Ty> {
        let tcx = self.tcx;
        let (lang, method_name) = op_lang_item(op, assign);
        let trait_def = tcx.lang_item(lang)?;
        let method = tcx
            .associated_items(trait_def)
            .items
            .iter()
            .find(|i| tcx.str(i.name) == method_name)
            .map(|i| i.def_id)?;
        let args = tcx.mk_args(&[GenericArg::Type(lhs), GenericArg::Type(rhs)]);
        let tr = TraitRef {
            def_id: trait_def,
            args,
        };
        let o = Obligation::trait_(tr, span);
        if self.selcx().evaluate(&o) == EvaluationResult::Err {
            return None;
        }
        self.register_obligation(o);
        self.write_resolution(expr, Ok((DefKind::AssocFn, method)));
        self.write_args(expr, args);
        let sig = tcx.fn_sig(method).instantiate(tcx, args);
        let sig = self.normalize(sig, span);
        Some(tcx.sig_output(sig))
    }

    /// When the operand types have no impl: if the left type implements the operator for
    /// exactly one right type, the right operand may coerce to it (`s + &string` with
    /// `String: Add<&str>`).
    #[allow(clippy::too_many_arguments)]
    fn lookup_op_method_coercing_rhs(
        &self,
        expr: ExprId,
        lhs: Ty,
        rhs: ExprId,
        rhs_ty: Ty,
        op: BinOpKind,
        assign: bool,
        span: Span,
    ) -> Option<Ty> {
        let tcx = self.tcx;
        let (lang, _) = op_lang_item(op, assign);
        let trait_def = tcx.lang_item(lang)?;
        let var = self.infcx.next_ty_var(span);
        let tr = TraitRef {
            def_id: trait_def,
            args: tcx.mk_args(&[GenericArg::Type(lhs), GenericArg::Type(var)]),
        };
        let target = self
            .infcx
            .probe(|| match self.selcx().select(tr, span, 0) {
                Ok(Some(_)) => Some(self.resolve(var)),
                _ => None,
            })?;
        if target.has_infer(tcx) || !self.can_coerce(rhs_ty, target) {
            return None;
        }
        self.try_coerce_expr(rhs, rhs_ty, target).ok()?;
        self.lookup_op_method(expr, lhs, target, op, assign, span)
    }

    fn report_binop_error(
        &self,
        op: BinOp,
        lhs: ExprId,
        rhs: ExprId,
        lhs_ty: Ty,
        rhs_ty: Ty,
        assign: bool,
    ) -> smelt_errors::ErrorGuaranteed {
        let tcx = self.tcx;
        let (l, r) = (self.ty_str(lhs_ty), self.ty_str(rhs_ty));
        let msg = if assign {
            format!(
                "binary assignment operation `{}=` cannot be applied to type `{l}`",
                op.node.as_str()
            )
        } else {
            use BinOpKind::*;
            match op.node {
                Add => format!("cannot add `{r}` to `{l}`"),
                Sub => format!("cannot subtract `{r}` from `{l}`"),
                Mul => format!("cannot multiply `{l}` by `{r}`"),
                Div => format!("cannot divide `{l}` by `{r}`"),
                Rem => format!("cannot calculate the remainder of `{l}` divided by `{r}`"),
                _ => format!(
                    "binary operation `{}` cannot be applied to type `{l}`",
                    op.node.as_str()
                ),
            }
        };
        let mut d =
            tcx.sess
                .dcx
                .struct_err(op.span, msg)
                .code(if assign { "E0368" } else { "E0369" });
        d = d.span_label(self.expr_span(lhs), l.clone());
        if !assign {
            d = d.span_label(self.expr_span(rhs), r);
        } else {
            d = d.span_label(
                self.expr_span(lhs),
                format!("cannot use `{}=` on type `{l}`", op.node.as_str()),
            );
        }
        d.emit()
    }

    pub fn check_binop_assign(&self, expr: ExprId, op: BinOp, lhs: ExprId, rhs: ExprId) -> Ty {
        let tcx = self.tcx;
        let lhs_ty = self.check_expr(lhs);
        let lhs_resolved = self.try_structurally_resolve(lhs_ty);
        let rhs_ty = if self.lhs_may_be_builtin(lhs_resolved, op.node)
            && category(op.node) != Category::Shift
        {
            self.check_expr_with_expectation(rhs, Expectation::ExpectHasType(lhs_resolved))
        } else {
            self.check_expr(rhs)
        };
        let rhs_resolved = self.try_structurally_resolve(rhs_ty);
        if !self.is_place_expr(lhs) {
            let e = tcx
                .sess
                .dcx
                .struct_err(op.span, "invalid left-hand side of assignment")
                .code("E0067")
                .span_label(self.expr_span(lhs), "cannot assign to this expression")
                .emit();
            self.set_tainted(e);
        }
        self.fixup_mutable_place(lhs);
        if self.is_builtin_binop(lhs_resolved, rhs_resolved, op.node) {
            self.enforce_builtin_binop(lhs_resolved, rhs_resolved, op.node);
            return tcx.types.unit;
        }
        let looked_up = self
            .lookup_op_method(expr, lhs_resolved, rhs_resolved, op.node, true, op.span)
            .or_else(|| {
                self.lookup_op_method_coercing_rhs(
                    expr,
                    lhs_resolved,
                    rhs,
                    rhs_resolved,
                    op.node,
                    true,
                    op.span,
                )
            });
        match looked_up {
            Some(_) => {
                let t = self.expr_ty(lhs);
                self.apply_adjustments(
                    lhs,
                    vec![Adjustment {
                        kind: Adjust::Borrow(AutoBorrow::Ref(Mutability::Mut)),
                        target: tcx.mk_ref(Region::Erased, t, Mutability::Mut),
                    }],
                );
            }
            None => {
                let e = self.report_binop_error(op, lhs, rhs, lhs_resolved, rhs_resolved, true);
                self.set_tainted(e);
            }
        }
        tcx.types.unit
    }

    pub fn check_unop(&self, expr: ExprId, op: UnOp, operand: ExprId, expected: Expectation) -> Ty {
        let tcx = self.tcx;
        let hint = match op {
            UnOp::Not | UnOp::Neg => expected
                .only_has_type()
                .map_or(Expectation::NoExpectation, Expectation::ExpectHasType),
            UnOp::Deref => Expectation::NoExpectation,
        };
        let ty = self.check_expr_with_expectation(operand, hint);
        let ty = self.structurally_resolve(ty, self.expr_span(operand));
        if ty == tcx.types.error {
            return ty;
        }
        let span = self.expr_span(expr);
        match op {
            UnOp::Deref => self.check_deref(expr, operand, ty, span),
            UnOp::Not => {
                if ty == tcx.types.bool || self.is_integral(ty) {
                    return ty;
                }
                self.overloaded_unop(expr, LangItem::Not, "not", ty, span, "!")
            }
            UnOp::Neg => {
                if matches!(
                    tcx.kind(ty),
                    TyKind::Int(_) | TyKind::Infer(InferTy::IntVar(_))
                ) || self.is_floating(ty)
                {
                    return ty;
                }
                if let TyKind::Uint(_) = tcx.kind(ty) {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            span,
                            format!(
                                "cannot apply unary operator `-` to type `{}`",
                                self.ty_str(ty)
                            ),
                        )
                        .code("E0600")
                        .span_label(span, "cannot apply unary operator `-`")
                        .note("unsigned values cannot be negated")
                        .emit();
                    return self.err_ty(e);
                }
                self.overloaded_unop(expr, LangItem::Neg, "neg", ty, span, "-")
            }
        }
    }

    fn overloaded_unop(
        &self,
        expr: ExprId,
        lang: LangItem,
        method_name: &str,
        ty: Ty,
        span: Span,
        op_str: &str,
    ) -> Ty {
        let tcx = self.tcx;
        let found = tcx.lang_item(lang).and_then(|trait_def| {
            let method = tcx
                .associated_items(trait_def)
                .items
                .iter()
                .find(|i| tcx.str(i.name) == method_name)
                .map(|i| i.def_id)?;
            let args = tcx.mk_args(&[GenericArg::Type(ty)]);
            let o = Obligation::trait_(
                TraitRef {
                    def_id: trait_def,
                    args,
                },
                span,
            );
            if self.selcx().evaluate(&o) == EvaluationResult::Err {
                return None;
            }
            self.register_obligation(o);
            Some((method, args))
        });
        match found {
            Some((method, args)) => {
                self.write_resolution(expr, Ok((DefKind::AssocFn, method)));
                self.write_args(expr, args);
                let sig = tcx.fn_sig(method).instantiate(tcx, args);
                tcx.sig_output(self.normalize(sig, span))
            }
            None => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "cannot apply unary operator `{op_str}` to type `{}`",
                            self.ty_str(ty)
                        ),
                    )
                    .code("E0600")
                    .span_label(span, format!("cannot apply unary operator `{op_str}`"))
                    .emit();
                self.err_ty(e)
            }
        }
    }
}

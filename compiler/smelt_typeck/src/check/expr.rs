//! Checking expressions: each kind gets its type from its operands and the expectation of its
//! context, as in rustc's `rustc_hir_typeck::expr`.

use smelt_ast::{BorrowKind, Mutability, UnOp};
use smelt_hir::{
    self as hir, CtorKind, DefId, DefKind, ExprId, ExprKind, LangItem, PatId, QPath, Res,
};
use smelt_span::{Ident, Span};
use smelt_ty::typeck_results::{Adjust, Adjustment};
use smelt_ty::{FieldIdx, GenericArg, Instantiate, Region, Ty, TyKind, TypeFlagsExt, VariantIdx};

use super::coercion::CoerceMany;
use super::method::ProbeMode;
use super::{Breakable, Expectation, FnCtxt};

impl FnCtxt<'_> {
    pub fn check_expr(&self, expr: ExprId) -> Ty {
        self.check_expr_with_expectation(expr, Expectation::NoExpectation)
    }

    /// Checks `expr` and requires exactly `expected` (no coercion).
    pub fn check_expr_has_type_or_error(&self, expr: ExprId, expected: Ty) -> Ty {
        let ty = self.check_expr_with_expectation(expr, Expectation::ExpectHasType(expected));
        let resolved = self.infcx.shallow_resolve(ty);
        if self.tcx.kind(resolved) == TyKind::Never {
            self.apply_adjustments(
                expr,
                vec![Adjustment {
                    kind: Adjust::NeverToAny,
                    target: expected,
                }],
            );
            return expected;
        }
        if self.infcx.eq(ty, expected).is_err() {
            self.report_mismatch(self.expr_span(expr), expected, ty, None);
        }
        ty
    }

    /// Checks `expr` and coerces it to `expected`.
    pub fn check_expr_coercible_to_type(
        &self,
        expr: ExprId,
        expected: Ty,
        origin: Option<(Span, &str)>,
    ) -> Ty {
        let ty = self.check_expr_with_expectation(expr, Expectation::ExpectHasType(expected));
        self.demand_coerce(expr, ty, expected, origin);
        expected
    }

    pub fn check_expr_with_expectation(&self, expr: ExprId, expected: Expectation) -> Ty {
        let old_diverges = self.diverges.replace(false);
        let ty = self.check_expr_kind(expr, expected);
        self.write_ty(expr, ty);
        if self.tcx.kind(self.infcx.shallow_resolve(ty)) == TyKind::Never {
            self.diverges.set(true);
        }
        self.diverges.set(self.diverges.get() | old_diverges);
        ty
    }

    fn check_expr_kind(&self, expr: ExprId, expected: Expectation) -> Ty {
        let tcx = self.tcx;
        let body = self.body.clone();
        let e = &body.exprs[expr];
        match &e.kind {
            ExprKind::Lit(lit) => self.check_lit(lit, expected),
            ExprKind::Path(qpath) => self.check_expr_path(qpath, expr),
            ExprKind::Call(callee, args) => self.check_call(expr, *callee, args, expected),
            ExprKind::MethodCall(seg, receiver, args, span) => {
                self.check_method_call(expr, seg, *receiver, args, *span, expected)
            }
            ExprKind::Binary(op, lhs, rhs) => self.check_binop(expr, *op, *lhs, *rhs, expected),
            ExprKind::AssignOp(op, lhs, rhs) => self.check_binop_assign(expr, *op, *lhs, *rhs),
            ExprKind::Unary(op, operand) => self.check_unop(expr, *op, *operand, expected),
            ExprKind::Cast(operand, ty) => self.check_cast_expr(expr, *operand, ty),
            ExprKind::Let(let_expr) => {
                let init_ty = self.check_expr(let_expr.init);
                let ty = match &let_expr.ty {
                    Some(t) => {
                        let t = self.lower_ty(t);
                        self.demand_coerce(let_expr.init, init_ty, t, None);
                        t
                    }
                    None => init_ty,
                };
                self.check_pat_top(let_expr.pat, ty, Some(self.expr_span(let_expr.init)), false);
                self.fixup_scrutinee_for_ref_mut(let_expr.init, &[let_expr.pat]);
                tcx.types.bool
            }
            ExprKind::If(cond, then, els) => self.check_if(*cond, *then, *els, expected, e.span),
            ExprKind::Loop(block, _, source, _) => self.check_loop(expr, block, *source, expected),
            ExprKind::Match(scrut, arms, source) => {
                self.check_match(*scrut, arms, *source, expected, e.span)
            }
            ExprKind::Block(block, _) => self.check_block(expr, block, expected),
            ExprKind::Assign(lhs, rhs, eq_span) => {
                let lhs_ty = self.check_expr(*lhs);
                if !self.is_place_expr(*lhs) {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(*eq_span, "invalid left-hand side of assignment")
                        .code("E0070")
                        .span_label(self.expr_span(*lhs), "cannot assign to this expression")
                        .emit();
                    self.set_tainted(e);
                }
                self.check_expr_coercible_to_type(*rhs, lhs_ty, None);
                self.fixup_mutable_place(*lhs);
                tcx.types.unit
            }
            ExprKind::Field(base, ident) => self.check_field(expr, *base, *ident),
            ExprKind::Index(base, index, _) => self.check_index(expr, *base, *index),
            ExprKind::AddrOf(kind, mutbl, operand) => {
                let hint = match expected
                    .only_has_type()
                    .map(|t| self.infcx.shallow_resolve(t))
                    .map(|t| tcx.kind(t))
                {
                    Some(TyKind::Ref(_, t, _)) | Some(TyKind::RawPtr(t, _)) => {
                        Expectation::rvalue_hint(tcx, self.infcx.shallow_resolve(t))
                    }
                    _ => Expectation::NoExpectation,
                };
                let ty = self.check_expr_with_expectation(*operand, hint);
                if *mutbl == Mutability::Mut {
                    self.fixup_mutable_place(*operand);
                }
                match kind {
                    BorrowKind::Ref => tcx.mk_ref(Region::Erased, ty, *mutbl),
                    BorrowKind::Raw => tcx.mk_ptr(ty, *mutbl),
                }
            }
            ExprKind::Break(dest, value) => self.check_break(expr, dest, *value, e.span),
            ExprKind::Continue(_) => tcx.types.never,
            ExprKind::Ret(value) => self.check_return(*value, e.span),
            ExprKind::Struct(qpath, fields, tail) => {
                self.check_struct_expr(expr, qpath, fields, tail, expected)
            }
            ExprKind::Tup(elems) => {
                let hints: Vec<Option<Ty>> = match expected
                    .only_has_type()
                    .map(|t| self.infcx.shallow_resolve(t))
                    .map(|t| tcx.kind(t))
                {
                    Some(TyKind::Tuple(tys)) => tcx.tys(tys).iter().map(|t| Some(*t)).collect(),
                    _ => Vec::new(),
                };
                let tys: Vec<Ty> = elems
                    .iter()
                    .enumerate()
                    .map(|(i, el)| match hints.get(i).copied().flatten() {
                        Some(h) => {
                            let t = self
                                .check_expr_with_expectation(*el, Expectation::ExpectHasType(h));
                            // Tuple elements coerce to the expected element types.
                            if self.try_coerce_expr(*el, t, h).is_ok() {
                                h
                            } else {
                                t
                            }
                        }
                        None => self.check_expr(*el),
                    })
                    .collect();
                tcx.mk_tup(&tys)
            }
            ExprKind::Array(elems) => {
                let hint = match expected
                    .to_option()
                    .map(|t| self.infcx.shallow_resolve(t))
                    .map(|t| tcx.kind(t))
                {
                    Some(TyKind::Array(t, _)) | Some(TyKind::Slice(t)) => Some(t),
                    _ => None,
                };
                let (target, mut coerce) = match hint {
                    Some(t) => (t, CoerceMany::new(t)),
                    None => {
                        let v = self.infcx.next_ty_var(e.span);
                        (v, CoerceMany::with_lub(v))
                    }
                };
                for el in elems {
                    let t =
                        self.check_expr_with_expectation(*el, Expectation::ExpectHasType(target));
                    coerce.coerce(self, Some(*el), t, self.expr_span(*el), None);
                }
                coerce.complete(self);
                tcx.mk_array(target, elems.len() as u64)
            }
            ExprKind::Repeat(elem, len) => {
                let hint = match expected
                    .to_option()
                    .map(|t| self.infcx.shallow_resolve(t))
                    .map(|t| tcx.kind(t))
                {
                    Some(TyKind::Array(t, _)) | Some(TyKind::Slice(t)) => {
                        Expectation::ExpectHasType(t)
                    }
                    _ => Expectation::NoExpectation,
                };
                let mut t = self.check_expr_with_expectation(*elem, hint);
                // The element coerces to the expected element type (`[&x; 2]` as
                // `[&dyn Trait; 2]`).
                if let Expectation::ExpectHasType(h) = hint {
                    if self.try_coerce_expr(*elem, t, h).is_ok() {
                        t = h;
                    }
                }
                let count = self.lowerer().lower_array_len(len);
                if let Some(n) = tcx.eval_array_len(count) {
                    if n > 1 && !self.is_const_operand(*elem) {
                        if let Some(copy) = tcx.lang_item(LangItem::Copy) {
                            self.register_trait(
                                smelt_ty::TraitRef {
                                    def_id: copy,
                                    args: tcx.mk_args(&[GenericArg::Type(t)]),
                                },
                                self.expr_span(*elem),
                            );
                        }
                    }
                }
                tcx.mk_ty(TyKind::Array(t, count))
            }
            ExprKind::DropTemps(inner) => self.check_expr_with_expectation(*inner, expected),
            // An inline constant's expression lives in this body's arena: check it in place.
            ExprKind::ConstBlock(def) => match tcx.hir.body(*def) {
                Some((_, inner)) => self.check_expr_with_expectation(inner, expected),
                None => tcx.types.error,
            },
            ExprKind::Closure(closure) => self.check_expr_closure(expr, closure, expected),
            ExprKind::Err(e) => self.err_ty(*e),
        }
    }

    /// Whether a repeat operand is a constant (those need not be `Copy`).
    fn is_const_operand(&self, expr: ExprId) -> bool {
        match &self.body.exprs[expr].kind {
            ExprKind::Path(QPath::Resolved(None, path)) => {
                matches!(
                    path.res,
                    Res::Def(
                        DefKind::Const | DefKind::AssocConst | DefKind::Ctor(_, CtorKind::Const),
                        _
                    )
                )
            }
            ExprKind::ConstBlock(_) | ExprKind::Lit(_) => true,
            _ => false,
        }
    }

    fn check_lit(&self, lit: &hir::Lit, expected: Expectation) -> Ty {
        let tcx = self.tcx;
        match &lit.kind {
            // Literals are `'static`, but rustc's diagnostics show them without the region
            // (`found &str`); regions play no part in type checking here.
            hir::LitKind::Str(_) => tcx.mk_ref(Region::Erased, tcx.types.str_, Mutability::Not),
            hir::LitKind::ByteStr(bytes) => tcx.mk_ref(
                Region::Erased,
                tcx.mk_array(tcx.types.u8, bytes.len() as u64),
                Mutability::Not,
            ),
            hir::LitKind::CStr(_) => match tcx.lang_item(LangItem::CStr) {
                Some(cstr) => tcx.mk_ref(Region::Static, tcx.type_of(cstr), Mutability::Not),
                None => tcx.types.error,
            },
            hir::LitKind::Byte(_) => tcx.types.u8,
            hir::LitKind::Char(_) => tcx.types.char,
            hir::LitKind::Bool(_) => tcx.types.bool,
            hir::LitKind::Int(_, hir::LitIntType::Signed(i)) => tcx.mk_int(*i),
            hir::LitKind::Int(_, hir::LitIntType::Unsigned(u)) => tcx.mk_uint(*u),
            hir::LitKind::Int(_, hir::LitIntType::Unsuffixed) => {
                let hint = expected.to_option().map(|t| self.infcx.shallow_resolve(t));
                match hint.map(|t| tcx.kind(t)) {
                    Some(TyKind::Int(_) | TyKind::Uint(_)) => hint.unwrap_or(tcx.types.i32),
                    Some(TyKind::Char) => tcx.types.u8,
                    Some(TyKind::RawPtr(..)) => tcx.types.usize,
                    _ => self.infcx.next_int_var(),
                }
            }
            hir::LitKind::Float(_, Some(f)) => tcx.mk_float(*f),
            hir::LitKind::Float(_, None) => {
                let hint = expected.to_option().map(|t| self.infcx.shallow_resolve(t));
                match hint.map(|t| tcx.kind(t)) {
                    Some(TyKind::Float(_)) => hint.unwrap_or(tcx.types.f64),
                    _ => self.infcx.next_float_var(),
                }
            }
            hir::LitKind::Err(e) => self.err_ty(*e),
        }
    }

    /* ------------------------------------------------------------ paths */

    fn check_expr_path(&self, qpath: &QPath, expr: ExprId) -> Ty {
        let tcx = self.tcx;
        let span = self.expr_span(expr);
        match qpath {
            QPath::Resolved(qself, path) => match path.res {
                Res::Local(var) => self.local_ty(var),
                Res::Def(kind, def) => {
                    let ty = self.check_def_path(expr, kind, def, path.segments.as_slice(), span);
                    // `<T as Trait>::item`: the trait's `Self` is `T`.
                    if let (Some(qself), DefKind::AssocFn | DefKind::AssocConst) = (qself, kind) {
                        if tcx
                            .parent(def)
                            .is_some_and(|p| tcx.def_kind(p) == DefKind::Trait)
                        {
                            let self_ty = self.lower_ty(qself);
                            if let Some(args) = self.results.borrow().node_args(expr) {
                                if let Some(GenericArg::Type(t)) = tcx.args(args).first() {
                                    let _ = self.infcx.eq(*t, self_ty);
                                }
                            }
                        }
                    }
                    ty
                }
                Res::SelfCtor(impl_def) => {
                    let self_ty = tcx.type_of(impl_def);
                    let self_ty = self.normalize(self_ty, span);
                    match tcx.kind(self_ty) {
                        TyKind::Adt(adt_def, args) => {
                            let adt = tcx.adt_def(adt_def);
                            match adt
                                .is_struct()
                                .then(|| adt.non_enum_variant().ctor)
                                .flatten()
                            {
                                Some((CtorKind::Fn, ctor)) => {
                                    let impl_args = self.infcx.fresh_args_for_item(span, impl_def);
                                    let ty = tcx.mk_adt(adt_def, args).instantiate(tcx, impl_args);
                                    let TyKind::Adt(_, args) = tcx.kind(ty) else {
                                        return tcx.types.error;
                                    };
                                    self.write_args(expr, args);
                                    self.write_resolution(
                                        expr,
                                        Ok((
                                            DefKind::Ctor(hir::CtorOf::Struct, CtorKind::Fn),
                                            ctor,
                                        )),
                                    );
                                    tcx.mk_fn_def(ctor, args)
                                }
                                Some((CtorKind::Const, ctor)) => {
                                    let impl_args = self.infcx.fresh_args_for_item(span, impl_def);
                                    let ty = self_ty.instantiate(tcx, impl_args);
                                    if let TyKind::Adt(_, args) = tcx.kind(ty) {
                                        self.write_args(expr, args);
                                    }
                                    self.write_resolution(
                                        expr,
                                        Ok((
                                            DefKind::Ctor(hir::CtorOf::Struct, CtorKind::Const),
                                            ctor,
                                        )),
                                    );
                                    ty
                                }
                                None => {
                                    let e = tcx.sess.dcx.err(span, "the `Self` constructor can only be used with tuple or unit structs");
                                    self.err_ty(e)
                                }
                            }
                        }
                        _ => {
                            let e = tcx.sess.dcx.err(span, "the `Self` constructor can only be used with tuple or unit structs");
                            self.err_ty(e)
                        }
                    }
                }
                Res::Err => tcx.types.error,
                res => {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(span, format!("expected value, found {}", res.descr()))
                        .code("E0423")
                        .emit();
                    self.err_ty(e)
                }
            },
            QPath::TypeRelative(qself, seg) => {
                self.check_type_relative_path(expr, qself, seg, span)
            }
            QPath::LangItem(item, span) => match tcx.lang_item(*item) {
                Some(def) => {
                    let kind = tcx.def_kind(def);
                    self.check_def_path(expr, kind, def, &[], *span)
                }
                None => {
                    let e = tcx.sess.dcx.err(
                        *span,
                        format!("lang item `{}` is missing from the library", item.name()),
                    );
                    self.err_ty(e)
                }
            },
        }
    }

    /// A path to a definition used as a value.
    fn check_def_path(
        &self,
        expr: ExprId,
        kind: DefKind,
        def: DefId,
        segments: &[hir::PathSegment],
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        match kind {
            DefKind::Fn | DefKind::AssocFn => {
                // Generic arguments come from the last segment; a trait's or type's
                // arguments from the one before (`Trait::<T>::f`, rare).
                let seg = segments.last();
                let args = self.instantiate_value_path_args(def, seg, span);
                self.register_predicates(def, args, span);
                self.write_args(expr, args);
                tcx.mk_fn_def(def, args)
            }
            DefKind::Ctor(_, ctor_kind) => {
                // `Some::<i32>(..)` or `Foo::<T>(..)`: arguments on the last segment that has
                // them.
                let adt_def = self.ctor_adt(def);
                let seg = segments.iter().rev().find(|s| s.args.is_some());
                let args = self.instantiate_value_path_args(adt_def, seg, span);
                self.write_args(expr, args);
                match ctor_kind {
                    CtorKind::Fn => tcx.mk_fn_def(def, args),
                    CtorKind::Const => tcx.mk_adt(adt_def, args),
                }
            }
            DefKind::Const | DefKind::AssocConst => {
                let args = self.instantiate_value_path_args(def, segments.last(), span);
                self.write_args(expr, args);
                if kind == DefKind::AssocConst {
                    self.register_predicates(def, args, span);
                }
                let ty = tcx.type_of(def).instantiate(tcx, args);
                self.normalize(ty, span)
            }
            DefKind::Static { mutable } => {
                if mutable && self.unsafe_depth.get() == 0 {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(span, "use of mutable static is unsafe and requires unsafe function or block")
                        .code("E0133")
                        .span_label(span, "use of mutable static")
                        .note("mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior")
                        .emit();
                    self.set_tainted(e);
                }
                let ty = tcx.type_of(def);
                self.normalize(ty, span)
            }
            DefKind::ConstParam => tcx.type_of(def),
            _ => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "expected value, found {} `{}`",
                            kind.descr(),
                            tcx.def_path_str(def)
                        ),
                    )
                    .code("E0423")
                    .emit();
                self.err_ty(e)
            }
        }
    }

    /// The ADT a constructor builds.
    pub fn ctor_adt(&self, ctor: DefId) -> DefId {
        let tcx = self.tcx;
        let parent = tcx.parent(ctor).unwrap_or(ctor);
        match tcx.def_kind(parent) {
            DefKind::Variant => tcx.parent(parent).unwrap_or(parent),
            _ => parent,
        }
    }

    /// `Type::item`: an associated function or constant, or an enum variant through an
    /// alias.
    fn check_type_relative_path(
        &self,
        expr: ExprId,
        qself: &hir::Ty,
        seg: &hir::PathSegment,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        let self_ty = self.lower_ty(qself);
        let self_ty = self.try_structurally_resolve(self_ty);
        if self_ty == tcx.types.error {
            return tcx.types.error;
        }
        // An enum variant named through a type alias or `Self`.
        if let TyKind::Adt(adt_def, args) = tcx.kind(self_ty) {
            let adt = tcx.adt_def(adt_def);
            if adt.is_enum() {
                if let Some(v) = adt.variants.iter().find(|v| v.name == seg.ident.name) {
                    if let Some((ctor_kind, ctor)) = v.ctor {
                        self.write_resolution(
                            expr,
                            Ok((DefKind::Ctor(hir::CtorOf::Variant, ctor_kind), ctor)),
                        );
                        self.write_args(expr, args);
                        return match ctor_kind {
                            CtorKind::Fn => tcx.mk_fn_def(ctor, args),
                            CtorKind::Const => self_ty,
                        };
                    }
                }
            }
        }
        match self.probe_method(span, seg.ident.name, self_ty, expr, ProbeMode::Path) {
            Ok(pick) => {
                let def = pick.item.def_id;
                let kind = smelt_ty::assoc::assoc_def_kind(pick.item.kind);
                let container_args = match &pick.kind {
                    super::method::PickKind::InherentImpl(imp) => {
                        let args = self.infcx.fresh_args_for_item(span, *imp);
                        let impl_self = tcx.type_of(*imp).instantiate(tcx, args);
                        let impl_self = self.normalize(impl_self, span);
                        let _ = self.infcx.eq(impl_self, self_ty);
                        self.register_predicates(*imp, args, span);
                        args
                    }
                    super::method::PickKind::Trait(t) => {
                        let args = self.infcx.fresh_args_for_item(span, *t);
                        if let Some(GenericArg::Type(s)) = tcx.args(args).first() {
                            let _ = self.infcx.eq(*s, self_ty);
                        }
                        self.register_trait(smelt_ty::TraitRef { def_id: *t, args }, span);
                        args
                    }
                    super::method::PickKind::WhereClause(tr)
                    | super::method::PickKind::Object(tr) => tr.args,
                };
                let args = self.own_args_from_segment(def, container_args, Some(seg), span);
                self.register_predicates(def, args, span);
                self.write_resolution(expr, Ok((kind, def)));
                self.write_args(expr, args);
                match kind {
                    DefKind::AssocFn => tcx.mk_fn_def(def, args),
                    _ => {
                        let ty = tcx.type_of(def).instantiate(tcx, args);
                        self.normalize(ty, span)
                    }
                }
            }
            Err(err) => {
                let e =
                    self.report_method_error(seg.ident.span, seg.ident.name, self_ty, err, false);
                self.write_resolution(expr, Err(e));
                self.err_ty(e)
            }
        }
    }

    /* ------------------------------------------------------------ control flow */

    fn check_if(
        &self,
        cond: ExprId,
        then: ExprId,
        els: Option<ExprId>,
        expected: Expectation,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        self.check_expr_has_type_or_error(cond, tcx.types.bool);
        let cond_diverges = self.diverges.get();
        self.diverges.set(false);
        let (target, mut coerce) = match expected.only_has_type() {
            // Without a known expected type the branches meet at their least upper bound.
            Some(t) if els.is_some() && self.is_unresolved_var(t) => (t, CoerceMany::with_lub(t)),
            Some(t) => (t, CoerceMany::new(t)),
            None if els.is_some() => {
                let v = self.infcx.next_diverging_ty_var(span);
                (v, CoerceMany::with_lub(v))
            }
            None => {
                let v = self.infcx.next_diverging_ty_var(span);
                (v, CoerceMany::new(v))
            }
        };
        // An expected type that is still an unknown variable says nothing to the branches
        // (rustc's `adjust_for_branches`): they meet at their least upper bound instead.
        let expected = match expected.only_has_type() {
            Some(t) if self.is_unresolved_var(t) => Expectation::NoExpectation,
            _ => expected,
        };
        let then_ty = self.check_expr_with_expectation(then, expected);
        let then_diverges = self.diverges.get();
        coerce.coerce(self, Some(then), then_ty, self.tail_span(then), None);
        match els {
            Some(els) => {
                self.diverges.set(false);
                let else_ty = self.check_expr_with_expectation(els, expected);
                let else_diverges = self.diverges.get();
                if let Err(expected_ty) =
                    coerce.try_coerce(self, Some(els), else_ty, self.tail_span(els))
                {
                    let (e, f) = (self.resolve(expected_ty), self.resolve(else_ty));
                    if !e.references_error(tcx) && !f.references_error(tcx) {
                        let d = tcx
                            .sess
                            .dcx
                            .struct_err(
                                self.tail_span(els),
                                "`if` and `else` have incompatible types",
                            )
                            .code("E0308")
                            .span_label(self.tail_span(then), "expected because of this")
                            .span_label(
                                self.tail_span(els),
                                format!(
                                    "expected {}, found {}",
                                    self.ty_descr(e),
                                    self.ty_descr(f)
                                ),
                            )
                            .emit();
                        self.set_tainted(d);
                    }
                }
                self.diverges
                    .set(cond_diverges || (then_diverges && else_diverges));
            }
            None => {
                let unit = tcx.types.unit;
                if self.infcx.eq(unit, target).is_err() {
                    let d = tcx
                        .sess
                        .dcx
                        .struct_err(span, "`if` may be missing an `else` clause")
                        .code("E0317")
                        .span_label(
                            self.tail_span(then),
                            format!("found {}", self.ty_descr(then_ty)),
                        )
                        .span_label(
                            span,
                            format!("expected {}, found `()`", self.ty_descr(target)),
                        )
                        .note("`if` expressions without `else` evaluate to `()`")
                        .emit();
                    self.set_tainted(d);
                }
                coerce.pushed += 1;
                self.diverges.set(cond_diverges);
            }
        }
        coerce.complete(self)
    }

    /// The span of a block's tail expression (or of the block).
    pub fn tail_span(&self, expr: ExprId) -> Span {
        match &self.body.exprs[expr].kind {
            ExprKind::Block(b, _) => b.expr.map(|e| self.tail_span(e)).unwrap_or(b.span),
            _ => self.expr_span(expr),
        }
    }

    fn check_loop(
        &self,
        expr: ExprId,
        block: &hir::Block,
        source: hir::LoopSource,
        expected: Expectation,
    ) -> Ty {
        let tcx = self.tcx;
        let span = self.expr_span(expr);
        let coerce = match source {
            hir::LoopSource::Loop => Some(CoerceMany::new(
                expected
                    .only_has_type()
                    .unwrap_or_else(|| self.infcx.next_diverging_ty_var(span)),
            )),
            _ => None,
        };
        self.breakables.borrow_mut().push(Breakable {
            expr,
            coerce,
            may_break: false,
        });
        self.check_block_unit(block);
        let ctxt = self.breakables.borrow_mut().pop();
        let Some(ctxt) = ctxt else {
            return tcx.types.error;
        };
        if !ctxt.may_break {
            self.diverges.set(true);
            return tcx.types.never;
        }
        self.diverges.set(false);
        match ctxt.coerce {
            Some(c) => c.complete(self),
            None => tcx.types.unit,
        }
    }

    fn check_break(
        &self,
        _expr: ExprId,
        dest: &hir::Destination,
        value: Option<ExprId>,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        let target = match dest.target {
            Ok(t) => t,
            Err(e) => {
                if let Some(v) = value {
                    self.check_expr(v);
                }
                return self.err_ty(e);
            }
        };
        let index = self
            .breakables
            .borrow()
            .iter()
            .rposition(|b| b.expr == target);
        let Some(index) = index else {
            if let Some(v) = value {
                self.check_expr(v);
            }
            return tcx.types.never;
        };
        let coerce_target = {
            let mut b = self.breakables.borrow_mut();
            b[index].may_break = true;
            b[index].coerce.as_ref().map(|c| c.expected)
        };
        match (value, coerce_target) {
            (Some(v), Some(t)) => {
                let ty = self.check_expr_with_expectation(v, Expectation::ExpectHasType(t));
                let mut coerce = CoerceMany::new(t);
                coerce.coerce(self, Some(v), ty, self.expr_span(v), None);
                if coerce.pushed > 0 {
                    if let Some(c) = self.breakables.borrow_mut()[index].coerce.as_mut() {
                        c.pushed += 1;
                    }
                }
            }
            (None, Some(t)) => {
                if self.infcx.eq(tcx.types.unit, t).is_err() {
                    self.report_mismatch(span, t, tcx.types.unit, None);
                }
                if let Some(c) = self.breakables.borrow_mut()[index].coerce.as_mut() {
                    c.pushed += 1;
                }
            }
            (Some(v), None) => {
                self.check_expr(v);
                let kind = match &self.body.exprs[target].kind {
                    ExprKind::Loop(_, _, hir::LoopSource::While, _) => "while",
                    ExprKind::Loop(_, _, hir::LoopSource::ForLoop, _) => "for",
                    _ => "block",
                };
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(span, format!("`break` with value from a `{kind}` loop"))
                    .code("E0571")
                    .span_label(
                        span,
                        "can only break with a value inside `loop` or breakable block".to_string(),
                    )
                    .emit();
                self.set_tainted(e);
            }
            (None, None) => {}
        }
        tcx.types.never
    }

    fn check_return(&self, value: Option<ExprId>, span: Span) -> Ty {
        let tcx = self.tcx;
        let ret = self.ret_coercion.borrow().last().map(|(t, _)| *t);
        let Some(ret) = ret else {
            let e = tcx
                .sess
                .dcx
                .struct_err(span, "return statement outside of function body")
                .code("E0572")
                .emit();
            return self.err_ty(e);
        };
        match value {
            Some(v) => {
                let ty = self.check_expr_with_expectation(v, Expectation::ExpectHasType(ret));
                if self.try_coerce_expr(v, ty, ret).is_err() {
                    let ret_span = self.fn_ret_span();
                    let origin = ret_span.map(|s| {
                        (
                            s,
                            format!("expected {} because of return type", self.ty_descr(ret)),
                        )
                    });
                    self.report_mismatch(
                        self.expr_span(v),
                        ret,
                        ty,
                        origin.as_ref().map(|(s, l)| (*s, l.as_str())),
                    );
                }
            }
            None => {
                if self.infcx.eq(tcx.types.unit, ret).is_err() {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            span,
                            "`return;` in a function whose return type is not `()`",
                        )
                        .code("E0069")
                        .span_label(span, "return type is not `()`")
                        .emit();
                    self.set_tainted(e);
                }
            }
        }
        tcx.types.never
    }

    pub fn fn_ret_span(&self) -> Option<Span> {
        let sig = self.tcx.hir.owner(self.owner)?.fn_sig()?;
        sig.decl.output.as_ref().map(|t| t.span)
    }

    fn check_match(
        &self,
        scrut: ExprId,
        arms: &[hir::Arm],
        source: hir::MatchSource,
        expected: Expectation,
        span: Span,
    ) -> Ty {
        let tcx = self.tcx;
        let scrut_ty = self.check_expr(scrut);
        let scrut_diverges = self.diverges.get();
        for arm in arms {
            self.check_pat_top(arm.pat, scrut_ty, Some(self.expr_span(scrut)), false);
        }
        let pats: Vec<PatId> = arms.iter().map(|a| a.pat).collect();
        self.fixup_scrutinee_for_ref_mut(scrut, &pats);
        if arms.is_empty() {
            self.diverges.set(true);
            return tcx.types.never;
        }
        let mut coerce = match expected.only_has_type() {
            // Without a known expected type the arms meet at their least upper bound.
            Some(t) if self.is_unresolved_var(t) => CoerceMany::with_lub(t),
            Some(t) => CoerceMany::new(t),
            None => CoerceMany::with_lub(self.infcx.next_diverging_ty_var(span)),
        };
        let expected = match expected.only_has_type() {
            Some(t) if self.is_unresolved_var(t) => Expectation::NoExpectation,
            _ => expected,
        };
        let mut all_diverge = true;
        let mut first_arm: Option<ExprId> = None;
        for arm in arms {
            self.diverges.set(false);
            if let Some(guard) = arm.guard {
                self.check_expr_has_type_or_error(guard, tcx.types.bool);
                self.diverges.set(false);
            }
            let ty = self.check_expr_with_expectation(arm.body, expected);
            all_diverge &= self.diverges.get();
            if let Err(expected_ty) =
                coerce.try_coerce(self, Some(arm.body), ty, self.tail_span(arm.body))
            {
                let (e, f) = (self.resolve(expected_ty), self.resolve(ty));
                if !e.references_error(tcx) && !f.references_error(tcx) {
                    let msg = match source {
                        hir::MatchSource::Normal => "`match` arms have incompatible types",
                        _ => "mismatched types",
                    };
                    let mut d = tcx
                        .sess
                        .dcx
                        .struct_err(self.tail_span(arm.body), msg)
                        .code("E0308")
                        .span_label(
                            self.tail_span(arm.body),
                            format!("expected {}, found {}", self.ty_descr(e), self.ty_descr(f)),
                        );
                    if let Some(first) = first_arm {
                        d = d.span_label(
                            self.tail_span(first),
                            format!("this is found to be of type {}", self.ty_descr(e)),
                        );
                    }
                    self.set_tainted(d.emit());
                }
            }
            if tcx.kind(self.infcx.shallow_resolve(ty)) != TyKind::Never && first_arm.is_none() {
                first_arm = Some(arm.body);
            }
        }
        self.diverges.set(scrut_diverges || all_diverge);
        coerce.complete(self)
    }

    fn check_block(&self, expr: ExprId, block: &hir::Block, expected: Expectation) -> Ty {
        let tcx = self.tcx;
        let target = expected
            .only_has_type()
            .unwrap_or_else(|| self.infcx.next_diverging_ty_var(block.span));
        if block.targeted_by_break {
            self.breakables.borrow_mut().push(Breakable {
                expr,
                coerce: Some(CoerceMany::new(target)),
                may_break: false,
            });
        }
        if block.unsafe_ {
            self.unsafe_depth.set(self.unsafe_depth.get() + 1);
        }
        for stmt in &block.stmts {
            self.check_stmt(stmt);
        }
        let mut coerce = CoerceMany::new(target);
        match block.expr {
            Some(tail) => {
                let ty = self.check_expr_with_expectation(tail, expected);
                if self.try_coerce_expr(tail, ty, target).is_err() {
                    self.report_mismatch(self.expr_span(tail), target, ty, None);
                }
                if tcx.kind(self.infcx.shallow_resolve(ty)) != TyKind::Never {
                    coerce.pushed += 1;
                }
            }
            None => {
                if !self.diverges.get() {
                    if self.infcx.eq(tcx.types.unit, target).is_err() {
                        let t = self.resolve(target);
                        if !t.references_error(tcx) {
                            let mut d = self.mismatch_diag(block.span, t, tcx.types.unit);
                            if let Some(last) = block.stmts.last() {
                                if let hir::StmtKind::Semi(e) = last.kind {
                                    let ety = self.resolve(self.expr_ty(e));
                                    if self.infcx.can_eq(ety, t) {
                                        let semi =
                                            smelt_span::Span::new(last.span.hi, last.span.hi)
                                                .with_ctxt(last.span.ctxt);
                                        let semi = smelt_span::Span {
                                            lo: smelt_span::BytePos(semi.lo.0.saturating_sub(1)),
                                            ..semi
                                        };
                                        d = d.span_help(
                                            semi,
                                            "remove this semicolon to return this value",
                                        );
                                    }
                                }
                            }
                            self.set_tainted(d.emit());
                        }
                    }
                    coerce.pushed += 1;
                }
            }
        }
        if block.unsafe_ {
            self.unsafe_depth.set(self.unsafe_depth.get() - 1);
        }
        if block.targeted_by_break {
            let ctxt = self.breakables.borrow_mut().pop();
            if let Some(ctxt) = ctxt {
                if ctxt.may_break {
                    self.diverges.set(false);
                    if coerce.pushed == 0 {
                        return target;
                    }
                }
            }
        }
        coerce.complete(self)
    }

    /// A block whose value must be `()` (loop bodies).
    fn check_block_unit(&self, block: &hir::Block) {
        let tcx = self.tcx;
        for stmt in &block.stmts {
            self.check_stmt(stmt);
        }
        if let Some(tail) = block.expr {
            self.check_expr_has_type_or_error(tail, tcx.types.unit);
        }
    }

    fn check_stmt(&self, stmt: &hir::Stmt) {
        let tcx = self.tcx;
        match &stmt.kind {
            hir::StmtKind::Let(local) => self.check_let(local),
            hir::StmtKind::Item(_) => {}
            hir::StmtKind::Expr(e) => {
                self.check_expr_has_type_or_error(*e, tcx.types.unit);
            }
            hir::StmtKind::Semi(e) => {
                self.check_expr(*e);
            }
        }
    }

    fn check_let(&self, local: &hir::LetStmt) {
        let tcx = self.tcx;
        let (ty, annotated) = match &local.ty {
            Some(t) => (self.lower_ty(t), Some(t.span)),
            None => (self.infcx.next_ty_var(self.pat_span(local.pat)), None),
        };
        if let Some(init) = local.init {
            let init_ty = self.check_expr_with_expectation(init, Expectation::ExpectHasType(ty));
            if self.try_coerce_expr(init, init_ty, ty).is_err() {
                let origin = annotated.map(|s| (s, "expected due to this"));
                self.report_mismatch(self.expr_span(init), ty, init_ty, origin);
            }
        }
        self.check_pat_top(
            local.pat,
            ty,
            local.init.map(|i| self.expr_span(i)),
            local.els.is_none(),
        );
        if let Some(init) = local.init {
            self.fixup_scrutinee_for_ref_mut(init, &[local.pat]);
        }
        if let Some(els) = &local.els {
            let prev = self.diverges.replace(false);
            for s in &els.stmts {
                self.check_stmt(s);
            }
            let ty = match els.expr {
                Some(e) => self.check_expr(e),
                None if self.diverges.get() => tcx.types.never,
                None => tcx.types.unit,
            };
            let ty = self.infcx.shallow_resolve(ty);
            if tcx.kind(ty) != TyKind::Never && ty != tcx.types.error {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(els.span, "`else` clause of `let...else` does not diverge")
                    .code("E0308")
                    .span_label(
                        els.span,
                        format!("expected `!`, found {}", self.ty_descr(ty)),
                    )
                    .help("try adding a diverging expression, such as `return` or `panic!(..)`")
                    .emit();
                self.set_tainted(e);
            }
            self.diverges.set(prev);
        }
    }

    /* ------------------------------------------------------------ fields and structs */

    fn check_field(&self, expr: ExprId, base: ExprId, ident: Ident) -> Ty {
        let tcx = self.tcx;
        let base_ty = self.check_expr(base);
        let base_ty = self.structurally_resolve(base_ty, self.expr_span(base));
        if base_ty == tcx.types.error {
            return tcx.types.error;
        }
        let steps = self.autoderef_steps(base_ty, ident.span);
        let mut private_found: Option<(DefId, Ty)> = None;
        for (i, step) in steps.iter().enumerate() {
            let t = self.infcx.shallow_resolve(step.ty);
            let found: Option<(FieldIdx, Ty)> = match tcx.kind(t) {
                TyKind::Adt(def, args) => {
                    let adt = tcx.adt_def(def);
                    if adt.is_enum() {
                        None
                    } else {
                        let variant = adt.non_enum_variant();
                        match variant
                            .fields
                            .iter_enumerated()
                            .find(|(_, f)| f.name == ident.name)
                        {
                            Some((idx, f)) => {
                                if !tcx.hir.is_accessible_from(f.vis, self.owner) {
                                    private_found = Some((def, t));
                                    None
                                } else {
                                    Some((idx, self.normalize(f.ty(tcx, args), ident.span)))
                                }
                            }
                            None => None,
                        }
                    }
                }
                TyKind::Tuple(tys) => {
                    let tys = tcx.tys(tys);
                    tcx.str(ident.name)
                        .parse::<usize>()
                        .ok()
                        .filter(|&n| n < tys.len())
                        .map(|n| (FieldIdx::from_u32(n as u32), tys[n]))
                }
                _ => None,
            };
            if let Some((idx, ty)) = found {
                let adjustments: Vec<Adjustment> = steps[1..=i]
                    .iter()
                    .map(|s| Adjustment {
                        kind: Adjust::Deref(s.overloaded.map(|_| Mutability::Not)),
                        target: s.ty,
                    })
                    .collect();
                self.apply_adjustments(base, adjustments);
                self.results.borrow_mut().field_indices.insert(expr, idx);
                return ty;
            }
        }
        let ty_str = self.ty_str(base_ty);
        let name = tcx.str(ident.name);
        if let Some((def, t)) = private_found {
            let adt = tcx.adt_def(def);
            let kind = if adt.is_union() { "union" } else { "struct" };
            let e = tcx
                .sess
                .dcx
                .struct_err(
                    ident.span,
                    format!("field `{name}` of {kind} `{}` is private", self.ty_str(t)),
                )
                .code("E0616")
                .span_label(ident.span, "private field")
                .emit();
            return self.err_ty(e);
        }
        // A method of that name?
        if let Ok(_pick) =
            self.probe_method(ident.span, ident.name, base_ty, expr, ProbeMode::Method)
        {
            let e = tcx
                .sess
                .dcx
                .struct_err(
                    ident.span,
                    format!("attempted to take value of method `{name}` on type `{ty_str}`"),
                )
                .code("E0615")
                .span_label(ident.span, "method, not a field")
                .help("use parentheses to call the method: `()`")
                .emit();
            return self.err_ty(e);
        }
        let primitive = matches!(
            tcx.kind(base_ty),
            TyKind::Int(_) | TyKind::Uint(_) | TyKind::Float(_) | TyKind::Bool | TyKind::Char
        );
        let mut d = if primitive {
            tcx.sess
                .dcx
                .struct_err(
                    ident.span,
                    format!("`{ty_str}` is a primitive type and therefore doesn't have fields"),
                )
                .code("E0610")
        } else {
            tcx.sess
                .dcx
                .struct_err(ident.span, format!("no field `{name}` on type `{ty_str}`"))
                .code("E0609")
                .span_label(ident.span, "unknown field")
        };
        if let Some(last) = steps.last() {
            if let TyKind::Adt(def, _) = tcx.kind(self.infcx.shallow_resolve(last.ty)) {
                let adt = tcx.adt_def(def);
                if !adt.is_enum() {
                    let available: Vec<String> = adt
                        .non_enum_variant()
                        .fields
                        .iter()
                        .filter(|f| tcx.hir.is_accessible_from(f.vis, self.owner))
                        .map(|f| format!("`{}`", tcx.str(f.name)))
                        .collect();
                    if !available.is_empty() && !primitive {
                        d = d.note(format!(
                            "available field{} {}: {}",
                            if available.len() == 1 { "" } else { "s" },
                            if available.len() == 1 { "is" } else { "are" },
                            available.join(", ")
                        ));
                    }
                }
            }
        }
        let e = d.emit();
        self.err_ty(e)
    }

    /// Resolves the path of a struct expression or pattern to a variant and the ADT type.
    pub fn check_struct_path(&self, qpath: &QPath, span: Span) -> Option<(Ty, VariantIdx)> {
        let tcx = self.tcx;
        let (res, seg_args): (Res, Option<&hir::PathSegment>) = match qpath {
            QPath::Resolved(None, path) => (
                path.res,
                path.segments.iter().rev().find(|s| s.args.is_some()),
            ),
            QPath::LangItem(item, _) => match tcx.lang_item(*item) {
                Some(def) => (Res::Def(tcx.def_kind(def), def), None),
                None => return None,
            },
            QPath::TypeRelative(qself, seg) => {
                let ty = self.lower_ty(qself);
                let ty = self.try_structurally_resolve(ty);
                if let TyKind::Adt(def, _) = tcx.kind(ty) {
                    let adt = tcx.adt_def(def);
                    let found = adt
                        .variants
                        .iter_enumerated()
                        .find(|(_, v)| v.name == seg.ident.name)
                        .map(|(i, _)| i);
                    if let Some(vi) = found {
                        return Some((ty, vi));
                    }
                }
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!("no variant named `{}` found", tcx.str(seg.ident.name)),
                    )
                    .code("E0599")
                    .emit();
                self.set_tainted(e);
                return None;
            }
            QPath::Resolved(Some(_), _) => return None,
        };
        match res {
            Res::Def(DefKind::Struct | DefKind::Union, def) => {
                let args = self.instantiate_value_path_args(def, seg_args, span);
                Some((tcx.mk_adt(def, args), VariantIdx::from_u32(0)))
            }
            Res::Def(DefKind::Variant, variant)
            | Res::Def(DefKind::Ctor(hir::CtorOf::Variant, _), variant) => {
                let variant = if matches!(tcx.def_kind(variant), DefKind::Ctor(..)) {
                    tcx.parent(variant)?
                } else {
                    variant
                };
                let enum_def = tcx.parent(variant)?;
                let args = self.instantiate_value_path_args(enum_def, seg_args, span);
                let adt = tcx.adt_def(enum_def);
                let vi = adt.variant_index_with_id(variant)?;
                Some((tcx.mk_adt(enum_def, args), vi))
            }
            Res::Def(DefKind::Ctor(hir::CtorOf::Struct, _), ctor) => {
                let def = tcx.parent(ctor)?;
                let args = self.instantiate_value_path_args(def, seg_args, span);
                Some((tcx.mk_adt(def, args), VariantIdx::from_u32(0)))
            }
            Res::Def(DefKind::TyAlias, _)
            | Res::SelfTyAlias { .. }
            | Res::Def(DefKind::AssocTy, _) => {
                let ty = match qpath {
                    QPath::Resolved(None, path) => self.lowerer().lower_path_ty(path, span),
                    _ => return None,
                };
                let ty = self.normalize(ty, span);
                match tcx.kind(ty) {
                    TyKind::Adt(def, _) if !tcx.adt_def(def).is_enum() => {
                        Some((ty, VariantIdx::from_u32(0)))
                    }
                    _ => {
                        let e = tcx
                            .sess
                            .dcx
                            .struct_err(
                                span,
                                format!(
                                    "expected struct, variant or union type, found `{}`",
                                    self.ty_str(ty)
                                ),
                            )
                            .code("E0071")
                            .emit();
                        self.set_tainted(e);
                        None
                    }
                }
            }
            Res::Err => None,
            res => {
                let e = tcx
                    .sess
                    .dcx
                    .struct_err(
                        span,
                        format!(
                            "expected struct, variant or union type, found {}",
                            res.descr()
                        ),
                    )
                    .code("E0574")
                    .span_label(span, "not a struct, variant or union type")
                    .emit();
                self.set_tainted(e);
                None
            }
        }
    }

    fn check_struct_expr(
        &self,
        expr: ExprId,
        qpath: &QPath,
        fields: &[hir::ExprField],
        tail: &hir::StructTail,
        expected: Expectation,
    ) -> Ty {
        let tcx = self.tcx;
        let span = self.expr_span(expr);
        let Some((adt_ty, vi)) = self.check_struct_path(qpath, qpath.span()) else {
            for f in fields {
                self.check_expr(f.expr);
            }
            if let hir::StructTail::Base(b) = tail {
                self.check_expr(*b);
            }
            return tcx.types.error;
        };
        let TyKind::Adt(adt_def_id, args) = tcx.kind(adt_ty) else {
            return tcx.types.error;
        };
        // The arguments the expected type suggests, as hints for the fields
        // (`let s: S<Box<dyn Fn()>> = S { f: Box::new(|| ..) }`).
        let hint_args = expected.only_has_type().and_then(|ety| {
            let ety = self.resolve(ety);
            self.infcx.probe(|| {
                self.infcx.eq(adt_ty, ety).ok()?;
                match tcx.kind(self.resolve(adt_ty)) {
                    TyKind::Adt(_, a) => Some(a),
                    _ => None,
                }
            })
        });
        let adt = tcx.adt_def(adt_def_id);
        let variant = &adt.variants[vi];
        let variant_name = if adt.is_enum() {
            format!(
                "{}::{}",
                tcx.def_path_str(adt_def_id),
                tcx.str(variant.name)
            )
        } else {
            tcx.def_path_str(adt_def_id)
        };
        let mut seen: Vec<Option<Span>> = vec![None; variant.fields.len()];
        let mut indices = Vec::new();
        for f in fields {
            let found = variant
                .fields
                .iter_enumerated()
                .find(|(_, fd)| fd.name == f.ident.name);
            match found {
                Some((idx, fd)) => {
                    if let Some(prev) = seen[idx.as_usize()] {
                        let e = tcx
                            .sess
                            .dcx
                            .struct_err(
                                f.ident.span,
                                format!(
                                    "field `{}` specified more than once",
                                    tcx.str(f.ident.name)
                                ),
                            )
                            .code("E0062")
                            .span_label(f.ident.span, "used more than once")
                            .span_label(
                                prev,
                                "first use of `".to_string() + tcx.str(f.ident.name) + "`",
                            )
                            .emit();
                        self.set_tainted(e);
                    }
                    seen[idx.as_usize()] = Some(f.ident.span);
                    if !tcx.hir.is_accessible_from(fd.vis, self.owner) {
                        let e = tcx
                            .sess
                            .dcx
                            .struct_err(
                                f.ident.span,
                                format!(
                                    "field `{}` of struct `{}` is private",
                                    tcx.str(f.ident.name),
                                    tcx.def_path_str(adt_def_id)
                                ),
                            )
                            .code("E0451")
                            .span_label(f.ident.span, "private field")
                            .emit();
                        self.set_tainted(e);
                    }
                    let fty = self.normalize(fd.ty(tcx, args), f.span);
                    let hint = hint_args.map(|a| self.normalize(fd.ty(tcx, a), f.span));
                    self.check_expr_coercible_with_hint(f.expr, fty, hint);
                    indices.push(idx);
                }
                None => {
                    self.check_expr(f.expr);
                    let kind = if adt.is_enum() {
                        "variant"
                    } else if adt.is_union() {
                        "union"
                    } else {
                        "struct"
                    };
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            f.ident.span,
                            format!(
                                "{kind} `{variant_name}` has no field named `{}`",
                                tcx.str(f.ident.name)
                            ),
                        )
                        .code(if adt.is_enum() { "E0559" } else { "E0560" })
                        .span_label(
                            f.ident.span,
                            if adt.is_enum() {
                                "field does not exist".to_string()
                            } else {
                                "unknown field".to_string()
                            },
                        )
                        .emit();
                    self.set_tainted(e);
                    indices.push(FieldIdx::from_u32(u32::MAX));
                }
            }
        }
        self.results
            .borrow_mut()
            .struct_field_indices
            .insert(expr, indices);
        match tail {
            hir::StructTail::Base(base) => {
                self.check_expr_has_type_or_error(*base, adt_ty);
                let fru: Vec<Ty> = variant
                    .fields
                    .iter()
                    .map(|f| self.normalize(f.ty(tcx, args), span))
                    .collect();
                self.results.borrow_mut().fru_field_types.insert(expr, fru);
            }
            hir::StructTail::None if !adt.is_union() => {
                let missing: Vec<String> = variant
                    .fields
                    .iter_enumerated()
                    .filter(|(i, _)| seen[i.as_usize()].is_none())
                    .map(|(_, f)| tcx.str(f.name).to_string())
                    .collect();
                if !missing.is_empty() && self.tainted.get().is_none() {
                    let list = match missing.len() {
                        1 => format!("field `{}`", missing[0]),
                        2 => format!("fields `{}` and `{}`", missing[0], missing[1]),
                        3 => format!(
                            "fields `{}`, `{}` and `{}`",
                            missing[0], missing[1], missing[2]
                        ),
                        n => format!(
                            "fields `{}`, `{}`, `{}` and {} other field{}",
                            missing[0],
                            missing[1],
                            missing[2],
                            n - 3,
                            if n - 3 == 1 { "" } else { "s" }
                        ),
                    };
                    let path_span = qpath.span();
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(
                            path_span,
                            format!("missing {list} in initializer of `{variant_name}`"),
                        )
                        .code("E0063")
                        .span_label(
                            path_span,
                            format!(
                                "missing {}",
                                list.replace("field ", "").replace("fields ", "")
                            ),
                        )
                        .emit();
                    self.set_tainted(e);
                }
            }
            hir::StructTail::None => {
                if fields.len() != 1 {
                    let e = tcx
                        .sess
                        .dcx
                        .struct_err(span, "union expressions should have exactly one field")
                        .code("E0784")
                        .emit();
                    self.set_tainted(e);
                }
            }
            hir::StructTail::DefaultFields(s) => {
                let e = tcx
                    .sess
                    .dcx
                    .err(*s, "default field values are not supported by smelt yet");
                self.set_tainted(e);
            }
        }
        adt_ty
    }

    /// A scrutinee matched with `ref mut` bindings is used mutably: its overloaded derefs
    /// and indexes become the mutable versions (`let ref mut x = *boxed_like;`).
    fn fixup_scrutinee_for_ref_mut(&self, scrut: ExprId, pats: &[PatId]) {
        if pats.iter().any(|&p| self.pat_has_ref_mut(p)) {
            self.fixup_mutable_place(scrut);
        }
    }

    fn pat_has_ref_mut(&self, p: PatId) -> bool {
        use smelt_hir::PatKind;
        let body = self.body.clone();
        let mut stack = vec![p];
        while let Some(q) = stack.pop() {
            if let Some(smelt_ty::typeck_results::BindingMode::ByRef(Mutability::Mut, _)) =
                self.results.borrow().pat_binding_modes.get(&q)
            {
                return true;
            }
            match &body.pats[q].kind {
                PatKind::Binding(_, _, _, sub) => stack.extend(sub.iter().copied()),
                PatKind::Struct(_, fields, _) => stack.extend(fields.iter().map(|f| f.pat)),
                PatKind::TupleStruct(_, ps, _) | PatKind::Tuple(ps, _) | PatKind::Or(ps) => {
                    stack.extend(ps.iter().copied())
                }
                PatKind::Box(x) | PatKind::Ref(x, _) => stack.push(*x),
                PatKind::Slice(a, m, b) => {
                    stack.extend(a.iter().copied());
                    stack.extend(m.iter().copied());
                    stack.extend(b.iter().copied());
                }
                _ => {}
            }
        }
        false
    }

    /// Whether an expression denotes a place (can be assigned to or borrowed in place).
    pub fn is_place_expr(&self, expr: ExprId) -> bool {
        match &self.body.exprs[expr].kind {
            ExprKind::Path(QPath::Resolved(_, path)) => matches!(
                path.res,
                Res::Local(_) | Res::Def(DefKind::Static { .. }, _) | Res::Err
            ),
            ExprKind::Field(..) | ExprKind::Index(..) | ExprKind::Unary(UnOp::Deref, _) => true,
            ExprKind::Err(_) => true,
            _ => false,
        }
    }

    /// The variable a place expression is rooted in (for diagnostics).
    pub fn place_root_var(&self, expr: ExprId) -> Option<PatId> {
        match &self.body.exprs[expr].kind {
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Local(v) => Some(v),
                _ => None,
            },
            ExprKind::Field(b, _) | ExprKind::Index(b, _, _) => self.place_root_var(*b),
            _ => None,
        }
    }
}

//! Calls: of function items and pointers, of methods, and the checking of arguments against
//! the callee's signature (arity E0061, coercion of each argument).

use smelt_hir::{self as hir, DefId, ExprId, ExprKind};
use smelt_span::Span;
use smelt_ty::{FnSig, Instantiate, Ty, TyKind};

use super::method::ProbeMode;
use super::{Expectation, FnCtxt};

impl FnCtxt<'_> {
    pub fn check_call(
        &self,
        call: ExprId,
        callee: ExprId,
        args: &[ExprId],
        expected: Expectation,
    ) -> Ty {
        let tcx = self.tcx;
        let callee_ty = self.check_expr(callee);
        let callee_ty = self.structurally_resolve(callee_ty, self.expr_span(callee));
        let call_span = self.expr_span(call);
        match tcx.kind(callee_ty) {
            TyKind::FnDef(def, fargs) => {
                let sig = tcx.fn_sig(def).instantiate(tcx, fargs);
                let sig = self.normalize(sig, call_span);
                self.require_safe_call(sig, call_span, Some(def));
                let inputs = tcx.sig_inputs(sig);
                let expected_inputs = self.expected_inputs_for_expected_output(
                    expected,
                    tcx.sig_output(sig),
                    &inputs,
                );
                self.check_argument_types_with_expectations(
                    call_span,
                    callee,
                    &inputs,
                    expected_inputs.as_deref(),
                    args,
                    sig.c_variadic,
                    Some(def),
                );
                tcx.sig_output(sig)
            }
            TyKind::FnPtr(sig) => {
                self.require_safe_call(sig, call_span, None);
                let inputs = tcx.sig_inputs(sig);
                let expected_inputs = self.expected_inputs_for_expected_output(
                    expected,
                    tcx.sig_output(sig),
                    &inputs,
                );
                self.check_argument_types_with_expectations(
                    call_span,
                    callee,
                    &inputs,
                    expected_inputs.as_deref(),
                    args,
                    sig.c_variadic,
                    None,
                );
                tcx.sig_output(sig)
            }
            TyKind::Error => {
                for a in args {
                    self.check_expr(*a);
                }
                tcx.types.error
            }
            _ => {
                if let Some(output) = self.check_overloaded_call(call, callee, callee_ty, args) {
                    return output;
                }
                for a in args {
                    self.check_expr(*a);
                }
                let ty_str = self.ty_str(callee_ty);
                let what = match &self.body.exprs[callee].kind {
                    ExprKind::Path(hir::QPath::Resolved(_, path)) => match path.res {
                        hir::Res::Local(_) => format!(
                            "`{}` is a local variable of type `{ty_str}`",
                            path.segments.last().map_or("", |s| tcx.str(s.ident.name))
                        ),
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                let mut d = tcx
                    .sess
                    .dcx
                    .struct_err(call_span, format!("expected function, found `{ty_str}`"))
                    .code("E0618");
                d = d.span_label(
                    self.expr_span(callee),
                    if what.is_empty() {
                        "call expression requires function".to_string()
                    } else {
                        what
                    },
                );
                let e = d.emit();
                self.err_ty(e)
            }
        }
    }

    fn require_safe_call(&self, sig: FnSig, span: Span, def: Option<DefId>) {
        if sig.safety == smelt_hir::Safety::Unsafe && self.unsafe_depth.get() == 0 {
            let what = match def {
                Some(d) => format!("call to unsafe function `{}`", self.tcx.def_path_str(d)),
                None => "call to unsafe function".to_string(),
            };
            let e = self
                .tcx
                .sess
                .dcx
                .struct_err(span, format!("{what} is unsafe and requires unsafe function or block"))
                .code("E0133")
                .span_label(span, "call to unsafe function")
                .note("consult the function's documentation for information on how to avoid undefined behavior")
                .emit();
            self.set_tainted(e);
        }
    }

    /// The argument types the expected type of a call's result suggests: the formal output
    /// unified, in a probe, with the expectation (`let v: Vec<Box<dyn T>> = vec![..]` makes
    /// the elements `Box<dyn T>`, so each one is coerced). Only a hint: the arguments are
    /// then coerced to these types and the formal types must agree.
    pub fn expected_inputs_for_expected_output(
        &self,
        expected: Expectation,
        output: Ty,
        inputs: &[Ty],
    ) -> Option<Vec<Ty>> {
        let ety = self.resolve(expected.only_has_type()?);
        if matches!(self.tcx.kind(ety), TyKind::Infer(_) | TyKind::Error) {
            return None;
        }
        let output = self.resolve(output);
        self.infcx.probe(|| {
            self.infcx.eq(output, ety).ok()?;
            Some(inputs.iter().map(|t| self.resolve(*t)).collect())
        })
    }

    /// Checks `expr` and coerces it to `formal`; with a `hint` (the type the context's
    /// expectation suggests), it is checked against and coerced to the hint, which must then
    /// agree with `formal`. An unsized hint (`dyn Trait` for `Box::new`'s argument) says
    /// nothing about the expression and is ignored.
    pub fn check_expr_coercible_with_hint(&self, expr: ExprId, formal: Ty, hint: Option<Ty>) {
        let formal = self.resolve(formal);
        let hint_dyn = hint
            .map(|t| self.resolve(t))
            .filter(|t| matches!(self.tcx.kind(*t), TyKind::Dynamic(..)));
        let hint = hint.map(|t| self.resolve(t)).filter(|t| {
            *t != formal
                && !matches!(
                    self.tcx.kind(*t),
                    TyKind::Dynamic(..)
                        | TyKind::Slice(_)
                        | TyKind::Str
                        | TyKind::Infer(_)
                        | TyKind::Error
                )
        });
        match hint {
            Some(hint) => {
                let actual =
                    self.check_expr_with_expectation(expr, Expectation::ExpectHasType(hint));
                if self.try_coerce_expr(expr, actual, hint).is_ok()
                    && self.infcx.eq(formal, hint).is_ok()
                {
                    return;
                }
                self.demand_coerce(expr, actual, formal, None);
            }
            None => {
                // A closure passed where a `dyn Fn(..)` is wanted (`Box::new(|x| ..)` for a
                // `Box<dyn Fn(u8) -> u8>`) takes its signature from the trait object.
                let unsized_hint = hint_dyn
                    .filter(|_| matches!(self.body.exprs[expr].kind, hir::ExprKind::Closure(_)));
                let expectation = match unsized_hint {
                    Some(h) => Expectation::ExpectRvalueLikeUnsized(h),
                    None => Expectation::ExpectHasType(formal),
                };
                let actual = self.check_expr_with_expectation(expr, expectation);
                self.demand_coerce(expr, actual, formal, None);
            }
        }
    }

    /// Checks `args` against `inputs` (coercing each), reporting arity errors.
    pub fn check_argument_types(
        &self,
        call_span: Span,
        callee: ExprId,
        inputs: &[Ty],
        args: &[ExprId],
        c_variadic: bool,
        def: Option<DefId>,
    ) {
        self.check_argument_types_with_expectations(
            call_span, callee, inputs, None, args, c_variadic, def,
        )
    }

    /// `check_argument_types` with the argument types the call's expected result suggests.
    #[allow(clippy::too_many_arguments)]
    pub fn check_argument_types_with_expectations(
        &self,
        call_span: Span,
        callee: ExprId,
        inputs: &[Ty],
        expected_inputs: Option<&[Ty]>,
        args: &[ExprId],
        c_variadic: bool,
        def: Option<DefId>,
    ) {
        let tcx = self.tcx;
        let arity_ok = if c_variadic {
            args.len() >= inputs.len()
        } else {
            args.len() == inputs.len()
        };
        if !arity_ok {
            let expected = inputs.len();
            let supplied = args.len();
            let is_method = matches!(self.body.exprs[callee].kind, ExprKind::MethodCall(..));
            let kind = if is_method { "method" } else { "function" };
            let msg = format!(
                "this {kind} takes {}{expected} argument{} but {supplied} argument{} supplied",
                if c_variadic { "at least " } else { "" },
                if expected == 1 { "" } else { "s" },
                if supplied == 1 { " was" } else { "s were" }
            );
            let callee_span = self.expr_span(callee);
            let mut d = tcx
                .sess
                .dcx
                .struct_err(callee_span, msg)
                .code(if c_variadic { "E0060" } else { "E0061" });
            if supplied < expected {
                let missing: Vec<String> = inputs[supplied..]
                    .iter()
                    .enumerate()
                    .map(|(i, t)| {
                        format!(
                            "argument #{} of type `{}`",
                            supplied + i + 1,
                            self.ty_str(*t)
                        )
                    })
                    .collect();
                let label = if missing.len() == 1 {
                    format!("{} is missing", missing[0])
                } else {
                    format!("{} arguments are missing", missing.len())
                };
                d = d.span_label(call_span, label);
            } else {
                for (i, a) in args.iter().enumerate().skip(expected) {
                    d = d.span_label(
                        self.expr_span(*a),
                        format!("unexpected argument #{}", i + 1),
                    );
                }
            }
            if let Some(def) = def {
                if !tcx.def_span(def).is_dummy() {
                    d = d.span_note(
                        tcx.hir
                            .owner(def)
                            .map_or(tcx.def_span(def), |o| o.ident().span),
                        format!(
                            "{} defined here",
                            if is_method { "method" } else { "function" }
                        ),
                    );
                }
            }
            let e = d.emit();
            self.set_tainted(e);
        }
        // Closures last, so that other arguments can inform their signatures.
        let is_closure = |a: &ExprId| matches!(self.body.exprs[*a].kind, ExprKind::Closure(_));
        for pass in [false, true] {
            if pass && args.iter().any(is_closure) {
                // What the other arguments taught us (`Iterator::Item` of the receiver)
                // gives the closures their parameter types.
                self.select_obligations_where_possible();
            }
            for (i, a) in args.iter().enumerate() {
                if is_closure(a) != pass {
                    continue;
                }
                match inputs.get(i) {
                    Some(formal) => {
                        let hint = expected_inputs.and_then(|e| e.get(i)).copied();
                        self.check_expr_coercible_with_hint(*a, *formal, hint);
                    }
                    None => {
                        let t = self.check_expr(*a);
                        if c_variadic {
                            self.check_variadic_arg(*a, t);
                        }
                    }
                }
            }
        }
    }

    fn check_variadic_arg(&self, arg: ExprId, ty: Ty) {
        let tcx = self.tcx;
        let ty = self.resolve(ty);
        let bad = match tcx.kind(ty) {
            TyKind::Float(smelt_ast::FloatTy::F32) => Some("c_double"),
            TyKind::Int(smelt_ast::IntTy::I8 | smelt_ast::IntTy::I16) | TyKind::Bool => {
                Some("c_int")
            }
            TyKind::Uint(smelt_ast::UintTy::U8 | smelt_ast::UintTy::U16) => Some("c_uint"),
            _ => None,
        };
        if let Some(c) = bad {
            let e = tcx
                .sess
                .dcx
                .struct_err(
                    self.expr_span(arg),
                    format!("can't pass `{}` to variadic function", self.ty_str(ty)),
                )
                .code("E0617")
                .help(format!("cast the value to `{c}`"))
                .emit();
            self.set_tainted(e);
        }
    }

    pub fn check_method_call(
        &self,
        expr: ExprId,
        seg: &hir::PathSegment,
        receiver: ExprId,
        args: &[ExprId],
        span: Span,
        expected: Expectation,
    ) -> Ty {
        let tcx = self.tcx;
        let rcvr_ty = self.check_expr(receiver);
        let rcvr_ty = self.try_structurally_resolve(rcvr_ty);
        if rcvr_ty == tcx.types.error {
            for a in args {
                self.check_expr(*a);
            }
            return tcx.types.error;
        }
        match self.probe_method(
            seg.ident.span,
            seg.ident.name,
            rcvr_ty,
            expr,
            ProbeMode::Method,
        ) {
            Ok(pick) => {
                let (_def, _args, sig) =
                    self.confirm_method(expr, receiver, rcvr_ty, &pick, seg, span);
                let inputs = tcx.sig_inputs(sig);
                let inputs = &inputs[1.min(inputs.len())..];
                let expected_inputs =
                    self.expected_inputs_for_expected_output(expected, tcx.sig_output(sig), inputs);
                self.check_argument_types_with_expectations(
                    span,
                    expr,
                    inputs,
                    expected_inputs.as_deref(),
                    args,
                    sig.c_variadic,
                    Some(pick.item.def_id),
                );
                tcx.sig_output(sig)
            }
            Err(err) => {
                let e =
                    self.report_method_error(seg.ident.span, seg.ident.name, rcvr_ty, err, true);
                self.write_resolution(expr, Err(e));
                for a in args {
                    self.check_expr(*a);
                }
                self.err_ty(e)
            }
        }
    }
}

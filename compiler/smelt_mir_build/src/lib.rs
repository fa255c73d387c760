//! Building MIR from type-checked HIR: function and constant bodies (`builder`), and the
//! bodies the compiler makes up (`shim`: constructors, drop glue). It provides the
//! `mir_built` and `optimized_mir` queries.
//!
//! Architecture invariant: MIR is only built for bodies whose type checking succeeded; a body
//! tainted by errors gets a body that does nothing, and no error is reported here about it.

mod builder;
pub mod check_match;
pub mod shim;

use std::any::Any;
use std::rc::Rc;

use smelt_hir::{CtorKind, DefId, DefKind};
use smelt_mir::*;
use smelt_span::Span;
use smelt_ty::{InstanceKind, Instantiate, TyCtxt};

use builder::Builder;

pub fn provide(providers: &mut smelt_ty::Providers) {
    providers.mir_built = |tcx, def| Rc::new(build_mir(tcx, def)) as Rc<dyn Any>;
    providers.optimized_mir =
        |tcx, instance| Rc::new(shim::instance_mir(tcx, instance)) as Rc<dyn Any>;
}

/// Whether a library function follows the user's overflow-check setting.
pub fn inherits_overflow_checks(tcx: &TyCtxt, def: DefId) -> bool {
    let root = tcx.hir.typeck_root(def);
    tcx.hir
        .owner(root)
        .is_some_and(|o| o.attrs().inherit_overflow_checks)
}

pub fn build_mir(tcx: &TyCtxt, def: DefId) -> Body {
    match tcx.def_kind(def) {
        DefKind::Ctor(_, CtorKind::Fn) => shim::build_ctor_shim(tcx, def),
        _ => build_body(tcx, def),
    }
}

/// A body that does nothing, for definitions with errors.
fn error_body(tcx: &TyCtxt, def: DefId, span: Span) -> Body {
    let results = Rc::new(smelt_ty::TypeckResults::new(
        def,
        Some(smelt_errors::ErrorGuaranteed::unchecked_claim_error_was_emitted()),
    ));
    let mut b = Builder::new(
        tcx,
        def,
        Rc::new(smelt_hir::Body::default()),
        results,
        tcx.types.error,
        span,
    );
    let start = b.new_block();
    b.terminate(start, span, TerminatorKind::Unreachable);
    b.finish(InstanceKind::Item(def), 0)
}

fn build_body(tcx: &TyCtxt, def: DefId) -> Body {
    let span = tcx.def_span(def);
    let Some((body, value)) = tcx.hir.body(def) else {
        return error_body(tcx, def, span);
    };
    let results = tcx.typeck(def);
    if results.tainted_by_errors.is_some() {
        return error_body(tcx, def, span);
    }
    let kind = tcx.def_kind(def);
    if kind == DefKind::Closure {
        return build_closure_body(tcx, def, body, value, results);
    }
    // A match that is not exhaustive would be lowered to wrong code: no MIR for this body.
    if check_match::check_match(tcx, def, &body, value, &results, true).is_err() {
        return error_body(tcx, def, span);
    }
    let param_env = tcx.param_env(tcx.hir.typeck_root(def));
    let (inputs, ret) = if kind.is_fn_like() && kind != DefKind::Closure {
        let sig = tcx.fn_sig(def);
        let sig = smelt_ty::fold::erase_regions(tcx, tcx.normalize_in_env(&param_env, sig));
        (tcx.sig_inputs(sig), tcx.sig_output(sig))
    } else {
        let ty = tcx.type_of(def).instantiate(tcx, tcx.identity_args(def));
        (
            Vec::new(),
            smelt_ty::fold::erase_regions(tcx, tcx.normalize_in_env(&param_env, ty)),
        )
    };
    let mut b = Builder::new(tcx, def, body.clone(), results, ret, span);
    let mut args = Vec::new();
    for (param, ty) in body.params.iter().zip(inputs.iter()) {
        let local = b.local_decls.push(LocalDecl {
            mutability: smelt_ast::Mutability::Not,
            ty: *ty,
            source_info: SourceInfo::outermost(param.span),
            info: LocalInfo::Boring,
        });
        args.push((local, param.pat));
    }
    let start = b.new_block();
    let end = b.in_terminating_scope(|b| {
        let mut block = start;
        for (local, pat) in &args {
            block = b.bind_param(block, *local, *pat);
        }
        let ret_place = Place::return_place();
        let block = b.expr_into_dest(ret_place, block, b.full(value));
        (block, ())
    });
    let rb = b.return_block();
    b.goto(end.0, span, rb);
    let mut mir = b.finish(InstanceKind::Item(def), args.len());
    // `extern "rust-call"` functions receive their last argument, a tuple, spread.
    if kind.is_fn_like() && tcx.fn_sig(def).abi == smelt_hir::Abi::RustCall {
        mir.spread_arg = args.last().map(|(l, _)| *l);
    }
    mir
}

/// The MIR of a promoted constant `&expr` in the body of `def`: `_1 = expr; _0 = &_1`.
pub fn build_promoted(tcx: &TyCtxt, def: DefId, expr: smelt_hir::ExprId) -> Body {
    let span = tcx.def_span(def);
    let Some((body, _)) = tcx.hir.body(def) else {
        return error_body(tcx, def, span);
    };
    let results = tcx.typeck(def);
    let ty = results.expr_ty(expr).unwrap_or(tcx.types.error);
    let ty = smelt_ty::fold::erase_regions(tcx, ty);
    let ref_ty = tcx.mk_ref(smelt_ty::Region::Erased, ty, smelt_ast::Mutability::Not);
    let espan = body.exprs[expr].span;
    let mut b = Builder::new(tcx, def, body.clone(), results, ref_ty, espan);
    let start = b.new_block();
    let tmp = b.temp(ty, espan);
    // The value itself: adjustments (an autoref) apply to the promoted reference outside.
    let end = b.expr_into_dest(Place::from(tmp), start, builder::AExpr { id: expr, adj: 0 });
    b.push_assign(
        end,
        espan,
        Place::return_place(),
        Rvalue::Ref(
            smelt_ty::Region::Erased,
            BorrowKind::Shared,
            Place::from(tmp),
        ),
    );
    b.terminate(end, espan, TerminatorKind::Return);
    b.finish(InstanceKind::Item(def), 0)
}

/// A closure's body: `_1` is the environment (`&Closure`, `&mut Closure` or `Closure` by
/// the closure's kind), then the closure's parameters; captured variables are fields of the
/// environment.
fn build_closure_body(
    tcx: &TyCtxt,
    def: DefId,
    body: Rc<smelt_hir::Body>,
    closure_expr: smelt_hir::ExprId,
    results: Rc<smelt_ty::TypeckResults>,
) -> Body {
    let span = tcx.def_span(def);
    let smelt_hir::ExprKind::Closure(closure) = &body.exprs[closure_expr].kind else {
        return error_body(tcx, def, span);
    };
    // The closure's patterns were checked (and their errors reported) with the body it is
    // written in; check again quietly to know whether it has errors.
    if check_match::check_match(tcx, def, &body, closure_expr, &results, false).is_err() {
        return error_body(tcx, def, span);
    }
    let closure = (**closure).clone();
    let closure_ty = results.expr_ty(closure_expr).unwrap_or(tcx.types.error);
    let smelt_ty::TyKind::Closure(_, cargs) = tcx.kind(closure_ty) else {
        return error_body(tcx, def, span);
    };
    let kind = results
        .closure_kinds
        .get(&def)
        .copied()
        .unwrap_or(smelt_ty::ClosureKind::Fn);
    let sig = smelt_ty::fold::erase_regions(tcx, tcx.closure_fn_sig(cargs));
    let env_ty = match kind {
        smelt_ty::ClosureKind::Fn => tcx.mk_ref(
            smelt_ty::Region::Erased,
            closure_ty,
            smelt_ast::Mutability::Not,
        ),
        smelt_ty::ClosureKind::FnMut => tcx.mk_ref(
            smelt_ty::Region::Erased,
            closure_ty,
            smelt_ast::Mutability::Mut,
        ),
        smelt_ty::ClosureKind::FnOnce => closure_ty,
    };
    let captures = results
        .closure_captures
        .get(&def)
        .cloned()
        .unwrap_or_default();
    let mut b = Builder::new(tcx, def, body.clone(), results, tcx.sig_output(sig), span);
    let env = b.local_decls.push(LocalDecl {
        mutability: smelt_ast::Mutability::Not,
        ty: env_ty,
        source_info: SourceInfo::outermost(span),
        info: LocalInfo::Boring,
    });
    let env_place = if kind == smelt_ty::ClosureKind::FnOnce {
        Place::from(env)
    } else {
        Place::from(env).deref()
    };
    for (i, cap) in captures.iter().enumerate() {
        let field = env_place.field(smelt_ty::FieldIdx::from_u32(i as u32), cap.ty);
        let place = match cap.kind {
            smelt_ty::typeck_results::CaptureKind::ByValue => field,
            smelt_ty::typeck_results::CaptureKind::ByRef(_) => field.deref(),
        };
        b.upvar_places.insert(cap.var, place);
    }
    let mut args = Vec::new();
    for (param, ty) in closure.params.iter().zip(tcx.sig_inputs(sig).iter()) {
        let local = b.local_decls.push(LocalDecl {
            mutability: smelt_ast::Mutability::Not,
            ty: *ty,
            source_info: SourceInfo::outermost(param.span),
            info: LocalInfo::Boring,
        });
        args.push((local, param.pat));
    }
    let start = b.new_block();
    let end = b.in_terminating_scope(|b| {
        if kind == smelt_ty::ClosureKind::FnOnce {
            // A `FnOnce` closure owns its environment: what the body did not move out is
            // dropped at the end.
            b.schedule_drop(env, span);
        }
        let mut block = start;
        for (local, pat) in &args {
            block = b.bind_param(block, *local, *pat);
        }
        let block = b.expr_into_dest(Place::return_place(), block, b.full(closure.body));
        (block, ())
    });
    let rb = b.return_block();
    b.goto(end.0, span, rb);
    b.finish(InstanceKind::Item(def), args.len() + 1)
}

impl Builder<'_> {
    /// Binds a parameter's pattern to its argument local. A plain `x` (or `mut x`) binding
    /// makes the argument local the variable itself.
    fn bind_param(&mut self, block: BasicBlock, arg: Local, pat: smelt_hir::PatId) -> BasicBlock {
        let span = self.pat_span(pat);
        self.schedule_drop(arg, span);
        if let smelt_hir::PatKind::Binding(mode, var, ident, None) = &self.body.pats[pat].kind {
            let by_value = matches!(
                self.results.pat_binding_modes.get(&pat),
                Some(smelt_ty::typeck_results::BindingMode::ByValue(_)) | None
            );
            if *var == pat && by_value && !self.results.pat_adjustments.contains_key(&pat) {
                let mutable = mode.1 == smelt_ast::Mutability::Mut;
                self.local_decls[arg].mutability = mode.1;
                self.local_decls[arg].info = LocalInfo::User {
                    name: ident.name,
                    pat,
                    mutable,
                    by_ref: false,
                };
                self.var_indices.insert(pat, arg);
                self.var_debug_info.push(VarDebugInfo {
                    name: ident.name,
                    scope: SourceScope::from_u32(0),
                    local: arg,
                });
                return block;
            }
        }
        self.declare_bindings(block, pat);
        let (success, fail) = self.lower_pattern(block, Place::from(arg), pat, self.span);
        if let Some(fail) = fail {
            self.terminate(fail, self.span, TerminatorKind::Unreachable);
        }
        success
    }
}

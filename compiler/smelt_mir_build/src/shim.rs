//! Bodies the compiler makes up: constructors of tuple structs and variants used as
//! functions, and the MIR of instances that are not plain items.

use smelt_hir::{DefId, DefKind};
use smelt_mir::*;
use smelt_span::{IndexVec, Span};
use smelt_ty::{FieldIdx, InstanceKind, Instantiate, TyCtxt, TyKind};

pub fn body_skeleton(
    tcx: &TyCtxt,
    instance: InstanceKind,
    ret: smelt_ty::Ty,
    args: &[smelt_ty::Ty],
    span: Span,
) -> Body {
    let mut local_decls = IndexVec::new();
    local_decls.push(LocalDecl {
        mutability: smelt_ast::Mutability::Mut,
        ty: ret,
        source_info: SourceInfo::outermost(span),
        info: LocalInfo::Boring,
    });
    for a in args {
        local_decls.push(LocalDecl {
            mutability: smelt_ast::Mutability::Not,
            ty: *a,
            source_info: SourceInfo::outermost(span),
            info: LocalInfo::Boring,
        });
    }
    let _ = tcx;
    Body {
        basic_blocks: IndexVec::new(),
        local_decls,
        source_scopes: IndexVec::from_raw(vec![SourceScopeData { span, parent: None }]),
        var_debug_info: Vec::new(),
        arg_count: args.len(),
        span,
        instance,
        spread_arg: None,
        caller_location: None,
        tainted_by_errors: None,
    }
}

/// `fn Some(_1: T) -> Option<T> { _0 = Option::<T>::Some(move _1); return; }`
pub fn build_ctor_shim(tcx: &TyCtxt, ctor: DefId) -> Body {
    let span = tcx.def_span(ctor);
    let sig = tcx.fn_sig(ctor);
    let inputs = tcx.sig_inputs(sig);
    let ret = tcx.sig_output(sig);
    let mut body = body_skeleton(tcx, InstanceKind::Item(ctor), ret, &inputs, span);
    let (adt, args) = match tcx.kind(ret) {
        TyKind::Adt(adt, args) => (adt, args),
        _ => return body,
    };
    let def = tcx.adt_def(adt);
    let variant = def
        .variant_index_with_ctor_id(ctor)
        .unwrap_or(smelt_ty::VariantIdx::from_u32(0));
    let ops: IndexVec<FieldIdx, Operand> = (1..=inputs.len())
        .map(|i| Operand::Move(Place::from(Local::from_u32(i as u32))))
        .collect();
    let stmt = Statement {
        source_info: SourceInfo::outermost(span),
        kind: StatementKind::Assign(Box::new((
            Place::return_place(),
            Rvalue::Aggregate(Box::new(AggregateKind::Adt(adt, variant, args, None)), ops),
        ))),
    };
    body.basic_blocks.push(BasicBlockData {
        statements: vec![stmt],
        terminator: Some(Terminator {
            source_info: SourceInfo::outermost(span),
            kind: TerminatorKind::Return,
        }),
        is_cleanup: false,
    });
    body
}

/// The MIR of an instance: an item's built MIR, or a shim.
pub fn instance_mir(tcx: &TyCtxt, instance: InstanceKind) -> Body {
    match instance {
        InstanceKind::Item(def) => {
            let built = smelt_mir::mir_built(tcx, def);
            (*built).clone()
        }
        InstanceKind::DropGlue(def, None) => {
            let span = tcx.def_span(def);
            let ptr = tcx.mk_ptr(tcx.types.unit, smelt_ast::Mutability::Mut);
            let mut body = body_skeleton(tcx, instance, tcx.types.unit, &[ptr], span);
            body.basic_blocks.push(BasicBlockData {
                statements: vec![Statement {
                    source_info: SourceInfo::outermost(span),
                    kind: StatementKind::Assign(Box::new((
                        Place::return_place(),
                        Rvalue::Use(Operand::zst(tcx.types.unit, span)),
                    ))),
                }],
                terminator: Some(Terminator {
                    source_info: SourceInfo::outermost(span),
                    kind: TerminatorKind::Return,
                }),
                is_cleanup: false,
            });
            body
        }
        InstanceKind::FnPtrShim(method, fn_ty) => fn_ptr_shim(tcx, instance, method, fn_ty),
        InstanceKind::ClosureOnceShim { call_once } => closure_once_shim(tcx, instance, call_once),
        InstanceKind::ReifyShim(def) => reify_shim(tcx, instance, def),
        other => {
            // Shims for trait objects and drop glue of owned types come with those features;
            // until then nothing can request them.
            let def = other.def_id();
            let span = tcx.def_span(def);
            let mut body = body_skeleton(tcx, other, tcx.types.unit, &[], span);
            body.basic_blocks.push(BasicBlockData {
                statements: Vec::new(),
                terminator: Some(Terminator {
                    source_info: SourceInfo::outermost(span),
                    kind: TerminatorKind::Unreachable,
                }),
                is_cleanup: false,
            });
            let _ = DefKind::Fn;
            let _ = Instantiate::instantiate(tcx.types.unit, tcx, tcx.types.empty_args);
            body
        }
    }
}

/// `Fn::call`, `FnMut::call_mut` or `FnOnce::call_once` of a function item or pointer:
///
/// ```text
/// fn call(_1: &F, _2: (A, B)) -> R {   // _2 spread: the caller passes A and B
///     _0 = (*_1)(move (_2.0: A), move (_2.1: B));
/// }
/// ```
fn fn_ptr_shim(tcx: &TyCtxt, instance: InstanceKind, method: DefId, fn_ty: smelt_ty::Ty) -> Body {
    let span = tcx.def_span(method);
    let sig = match tcx.kind(fn_ty) {
        TyKind::FnDef(def, args) => tcx.fn_sig(def).instantiate(tcx, args),
        TyKind::FnPtr(sig) => sig,
        _ => return unreachable_body(tcx, instance, span),
    };
    let sig = tcx.normalize_erasing_regions(sig);
    let inputs = tcx.sig_inputs(sig).to_vec();
    let output = tcx.sig_output(sig);
    let lang = tcx
        .hir
        .lang_items
        .of_def(tcx.parent(method).unwrap_or(method));
    let self_ty = match lang {
        Some(smelt_hir::LangItem::Fn) => {
            tcx.mk_ref(smelt_ty::Region::Erased, fn_ty, smelt_ast::Mutability::Not)
        }
        Some(smelt_hir::LangItem::FnMut) => {
            tcx.mk_ref(smelt_ty::Region::Erased, fn_ty, smelt_ast::Mutability::Mut)
        }
        _ => fn_ty,
    };
    let tuple = tcx.mk_tup(&inputs);
    let mut body = body_skeleton(tcx, instance, output, &[self_ty, tuple], span);
    body.spread_arg = Some(Local::from_u32(2));
    let callee_place = if self_ty == fn_ty {
        Place::from(Local::from_u32(1))
    } else {
        Place::from(Local::from_u32(1)).deref()
    };
    let func = match tcx.kind(fn_ty) {
        TyKind::FnDef(def, args) => Operand::function_handle(tcx, def, args, span),
        _ => Operand::Copy(callee_place),
    };
    let args: Vec<Operand> = inputs
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Operand::Move(Place::from(Local::from_u32(2)).field(FieldIdx::from_u32(i as u32), *t))
        })
        .collect();
    call_and_return(&mut body, func, args, span);
    body
}

/// The target of a function pointer to an item that cannot be pointed to directly: a
/// `#[track_caller]` function (which then reports the shim's location) or a trait method
/// of `dyn Trait` (which the call dispatches through the vtable). It calls the item with
/// its own arguments:
///
/// ```text
/// fn reify_shim(_1: A, _2: B) -> R {
///     _0 = item(move _1, move _2);
/// }
/// ```
fn reify_shim(tcx: &TyCtxt, instance: InstanceKind, def: DefId) -> Body {
    let span = tcx.def_span(def);
    let args = tcx.identity_args(def);
    let sig = tcx.fn_sig(def);
    let inputs = tcx.sig_inputs(sig).to_vec();
    let output = tcx.sig_output(sig);
    let mut body = body_skeleton(tcx, instance, output, &inputs, span);
    let func = Operand::function_handle(tcx, def, args, span);
    let call_args: Vec<Operand> = (1..=inputs.len())
        .map(|i| Operand::Move(Place::from(Local::from_u32(i as u32))))
        .collect();
    call_and_return(&mut body, func, call_args, span);
    body
}

/// `FnOnce::call_once` of a closure whose kind is `Fn` or `FnMut`: calls it by reference.
///
/// ```text
/// fn call_once(_1: C, _2: Args) -> <C as FnOnce<Args>>::Output {   // _2 spread
///     _3 = &mut _1;
///     _0 = FnMut::call_mut(move _3, move _2);
/// }
/// ```
fn closure_once_shim(tcx: &TyCtxt, instance: InstanceKind, call_once: DefId) -> Body {
    let span = tcx.def_span(call_once);
    let (Some(fn_mut), Some(output_def)) = (
        tcx.lang_item(smelt_hir::LangItem::FnMut),
        tcx.lang_item(smelt_hir::LangItem::FnOnceOutput),
    ) else {
        return unreachable_body(tcx, instance, span);
    };
    let Some(call_mut) = tcx
        .associated_items(fn_mut)
        .items
        .iter()
        .find(|i| i.is_fn())
        .map(|i| i.def_id)
    else {
        return unreachable_body(tcx, instance, span);
    };
    let self_ty = tcx.mk_param(0, smelt_span::kw::SelfUpper);
    let args_ty = tcx.mk_param(1, tcx.sess.intern("Args"));
    let generic = tcx.mk_args(&[
        smelt_ty::GenericArg::Type(self_ty),
        smelt_ty::GenericArg::Type(args_ty),
    ]);
    let output = tcx.mk_alias(output_def, generic);
    let mut body = body_skeleton(tcx, instance, output, &[self_ty, args_ty], span);
    body.spread_arg = Some(Local::from_u32(2));
    let ref_ty = tcx.mk_ref(
        smelt_ty::Region::Erased,
        self_ty,
        smelt_ast::Mutability::Mut,
    );
    let r = body.local_decls.push(LocalDecl {
        mutability: smelt_ast::Mutability::Not,
        ty: ref_ty,
        source_info: SourceInfo::outermost(span),
        info: LocalInfo::Boring,
    });
    let borrow = Statement {
        source_info: SourceInfo::outermost(span),
        kind: StatementKind::Assign(Box::new((
            Place::from(r),
            Rvalue::Ref(
                smelt_ty::Region::Erased,
                BorrowKind::Mut { two_phase: false },
                Place::from(Local::from_u32(1)),
            ),
        ))),
    };
    let func = Operand::function_handle(tcx, call_mut, generic, span);
    body.basic_blocks.push(BasicBlockData {
        statements: vec![borrow],
        terminator: None,
        is_cleanup: false,
    });
    let ret = body.basic_blocks.push(BasicBlockData {
        statements: Vec::new(),
        terminator: Some(Terminator {
            source_info: SourceInfo::outermost(span),
            kind: TerminatorKind::Return,
        }),
        is_cleanup: false,
    });
    body.basic_blocks[BasicBlock::START].terminator = Some(Terminator {
        source_info: SourceInfo::outermost(span),
        kind: TerminatorKind::Call {
            func,
            args: vec![
                Operand::Move(Place::from(r)),
                Operand::Move(Place::from(Local::from_u32(2))),
            ],
            destination: Place::return_place(),
            target: Some(ret),
            unwind: UnwindAction::Continue,
            fn_span: span,
        },
    });
    body
}

/// Appends `_0 = func(args); return;` as the body's blocks.
fn call_and_return(body: &mut Body, func: Operand, args: Vec<Operand>, span: Span) {
    let call_block = body.basic_blocks.push(BasicBlockData::default());
    let ret = body.basic_blocks.push(BasicBlockData {
        statements: Vec::new(),
        terminator: Some(Terminator {
            source_info: SourceInfo::outermost(span),
            kind: TerminatorKind::Return,
        }),
        is_cleanup: false,
    });
    body.basic_blocks[call_block].terminator = Some(Terminator {
        source_info: SourceInfo::outermost(span),
        kind: TerminatorKind::Call {
            func,
            args,
            destination: Place::return_place(),
            target: Some(ret),
            unwind: UnwindAction::Continue,
            fn_span: span,
        },
    });
}

fn unreachable_body(tcx: &TyCtxt, instance: InstanceKind, span: Span) -> Body {
    let mut body = body_skeleton(tcx, instance, tcx.types.unit, &[], span);
    body.basic_blocks.push(BasicBlockData {
        statements: Vec::new(),
        terminator: Some(Terminator {
            source_info: SourceInfo::outermost(span),
            kind: TerminatorKind::Unreachable,
        }),
        is_cleanup: false,
    });
    body
}

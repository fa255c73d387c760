//! Bodies the compiler makes up: constructors of tuple structs and variants used as
//! functions, and the MIR of instances that are not plain items.

use smelt_hir::{DefId, DefKind};
use smelt_mir::*;
use smelt_span::{IndexVec, Span};
use smelt_ty::{FieldIdx, Instantiate, InstanceKind, TyCtxt, TyKind};

fn body_skeleton(tcx: &TyCtxt, instance: InstanceKind, ret: smelt_ty::Ty, args: &[smelt_ty::Ty], span: Span) -> Body {
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
    let variant = def.variant_index_with_ctor_id(ctor).unwrap_or(smelt_ty::VariantIdx::from_u32(0));
    let ops: IndexVec<FieldIdx, Operand> = (1..=inputs.len()).map(|i| Operand::Move(Place::from(Local::from_u32(i as u32)))).collect();
    let stmt = Statement {
        source_info: SourceInfo::outermost(span),
        kind: StatementKind::Assign(Box::new((
            Place::return_place(),
            Rvalue::Aggregate(Box::new(AggregateKind::Adt(adt, variant, args, None)), ops),
        ))),
    };
    body.basic_blocks.push(BasicBlockData {
        statements: vec![stmt],
        terminator: Some(Terminator { source_info: SourceInfo::outermost(span), kind: TerminatorKind::Return }),
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
                    kind: StatementKind::Assign(Box::new((Place::return_place(), Rvalue::Use(Operand::zst(tcx.types.unit, span))))),
                }],
                terminator: Some(Terminator { source_info: SourceInfo::outermost(span), kind: TerminatorKind::Return }),
                is_cleanup: false,
            });
            body
        }
        other => {
            // Shims for closures, trait objects and drop glue of owned types come with those
            // features; until then nothing can request them.
            let def = other.def_id();
            let span = tcx.def_span(def);
            let mut body = body_skeleton(tcx, other, tcx.types.unit, &[], span);
            body.basic_blocks.push(BasicBlockData {
                statements: Vec::new(),
                terminator: Some(Terminator { source_info: SourceInfo::outermost(span), kind: TerminatorKind::Unreachable }),
                is_cleanup: false,
            });
            let _ = DefKind::Fn;
            let _ = Instantiate::instantiate(tcx.types.unit, tcx, tcx.types.empty_args);
            body
        }
    }
}

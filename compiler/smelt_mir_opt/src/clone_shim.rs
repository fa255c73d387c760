//! `Clone::clone` for the types whose `Clone` the compiler provides: tuples, arrays and
//! closures (and `()`). A `Copy` type is copied; otherwise every field or element is cloned
//! with its own `Clone::clone`, in order.

use smelt_ast::Mutability;
use smelt_hir::DefId;
use smelt_mir::*;
use smelt_span::Span;
use smelt_ty::{GenericArg, InstanceKind, Region, Ty, TyCtxt, TyKind};

use crate::patch::Patch;

/// `fn clone(_1: &T) -> T`.
pub fn build_clone_shim(
    tcx: &TyCtxt,
    instance: InstanceKind,
    clone_method: DefId,
    ty: Ty,
    span: Span,
) -> Body {
    let self_ref = tcx.mk_ref(Region::Erased, ty, Mutability::Not);
    let mut body = smelt_mir_build::shim::body_skeleton(tcx, instance, ty, &[self_ref], span);
    body.basic_blocks.push(BasicBlockData::default());
    let mut p = Patch {
        tcx,
        body: &mut body,
        param_env: smelt_ty::traits::ParamEnv::empty(),
        span,
    };
    let src = Place::from(Local::from_u32(1)).deref();
    let ret = p.new_block(Vec::new(), TerminatorKind::Return);
    let entry = if tcx.is_copy(&smelt_ty::traits::ParamEnv::empty(), ty) {
        p.new_block(
            vec![p.assign(Place::return_place(), Rvalue::Use(Operand::Copy(src)))],
            TerminatorKind::Goto { target: ret },
        )
    } else {
        match tcx.kind(ty) {
            TyKind::Tuple(_) | TyKind::Closure(..) => {
                let fields = p.field_places(&src, ty, None);
                let kind = match tcx.kind(ty) {
                    TyKind::Closure(def, args) => AggregateKind::Closure(def, args),
                    _ => AggregateKind::Tuple,
                };
                clone_fields(
                    &mut p,
                    clone_method,
                    fields.into_iter().map(|(_, f)| f).collect(),
                    kind,
                    ret,
                )
            }
            TyKind::Array(elem, len) => {
                let n = tcx.eval_array_len(len).unwrap_or(0);
                let places = (0..n)
                    .map(|i| {
                        src.project(ProjectionElem::ConstantIndex {
                            offset: i,
                            min_length: n,
                            from_end: false,
                        })
                    })
                    .collect();
                clone_fields(
                    &mut p,
                    clone_method,
                    places,
                    AggregateKind::Array(elem),
                    ret,
                )
            }
            _ => p.new_block(Vec::new(), TerminatorKind::Unreachable),
        }
    };
    body.basic_blocks[BasicBlock::START].terminator = Some(Terminator {
        source_info: SourceInfo::outermost(span),
        kind: TerminatorKind::Goto { target: entry },
    });
    body
}

/// Clones each of `places` into a temporary, in order, then builds the aggregate in `_0`.
fn clone_fields(
    p: &mut Patch<'_, '_>,
    clone_method: DefId,
    places: Vec<Place>,
    kind: AggregateKind,
    ret: BasicBlock,
) -> BasicBlock {
    let tcx = p.tcx;
    let span = p.span;
    let temps: Vec<Local> = places
        .iter()
        .map(|f| {
            let t = p.place_ty(f);
            p.new_temp(t)
        })
        .collect();
    let ops = temps
        .iter()
        .map(|t| Operand::Move(Place::from(*t)))
        .collect();
    let mut next = p.new_block(
        vec![p.assign(
            Place::return_place(),
            Rvalue::Aggregate(Box::new(kind), ops),
        )],
        TerminatorKind::Goto { target: ret },
    );
    for (place, temp) in places.into_iter().zip(temps).rev() {
        let fty = p.place_ty(&place);
        let r = p.new_temp(tcx.mk_ref(Region::Erased, fty, Mutability::Not));
        let stmts = vec![p.assign(
            Place::from(r),
            Rvalue::Ref(Region::Erased, BorrowKind::Shared, place),
        )];
        next = p.new_block(
            stmts,
            TerminatorKind::Call {
                func: Operand::function_handle(
                    tcx,
                    clone_method,
                    tcx.mk_args(&[GenericArg::Type(fty)]),
                    span,
                ),
                args: vec![Operand::Move(Place::from(r))],
                destination: Place::from(temp),
                target: Some(next),
                unwind: UnwindAction::Continue,
                fn_span: span,
            },
        );
    }
    next
}

//! Drop glue: the body of `core::ptr::drop_in_place::<T>(_1: *mut T)` for a type that needs
//! dropping. It runs `T`'s `Drop` impl if it has one, then drops the fields in declaration
//! order (for an enum, those of the variant the value is); a `Box` drops its contents and
//! then frees its memory (its `Drop` impl); arrays and slices drop their elements in order.
//! Every part of the value is initialised, so every drop here is static; the drops of the
//! parts call their own glue.
//!
//! Trait objects have no glue of their own: `drop_in_place::<dyn Trait>` calls the glue in
//! the vtable (code generation does that).

use smelt_ast::Mutability;
use smelt_mir::*;
use smelt_span::Span;
use smelt_ty::{InstanceKind, Ty, TyCtxt, TyKind};

use crate::patch::Patch;

pub fn build_drop_glue(tcx: &TyCtxt, instance: InstanceKind, ty: Ty, span: Span) -> Body {
    let ptr = tcx.mk_ptr(ty, Mutability::Mut);
    let mut body =
        smelt_mir_build::shim::body_skeleton(tcx, instance, tcx.types.unit, &[ptr], span);
    // bb0 is the entry; filled in at the end.
    body.basic_blocks.push(BasicBlockData::default());
    let mut patch = Patch {
        tcx,
        body: &mut body,
        param_env: smelt_ty::traits::ParamEnv::empty(),
        span,
    };
    let unit = Place::return_place();
    let ret = patch.new_block(
        vec![patch.assign(unit, Rvalue::Use(Operand::zst(tcx.types.unit, span)))],
        TerminatorKind::Return,
    );
    let place = Place::from(Local::from_u32(1)).deref();
    let entry = drop_contents(&mut patch, place, ty, ret);
    body.basic_blocks[BasicBlock::START].terminator = Some(Terminator {
        source_info: SourceInfo::outermost(span),
        kind: TerminatorKind::Goto { target: entry },
    });
    body
}

/// Drops everything in `place` (of type `ty`), then goes to `succ`.
fn drop_contents(p: &mut Patch<'_, '_>, place: Place, ty: Ty, succ: BasicBlock) -> BasicBlock {
    let tcx = p.tcx;
    match tcx.kind(ty) {
        TyKind::Adt(def, _) => {
            if p.is_box(ty) {
                // The contents, then the memory (`Box`'s `Drop` impl frees it).
                let free = p.call_drop_impl(place.clone(), succ);
                let contents = place.deref();
                let cty = p.place_ty(&contents);
                return if p.needs_drop(cty) {
                    p.drop_block(contents, free)
                } else {
                    free
                };
            }
            let adt = tcx.adt_def(def);
            let fields_done = if adt.is_union() {
                succ
            } else if adt.is_enum() {
                let mut targets = Vec::new();
                for (v, _) in adt.variants.iter_enumerated() {
                    let vplace = place.downcast(v);
                    let fields = p.field_places(&vplace, ty, Some(v));
                    targets.push(drop_fields(p, fields, succ));
                }
                if targets.iter().all(|&t| t == succ) {
                    succ
                } else {
                    p.discriminant_switch(place.clone(), ty, &targets, succ)
                }
            } else {
                let fields = p.field_places(&place, ty, None);
                drop_fields(p, fields, succ)
            };
            if tcx.adt_has_drop_impl(def) {
                p.call_drop_impl(place, fields_done)
            } else {
                fields_done
            }
        }
        TyKind::Tuple(_) | TyKind::Closure(..) => {
            let fields = p.field_places(&place, ty, None);
            drop_fields(p, fields, succ)
        }
        TyKind::Array(elem, _) | TyKind::Slice(elem) => drop_elements(p, place, elem, succ),
        _ => succ,
    }
}

/// Drops `fields` in order, then goes to `succ`.
fn drop_fields(
    p: &mut Patch<'_, '_>,
    fields: Vec<(smelt_ty::FieldIdx, Place)>,
    succ: BasicBlock,
) -> BasicBlock {
    let mut next = succ;
    for (_, f) in fields.into_iter().rev() {
        let fty = p.place_ty(&f);
        if p.needs_drop(fty) {
            next = p.drop_block(f, next);
        }
    }
    next
}

/// `let mut i = 0; while i < len { drop(place[i]); i += 1; }`
fn drop_elements(p: &mut Patch<'_, '_>, place: Place, elem: Ty, succ: BasicBlock) -> BasicBlock {
    let tcx = p.tcx;
    if !p.needs_drop(elem) {
        return succ;
    }
    let usize_ty = tcx.types.usize;
    let i = p.new_temp(usize_ty);
    let len = p.new_temp(usize_ty);
    let cond = p.new_temp(tcx.types.bool);
    let span = p.span;
    let one = Operand::const_usize(tcx, 1, span);
    let zero = Operand::const_usize(tcx, 0, span);
    // Blocks are created back to front: the increment jumps to the head, made last.
    let incr = p.new_block(
        vec![p.assign(
            Place::from(i),
            Rvalue::BinaryOp(BinOp::Add, Box::new((Operand::Copy(Place::from(i)), one))),
        )],
        TerminatorKind::Unreachable,
    );
    let drop = p.drop_block(place.project(ProjectionElem::Index(i)), incr);
    let head = p.new_block(
        vec![p.assign(
            Place::from(cond),
            Rvalue::BinaryOp(
                BinOp::Lt,
                Box::new((
                    Operand::Copy(Place::from(i)),
                    Operand::Copy(Place::from(len)),
                )),
            ),
        )],
        TerminatorKind::SwitchInt {
            discr: Operand::Move(Place::from(cond)),
            targets: SwitchTargets::static_if(0, succ, drop),
        },
    );
    p.body.basic_blocks[incr].terminator = Some(Terminator {
        source_info: SourceInfo::outermost(span),
        kind: TerminatorKind::Goto { target: head },
    });
    p.new_block(
        vec![
            p.assign(Place::from(i), Rvalue::Use(zero)),
            p.assign(Place::from(len), Rvalue::Len(place)),
        ],
        TerminatorKind::Goto { target: head },
    )
}

//! Whether an access to a place touches what a borrow borrowed.
//!
//! The two places are compared projection by projection from their common local: while
//! both go on the same way (`a.b` and `a.b`) they may overlap; different fields of a struct
//! or different variants are disjoint; different fields of a union overlap arbitrarily.
//! When the borrow goes on where the access stops (borrow of `a.b.c`, access of `a.b`),
//! the access reaches the borrowed part, unless it is shallow and the borrow goes through a
//! pointer (assigning `x` does not touch what the old `*x` pointed to).

use smelt_ast::Mutability;
use smelt_mir::*;
use smelt_ty::{TyCtxt, TyKind};

/// How much of a place an access touches.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AccessDepth {
    /// The place itself but nothing behind a pointer in it (assignments, `StorageDead`).
    Shallow,
    /// The place and everything reachable from it.
    Deep,
    /// What a drop touches: like `Deep`, but not through references.
    Drop,
}

/// How to treat indices that may or may not be equal.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PlaceConflictBias {
    /// Assume `a[i]` and `a[j]` overlap (for errors).
    Overlap,
    /// Assume they do not (for killing borrows, which must only happen when certain).
    NoOverlap,
}

enum Overlap {
    /// Different fields of a union: they overlap, but not as equals.
    Arbitrary,
    /// Either the same place or disjoint: keep comparing.
    EqualOrDisjoint,
    Disjoint,
}

/// Whether an access of `access_place` at `depth` touches a borrow of `borrow_place`.
pub fn borrow_conflicts_with_place(
    tcx: &TyCtxt,
    body: &Body,
    borrow_place: &Place,
    access_place: &Place,
    depth: AccessDepth,
    bias: PlaceConflictBias,
) -> bool {
    if borrow_place.local != access_place.local {
        return false;
    }
    let mut base_ty = PlaceTy {
        ty: body.local_decls[borrow_place.local].ty,
        variant: None,
    };
    for (borrow_elem, access_elem) in borrow_place.projection.iter().zip(&access_place.projection) {
        match projection_conflict(tcx, base_ty.ty, borrow_elem, access_elem, bias) {
            Overlap::Arbitrary => return true,
            Overlap::EqualOrDisjoint => {}
            Overlap::Disjoint => return false,
        }
        base_ty = base_ty.project(tcx, borrow_elem);
    }
    if borrow_place.projection.len() > access_place.projection.len() {
        // The borrow is of a part of the accessed place.
        for elem in &borrow_place.projection[access_place.projection.len()..] {
            match (elem, tcx.kind(base_ty.ty), depth) {
                (ProjectionElem::Deref, _, AccessDepth::Shallow) => return false,
                (ProjectionElem::Deref, TyKind::Ref(_, _, Mutability::Mut), AccessDepth::Drop) => {
                    return false
                }
                (ProjectionElem::Field(..), TyKind::Adt(def, _), AccessDepth::Drop)
                    if tcx.adt_has_drop_impl(def) =>
                {
                    return true
                }
                _ => {}
            }
            base_ty = base_ty.project(tcx, elem);
        }
    }
    true
}

fn projection_conflict(
    tcx: &TyCtxt,
    base_ty: smelt_ty::Ty,
    a: &PlaceElem,
    b: &PlaceElem,
    bias: PlaceConflictBias,
) -> Overlap {
    use ProjectionElem as P;
    match (a, b) {
        (P::Deref, P::Deref) => Overlap::EqualOrDisjoint,
        (P::Field(f1, _), P::Field(f2, _)) => {
            if f1 == f2 {
                Overlap::EqualOrDisjoint
            } else {
                match tcx.kind(base_ty) {
                    TyKind::Adt(def, _) if tcx.adt_def(def).is_union() => Overlap::Arbitrary,
                    _ => Overlap::Disjoint,
                }
            }
        }
        (P::Downcast(v1), P::Downcast(v2)) => {
            if v1 == v2 {
                Overlap::EqualOrDisjoint
            } else {
                Overlap::Disjoint
            }
        }
        (
            P::ConstantIndex {
                offset: o1,
                from_end: e1,
                min_length: m1,
            },
            P::ConstantIndex {
                offset: o2,
                from_end: e2,
                min_length: m2,
            },
        ) => {
            if e1 == e2 {
                if o1 == o2 {
                    Overlap::EqualOrDisjoint
                } else {
                    Overlap::Disjoint
                }
            } else {
                // `[from_start]` and `[len - from_end]`: both matched, so the length is at
                // least the greater minimum; they can be the same element only if the
                // one from the start reaches that far.
                let (from_start, from_end) = if *e2 { (*o1, *o2) } else { (*o2, *o1) };
                let min_length = (*m1).max(*m2);
                if from_start >= min_length.saturating_sub(from_end) {
                    Overlap::EqualOrDisjoint
                } else {
                    Overlap::Disjoint
                }
            }
        }
        (
            P::Index(_) | P::ConstantIndex { .. } | P::Subslice { .. },
            P::Index(_) | P::ConstantIndex { .. } | P::Subslice { .. },
        ) => match bias {
            PlaceConflictBias::Overlap => Overlap::EqualOrDisjoint,
            PlaceConflictBias::NoOverlap => Overlap::Disjoint,
        },
        // Places of the same type projected differently cannot happen in well-typed MIR;
        // be conservative.
        _ => Overlap::EqualOrDisjoint,
    }
}

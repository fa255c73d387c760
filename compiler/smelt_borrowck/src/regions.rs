//! Region slots: the regions of a type, in one fixed order, so that a value's borrows can be
//! kept per region (`loans`).
//!
//! The order is a walk of the type: a reference's own region, then its pointee's; an ADT's
//! generic arguments left to right (a lifetime argument is one slot, a type argument its
//! slots); tuple fields in order; an array's element; a closure's captured variables; a trait
//! object's region. Raw pointers, function pointers and type parameters have none (a value
//! of a type parameter cannot hold a borrow made in the body).
//!
//! Declared types (a field's, a function's parameters) mention the generic parameters of
//! their item. [`Slots::walk_decl`] walks such a type next to the actual type it was
//! instantiated to and reports where each declared region and type parameter lands among
//! the actual type's slots; field projections, aggregates and calls are built on it.

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use smelt_mir::*;
use smelt_ty::{GenericArg, Region, Ty, TyCtxt, TyKind};

/// Where a slot of a place's type lives among its local's slots.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SlotRef {
    One(usize),
    /// A `'static` region: no borrow of the body lives there.
    Nothing,
    /// Unknown: any slot of the local.
    All,
}

/// What a declared type's part matched in the actual type.
#[derive(Clone, Debug)]
pub enum Matched {
    /// A declared region, at this slot of the actual type.
    Region(Region, usize),
    /// A type parameter, instantiated to the actual slots `start..start + len`.
    Param(u32, usize, usize),
    /// A part whose structure differs (an unnormalized projection, say): the declared
    /// part and the actual type, over the actual slots `start..start + len`.
    Opaque(Ty, Ty, usize, usize),
}

pub struct Slots<'a> {
    pub tcx: &'a TyCtxt,
    memo: RefCell<FxHashMap<Ty, usize>>,
}

impl<'a> Slots<'a> {
    pub fn new(tcx: &'a TyCtxt) -> Self {
        Slots {
            tcx,
            memo: RefCell::new(FxHashMap::default()),
        }
    }

    /// The number of region slots of `ty`.
    pub fn count(&self, ty: Ty) -> usize {
        if let Some(&n) = self.memo.borrow().get(&ty) {
            return n;
        }
        let n = self.count_inner(ty, 0);
        self.memo.borrow_mut().insert(ty, n);
        n
    }

    fn count_inner(&self, ty: Ty, depth: u32) -> usize {
        if depth > 24 {
            return 0;
        }
        let tcx = self.tcx;
        match tcx.kind(ty) {
            TyKind::Ref(_, t, _) => 1 + self.count_inner(t, depth + 1),
            TyKind::Adt(_, args) => tcx
                .args(args)
                .iter()
                .map(|a| match a {
                    GenericArg::Lifetime(_) => 1,
                    GenericArg::Type(t) => self.count_inner(*t, depth + 1),
                    GenericArg::Const(_) => 0,
                })
                .sum(),
            TyKind::Tuple(tys) => tcx
                .tys(tys)
                .iter()
                .map(|t| self.count_inner(*t, depth + 1))
                .sum(),
            TyKind::Array(t, _) | TyKind::Slice(t) => self.count_inner(t, depth + 1),
            TyKind::Closure(def, args) => tcx
                .closure_upvar_tys(def, args)
                .iter()
                .map(|t| self.count_inner(*t, depth + 1))
                .sum(),
            TyKind::Dynamic(..) => 1,
            _ => 0,
        }
    }

    /// The slot ranges of an ADT's generic arguments.
    fn arg_ranges(&self, args: smelt_ty::GenericArgs) -> Vec<(usize, usize)> {
        let mut ranges = Vec::new();
        let mut at = 0;
        for a in self.tcx.args(args).iter() {
            let n = match a {
                GenericArg::Lifetime(_) => 1,
                GenericArg::Type(t) => self.count(*t),
                GenericArg::Const(_) => 0,
            };
            ranges.push((at, n));
            at += n;
        }
        ranges
    }

    /// Walks the declared type `decl` next to `actual` (whose slots start at `base`).
    pub fn walk_decl(&self, decl: Ty, actual: Ty, base: usize, out: &mut Vec<Matched>) {
        self.walk_inner(decl, actual, base, out, 0)
    }

    fn walk_inner(&self, decl: Ty, actual: Ty, base: usize, out: &mut Vec<Matched>, depth: u32) {
        let tcx = self.tcx;
        let n = self.count(actual);
        if depth > 24 {
            out.push(Matched::Opaque(decl, actual, base, n));
            return;
        }
        match (tcx.kind(decl), tcx.kind(actual)) {
            (TyKind::Param(p), _) => out.push(Matched::Param(p.index, base, n)),
            (TyKind::Ref(r, dt, _), TyKind::Ref(_, at, _)) => {
                out.push(Matched::Region(r, base));
                self.walk_inner(dt, at, base + 1, out, depth + 1);
            }
            (TyKind::Adt(d1, dargs), TyKind::Adt(d2, aargs)) if d1 == d2 => {
                let dargs = tcx.args(dargs);
                let aargs = tcx.args(aargs);
                if dargs.len() != aargs.len() {
                    out.push(Matched::Opaque(decl, actual, base, n));
                    return;
                }
                let mut at = base;
                for (d, a) in dargs.iter().zip(aargs.iter()) {
                    match (d, a) {
                        (GenericArg::Lifetime(r), GenericArg::Lifetime(_)) => {
                            out.push(Matched::Region(*r, at));
                            at += 1;
                        }
                        (GenericArg::Type(dt), GenericArg::Type(aty)) => {
                            self.walk_inner(*dt, *aty, at, out, depth + 1);
                            at += self.count(*aty);
                        }
                        (_, GenericArg::Lifetime(_)) => at += 1,
                        (_, GenericArg::Type(aty)) => at += self.count(*aty),
                        _ => {}
                    }
                }
            }
            (TyKind::Tuple(dt), TyKind::Tuple(at)) => {
                let dt = tcx.tys(dt);
                let at = tcx.tys(at);
                if dt.len() != at.len() {
                    out.push(Matched::Opaque(decl, actual, base, n));
                    return;
                }
                let mut pos = base;
                for (d, a) in dt.iter().zip(at.iter()) {
                    self.walk_inner(*d, *a, pos, out, depth + 1);
                    pos += self.count(*a);
                }
            }
            (TyKind::Array(d, _) | TyKind::Slice(d), TyKind::Array(a, _) | TyKind::Slice(a)) => {
                self.walk_inner(d, a, base, out, depth + 1)
            }
            (TyKind::Dynamic(_, r), TyKind::Dynamic(..)) => out.push(Matched::Region(r, base)),
            _ if n == 0 => {}
            _ => out.push(Matched::Opaque(decl, actual, base, n)),
        }
    }

    /// Where each slot of `place`'s type lives among its local's slots.
    pub fn place_slots(&self, body: &Body, place: &Place) -> Vec<SlotRef> {
        let tcx = self.tcx;
        let mut ty = PlaceTy {
            ty: body.local_decls[place.local].ty,
            variant: None,
        };
        let mut cur: Vec<SlotRef> = (0..self.count(ty.ty)).map(SlotRef::One).collect();
        for elem in &place.projection {
            let next = ty.project(tcx, elem);
            let n = self.count(next.ty);
            cur = match (elem, tcx.kind(ty.ty)) {
                (ProjectionElem::Deref, TyKind::Ref(..)) => cur[1.min(cur.len())..].to_vec(),
                (ProjectionElem::Deref, TyKind::RawPtr(..)) => vec![SlotRef::Nothing; n],
                (ProjectionElem::Deref, TyKind::Adt(_, args)) => {
                    // A `Box<T, ..>`: `T` is the first argument.
                    let ranges = self.arg_ranges(args);
                    match ranges.first() {
                        Some(&(start, len)) if len == n => cur[start..start + len].to_vec(),
                        _ => vec![SlotRef::All; n],
                    }
                }
                (ProjectionElem::Field(f, _), TyKind::Tuple(tys)) => {
                    let tys = tcx.tys(tys);
                    let start: usize = tys[..f.as_usize().min(tys.len())]
                        .iter()
                        .map(|t| self.count(*t))
                        .sum();
                    cur.get(start..start + n)
                        .map_or_else(|| vec![SlotRef::All; n], |s| s.to_vec())
                }
                (ProjectionElem::Field(f, _), TyKind::Closure(def, args)) => {
                    let tys = tcx.closure_upvar_tys(def, args);
                    let start: usize = tys[..f.as_usize().min(tys.len())]
                        .iter()
                        .map(|t| self.count(*t))
                        .sum();
                    cur.get(start..start + n)
                        .map_or_else(|| vec![SlotRef::All; n], |s| s.to_vec())
                }
                (ProjectionElem::Field(f, fty), TyKind::Adt(def, args)) => {
                    self.field_slots(&cur, def, args, ty.variant, *f, *fty)
                }
                (
                    ProjectionElem::Index(_)
                    | ProjectionElem::ConstantIndex { .. }
                    | ProjectionElem::Subslice { .. },
                    _,
                )
                | (ProjectionElem::Downcast(_), _) => cur,
                _ => vec![SlotRef::All; n],
            };
            if cur.len() != n {
                cur = vec![SlotRef::All; n];
            }
            ty = next;
        }
        cur
    }

    /// The slots of field `f` of an ADT whose slots are `cur`: the field's declared type
    /// tells which of the ADT's arguments each of its regions is.
    fn field_slots(
        &self,
        cur: &[SlotRef],
        def: smelt_hir::DefId,
        args: smelt_ty::GenericArgs,
        variant: Option<smelt_ty::VariantIdx>,
        f: smelt_ty::FieldIdx,
        fty: Ty,
    ) -> Vec<SlotRef> {
        let tcx = self.tcx;
        let n = self.count(fty);
        if n == 0 {
            return Vec::new();
        }
        let adt = tcx.adt_def(def);
        let variant = variant.unwrap_or(smelt_ty::VariantIdx::from_u32(0));
        let Some(field) = adt.variants.get(variant).and_then(|v| v.fields.get(f)) else {
            return vec![SlotRef::All; n];
        };
        let decl = tcx.type_of(field.did);
        let ranges = self.arg_ranges(args);
        let mut matched = Vec::new();
        self.walk_decl(decl, fty, 0, &mut matched);
        let mut out = vec![SlotRef::Nothing; n];
        for m in matched {
            match m {
                Matched::Region(Region::EarlyParam { index, .. }, at) => {
                    if let Some(&(start, 1)) = ranges.get(index as usize) {
                        out[at] = cur[start];
                    }
                }
                Matched::Region(..) => {}
                Matched::Param(p, at, len) => match ranges.get(p as usize) {
                    Some(&(start, l)) if l == len => {
                        out[at..at + len].copy_from_slice(&cur[start..start + len])
                    }
                    _ => out[at..at + len].fill(SlotRef::All),
                },
                Matched::Opaque(_, _, at, len) => out[at..at + len].fill(SlotRef::All),
            }
        }
        out
    }

    /// For an ADT value built from its fields: which ADT slot each slot of field `f`'s
    /// value goes to (`None` for `'static`, `All` when unknown).
    pub fn field_targets(
        &self,
        adt_ty: Ty,
        variant: smelt_ty::VariantIdx,
        f: smelt_ty::FieldIdx,
        fty: Ty,
    ) -> Vec<SlotRef> {
        let n = self.count(adt_ty);
        let cur: Vec<SlotRef> = (0..n).map(SlotRef::One).collect();
        match self.tcx.kind(adt_ty) {
            TyKind::Adt(def, args) => self.field_slots(&cur, def, args, Some(variant), f, fty),
            _ => vec![SlotRef::All; self.count(fty)],
        }
    }
}

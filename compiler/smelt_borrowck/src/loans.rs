//! Where borrows flow and how long they live: smelt's stand-in for region inference.
//!
//! rustc gives every reference type a region and infers each region as the set of points
//! where a value of a type mentioning it may still be used. Smelt follows the borrows
//! themselves instead. [`LoanContents`] is a forward analysis of which borrows each local's
//! value may hold: `&place` puts a new borrow into its destination, copies and moves pass
//! a value's borrows on, aggregates collect their operands', writes through a reference
//! reach the locals that reference borrows, and calls pass on what their signatures allow
//! (`signature`). A borrow is then *live* at a point when a local holding it is live there
//! (`MaybeLiveLocals`): its value may still be used. This is location-sensitive (a
//! variable holds the borrows of its current value only), so it never keeps a borrow alive
//! longer than rustc's NLL would, except where signatures are approximated.
//!
//! Each local's borrows are kept per region of its type (`regions`): a `(&'a T, &'b mut U)`
//! keeps the borrows of `'a` apart from those of `'b`, so reading one field of it, or
//! calling a method whose signature returns data of one of the regions, passes on only
//! those.
//!
//! [`BorrowsInScope`] is the other half: which borrows may have happened and were not
//! invalidated since (by overwriting or killing the borrowed place). A borrow is in effect
//! where it is both in scope and live.

use rustc_hash::FxHashMap;
use smelt_mir::*;
use smelt_mir_dataflow::{Analysis, Direction, GenKill, JoinSemiLattice, Location};
use smelt_span::{BitSet, IndexVec};
use smelt_ty::{TyCtxt, TyKind};

use crate::borrow_set::{BorrowIndex, BorrowSet};
use crate::places_conflict::{borrow_conflicts_with_place, AccessDepth, PlaceConflictBias};
use crate::regions::{SlotRef, Slots};
use crate::signature::call_effect;

/// The borrows each region slot of each local may hold.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Contents {
    /// The non-empty slots: most locals hold no borrow most of the time, and a dense table
    /// of every slot would make each join cost the whole body's slots.
    slots: FxHashMap<u32, BitSet<BorrowIndex>>,
}

impl Contents {
    fn get(&self, slot: usize) -> Option<&BitSet<BorrowIndex>> {
        self.slots.get(&(slot as u32))
    }

    fn union_into(&mut self, slot: usize, loans: &BitSet<BorrowIndex>) {
        if loans.is_empty() {
            return;
        }
        match self.slots.get_mut(&(slot as u32)) {
            Some(s) => {
                s.union(loans);
            }
            None => {
                self.slots.insert(slot as u32, loans.clone());
            }
        }
    }

    fn set(&mut self, slot: usize, loans: BitSet<BorrowIndex>) {
        if loans.is_empty() {
            self.slots.remove(&(slot as u32));
        } else {
            self.slots.insert(slot as u32, loans);
        }
    }

    fn clear(&mut self, slot: usize) {
        self.slots.remove(&(slot as u32));
    }
}

impl JoinSemiLattice for Contents {
    fn join(&mut self, other: &Self) -> bool {
        let mut changed = false;
        for (slot, b) in &other.slots {
            match self.slots.get_mut(slot) {
                Some(a) => changed |= a.union(b),
                None => {
                    self.slots.insert(*slot, b.clone());
                    changed = true;
                }
            }
        }
        changed
    }
}

type Loans = BitSet<BorrowIndex>;

pub struct LoanContents<'a> {
    tcx: &'a TyCtxt,
    body: &'a Body,
    borrow_set: &'a BorrowSet,
    slots: Slots<'a>,
    /// Each local's first slot and number of slots.
    layout: IndexVec<Local, (usize, usize)>,
}

impl<'a> LoanContents<'a> {
    pub fn new(tcx: &'a TyCtxt, body: &'a Body, borrow_set: &'a BorrowSet) -> Self {
        let slots = Slots::new(tcx);
        let mut n_slots = 0;
        let layout = body
            .local_decls
            .iter()
            .map(|decl| {
                let n = slots.count(decl.ty);
                n_slots += n;
                (n_slots - n, n)
            })
            .collect();
        LoanContents {
            tcx,
            body,
            borrow_set,
            slots,
            layout,
        }
    }

    fn empty(&self) -> Loans {
        BitSet::new_empty(self.borrow_set.len())
    }

    fn empties(&self, n: usize) -> Vec<Loans> {
        vec![self.empty(); n]
    }

    /// The non-empty slots of `local`, by their index among the local's slots.
    fn local_slots<'s>(
        &self,
        state: &'s Contents,
        local: Local,
    ) -> impl Iterator<Item = (usize, &'s Loans)> + 's {
        let (start, n) = self.layout[local];
        (0..n).filter_map(move |i| state.get(start + i).map(|s| (i, s)))
    }

    /// All the borrows `local`'s value may hold.
    pub fn all(&self, state: &Contents, local: Local) -> Loans {
        let mut out = self.empty();
        for (_, s) in self.local_slots(state, local) {
            out.union(s);
        }
        out
    }

    /// Whether `local` may hold `borrow`.
    pub fn holds(&self, state: &Contents, local: Local, borrow: BorrowIndex) -> bool {
        self.local_slots(state, local)
            .any(|(_, s)| s.contains(borrow))
    }

    /// Adds to `into` every borrow held by a local in `locals`.
    pub fn held_by(&self, state: &Contents, locals: &BitSet<Local>, into: &mut Loans) {
        for local in locals.iter() {
            for (_, s) in self.local_slots(state, local) {
                into.union(s);
            }
        }
    }

    /// The borrows of each slot of `place`'s type.
    fn read_place(&self, state: &Contents, place: &Place) -> Vec<Loans> {
        let (start, n) = self.layout[place.local];
        if n == 0 {
            return self.empties(self.slots.count(place.ty(self.body, self.tcx).ty));
        }
        let refs = self.slots.place_slots(self.body, place);
        refs.iter()
            .map(|r| match r {
                SlotRef::One(i) if *i < n => state
                    .get(start + i)
                    .cloned()
                    .unwrap_or_else(|| self.empty()),
                SlotRef::One(_) | SlotRef::Nothing => self.empty(),
                SlotRef::All => self.all(state, place.local),
            })
            .collect()
    }

    fn read_operand(&self, state: &Contents, op: &Operand) -> Vec<Loans> {
        match op.place() {
            Some(p) => self.read_place(state, p),
            None => self.empties(self.slots.count(op.ty(self.body, self.tcx))),
        }
    }

    /// `value` made to have `n` slots: as is if it has, else everything in every slot.
    fn fit(&self, value: Vec<Loans>, n: usize) -> Vec<Loans> {
        if value.len() == n {
            return value;
        }
        let mut all = self.empty();
        for v in &value {
            all.union(v);
        }
        vec![all; n]
    }

    /// The borrows of each slot of the value `rv` produces, of type `ty`.
    fn rvalue_value(
        &self,
        state: &Contents,
        rv: &Rvalue,
        loc: Location,
        ty: smelt_ty::Ty,
    ) -> Vec<Loans> {
        let n = self.slots.count(ty);
        if n == 0 {
            return Vec::new();
        }
        match rv {
            Rvalue::Use(op) | Rvalue::Repeat(op, _) | Rvalue::Cast(_, op, _) => {
                self.fit(self.read_operand(state, op), n)
            }
            Rvalue::CopyForDeref(p) => self.fit(self.read_place(state, p), n),
            Rvalue::Ref(_, _, place) => {
                let mut own = self.empty();
                if let Some(&b) = self.borrow_set.location_map.get(&loc) {
                    own.insert(b);
                }
                // A reborrow lives no longer than the references it goes through.
                let mut ty = PlaceTy {
                    ty: self.body.local_decls[place.local].ty,
                    variant: None,
                };
                for (i, elem) in place.projection.iter().enumerate() {
                    if *elem == ProjectionElem::Deref
                        && matches!(self.tcx.kind(ty.ty), TyKind::Ref(..))
                    {
                        let base = Place {
                            local: place.local,
                            projection: place.projection[..i].to_vec(),
                        };
                        if let Some(first) = self.read_place(state, &base).first() {
                            own.union(first);
                        }
                    }
                    ty = ty.project(self.tcx, elem);
                }
                let mut value = vec![own];
                value.extend(self.read_place(state, place));
                self.fit(value, n)
            }
            Rvalue::Aggregate(kind, ops) => match &**kind {
                AggregateKind::Tuple | AggregateKind::Closure(..) => {
                    let value: Vec<Loans> = ops
                        .iter()
                        .flat_map(|op| self.read_operand(state, op))
                        .collect();
                    self.fit(value, n)
                }
                AggregateKind::Array(_) => {
                    let mut value = self.empties(n);
                    for op in ops.iter() {
                        for (v, s) in value
                            .iter_mut()
                            .zip(self.fit(self.read_operand(state, op), n))
                        {
                            v.union(&s);
                        }
                    }
                    value
                }
                AggregateKind::Adt(_, variant, _, active_field) => {
                    let mut value = self.empties(n);
                    for (i, op) in ops.iter_enumerated() {
                        let field = active_field.unwrap_or(i);
                        let fty = op.ty(self.body, self.tcx);
                        let targets = self.slots.field_targets(ty, *variant, field, fty);
                        let v = self.read_operand(state, op);
                        for (t, loans) in targets.iter().zip(&v) {
                            match t {
                                SlotRef::One(k) => {
                                    if let Some(slot) = value.get_mut(*k) {
                                        slot.union(loans);
                                    }
                                }
                                SlotRef::Nothing => {}
                                SlotRef::All => value.iter_mut().for_each(|s| {
                                    s.union(loans);
                                }),
                            }
                        }
                    }
                    value
                }
                AggregateKind::RawPtr(..) => self.empties(n),
            },
            Rvalue::RawPtr(..)
            | Rvalue::Len(_)
            | Rvalue::BinaryOp(..)
            | Rvalue::NullaryOp(..)
            | Rvalue::UnaryOp(..)
            | Rvalue::Discriminant(_) => self.empties(n),
        }
    }

    /// Adds `value` (the slots of `place`'s type) to what `place` holds, in the local of
    /// `place` only.
    fn add_to_place(&self, state: &mut Contents, place: &Place, value: &[Loans]) {
        let refs = self.slots.place_slots(self.body, place);
        let (start, n) = self.layout[place.local];
        for (r, loans) in refs.iter().zip(value) {
            match r {
                SlotRef::One(i) if *i < n => state.union_into(start + i, loans),
                SlotRef::All => {
                    for k in start..start + n {
                        state.union_into(k, loans);
                    }
                }
                _ => {}
            }
        }
    }

    fn write_place(&self, state: &mut Contents, place: &Place, value: Vec<Loans>) {
        if let Some(local) = place.as_local() {
            let (start, n) = self.layout[local];
            let value = self.fit(value, n);
            for (k, v) in value.into_iter().enumerate() {
                state.set(start + k, v);
            }
            return;
        }
        if value.iter().all(|v| v.is_empty()) {
            return;
        }
        self.add_to_place(state, place, &value);
        // A write through a reference reaches what the reference borrows.
        let mut ty = PlaceTy {
            ty: self.body.local_decls[place.local].ty,
            variant: None,
        };
        for (i, elem) in place.projection.iter().enumerate() {
            if *elem == ProjectionElem::Deref && matches!(self.tcx.kind(ty.ty), TyKind::Ref(..)) {
                let base = Place {
                    local: place.local,
                    projection: place.projection[..i].to_vec(),
                };
                let rest = &place.projection[i + 1..];
                let loans = self
                    .read_place(state, &base)
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| self.empty());
                let pointee = PlaceTy {
                    ty: ty.ty,
                    variant: None,
                }
                .project(self.tcx, elem)
                .ty;
                for b in loans.iter() {
                    let borrowed = &self.borrow_set.borrows[b].borrowed_place;
                    if borrowed.ty(self.body, self.tcx).ty != pointee {
                        continue;
                    }
                    let mut target = borrowed.clone();
                    target.projection.extend(rest.iter().cloned());
                    self.add_to_place(state, &target, &value);
                }
                return;
            }
            ty = ty.project(self.tcx, elem);
        }
    }

    /// Forgets what a local held, when its whole value is moved out or dropped.
    fn clear(&self, state: &mut Contents, place: &Place) {
        let Some(local) = place.as_local() else {
            return;
        };
        let (start, n) = self.layout[local];
        for k in start..start + n {
            state.clear(k);
        }
    }
}

impl Analysis for LoanContents<'_> {
    type Domain = Contents;
    const DIRECTION: Direction = Direction::Forward;

    fn bottom_value(&self, _body: &Body) -> Contents {
        Contents::default()
    }

    fn initialize_start_block(&self, _body: &Body, _state: &mut Contents) {}

    fn apply_statement_effect(
        &self,
        state: &mut Contents,
        statement: &Statement,
        location: Location,
    ) {
        match &statement.kind {
            StatementKind::Assign(b) => {
                let (place, rv) = &**b;
                let ty = place.ty(self.body, self.tcx).ty;
                let value = self.rvalue_value(state, rv, location, ty);
                // A local moved out of holds nothing until it is written again.
                smelt_mir::visit::for_each_operand_in_rvalue(rv, &mut |op| {
                    if let Operand::Move(p) = op {
                        self.clear(state, p);
                    }
                });
                self.write_place(state, place, value);
            }
            StatementKind::StorageDead(l) => self.clear(state, &Place::from(*l)),
            _ => {}
        }
    }

    fn apply_terminator_effect(
        &self,
        state: &mut Contents,
        terminator: &Terminator,
        _location: Location,
    ) {
        match &terminator.kind {
            TerminatorKind::Call {
                func,
                args,
                destination,
                ..
            } => {
                // The destination is written on the return edge only, but writing it on the
                // unwind edge too is harmless: nothing reads it there.
                let arg_slots: Vec<Vec<Loans>> =
                    args.iter().map(|a| self.read_operand(state, a)).collect();
                let dest_ty = destination.ty(self.body, self.tcx).ty;
                let effect = call_effect(
                    &self.slots,
                    self.body,
                    func,
                    args,
                    &arg_slots,
                    dest_ty,
                    self.borrow_set.len(),
                );
                for (i, at, loans) in &effect.stores {
                    let Some(first) = arg_slots[*i].first() else {
                        continue;
                    };
                    let pointee = match self.tcx.kind(args[*i].ty(self.body, self.tcx)) {
                        TyKind::Ref(_, t, _) => t,
                        _ => continue,
                    };
                    for b in first.iter() {
                        let borrowed = self.borrow_set.borrows[b].borrowed_place.clone();
                        // The references a reborrow goes through borrow other places (the
                        // containers); only the place the argument points to is written.
                        if borrowed.ty(self.body, self.tcx).ty != pointee {
                            continue;
                        }
                        let refs = self.slots.place_slots(self.body, &borrowed);
                        let (start, n) = self.layout[borrowed.local];
                        match refs.get(*at) {
                            Some(SlotRef::One(k)) if *k < n => state.union_into(start + k, loans),
                            Some(SlotRef::All) => {
                                for k in start..start + n {
                                    state.union_into(k, loans);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                for op in args {
                    if let Operand::Move(p) = op {
                        self.clear(state, p);
                    }
                }
                self.write_place(state, destination, effect.dest);
            }
            TerminatorKind::Drop { place, .. } => self.clear(state, place),
            _ => {}
        }
    }
}

/// The borrows that may have happened and not been invalidated: a forward gen-kill
/// analysis. Overwriting a place ends the borrows of it and of what it contained;
/// `StorageDead` ends the borrows of its local.
pub struct BorrowsInScope<'a> {
    pub tcx: &'a TyCtxt,
    pub body: &'a Body,
    pub borrow_set: &'a BorrowSet,
}

impl BorrowsInScope<'_> {
    fn kill_borrows_on_place(&self, state: &mut BitSet<BorrowIndex>, place: &Place) {
        let Some(borrows) = self.borrow_set.local_map.get(&place.local) else {
            return;
        };
        for &b in borrows {
            let borrowed = &self.borrow_set.borrows[b].borrowed_place;
            if place.projection.is_empty()
                || borrow_conflicts_with_place(
                    self.tcx,
                    self.body,
                    borrowed,
                    place,
                    AccessDepth::Deep,
                    PlaceConflictBias::NoOverlap,
                )
            {
                state.kill(b);
            }
        }
    }
}

impl Analysis for BorrowsInScope<'_> {
    type Domain = BitSet<BorrowIndex>;
    const DIRECTION: Direction = Direction::Forward;

    fn bottom_value(&self, _body: &Body) -> Self::Domain {
        BitSet::new_empty(self.borrow_set.len())
    }

    fn initialize_start_block(&self, _body: &Body, _state: &mut Self::Domain) {}

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        statement: &Statement,
        location: Location,
    ) {
        match &statement.kind {
            StatementKind::Assign(b) => {
                self.kill_borrows_on_place(state, &b.0);
                if let Some(&borrow) = self.borrow_set.location_map.get(&location) {
                    state.gen_(borrow);
                }
            }
            StatementKind::StorageDead(l) => {
                if let Some(borrows) = self.borrow_set.local_map.get(l) {
                    state.kill_all(borrows.iter().copied());
                }
            }
            _ => {}
        }
    }

    fn apply_terminator_effect(
        &self,
        _state: &mut Self::Domain,
        _terminator: &Terminator,
        _location: Location,
    ) {
    }

    fn apply_call_return_effect(
        &self,
        state: &mut Self::Domain,
        _block: BasicBlock,
        terminator: &Terminator,
    ) {
        if let TerminatorKind::Call { destination, .. } = &terminator.kind {
            self.kill_borrows_on_place(state, destination);
        }
    }
}

/// Whether dropping a value of `ty` may run user code that could use the borrows it holds
/// (a `Drop` impl somewhere inside it).
pub fn has_significant_drop(tcx: &TyCtxt, ty: smelt_ty::Ty) -> bool {
    significant_drop_inner(tcx, ty, 0)
}

fn significant_drop_inner(tcx: &TyCtxt, ty: smelt_ty::Ty, depth: u32) -> bool {
    if depth > 16 {
        return false;
    }
    match tcx.kind(ty) {
        TyKind::Adt(def, args) => {
            if tcx.adt_has_drop_impl(def) {
                return true;
            }
            let adt = tcx.adt_def(def);
            adt.variants.iter().any(|v| {
                v.fields.iter().any(|f| {
                    significant_drop_inner(
                        tcx,
                        tcx.normalize_erasing_regions(f.ty(tcx, args)),
                        depth + 1,
                    )
                })
            })
        }
        TyKind::Tuple(tys) => tcx
            .tys(tys)
            .iter()
            .any(|t| significant_drop_inner(tcx, *t, depth + 1)),
        TyKind::Array(t, _) | TyKind::Slice(t) => significant_drop_inner(tcx, t, depth + 1),
        TyKind::Closure(def, args) => tcx
            .closure_upvar_tys(def, args)
            .iter()
            .any(|t| significant_drop_inner(tcx, *t, depth + 1)),
        TyKind::Dynamic(..) => true,
        _ => false,
    }
}

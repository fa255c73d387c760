//! The walk over a body: every access to a place, checked against the borrows in effect
//! (conflicts), the initialisation state (moves and uninitialised uses) and the place's
//! mutability.

use rustc_hash::FxHashSet;
use smelt_ast::Mutability;
use smelt_mir::*;
use smelt_mir_dataflow::{
    iterate_to_fixpoint, EverInitializedPlaces, InitIndex, Location, LookupResult, MaybeLiveLocals,
    MaybeUninitializedPlaces, MoveOutIndex, MovePathIndex, ResultsCursor,
};
use smelt_span::{BitSet, Span};

use crate::borrow_set::{BorrowData, BorrowIndex, TwoPhaseActivation};
use crate::loans::{BorrowsInScope, LoanContents};
use crate::places_conflict::{borrow_conflicts_with_place, AccessDepth, PlaceConflictBias};
use crate::MirBorrowckCtxt;

/// What an access does.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReadOrWrite {
    Read(ReadKind),
    Write(WriteKind),
    /// The creation of a two-phase borrow: only a read until it is activated.
    Reservation(WriteKind),
    /// The first use of a two-phase borrow, which turns it into a mutable borrow.
    Activation(WriteKind, BorrowIndex),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReadKind {
    Borrow(BorrowKind),
    Copy,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum WriteKind {
    StorageDeadOrDrop,
    MutableBorrow(BorrowKind),
    Mutate,
    Move,
}

/// Whether writing a local needs it to be declared `mut`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LocalMutationIsAllowed {
    Yes,
    No,
}

/// What a use of a maybe-uninitialised place was for (the wording of E0381/E0382).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum InitializationRequiringAction {
    Borrow,
    MatchOn,
    Use,
    Assignment,
    PartialAssignment,
}

impl InitializationRequiringAction {
    pub fn as_noun(self) -> &'static str {
        match self {
            InitializationRequiringAction::Borrow => "borrow",
            InitializationRequiringAction::MatchOn => "use",
            InitializationRequiringAction::Use => "use",
            InitializationRequiringAction::Assignment => "assign",
            InitializationRequiringAction::PartialAssignment => "assign to part",
        }
    }

    pub fn as_verb_in_past_tense(self) -> &'static str {
        match self {
            InitializationRequiringAction::Borrow => "borrowed",
            InitializationRequiringAction::MatchOn => "matched on",
            InitializationRequiringAction::Use => "used",
            InitializationRequiringAction::Assignment => "assigned",
            InitializationRequiringAction::PartialAssignment => "partially assigned",
        }
    }

    pub fn as_general_verb_in_past_tense(self) -> &'static str {
        match self {
            InitializationRequiringAction::Borrow
            | InitializationRequiringAction::MatchOn
            | InitializationRequiringAction::Use => "used",
            InitializationRequiringAction::Assignment => "assigned",
            InitializationRequiringAction::PartialAssignment => "partially assigned",
        }
    }
}

/// The dataflow state at one location.
pub struct FlowState {
    pub uninits: BitSet<MovePathIndex>,
    pub ever_inits: BitSet<InitIndex>,
    /// The borrows in scope (made and not invalidated); whether one is in effect also
    /// depends on its liveness (`borrow_is_live`).
    pub borrows: BitSet<BorrowIndex>,
    /// The locals live before the location.
    pub live_locals: BitSet<Local>,
}

/// Whether a `Drop` of a local may use the borrows it holds.
pub type DropIsUse<'a> = Box<dyn Fn(Local) -> bool + 'a>;

/// The cursors the walk moves along.
pub struct Cursors<'a> {
    pub uninits: ResultsCursor<'a, MaybeUninitializedPlaces<'a>>,
    pub ever_inits: ResultsCursor<'a, EverInitializedPlaces<'a>>,
    pub in_scope: ResultsCursor<'a, BorrowsInScope<'a>>,
    pub contents: ResultsCursor<'a, LoanContents<'a>>,
    pub liveness: ResultsCursor<'a, MaybeLiveLocals<DropIsUse<'a>>>,
}

impl<'a> MirBorrowckCtxt<'a> {
    /// Checks the whole body, buffering the errors.
    pub fn check_body(&mut self) {
        let rpo = smelt_mir::visit::reverse_postorder(self.body);
        for bb in rpo {
            let live = self.cursors.liveness.states_before_each(bb);
            let data = &self.body.basic_blocks[bb];
            for (i, stmt) in data.statements.iter().enumerate() {
                let loc = Location {
                    block: bb,
                    statement_index: i,
                };
                let state = self.flow_state(loc, &live[i]);
                self.check_activations(loc, stmt.source_info.span, &state);
                self.visit_statement(loc, stmt, &state);
            }
            if let Some(term) = &data.terminator {
                let loc = Location {
                    block: bb,
                    statement_index: data.statements.len(),
                };
                let state = self.flow_state(loc, &live[data.statements.len()]);
                self.check_activations(loc, term.source_info.span, &state);
                self.visit_terminator(loc, term, &state);
            }
        }
    }

    fn flow_state(&mut self, loc: Location, live: &BitSet<Local>) -> FlowState {
        let cursors = &mut self.cursors;
        cursors.uninits.seek_before(loc);
        cursors.ever_inits.seek_before(loc);
        cursors.in_scope.seek_before(loc);
        FlowState {
            uninits: cursors.uninits.get().clone(),
            ever_inits: cursors.ever_inits.get().clone(),
            borrows: cursors.in_scope.get().clone(),
            live_locals: live.clone(),
        }
    }

    /// Whether a borrow in scope at `loc` is live there: a live local holds it. Only
    /// borrows that conflict with an access are asked about, so this is computed lazily.
    pub fn borrow_is_live(
        &mut self,
        loc: Location,
        borrow: BorrowIndex,
        state: &FlowState,
    ) -> bool {
        if let Some((at, live)) = &self.live_loans {
            if *at == loc {
                return live.contains(borrow);
            }
        }
        self.cursors.contents.seek_before(loc);
        let mut live = BitSet::new_empty(self.borrow_set.len());
        self.cursors.contents.analysis().held_by(
            self.cursors.contents.get(),
            &state.live_locals,
            &mut live,
        );
        let answer = live.contains(borrow);
        self.live_loans = Some((loc, live));
        answer
    }

    /* -------------------------------------------------------------- statements */

    fn visit_statement(&mut self, loc: Location, stmt: &Statement, state: &FlowState) {
        let span = stmt.source_info.span;
        match &stmt.kind {
            StatementKind::Assign(b) => {
                let (lhs, rhs) = &**b;
                self.consume_rvalue(loc, rhs, span, state);
                self.mutate_place(loc, lhs, span, AccessDepth::Shallow, state);
            }
            StatementKind::SetDiscriminant { place, .. } => {
                self.mutate_place(loc, place, span, AccessDepth::Shallow, state);
            }
            StatementKind::FakeRead(place) => {
                self.check_if_path_or_subpath_is_moved(
                    loc,
                    InitializationRequiringAction::Use,
                    place,
                    span,
                    state,
                );
            }
            StatementKind::StorageDead(local) => {
                self.access_place(
                    loc,
                    &Place::from(*local),
                    span,
                    (
                        AccessDepth::Shallow,
                        ReadOrWrite::Write(WriteKind::StorageDeadOrDrop),
                    ),
                    LocalMutationIsAllowed::Yes,
                    state,
                );
            }
            StatementKind::StorageLive(_) | StatementKind::Nop => {}
        }
    }

    fn visit_terminator(&mut self, loc: Location, term: &Terminator, state: &FlowState) {
        let span = term.source_info.span;
        match &term.kind {
            TerminatorKind::SwitchInt { discr, .. } => {
                self.consume_operand(loc, discr, span, state)
            }
            TerminatorKind::Drop { place, .. } => {
                // A drop of a moved-out place is fine: drop elaboration makes it conditional
                // or removes it.
                self.access_place(
                    loc,
                    place,
                    span,
                    (
                        AccessDepth::Drop,
                        ReadOrWrite::Write(WriteKind::StorageDeadOrDrop),
                    ),
                    LocalMutationIsAllowed::Yes,
                    state,
                );
            }
            TerminatorKind::Call {
                func,
                args,
                destination,
                ..
            } => {
                self.consume_operand(loc, func, span, state);
                for (i, arg) in args.iter().enumerate() {
                    let arg_span = self.call_arg_span(loc, i).unwrap_or(span);
                    self.consume_operand(loc, arg, arg_span, state);
                }
                self.mutate_place(loc, destination, span, AccessDepth::Deep, state);
            }
            TerminatorKind::Assert { cond, msg, .. } => {
                self.consume_operand(loc, cond, span, state);
                let mut ops = Vec::new();
                match &**msg {
                    AssertKind::BoundsCheck { len, index } => ops.extend([len, index]),
                    AssertKind::Overflow(_, a, b) => ops.extend([a, b]),
                    AssertKind::OverflowNeg(o)
                    | AssertKind::DivisionByZero(o)
                    | AssertKind::RemainderByZero(o) => ops.push(o),
                }
                for o in ops {
                    self.consume_operand(loc, o, span, state);
                }
            }
            TerminatorKind::Return => self.check_return(loc, span, state),
            TerminatorKind::Goto { .. }
            | TerminatorKind::Unreachable
            | TerminatorKind::UnwindResume
            | TerminatorKind::UnwindTerminate
            | TerminatorKind::FalseEdge { .. }
            | TerminatorKind::FalseUnwind { .. } => {}
        }
    }

    /// The two-phase borrows activated here become real mutable borrows.
    fn check_activations(&mut self, loc: Location, span: Span, state: &FlowState) {
        let Some(activated) = self.borrow_set.activation_map.get(&loc).cloned() else {
            return;
        };
        for b in activated {
            let borrow = &self.borrow_set.borrows[b];
            let place = borrow.borrowed_place.clone();
            self.access_place(
                loc,
                &place,
                span,
                (
                    AccessDepth::Deep,
                    ReadOrWrite::Activation(WriteKind::MutableBorrow(borrow.kind), b),
                ),
                LocalMutationIsAllowed::No,
                state,
            );
        }
    }

    fn consume_rvalue(&mut self, loc: Location, rv: &Rvalue, span: Span, state: &FlowState) {
        match rv {
            Rvalue::Ref(_, bk, place) => {
                let access = match bk {
                    BorrowKind::Shared | BorrowKind::Fake => {
                        (AccessDepth::Deep, ReadOrWrite::Read(ReadKind::Borrow(*bk)))
                    }
                    BorrowKind::Mut { .. } => {
                        let wk = WriteKind::MutableBorrow(*bk);
                        let two_phase = self
                            .borrow_set
                            .location_map
                            .get(&loc)
                            .is_some_and(|b| self.borrow_set.borrows[*b].is_two_phase());
                        if two_phase {
                            (AccessDepth::Deep, ReadOrWrite::Reservation(wk))
                        } else {
                            (AccessDepth::Deep, ReadOrWrite::Write(wk))
                        }
                    }
                };
                self.access_place(loc, place, span, access, LocalMutationIsAllowed::No, state);
                let action = InitializationRequiringAction::Borrow;
                self.check_if_path_or_subpath_is_moved(loc, action, place, span, state);
            }
            Rvalue::RawPtr(m, place) => {
                let access = match m {
                    Mutability::Mut => (
                        AccessDepth::Deep,
                        ReadOrWrite::Write(WriteKind::MutableBorrow(BorrowKind::Mut {
                            two_phase: false,
                        })),
                    ),
                    Mutability::Not => (AccessDepth::Deep, ReadOrWrite::Read(ReadKind::Copy)),
                };
                self.access_place(loc, place, span, access, LocalMutationIsAllowed::No, state);
                self.check_if_path_or_subpath_is_moved(
                    loc,
                    InitializationRequiringAction::Borrow,
                    place,
                    span,
                    state,
                );
            }
            Rvalue::Len(place) | Rvalue::Discriminant(place) => {
                let access = (AccessDepth::Shallow, ReadOrWrite::Read(ReadKind::Copy));
                self.access_place(loc, place, span, access, LocalMutationIsAllowed::No, state);
                self.check_if_path_or_subpath_is_moved(
                    loc,
                    InitializationRequiringAction::Use,
                    place,
                    span,
                    state,
                );
            }
            Rvalue::CopyForDeref(place) => {
                self.consume_operand(loc, &Operand::Copy(place.clone()), span, state);
            }
            Rvalue::Use(op) | Rvalue::Repeat(op, _) => self.consume_operand(loc, op, span, state),
            Rvalue::Cast(_, op, _) | Rvalue::UnaryOp(_, op) => {
                let span = self.operand_span_of(span, rv, op);
                self.consume_operand(loc, op, span, state)
            }
            Rvalue::BinaryOp(_, ops) => {
                for op in [&ops.0, &ops.1] {
                    let span = self.operand_span_of(span, rv, op);
                    self.consume_operand(loc, op, span, state);
                }
            }
            Rvalue::Aggregate(_, ops) => {
                for op in ops.iter() {
                    let span = self.operand_span_of(span, rv, op);
                    self.consume_operand(loc, op, span, state);
                }
            }
            Rvalue::NullaryOp(..) => {}
        }
    }

    fn operand_span_of(&self, span: Span, rv: &Rvalue, op: &Operand) -> Span {
        match op.place() {
            Some(p) => self.operand_span(span, rv, p),
            None => span,
        }
    }

    fn consume_operand(&mut self, loc: Location, op: &Operand, span: Span, state: &FlowState) {
        match op {
            Operand::Copy(place) => {
                self.check_index_locals(loc, place, span, state);
                self.access_place(
                    loc,
                    place,
                    span,
                    (AccessDepth::Deep, ReadOrWrite::Read(ReadKind::Copy)),
                    LocalMutationIsAllowed::No,
                    state,
                );
                self.check_if_path_or_subpath_is_moved(
                    loc,
                    InitializationRequiringAction::Use,
                    place,
                    span,
                    state,
                );
            }
            Operand::Move(place) => {
                self.check_index_locals(loc, place, span, state);
                self.access_place(
                    loc,
                    place,
                    span,
                    (AccessDepth::Deep, ReadOrWrite::Write(WriteKind::Move)),
                    LocalMutationIsAllowed::Yes,
                    state,
                );
                self.check_if_path_or_subpath_is_moved(
                    loc,
                    InitializationRequiringAction::Use,
                    place,
                    span,
                    state,
                );
            }
            Operand::Constant(_) => {}
        }
    }

    /// The index locals of a place are read (they are always initialised temporaries, but
    /// may be borrowed mutably in odd code).
    fn check_index_locals(&mut self, loc: Location, place: &Place, span: Span, state: &FlowState) {
        for elem in &place.projection {
            if let ProjectionElem::Index(l) = elem {
                let p = Place::from(*l);
                self.access_place(
                    loc,
                    &p,
                    span,
                    (AccessDepth::Deep, ReadOrWrite::Read(ReadKind::Copy)),
                    LocalMutationIsAllowed::No,
                    state,
                );
            }
        }
    }

    fn mutate_place(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        depth: AccessDepth,
        state: &FlowState,
    ) {
        self.check_index_locals(loc, place, span, state);
        self.check_if_assigned_path_is_moved(loc, place, span, state);
        self.access_place(
            loc,
            place,
            span,
            (depth, ReadOrWrite::Write(WriteKind::Mutate)),
            LocalMutationIsAllowed::No,
            state,
        );
    }

    /* -------------------------------------------------------------- accesses */

    fn access_place(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        (depth, rw): (AccessDepth, ReadOrWrite),
        is_local_mutation_allowed: LocalMutationIsAllowed,
        state: &FlowState,
    ) {
        if let ReadOrWrite::Activation(..) = rw {
            if self.reservation_error_reported.contains(place) {
                return;
            }
        }
        if self
            .access_place_error_reported
            .contains(&(place.clone(), span))
        {
            return;
        }
        let mutability_error =
            self.check_access_permissions(loc, place, span, rw, is_local_mutation_allowed, state);
        let conflict_error = self.check_access_for_conflict(loc, place, span, depth, rw, state);
        if conflict_error || mutability_error {
            self.access_place_error_reported
                .insert((place.clone(), span));
        }
    }

    /// Reports the first borrow in effect that the access conflicts with; returns whether
    /// it did.
    fn check_access_for_conflict(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        depth: AccessDepth,
        rw: ReadOrWrite,
        state: &FlowState,
    ) -> bool {
        // The borrows this access conflicts with, if they are live; decided before any
        // report moves the cursors.
        // Only borrows of the same local can conflict.
        let of_local = self
            .borrow_set
            .local_map
            .get(&place.local)
            .map_or(&[][..], |v| &v[..]);
        let conflicting: Vec<BorrowIndex> = of_local
            .iter()
            .copied()
            .filter(|&b| state.borrows.contains(b))
            .filter(|&b| {
                borrow_conflicts_with_place(
                    self.tcx,
                    self.body,
                    &self.borrow_set.borrows[b].borrowed_place,
                    place,
                    depth,
                    PlaceConflictBias::Overlap,
                )
            })
            .collect();
        let conflicting: Vec<BorrowIndex> = conflicting
            .into_iter()
            .filter(|&b| self.borrow_is_live(loc, b, state))
            .collect();
        for b in conflicting {
            let borrow = &self.borrow_set.borrows[b];
            let borrow = borrow.clone();
            match (rw, borrow.kind) {
                (ReadOrWrite::Activation(_, activating), _) if activating == b => continue,
                (ReadOrWrite::Read(_), BorrowKind::Shared | BorrowKind::Fake) => continue,
                (ReadOrWrite::Reservation(_), BorrowKind::Shared | BorrowKind::Fake) => continue,
                (ReadOrWrite::Write(WriteKind::Move), BorrowKind::Fake) => continue,
                (ReadOrWrite::Read(kind), BorrowKind::Mut { .. }) => {
                    if !self.is_active(&borrow, loc) {
                        continue;
                    }
                    match kind {
                        ReadKind::Copy => {
                            self.report_use_while_mutably_borrowed(loc, place, span, b)
                        }
                        ReadKind::Borrow(bk) => {
                            self.report_conflicting_borrow(loc, place, span, bk, b)
                        }
                    }
                    return true;
                }
                (
                    ReadOrWrite::Reservation(kind)
                    | ReadOrWrite::Activation(kind, _)
                    | ReadOrWrite::Write(kind),
                    _,
                ) => {
                    if let ReadOrWrite::Reservation(_) = rw {
                        self.reservation_error_reported.insert(place.clone());
                    }
                    match kind {
                        WriteKind::MutableBorrow(bk) => {
                            self.report_conflicting_borrow(loc, place, span, bk, b)
                        }
                        WriteKind::StorageDeadOrDrop => self
                            .report_borrowed_value_does_not_live_long_enough(loc, place, span, b),
                        WriteKind::Mutate => {
                            self.report_illegal_mutation_of_borrowed(loc, place, span, b)
                        }
                        WriteKind::Move => self.report_move_out_while_borrowed(loc, place, span, b),
                    }
                    return true;
                }
            }
        }
        false
    }

    /// Whether a borrow is a real (activated) borrow at `loc`: two-phase borrows are not
    /// between their reservation and their activation.
    fn is_active(&self, borrow: &BorrowData, loc: Location) -> bool {
        let activation = match borrow.activation {
            TwoPhaseActivation::NotTwoPhase => return true,
            TwoPhaseActivation::NotActivated => return false,
            TwoPhaseActivation::ActivatedAt(at) => at,
        };
        if self.dominators.location_dominates(activation, loc) {
            return true;
        }
        let after_reservation = borrow.reserve_location.successor_within_block();
        !self.dominators.location_dominates(after_reservation, loc)
    }

    /* -------------------------------------------------------------- mutability */

    /// Reports a write or mutable borrow of an immutable place; returns whether it did.
    fn check_access_permissions(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        rw: ReadOrWrite,
        is_local_mutation_allowed: LocalMutationIsAllowed,
        state: &FlowState,
    ) -> bool {
        let is_borrow = match rw {
            ReadOrWrite::Reservation(WriteKind::MutableBorrow(BorrowKind::Mut { .. }))
            | ReadOrWrite::Write(WriteKind::MutableBorrow(BorrowKind::Mut { .. })) => true,
            ReadOrWrite::Reservation(WriteKind::Mutate) | ReadOrWrite::Write(WriteKind::Mutate) => {
                false
            }
            _ => return false,
        };
        // Creating a closure borrows what it captures mutably even if the variable is not
        // `mut`; the closure's body is where a mutation is reported.
        if is_borrow && self.closure_capture_spans(span, place.local).is_some() {
            return false;
        }
        let Err(the_place_err) = self.is_mutable(place, is_local_mutation_allowed) else {
            return false;
        };
        // Writing an immutable local that was never initialised is its initialisation.
        let Some(init) = self.is_local_ever_initialized(place.local, state) else {
            return false;
        };
        if !is_borrow && place.as_local().is_some() {
            self.report_illegal_reassignment(loc, place, span, init);
        } else {
            self.report_mutability_error(loc, place, span, &the_place_err, is_borrow);
        }
        true
    }

    /// `Ok` if `place` may be written, else the place that makes it immutable.
    pub fn is_mutable(
        &self,
        place: &Place,
        is_local_mutation_allowed: LocalMutationIsAllowed,
    ) -> Result<(), Place> {
        // A closure's captured variables are as mutable as the variables were declared;
        // the environment itself may always be used.
        if self.is_closure && place.local == Local::from_u32(1) {
            match self.upvar_field(place) {
                Some((i, n)) if place.projection.len() == n => {
                    return if self.upvars[i].mutable
                        || is_local_mutation_allowed == LocalMutationIsAllowed::Yes
                    {
                        Ok(())
                    } else {
                        Err(place.clone())
                    };
                }
                Some(_) => {}
                None => return Ok(()),
            }
        }
        let Some((last, base)) = place.projection.split_last() else {
            return match (
                self.body.local_decls[place.local].mutability,
                is_local_mutation_allowed,
            ) {
                (Mutability::Mut, _) | (_, LocalMutationIsAllowed::Yes) => Ok(()),
                (Mutability::Not, LocalMutationIsAllowed::No) => Err(place.clone()),
            };
        };
        let base_place = Place {
            local: place.local,
            projection: base.to_vec(),
        };
        match last {
            ProjectionElem::Deref => {
                let base_ty = base_place.ty(self.body, self.tcx).ty;
                match self.tcx.kind(base_ty) {
                    smelt_ty::TyKind::Ref(_, _, Mutability::Not)
                        if self.is_overloaded_place_result(&base_place) =>
                    {
                        Ok(())
                    }
                    smelt_ty::TyKind::Ref(_, _, Mutability::Not)
                    | smelt_ty::TyKind::RawPtr(_, Mutability::Not) => Err(place.clone()),
                    smelt_ty::TyKind::Ref(_, _, Mutability::Mut) => {
                        self.is_mutable(&base_place, LocalMutationIsAllowed::Yes)
                    }
                    smelt_ty::TyKind::RawPtr(_, Mutability::Mut) => Ok(()),
                    // A `Box`.
                    _ => self.is_mutable(&base_place, is_local_mutation_allowed),
                }
            }
            _ => self.is_mutable(&base_place, is_local_mutation_allowed),
        }
    }

    /// Whether `place` is a temporary holding what an overloaded `*` or `[]` returned.
    /// Smelt's MIR may call `Index::index` (not `index_mut`) where the place is then
    /// borrowed mutably (rustc fixes such calls up after type checking); borrow checking
    /// trusts type checking there.
    fn is_overloaded_place_result(&self, place: &Place) -> bool {
        let Some(local) = place.as_local() else {
            return false;
        };
        if self.body.local_decls[local].info != LocalInfo::Temp {
            return false;
        }
        self.body.basic_blocks.iter().any(|d| {
            matches!(&d.terminator, Some(Terminator { kind: TerminatorKind::Call { destination, .. }, .. }) if destination.as_local() == Some(local))
        })
    }

    fn is_local_ever_initialized(&self, local: Local, state: &FlowState) -> Option<InitIndex> {
        let mpi = self.move_data.rev_lookup.find_local(local);
        self.move_data.init_path_map[mpi]
            .iter()
            .copied()
            .find(|ii| state.ever_inits.contains(*ii))
    }

    /* -------------------------------------------------------------- moves */

    /// Reports a use of a place that may be (partly) moved out or uninitialised.
    pub fn check_if_path_or_subpath_is_moved(
        &mut self,
        loc: Location,
        action: InitializationRequiringAction,
        place: &Place,
        span: Span,
        state: &FlowState,
    ) {
        if self.check_if_full_path_is_moved(loc, action, place, span, state) {
            return;
        }
        if let LookupResult::Exact(mpi) = self.move_data.rev_lookup.find(place) {
            let mut stack: Vec<MovePathIndex> = self.move_data.children(mpi).collect();
            while let Some(child) = stack.pop() {
                if state.uninits.contains(child) {
                    self.report_use_of_moved_or_uninitialized(
                        loc, action, place, place, span, child,
                    );
                    return;
                }
                stack.extend(self.move_data.children(child));
            }
        }
    }

    /// Reports a use of a place whose closest move path may be uninitialised.
    fn check_if_full_path_is_moved(
        &mut self,
        loc: Location,
        action: InitializationRequiringAction,
        place: &Place,
        span: Span,
        state: &FlowState,
    ) -> bool {
        let mpi = self.move_data.closest_path(place);
        if state.uninits.contains(mpi) {
            let prefix = self.move_data.move_paths[mpi].place.clone();
            self.report_use_of_moved_or_uninitialized(loc, action, &prefix, place, span, mpi);
            return true;
        }
        false
    }

    /// An assignment to `a.b` needs `a` initialised (rustc rejects partial
    /// initialisation), `*p = ..` needs `p`.
    fn check_if_assigned_path_is_moved(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        state: &FlowState,
    ) {
        for i in (0..place.projection.len()).rev() {
            let base = Place {
                local: place.local,
                projection: place.projection[..i].to_vec(),
            };
            match &place.projection[i] {
                ProjectionElem::Deref => {
                    self.check_if_full_path_is_moved(
                        loc,
                        InitializationRequiringAction::Use,
                        &base,
                        span,
                        state,
                    );
                    return;
                }
                ProjectionElem::Field(..) => {
                    let base_ty = base.ty(self.body, self.tcx).ty;
                    match self.tcx.kind(base_ty) {
                        smelt_ty::TyKind::Adt(def, _) if self.tcx.adt_has_drop_impl(def) => {
                            self.check_if_path_or_subpath_is_moved(
                                loc,
                                InitializationRequiringAction::Assignment,
                                &base,
                                span,
                                state,
                            );
                            return;
                        }
                        smelt_ty::TyKind::Adt(..) | smelt_ty::TyKind::Tuple(_) => {
                            self.check_parent_of_field(loc, &base, span, state);
                        }
                        _ => {}
                    }
                }
                _ => {}
            }
        }
    }

    fn check_parent_of_field(
        &mut self,
        loc: Location,
        base: &Place,
        span: Span,
        state: &FlowState,
    ) {
        // The shortest prefix (not through a deref) that may be uninitialised.
        let mut shortest: Option<(Place, MovePathIndex)> = None;
        let mut prefix = base.clone();
        loop {
            if let LookupResult::Exact(mpi) = self.move_data.rev_lookup.find(&prefix) {
                if state.uninits.contains(mpi) {
                    shortest = Some((prefix.clone(), mpi));
                }
            }
            match prefix.projection.pop() {
                Some(ProjectionElem::Deref) | None => break,
                Some(_) => {}
            }
        }
        if let Some((prefix, mpi)) = shortest {
            let base_ty = base.ty(self.body, self.tcx).ty;
            if let smelt_ty::TyKind::Adt(def, _) = self.tcx.kind(base_ty) {
                if self.tcx.adt_def(def).is_union() && !self.move_data.path_map[mpi].is_empty() {
                    return;
                }
            }
            self.report_use_of_moved_or_uninitialized(
                loc,
                InitializationRequiringAction::PartialAssignment,
                &prefix,
                base,
                span,
                mpi,
            );
        }
    }

    /// The moves out of `mpi` (or its ancestors) that reach `loc`, and whether they were
    /// found through a loop's back edge (rustc's `get_moved_indexes`).
    pub fn get_moved_indexes(
        &self,
        loc: Location,
        mpi: MovePathIndex,
    ) -> Vec<(MoveOutIndex, bool)> {
        let mpis: Vec<MovePathIndex> = self.move_data.parents_and_self(mpi).collect();
        let is_argument = self
            .body
            .args_iter()
            .any(|a| mpis.contains(&self.move_data.rev_lookup.find_local(a)));
        let mut stack = Vec::new();
        let mut back_edge_stack = Vec::new();
        let push_preds = |at: Location, stack: &mut Vec<Location>, back: &mut Vec<Location>| {
            let mut any = false;
            for p in self.predecessor_locations(at) {
                if self.dominators.location_dominates(at, p) {
                    back.push(p);
                } else {
                    stack.push(p);
                }
                any = true;
            }
            any
        };
        push_preds(loc, &mut stack, &mut back_edge_stack);
        let mut visited: FxHashSet<Location> = FxHashSet::default();
        let mut result = Vec::new();
        let mut reached_start = false;
        // Returns whether the walk stops at `at` (a move or an initialisation found).
        let mut dfs_iter =
            |result: &mut Vec<(MoveOutIndex, bool)>, at: Location, is_back_edge: bool| -> bool {
                if !visited.insert(at) {
                    return true;
                }
                let is_storage_dead = matches!(
                    self.body.basic_blocks[at.block]
                        .statements
                        .get(at.statement_index)
                        .map(|s| &s.kind),
                    Some(StatementKind::StorageDead(_))
                );
                if !is_storage_dead {
                    for &mo in &self.move_data.loc_map[at] {
                        if mpis.contains(&self.move_data.moves[mo].path) {
                            result.push((mo, is_back_edge));
                            return true;
                        }
                    }
                }
                self.move_data.init_loc_map[at].iter().any(|&ii| {
                    let init = self.move_data.inits[ii];
                    match init.kind {
                        smelt_mir_dataflow::InitKind::Shallow => init.path == mpi,
                        _ => mpis.contains(&init.path),
                    }
                })
            };
        while let Some(at) = stack.pop() {
            if dfs_iter(&mut result, at, false) {
                continue;
            }
            if !push_preds(at, &mut stack, &mut back_edge_stack) {
                reached_start = true;
            }
        }
        if (is_argument || !reached_start) && result.is_empty() {
            while let Some(at) = back_edge_stack.pop() {
                if dfs_iter(&mut result, at, true) {
                    continue;
                }
                back_edge_stack.extend(self.predecessor_locations(at));
            }
        }
        result
    }

    pub fn predecessor_locations(&self, loc: Location) -> Vec<Location> {
        if loc.statement_index == 0 {
            self.predecessors[loc.block]
                .iter()
                .map(|&bb| Location {
                    block: bb,
                    statement_index: self.body.basic_blocks[bb].statements.len(),
                })
                .collect()
        } else {
            vec![Location {
                block: loc.block,
                statement_index: loc.statement_index - 1,
            }]
        }
    }
}

/// Runs the dataflow analyses borrow checking needs.
pub fn cursors<'a>(
    tcx: &'a smelt_ty::TyCtxt,
    body: &'a Body,
    move_data: &'a smelt_mir_dataflow::MoveData,
    borrow_set: &'a crate::borrow_set::BorrowSet,
) -> Cursors<'a> {
    let uninits =
        iterate_to_fixpoint(body, MaybeUninitializedPlaces::new(move_data)).into_cursor(body);
    let ever_inits =
        iterate_to_fixpoint(body, EverInitializedPlaces::new(move_data)).into_cursor(body);
    let in_scope = iterate_to_fixpoint(
        body,
        BorrowsInScope {
            tcx,
            body,
            borrow_set,
        },
    )
    .into_cursor(body);
    let contents =
        iterate_to_fixpoint(body, LoanContents::new(tcx, body, borrow_set)).into_cursor(body);
    let drop_is_use: DropIsUse<'a> =
        Box::new(move |l: Local| crate::loans::has_significant_drop(tcx, body.local_decls[l].ty));
    let liveness = iterate_to_fixpoint(body, MaybeLiveLocals { drop_is_use }).into_cursor(body);
    Cursors {
        uninits,
        ever_inits,
        in_scope,
        contents,
        liveness,
    }
}

//! Initialisation of move paths: maybe-init, maybe-uninit and ever-init.

use smelt_mir::{BasicBlock, Body, Statement, StatementKind, Terminator};
use smelt_span::BitSet;

use crate::drop_flag_effects::drop_flag_effects_for_call_return;
use crate::{
    drop_flag_effects_for_function_entry, drop_flag_effects_for_location, Analysis, Direction,
    DropFlagState, GenKill, InitIndex, InitKind, InitLocation, Location, MoveData, MovePathIndex,
};

/// The move paths that may be initialised: on some path from the start, the last thing
/// that happened to them is an initialisation. A `Drop` of a path not in this set is dead.
pub struct MaybeInitializedPlaces<'a> {
    pub move_data: &'a MoveData,
}

impl<'a> MaybeInitializedPlaces<'a> {
    pub fn new(move_data: &'a MoveData) -> Self {
        MaybeInitializedPlaces { move_data }
    }

    fn update(trans: &mut BitSet<MovePathIndex>, mpi: MovePathIndex, state: DropFlagState) {
        match state {
            DropFlagState::Present => trans.gen_(mpi),
            DropFlagState::Absent => trans.kill(mpi),
        }
    }
}

impl Analysis for MaybeInitializedPlaces<'_> {
    type Domain = BitSet<MovePathIndex>;
    const DIRECTION: Direction = Direction::Forward;

    fn bottom_value(&self, _body: &Body) -> Self::Domain {
        BitSet::new_empty(self.move_data.move_paths.len())
    }

    fn initialize_start_block(&self, body: &Body, state: &mut Self::Domain) {
        drop_flag_effects_for_function_entry(body, self.move_data, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        _statement: &Statement,
        location: Location,
    ) {
        drop_flag_effects_for_location(self.move_data, location, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }

    fn apply_terminator_effect(
        &self,
        state: &mut Self::Domain,
        _terminator: &Terminator,
        location: Location,
    ) {
        drop_flag_effects_for_location(self.move_data, location, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }

    fn apply_call_return_effect(
        &self,
        state: &mut Self::Domain,
        _block: BasicBlock,
        terminator: &Terminator,
    ) {
        drop_flag_effects_for_call_return(self.move_data, &terminator.kind, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }
}

/// The move paths that may be uninitialised: on some path from the start, they were moved
/// out of (or their storage died) or never written. A use of a path in this set is an
/// error; a `Drop` of a path in this set and in `MaybeInitializedPlaces` needs a drop flag.
pub struct MaybeUninitializedPlaces<'a> {
    pub move_data: &'a MoveData,
}

impl<'a> MaybeUninitializedPlaces<'a> {
    pub fn new(move_data: &'a MoveData) -> Self {
        MaybeUninitializedPlaces { move_data }
    }

    fn update(trans: &mut BitSet<MovePathIndex>, mpi: MovePathIndex, state: DropFlagState) {
        match state {
            DropFlagState::Present => trans.kill(mpi),
            DropFlagState::Absent => trans.gen_(mpi),
        }
    }
}

impl Analysis for MaybeUninitializedPlaces<'_> {
    type Domain = BitSet<MovePathIndex>;
    const DIRECTION: Direction = Direction::Forward;

    fn bottom_value(&self, _body: &Body) -> Self::Domain {
        BitSet::new_empty(self.move_data.move_paths.len())
    }

    fn initialize_start_block(&self, body: &Body, state: &mut Self::Domain) {
        // Everything starts uninitialised but the arguments.
        *state = BitSet::new_filled(self.move_data.move_paths.len());
        drop_flag_effects_for_function_entry(body, self.move_data, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        _statement: &Statement,
        location: Location,
    ) {
        drop_flag_effects_for_location(self.move_data, location, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }

    fn apply_terminator_effect(
        &self,
        state: &mut Self::Domain,
        _terminator: &Terminator,
        location: Location,
    ) {
        drop_flag_effects_for_location(self.move_data, location, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }

    fn apply_call_return_effect(
        &self,
        state: &mut Self::Domain,
        _block: BasicBlock,
        terminator: &Terminator,
    ) {
        drop_flag_effects_for_call_return(self.move_data, &terminator.kind, |mpi, s| {
            Self::update(state, mpi, s)
        });
    }
}

/// The initialisations that may have happened (and not been undone by the storage of their
/// local dying). Borrow checking uses it for assignments to immutable locals: a second
/// assignment is one where an initialisation of the local is in this set.
pub struct EverInitializedPlaces<'a> {
    pub move_data: &'a MoveData,
}

impl<'a> EverInitializedPlaces<'a> {
    pub fn new(move_data: &'a MoveData) -> Self {
        EverInitializedPlaces { move_data }
    }
}

impl Analysis for EverInitializedPlaces<'_> {
    type Domain = BitSet<InitIndex>;
    const DIRECTION: Direction = Direction::Forward;

    fn bottom_value(&self, _body: &Body) -> Self::Domain {
        BitSet::new_empty(self.move_data.inits.len())
    }

    fn initialize_start_block(&self, _body: &Body, state: &mut Self::Domain) {
        for (ii, init) in self.move_data.inits.iter_enumerated() {
            if matches!(init.location, InitLocation::Argument(_)) {
                state.gen_(ii);
            }
        }
    }

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        statement: &Statement,
        location: Location,
    ) {
        if let StatementKind::StorageDead(local) = statement.kind {
            // A dead local's initialisations are forgotten: the next `let` of it (in a loop)
            // starts afresh.
            let mpi = self.move_data.rev_lookup.find_local(local);
            state.kill_all(self.move_data.init_path_map[mpi].iter().copied());
        }
        state.gen_all(self.move_data.init_loc_map[location].iter().copied());
    }

    fn apply_terminator_effect(
        &self,
        state: &mut Self::Domain,
        _terminator: &Terminator,
        location: Location,
    ) {
        let inits = self.move_data.init_loc_map[location].iter().copied();
        state.gen_all(
            inits.filter(|&ii| self.move_data.inits[ii].kind != InitKind::NonPanicPathOnly),
        );
    }

    fn apply_call_return_effect(
        &self,
        state: &mut Self::Domain,
        block: BasicBlock,
        _terminator: &Terminator,
    ) {
        let location = self.move_data.init_loc_map.terminator_location(block);
        let inits = self.move_data.init_loc_map[location].iter().copied();
        state.gen_all(
            inits.filter(|&ii| self.move_data.inits[ii].kind == InitKind::NonPanicPathOnly),
        );
    }
}

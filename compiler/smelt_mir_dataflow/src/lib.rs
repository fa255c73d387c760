//! Dataflow analysis over MIR: a small framework, the move paths of a body, and the
//! analyses borrow checking and drop elaboration are built on.
//!
//! # The framework
//!
//! An [`Analysis`] names a lattice (its `Domain`, joined with [`JoinSemiLattice::join`]), a
//! direction, a boundary value, and the effect of each statement and terminator.
//! [`iterate_to_fixpoint`] runs a worklist over the CFG until the state at the entry of every
//! block stops changing, and returns [`Results`]: one state per block. A [`ResultsCursor`]
//! then recomputes the state at any [`Location`] from its block's entry state, before or after
//! the statement there. Gen-kill analyses are ordinary analyses whose domain is a
//! [`BitSet`](smelt_span::BitSet); the [`GenKill`] trait names their two operations.
//!
//! Block entry states are the only thing stored, and every query walks at most one block, so
//! the framework costs O(blocks × domain) memory and nothing per statement.
//!
//! # Move paths
//!
//! [`MoveData::gather`] gives a [`MovePathIndex`] to every place a body moves from or
//! initialises, organised as a tree (`x`, `x.0`, `(x.0 as Some).0`, `*b` for boxes), and
//! records where each path is moved out ([`MoveOut`]) and initialised ([`Init`]). Places
//! behind references, raw pointers, slice and array indexing have no path of their own: a
//! move out of them is an error, collected in [`MoveData::errors`] for borrow checking.
//!
//! # Analyses
//!
//! - [`MaybeInitializedPlaces`]: move paths that may be initialised (on some path).
//! - [`MaybeUninitializedPlaces`]: move paths that may be uninitialised (moved out or never
//!   written on some path).
//! - [`EverInitializedPlaces`]: initialisations ([`InitIndex`]) that may have happened.
//! - [`MaybeLiveLocals`]: locals whose current value may be read later (backward).
//! - [`MaybeStorageLive`]: locals whose storage may be live.
//!
//! For drop elaboration, [`InitializationData`] pairs the first two and answers, at a
//! location, whether a move path is maybe-init and maybe-uninit, and so whether a `Drop` of it
//! is dead, static, conditional (needs a drop flag) or open (its parts differ).
//!
//! Architecture invariant: nothing here reports diagnostics; analyses are functions of a body
//! (and the type context for types).

mod drop_flag_effects;
mod elaborate;
mod framework;
mod impls;
mod move_paths;
pub mod visit;

pub use drop_flag_effects::{
    drop_flag_effects_for_function_entry, drop_flag_effects_for_location, on_all_children_bits,
    on_lookup_result_bits, DropFlagState,
};
pub use elaborate::{DropFlagMode, DropStyle, InitializationData};
pub use framework::{
    iterate_to_fixpoint, Analysis, Direction, GenKill, JoinSemiLattice, Results, ResultsCursor,
};
pub use impls::{
    EverInitializedPlaces, MaybeInitializedPlaces, MaybeLiveLocals, MaybeStorageLive,
    MaybeUninitializedPlaces,
};
pub use move_paths::{
    IllegalMoveOriginKind, Init, InitIndex, InitKind, InitLocation, LookupResult, MoveData,
    MoveError, MoveOut, MoveOutIndex, MovePath, MovePathIndex, MovePathLookup,
};

use smelt_mir::{BasicBlock, Body};

/// A point in a body: the statement `statement_index` of `block`, or its terminator when
/// `statement_index` equals the number of statements.
#[derive(Copy, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Location {
    pub block: BasicBlock,
    pub statement_index: usize,
}

impl Location {
    pub const START: Location = Location {
        block: BasicBlock::START,
        statement_index: 0,
    };

    /// The location of the next statement (or terminator) in the same block.
    pub fn successor_within_block(self) -> Location {
        Location {
            block: self.block,
            statement_index: self.statement_index + 1,
        }
    }

    /// Whether this is the terminator of its block.
    pub fn is_terminator(self, body: &Body) -> bool {
        self.statement_index == body.basic_blocks[self.block].statements.len()
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}[{}]", self.block, self.statement_index)
    }
}

/// A value per location of a body (every statement and each block's terminator).
#[derive(Clone, Debug)]
pub struct LocationMap<T> {
    map: smelt_span::IndexVec<BasicBlock, Vec<T>>,
}

impl<T: Default + Clone> LocationMap<T> {
    pub fn new(body: &Body) -> LocationMap<T> {
        LocationMap {
            map: body
                .basic_blocks
                .iter()
                .map(|data| vec![T::default(); data.statements.len() + 1])
                .collect(),
        }
    }
}

impl<T> LocationMap<T> {
    /// The location of the terminator of `bb`.
    pub fn terminator_location(&self, bb: BasicBlock) -> Location {
        Location {
            block: bb,
            statement_index: self.map[bb].len() - 1,
        }
    }
}

impl<T> std::ops::Index<Location> for LocationMap<T> {
    type Output = T;
    fn index(&self, loc: Location) -> &T {
        &self.map[loc.block][loc.statement_index]
    }
}

impl<T> std::ops::IndexMut<Location> for LocationMap<T> {
    fn index_mut(&mut self, loc: Location) -> &mut T {
        &mut self.map[loc.block][loc.statement_index]
    }
}

//! How moves and initialisations change the state of move paths: a move out of a path
//! deinitialises it and all its children, a deep initialisation initialises them all.

use smelt_mir::{Body, TerminatorKind};

use crate::{InitKind, Location, LookupResult, MoveData, MovePathIndex};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DropFlagState {
    /// The path is initialised.
    Present,
    /// The path is uninitialised (moved out of, or never written).
    Absent,
}

/// Calls `each_child` on `path` and every path below it.
pub fn on_all_children_bits(
    move_data: &MoveData,
    path: MovePathIndex,
    mut each_child: impl FnMut(MovePathIndex),
) {
    let mut stack = vec![path];
    while let Some(mpi) = stack.pop() {
        each_child(mpi);
        stack.extend(move_data.children(mpi));
    }
}

/// For an exact lookup: `on_all_children_bits` of the path. A place without its own path
/// (behind a reference, say) changes no path.
pub fn on_lookup_result_bits(
    move_data: &MoveData,
    lookup: LookupResult,
    each_child: impl FnMut(MovePathIndex),
) {
    if let LookupResult::Exact(mpi) = lookup {
        on_all_children_bits(move_data, mpi, each_child);
    }
}

/// The arguments are initialised on entry.
pub fn drop_flag_effects_for_function_entry(
    body: &Body,
    move_data: &MoveData,
    mut callback: impl FnMut(MovePathIndex, DropFlagState),
) {
    for arg in body.args_iter() {
        on_all_children_bits(move_data, move_data.rev_lookup.find_local(arg), |mpi| {
            callback(mpi, DropFlagState::Present)
        });
    }
}

/// The moves and initialisations at `loc`, except the initialisation of a call's
/// destination, which happens on its return edge only (see `drop_flag_effects_for_call_return`).
pub fn drop_flag_effects_for_location(
    move_data: &MoveData,
    loc: Location,
    mut callback: impl FnMut(MovePathIndex, DropFlagState),
) {
    for &mo in &move_data.loc_map[loc] {
        on_all_children_bits(move_data, move_data.moves[mo].path, |mpi| {
            callback(mpi, DropFlagState::Absent)
        });
    }
    for &ii in &move_data.init_loc_map[loc] {
        let init = move_data.inits[ii];
        match init.kind {
            InitKind::Deep => on_all_children_bits(move_data, init.path, |mpi| {
                callback(mpi, DropFlagState::Present)
            }),
            InitKind::Shallow => callback(init.path, DropFlagState::Present),
            InitKind::NonPanicPathOnly => {}
        }
    }
}

/// The initialisation of a call's destination, on the call's return edge.
pub(crate) fn drop_flag_effects_for_call_return(
    move_data: &MoveData,
    kind: &TerminatorKind,
    mut callback: impl FnMut(MovePathIndex, DropFlagState),
) {
    if let TerminatorKind::Call { destination, .. } = kind {
        on_lookup_result_bits(move_data, move_data.rev_lookup.find(destination), |mpi| {
            callback(mpi, DropFlagState::Present)
        });
    }
}

//! What drop elaboration asks of the initialisation analyses: at a location, is a move path
//! maybe-initialised, maybe-uninitialised, and so how must a `Drop` of it be done.

use smelt_mir::Body;

use crate::{
    iterate_to_fixpoint, on_all_children_bits, Location, MaybeInitializedPlaces,
    MaybeUninitializedPlaces, MoveData, MovePathIndex, ResultsCursor,
};

/// How a `Drop` of a move path must be elaborated.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DropStyle {
    /// The path is uninitialised on every path here: the drop does nothing.
    Dead,
    /// The path is initialised on every path here: drop it unconditionally.
    Static,
    /// Initialised on some paths only: drop it if its drop flag is set.
    Conditional,
    /// Its parts differ (some moved out, some not): drop each part on its own.
    Open,
}

/// Whether a drop looks at the path alone or at all its parts.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DropFlagMode {
    Shallow,
    Deep,
}

/// Maybe-init and maybe-uninit move paths at any location of a body.
///
/// ```ignore
/// let move_data = MoveData::gather(body, tcx);
/// let mut init_data = InitializationData::new(body, &move_data);
/// init_data.seek_before(location_of_drop);
/// let path = move_data.closest_path(&dropped_place);
/// match init_data.drop_style(path, DropFlagMode::Deep) { .. }
/// ```
pub struct InitializationData<'a> {
    move_data: &'a MoveData,
    inits: ResultsCursor<'a, MaybeInitializedPlaces<'a>>,
    uninits: ResultsCursor<'a, MaybeUninitializedPlaces<'a>>,
}

impl<'a> InitializationData<'a> {
    pub fn new(body: &'a Body, move_data: &'a MoveData) -> Self {
        let inits =
            iterate_to_fixpoint(body, MaybeInitializedPlaces::new(move_data)).into_cursor(body);
        let uninits =
            iterate_to_fixpoint(body, MaybeUninitializedPlaces::new(move_data)).into_cursor(body);
        InitializationData {
            move_data,
            inits,
            uninits,
        }
    }

    /// Moves both analyses to just before the statement or terminator at `loc`.
    pub fn seek_before(&mut self, loc: Location) {
        self.inits.seek_before(loc);
        self.uninits.seek_before(loc);
    }

    /// Moves both analyses to just after the statement or terminator at `loc`.
    pub fn seek_after(&mut self, loc: Location) {
        self.inits.seek_after(loc);
        self.uninits.seek_after(loc);
    }

    pub fn maybe_init(&self, path: MovePathIndex) -> bool {
        self.inits.get().contains(path)
    }

    pub fn maybe_uninit(&self, path: MovePathIndex) -> bool {
        self.uninits.get().contains(path)
    }

    /// `(maybe_init, maybe_uninit)` of `path` where the cursors are.
    pub fn maybe_init_uninit(&self, path: MovePathIndex) -> (bool, bool) {
        (self.maybe_init(path), self.maybe_uninit(path))
    }

    /// The style of a drop of `path` where the cursors are (rustc's `ElaborateDrops`
    /// rules: a deep drop looks at every part of the path).
    pub fn drop_style(&self, path: MovePathIndex, mode: DropFlagMode) -> DropStyle {
        let ((maybe_init, maybe_uninit), multipart) = match mode {
            DropFlagMode::Shallow => (self.maybe_init_uninit(path), false),
            DropFlagMode::Deep => {
                let (mut some_init, mut some_uninit, mut count) = (false, false, 0);
                on_all_children_bits(self.move_data, path, |child| {
                    let (init, uninit) = self.maybe_init_uninit(child);
                    some_init |= init;
                    some_uninit |= uninit;
                    count += 1;
                });
                ((some_init, some_uninit), count != 1)
            }
        };
        match (maybe_init, maybe_uninit, multipart) {
            (false, _, _) => DropStyle::Dead,
            (true, false, _) => DropStyle::Static,
            (true, true, false) => DropStyle::Conditional,
            (true, true, true) => DropStyle::Open,
        }
    }
}

//! Liveness of storage.

use smelt_mir::{Body, Local, Statement, StatementKind, Terminator};
use smelt_span::BitSet;

use crate::{Analysis, Direction, GenKill, Location};

/// The locals whose storage may be live: between a `StorageLive` and a `StorageDead`.
/// Locals that have neither (the return place, arguments, some temporaries) are live
/// throughout.
pub struct MaybeStorageLive {
    always_live: BitSet<Local>,
}

impl MaybeStorageLive {
    pub fn new(body: &Body) -> Self {
        let mut always_live = BitSet::new_filled(body.local_decls.len());
        for data in body.basic_blocks.iter() {
            for s in &data.statements {
                if let StatementKind::StorageLive(l) | StatementKind::StorageDead(l) = s.kind {
                    always_live.remove(l);
                }
            }
        }
        for arg in body.args_iter() {
            always_live.insert(arg);
        }
        always_live.insert(Local::RETURN_PLACE);
        MaybeStorageLive { always_live }
    }
}

impl Analysis for MaybeStorageLive {
    type Domain = BitSet<Local>;
    const DIRECTION: Direction = Direction::Forward;

    fn bottom_value(&self, body: &Body) -> Self::Domain {
        BitSet::new_empty(body.local_decls.len())
    }

    fn initialize_start_block(&self, _body: &Body, state: &mut Self::Domain) {
        state.union(&self.always_live);
    }

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        statement: &Statement,
        _location: Location,
    ) {
        match statement.kind {
            StatementKind::StorageLive(l) => state.gen_(l),
            StatementKind::StorageDead(l) => state.kill(l),
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
}

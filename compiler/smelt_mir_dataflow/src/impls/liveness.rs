//! Liveness of locals.

use smelt_mir::{BasicBlock, Body, Local, Statement, Terminator, TerminatorKind};
use smelt_span::BitSet;

use crate::visit::{self, DefUse, PlaceContext};
use crate::{Analysis, Direction, GenKill, Location};

/// The locals whose current value may be read later: a backward analysis where a read (or
/// borrow, or a write through a projection) makes a local live and a write of the whole
/// local or its `StorageDead` kills it.
///
/// `drop_is_use` says whether a `Drop` of a local reads it: for region liveness only drops
/// that may run user code matter, and the caller decides which.
pub struct MaybeLiveLocals<F: Fn(Local) -> bool> {
    /// Whether a `Drop` of the local reads it.
    pub drop_is_use: F,
}

impl MaybeLiveLocals<fn(Local) -> bool> {
    /// Liveness where every `Drop` reads its local.
    pub fn new() -> Self {
        MaybeLiveLocals {
            drop_is_use: |_| true,
        }
    }
}

impl Default for MaybeLiveLocals<fn(Local) -> bool> {
    fn default() -> Self {
        Self::new()
    }
}

impl<F: Fn(Local) -> bool> MaybeLiveLocals<F> {
    fn apply(&self, state: &mut BitSet<Local>, place: &smelt_mir::Place, ctx: PlaceContext) {
        match visit::categorize(place, ctx) {
            DefUse::Def => state.kill(place.local),
            DefUse::Use => state.gen_(place.local),
            DefUse::Drop => {
                if (self.drop_is_use)(place.local) {
                    state.gen_(place.local)
                }
            }
        }
    }
}

impl<F: Fn(Local) -> bool> Analysis for MaybeLiveLocals<F> {
    type Domain = BitSet<Local>;
    const DIRECTION: Direction = Direction::Backward;

    fn bottom_value(&self, body: &Body) -> Self::Domain {
        BitSet::new_empty(body.local_decls.len())
    }

    fn initialize_start_block(&self, _body: &Body, _state: &mut Self::Domain) {}

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        statement: &Statement,
        _location: Location,
    ) {
        // Against program order: the write of the left-hand side, then the reads of the
        // right-hand side (`x = f(x)` reads `x`).
        let mut mentions = Vec::new();
        visit::visit_statement(statement, &mut |p, ctx| mentions.push((p.clone(), ctx)));
        for (p, ctx) in mentions.iter().rev() {
            self.apply(state, p, *ctx);
        }
    }

    fn apply_terminator_effect(
        &self,
        state: &mut Self::Domain,
        terminator: &Terminator,
        _location: Location,
    ) {
        let mut mentions = Vec::new();
        visit::visit_terminator(terminator, &mut |p, ctx| mentions.push((p.clone(), ctx)));
        for (p, ctx) in mentions.iter().rev() {
            // A call's destination is written on the return edge (`apply_call_return_effect`).
            if matches!(terminator.kind, TerminatorKind::Call { .. })
                && *ctx == PlaceContext::MutatingUse(visit::MutatingUseContext::Call)
            {
                if !p.projection.is_empty() {
                    self.apply(state, p, *ctx);
                }
                continue;
            }
            self.apply(state, p, *ctx);
        }
    }

    fn apply_call_return_effect(
        &self,
        state: &mut Self::Domain,
        _block: BasicBlock,
        terminator: &Terminator,
    ) {
        if let TerminatorKind::Call { destination, .. } = &terminator.kind {
            if destination.projection.is_empty() {
                state.kill(destination.local);
            }
        }
    }
}

//! The dataflow framework: analyses, the fixpoint engine and cursors over its results.

use smelt_mir::{BasicBlock, Body, Statement, Terminator, TerminatorKind};
use smelt_span::{BitSet, Idx, IndexVec};

use crate::Location;

/// A lattice with a join (least upper bound). `join` returns whether `self` changed.
pub trait JoinSemiLattice: Eq {
    fn join(&mut self, other: &Self) -> bool;
}

impl<T: Idx> JoinSemiLattice for BitSet<T> {
    fn join(&mut self, other: &Self) -> bool {
        self.union(other)
    }
}

impl JoinSemiLattice for bool {
    fn join(&mut self, other: &Self) -> bool {
        let old = *self;
        *self |= *other;
        *self != old
    }
}

/// The two operations of a gen-kill analysis.
pub trait GenKill<T> {
    fn gen_(&mut self, elem: T);
    fn kill(&mut self, elem: T);

    fn gen_all(&mut self, elems: impl IntoIterator<Item = T>) {
        for e in elems {
            self.gen_(e);
        }
    }

    fn kill_all(&mut self, elems: impl IntoIterator<Item = T>) {
        for e in elems {
            self.kill(e);
        }
    }
}

impl<T: Idx> GenKill<T> for BitSet<T> {
    fn gen_(&mut self, elem: T) {
        self.insert(elem);
    }

    fn kill(&mut self, elem: T) {
        self.remove(elem);
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Facts flow along control flow: from the start block, statement by statement, to the
    /// terminator.
    Forward,
    /// Facts flow against control flow: from the returns up to the start block.
    Backward,
}

/// A dataflow analysis. Effects take `&self`: an analysis is configuration (the body's move
/// data, say), and its state lives in the domain.
pub trait Analysis {
    type Domain: Clone + JoinSemiLattice;

    const DIRECTION: Direction;

    /// The state no information has reached (the identity of `join`).
    fn bottom_value(&self, body: &Body) -> Self::Domain;

    /// The state at the boundary: the entry of the start block for forward analyses. Backward
    /// analyses start every exit block from `bottom_value` and ignore this.
    fn initialize_start_block(&self, body: &Body, state: &mut Self::Domain);

    fn apply_statement_effect(
        &self,
        state: &mut Self::Domain,
        statement: &Statement,
        location: Location,
    );

    /// The effect of a terminator on every outgoing edge.
    fn apply_terminator_effect(
        &self,
        state: &mut Self::Domain,
        terminator: &Terminator,
        location: Location,
    );

    /// The extra effect of a call on its return edge only (writing its destination), after
    /// `apply_terminator_effect`. Backward analyses see it before the terminator effect.
    fn apply_call_return_effect(
        &self,
        _state: &mut Self::Domain,
        _block: BasicBlock,
        _terminator: &Terminator,
    ) {
    }
}

/// The fixpoint of an analysis: the state at the entry of each block (in the analysis'
/// direction: for a backward analysis, the state after the block's terminator).
pub struct Results<A: Analysis> {
    pub analysis: A,
    pub entry_sets: IndexVec<BasicBlock, A::Domain>,
}

/// Runs `analysis` over `body` to its fixpoint.
pub fn iterate_to_fixpoint<A: Analysis>(body: &Body, analysis: A) -> Results<A> {
    let n = body.basic_blocks.len();
    let bottom = analysis.bottom_value(body);
    let mut entry_sets: IndexVec<BasicBlock, A::Domain> = IndexVec::from_elem_n(bottom.clone(), n);
    if n == 0 {
        return Results {
            analysis,
            entry_sets,
        };
    }
    let rpo = smelt_mir::visit::reverse_postorder(body);
    let mut order: Vec<BasicBlock> = rpo.clone();
    // Unreachable blocks are analysed too (from bottom), so that queries about them are
    // answered; they come after the reachable ones.
    let mut seen = vec![false; n];
    for bb in &rpo {
        seen[bb.index()] = true;
    }
    order.extend((0..n).filter(|&i| !seen[i]).map(BasicBlock::new));
    if A::DIRECTION == Direction::Backward {
        order.reverse();
    }
    let preds = if A::DIRECTION == Direction::Backward {
        Some(smelt_mir::visit::predecessors(body))
    } else {
        None
    };

    if A::DIRECTION == Direction::Forward {
        analysis.initialize_start_block(body, &mut entry_sets[BasicBlock::START]);
    }

    let mut in_queue = vec![true; n];
    let mut queue: std::collections::VecDeque<BasicBlock> = order.into_iter().collect();
    let mut state = bottom;
    while let Some(bb) = queue.pop_front() {
        in_queue[bb.index()] = false;
        state.clone_from(&entry_sets[bb]);
        let data = &body.basic_blocks[bb];
        match A::DIRECTION {
            Direction::Forward => {
                apply_block_forward(&analysis, body, bb, &mut state, data.statements.len() + 1);
                let Some(term) = &data.terminator else {
                    continue;
                };
                let call_target = match &term.kind {
                    TerminatorKind::Call {
                        target: Some(t), ..
                    } => Some(*t),
                    _ => None,
                };
                let succs = term.kind.successors();
                for (i, succ) in succs.iter().copied().enumerate() {
                    // The return edge of a call is its first successor; a call whose return
                    // and unwind edges go to the same block gets both effects joined.
                    let changed = if call_target == Some(succ) && i == 0 {
                        let mut on_return = state.clone();
                        analysis.apply_call_return_effect(&mut on_return, bb, term);
                        entry_sets[succ].join(&on_return)
                    } else {
                        entry_sets[succ].join(&state)
                    };
                    if changed && !in_queue[succ.index()] {
                        in_queue[succ.index()] = true;
                        queue.push_back(succ);
                    }
                }
            }
            Direction::Backward => {
                apply_block_backward(&analysis, body, bb, &mut state, 0);
                let Some(preds) = &preds else { continue };
                for &pred in &preds[bb] {
                    let pdata = &body.basic_blocks[pred];
                    let changed = match &pdata.terminator {
                        Some(
                            t @ Terminator {
                                kind:
                                    TerminatorKind::Call {
                                        target: Some(target),
                                        ..
                                    },
                                ..
                            },
                        ) if *target == bb => {
                            let mut on_return = state.clone();
                            analysis.apply_call_return_effect(&mut on_return, pred, t);
                            entry_sets[pred].join(&on_return)
                        }
                        _ => entry_sets[pred].join(&state),
                    };
                    if changed && !in_queue[pred.index()] {
                        in_queue[pred.index()] = true;
                        queue.push_back(pred);
                    }
                }
            }
        }
    }
    Results {
        analysis,
        entry_sets,
    }
}

/// Applies the effects of the first `count` statements of `bb` (the terminator is number
/// `statements.len()`), in program order.
fn apply_block_forward<A: Analysis>(
    analysis: &A,
    body: &Body,
    bb: BasicBlock,
    state: &mut A::Domain,
    count: usize,
) {
    let data = &body.basic_blocks[bb];
    for (i, s) in data.statements.iter().enumerate().take(count) {
        analysis.apply_statement_effect(
            state,
            s,
            Location {
                block: bb,
                statement_index: i,
            },
        );
    }
    if count > data.statements.len() {
        if let Some(t) = &data.terminator {
            analysis.apply_terminator_effect(
                state,
                t,
                Location {
                    block: bb,
                    statement_index: data.statements.len(),
                },
            );
        }
    }
}

/// Applies the effects of the terminator and the statements of `bb` from the last down to
/// statement `down_to` (inclusive), against program order.
fn apply_block_backward<A: Analysis>(
    analysis: &A,
    body: &Body,
    bb: BasicBlock,
    state: &mut A::Domain,
    down_to: usize,
) {
    let data = &body.basic_blocks[bb];
    let n = data.statements.len();
    if down_to <= n {
        if let Some(t) = &data.terminator {
            analysis.apply_terminator_effect(
                state,
                t,
                Location {
                    block: bb,
                    statement_index: n,
                },
            );
        }
    }
    for i in (down_to..n).rev() {
        analysis.apply_statement_effect(
            state,
            &data.statements[i],
            Location {
                block: bb,
                statement_index: i,
            },
        );
    }
}

impl<A: Analysis> Results<A> {
    pub fn into_cursor(self, body: &Body) -> ResultsCursor<'_, A> {
        ResultsCursor::new(body, self)
    }
}

/// The state of an analysis at any location, recomputed from the block's entry state.
///
/// "Before" and "after" are in program order for both directions: `seek_before(loc)` is the
/// state just before the statement at `loc` runs (for liveness: what is live on entry to it,
/// its own uses included), `seek_after(loc)` the state just after it.
pub struct ResultsCursor<'b, A: Analysis> {
    body: &'b Body,
    results: Results<A>,
    state: A::Domain,
    /// Where `state` is: the block, and the number of statement effects applied (forward)
    /// or the first statement whose effect is applied (backward); `None` when unknown.
    pos: Option<(BasicBlock, usize)>,
}

impl<'b, A: Analysis> ResultsCursor<'b, A> {
    pub fn new(body: &'b Body, results: Results<A>) -> Self {
        let state = results.analysis.bottom_value(body);
        ResultsCursor {
            body,
            results,
            state,
            pos: None,
        }
    }

    pub fn body(&self) -> &'b Body {
        self.body
    }

    pub fn analysis(&self) -> &A {
        &self.results.analysis
    }

    pub fn results(&self) -> &Results<A> {
        &self.results
    }

    /// The state the cursor was last moved to.
    pub fn get(&self) -> &A::Domain {
        &self.state
    }

    /// The state at the start of `bb` in program order.
    pub fn seek_to_block_start(&mut self, bb: BasicBlock) {
        self.seek_before(Location {
            block: bb,
            statement_index: 0,
        });
    }

    /// The state at the end of `bb` in program order (after its terminator's effect; the
    /// return-edge effect of a call is not included).
    pub fn seek_to_block_end(&mut self, bb: BasicBlock) {
        let n = self.body.basic_blocks[bb].statements.len();
        self.seek_after(Location {
            block: bb,
            statement_index: n,
        });
    }

    pub fn seek_before(&mut self, loc: Location) {
        match A::DIRECTION {
            Direction::Forward => self.seek_forward(loc.block, loc.statement_index),
            Direction::Backward => self.seek_backward(loc.block, loc.statement_index),
        }
    }

    pub fn seek_after(&mut self, loc: Location) {
        match A::DIRECTION {
            Direction::Forward => self.seek_forward(loc.block, loc.statement_index + 1),
            Direction::Backward => self.seek_backward(loc.block, loc.statement_index + 1),
        }
    }

    /// The state before each statement of `bb` and before its terminator, in program order,
    /// computed in one pass over the block (cheaper than seeking each location of a
    /// backward analysis in turn).
    pub fn states_before_each(&mut self, bb: BasicBlock) -> Vec<A::Domain> {
        let data = &self.body.basic_blocks[bb];
        let n = data.statements.len();
        let mut state = self.results.entry_sets[bb].clone();
        let mut out = Vec::with_capacity(n + 1);
        match A::DIRECTION {
            Direction::Forward => {
                for (i, s) in data.statements.iter().enumerate() {
                    out.push(state.clone());
                    self.results.analysis.apply_statement_effect(
                        &mut state,
                        s,
                        Location {
                            block: bb,
                            statement_index: i,
                        },
                    );
                }
                out.push(state);
            }
            Direction::Backward => {
                if let Some(t) = &data.terminator {
                    self.results.analysis.apply_terminator_effect(
                        &mut state,
                        t,
                        Location {
                            block: bb,
                            statement_index: n,
                        },
                    );
                }
                out.push(state.clone());
                for i in (0..n).rev() {
                    self.results.analysis.apply_statement_effect(
                        &mut state,
                        &data.statements[i],
                        Location {
                            block: bb,
                            statement_index: i,
                        },
                    );
                    out.push(state.clone());
                }
                out.reverse();
            }
        }
        self.pos = None;
        out
    }

    /// Forward: the state after `count` effects of `bb`.
    fn seek_forward(&mut self, bb: BasicBlock, count: usize) {
        let data = &self.body.basic_blocks[bb];
        let count = count.min(data.statements.len() + 1);
        let start = match self.pos {
            Some((b, applied)) if b == bb && applied <= count => applied,
            _ => {
                self.state.clone_from(&self.results.entry_sets[bb]);
                0
            }
        };
        for i in start..count {
            let loc = Location {
                block: bb,
                statement_index: i,
            };
            if i < data.statements.len() {
                self.results.analysis.apply_statement_effect(
                    &mut self.state,
                    &data.statements[i],
                    loc,
                );
            } else if let Some(t) = &data.terminator {
                self.results
                    .analysis
                    .apply_terminator_effect(&mut self.state, t, loc);
            }
        }
        self.pos = Some((bb, count));
    }

    /// Backward: the state with the effects of every statement from `from` to the end of
    /// `bb` applied (`from == len + 1`: none; the block's exit state).
    fn seek_backward(&mut self, bb: BasicBlock, from: usize) {
        let data = &self.body.basic_blocks[bb];
        let n = data.statements.len();
        let from = from.min(n + 1);
        let start = match self.pos {
            Some((b, first)) if b == bb && first >= from => first,
            _ => {
                self.state.clone_from(&self.results.entry_sets[bb]);
                n + 1
            }
        };
        for i in (from..start).rev() {
            let loc = Location {
                block: bb,
                statement_index: i,
            };
            if i < n {
                self.results.analysis.apply_statement_effect(
                    &mut self.state,
                    &data.statements[i],
                    loc,
                );
            } else if let Some(t) = &data.terminator {
                self.results
                    .analysis
                    .apply_terminator_effect(&mut self.state, t, loc);
            }
        }
        self.pos = Some((bb, from));
    }
}

//! Scopes: where locals and temporaries die. A scope collects, in order, what must happen to
//! the locals created in it when control leaves it: their value is dropped (`Drop`) if their
//! type needs it, then their storage ends (`StorageDead`). Leaving normally runs the scope's
//! drops in reverse order; `break`, `continue` and `return` run the drops of every scope they
//! leave before jumping.
//!
//! Drops are scheduled unconditionally: a local that was moved out of, or never initialised,
//! still gets its `Drop` here. Drop elaboration (`smelt_mir_opt::elaborate_drops`) decides
//! later, with the initialisation state of every path, which drops are dead, which are
//! static and which need a run-time flag.

use smelt_mir::{Local, Place, StatementKind, TerminatorKind, UnwindAction};
use smelt_span::Span;

use super::{BasicBlock, BlockAnd, Builder};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DropKind {
    /// Run the value's drop glue.
    Value,
    /// End the local's storage.
    Storage,
}

#[derive(Copy, Clone, Debug)]
pub struct DropData {
    pub local: Local,
    pub kind: DropKind,
    pub span: Span,
}

#[derive(Default)]
pub struct Scope {
    pub drops: Vec<DropData>,
    /// Whether temporaries die here (rustc's terminating scopes: a statement, a function
    /// body, a loop body, an `if` condition and branches, a match arm, the right operand of
    /// `&&`/`||`). Other scopes (blocks, `match`) only hold variables; the temporaries made
    /// in them live until the enclosing terminating scope ends.
    pub terminating: bool,
}

impl Builder<'_> {
    /// Runs `f` in a new scope for variables; what it schedules happens at the end.
    pub fn in_scope<R>(&mut self, f: impl FnOnce(&mut Self) -> BlockAnd<R>) -> BlockAnd<R> {
        self.in_scope_of_kind(false, f)
    }

    /// Runs `f` in a new terminating scope: the temporaries made in it die at its end.
    pub fn in_terminating_scope<R>(
        &mut self,
        f: impl FnOnce(&mut Self) -> BlockAnd<R>,
    ) -> BlockAnd<R> {
        self.in_scope_of_kind(true, f)
    }

    fn in_scope_of_kind<R>(
        &mut self,
        terminating: bool,
        f: impl FnOnce(&mut Self) -> BlockAnd<R>,
    ) -> BlockAnd<R> {
        self.scopes.push(Scope {
            drops: Vec::new(),
            terminating,
        });
        let (block, r) = f(self);
        let scope = self.scopes.pop().unwrap_or_default();
        let block = self.emit_drops(block, &scope.drops);
        (block, r)
    }

    /// The depth of the innermost scope (the number of open scopes).
    pub fn scope_depth(&self) -> usize {
        self.scopes.len()
    }

    /// The index of the scope temporaries made now die with.
    pub fn temp_scope(&self) -> usize {
        self.scopes
            .iter()
            .rposition(|s| s.terminating)
            .unwrap_or(self.scopes.len().saturating_sub(1))
    }

    pub fn schedule_storage_dead(&mut self, local: Local) {
        let span = self.span;
        if let Some(scope) = self.scopes.last_mut() {
            scope.drops.push(DropData {
                local,
                kind: DropKind::Storage,
                span,
            });
        }
    }

    /// Schedules the drop of `local`'s value at the end of the current scope, if its type
    /// may need dropping.
    pub fn schedule_drop(&mut self, local: Local, span: Span) {
        let depth = self.scopes.len();
        if depth > 0 {
            self.schedule_drop_in(depth - 1, local, span);
        }
    }

    /// Schedules the drop of `local`'s value at the end of the scope at `index` (counted from
    /// the outermost); used for temporaries whose lifetime is extended.
    pub fn schedule_drop_in(&mut self, index: usize, local: Local, span: Span) {
        let ty = self.local_decls[local].ty;
        if !self.tcx.needs_drop(ty) {
            return;
        }
        if let Some(scope) = self.scopes.get_mut(index) {
            scope.drops.push(DropData {
                local,
                kind: DropKind::Value,
                span,
            });
        }
    }

    pub fn schedule_storage_dead_in(&mut self, index: usize, local: Local) {
        let span = self.span;
        if let Some(scope) = self.scopes.get_mut(index) {
            scope.drops.push(DropData {
                local,
                kind: DropKind::Storage,
                span,
            });
        }
    }

    /// Runs the drops of every scope deeper than `depth` (innermost first), as `break`,
    /// `continue` and `return` do before they jump; the scopes stay open.
    pub fn exit_scopes(&mut self, mut block: BasicBlock, depth: usize) -> BasicBlock {
        let pending: Vec<Vec<DropData>> = self.scopes[depth.min(self.scopes.len())..]
            .iter()
            .rev()
            .map(|s| s.drops.clone())
            .collect();
        for drops in pending {
            block = self.emit_drops(block, &drops);
        }
        block
    }

    /// Emits `drops` in reverse order of scheduling; returns the block after them.
    pub fn emit_drops(&mut self, mut block: BasicBlock, drops: &[DropData]) -> BasicBlock {
        for d in drops.iter().rev() {
            match d.kind {
                DropKind::Storage => self.push(block, StatementKind::StorageDead(d.local), d.span),
                DropKind::Value => {
                    if self.basic_blocks[block].terminator.is_some() {
                        // Unreachable: nothing to drop.
                        continue;
                    }
                    let next = self.new_block();
                    let place = Place::from(d.local);
                    self.terminate(
                        block,
                        d.span,
                        TerminatorKind::Drop {
                            place,
                            target: next,
                            unwind: UnwindAction::Continue,
                        },
                    );
                    block = next;
                }
            }
        }
        block
    }
}

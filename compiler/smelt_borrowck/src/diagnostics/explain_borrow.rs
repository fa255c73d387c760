//! Why a borrow is still in effect: the later use that keeps it alive.

use std::collections::VecDeque;

use rustc_hash::FxHashSet;
use smelt_hir::ExprKind;
use smelt_mir::*;
use smelt_mir_dataflow::visit::{self, DefUse, PlaceContext};
use smelt_mir_dataflow::Location;
use smelt_span::Span;

use super::Err;
use crate::borrow_set::BorrowIndex;
use crate::MirBorrowckCtxt;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LaterUseKind {
    /// Passed to a call: the span is the callee's.
    Call,
    /// Dropped, running a destructor that may use the borrow.
    Drop,
    Other,
}

impl MirBorrowckCtxt<'_> {
    /// The first use, from `loc` on, of a value that holds `borrow`, and whether it is
    /// only reached through a loop's back edge (a use in a later iteration).
    pub fn find_later_use(
        &mut self,
        loc: Location,
        borrow: BorrowIndex,
    ) -> Option<(LaterUseKind, Span, Local)> {
        // The values that hold the borrow here; the first later use of one of them is what
        // keeps the borrow alive (values they are copied into are reached through that
        // copy). At the borrow's own location, in a loop, this is the borrow of the
        // previous iteration, not the one being made.
        self.cursors.contents.seek_before(loc);
        let holders: Vec<Local> = {
            let contents = self.cursors.contents.analysis();
            let state = self.cursors.contents.get();
            self.body
                .local_decls
                .indices()
                .filter(|l| contents.holds(state, *l, borrow))
                .collect()
        };
        let mut queue = VecDeque::from([(loc, false)]);
        let mut visited = FxHashSet::default();
        let mut first = true;
        while let Some((at, looped)) = queue.pop_front() {
            // The access being reported may use a holder itself (a call's arguments); the
            // use that explains the conflict comes after it.
            let skip_here = std::mem::take(&mut first);
            if !skip_here && !visited.insert(at) {
                continue;
            }
            let data = &self.body.basic_blocks[at.block];
            let mut found: Option<Place> = None;
            {
                let mut check = |p: &Place, ctx: PlaceContext| {
                    if found.is_none()
                        && matches!(visit::categorize(p, ctx), DefUse::Use | DefUse::Drop)
                        && holders.contains(&p.local)
                    {
                        found = Some(p.clone());
                    }
                };
                match data.statements.get(at.statement_index) {
                    Some(s) => visit::visit_statement(s, &mut check),
                    None => {
                        if let Some(t) = &data.terminator {
                            if !matches!(t.kind, TerminatorKind::Return) {
                                visit::visit_terminator(t, &mut check);
                            }
                        }
                    }
                }
            }
            if let (Some(place), false) = (&found, skip_here) {
                let (kind, span) = self.later_use_kind(at, place);
                return Some((kind, span, place.local));
            }
            if at.statement_index < data.statements.len() {
                queue.push_back((at.successor_within_block(), looped));
            } else if let Some(t) = &data.terminator {
                for succ in t.kind.successors() {
                    let back_edge = self.dominators.dominates(succ, at.block);
                    let next = Location {
                        block: succ,
                        statement_index: 0,
                    };
                    queue.push_back((next, looped || back_edge));
                }
            }
        }
        None
    }

    fn later_use_kind(&self, at: Location, place: &Place) -> (LaterUseKind, Span) {
        let data = &self.body.basic_blocks[at.block];
        if at.statement_index < data.statements.len() {
            return (
                LaterUseKind::Other,
                data.statements[at.statement_index].source_info.span,
            );
        }
        let term = data.terminator();
        if let TerminatorKind::Drop { place: dropped, .. } = &term.kind {
            if dropped == place {
                let span = self
                    .scope_end_span(place.local)
                    .unwrap_or(term.source_info.span);
                return (LaterUseKind::Drop, span);
            }
        }
        if let TerminatorKind::Call { args, fn_span, .. } = &term.kind {
            // A method's receiver and a `&mut` argument are reborrowed just before the call
            // in rustc's MIR: the use is the argument's.
            let index = args.iter().position(|a| a.place() == Some(place));
            let is_receiver = index == Some(0) && *fn_span != term.source_info.span;
            let is_mut_ref = matches!(
                self.tcx.kind(self.place_ty(place)),
                smelt_ty::TyKind::Ref(_, _, smelt_ast::Mutability::Mut)
            );
            if index.is_some() && (is_receiver || is_mut_ref) {
                return (LaterUseKind::Other, self.use_span(at, place));
            }
            return (LaterUseKind::Call, self.callee_span(term.source_info.span));
        }
        (LaterUseKind::Other, self.use_span(at, place))
    }

    /// The span of the function being called in the call expression at `call_span`: the
    /// callee path, or the method name.
    fn callee_span(&self, call_span: Span) -> Span {
        let Some(hir) = &self.hir else {
            return call_span;
        };
        for e in hir.exprs_at(call_span) {
            match &hir.expr(e).kind {
                ExprKind::Call(callee, _) => return hir.expr(*callee).span,
                ExprKind::MethodCall(seg, ..) => return seg.ident.span,
                _ => {}
            }
        }
        call_span
    }

    /// Adds "borrow later used here" (with `desc` before "borrow") if a later use is found;
    /// returns the local whose use it is.
    pub fn explain_later_use(
        &mut self,
        err: &mut Err,
        loc: Location,
        borrow: BorrowIndex,
        desc: &str,
    ) -> Option<Local> {
        match self.find_later_use(loc, borrow) {
            Some((kind, span, holder)) => {
                // A conflict with the borrow made at this very place is one with the
                // previous iteration's borrow.
                let in_loop = self.borrow_set.borrows[borrow].reserve_location == loc;
                let message = match (kind, in_loop) {
                    (LaterUseKind::Drop, _) => {
                        let ty = self.body.local_decls[holder].ty;
                        let dtor = match self.tcx.kind(ty) {
                            smelt_ty::TyKind::Adt(def, _) if self.tcx.adt_has_drop_impl(def) => {
                                "`Drop` code"
                            }
                            _ => "destructor",
                        };
                        let name = self.describe_any_place(&Place::from(holder));
                        let ty_desc = match self.tcx.kind(ty) {
                            smelt_ty::TyKind::Adt(def, _) => self.tcx.def_path_str(def),
                            _ => self.ty_string(ty),
                        };
                        let text = format!(
                            "{desc}borrow might be used here, when {name} is dropped and runs the {dtor} for type `{ty_desc}`"
                        );
                        err.label(span, text);
                        return Some(holder);
                    }
                    (LaterUseKind::Call, false) => "borrow later used by call",
                    (LaterUseKind::Other, false) => "borrow later used here",
                    (LaterUseKind::Call, true) => "borrow used by call, in later iteration of loop",
                    (LaterUseKind::Other, true) => "borrow used here, in later iteration of loop",
                };
                err.label(span, format!("{desc}{message}"));
                Some(holder)
            }
            None => None,
        }
    }
}

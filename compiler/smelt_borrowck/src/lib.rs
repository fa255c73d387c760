//! Borrow checking: the MIR of each body of the user's crate is checked for uses of moved or
//! uninitialised values, writes to immutable places, and accesses that conflict with a live
//! borrow. The errors are rustc's, with its codes, messages and labels.
//!
//! # The checks
//!
//! The walk (`check`) visits every statement and terminator in reverse postorder and sees
//! each access to a place: a read, a write, a borrow, a move, a `StorageDead`. At each
//! location it knows, from dataflow (`smelt_mir_dataflow`):
//!
//! - which move paths may be uninitialised (`MaybeUninitializedPlaces`): a read of one is
//!   E0382 (use of moved value) when a move reaches it, E0381 (used binding isn't
//!   initialized) when none does;
//! - which initialisations may have happened (`EverInitializedPlaces`): a second write of
//!   an immutable local is E0384;
//! - which borrows are in effect (`loans`): a conflicting access is E0499, E0502, E0503,
//!   E0505, E0506, or, when the borrowed local dies, E0597 (E0515 when the borrow is being
//!   returned).
//!
//! Writes and mutable borrows of places that are not mutable (an immutable local, the
//! pointee of a `&` reference, a closure's captured variable not declared `mut`) are E0594
//! and E0596. Moves out of places that cannot be moved from (behind a reference, out of an
//! array by index, out of a type with `Drop`) come from move path gathering and are E0507,
//! E0508 and E0509. The wording, labels, notes and suggestions follow rustc's
//! (`diagnostics`), and errors are emitted in source order.
//!
//! # Borrows without regions
//!
//! rustc infers regions (NLL) and derives from them where each borrow is live. Smelt has no
//! region inference; instead `loans` follows each borrow through the values that hold it,
//! per region slot of their types (`regions`), through calls by the callee's signature
//! (`signature`), and calls it live where one of those values may still be used (a use or
//! a destructor). It is designed to never report an error rustc would not, at the price of
//! missing some: borrows stored through pointers in ways signatures do not show, say.
//!
//! # Reading smelt's MIR as rustc's
//!
//! Smelt's MIR differs from rustc's in ways that matter for borrows: `&mut` receivers are
//! moved rather than reborrowed, call arguments are read through pointers at the call,
//! values read through an overloaded index are read where they are needed, guard bindings
//! are moved before the guard, closures borrow whole variables. `prepare` rewrites a copy
//! of the body so that borrow checking sees what rustc's MIR would say.
//!
//! # Two-phase borrows
//!
//! `v.push(v.len())` borrows `v` mutably for the receiver before evaluating `v.len()`.
//! rustc makes such autoref borrows two-phase: a reservation that acts as a shared borrow
//! until the reference is first used (its activation). Smelt's MIR marks explicit
//! two-phase borrows with `BorrowKind::Mut { two_phase: true }`; autorefs the builder did
//! not mark are recognised by shape (`borrow_set`).
//!
//! Architecture invariant: borrow checking changes no MIR (its rewrites are to a private
//! copy) and decides nothing later stages rely on; a body it rejects is never compiled
//! because the driver stops.

mod borrow_set;
mod check;
mod diagnostics;
mod dominators;
mod loans;
mod places_conflict;
mod prepare;
mod regions;
mod signature;

use rustc_hash::FxHashSet;
use smelt_errors::{Diagnostic, ErrorGuaranteed};
use smelt_hir::{DefId, DefKind};
use smelt_mir::{BasicBlock, Body, Local, Place};
use smelt_mir_dataflow::{MoveData, MoveOutIndex};
use smelt_span::{IndexVec, Span, Symbol};
use smelt_ty::TyCtxt;

use borrow_set::BorrowSet;
use check::Cursors;
use dominators::Dominators;

pub use borrow_set::{BorrowData, BorrowIndex, TwoPhaseActivation};

/// Borrow-checks the MIR of `def` (a body of the crate being compiled). Errors are
/// reported through the session.
pub fn borrowck(tcx: &TyCtxt, def: DefId) -> Result<(), ErrorGuaranteed> {
    let body = smelt_mir::mir_built(tcx, def);
    if let Some(e) = body.tainted_by_errors {
        return Err(e);
    }
    match prepare::prepare(tcx, def, &body) {
        Some(rewritten) => check_body(tcx, def, &rewritten),
        None => check_body(tcx, def, &body),
    }
}

/// Borrow-checks one MIR body.
pub fn check_body(tcx: &TyCtxt, def: DefId, body: &Body) -> Result<(), ErrorGuaranteed> {
    let move_data = MoveData::gather(body, tcx);
    let borrow_set = BorrowSet::build(tcx, body);
    let cursors = check::cursors(tcx, body, &move_data, &borrow_set);
    let mut cx = MirBorrowckCtxt {
        tcx,
        def,
        body,
        move_data: &move_data,
        borrow_set: &borrow_set,
        dominators: Dominators::new(body),
        predecessors: smelt_mir::visit::predecessors(body),
        is_closure: tcx.def_kind(def) == DefKind::Closure,
        upvars: if tcx.def_kind(def) == DefKind::Closure {
            diagnostics::closure_upvars(tcx, def)
        } else {
            Vec::new()
        },
        hir: diagnostics::HirInfo::new(tcx, def),
        local_names: local_names(body),
        cursors,
        live_loans: None,
        access_place_error_reported: FxHashSet::default(),
        reservation_error_reported: FxHashSet::default(),
        uninitialized_error_reported: FxHashSet::default(),
        fn_self_span_reported: FxHashSet::default(),
        reported_dead_locals: FxHashSet::default(),
        move_errors: Vec::new(),
        mut_errors: Vec::new(),
        buffered: Vec::new(),
    };
    cx.report_move_errors();
    cx.check_body();
    cx.emit_errors()
}

fn local_names(body: &Body) -> IndexVec<Local, Option<Symbol>> {
    let mut names: IndexVec<Local, Option<Symbol>> =
        IndexVec::from_elem_n(None, body.local_decls.len());
    for (local, decl) in body.local_decls.iter_enumerated() {
        if let smelt_mir::LocalInfo::User { name, .. } = decl.info {
            names[local] = Some(name);
        }
    }
    for v in &body.var_debug_info {
        if names[v.local].is_none() {
            names[v.local] = Some(v.name);
        }
    }
    names
}

/// The state of checking one body.
pub struct MirBorrowckCtxt<'a> {
    pub tcx: &'a TyCtxt,
    pub def: DefId,
    pub body: &'a Body,
    pub move_data: &'a MoveData,
    pub borrow_set: &'a BorrowSet,
    pub dominators: Dominators,
    pub predecessors: IndexVec<BasicBlock, Vec<BasicBlock>>,
    /// Closure bodies reach their captured variables through `_1`.
    pub is_closure: bool,
    /// In a closure body: the captured variables, by environment field.
    pub upvars: Vec<diagnostics::Upvar>,
    pub hir: Option<diagnostics::HirInfo>,
    pub local_names: IndexVec<Local, Option<Symbol>>,
    pub cursors: Cursors<'a>,
    /// The borrows held by live locals at one location, computed when first needed there.
    pub live_loans: Option<(
        smelt_mir_dataflow::Location,
        smelt_span::BitSet<BorrowIndex>,
    )>,
    /// Places and spans already reported, so one mistake gives one error.
    pub access_place_error_reported: FxHashSet<(Place, Span)>,
    pub reservation_error_reported: FxHashSet<Place>,
    pub uninitialized_error_reported: FxHashSet<Local>,
    pub fn_self_span_reported: FxHashSet<Span>,
    pub reported_dead_locals: FxHashSet<Local>,
    /// Use-after-move errors by the moves they name: a later error about the same moves
    /// replaces an earlier one only if it is about a shorter place.
    pub move_errors: Vec<(Vec<MoveOutIndex>, Place, Diagnostic)>,
    /// Mutable borrows of immutable locals, by the local's declaration: several borrows of
    /// one local make one error.
    pub mut_errors: Vec<(Span, Diagnostic, usize)>,
    pub buffered: Vec<Diagnostic>,
}

impl MirBorrowckCtxt<'_> {
    /// Emits the buffered errors in source order, as rustc does.
    fn emit_errors(&mut self) -> Result<(), ErrorGuaranteed> {
        let mut all = std::mem::take(&mut self.buffered);
        all.extend(
            std::mem::take(&mut self.move_errors)
                .into_iter()
                .map(|(_, _, d)| d),
        );
        for (_, mut d, count) in std::mem::take(&mut self.mut_errors) {
            if count > 10 {
                d.children.push(smelt_errors::SubDiagnostic {
                    level: smelt_errors::Level::Note,
                    message: format!("...and {} other attempted mutable borrows", count - 10),
                    spans: Vec::new(),
                });
            }
            all.push(d);
        }
        if all.is_empty() {
            return Ok(());
        }
        all.sort_by_key(|d| d.primary_span().map(|s| (s.lo, s.hi)));
        let mut result = Ok(());
        for d in all {
            if let Some(e) = self.tcx.sess.dcx.emit(d) {
                result = Err(e);
            }
        }
        result
    }
}

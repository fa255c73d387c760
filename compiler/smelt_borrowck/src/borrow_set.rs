//! The borrows of a body: every `&place` and `&mut place` that borrow checking tracks, and
//! where each two-phase borrow is activated.

use rustc_hash::FxHashMap;
use smelt_ast::Mutability;
use smelt_mir::*;
use smelt_mir_dataflow::visit::{self, PlaceContext};
use smelt_mir_dataflow::Location;
use smelt_span::{newtype_index, IndexVec, Span};
use smelt_ty::{TyCtxt, TyKind};

newtype_index! {
    pub struct BorrowIndex; "bw"
}

/// When a two-phase borrow becomes a real mutable borrow.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum TwoPhaseActivation {
    NotTwoPhase,
    /// The reference is never used.
    NotActivated,
    ActivatedAt(Location),
}

#[derive(Clone, Debug)]
pub struct BorrowData {
    pub kind: BorrowKind,
    pub borrowed_place: Place,
    /// The place the reference is written to.
    pub assigned_place: Place,
    pub reserve_location: Location,
    pub activation: TwoPhaseActivation,
    /// The span of the borrow expression.
    pub span: Span,
}

impl BorrowData {
    pub fn is_mut(&self) -> bool {
        matches!(self.kind, BorrowKind::Mut { .. })
    }

    pub fn is_two_phase(&self) -> bool {
        self.activation != TwoPhaseActivation::NotTwoPhase
    }
}

pub struct BorrowSet {
    pub borrows: IndexVec<BorrowIndex, BorrowData>,
    pub location_map: FxHashMap<Location, BorrowIndex>,
    /// The two-phase borrows activated at each location.
    pub activation_map: FxHashMap<Location, Vec<BorrowIndex>>,
    /// The borrows of places based on each local.
    pub local_map: FxHashMap<Local, Vec<BorrowIndex>>,
}

impl BorrowSet {
    pub fn build(tcx: &TyCtxt, body: &Body) -> BorrowSet {
        // Immutable locals whose storage never dies and that are never moved cannot be
        // invalidated: borrowing them needs no tracking (the arguments, mostly).
        let mut dead_or_moved = vec![false; body.local_decls.len()];
        for data in body.basic_blocks.iter() {
            for s in &data.statements {
                match &s.kind {
                    StatementKind::StorageDead(l) => dead_or_moved[l.as_usize()] = true,
                    StatementKind::Assign(b) => {
                        smelt_mir::visit::for_each_operand_in_rvalue(&b.1, &mut |o| {
                            if let Operand::Move(p) = o {
                                dead_or_moved[p.local.as_usize()] = true;
                            }
                        })
                    }
                    _ => {}
                }
            }
            if let Some(t) = &data.terminator {
                visit::visit_terminator(t, &mut |p, ctx| {
                    if matches!(
                        ctx,
                        PlaceContext::NonMutatingUse(visit::NonMutatingUseContext::Move)
                            | PlaceContext::MutatingUse(visit::MutatingUseContext::Drop)
                    ) {
                        dead_or_moved[p.local.as_usize()] = true;
                    }
                });
            }
        }

        let uses = use_locations(body);
        let mut set = BorrowSet {
            borrows: IndexVec::new(),
            location_map: FxHashMap::default(),
            activation_map: FxHashMap::default(),
            local_map: FxHashMap::default(),
        };
        for (bb, data) in body.basic_blocks.iter_enumerated() {
            for (i, s) in data.statements.iter().enumerate() {
                let StatementKind::Assign(b) = &s.kind else {
                    continue;
                };
                let Rvalue::Ref(_, kind, place) = &b.1 else {
                    continue;
                };
                if ignore_borrow(tcx, body, place, &dead_or_moved) {
                    continue;
                }
                let location = Location {
                    block: bb,
                    statement_index: i,
                };
                let two_phase = match kind {
                    BorrowKind::Mut { two_phase: true } => true,
                    BorrowKind::Mut { two_phase: false } => {
                        is_implicit_autoref(tcx, body, &b.0, s.source_info.span)
                    }
                    _ => false,
                };
                let activation = if two_phase {
                    find_activation(&uses, &b.0, location)
                } else {
                    TwoPhaseActivation::NotTwoPhase
                };
                let index = set.borrows.push(BorrowData {
                    kind: *kind,
                    borrowed_place: place.clone(),
                    assigned_place: b.0.clone(),
                    reserve_location: location,
                    activation,
                    span: s.source_info.span,
                });
                set.location_map.insert(location, index);
                set.local_map.entry(place.local).or_default().push(index);
                if let TwoPhaseActivation::ActivatedAt(at) = activation {
                    set.activation_map.entry(at).or_default().push(index);
                }
            }
        }
        set
    }

    pub fn len(&self) -> usize {
        self.borrows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.borrows.is_empty()
    }
}

/// Whether a borrow cannot conflict with anything: borrows through a shared reference or a
/// raw pointer (the pointer is `Copy`; nothing done to it invalidates the new reference),
/// and borrows of immutable locals (not parameters) that never die or move.
fn ignore_borrow(tcx: &TyCtxt, body: &Body, place: &Place, dead_or_moved: &[bool]) -> bool {
    // Parameters stay tracked: a returned borrow of one is an error (E0515).
    let is_arg = place.local.as_usize() >= 1 && place.local.as_usize() <= body.arg_count;
    if !dead_or_moved[place.local.as_usize()]
        && body.local_decls[place.local].mutability == Mutability::Not
        && !is_arg
    {
        return true;
    }
    let mut ty = PlaceTy {
        ty: body.local_decls[place.local].ty,
        variant: None,
    };
    for elem in &place.projection {
        if *elem == ProjectionElem::Deref {
            match tcx.kind(ty.ty) {
                TyKind::Ref(_, _, Mutability::Not) | TyKind::RawPtr(..) => return true,
                _ => {}
            }
        }
        ty = ty.project(tcx, elem);
    }
    false
}

/// Whether a `&mut` borrow is one the compiler inserted for a method receiver or an
/// overloaded operator (an autoref), which rustc makes two-phase: it is written into a
/// temporary, and its source text is not a `&mut` expression.
///
/// Smelt's MIR builder does not mark these borrows itself yet; explicit `&mut x` arguments
/// are never two-phase, as in rustc.
fn is_implicit_autoref(tcx: &TyCtxt, body: &Body, assigned: &Place, span: Span) -> bool {
    let Some(local) = assigned.as_local() else {
        return false;
    };
    if body.local_decls[local].info != LocalInfo::Temp {
        return false;
    }
    match tcx.sess.source_map.span_to_snippet(span) {
        Some(text) => !text.trim_start().starts_with('&'),
        None => false,
    }
}

/// The locations where each local is used (not counting storage markers), in body order.
fn use_locations(body: &Body) -> Vec<Vec<Location>> {
    let mut uses: Vec<Vec<Location>> = vec![Vec::new(); body.local_decls.len()];
    for (bb, data) in body.basic_blocks.iter_enumerated() {
        for (i, s) in data.statements.iter().enumerate() {
            let loc = Location {
                block: bb,
                statement_index: i,
            };
            visit::visit_statement(s, &mut |p, ctx| {
                if ctx.is_use() && uses[p.local.as_usize()].last() != Some(&loc) {
                    uses[p.local.as_usize()].push(loc);
                }
            });
        }
        if let Some(t) = &data.terminator {
            let loc = Location {
                block: bb,
                statement_index: data.statements.len(),
            };
            visit::visit_terminator(t, &mut |p, ctx| {
                if ctx.is_use() && uses[p.local.as_usize()].last() != Some(&loc) {
                    uses[p.local.as_usize()].push(loc);
                }
            });
        }
    }
    uses
}

/// The one use of a two-phase borrow's temporary, which activates it.
fn find_activation(
    uses: &[Vec<Location>],
    assigned: &Place,
    reservation: Location,
) -> TwoPhaseActivation {
    let Some(temp) = assigned.as_local() else {
        return TwoPhaseActivation::NotTwoPhase;
    };
    let others: Vec<Location> = uses[temp.as_usize()]
        .iter()
        .copied()
        .filter(|l| *l != reservation)
        .collect();
    match others.as_slice() {
        [] => TwoPhaseActivation::NotActivated,
        [one] => TwoPhaseActivation::ActivatedAt(*one),
        _ => TwoPhaseActivation::NotTwoPhase,
    }
}

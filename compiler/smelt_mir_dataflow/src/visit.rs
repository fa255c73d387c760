//! Every place a statement or terminator mentions, with how it is used, in the order the
//! accesses happen (reads of the right-hand side before the write of the left).

use smelt_mir::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PlaceContext {
    NonMutatingUse(NonMutatingUseContext),
    MutatingUse(MutatingUseContext),
    NonUse(NonUseContext),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NonMutatingUseContext {
    /// `Operand::Copy`, and the index local of `[i]`.
    Copy,
    /// `Operand::Move`.
    Move,
    /// `Len`, `Discriminant`: reads that look at the place without reading all of it.
    Inspect,
    SharedBorrow,
    FakeBorrow,
    /// `&raw const`.
    RawBorrow,
    /// `FakeRead`: the place must be valid, nothing is read.
    PlaceMention,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum MutatingUseContext {
    /// The left-hand side of an assignment.
    Store,
    SetDiscriminant,
    /// The destination of a call.
    Call,
    Drop,
    /// `&mut`.
    Borrow,
    /// `&raw mut`.
    RawBorrow,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum NonUseContext {
    StorageLive,
    StorageDead,
}

impl PlaceContext {
    pub fn is_mutating_use(self) -> bool {
        matches!(self, PlaceContext::MutatingUse(_))
    }

    pub fn is_use(self) -> bool {
        !matches!(self, PlaceContext::NonUse(_))
    }
}

/// The liveness meaning of a mention of a local.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DefUse {
    /// The local's whole value is overwritten (or its storage ends).
    Def,
    /// The local's value may be read.
    Use,
    /// The local's value is dropped.
    Drop,
}

/// How a mention of `place` in `context` affects its local's liveness (as NLL's liveness
/// sees it: writes through a projection use the local, storage markers define it).
pub fn categorize(place: &Place, context: PlaceContext) -> DefUse {
    match context {
        PlaceContext::MutatingUse(MutatingUseContext::Store | MutatingUseContext::Call)
            if place.projection.is_empty() =>
        {
            DefUse::Def
        }
        PlaceContext::NonUse(_) => DefUse::Def,
        PlaceContext::MutatingUse(MutatingUseContext::Drop) if place.projection.is_empty() => {
            DefUse::Drop
        }
        _ => DefUse::Use,
    }
}

fn visit_place(place: &Place, context: PlaceContext, f: &mut impl FnMut(&Place, PlaceContext)) {
    for elem in &place.projection {
        if let ProjectionElem::Index(l) = elem {
            f(
                &Place::from(*l),
                PlaceContext::NonMutatingUse(NonMutatingUseContext::Copy),
            );
        }
    }
    f(place, context);
}

pub fn visit_operand(op: &Operand, f: &mut impl FnMut(&Place, PlaceContext)) {
    match op {
        Operand::Copy(p) => visit_place(
            p,
            PlaceContext::NonMutatingUse(NonMutatingUseContext::Copy),
            f,
        ),
        Operand::Move(p) => visit_place(
            p,
            PlaceContext::NonMutatingUse(NonMutatingUseContext::Move),
            f,
        ),
        Operand::Constant(_) => {}
    }
}

pub fn visit_rvalue(rv: &Rvalue, f: &mut impl FnMut(&Place, PlaceContext)) {
    use NonMutatingUseContext as N;
    match rv {
        Rvalue::Ref(_, bk, p) => {
            let ctx = match bk {
                BorrowKind::Shared => PlaceContext::NonMutatingUse(N::SharedBorrow),
                BorrowKind::Fake => PlaceContext::NonMutatingUse(N::FakeBorrow),
                BorrowKind::Mut { .. } => PlaceContext::MutatingUse(MutatingUseContext::Borrow),
            };
            visit_place(p, ctx, f);
        }
        Rvalue::RawPtr(m, p) => {
            let ctx = match m {
                smelt_ast::Mutability::Not => PlaceContext::NonMutatingUse(N::RawBorrow),
                smelt_ast::Mutability::Mut => {
                    PlaceContext::MutatingUse(MutatingUseContext::RawBorrow)
                }
            };
            visit_place(p, ctx, f);
        }
        Rvalue::Len(p) | Rvalue::Discriminant(p) => {
            visit_place(p, PlaceContext::NonMutatingUse(N::Inspect), f)
        }
        Rvalue::CopyForDeref(p) => visit_place(p, PlaceContext::NonMutatingUse(N::Copy), f),
        _ => smelt_mir::visit::for_each_operand_in_rvalue(rv, &mut |o| visit_operand(o, f)),
    }
}

pub fn visit_statement(stmt: &Statement, f: &mut impl FnMut(&Place, PlaceContext)) {
    match &stmt.kind {
        StatementKind::Assign(b) => {
            visit_rvalue(&b.1, f);
            visit_place(
                &b.0,
                PlaceContext::MutatingUse(MutatingUseContext::Store),
                f,
            );
        }
        StatementKind::SetDiscriminant { place, .. } => visit_place(
            place,
            PlaceContext::MutatingUse(MutatingUseContext::SetDiscriminant),
            f,
        ),
        StatementKind::StorageLive(l) => f(
            &Place::from(*l),
            PlaceContext::NonUse(NonUseContext::StorageLive),
        ),
        StatementKind::StorageDead(l) => f(
            &Place::from(*l),
            PlaceContext::NonUse(NonUseContext::StorageDead),
        ),
        StatementKind::FakeRead(p) => visit_place(
            p,
            PlaceContext::NonMutatingUse(NonMutatingUseContext::PlaceMention),
            f,
        ),
        StatementKind::Nop => {}
    }
}

pub fn visit_assert_kind(msg: &AssertKind, f: &mut impl FnMut(&Place, PlaceContext)) {
    match msg {
        AssertKind::BoundsCheck { len, index } => {
            visit_operand(len, f);
            visit_operand(index, f);
        }
        AssertKind::Overflow(_, a, b) => {
            visit_operand(a, f);
            visit_operand(b, f);
        }
        AssertKind::OverflowNeg(o)
        | AssertKind::DivisionByZero(o)
        | AssertKind::RemainderByZero(o) => visit_operand(o, f),
    }
}

/// The places of a terminator. A call's destination comes last: it is written when the
/// call returns.
pub fn visit_terminator(term: &Terminator, f: &mut impl FnMut(&Place, PlaceContext)) {
    match &term.kind {
        TerminatorKind::SwitchInt { discr, .. } => visit_operand(discr, f),
        TerminatorKind::Drop { place, .. } => visit_place(
            place,
            PlaceContext::MutatingUse(MutatingUseContext::Drop),
            f,
        ),
        TerminatorKind::Call {
            func,
            args,
            destination,
            ..
        } => {
            visit_operand(func, f);
            for a in args {
                visit_operand(a, f);
            }
            visit_place(
                destination,
                PlaceContext::MutatingUse(MutatingUseContext::Call),
                f,
            );
        }
        TerminatorKind::Assert { cond, msg, .. } => {
            visit_operand(cond, f);
            visit_assert_kind(msg, f);
        }
        TerminatorKind::Return => {
            f(
                &Place::return_place(),
                PlaceContext::NonMutatingUse(NonMutatingUseContext::Move),
            );
        }
        TerminatorKind::Goto { .. }
        | TerminatorKind::Unreachable
        | TerminatorKind::UnwindResume
        | TerminatorKind::UnwindTerminate
        | TerminatorKind::FalseEdge { .. }
        | TerminatorKind::FalseUnwind { .. } => {}
    }
}

//! Walks over the places and operands of MIR, for analyses and transformations.

use crate::*;

pub fn for_each_operand_in_rvalue<'a>(rv: &'a Rvalue, f: &mut impl FnMut(&'a Operand)) {
    match rv {
        Rvalue::Use(o) | Rvalue::Repeat(o, _) | Rvalue::Cast(_, o, _) | Rvalue::UnaryOp(_, o) => {
            f(o)
        }
        Rvalue::BinaryOp(_, ops) => {
            f(&ops.0);
            f(&ops.1);
        }
        Rvalue::Aggregate(_, ops) => ops.iter().for_each(f),
        Rvalue::Ref(..)
        | Rvalue::RawPtr(..)
        | Rvalue::Len(_)
        | Rvalue::NullaryOp(..)
        | Rvalue::Discriminant(_)
        | Rvalue::CopyForDeref(_) => {}
    }
}

fn place_locals(p: &Place, f: &mut impl FnMut(Local)) {
    f(p.local);
    for e in &p.projection {
        if let ProjectionElem::Index(l) = e {
            f(*l);
        }
    }
}

fn operand_locals(o: &Operand, f: &mut impl FnMut(Local)) {
    if let Some(p) = o.place() {
        place_locals(p, f);
    }
}

fn rvalue_locals(rv: &Rvalue, f: &mut impl FnMut(Local)) {
    match rv {
        Rvalue::Ref(_, _, p)
        | Rvalue::RawPtr(_, p)
        | Rvalue::Len(p)
        | Rvalue::Discriminant(p)
        | Rvalue::CopyForDeref(p) => place_locals(p, f),
        _ => for_each_operand_in_rvalue(rv, &mut |o| operand_locals(o, f)),
    }
}

/// Calls `f` for every local mentioned in a block.
pub fn for_each_local_in_block(data: &BasicBlockData, f: &mut impl FnMut(Local)) {
    for s in &data.statements {
        match &s.kind {
            StatementKind::Assign(b) => {
                place_locals(&b.0, f);
                rvalue_locals(&b.1, f);
            }
            StatementKind::SetDiscriminant { place, .. } | StatementKind::FakeRead(place) => {
                place_locals(place, f)
            }
            StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => f(*l),
            StatementKind::Nop => {}
        }
    }
    if let Some(t) = &data.terminator {
        match &t.kind {
            TerminatorKind::SwitchInt { discr, .. } => operand_locals(discr, f),
            TerminatorKind::Drop { place, .. } => place_locals(place, f),
            TerminatorKind::Call {
                func,
                args,
                destination,
                ..
            } => {
                operand_locals(func, f);
                args.iter().for_each(|a| operand_locals(a, f));
                place_locals(destination, f);
            }
            TerminatorKind::Assert { cond, msg, .. } => {
                operand_locals(cond, f);
                match &**msg {
                    AssertKind::BoundsCheck { len, index } => {
                        operand_locals(len, f);
                        operand_locals(index, f);
                    }
                    AssertKind::Overflow(_, a, b) => {
                        operand_locals(a, f);
                        operand_locals(b, f);
                    }
                    AssertKind::OverflowNeg(o)
                    | AssertKind::DivisionByZero(o)
                    | AssertKind::RemainderByZero(o) => operand_locals(o, f),
                }
            }
            _ => {}
        }
    }
}

/// The predecessors of every block.
pub fn predecessors(body: &Body) -> IndexVec<BasicBlock, Vec<BasicBlock>> {
    let mut preds: IndexVec<BasicBlock, Vec<BasicBlock>> =
        IndexVec::from_elem_n(Vec::new(), body.basic_blocks.len());
    for (bb, data) in body.basic_blocks.iter_enumerated() {
        if let Some(t) = &data.terminator {
            for s in t.kind.successors() {
                if !preds[s].contains(&bb) {
                    preds[s].push(bb);
                }
            }
        }
    }
    preds
}

/// Blocks in reverse postorder from the start block (unreachable blocks left out).
pub fn reverse_postorder(body: &Body) -> Vec<BasicBlock> {
    let n = body.basic_blocks.len();
    let mut visited = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let mut stack: Vec<(BasicBlock, usize)> = vec![(BasicBlock::START, 0)];
    if n == 0 {
        return post;
    }
    visited[0] = true;
    while let Some((bb, i)) = stack.pop() {
        let succs = body.basic_blocks[bb]
            .terminator
            .as_ref()
            .map_or(Vec::new(), |t| t.kind.successors());
        if i < succs.len() {
            stack.push((bb, i + 1));
            let s = succs[i];
            if !visited[s.as_usize()] {
                visited[s.as_usize()] = true;
                stack.push((s, 0));
            }
        } else {
            post.push(bb);
        }
    }
    post.reverse();
    post
}

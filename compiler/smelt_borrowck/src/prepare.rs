//! Where smelt's MIR says more than rustc's about moves, borrow checking reads it as rustc
//! would. Each rewrite turns a move into a copy (for borrow checking only; the MIR that is
//! compiled is untouched):
//!
//! - a `&mut` method receiver: rustc reborrows it (`&mut *r`), so `r` stays usable;
//! - a by-value binding of a `match` arm with a guard: rustc binds by reference while the
//!   guard runs and moves only once the arm is taken; smelt moves before the guard, so a
//!   later arm would see a moved value.

use smelt_hir::{DefId, ExprKind};
use smelt_mir::*;
use smelt_ty::{TyCtxt, TyKind};

/// The body with the rewrites applied, if any applies.
pub fn prepare(tcx: &TyCtxt, def: DefId, body: &Body) -> Option<Body> {
    let guarded = guarded_bindings(tcx, def, body);
    let is_receiver_move = |t: &Terminator| -> bool {
        let TerminatorKind::Call { args, fn_span, .. } = &t.kind else {
            return false;
        };
        // Method calls carry the method name's span apart from the call's.
        if *fn_span == t.source_info.span {
            return false;
        }
        match args.first() {
            Some(Operand::Move(p)) => {
                p.as_local().is_some()
                    && matches!(
                        tcx.kind(p.ty(body, tcx).ty),
                        TyKind::Ref(_, _, smelt_ast::Mutability::Mut)
                    )
            }
            _ => false,
        }
    };
    let is_guarded_move = |s: &Statement| -> bool {
        match &s.kind {
            StatementKind::Assign(b) => {
                matches!(b.1, Rvalue::Use(Operand::Move(_)))
                    && b.0.as_local().is_some_and(|l| guarded.contains(&l))
            }
            _ => false,
        }
    };
    let any = body.basic_blocks.iter().any(|d| {
        d.terminator.as_ref().is_some_and(is_receiver_move)
            || d.statements.iter().any(is_guarded_move)
    });
    if !any {
        return None;
    }
    let mut body = body.clone();
    for data in body.basic_blocks.iter_mut() {
        for s in data.statements.iter_mut() {
            if !is_guarded_move(s) {
                continue;
            }
            if let StatementKind::Assign(b) = &mut s.kind {
                if let Rvalue::Use(Operand::Move(p)) = &b.1 {
                    b.1 = Rvalue::Use(Operand::Copy(p.clone()));
                }
            }
        }
        let Some(t) = &mut data.terminator else {
            continue;
        };
        if !is_receiver_move(t) {
            continue;
        }
        if let TerminatorKind::Call { args, .. } = &mut t.kind {
            if let Some(Operand::Move(p)) = args.first().cloned() {
                args[0] = Operand::Copy(p);
            }
        }
    }
    Some(body)
}

/// The user variables bound by-value in `match` arms that have a guard.
fn guarded_bindings(tcx: &TyCtxt, def: DefId, body: &Body) -> Vec<Local> {
    let Some((hir, _)) = tcx.hir.body(def) else {
        return Vec::new();
    };
    let mut guarded_pats = Vec::new();
    for e in hir.exprs.iter() {
        if let ExprKind::Match(_, arms, _) = &e.kind {
            for arm in arms.iter().filter(|a| a.guard.is_some()) {
                guarded_pats.push(hir.pats[arm.pat].span);
            }
        }
    }
    if guarded_pats.is_empty() {
        return Vec::new();
    }
    body.local_decls
        .iter_enumerated()
        .filter_map(|(local, decl)| match decl.info {
            LocalInfo::User {
                pat, by_ref: false, ..
            } if pat.as_usize() < hir.pats.len() => {
                let span = hir.pats[pat].span;
                guarded_pats
                    .iter()
                    .any(|g| g.contains(span))
                    .then_some(local)
            }
            _ => None,
        })
        .collect()
}

//! Where smelt's MIR says more than rustc's about moves and reads, borrow checking reads it
//! as rustc would. The rewrites apply to a copy of the body that only borrow checking sees:
//!
//! - a `&mut` method receiver that smelt moves into the call: rustc reborrows it
//!   (`&mut *r`), so `r` stays usable; it becomes a copy;
//! - a by-value binding of a `match` arm with a guard: rustc binds by reference while the
//!   guard runs and moves only once the arm is taken; smelt moves before the guard, so a
//!   later arm would see a moved value; the move becomes a copy;
//! - a call argument read through a pointer (`v.push(*r)`, `v.insert(0, v[1])`): rustc
//!   copies it into a temporary before the call, so the borrow it goes through ends before
//!   a two-phase borrow of the receiver is activated; smelt reads it in the call. The read
//!   is moved into a statement of its own.

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
    let has_indirect_copy = |t: &Terminator| -> bool {
        matches!(&t.kind, TerminatorKind::Call { args, .. }
            if args.iter().any(|a| matches!(a, Operand::Copy(p) if p.is_indirect())))
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
        d.terminator
            .as_ref()
            .is_some_and(|t| is_receiver_move(t) || has_indirect_copy(t))
            || d.statements.iter().any(is_guarded_move)
    });
    if !any {
        return None;
    }
    let hir = tcx.hir.body(def).map(|(b, _)| b);
    let mut out = body.clone();
    for bb in body.basic_blocks.indices() {
        for s in out.basic_blocks[bb].statements.iter_mut() {
            if !is_guarded_move(s) {
                continue;
            }
            if let StatementKind::Assign(b) = &mut s.kind {
                if let Rvalue::Use(Operand::Move(p)) = &b.1 {
                    b.1 = Rvalue::Use(Operand::Copy(p.clone()));
                }
            }
        }
        let Some(t) = &body.basic_blocks[bb].terminator else {
            continue;
        };
        let receiver_move = is_receiver_move(t);
        let TerminatorKind::Call { args, .. } = &t.kind else {
            continue;
        };
        let call_span = t.source_info.span;
        let arg_spans = hir
            .as_ref()
            .and_then(|h| arg_spans(h, call_span, args.len()));
        let mut new_args = args.clone();
        for (i, arg) in args.iter().enumerate() {
            match arg {
                Operand::Move(p) if i == 0 && receiver_move => {
                    new_args[0] = Operand::Copy(p.clone())
                }
                Operand::Copy(p) if p.is_indirect() => {
                    let span = arg_spans
                        .as_ref()
                        .and_then(|s| s.get(i).copied())
                        .unwrap_or(call_span);
                    let ty = p.ty(body, tcx).ty;
                    let temp = out.local_decls.push(LocalDecl {
                        mutability: smelt_ast::Mutability::Mut,
                        ty,
                        source_info: SourceInfo::outermost(span),
                        info: LocalInfo::Temp,
                    });
                    out.basic_blocks[bb].statements.push(Statement {
                        source_info: SourceInfo::outermost(span),
                        kind: StatementKind::Assign(Box::new((
                            Place::from(temp),
                            Rvalue::Use(Operand::Copy(p.clone())),
                        ))),
                    });
                    new_args[i] = Operand::Move(Place::from(temp));
                }
                _ => {}
            }
        }
        if let Some(Terminator {
            kind: TerminatorKind::Call { args, .. },
            ..
        }) = &mut out.basic_blocks[bb].terminator
        {
            *args = new_args;
        }
    }
    Some(out)
}

/// The spans of the arguments of the call expression at `span` (receiver first for
/// method calls), if there is one with `n` of them.
fn arg_spans(
    hir: &smelt_hir::Body,
    span: smelt_span::Span,
    n: usize,
) -> Option<Vec<smelt_span::Span>> {
    for e in hir.exprs.iter().filter(|e| e.span == span) {
        let ops: Vec<smelt_hir::ExprId> = match &e.kind {
            ExprKind::Call(_, args) => args.clone(),
            ExprKind::MethodCall(_, r, args, _) => {
                std::iter::once(*r).chain(args.iter().copied()).collect()
            }
            ExprKind::Binary(_, a, b) | ExprKind::Index(a, b, _) => vec![*a, *b],
            _ => continue,
        };
        if ops.len() == n {
            return Some(ops.iter().map(|o| hir.exprs[*o].span).collect());
        }
    }
    None
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

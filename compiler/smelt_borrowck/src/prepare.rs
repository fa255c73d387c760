//! Where smelt's MIR says more than rustc's about moves and reads, borrow checking reads it
//! as rustc would. The rewrites apply to a copy of the body that only borrow checking sees:
//!
//! - a by-value binding of a `match` arm with a guard: rustc binds by reference while the
//!   guard runs and moves only once the arm is taken; smelt moves before the guard, so a
//!   later arm would see a moved value; the move becomes a copy;
//! - a closure borrowing a variable it only uses through fields (`|| p.x`): edition 2021
//!   closures capture those fields, not the variable (RFC 2229); smelt borrows the whole
//!   variable, so the borrow is narrowed to the fields. (Captures by value are left alone:
//!   smelt's closures do move the whole variable, and its later uses must be reported.);
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
    let early_reads = early_reads(body);
    let narrowed = narrow_closure_captures(tcx, def, body);
    let any = !early_reads.is_empty()
        || narrowed.is_some()
        || body.basic_blocks.iter().any(|d| {
            d.terminator.as_ref().is_some_and(has_indirect_copy)
                || d.statements.iter().any(is_guarded_move)
        });
    if !any {
        return None;
    }
    let hir = tcx.hir.body(def).map(|(b, _)| b);
    let mut out = narrowed.unwrap_or_else(|| body.clone());
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
    hoist_early_reads(tcx, &mut out, &early_reads);
    Some(out)
}

/// Temporaries holding the reference an overloaded `[]` or `*` returned (`v[j]`), that
/// are only ever read through by copy, with the block their call returns to. rustc reads
/// such a value right away (`v[i] += v[j]` evaluates `v[j]` before borrowing `v` for
/// `v[i]`); smelt reads through the reference where the value is needed.
fn early_reads(body: &Body) -> Vec<(Local, BasicBlock)> {
    use smelt_mir_dataflow::visit::{
        MutatingUseContext as M, NonMutatingUseContext as N, PlaceContext as C,
    };
    // For every local, in one pass: writes by a call, reads by copy through it, and
    // whether it is used any other way.
    let n = body.local_decls.len();
    let mut writes = vec![0u32; n];
    let mut reads = vec![0u32; n];
    let mut other = vec![false; n];
    let mut check = |p: &Place, ctx: C| {
        let l = p.local.as_usize();
        match ctx {
            C::NonUse(_) => {}
            C::MutatingUse(M::Call) if p.projection.is_empty() => writes[l] += 1,
            C::NonMutatingUse(N::Copy) if p.projection == [ProjectionElem::Deref] => reads[l] += 1,
            _ => other[l] = true,
        }
    };
    for d in body.basic_blocks.iter() {
        for s in &d.statements {
            smelt_mir_dataflow::visit::visit_statement(s, &mut check);
        }
        if let Some(t) = &d.terminator {
            smelt_mir_dataflow::visit::visit_terminator(t, &mut check);
        }
    }
    let preds = smelt_mir::visit::predecessors(body);
    let mut out = Vec::new();
    for (bb, data) in body.basic_blocks.iter_enumerated() {
        let Some(Terminator {
            kind:
                TerminatorKind::Call {
                    destination,
                    target: Some(target),
                    ..
                },
            ..
        }) = &data.terminator
        else {
            continue;
        };
        let Some(temp) = destination.as_local() else {
            continue;
        };
        let t = temp.as_usize();
        if body.local_decls[temp].info == LocalInfo::Temp
            && preds[*target].as_slice() == [bb]
            && !other[t]
            && writes[t] == 1
            && reads[t] > 0
        {
            out.push((temp, *target));
        }
    }
    out
}

/// Reads each temporary of `early_reads` into a new local where its call returns, and
/// reads that local instead.
fn hoist_early_reads(tcx: &TyCtxt, body: &mut Body, early_reads: &[(Local, BasicBlock)]) {
    for &(temp, target) in early_reads {
        let read = Place {
            local: temp,
            projection: vec![ProjectionElem::Deref],
        };
        let value_ty = read.ty(body, tcx).ty;
        let span = body.local_decls[temp].source_info.span;
        let value = body.local_decls.push(LocalDecl {
            mutability: smelt_ast::Mutability::Mut,
            ty: value_ty,
            source_info: SourceInfo::outermost(span),
            info: LocalInfo::Temp,
        });
        let mut replace = |op: &mut Operand| {
            if matches!(op, Operand::Copy(p) if *p == read) {
                *op = Operand::Copy(Place::from(value));
            }
        };
        for data in body.basic_blocks.iter_mut() {
            for s in data.statements.iter_mut() {
                if let StatementKind::Assign(b) = &mut s.kind {
                    for_each_operand_mut(&mut b.1, &mut replace);
                }
            }
            if let Some(t) = &mut data.terminator {
                match &mut t.kind {
                    TerminatorKind::Call { func, args, .. } => {
                        replace(func);
                        args.iter_mut().for_each(&mut replace);
                    }
                    TerminatorKind::SwitchInt { discr, .. } => replace(discr),
                    TerminatorKind::Assert { cond, msg, .. } => {
                        replace(cond);
                        match &mut **msg {
                            AssertKind::BoundsCheck { len, index } => {
                                replace(len);
                                replace(index);
                            }
                            AssertKind::Overflow(_, a, b) => {
                                replace(a);
                                replace(b);
                            }
                            AssertKind::OverflowNeg(o)
                            | AssertKind::DivisionByZero(o)
                            | AssertKind::RemainderByZero(o) => replace(o),
                        }
                    }
                    _ => {}
                }
            }
        }
        let read_stmt = Statement {
            source_info: SourceInfo::outermost(span),
            kind: StatementKind::Assign(Box::new((
                Place::from(value),
                Rvalue::Use(Operand::Copy(read)),
            ))),
        };
        body.basic_blocks[target].statements.insert(0, read_stmt);
    }
}

fn for_each_operand_mut(rv: &mut Rvalue, f: &mut impl FnMut(&mut Operand)) {
    match rv {
        Rvalue::Use(o) | Rvalue::Repeat(o, _) | Rvalue::Cast(_, o, _) | Rvalue::UnaryOp(_, o) => {
            f(o)
        }
        Rvalue::BinaryOp(_, ops) => {
            f(&mut ops.0);
            f(&mut ops.1);
        }
        Rvalue::Aggregate(_, ops) => ops.iter_mut().for_each(f),
        Rvalue::Ref(..)
        | Rvalue::RawPtr(..)
        | Rvalue::Len(_)
        | Rvalue::NullaryOp(..)
        | Rvalue::Discriminant(_)
        | Rvalue::CopyForDeref(_) => {}
    }
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

/// The closures of the body whose captured variables are only used through fields get
/// their captures narrowed to those fields. Returns the rewritten body, if any capture was.
fn narrow_closure_captures(tcx: &TyCtxt, def: DefId, body: &Body) -> Option<Body> {
    let (hir, _) = tcx.hir.body(def)?;
    let results = tcx.typeck(tcx.hir.typeck_root(def));
    let param_env = tcx.param_env(tcx.hir.typeck_root(def));
    let mut out: Option<Body> = None;
    for bb in body.basic_blocks.indices() {
        // Walk backwards so that inserted statements do not move the ones still to visit.
        for i in (0..body.basic_blocks[bb].statements.len()).rev() {
            let cur = out.as_ref().unwrap_or(body);
            let StatementKind::Assign(b) = &cur.basic_blocks[bb].statements[i].kind else {
                continue;
            };
            let Rvalue::Aggregate(kind, ops) = &b.1 else {
                continue;
            };
            let AggregateKind::Closure(closure_def, _) = **kind else {
                continue;
            };
            let Some(captures) = results.closure_captures.get(&closure_def) else {
                continue;
            };
            let Some(closure_body) = hir.exprs.iter().find_map(|e| match &e.kind {
                ExprKind::Closure(c) if c.def_id == closure_def => Some(c.body),
                _ => None,
            }) else {
                continue;
            };
            let body_span = hir.exprs[closure_body].span;
            let ops = ops.clone();
            for (k, cap) in captures.iter().enumerate() {
                let Some(op) = ops.get(smelt_ty::FieldIdx::from_u32(k as u32)) else {
                    continue;
                };
                let Some(paths) = field_paths(&hir, body_span, cap.var) else {
                    continue;
                };
                let cur = out.as_ref().unwrap_or(body);
                // The captured variable's local: moved or copied directly, or borrowed into a
                // temporary just before.
                // By-value captures are not narrowed: smelt's closures really move the whole
                // variable, and borrow checking must keep reporting its later uses.
                if matches!(cap.kind, smelt_ty::typeck_results::CaptureKind::ByValue) {
                    continue;
                }
                let (var_local, borrow_stmt) = match op {
                    Operand::Move(p) => {
                        let Some(temp) = p.as_local() else { continue };
                        let found = (0..i).rev().find_map(|j| {
                            match &cur.basic_blocks[bb].statements[j].kind {
                                StatementKind::Assign(a) if a.0.as_local() == Some(temp) => {
                                    match &a.1 {
                                        Rvalue::Ref(_, bk, place)
                                            if place.projection.is_empty() =>
                                        {
                                            Some((place.local, j, *bk))
                                        }
                                        _ => None,
                                    }
                                }
                                _ => None,
                            }
                        });
                        match found {
                            Some((l, j, bk)) => (l, Some((j, bk))),
                            None => continue,
                        }
                    }
                    Operand::Copy(_) | Operand::Constant(_) => continue,
                };
                let Some(places) = resolve_field_paths(tcx, cur, var_local, &paths) else {
                    continue;
                };
                let o = out.get_or_insert_with(|| body.clone());
                let mut extra_ops = Vec::new();
                match borrow_stmt {
                    Some((j, bk)) => {
                        let span = o.basic_blocks[bb].statements[j].source_info.span;
                        if let StatementKind::Assign(a) = &mut o.basic_blocks[bb].statements[j].kind
                        {
                            if let Rvalue::Ref(_, _, place) = &mut a.1 {
                                *place = places[0].clone();
                            }
                        }
                        let mut inserted = Vec::new();
                        for p in &places[1..] {
                            let ty = p.ty(o, tcx).ty;
                            let ref_ty = tcx.mk_ref(smelt_ty::Region::Erased, ty, bk.mutability());
                            let temp = o.local_decls.push(LocalDecl {
                                mutability: smelt_ast::Mutability::Mut,
                                ty: ref_ty,
                                source_info: SourceInfo::outermost(span),
                                info: LocalInfo::Temp,
                            });
                            inserted.push(Statement {
                                source_info: SourceInfo::outermost(span),
                                kind: StatementKind::Assign(Box::new((
                                    Place::from(temp),
                                    Rvalue::Ref(smelt_ty::Region::Erased, bk, p.clone()),
                                ))),
                            });
                            extra_ops.push(Operand::Move(Place::from(temp)));
                        }
                        let n = inserted.len();
                        let stmts = &mut o.basic_blocks[bb].statements;
                        for (m, st) in inserted.into_iter().enumerate() {
                            stmts.insert(j + 1 + m, st);
                        }
                        // The aggregate moved down by the inserted statements.
                        let agg = i + n;
                        if let StatementKind::Assign(a) = &mut stmts[agg].kind {
                            if let Rvalue::Aggregate(_, agg_ops) = &mut a.1 {
                                for op in extra_ops {
                                    agg_ops.push(op);
                                }
                            }
                        }
                    }
                    None => {
                        let by_value = |p: &Place| {
                            if tcx.is_copy(&param_env, p.ty(o, tcx).ty) {
                                Operand::Copy(p.clone())
                            } else {
                                Operand::Move(p.clone())
                            }
                        };
                        let new_ops: Vec<Operand> = places.iter().map(by_value).collect();
                        if let StatementKind::Assign(a) = &mut o.basic_blocks[bb].statements[i].kind
                        {
                            if let Rvalue::Aggregate(_, agg_ops) = &mut a.1 {
                                agg_ops[smelt_ty::FieldIdx::from_u32(k as u32)] =
                                    new_ops[0].clone();
                                for op in &new_ops[1..] {
                                    agg_ops.push(op.clone());
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

/// The field paths (`a.b`) through which the closure body at `body_span` uses variable
/// `var`; `None` if it uses the variable itself anywhere.
fn field_paths(
    hir: &smelt_hir::Body,
    body_span: smelt_span::Span,
    var: smelt_hir::PatId,
) -> Option<Vec<Vec<smelt_span::Symbol>>> {
    let mut parent: rustc_hash::FxHashMap<smelt_hir::ExprId, smelt_hir::ExprId> =
        rustc_hash::FxHashMap::default();
    for (id, e) in hir.exprs.iter_enumerated() {
        if let ExprKind::Field(base, _) = &e.kind {
            parent.insert(*base, id);
        }
    }
    let mut paths: Vec<Vec<smelt_span::Symbol>> = Vec::new();
    for (id, e) in hir.exprs.iter_enumerated() {
        if !body_span.contains(e.span) {
            continue;
        }
        let ExprKind::Path(smelt_hir::QPath::Resolved(_, path)) = &e.kind else {
            continue;
        };
        if path.res != smelt_hir::Res::Local(var) {
            continue;
        }
        let mut chain = Vec::new();
        let mut cur = id;
        while let Some(&p) = parent.get(&cur) {
            let ExprKind::Field(_, ident) = &hir.exprs[p].kind else {
                break;
            };
            chain.push(ident.name);
            cur = p;
        }
        if chain.is_empty() {
            return None;
        }
        paths.push(chain);
    }
    // A path that extends another is covered by it.
    paths.sort_by_key(|p| p.len());
    let mut kept: Vec<Vec<smelt_span::Symbol>> = Vec::new();
    for p in paths {
        if !kept.iter().any(|k| p.starts_with(k)) {
            kept.push(p);
        }
    }
    (!kept.is_empty()).then_some(kept)
}

/// The places `local.a.b` of field paths, through structs and tuples only (not through
/// references, enums or unions, where captures are not narrowed).
fn resolve_field_paths(
    tcx: &TyCtxt,
    body: &Body,
    local: Local,
    paths: &[Vec<smelt_span::Symbol>],
) -> Option<Vec<Place>> {
    let mut places = Vec::new();
    for path in paths {
        let mut place = Place::from(local);
        for name in path {
            let ty = place.ty(body, tcx).ty;
            let (idx, fty) = match tcx.kind(ty) {
                TyKind::Adt(adt_def, args) => {
                    let adt = tcx.adt_def(adt_def);
                    if !adt.is_struct() || tcx.adt_has_drop_impl(adt_def) {
                        return None;
                    }
                    let variant = adt.variants.iter().next()?;
                    let (idx, field) = variant
                        .fields
                        .iter_enumerated()
                        .find(|(_, f)| f.name == *name)?;
                    (idx, tcx.normalize_erasing_regions(field.ty(tcx, args)))
                }
                TyKind::Tuple(tys) => {
                    let i: usize = tcx.str(*name).parse().ok()?;
                    (
                        smelt_ty::FieldIdx::from_u32(i as u32),
                        *tcx.tys(tys).get(i)?,
                    )
                }
                _ => return None,
            };
            place = place.field(idx, fty);
        }
        places.push(place);
    }
    Some(places)
}

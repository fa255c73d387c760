//! Lowering of pattern matching (`match`, `if let`, `let`, `let else`) to a decision tree.
//!
//! # Terms
//! A *candidate* is one way an arm can match: a list of *match pairs* (a place and the
//! pattern it must match) still to test, and the bindings collected so far. Or-patterns expand
//! into one candidate per alternative, all leading to the same arm.
//!
//! # Algorithm
//! Candidates are first *simplified*: irrefutable parts of patterns (bindings, wildcards,
//! tuples, structs, references, fixed-length array patterns) are taken apart into bindings and
//! sub-pairs, without any test. Then, as long as candidates remain: if the first one has no
//! pairs left, it matches; its bindings are written and its arm (or guard) is entered; if the
//! guard fails, matching continues with the remaining candidates. Otherwise a *test* is
//! chosen from the first candidate's first pair (switch on an enum's discriminant, switch on
//! an integer, `==` on a string, a range check, a slice length check). Every candidate is
//! *specialized* to each outcome of the test: its pair on the tested place is consumed,
//! replaced by sub-pairs, or the candidate is dropped when it cannot match; candidates that
//! do not test that place go to every outcome. Each outcome is then matched recursively.
//!
//! A place is tested at most once per path, so no test is repeated (unlike a chain of
//! `if`s); arm order is preserved because candidate lists keep their order.

use smelt_ast::{Mutability, RangeEnd};
use smelt_hir::{
    self as hir, CtorKind, DefId, DefKind, ExprId, ExprKind, PatId, PatKind, QPath, Res,
};
use smelt_mir::*;
use smelt_span::Span;
use smelt_ty::typeck_results::BindingMode;
use smelt_ty::{FieldIdx, Region, Ty, TyKind, VariantIdx};

use super::Builder;

#[derive(Clone, Debug)]
struct MatchPair {
    place: Place,
    pat: PatId,
    /// Whether `place` already includes the pattern's implicit dereferences (default
    /// binding modes): a pair kept for a later test must not be peeled twice.
    peeled: bool,
}

#[derive(Clone, Debug)]
struct Binding {
    var: PatId,
    source: Place,
    mode: BindingMode,
    span: Span,
}

#[derive(Clone, Debug)]
struct Candidate {
    pairs: Vec<MatchPair>,
    bindings: Vec<Binding>,
    arm: usize,
}

/// The arms being matched: where each one's body starts and its guard.
struct MatchCtx {
    arm_blocks: Vec<BasicBlock>,
    guards: Vec<Option<ExprId>>,
}

#[derive(Clone, Debug)]
enum TestKind {
    /// Switch on an enum's discriminant.
    Switch { adt: DefId },
    /// Switch on an integer, `char` or `bool` value.
    SwitchInt,
    /// `place == value` for other constants (strings, floats).
    Eq { value: ExprId },
    Range {
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        end: RangeEnd,
    },
    /// Slice length `== len` (or `>= len` when `at_least`).
    Len { len: u64, at_least: bool },
}

#[derive(Clone, Debug)]
struct Test {
    place: Place,
    kind: TestKind,
    span: Span,
}

/// What a pattern on a tested place says about the test.
enum PatInfo {
    Variant(VariantIdx),
    Const(u128),
    Range(Option<u128>, Option<u128>, RangeEnd),
    Len(u64, bool),
    Other,
}

impl Builder<'_> {
    /// Declares the variables a pattern binds: `StorageLive` in `block`, their drops and
    /// storage end scheduled in the current scope.
    pub fn declare_bindings(&mut self, block: BasicBlock, pat: PatId) {
        self.declare_bindings_live(block, pat);
        self.schedule_binding_drops(pat);
    }

    /// The variables of a pattern start to live in `block` (their drops are scheduled
    /// separately, with `schedule_binding_drops`, in the scope they die with).
    pub fn declare_bindings_live(&mut self, block: BasicBlock, pat: PatId) {
        for var in self.binding_vars(pat) {
            let l = self.declare_binding(var);
            let span = self.pat_span(var);
            self.push(block, StatementKind::StorageLive(l), span);
        }
    }

    pub fn schedule_binding_drops(&mut self, pat: PatId) {
        for var in self.binding_vars(pat) {
            let l = self.declare_binding(var);
            let span = self.pat_span(var);
            self.schedule_storage_dead(l);
            self.schedule_drop(l, span);
        }
    }

    /// The variables a pattern binds, each once (in or-patterns every alternative binds
    /// the same variables, declared by the first).
    pub(super) fn binding_vars(&self, pat: PatId) -> Vec<PatId> {
        let mut out = Vec::new();
        self.collect_binding_vars(pat, &mut out);
        out
    }

    /// The variables of `pat` in source order (the order rustc declares and, reversed,
    /// drops them).
    fn collect_binding_vars(&self, p: PatId, out: &mut Vec<PatId>) {
        match &self.body.pats[p].kind {
            PatKind::Binding(_, var, _, sub) => {
                if *var == p && !out.contains(&p) {
                    out.push(p);
                }
                if let Some(s) = sub {
                    self.collect_binding_vars(*s, out);
                }
            }
            PatKind::Struct(_, fields, _) => fields
                .iter()
                .for_each(|f| self.collect_binding_vars(f.pat, out)),
            PatKind::TupleStruct(_, pats, _) | PatKind::Tuple(pats, _) | PatKind::Or(pats) => {
                pats.iter().for_each(|q| self.collect_binding_vars(*q, out))
            }
            PatKind::Box(q) | PatKind::Ref(q, _) => self.collect_binding_vars(*q, out),
            PatKind::Slice(a, m, b) => {
                a.iter()
                    .chain(m.iter())
                    .chain(b.iter())
                    .for_each(|q| self.collect_binding_vars(*q, out));
            }
            PatKind::Wild
            | PatKind::Lit(_)
            | PatKind::Range(..)
            | PatKind::Path(_)
            | PatKind::Err(_) => {}
        }
    }

    /// Matches `place` against one pattern: returns the block where it matched (bindings
    /// written) and, if it may not match, the block where it failed.
    pub fn lower_pattern(
        &mut self,
        block: BasicBlock,
        place: Place,
        pat: PatId,
        _span: Span,
    ) -> (BasicBlock, Option<BasicBlock>) {
        let success = self.new_block();
        let mut ctx = MatchCtx {
            arm_blocks: vec![success],
            guards: vec![None],
        };
        let cand = Candidate {
            pairs: vec![MatchPair {
                place,
                pat,
                peeled: false,
            }],
            bindings: Vec::new(),
            arm: 0,
        };
        let fail = self.match_candidates(block, vec![cand], &mut ctx);
        (success, fail)
    }

    /// `match scrut { arms }`, writing the value into `dest`.
    pub fn match_expr(
        &mut self,
        dest: Place,
        block: BasicBlock,
        match_expr: ExprId,
        scrut: ExprId,
        arms: &[hir::Arm],
    ) -> BasicBlock {
        let span = self.expr_span(match_expr);
        self.in_scope(|this| {
            let (block, place) = this.as_place(block, this.full(scrut));
            this.push(
                block,
                StatementKind::FakeRead(Box::new(place.clone())),
                span,
            );
            for arm in arms {
                this.declare_bindings_live(block, arm.pat);
            }
            let arm_blocks: Vec<BasicBlock> = arms.iter().map(|_| this.new_block()).collect();
            let mut ctx = MatchCtx {
                arm_blocks: arm_blocks.clone(),
                guards: arms.iter().map(|a| a.guard).collect(),
            };
            let candidates: Vec<Candidate> = arms
                .iter()
                .enumerate()
                .map(|(i, a)| Candidate {
                    pairs: vec![MatchPair {
                        place: place.clone(),
                        pat: a.pat,
                        peeled: false,
                    }],
                    bindings: Vec::new(),
                    arm: i,
                })
                .collect();
            if let Some(otherwise) = this.match_candidates(block, candidates, &mut ctx) {
                // Exhaustiveness checking made sure no value gets here.
                this.terminate(otherwise, span, TerminatorKind::Unreachable);
            }
            let join = this.new_block();
            for (arm, start) in arms.iter().zip(arm_blocks) {
                let end = this
                    .in_terminating_scope(|this| {
                        this.schedule_binding_drops(arm.pat);
                        (
                            this.expr_into_dest(dest.clone(), start, this.full(arm.body)),
                            (),
                        )
                    })
                    .0;
                this.goto(end, span, join);
            }
            (join, ())
        })
        .0
    }

    /// Splits a condition into the blocks where it holds and where it does not (`&&`, `||`
    /// and `let` patterns become control flow).
    pub fn then_else_break(&mut self, block: BasicBlock, cond: ExprId) -> (BasicBlock, BasicBlock) {
        let span = self.expr_span(cond);
        match self.body.exprs[cond].kind.clone() {
            ExprKind::Binary(op, a, b)
                if op.node == smelt_ast::BinOpKind::And
                    && self.results.expr_adjustments(cond).is_empty() =>
            {
                let (t1, e1) = self.then_else_break(block, a);
                let (t2, e2) = self.then_else_break(t1, b);
                let e = self.new_block();
                self.goto(e1, span, e);
                self.goto(e2, span, e);
                (t2, e)
            }
            ExprKind::Binary(op, a, b)
                if op.node == smelt_ast::BinOpKind::Or
                    && self.results.expr_adjustments(cond).is_empty() =>
            {
                let (t1, e1) = self.then_else_break(block, a);
                let (t2, e2) = self.then_else_break(e1, b);
                let t = self.new_block();
                self.goto(t1, span, t);
                self.goto(t2, span, t);
                (t, e2)
            }
            ExprKind::Let(let_expr) => {
                self.declare_bindings(block, let_expr.pat);
                let (block, place) = self.as_place(block, self.full(let_expr.init));
                let (success, fail) = self.lower_pattern(block, place, let_expr.pat, span);
                let fail = fail.unwrap_or_else(|| self.new_block());
                (success, fail)
            }
            ExprKind::DropTemps(inner) => self.then_else_break(block, inner),
            _ => {
                // A boolean condition is a scope of its own: its temporaries die before
                // either branch runs.
                let cond_local = self.temp(self.tcx.types.bool, span);
                let (block, ()) = self.in_terminating_scope(|this| {
                    (
                        this.expr_into_dest(Place::from(cond_local), block, this.full(cond)),
                        (),
                    )
                });
                let op = Operand::Move(Place::from(cond_local));
                let t = self.new_block();
                let e = self.new_block();
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr: op,
                        targets: SwitchTargets::static_if(0, e, t),
                    },
                );
                (t, e)
            }
        }
    }

    /* ------------------------------------------------------------ simplification */

    /// Takes apart the irrefutable parts of a candidate's pairs; expands or-patterns.
    fn simplify(&self, cand: Candidate) -> Vec<Candidate> {
        let mut done = Vec::new();
        let mut work = vec![cand];
        while let Some(mut c) = work.pop() {
            let mut i = 0;
            let mut expanded = false;
            while i < c.pairs.len() {
                let MatchPair { place, pat, peeled } = c.pairs[i].clone();
                let place = if peeled { place } else { self.peel(place, pat) };
                match self.simplify_pair(&place, pat, &mut c.bindings) {
                    Simplified::Removed(sub) => {
                        c.pairs.remove(i);
                        for (j, s) in sub.into_iter().enumerate() {
                            c.pairs.insert(i + j, s);
                        }
                    }
                    Simplified::Kept => {
                        c.pairs[i] = MatchPair {
                            place,
                            pat,
                            peeled: true,
                        };
                        i += 1;
                    }
                    Simplified::Or(alts) => {
                        // One candidate per alternative, in order (pushed reversed onto the
                        // work stack).
                        for alt in alts.into_iter().rev() {
                            let mut nc = c.clone();
                            nc.pairs[i] = MatchPair {
                                place: place.clone(),
                                pat: alt,
                                peeled: false,
                            };
                            work.push(nc);
                        }
                        expanded = true;
                        break;
                    }
                }
            }
            if !expanded {
                done.push(c);
            }
        }
        done
    }

    /// The place a pattern actually matches, after the implicit dereferences of default
    /// binding modes.
    fn peel(&self, mut place: Place, pat: PatId) -> Place {
        if let Some(adj) = self.results.pat_adjustments.get(&pat) {
            for _ in adj {
                place = place.deref();
            }
        }
        place
    }

    fn simplify_pair(&self, place: &Place, pat: PatId, bindings: &mut Vec<Binding>) -> Simplified {
        let tcx = self.tcx;
        let span = self.pat_span(pat);
        match &self.body.pats[pat].kind {
            PatKind::Wild | PatKind::Err(_) => Simplified::Removed(Vec::new()),
            PatKind::Binding(_, var, _, sub) => {
                let mode = self
                    .results
                    .pat_binding_modes
                    .get(&pat)
                    .copied()
                    .unwrap_or(BindingMode::ByValue(Mutability::Not));
                bindings.push(Binding {
                    var: *var,
                    source: place.clone(),
                    mode,
                    span,
                });
                Simplified::Removed(
                    sub.iter()
                        .map(|s| MatchPair {
                            place: place.clone(),
                            pat: *s,
                            peeled: false,
                        })
                        .collect(),
                )
            }
            PatKind::Tuple(pats, dotdot) => {
                let ty = self.place_ty(place);
                let tys = match tcx.kind(ty) {
                    TyKind::Tuple(t) => tcx.tys(t).to_vec(),
                    _ => Vec::new(),
                };
                let positions = positions(pats.len(), *dotdot, tys.len());
                Simplified::Removed(
                    pats.iter()
                        .zip(positions)
                        .map(|(p, f)| MatchPair {
                            place: place.field(
                                FieldIdx::from_u32(f as u32),
                                tys.get(f).copied().unwrap_or(tcx.types.error),
                            ),
                            pat: *p,
                            peeled: false,
                        })
                        .collect(),
                )
            }
            PatKind::Ref(inner, _) | PatKind::Box(inner) => Simplified::Removed(vec![MatchPair {
                place: place.deref(),
                pat: *inner,
                peeled: false,
            }]),
            PatKind::Or(alts) => Simplified::Or(alts.clone()),
            PatKind::Struct(..) | PatKind::TupleStruct(..) | PatKind::Path(_) => {
                let ty = self.place_ty(place);
                match self.variant_of_pat(pat, ty) {
                    Some((adt, vi)) => {
                        let def = tcx.adt_def(adt);
                        // A struct, or an enum with a single variant: no test needed.
                        if !def.is_enum() || def.variants.len() == 1 {
                            let base = if def.is_enum() {
                                place.downcast(vi)
                            } else {
                                place.clone()
                            };
                            Simplified::Removed(self.field_pairs(&base, pat, ty, vi))
                        } else {
                            Simplified::Kept
                        }
                    }
                    // A constant.
                    None => Simplified::Kept,
                }
            }
            PatKind::Slice(before, mid, after) => {
                let ty = self.place_ty(place);
                match tcx.kind(ty) {
                    TyKind::Array(_, len) => {
                        let n = tcx.eval_array_len(len).unwrap_or(0);
                        Simplified::Removed(self.slice_pairs(place, before, *mid, after, Some(n)))
                    }
                    _ => Simplified::Kept,
                }
            }
            PatKind::Lit(_) | PatKind::Range(..) => Simplified::Kept,
        }
    }

    /// The field pairs of a struct or variant pattern on `base` (already downcast).
    fn field_pairs(&self, base: &Place, pat: PatId, adt_ty: Ty, vi: VariantIdx) -> Vec<MatchPair> {
        let tcx = self.tcx;
        let TyKind::Adt(adt, args) = tcx.kind(adt_ty) else {
            return Vec::new();
        };
        let def = tcx.adt_def(adt);
        let variant = &def.variants[vi];
        let field_ty = |f: FieldIdx| -> Ty {
            variant.fields.get(f).map_or(tcx.types.error, |fd| {
                self.monomorphic_ty(tcx.normalize_in_env(&self.param_env, fd.ty(tcx, args)))
            })
        };
        match &self.body.pats[pat].kind {
            PatKind::Struct(_, fields, _) => {
                let indices = self
                    .results
                    .pat_field_indices
                    .get(&pat)
                    .cloned()
                    .unwrap_or_default();
                fields
                    .iter()
                    .zip(indices)
                    .filter(|(_, i)| i.as_u32() != u32::MAX)
                    .map(|(f, i)| MatchPair {
                        place: base.field(i, field_ty(i)),
                        pat: f.pat,
                        peeled: false,
                    })
                    .collect()
            }
            PatKind::TupleStruct(_, pats, dotdot) => {
                let positions = positions(pats.len(), *dotdot, variant.fields.len());
                pats.iter()
                    .zip(positions)
                    .map(|(p, f)| {
                        let idx = FieldIdx::from_u32(f as u32);
                        MatchPair {
                            place: base.field(idx, field_ty(idx)),
                            pat: *p,
                            peeled: false,
                        }
                    })
                    .collect()
            }
            _ => Vec::new(),
        }
    }

    fn slice_pairs(
        &self,
        place: &Place,
        before: &[PatId],
        mid: Option<PatId>,
        after: &[PatId],
        array_len: Option<u64>,
    ) -> Vec<MatchPair> {
        let min_len = (before.len() + after.len()) as u64;
        let mut pairs = Vec::new();
        for (i, p) in before.iter().enumerate() {
            pairs.push(MatchPair {
                place: place.project(ProjectionElem::ConstantIndex {
                    offset: i as u64,
                    min_length: array_len.unwrap_or(min_len),
                    from_end: false,
                }),
                pat: *p,
                peeled: false,
            });
        }
        let k = after.len() as u64;
        for (j, p) in after.iter().enumerate() {
            let elem = match array_len {
                Some(n) => ProjectionElem::ConstantIndex {
                    offset: n - k + j as u64,
                    min_length: n,
                    from_end: false,
                },
                None => ProjectionElem::ConstantIndex {
                    offset: k - j as u64,
                    min_length: min_len,
                    from_end: true,
                },
            };
            pairs.push(MatchPair {
                place: place.project(elem),
                pat: *p,
                peeled: false,
            });
        }
        if let Some(m) = mid {
            let elem = match array_len {
                Some(n) => ProjectionElem::Subslice {
                    from: before.len() as u64,
                    to: n - k,
                    from_end: false,
                },
                None => ProjectionElem::Subslice {
                    from: before.len() as u64,
                    to: k,
                    from_end: true,
                },
            };
            pairs.push(MatchPair {
                place: place.project(elem),
                pat: m,
                peeled: false,
            });
        }
        pairs
    }

    /// For a struct, tuple-struct or path pattern that names a variant (not a constant):
    /// the ADT and variant.
    fn variant_of_pat(&self, pat: PatId, ty: Ty) -> Option<(DefId, VariantIdx)> {
        let tcx = self.tcx;
        let TyKind::Adt(adt, _) = tcx.kind(ty) else {
            return None;
        };
        let def = tcx.adt_def(adt);
        let res = match &self.body.pats[pat].kind {
            PatKind::Struct(qpath, ..) | PatKind::TupleStruct(qpath, ..) | PatKind::Path(qpath) => {
                match qpath {
                    QPath::Resolved(_, path) => path.res,
                    QPath::LangItem(item, _) => {
                        tcx.lang_item(*item).map(|d| Res::Def(tcx.def_kind(d), d))?
                    }
                    QPath::TypeRelative(_, seg) => {
                        return def
                            .variants
                            .iter_enumerated()
                            .find(|(_, v)| v.name == seg.ident.name)
                            .map(|(i, _)| (adt, i));
                    }
                }
            }
            _ => return None,
        };
        match res {
            Res::Def(DefKind::Variant, v) => def.variant_index_with_id(v).map(|i| (adt, i)),
            Res::Def(DefKind::Ctor(_, _), c) => def.variant_index_with_ctor_id(c).map(|i| (adt, i)),
            Res::Def(DefKind::Struct | DefKind::Union | DefKind::TyAlias, _)
            | Res::SelfTyAlias { .. }
            | Res::SelfCtor(_) => {
                if def.is_enum() {
                    None
                } else {
                    Some((adt, VariantIdx::from_u32(0)))
                }
            }
            _ => None,
        }
    }

    /* ------------------------------------------------------------ the decision tree */

    /// Matches candidates in order from `block`; returns the block reached when none matches
    /// (if any path gets there).
    fn match_candidates(
        &mut self,
        block: BasicBlock,
        candidates: Vec<Candidate>,
        ctx: &mut MatchCtx,
    ) -> Option<BasicBlock> {
        let mut candidates: Vec<Candidate> = candidates
            .into_iter()
            .flat_map(|c| self.simplify(c))
            .collect();
        let mut block = block;
        loop {
            if candidates.is_empty() {
                return Some(block);
            }
            if candidates[0].pairs.is_empty() {
                let first = candidates.remove(0);
                match self.candidate_matched(block, &first, ctx) {
                    None => return None,
                    Some(fail) => {
                        block = fail;
                        continue;
                    }
                }
            }
            break;
        }
        let test = self.test_for(&candidates[0].pairs[0]);
        let branches = self.perform_test(block, &test, &candidates);
        let mut otherwise = Vec::new();
        for (bb, cands) in branches {
            if let Some(o) = self.match_candidates(bb, cands, ctx) {
                otherwise.push(o);
            }
        }
        match otherwise.len() {
            0 => None,
            1 => Some(otherwise[0]),
            _ => {
                let join = self.new_block();
                for o in otherwise {
                    self.goto(o, test.span, join);
                }
                Some(join)
            }
        }
    }

    /// A candidate with nothing left to test: writes its bindings, checks its guard. Returns
    /// the block where the guard failed.
    ///
    /// As in rustc, a guard sees by-value bindings without them being bound: the guard reads
    /// the matched place itself, and the values are moved into the variables only once the
    /// guard holds (a failed guard must leave the scrutinee intact for the next arms).
    fn candidate_matched(
        &mut self,
        block: BasicBlock,
        cand: &Candidate,
        ctx: &mut MatchCtx,
    ) -> Option<BasicBlock> {
        let arm_block = ctx.arm_blocks[cand.arm];
        match ctx.guards[cand.arm] {
            None => {
                self.write_bindings(block, &cand.bindings, |_| true);
                self.goto(block, self.span, arm_block);
                None
            }
            Some(guard) => {
                self.write_bindings(block, &cand.bindings, |m| {
                    !matches!(m, BindingMode::ByValue(_))
                });
                let mut saved = Vec::new();
                for b in &cand.bindings {
                    if let BindingMode::ByValue(_) = b.mode {
                        saved.push((
                            b.var,
                            self.binding_overrides.insert(b.var, b.source.clone()),
                        ));
                    }
                }
                let (t, e) = self.then_else_break(block, guard);
                for (var, old) in saved.into_iter().rev() {
                    match old {
                        Some(p) => self.binding_overrides.insert(var, p),
                        None => self.binding_overrides.remove(&var),
                    };
                }
                self.write_bindings(t, &cand.bindings, |m| matches!(m, BindingMode::ByValue(_)));
                self.goto(t, self.span, arm_block);
                // A failed guard ends the by-reference bindings made for it, so that a match
                // run again (in a loop) binds them afresh rather than assigning them twice.
                for b in &cand.bindings {
                    if !matches!(b.mode, BindingMode::ByValue(_)) {
                        let local = self.var_local(b.var);
                        self.push(e, StatementKind::StorageDead(local), b.span);
                    }
                }
                Some(e)
            }
        }
    }

    /// Writes the bindings whose mode `which` selects.
    fn write_bindings(
        &mut self,
        block: BasicBlock,
        bindings: &[Binding],
        which: impl Fn(BindingMode) -> bool,
    ) {
        for b in bindings {
            if !which(b.mode) {
                continue;
            }
            let local = self.var_local(b.var);
            let rv = match b.mode {
                BindingMode::ByValue(_) => {
                    let ty = self.place_ty(&b.source);
                    if self.is_copy(ty) {
                        Rvalue::Use(Operand::Copy(b.source.clone()))
                    } else {
                        Rvalue::Use(Operand::Move(b.source.clone()))
                    }
                }
                BindingMode::ByRef(Mutability::Not, _) => {
                    Rvalue::Ref(Region::Erased, BorrowKind::Shared, b.source.clone())
                }
                BindingMode::ByRef(Mutability::Mut, _) => Rvalue::Ref(
                    Region::Erased,
                    BorrowKind::Mut { two_phase: false },
                    b.source.clone(),
                ),
            };
            self.push_assign(block, b.span, Place::from(local), rv);
        }
    }

    fn test_for(&self, pair: &MatchPair) -> Test {
        let tcx = self.tcx;
        let span = self.pat_span(pair.pat);
        let ty = self.place_ty(&pair.place);
        let kind = match &self.body.pats[pair.pat].kind {
            PatKind::Struct(..) | PatKind::TupleStruct(..) | PatKind::Path(_)
                if self.variant_of_pat(pair.pat, ty).is_some() =>
            {
                let TyKind::Adt(adt, _) = tcx.kind(ty) else {
                    unreachable!("variant patterns match ADTs")
                };
                TestKind::Switch { adt }
            }
            PatKind::Range(lo, hi, end) => TestKind::Range {
                lo: *lo,
                hi: *hi,
                end: *end,
            },
            PatKind::Slice(before, mid, after) => TestKind::Len {
                len: (before.len() + after.len()) as u64,
                at_least: mid.is_some(),
            },
            PatKind::Lit(e) => {
                if self.is_switchable(ty) {
                    TestKind::SwitchInt
                } else {
                    TestKind::Eq { value: *e }
                }
            }
            PatKind::Path(_) => {
                if self.is_switchable(ty) {
                    TestKind::SwitchInt
                } else {
                    TestKind::Eq {
                        value: ExprId::from_u32(u32::MAX),
                    }
                }
            }
            _ => TestKind::SwitchInt,
        };
        Test {
            place: pair.place.clone(),
            kind,
            span,
        }
    }

    fn is_switchable(&self, ty: Ty) -> bool {
        matches!(
            self.tcx.kind(ty),
            TyKind::Int(_) | TyKind::Uint(_) | TyKind::Char | TyKind::Bool
        )
    }

    /// What the pattern of a pair says, as a value comparable with the test.
    fn pat_info(&self, pair: &MatchPair) -> PatInfo {
        let ty = self.place_ty(&pair.place);
        match &self.body.pats[pair.pat].kind {
            PatKind::Struct(..) | PatKind::TupleStruct(..) | PatKind::Path(_) => {
                if let Some((_, vi)) = self.variant_of_pat(pair.pat, ty) {
                    return PatInfo::Variant(vi);
                }
                match self.pat_const_value(pair.pat, ty) {
                    Some(v) => PatInfo::Const(v),
                    None => PatInfo::Other,
                }
            }
            PatKind::Lit(_) => match self.pat_const_value(pair.pat, ty) {
                Some(v) => PatInfo::Const(v),
                None => PatInfo::Other,
            },
            PatKind::Range(lo, hi, end) => {
                let lo = lo.and_then(|e| self.expr_const_bits(e, ty));
                let hi = hi.and_then(|e| self.expr_const_bits(e, ty));
                PatInfo::Range(lo, hi, *end)
            }
            PatKind::Slice(before, mid, after) => {
                PatInfo::Len((before.len() + after.len()) as u64, mid.is_some())
            }
            _ => PatInfo::Other,
        }
    }

    /// The bits of a literal or constant pattern of a switchable type.
    fn pat_const_value(&self, pat: PatId, ty: Ty) -> Option<u128> {
        match &self.body.pats[pat].kind {
            PatKind::Lit(e) => self.expr_const_bits(*e, ty),
            PatKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                    let v = self.tcx.eval_const(def, self.tcx.types.empty_args).ok()?;
                    v.try_to_scalar_int().map(|s| s.data)
                }
                _ => None,
            },
            PatKind::Path(QPath::TypeRelative(..)) => {
                match self.results.pat_type_dependent_defs.get(&pat) {
                    Some(&(DefKind::AssocConst, def, args)) => {
                        let v = self.tcx.eval_const(def, self.monomorphic_args(args)).ok()?;
                        v.try_to_scalar_int().map(|s| s.data)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The constant item a path pattern names, with its arguments.
    fn pat_const_item(&self, pat: PatId) -> Option<(DefId, smelt_ty::GenericArgs)> {
        match &self.body.pats[pat].kind {
            PatKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                    Some((def, self.tcx.types.empty_args))
                }
                _ => None,
            },
            PatKind::Path(QPath::TypeRelative(..)) => {
                match self.results.pat_type_dependent_defs.get(&pat) {
                    Some(&(DefKind::AssocConst, def, args)) => Some((def, args)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The value of a literal (possibly negated) or path to a constant, as the bits of `ty`.
    fn expr_const_bits(&self, e: ExprId, ty: Ty) -> Option<u128> {
        let tcx = self.tcx;
        let size = self.scalar_size(ty) as u32;
        let mask = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size * 8)) - 1
        };
        match &self.body.exprs[e].kind {
            ExprKind::Lit(lit) => match &lit.kind {
                hir::LitKind::Int(v, _) => Some(*v & mask),
                hir::LitKind::Bool(b) => Some(*b as u128),
                hir::LitKind::Char(c) => Some(*c as u128),
                hir::LitKind::Byte(b) => Some(*b as u128),
                hir::LitKind::Float(sym, _) => match tcx.kind(ty) {
                    TyKind::Float(smelt_ast::FloatTy::F32) => tcx
                        .str(*sym)
                        .parse::<f32>()
                        .ok()
                        .map(|f| f.to_bits() as u128),
                    _ => tcx
                        .str(*sym)
                        .parse::<f64>()
                        .ok()
                        .map(|f| f.to_bits() as u128),
                },
                _ => None,
            },
            ExprKind::Unary(smelt_ast::UnOp::Neg, inner) => {
                let v = self.expr_const_bits(*inner, ty)?;
                match tcx.kind(ty) {
                    TyKind::Float(smelt_ast::FloatTy::F32) => {
                        Some((-f32::from_bits(v as u32)).to_bits() as u128)
                    }
                    TyKind::Float(_) => Some((-f64::from_bits(v as u64)).to_bits() as u128),
                    _ => Some(v.wrapping_neg() & mask),
                }
            }
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                    let args = self.results.node_args(e).unwrap_or(tcx.types.empty_args);
                    let v = tcx.eval_const(def, self.monomorphic_args(args)).ok()?;
                    v.try_to_scalar_int().map(|s| s.data & mask)
                }
                _ => None,
            },
            ExprKind::Path(QPath::TypeRelative(..)) => {
                match self.results.type_dependent_defs.get(&e) {
                    Some(Ok((DefKind::AssocConst, def))) => {
                        let args = self.results.node_args(e).unwrap_or(tcx.types.empty_args);
                        let v = tcx.eval_const(*def, self.monomorphic_args(args)).ok()?;
                        v.try_to_scalar_int().map(|s| s.data & mask)
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn in_range(&self, v: u128, lo: Option<u128>, hi: Option<u128>, end: RangeEnd, ty: Ty) -> bool {
        let tcx = self.tcx;
        let size = self.scalar_size(ty) as u32;
        let signed = matches!(tcx.kind(ty), TyKind::Int(_));
        let as_i = |x: u128| -> i128 {
            if signed && size < 16 {
                let shift = 128 - size * 8;
                ((x << shift) as i128) >> shift
            } else {
                x as i128
            }
        };
        let cmp = |a: u128, b: u128| -> std::cmp::Ordering {
            if signed {
                as_i(a).cmp(&as_i(b))
            } else {
                a.cmp(&b)
            }
        };
        if let Some(lo) = lo {
            if cmp(v, lo) == std::cmp::Ordering::Less {
                return false;
            }
        }
        if let Some(hi) = hi {
            match end {
                RangeEnd::Included { .. } => cmp(v, hi) != std::cmp::Ordering::Greater,
                RangeEnd::Excluded => cmp(v, hi) == std::cmp::Ordering::Less,
            }
        } else {
            true
        }
    }

    /// Emits the test and returns each outcome's block with its specialized candidates.
    fn perform_test(
        &mut self,
        block: BasicBlock,
        test: &Test,
        candidates: &[Candidate],
    ) -> Vec<(BasicBlock, Vec<Candidate>)> {
        let tcx = self.tcx;
        let span = test.span;
        let place = &test.place;
        let ty = self.place_ty(place);
        // For each candidate: the index of its pair on the tested place, if any.
        let on_place = |c: &Candidate| c.pairs.iter().position(|p| p.place == *place);
        match &test.kind {
            TestKind::Switch { adt } => {
                let def = tcx.adt_def(*adt);
                let discrs = def.discriminants(tcx);
                let discr_ty = def.discr_ty(tcx);
                let d = self.temp(discr_ty, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(d),
                    Rvalue::Discriminant(place.clone()),
                );
                let mut branches = Vec::new();
                let mut targets = Vec::new();
                let size = self.scalar_size(discr_ty) as u32;
                let mask = if size >= 16 {
                    u128::MAX
                } else {
                    (1u128 << (size * 8)) - 1
                };
                for (vi, _) in def.variants.iter_enumerated() {
                    let bb = self.new_block();
                    targets.push(((discrs[vi] as u128) & mask, bb));
                    let mut cands = Vec::new();
                    for c in candidates {
                        match on_place(c) {
                            None => cands.push(c.clone()),
                            Some(i) => {
                                if let PatInfo::Variant(v) = self.pat_info(&c.pairs[i]) {
                                    if v == vi {
                                        let mut nc = c.clone();
                                        let pair = nc.pairs.remove(i);
                                        let base = place.downcast(vi);
                                        let sub = self.field_pairs(&base, pair.pat, ty, vi);
                                        for (j, s) in sub.into_iter().enumerate() {
                                            nc.pairs.insert(i + j, s);
                                        }
                                        cands.push(nc);
                                    }
                                } else {
                                    cands.push(c.clone());
                                }
                            }
                        }
                    }
                    branches.push((bb, cands));
                }
                let unreachable = self.new_block();
                self.terminate(unreachable, span, TerminatorKind::Unreachable);
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr: Operand::Move(Place::from(d)),
                        targets: SwitchTargets::new(targets, unreachable),
                    },
                );
                branches
            }
            TestKind::SwitchInt => {
                let mut values: Vec<u128> = Vec::new();
                for c in candidates {
                    if let Some(i) = on_place(c) {
                        if let PatInfo::Const(v) = self.pat_info(&c.pairs[i]) {
                            if !values.contains(&v) {
                                values.push(v);
                            }
                        }
                    }
                }
                let mut branches = Vec::new();
                let mut targets = Vec::new();
                for &v in &values {
                    let bb = self.new_block();
                    targets.push((v, bb));
                    let mut cands = Vec::new();
                    for c in candidates {
                        match on_place(c) {
                            None => cands.push(c.clone()),
                            Some(i) => match self.pat_info(&c.pairs[i]) {
                                PatInfo::Const(x) => {
                                    if x == v {
                                        let mut nc = c.clone();
                                        nc.pairs.remove(i);
                                        cands.push(nc);
                                    }
                                }
                                PatInfo::Range(lo, hi, end) => {
                                    if self.in_range(v, lo, hi, end, ty) {
                                        let mut nc = c.clone();
                                        nc.pairs.remove(i);
                                        cands.push(nc);
                                    }
                                }
                                _ => cands.push(c.clone()),
                            },
                        }
                    }
                    branches.push((bb, cands));
                }
                let otherwise = self.new_block();
                let mut cands = Vec::new();
                for c in candidates {
                    match on_place(c) {
                        Some(i) if matches!(self.pat_info(&c.pairs[i]), PatInfo::Const(_)) => {}
                        _ => cands.push(c.clone()),
                    }
                }
                branches.push((otherwise, cands));
                let discr = if self.is_copy(ty) {
                    Operand::Copy(place.clone())
                } else {
                    Operand::Move(place.clone())
                };
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr,
                        targets: SwitchTargets::new(targets, otherwise),
                    },
                );
                branches
            }
            TestKind::Eq { value } => {
                let first = candidates
                    .iter()
                    .find_map(|c| on_place(c).map(|i| c.pairs[i].pat));
                let result = self.temp(tcx.types.bool, span);
                let block =
                    self.emit_eq_test(block, place, *value, first, Place::from(result), span);
                let t = self.new_block();
                let f = self.new_block();
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr: Operand::Move(Place::from(result)),
                        targets: SwitchTargets::static_if(0, f, t),
                    },
                );
                let same = |c: &Candidate, i: usize| -> bool {
                    let p = c.pairs[i].pat;
                    Some(p) == first || self.same_lit(p, first)
                };
                let mut tc = Vec::new();
                let mut fc = Vec::new();
                for c in candidates {
                    match on_place(c) {
                        Some(i)
                            if matches!(
                                self.body.pats[c.pairs[i].pat].kind,
                                PatKind::Lit(_) | PatKind::Path(_)
                            ) && same(c, i) =>
                        {
                            let mut nc = c.clone();
                            nc.pairs.remove(i);
                            tc.push(nc);
                        }
                        _ => {
                            tc.push(c.clone());
                            fc.push(c.clone());
                        }
                    }
                }
                // In the false branch the equal literal's candidates are gone; in the true
                // branch other literals are kept and tested again (string equality is not
                // assumed to exclude them).
                let fc: Vec<Candidate> = fc
                    .into_iter()
                    .filter(|c| match on_place(c) {
                        Some(i) => !same(c, i),
                        None => true,
                    })
                    .collect();
                vec![(t, tc), (f, fc)]
            }
            TestKind::Range { lo, hi, end } => {
                let result = self.temp(tcx.types.bool, span);
                let block = self.emit_range_test(
                    block,
                    place,
                    *lo,
                    *hi,
                    *end,
                    ty,
                    Place::from(result),
                    span,
                );
                let t = self.new_block();
                let f = self.new_block();
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr: Operand::Move(Place::from(result)),
                        targets: SwitchTargets::static_if(0, f, t),
                    },
                );
                let this_lo = lo.and_then(|e| self.expr_const_bits(e, ty));
                let this_hi = hi.and_then(|e| self.expr_const_bits(e, ty));
                let mut tc = Vec::new();
                let mut fc = Vec::new();
                for c in candidates {
                    match on_place(c).map(|i| (i, self.pat_info(&c.pairs[i]))) {
                        Some((i, PatInfo::Range(l, h, e)))
                            if l == this_lo && h == this_hi && e == *end =>
                        {
                            let mut nc = c.clone();
                            nc.pairs.remove(i);
                            tc.push(nc);
                        }
                        Some((_, PatInfo::Const(v))) => {
                            if self.in_range(v, this_lo, this_hi, *end, ty) {
                                tc.push(c.clone());
                            } else {
                                fc.push(c.clone());
                            }
                        }
                        _ => {
                            tc.push(c.clone());
                            fc.push(c.clone());
                        }
                    }
                }
                vec![(t, tc), (f, fc)]
            }
            TestKind::Len { len, at_least } => {
                let l = self.temp(tcx.types.usize, span);
                self.push_assign(block, span, Place::from(l), Rvalue::Len(place.clone()));
                let cond = self.temp(tcx.types.bool, span);
                let op = if *at_least { BinOp::Ge } else { BinOp::Eq };
                self.push_assign(
                    block,
                    span,
                    Place::from(cond),
                    Rvalue::BinaryOp(
                        op,
                        Box::new((
                            Operand::Move(Place::from(l)),
                            Operand::const_usize(tcx, *len, span),
                        )),
                    ),
                );
                let t = self.new_block();
                let f = self.new_block();
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr: Operand::Move(Place::from(cond)),
                        targets: SwitchTargets::static_if(0, f, t),
                    },
                );
                let mut tc = Vec::new();
                let mut fc = Vec::new();
                for c in candidates {
                    match on_place(c).map(|i| (i, self.pat_info(&c.pairs[i]))) {
                        Some((i, PatInfo::Len(m, m_at_least))) => {
                            let implied = if *at_least {
                                m_at_least && m <= *len
                            } else {
                                (m_at_least && m <= *len) || (!m_at_least && m == *len)
                            };
                            let excluded = if *at_least {
                                m >= *len
                            } else {
                                !m_at_least && m == *len
                            };
                            if implied {
                                let mut nc = c.clone();
                                let pair = nc.pairs.remove(i);
                                if let PatKind::Slice(before, mid, after) =
                                    &self.body.pats[pair.pat].kind
                                {
                                    let sub = self.slice_pairs(place, before, *mid, after, None);
                                    for (j, s) in sub.into_iter().enumerate() {
                                        nc.pairs.insert(i + j, s);
                                    }
                                }
                                tc.push(nc);
                            } else {
                                tc.push(c.clone());
                            }
                            if !excluded {
                                fc.push(c.clone());
                            }
                        }
                        _ => {
                            tc.push(c.clone());
                            fc.push(c.clone());
                        }
                    }
                }
                vec![(t, tc), (f, fc)]
            }
        }
    }

    fn same_lit(&self, a: PatId, b: Option<PatId>) -> bool {
        let Some(b) = b else { return false };
        let lit = |p: PatId| match &self.body.pats[p].kind {
            PatKind::Lit(e) => match &self.body.exprs[*e].kind {
                ExprKind::Lit(l) => Some(l.kind.clone()),
                _ => None,
            },
            _ => None,
        };
        match (lit(a), lit(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        }
    }

    /// `result = place == <literal>` for strings (through `PartialEq`) and floats.
    fn emit_eq_test(
        &mut self,
        block: BasicBlock,
        place: &Place,
        value: ExprId,
        pat: Option<PatId>,
        result: Place,
        span: Span,
    ) -> BasicBlock {
        let tcx = self.tcx;
        let ty = self.place_ty(place);
        let value_expr = match pat.map(|p| &self.body.pats[p].kind) {
            Some(PatKind::Lit(e)) => *e,
            _ => value,
        };
        let (block, value_op) = if value_expr.as_u32() == u32::MAX {
            // A named constant of a type without a switch (`ORIGIN`, `Self::DEFAULT`):
            // compared with `PartialEq`, as the structural equality rustc requires of it.
            match pat.and_then(|p| self.pat_const_item(p)) {
                Some((def, args)) => {
                    let c = ConstOperand {
                        span,
                        ty,
                        kind: ConstKind::Unevaluated(def, self.monomorphic_args(args)),
                    };
                    (block, Operand::Constant(Box::new(c)))
                }
                None => {
                    self.push_assign(
                        block,
                        span,
                        result,
                        Rvalue::Use(Operand::const_bool(tcx, false, span)),
                    );
                    return block;
                }
            }
        } else {
            self.as_operand(
                block,
                super::AExpr {
                    id: value_expr,
                    adj: 0,
                },
            )
        };
        if let TyKind::Float(_) = tcx.kind(ty) {
            self.push_assign(
                block,
                span,
                result,
                Rvalue::BinaryOp(
                    BinOp::Eq,
                    Box::new((Operand::Copy(place.clone()), value_op)),
                ),
            );
            return block;
        }
        // `<T as PartialEq>::eq(&place, &value)` where the pattern type is `&str` or `&[u8]`:
        // compare the pointees.
        let (pointee, lhs, rhs) = match tcx.kind(ty) {
            TyKind::Ref(_, inner, _) => {
                // `b"yes"` (a `&[u8; 3]`) against a `&[u8]`: the literal is unsized first.
                let value_ty = value_op.ty(&self.body_view(), tcx);
                let value_op = match (tcx.kind(inner), tcx.kind(value_ty)) {
                    (TyKind::Slice(_), TyKind::Ref(_, arr, _))
                        if matches!(tcx.kind(arr), TyKind::Array(..)) =>
                    {
                        let t = self.temp(ty, span);
                        self.push_assign(
                            block,
                            span,
                            Place::from(t),
                            Rvalue::Cast(
                                CastKind::PointerCoercion(
                                    smelt_ty::typeck_results::PointerCoercion::Unsize,
                                ),
                                value_op,
                                ty,
                            ),
                        );
                        Operand::Move(Place::from(t))
                    }
                    _ => value_op,
                };
                (inner, Operand::Copy(place.clone()), value_op)
            }
            _ => {
                let r = self.temp(tcx.mk_imm_ref(ty), span);
                self.push_assign(
                    block,
                    span,
                    Place::from(r),
                    Rvalue::Ref(Region::Erased, BorrowKind::Shared, place.clone()),
                );
                let v = self.temp(ty, span);
                self.push_assign(block, span, Place::from(v), Rvalue::Use(value_op));
                let vr = self.temp(tcx.mk_imm_ref(ty), span);
                self.push_assign(
                    block,
                    span,
                    Place::from(vr),
                    Rvalue::Ref(Region::Erased, BorrowKind::Shared, Place::from(v)),
                );
                (
                    ty,
                    Operand::Move(Place::from(r)),
                    Operand::Move(Place::from(vr)),
                )
            }
        };
        let Some(eq) = self.lang_method(smelt_hir::LangItem::PartialEq, "eq") else {
            self.push_assign(
                block,
                span,
                result,
                Rvalue::Use(Operand::const_bool(tcx, false, span)),
            );
            return block;
        };
        let args = tcx.mk_args(&[
            smelt_ty::GenericArg::Type(pointee),
            smelt_ty::GenericArg::Type(pointee),
        ]);
        let fn_ty = tcx.mk_fn_def(eq, args);
        self.emit_call(
            result,
            block,
            Operand::function_handle(tcx, eq, args, span),
            vec![lhs, rhs],
            fn_ty,
            span,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_range_test(
        &mut self,
        block: BasicBlock,
        place: &Place,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        end: RangeEnd,
        ty: Ty,
        result: Place,
        span: Span,
    ) -> BasicBlock {
        let tcx = self.tcx;
        let mut block = block;
        let mut conds = Vec::new();
        if let Some(lo) = lo {
            let (b, lo_op) = self.as_operand(block, super::AExpr { id: lo, adj: 0 });
            block = b;
            let c = self.temp(tcx.types.bool, span);
            self.push_assign(
                block,
                span,
                Place::from(c),
                Rvalue::BinaryOp(BinOp::Le, Box::new((lo_op, Operand::Copy(place.clone())))),
            );
            conds.push(c);
        }
        if let Some(hi) = hi {
            let (b, hi_op) = self.as_operand(block, super::AExpr { id: hi, adj: 0 });
            block = b;
            let c = self.temp(tcx.types.bool, span);
            let op = match end {
                RangeEnd::Included { .. } => BinOp::Le,
                RangeEnd::Excluded => BinOp::Lt,
            };
            self.push_assign(
                block,
                span,
                Place::from(c),
                Rvalue::BinaryOp(op, Box::new((Operand::Copy(place.clone()), hi_op))),
            );
            conds.push(c);
        }
        let _ = ty;
        let value = match conds.as_slice() {
            [] => Rvalue::Use(Operand::const_bool(tcx, true, span)),
            [a] => Rvalue::Use(Operand::Move(Place::from(*a))),
            [a, b, ..] => Rvalue::BinaryOp(
                BinOp::BitAnd,
                Box::new((
                    Operand::Move(Place::from(*a)),
                    Operand::Move(Place::from(*b)),
                )),
            ),
        };
        self.push_assign(block, span, result, value);
        block
    }
}

enum Simplified {
    /// The pair is gone, replaced by these.
    Removed(Vec<MatchPair>),
    /// The pair needs a test.
    Kept,
    /// An or-pattern with these alternatives.
    Or(Vec<PatId>),
}

/// Field positions of subpatterns around a `..`.
fn positions(n_pats: usize, dotdot: Option<usize>, n_fields: usize) -> Vec<usize> {
    match dotdot {
        None => (0..n_pats).collect(),
        Some(d) => {
            let skip = n_fields.saturating_sub(n_pats);
            (0..n_pats)
                .map(|i| if i < d { i } else { i + skip })
                .collect()
        }
    }
}

#[allow(dead_code)]
fn is_unit_ctor(kind: DefKind) -> bool {
    matches!(kind, DefKind::Ctor(_, CtorKind::Const))
}

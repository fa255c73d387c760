//! Pattern checking: exhaustiveness of `match` (E0004), irrefutability of `let`, `for` and
//! parameter patterns (E0005), unreachable patterns (`unreachable_patterns`) and irrefutable
//! `if let`/`while let`/`let else` (`irrefutable_let_patterns`). It runs on the typed HIR of a
//! body before its MIR is built; a body with an error gets no MIR (the match lowering relies
//! on exhaustiveness: no value reaches the end of the decision tree).
//!
//! # Terms
//! A pattern is *refutable* if some value of its type does not match it. A match is
//! *exhaustive* if every value matches some arm; an arm (or an alternative of an or-pattern)
//! is *unreachable* if every value it matches is matched by an arm above it. A *witness* is a
//! pattern describing values no arm matches (`Some(_)`, `i32::MIN..=-1_i32`).
//!
//! # Algorithm
//! This is rustc's (`rustc_pattern_analysis`, described in the rustc-dev-guide chapter
//! "Pattern and exhaustiveness checking"): patterns are taken apart into constructors and
//! fields (`lower`, `pat`, `constructor`), and the usefulness algorithm (`usefulness`) finds
//! at once which arms are useful and the witnesses of non-exhaustiveness. The algorithm is
//! generic over the type system (`usefulness::PatCx`); `cx` implements it for smelt's types,
//! `print` prints witnesses the way rustc does, `report` words the diagnostics.
//!
//! # Edge cases
//! - Integers are exhaustively matched by ranges; `usize` and `isize` are not bounded (their
//!   maximum is not observable), so `0..=usize::MAX` does not cover `usize`, only `0..` does.
//! - `char` is the two ranges of Unicode scalar values; floats and `&str` cannot be listed and
//!   always need a `_`.
//! - An arm with a guard never counts towards exhaustiveness, but can make later arms
//!   reachable only where its guard may fail.
//! - A type with no values (`!`, an empty enum, a struct with an empty field visible from
//!   here) needs no arm where the value is known valid: `match x {}` on an empty enum, or
//!   `Ok(x)` alone on a `Result<T, Void>`. Behind a reference the value may be invalid and a
//!   `_` is still required.
//! - `#[non_exhaustive]` enums of another crate need a `_`.
//! - Constants that are not integers, `char`, `bool`, floats or strings are opaque: they only
//!   cover themselves (rustc expands constants of ADT type into patterns; smelt does not yet).
//!
//! Closure bodies are checked with the body they are written in; when a closure's own MIR is
//! built the check runs again without reporting, to know whether it had errors.

mod constructor;
mod cx;
mod lower;
mod pat;
mod print;
mod report;
mod usefulness;

#[cfg(test)]
mod tests;

use rustc_hash::FxHashSet;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{
    self as hir, DefId, DefKind, ExprId, ExprKind, LintNode, LoopSource, MatchSource, PatId,
    PatKind, StmtKind,
};
use smelt_span::Span;
use smelt_ty::typeck_results::Adjust;
use smelt_ty::{Ty, TyCtxt, TyKind, TypeckResults};

use cx::MatchCheckCtxt;
use lower::{Pat, PatLowerer};
use usefulness::{MatchArm, PlaceValidity, UsefulnessReport};

/// rustc's default pattern complexity limit.
const COMPLEXITY_LIMIT: usize = 10_000_000;

/// Checks the patterns of body `def` (`value` is its value; for a closure, the closure
/// expression). With `emit` false nothing is reported, only whether there are errors.
pub fn check_match(
    tcx: &TyCtxt,
    def: DefId,
    body: &hir::Body,
    value: ExprId,
    results: &TypeckResults,
    emit: bool,
) -> Result<(), ErrorGuaranteed> {
    let root = tcx.hir.typeck_root(def);
    let module = tcx.hir.parent_module(root);
    let krate = tcx.hir.krate(def.krate);
    let cx = MatchCheckCtxt::new(tcx, tcx.param_env(root), module, def.krate);
    let mut visitor = MatchVisitor {
        tcx,
        def,
        cx,
        body,
        results,
        emit,
        // The library's lints are not the user's concern (rustc caps dependencies' lints).
        emit_lints: emit && !krate.is_library,
        error: None,
        while_conditions: FxHashSet::default(),
        lint_scopes: Vec::new(),
        pending_closures: Vec::new(),
    };
    // Like rustc, which checks each closure as a body of its own after the body it is
    // written in: the closures met are checked once the body is done. The body shared by
    // the closures and inline constants of a function has the function's parameters.
    visitor.visit_expr(value);
    if root == def {
        let origin = if matches!(tcx.def_kind(def), DefKind::Fn | DefKind::AssocFn) {
            "function argument"
        } else {
            "argument"
        };
        for param in &body.params {
            visitor.check_binding_is_irrefutable(param.pat, origin, None, None);
        }
    }
    visitor.check_pending_closures();
    match visitor.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Where a `let` pattern is.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum LetSource {
    IfLet,
    LetElse,
    WhileLet,
}

struct MatchVisitor<'a, 'b> {
    tcx: &'a TyCtxt,
    /// The body's owner.
    def: DefId,
    cx: MatchCheckCtxt<'a>,
    body: &'b hir::Body,
    results: &'b TypeckResults,
    emit: bool,
    emit_lints: bool,
    /// The first error found.
    error: Option<ErrorGuaranteed>,
    /// The `if` expressions that are the conditions of `while` loops.
    while_conditions: FxHashSet<ExprId>,
    /// The nodes around the current one that carry lint level attributes, outermost first.
    lint_scopes: Vec<LintNode>,
    /// The closures met in the body being walked, with the lint scopes around them.
    pending_closures: Vec<(ExprId, Vec<LintNode>)>,
}

impl<'a, 'b> MatchVisitor<'a, 'b> {
    fn set_error(&mut self, e: ErrorGuaranteed) {
        if self.error.is_none() {
            self.error = Some(e);
        }
    }

    fn lowerer(&self) -> PatLowerer<'a, '_> {
        PatLowerer::new(&self.cx, self.body, self.results, self.emit)
    }

    fn expr_span(&self, e: ExprId) -> Span {
        self.body.exprs[e].span
    }

    fn pat_span(&self, p: PatId) -> Span {
        self.body.pats[p].span
    }

    /* ------------------------------------------------------------ the walk */

    /// Walks `f` inside the lint level attributes of `node`, if it has any.
    fn with_lint_scope(&mut self, node: LintNode, f: impl FnOnce(&mut Self)) {
        let scoped = self.body.lint_attrs.contains_key(&node);
        if scoped {
            self.lint_scopes.push(node);
        }
        f(self);
        if scoped {
            self.lint_scopes.pop();
        }
    }

    fn visit_expr(&mut self, e: ExprId) {
        self.with_lint_scope(LintNode::Expr(e), |this| this.visit_expr_inner(e));
    }

    fn visit_expr_inner(&mut self, e: ExprId) {
        let body = self.body;
        match &body.exprs[e].kind {
            // An inline constant is a body of its own.
            ExprKind::ConstBlock(_)
            | ExprKind::Lit(_)
            | ExprKind::Path(_)
            | ExprKind::Continue(_)
            | ExprKind::Err(_) => {}
            ExprKind::Array(es) | ExprKind::Tup(es) => es.iter().for_each(|x| self.visit_expr(*x)),
            ExprKind::Call(f, args) => {
                self.visit_expr(*f);
                args.iter().for_each(|x| self.visit_expr(*x));
            }
            ExprKind::MethodCall(_, receiver, args, _) => {
                self.visit_expr(*receiver);
                args.iter().for_each(|x| self.visit_expr(*x));
            }
            ExprKind::Binary(_, a, b)
            | ExprKind::Assign(a, b, _)
            | ExprKind::AssignOp(_, a, b)
            | ExprKind::Index(a, b, _) => {
                self.visit_expr(*a);
                self.visit_expr(*b);
            }
            ExprKind::Unary(_, a)
            | ExprKind::Cast(a, _)
            | ExprKind::Field(a, _)
            | ExprKind::AddrOf(_, _, a)
            | ExprKind::DropTemps(a)
            | ExprKind::Repeat(a, _) => self.visit_expr(*a),
            ExprKind::Break(_, v) | ExprKind::Ret(v) => {
                if let Some(v) = v {
                    self.visit_expr(*v);
                }
            }
            ExprKind::Let(let_expr) => {
                // A `let` outside an `if` condition was rejected by the parser.
                self.check_let_expr(e, let_expr, LetSource::IfLet);
                self.visit_expr(let_expr.init);
            }
            ExprKind::If(cond, then, els) => {
                let source = if self.while_conditions.contains(&e) {
                    LetSource::WhileLet
                } else {
                    LetSource::IfLet
                };
                self.visit_condition(*cond, source);
                self.visit_expr(*then);
                if let Some(els) = els {
                    self.visit_expr(*els);
                }
            }
            ExprKind::Loop(block, _, source, _) => {
                if *source == LoopSource::While {
                    if let Some(cond) = block.expr {
                        self.while_conditions.insert(cond);
                    }
                }
                self.visit_block(block);
            }
            ExprKind::Match(scrut, arms, source) => {
                self.check_match(e, *scrut, arms, *source);
                self.visit_expr(*scrut);
                for arm in arms {
                    self.with_lint_scope(LintNode::Pat(arm.pat), |this| {
                        if let Some(guard) = arm.guard {
                            this.visit_expr(guard);
                        }
                        this.visit_expr(arm.body);
                    });
                }
            }
            ExprKind::Closure(_) => self.pending_closures.push((e, self.lint_scopes.clone())),
            ExprKind::Block(block, _) => self.visit_block(block),
            ExprKind::Struct(_, fields, tail) => {
                fields.iter().for_each(|f| self.visit_expr(f.expr));
                if let hir::StructTail::Base(base) = tail {
                    self.visit_expr(*base);
                }
            }
        }
    }

    /// Checks the closures met so far, each followed by the closures written inside it.
    fn check_pending_closures(&mut self) {
        for (e, scopes) in std::mem::take(&mut self.pending_closures) {
            let ExprKind::Closure(closure) = &self.body.exprs[e].kind else {
                continue;
            };
            let saved = std::mem::replace(&mut self.lint_scopes, scopes);
            self.visit_expr(closure.body);
            for param in &closure.params {
                self.check_binding_is_irrefutable(param.pat, "closure argument", None, None);
            }
            self.check_pending_closures();
            self.lint_scopes = saved;
        }
    }

    /// An `if` or `while` condition: its `let`s are `if let`s or `while let`s.
    fn visit_condition(&mut self, cond: ExprId, source: LetSource) {
        match &self.body.exprs[cond].kind {
            ExprKind::Let(let_expr) => {
                self.check_let_expr(cond, let_expr, source);
                self.visit_expr(let_expr.init);
            }
            ExprKind::DropTemps(inner) => self.visit_condition(*inner, source),
            ExprKind::Binary(op, a, b) if op.node == smelt_ast::BinOpKind::And => {
                // A let chain: each `let` is checked for empty types, none is linted as
                // irrefutable (rustc lints only whole irrefutable prefixes and suffixes).
                self.visit_chain_operand(*a);
                self.visit_chain_operand(*b);
            }
            _ => self.visit_expr(cond),
        }
    }

    fn visit_chain_operand(&mut self, e: ExprId) {
        match &self.body.exprs[e].kind {
            ExprKind::Let(let_expr) => {
                let _ = self.is_let_irrefutable(let_expr.pat, Some(let_expr.init));
                self.visit_expr(let_expr.init);
            }
            ExprKind::Binary(op, a, b) if op.node == smelt_ast::BinOpKind::And => {
                self.visit_chain_operand(*a);
                self.visit_chain_operand(*b);
            }
            _ => self.visit_expr(e),
        }
    }

    fn visit_block(&mut self, block: &hir::Block) {
        for stmt in &block.stmts {
            match &stmt.kind {
                StmtKind::Let(local) => self.with_lint_scope(LintNode::Pat(local.pat), |this| {
                    this.check_let_stmt(local);
                    if let Some(init) = local.init {
                        this.visit_expr(init);
                    }
                    if let Some(els) = &local.els {
                        this.visit_block(els);
                    }
                }),
                StmtKind::Item(_) => {}
                StmtKind::Expr(e) | StmtKind::Semi(e) => self.visit_expr(*e),
            }
        }
        if let Some(e) = block.expr {
            self.visit_expr(e);
        }
    }

    /* ------------------------------------------------------------ the checks */

    /// Whether the place a scrutinee expression denotes is known to hold a valid value: not
    /// reached through a dereference (of a reference, a raw pointer or an overloaded `Deref`
    /// or `Index`) or a union field.
    fn is_known_valid_scrutinee(&self, e: ExprId) -> bool {
        let tcx = self.tcx;
        if self
            .results
            .expr_adjustments(e)
            .iter()
            .any(|a| matches!(a.kind, Adjust::Deref(_)))
        {
            return false;
        }
        match &self.body.exprs[e].kind {
            ExprKind::Unary(smelt_ast::UnOp::Deref, _) => false,
            ExprKind::Field(base, _) => {
                let base_ty = self
                    .results
                    .expr_ty_adjusted(*base)
                    .unwrap_or(tcx.types.error);
                match tcx.kind(base_ty) {
                    TyKind::Adt(did, _) if tcx.adt_def(did).is_union() => false,
                    _ => self.is_known_valid_scrutinee(*base),
                }
            }
            ExprKind::Index(base, _, _) => {
                let base_ty = self
                    .results
                    .expr_ty_adjusted(*base)
                    .unwrap_or(tcx.types.error);
                match tcx.kind(base_ty) {
                    TyKind::Array(..) | TyKind::Slice(_) => self.is_known_valid_scrutinee(*base),
                    // An overloaded index is a dereference of `Index::index`'s result.
                    _ => false,
                }
            }
            ExprKind::DropTemps(inner) => self.is_known_valid_scrutinee(*inner),
            _ => true,
        }
    }

    fn validity(&self, scrut: Option<ExprId>) -> PlaceValidity {
        match scrut {
            Some(e) if !self.is_known_valid_scrutinee(e) => PlaceValidity::MaybeInvalid,
            _ => PlaceValidity::ValidOnly,
        }
    }

    /// Runs the analysis; reports the complexity limit.
    fn analyze<'p>(
        &mut self,
        arms: &[MatchArm<'p, Ty>],
        scrut_ty: Ty,
        validity: PlaceValidity,
        span: Span,
    ) -> Option<UsefulnessReport<'p, Ty>> {
        match usefulness::compute_match_usefulness(
            &self.cx,
            arms,
            scrut_ty,
            validity,
            COMPLEXITY_LIMIT,
        ) {
            Ok(report) => Some(report),
            Err(usefulness::ComplexityExceeded) => {
                let e = if self.emit {
                    self.tcx
                        .sess
                        .dcx
                        .err(span, "reached pattern complexity limit")
                } else {
                    ErrorGuaranteed::unchecked_claim_error_was_emitted()
                };
                self.set_error(e);
                None
            }
        }
    }

    fn check_match(
        &mut self,
        match_expr: ExprId,
        scrut: ExprId,
        arms: &[hir::Arm],
        source: MatchSource,
    ) {
        let lowerer = self.lowerer();
        let mut pats: Vec<Pat> = Vec::with_capacity(arms.len());
        for arm in arms {
            match lowerer.lower_pat(arm.pat) {
                Ok(p) => pats.push(p),
                Err(e) => {
                    self.set_error(e);
                    return;
                }
            }
        }
        let tarms: Vec<MatchArm<'_, Ty>> = pats
            .iter()
            .zip(arms)
            .map(|(pat, arm)| MatchArm {
                pat,
                has_guard: arm.guard.is_some(),
            })
            .collect();
        let scrut_ty = self.cx.normalize(
            self.results
                .expr_ty_adjusted(scrut)
                .unwrap_or(self.tcx.types.error),
        );
        if let TyKind::Error = self.tcx.kind(scrut_ty) {
            return;
        }
        let validity = self.validity(Some(scrut));
        let Some(report) = self.analyze(&tarms, scrut_ty, validity, self.expr_span(match_expr))
        else {
            return;
        };
        self.report_redundant_subpatterns(&report, arms);
        match source {
            // The loop's single `mut iter` arm is unreachable only when the iterator type is
            // empty, which `unreachable_code` is about.
            MatchSource::ForLoopDesugar if arms.len() == 1 => {}
            MatchSource::ForLoopDesugar | MatchSource::Normal | MatchSource::FormatArgs => {
                self.report_arm_reachability(&report, arms, source == MatchSource::Normal);
            }
            // An empty `Err`/`Break` type makes one arm of `?` unreachable; that is fine.
            MatchSource::TryDesugar => {}
        }
        if report.non_exhaustiveness_witnesses.is_empty() {
            return;
        }
        if source == MatchSource::ForLoopDesugar && arms.len() == 2 {
            // The loop's `Some(pat)` arm: the user's pattern is refutable.
            if let PatKind::TupleStruct(_, sub, _) = &self.body.pats[arms[1].pat].kind {
                if let Some(user_pat) = sub.first() {
                    self.check_binding_is_irrefutable(*user_pat, "`for` loop binding", None, None);
                    return;
                }
            }
        }
        let e = self.report_non_exhaustive_match(
            match_expr,
            scrut,
            scrut_ty,
            arms,
            report.non_exhaustiveness_witnesses,
        );
        self.set_error(e);
    }

    /// Analyses a single pattern matched against `scrut`.
    fn analyze_binding(&mut self, pat: PatId, scrut: Option<ExprId>) -> Option<(Pat, Ty)> {
        let lowerer = self.lowerer();
        let lowered = match lowerer.lower_pat(pat) {
            Ok(p) => p,
            Err(e) => {
                self.set_error(e);
                return None;
            }
        };
        let ty = lowerer.outer_pat_ty(pat);
        if let TyKind::Error = self.tcx.kind(ty) {
            return None;
        }
        let _ = scrut;
        Some((lowered, ty))
    }

    /// Whether a `let` pattern always matches; reports it unreachable if its type is empty.
    fn is_let_irrefutable(&mut self, pat: PatId, scrut: Option<ExprId>) -> Option<bool> {
        let (lowered, ty) = self.analyze_binding(pat, scrut)?;
        let arms = [MatchArm {
            pat: &lowered,
            has_guard: false,
        }];
        let validity = self.validity(scrut);
        let report = self.analyze(&arms, ty, validity, self.pat_span(pat))?;
        self.report_redundant_subpatterns(&report, &[]);
        self.report_arm_reachability(&report, &[], false);
        Some(report.non_exhaustiveness_witnesses.is_empty())
    }

    fn check_let_expr(&mut self, e: ExprId, let_expr: &hir::LetExpr, source: LetSource) {
        if let Some(true) = self.is_let_irrefutable(let_expr.pat, Some(let_expr.init)) {
            let span = self.let_span(self.expr_span(e), let_expr.init);
            self.report_irrefutable_let(source, span);
        }
    }

    fn check_let_stmt(&mut self, local: &hir::LetStmt) {
        let span = match local.init {
            Some(init) => self.let_span(local.span, init),
            None => local.span,
        };
        if local.els.is_some() {
            if let Some(true) = self.is_let_irrefutable(local.pat, local.init) {
                self.report_irrefutable_let(LetSource::LetElse, span);
            }
        } else {
            self.check_binding_is_irrefutable(local.pat, "local binding", local.init, Some(span));
        }
    }

    /// The span of `let pat = init` (without a semicolon or `else` block).
    fn let_span(&self, let_span: Span, init: ExprId) -> Span {
        let hygiene = &self.tcx.sess.hygiene;
        let start = hygiene.source_callsite(let_span);
        let end = hygiene.source_callsite(self.expr_span(init));
        if end.hi >= start.lo && end.ctxt == start.ctxt {
            Span {
                lo: start.lo,
                hi: end.hi,
                ctxt: start.ctxt,
            }
        } else {
            start
        }
    }

    /// E0005 when a pattern that must be irrefutable is not. `let_span` is the `let`
    /// statement's (for its notes and suggestion).
    fn check_binding_is_irrefutable(
        &mut self,
        pat: PatId,
        origin: &str,
        scrut: Option<ExprId>,
        let_span: Option<Span>,
    ) {
        let Some((lowered, ty)) = self.analyze_binding(pat, scrut) else {
            return;
        };
        let arms = [MatchArm {
            pat: &lowered,
            has_guard: false,
        }];
        let validity = self.validity(scrut);
        let Some(report) = self.analyze(&arms, ty, validity, self.pat_span(pat)) else {
            return;
        };
        self.report_redundant_subpatterns(&report, &[]);
        if report.non_exhaustiveness_witnesses.is_empty() {
            return;
        }
        let e = self.report_refutable_pattern(
            pat,
            origin,
            scrut,
            let_span,
            ty,
            &report.non_exhaustiveness_witnesses,
        );
        self.set_error(e);
    }
}

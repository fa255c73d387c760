//! Blocks and statements.

use smelt_hir::{self as hir, ExprId, ExprKind, PatId, PatKind};
use smelt_mir::*;
use smelt_ty::typeck_results::BindingMode;

use super::Builder;

impl Builder<'_> {
    /// Lowers a block, writing its value into `dest`.
    pub fn ast_block(&mut self, dest: Place, block: BasicBlock, b: &hir::Block) -> BasicBlock {
        let span = b.span;
        self.in_scope(|this| {
            let mut block = block;
            for stmt in &b.stmts {
                block = this.stmt(block, stmt);
            }
            match b.expr {
                // Since edition 2024 the temporaries of a block's tail expression die at the
                // end of the block, before its locals; before, they lived on into the
                // enclosing statement.
                Some(e) if this.tail_temporaries_die_in_block() => {
                    block = this
                        .in_terminating_scope(|this| {
                            (this.expr_into_dest(dest, block, this.full(e)), ())
                        })
                        .0
                }
                Some(e) => block = this.expr_into_dest(dest, block, this.full(e)),
                None => this.push_assign_unit(block, span, dest),
            }
            (block, ())
        })
        .0
    }

    /// Whether the body's crate is of edition 2024 or later.
    fn tail_temporaries_die_in_block(&self) -> bool {
        self.tcx
            .hir
            .krate(self.def.krate)
            .edition
            .is_some_and(|e| e >= smelt_span::Edition::E2024)
    }

    fn stmt(&mut self, block: BasicBlock, stmt: &hir::Stmt) -> BasicBlock {
        match &stmt.kind {
            hir::StmtKind::Let(local) => self.let_stmt(block, local),
            hir::StmtKind::Item(_) => block,
            hir::StmtKind::Expr(e) | hir::StmtKind::Semi(e) => {
                let e = *e;
                self.in_terminating_scope(|this| {
                    let (b, _) = this.as_temp(block, this.full(e));
                    (b, ())
                })
                .0
            }
        }
    }

    fn let_stmt(&mut self, block: BasicBlock, local: &hir::LetStmt) -> BasicBlock {
        self.declare_bindings(block, local.pat);
        let Some(init) = local.init else { return block };
        // The initialiser's temporaries die at the end of the statement, except those whose
        // lifetime is extended to the enclosing block's.
        let outer = self.scope_depth().saturating_sub(1);
        if self.has_ref_binding(local.pat) {
            self.record_rvalue_scope(init, outer);
        }
        self.record_extending_borrows(init, outer);
        // What the enclosing scope holds before the initialiser: the drops scheduled after
        // this are the initialiser's extended temporaries.
        let extended_from = (outer, self.scopes.get(outer).map_or(0, |s| s.drops.len()));
        self.in_terminating_scope(|this| (this.let_init(block, local, init, extended_from), ()))
            .0
    }

    /// `&e` in an extending position (the initialiser, a field of an extending struct,
    /// tuple or array, the tail of an extending block, under casts) extends the temporary
    /// of `e`.
    fn record_extending_borrows(&mut self, e: ExprId, index: usize) {
        match self.body.exprs[e].kind.clone() {
            ExprKind::AddrOf(_, _, sub) => {
                self.record_extending_borrows(sub, index);
                self.record_rvalue_scope(sub, index);
            }
            ExprKind::Struct(_, fields, _) => {
                for f in fields.iter() {
                    self.record_extending_borrows(f.expr, index);
                }
            }
            ExprKind::Array(elems) | ExprKind::Tup(elems) => {
                for el in elems.iter() {
                    self.record_extending_borrows(*el, index);
                }
            }
            ExprKind::Cast(sub, _) | ExprKind::DropTemps(sub) => {
                self.record_extending_borrows(sub, index)
            }
            ExprKind::Block(b, _) => {
                if let Some(tail) = b.expr {
                    self.record_extending_borrows(tail, index);
                }
            }
            _ => {}
        }
    }

    /// The temporary of `e`, or of the place expression it projects from, lives in the
    /// scope at `index`.
    fn record_rvalue_scope(&mut self, mut e: ExprId, index: usize) {
        loop {
            self.extended_temps.insert(e, index);
            match &self.body.exprs[e].kind {
                ExprKind::AddrOf(_, _, sub)
                | ExprKind::Unary(smelt_ast::UnOp::Deref, sub)
                | ExprKind::Field(sub, _)
                | ExprKind::Index(sub, _, _) => e = *sub,
                _ => return,
            }
        }
    }

    fn has_ref_binding(&self, pat: PatId) -> bool {
        self.binding_vars(pat).into_iter().any(|p| matches!(&self.body.pats[p].kind, PatKind::Binding(mode, ..) if mode.0 != hir::ByRef::No))
    }

    fn let_init(
        &mut self,
        block: BasicBlock,
        local: &hir::LetStmt,
        init: ExprId,
        extended_from: (usize, usize),
    ) -> BasicBlock {
        let span = local.span;
        if local.els.is_none() {
            // `let x = e;`: evaluate straight into the variable.
            if let PatKind::Binding(_, var, _, None) = &self.body.pats[local.pat].kind {
                let by_value = matches!(
                    self.results.pat_binding_modes.get(&local.pat),
                    Some(BindingMode::ByValue(_)) | None
                );
                if *var == local.pat
                    && by_value
                    && !self.results.pat_adjustments.contains_key(&local.pat)
                {
                    let l = self.var_local(*var);
                    return self.expr_into_dest(Place::from(l), block, self.full(init));
                }
            }
        }
        let (block, place) = self.as_place(block, self.full(init));
        match &local.els {
            None => {
                let (success, fail) = self.lower_pattern(block, place, local.pat, span);
                if let Some(fail) = fail {
                    self.terminate(fail, span, TerminatorKind::Unreachable);
                }
                success
            }
            Some(els) => {
                let (success, fail) = self.lower_pattern(block, place, local.pat, span);
                if let Some(fail) = fail {
                    // The initialiser's temporaries (the statement's terminating scope, and
                    // the ones extended to the enclosing block) are dropped before the `else`
                    // block runs, as in rustc.
                    let depth = self.scope_depth().saturating_sub(1);
                    let fail = self.exit_scopes(fail, depth);
                    let (outer, from) = extended_from;
                    let extended = self
                        .scopes
                        .get(outer)
                        .map(|s| s.drops.get(from..).unwrap_or(&[]).to_vec())
                        .unwrap_or_default();
                    let fail = self.emit_drops(fail, &extended);
                    let unit = self.temp(self.tcx.types.unit, span);
                    let end = self.ast_block(Place::from(unit), fail, els);
                    self.terminate(end, span, TerminatorKind::Unreachable);
                }
                success
            }
        }
    }
}

//! Blocks and statements.

use smelt_hir::{self as hir, PatKind};
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
                Some(e) => block = this.expr_into_dest(dest, block, this.full(e)),
                None => this.push_assign_unit(block, span, dest),
            }
            (block, ())
        })
        .0
    }

    fn stmt(&mut self, block: BasicBlock, stmt: &hir::Stmt) -> BasicBlock {
        match &stmt.kind {
            hir::StmtKind::Let(local) => self.let_stmt(block, local),
            hir::StmtKind::Item(_) => block,
            hir::StmtKind::Expr(e) | hir::StmtKind::Semi(e) => {
                let e = *e;
                self.in_scope(|this| {
                    let (b, _) = this.as_temp(block, this.full(e));
                    (b, ())
                })
                .0
            }
        }
    }

    fn let_stmt(&mut self, block: BasicBlock, local: &hir::LetStmt) -> BasicBlock {
        let span = local.span;
        self.declare_bindings(block, local.pat);
        let Some(init) = local.init else { return block };
        if local.els.is_none() {
            // `let x = e;`: evaluate straight into the variable.
            if let PatKind::Binding(_, var, _, None) = &self.body.pats[local.pat].kind {
                let by_value = matches!(self.results.pat_binding_modes.get(&local.pat), Some(BindingMode::ByValue(_)) | None);
                if *var == local.pat && by_value && !self.results.pat_adjustments.contains_key(&local.pat) {
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
                    let unit = self.temp(self.tcx.types.unit, span);
                    let end = self.ast_block(Place::from(unit), fail, els);
                    self.terminate(end, span, TerminatorKind::Unreachable);
                }
                success
            }
        }
    }
}

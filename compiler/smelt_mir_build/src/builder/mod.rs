//! The MIR builder. It walks a type-checked body once, emitting statements into the current
//! basic block and returning the block where control continues (`BlockAnd`). Expressions are
//! lowered by category, as in rustc: as a place (`as_place`), as an operand (`as_operand`), as
//! an rvalue, or written into a destination place (`expr_into_dest`).
//!
//! rustc first builds THIR, which makes typeck's implicit adjustments explicit. Smelt lowers
//! straight from HIR: an expression is addressed as `AExpr { id, adj }`, the expression `id`
//! with its first `adj` adjustments applied, and each lowering function peels the outermost
//! adjustment before looking at the HIR.

mod block;
mod expr;
mod matches;
mod ops;
mod scope;

use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_ast::Mutability;
use smelt_hir::{self as hir, DefId, ExprId, PatId};
use smelt_mir::*;
use smelt_span::{IndexVec, Span};
use smelt_ty::traits::ParamEnv;
use smelt_ty::{Ty, TyCtxt, TypeckResults};

/// An expression with its first `adj` adjustments applied.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct AExpr {
    pub id: ExprId,
    pub adj: usize,
}

/// The block control continues in, with a value.
pub type BlockAnd<T> = (BasicBlock, T);

pub struct BreakableScope {
    /// The loop or labelled block expression.
    pub target: ExprId,
    /// Where `break` values go.
    pub break_destination: Place,
    /// The block after the loop, created on the first `break`.
    pub break_block: Option<BasicBlock>,
    /// The loop head, for `continue`.
    pub continue_block: Option<BasicBlock>,
    /// The scope depth outside the loop or block: `break` and `continue` run the drops of
    /// the scopes deeper than this.
    pub depth: usize,
}

pub struct Builder<'a> {
    pub tcx: &'a TyCtxt,
    pub def: DefId,
    pub body: Rc<hir::Body>,
    pub results: Rc<TypeckResults>,
    pub param_env: ParamEnv,
    pub basic_blocks: IndexVec<BasicBlock, BasicBlockData>,
    pub local_decls: IndexVec<Local, LocalDecl>,
    pub var_indices: FxHashMap<PatId, Local>,
    pub var_debug_info: Vec<VarDebugInfo>,
    pub breakable_scopes: Vec<BreakableScope>,
    pub scopes: Vec<scope::Scope>,
    /// The block every `return` jumps to.
    pub return_block: Option<BasicBlock>,
    pub overflow_checks: bool,
    pub span: Span,
    /// The caller location argument of a `#[track_caller]` function.
    pub caller_location: Option<Local>,
    /// In a closure body: where each captured variable is (a field of the environment,
    /// dereferenced for by-reference captures).
    pub upvar_places: FxHashMap<PatId, Place>,
    /// Expressions whose temporary lives longer than its statement (`let x = &temp();`):
    /// the index of the scope it lives in.
    pub extended_temps: FxHashMap<ExprId, usize>,
    /// While a match guard is lowered: the matched places by-value bindings stand for.
    pub binding_overrides: FxHashMap<PatId, Place>,
}

impl<'a> Builder<'a> {
    pub fn new(
        tcx: &'a TyCtxt,
        def: DefId,
        body: Rc<hir::Body>,
        results: Rc<TypeckResults>,
        return_ty: Ty,
        span: Span,
    ) -> Builder<'a> {
        let mut local_decls = IndexVec::new();
        local_decls.push(LocalDecl {
            mutability: Mutability::Mut,
            ty: return_ty,
            source_info: SourceInfo::outermost(span),
            info: LocalInfo::Boring,
        });
        // The library is built like rustc's std, without overflow checks, except in the
        // operator impls marked `#[rustc_inherit_overflow_checks]`, which follow the user's
        // setting.
        let krate = tcx.hir.krate(def.krate);
        let overflow_checks = tcx.sess.overflow_checks()
            && (!krate.is_library || crate::inherits_overflow_checks(tcx, def));
        Builder {
            tcx,
            def,
            body,
            results,
            param_env: tcx.param_env(tcx.hir.typeck_root(def)),
            basic_blocks: IndexVec::new(),
            local_decls,
            var_indices: FxHashMap::default(),
            var_debug_info: Vec::new(),
            breakable_scopes: Vec::new(),
            scopes: Vec::new(),
            return_block: None,
            overflow_checks,
            span,
            caller_location: None,
            upvar_places: FxHashMap::default(),
            extended_temps: FxHashMap::default(),
            binding_overrides: FxHashMap::default(),
        }
    }

    /* ------------------------------------------------------------ the CFG */

    pub fn new_block(&mut self) -> BasicBlock {
        self.basic_blocks.push(BasicBlockData::default())
    }

    pub fn push(&mut self, block: BasicBlock, kind: StatementKind, span: Span) {
        let data = &mut self.basic_blocks[block];
        if data.terminator.is_some() {
            // Code after a terminator (unreachable code) goes nowhere.
            return;
        }
        data.statements.push(Statement {
            source_info: SourceInfo::outermost(span),
            kind,
        });
    }

    pub fn push_assign(&mut self, block: BasicBlock, span: Span, place: Place, rvalue: Rvalue) {
        self.push(
            block,
            StatementKind::Assign(Box::new((place, rvalue))),
            span,
        );
    }

    pub fn push_assign_unit(&mut self, block: BasicBlock, span: Span, place: Place) {
        let unit = self.tcx.types.unit;
        self.push_assign(block, span, place, Rvalue::Use(Operand::zst(unit, span)));
    }

    pub fn terminate(&mut self, block: BasicBlock, span: Span, kind: TerminatorKind) {
        let data = &mut self.basic_blocks[block];
        if data.terminator.is_none() {
            data.terminator = Some(Terminator {
                source_info: SourceInfo::outermost(span),
                kind,
            });
        }
    }

    pub fn goto(&mut self, from: BasicBlock, span: Span, target: BasicBlock) {
        self.terminate(from, span, TerminatorKind::Goto { target });
    }

    /* ------------------------------------------------------------ locals */

    pub fn temp(&mut self, ty: Ty, span: Span) -> Local {
        self.local_decls.push(LocalDecl {
            mutability: Mutability::Mut,
            ty,
            source_info: SourceInfo::outermost(span),
            info: LocalInfo::Temp,
        })
    }

    /// A temporary with its `StorageLive` in `block` and `StorageDead` at the end of the
    /// current scope.
    pub fn scoped_temp(&mut self, block: BasicBlock, ty: Ty, span: Span) -> Local {
        let index = self.temp_scope();
        self.scoped_temp_in(block, ty, span, index)
    }

    /// A temporary that lives until the end of the scope at `index`.
    pub fn scoped_temp_in(&mut self, block: BasicBlock, ty: Ty, span: Span, index: usize) -> Local {
        let t = self.temp(ty, span);
        self.push(block, StatementKind::StorageLive(t), span);
        self.schedule_storage_dead_in(index, t);
        self.schedule_drop_in(index, t, span);
        t
    }

    pub fn expr_span(&self, e: ExprId) -> Span {
        self.body.exprs[e].span
    }

    pub fn pat_span(&self, p: PatId) -> Span {
        self.body.pats[p].span
    }

    /// The type of an expression with `adj` adjustments applied.
    pub fn aexpr_ty(&self, e: AExpr) -> Ty {
        if e.adj == 0 {
            self.results.expr_ty(e.id).unwrap_or(self.tcx.types.error)
        } else {
            self.results.expr_adjustments(e.id)[e.adj - 1].target
        }
    }

    /// The expression with all its adjustments.
    pub fn full(&self, id: ExprId) -> AExpr {
        AExpr {
            id,
            adj: self.results.expr_adjustments(id).len(),
        }
    }

    pub fn monomorphic_ty(&self, ty: Ty) -> Ty {
        smelt_ty::fold::erase_regions(self.tcx, ty)
    }

    pub fn is_copy(&self, ty: Ty) -> bool {
        self.tcx.is_copy(&self.param_env, ty)
    }

    /// Declares the local of a user variable bound by pattern `var`.
    pub fn declare_binding(&mut self, var: PatId) -> Local {
        if let Some(&l) = self.var_indices.get(&var) {
            return l;
        }
        let ty = self.results.pat_ty(var).unwrap_or(self.tcx.types.error);
        let ty = self.monomorphic_ty(ty);
        let (name, mutable) = match &self.body.pats[var].kind {
            hir::PatKind::Binding(mode, _, ident, _) => (ident.name, mode.1 == Mutability::Mut),
            _ => (smelt_span::kw::Empty, false),
        };
        let by_ref = matches!(
            self.results.pat_binding_modes.get(&var),
            Some(smelt_ty::typeck_results::BindingMode::ByRef(..))
        );
        let span = self.pat_span(var);
        let local = self.local_decls.push(LocalDecl {
            mutability: if mutable {
                Mutability::Mut
            } else {
                Mutability::Not
            },
            ty,
            source_info: SourceInfo::outermost(span),
            info: LocalInfo::User {
                name,
                pat: var,
                mutable,
                by_ref,
            },
        });
        self.var_indices.insert(var, local);
        self.var_debug_info.push(VarDebugInfo {
            name,
            scope: SourceScope::from_u32(0),
            local,
        });
        local
    }

    /// The return block (created on first use).
    pub fn return_block(&mut self) -> BasicBlock {
        match self.return_block {
            Some(b) => b,
            None => {
                let b = self.new_block();
                self.return_block = Some(b);
                b
            }
        }
    }

    pub fn finish(mut self, instance: smelt_ty::InstanceKind, arg_count: usize) -> Body {
        // Every block must end in a terminator; blocks that were left open are unreachable.
        let span = self.span;
        if let Some(rb) = self.return_block {
            self.terminate(rb, span, TerminatorKind::Return);
        }
        for data in self.basic_blocks.iter_mut() {
            if data.terminator.is_none() {
                data.terminator = Some(Terminator {
                    source_info: SourceInfo::outermost(span),
                    kind: TerminatorKind::Unreachable,
                });
            }
        }
        Body {
            basic_blocks: self.basic_blocks,
            local_decls: self.local_decls,
            source_scopes: IndexVec::from_raw(vec![SourceScopeData { span, parent: None }]),
            var_debug_info: self.var_debug_info,
            arg_count,
            span,
            instance,
            spread_arg: None,
            caller_location: self.caller_location,
            tainted_by_errors: self.results.tainted_by_errors,
        }
    }
}

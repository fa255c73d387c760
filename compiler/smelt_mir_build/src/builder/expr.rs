//! Lowering of expressions: as places, operands, rvalues, constants, and into a
//! destination place.

use std::rc::Rc;

use smelt_ast::{BorrowKind as HirBorrowKind, Mutability};
use smelt_hir::{self as hir, CtorKind, DefId, DefKind, ExprKind, LangItem, QPath, Res};
use smelt_mir::*;
use smelt_span::{IndexVec, Span};
use smelt_ty::consts::{Allocation, ConstValue, GlobalAlloc, Pointer, Scalar};
use smelt_ty::typeck_results::{Adjust, Adjustment, AutoBorrow};
use smelt_ty::{
    FieldIdx, GenericArgs, Instantiate, Region, ScalarInt, Ty, TyKind, TypeFlagsExt, VariantIdx,
};

use super::{AExpr, BlockAnd, BreakableScope, Builder};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Category {
    Place,
    Constant,
    Rvalue,
}

impl Builder<'_> {
    pub fn adjustment(&self, e: AExpr) -> Option<Adjustment> {
        (e.adj > 0).then(|| self.results.expr_adjustments(e.id)[e.adj - 1])
    }

    fn inner(e: AExpr) -> AExpr {
        AExpr {
            id: e.id,
            adj: e.adj - 1,
        }
    }

    fn kind(&self, e: AExpr) -> &ExprKind {
        &self.body.exprs[e.id].kind
    }

    fn is_overloaded(&self, e: AExpr) -> bool {
        self.results.type_dependent_defs.contains_key(&e.id)
    }

    pub fn category(&self, e: AExpr) -> Category {
        if let Some(adj) = self.adjustment(e) {
            return match adj.kind {
                Adjust::Deref(_) => Category::Place,
                _ => Category::Rvalue,
            };
        }
        match self.kind(e) {
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Local(_) | Res::Def(DefKind::Static { .. }, _) => Category::Place,
                Res::Def(
                    DefKind::Const
                    | DefKind::AssocConst
                    | DefKind::ConstParam
                    | DefKind::Fn
                    | DefKind::AssocFn,
                    _,
                )
                | Res::Def(DefKind::Ctor(_, CtorKind::Fn), _) => Category::Constant,
                _ => Category::Rvalue,
            },
            ExprKind::Path(QPath::TypeRelative(..)) => {
                match self.results.type_dependent_defs.get(&e.id) {
                    Some(Ok((DefKind::Ctor(_, CtorKind::Const), _))) => Category::Rvalue,
                    _ => Category::Constant,
                }
            }
            ExprKind::Path(QPath::LangItem(item, _)) => {
                match self.tcx.lang_item(*item).map(|d| self.tcx.def_kind(d)) {
                    Some(DefKind::Ctor(_, CtorKind::Const)) => Category::Rvalue,
                    _ => Category::Constant,
                }
            }
            ExprKind::Field(..) | ExprKind::Index(..) => Category::Place,
            ExprKind::Unary(smelt_ast::UnOp::Deref, _) => Category::Place,
            ExprKind::Lit(_) | ExprKind::ConstBlock(_) => Category::Constant,
            // `-1`, `-128i8`: a negative literal, folded (no overflow check), as in rustc.
            ExprKind::Unary(smelt_ast::UnOp::Neg, inner)
                if self.is_negatable_literal(e, *inner) =>
            {
                Category::Constant
            }
            ExprKind::DropTemps(inner) => self.category(self.full(*inner)),
            _ => Category::Rvalue,
        }
    }

    /* ------------------------------------------------------------ places */

    pub fn as_place(&mut self, block: BasicBlock, e: AExpr) -> BlockAnd<Place> {
        let span = self.expr_span(e.id);
        let tcx = self.tcx;
        if let Some(adj) = self.adjustment(e) {
            match adj.kind {
                Adjust::Deref(None) => {
                    let (block, base) = self.as_place(block, Self::inner(e));
                    return (block, base.deref());
                }
                Adjust::Deref(Some(m)) => {
                    let inner = Self::inner(e);
                    let inner_ty = self.aexpr_ty(inner);
                    let (block, base) = self.as_place(block, inner);
                    let (block, r) = self.overloaded_deref(block, base, inner_ty, m, span);
                    return (block, r);
                }
                _ => {
                    let (block, t) = self.as_temp(block, e);
                    return (block, Place::from(t));
                }
            }
        }
        match self.kind(e).clone() {
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Local(var) => (block, self.var_place(var)),
                Res::Def(DefKind::Static { mutable }, def) => {
                    let ty = self.aexpr_ty(e);
                    let ptr_ty = if mutable {
                        tcx.mk_ptr(ty, Mutability::Mut)
                    } else {
                        tcx.mk_ref(Region::Static, ty, Mutability::Not)
                    };
                    let t = self.scoped_temp(block, ptr_ty, span);
                    let c = Operand::Constant(Box::new(ConstOperand {
                        span,
                        ty: ptr_ty,
                        kind: ConstKind::Val(ConstValue::Scalar(Scalar::Ptr(Pointer {
                            target: GlobalAlloc::Static(def),
                            offset: 0,
                        }))),
                    }));
                    self.push_assign(block, span, Place::from(t), Rvalue::Use(c));
                    (block, Place::from(t).deref())
                }
                _ => self.place_via_temp(block, e),
            },
            ExprKind::Field(base, _) => {
                let (block, base_place) = self.as_place(block, self.full(base));
                let idx = self
                    .results
                    .field_indices
                    .get(&e.id)
                    .copied()
                    .unwrap_or(FieldIdx::from_u32(0));
                let ty = self.monomorphic_ty(self.aexpr_ty(e));
                (block, base_place.field(idx, ty))
            }
            ExprKind::Index(base, index, _) => {
                if self.is_overloaded(e) {
                    let mutbl = if self.results.mutable_overloaded_places.contains(&e.id) {
                        Mutability::Mut
                    } else {
                        Mutability::Not
                    };
                    return self.overloaded_index(block, e, base, index, mutbl);
                }
                let (block, base_place) = self.as_place(block, self.full(base));
                let (block, idx_op) = self.as_operand(block, self.full(index));
                let idx_local = self.scoped_temp(block, tcx.types.usize, span);
                self.push_assign(block, span, Place::from(idx_local), Rvalue::Use(idx_op));
                let block = self.bounds_check(block, &base_place, idx_local, span);
                (block, base_place.project(ProjectionElem::Index(idx_local)))
            }
            ExprKind::Unary(smelt_ast::UnOp::Deref, operand) => {
                if self.is_overloaded(e) {
                    let mutbl = if self.results.mutable_overloaded_places.contains(&e.id) {
                        Mutability::Mut
                    } else {
                        Mutability::Not
                    };
                    let operand_ty = self.aexpr_ty(self.full(operand));
                    let (block, base) = self.as_place(block, self.full(operand));
                    return self.overloaded_deref(block, base, operand_ty, mutbl, span);
                }
                let (block, base) = self.as_place(block, self.full(operand));
                (block, base.deref())
            }
            ExprKind::DropTemps(inner) => self.as_place(block, self.full(inner)),
            _ => self.place_via_temp(block, e),
        }
    }

    fn place_via_temp(&mut self, block: BasicBlock, e: AExpr) -> BlockAnd<Place> {
        let (block, t) = self.as_temp(block, e);
        (block, Place::from(t))
    }

    /// Where a variable is: its local, or in a closure body the captured copy or reference.
    pub fn var_place(&mut self, var: smelt_hir::PatId) -> Place {
        if let Some(p) = self.binding_overrides.get(&var) {
            return p.clone();
        }
        if let Some(p) = self.upvar_places.get(&var) {
            return p.clone();
        }
        Place::from(self.var_local(var))
    }

    pub fn var_local(&mut self, var: smelt_hir::PatId) -> Local {
        match self.var_indices.get(&var) {
            Some(&l) => l,
            None => self.declare_binding(var),
        }
    }

    /// `assert(idx < len)` before indexing `base[idx]`.
    fn bounds_check(
        &mut self,
        block: BasicBlock,
        base: &Place,
        idx: Local,
        span: Span,
    ) -> BasicBlock {
        let tcx = self.tcx;
        let base_ty = base.ty(&self.body_view(), tcx).ty;
        let len_op = match tcx.kind(base_ty) {
            TyKind::Array(_, len) => match tcx.eval_array_len(len) {
                Some(n) => Operand::const_usize(tcx, n, span),
                None => {
                    let l = self.scoped_temp(block, tcx.types.usize, span);
                    self.push_assign(block, span, Place::from(l), Rvalue::Len(base.clone()));
                    Operand::Copy(Place::from(l))
                }
            },
            _ => {
                let l = self.scoped_temp(block, tcx.types.usize, span);
                self.push_assign(block, span, Place::from(l), Rvalue::Len(base.clone()));
                Operand::Copy(Place::from(l))
            }
        };
        let lt = self.scoped_temp(block, tcx.types.bool, span);
        self.push_assign(
            block,
            span,
            Place::from(lt),
            Rvalue::BinaryOp(
                BinOp::Lt,
                Box::new((Operand::Copy(Place::from(idx)), len_op.clone())),
            ),
        );
        let next = self.new_block();
        self.terminate(
            block,
            span,
            TerminatorKind::Assert {
                cond: Operand::Move(Place::from(lt)),
                expected: true,
                msg: Box::new(AssertKind::BoundsCheck {
                    len: len_op,
                    index: Operand::Copy(Place::from(idx)),
                }),
                target: next,
                unwind: UnwindAction::Continue,
            },
        );
        next
    }

    /// A view of the body being built, for computing place types.
    pub fn body_view(&self) -> Body {
        Body {
            basic_blocks: IndexVec::new(),
            local_decls: self.local_decls.clone(),
            source_scopes: IndexVec::new(),
            var_debug_info: Vec::new(),
            arg_count: 0,
            span: self.span,
            instance: smelt_ty::InstanceKind::Item(self.def),
            spread_arg: None,
            caller_location: None,
            tainted_by_errors: None,
        }
    }

    pub fn place_ty(&self, place: &Place) -> Ty {
        let mut pt = PlaceTy {
            ty: self.local_decls[place.local].ty,
            variant: None,
        };
        for elem in &place.projection {
            pt = pt.project(self.tcx, elem);
        }
        pt.ty
    }

    /// `*Deref::deref(&base)` (or `deref_mut`).
    fn overloaded_deref(
        &mut self,
        block: BasicBlock,
        base: Place,
        base_ty: Ty,
        mutbl: Mutability,
        span: Span,
    ) -> BlockAnd<Place> {
        let tcx = self.tcx;
        let (lang, name) = match mutbl {
            Mutability::Not => (LangItem::Deref, "deref"),
            Mutability::Mut => (LangItem::DerefMut, "deref_mut"),
        };
        let Some(method) = self.lang_method(lang, name) else {
            let e = tcx.sess.dcx.err(
                span,
                format!("lang item `{}` is missing from the library", lang.name()),
            );
            let _ = e;
            return (block, base);
        };
        let base_ty = self.monomorphic_ty(base_ty);
        let args = tcx.mk_args(&[smelt_ty::GenericArg::Type(base_ty)]);
        let ref_ty = tcx.mk_ref(Region::Erased, base_ty, mutbl);
        let borrowed = self.scoped_temp(block, ref_ty, span);
        let bk = if mutbl == Mutability::Mut {
            BorrowKind::Mut { two_phase: false }
        } else {
            BorrowKind::Shared
        };
        self.push_assign(
            block,
            span,
            Place::from(borrowed),
            Rvalue::Ref(Region::Erased, bk, base),
        );
        let sig = tcx.fn_sig(method).instantiate(tcx, args);
        let ret = tcx.normalize_in_env(&self.param_env, tcx.sig_output(sig));
        let ret = self.monomorphic_ty(ret);
        let result = self.scoped_temp(block, ret, span);
        let next = self.new_block();
        self.terminate(
            block,
            span,
            TerminatorKind::Call {
                func: Operand::function_handle(tcx, method, args, span),
                args: vec![Operand::Move(Place::from(borrowed))],
                destination: Place::from(result),
                target: Some(next),
                unwind: UnwindAction::Continue,
                fn_span: span,
            },
        );
        (next, Place::from(result).deref())
    }

    fn overloaded_index(
        &mut self,
        block: BasicBlock,
        e: AExpr,
        base: smelt_hir::ExprId,
        index: smelt_hir::ExprId,
        mutbl: Mutability,
    ) -> BlockAnd<Place> {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        let args = self.results.node_args(e.id).unwrap_or(tcx.types.empty_args);
        let args = self.monomorphic_args(args);
        let method = match mutbl {
            Mutability::Not => self.lang_method(LangItem::Index, "index"),
            Mutability::Mut => self.lang_method(LangItem::IndexMut, "index_mut"),
        };
        let Some(method) = method else {
            return self.place_via_temp(block, e);
        };
        // `#[track_caller]` index functions report the brackets, as rustc does.
        let fn_span = match &self.body.exprs[e.id].kind {
            ExprKind::Index(_, _, brackets) => *brackets,
            _ => span,
        };
        let (block, base_op) = self.as_operand(block, self.full(base));
        let (block, idx_op) = self.as_operand(block, self.full(index));
        let sig = tcx.fn_sig(method).instantiate(tcx, args);
        let ret = self.monomorphic_ty(tcx.normalize_in_env(&self.param_env, tcx.sig_output(sig)));
        let result = self.scoped_temp(block, ret, span);
        let next = self.new_block();
        self.terminate(
            block,
            span,
            TerminatorKind::Call {
                func: Operand::function_handle(tcx, method, args, span),
                args: vec![base_op, idx_op],
                destination: Place::from(result),
                target: Some(next),
                unwind: UnwindAction::Continue,
                fn_span,
            },
        );
        (next, Place::from(result).deref())
    }

    pub fn lang_method(&self, lang: LangItem, name: &str) -> Option<DefId> {
        let tcx = self.tcx;
        let trait_def = tcx.lang_item(lang)?;
        tcx.associated_items(trait_def)
            .items
            .iter()
            .find(|i| tcx.str(i.name) == name)
            .map(|i| i.def_id)
    }

    pub fn monomorphic_args(&self, args: GenericArgs) -> GenericArgs {
        smelt_ty::fold::erase_regions(self.tcx, args)
    }

    /* ------------------------------------------------------------ operands */

    pub fn as_operand(&mut self, block: BasicBlock, e: AExpr) -> BlockAnd<Operand> {
        match self.category(e) {
            Category::Constant => {
                let c = self.as_constant(e);
                (block, Operand::Constant(Box::new(c)))
            }
            Category::Place => {
                let (block, place) = self.as_place(block, e);
                let ty = self.place_ty(&place);
                if self.is_copy(ty) {
                    (block, Operand::Copy(place))
                } else {
                    (block, Operand::Move(place))
                }
            }
            Category::Rvalue => {
                let (block, t) = self.as_temp(block, e);
                (block, Operand::Move(Place::from(t)))
            }
        }
    }

    /// The operand of `e`, evaluated before the expressions `later`. A place operand is
    /// read when the statement that uses it runs, after `later` have been evaluated; when
    /// one of them may write to the place (`f(x, { x = 5; 1 })`), the value is first
    /// copied (or moved) into a temporary, so that it is the value `e` had when it was
    /// evaluated, as in rustc (which always goes through a temporary).
    pub fn as_operand_before(
        &mut self,
        block: BasicBlock,
        e: AExpr,
        later: &[hir::ExprId],
    ) -> BlockAnd<Operand> {
        if self.category(e) == Category::Place && !later.iter().all(|&l| self.is_inert(l)) {
            let (block, t) = self.as_temp(block, e);
            return (block, Operand::Move(Place::from(t)));
        }
        self.as_operand(block, e)
    }

    /// Whether evaluating `id` cannot write to any place: literals, paths, and borrows,
    /// fields, casts, tuples and arrays of those, and built-in operators on them.
    fn is_inert(&self, id: hir::ExprId) -> bool {
        if self
            .results
            .adjustments
            .get(&id)
            .is_some_and(|adj| adj.iter().any(|a| matches!(a.kind, Adjust::Deref(Some(_)))))
        {
            return false;
        }
        match &self.body.exprs[id].kind {
            ExprKind::Lit(_) | ExprKind::Path(_) => true,
            ExprKind::Field(b, _) | ExprKind::AddrOf(_, _, b) | ExprKind::Cast(b, _) => {
                self.is_inert(*b)
            }
            ExprKind::Tup(es) | ExprKind::Array(es) => es.iter().all(|e| self.is_inert(*e)),
            ExprKind::Unary(_, b) => {
                !self.results.type_dependent_defs.contains_key(&id) && self.is_inert(*b)
            }
            ExprKind::Binary(_, l, r) => {
                !self.results.type_dependent_defs.contains_key(&id)
                    && self.is_inert(*l)
                    && self.is_inert(*r)
            }
            _ => false,
        }
    }

    pub fn as_temp(&mut self, block: BasicBlock, e: AExpr) -> BlockAnd<Local> {
        let ty = self.monomorphic_ty(self.aexpr_ty(e));
        let span = self.expr_span(e.id);
        let t = match self.extended_temps.get(&e.id) {
            Some(&index) => self.scoped_temp_in(block, ty, span, index),
            None => self.scoped_temp(block, ty, span),
        };
        let block = self.expr_into_dest(Place::from(t), block, e);
        (block, t)
    }

    /// The constant an expression of category `Constant` denotes.
    pub fn as_constant(&mut self, e: AExpr) -> ConstOperand {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        let ty = self.monomorphic_ty(self.aexpr_ty(e));
        let kind = match self.kind(e).clone() {
            ExprKind::Lit(lit) => self.lit_const(&lit.kind, ty, span),
            ExprKind::Unary(smelt_ast::UnOp::Neg, inner) => match &self.body.exprs[inner].kind {
                ExprKind::Lit(lit) => match lit.kind {
                    hir::LitKind::Int(v, _) => {
                        let size = self.scalar_size(ty);
                        ConstKind::Val(ConstValue::Scalar(Scalar::Int(ScalarInt::from_uint(
                            v.wrapping_neg(),
                            size,
                        ))))
                    }
                    hir::LitKind::Float(sym, _) => {
                        let text = tcx.str(sym);
                        let size = self.scalar_size(ty);
                        let bits = match tcx.kind(ty) {
                            TyKind::Float(smelt_ast::FloatTy::F32) => {
                                (-text.parse::<f32>().unwrap_or(0.0)).to_bits() as u128
                            }
                            _ => (-text.parse::<f64>().unwrap_or(0.0)).to_bits() as u128,
                        };
                        ConstKind::Val(ConstValue::Scalar(Scalar::Int(ScalarInt::from_uint(
                            bits, size,
                        ))))
                    }
                    _ => return self.error_const(ty, span),
                },
                _ => return self.error_const(ty, span),
            },
            ExprKind::ConstBlock(def) => ConstKind::Unevaluated(def, tcx.identity_args(def)),
            ExprKind::DropTemps(inner) => return self.as_constant(self.full(inner)),
            ExprKind::Path(qpath) => {
                let (kind, def) = match &qpath {
                    QPath::Resolved(_, path) => match path.res {
                        Res::Def(kind, def) => (kind, def),
                        _ => return self.error_const(ty, span),
                    },
                    QPath::TypeRelative(..) => match self.results.type_dependent_defs.get(&e.id) {
                        Some(Ok((kind, def))) => (*kind, *def),
                        _ => return self.error_const(ty, span),
                    },
                    QPath::LangItem(item, _) => match tcx.lang_item(*item) {
                        Some(def) => (tcx.def_kind(def), def),
                        None => return self.error_const(ty, span),
                    },
                };
                let args = self
                    .monomorphic_args(self.results.node_args(e.id).unwrap_or(tcx.types.empty_args));
                match kind {
                    DefKind::Fn | DefKind::AssocFn | DefKind::Ctor(_, CtorKind::Fn) => {
                        ConstKind::Val(ConstValue::ZeroSized)
                    }
                    DefKind::Const | DefKind::AssocConst => ConstKind::Unevaluated(def, args),
                    DefKind::ConstParam => {
                        let lowerer = smelt_typeck_param_const(tcx, def);
                        ConstKind::Ty(lowerer)
                    }
                    _ => return self.error_const(ty, span),
                }
            }
            _ => return self.error_const(ty, span),
        };
        ConstOperand { span, ty, kind }
    }

    /// Whether `-inner` (the expression `e`) negates a numeric literal of a builtin type.
    fn is_negatable_literal(&self, e: AExpr, inner: smelt_hir::ExprId) -> bool {
        if self.is_overloaded(e) || self.adjustment(e).is_some() {
            return false;
        }
        matches!(&self.body.exprs[inner].kind, ExprKind::Lit(l) if matches!(l.kind, hir::LitKind::Int(..) | hir::LitKind::Float(..)))
            && matches!(
                self.tcx.kind(self.monomorphic_ty(self.aexpr_ty(e))),
                TyKind::Int(_) | TyKind::Float(_)
            )
    }

    fn error_const(&self, ty: Ty, span: Span) -> ConstOperand {
        ConstOperand {
            span,
            ty,
            kind: ConstKind::Ty(self.tcx.mk_const(smelt_ty::ConstKind::Error)),
        }
    }

    pub fn lit_const(&self, lit: &hir::LitKind, ty: Ty, span: Span) -> ConstKind {
        let tcx = self.tcx;
        let _ = span;
        let scalar = |v: u128| -> ConstKind {
            let size = self.scalar_size(ty);
            ConstKind::Val(ConstValue::Scalar(Scalar::Int(ScalarInt::from_uint(
                v, size,
            ))))
        };
        match lit {
            hir::LitKind::Int(v, _) => scalar(*v),
            hir::LitKind::Bool(b) => scalar(*b as u128),
            hir::LitKind::Char(c) => scalar(*c as u128),
            hir::LitKind::Byte(b) => scalar(*b as u128),
            hir::LitKind::Float(sym, _) => {
                let text = tcx.str(*sym);
                match tcx.kind(ty) {
                    TyKind::Float(smelt_ast::FloatTy::F32) => {
                        scalar(text.parse::<f32>().map_or(0, |f| f.to_bits() as u128))
                    }
                    _ => scalar(text.parse::<f64>().map_or(0, |f| f.to_bits() as u128)),
                }
            }
            hir::LitKind::Str(sym) => {
                let bytes = tcx.str(*sym).as_bytes().to_vec();
                let len = bytes.len() as u64;
                ConstKind::Val(ConstValue::Slice {
                    data: Rc::new(Allocation::from_bytes(bytes, 1)),
                    len,
                })
            }
            hir::LitKind::ByteStr(bytes) => {
                let alloc = Rc::new(Allocation::from_bytes(bytes.to_vec(), 1));
                // A byte string pattern against a slice is typed `&[u8]`: a fat pointer.
                let is_slice = matches!(tcx.kind(ty), TyKind::Ref(_, inner, _) if matches!(tcx.kind(inner), TyKind::Slice(_)));
                if is_slice {
                    ConstKind::Val(ConstValue::Slice {
                        data: alloc,
                        len: bytes.len() as u64,
                    })
                } else {
                    ConstKind::Val(ConstValue::Scalar(Scalar::Ptr(Pointer {
                        target: GlobalAlloc::Memory(alloc),
                        offset: 0,
                    })))
                }
            }
            hir::LitKind::CStr(bytes) => {
                let len = bytes.len() as u64;
                ConstKind::Val(ConstValue::Slice {
                    data: Rc::new(Allocation::from_bytes(bytes.to_vec(), 1)),
                    len,
                })
            }
            hir::LitKind::Err(_) => ConstKind::Ty(tcx.mk_const(smelt_ty::ConstKind::Error)),
        }
    }

    /// The size in bytes of a scalar type.
    pub fn scalar_size(&self, ty: Ty) -> u8 {
        match self.tcx.layout_of(ty) {
            Ok(l) => l.size as u8,
            Err(_) => 8,
        }
    }

    /* ------------------------------------------------------------ into a destination */

    pub fn expr_into_dest(&mut self, dest: Place, block: BasicBlock, e: AExpr) -> BasicBlock {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        if let Some(adj) = self.adjustment(e) {
            return match adj.kind {
                Adjust::NeverToAny => {
                    let inner = Self::inner(e);
                    let (block, _) = self.as_temp(block, inner);
                    self.terminate(block, span, TerminatorKind::Unreachable);
                    self.new_block()
                }
                Adjust::Deref(_) => {
                    let (block, op) = self.as_operand(block, e);
                    self.push_assign(block, span, dest, Rvalue::Use(op));
                    block
                }
                Adjust::Borrow(_) | Adjust::Pointer(_) => {
                    let (block, rv) = self.as_rvalue(block, e);
                    self.push_assign(block, span, dest, rv);
                    block
                }
            };
        }
        match self.kind(e).clone() {
            ExprKind::Block(b, label) => {
                if b.targeted_by_break || label.is_some() {
                    self.breakable_scopes.push(BreakableScope {
                        target: e.id,
                        break_destination: dest.clone(),
                        break_block: None,
                        continue_block: None,
                        depth: self.scope_depth(),
                    });
                    let end = self.ast_block(dest, block, &b);
                    let scope = self.breakable_scopes.pop();
                    match scope.and_then(|s| s.break_block) {
                        Some(bb) => {
                            self.goto(end, span, bb);
                            bb
                        }
                        None => end,
                    }
                } else {
                    self.ast_block(dest, block, &b)
                }
            }
            ExprKind::If(cond, then, els) => {
                self.in_scope(|this| {
                    let (then_block, else_block) = this.then_else_break(block, cond);
                    let then_end = this
                        .in_terminating_scope(|this| {
                            (
                                this.expr_into_dest(dest.clone(), then_block, this.full(then)),
                                (),
                            )
                        })
                        .0;
                    let else_end = match els {
                        Some(els) => {
                            this.in_terminating_scope(|this| {
                                (this.expr_into_dest(dest, else_block, this.full(els)), ())
                            })
                            .0
                        }
                        None => {
                            this.push_assign_unit(else_block, span, dest);
                            else_block
                        }
                    };
                    let join = this.new_block();
                    this.goto(then_end, span, join);
                    this.goto(else_end, span, join);
                    (join, ())
                })
                .0
            }
            ExprKind::Loop(body, _, _, _) => {
                let head = self.new_block();
                self.goto(block, span, head);
                self.breakable_scopes.push(BreakableScope {
                    target: e.id,
                    break_destination: dest,
                    break_block: None,
                    continue_block: Some(head),
                    depth: self.scope_depth(),
                });
                let unit = self.temp(tcx.types.unit, span);
                let end = self
                    .in_terminating_scope(|this| {
                        (this.ast_block(Place::from(unit), head, &body), ())
                    })
                    .0;
                self.goto(end, span, head);
                let scope = self.breakable_scopes.pop();
                match scope.and_then(|s| s.break_block) {
                    Some(bb) => bb,
                    None => self.new_block(),
                }
            }
            ExprKind::Match(scrut, arms, _) => self.match_expr(dest, block, e.id, scrut, &arms),
            ExprKind::Call(callee, args) => self.call_into_dest(dest, block, e, callee, &args),
            ExprKind::MethodCall(_, receiver, args, _) => {
                let mut all = vec![receiver];
                all.extend(args.iter().copied());
                self.method_call_into_dest(dest, block, e, &all)
            }
            ExprKind::Binary(op, lhs, rhs) if op.node.is_lazy() => {
                // `a && b`: if `a` is false the result is false without evaluating `b`.
                let (block, lhs_op) = self.as_operand(block, self.full(lhs));
                let rhs_block = self.new_block();
                let short_block = self.new_block();
                let join = self.new_block();
                let (on_true, on_false) = if op.node == smelt_ast::BinOpKind::And {
                    (rhs_block, short_block)
                } else {
                    (short_block, rhs_block)
                };
                self.terminate(
                    block,
                    span,
                    TerminatorKind::SwitchInt {
                        discr: lhs_op,
                        targets: SwitchTargets::static_if(0, on_false, on_true),
                    },
                );
                let short_value = op.node == smelt_ast::BinOpKind::Or;
                self.push_assign(
                    short_block,
                    span,
                    dest.clone(),
                    Rvalue::Use(Operand::const_bool(tcx, short_value, span)),
                );
                self.goto(short_block, span, join);
                let rhs_end = self
                    .in_terminating_scope(|this| {
                        (this.expr_into_dest(dest, rhs_block, this.full(rhs)), ())
                    })
                    .0;
                self.goto(rhs_end, span, join);
                join
            }
            ExprKind::Binary(_, lhs, rhs) if self.is_overloaded(e) => {
                self.overloaded_op_call(dest, block, e, &[lhs, rhs])
            }
            ExprKind::Unary(smelt_ast::UnOp::Not | smelt_ast::UnOp::Neg, operand)
                if self.is_overloaded(e) =>
            {
                self.overloaded_op_call(dest, block, e, &[operand])
            }
            ExprKind::Assign(lhs, rhs, _) => {
                // The right-hand side is evaluated before the left-hand place.
                let (block, rhs_op) = self.as_operand_before(block, self.full(rhs), &[lhs]);
                let (mut block, lhs_place) = self.as_place(block, self.full(lhs));
                // The old value is dropped first (drop elaboration removes the drop when the
                // place is not initialised).
                if tcx.needs_drop(self.place_ty(&lhs_place)) {
                    let next = self.new_block();
                    self.terminate(
                        block,
                        span,
                        TerminatorKind::Drop {
                            place: lhs_place.clone(),
                            target: next,
                            unwind: UnwindAction::Continue,
                        },
                    );
                    block = next;
                }
                self.push_assign(block, span, lhs_place, Rvalue::Use(rhs_op));
                self.push_assign_unit(block, span, dest);
                block
            }
            ExprKind::AssignOp(op, lhs, rhs) => {
                if self.is_overloaded(e) {
                    let unit = self.temp(tcx.types.unit, span);
                    let block = self.overloaded_op_call(Place::from(unit), block, e, &[lhs, rhs]);
                    self.push_assign_unit(block, span, dest);
                    return block;
                }
                let (block, rhs_op) = self.as_operand_before(block, self.full(rhs), &[lhs]);
                let (block, lhs_place) = self.as_place(block, self.full(lhs));
                let ty = self.place_ty(&lhs_place);
                let (block, rv) = self.build_binary_op(
                    block,
                    BinOp::from_hir(op.node),
                    Operand::Copy(lhs_place.clone()),
                    rhs_op,
                    ty,
                    span,
                );
                self.push_assign(block, span, lhs_place, rv);
                self.push_assign_unit(block, span, dest);
                block
            }
            ExprKind::Break(destination, value) => {
                let Ok(target) = destination.target else {
                    self.terminate(block, span, TerminatorKind::Unreachable);
                    return self.new_block();
                };
                let Some(index) = self
                    .breakable_scopes
                    .iter()
                    .rposition(|s| s.target == target)
                else {
                    self.terminate(block, span, TerminatorKind::Unreachable);
                    return self.new_block();
                };
                let break_dest = self.breakable_scopes[index].break_destination.clone();
                let block = match value {
                    Some(v) => self.expr_into_dest(break_dest, block, self.full(v)),
                    None => {
                        // `break` out of `loop` gives `()`; out of `while`/`for` the
                        // destination is `()` too.
                        self.push_assign_unit(block, span, break_dest);
                        block
                    }
                };
                let block = self.exit_scopes(block, self.breakable_scopes[index].depth);
                let target_block = match self.breakable_scopes[index].break_block {
                    Some(b) => b,
                    None => {
                        let b = self.new_block();
                        self.breakable_scopes[index].break_block = Some(b);
                        b
                    }
                };
                self.goto(block, span, target_block);
                self.new_block()
            }
            ExprKind::Continue(destination) => {
                let target = destination.target.ok().and_then(|t| {
                    self.breakable_scopes
                        .iter()
                        .rev()
                        .find(|s| s.target == t)
                        .and_then(|s| Some((s.continue_block?, s.depth)))
                });
                match target {
                    Some((head, depth)) => {
                        let block = self.exit_scopes(block, depth);
                        self.goto(block, span, head)
                    }
                    None => self.terminate(block, span, TerminatorKind::Unreachable),
                }
                self.new_block()
            }
            ExprKind::Ret(value) => {
                let block = match value {
                    Some(v) => self.expr_into_dest(Place::return_place(), block, self.full(v)),
                    None => {
                        self.push_assign_unit(block, span, Place::return_place());
                        block
                    }
                };
                let block = self.exit_scopes(block, 0);
                let rb = self.return_block();
                self.goto(block, span, rb);
                self.new_block()
            }
            ExprKind::Let(_) => {
                // `let` outside a condition was rejected by the parser or type checker.
                self.terminate(block, span, TerminatorKind::Unreachable);
                self.new_block()
            }
            ExprKind::DropTemps(inner) => {
                self.in_terminating_scope(|this| {
                    (this.expr_into_dest(dest, block, this.full(inner)), ())
                })
                .0
            }
            ExprKind::Struct(qpath, fields, tail) => {
                self.struct_into_dest(dest, block, e, &qpath, &fields, &tail)
            }
            ExprKind::Tup(elems) => {
                let mut block = block;
                let mut ops = IndexVec::new();
                for (i, el) in elems.iter().enumerate() {
                    let (b, op) = self.as_operand_before(block, self.full(*el), &elems[i + 1..]);
                    block = b;
                    ops.push(op);
                }
                self.push_assign(
                    block,
                    span,
                    dest,
                    Rvalue::Aggregate(Box::new(AggregateKind::Tuple), ops),
                );
                block
            }
            ExprKind::Array(elems) => {
                let elem_ty = match tcx.kind(self.aexpr_ty(e)) {
                    TyKind::Array(t, _) => self.monomorphic_ty(t),
                    _ => tcx.types.error,
                };
                let mut block = block;
                let mut ops = IndexVec::new();
                for (i, el) in elems.iter().enumerate() {
                    let (b, op) = self.as_operand_before(block, self.full(*el), &elems[i + 1..]);
                    block = b;
                    ops.push(op);
                }
                self.push_assign(
                    block,
                    span,
                    dest,
                    Rvalue::Aggregate(Box::new(AggregateKind::Array(elem_ty)), ops),
                );
                block
            }
            ExprKind::Path(_) if self.is_unit_ctor(e).is_some() => {
                let Some((adt, variant, args)) = self.is_unit_ctor(e) else {
                    return block;
                };
                self.push_assign(
                    block,
                    span,
                    dest,
                    Rvalue::Aggregate(
                        Box::new(AggregateKind::Adt(adt, variant, args, None)),
                        IndexVec::new(),
                    ),
                );
                block
            }
            ExprKind::Closure(c) => {
                // The closure value: its captures, by value or by reference.
                let ty = self.monomorphic_ty(self.aexpr_ty(e));
                let TyKind::Closure(def, args) = tcx.kind(ty) else {
                    self.terminate(block, span, TerminatorKind::Unreachable);
                    return self.new_block();
                };
                let captures = self
                    .results
                    .closure_captures
                    .get(&c.def_id)
                    .cloned()
                    .unwrap_or_default();
                let mut ops = IndexVec::new();
                for cap in captures {
                    let place = self.var_place(cap.var);
                    let op = match cap.kind {
                        smelt_ty::typeck_results::CaptureKind::ByValue => {
                            let ty = self.place_ty(&place);
                            if self.is_copy(ty) {
                                Operand::Copy(place)
                            } else {
                                Operand::Move(place)
                            }
                        }
                        smelt_ty::typeck_results::CaptureKind::ByRef(m) => {
                            let ref_ty = self.monomorphic_ty(cap.ty);
                            let t = self.scoped_temp(block, ref_ty, span);
                            let bk = if m == Mutability::Mut {
                                smelt_mir::BorrowKind::Mut { two_phase: false }
                            } else {
                                smelt_mir::BorrowKind::Shared
                            };
                            self.push_assign(
                                block,
                                span,
                                Place::from(t),
                                Rvalue::Ref(Region::Erased, bk, place),
                            );
                            Operand::Move(Place::from(t))
                        }
                    };
                    ops.push(op);
                }
                self.push_assign(
                    block,
                    span,
                    dest,
                    Rvalue::Aggregate(Box::new(AggregateKind::Closure(def, args)), ops),
                );
                block
            }
            ExprKind::Err(_) => {
                self.terminate(block, span, TerminatorKind::Unreachable);
                self.new_block()
            }
            _ => match self.category(e) {
                Category::Place | Category::Constant => {
                    let (block, op) = self.as_operand(block, e);
                    self.push_assign(block, span, dest, Rvalue::Use(op));
                    block
                }
                Category::Rvalue => {
                    let (block, rv) = self.as_rvalue(block, e);
                    self.push_assign(block, span, dest, rv);
                    block
                }
            },
        }
    }

    /// For a path to a unit struct or variant constructor: the ADT, variant and arguments.
    fn is_unit_ctor(&self, e: AExpr) -> Option<(DefId, VariantIdx, GenericArgs)> {
        let tcx = self.tcx;
        let ctor = match self.kind(e) {
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Def(DefKind::Ctor(_, CtorKind::Const), c) => c,
                Res::SelfCtor(_) => match self.results.type_dependent_defs.get(&e.id) {
                    Some(Ok((DefKind::Ctor(_, CtorKind::Const), c))) => *c,
                    _ => return None,
                },
                _ => return None,
            },
            ExprKind::Path(QPath::TypeRelative(..)) => {
                match self.results.type_dependent_defs.get(&e.id) {
                    Some(Ok((DefKind::Ctor(_, CtorKind::Const), c))) => *c,
                    _ => return None,
                }
            }
            ExprKind::Path(QPath::LangItem(item, _)) => {
                let d = tcx.lang_item(*item)?;
                if tcx.def_kind(d) != DefKind::Ctor(hir::CtorOf::Variant, CtorKind::Const) {
                    return None;
                }
                d
            }
            _ => return None,
        };
        let TyKind::Adt(adt, args) = tcx.kind(self.aexpr_ty(AExpr { id: e.id, adj: 0 })) else {
            return None;
        };
        let variant = tcx.adt_def(adt).variant_index_with_ctor_id(ctor)?;
        Some((adt, variant, self.monomorphic_args(args)))
    }

    pub fn as_rvalue(&mut self, block: BasicBlock, e: AExpr) -> BlockAnd<Rvalue> {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        if let Some(adj) = self.adjustment(e) {
            let inner = Self::inner(e);
            return match adj.kind {
                // An autoref of a constant (`[1, 2].iter()`): promoted, as `&[1, 2]` is.
                Adjust::Borrow(AutoBorrow::Ref(Mutability::Not))
                    if inner.adj == 0 && self.is_promotable(inner.id) =>
                {
                    match (tcx.providers.eval_promoted)(tcx, self.def, inner.id) {
                        Ok(value) => {
                            let ty = self.monomorphic_ty(adj.target);
                            (
                                block,
                                Rvalue::Use(Operand::Constant(Box::new(ConstOperand {
                                    span,
                                    ty,
                                    kind: ConstKind::Val(value),
                                }))),
                            )
                        }
                        Err(_) => {
                            let (block, place) = self.as_place(block, inner);
                            (
                                block,
                                Rvalue::Ref(Region::Erased, BorrowKind::Shared, place),
                            )
                        }
                    }
                }
                Adjust::Borrow(AutoBorrow::Ref(m)) => {
                    let (block, place) = self.as_place(block, inner);
                    let bk = if m == Mutability::Mut {
                        BorrowKind::Mut { two_phase: false }
                    } else {
                        BorrowKind::Shared
                    };
                    (block, Rvalue::Ref(Region::Erased, bk, place))
                }
                Adjust::Borrow(AutoBorrow::RawPtr(m)) => {
                    let (block, place) = self.as_place(block, inner);
                    (block, Rvalue::RawPtr(m, place))
                }
                Adjust::Pointer(kind) => {
                    let (block, op) = self.as_operand(block, inner);
                    (
                        block,
                        Rvalue::Cast(
                            CastKind::PointerCoercion(kind),
                            op,
                            self.monomorphic_ty(adj.target),
                        ),
                    )
                }
                _ => {
                    let (block, op) = self.as_operand(block, e);
                    (block, Rvalue::Use(op))
                }
            };
        }
        match self.kind(e).clone() {
            ExprKind::Binary(op, lhs, rhs) => {
                let (block, l) = self.as_operand_before(block, self.full(lhs), &[rhs]);
                let (block, r) = self.as_operand(block, self.full(rhs));
                let ty = self.monomorphic_ty(self.aexpr_ty(self.full(lhs)));
                self.build_binary_op(block, BinOp::from_hir(op.node), l, r, ty, span)
            }
            ExprKind::Unary(op, operand) => {
                let (block, o) = self.as_operand(block, self.full(operand));
                let ty = self.monomorphic_ty(self.aexpr_ty(e));
                match op {
                    smelt_ast::UnOp::Not => (block, Rvalue::UnaryOp(UnOp::Not, o)),
                    smelt_ast::UnOp::Neg => self.build_neg(block, o, ty, span),
                    smelt_ast::UnOp::Deref => (block, Rvalue::Use(o)),
                }
            }
            ExprKind::Cast(operand, _) => self.cast_rvalue(block, e, operand),
            ExprKind::AddrOf(kind, m, operand) => {
                // `&CONST_EXPR`: promoted to a `'static` constant, as rustc does.
                if kind == HirBorrowKind::Ref
                    && m == Mutability::Not
                    && self.results.expr_adjustments(operand).is_empty()
                    && self.is_promotable(operand)
                {
                    if let Ok(value) = (tcx.providers.eval_promoted)(tcx, self.def, operand) {
                        let ty = self.monomorphic_ty(self.aexpr_ty(e));
                        return (
                            block,
                            Rvalue::Use(Operand::Constant(Box::new(ConstOperand {
                                span,
                                ty,
                                kind: ConstKind::Val(value),
                            }))),
                        );
                    }
                }
                let (block, place) = self.as_place(block, self.full(operand));
                match kind {
                    HirBorrowKind::Ref => {
                        let bk = if m == Mutability::Mut {
                            BorrowKind::Mut { two_phase: false }
                        } else {
                            BorrowKind::Shared
                        };
                        (block, Rvalue::Ref(Region::Erased, bk, place))
                    }
                    HirBorrowKind::Raw => (block, Rvalue::RawPtr(m, place)),
                }
            }
            ExprKind::Repeat(elem, _) => {
                let (block, op) = self.as_operand(block, self.full(elem));
                let count = match tcx.kind(self.aexpr_ty(e)) {
                    TyKind::Array(_, c) => c,
                    _ => tcx.mk_usize_const(0),
                };
                (block, Rvalue::Repeat(op, count))
            }
            _ => {
                // Everything else goes through a destination.
                let ty = self.monomorphic_ty(self.aexpr_ty(e));
                let t = self.scoped_temp(block, ty, span);
                let block = self.expr_into_dest(Place::from(t), block, e);
                let op = if self.is_copy(ty) {
                    Operand::Copy(Place::from(t))
                } else {
                    Operand::Move(Place::from(t))
                };
                (block, Rvalue::Use(op))
            }
        }
    }

    /// Whether `&e` can be promoted to a `'static` constant: `e` is built only from
    /// literals, constants and constructors (no calls, no variables, nothing that can fail),
    /// has no adjustments, and its type needs no drop and has no interior mutability.
    fn is_promotable(&self, e: smelt_hir::ExprId) -> bool {
        let tcx = self.tcx;
        let Some(ty) = self.results.expr_ty(e) else {
            return false;
        };
        if ty.has_params(tcx)
            || ty.has_infer(tcx)
            || ty.references_error(tcx)
            || tcx.needs_drop(ty)
            || !self.is_freeze(ty, 0)
        {
            return false;
        }
        self.promotable_expr(e, 0)
    }

    fn promotable_expr(&self, e: smelt_hir::ExprId, depth: u32) -> bool {
        // (The adjustments of the promoted expression itself are applied outside the
        // constant; those of its parts must not exist.)
        if depth > 32 || (depth > 0 && !self.results.expr_adjustments(e).is_empty()) {
            return false;
        }
        match &self.body.exprs[e].kind {
            ExprKind::Lit(_) => true,
            ExprKind::Unary(smelt_ast::UnOp::Neg, inner) => {
                self.is_negatable_literal(self.full(e), *inner)
            }
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Def(DefKind::Const | DefKind::AssocConst, _) => self
                    .results
                    .node_args(e)
                    .is_none_or(|a| !a.has_params(self.tcx)),
                Res::Def(DefKind::Ctor(_, smelt_hir::CtorKind::Const), _) => true,
                _ => false,
            },
            ExprKind::Array(elems) | ExprKind::Tup(elems) => {
                elems.iter().all(|x| self.promotable_expr(*x, depth + 1))
            }
            ExprKind::Repeat(elem, _) => self.promotable_expr(*elem, depth + 1),
            ExprKind::Call(callee, args) => {
                matches!(&self.body.exprs[*callee].kind, ExprKind::Path(QPath::Resolved(_, p)) if matches!(p.res, Res::Def(DefKind::Ctor(_, smelt_hir::CtorKind::Fn), _)))
                    && self.results.expr_adjustments(*callee).is_empty()
                    && args.iter().all(|x| self.promotable_expr(*x, depth + 1))
            }
            ExprKind::Struct(_, fields, smelt_hir::StructTail::None) => fields
                .iter()
                .all(|f| self.promotable_expr(f.expr, depth + 1)),
            ExprKind::AddrOf(HirBorrowKind::Ref, Mutability::Not, inner) => {
                self.promotable_expr(*inner, depth + 1)
            }
            ExprKind::DropTemps(inner) => self.promotable_expr(*inner, depth + 1),
            _ => false,
        }
    }

    /// Whether a type has no interior mutability (no `UnsafeCell` inside, not behind a
    /// reference).
    fn is_freeze(&self, ty: Ty, depth: u32) -> bool {
        let tcx = self.tcx;
        if depth > 16 {
            return false;
        }
        match tcx.kind(ty) {
            TyKind::Adt(def, args) => {
                if tcx.is_lang_item(def, LangItem::UnsafeCell) {
                    return false;
                }
                let adt = tcx.adt_def(def);
                adt.variants.iter().all(|v| {
                    v.fields.iter().all(|f| {
                        self.is_freeze(tcx.normalize_erasing_regions(f.ty(tcx, args)), depth + 1)
                    })
                })
            }
            TyKind::Array(t, _) | TyKind::Slice(t) => self.is_freeze(t, depth + 1),
            TyKind::Tuple(tys) => tcx.tys(tys).iter().all(|t| self.is_freeze(*t, depth + 1)),
            TyKind::Closure(..)
            | TyKind::Dynamic(..)
            | TyKind::Param(_)
            | TyKind::Alias(_)
            | TyKind::Infer(_) => false,
            _ => true,
        }
    }

    fn cast_rvalue(
        &mut self,
        block: BasicBlock,
        e: AExpr,
        operand: smelt_hir::ExprId,
    ) -> BlockAnd<Rvalue> {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        let to = self.monomorphic_ty(self.aexpr_ty(e));
        let from = self.monomorphic_ty(self.aexpr_ty(self.full(operand)));
        if self.results.coercion_casts.contains(&operand) || from == to {
            let (block, op) = self.as_operand(block, self.full(operand));
            return (block, Rvalue::Use(op));
        }
        // A fieldless enum casts through its discriminant.
        if let TyKind::Adt(def, _) = tcx.kind(from) {
            if tcx.adt_def(def).is_enum() {
                let (block, place) = self.as_place(block, self.full(operand));
                let discr_ty = tcx.adt_def(def).discr_ty(tcx);
                let d = self.scoped_temp(block, discr_ty, span);
                self.push_assign(block, span, Place::from(d), Rvalue::Discriminant(place));
                return (
                    block,
                    Rvalue::Cast(CastKind::IntToInt, Operand::Move(Place::from(d)), to),
                );
            }
        }
        let (block, op) = self.as_operand(block, self.full(operand));
        let is_int = |t: Ty| {
            matches!(
                tcx.kind(t),
                TyKind::Int(_) | TyKind::Uint(_) | TyKind::Bool | TyKind::Char
            )
        };
        let is_float = |t: Ty| matches!(tcx.kind(t), TyKind::Float(_));
        let is_ptr = |t: Ty| matches!(tcx.kind(t), TyKind::RawPtr(..) | TyKind::Ref(..));
        let kind = match (tcx.kind(from), tcx.kind(to)) {
            _ if is_int(from) && is_int(to) => CastKind::IntToInt,
            _ if is_int(from) && is_float(to) => CastKind::IntToFloat,
            _ if is_float(from) && is_int(to) => CastKind::FloatToInt,
            _ if is_float(from) && is_float(to) => CastKind::FloatToFloat,
            (TyKind::FnDef(..), _) => {
                // Reify the function first.
                let sig = match tcx.kind(from) {
                    TyKind::FnDef(def, args) => tcx.fn_sig(def).instantiate(tcx, args),
                    _ => unreachable_sig(tcx),
                };
                let fn_ptr = tcx.mk_fn_ptr(smelt_ty::fold::erase_regions(tcx, sig));
                let t = self.scoped_temp(block, fn_ptr, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(t),
                    Rvalue::Cast(
                        CastKind::PointerCoercion(
                            smelt_ty::typeck_results::PointerCoercion::ReifyFnPointer,
                        ),
                        op,
                        fn_ptr,
                    ),
                );
                let kind = if is_int(to) {
                    CastKind::PointerExposeProvenance
                } else {
                    CastKind::FnPtrToPtr
                };
                return (block, Rvalue::Cast(kind, Operand::Move(Place::from(t)), to));
            }
            (TyKind::FnPtr(_), _) if is_int(to) => CastKind::PointerExposeProvenance,
            (TyKind::FnPtr(_), _) => CastKind::FnPtrToPtr,
            _ if is_ptr(from) && is_int(to) => CastKind::PointerExposeProvenance,
            _ if is_int(from) && is_ptr(to) => CastKind::PointerWithExposedProvenance,
            (TyKind::Ref(_, inner, _), TyKind::RawPtr(..))
                if matches!(tcx.kind(inner), TyKind::Array(..)) =>
            {
                // `&[T; N] as *const T`: via the array pointer.
                let arr_ptr = tcx.mk_ptr(inner, Mutability::Not);
                let t = self.scoped_temp(block, arr_ptr, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(t),
                    Rvalue::Cast(CastKind::PtrToPtr, op, arr_ptr),
                );
                return (
                    block,
                    Rvalue::Cast(CastKind::PtrToPtr, Operand::Move(Place::from(t)), to),
                );
            }
            _ => CastKind::PtrToPtr,
        };
        (block, Rvalue::Cast(kind, op, to))
    }

    fn struct_into_dest(
        &mut self,
        dest: Place,
        block: BasicBlock,
        e: AExpr,
        _qpath: &QPath,
        fields: &[hir::ExprField],
        tail: &hir::StructTail,
    ) -> BasicBlock {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        let ty = self.monomorphic_ty(self.aexpr_ty(e));
        let TyKind::Adt(adt_def, args) = tcx.kind(ty) else {
            self.terminate(block, span, TerminatorKind::Unreachable);
            return self.new_block();
        };
        let adt = tcx.adt_def(adt_def);
        let indices = self
            .results
            .struct_field_indices
            .get(&e.id)
            .cloned()
            .unwrap_or_default();
        // Which variant: find by the fields' owner; for structs it is the only one.
        let variant = self.struct_variant(e, adt_def);
        let mut block = block;
        let mut given: Vec<Option<Operand>> = vec![None; adt.variants[variant].fields.len()];
        let mut later: Vec<hir::ExprId> = fields.iter().map(|f| f.expr).collect();
        if let hir::StructTail::Base(base) = tail {
            later.push(*base);
        }
        for (i, (f, idx)) in fields.iter().zip(indices.iter()).enumerate() {
            let (b, op) = self.as_operand_before(block, self.full(f.expr), &later[i + 1..]);
            block = b;
            if let Some(slot) = given.get_mut(idx.as_usize()) {
                *slot = Some(op);
            }
        }
        if let hir::StructTail::Base(base) = tail {
            let (b, base_place) = self.as_place(block, self.full(*base));
            block = b;
            let fru = self
                .results
                .fru_field_types
                .get(&e.id)
                .cloned()
                .unwrap_or_default();
            for (i, slot) in given.iter_mut().enumerate() {
                if slot.is_none() {
                    let fty = self.monomorphic_ty(fru.get(i).copied().unwrap_or(tcx.types.error));
                    let p = base_place.field(FieldIdx::from_u32(i as u32), fty);
                    *slot = Some(if self.is_copy(fty) {
                        Operand::Copy(p)
                    } else {
                        Operand::Move(p)
                    });
                }
            }
        }
        if adt.is_union() {
            let (idx, op) = given
                .into_iter()
                .enumerate()
                .find_map(|(i, o)| o.map(|o| (i, o)))
                .unwrap_or((0, Operand::zst(tcx.types.unit, span)));
            let mut ops = IndexVec::new();
            ops.push(op);
            self.push_assign(
                block,
                span,
                dest,
                Rvalue::Aggregate(
                    Box::new(AggregateKind::Adt(
                        adt_def,
                        variant,
                        args,
                        Some(FieldIdx::from_u32(idx as u32)),
                    )),
                    ops,
                ),
            );
            return block;
        }
        let ops: IndexVec<FieldIdx, Operand> = given
            .into_iter()
            .map(|o| o.unwrap_or_else(|| Operand::zst(tcx.types.error, span)))
            .collect();
        self.push_assign(
            block,
            span,
            dest,
            Rvalue::Aggregate(
                Box::new(AggregateKind::Adt(adt_def, variant, args, None)),
                ops,
            ),
        );
        block
    }

    fn struct_variant(&self, e: AExpr, adt_def: DefId) -> VariantIdx {
        let tcx = self.tcx;
        let adt = tcx.adt_def(adt_def);
        if !adt.is_enum() {
            return VariantIdx::from_u32(0);
        }
        let ExprKind::Struct(qpath, ..) = self.kind(e) else {
            return VariantIdx::from_u32(0);
        };
        let variant_def = match &**qpath {
            QPath::Resolved(_, path) => match path.res {
                Res::Def(DefKind::Variant, v) => Some(v),
                Res::Def(DefKind::Ctor(hir::CtorOf::Variant, _), c) => tcx.parent(c),
                _ => None,
            },
            QPath::TypeRelative(_, seg) => {
                return adt
                    .variants
                    .iter_enumerated()
                    .find(|(_, v)| v.name == seg.ident.name)
                    .map_or(VariantIdx::from_u32(0), |(i, _)| i);
            }
            QPath::LangItem(item, _) => tcx.lang_item(*item),
        };
        variant_def
            .and_then(|v| adt.variant_index_with_id(v))
            .unwrap_or(VariantIdx::from_u32(0))
    }

    /// `f(args)`: a call, or an aggregate for tuple struct and variant constructors.
    fn call_into_dest(
        &mut self,
        dest: Place,
        block: BasicBlock,
        e: AExpr,
        callee: smelt_hir::ExprId,
        args: &[smelt_hir::ExprId],
    ) -> BasicBlock {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        let callee_ty = self.monomorphic_ty(self.aexpr_ty(self.full(callee)));
        if let TyKind::FnDef(def, fn_args) = tcx.kind(callee_ty) {
            if let DefKind::Ctor(_, CtorKind::Fn) = tcx.def_kind(def) {
                let adt_def = match tcx.def_kind(tcx.parent(def).unwrap_or(def)) {
                    DefKind::Variant => tcx.parent(tcx.parent(def).unwrap_or(def)).unwrap_or(def),
                    _ => tcx.parent(def).unwrap_or(def),
                };
                let adt = tcx.adt_def(adt_def);
                let variant = adt
                    .variant_index_with_ctor_id(def)
                    .unwrap_or(VariantIdx::from_u32(0));
                let mut block = block;
                let mut ops = IndexVec::new();
                for (i, a) in args.iter().enumerate() {
                    let (b, op) = self.as_operand_before(block, self.full(*a), &args[i + 1..]);
                    block = b;
                    ops.push(op);
                }
                self.push_assign(
                    block,
                    span,
                    dest,
                    Rvalue::Aggregate(
                        Box::new(AggregateKind::Adt(adt_def, variant, fn_args, None)),
                        ops,
                    ),
                );
                return block;
            }
        }
        // A call through the `Fn*` traits: `Fn::call(&callee, (args..))`.
        if let Some(Ok((_, method))) = self.results.type_dependent_defs.get(&e.id).copied() {
            let fn_args =
                self.monomorphic_args(self.results.node_args(e.id).unwrap_or(tcx.types.empty_args));
            let (mut block, callee_op) = self.as_operand_before(block, self.full(callee), args);
            let mut elems = IndexVec::new();
            let mut elem_tys = Vec::new();
            for (i, a) in args.iter().enumerate() {
                let (b, op) = self.as_operand_before(block, self.full(*a), &args[i + 1..]);
                block = b;
                elem_tys.push(self.monomorphic_ty(self.aexpr_ty(self.full(*a))));
                elems.push(op);
            }
            let tuple_ty = tcx.mk_tup(&elem_tys);
            let t = self.scoped_temp(block, tuple_ty, span);
            self.push_assign(
                block,
                span,
                Place::from(t),
                Rvalue::Aggregate(Box::new(AggregateKind::Tuple), elems),
            );
            let func = Operand::function_handle(tcx, method, fn_args, span);
            let fn_ty = tcx.mk_fn_def(method, fn_args);
            return self.emit_call(
                dest,
                block,
                func,
                vec![callee_op, Operand::Move(Place::from(t))],
                fn_ty,
                span,
            );
        }
        let (mut block, func) = self.as_operand_before(block, self.full(callee), args);
        let mut ops = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let (b, op) = self.as_operand_before(block, self.full(*a), &args[i + 1..]);
            block = b;
            ops.push(op);
        }
        self.emit_call(dest, block, func, ops, callee_ty, span)
    }

    fn method_call_into_dest(
        &mut self,
        dest: Place,
        block: BasicBlock,
        e: AExpr,
        args: &[smelt_hir::ExprId],
    ) -> BasicBlock {
        let tcx = self.tcx;
        let span = self.expr_span(e.id);
        let Some(Ok((_, def))) = self.results.type_dependent_defs.get(&e.id).copied() else {
            self.terminate(block, span, TerminatorKind::Unreachable);
            return self.new_block();
        };
        let fn_args =
            self.monomorphic_args(self.results.node_args(e.id).unwrap_or(tcx.types.empty_args));
        let func = Operand::function_handle(tcx, def, fn_args, span);
        let fn_ty = tcx.mk_fn_def(def, fn_args);
        let mut block = block;
        let mut ops = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let (b, op) = self.as_operand_before(block, self.full(*a), &args[i + 1..]);
            block = b;
            ops.push(op);
        }
        let fn_span = match &self.body.exprs[e.id].kind {
            ExprKind::MethodCall(_, _, _, method_span) => *method_span,
            _ => span,
        };
        self.emit_call_at(dest, block, func, ops, fn_ty, span, fn_span)
    }

    /// An operator that resolved to a trait method: a call of it with the operands.
    fn overloaded_op_call(
        &mut self,
        dest: Place,
        block: BasicBlock,
        e: AExpr,
        operands: &[smelt_hir::ExprId],
    ) -> BasicBlock {
        self.method_call_into_dest(dest, block, e, operands)
    }

    /// Emits a call terminator; returns the block after it (unreachable if the callee
    /// never returns).
    pub fn emit_call(
        &mut self,
        dest: Place,
        block: BasicBlock,
        func: Operand,
        args: Vec<Operand>,
        fn_ty: Ty,
        span: Span,
    ) -> BasicBlock {
        self.emit_call_at(dest, block, func, args, fn_ty, span, span)
    }

    /// `emit_call` with the span callees' `#[track_caller]` locations report: rustc's
    /// `fn_span` (for a method call, the method name to the closing parenthesis).
    #[allow(clippy::too_many_arguments)]
    pub fn emit_call_at(
        &mut self,
        dest: Place,
        block: BasicBlock,
        func: Operand,
        args: Vec<Operand>,
        fn_ty: Ty,
        span: Span,
        fn_span: Span,
    ) -> BasicBlock {
        let tcx = self.tcx;
        let diverges = match tcx.kind(fn_ty) {
            TyKind::FnDef(def, a) => {
                tcx.kind(tcx.normalize_in_env(
                    &self.param_env,
                    tcx.sig_output(tcx.fn_sig(def).instantiate(tcx, a)),
                )) == TyKind::Never
            }
            TyKind::FnPtr(sig) => tcx.kind(tcx.sig_output(sig)) == TyKind::Never,
            _ => false,
        };
        let target = if diverges {
            None
        } else {
            Some(self.new_block())
        };
        self.terminate(
            block,
            span,
            TerminatorKind::Call {
                func,
                args,
                destination: dest,
                target,
                unwind: UnwindAction::Continue,
                fn_span,
            },
        );
        match target {
            Some(t) => t,
            None => self.new_block(),
        }
    }
}

fn unreachable_sig(tcx: &smelt_ty::TyCtxt) -> smelt_ty::FnSig {
    tcx.mk_fn_sig(
        &[],
        tcx.types.unit,
        false,
        smelt_hir::Safety::Safe,
        smelt_hir::Abi::Rust,
    )
}

/// The type-level constant of a const generic parameter.
fn smelt_typeck_param_const(tcx: &smelt_ty::TyCtxt, param: DefId) -> smelt_ty::Const {
    let owner = tcx.parent(param).unwrap_or(param);
    let generics = tcx.generics_of(owner);
    match generics.own_params.iter().find(|p| p.def_id == param) {
        Some(p) => tcx.mk_const(smelt_ty::ConstKind::Param(smelt_ty::ParamConst {
            index: p.index,
            name: p.name,
        })),
        None => tcx.mk_const(smelt_ty::ConstKind::Error),
    }
}

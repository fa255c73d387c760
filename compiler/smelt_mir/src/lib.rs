//! MIR: each function as a control-flow graph of basic blocks over typed locals, with
//! explicit places, borrows, moves, calls and checks. The shapes and names are rustc's
//! (`Place`, `Rvalue`, `TerminatorKind::SwitchInt`), and so is the text dump (`--emit=mir`).
//!
//! Architecture invariant: MIR is built only from type-checked HIR; every operand and place has
//! a type computable from the body alone (`Place::ty`), and every basic block ends in exactly
//! one terminator. `verify` checks these and that every jump targets an existing block.

pub mod pretty;
pub mod verify;
pub mod visit;

use std::rc::Rc;

use smelt_ast::Mutability;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{DefId, PatId};
use smelt_span::{newtype_index, IndexVec, Span, Symbol};
use smelt_ty::consts::ConstValue;
use smelt_ty::typeck_results::PointerCoercion;
use smelt_ty::{
    Const, FieldIdx, GenericArgs, InstanceKind, Region, Ty, TyCtxt, TyKind, VariantIdx,
};

newtype_index! {
    /// A local variable or temporary; `_0` is the return place, `_1..=n` the arguments.
    pub struct Local; "_"
}

newtype_index! {
    pub struct BasicBlock; "bb"
}

newtype_index! {
    /// A lexical scope, for debug info.
    pub struct SourceScope; "scope "
}

impl Local {
    pub const RETURN_PLACE: Local = Local::from_u32(0);
}

impl BasicBlock {
    pub const START: BasicBlock = BasicBlock::from_u32(0);
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct SourceInfo {
    pub span: Span,
    pub scope: SourceScope,
}

impl SourceInfo {
    pub fn outermost(span: Span) -> SourceInfo {
        SourceInfo {
            span,
            scope: SourceScope::from_u32(0),
        }
    }
}

/// What a local is.
#[derive(Clone, Debug, PartialEq)]
pub enum LocalInfo {
    /// A user variable bound by a pattern.
    User {
        name: Symbol,
        pat: PatId,
        mutable: bool,
        by_ref: bool,
    },
    /// A compiler temporary.
    Temp,
    /// The return place or an argument without a name.
    Boring,
}

#[derive(Clone, Debug)]
pub struct LocalDecl {
    pub mutability: Mutability,
    pub ty: Ty,
    pub source_info: SourceInfo,
    pub info: LocalInfo,
}

#[derive(Clone, Debug)]
pub struct SourceScopeData {
    pub span: Span,
    pub parent: Option<SourceScope>,
}

/// A user variable's name, for the dump and debug info.
#[derive(Clone, Debug)]
pub struct VarDebugInfo {
    pub name: Symbol,
    pub scope: SourceScope,
    pub local: Local,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub basic_blocks: IndexVec<BasicBlock, BasicBlockData>,
    pub local_decls: IndexVec<Local, LocalDecl>,
    pub source_scopes: IndexVec<SourceScope, SourceScopeData>,
    pub var_debug_info: Vec<VarDebugInfo>,
    pub arg_count: usize,
    pub span: Span,
    pub instance: InstanceKind,
    /// For closures called through `Fn*::call*`: the argument tuple is spread into this and
    /// the following locals.
    pub spread_arg: Option<Local>,
    /// Whether the function is `#[track_caller]` (it takes its caller's location).
    pub caller_location: Option<Local>,
    pub tainted_by_errors: Option<ErrorGuaranteed>,
}

impl Body {
    pub fn args_iter(&self) -> impl Iterator<Item = Local> {
        (1..=self.arg_count).map(|i| Local::from_u32(i as u32))
    }

    pub fn return_ty(&self) -> Ty {
        self.local_decls[Local::RETURN_PLACE].ty
    }

    pub fn terminator(&self, bb: BasicBlock) -> &Terminator {
        self.basic_blocks[bb].terminator()
    }
}

#[derive(Clone, Debug, Default)]
pub struct BasicBlockData {
    pub statements: Vec<Statement>,
    pub terminator: Option<Terminator>,
    /// Blocks run while unwinding.
    pub is_cleanup: bool,
}

impl BasicBlockData {
    pub fn terminator(&self) -> &Terminator {
        self.terminator
            .as_ref()
            .expect("every MIR block is terminated once building finishes")
    }

    pub fn terminator_mut(&mut self) -> &mut Terminator {
        self.terminator
            .as_mut()
            .expect("every MIR block is terminated once building finishes")
    }
}

#[derive(Clone, Debug)]
pub struct Statement {
    pub source_info: SourceInfo,
    pub kind: StatementKind,
}

#[derive(Clone, Debug)]
pub enum StatementKind {
    Assign(Box<(Place, Rvalue)>),
    /// Writes the discriminant of `variant` into an enum place.
    SetDiscriminant {
        place: Box<Place>,
        variant_index: VariantIdx,
    },
    StorageLive(Local),
    StorageDead(Local),
    /// A read of a place that only borrow checking cares about (the scrutinee of a match).
    FakeRead(Box<Place>),
    Nop,
}

#[derive(Clone, Debug)]
pub struct Terminator {
    pub source_info: SourceInfo,
    pub kind: TerminatorKind,
}

/// What happens if a call or drop unwinds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnwindAction {
    /// Keep unwinding to the caller.
    Continue,
    Unreachable,
    Terminate,
    Cleanup(BasicBlock),
}

#[derive(Clone, Debug)]
pub struct SwitchTargets {
    pub values: Vec<u128>,
    /// One target per value, then the `otherwise` target.
    pub targets: Vec<BasicBlock>,
}

impl SwitchTargets {
    pub fn new(
        branches: impl IntoIterator<Item = (u128, BasicBlock)>,
        otherwise: BasicBlock,
    ) -> SwitchTargets {
        let (values, mut targets): (Vec<u128>, Vec<BasicBlock>) = branches.into_iter().unzip();
        targets.push(otherwise);
        SwitchTargets { values, targets }
    }

    /// `if` on a `bool`: 0 goes to `else_`, anything else to `then`.
    pub fn static_if(value: u128, then: BasicBlock, else_: BasicBlock) -> SwitchTargets {
        SwitchTargets {
            values: vec![value],
            targets: vec![then, else_],
        }
    }

    pub fn otherwise(&self) -> BasicBlock {
        *self
            .targets
            .last()
            .expect("switch targets end with otherwise")
    }

    pub fn iter(&self) -> impl Iterator<Item = (u128, BasicBlock)> + '_ {
        self.values
            .iter()
            .copied()
            .zip(self.targets.iter().copied())
    }

    pub fn all_targets(&self) -> &[BasicBlock] {
        &self.targets
    }
}

#[derive(Clone, Debug)]
pub enum TerminatorKind {
    Goto {
        target: BasicBlock,
    },
    SwitchInt {
        discr: Operand,
        targets: SwitchTargets,
    },
    Return,
    Unreachable,
    /// Continue unwinding (ends a cleanup block).
    UnwindResume,
    /// Abort the process (unwinding out of a function that must not unwind).
    UnwindTerminate,
    Drop {
        place: Place,
        target: BasicBlock,
        unwind: UnwindAction,
    },
    Call {
        func: Operand,
        args: Vec<Operand>,
        destination: Place,
        /// `None` for calls that never return.
        target: Option<BasicBlock>,
        unwind: UnwindAction,
        fn_span: Span,
    },
    /// Panics with `msg` unless `cond == expected`.
    Assert {
        cond: Operand,
        expected: bool,
        msg: Box<AssertKind>,
        target: BasicBlock,
        unwind: UnwindAction,
    },
    /// An edge that exists only for borrow checking (match arms are tried in order).
    FalseEdge {
        real_target: BasicBlock,
        imaginary_target: BasicBlock,
    },
    /// A loop head: the loop might unwind (for borrow checking of infinite loops).
    FalseUnwind {
        real_target: BasicBlock,
        unwind: UnwindAction,
    },
}

impl TerminatorKind {
    pub fn successors(&self) -> Vec<BasicBlock> {
        match self {
            TerminatorKind::Goto { target } => vec![*target],
            TerminatorKind::SwitchInt { targets, .. } => targets.targets.clone(),
            TerminatorKind::Return
            | TerminatorKind::Unreachable
            | TerminatorKind::UnwindResume
            | TerminatorKind::UnwindTerminate => Vec::new(),
            TerminatorKind::Drop { target, unwind, .. }
            | TerminatorKind::Assert { target, unwind, .. } => {
                let mut v = vec![*target];
                if let UnwindAction::Cleanup(c) = unwind {
                    v.push(*c);
                }
                v
            }
            TerminatorKind::Call { target, unwind, .. } => {
                let mut v: Vec<BasicBlock> = target.iter().copied().collect();
                if let UnwindAction::Cleanup(c) = unwind {
                    v.push(*c);
                }
                v
            }
            TerminatorKind::FalseEdge {
                real_target,
                imaginary_target,
            } => vec![*real_target, *imaginary_target],
            TerminatorKind::FalseUnwind {
                real_target,
                unwind,
            } => {
                let mut v = vec![*real_target];
                if let UnwindAction::Cleanup(c) = unwind {
                    v.push(*c);
                }
                v
            }
        }
    }

    pub fn successors_mut(&mut self) -> Vec<&mut BasicBlock> {
        match self {
            TerminatorKind::Goto { target } => vec![target],
            TerminatorKind::SwitchInt { targets, .. } => targets.targets.iter_mut().collect(),
            TerminatorKind::Return
            | TerminatorKind::Unreachable
            | TerminatorKind::UnwindResume
            | TerminatorKind::UnwindTerminate => Vec::new(),
            TerminatorKind::Drop { target, unwind, .. }
            | TerminatorKind::Assert { target, unwind, .. } => {
                let mut v = vec![target];
                if let UnwindAction::Cleanup(c) = unwind {
                    v.push(c);
                }
                v
            }
            TerminatorKind::Call { target, unwind, .. } => {
                let mut v: Vec<&mut BasicBlock> = target.iter_mut().collect();
                if let UnwindAction::Cleanup(c) = unwind {
                    v.push(c);
                }
                v
            }
            TerminatorKind::FalseEdge {
                real_target,
                imaginary_target,
            } => vec![real_target, imaginary_target],
            TerminatorKind::FalseUnwind {
                real_target,
                unwind,
            } => {
                let mut v = vec![real_target];
                if let UnwindAction::Cleanup(c) = unwind {
                    v.push(c);
                }
                v
            }
        }
    }
}

/// The checks that panic, with what their messages need.
#[derive(Clone, Debug)]
pub enum AssertKind {
    BoundsCheck { len: Operand, index: Operand },
    Overflow(BinOp, Operand, Operand),
    OverflowNeg(Operand),
    DivisionByZero(Operand),
    RemainderByZero(Operand),
}

impl AssertKind {
    /// The panic message of a check with constant operands.
    pub fn description(&self) -> &'static str {
        match self {
            AssertKind::Overflow(BinOp::Add, ..) => "attempt to add with overflow",
            AssertKind::Overflow(BinOp::Sub, ..) => "attempt to subtract with overflow",
            AssertKind::Overflow(BinOp::Mul, ..) => "attempt to multiply with overflow",
            AssertKind::Overflow(BinOp::Div, ..) => "attempt to divide with overflow",
            AssertKind::Overflow(BinOp::Rem, ..) => {
                "attempt to calculate the remainder with overflow"
            }
            AssertKind::Overflow(BinOp::Shl, ..) => "attempt to shift left with overflow",
            AssertKind::Overflow(BinOp::Shr, ..) => "attempt to shift right with overflow",
            AssertKind::Overflow(..) => "attempt to compute with overflow",
            AssertKind::OverflowNeg(_) => "attempt to negate with overflow",
            AssertKind::DivisionByZero(_) => "attempt to divide by zero",
            AssertKind::RemainderByZero(_) => {
                "attempt to calculate the remainder with a divisor of zero"
            }
            AssertKind::BoundsCheck { .. } => "index out of bounds",
        }
    }
}

/* ---------------------------------------------------------------- places and values */

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Place {
    pub local: Local,
    pub projection: Vec<PlaceElem>,
}

impl From<Local> for Place {
    fn from(local: Local) -> Place {
        Place {
            local,
            projection: Vec::new(),
        }
    }
}

impl Place {
    pub fn return_place() -> Place {
        Place::from(Local::RETURN_PLACE)
    }

    pub fn project(&self, elem: PlaceElem) -> Place {
        let mut projection = self.projection.clone();
        projection.push(elem);
        Place {
            local: self.local,
            projection,
        }
    }

    pub fn field(&self, f: FieldIdx, ty: Ty) -> Place {
        self.project(ProjectionElem::Field(f, ty))
    }

    pub fn deref(&self) -> Place {
        self.project(ProjectionElem::Deref)
    }

    pub fn downcast(&self, variant: VariantIdx) -> Place {
        self.project(ProjectionElem::Downcast(variant))
    }

    pub fn as_local(&self) -> Option<Local> {
        self.projection.is_empty().then_some(self.local)
    }

    pub fn is_indirect(&self) -> bool {
        self.projection.contains(&ProjectionElem::Deref)
    }

    /// The type of this place (for a downcast: the enum type and the variant).
    pub fn ty(&self, body: &Body, tcx: &TyCtxt) -> PlaceTy {
        let mut pt = PlaceTy {
            ty: body.local_decls[self.local].ty,
            variant: None,
        };
        for elem in &self.projection {
            pt = pt.project(tcx, elem);
        }
        pt
    }
}

#[derive(Copy, Clone, Debug)]
pub struct PlaceTy {
    pub ty: Ty,
    pub variant: Option<VariantIdx>,
}

impl PlaceTy {
    pub fn project(self, tcx: &TyCtxt, elem: &PlaceElem) -> PlaceTy {
        match *elem {
            ProjectionElem::Deref => {
                let ty = match tcx.kind(self.ty) {
                    TyKind::Ref(_, t, _) | TyKind::RawPtr(t, _) => t,
                    TyKind::Adt(_, args) => tcx
                        .args(args)
                        .first()
                        .and_then(|a| a.as_type())
                        .unwrap_or(tcx.types.error),
                    _ => tcx.types.error,
                };
                PlaceTy { ty, variant: None }
            }
            ProjectionElem::Field(_, ty) => PlaceTy { ty, variant: None },
            ProjectionElem::Index(_) | ProjectionElem::ConstantIndex { .. } => {
                let ty = match tcx.kind(self.ty) {
                    TyKind::Array(t, _) | TyKind::Slice(t) => t,
                    _ => tcx.types.error,
                };
                PlaceTy { ty, variant: None }
            }
            ProjectionElem::Subslice { from, to, from_end } => {
                let ty = match tcx.kind(self.ty) {
                    TyKind::Array(t, _) if !from_end => tcx.mk_array(t, to - from),
                    TyKind::Array(t, len) => {
                        let n = tcx.eval_array_len(len).unwrap_or(0);
                        tcx.mk_array(t, n.saturating_sub(from + to))
                    }
                    TyKind::Slice(_) => self.ty,
                    _ => tcx.types.error,
                };
                PlaceTy { ty, variant: None }
            }
            ProjectionElem::Downcast(v) => PlaceTy {
                ty: self.ty,
                variant: Some(v),
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ProjectionElem {
    Deref,
    /// A field, with the field's type.
    Field(FieldIdx, Ty),
    /// `[i]` with the index in a local.
    Index(Local),
    /// `[offset]` or `[len - offset]` (slice patterns).
    ConstantIndex {
        offset: u64,
        min_length: u64,
        from_end: bool,
    },
    /// `[from..to]` or `[from..len - to]`.
    Subslice {
        from: u64,
        to: u64,
        from_end: bool,
    },
    /// View of an enum place as one of its variants.
    Downcast(VariantIdx),
}

pub type PlaceElem = ProjectionElem;

#[derive(Clone, Debug)]
pub enum Operand {
    Copy(Place),
    Move(Place),
    Constant(Box<ConstOperand>),
}

impl Operand {
    pub fn ty(&self, body: &Body, tcx: &TyCtxt) -> Ty {
        match self {
            Operand::Copy(p) | Operand::Move(p) => p.ty(body, tcx).ty,
            Operand::Constant(c) => c.ty,
        }
    }

    pub fn place(&self) -> Option<&Place> {
        match self {
            Operand::Copy(p) | Operand::Move(p) => Some(p),
            Operand::Constant(_) => None,
        }
    }

    pub fn constant(&self) -> Option<&ConstOperand> {
        match self {
            Operand::Constant(c) => Some(c),
            _ => None,
        }
    }

    /// A constant operand of a scalar value.
    pub fn const_scalar(tcx: &TyCtxt, ty: Ty, value: smelt_ty::ScalarInt, span: Span) -> Operand {
        let _ = tcx;
        Operand::Constant(Box::new(ConstOperand {
            span,
            ty,
            kind: ConstKind::Val(ConstValue::from_int(value)),
        }))
    }

    pub fn const_bool(tcx: &TyCtxt, b: bool, span: Span) -> Operand {
        Operand::const_scalar(
            tcx,
            tcx.types.bool,
            smelt_ty::ScalarInt::from_uint(b as u128, 1),
            span,
        )
    }

    pub fn const_usize(tcx: &TyCtxt, v: u64, span: Span) -> Operand {
        let size = tcx.sess.opts.target.pointer_size() as u8;
        Operand::const_scalar(
            tcx,
            tcx.types.usize,
            smelt_ty::ScalarInt::from_uint(v as u128, size),
            span,
        )
    }

    pub fn zst(ty: Ty, span: Span) -> Operand {
        Operand::Constant(Box::new(ConstOperand {
            span,
            ty,
            kind: ConstKind::Val(ConstValue::ZeroSized),
        }))
    }

    /// The function item `def` with `args`, as a callee.
    pub fn function_handle(tcx: &TyCtxt, def: DefId, args: GenericArgs, span: Span) -> Operand {
        Operand::zst(tcx.mk_fn_def(def, args), span)
    }
}

#[derive(Clone, Debug)]
pub struct ConstOperand {
    pub span: Span,
    pub ty: Ty,
    pub kind: ConstKind,
}

#[derive(Clone, Debug)]
pub enum ConstKind {
    /// A known value.
    Val(ConstValue),
    /// A constant item (or anonymous constant) to evaluate at its instantiation.
    Unevaluated(DefId, GenericArgs),
    /// A const generic parameter or other type-level constant.
    Ty(Const),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BorrowKind {
    Shared,
    /// A borrow of a match scrutinee that only borrow checking sees.
    Fake,
    Mut {
        two_phase: bool,
    },
}

impl BorrowKind {
    pub fn mutability(self) -> Mutability {
        match self {
            BorrowKind::Mut { .. } => Mutability::Mut,
            _ => Mutability::Not,
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    BitXor,
    BitAnd,
    BitOr,
    Shl,
    Shr,
    Eq,
    Lt,
    Le,
    Ne,
    Ge,
    Gt,
    /// `ptr.offset(n)` in elements.
    Offset,
    /// Like `Add`/`Sub`/`Mul`, producing `(result, overflowed)`.
    AddWithOverflow,
    SubWithOverflow,
    MulWithOverflow,
}

impl BinOp {
    pub fn from_hir(op: smelt_ast::BinOpKind) -> BinOp {
        use smelt_ast::BinOpKind as B;
        match op {
            B::Add => BinOp::Add,
            B::Sub => BinOp::Sub,
            B::Mul => BinOp::Mul,
            B::Div => BinOp::Div,
            B::Rem => BinOp::Rem,
            B::BitXor => BinOp::BitXor,
            B::BitAnd => BinOp::BitAnd,
            B::BitOr => BinOp::BitOr,
            B::Shl => BinOp::Shl,
            B::Shr => BinOp::Shr,
            B::Eq => BinOp::Eq,
            B::Lt => BinOp::Lt,
            B::Le => BinOp::Le,
            B::Ne => BinOp::Ne,
            B::Ge => BinOp::Ge,
            B::Gt => BinOp::Gt,
            // `&&` and `||` are lowered to control flow, never to a `BinOp`.
            B::And => BinOp::BitAnd,
            B::Or => BinOp::BitOr,
        }
    }

    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Lt | BinOp::Le | BinOp::Ne | BinOp::Ge | BinOp::Gt
        )
    }

    pub fn with_overflow(self) -> Option<BinOp> {
        match self {
            BinOp::Add => Some(BinOp::AddWithOverflow),
            BinOp::Sub => Some(BinOp::SubWithOverflow),
            BinOp::Mul => Some(BinOp::MulWithOverflow),
            _ => None,
        }
    }

    pub fn wrapping(self) -> BinOp {
        match self {
            BinOp::AddWithOverflow => BinOp::Add,
            BinOp::SubWithOverflow => BinOp::Sub,
            BinOp::MulWithOverflow => BinOp::Mul,
            op => op,
        }
    }

    /// The type of `lhs op rhs`.
    pub fn ty(self, tcx: &TyCtxt, lhs: Ty, _rhs: Ty) -> Ty {
        match self {
            BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
                tcx.mk_tup(&[lhs, tcx.types.bool])
            }
            op if op.is_comparison() => tcx.types.bool,
            _ => lhs,
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    Not,
    Neg,
    /// The metadata (length or vtable) of a fat pointer.
    PtrMetadata,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum CastKind {
    IntToInt,
    IntToFloat,
    FloatToInt,
    FloatToFloat,
    PtrToPtr,
    FnPtrToPtr,
    /// Pointer to integer.
    PointerExposeProvenance,
    /// Integer to pointer.
    PointerWithExposedProvenance,
    PointerCoercion(PointerCoercion),
    Transmute,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum NullOp {
    SizeOf,
    AlignOf,
}

#[derive(Clone, Debug)]
pub enum AggregateKind {
    Array(Ty),
    Tuple,
    /// A struct or enum variant; the field is set for unions.
    Adt(DefId, VariantIdx, GenericArgs, Option<FieldIdx>),
    Closure(DefId, GenericArgs),
    /// A (fat) raw pointer from its data pointer and metadata.
    RawPtr(Ty, Mutability),
}

#[derive(Clone, Debug)]
pub enum Rvalue {
    Use(Operand),
    /// `[x; N]`
    Repeat(Operand, Const),
    Ref(Region, BorrowKind, Place),
    /// `&raw const place` / `&raw mut place`
    RawPtr(Mutability, Place),
    /// The length of an array or slice place.
    Len(Place),
    Cast(CastKind, Operand, Ty),
    BinaryOp(BinOp, Box<(Operand, Operand)>),
    NullaryOp(NullOp, Ty),
    UnaryOp(UnOp, Operand),
    /// The discriminant value of an enum place.
    Discriminant(Place),
    Aggregate(Box<AggregateKind>, IndexVec<FieldIdx, Operand>),
    /// `place` copied out from behind a deref (debug info only in rustc).
    CopyForDeref(Place),
}

impl Rvalue {
    pub fn ty(&self, body: &Body, tcx: &TyCtxt) -> Ty {
        match self {
            Rvalue::Use(o) => o.ty(body, tcx),
            Rvalue::Repeat(o, len) => tcx.mk_ty(TyKind::Array(o.ty(body, tcx), *len)),
            Rvalue::Ref(r, bk, p) => tcx.mk_ref(*r, p.ty(body, tcx).ty, bk.mutability()),
            Rvalue::RawPtr(m, p) => tcx.mk_ptr(p.ty(body, tcx).ty, *m),
            Rvalue::Len(_) => tcx.types.usize,
            Rvalue::Cast(_, _, t) => *t,
            Rvalue::BinaryOp(op, ops) => op.ty(tcx, ops.0.ty(body, tcx), ops.1.ty(body, tcx)),
            Rvalue::NullaryOp(..) => tcx.types.usize,
            Rvalue::UnaryOp(UnOp::PtrMetadata, o) => {
                let ptr = o.ty(body, tcx);
                let pointee = match tcx.kind(ptr) {
                    TyKind::Ref(_, t, _) | TyKind::RawPtr(t, _) => t,
                    _ => ptr,
                };
                match tcx.kind(tcx.struct_tail(pointee)) {
                    TyKind::Dynamic(..) => tcx.mk_imm_ref(tcx.types.unit),
                    TyKind::Slice(_) | TyKind::Str => tcx.types.usize,
                    _ => tcx.types.unit,
                }
            }
            Rvalue::UnaryOp(_, o) => o.ty(body, tcx),
            Rvalue::Discriminant(p) => {
                let ty = p.ty(body, tcx).ty;
                match tcx.kind(ty) {
                    TyKind::Adt(def, _) if tcx.adt_def(def).is_enum() => {
                        tcx.adt_def(def).discr_ty(tcx)
                    }
                    _ => tcx.types.u8,
                }
            }
            Rvalue::Aggregate(kind, ops) => match &**kind {
                AggregateKind::Array(t) => tcx.mk_array(*t, ops.len() as u64),
                AggregateKind::Tuple => {
                    let tys: Vec<Ty> = ops.iter().map(|o| o.ty(body, tcx)).collect();
                    tcx.mk_tup(&tys)
                }
                AggregateKind::Adt(def, _, args, _) => tcx.mk_adt(*def, *args),
                AggregateKind::Closure(def, args) => tcx.mk_ty(TyKind::Closure(*def, *args)),
                AggregateKind::RawPtr(t, m) => tcx.mk_ptr(*t, *m),
            },
            Rvalue::CopyForDeref(p) => p.ty(body, tcx).ty,
        }
    }
}

/// The MIR of a body, behind the `Any` the type context stores it as.
pub fn mir_built(tcx: &TyCtxt, def: DefId) -> Rc<Body> {
    tcx.mir_built_any(def)
        .downcast::<Body>()
        .unwrap_or_else(|_| panic!("mir_built provider returned something else than a MIR body"))
}

/// The optimized MIR of an instance (items and shims).
pub fn optimized_mir(tcx: &TyCtxt, instance: InstanceKind) -> Rc<Body> {
    tcx.optimized_mir_any(instance)
        .downcast::<Body>()
        .unwrap_or_else(|_| {
            panic!("optimized_mir provider returned something else than a MIR body")
        })
}

//! What type checking learns about a body: the type of every expression and pattern, the
//! definitions that type-dependent paths and method calls resolve to, implicit adjustments
//! (auto-deref, auto-ref, coercions) and the binding modes of patterns.

use rustc_hash::{FxHashMap, FxHashSet};
use smelt_ast::Mutability;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{DefId, DefKind, ExprId, PatId};
use smelt_span::IndexVec;

use crate::sty::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AutoBorrow {
    Ref(Mutability),
    RawPtr(Mutability),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum PointerCoercion {
    /// A function item to a function pointer.
    ReifyFnPointer,
    /// A safe function pointer to an unsafe one.
    UnsafeFnPointer,
    /// A non-capturing closure to a function pointer.
    ClosureFnPointer,
    /// `*mut T` to `*const T`.
    MutToConstPointer,
    /// `&[T; N]` to `&[T]`, `&T` to `&dyn Trait`, and the like.
    Unsize,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Adjust {
    /// `!` to any type.
    NeverToAny,
    /// A dereference; `Some` when it calls `Deref::deref` (or `deref_mut`).
    Deref(Option<Mutability>),
    Borrow(AutoBorrow),
    Pointer(PointerCoercion),
}

/// One step of an expression's implicit adjustments; `target` is the type after it.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Adjustment {
    pub kind: Adjust,
    pub target: Ty,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BindingMode {
    ByValue(Mutability),
    ByRef(Mutability, Mutability),
}

/// How a closure captures one variable of its environment.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CaptureKind {
    ByValue,
    ByRef(Mutability),
}

#[derive(Clone, Debug)]
pub struct CapturedVar {
    /// The captured variable (its binding pattern in the parent body).
    pub var: PatId,
    pub kind: CaptureKind,
    /// The type of the capture as stored in the closure (the variable's type or a
    /// reference to it).
    pub ty: Ty,
}

#[derive(Clone, Debug)]
pub struct TypeckResults {
    pub owner: DefId,
    pub expr_types: IndexVec<ExprId, Option<Ty>>,
    pub pat_types: IndexVec<PatId, Option<Ty>>,
    /// Generic arguments of paths to generic items and of method calls.
    pub node_args: FxHashMap<ExprId, GenericArgs>,
    /// What method calls, type-relative paths (`Vec::new`) and overloaded operators resolved
    /// to.
    pub type_dependent_defs: FxHashMap<ExprId, Result<(DefKind, DefId), ErrorGuaranteed>>,
    /// For field expressions: the index of the field (and variant) accessed.
    pub field_indices: FxHashMap<ExprId, FieldIdx>,
    /// For struct expressions and patterns: each written field's index, by position.
    pub struct_field_indices: FxHashMap<ExprId, Vec<FieldIdx>>,
    pub pat_field_indices: FxHashMap<PatId, Vec<FieldIdx>>,
    /// Type-relative path patterns (`Self::Variant`, `u8::MAX`, `Self::CONST`): what they
    /// resolved to, with the generic arguments.
    pub pat_type_dependent_defs: FxHashMap<PatId, (DefKind, DefId, GenericArgs)>,
    /// The hidden types of the opaque types (`impl Trait`) the body's function returns.
    pub concrete_opaque_types: FxHashMap<DefId, Ty>,
    pub adjustments: FxHashMap<ExprId, Vec<Adjustment>>,
    pub pat_binding_modes: FxHashMap<PatId, BindingMode>,
    /// Implicit dereferences of a pattern's scrutinee under default binding modes: the types
    /// before each deref.
    pub pat_adjustments: FxHashMap<PatId, Vec<Ty>>,
    /// For casts that are really coercions.
    pub coercion_casts: FxHashSet<ExprId>,
    /// The upvars of each closure, in order.
    pub closure_captures: FxHashMap<DefId, Vec<CapturedVar>>,
    /// The signature of each closure of the body, and of the body itself if it is a fn.
    pub closure_kinds: FxHashMap<DefId, ClosureKind>,
    /// Variables that are used after being moved into a closure (for borrowck).
    pub user_fn_sig: Option<FnSig>,
    /// Struct-update (`..base`) field types.
    pub fru_field_types: FxHashMap<ExprId, Vec<Ty>>,
    /// Expressions that are the (possibly implicit) `Deref`/`Index` operators and need the
    /// mutable version because they are used mutably.
    pub mutable_overloaded_places: FxHashSet<ExprId>,
    /// Set when errors were reported: later stages must not report more for this body.
    pub tainted_by_errors: Option<ErrorGuaranteed>,
}

impl TypeckResults {
    pub fn new(owner: DefId, tainted_by_errors: Option<ErrorGuaranteed>) -> TypeckResults {
        TypeckResults {
            owner,
            expr_types: IndexVec::new(),
            pat_types: IndexVec::new(),
            node_args: FxHashMap::default(),
            type_dependent_defs: FxHashMap::default(),
            field_indices: FxHashMap::default(),
            struct_field_indices: FxHashMap::default(),
            pat_field_indices: FxHashMap::default(),
            pat_type_dependent_defs: FxHashMap::default(),
            concrete_opaque_types: FxHashMap::default(),
            adjustments: FxHashMap::default(),
            pat_binding_modes: FxHashMap::default(),
            pat_adjustments: FxHashMap::default(),
            coercion_casts: FxHashSet::default(),
            closure_captures: FxHashMap::default(),
            closure_kinds: FxHashMap::default(),
            user_fn_sig: None,
            fru_field_types: FxHashMap::default(),
            mutable_overloaded_places: FxHashSet::default(),
            tainted_by_errors,
        }
    }

    pub fn expr_ty(&self, expr: ExprId) -> Option<Ty> {
        self.expr_types.get(expr).copied().flatten()
    }

    pub fn pat_ty(&self, pat: PatId) -> Option<Ty> {
        self.pat_types.get(pat).copied().flatten()
    }

    /// The expression's type after its adjustments.
    pub fn expr_ty_adjusted(&self, expr: ExprId) -> Option<Ty> {
        match self.adjustments.get(&expr).and_then(|a| a.last()) {
            Some(adj) => Some(adj.target),
            None => self.expr_ty(expr),
        }
    }

    pub fn expr_adjustments(&self, expr: ExprId) -> &[Adjustment] {
        self.adjustments.get(&expr).map_or(&[], |v| v)
    }

    pub fn node_args(&self, expr: ExprId) -> Option<GenericArgs> {
        self.node_args.get(&expr).copied()
    }
}

//! The semantic types. A `Ty` is a `u32` handle to an interned `TyKind`; kinds hold only
//! handles and `Copy` data, so `tcx.kind(ty)` returns a value and no lifetime threads through
//! the compiler. Lists (generic arguments, tuple fields) are interned the same way.

use smelt_ast::{FloatTy, IntTy, Mutability, UintTy};
use smelt_hir::DefId;
use smelt_span::{newtype_index, Symbol};

newtype_index! {
    /// An interned type.
    pub struct Ty;
}

newtype_index! {
    /// An interned list of generic arguments.
    pub struct GenericArgs;
}

newtype_index! {
    /// An interned list of types (tuple fields, function inputs and output).
    pub struct Tys;
}

newtype_index! {
    /// An interned constant (array lengths, const generic arguments).
    pub struct Const;
}

newtype_index! {
    /// An interned list of existential predicates (the `Trait + Send` of a `dyn`).
    pub struct ExistentialPredicates;
}

newtype_index! {
    /// A type inference variable.
    pub struct TyVid; "?"
}

newtype_index! {
    /// An integer-literal inference variable.
    pub struct IntVid;
}

newtype_index! {
    /// A float-literal inference variable.
    pub struct FloatVid;
}

newtype_index! {
    /// A const inference variable.
    pub struct ConstVid;
}

newtype_index! {
    /// A region inference variable (used by borrow checking).
    pub struct RegionVid; "'?"
}

newtype_index! {
    /// A variant of an ADT.
    pub struct VariantIdx;
}

newtype_index! {
    /// A field of a variant, in declaration order.
    pub struct FieldIdx;
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum TyKind {
    Bool,
    Char,
    Int(IntTy),
    Uint(UintTy),
    Float(FloatTy),
    Str,
    Never,
    /// A struct, enum or union with its generic arguments.
    Adt(DefId, GenericArgs),
    /// An `extern { type T; }`.
    Foreign(DefId),
    Array(Ty, Const),
    Slice(Ty),
    RawPtr(Ty, Mutability),
    Ref(Region, Ty, Mutability),
    /// The zero-sized type of a function item, with its generic arguments.
    FnDef(DefId, GenericArgs),
    FnPtr(FnSig),
    Dynamic(ExistentialPredicates, Region),
    /// A closure: its `DefId` and `ClosureArgs` (parent generics then kind, signature and
    /// upvar-tuple types, as in rustc).
    Closure(DefId, GenericArgs),
    Tuple(Tys),
    /// `<T as Trait>::Name`, not yet normalized.
    Alias(AliasTy),
    Param(ParamTy),
    Infer(InferTy),
    Error,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct ParamTy {
    /// Index into the item's generics (parents first).
    pub index: u32,
    pub name: Symbol,
}

impl ParamTy {
    pub fn is_self(self) -> bool {
        self.name == smelt_span::kw::SelfUpper && self.index == 0
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum InferTy {
    TyVar(TyVid),
    IntVar(IntVid),
    FloatVar(FloatVid),
    /// A fresh type used when a query must not leak inference variables (canonicalisation).
    FreshTy(u32),
}

/// A projection `<args[0] as Trait<args[1..]>>::Item<own args>`: `def_id` is the associated
/// type, `args` the trait's arguments followed by the associated type's own.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct AliasTy {
    pub def_id: DefId,
    pub args: GenericArgs,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Region {
    Static,
    /// A lifetime parameter of an item.
    EarlyParam {
        index: u32,
        name: Symbol,
    },
    /// A region inference variable of borrow checking.
    Var(RegionVid),
    /// A region erased because only borrow checking cares about it.
    Erased,
    Error,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum GenericArg {
    Lifetime(Region),
    Type(Ty),
    Const(Const),
}

impl GenericArg {
    pub fn expect_ty(self) -> Ty {
        match self {
            GenericArg::Type(ty) => ty,
            other => panic!("expected a type argument, found {other:?}"),
        }
    }

    pub fn as_type(self) -> Option<Ty> {
        match self {
            GenericArg::Type(ty) => Some(ty),
            _ => None,
        }
    }

    pub fn as_const(self) -> Option<Const> {
        match self {
            GenericArg::Const(c) => Some(c),
            _ => None,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct FnSig {
    /// The inputs followed by the output.
    pub inputs_and_output: Tys,
    pub c_variadic: bool,
    pub safety: smelt_hir::Safety,
    pub abi: smelt_hir::Abi,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConstKind {
    Param(ParamConst),
    Infer(ConstVid),
    /// A fully evaluated constant: a scalar of the given type (integers, bool, char).
    Value(Ty, ScalarInt),
    /// A constant item or anonymous constant not evaluated yet.
    Unevaluated(DefId, GenericArgs),
    Error,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct ParamConst {
    pub index: u32,
    pub name: Symbol,
}

/// The bits of an integer-like scalar and its size in bytes.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct ScalarInt {
    pub data: u128,
    pub size: u8,
}

impl ScalarInt {
    pub fn from_uint(v: u128, size: u8) -> ScalarInt {
        let mask = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size as u32 * 8)) - 1
        };
        ScalarInt {
            data: v & mask,
            size,
        }
    }

    pub fn from_int(v: i128, size: u8) -> ScalarInt {
        ScalarInt::from_uint(v as u128, size)
    }

    pub fn to_u128(self) -> u128 {
        self.data
    }

    /// Sign-extended value.
    pub fn to_i128(self) -> i128 {
        let bits = self.size as u32 * 8;
        if bits == 0 {
            return 0;
        }
        let shift = 128 - bits;
        ((self.data << shift) as i128) >> shift
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct TraitRef {
    pub def_id: DefId,
    /// `args[0]` is the self type.
    pub args: GenericArgs,
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum ExistentialPredicate {
    /// The principal trait, without its self type.
    Trait {
        def_id: DefId,
        args: GenericArgs,
    },
    /// `Item = T` on the principal trait (args without self).
    Projection {
        def_id: DefId,
        args: GenericArgs,
        term: Ty,
    },
    AutoTrait(DefId),
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum Clause {
    Trait(TraitRef),
    /// `<..>::Item == term`
    Projection(AliasTy, Ty),
    TypeOutlives(Ty, Region),
    RegionOutlives(Region, Region),
}

/// The closure kinds, ordered by what they allow.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum ClosureKind {
    Fn,
    FnMut,
    FnOnce,
}

impl ClosureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClosureKind::Fn => "Fn",
            ClosureKind::FnMut => "FnMut",
            ClosureKind::FnOnce => "FnOnce",
        }
    }
}

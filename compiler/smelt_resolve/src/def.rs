//! Definitions: every named thing in every crate of the session has a `DefId`, a kind and a
//! parent. Resolution creates them; all later stages key their tables by them.

use smelt_span::{newtype_index, Span, Symbol};

newtype_index! {
    /// A crate of the session (`core` is 0, the crate being compiled comes last).
    pub struct CrateNum;
}

newtype_index! {
    /// A definition within one crate.
    pub struct DefIndex;
}

impl DefIndex {
    /// Every crate's root module.
    pub const CRATE_ROOT: DefIndex = DefIndex::from_u32(0);
}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DefId {
    pub krate: CrateNum,
    pub index: DefIndex,
}

impl std::fmt::Debug for DefId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DefId({}:{})", self.krate.as_u32(), self.index.as_u32())
    }
}

impl DefId {
    pub fn crate_root(krate: CrateNum) -> DefId {
        DefId {
            krate,
            index: DefIndex::CRATE_ROOT,
        }
    }

    pub fn is_crate_root(self) -> bool {
        self.index == DefIndex::CRATE_ROOT
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum CtorOf {
    Struct,
    Variant,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum CtorKind {
    /// `S(..)`: the constructor is a function.
    Fn,
    /// `S`: the constructor is a constant.
    Const,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum DefKind {
    Mod,
    Struct,
    Union,
    Enum,
    Variant,
    Trait,
    TraitAlias,
    TyAlias,
    ForeignTy,
    AssocTy,
    TyParam,
    Fn,
    Const,
    ConstParam,
    Static {
        mutable: bool,
    },
    Ctor(CtorOf, CtorKind),
    AssocFn,
    AssocConst,
    Macro,
    ExternCrate,
    Use,
    ForeignMod,
    /// An array length, discriminant or const argument.
    AnonConst,
    /// `const { .. }` in an expression.
    InlineConst,
    OpaqueTy,
    Field,
    LifetimeParam,
    Impl {
        of_trait: bool,
    },
    Closure,
}

impl DefKind {
    /// The article and noun rustc uses for this kind ("a function", "a struct").
    pub fn descr(self) -> &'static str {
        match self {
            DefKind::Mod => "module",
            DefKind::Struct => "struct",
            DefKind::Union => "union",
            DefKind::Enum => "enum",
            DefKind::Variant => "variant",
            DefKind::Trait => "trait",
            DefKind::TraitAlias => "trait alias",
            DefKind::TyAlias => "type alias",
            DefKind::ForeignTy => "foreign type",
            DefKind::AssocTy => "associated type",
            DefKind::TyParam => "type parameter",
            DefKind::Fn => "function",
            DefKind::Const => "constant",
            DefKind::ConstParam => "const parameter",
            DefKind::Static { .. } => "static",
            DefKind::Ctor(CtorOf::Struct, CtorKind::Fn) => "tuple struct",
            DefKind::Ctor(CtorOf::Struct, CtorKind::Const) => "unit struct",
            DefKind::Ctor(CtorOf::Variant, CtorKind::Fn) => "tuple variant",
            DefKind::Ctor(CtorOf::Variant, CtorKind::Const) => "unit variant",
            DefKind::AssocFn => "associated function",
            DefKind::AssocConst => "associated constant",
            DefKind::Macro => "macro",
            DefKind::ExternCrate => "extern crate",
            DefKind::Use => "import",
            DefKind::ForeignMod => "foreign module",
            DefKind::AnonConst => "constant expression",
            DefKind::InlineConst => "inline constant",
            DefKind::OpaqueTy => "opaque type",
            DefKind::Field => "field",
            DefKind::LifetimeParam => "lifetime parameter",
            DefKind::Impl { .. } => "implementation",
            DefKind::Closure => "closure",
        }
    }

    /// The namespace names of this kind live in, if any.
    pub fn ns(self) -> Option<Namespace> {
        match self {
            DefKind::Mod
            | DefKind::Struct
            | DefKind::Union
            | DefKind::Enum
            | DefKind::Variant
            | DefKind::Trait
            | DefKind::TraitAlias
            | DefKind::TyAlias
            | DefKind::ForeignTy
            | DefKind::AssocTy
            | DefKind::TyParam => Some(Namespace::TypeNS),
            DefKind::Fn
            | DefKind::Const
            | DefKind::ConstParam
            | DefKind::Static { .. }
            | DefKind::Ctor(..)
            | DefKind::AssocFn
            | DefKind::AssocConst => Some(Namespace::ValueNS),
            DefKind::Macro => Some(Namespace::MacroNS),
            _ => None,
        }
    }

    /// Whether this definition has a body (and so typeck results and MIR).
    pub fn has_body(self) -> bool {
        matches!(
            self,
            DefKind::Fn
                | DefKind::AssocFn
                | DefKind::Const
                | DefKind::AssocConst
                | DefKind::Static { .. }
                | DefKind::AnonConst
                | DefKind::InlineConst
                | DefKind::Closure
        )
    }

    pub fn is_fn_like(self) -> bool {
        matches!(self, DefKind::Fn | DefKind::AssocFn | DefKind::Closure)
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
pub enum Namespace {
    TypeNS,
    ValueNS,
    MacroNS,
}

impl Namespace {
    pub fn descr(self) -> &'static str {
        match self {
            Namespace::TypeNS => "type",
            Namespace::ValueNS => "value",
            Namespace::MacroNS => "macro",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum PrimTy {
    Int(smelt_ast::IntTy),
    Uint(smelt_ast::UintTy),
    Float(smelt_ast::FloatTy),
    Str,
    Bool,
    Char,
}

impl PrimTy {
    pub const ALL: [PrimTy; 17] = {
        use smelt_ast::{FloatTy as F, IntTy as I, UintTy as U};
        [
            PrimTy::Int(I::I8),
            PrimTy::Int(I::I16),
            PrimTy::Int(I::I32),
            PrimTy::Int(I::I64),
            PrimTy::Int(I::I128),
            PrimTy::Int(I::Isize),
            PrimTy::Uint(U::U8),
            PrimTy::Uint(U::U16),
            PrimTy::Uint(U::U32),
            PrimTy::Uint(U::U64),
            PrimTy::Uint(U::U128),
            PrimTy::Uint(U::Usize),
            PrimTy::Float(F::F32),
            PrimTy::Float(F::F64),
            PrimTy::Str,
            PrimTy::Bool,
            PrimTy::Char,
        ]
    };

    pub fn name_str(self) -> &'static str {
        match self {
            PrimTy::Int(i) => i.name_str(),
            PrimTy::Uint(u) => u.name_str(),
            PrimTy::Float(f) => f.name_str(),
            PrimTy::Str => "str",
            PrimTy::Bool => "bool",
            PrimTy::Char => "char",
        }
    }

    pub fn from_name(name: &str) -> Option<PrimTy> {
        PrimTy::ALL.iter().copied().find(|p| p.name_str() == name)
    }
}

/// What a path resolved to. `Id` is the id of a local variable: the AST `NodeId` of its binding
/// in the resolver's output, the HIR `PatId` after lowering.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Res<Id> {
    Def(DefKind, DefId),
    PrimTy(PrimTy),
    /// `Self` inside a trait.
    SelfTyParam {
        trait_: DefId,
    },
    /// `Self` inside an impl (the impl's `DefId`).
    SelfTyAlias {
        alias_to: DefId,
    },
    /// `Self` used as a constructor in an impl of a tuple or unit struct.
    SelfCtor(DefId),
    Local(Id),
    /// A path whose resolution failed; the error was reported.
    Err,
}

impl<Id> Res<Id> {
    pub fn def_id(&self) -> Option<DefId> {
        match *self {
            Res::Def(_, id) => Some(id),
            _ => None,
        }
    }

    pub fn map_id<R>(self, f: impl FnOnce(Id) -> R) -> Res<R> {
        match self {
            Res::Def(k, d) => Res::Def(k, d),
            Res::PrimTy(p) => Res::PrimTy(p),
            Res::SelfTyParam { trait_ } => Res::SelfTyParam { trait_ },
            Res::SelfTyAlias { alias_to } => Res::SelfTyAlias { alias_to },
            Res::SelfCtor(d) => Res::SelfCtor(d),
            Res::Local(id) => Res::Local(f(id)),
            Res::Err => Res::Err,
        }
    }

    /// "function", "local variable", ... for diagnostics.
    pub fn descr(&self) -> &'static str {
        match self {
            Res::Def(kind, _) => kind.descr(),
            Res::PrimTy(_) => "builtin type",
            Res::SelfTyParam { .. } | Res::SelfTyAlias { .. } => "self type",
            Res::SelfCtor(_) => "self constructor",
            Res::Local(_) => "local variable",
            Res::Err => "unresolved item",
        }
    }
}

/// One definition's entry in the definitions table.
#[derive(Clone, Debug)]
pub struct DefData {
    pub parent: Option<DefIndex>,
    pub kind: DefKind,
    /// `kw::Empty` for unnamed definitions (impls, closures, anon consts).
    pub name: Symbol,
    pub span: Span,
}

//! The HIR data types. Items are keyed by `DefId`; the expressions and patterns of each body
//! live in arenas inside `Body`, addressed by `ExprId` and `PatId` (closures' bodies share their
//! parent's arenas, so a function and its closures are type-checked together).
//!
//! Compared with the AST, the HIR has resolved paths (`Res`), no macros, and fewer forms:
//! `for`, `while`, `?`, ranges and `format_args!` are desugared into `loop`, `match`, `if`,
//! struct literals and calls to lang items.

use smelt_ast::{BinOp, BorrowKind, FloatTy, IntTy, Mutability, RangeEnd, UintTy, UnOp};
use smelt_errors::ErrorGuaranteed;
use smelt_span::{newtype_index, Ident, IndexVec, Span, Symbol};

use crate::{DefId, LangItem, Res};

newtype_index! {
    /// An expression in a body's arena.
    pub struct ExprId; "e"
}

newtype_index! {
    /// A pattern in a body's arena. The id of a binding pattern also names its variable.
    pub struct PatId; "p"
}

/* ---------------------------------------------------------------- paths */

#[derive(Clone, Debug)]
pub struct Path {
    pub span: Span,
    pub res: Res,
    pub segments: Vec<PathSegment>,
}

#[derive(Clone, Debug)]
pub struct PathSegment {
    pub ident: Ident,
    /// What this segment (the prefix of the path up to it) resolved to.
    pub res: Res,
    pub args: Option<Box<GenericArgs>>,
}

impl PathSegment {
    pub fn new(ident: Ident, res: Res) -> PathSegment {
        PathSegment {
            ident,
            res,
            args: None,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct GenericArgs {
    pub args: Vec<GenericArg>,
    pub constraints: Vec<AssocItemConstraint>,
    /// `Fn(A) -> B` sugar: `args` holds one tuple type and `constraints` the `Output`.
    pub parenthesized: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum GenericArg {
    Lifetime(Lifetime),
    Type(Ty),
    Const(ConstArg),
    /// `_` in a const-or-type position.
    Infer(Span),
}

impl GenericArg {
    pub fn span(&self) -> Span {
        match self {
            GenericArg::Lifetime(l) => l.span,
            GenericArg::Type(t) => t.span,
            GenericArg::Const(c) => c.span,
            GenericArg::Infer(s) => *s,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ConstArg {
    pub kind: ConstArgKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ConstArgKind {
    /// A path to a const parameter or item.
    Path(QPath),
    /// An anonymous constant with its own body.
    Anon(DefId),
}

#[derive(Clone, Debug)]
pub struct AssocItemConstraint {
    pub ident: Ident,
    pub gen_args: GenericArgs,
    pub kind: AssocItemConstraintKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum AssocItemConstraintKind {
    Equality(Ty),
    Bound(Vec<GenericBound>),
}

/// A path that may need type-directed resolution.
#[derive(Clone, Debug)]
pub enum QPath {
    /// A fully resolved path, optionally qualified: `a::b`, `<T as Trait>::Assoc`.
    Resolved(Option<Box<Ty>>, Box<Path>),
    /// `<T>::name` or `Type::name`: `name` is looked up among `T`'s associated items.
    TypeRelative(Box<Ty>, Box<PathSegment>),
    /// A lang item used by a desugaring.
    LangItem(LangItem, Span),
}

impl QPath {
    pub fn span(&self) -> Span {
        match self {
            QPath::Resolved(qself, path) => {
                qself.as_ref().map_or(path.span, |q| q.span.to(path.span))
            }
            QPath::TypeRelative(ty, seg) => ty.span.to(seg.ident.span),
            QPath::LangItem(_, span) => *span,
        }
    }
}

/* ---------------------------------------------------------------- types */

#[derive(Clone, Debug)]
pub struct Ty {
    pub kind: TyKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TyKind {
    Slice(Box<Ty>),
    Array(Box<Ty>, ArrayLen),
    Ptr(Box<Ty>, Mutability),
    Ref(Lifetime, Box<Ty>, Mutability),
    BareFn(Box<BareFnTy>),
    Never,
    Tup(Vec<Ty>),
    Path(QPath),
    /// `dyn A + B + 'a` (also a bare trait path in edition 2015).
    TraitObject(Vec<PolyTraitRef>, Option<Lifetime>),
    /// `impl Trait` in argument or return position.
    ImplTrait(DefId, Vec<GenericBound>),
    /// `_`
    Infer,
    Err(ErrorGuaranteed),
}

#[derive(Clone, Debug)]
pub enum ArrayLen {
    /// `_` in `[T; _]`.
    Infer(Span),
    Body(ConstArg),
}

#[derive(Clone, Debug)]
pub struct BareFnTy {
    pub safety: Safety,
    pub abi: Abi,
    pub inputs: Vec<Ty>,
    pub output: Option<Ty>,
    pub c_variadic: bool,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Safety {
    Safe,
    Unsafe,
}

/// A calling convention.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Abi {
    Rust,
    C,
    System,
    RustIntrinsic,
    RustCall,
}

impl Abi {
    pub fn from_name(name: &str) -> Option<Abi> {
        Some(match name {
            "Rust" => Abi::Rust,
            "C" | "C-unwind" | "cdecl" | "sysv64" => Abi::C,
            "system" | "system-unwind" => Abi::System,
            "rust-intrinsic" => Abi::RustIntrinsic,
            "rust-call" => Abi::RustCall,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Abi::Rust => "Rust",
            Abi::C => "C",
            Abi::System => "system",
            Abi::RustIntrinsic => "rust-intrinsic",
            Abi::RustCall => "rust-call",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Lifetime {
    pub res: LifetimeRes,
    pub span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum LifetimeRes {
    /// A named lifetime parameter of an item.
    Param(DefId),
    Static,
    /// An elided or `'_` lifetime.
    Infer,
    Err,
}

#[derive(Clone, Debug)]
pub enum GenericBound {
    Trait(PolyTraitRef, TraitBoundModifier),
    Outlives(Lifetime),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum TraitBoundModifier {
    None,
    Maybe,
    MaybeConst,
    Negative,
}

#[derive(Clone, Debug)]
pub struct PolyTraitRef {
    pub bound_generic_params: Vec<GenericParam>,
    pub trait_ref: TraitRef,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TraitRef {
    /// The path's `res` is the trait (or `Res::Err`).
    pub path: Path,
}

impl TraitRef {
    pub fn trait_def_id(&self) -> Option<DefId> {
        match self.path.res {
            Res::Def(crate::DefKind::Trait | crate::DefKind::TraitAlias, did) => Some(did),
            _ => None,
        }
    }
}

/* ---------------------------------------------------------------- generics */

#[derive(Clone, Debug, Default)]
pub struct Generics {
    pub params: Vec<GenericParam>,
    pub predicates: Vec<WherePredicate>,
    pub span: Span,
    pub where_clause_span: Span,
}

#[derive(Clone, Debug)]
pub struct GenericParam {
    pub def_id: DefId,
    pub name: Ident,
    pub kind: GenericParamKind,
    pub span: Span,
    /// Whether this parameter was made up for an `impl Trait` argument.
    pub synthetic: bool,
}

#[derive(Clone, Debug)]
pub enum GenericParamKind {
    Lifetime,
    Type { default: Option<Ty> },
    Const { ty: Ty, default: Option<ConstArg> },
}

#[derive(Clone, Debug)]
pub enum WherePredicate {
    /// `T: A + B` (bounds written on a parameter are lowered to these too).
    Bound {
        span: Span,
        bound_generic_params: Vec<GenericParam>,
        bounded_ty: Ty,
        bounds: Vec<GenericBound>,
    },
    /// `'a: 'b`
    Region {
        span: Span,
        lifetime: Lifetime,
        bounds: Vec<GenericBound>,
    },
}

/* ---------------------------------------------------------------- items */

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Visibility {
    Public,
    /// Visible inside this module (and its descendants).
    Restricted(DefId),
}

#[derive(Clone, Debug)]
pub struct Attrs {
    /// `#[inline]`, `#[inline(always)]`, `#[inline(never)]`.
    pub inline: InlineAttr,
    pub lang: Option<LangItem>,
    pub track_caller: bool,
    pub no_mangle: bool,
    pub export_name: Option<Symbol>,
    pub link_name: Option<Symbol>,
    pub cold: bool,
    pub must_use: bool,
    /// `#[rustc_intrinsic]`: a compiler-implemented function.
    pub intrinsic: bool,
    pub repr: Repr,
    /// `#[non_exhaustive]`
    pub non_exhaustive: bool,
    /// `#[derive]`d impls are `automatically_derived`; lints skip them.
    pub automatically_derived: bool,
    pub test: bool,
    /// `#[rustc_inherit_overflow_checks]`: library code that checks overflow as the user
    /// asked.
    pub inherit_overflow_checks: bool,
    /// `#[rustc_layout_scalar_valid_range_start(n)]`: the struct's scalar is never below `n`
    /// (`NonNull`'s `1` gives `Option<Box<T>>` its niche).
    pub scalar_valid_range_start: Option<u128>,
    /// Lint level attributes (`#[allow(..)]` and the like), in source order.
    pub lints: Vec<LintAttr>,
}

/// One lint named in a lint level attribute: `#[deny(a, b)]` gives two. `#[expect(..)]` is
/// kept as `allow`.
#[derive(Clone, Debug)]
pub struct LintAttr {
    pub level: smelt_errors::LintLevel,
    /// The lint or group as written, `::`-joined for tool lints (`clippy::x`).
    pub name: Symbol,
    /// The name inside the attribute, where rustc's "the lint level is defined here" points.
    pub span: Span,
}

/// A node inside a body that can carry lint level attributes.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum LintNode {
    Expr(ExprId),
    /// A match arm or a `let` statement, named by its pattern.
    Pat(PatId),
}

impl Default for Attrs {
    fn default() -> Attrs {
        Attrs {
            inline: InlineAttr::None,
            lang: None,
            track_caller: false,
            no_mangle: false,
            export_name: None,
            link_name: None,
            cold: false,
            must_use: false,
            intrinsic: false,
            repr: Repr::default(),
            non_exhaustive: false,
            automatically_derived: false,
            test: false,
            inherit_overflow_checks: false,
            scalar_valid_range_start: None,
            lints: Vec::new(),
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum InlineAttr {
    None,
    Hint,
    Always,
    Never,
}

/// `#[repr(...)]`.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash, Default)]
pub struct Repr {
    pub c: bool,
    pub transparent: bool,
    pub int: Option<IntegerRepr>,
    pub packed: Option<u64>,
    pub align: Option<u64>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum IntegerRepr {
    Signed(IntTy),
    Unsigned(UintTy),
}

/// A top-level or nested item.
#[derive(Clone, Debug)]
pub struct Item {
    pub def_id: DefId,
    pub ident: Ident,
    pub kind: ItemKind,
    pub span: Span,
    pub vis: Visibility,
    pub attrs: Attrs,
}

#[derive(Clone, Debug)]
pub enum ItemKind {
    ExternCrate(Option<Symbol>),
    Static(Ty, Mutability, DefId),
    Const(Ty, Generics, DefId),
    Fn(FnSig, Generics, DefId),
    Mod(Vec<DefId>),
    ForeignMod {
        abi: Abi,
        items: Vec<DefId>,
    },
    TyAlias(Ty, Generics),
    Enum(EnumDef, Generics),
    Struct(VariantData, Generics),
    Union(VariantData, Generics),
    Trait {
        is_auto: bool,
        safety: Safety,
        generics: Generics,
        bounds: Vec<GenericBound>,
        items: Vec<DefId>,
    },
    TraitAlias(Generics, Vec<GenericBound>),
    Impl(Impl),
    /// A `use` item; kept only so that it has a place (lints run on the AST).
    Use,
    /// A `macro_rules!` definition; expansion already used it.
    Macro,
}

#[derive(Clone, Debug)]
pub struct Impl {
    pub safety: Safety,
    pub negative: bool,
    pub generics: Generics,
    pub of_trait: Option<TraitRef>,
    pub self_ty: Ty,
    pub items: Vec<DefId>,
}

#[derive(Clone, Debug)]
pub struct EnumDef {
    pub variants: Vec<Variant>,
}

#[derive(Clone, Debug)]
pub struct Variant {
    pub def_id: DefId,
    pub ident: Ident,
    pub data: VariantData,
    /// `= expr`: an anonymous constant.
    pub disr_expr: Option<DefId>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum VariantData {
    Struct(Vec<FieldDef>),
    /// Tuple fields and the constructor's `DefId`.
    Tuple(Vec<FieldDef>, DefId),
    /// The constructor's `DefId`.
    Unit(DefId),
}

impl VariantData {
    pub fn fields(&self) -> &[FieldDef] {
        match self {
            VariantData::Struct(f) | VariantData::Tuple(f, _) => f,
            VariantData::Unit(_) => &[],
        }
    }

    pub fn ctor(&self) -> Option<(crate::CtorKind, DefId)> {
        match *self {
            VariantData::Struct(_) => None,
            VariantData::Tuple(_, id) => Some((crate::CtorKind::Fn, id)),
            VariantData::Unit(id) => Some((crate::CtorKind::Const, id)),
        }
    }
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub def_id: DefId,
    /// The field's name; `0`, `1`, ... for tuple fields.
    pub ident: Ident,
    pub vis: Visibility,
    pub ty: Ty,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FnSig {
    pub header: FnHeader,
    pub decl: FnDecl,
    pub span: Span,
}

#[derive(Copy, Clone, Debug)]
pub struct FnHeader {
    pub safety: Safety,
    pub constness: bool,
    pub asyncness: bool,
    pub abi: Abi,
}

#[derive(Clone, Debug)]
pub struct FnDecl {
    pub inputs: Vec<Ty>,
    /// `None` for `()` written or implied.
    pub output: Option<Ty>,
    pub c_variadic: bool,
    /// Whether the first input is `self` (`self`, `&self`, `&mut self`, `self: T`).
    pub implicit_self: Option<ImplicitSelfKind>,
    /// The span where `-> T` is or would go.
    pub output_span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ImplicitSelfKind {
    /// `self` / `mut self`
    Value,
    /// `&self`
    RefImm,
    /// `&mut self`
    RefMut,
    /// `self: T`
    Explicit,
}

/// An item of a trait: its signature and, for provided items, a default body.
#[derive(Clone, Debug)]
pub struct TraitItem {
    pub def_id: DefId,
    pub ident: Ident,
    pub kind: TraitItemKind,
    pub generics: Generics,
    pub span: Span,
    pub attrs: Attrs,
}

#[derive(Clone, Debug)]
pub enum TraitItemKind {
    Const(Ty, Option<DefId>),
    /// A method and its default body, if provided.
    Fn(FnSig, Option<DefId>),
    /// An associated type: bounds and default.
    Type(Vec<GenericBound>, Option<Ty>),
}

#[derive(Clone, Debug)]
pub struct ImplItem {
    pub def_id: DefId,
    pub ident: Ident,
    pub kind: ImplItemKind,
    pub generics: Generics,
    pub vis: Visibility,
    pub span: Span,
    pub attrs: Attrs,
}

#[derive(Clone, Debug)]
pub enum ImplItemKind {
    Const(Ty, DefId),
    Fn(FnSig, DefId),
    Type(Ty),
}

#[derive(Clone, Debug)]
pub struct ForeignItem {
    pub def_id: DefId,
    pub ident: Ident,
    pub kind: ForeignItemKind,
    pub span: Span,
    pub vis: Visibility,
    pub attrs: Attrs,
}

#[derive(Clone, Debug)]
pub enum ForeignItemKind {
    Fn(FnSig, Generics),
    Static(Ty, Mutability),
    Type,
}

/// Any item-like thing owned by a `DefId`.
#[derive(Clone, Debug)]
pub enum OwnerNode {
    Item(Item),
    TraitItem(TraitItem),
    ImplItem(ImplItem),
    ForeignItem(ForeignItem),
}

impl OwnerNode {
    pub fn def_id(&self) -> DefId {
        match self {
            OwnerNode::Item(i) => i.def_id,
            OwnerNode::TraitItem(i) => i.def_id,
            OwnerNode::ImplItem(i) => i.def_id,
            OwnerNode::ForeignItem(i) => i.def_id,
        }
    }

    pub fn ident(&self) -> Ident {
        match self {
            OwnerNode::Item(i) => i.ident,
            OwnerNode::TraitItem(i) => i.ident,
            OwnerNode::ImplItem(i) => i.ident,
            OwnerNode::ForeignItem(i) => i.ident,
        }
    }

    pub fn span(&self) -> Span {
        match self {
            OwnerNode::Item(i) => i.span,
            OwnerNode::TraitItem(i) => i.span,
            OwnerNode::ImplItem(i) => i.span,
            OwnerNode::ForeignItem(i) => i.span,
        }
    }

    pub fn attrs(&self) -> &Attrs {
        match self {
            OwnerNode::Item(i) => &i.attrs,
            OwnerNode::TraitItem(i) => &i.attrs,
            OwnerNode::ImplItem(i) => &i.attrs,
            OwnerNode::ForeignItem(i) => &i.attrs,
        }
    }

    pub fn generics(&self) -> Option<&Generics> {
        match self {
            OwnerNode::Item(item) => match &item.kind {
                ItemKind::Const(_, g, _)
                | ItemKind::Fn(_, g, _)
                | ItemKind::TyAlias(_, g)
                | ItemKind::Enum(_, g)
                | ItemKind::Struct(_, g)
                | ItemKind::Union(_, g)
                | ItemKind::TraitAlias(g, _) => Some(g),
                ItemKind::Trait { generics, .. } => Some(generics),
                ItemKind::Impl(imp) => Some(&imp.generics),
                _ => None,
            },
            OwnerNode::TraitItem(i) => Some(&i.generics),
            OwnerNode::ImplItem(i) => Some(&i.generics),
            OwnerNode::ForeignItem(i) => match &i.kind {
                ForeignItemKind::Fn(_, g) => Some(g),
                _ => None,
            },
        }
    }

    /// The signature, if this is a function-like item.
    pub fn fn_sig(&self) -> Option<&FnSig> {
        match self {
            OwnerNode::Item(Item {
                kind: ItemKind::Fn(sig, ..),
                ..
            })
            | OwnerNode::TraitItem(TraitItem {
                kind: TraitItemKind::Fn(sig, _),
                ..
            })
            | OwnerNode::ImplItem(ImplItem {
                kind: ImplItemKind::Fn(sig, _),
                ..
            })
            | OwnerNode::ForeignItem(ForeignItem {
                kind: ForeignItemKind::Fn(sig, _),
                ..
            }) => Some(sig),
            _ => None,
        }
    }
}

/* ---------------------------------------------------------------- bodies */

/// The body of a function, constant, static, anonymous constant or inline constant, with the
/// bodies of the closures written inside it.
#[derive(Clone, Debug, Default)]
pub struct Body {
    pub params: Vec<Param>,
    /// The body's value: the function's block, the constant's initialiser.
    pub value: Option<ExprId>,
    pub exprs: IndexVec<ExprId, Expr>,
    pub pats: IndexVec<PatId, Pat>,
    /// The traits in scope at each method call and type-relative path, for method lookup.
    pub traits_in_scope: rustc_hash::FxHashMap<ExprId, std::rc::Rc<[DefId]>>,
    /// Lint level attributes on expressions, match arms and `let` statements.
    pub lint_attrs: rustc_hash::FxHashMap<LintNode, Vec<LintAttr>>,
}

impl Body {
    pub fn value(&self) -> ExprId {
        self.value.expect("body value is set by lowering")
    }
}

#[derive(Clone, Debug)]
pub struct Param {
    pub pat: PatId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `const { .. }`: an inline constant with its own body.
    ConstBlock(DefId),
    Array(Vec<ExprId>),
    Call(ExprId, Vec<ExprId>),
    /// `receiver.segment(args)`; the span covers the segment to the closing parenthesis.
    MethodCall(Box<PathSegment>, ExprId, Vec<ExprId>, Span),
    Tup(Vec<ExprId>),
    Binary(BinOp, ExprId, ExprId),
    Unary(UnOp, ExprId),
    Lit(Lit),
    Cast(ExprId, Box<Ty>),
    /// `let pat = init` in an `if` or `while` condition.
    Let(Box<LetExpr>),
    /// `if cond { then } else { else_ }`: `then` is a `Block` expression.
    If(ExprId, ExprId, Option<ExprId>),
    Loop(Box<Block>, Option<Label>, LoopSource, Span),
    Match(ExprId, Vec<Arm>, MatchSource),
    Closure(Box<Closure>),
    Block(Box<Block>, Option<Label>),
    /// `lhs = rhs`; the span is that of `=`.
    Assign(ExprId, ExprId, Span),
    AssignOp(BinOp, ExprId, ExprId),
    Field(ExprId, Ident),
    Index(ExprId, ExprId, Span),
    Path(QPath),
    AddrOf(BorrowKind, Mutability, ExprId),
    Break(Destination, Option<ExprId>),
    Continue(Destination),
    Ret(Option<ExprId>),
    Struct(Box<QPath>, Vec<ExprField>, StructTail),
    Repeat(ExprId, ArrayLen),
    /// Drops the temporaries of the inner expression at its end (used by desugarings).
    DropTemps(ExprId),
    /// A format-args desugaring marker: evaluates its operand, keeping the whole as one
    /// expression for diagnostics.
    Err(ErrorGuaranteed),
}

#[derive(Clone, Debug)]
pub enum StructTail {
    None,
    /// `..base`
    Base(ExprId),
    /// `..` with default field values (unstable) or in destructuring.
    DefaultFields(Span),
}

#[derive(Clone, Debug)]
pub struct LetExpr {
    pub pat: PatId,
    pub ty: Option<Ty>,
    pub init: ExprId,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ExprField {
    pub ident: Ident,
    pub expr: ExprId,
    pub span: Span,
    pub is_shorthand: bool,
}

#[derive(Clone, Debug)]
pub struct Closure {
    pub def_id: DefId,
    pub capture_by_move: bool,
    pub params: Vec<Param>,
    /// Declared parameter types (`_` types when not written).
    pub param_tys: Vec<Option<Ty>>,
    pub ret_ty: Option<Ty>,
    pub body: ExprId,
    pub fn_decl_span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// The trailing expression.
    pub expr: Option<ExprId>,
    pub unsafe_: bool,
    pub span: Span,
    /// Whether a `break` targets this block (a labelled block).
    pub targeted_by_break: bool,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Let(Box<LetStmt>),
    /// An item declared inside the block.
    Item(DefId),
    /// An expression statement without `;` (only block-like expressions).
    Expr(ExprId),
    Semi(ExprId),
}

#[derive(Clone, Debug)]
pub struct LetStmt {
    pub pat: PatId,
    pub ty: Option<Ty>,
    pub init: Option<ExprId>,
    pub els: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Arm {
    pub pat: PatId,
    pub guard: Option<ExprId>,
    pub body: ExprId,
    pub span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LoopSource {
    Loop,
    While,
    ForLoop,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum MatchSource {
    Normal,
    ForLoopDesugar,
    TryDesugar,
    /// `format_args!` lowers its arguments through a `match` to keep their temporaries alive.
    FormatArgs,
}

#[derive(Copy, Clone, Debug)]
pub struct Label {
    pub ident: Ident,
}

#[derive(Copy, Clone, Debug)]
pub struct Destination {
    pub label: Option<Label>,
    /// The loop or labelled block being exited, or why there is none (already reported).
    pub target: Result<ExprId, ErrorGuaranteed>,
}

/// A literal with its decoded value.
#[derive(Clone, Debug, PartialEq)]
pub struct Lit {
    pub kind: LitKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LitKind {
    Str(Symbol),
    ByteStr(std::rc::Rc<[u8]>),
    CStr(std::rc::Rc<[u8]>),
    Byte(u8),
    Char(char),
    Int(u128, LitIntType),
    Float(Symbol, Option<FloatTy>),
    Bool(bool),
    Err(ErrorGuaranteed),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum LitIntType {
    Signed(IntTy),
    Unsigned(UintTy),
    Unsuffixed,
}

/* ---------------------------------------------------------------- patterns */

#[derive(Clone, Debug)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum ByRef {
    Yes(Mutability),
    No,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct BindingMode(pub ByRef, pub Mutability);

#[derive(Clone, Debug)]
pub enum PatKind {
    Wild,
    /// A binding. The `PatId` is the variable it binds: the pattern's own id, except in the
    /// later alternatives of an or-pattern, which bind the first alternative's variable.
    Binding(BindingMode, PatId, Ident, Option<PatId>),
    Struct(QPath, Vec<PatField>, bool),
    /// `S(a, .., b)`: the position of `..`, if any.
    TupleStruct(QPath, Vec<PatId>, Option<usize>),
    Or(Vec<PatId>),
    Path(QPath),
    Tuple(Vec<PatId>, Option<usize>),
    Box(PatId),
    Ref(PatId, Mutability),
    /// A literal or constant expression (`1`, `-1`, `"s"`).
    Lit(ExprId),
    Range(Option<ExprId>, Option<ExprId>, RangeEnd),
    /// `[before.., slice, after..]`; `slice` is the `..` or `x @ ..` element.
    Slice(Vec<PatId>, Option<PatId>, Vec<PatId>),
    Err(ErrorGuaranteed),
}

#[derive(Clone, Debug)]
pub struct PatField {
    pub ident: Ident,
    pub pat: PatId,
    pub is_shorthand: bool,
    pub span: Span,
}

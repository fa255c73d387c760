//! The abstract syntax tree: Rust source as written, after parsing and before name resolution.
//! Shapes follow `rustc_ast` (trimmed), so a reader of the rustc-dev-guide finds the same names.
//!
//! Every node that later stages refer to carries a `NodeId`, unique within the session. The
//! parser assigns ids; macro expansion parses its output with the same parser, so expanded
//! nodes get fresh ids too.
//!
//! Architecture invariant: the AST is a plain tree (`Box`, `Vec`); it holds no resolutions and
//! no types. Anything computed about it lives in side tables keyed by `NodeId`.

pub mod dump;
pub mod mut_visit;
pub mod pretty;
pub mod token;
pub mod tokenstream;
pub mod visit;

use std::rc::Rc;

use smelt_span::{Ident, Span, Symbol};

pub use token::{AttrStyle, BinOpToken, CommentKind, Delimiter, Nonterminal, Token, TokenKind};
pub use tokenstream::{DelimSpan, Spacing, TokenCursor, TokenStream, TokenTree};

pub type P<T> = Box<T>;

smelt_span::newtype_index! {
    /// Identifies an AST node within a session.
    pub struct NodeId;
}

impl NodeId {
    /// The id of nodes that need none (or not yet).
    pub const DUMMY: NodeId = NodeId::from_u32(u32::MAX);
    /// The crate root module.
    pub const CRATE: NodeId = NodeId::from_u32(u32::MAX - 1);
}

/// A crate: the root module's attributes and items.
#[derive(Clone, Debug)]
pub struct Crate {
    pub attrs: Vec<Attribute>,
    pub items: Vec<P<Item>>,
    pub span: Span,
    pub id: NodeId,
}

/* ---------------------------------------------------------------- attributes */

#[derive(Clone, Debug)]
pub struct Attribute {
    pub kind: AttrKind,
    pub id: NodeId,
    pub style: AttrStyle,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum AttrKind {
    /// `#[path args]`.
    Normal(AttrItem),
    /// A doc comment; its text without the comment markers.
    DocComment(CommentKind, Symbol),
}

#[derive(Clone, Debug)]
pub struct AttrItem {
    pub path: Path,
    pub args: AttrArgs,
}

#[derive(Clone, Debug)]
pub enum AttrArgs {
    /// `#[attr]`
    Empty,
    /// `#[attr(...)]`, `#[attr[...]]`, `#[attr{...}]`
    Delimited(DelimArgs),
    /// `#[attr = expr]`; the span is that of `=`.
    Eq(Span, P<Expr>),
}

/// A parsed meta item (`cfg(all(unix, feature = "x"))`), built from an attribute on demand.
#[derive(Clone, Debug)]
pub struct Meta {
    pub path: Path,
    pub kind: MetaKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum MetaKind {
    /// `name`
    Word,
    /// `name(a, b = "c", "lit")`
    List(Vec<NestedMeta>),
    /// `name = "value"`
    NameValue(Lit),
}

#[derive(Clone, Debug)]
pub enum NestedMeta {
    Meta(Meta),
    Lit(Lit),
}

/* ---------------------------------------------------------------- paths */

/// `a::b::<T>::c`. A path starting with `::` begins with a `kw::PathRoot` segment.
#[derive(Clone, Debug)]
pub struct Path {
    pub span: Span,
    pub segments: Vec<PathSegment>,
}

impl Path {
    pub fn from_ident(ident: Ident) -> Path {
        Path {
            span: ident.span,
            segments: vec![PathSegment::from_ident(ident)],
        }
    }

    pub fn is_global(&self) -> bool {
        self.segments
            .first()
            .is_some_and(|s| s.ident.name == smelt_span::kw::PathRoot)
    }

    /// Is this path the single identifier `name` (no generic arguments)?
    pub fn is_ident(&self, name: Symbol) -> bool {
        self.segments.len() == 1
            && self.segments[0].ident.name == name
            && self.segments[0].args.is_none()
    }
}

#[derive(Clone, Debug)]
pub struct PathSegment {
    pub ident: Ident,
    pub id: NodeId,
    pub args: Option<P<GenericArgs>>,
}

impl PathSegment {
    pub fn from_ident(ident: Ident) -> PathSegment {
        PathSegment {
            ident,
            id: NodeId::DUMMY,
            args: None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum GenericArgs {
    /// `<A, B, Item = C>`
    AngleBracketed(AngleBracketedArgs),
    /// `(A, B) -> C`, as in `Fn(A, B) -> C`.
    Parenthesized(ParenthesizedArgs),
}

impl GenericArgs {
    pub fn span(&self) -> Span {
        match self {
            GenericArgs::AngleBracketed(a) => a.span,
            GenericArgs::Parenthesized(p) => p.span,
        }
    }
}

#[derive(Clone, Debug)]
pub struct AngleBracketedArgs {
    pub span: Span,
    pub args: Vec<AngleBracketedArg>,
}

#[derive(Clone, Debug)]
pub enum AngleBracketedArg {
    Arg(GenericArg),
    /// `Item = T` or `Item: Bound`.
    Constraint(AssocConstraint),
}

#[derive(Clone, Debug)]
pub enum GenericArg {
    Lifetime(Lifetime),
    Type(P<Ty>),
    /// A const argument: a literal, a block, or a path that resolution decides is a const.
    Const(AnonConst),
}

#[derive(Clone, Debug)]
pub struct AssocConstraint {
    pub id: NodeId,
    pub ident: Ident,
    pub gen_args: Option<GenericArgs>,
    pub kind: AssocConstraintKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum AssocConstraintKind {
    /// `Item = T`
    Equality(Term),
    /// `Item: Bound`
    Bound(GenericBounds),
}

#[derive(Clone, Debug)]
pub enum Term {
    Ty(P<Ty>),
    Const(AnonConst),
}

#[derive(Clone, Debug)]
pub struct ParenthesizedArgs {
    pub span: Span,
    pub inputs: Vec<P<Ty>>,
    pub output: FnRetTy,
}

/// `<Vec<T> as Trait>::Assoc`: the self type, and how many segments of the path belong to the
/// trait (`position`); `position == 0` for `<T>::Assoc`.
#[derive(Clone, Debug)]
pub struct QSelf {
    pub ty: P<Ty>,
    pub path_span: Span,
    pub position: usize,
}

/* ---------------------------------------------------------------- generics */

#[derive(Clone, Debug)]
pub struct Lifetime {
    pub id: NodeId,
    /// The name including its `'`.
    pub ident: Ident,
}

pub type GenericBounds = Vec<GenericBound>;

#[derive(Clone, Debug)]
pub enum GenericBound {
    Trait(PolyTraitRef, TraitBoundModifier),
    Outlives(Lifetime),
    /// `use<'a, T>` precise capturing.
    Use(Vec<GenericArg>, Span),
}

impl GenericBound {
    pub fn span(&self) -> Span {
        match self {
            GenericBound::Trait(t, _) => t.span,
            GenericBound::Outlives(l) => l.ident.span,
            GenericBound::Use(_, span) => *span,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum TraitBoundModifier {
    None,
    /// `?Sized`
    Maybe,
    /// `~const Trait` / `const Trait`
    MaybeConst,
    /// `!Trait` (negative bounds, unstable)
    Negative,
}

/// `for<'a> Trait<'a>`.
#[derive(Clone, Debug)]
pub struct PolyTraitRef {
    pub bound_generic_params: Vec<GenericParam>,
    pub trait_ref: TraitRef,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TraitRef {
    pub path: Path,
    pub ref_id: NodeId,
}

#[derive(Clone, Debug)]
pub struct Generics {
    pub params: Vec<GenericParam>,
    pub where_clause: WhereClause,
    pub span: Span,
}

impl Default for Generics {
    fn default() -> Generics {
        Generics {
            params: Vec::new(),
            where_clause: WhereClause {
                has_where_token: false,
                predicates: Vec::new(),
                span: Span::DUMMY,
            },
            span: Span::DUMMY,
        }
    }
}

#[derive(Clone, Debug)]
pub struct GenericParam {
    pub id: NodeId,
    pub ident: Ident,
    pub attrs: Vec<Attribute>,
    pub bounds: GenericBounds,
    pub kind: GenericParamKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum GenericParamKind {
    Lifetime,
    Type {
        default: Option<P<Ty>>,
    },
    Const {
        ty: P<Ty>,
        kw_span: Span,
        default: Option<AnonConst>,
    },
}

#[derive(Clone, Debug)]
pub struct WhereClause {
    pub has_where_token: bool,
    pub predicates: Vec<WherePredicate>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum WherePredicate {
    /// `for<'a> T: Trait + 'b`
    BoundPredicate(WhereBoundPredicate),
    /// `'a: 'b + 'c`
    RegionPredicate(WhereRegionPredicate),
    /// `T = U` (unsupported by rustc; parsed for its error).
    EqPredicate(WhereEqPredicate),
}

#[derive(Clone, Debug)]
pub struct WhereBoundPredicate {
    pub span: Span,
    pub bound_generic_params: Vec<GenericParam>,
    pub bounded_ty: P<Ty>,
    pub bounds: GenericBounds,
}

#[derive(Clone, Debug)]
pub struct WhereRegionPredicate {
    pub span: Span,
    pub lifetime: Lifetime,
    pub bounds: GenericBounds,
}

#[derive(Clone, Debug)]
pub struct WhereEqPredicate {
    pub span: Span,
    pub lhs_ty: P<Ty>,
    pub rhs_ty: P<Ty>,
}

/* ---------------------------------------------------------------- literals */

/// A literal with its decoded value.
#[derive(Clone, Debug)]
pub struct Lit {
    /// The token as written (kind, text, suffix).
    pub token: token::Lit,
    pub kind: LitKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LitKind {
    /// `"foo"` or `r#"foo"#` with escapes decoded.
    Str(Symbol, StrStyle),
    ByteStr(Rc<[u8]>, StrStyle),
    /// A C string's bytes including the trailing NUL.
    CStr(Rc<[u8]>, StrStyle),
    Byte(u8),
    Char(char),
    /// An integer literal's value (at most `u128::MAX`; larger is reported when parsing).
    Int(u128, LitIntType),
    /// A float literal, kept as text (the digits with `_` removed, no suffix).
    Float(Symbol, LitFloatType),
    Bool(bool),
    /// A literal whose error was already reported.
    Err,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum StrStyle {
    Cooked,
    Raw(u8),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum LitIntType {
    Signed(IntTy),
    Unsigned(UintTy),
    Unsuffixed,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum LitFloatType {
    Suffixed(FloatTy),
    Unsuffixed,
}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum IntTy {
    Isize,
    I8,
    I16,
    I32,
    I64,
    I128,
}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum UintTy {
    Usize,
    U8,
    U16,
    U32,
    U64,
    U128,
}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum FloatTy {
    F16,
    F32,
    F64,
    F128,
}

impl IntTy {
    pub fn name_str(self) -> &'static str {
        match self {
            IntTy::Isize => "isize",
            IntTy::I8 => "i8",
            IntTy::I16 => "i16",
            IntTy::I32 => "i32",
            IntTy::I64 => "i64",
            IntTy::I128 => "i128",
        }
    }
}

impl UintTy {
    pub fn name_str(self) -> &'static str {
        match self {
            UintTy::Usize => "usize",
            UintTy::U8 => "u8",
            UintTy::U16 => "u16",
            UintTy::U32 => "u32",
            UintTy::U64 => "u64",
            UintTy::U128 => "u128",
        }
    }
}

impl FloatTy {
    pub fn name_str(self) -> &'static str {
        match self {
            FloatTy::F16 => "f16",
            FloatTy::F32 => "f32",
            FloatTy::F64 => "f64",
            FloatTy::F128 => "f128",
        }
    }
}

/* ---------------------------------------------------------------- types */

#[derive(Clone, Debug)]
pub struct Ty {
    pub id: NodeId,
    pub kind: TyKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TyKind {
    /// `[T]`
    Slice(P<Ty>),
    /// `[T; N]`
    Array(P<Ty>, AnonConst),
    /// `*const T` / `*mut T`
    Ptr(MutTy),
    /// `&'a mut T`
    Ref(Option<Lifetime>, MutTy),
    /// `unsafe extern "C" fn(A) -> B`, `for<'a> fn(&'a T)`
    BareFn(P<BareFnTy>),
    /// `!`
    Never,
    /// `(A, B)`; `()` is the empty tuple.
    Tup(Vec<P<Ty>>),
    /// `a::B<C>` or `<T as Trait>::Assoc`.
    Path(Option<P<QSelf>>, Path),
    /// `dyn Trait + Send + 'a` (the bool is whether `dyn` was written).
    TraitObject(GenericBounds, bool),
    /// `impl Trait`
    ImplTrait(NodeId, GenericBounds),
    /// `(T)`
    Paren(P<Ty>),
    /// `_`
    Infer,
    /// The `Self` type of a `self` parameter written without a type.
    ImplicitSelf,
    /// A type macro call: `m!(...)`.
    MacCall(P<MacCall>),
    /// A type whose parse error was already reported.
    Err,
}

#[derive(Clone, Debug)]
pub struct MutTy {
    pub ty: P<Ty>,
    pub mutbl: Mutability,
}

#[derive(Clone, Debug)]
pub struct BareFnTy {
    pub safety: Safety,
    pub ext: Extern,
    pub generic_params: Vec<GenericParam>,
    pub decl: P<FnDecl>,
    pub decl_span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Mutability {
    Not,
    Mut,
}

impl Mutability {
    pub fn prefix_str(self) -> &'static str {
        match self {
            Mutability::Not => "",
            Mutability::Mut => "mut ",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Safety {
    Default,
    Unsafe(Span),
    /// `safe` in an `unsafe extern` block.
    Safe(Span),
}

/// An expression in a type or generic position that must be const-evaluated: array lengths,
/// enum discriminants, const generic arguments.
#[derive(Clone, Debug)]
pub struct AnonConst {
    pub id: NodeId,
    pub value: P<Expr>,
}

/* ---------------------------------------------------------------- patterns */

#[derive(Clone, Debug)]
pub struct Pat {
    pub id: NodeId,
    pub kind: PatKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum PatKind {
    /// `_`
    Wild,
    /// `ref mut x @ sub`, or a plain `x` (which resolution may find to be a unit struct or
    /// constant rather than a binding).
    Ident(BindingMode, Ident, Option<P<Pat>>),
    /// `S { a, b: pat, .. }`
    Struct(Option<P<QSelf>>, Path, Vec<PatField>, PatFieldsRest),
    /// `S(a, b)`
    TupleStruct(Option<P<QSelf>>, Path, Vec<P<Pat>>),
    /// `a | b`
    Or(Vec<P<Pat>>),
    /// `a::B` or `<T>::C`, when it is not a single identifier.
    Path(Option<P<QSelf>>, Path),
    /// `(a, b)`
    Tuple(Vec<P<Pat>>),
    /// `box p`
    Box(P<Pat>),
    /// `&p`, `&mut p`
    Ref(P<Pat>, Mutability),
    /// A literal, possibly negated: `1`, `-1`, `"s"`, `b'a'`; or a path to a constant in a
    /// range.
    Lit(P<Expr>),
    /// `a..=b`, `a..b`, `a..`, `..=b`; ends are literals or paths.
    Range(Option<P<Expr>>, Option<P<Expr>>, RangeEnd),
    /// `[a, .., b]`
    Slice(Vec<P<Pat>>),
    /// `..` inside a tuple, tuple-struct or slice pattern.
    Rest,
    /// `(p)`
    Paren(P<Pat>),
    /// `m!(...)`
    MacCall(P<MacCall>),
    /// A pattern whose error was already reported.
    Err,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum ByRef {
    Yes(Mutability),
    No,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct BindingMode(pub ByRef, pub Mutability);

impl BindingMode {
    pub const NONE: BindingMode = BindingMode(ByRef::No, Mutability::Not);
    pub const MUT: BindingMode = BindingMode(ByRef::No, Mutability::Mut);
}

#[derive(Clone, Debug)]
pub struct PatField {
    pub ident: Ident,
    pub pat: P<Pat>,
    pub is_shorthand: bool,
    pub attrs: Vec<Attribute>,
    pub id: NodeId,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PatFieldsRest {
    /// `S { a, .. }`; the span of `..`.
    Rest(Span),
    None,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RangeEnd {
    /// `..=` (or the deprecated `...`, which is true when `legacy`).
    Included { legacy: bool },
    /// `..`
    Excluded,
}

/* ---------------------------------------------------------------- expressions */

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub kind: ExprKind,
    pub span: Span,
    pub attrs: Vec<Attribute>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
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
}

impl BinOpKind {
    pub fn as_str(self) -> &'static str {
        use BinOpKind::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&&",
            Or => "||",
            BitXor => "^",
            BitAnd => "&",
            BitOr => "|",
            Shl => "<<",
            Shr => ">>",
            Eq => "==",
            Lt => "<",
            Le => "<=",
            Ne => "!=",
            Ge => ">=",
            Gt => ">",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinOpKind::*;
        matches!(self, Eq | Lt | Le | Ne | Gt | Ge)
    }

    pub fn is_lazy(self) -> bool {
        matches!(self, BinOpKind::And | BinOpKind::Or)
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct BinOp {
    pub node: BinOpKind,
    pub span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum UnOp {
    /// `*`
    Deref,
    /// `!`
    Not,
    /// `-`
    Neg,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Deref => "*",
            UnOp::Not => "!",
            UnOp::Neg => "-",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum RangeLimits {
    /// `a..b`
    HalfOpen,
    /// `a..=b`
    Closed,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum BorrowKind {
    /// `&x`, `&mut x`
    Ref,
    /// `&raw const x`, `&raw mut x`
    Raw,
}

#[derive(Clone, Debug)]
pub struct Label {
    pub ident: Ident,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `[a, b, c]`
    Array(Vec<P<Expr>>),
    /// `const { ... }`
    ConstBlock(AnonConst),
    /// `f(a, b)`
    Call(P<Expr>, Vec<P<Expr>>),
    /// `recv.method::<T>(a, b)`
    MethodCall(Box<MethodCall>),
    /// `(a, b)`; `()` is the empty tuple.
    Tup(Vec<P<Expr>>),
    Binary(BinOp, P<Expr>, P<Expr>),
    Unary(UnOp, P<Expr>),
    Lit(Lit),
    /// `e as T`
    Cast(P<Expr>, P<Ty>),
    /// `let pat = e` inside an `if` or `while` condition (let chains); the span covers it all.
    Let(P<Pat>, P<Expr>, Span),
    /// `if cond { .. } else ..`; the else branch is a block or another `if`.
    If(P<Expr>, P<Block>, Option<P<Expr>>),
    /// `'label: while cond { .. }`
    While(P<Expr>, P<Block>, Option<Label>),
    /// `'label: for pat in iter { .. }`
    ForLoop {
        pat: P<Pat>,
        iter: P<Expr>,
        body: P<Block>,
        label: Option<Label>,
    },
    /// `'label: loop { .. }`
    Loop(P<Block>, Option<Label>),
    /// `match e { arms }`
    Match(P<Expr>, Vec<Arm>),
    /// `move |a, b| body`
    Closure(Box<Closure>),
    /// `'label: { .. }` or `unsafe { .. }`
    Block(P<Block>, Option<Label>),
    /// `async move { .. }`
    Async(CaptureBy, P<Block>),
    /// `e.await`
    Await(P<Expr>, Span),
    /// `try { .. }`
    TryBlock(P<Block>),
    /// `a = b`; the span is that of `=`.
    Assign(P<Expr>, P<Expr>, Span),
    /// `a += b`
    AssignOp(BinOp, P<Expr>, P<Expr>),
    /// `e.field` or `e.0`
    Field(P<Expr>, Ident),
    /// `e[i]`; the span covers the brackets.
    Index(P<Expr>, P<Expr>, Span),
    /// `a..b`, `a..`, `..b`, `..`, `a..=b`, `..=b`
    Range(Option<P<Expr>>, Option<P<Expr>>, RangeLimits),
    /// `_` on the left of a destructuring assignment.
    Underscore,
    /// A path: `x`, `a::b`, `<T as Tr>::f`.
    Path(Option<P<QSelf>>, Path),
    /// `&e`, `&mut e`, `&raw const e`
    AddrOf(BorrowKind, Mutability, P<Expr>),
    /// `break 'label value`
    Break(Option<Label>, Option<P<Expr>>),
    /// `continue 'label`
    Continue(Option<Label>),
    /// `return e`
    Ret(Option<P<Expr>>),
    /// A macro call in expression position.
    MacCall(P<MacCall>),
    /// `S { a: 1, b, ..base }`
    Struct(P<StructExpr>),
    /// `[e; N]`
    Repeat(P<Expr>, AnonConst),
    /// `(e)`
    Paren(P<Expr>),
    /// `e?`
    Try(P<Expr>),
    /// `yield e`
    Yield(Option<P<Expr>>),
    /// `become f(x)`
    Become(P<Expr>),
    /// The output of `format_args!`, lowered to library calls by AST lowering.
    FormatArgs(P<FormatArgs>),
    /// `builtin # offset_of(T, field)` and other built-in syntax (`type_ascribe`).
    OffsetOf(P<Ty>, Vec<Ident>),
    /// An expression whose error was already reported.
    Err,
    /// A placeholder that will be replaced (used during expansion).
    Dummy,
}

#[derive(Clone, Debug)]
pub struct MethodCall {
    /// The method name and its turbofish (`collect::<Vec<_>>`).
    pub seg: PathSegment,
    pub receiver: P<Expr>,
    pub args: Vec<P<Expr>>,
    /// From the method name to the closing parenthesis.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Arm {
    pub attrs: Vec<Attribute>,
    pub pat: P<Pat>,
    pub guard: Option<P<Expr>>,
    /// `None` only for never patterns (unstable); smelt always has a body.
    pub body: Option<P<Expr>>,
    pub span: Span,
    pub id: NodeId,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CaptureBy {
    /// `move |x| ...`; the span is that of `move`.
    Value(Span),
    Ref,
}

#[derive(Clone, Debug)]
pub struct Closure {
    pub binder: Vec<GenericParam>,
    pub capture_clause: CaptureBy,
    pub constness: bool,
    pub asyncness: bool,
    pub movability_static: bool,
    pub fn_decl: P<FnDecl>,
    pub body: P<Expr>,
    /// The span of `|args| -> Ret`.
    pub fn_decl_span: Span,
}

#[derive(Clone, Debug)]
pub struct StructExpr {
    pub qself: Option<P<QSelf>>,
    pub path: Path,
    pub fields: Vec<ExprField>,
    pub rest: StructRest,
}

#[derive(Clone, Debug)]
pub struct ExprField {
    pub attrs: Vec<Attribute>,
    pub id: NodeId,
    pub span: Span,
    pub ident: Ident,
    pub expr: P<Expr>,
    pub is_shorthand: bool,
}

#[derive(Clone, Debug)]
pub enum StructRest {
    /// `..base`
    Base(P<Expr>),
    /// `..` without a base (destructuring assignment).
    Rest(Span),
    None,
}

/// `format_args!("a{}b{x:>5}", e)` after parsing the template; see `smelt_expand::format`.
#[derive(Clone, Debug)]
pub struct FormatArgs {
    pub span: Span,
    pub template: Vec<FormatArgsPiece>,
    pub arguments: Vec<FormatArgument>,
}

#[derive(Clone, Debug)]
pub enum FormatArgsPiece {
    Literal(Symbol),
    Placeholder(FormatPlaceholder),
}

#[derive(Clone, Debug)]
pub struct FormatArgument {
    /// `Some` for `name = expr` arguments and for implicitly captured identifiers.
    pub name: Option<Ident>,
    pub expr: P<Expr>,
}

#[derive(Clone, Debug)]
pub struct FormatPlaceholder {
    /// Index into `FormatArgs::arguments`.
    pub argument: usize,
    pub span: Option<Span>,
    pub trait_: FormatTrait,
    pub options: FormatOptions,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum FormatTrait {
    /// `{}`
    Display,
    /// `{:?}`
    Debug,
    /// `{:e}`
    LowerExp,
    /// `{:E}`
    UpperExp,
    /// `{:o}`
    Octal,
    /// `{:p}`
    Pointer,
    /// `{:b}`
    Binary,
    /// `{:x}`
    LowerHex,
    /// `{:X}`
    UpperHex,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatOptions {
    pub width: Option<FormatCount>,
    pub precision: Option<FormatCount>,
    pub alignment: Option<FormatAlignment>,
    pub fill: Option<char>,
    pub sign: Option<FormatSign>,
    pub alternate: bool,
    pub zero_pad: bool,
    pub debug_hex: Option<FormatDebugHex>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FormatCount {
    Literal(usize),
    /// An argument index (for `{:1$}` and `{:.*}` and `{:width$}`).
    Argument(usize),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FormatAlignment {
    Left,
    Right,
    Center,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FormatSign {
    Plus,
    Minus,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FormatDebugHex {
    Lower,
    Upper,
}

/* ---------------------------------------------------------------- statements and blocks */

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub id: NodeId,
    pub rules: BlockCheckMode,
    pub span: Span,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BlockCheckMode {
    Default,
    /// `unsafe { .. }`
    Unsafe,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub id: NodeId,
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `let pat: ty = init else { .. };`
    Let(P<Local>),
    /// An item inside a block.
    Item(P<Item>),
    /// An expression without a trailing semicolon (a block's tail, or a block-like
    /// expression such as `if` used as a statement).
    Expr(P<Expr>),
    /// An expression followed by `;`.
    Semi(P<Expr>),
    /// A lone `;`.
    Empty,
    /// A macro call in statement position.
    MacCall(P<MacCallStmt>),
}

#[derive(Clone, Debug)]
pub struct Local {
    pub id: NodeId,
    pub pat: P<Pat>,
    pub ty: Option<P<Ty>>,
    pub kind: LocalKind,
    pub span: Span,
    pub attrs: Vec<Attribute>,
}

#[derive(Clone, Debug)]
pub enum LocalKind {
    /// `let x;`
    Decl,
    /// `let x = e;`
    Init(P<Expr>),
    /// `let Some(x) = e else { return };`
    InitElse(P<Expr>, P<Block>),
}

#[derive(Clone, Debug)]
pub struct MacCallStmt {
    pub mac: P<MacCall>,
    pub style: MacStmtStyle,
    pub attrs: Vec<Attribute>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum MacStmtStyle {
    /// `m!(..);` or `m![..];`
    Semicolon,
    /// `m! { .. }`
    Braces,
    /// `m!(..)` without a semicolon (the block's tail).
    NoBraces,
}

/* ---------------------------------------------------------------- macros */

#[derive(Clone, Debug)]
pub struct MacCall {
    pub path: Path,
    pub args: P<DelimArgs>,
}

impl MacCall {
    pub fn span(&self) -> Span {
        self.path.span.to(self.args.dspan.entire())
    }
}

#[derive(Clone, Debug)]
pub struct DelimArgs {
    pub dspan: DelimSpan,
    pub delim: Delimiter,
    pub tokens: TokenStream,
}

/// `macro_rules! name { ... }` or `macro name(...) { ... }`.
#[derive(Clone, Debug)]
pub struct MacroDef {
    pub body: P<DelimArgs>,
    /// `true` for `macro_rules!`.
    pub macro_rules: bool,
}

/* ---------------------------------------------------------------- items */

#[derive(Clone, Debug)]
pub struct Visibility {
    pub kind: VisibilityKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum VisibilityKind {
    /// `pub`
    Public,
    /// `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in a::b)`; `shorthand` is false for
    /// the `in` form.
    Restricted {
        path: P<Path>,
        id: NodeId,
        shorthand: bool,
    },
    /// No visibility written.
    Inherited,
}

impl Visibility {
    pub fn inherited(span: Span) -> Visibility {
        Visibility {
            kind: VisibilityKind::Inherited,
            span: span.shrink_to_lo(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Item<K = ItemKind> {
    pub attrs: Vec<Attribute>,
    pub id: NodeId,
    pub span: Span,
    pub vis: Visibility,
    /// The item's name; `kw::Empty` for items without one (`impl`, `use`, `extern` blocks,
    /// macro calls).
    pub ident: Ident,
    pub kind: K,
}

#[derive(Clone, Debug)]
pub enum ItemKind {
    /// `extern crate foo as bar;`: the original name when renamed.
    ExternCrate(Option<Symbol>),
    /// `use a::{b, c::*};`
    Use(UseTree),
    /// `static [mut] X: T = e;`
    Static(Box<StaticItem>),
    /// `const X: T = e;`
    Const(Box<ConstItem>),
    Fn(Box<Fn>),
    /// `mod m;` or `mod m { .. }`
    Mod(Safety, ModKind),
    /// `extern "C" { .. }`
    ForeignMod(ForeignMod),
    /// `type T<A> = U;`
    TyAlias(Box<TyAlias>),
    Enum(EnumDef, Generics),
    Struct(VariantData, Generics),
    Union(VariantData, Generics),
    Trait(Box<Trait>),
    /// `trait A = B + C;`
    TraitAlias(Generics, GenericBounds),
    Impl(Box<Impl>),
    /// A macro call in item position.
    MacCall(P<MacCall>),
    /// `macro_rules! m { .. }`
    MacroDef(MacroDef),
}

impl ItemKind {
    /// "function", "struct", ... as rustc names item kinds in diagnostics.
    pub fn descr(&self) -> &'static str {
        match self {
            ItemKind::ExternCrate(..) => "extern crate",
            ItemKind::Use(..) => "`use` import",
            ItemKind::Static(..) => "static item",
            ItemKind::Const(..) => "constant item",
            ItemKind::Fn(..) => "function",
            ItemKind::Mod(..) => "module",
            ItemKind::ForeignMod(..) => "extern block",
            ItemKind::TyAlias(..) => "type alias",
            ItemKind::Enum(..) => "enum",
            ItemKind::Struct(..) => "struct",
            ItemKind::Union(..) => "union",
            ItemKind::Trait(..) => "trait",
            ItemKind::TraitAlias(..) => "trait alias",
            ItemKind::Impl(..) => "implementation",
            ItemKind::MacCall(..) => "item macro invocation",
            ItemKind::MacroDef(..) => "macro definition",
        }
    }
}

#[derive(Clone, Debug)]
pub struct StaticItem {
    pub ty: P<Ty>,
    pub safety: Safety,
    pub mutability: Mutability,
    pub expr: Option<P<Expr>>,
}

#[derive(Clone, Debug)]
pub struct ConstItem {
    pub generics: Generics,
    pub ty: P<Ty>,
    pub expr: Option<P<Expr>>,
}

#[derive(Clone, Debug)]
pub struct Fn {
    pub defaultness: Defaultness,
    pub generics: Generics,
    pub sig: FnSig,
    pub body: Option<P<Block>>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Defaultness {
    Default(Span),
    Final,
}

#[derive(Clone, Debug)]
pub struct FnSig {
    pub header: FnHeader,
    pub decl: P<FnDecl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FnHeader {
    pub safety: Safety,
    /// `async fn`: the span of `async`.
    pub asyncness: Option<Span>,
    /// `const fn`: the span of `const`.
    pub constness: Option<Span>,
    pub ext: Extern,
}

impl Default for FnHeader {
    fn default() -> FnHeader {
        FnHeader {
            safety: Safety::Default,
            asyncness: None,
            constness: None,
            ext: Extern::None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Extern {
    None,
    /// `extern fn` (means `extern "C"`); the span of `extern`.
    Implicit(Span),
    /// `extern "C" fn`
    Explicit(StrLit, Span),
}

/// A string literal used for an ABI name or a `#[path]`.
#[derive(Clone, Debug)]
pub struct StrLit {
    pub symbol: Symbol,
    pub style: StrStyle,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FnDecl {
    pub inputs: Vec<Param>,
    pub output: FnRetTy,
    /// `...` at the end of a foreign function's parameters.
    pub c_variadic: bool,
}

impl FnDecl {
    pub fn has_self(&self) -> bool {
        self.inputs.first().is_some_and(Param::is_self)
    }
}

#[derive(Clone, Debug)]
pub struct Param {
    pub attrs: Vec<Attribute>,
    pub ty: P<Ty>,
    pub pat: P<Pat>,
    pub id: NodeId,
    pub span: Span,
}

impl Param {
    /// Is this `self`, `&self`, `mut self`, `self: T`, ...?
    pub fn is_self(&self) -> bool {
        matches!(&self.pat.kind, PatKind::Ident(_, ident, None) if ident.name == smelt_span::kw::SelfLower)
    }
}

#[derive(Clone, Debug)]
pub enum FnRetTy {
    /// No `->` written; the span is where it would go.
    Default(Span),
    Ty(P<Ty>),
}

#[derive(Clone, Debug)]
pub enum ModKind {
    /// An inline module or one whose file was loaded by expansion.
    Loaded(Vec<P<Item>>, Inline, ModSpans),
    /// `mod m;` before expansion loads its file.
    Unloaded,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Inline {
    Yes,
    No,
}

#[derive(Copy, Clone, Debug, Default)]
pub struct ModSpans {
    /// The span of the whole inner part (between the braces, or the whole file).
    pub inner_span: Span,
}

#[derive(Clone, Debug)]
pub struct ForeignMod {
    pub safety: Safety,
    pub abi: Option<StrLit>,
    pub items: Vec<P<ForeignItem>>,
}

pub type ForeignItem = Item<ForeignItemKind>;

#[derive(Clone, Debug)]
pub enum ForeignItemKind {
    Static(Box<StaticItem>),
    Fn(Box<Fn>),
    TyAlias(Box<TyAlias>),
    MacCall(P<MacCall>),
}

#[derive(Clone, Debug)]
pub struct TyAlias {
    pub defaultness: Defaultness,
    pub generics: Generics,
    /// Bounds of an associated type declaration (`type Item: Clone;`).
    pub bounds: GenericBounds,
    pub ty: Option<P<Ty>>,
}

#[derive(Clone, Debug)]
pub struct EnumDef {
    pub variants: Vec<Variant>,
}

#[derive(Clone, Debug)]
pub struct Variant {
    pub attrs: Vec<Attribute>,
    pub id: NodeId,
    pub span: Span,
    pub vis: Visibility,
    pub ident: Ident,
    pub data: VariantData,
    /// `= 3`
    pub disr_expr: Option<AnonConst>,
}

#[derive(Clone, Debug)]
pub enum VariantData {
    /// `{ a: A, b: B }`; the bool is whether parsing recovered from an error.
    Struct(Vec<FieldDef>, bool),
    /// `(A, B)`; the id is that of the constructor function.
    Tuple(Vec<FieldDef>, NodeId),
    /// No fields; the id is that of the constructor constant.
    Unit(NodeId),
}

impl VariantData {
    pub fn fields(&self) -> &[FieldDef] {
        match self {
            VariantData::Struct(fields, _) | VariantData::Tuple(fields, _) => fields,
            VariantData::Unit(_) => &[],
        }
    }

    pub fn ctor_id(&self) -> Option<NodeId> {
        match self {
            VariantData::Struct(..) => None,
            VariantData::Tuple(_, id) | VariantData::Unit(id) => Some(*id),
        }
    }
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub attrs: Vec<Attribute>,
    pub id: NodeId,
    pub span: Span,
    pub vis: Visibility,
    /// `None` for tuple fields.
    pub ident: Option<Ident>,
    pub ty: P<Ty>,
}

#[derive(Clone, Debug)]
pub struct Trait {
    pub safety: Safety,
    pub is_auto: bool,
    pub generics: Generics,
    /// Supertraits.
    pub bounds: GenericBounds,
    pub items: Vec<P<AssocItem>>,
}

#[derive(Clone, Debug)]
pub struct Impl {
    pub defaultness: Defaultness,
    pub safety: Safety,
    pub generics: Generics,
    pub constness: bool,
    /// `impl !Trait for T`: the span of `!`.
    pub negative: Option<Span>,
    pub of_trait: Option<TraitRef>,
    pub self_ty: P<Ty>,
    pub items: Vec<P<AssocItem>>,
}

pub type AssocItem = Item<AssocItemKind>;

#[derive(Clone, Debug)]
pub enum AssocItemKind {
    Const(Box<ConstItem>),
    Fn(Box<Fn>),
    Type(Box<TyAlias>),
    MacCall(P<MacCall>),
}

/// A `use` tree: `prefix`, then either nothing (`use a::b;`, optionally renamed), a nested
/// group (`use a::{b, c};`) or a glob (`use a::*;`).
#[derive(Clone, Debug)]
pub struct UseTree {
    pub prefix: Path,
    pub kind: UseTreeKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum UseTreeKind {
    /// `use prefix` or `use prefix as rename`.
    Simple(Option<Ident>),
    /// `use prefix::{...}`; each nested tree has its own id.
    Nested(Vec<(UseTree, NodeId)>),
    /// `use prefix::*`
    Glob,
}

//! Printing the AST back as Rust source: `--emit=expanded` (rustc's `-Zunpretty=expanded`) and
//! code snippets in diagnostics.
//!
//! The output is meant to re-parse to the same tree. The tree has no record of the parentheses
//! that were not written (those that were are `Paren` nodes), so the printer adds them wherever
//! the parser would otherwise group differently. For a tree that came from the parser none are
//! ever needed; trees built by macro expansion or by hand do need them. The rules mirror the
//! parser's:
//!
//! - Operator precedence and associativity (`Prec`): an operand that binds looser than its
//!   position allows is parenthesised. Comparisons do not chain; a range operand is never
//!   itself a bare range; the left side of `<` or `<<` must not end in a cast (`a as u8 < b`
//!   would start generic arguments).
//! - Expressions that are open on the right (closures, `return x`, `break x`, `..x`) may stand
//!   unparenthesised as the last operand, but not where more tokens follow (`Cx::followed`).
//!   A `return` without a value that is followed by something would take that as its value.
//! - In the head of `if`, `while`, `match` and `for` a struct literal would take the block
//!   for its fields (`Cx::no_struct`), until a delimiter resets that. A jump's value resets
//!   it too (the parser reads it as a new expression), so `if (break c) {}` keeps its
//!   parentheses.
//! - At the start of a statement or match arm, a block-like expression (`if`, `match`, a
//!   block, a loop, `m! {}`) ends the statement, so one followed by an operator, a call or an
//!   index is parenthesised; a method call, field access, `?` or `.await` may follow it
//!   (`Cx::stmt_start`, `Cx::dot_ok`). Like rustc's parser, this holds along the leftmost
//!   edge and also inside prefix operators and range ends (`-{ 1 }[0];` does not parse).
//! - `let ... else`: the initialiser must not end with `}` nor be a `&&`/`||` chain.
//!
//! Layout is simple: items and statements on their own lines, blocks indented four spaces,
//! everything else on one line. Token streams (macro arguments and bodies) print with a space
//! between tokens except where the tokens were joint, or where Rust is usually written
//! without one (`a.b`, `a::b`, `f(x)`, `x,`, `m!(..)`, `#[..]`, `$x`).
//!
//! Recursion follows the tree; frames are kept small because expressions can be thousands of
//! levels deep (a long `a + b + ...` chain). Token streams are printed with an explicit stack.

use std::fmt::Write as _;

use smelt_span::{kw, Ident, Interner, Symbol};

use crate::token::{self, CommentKind, Delimiter, Nonterminal, Token, TokenKind};
use crate::tokenstream::{Spacing, TokenStream, TokenTree};
use crate::*;

/* ---------------------------------------------------------------- entry points */

pub fn crate_to_string(krate: &Crate, interner: &Interner) -> String {
    let mut p = Printer::new(interner);
    p.print_crate(krate);
    p.out
}

pub fn item_to_string(item: &Item, interner: &Interner) -> String {
    print_with(interner, |p| p.print_item(item))
}

pub fn assoc_item_to_string(item: &AssocItem, interner: &Interner) -> String {
    print_with(interner, |p| p.print_assoc_item(item))
}

pub fn foreign_item_to_string(item: &ForeignItem, interner: &Interner) -> String {
    print_with(interner, |p| p.print_foreign_item(item))
}

pub fn stmt_to_string(stmt: &Stmt, interner: &Interner) -> String {
    print_with(interner, |p| p.print_stmt(stmt))
}

pub fn block_to_string(block: &Block, interner: &Interner) -> String {
    print_with(interner, |p| p.print_block(block, &[]))
}

pub fn expr_to_string(expr: &Expr, interner: &Interner) -> String {
    print_with(interner, |p| p.print_expr(expr))
}

pub fn ty_to_string(ty: &Ty, interner: &Interner) -> String {
    print_with(interner, |p| p.print_ty(ty))
}

pub fn pat_to_string(pat: &Pat, interner: &Interner) -> String {
    print_with(interner, |p| p.print_pat(pat))
}

/// A path as written in a type (`Vec<u8>`, no turbofish).
pub fn path_to_string(path: &Path, interner: &Interner) -> String {
    print_with(interner, |p| p.print_path(path, false))
}

pub fn generic_args_to_string(args: &GenericArgs, interner: &Interner) -> String {
    print_with(interner, |p| p.print_generic_args(args, false))
}

pub fn bounds_to_string(bounds: &[GenericBound], interner: &Interner) -> String {
    print_with(interner, |p| p.print_bounds(bounds))
}

pub fn lifetime_to_string(lifetime: &Lifetime, interner: &Interner) -> String {
    interner.get(lifetime.ident.name).to_string()
}

/// The tokens of a stream, without delimiters around the whole.
pub fn tts_to_string(tts: &TokenStream, interner: &Interner) -> String {
    print_with(interner, |p| p.print_tts(tts))
}

/// Tokens as `stringify!` writes them: like `tts_to_string`, but a matched `$e:expr` is
/// written as it was, without the parentheses that keep its precedence elsewhere.
pub fn stringify_tts(tts: &TokenStream, interner: &Interner) -> String {
    print_with(interner, |p| {
        p.bare_nonterminals = true;
        p.print_tts(tts)
    })
}

pub fn token_to_string(token: &Token, interner: &Interner) -> String {
    print_with(interner, |p| p.print_token(token))
}

pub fn attr_to_string(attr: &Attribute, interner: &Interner) -> String {
    print_with(interner, |p| p.print_attribute(attr))
}

pub fn meta_to_string(meta: &Meta, interner: &Interner) -> String {
    print_with(interner, |p| p.print_meta(meta))
}

/// `pub`, `pub(crate)`, `pub(in a::b)`; empty for an inherited visibility.
pub fn vis_to_string(vis: &Visibility, interner: &Interner) -> String {
    let mut s = print_with(interner, |p| p.print_vis(vis));
    s.truncate(s.trim_end().len());
    s
}

/// `m!(tokens)`, `m![tokens]`, `m! { tokens }`.
pub fn mac_call_to_string(mac: &MacCall, interner: &Interner) -> String {
    print_with(interner, |p| p.print_mac_call(mac))
}

/// A `use` tree: `a::{b, c::*}`, `a as b`.
pub fn use_tree_to_string(tree: &UseTree, interner: &Interner) -> String {
    print_with(interner, |p| p.print_use_tree(tree))
}

/// A `format_args!` template rebuilt as a string literal, quotes included.
pub fn format_template_to_string(fmt: &FormatArgs, interner: &Interner) -> String {
    print_with(interner, |p| p.print_format_template(fmt))
}

/// An identifier as it must be written: raw (`r#type`) when it is a reserved word that is not
/// allowed to be a path segment keyword.
pub fn ident_to_string(ident: Ident, interner: &Interner) -> String {
    print_with(interner, |p| p.print_ident(ident))
}

fn print_with(interner: &Interner, f: impl FnOnce(&mut Printer<'_>)) -> String {
    let mut p = Printer::new(interner);
    f(&mut p);
    p.out
}

/* ---------------------------------------------------------------- precedence */

/// How tightly an expression binds, loosest first.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Prec {
    /// Closures and `return`/`break`/`yield`/`become` with a value.
    Jump,
    Assign,
    Range,
    Or,
    And,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Sum,
    Product,
    Cast,
    /// `-x`, `!x`, `*x`, `&x`, and anything with outer attributes.
    Prefix,
    /// Calls, fields, indexing, `?`, and everything self-delimited.
    Postfix,
}

impl Prec {
    /// The next tighter level (for the right operand of a left-associative operator).
    fn tighter(self) -> Prec {
        use Prec::*;
        match self {
            Jump => Assign,
            Assign => Range,
            Range => Or,
            Or => And,
            And => Compare,
            Compare => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Sum,
            Sum => Product,
            Product => Cast,
            Cast => Prefix,
            Prefix | Postfix => Postfix,
        }
    }
}

fn binop_prec(op: BinOpKind) -> Prec {
    use BinOpKind::*;
    match op {
        Mul | Div | Rem => Prec::Product,
        Add | Sub => Prec::Sum,
        Shl | Shr => Prec::Shift,
        BitAnd => Prec::BitAnd,
        BitXor => Prec::BitXor,
        BitOr => Prec::BitOr,
        Eq | Lt | Le | Ne | Ge | Gt => Prec::Compare,
        And => Prec::And,
        Or => Prec::Or,
    }
}

fn expr_prec(expr: &Expr) -> Prec {
    let prec = match &expr.kind {
        ExprKind::Closure(c) if matches!(c.fn_decl.output, FnRetTy::Default(_)) => Prec::Jump,
        // With a return type the body is a block, so the closure is closed on the right.
        ExprKind::Closure(_) => Prec::Prefix,
        ExprKind::Ret(Some(_))
        | ExprKind::Break(_, Some(_))
        | ExprKind::Yield(Some(_))
        | ExprKind::Become(_) => Prec::Jump,
        ExprKind::Assign(..) | ExprKind::AssignOp(..) => Prec::Assign,
        ExprKind::Range(..) => Prec::Range,
        ExprKind::Binary(op, ..) => binop_prec(op.node),
        ExprKind::Cast(..) => Prec::Cast,
        // `let p = e` binds like `&&`'s operands: it is written in `&&` chains and nowhere else.
        ExprKind::Let(..) => Prec::And,
        ExprKind::Unary(..) | ExprKind::AddrOf(..) => Prec::Prefix,
        _ => Prec::Postfix,
    };
    if expr.attrs.iter().any(|a| a.style == AttrStyle::Outer) {
        prec.min(Prec::Prefix)
    } else {
        prec
    }
}

/// Expressions that end a statement when they start one (`if x {} - 1` is two statements).
fn is_block_like(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::If(..)
        | ExprKind::Match(..)
        | ExprKind::Block(..)
        | ExprKind::While(..)
        | ExprKind::Loop(..)
        | ExprKind::ForLoop { .. }
        | ExprKind::TryBlock(..)
        | ExprKind::ConstBlock(..) => true,
        ExprKind::MacCall(mac) => mac.args.delim == Delimiter::Brace,
        _ => false,
    }
}

/// Does the printed expression end with a cast (`x + a as u8`)? Then a `<` or `<<` after it
/// would be read as the start of generic arguments.
fn ends_with_cast(mut expr: &Expr) -> bool {
    loop {
        expr = match &expr.kind {
            ExprKind::Cast(..) => return true,
            ExprKind::Binary(_, _, rhs)
            | ExprKind::Assign(_, rhs, _)
            | ExprKind::AssignOp(_, _, rhs)
            | ExprKind::Unary(_, rhs)
            | ExprKind::AddrOf(_, _, rhs)
            | ExprKind::Let(_, rhs, _)
            | ExprKind::Range(_, Some(rhs), _) => rhs,
            _ => return false,
        }
    }
}

/// The expression printed first when `expr` is printed without parentheses: the leftmost
/// operand, receiver or callee, all the way down.
fn leftmost(mut expr: &Expr) -> &Expr {
    loop {
        if !expr.attrs.is_empty() {
            return expr;
        }
        expr = match &expr.kind {
            ExprKind::Binary(_, lhs, _)
            | ExprKind::Cast(lhs, _)
            | ExprKind::Assign(lhs, _, _)
            | ExprKind::AssignOp(_, lhs, _)
            | ExprKind::Range(Some(lhs), _, _)
            | ExprKind::Field(lhs, _)
            | ExprKind::Index(lhs, _, _)
            | ExprKind::Call(lhs, _)
            | ExprKind::Try(lhs)
            | ExprKind::Await(lhs, _) => lhs,
            ExprKind::MethodCall(call) => &call.receiver,
            _ => return expr,
        }
    }
}

/// Does the printed expression start with a plain block's `{`?
fn starts_with_block(expr: &Expr) -> bool {
    let first = leftmost(expr);
    matches!(&first.kind, ExprKind::Block(block, None) if block.rules == BlockCheckMode::Default && first.attrs.is_empty())
}

/// Does the printed expression start with a label (`'a: loop {}`)?
fn starts_with_label(expr: &Expr) -> bool {
    let first = leftmost(expr);
    first.attrs.is_empty()
        && matches!(
            &first.kind,
            ExprKind::Block(_, Some(_))
                | ExprKind::Loop(_, Some(_))
                | ExprKind::While(_, _, Some(_))
                | ExprKind::ForLoop { label: Some(_), .. }
        )
}

/// Does the printed expression end with `}`? (Not allowed before the `else` of `let`-`else`.)
fn ends_with_brace(mut expr: &Expr) -> bool {
    loop {
        expr = match &expr.kind {
            ExprKind::If(..)
            | ExprKind::Match(..)
            | ExprKind::Block(..)
            | ExprKind::While(..)
            | ExprKind::Loop(..)
            | ExprKind::ForLoop { .. }
            | ExprKind::TryBlock(..)
            | ExprKind::ConstBlock(..)
            | ExprKind::Async(..)
            | ExprKind::Struct(..) => return true,
            ExprKind::MacCall(mac) => return mac.args.delim == Delimiter::Brace,
            ExprKind::Binary(_, _, rhs)
            | ExprKind::Assign(_, rhs, _)
            | ExprKind::AssignOp(_, _, rhs)
            | ExprKind::Unary(_, rhs)
            | ExprKind::AddrOf(_, _, rhs)
            | ExprKind::Let(_, rhs, _)
            | ExprKind::Range(_, Some(rhs), _)
            | ExprKind::Ret(Some(rhs))
            | ExprKind::Break(_, Some(rhs))
            | ExprKind::Yield(Some(rhs))
            | ExprKind::Become(rhs) => rhs,
            ExprKind::Closure(c) => &c.body,
            _ => return false,
        }
    }
}

/// What surrounds the expression being printed; see the module documentation.
#[derive(Copy, Clone, Default, Debug)]
struct Cx {
    /// In the head of `if`/`while`/`match`/`for`, outside any delimiters.
    no_struct: bool,
    /// On the leftmost edge of a statement or match arm body.
    stmt_start: bool,
    /// The parent is a method call, field access, `?` or `.await` on this expression.
    dot_ok: bool,
    /// More tokens of the same expression follow this one.
    followed: bool,
    /// A closure or `return x` may stand here unparenthesised if nothing follows.
    open_ok: bool,
    /// A range without a start (`..x`) may stand here unparenthesised if nothing follows.
    range_ok: bool,
}

impl Cx {
    /// For the left operand of a binary operator, cast, assignment or range.
    fn lhs(self) -> Cx {
        Cx {
            followed: true,
            dot_ok: false,
            open_ok: false,
            range_ok: false,
            ..self
        }
    }

    /// For a receiver of `.`, `?` or `.await` (`dot`), or a callee or indexed expression.
    fn postfix(self, dot: bool) -> Cx {
        Cx {
            followed: true,
            dot_ok: dot,
            open_ok: false,
            range_ok: false,
            ..self
        }
    }

    /// For the last operand: what follows the parent follows it.
    fn rhs(self, range_ok: bool) -> Cx {
        Cx {
            stmt_start: false,
            dot_ok: false,
            open_ok: true,
            range_ok,
            ..self
        }
    }

    /// For the operand of a prefix operator or the end of a range. The parser reads these
    /// under the same statement restriction as their parent, so a call or index on a
    /// block-like expression inside still needs parentheses at the start of a statement
    /// (`-{ 1 }[0];` does not parse); the block-like operand itself is fine, as whatever
    /// follows it applies to the parent.
    fn operand(self) -> Cx {
        Cx {
            dot_ok: true,
            open_ok: true,
            range_ok: false,
            ..self
        }
    }
}

/* ---------------------------------------------------------------- the printer */

struct Printer<'a> {
    out: String,
    indent: usize,
    interner: &'a Interner,
    /// Whether interpolated expressions are printed without precedence parentheses.
    bare_nonterminals: bool,
}

impl<'a> Printer<'a> {
    fn new(interner: &'a Interner) -> Printer<'a> {
        Printer {
            out: String::new(),
            indent: 0,
            bare_nonterminals: false,
            interner,
        }
    }

    fn word(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// A line break followed by the current indentation.
    fn nl(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    fn sym(&mut self, sym: Symbol) {
        let interner = self.interner;
        self.out.push_str(interner.get(sym));
    }

    fn print_ident(&mut self, ident: Ident) {
        let name = ident.name;
        if name.is_reserved() && !name.is_path_segment_keyword() {
            self.word("r#");
        }
        self.sym(name);
    }

    fn print_lifetime(&mut self, lifetime: &Lifetime) {
        self.sym(lifetime.ident.name);
    }

    fn comma_sep<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.word(", ");
            }
            f(self, item);
        }
    }

    /* ------------------------------------------------------------ attributes */

    fn print_crate(&mut self, krate: &Crate) {
        let mut first = true;
        for attr in &krate.attrs {
            if !first {
                self.nl();
            }
            first = false;
            self.print_attribute(attr);
        }
        for item in &krate.items {
            if !first {
                self.nl();
            }
            first = false;
            self.print_item(item);
        }
        if !first {
            self.out.push('\n');
        }
    }

    fn print_attribute(&mut self, attr: &Attribute) {
        match &attr.kind {
            AttrKind::DocComment(kind, text) => {
                let text = self.interner.get(*text);
                let s = match (kind, attr.style) {
                    (CommentKind::Line, AttrStyle::Outer) => format!("///{text}"),
                    (CommentKind::Line, AttrStyle::Inner) => format!("//!{text}"),
                    (CommentKind::Block, AttrStyle::Outer) => format!("/**{text}*/"),
                    (CommentKind::Block, AttrStyle::Inner) => format!("/*!{text}*/"),
                };
                self.word(&s);
            }
            AttrKind::Normal(item) => {
                self.word(match attr.style {
                    AttrStyle::Outer => "#[",
                    AttrStyle::Inner => "#![",
                });
                self.print_path(&item.path, false);
                match &item.args {
                    AttrArgs::Empty => {}
                    AttrArgs::Delimited(args) => self.print_delim_args(args),
                    AttrArgs::Eq(_, expr) => {
                        self.word(" = ");
                        self.print_expr(expr);
                    }
                }
                self.word("]");
            }
        }
    }

    fn is_line_doc(attr: &Attribute) -> bool {
        matches!(attr.kind, AttrKind::DocComment(CommentKind::Line, _))
    }

    /// Outer attributes, each on its own line, before an item, statement, field or arm.
    fn print_outer_attrs_lines(&mut self, attrs: &[Attribute]) {
        for attr in attrs.iter().filter(|a| a.style == AttrStyle::Outer) {
            self.print_attribute(attr);
            self.nl();
        }
    }

    /// Outer attributes before a parameter, generic parameter or expression, on the same line
    /// (except line doc comments, which end their line).
    fn print_outer_attrs_inline(&mut self, attrs: &[Attribute]) {
        for attr in attrs.iter().filter(|a| a.style == AttrStyle::Outer) {
            self.print_attribute(attr);
            if Self::is_line_doc(attr) {
                self.nl();
            } else {
                self.word(" ");
            }
        }
    }

    /// Inner attributes, each on its own line, at the start of a body (after its `{`).
    fn print_inner_attrs(&mut self, attrs: &[Attribute]) -> bool {
        let mut any = false;
        for attr in attrs.iter().filter(|a| a.style == AttrStyle::Inner) {
            self.nl();
            self.print_attribute(attr);
            any = true;
        }
        any
    }

    fn print_meta(&mut self, meta: &Meta) {
        self.print_path(&meta.path, false);
        match &meta.kind {
            MetaKind::Word => {}
            MetaKind::List(items) => {
                self.word("(");
                self.comma_sep(items, |p, item| match item {
                    NestedMeta::Meta(meta) => p.print_meta(meta),
                    NestedMeta::Lit(lit) => p.print_lit(lit),
                });
                self.word(")");
            }
            MetaKind::NameValue(lit) => {
                self.word(" = ");
                self.print_lit(lit);
            }
        }
    }

    fn print_lit(&mut self, lit: &Lit) {
        let s = token::lit_to_string(&lit.token, self.interner);
        self.word(&s);
    }

    /* ------------------------------------------------------------ items */

    fn print_vis(&mut self, vis: &Visibility) {
        match &vis.kind {
            VisibilityKind::Public => self.word("pub "),
            VisibilityKind::Restricted {
                path, shorthand, ..
            } => {
                self.word(if *shorthand { "pub(" } else { "pub(in " });
                self.print_path(path, false);
                self.word(") ");
            }
            VisibilityKind::Inherited => {}
        }
    }

    fn print_safety(&mut self, safety: Safety) {
        match safety {
            Safety::Default => {}
            Safety::Unsafe(_) => self.word("unsafe "),
            Safety::Safe(_) => self.word("safe "),
        }
    }

    fn print_defaultness(&mut self, defaultness: Defaultness) {
        if let Defaultness::Default(_) = defaultness {
            self.word("default ");
        }
    }

    fn print_str_lit(&mut self, lit: &StrLit) {
        let text = self.interner.get(lit.symbol);
        let s = match lit.style {
            StrStyle::Cooked => format!("\"{}\"", escape_str(text)),
            StrStyle::Raw(n) => format!("r{0}\"{text}\"{0}", "#".repeat(n as usize)),
        };
        self.word(&s);
    }

    fn print_extern(&mut self, ext: &Extern) {
        match ext {
            Extern::None => {}
            Extern::Implicit(_) => self.word("extern "),
            Extern::Explicit(abi, _) => {
                self.word("extern ");
                self.print_str_lit(abi);
                self.word(" ");
            }
        }
    }

    fn print_item(&mut self, item: &Item) {
        self.print_outer_attrs_lines(&item.attrs);
        match &item.kind {
            ItemKind::ExternCrate(orig) => {
                self.print_vis(&item.vis);
                self.word("extern crate ");
                if let Some(orig) = orig {
                    self.print_ident(Ident::with_dummy_span(*orig));
                    self.word(" as ");
                }
                self.print_ident(item.ident);
                self.word(";");
            }
            ItemKind::Use(tree) => {
                self.print_vis(&item.vis);
                self.word("use ");
                self.print_use_tree(tree);
                self.word(";");
            }
            ItemKind::Static(s) => self.print_static(s, item.ident, &item.vis),
            ItemKind::Const(c) => self.print_const(c, Defaultness::Final, item.ident, &item.vis),
            ItemKind::Fn(func) => self.print_fn(func, item.ident, &item.vis, &item.attrs),
            ItemKind::Mod(safety, kind) => {
                self.print_vis(&item.vis);
                self.print_safety(*safety);
                self.word("mod ");
                self.print_ident(item.ident);
                match kind {
                    ModKind::Loaded(items, _, _) => {
                        self.word(" ");
                        self.print_braced(&item.attrs, items, |p, item| p.print_item(item));
                    }
                    ModKind::Unloaded => self.word(";"),
                }
            }
            ItemKind::ForeignMod(fm) => {
                self.print_vis(&item.vis);
                self.print_safety(fm.safety);
                self.word("extern ");
                if let Some(abi) = &fm.abi {
                    self.print_str_lit(abi);
                    self.word(" ");
                }
                self.print_braced(&item.attrs, &fm.items, |p, item| p.print_foreign_item(item));
            }
            ItemKind::TyAlias(alias) => self.print_ty_alias(alias, item.ident, &item.vis),
            ItemKind::Enum(def, generics) => {
                self.print_vis(&item.vis);
                self.word("enum ");
                self.print_ident(item.ident);
                self.print_generic_params(&generics.params);
                self.print_where_clause(&generics.where_clause);
                self.word(" ");
                self.print_braced(&[], &def.variants, |p, v| {
                    p.print_variant(v);
                    p.word(",");
                });
            }
            ItemKind::Struct(data, generics) => {
                self.print_struct("struct ", data, generics, item.ident, &item.vis)
            }
            ItemKind::Union(data, generics) => {
                self.print_struct("union ", data, generics, item.ident, &item.vis)
            }
            ItemKind::Trait(tr) => {
                self.print_vis(&item.vis);
                self.print_safety(tr.safety);
                if tr.is_auto {
                    self.word("auto ");
                }
                self.word("trait ");
                self.print_ident(item.ident);
                self.print_generic_params(&tr.generics.params);
                if !tr.bounds.is_empty() {
                    self.word(": ");
                    self.print_bounds(&tr.bounds);
                }
                self.print_where_clause(&tr.generics.where_clause);
                self.word(" ");
                self.print_braced(&item.attrs, &tr.items, |p, item| p.print_assoc_item(item));
            }
            ItemKind::TraitAlias(generics, bounds) => {
                self.print_vis(&item.vis);
                self.word("trait ");
                self.print_ident(item.ident);
                self.print_generic_params(&generics.params);
                self.word(" = ");
                self.print_bounds(bounds);
                self.print_where_clause(&generics.where_clause);
                self.word(";");
            }
            ItemKind::Impl(imp) => {
                self.print_vis(&item.vis);
                self.print_defaultness(imp.defaultness);
                self.print_safety(imp.safety);
                self.word("impl");
                self.print_generic_params(&imp.generics.params);
                self.word(" ");
                if imp.constness {
                    self.word("const ");
                }
                if imp.negative.is_some() {
                    self.word("!");
                }
                if let Some(trait_ref) = &imp.of_trait {
                    self.print_path(&trait_ref.path, false);
                    self.word(" for ");
                }
                self.print_ty(&imp.self_ty);
                self.print_where_clause(&imp.generics.where_clause);
                self.word(" ");
                self.print_braced(&item.attrs, &imp.items, |p, item| p.print_assoc_item(item));
            }
            ItemKind::MacCall(mac) => {
                self.print_vis(&item.vis);
                self.print_mac_call(mac);
                if mac.args.delim != Delimiter::Brace {
                    self.word(";");
                }
            }
            ItemKind::MacroDef(def) => {
                if def.macro_rules {
                    self.word("macro_rules! ");
                } else {
                    self.print_vis(&item.vis);
                    self.word("macro ");
                }
                self.print_ident(item.ident);
                self.word(" ");
                self.print_delim_args(&def.body);
                if def.macro_rules && def.body.delim != Delimiter::Brace {
                    self.word(";");
                }
            }
        }
    }

    /// `{`, the inner attributes among `attrs`, each element on its own line, `}`.
    fn print_braced<T>(
        &mut self,
        attrs: &[Attribute],
        elems: &[T],
        mut f: impl FnMut(&mut Self, &T),
    ) {
        self.word("{");
        self.indent += 1;
        let mut any = self.print_inner_attrs(attrs);
        for elem in elems {
            self.nl();
            f(self, elem);
            any = true;
        }
        self.indent -= 1;
        if any {
            self.nl();
        }
        self.word("}");
    }

    fn print_static(&mut self, s: &StaticItem, ident: Ident, vis: &Visibility) {
        self.print_vis(vis);
        self.print_safety(s.safety);
        self.word("static ");
        self.word(s.mutability.prefix_str());
        self.print_ident(ident);
        self.word(": ");
        self.print_ty(&s.ty);
        if let Some(expr) = &s.expr {
            self.word(" = ");
            self.print_expr(expr);
        }
        self.word(";");
    }

    fn print_const(
        &mut self,
        c: &ConstItem,
        defaultness: Defaultness,
        ident: Ident,
        vis: &Visibility,
    ) {
        self.print_vis(vis);
        self.print_defaultness(defaultness);
        self.word("const ");
        self.print_ident(ident);
        self.print_generic_params(&c.generics.params);
        self.word(": ");
        self.print_ty(&c.ty);
        if let Some(expr) = &c.expr {
            self.word(" = ");
            self.print_expr(expr);
        }
        self.print_where_clause(&c.generics.where_clause);
        self.word(";");
    }

    fn print_ty_alias(&mut self, alias: &TyAlias, ident: Ident, vis: &Visibility) {
        self.print_vis(vis);
        self.print_defaultness(alias.defaultness);
        self.word("type ");
        self.print_ident(ident);
        self.print_generic_params(&alias.generics.params);
        if !alias.bounds.is_empty() {
            self.word(": ");
            self.print_bounds(&alias.bounds);
        }
        // The tree does not record on which side of the type the where clause was written;
        // after it is where rustc wants it.
        if let Some(ty) = &alias.ty {
            self.word(" = ");
            self.print_ty(ty);
        }
        self.print_where_clause(&alias.generics.where_clause);
        self.word(";");
    }

    fn print_fn(&mut self, func: &Fn, ident: Ident, vis: &Visibility, attrs: &[Attribute]) {
        self.print_vis(vis);
        self.print_defaultness(func.defaultness);
        let header = &func.sig.header;
        if header.constness.is_some() {
            self.word("const ");
        }
        if header.asyncness.is_some() {
            self.word("async ");
        }
        self.print_safety(header.safety);
        self.print_extern(&header.ext);
        self.word("fn ");
        self.print_ident(ident);
        self.print_generic_params(&func.generics.params);
        self.print_fn_params(&func.sig.decl, false);
        self.print_fn_ret_ty(&func.sig.decl.output);
        self.print_where_clause(&func.generics.where_clause);
        match &func.body {
            Some(body) => {
                self.word(" ");
                self.print_block(body, attrs);
            }
            None => self.word(";"),
        }
    }

    fn print_fn_params(&mut self, decl: &FnDecl, closure: bool) {
        self.word(if closure { "|" } else { "(" });
        self.comma_sep(&decl.inputs, |p, param| p.print_param(param, closure));
        if decl.c_variadic {
            if !decl.inputs.is_empty() {
                self.word(", ");
            }
            self.word("...");
        }
        self.word(if closure { "|" } else { ")" });
    }

    fn print_param(&mut self, param: &Param, closure: bool) {
        self.print_outer_attrs_inline(&param.attrs);
        if let PatKind::Ident(BindingMode(ByRef::No, mutbl), ident, None) = &param.pat.kind {
            if ident.name == kw::SelfLower {
                match &param.ty.kind {
                    TyKind::ImplicitSelf => {
                        self.word(mutbl.prefix_str());
                        self.word("self");
                        return;
                    }
                    TyKind::Ref(
                        lifetime,
                        MutTy {
                            ty,
                            mutbl: ref_mutbl,
                        },
                    ) if matches!(ty.kind, TyKind::ImplicitSelf) && *mutbl == Mutability::Not => {
                        self.word("&");
                        if let Some(lifetime) = lifetime {
                            self.print_lifetime(lifetime);
                            self.word(" ");
                        }
                        self.word(ref_mutbl.prefix_str());
                        self.word("self");
                        return;
                    }
                    _ => {}
                }
            }
            if ident.name == kw::Empty {
                // An anonymous parameter (bare function types, 2015 trait methods).
                self.print_ty(&param.ty);
                return;
            }
        }
        self.print_pat_no_top_alt(&param.pat);
        if closure && matches!(param.ty.kind, TyKind::Infer) {
            return;
        }
        self.word(": ");
        self.print_ty(&param.ty);
    }

    fn print_fn_ret_ty(&mut self, ret: &FnRetTy) {
        if let FnRetTy::Ty(ty) = ret {
            self.word(" -> ");
            self.print_ty(ty);
        }
    }

    fn print_struct(
        &mut self,
        kw: &str,
        data: &VariantData,
        generics: &Generics,
        ident: Ident,
        vis: &Visibility,
    ) {
        self.print_vis(vis);
        self.word(kw);
        self.print_ident(ident);
        self.print_generic_params(&generics.params);
        match data {
            VariantData::Struct(fields, _) => {
                self.print_where_clause(&generics.where_clause);
                self.word(" ");
                self.print_braced(&[], fields, |p, field| {
                    p.print_field_def(field, true);
                    p.word(",");
                });
            }
            VariantData::Tuple(fields, _) => {
                self.print_tuple_fields(fields);
                self.print_where_clause(&generics.where_clause);
                self.word(";");
            }
            VariantData::Unit(_) => {
                self.print_where_clause(&generics.where_clause);
                self.word(";");
            }
        }
    }

    fn print_tuple_fields(&mut self, fields: &[FieldDef]) {
        self.word("(");
        self.comma_sep(fields, |p, field| p.print_field_def(field, false));
        self.word(")");
    }

    fn print_field_def(&mut self, field: &FieldDef, own_line: bool) {
        if own_line {
            self.print_outer_attrs_lines(&field.attrs);
        } else {
            self.print_outer_attrs_inline(&field.attrs);
        }
        self.print_vis(&field.vis);
        if let Some(ident) = field.ident {
            self.print_ident(ident);
            self.word(": ");
        }
        self.print_ty(&field.ty);
    }

    fn print_variant(&mut self, variant: &Variant) {
        self.print_outer_attrs_lines(&variant.attrs);
        self.print_vis(&variant.vis);
        self.print_ident(variant.ident);
        match &variant.data {
            VariantData::Struct(fields, _) => {
                if fields.is_empty() {
                    self.word(" {}");
                } else {
                    self.word(" { ");
                    self.comma_sep(fields, |p, field| p.print_field_def(field, false));
                    self.word(" }");
                }
            }
            VariantData::Tuple(fields, _) => self.print_tuple_fields(fields),
            VariantData::Unit(_) => {}
        }
        if let Some(disr) = &variant.disr_expr {
            self.word(" = ");
            self.print_expr(&disr.value);
        }
    }

    fn print_assoc_item(&mut self, item: &AssocItem) {
        self.print_outer_attrs_lines(&item.attrs);
        match &item.kind {
            AssocItemKind::Const(c) => {
                self.print_const(c, Defaultness::Final, item.ident, &item.vis)
            }
            AssocItemKind::Fn(func) => self.print_fn(func, item.ident, &item.vis, &item.attrs),
            AssocItemKind::Type(alias) => self.print_ty_alias(alias, item.ident, &item.vis),
            AssocItemKind::MacCall(mac) => {
                self.print_mac_call(mac);
                if mac.args.delim != Delimiter::Brace {
                    self.word(";");
                }
            }
        }
    }

    fn print_foreign_item(&mut self, item: &ForeignItem) {
        self.print_outer_attrs_lines(&item.attrs);
        match &item.kind {
            ForeignItemKind::Static(s) => self.print_static(s, item.ident, &item.vis),
            ForeignItemKind::Fn(func) => self.print_fn(func, item.ident, &item.vis, &item.attrs),
            ForeignItemKind::TyAlias(alias) => self.print_ty_alias(alias, item.ident, &item.vis),
            ForeignItemKind::MacCall(mac) => {
                self.print_mac_call(mac);
                if mac.args.delim != Delimiter::Brace {
                    self.word(";");
                }
            }
        }
    }

    fn print_use_tree(&mut self, tree: &UseTree) {
        // A prefix that is only `::` (`use ::{a, b}`) prints as `::` before the group.
        let root_only = tree.prefix.segments.len() == 1 && tree.prefix.is_global();
        match &tree.kind {
            UseTreeKind::Simple(rename) => {
                self.print_path(&tree.prefix, false);
                if let Some(rename) = rename {
                    self.word(" as ");
                    self.print_ident(*rename);
                }
            }
            UseTreeKind::Glob => {
                if root_only {
                    self.word("::");
                } else if !tree.prefix.segments.is_empty() {
                    self.print_path(&tree.prefix, false);
                    self.word("::");
                }
                self.word("*");
            }
            UseTreeKind::Nested(trees) => {
                if root_only {
                    self.word("::");
                } else if !tree.prefix.segments.is_empty() {
                    self.print_path(&tree.prefix, false);
                    self.word("::");
                }
                self.word("{");
                self.comma_sep(trees, |p, (tree, _)| p.print_use_tree(tree));
                self.word("}");
            }
        }
    }

    /* ------------------------------------------------------------ generics */

    fn print_generic_params(&mut self, params: &[GenericParam]) {
        if params.is_empty() {
            return;
        }
        self.word("<");
        self.comma_sep(params, |p, param| p.print_generic_param(param));
        self.word(">");
    }

    fn print_generic_param(&mut self, param: &GenericParam) {
        self.print_outer_attrs_inline(&param.attrs);
        match &param.kind {
            GenericParamKind::Lifetime => {
                self.sym(param.ident.name);
                if !param.bounds.is_empty() {
                    self.word(": ");
                    self.print_bounds(&param.bounds);
                }
            }
            GenericParamKind::Type { default } => {
                self.print_ident(param.ident);
                if !param.bounds.is_empty() {
                    self.word(": ");
                    self.print_bounds(&param.bounds);
                }
                if let Some(default) = default {
                    self.word(" = ");
                    self.print_ty(default);
                }
            }
            GenericParamKind::Const { ty, default, .. } => {
                self.word("const ");
                self.print_ident(param.ident);
                self.word(": ");
                self.print_ty(ty);
                if let Some(default) = default {
                    self.word(" = ");
                    self.print_const_arg(default);
                }
            }
        }
    }

    /// `for<'a> ` before a bound, a where predicate, a bare fn type or a closure.
    fn print_binder(&mut self, params: &[GenericParam]) {
        if !params.is_empty() {
            self.word("for");
            self.print_generic_params(params);
            self.word(" ");
        }
    }

    fn print_where_clause(&mut self, wc: &WhereClause) {
        if !wc.has_where_token && wc.predicates.is_empty() {
            return;
        }
        self.word(" where");
        for (i, pred) in wc.predicates.iter().enumerate() {
            self.word(if i == 0 { " " } else { ", " });
            match pred {
                WherePredicate::BoundPredicate(p) => {
                    self.print_binder(&p.bound_generic_params);
                    self.print_ty(&p.bounded_ty);
                    self.word(":");
                    if !p.bounds.is_empty() {
                        self.word(" ");
                        self.print_bounds(&p.bounds);
                    }
                }
                WherePredicate::RegionPredicate(p) => {
                    self.print_lifetime(&p.lifetime);
                    self.word(":");
                    if !p.bounds.is_empty() {
                        self.word(" ");
                        self.print_bounds(&p.bounds);
                    }
                }
                WherePredicate::EqPredicate(p) => {
                    self.print_ty(&p.lhs_ty);
                    self.word(" = ");
                    self.print_ty(&p.rhs_ty);
                }
            }
        }
    }

    fn print_bounds(&mut self, bounds: &[GenericBound]) {
        for (i, bound) in bounds.iter().enumerate() {
            if i > 0 {
                self.word(" + ");
            }
            match bound {
                GenericBound::Trait(ptr, modifier) => {
                    self.print_binder(&ptr.bound_generic_params);
                    self.word(match modifier {
                        TraitBoundModifier::None => "",
                        TraitBoundModifier::Maybe => "?",
                        TraitBoundModifier::MaybeConst => "~const ",
                        TraitBoundModifier::Negative => "!",
                    });
                    self.print_path(&ptr.trait_ref.path, false);
                }
                GenericBound::Outlives(lifetime) => self.print_lifetime(lifetime),
                GenericBound::Use(args, _) => {
                    self.word("use<");
                    self.comma_sep(args, |p, arg| p.print_generic_arg(arg));
                    self.word(">");
                }
            }
        }
    }

    /* ------------------------------------------------------------ paths */

    /// `colons` writes `::<` before angle-bracketed arguments, as expressions and patterns
    /// need.
    fn print_path(&mut self, path: &Path, colons: bool) {
        for (i, segment) in path.segments.iter().enumerate() {
            if i > 0 {
                self.word("::");
            }
            self.print_path_segment(segment, colons);
        }
    }

    fn print_path_segment(&mut self, segment: &PathSegment, colons: bool) {
        if segment.ident.name != kw::PathRoot {
            self.print_ident(segment.ident);
        }
        if let Some(args) = &segment.args {
            self.print_generic_args(args, colons);
        }
    }

    fn print_qpath(&mut self, qself: &Option<P<QSelf>>, path: &Path, colons: bool) {
        let Some(qself) = qself else {
            self.print_path(path, colons);
            return;
        };
        let position = qself.position.min(path.segments.len());
        self.word("<");
        self.print_ty(&qself.ty);
        if position > 0 {
            self.word(" as ");
            for (i, segment) in path.segments[..position].iter().enumerate() {
                if i > 0 {
                    self.word("::");
                }
                self.print_path_segment(segment, false);
            }
        }
        self.word(">");
        for segment in &path.segments[position..] {
            self.word("::");
            self.print_path_segment(segment, colons);
        }
    }

    fn print_generic_args(&mut self, args: &GenericArgs, colons: bool) {
        match args {
            GenericArgs::AngleBracketed(data) => {
                self.word(if colons { "::<" } else { "<" });
                self.comma_sep(&data.args, |p, arg| match arg {
                    AngleBracketedArg::Arg(arg) => p.print_generic_arg(arg),
                    AngleBracketedArg::Constraint(c) => p.print_assoc_constraint(c),
                });
                self.word(">");
            }
            GenericArgs::Parenthesized(data) => {
                self.word("(");
                self.comma_sep(&data.inputs, |p, ty| p.print_ty(ty));
                self.word(")");
                self.print_fn_ret_ty(&data.output);
            }
        }
    }

    fn print_generic_arg(&mut self, arg: &GenericArg) {
        match arg {
            GenericArg::Lifetime(lifetime) => self.print_lifetime(lifetime),
            GenericArg::Type(ty) => self.print_ty(ty),
            GenericArg::Const(c) => self.print_const_arg(c),
        }
    }

    /// A const generic argument or default: literals, paths and blocks stand alone, anything
    /// else needs braces.
    fn print_const_arg(&mut self, c: &AnonConst) {
        let bare = match &c.value.kind {
            ExprKind::Lit(_)
            | ExprKind::Path(..)
            | ExprKind::Block(..)
            | ExprKind::MacCall(_)
            | ExprKind::Err => true,
            ExprKind::Unary(UnOp::Neg, operand) => matches!(operand.kind, ExprKind::Lit(_)),
            _ => false,
        };
        if bare {
            self.print_expr(&c.value);
        } else {
            self.word("{ ");
            self.print_expr(&c.value);
            self.word(" }");
        }
    }

    fn print_assoc_constraint(&mut self, c: &AssocConstraint) {
        self.print_ident(c.ident);
        if let Some(args) = &c.gen_args {
            self.print_generic_args(args, false);
        }
        match &c.kind {
            AssocConstraintKind::Equality(term) => {
                self.word(" = ");
                match term {
                    Term::Ty(ty) => self.print_ty(ty),
                    Term::Const(c) => self.print_const_arg(c),
                }
            }
            AssocConstraintKind::Bound(bounds) => {
                self.word(":");
                if !bounds.is_empty() {
                    self.word(" ");
                    self.print_bounds(bounds);
                }
            }
        }
    }

    /* ------------------------------------------------------------ types */

    fn print_ty(&mut self, ty: &Ty) {
        match &ty.kind {
            TyKind::Slice(elem) => {
                self.word("[");
                self.print_ty(elem);
                self.word("]");
            }
            TyKind::Array(elem, len) => {
                self.word("[");
                self.print_ty(elem);
                self.word("; ");
                self.print_expr(&len.value);
                self.word("]");
            }
            TyKind::Ptr(mt) => {
                self.word(match mt.mutbl {
                    Mutability::Not => "*const ",
                    Mutability::Mut => "*mut ",
                });
                self.print_pointee(&mt.ty);
            }
            TyKind::Ref(lifetime, mt) => {
                self.word("&");
                if let Some(lifetime) = lifetime {
                    self.print_lifetime(lifetime);
                    self.word(" ");
                }
                self.word(mt.mutbl.prefix_str());
                self.print_pointee(&mt.ty);
            }
            TyKind::BareFn(f) => {
                self.print_binder(&f.generic_params);
                self.print_safety(f.safety);
                self.print_extern(&f.ext);
                self.word("fn");
                self.print_fn_params(&f.decl, false);
                self.print_fn_ret_ty(&f.decl.output);
            }
            TyKind::Never => self.word("!"),
            TyKind::Tup(elems) => {
                self.word("(");
                self.comma_sep(elems, |p, ty| p.print_ty(ty));
                if elems.len() == 1 {
                    self.word(",");
                }
                self.word(")");
            }
            TyKind::Path(qself, path) => self.print_qpath(qself, path, false),
            TyKind::TraitObject(bounds, dyn_written) => {
                if *dyn_written {
                    self.word("dyn ");
                }
                self.print_bounds(bounds);
            }
            TyKind::ImplTrait(_, bounds) => {
                self.word("impl ");
                self.print_bounds(bounds);
            }
            TyKind::Paren(inner) => {
                self.word("(");
                self.print_ty(inner);
                self.word(")");
            }
            TyKind::Infer => self.word("_"),
            TyKind::ImplicitSelf => self.word("Self"),
            TyKind::MacCall(mac) => self.print_mac_call(mac),
            TyKind::Err => self.word("(/*ERROR*/)"),
        }
    }

    /// The type after `&` or `*const`: `&dyn A + B` would be ambiguous, so several bounds
    /// are parenthesised.
    fn print_pointee(&mut self, ty: &Ty) {
        let ambiguous = match &ty.kind {
            TyKind::TraitObject(bounds, _) | TyKind::ImplTrait(_, bounds) => bounds.len() > 1,
            _ => false,
        };
        if ambiguous {
            self.word("(");
            self.print_ty(ty);
            self.word(")");
        } else {
            self.print_ty(ty);
        }
    }

    /* ------------------------------------------------------------ patterns */

    /// A pattern where a top-level `a | b` is allowed (`let`, match arms, nested positions).
    fn print_pat(&mut self, pat: &Pat) {
        match &pat.kind {
            PatKind::Wild => self.word("_"),
            PatKind::Ident(BindingMode(by_ref, mutbl), ident, sub) => {
                if *mutbl == Mutability::Mut {
                    self.word("mut ");
                }
                match by_ref {
                    ByRef::Yes(m) => {
                        self.word("ref ");
                        self.word(m.prefix_str());
                    }
                    ByRef::No => {}
                }
                self.print_ident(*ident);
                if let Some(sub) = sub {
                    self.word(" @ ");
                    self.print_pat_no_top_alt(sub);
                }
            }
            PatKind::Struct(qself, path, fields, rest) => {
                self.print_qpath(qself, path, true);
                let has_rest = matches!(rest, PatFieldsRest::Rest(_));
                if fields.is_empty() && !has_rest {
                    self.word(" {}");
                    return;
                }
                self.word(" { ");
                self.comma_sep(fields, |p, field| {
                    p.print_outer_attrs_inline(&field.attrs);
                    if !field.is_shorthand {
                        p.print_ident(field.ident);
                        p.word(": ");
                    }
                    p.print_pat(&field.pat);
                });
                if has_rest {
                    if !fields.is_empty() {
                        self.word(", ");
                    }
                    self.word("..");
                }
                self.word(" }");
            }
            PatKind::TupleStruct(qself, path, elems) => {
                self.print_qpath(qself, path, true);
                self.word("(");
                self.comma_sep(elems, |p, elem| p.print_pat(elem));
                self.word(")");
            }
            PatKind::Or(alts) => {
                for (i, alt) in alts.iter().enumerate() {
                    if i > 0 {
                        self.word(" | ");
                    }
                    self.print_pat_no_top_alt(alt);
                }
            }
            PatKind::Path(qself, path) => self.print_qpath(qself, path, true),
            PatKind::Tuple(elems) => {
                self.word("(");
                self.comma_sep(elems, |p, elem| p.print_pat(elem));
                if elems.len() == 1 && !matches!(elems[0].kind, PatKind::Rest) {
                    self.word(",");
                }
                self.word(")");
            }
            PatKind::Box(inner) => {
                self.word("box ");
                self.print_pat_operand(inner);
            }
            PatKind::Ref(inner, mutbl) => {
                self.word("&");
                self.word(mutbl.prefix_str());
                // `&mut x` is a `&mut` pattern, not `&` of the binding `mut x`.
                let mut_binding = matches!(
                    inner.kind,
                    PatKind::Ident(BindingMode(ByRef::No, Mutability::Mut), ..)
                );
                if mut_binding && *mutbl == Mutability::Not {
                    self.word("(");
                    self.print_pat(inner);
                    self.word(")");
                } else {
                    self.print_pat_operand(inner);
                }
            }
            PatKind::Lit(expr) => self.print_expr(expr),
            PatKind::Range(lo, hi, end) => {
                if let Some(lo) = lo {
                    self.print_expr(lo);
                }
                self.word(match end {
                    RangeEnd::Included { legacy: false } => "..=",
                    RangeEnd::Included { legacy: true } => "...",
                    RangeEnd::Excluded => "..",
                });
                if let Some(hi) = hi {
                    self.print_expr(hi);
                }
            }
            PatKind::Slice(elems) => {
                self.word("[");
                self.comma_sep(elems, |p, elem| {
                    // `[a.., b]` is not allowed: a half-open range in a slice needs parentheses.
                    if matches!(elem.kind, PatKind::Range(Some(_), None, _)) {
                        p.word("(");
                        p.print_pat(elem);
                        p.word(")");
                    } else {
                        p.print_pat(elem);
                    }
                });
                self.word("]");
            }
            PatKind::Rest => self.word(".."),
            PatKind::Paren(inner) => {
                self.word("(");
                self.print_pat(inner);
                self.word(")");
            }
            PatKind::MacCall(mac) => self.print_mac_call(mac),
            PatKind::Err => self.word("(/*ERROR*/)"),
        }
    }

    /// A pattern where `a | b` must be parenthesised (parameters, after `@`).
    fn print_pat_no_top_alt(&mut self, pat: &Pat) {
        if matches!(pat.kind, PatKind::Or(_)) {
            self.word("(");
            self.print_pat(pat);
            self.word(")");
        } else {
            self.print_pat(pat);
        }
    }

    /// The operand of `&` or `box`, where alternatives and ranges need parentheses.
    fn print_pat_operand(&mut self, pat: &Pat) {
        if matches!(pat.kind, PatKind::Or(_) | PatKind::Range(..)) {
            self.word("(");
            self.print_pat(pat);
            self.word(")");
        } else {
            self.print_pat(pat);
        }
    }

    /* ------------------------------------------------------------ statements and blocks */

    /// A block; inner attributes among `attrs` go after the `{`.
    fn print_block(&mut self, block: &Block, attrs: &[Attribute]) {
        if block.rules == BlockCheckMode::Unsafe {
            self.word("unsafe ");
        }
        self.print_braced(attrs, &block.stmts, |p, stmt| p.print_stmt(stmt));
    }

    fn print_stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Let(local) => self.print_local(local),
            StmtKind::Item(item) => self.print_item(item),
            StmtKind::Expr(expr) => self.print_expr_stmt(expr),
            StmtKind::Semi(expr) => {
                self.print_expr_stmt(expr);
                self.word(";");
            }
            StmtKind::Empty => self.word(";"),
            StmtKind::MacCall(mac) => {
                self.print_outer_attrs_lines(&mac.attrs);
                self.print_mac_call(&mac.mac);
                if mac.style == MacStmtStyle::Semicolon {
                    self.word(";");
                }
            }
        }
    }

    fn print_expr_stmt(&mut self, expr: &Expr) {
        self.print_expr_prec(
            expr,
            Prec::Jump,
            Cx {
                stmt_start: true,
                ..Cx::default()
            },
        );
    }

    fn print_local(&mut self, local: &Local) {
        self.print_outer_attrs_lines(&local.attrs);
        self.word("let ");
        self.print_pat(&local.pat);
        if let Some(ty) = &local.ty {
            self.word(": ");
            self.print_ty(ty);
        }
        match &local.kind {
            LocalKind::Decl => {}
            LocalKind::Init(init) => {
                self.word(" = ");
                self.print_expr(init);
            }
            LocalKind::InitElse(init, els) => {
                self.word(" = ");
                let lazy = matches!(&init.kind, ExprKind::Binary(op, ..) if op.node.is_lazy());
                if lazy || ends_with_brace(init) {
                    self.word("(");
                    self.print_expr(init);
                    self.word(")");
                } else {
                    self.print_expr(init);
                }
                self.word(" else ");
                self.print_block(els, &[]);
            }
        }
        self.word(";");
    }

    /* ------------------------------------------------------------ expressions */

    fn print_expr(&mut self, expr: &Expr) {
        self.print_expr_prec(expr, Prec::Jump, Cx::default());
    }

    fn print_exprs(&mut self, exprs: &[P<Expr>]) {
        self.comma_sep(exprs, |p, e| p.print_expr(e));
    }

    fn needs_parens(expr: &Expr, min: Prec, cx: Cx) -> bool {
        if expr_prec(expr) < min {
            let open_ok = match &expr.kind {
                ExprKind::Closure(_)
                | ExprKind::Ret(_)
                | ExprKind::Break(..)
                | ExprKind::Yield(_)
                | ExprKind::Become(_) => cx.open_ok,
                ExprKind::Range(None, ..) => cx.range_ok,
                _ => false,
            };
            if !open_ok || cx.followed {
                return true;
            }
        }
        match &expr.kind {
            ExprKind::Struct(_) => cx.no_struct,
            // `return - 1` would return `-1`.
            ExprKind::Ret(None) | ExprKind::Break(_, None) | ExprKind::Yield(None) => cx.followed,
            // The parser reads a jump's value as a whole new expression, where struct literals
            // are allowed again: in `if break c {}` the `{` would start `c`'s fields.
            ExprKind::Ret(Some(_))
            | ExprKind::Break(_, Some(_))
            | ExprKind::Yield(Some(_))
            | ExprKind::Become(_) => cx.no_struct,
            _ => cx.stmt_start && cx.followed && !cx.dot_ok && is_block_like(expr),
        }
    }

    fn print_expr_prec(&mut self, expr: &Expr, min: Prec, cx: Cx) {
        if Self::needs_parens(expr, min, cx) {
            self.word("(");
            self.print_expr_inner(expr, Cx::default());
            self.word(")");
        } else {
            self.print_expr_inner(expr, cx);
        }
    }

    /// The head of `if`, `while`, `match`, `for`: no struct literals, a block follows.
    fn print_cond(&mut self, expr: &Expr) {
        self.print_expr_prec(
            expr,
            Prec::Jump,
            Cx {
                no_struct: true,
                followed: true,
                ..Cx::default()
            },
        );
    }

    fn print_label(&mut self, label: &Option<Label>) {
        if let Some(label) = label {
            self.sym(label.ident.name);
            self.word(": ");
        }
    }

    fn print_expr_inner(&mut self, expr: &Expr, cx: Cx) {
        self.print_outer_attrs_inline(&expr.attrs);
        match &expr.kind {
            ExprKind::Array(elems) => {
                self.word("[");
                self.print_exprs(elems);
                self.word("]");
            }
            ExprKind::ConstBlock(anon_const) => {
                self.word("const ");
                self.print_expr(&anon_const.value);
            }
            ExprKind::Call(callee, args) => {
                // `(a.f)()` calls a field; `a.f()` would be a method call.
                if matches!(callee.kind, ExprKind::Field(..)) {
                    self.word("(");
                    self.print_expr(callee);
                    self.word(")");
                } else {
                    self.print_expr_prec(callee, Prec::Postfix, cx.postfix(false));
                }
                self.word("(");
                self.print_exprs(args);
                self.word(")");
            }
            ExprKind::MethodCall(call) => {
                self.print_receiver(&call.receiver, cx, false);
                self.word(".");
                self.print_path_segment(&call.seg, true);
                self.word("(");
                self.print_exprs(&call.args);
                self.word(")");
            }
            ExprKind::Tup(elems) => {
                self.word("(");
                self.print_exprs(elems);
                if elems.len() == 1 {
                    self.word(",");
                }
                self.word(")");
            }
            ExprKind::Binary(op, lhs, rhs) => {
                let prec = binop_prec(op.node);
                // Comparisons do not chain, so neither side may be a bare comparison.
                let (lhs_min, rhs_min) = if op.node.is_comparison() {
                    (prec.tighter(), prec.tighter())
                } else {
                    (prec, prec.tighter())
                };
                let lhs_cast =
                    matches!(op.node, BinOpKind::Lt | BinOpKind::Shl) && ends_with_cast(lhs);
                if lhs_cast {
                    self.word("(");
                    self.print_expr(lhs);
                    self.word(")");
                } else {
                    self.print_expr_prec(lhs, lhs_min, cx.lhs());
                }
                self.word(" ");
                self.word(op.node.as_str());
                self.word(" ");
                // `a && let p = e` is a let chain; the `let` needs no parentheses there.
                let rhs_min = if op.node == BinOpKind::And && matches!(rhs.kind, ExprKind::Let(..))
                {
                    Prec::Jump
                } else {
                    rhs_min
                };
                self.print_expr_prec(rhs, rhs_min, cx.rhs(true));
            }
            ExprKind::Unary(op, operand) => {
                self.word(op.as_str());
                self.print_expr_prec(operand, Prec::Prefix, cx.operand());
            }
            ExprKind::AddrOf(kind, mutbl, operand) => {
                self.word(match (kind, mutbl) {
                    (BorrowKind::Ref, Mutability::Not) => "&",
                    (BorrowKind::Ref, Mutability::Mut) => "&mut ",
                    (BorrowKind::Raw, Mutability::Not) => "&raw const ",
                    (BorrowKind::Raw, Mutability::Mut) => "&raw mut ",
                });
                self.print_expr_prec(operand, Prec::Prefix, cx.operand());
            }
            ExprKind::Lit(lit) => self.print_lit(lit),
            ExprKind::Cast(operand, ty) => {
                self.print_expr_prec(operand, Prec::Cast, cx.lhs());
                self.word(" as ");
                self.print_ty(ty);
            }
            ExprKind::Let(pat, scrutinee, _) => {
                self.word("let ");
                self.print_pat(pat);
                self.word(" = ");
                // The scrutinee stops before `&&` and `||`.
                self.print_expr_prec(scrutinee, Prec::Compare, cx.rhs(false));
            }
            ExprKind::If(cond, then, els) => self.print_if(cond, then, els.as_deref()),
            ExprKind::While(cond, body, label) => {
                self.print_label(label);
                self.word("while ");
                self.print_cond(cond);
                self.word(" ");
                self.print_block(body, &expr.attrs);
            }
            ExprKind::ForLoop {
                pat,
                iter,
                body,
                label,
            } => {
                self.print_label(label);
                self.word("for ");
                self.print_pat(pat);
                self.word(" in ");
                self.print_cond(iter);
                self.word(" ");
                self.print_block(body, &expr.attrs);
            }
            ExprKind::Loop(body, label) => {
                self.print_label(label);
                self.word("loop ");
                self.print_block(body, &expr.attrs);
            }
            ExprKind::Match(scrutinee, arms) => {
                self.word("match ");
                self.print_cond(scrutinee);
                self.word(" ");
                self.print_braced(&expr.attrs, arms, |p, arm| p.print_arm(arm));
            }
            ExprKind::Closure(closure) => self.print_closure(closure, cx),
            ExprKind::Block(block, label) => {
                self.print_label(label);
                self.print_block(block, &expr.attrs);
            }
            ExprKind::Async(capture, block) => {
                self.word("async ");
                if let CaptureBy::Value(_) = capture {
                    self.word("move ");
                }
                self.print_block(block, &expr.attrs);
            }
            ExprKind::Await(operand, _) => {
                self.print_receiver(operand, cx, false);
                self.word(".await");
            }
            ExprKind::TryBlock(block) => {
                self.word("try ");
                self.print_block(block, &expr.attrs);
            }
            ExprKind::Assign(lhs, rhs, _) => {
                // Not `Prec::Assign`: `a..b = c` does not parse, the range needs parentheses.
                self.print_expr_prec(lhs, Prec::Or, cx.lhs());
                self.word(" = ");
                self.print_expr_prec(rhs, Prec::Assign, cx.rhs(true));
            }
            ExprKind::AssignOp(op, lhs, rhs) => {
                self.print_expr_prec(lhs, Prec::Or, cx.lhs());
                self.word(" ");
                self.word(op.node.as_str());
                self.word("= ");
                self.print_expr_prec(rhs, Prec::Assign, cx.rhs(true));
            }
            ExprKind::Field(base, ident) => {
                let tuple_index = self
                    .interner
                    .get(ident.name)
                    .starts_with(|c: char| c.is_ascii_digit());
                self.print_receiver(base, cx, tuple_index);
                self.word(".");
                self.print_ident(*ident);
            }
            ExprKind::Index(base, index, _) => {
                self.print_expr_prec(base, Prec::Postfix, cx.postfix(false));
                self.word("[");
                self.print_expr(index);
                self.word("]");
            }
            ExprKind::Range(start, end, limits) => {
                if let Some(start) = start {
                    self.print_expr_prec(start, Prec::Or, cx.lhs());
                }
                self.word(match limits {
                    RangeLimits::HalfOpen => "..",
                    RangeLimits::Closed => "..=",
                });
                if let Some(end) = end {
                    // In a condition the parser does not look for a range end at `{`.
                    if cx.no_struct && starts_with_block(end) {
                        self.word("(");
                        self.print_expr(end);
                        self.word(")");
                    } else {
                        self.print_expr_prec(end, Prec::Or, cx.operand());
                    }
                }
            }
            ExprKind::Underscore => self.word("_"),
            ExprKind::Path(qself, path) => self.print_qpath(qself, path, true),
            ExprKind::Break(label, value) => {
                self.word("break");
                if let Some(label) = label {
                    self.word(" ");
                    self.sym(label.ident.name);
                }
                if let Some(value) = value {
                    self.word(" ");
                    // `break 'a: loop {}` would read the label as `break`'s own.
                    let starts_with_label = label.is_none() && starts_with_label(value);
                    if starts_with_label {
                        self.word("(");
                        self.print_expr(value);
                        self.word(")");
                    } else {
                        self.print_expr_prec(value, Prec::Jump, cx.rhs(false));
                    }
                }
            }
            ExprKind::Continue(label) => {
                self.word("continue");
                if let Some(label) = label {
                    self.word(" ");
                    self.sym(label.ident.name);
                }
            }
            ExprKind::Ret(value) => self.print_jump("return", value.as_deref(), cx),
            ExprKind::Yield(value) => self.print_jump("yield", value.as_deref(), cx),
            ExprKind::Become(value) => self.print_jump("become", Some(value), cx),
            ExprKind::MacCall(mac) => self.print_mac_call(mac),
            ExprKind::Struct(se) => {
                self.print_qpath(&se.qself, &se.path, true);
                let has_rest = !matches!(se.rest, StructRest::None);
                if se.fields.is_empty() && !has_rest {
                    self.word(" {}");
                    return;
                }
                self.word(" { ");
                self.comma_sep(&se.fields, |p, field| {
                    p.print_outer_attrs_inline(&field.attrs);
                    if field.is_shorthand {
                        p.print_ident(field.ident);
                    } else {
                        p.print_ident(field.ident);
                        p.word(": ");
                        p.print_expr(&field.expr);
                    }
                });
                if has_rest {
                    if !se.fields.is_empty() {
                        self.word(", ");
                    }
                    self.word("..");
                    if let StructRest::Base(base) = &se.rest {
                        self.print_expr(base);
                    }
                }
                self.word(" }");
            }
            ExprKind::Repeat(elem, count) => {
                self.word("[");
                self.print_expr(elem);
                self.word("; ");
                self.print_expr(&count.value);
                self.word("]");
            }
            ExprKind::Paren(inner) => {
                self.word("(");
                self.print_expr(inner);
                self.word(")");
            }
            ExprKind::Try(operand) => {
                self.print_receiver(operand, cx, false);
                self.word("?");
            }
            ExprKind::FormatArgs(fmt) => self.print_format_args(fmt),
            ExprKind::OffsetOf(container, fields) => {
                self.word("builtin # offset_of(");
                self.print_ty(container);
                self.word(", ");
                for (i, field) in fields.iter().enumerate() {
                    if i > 0 {
                        self.word(".");
                    }
                    self.print_ident(*field);
                }
                self.word(")");
            }
            ExprKind::Err => self.word("(/*ERROR*/)"),
            ExprKind::Dummy => self.word("(/*DUMMY*/)"),
        }
    }

    /// The operand of `.field`, `.method()`, `?` and `.await`; `tuple_index` when a number
    /// follows the dot.
    fn print_receiver(&mut self, receiver: &Expr, cx: Cx, tuple_index: bool) {
        // `1.` followed by `.f` would lex as a range, and `1` followed by `.0` as a float.
        let lexes_badly = match &receiver.kind {
            ExprKind::Lit(lit) if lit.token.suffix.is_none() && receiver.attrs.is_empty() => {
                match lit.token.kind {
                    token::LitKind::Float => self.interner.get(lit.token.symbol).ends_with('.'),
                    token::LitKind::Integer => tuple_index,
                    _ => false,
                }
            }
            _ => false,
        };
        if lexes_badly {
            self.word("(");
            self.print_expr(receiver);
            self.word(")");
        } else {
            self.print_expr_prec(receiver, Prec::Postfix, cx.postfix(true));
        }
    }

    fn print_jump(&mut self, keyword: &str, value: Option<&Expr>, cx: Cx) {
        self.word(keyword);
        if let Some(value) = value {
            self.word(" ");
            self.print_expr_prec(value, Prec::Jump, cx.rhs(false));
        }
    }

    fn print_if(&mut self, cond: &Expr, then: &Block, els: Option<&Expr>) {
        self.word("if ");
        self.print_cond(cond);
        self.word(" ");
        self.print_block(then, &[]);
        let Some(els) = els else { return };
        self.word(" else ");
        let outer_attrs = els.attrs.iter().any(|a| a.style == AttrStyle::Outer);
        match &els.kind {
            ExprKind::If(cond, then, next) if els.attrs.is_empty() => {
                self.print_if(cond, then, next.as_deref())
            }
            ExprKind::Block(block, None)
                if !outer_attrs && block.rules == BlockCheckMode::Default =>
            {
                self.print_block(block, &els.attrs)
            }
            // Not something the parser makes; keep it valid by giving it a block.
            _ => {
                self.word("{");
                self.indent += 1;
                self.nl();
                self.print_expr(els);
                self.indent -= 1;
                self.nl();
                self.word("}");
            }
        }
    }

    fn print_arm(&mut self, arm: &Arm) {
        self.print_outer_attrs_lines(&arm.attrs);
        self.print_pat(&arm.pat);
        if let Some(guard) = &arm.guard {
            self.word(" if ");
            self.print_expr(guard);
        }
        match &arm.body {
            Some(body) => {
                self.word(" => ");
                self.print_expr_prec(
                    body,
                    Prec::Jump,
                    Cx {
                        stmt_start: true,
                        ..Cx::default()
                    },
                );
                let is_block = matches!(body.kind, ExprKind::Block(..)) && body.attrs.is_empty();
                if !is_block {
                    self.word(",");
                }
            }
            None => self.word(","),
        }
    }

    fn print_closure(&mut self, closure: &Closure, cx: Cx) {
        self.print_binder(&closure.binder);
        if closure.constness {
            self.word("const ");
        }
        if closure.movability_static {
            self.word("static ");
        }
        if closure.asyncness {
            self.word("async ");
        }
        if let CaptureBy::Value(_) = closure.capture_clause {
            self.word("move ");
        }
        self.print_fn_params(&closure.fn_decl, true);
        self.word(" ");
        match &closure.fn_decl.output {
            FnRetTy::Default(_) => self.print_expr_prec(&closure.body, Prec::Jump, cx.rhs(false)),
            FnRetTy::Ty(ty) => {
                self.word("-> ");
                self.print_ty(ty);
                self.word(" ");
                // With a return type the body must be a block.
                if matches!(closure.body.kind, ExprKind::Block(_, None))
                    && closure.body.attrs.is_empty()
                {
                    self.print_expr(&closure.body);
                } else {
                    self.word("{ ");
                    self.print_expr(&closure.body);
                    self.word(" }");
                }
            }
        }
    }

    /* ------------------------------------------------------------ format_args! */

    fn print_format_args(&mut self, fmt: &FormatArgs) {
        self.word("format_args!(");
        self.print_format_template(fmt);
        for arg in &fmt.arguments {
            self.word(", ");
            if let Some(name) = arg.name {
                self.print_ident(name);
                self.word(" = ");
            }
            self.print_expr(&arg.expr);
        }
        self.word(")");
    }

    /// The template as a string literal. Arguments are referred to by name when they have
    /// one, as `{}` when they are the next implicit positional argument, and by index
    /// otherwise.
    fn print_format_template(&mut self, fmt: &FormatArgs) {
        let mut s = String::from("\"");
        let mut next_implicit = 0;
        for piece in &fmt.template {
            match piece {
                FormatArgsPiece::Literal(text) => {
                    for c in self.interner.get(*text).chars() {
                        match c {
                            '{' => s.push_str("{{"),
                            '}' => s.push_str("}}"),
                            c => push_escaped_char(&mut s, c),
                        }
                    }
                }
                FormatArgsPiece::Placeholder(ph) => {
                    s.push('{');
                    match fmt.arguments.get(ph.argument).and_then(|a| a.name) {
                        Some(name) => s.push_str(self.interner.get(name.name)),
                        None if ph.argument == next_implicit => next_implicit += 1,
                        None => {
                            let _ = write!(s, "{}", ph.argument);
                        }
                    }
                    self.push_format_spec(&mut s, fmt, ph);
                    s.push('}');
                }
            }
        }
        s.push('"');
        self.word(&s);
    }

    fn push_format_spec(&self, s: &mut String, fmt: &FormatArgs, ph: &FormatPlaceholder) {
        let o = &ph.options;
        let ty = match (ph.trait_, o.debug_hex) {
            (FormatTrait::Display, _) => "",
            (FormatTrait::Debug, None) => "?",
            (FormatTrait::Debug, Some(FormatDebugHex::Lower)) => "x?",
            (FormatTrait::Debug, Some(FormatDebugHex::Upper)) => "X?",
            (FormatTrait::LowerExp, _) => "e",
            (FormatTrait::UpperExp, _) => "E",
            (FormatTrait::Octal, _) => "o",
            (FormatTrait::Pointer, _) => "p",
            (FormatTrait::Binary, _) => "b",
            (FormatTrait::LowerHex, _) => "x",
            (FormatTrait::UpperHex, _) => "X",
        };
        if *o == FormatOptions::default() && ty.is_empty() {
            return;
        }
        s.push(':');
        if let Some(fill) = o.fill {
            s.push(fill);
        }
        if let Some(align) = o.alignment {
            s.push(match align {
                FormatAlignment::Left => '<',
                FormatAlignment::Right => '>',
                FormatAlignment::Center => '^',
            });
        }
        match o.sign {
            Some(FormatSign::Plus) => s.push('+'),
            Some(FormatSign::Minus) => s.push('-'),
            None => {}
        }
        if o.alternate {
            s.push('#');
        }
        if o.zero_pad {
            s.push('0');
        }
        if let Some(width) = &o.width {
            self.push_format_count(s, fmt, width);
        }
        if let Some(precision) = &o.precision {
            s.push('.');
            self.push_format_count(s, fmt, precision);
        }
        s.push_str(ty);
    }

    fn push_format_count(&self, s: &mut String, fmt: &FormatArgs, count: &FormatCount) {
        match count {
            FormatCount::Literal(n) => {
                let _ = write!(s, "{n}");
            }
            FormatCount::Argument(i) => {
                match fmt.arguments.get(*i).and_then(|a| a.name) {
                    Some(name) => s.push_str(self.interner.get(name.name)),
                    None => {
                        let _ = write!(s, "{i}");
                    }
                }
                s.push('$');
            }
        }
    }

    /* ------------------------------------------------------------ macros and tokens */

    fn print_mac_call(&mut self, mac: &MacCall) {
        self.print_path(&mac.path, false);
        self.word("!");
        if mac.args.delim == Delimiter::Brace {
            self.word(" ");
        }
        self.print_delim_args(&mac.args);
    }

    fn print_delim_args(&mut self, args: &DelimArgs) {
        self.word(args.delim.open());
        if args.delim == Delimiter::Brace && !args.tokens.is_empty() {
            self.word(" ");
        }
        self.print_tts(&args.tokens);
        if args.delim == Delimiter::Brace && !args.tokens.is_empty() {
            self.word(" ");
        }
        self.word(args.delim.close());
    }

    /// Prints a token stream with an explicit stack of open groups, so that nesting depth
    /// costs no native stack.
    fn print_tts(&mut self, tts: &TokenStream) {
        struct Frame<'t> {
            trees: &'t [TokenTree],
            next: usize,
            delim: Delimiter,
        }
        let mut stack = vec![Frame {
            trees: &tts.0,
            next: 0,
            delim: Delimiter::Invisible,
        }];
        while let Some(frame) = stack.last_mut() {
            let i = frame.next;
            let trees = frame.trees;
            let Some(tree) = trees.get(i) else {
                let delim = frame.delim;
                let empty = trees.is_empty();
                stack.pop();
                if stack.is_empty() {
                    break;
                }
                if delim == Delimiter::Brace && !empty {
                    self.word(" ");
                }
                self.word(delim.close());
                continue;
            };
            frame.next += 1;
            if i > 0 && space_between(&trees[..i], tree) {
                self.word(" ");
            }
            match tree {
                TokenTree::Token(token, _) => self.print_token(token),
                TokenTree::Delimited(_, delim, inner) => {
                    self.word(delim.open());
                    if *delim == Delimiter::Brace && !inner.is_empty() {
                        self.word(" ");
                    }
                    stack.push(Frame {
                        trees: &inner.0,
                        next: 0,
                        delim: *delim,
                    });
                }
            }
        }
    }

    fn print_token(&mut self, token: &Token) {
        match &token.kind {
            TokenKind::Interpolated(nt) => self.print_nonterminal(nt),
            TokenKind::DocComment(CommentKind::Line, ..) => {
                let s = token::token_kind_to_string(&token.kind, self.interner);
                self.word(&s);
                self.nl();
            }
            kind => {
                let s = token::token_kind_to_string(kind, self.interner);
                self.word(&s);
            }
        }
    }

    fn print_nonterminal(&mut self, nt: &Nonterminal) {
        match nt {
            Nonterminal::Item(item) => self.print_item(item),
            Nonterminal::Block(block) => self.print_block(block, &[]),
            Nonterminal::Stmt(stmt) => self.print_stmt(stmt),
            Nonterminal::Pat(pat) => self.print_pat(pat),
            // The fragment is one operand wherever it was pasted; keep it one when re-read.
            Nonterminal::Expr(expr) if self.bare_nonterminals => self.print_expr(expr),
            Nonterminal::Expr(expr) => self.print_expr_prec(expr, Prec::Postfix, Cx::default()),
            Nonterminal::Literal(expr) => self.print_expr(expr),
            Nonterminal::Ty(ty) => self.print_ty(ty),
            Nonterminal::Ident(ident, raw) => {
                if *raw {
                    self.word("r#");
                }
                self.sym(ident.name);
            }
            Nonterminal::Lifetime(lifetime) => self.print_lifetime(lifetime),
            Nonterminal::Meta(meta) => self.print_meta(meta),
            Nonterminal::Path(path) => self.print_path(path, false),
            Nonterminal::Vis(vis) => {
                let s = vis_to_string(vis, self.interner);
                self.word(&s);
            }
        }
    }
}

/* ---------------------------------------------------------------- token spacing */

fn is_punct(tree: &TokenTree) -> bool {
    match tree {
        TokenTree::Token(token, _) => !matches!(
            token.kind,
            TokenKind::Ident(..)
                | TokenKind::Lifetime(_)
                | TokenKind::Literal(_)
                | TokenKind::Interpolated(_)
                | TokenKind::DocComment(..)
                | TokenKind::Eof
        ),
        TokenTree::Delimited(..) => false,
    }
}

fn token_kind(tree: &TokenTree) -> Option<&TokenKind> {
    match tree {
        TokenTree::Token(token, _) => Some(&token.kind),
        TokenTree::Delimited(..) => None,
    }
}

fn is_delimited(tree: &TokenTree, delims: &[Delimiter]) -> bool {
    matches!(tree, TokenTree::Delimited(_, d, _) if delims.contains(d))
}

/// An identifier that is written right against a following `(` or `!` (`f(x)`, `m!`): any
/// non-keyword, and the keywords that behave like names there.
fn is_name_like(tree: &TokenTree) -> bool {
    match token_kind(tree) {
        Some(TokenKind::Ident(name, raw)) => {
            *raw || !name.is_reserved()
                || matches!(*name, kw::Fn | kw::SelfUpper | kw::SelfLower | kw::Pub)
        }
        _ => false,
    }
}

/// Whether to print a space between the last tree of `before` and `tree`.
fn space_between(before: &[TokenTree], tree: &TokenTree) -> bool {
    use TokenKind::*;
    let Some(prev) = before.last() else {
        return false;
    };
    let prev_kind = token_kind(prev);
    let kind = token_kind(tree);
    // `$x:expr`, `$(...)*`: metavariables and repetitions stay together.
    let prev2_is_dollar =
        before.len() >= 2 && matches!(token_kind(&before[before.len() - 2]), Some(Dollar));
    let prev3_is_dollar =
        before.len() >= 3 && matches!(token_kind(&before[before.len() - 3]), Some(Dollar));

    if let TokenTree::Token(_, Spacing::Joint) = prev {
        // Joint tokens were written together; but never make a comment out of `/` `/`.
        let makes_comment = matches!(prev_kind, Some(BinOp(token::BinOpToken::Slash)))
            && matches!(
                kind,
                Some(
                    BinOp(token::BinOpToken::Slash | token::BinOpToken::Star)
                        | BinOpEq(token::BinOpToken::Slash | token::BinOpToken::Star)
                )
            );
        return makes_comment;
    }
    match (prev_kind, kind) {
        // A line doc comment ends its line.
        (Some(DocComment(CommentKind::Line, ..)), _) => false,
        (Some(Dot), _) if !is_punct(tree) => false,
        (Some(Dollar), Some(Ident(..))) => false,
        (Some(Dollar), None) => false,
        (_, Some(Comma | Semi | Dot | Question)) if !is_punct(prev) => false,
        (_, Some(Colon)) if !is_punct(prev) => false,
        (Some(Colon), Some(Ident(..))) if prev2_is_dollar => false,
        (Some(Colon), Some(Ident(..)))
            if prev3_is_dollar
                && matches!(token_kind(&before[before.len() - 2]), Some(Ident(..))) =>
        {
            false
        }
        (Some(PathSep), _) => false,
        (Some(Ident(..) | Gt), Some(PathSep)) => false,
        (Some(Ident(..)), Some(Not)) if is_name_like(prev) => false,
        (Some(Not), None) if is_delimited(tree, &[Delimiter::Parenthesis, Delimiter::Bracket]) => {
            false
        }
        (Some(Pound), None) if is_delimited(tree, &[Delimiter::Bracket]) => false,
        (Some(Pound), Some(Not)) => false,
        (Some(Ident(..)), None)
            if is_name_like(prev)
                && is_delimited(tree, &[Delimiter::Parenthesis, Delimiter::Bracket]) =>
        {
            false
        }
        (None, Some(BinOp(token::BinOpToken::Star | token::BinOpToken::Plus) | Question))
            if prev2_is_dollar =>
        {
            false
        }
        // A prefix operator sticks to its operand: `&mut a`, `-1`, `!$x`, `*p`.
        (
            Some(
                BinOp(token::BinOpToken::And | token::BinOpToken::Minus | token::BinOpToken::Star)
                | Not
                | AndAnd,
            ),
            _,
        ) if is_prefix_position(&before[..before.len() - 1])
            && (!is_punct(tree) || matches!((prev_kind, kind), (Some(Not), Some(Dollar)))) =>
        {
            false
        }
        // Turbofish arguments: `::<u8>`.
        (Some(Lt), _)
            if before.len() >= 2
                && matches!(token_kind(&before[before.len() - 2]), Some(PathSep)) =>
        {
            false
        }
        (_, Some(Gt)) if !is_punct(prev) && in_turbofish(before) => false,
        _ => true,
    }
}

/// Is an operator after `before` a prefix operator? It is at the start, or after punctuation
/// or a keyword; after an operand (a name, a literal, a group) it is a binary operator.
fn is_prefix_position(before: &[TokenTree]) -> bool {
    match before.last() {
        None => true,
        Some(TokenTree::Delimited(..)) => false,
        Some(tree @ TokenTree::Token(token, _)) => match &token.kind {
            TokenKind::Ident(name, raw) => {
                !*raw
                    && name.is_reserved()
                    && !name.is_path_segment_keyword()
                    && *name != kw::True
                    && *name != kw::False
            }
            TokenKind::Literal(_) | TokenKind::Lifetime(_) | TokenKind::Interpolated(_) => false,
            _ => is_punct(tree),
        },
    }
}

/// Is there an unclosed `::<` shortly before? (Bounded, so printing stays linear.)
fn in_turbofish(before: &[TokenTree]) -> bool {
    let mut depth = 0usize;
    for (i, tree) in before.iter().enumerate().rev().take(32) {
        match token_kind(tree) {
            Some(TokenKind::Gt) => depth += 1,
            Some(TokenKind::Lt) => {
                if depth == 0 {
                    return i > 0 && matches!(token_kind(&before[i - 1]), Some(TokenKind::PathSep));
                }
                depth -= 1;
            }
            Some(TokenKind::Semi | TokenKind::OpenDelim(_)) => return false,
            _ => {}
        }
    }
    false
}

/* ---------------------------------------------------------------- strings */

fn push_escaped_char(s: &mut String, c: char) {
    match c {
        '"' => s.push_str("\\\""),
        '\\' => s.push_str("\\\\"),
        '\n' => s.push_str("\\n"),
        '\r' => s.push_str("\\r"),
        '\t' => s.push_str("\\t"),
        '\0' => s.push_str("\\0"),
        c if c.is_control() => {
            let _ = write!(s, "\\u{{{:x}}}", c as u32);
        }
        c => s.push(c),
    }
}

/// The contents of a cooked string literal that decodes to `text`.
fn escape_str(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        push_escaped_char(&mut s, c);
    }
    s
}

//! The `--emit=hir` dump: one crate's HIR printed as Rust-like source, in the spirit of rustc's
//! `-Zunpretty=hir`.
//!
//! What the reader sees is what later stages see: desugarings appear as what they were
//! lowered to (`for` as a `match` on `IntoIterator::into_iter` around a `loop`, `while` as
//! `loop { if cond { .. } else { break } }`, `?` as a `match` on `Try::branch`, ranges as
//! struct literals, `format_args!` as a call to `Arguments::new_v1` named by its lang item),
//! and every path is printed as it was written. The conventions where HIR has no source form:
//!
//! - A lang-item path (`QPath::LangItem`) prints as rustc prints it: `#[lang = "Range"]`, so
//!   `0..n` is `#[lang = "Range"] { start: 0, end: n }` and `format_args!("{}", x)` calls
//!   `#[lang = "format_arguments"]::new_v1(..)`.
//! - A resolved path whose segment has no name (desugarings build those from lang items)
//!   prints the definition's name, qualified by its trait or impl for associated items:
//!   `IntoIterator::into_iter(..)`, `Iterator::next(..)`, `Some(..)`.
//! - `DropTemps(e)` prints as `e`: it only moves where the temporaries of `e` are dropped.
//! - Bounds written on generic parameters were lowered into the where clause and print there
//!   (`fn f<T: Copy>()` prints as `fn f<T>() where T: Copy`); the synthetic parameters of
//!   argument-position `impl Trait` are not printed, the `impl Trait` type is.
//! - A `use` item keeps no path in HIR (imports have no definitions, so module lists
//!   usually leave them out); one that is there prints as `use /* .. */;`. A `macro_rules!`
//!   definition prints without its rules. Parameters of bodiless functions (trait methods
//!   without a default, foreign functions) print as `_: T`.
//! - Anything that had an error prints as `{error}`.
//! - Attributes the HIR keeps print in a fixed order before their item; the variants that
//!   are lang items show their `#[lang]` from the crate's lang-item table.
//!
//! Operators are parenthesised only where rustc's precedence needs it; a struct literal in
//! the head of `if` or `match` is parenthesised. Layout: items, statements and match arms on
//! their own lines, blocks indented four spaces; a block holding only a short expression stays
//! on one line (`else { break }`), an array of calls gets a line per element (the arguments of
//! `format_args!`); everything else is on one line. The output never contains `DefId`s or
//! arena indices, so it is stable across unrelated changes.
//!
//! The printer recurses along the tree (the driver runs on a big stack); each level is one or
//! two small frames.

use std::fmt::Write as _;

use smelt_ast::{BinOpKind, BorrowKind, FloatTy, Mutability, RangeEnd, UnOp};
use smelt_span::{kw, Ident, Interner, Symbol};

use crate::hir::*;
use crate::{CrateNum, CtorOf, DefId, DefKind, Hir, LangItem, Res};

#[cfg(test)]
mod tests;

/// Prints the HIR of `krate`: its items in source order, starting from the root module.
pub fn print_crate(hir: &Hir, krate: CrateNum, interner: &Interner) -> String {
    let mut p = Printer {
        hir,
        krate,
        interner,
        out: String::new(),
        indent: 0,
    };
    let root = DefId::crate_root(krate);
    if let Some(OwnerNode::Item(Item {
        kind: ItemKind::Mod(items),
        ..
    })) = hir.owner(root)
    {
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                p.nl();
            }
            p.print_owner(item);
        }
        if !items.is_empty() {
            p.out.push('\n');
        }
    }
    p.out
}

/* ---------------------------------------------------------------- precedence */

/// How tightly an expression binds, loosest first (ranges are gone: they are struct
/// literals and calls in HIR).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Prec {
    /// Closures, `return x`, `break x`.
    Jump,
    Assign,
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
    /// `-x`, `!x`, `*x`, `&x`.
    Prefix,
    /// Calls, fields, indexing, and everything self-delimited.
    Postfix,
}

impl Prec {
    /// The next tighter level (the right operand of a left-associative operator).
    fn tighter(self) -> Prec {
        use Prec::*;
        match self {
            Jump => Assign,
            Assign => Or,
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

fn expr_prec(body: &Body, mut e: ExprId) -> Prec {
    loop {
        return match &body.exprs[e].kind {
            ExprKind::DropTemps(inner) => {
                e = *inner;
                continue;
            }
            ExprKind::Closure(_) | ExprKind::Ret(Some(_)) | ExprKind::Break(_, Some(_)) => {
                Prec::Jump
            }
            ExprKind::Assign(..) | ExprKind::AssignOp(..) => Prec::Assign,
            ExprKind::Binary(op, ..) => binop_prec(op.node),
            ExprKind::Cast(..) => Prec::Cast,
            // `let p = e` is written in `&&` chains and conditions only.
            ExprKind::Let(_) => Prec::And,
            ExprKind::Unary(..) | ExprKind::AddrOf(..) => Prec::Prefix,
            _ => Prec::Postfix,
        };
    }
}

/// Does the printed expression end with a cast? Then a `<` or `<<` after it would start
/// generic arguments.
fn ends_with_cast(body: &Body, mut e: ExprId) -> bool {
    loop {
        e = match &body.exprs[e].kind {
            ExprKind::Cast(..) => return true,
            ExprKind::Binary(_, _, rhs)
            | ExprKind::Assign(_, rhs, _)
            | ExprKind::AssignOp(_, _, rhs)
            | ExprKind::Unary(_, rhs)
            | ExprKind::AddrOf(_, _, rhs)
            | ExprKind::DropTemps(rhs) => *rhs,
            _ => return false,
        }
    }
}

/// Would a struct literal in this expression, printed bare in the head of `if` or `match`,
/// take the block for its fields?
fn has_exterior_struct(body: &Body, e: ExprId) -> bool {
    match &body.exprs[e].kind {
        ExprKind::Struct(..) => true,
        ExprKind::Binary(_, l, r) | ExprKind::Assign(l, r, _) | ExprKind::AssignOp(_, l, r) => {
            has_exterior_struct(body, *l) || has_exterior_struct(body, *r)
        }
        ExprKind::Unary(_, x)
        | ExprKind::AddrOf(_, _, x)
        | ExprKind::Cast(x, _)
        | ExprKind::Field(x, _)
        | ExprKind::Index(x, _, _)
        | ExprKind::MethodCall(_, x, _, _)
        | ExprKind::Call(x, _)
        | ExprKind::DropTemps(x)
        | ExprKind::Ret(Some(x))
        | ExprKind::Break(_, Some(x)) => has_exterior_struct(body, *x),
        _ => false,
    }
}

/// Is `e` short and free of blocks, so that a block holding only it fits on one line?
/// `depth` bounds both the look and the expression: deeper ones are not flat.
fn is_flat(body: &Body, e: ExprId, depth: u32) -> bool {
    if depth == 0 {
        return false;
    }
    let flat = |e: &ExprId| is_flat(body, *e, depth - 1);
    match &body.exprs[e].kind {
        ExprKind::Lit(_) | ExprKind::Path(_) | ExprKind::Continue(_) | ExprKind::Err(_) => true,
        ExprKind::Break(_, v) | ExprKind::Ret(v) => v.as_ref().is_none_or(flat),
        ExprKind::Field(x, _)
        | ExprKind::Unary(_, x)
        | ExprKind::AddrOf(_, _, x)
        | ExprKind::Cast(x, _) => flat(x),
        ExprKind::Binary(_, l, r) | ExprKind::Index(l, r, _) => flat(l) && flat(r),
        ExprKind::Call(f, args) => args.len() <= 2 && flat(f) && args.iter().all(flat),
        ExprKind::MethodCall(_, recv, args, _) => {
            args.len() <= 2 && flat(recv) && args.iter().all(flat)
        }
        ExprKind::Tup(es) | ExprKind::Array(es) => es.len() <= 3 && es.iter().all(flat),
        _ => false,
    }
}

/* ---------------------------------------------------------------- the printer */

struct Printer<'a> {
    hir: &'a Hir,
    krate: CrateNum,
    interner: &'a Interner,
    out: String,
    indent: usize,
}

impl<'a> Printer<'a> {
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
        if ident.name.is_reserved() && !ident.name.is_path_segment_keyword() {
            self.word("r#");
        }
        self.sym(ident.name);
    }

    fn comma_sep<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.word(", ");
            }
            f(self, item);
        }
    }

    /// `{`, each element on its own indented line, `}`; `{}` when there are none.
    fn braced<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.word("{");
        if items.is_empty() {
            self.word("}");
            return;
        }
        self.indent += 1;
        for item in items {
            self.nl();
            f(self, item);
        }
        self.indent -= 1;
        self.nl();
        self.word("}");
    }

    fn body_of(&self, def: DefId) -> Option<&'a Body> {
        let hir: &'a Hir = self.hir;
        hir.krate(def.krate).bodies.get(&def.index).map(|b| &**b)
    }

    /* ------------------------------------------------------------ names */

    /// The name a path segment without one stands for: the definition's name, qualified by
    /// its trait or impl for associated items.
    fn print_def_name(&mut self, res: Res) {
        let def = match res {
            Res::Def(_, def) | Res::SelfCtor(def) => def,
            Res::PrimTy(p) => return self.word(p.name_str()),
            Res::SelfTyParam { .. } | Res::SelfTyAlias { .. } => return self.word("Self"),
            Res::Local(_) | Res::Err => return self.word("{error}"),
        };
        let hir = self.hir;
        let data = hir.def(def);
        if matches!(
            data.kind,
            DefKind::AssocFn | DefKind::AssocConst | DefKind::AssocTy
        ) {
            if let Some(parent) = hir.parent(def) {
                match hir.def_kind(parent) {
                    DefKind::Trait => {
                        self.sym(hir.name(parent));
                        self.word("::");
                    }
                    DefKind::Impl { .. } => {
                        if let Some(OwnerNode::Item(Item {
                            kind: ItemKind::Impl(imp),
                            ..
                        })) = hir.owner(parent)
                        {
                            self.print_impl_self_name(&imp.self_ty);
                            self.word("::");
                        }
                    }
                    _ => {}
                }
            }
        }
        if let DefKind::Ctor(CtorOf::Variant, _) = data.kind {
            // A constructor has its variant's name; say so even if it had none.
            if let Some(variant) = hir.parent(def) {
                return self.sym(hir.name(variant));
            }
        }
        self.sym(data.name)
    }

    /// An impl's self type before `::name`: a path without its generic arguments
    /// (`RangeInclusive::new`), anything else in angle brackets (`<[T]>::len`).
    fn print_impl_self_name(&mut self, ty: &Ty) {
        match &ty.kind {
            TyKind::Path(QPath::Resolved(None, path)) => {
                for (i, seg) in path.segments.iter().enumerate() {
                    if i > 0 {
                        self.word("::");
                    }
                    self.print_segment(
                        &PathSegment {
                            args: None,
                            ..seg.clone()
                        },
                        true,
                        path.res,
                    );
                }
            }
            _ => {
                self.word("<");
                self.print_ty(ty);
                self.word(">");
            }
        }
    }

    fn print_lifetime(&mut self, l: &Lifetime) {
        match l.res {
            LifetimeRes::Param(def) => {
                let name = self.hir.name(def);
                self.sym(name)
            }
            LifetimeRes::Static => self.word("'static"),
            LifetimeRes::Infer => self.word("'_"),
            LifetimeRes::Err => self.word("'{error}"),
        }
    }

    /// `pub`, `pub(crate)`, `pub(super)`, `pub(in crate::a)`, or nothing for items private
    /// to the module they are in.
    fn print_vis(&mut self, vis: Visibility, def: DefId) {
        let hir = self.hir;
        let module = match vis {
            Visibility::Public => return self.word("pub "),
            Visibility::Restricted(m) => m,
        };
        let here = match hir.parent(def) {
            Some(p) => hir.parent_module(p),
            None => return,
        };
        if module == here {
            return;
        }
        if module.is_crate_root() {
            return self.word("pub(crate) ");
        }
        if hir.parent(here).map(|p| hir.parent_module(p)) == Some(module) {
            return self.word("pub(super) ");
        }
        let mut names = Vec::new();
        let mut cur = module;
        while !cur.is_crate_root() {
            names.push(hir.name(cur));
            match hir.parent(cur) {
                Some(p) => cur = p,
                None => break,
            }
        }
        self.word("pub(in crate");
        for name in names.into_iter().rev() {
            self.word("::");
            self.sym(name);
        }
        self.word(") ");
    }

    /* ------------------------------------------------------------ attributes */

    /// The attributes the HIR keeps, each on its own line.
    fn print_attrs(&mut self, attrs: &Attrs) {
        let a = attrs;
        let mut lines: Vec<String> = Vec::new();
        if let Some(lang) = a.lang {
            lines.push(format!("#[lang = \"{}\"]", lang.name()));
        }
        match a.inline {
            InlineAttr::None => {}
            InlineAttr::Hint => lines.push("#[inline]".into()),
            InlineAttr::Always => lines.push("#[inline(always)]".into()),
            InlineAttr::Never => lines.push("#[inline(never)]".into()),
        }
        let flags = [
            (a.track_caller, "#[track_caller]"),
            (a.cold, "#[cold]"),
            (a.must_use, "#[must_use]"),
            (a.no_mangle, "#[no_mangle]"),
            (a.intrinsic, "#[rustc_intrinsic]"),
            (a.non_exhaustive, "#[non_exhaustive]"),
            (a.automatically_derived, "#[automatically_derived]"),
            (a.test, "#[test]"),
            (
                a.inherit_overflow_checks,
                "#[rustc_inherit_overflow_checks]",
            ),
        ];
        lines.extend(
            flags
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, s)| s.to_string()),
        );
        if let Some(name) = a.export_name {
            lines.push(format!(
                "#[export_name = \"{}\"]",
                escape_str(self.interner.get(name))
            ));
        }
        if let Some(name) = a.link_name {
            lines.push(format!(
                "#[link_name = \"{}\"]",
                escape_str(self.interner.get(name))
            ));
        }
        let r = &a.repr;
        let mut repr: Vec<String> = Vec::new();
        if r.c {
            repr.push("C".into());
        }
        if r.transparent {
            repr.push("transparent".into());
        }
        match r.int {
            Some(IntegerRepr::Signed(i)) => repr.push(i.name_str().into()),
            Some(IntegerRepr::Unsigned(u)) => repr.push(u.name_str().into()),
            None => {}
        }
        match r.packed {
            Some(1) => repr.push("packed".into()),
            Some(n) => repr.push(format!("packed({n})")),
            None => {}
        }
        if let Some(n) = r.align {
            repr.push(format!("align({n})"));
        }
        if !repr.is_empty() {
            lines.push(format!("#[repr({})]", repr.join(", ")));
        }
        for line in lines {
            self.word(&line);
            self.nl();
        }
    }

    /// `#[lang = ".."]` for definitions whose HIR node has no attributes (variants).
    fn print_lang_of(&mut self, def: DefId) {
        if let Some(lang) = self.hir.lang_items.of_def(def) {
            let _ = write!(self.out, "#[lang = \"{}\"]", lang.name());
            self.nl();
        }
    }

    /* ------------------------------------------------------------ items */

    fn print_owner(&mut self, def: DefId) {
        let hir: &'a Hir = self.hir;
        match hir.owner(def) {
            Some(OwnerNode::Item(item)) => self.print_item(item),
            Some(OwnerNode::TraitItem(item)) => self.print_trait_item(item),
            Some(OwnerNode::ImplItem(item)) => self.print_impl_item(item, false),
            Some(OwnerNode::ForeignItem(item)) => self.print_foreign_item(item),
            None => self.word("/* an item with errors */"),
        }
    }

    fn print_item(&mut self, item: &'a Item) {
        self.print_attrs(&item.attrs);
        let def = item.def_id;
        if !matches!(
            item.kind,
            ItemKind::Impl(_) | ItemKind::ForeignMod { .. } | ItemKind::Use
        ) {
            self.print_vis(item.vis, def);
        }
        match &item.kind {
            ItemKind::ExternCrate(orig) => {
                self.word("extern crate ");
                if let Some(orig) = orig {
                    self.sym(*orig);
                    self.word(" as ");
                }
                self.print_ident(item.ident);
                self.word(";");
            }
            ItemKind::Use => {
                self.print_vis(item.vis, def);
                self.word("use /* .. */;");
            }
            ItemKind::Static(ty, m, body) => {
                self.word("static ");
                if *m == Mutability::Mut {
                    self.word("mut ");
                }
                self.print_ident(item.ident);
                self.word(": ");
                self.print_ty(ty);
                self.print_initialiser(*body);
                self.word(";");
            }
            ItemKind::Const(ty, generics, body) => {
                self.word("const ");
                self.print_ident(item.ident);
                self.print_generic_params(generics);
                self.word(": ");
                self.print_ty(ty);
                self.print_where_clause(generics);
                self.print_initialiser(*body);
                self.word(";");
            }
            ItemKind::Fn(sig, generics, body) => {
                let body = self.body_of(*body);
                self.print_fn(sig, item.ident, generics, body, false);
            }
            ItemKind::Mod(items) => {
                self.word("mod ");
                self.print_ident(item.ident);
                self.word(" ");
                self.braced(items, |p, &d| p.print_owner(d));
            }
            ItemKind::ForeignMod { abi, items } => {
                let _ = write!(self.out, "extern \"{}\" ", abi.name());
                self.braced(items, |p, &d| p.print_owner(d));
            }
            ItemKind::TyAlias(ty, generics) => {
                self.word("type ");
                self.print_ident(item.ident);
                self.print_generic_params(generics);
                self.print_where_clause(generics);
                self.word(" = ");
                self.print_ty(ty);
                self.word(";");
            }
            ItemKind::Enum(def, generics) => {
                self.word("enum ");
                self.print_ident(item.ident);
                self.print_generic_params(generics);
                self.print_where_clause(generics);
                self.word(" ");
                self.braced(&def.variants, |p, v| p.print_variant(v));
            }
            ItemKind::Struct(data, generics) => {
                self.print_struct("struct ", item.ident, data, generics)
            }
            ItemKind::Union(data, generics) => {
                self.print_struct("union ", item.ident, data, generics)
            }
            ItemKind::Trait {
                is_auto,
                safety,
                generics,
                bounds,
                items,
            } => {
                if *safety == Safety::Unsafe {
                    self.word("unsafe ");
                }
                if *is_auto {
                    self.word("auto ");
                }
                self.word("trait ");
                self.print_ident(item.ident);
                self.print_generic_params(generics);
                if !bounds.is_empty() {
                    self.word(": ");
                    self.print_bounds(bounds);
                }
                self.print_where_clause(generics);
                self.word(" ");
                self.braced(items, |p, &d| p.print_owner(d));
            }
            ItemKind::TraitAlias(generics, bounds) => {
                self.word("trait ");
                self.print_ident(item.ident);
                self.print_generic_params(generics);
                self.word(" = ");
                self.print_bounds(bounds);
                self.print_where_clause(generics);
                self.word(";");
            }
            ItemKind::Impl(imp) => self.print_impl(imp),
            ItemKind::Macro => {
                self.word("macro_rules! ");
                self.print_ident(item.ident);
                self.word(" { /* .. */ }");
            }
        }
    }

    /// ` = value` of a constant or static, if it has a body.
    fn print_initialiser(&mut self, def: DefId) {
        if let Some(body) = self.body_of(def) {
            if let Some(value) = body.value {
                self.word(" = ");
                self.print_expr(body, value, Prec::Jump);
            }
        }
    }

    fn print_struct(
        &mut self,
        keyword: &str,
        ident: Ident,
        data: &VariantData,
        generics: &Generics,
    ) {
        self.word(keyword);
        self.print_ident(ident);
        self.print_generic_params(generics);
        match data {
            VariantData::Struct(fields) => {
                self.print_where_clause(generics);
                self.word(" ");
                self.braced(fields, |p, f| {
                    p.print_vis(f.vis, f.def_id);
                    p.print_ident(f.ident);
                    p.word(": ");
                    p.print_ty(&f.ty);
                    p.word(",");
                });
            }
            VariantData::Tuple(fields, _) => {
                self.word("(");
                self.comma_sep(fields, |p, f| {
                    p.print_vis(f.vis, f.def_id);
                    p.print_ty(&f.ty);
                });
                self.word(")");
                self.print_where_clause(generics);
                self.word(";");
            }
            VariantData::Unit(_) => {
                self.print_where_clause(generics);
                self.word(";");
            }
        }
    }

    fn print_variant(&mut self, v: &Variant) {
        self.print_lang_of(v.def_id);
        self.print_ident(v.ident);
        match &v.data {
            VariantData::Struct(fields) => {
                self.word(" { ");
                self.comma_sep(fields, |p, f| {
                    p.print_ident(f.ident);
                    p.word(": ");
                    p.print_ty(&f.ty);
                });
                self.word(if fields.is_empty() { "}" } else { " }" });
            }
            VariantData::Tuple(fields, _) => {
                self.word("(");
                self.comma_sep(fields, |p, f| p.print_ty(&f.ty));
                self.word(")");
            }
            VariantData::Unit(_) => {}
        }
        if let Some(disr) = v.disr_expr {
            self.print_initialiser(disr);
        }
        self.word(",");
    }

    fn print_impl(&mut self, imp: &Impl) {
        if imp.safety == Safety::Unsafe {
            self.word("unsafe ");
        }
        self.word("impl");
        self.print_generic_params(&imp.generics);
        self.word(" ");
        if let Some(tr) = &imp.of_trait {
            if imp.negative {
                self.word("!");
            }
            self.print_path(&tr.path, false);
            self.word(" for ");
        }
        self.print_ty(&imp.self_ty);
        self.print_where_clause(&imp.generics);
        self.word(" ");
        let of_trait = imp.of_trait.is_some();
        let hir: &'a Hir = self.hir;
        self.braced(&imp.items, |p, &d| match hir.owner(d) {
            Some(OwnerNode::ImplItem(item)) => p.print_impl_item(item, of_trait),
            _ => p.print_owner(d),
        });
    }

    fn print_trait_item(&mut self, item: &'a TraitItem) {
        self.print_attrs(&item.attrs);
        match &item.kind {
            TraitItemKind::Const(ty, body) => {
                self.word("const ");
                self.print_ident(item.ident);
                self.print_generic_params(&item.generics);
                self.word(": ");
                self.print_ty(ty);
                self.print_where_clause(&item.generics);
                if let Some(body) = body {
                    self.print_initialiser(*body);
                }
                self.word(";");
            }
            TraitItemKind::Fn(sig, body) => {
                let body = body.and_then(|b| self.body_of(b));
                self.print_fn(sig, item.ident, &item.generics, body, false);
            }
            TraitItemKind::Type(bounds, default) => {
                self.word("type ");
                self.print_ident(item.ident);
                self.print_generic_params(&item.generics);
                if !bounds.is_empty() {
                    self.word(": ");
                    self.print_bounds(bounds);
                }
                self.print_where_clause(&item.generics);
                if let Some(ty) = default {
                    self.word(" = ");
                    self.print_ty(ty);
                }
                self.word(";");
            }
        }
    }

    fn print_impl_item(&mut self, item: &'a ImplItem, in_trait_impl: bool) {
        self.print_attrs(&item.attrs);
        if !in_trait_impl {
            self.print_vis(item.vis, item.def_id);
        }
        match &item.kind {
            ImplItemKind::Const(ty, body) => {
                self.word("const ");
                self.print_ident(item.ident);
                self.print_generic_params(&item.generics);
                self.word(": ");
                self.print_ty(ty);
                self.print_where_clause(&item.generics);
                self.print_initialiser(*body);
                self.word(";");
            }
            ImplItemKind::Fn(sig, body) => {
                let body = self.body_of(*body);
                self.print_fn(sig, item.ident, &item.generics, body, false);
            }
            ImplItemKind::Type(ty) => {
                self.word("type ");
                self.print_ident(item.ident);
                self.print_generic_params(&item.generics);
                self.print_where_clause(&item.generics);
                self.word(" = ");
                self.print_ty(ty);
                self.word(";");
            }
        }
    }

    fn print_foreign_item(&mut self, item: &'a ForeignItem) {
        self.print_attrs(&item.attrs);
        self.print_vis(item.vis, item.def_id);
        match &item.kind {
            ForeignItemKind::Fn(sig, generics) => {
                self.print_fn(sig, item.ident, generics, None, true)
            }
            ForeignItemKind::Static(ty, m) => {
                self.word("static ");
                if *m == Mutability::Mut {
                    self.word("mut ");
                }
                self.print_ident(item.ident);
                self.word(": ");
                self.print_ty(ty);
                self.word(";");
            }
            ForeignItemKind::Type => {
                self.word("type ");
                self.print_ident(item.ident);
                self.word(";");
            }
        }
    }

    /// A function's header, signature and body (or `;`). In an `extern` block the ABI is the
    /// block's, and functions are unsafe unless marked `safe`.
    fn print_fn(
        &mut self,
        sig: &FnSig,
        ident: Ident,
        generics: &Generics,
        body: Option<&'a Body>,
        foreign: bool,
    ) {
        let h = &sig.header;
        if h.constness {
            self.word("const ");
        }
        if h.asyncness {
            self.word("async ");
        }
        if foreign {
            if h.safety == Safety::Safe {
                self.word("safe ");
            }
        } else {
            if h.safety == Safety::Unsafe {
                self.word("unsafe ");
            }
            if h.abi != Abi::Rust {
                let _ = write!(self.out, "extern \"{}\" ", h.abi.name());
            }
        }
        self.word("fn ");
        self.print_ident(ident);
        self.print_generic_params(generics);
        self.print_fn_params(&sig.decl, body);
        if let Some(ret) = &sig.decl.output {
            self.word(" -> ");
            self.print_ty(ret);
        }
        self.print_where_clause(generics);
        match body.and_then(|b| b.value.map(|v| (b, v))) {
            Some((body, value)) => {
                self.word(" ");
                self.print_expr(body, value, Prec::Jump);
            }
            None => self.word(";"),
        }
    }

    fn print_fn_params(&mut self, decl: &FnDecl, body: Option<&'a Body>) {
        self.word("(");
        for (i, ty) in decl.inputs.iter().enumerate() {
            if i > 0 {
                self.word(", ");
            }
            let pat = body.and_then(|b| b.params.get(i).map(|p| (b, p.pat)));
            match (i, decl.implicit_self) {
                (0, Some(kind @ (ImplicitSelfKind::RefImm | ImplicitSelfKind::RefMut))) => {
                    self.word("&");
                    if let TyKind::Ref(l, _, _) = &ty.kind {
                        if l.res != LifetimeRes::Infer {
                            self.print_lifetime(l);
                            self.word(" ");
                        }
                    }
                    if kind == ImplicitSelfKind::RefMut {
                        self.word("mut ");
                    }
                    self.word("self");
                }
                (0, Some(ImplicitSelfKind::Value)) => match pat {
                    Some((b, p)) => self.print_pat(b, p),
                    None => self.word("self"),
                },
                _ => {
                    match pat {
                        Some((b, p)) => self.print_pat(b, p),
                        None if i == 0 && decl.implicit_self.is_some() => self.word("self"),
                        None => self.word("_"),
                    }
                    self.word(": ");
                    self.print_ty(ty);
                }
            }
        }
        if decl.c_variadic {
            self.word(if decl.inputs.is_empty() {
                "..."
            } else {
                ", ..."
            });
        }
        self.word(")");
    }

    /* ------------------------------------------------------------ generics */

    fn print_generic_params(&mut self, generics: &Generics) {
        let params: Vec<&GenericParam> = generics.params.iter().filter(|p| !p.synthetic).collect();
        if params.is_empty() {
            return;
        }
        self.word("<");
        self.comma_sep(&params, |p, param| p.print_generic_param(param));
        self.word(">");
    }

    fn print_generic_param(&mut self, param: &GenericParam) {
        match &param.kind {
            GenericParamKind::Lifetime => self.print_ident(param.name),
            GenericParamKind::Type { default } => {
                self.print_ident(param.name);
                if let Some(ty) = default {
                    self.word(" = ");
                    self.print_ty(ty);
                }
            }
            GenericParamKind::Const { ty, default } => {
                self.word("const ");
                self.print_ident(param.name);
                self.word(": ");
                self.print_ty(ty);
                if let Some(c) = default {
                    self.word(" = ");
                    self.print_const_arg(c, true);
                }
            }
        }
    }

    /// `for<'a> ` before a bound or predicate.
    fn print_binder(&mut self, params: &[GenericParam]) {
        if params.is_empty() {
            return;
        }
        self.word("for<");
        self.comma_sep(params, |p, param| p.print_generic_param(param));
        self.word("> ");
    }

    /// ` where A: B, ...` (the predicates of `impl Trait` arguments' synthetic parameters
    /// are left out: the `impl Trait` type shows them).
    fn print_where_clause(&mut self, generics: &Generics) {
        let synthetic: Vec<DefId> = generics
            .params
            .iter()
            .filter(|p| p.synthetic)
            .map(|p| p.def_id)
            .collect();
        let predicates: Vec<&WherePredicate> = generics
            .predicates
            .iter()
            .filter(|w| match w {
                WherePredicate::Bound { bounded_ty, .. } => match &bounded_ty.kind {
                    TyKind::Path(QPath::Resolved(None, path)) => {
                        !matches!(path.res, Res::Def(DefKind::TyParam, d) if synthetic.contains(&d))
                    }
                    _ => true,
                },
                WherePredicate::Region { .. } => true,
            })
            .collect();
        if predicates.is_empty() {
            return;
        }
        self.word(" where ");
        self.comma_sep(&predicates, |p, w| match w {
            WherePredicate::Bound {
                bound_generic_params,
                bounded_ty,
                bounds,
                ..
            } => {
                p.print_binder(bound_generic_params);
                p.print_ty(bounded_ty);
                p.word(":");
                if !bounds.is_empty() {
                    p.word(" ");
                    p.print_bounds(bounds);
                }
            }
            WherePredicate::Region {
                lifetime, bounds, ..
            } => {
                p.print_lifetime(lifetime);
                p.word(":");
                if !bounds.is_empty() {
                    p.word(" ");
                    p.print_bounds(bounds);
                }
            }
        });
    }

    fn print_bounds(&mut self, bounds: &[GenericBound]) {
        for (i, b) in bounds.iter().enumerate() {
            if i > 0 {
                self.word(" + ");
            }
            match b {
                GenericBound::Trait(poly, modifier) => {
                    match modifier {
                        TraitBoundModifier::None => {}
                        TraitBoundModifier::Maybe => self.word("?"),
                        TraitBoundModifier::MaybeConst => self.word("~const "),
                        TraitBoundModifier::Negative => self.word("!"),
                    }
                    self.print_poly_trait_ref(poly);
                }
                GenericBound::Outlives(l) => self.print_lifetime(l),
            }
        }
    }

    fn print_poly_trait_ref(&mut self, poly: &PolyTraitRef) {
        self.print_binder(&poly.bound_generic_params);
        self.print_path(&poly.trait_ref.path, false);
    }

    /* ------------------------------------------------------------ paths */

    /// A path; `colons` in expressions and patterns, where generic arguments need `::<`.
    fn print_qpath(&mut self, qpath: &QPath, colons: bool) {
        match qpath {
            QPath::Resolved(None, path) => self.print_path(path, colons),
            QPath::Resolved(Some(qself), path) => {
                self.word("<");
                self.print_ty(qself);
                self.word(" as ");
                // The path is the trait, or the trait followed by one of its items.
                let is_trait = matches!(
                    path.res,
                    Res::Def(DefKind::Trait | DefKind::TraitAlias, _) | Res::Err
                );
                match path.segments.split_last() {
                    Some((last, init)) if !is_trait && !init.is_empty() => {
                        self.print_segments(init, false, path.res);
                        self.word(">::");
                        self.print_segment(last, colons, path.res);
                    }
                    _ => {
                        self.print_segments(&path.segments, false, path.res);
                        self.word(">");
                    }
                }
            }
            QPath::TypeRelative(ty, seg) => {
                self.print_qself_ty(ty, colons);
                self.word("::");
                self.print_segment(seg, colons, Res::Err);
            }
            QPath::LangItem(item, _) => self.print_lang_item(*item),
        }
    }

    fn print_lang_item(&mut self, item: LangItem) {
        let _ = write!(self.out, "#[lang = \"{}\"]", item.name());
    }

    /// The type before `::name`: a path as is, anything else in angle brackets (`<[T]>`).
    fn print_qself_ty(&mut self, ty: &Ty, colons: bool) {
        match &ty.kind {
            TyKind::Path(qpath) => self.print_qpath(qpath, colons),
            _ => {
                self.word("<");
                self.print_ty(ty);
                self.word(">");
            }
        }
    }

    fn print_path(&mut self, path: &Path, colons: bool) {
        self.print_segments(&path.segments, colons, path.res);
    }

    fn print_segments(&mut self, segments: &[PathSegment], colons: bool, path_res: Res) {
        for (i, seg) in segments.iter().enumerate() {
            if i > 0 {
                self.word("::");
            }
            self.print_segment(seg, colons, path_res);
        }
    }

    /// One segment: its name as written (a nameless one, built by a desugaring, names its
    /// definition; `$crate` names its crate), then its generic arguments.
    fn print_segment(&mut self, seg: &PathSegment, colons: bool, path_res: Res) {
        let name = seg.ident.name;
        if name == kw::Empty {
            let res = if seg.res == Res::Err {
                path_res
            } else {
                seg.res
            };
            self.print_def_name(res);
        } else if name == kw::PathRoot {
            // `::a`: the separator after it is the leading `::`.
        } else if name == kw::DollarCrate {
            match seg.res {
                Res::Def(DefKind::Mod, d) if d.is_crate_root() && d.krate == self.krate => {
                    self.word("crate")
                }
                Res::Def(DefKind::Mod, d) if d.is_crate_root() => {
                    let name = self.hir.krate(d.krate).name;
                    self.word("::");
                    self.sym(name);
                }
                _ => self.word("$crate"),
            }
        } else {
            self.print_ident(seg.ident);
        }
        if let Some(args) = &seg.args {
            self.print_generic_args(args, colons);
        }
    }

    fn print_generic_args(&mut self, args: &GenericArgs, colons: bool) {
        if args.parenthesized {
            // `Fn(A, B) -> C`: one tuple of inputs and the `Output` constraint.
            self.word("(");
            if let Some(GenericArg::Type(Ty {
                kind: TyKind::Tup(inputs),
                ..
            })) = args.args.first()
            {
                self.comma_sep(inputs, |p, t| p.print_ty(t));
            }
            self.word(")");
            if let Some(AssocItemConstraint {
                kind: AssocItemConstraintKind::Equality(ret),
                ..
            }) = args.constraints.first()
            {
                if !matches!(&ret.kind, TyKind::Tup(ts) if ts.is_empty()) {
                    self.word(" -> ");
                    self.print_ty(ret);
                }
            }
            return;
        }
        if args.args.is_empty() && args.constraints.is_empty() {
            return;
        }
        self.word(if colons { "::<" } else { "<" });
        self.comma_sep(&args.args, |p, a| p.print_generic_arg(a));
        for (i, c) in args.constraints.iter().enumerate() {
            if i > 0 || !args.args.is_empty() {
                self.word(", ");
            }
            self.print_ident(c.ident);
            self.print_generic_args(&c.gen_args, false);
            match &c.kind {
                AssocItemConstraintKind::Equality(ty) => {
                    self.word(" = ");
                    self.print_ty(ty);
                }
                AssocItemConstraintKind::Bound(bounds) => {
                    self.word(": ");
                    self.print_bounds(bounds);
                }
            }
        }
        self.word(">");
    }

    fn print_generic_arg(&mut self, arg: &GenericArg) {
        match arg {
            GenericArg::Lifetime(l) => self.print_lifetime(l),
            GenericArg::Type(t) => self.print_ty(t),
            GenericArg::Const(c) => self.print_const_arg(c, true),
            GenericArg::Infer(_) => self.word("_"),
        }
    }

    /// A constant argument; `braces` where an expression other than a literal or a path
    /// must be in a block (generic arguments).
    fn print_const_arg(&mut self, c: &ConstArg, braces: bool) {
        match &c.kind {
            ConstArgKind::Path(qpath) => self.print_qpath(qpath, true),
            ConstArgKind::Anon(def) => {
                let Some((body, value)) = self.body_of(*def).and_then(|b| b.value.map(|v| (b, v)))
                else {
                    return self.word("{error}");
                };
                let bare = !braces
                    || matches!(
                        body.exprs[value].kind,
                        ExprKind::Lit(_) | ExprKind::Block(..)
                    );
                if bare {
                    self.print_expr(body, value, Prec::Jump);
                } else {
                    self.word("{ ");
                    self.print_expr(body, value, Prec::Jump);
                    self.word(" }");
                }
            }
        }
    }

    /* ------------------------------------------------------------ types */

    fn print_ty(&mut self, ty: &Ty) {
        match &ty.kind {
            TyKind::Slice(t) => {
                self.word("[");
                self.print_ty(t);
                self.word("]");
            }
            TyKind::Array(t, len) => {
                self.word("[");
                self.print_ty(t);
                self.word("; ");
                match len {
                    ArrayLen::Infer(_) => self.word("_"),
                    ArrayLen::Body(c) => self.print_const_arg(c, false),
                }
                self.word("]");
            }
            TyKind::Ptr(t, m) => {
                self.word(if *m == Mutability::Mut {
                    "*mut "
                } else {
                    "*const "
                });
                self.print_pointee(t);
            }
            TyKind::Ref(l, t, m) => {
                self.word("&");
                if l.res != LifetimeRes::Infer {
                    self.print_lifetime(l);
                    self.word(" ");
                }
                if *m == Mutability::Mut {
                    self.word("mut ");
                }
                self.print_pointee(t);
            }
            TyKind::BareFn(f) => {
                if f.safety == Safety::Unsafe {
                    self.word("unsafe ");
                }
                if f.abi != Abi::Rust {
                    let _ = write!(self.out, "extern \"{}\" ", f.abi.name());
                }
                self.word("fn(");
                self.comma_sep(&f.inputs, |p, t| p.print_ty(t));
                if f.c_variadic {
                    self.word(if f.inputs.is_empty() { "..." } else { ", ..." });
                }
                self.word(")");
                if let Some(ret) = &f.output {
                    self.word(" -> ");
                    self.print_ty(ret);
                }
            }
            TyKind::Never => self.word("!"),
            TyKind::Tup(ts) => {
                self.word("(");
                self.comma_sep(ts, |p, t| p.print_ty(t));
                if ts.len() == 1 {
                    self.word(",");
                }
                self.word(")");
            }
            TyKind::Path(qpath) => self.print_qpath(qpath, false),
            TyKind::TraitObject(traits, lifetime) => {
                self.word("dyn ");
                for (i, t) in traits.iter().enumerate() {
                    if i > 0 {
                        self.word(" + ");
                    }
                    self.print_poly_trait_ref(t);
                }
                if let Some(l) = lifetime {
                    if !traits.is_empty() {
                        self.word(" + ");
                    }
                    self.print_lifetime(l);
                }
            }
            TyKind::ImplTrait(_, bounds) => {
                self.word("impl ");
                self.print_bounds(bounds);
            }
            TyKind::Infer => self.word("_"),
            TyKind::Err(_) => self.word("{error}"),
        }
    }

    /// The type after `&` or `*const`: `dyn A + B` needs parentheses there.
    fn print_pointee(&mut self, ty: &Ty) {
        let multi = match &ty.kind {
            TyKind::TraitObject(traits, l) => traits.len() + usize::from(l.is_some()) > 1,
            TyKind::ImplTrait(_, bounds) => bounds.len() > 1,
            _ => false,
        };
        if multi {
            self.word("(");
            self.print_ty(ty);
            self.word(")");
        } else {
            self.print_ty(ty);
        }
    }

    /* ------------------------------------------------------------ expressions */

    /// Prints `e`, parenthesised if it binds looser than `min`.
    fn print_expr(&mut self, b: &'a Body, e: ExprId, min: Prec) {
        if expr_prec(b, e) < min {
            self.word("(");
            self.print_expr_inner(b, e);
            self.word(")");
        } else {
            self.print_expr_inner(b, e);
        }
    }

    /// The head of `if` or `match`: a struct literal in it is parenthesised.
    fn print_head(&mut self, b: &'a Body, e: ExprId) {
        if let ExprKind::Let(l) = &b.exprs[e].kind {
            return self.print_let_expr(b, l);
        }
        if has_exterior_struct(b, e) {
            self.word("(");
            self.print_expr(b, e, Prec::Jump);
            self.word(")");
        } else {
            self.print_expr(b, e, Prec::Jump);
        }
    }

    fn print_let_expr(&mut self, b: &'a Body, l: &LetExpr) {
        self.word("let ");
        self.print_pat(b, l.pat);
        if let Some(ty) = &l.ty {
            self.word(": ");
            self.print_ty(ty);
        }
        self.word(" = ");
        if has_exterior_struct(b, l.init) || expr_prec(b, l.init) <= Prec::And {
            self.word("(");
            self.print_expr(b, l.init, Prec::Jump);
            self.word(")");
        } else {
            self.print_expr(b, l.init, Prec::Jump);
        }
    }

    fn print_exprs(&mut self, b: &'a Body, es: &[ExprId]) {
        self.comma_sep(es, |p, &e| p.print_expr(b, e, Prec::Jump));
    }

    fn print_expr_inner(&mut self, b: &'a Body, e: ExprId) {
        match &b.exprs[e].kind {
            ExprKind::ConstBlock(def) => {
                self.word("const ");
                match self.hir.krate(def.krate).nested_bodies.get(&def.index) {
                    Some(&(_, value)) if matches!(b.exprs[value].kind, ExprKind::Block(..)) => {
                        self.print_expr(b, value, Prec::Jump)
                    }
                    Some(&(_, value)) => {
                        self.word("{ ");
                        self.print_expr(b, value, Prec::Jump);
                        self.word(" }");
                    }
                    None => self.word("{ {error} }"),
                }
            }
            ExprKind::Array(es) => {
                // An array of calls (`format_args!`'s arguments) gets a line per element.
                let tall = es.len() > 1
                    && es.iter().any(|&e| {
                        matches!(
                            b.exprs[e].kind,
                            ExprKind::Call(..) | ExprKind::MethodCall(..) | ExprKind::Struct(..)
                        )
                    });
                if tall {
                    self.word("[");
                    self.indent += 1;
                    for &e in es {
                        self.nl();
                        self.print_expr(b, e, Prec::Jump);
                        self.word(",");
                    }
                    self.indent -= 1;
                    self.nl();
                    self.word("]");
                } else {
                    self.word("[");
                    self.print_exprs(b, es);
                    self.word("]");
                }
            }
            ExprKind::Call(f, args) => {
                self.print_expr(b, *f, Prec::Postfix);
                self.word("(");
                self.print_exprs(b, args);
                self.word(")");
            }
            ExprKind::MethodCall(seg, receiver, args, _) => {
                self.print_expr(b, *receiver, Prec::Postfix);
                self.word(".");
                self.print_segment(seg, true, Res::Err);
                self.word("(");
                self.print_exprs(b, args);
                self.word(")");
            }
            ExprKind::Tup(es) => {
                self.word("(");
                self.print_exprs(b, es);
                if es.len() == 1 {
                    self.word(",");
                }
                self.word(")");
            }
            ExprKind::Binary(op, lhs, rhs) => self.print_binary(b, op.node, *lhs, *rhs),
            ExprKind::Unary(op, x) => {
                self.word(match op {
                    UnOp::Deref => "*",
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                });
                self.print_expr(b, *x, Prec::Prefix);
            }
            ExprKind::Lit(lit) => self.print_lit(lit),
            ExprKind::Cast(x, ty) => {
                self.print_expr(b, *x, Prec::Cast);
                self.word(" as ");
                self.print_ty(ty);
            }
            ExprKind::Let(l) => self.print_let_expr(b, l),
            ExprKind::If(cond, then, els) => {
                self.word("if ");
                self.print_head(b, *cond);
                self.word(" ");
                self.print_expr(b, *then, Prec::Jump);
                if let Some(els) = els {
                    self.word(" else ");
                    self.print_expr(b, *els, Prec::Jump);
                }
            }
            ExprKind::Loop(block, label, _, _) => {
                if let Some(label) = label {
                    self.print_ident(label.ident);
                    self.word(": ");
                }
                self.word("loop ");
                self.print_block(b, block);
            }
            ExprKind::Match(scrut, arms, _) => {
                self.word("match ");
                self.print_head(b, *scrut);
                self.word(" ");
                self.braced(arms, |p, arm| p.print_arm(b, arm));
            }
            ExprKind::Closure(c) => self.print_closure(b, c),
            ExprKind::Block(block, label) => {
                if let Some(label) = label {
                    self.print_ident(label.ident);
                    self.word(": ");
                }
                self.print_block(b, block);
            }
            ExprKind::Assign(lhs, rhs, _) => {
                self.print_expr(b, *lhs, Prec::Or);
                self.word(" = ");
                self.print_expr(b, *rhs, Prec::Assign);
            }
            ExprKind::AssignOp(op, lhs, rhs) => {
                self.print_expr(b, *lhs, Prec::Or);
                let _ = write!(self.out, " {}= ", op.node.as_str());
                self.print_expr(b, *rhs, Prec::Assign);
            }
            ExprKind::Field(x, ident) => {
                self.print_expr(b, *x, Prec::Postfix);
                self.word(".");
                self.print_ident(*ident);
            }
            ExprKind::Index(x, i, _) => {
                self.print_expr(b, *x, Prec::Postfix);
                self.word("[");
                self.print_expr(b, *i, Prec::Jump);
                self.word("]");
            }
            ExprKind::Path(qpath) => self.print_qpath(qpath, true),
            ExprKind::AddrOf(kind, m, x) => {
                self.word(match (kind, m) {
                    (BorrowKind::Ref, Mutability::Not) => "&",
                    (BorrowKind::Ref, Mutability::Mut) => "&mut ",
                    (BorrowKind::Raw, Mutability::Not) => "&raw const ",
                    (BorrowKind::Raw, Mutability::Mut) => "&raw mut ",
                });
                self.print_expr(b, *x, Prec::Prefix);
            }
            ExprKind::Break(dest, value) => {
                self.word("break");
                if let Some(label) = dest.label {
                    self.word(" ");
                    self.print_ident(label.ident);
                }
                if let Some(v) = value {
                    self.word(" ");
                    self.print_expr(b, *v, Prec::Jump);
                }
            }
            ExprKind::Continue(dest) => {
                self.word("continue");
                if let Some(label) = dest.label {
                    self.word(" ");
                    self.print_ident(label.ident);
                }
            }
            ExprKind::Ret(value) => {
                self.word("return");
                if let Some(v) = value {
                    self.word(" ");
                    self.print_expr(b, *v, Prec::Jump);
                }
            }
            ExprKind::Struct(qpath, fields, tail) => {
                self.print_qpath(qpath, true);
                self.word(" {");
                for (i, f) in fields.iter().enumerate() {
                    self.word(if i == 0 { " " } else { ", " });
                    if !f.is_shorthand {
                        self.print_ident(f.ident);
                        self.word(": ");
                    }
                    self.print_expr(b, f.expr, Prec::Jump);
                }
                match tail {
                    StructTail::None => {}
                    StructTail::Base(base) => {
                        self.word(if fields.is_empty() { " .." } else { ", .." });
                        self.print_expr(b, *base, Prec::Jump);
                    }
                    StructTail::DefaultFields(_) => {
                        self.word(if fields.is_empty() { " .." } else { ", .." })
                    }
                }
                self.word(if fields.is_empty() && matches!(tail, StructTail::None) {
                    "}"
                } else {
                    " }"
                });
            }
            ExprKind::Repeat(x, len) => {
                self.word("[");
                self.print_expr(b, *x, Prec::Jump);
                self.word("; ");
                match len {
                    ArrayLen::Infer(_) => self.word("_"),
                    ArrayLen::Body(c) => self.print_const_arg(c, false),
                }
                self.word("]");
            }
            ExprKind::DropTemps(x) => self.print_expr_inner(b, *x),
            ExprKind::Err(_) => self.word("{error}"),
        }
    }

    fn print_binary(&mut self, b: &'a Body, op: BinOpKind, lhs: ExprId, rhs: ExprId) {
        let prec = binop_prec(op);
        // Comparisons do not chain; the others associate to the left.
        let lhs_min = if op.is_comparison() {
            prec.tighter()
        } else {
            prec
        };
        let is_let = |e: ExprId| matches!(b.exprs[e].kind, ExprKind::Let(_));
        // `a as u8 < b` would read `u8<` as the start of generic arguments.
        let cast_lt = matches!(op, BinOpKind::Lt | BinOpKind::Shl) && ends_with_cast(b, lhs);
        if cast_lt || (expr_prec(b, lhs) < lhs_min && !(op == BinOpKind::And && is_let(lhs))) {
            self.word("(");
            self.print_expr_inner(b, lhs);
            self.word(")");
        } else {
            self.print_expr_inner(b, lhs);
        }
        let _ = write!(self.out, " {} ", op.as_str());
        if op == BinOpKind::And && is_let(rhs) {
            self.print_expr_inner(b, rhs);
        } else {
            self.print_expr(b, rhs, prec.tighter());
        }
    }

    fn print_closure(&mut self, b: &'a Body, c: &Closure) {
        if c.capture_by_move {
            self.word("move ");
        }
        self.word("|");
        for (i, param) in c.params.iter().enumerate() {
            if i > 0 {
                self.word(", ");
            }
            self.print_pat(b, param.pat);
            if let Some(Some(ty)) = c.param_tys.get(i) {
                self.word(": ");
                self.print_ty(ty);
            }
        }
        self.word("| ");
        if let Some(ret) = &c.ret_ty {
            self.word("-> ");
            self.print_ty(ret);
            self.word(" ");
        }
        self.print_expr(b, c.body, Prec::Jump);
    }

    fn print_block(&mut self, b: &'a Body, block: &Block) {
        if block.unsafe_ {
            self.word("unsafe ");
        }
        self.word("{");
        if block.stmts.is_empty() && block.expr.is_none() {
            self.word("}");
            return;
        }
        // A block that is one short expression stays on one line: `else { break }`.
        if let (true, Some(e)) = (block.stmts.is_empty(), block.expr) {
            if is_flat(b, e, 3) {
                self.word(" ");
                self.print_expr(b, e, Prec::Jump);
                self.word(" }");
                return;
            }
        }
        self.indent += 1;
        for stmt in &block.stmts {
            self.nl();
            self.print_stmt(b, stmt);
        }
        if let Some(e) = block.expr {
            self.nl();
            self.print_expr(b, e, Prec::Jump);
        }
        self.indent -= 1;
        self.nl();
        self.word("}");
    }

    fn print_stmt(&mut self, b: &'a Body, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Let(l) => {
                self.word("let ");
                self.print_pat(b, l.pat);
                if let Some(ty) = &l.ty {
                    self.word(": ");
                    self.print_ty(ty);
                }
                if let Some(init) = l.init {
                    self.word(" = ");
                    self.print_expr(b, init, Prec::Jump);
                }
                if let Some(els) = &l.els {
                    self.word(" else ");
                    self.print_block(b, els);
                }
                self.word(";");
            }
            StmtKind::Item(def) => self.print_owner(*def),
            StmtKind::Expr(e) => self.print_expr(b, *e, Prec::Jump),
            StmtKind::Semi(e) => {
                self.print_expr(b, *e, Prec::Jump);
                self.word(";");
            }
        }
    }

    fn print_arm(&mut self, b: &'a Body, arm: &Arm) {
        self.print_pat(b, arm.pat);
        if let Some(guard) = arm.guard {
            self.word(" if ");
            self.print_expr(b, guard, Prec::Jump);
        }
        self.word(" => ");
        self.print_expr(b, arm.body, Prec::Jump);
        if !matches!(b.exprs[arm.body].kind, ExprKind::Block(..)) {
            self.word(",");
        }
    }

    fn print_lit(&mut self, lit: &Lit) {
        match &lit.kind {
            LitKind::Str(s) => {
                let text = escape_str(self.interner.get(*s));
                let _ = write!(self.out, "\"{text}\"");
            }
            LitKind::ByteStr(bytes) => {
                self.word("b\"");
                for &byte in bytes.iter() {
                    push_escaped_byte(&mut self.out, byte, '"');
                }
                self.word("\"");
            }
            LitKind::CStr(bytes) => {
                // The bytes end with the NUL the literal does not show.
                let bytes = bytes.strip_suffix(&[0]).unwrap_or(bytes);
                self.word("c\"");
                match std::str::from_utf8(bytes) {
                    Ok(s) => self.word(&escape_str(s)),
                    Err(_) => {
                        for &byte in bytes {
                            push_escaped_byte(&mut self.out, byte, '"');
                        }
                    }
                }
                self.word("\"");
            }
            LitKind::Byte(byte) => {
                self.word("b'");
                push_escaped_byte(&mut self.out, *byte, '\'');
                self.word("'");
            }
            LitKind::Char(c) => {
                self.word("'");
                if *c == '\'' {
                    self.word("\\'");
                } else if *c == '"' {
                    self.word("\"");
                } else {
                    push_escaped_char(&mut self.out, *c);
                }
                self.word("'");
            }
            LitKind::Int(v, ty) => {
                let _ = write!(self.out, "{v}");
                match ty {
                    LitIntType::Signed(t) => self.word(t.name_str()),
                    LitIntType::Unsigned(t) => self.word(t.name_str()),
                    LitIntType::Unsuffixed => {}
                }
            }
            LitKind::Float(s, ty) => {
                self.sym(*s);
                match ty {
                    Some(FloatTy::F16) => self.word("f16"),
                    Some(FloatTy::F32) => self.word("f32"),
                    Some(FloatTy::F64) => self.word("f64"),
                    Some(FloatTy::F128) => self.word("f128"),
                    None => {}
                }
            }
            LitKind::Bool(v) => self.word(if *v { "true" } else { "false" }),
            LitKind::Err(_) => self.word("{error}"),
        }
    }

    /* ------------------------------------------------------------ patterns */

    fn print_pat(&mut self, b: &'a Body, p: PatId) {
        match &b.pats[p].kind {
            PatKind::Wild => self.word("_"),
            PatKind::Binding(BindingMode(by_ref, m), _, ident, sub) => {
                match by_ref {
                    ByRef::Yes(Mutability::Not) => self.word("ref "),
                    ByRef::Yes(Mutability::Mut) => self.word("ref mut "),
                    ByRef::No => {}
                }
                if *m == Mutability::Mut {
                    self.word("mut ");
                }
                self.print_ident(*ident);
                if let Some(sub) = sub {
                    self.word(" @ ");
                    self.print_subpat(b, *sub);
                }
            }
            PatKind::Struct(qpath, fields, rest) => {
                self.print_qpath(qpath, true);
                self.word(" {");
                for (i, f) in fields.iter().enumerate() {
                    self.word(if i == 0 { " " } else { ", " });
                    if !f.is_shorthand {
                        self.print_ident(f.ident);
                        self.word(": ");
                    }
                    self.print_pat(b, f.pat);
                }
                if *rest {
                    self.word(if fields.is_empty() { " .." } else { ", .." });
                }
                self.word(if fields.is_empty() && !rest {
                    "}"
                } else {
                    " }"
                });
            }
            PatKind::TupleStruct(qpath, pats, rest) => {
                self.print_qpath(qpath, true);
                self.print_pat_tuple(b, pats, *rest, false);
            }
            PatKind::Or(alts) => {
                for (i, &alt) in alts.iter().enumerate() {
                    if i > 0 {
                        self.word(" | ");
                    }
                    self.print_subpat(b, alt);
                }
            }
            PatKind::Path(qpath) => self.print_qpath(qpath, true),
            PatKind::Tuple(pats, rest) => self.print_pat_tuple(b, pats, *rest, true),
            PatKind::Box(inner) => {
                self.word("box ");
                self.print_subpat(b, *inner);
            }
            PatKind::Ref(inner, m) => {
                self.word(if *m == Mutability::Mut { "&mut " } else { "&" });
                // `&mut x` would be a `&mut` pattern; `&(mut x)` binds `x` mutably.
                let binds_mut = matches!(
                    b.pats[*inner].kind,
                    PatKind::Binding(BindingMode(ByRef::No, Mutability::Mut), ..)
                );
                if binds_mut && *m == Mutability::Not {
                    self.word("(");
                    self.print_pat(b, *inner);
                    self.word(")");
                } else {
                    self.print_subpat(b, *inner);
                }
            }
            PatKind::Lit(e) => self.print_expr(b, *e, Prec::Jump),
            PatKind::Range(lo, hi, end) => {
                if let Some(lo) = lo {
                    self.print_expr(b, *lo, Prec::Prefix);
                }
                self.word(match end {
                    RangeEnd::Included { legacy: true } => "...",
                    RangeEnd::Included { legacy: false } => "..=",
                    RangeEnd::Excluded => "..",
                });
                if let Some(hi) = hi {
                    self.print_expr(b, *hi, Prec::Prefix);
                }
            }
            PatKind::Slice(before, slice, after) => {
                self.word("[");
                self.comma_sep(before, |p, &x| p.print_pat(b, x));
                if let Some(slice) = slice {
                    if !before.is_empty() {
                        self.word(", ");
                    }
                    // `..` is a wildcard in the arena; `name @ ..` a binding.
                    if !matches!(b.pats[*slice].kind, PatKind::Wild) {
                        self.print_pat(b, *slice);
                        self.word(" @ ");
                    }
                    self.word("..");
                }
                if !after.is_empty() {
                    if !before.is_empty() || slice.is_some() {
                        self.word(", ");
                    }
                    self.comma_sep(after, |p, &x| p.print_pat(b, x));
                }
                self.word("]");
            }
            PatKind::Err(_) => self.word("{error}"),
        }
    }

    /// A pattern inside `@`, `&`, `box` or `|`: an or-pattern needs parentheses there.
    fn print_subpat(&mut self, b: &'a Body, p: PatId) {
        if matches!(b.pats[p].kind, PatKind::Or(_)) {
            self.word("(");
            self.print_pat(b, p);
            self.word(")");
        } else {
            self.print_pat(b, p);
        }
    }

    /// `(a, .., b)`; `(a,)` for a one-element tuple (`is_tuple`, not a tuple struct).
    fn print_pat_tuple(
        &mut self,
        b: &'a Body,
        pats: &[PatId],
        rest: Option<usize>,
        is_tuple: bool,
    ) {
        self.word("(");
        let mut first = true;
        for (i, &x) in pats.iter().enumerate() {
            if rest == Some(i) {
                self.word(if first { ".." } else { ", .." });
                first = false;
            }
            if !first {
                self.word(", ");
            }
            first = false;
            self.print_pat(b, x);
        }
        if rest == Some(pats.len()) {
            self.word(if first { ".." } else { ", .." });
        } else if is_tuple && pats.len() == 1 && rest.is_none() {
            self.word(",");
        }
        self.word(")");
    }
}

/* ---------------------------------------------------------------- literals */

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

/// A byte in a byte or byte string literal delimited by `quote`.
fn push_escaped_byte(s: &mut String, byte: u8, quote: char) {
    match byte {
        b'\\' => s.push_str("\\\\"),
        b'\n' => s.push_str("\\n"),
        b'\r' => s.push_str("\\r"),
        b'\t' => s.push_str("\\t"),
        b'\0' => s.push_str("\\0"),
        _ if byte as char == quote => {
            s.push('\\');
            s.push(quote);
        }
        0x20..=0x7e => s.push(byte as char),
        _ => {
            let _ = write!(s, "\\x{byte:02x}");
        }
    }
}

//! An indented tree dump of the AST: what `--emit=ast` prints and what the parser's snapshot
//! tests compare.
//!
//! One node per line, two spaces of indentation per level. A line starts with the node's
//! kind (`Fn`, `Expr Binary`, `Pat Ident`, `Ty Ref`), then its scalars in source order
//! (visibility and qualifiers, then the name: `Fn pub const main`, `Pat Ident ref mut x`), and
//! the node's children follow on the lines below, also in source order. Grouping is only ever
//! shown by the shape of the tree, never by parentheses that were not written (a written
//! `(e)` is an `Expr Paren` node), so a snapshot pins down precedence exactly. Node ids and
//! spans are not printed.
//!
//! Conventions:
//! - Attributes are the first children of the node they belong to: `Attr #[inline]`.
//! - Paths print on their node's line (`Expr Path std::mem::swap`); a segment's generic
//!   arguments print as `<..>` or `(..)` there, and as `Args`/`ParenArgs` children, in order.
//!   A qualified path prints its self type as `_` (`Ty Path <_ as Iterator>::Item`) and that
//!   type is the first child.
//! - Optional parts show by their presence: a `Block` child of `Fn` is its body, `Ret` is an
//!   explicit return type, `Generics` is printed only when there are parameters or a `where`.
//!   Parts that could be confused with a neighbour get a wrapper node: `Guard` in an arm,
//!   `Else` in a `let`-`else`, `Default` of a generic parameter.
//! - Where one child may be missing and the rest would be ambiguous, the line says which are
//!   there: `Expr Range _..=_`, `Pat Range ..=_`.
//! - Macro calls and token streams print as source text on one line (`MacCall vec![1, 2]`).
//!   Text that would span lines (a block doc comment, a multi-line string) has its line
//!   breaks shown as `↵`.
//! - Below `MAX_INDENT_DEPTH` levels the indentation is written as the depth in brackets
//!   (`[130] Expr Lit 1`): a 10,000-deep expression would otherwise take hundreds of megabytes
//!   of spaces.

use smelt_span::{kw, Ident, Interner};

use crate::pretty;
use crate::token::Delimiter;
use crate::*;

pub fn dump_crate(krate: &Crate, interner: &Interner) -> String {
    dump_with(interner, |d| d.krate(krate))
}

pub fn dump_item(item: &Item, interner: &Interner) -> String {
    dump_with(interner, |d| d.item(item))
}

pub fn dump_stmt(stmt: &Stmt, interner: &Interner) -> String {
    dump_with(interner, |d| d.stmt(stmt))
}

pub fn dump_block(block: &Block, interner: &Interner) -> String {
    dump_with(interner, |d| d.block(block))
}

pub fn dump_expr(expr: &Expr, interner: &Interner) -> String {
    dump_with(interner, |d| d.expr(expr))
}

pub fn dump_ty(ty: &Ty, interner: &Interner) -> String {
    dump_with(interner, |d| d.ty(ty))
}

pub fn dump_pat(pat: &Pat, interner: &Interner) -> String {
    dump_with(interner, |d| d.pat(pat))
}

fn dump_with(interner: &Interner, f: impl FnOnce(&mut Dumper<'_>)) -> String {
    let mut d = Dumper {
        out: String::new(),
        depth: 0,
        interner,
    };
    f(&mut d);
    d.out
}

/// Deeper than this, indentation is written as a number.
const MAX_INDENT_DEPTH: usize = 100;

struct Dumper<'a> {
    out: String,
    depth: usize,
    interner: &'a Interner,
}

/// Appends ` word` to a line under construction.
fn push_word(line: &mut String, word: &str) {
    if !word.is_empty() {
        line.push(' ');
        line.push_str(word);
    }
}

impl<'a> Dumper<'a> {
    /* ------------------------------------------------------------ output */

    fn line(&mut self, text: &str) {
        if self.depth <= MAX_INDENT_DEPTH {
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        } else {
            self.out.push_str(&format!("[{}] ", self.depth));
        }
        for c in text.chars() {
            match c {
                '\n' => self.out.push('↵'),
                '\r' => {}
                c => self.out.push(c),
            }
        }
        self.out.push('\n');
    }

    /// A line, then the children `f` writes, one level deeper.
    fn node(&mut self, text: &str, f: impl FnOnce(&mut Self)) {
        self.line(text);
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn ident(&self, ident: Ident) -> String {
        pretty::ident_to_string(ident, self.interner)
    }

    fn vis(&self, vis: &Visibility) -> String {
        pretty::vis_to_string(vis, self.interner)
    }

    fn attrs(&mut self, attrs: &[Attribute]) {
        for attr in attrs {
            let text = format!("Attr {}", pretty::attr_to_string(attr, self.interner));
            self.line(&text);
        }
    }

    fn lit_text(&self, lit: &Lit) -> String {
        token::lit_to_string(&lit.token, self.interner)
    }

    /* ------------------------------------------------------------ paths */

    /// A path on one line, with `<..>`/`(..)` where segments have arguments and `_` for a
    /// qualified self type.
    fn path_text(&self, qself: Option<&QSelf>, path: &Path) -> String {
        let mut s = String::new();
        let position = qself.map_or(0, |q| q.position.min(path.segments.len()));
        if qself.is_some() {
            s.push_str("<_");
            if position > 0 {
                s.push_str(" as ");
            }
        }
        for (i, seg) in path.segments.iter().enumerate() {
            if qself.is_some() && i == position {
                s.push('>');
            }
            if i > 0 || (qself.is_some() && i == position) {
                s.push_str("::");
            }
            self.push_segment_text(&mut s, seg);
        }
        if qself.is_some() && position == path.segments.len() {
            s.push('>');
        }
        s
    }

    fn push_segment_text(&self, s: &mut String, seg: &PathSegment) {
        if seg.ident.name != kw::PathRoot {
            s.push_str(&self.ident(seg.ident));
        }
        match seg.args.as_deref() {
            Some(GenericArgs::AngleBracketed(_)) => s.push_str("<..>"),
            Some(GenericArgs::Parenthesized(_)) => s.push_str("(..)"),
            None => {}
        }
    }

    /// The children of a path: the qualified self type, then each segment's arguments.
    fn path_children(&mut self, qself: Option<&QSelf>, path: &Path) {
        if let Some(qself) = qself {
            self.ty(&qself.ty);
        }
        for seg in &path.segments {
            if let Some(args) = &seg.args {
                self.generic_args(args);
            }
        }
    }

    /// `{kind} {path}` and its children.
    fn path_node(
        &mut self,
        kind: &str,
        qself: Option<&QSelf>,
        path: &Path,
        rest: impl FnOnce(&mut Self),
    ) {
        let text = format!("{kind} {}", self.path_text(qself, path));
        self.node(&text, |d| {
            d.path_children(qself, path);
            rest(d);
        });
    }

    fn generic_args(&mut self, args: &GenericArgs) {
        match args {
            GenericArgs::AngleBracketed(data) => self.node("Args", |d| {
                for arg in &data.args {
                    match arg {
                        AngleBracketedArg::Arg(arg) => d.generic_arg(arg),
                        AngleBracketedArg::Constraint(c) => d.assoc_constraint(c),
                    }
                }
            }),
            GenericArgs::Parenthesized(data) => self.node("ParenArgs", |d| {
                for ty in &data.inputs {
                    d.ty(ty);
                }
                d.fn_ret_ty(&data.output);
            }),
        }
    }

    fn generic_arg(&mut self, arg: &GenericArg) {
        match arg {
            GenericArg::Lifetime(lifetime) => self.lifetime("Lifetime", lifetime),
            GenericArg::Type(ty) => self.ty(ty),
            GenericArg::Const(c) => self.anon_const(c),
        }
    }

    fn assoc_constraint(&mut self, c: &AssocConstraint) {
        let mut text = format!("Constraint {}", self.ident(c.ident));
        if let Some(GenericArgs::AngleBracketed(_)) = &c.gen_args {
            text.push_str("<..>");
        } else if let Some(GenericArgs::Parenthesized(_)) = &c.gen_args {
            text.push_str("(..)");
        }
        text.push_str(match c.kind {
            AssocConstraintKind::Equality(_) => " =",
            AssocConstraintKind::Bound(_) => " :",
        });
        self.node(&text, |d| {
            if let Some(args) = &c.gen_args {
                d.generic_args(args);
            }
            match &c.kind {
                AssocConstraintKind::Equality(Term::Ty(ty)) => d.ty(ty),
                AssocConstraintKind::Equality(Term::Const(c)) => d.anon_const(c),
                AssocConstraintKind::Bound(bounds) => d.bounds(bounds),
            }
        });
    }

    fn anon_const(&mut self, c: &AnonConst) {
        self.node("AnonConst", |d| d.expr(&c.value));
    }

    fn lifetime(&mut self, kind: &str, lifetime: &Lifetime) {
        let text = format!("{kind} {}", self.interner.get(lifetime.ident.name));
        self.line(&text);
    }

    /* ------------------------------------------------------------ generics */

    fn generics(&mut self, generics: &Generics) {
        let wc = &generics.where_clause;
        if generics.params.is_empty() && wc.predicates.is_empty() && !wc.has_where_token {
            return;
        }
        self.node("Generics", |d| {
            for param in &generics.params {
                d.generic_param(param);
            }
            if wc.has_where_token || !wc.predicates.is_empty() {
                d.node("Where", |d| {
                    for pred in &wc.predicates {
                        d.where_predicate(pred);
                    }
                });
            }
        });
    }

    /// `for<...>` parameters, if any.
    fn binder(&mut self, params: &[GenericParam]) {
        if !params.is_empty() {
            self.node("For", |d| {
                for param in params {
                    d.generic_param(param);
                }
            });
        }
    }

    fn generic_param(&mut self, param: &GenericParam) {
        let text = match &param.kind {
            GenericParamKind::Lifetime => {
                format!("LifetimeParam {}", self.interner.get(param.ident.name))
            }
            GenericParamKind::Type { .. } => format!("TypeParam {}", self.ident(param.ident)),
            GenericParamKind::Const { .. } => format!("ConstParam {}", self.ident(param.ident)),
        };
        self.node(&text, |d| {
            d.attrs(&param.attrs);
            d.bounds(&param.bounds);
            match &param.kind {
                GenericParamKind::Lifetime => {}
                GenericParamKind::Type { default } => {
                    if let Some(default) = default {
                        d.node("Default", |d| d.ty(default));
                    }
                }
                GenericParamKind::Const { ty, default, .. } => {
                    d.ty(ty);
                    if let Some(default) = default {
                        d.node("Default", |d| d.anon_const(default));
                    }
                }
            }
        });
    }

    fn where_predicate(&mut self, pred: &WherePredicate) {
        match pred {
            WherePredicate::BoundPredicate(p) => self.node("BoundPredicate", |d| {
                d.binder(&p.bound_generic_params);
                d.ty(&p.bounded_ty);
                d.bounds(&p.bounds);
            }),
            WherePredicate::RegionPredicate(p) => {
                let text = format!(
                    "RegionPredicate {}",
                    self.interner.get(p.lifetime.ident.name)
                );
                self.node(&text, |d| d.bounds(&p.bounds));
            }
            WherePredicate::EqPredicate(p) => self.node("EqPredicate", |d| {
                d.ty(&p.lhs_ty);
                d.ty(&p.rhs_ty);
            }),
        }
    }

    fn bounds(&mut self, bounds: &[GenericBound]) {
        for bound in bounds {
            match bound {
                GenericBound::Trait(ptr, modifier) => {
                    let modifier = match modifier {
                        TraitBoundModifier::None => "",
                        TraitBoundModifier::Maybe => "?",
                        TraitBoundModifier::MaybeConst => "~const ",
                        TraitBoundModifier::Negative => "!",
                    };
                    let path = &ptr.trait_ref.path;
                    let text = format!("Bound {modifier}{}", self.path_text(None, path));
                    self.node(&text, |d| {
                        d.binder(&ptr.bound_generic_params);
                        d.path_children(None, path);
                    });
                }
                GenericBound::Outlives(lifetime) => self.lifetime("Bound", lifetime),
                GenericBound::Use(args, _) => self.node("Bound use<..>", |d| {
                    for arg in args {
                        d.generic_arg(arg);
                    }
                }),
            }
        }
    }

    /* ------------------------------------------------------------ items */

    fn krate(&mut self, krate: &Crate) {
        self.node("Crate", |d| {
            d.attrs(&krate.attrs);
            for item in &krate.items {
                d.item(item);
            }
        });
    }

    /// `{kind} {vis} {words...}`, with the item's attributes as the first children.
    fn item_node(
        &mut self,
        kind: &str,
        vis: &Visibility,
        words: &[&str],
        attrs: &[Attribute],
        f: impl FnOnce(&mut Self),
    ) {
        let mut text = kind.to_string();
        push_word(&mut text, &self.vis(vis));
        for word in words {
            push_word(&mut text, word);
        }
        self.node(&text, |d| {
            d.attrs(attrs);
            f(d);
        });
    }

    fn safety(safety: Safety) -> &'static str {
        match safety {
            Safety::Default => "",
            Safety::Unsafe(_) => "unsafe",
            Safety::Safe(_) => "safe",
        }
    }

    fn defaultness(defaultness: Defaultness) -> &'static str {
        match defaultness {
            Defaultness::Default(_) => "default",
            Defaultness::Final => "",
        }
    }

    fn str_lit(&self, lit: &StrLit) -> String {
        let text = self.interner.get(lit.symbol);
        match lit.style {
            StrStyle::Cooked => format!("{text:?}"),
            StrStyle::Raw(n) => format!("r{0}\"{text}\"{0}", "#".repeat(n as usize)),
        }
    }

    fn ext(&self, ext: &Extern) -> String {
        match ext {
            Extern::None => String::new(),
            Extern::Implicit(_) => "extern".to_string(),
            Extern::Explicit(abi, _) => format!("extern {}", self.str_lit(abi)),
        }
    }

    fn item(&mut self, item: &Item) {
        let name = self.ident(item.ident);
        let (vis, attrs) = (&item.vis, &item.attrs[..]);
        match &item.kind {
            ItemKind::ExternCrate(orig) => {
                let text = match orig {
                    Some(orig) => {
                        format!("{} as {name}", self.ident(Ident::with_dummy_span(*orig)))
                    }
                    None => name,
                };
                self.item_node("ExternCrate", vis, &[&text], attrs, |_| {});
            }
            ItemKind::Use(tree) => {
                let text = pretty::use_tree_to_string(tree, self.interner);
                self.item_node("Use", vis, &[&text], attrs, |_| {});
            }
            ItemKind::Static(s) => self.static_item(s, vis, &name, attrs),
            ItemKind::Const(c) => self.const_item(c, vis, &name, attrs),
            ItemKind::Fn(func) => self.fn_item(func, vis, &name, attrs),
            ItemKind::Mod(safety, kind) => {
                let loaded = match kind {
                    ModKind::Loaded(_, Inline::Yes, _) => "",
                    ModKind::Loaded(_, Inline::No, _) => "(file)",
                    ModKind::Unloaded => "(unloaded)",
                };
                self.item_node(
                    "Mod",
                    vis,
                    &[Self::safety(*safety), &name, loaded],
                    attrs,
                    |d| {
                        if let ModKind::Loaded(items, ..) = kind {
                            for item in items {
                                d.item(item);
                            }
                        }
                    },
                );
            }
            ItemKind::ForeignMod(fm) => {
                let abi = fm
                    .abi
                    .as_ref()
                    .map(|abi| self.str_lit(abi))
                    .unwrap_or_default();
                self.item_node(
                    "ForeignMod",
                    vis,
                    &[Self::safety(fm.safety), &abi],
                    attrs,
                    |d| {
                        for item in &fm.items {
                            d.foreign_item(item);
                        }
                    },
                );
            }
            ItemKind::TyAlias(alias) => self.ty_alias(alias, vis, &name, attrs),
            ItemKind::Enum(def, generics) => self.item_node("Enum", vis, &[&name], attrs, |d| {
                d.generics(generics);
                for variant in &def.variants {
                    d.variant(variant);
                }
            }),
            ItemKind::Struct(data, generics) => {
                self.struct_item("Struct", data, generics, vis, &name, attrs)
            }
            ItemKind::Union(data, generics) => {
                self.struct_item("Union", data, generics, vis, &name, attrs)
            }
            ItemKind::Trait(tr) => {
                let auto = if tr.is_auto { "auto" } else { "" };
                self.item_node(
                    "Trait",
                    vis,
                    &[Self::safety(tr.safety), auto, &name],
                    attrs,
                    |d| {
                        d.generics(&tr.generics);
                        d.bounds(&tr.bounds);
                        for item in &tr.items {
                            d.assoc_item(item);
                        }
                    },
                );
            }
            ItemKind::TraitAlias(generics, bounds) => {
                self.item_node("TraitAlias", vis, &[&name], attrs, |d| {
                    d.generics(generics);
                    d.bounds(bounds);
                })
            }
            ItemKind::Impl(imp) => {
                let words = [
                    Self::defaultness(imp.defaultness),
                    Self::safety(imp.safety),
                    if imp.constness { "const" } else { "" },
                    if imp.negative.is_some() { "!" } else { "" },
                ];
                self.item_node("Impl", vis, &words, attrs, |d| {
                    d.generics(&imp.generics);
                    if let Some(trait_ref) = &imp.of_trait {
                        d.path_node("TraitRef", None, &trait_ref.path, |_| {});
                    }
                    d.ty(&imp.self_ty);
                    for item in &imp.items {
                        d.assoc_item(item);
                    }
                });
            }
            ItemKind::MacCall(mac) => {
                let text = pretty::mac_call_to_string(mac, self.interner);
                self.item_node("MacCall", vis, &[&text], attrs, |_| {});
            }
            ItemKind::MacroDef(def) => {
                let kind = if def.macro_rules {
                    "MacroRules"
                } else {
                    "Macro"
                };
                let body = self.delim_text(&def.body);
                self.item_node(kind, vis, &[&name, &body], attrs, |_| {});
            }
        }
    }

    fn delim_text(&self, args: &DelimArgs) -> String {
        let tokens = pretty::tts_to_string(&args.tokens, self.interner);
        match args.delim {
            Delimiter::Brace if !tokens.is_empty() => format!("{{ {tokens} }}"),
            delim => format!("{}{tokens}{}", delim.open(), delim.close()),
        }
    }

    fn static_item(&mut self, s: &StaticItem, vis: &Visibility, name: &str, attrs: &[Attribute]) {
        let mutbl = if s.mutability == Mutability::Mut {
            "mut"
        } else {
            ""
        };
        self.item_node(
            "Static",
            vis,
            &[Self::safety(s.safety), mutbl, name],
            attrs,
            |d| {
                d.ty(&s.ty);
                if let Some(expr) = &s.expr {
                    d.expr(expr);
                }
            },
        );
    }

    fn const_item(&mut self, c: &ConstItem, vis: &Visibility, name: &str, attrs: &[Attribute]) {
        self.item_node("Const", vis, &[name], attrs, |d| {
            d.generics(&c.generics);
            d.ty(&c.ty);
            if let Some(expr) = &c.expr {
                d.expr(expr);
            }
        });
    }

    fn ty_alias(&mut self, alias: &TyAlias, vis: &Visibility, name: &str, attrs: &[Attribute]) {
        self.item_node(
            "TyAlias",
            vis,
            &[Self::defaultness(alias.defaultness), name],
            attrs,
            |d| {
                d.generics(&alias.generics);
                d.bounds(&alias.bounds);
                if let Some(ty) = &alias.ty {
                    d.ty(ty);
                }
            },
        );
    }

    fn fn_item(&mut self, func: &Fn, vis: &Visibility, name: &str, attrs: &[Attribute]) {
        let header = &func.sig.header;
        let ext = self.ext(&header.ext);
        let words = [
            Self::defaultness(func.defaultness),
            if header.constness.is_some() {
                "const"
            } else {
                ""
            },
            if header.asyncness.is_some() {
                "async"
            } else {
                ""
            },
            Self::safety(header.safety),
            &ext,
            name,
            if func.sig.decl.c_variadic { "..." } else { "" },
        ];
        self.item_node("Fn", vis, &words, attrs, |d| {
            d.generics(&func.generics);
            d.fn_decl(&func.sig.decl, false);
            if let Some(body) = &func.body {
                d.block(body);
            }
        });
    }

    fn fn_decl(&mut self, decl: &FnDecl, closure: bool) {
        for param in &decl.inputs {
            self.node("Param", |d| {
                d.attrs(&param.attrs);
                d.pat(&param.pat);
                // A closure parameter without a type has `_`; leaving it out keeps closures short.
                if !(closure && matches!(param.ty.kind, TyKind::Infer)) {
                    d.ty(&param.ty);
                }
            });
        }
        self.fn_ret_ty(&decl.output);
    }

    fn fn_ret_ty(&mut self, ret: &FnRetTy) {
        if let FnRetTy::Ty(ty) = ret {
            self.node("Ret", |d| d.ty(ty));
        }
    }

    fn struct_item(
        &mut self,
        kind: &str,
        data: &VariantData,
        generics: &Generics,
        vis: &Visibility,
        name: &str,
        attrs: &[Attribute],
    ) {
        self.item_node(
            kind,
            vis,
            &[name, Self::variant_data_marker(data)],
            attrs,
            |d| {
                d.generics(generics);
                d.fields(data);
            },
        );
    }

    fn variant_data_marker(data: &VariantData) -> &'static str {
        match data {
            VariantData::Struct(_, false) => "{}",
            VariantData::Struct(_, true) => "{} recovered",
            VariantData::Tuple(..) => "()",
            VariantData::Unit(_) => ";",
        }
    }

    fn fields(&mut self, data: &VariantData) {
        for field in data.fields() {
            let name = field
                .ident
                .map(|ident| self.ident(ident))
                .unwrap_or_default();
            self.item_node("Field", &field.vis, &[&name], &field.attrs, |d| {
                d.ty(&field.ty)
            });
        }
    }

    fn variant(&mut self, variant: &Variant) {
        let name = self.ident(variant.ident);
        let marker = match variant.data {
            VariantData::Unit(_) => "",
            ref data => Self::variant_data_marker(data),
        };
        self.item_node(
            "Variant",
            &variant.vis,
            &[&name, marker],
            &variant.attrs,
            |d| {
                d.fields(&variant.data);
                if let Some(disr) = &variant.disr_expr {
                    d.anon_const(disr);
                }
            },
        );
    }

    fn assoc_item(&mut self, item: &AssocItem) {
        let name = self.ident(item.ident);
        let (vis, attrs) = (&item.vis, &item.attrs[..]);
        match &item.kind {
            AssocItemKind::Const(c) => self.const_item(c, vis, &name, attrs),
            AssocItemKind::Fn(func) => self.fn_item(func, vis, &name, attrs),
            AssocItemKind::Type(alias) => self.ty_alias(alias, vis, &name, attrs),
            AssocItemKind::MacCall(mac) => {
                let text = pretty::mac_call_to_string(mac, self.interner);
                self.item_node("MacCall", vis, &[&text], attrs, |_| {});
            }
        }
    }

    fn foreign_item(&mut self, item: &ForeignItem) {
        let name = self.ident(item.ident);
        let (vis, attrs) = (&item.vis, &item.attrs[..]);
        match &item.kind {
            ForeignItemKind::Static(s) => self.static_item(s, vis, &name, attrs),
            ForeignItemKind::Fn(func) => self.fn_item(func, vis, &name, attrs),
            ForeignItemKind::TyAlias(alias) => self.ty_alias(alias, vis, &name, attrs),
            ForeignItemKind::MacCall(mac) => {
                let text = pretty::mac_call_to_string(mac, self.interner);
                self.item_node("MacCall", vis, &[&text], attrs, |_| {});
            }
        }
    }

    /* ------------------------------------------------------------ types */

    fn ty(&mut self, ty: &Ty) {
        match &ty.kind {
            TyKind::Slice(elem) => self.node("Ty Slice", |d| d.ty(elem)),
            TyKind::Array(elem, len) => self.node("Ty Array", |d| {
                d.ty(elem);
                d.anon_const(len);
            }),
            TyKind::Ptr(mt) => {
                let text = match mt.mutbl {
                    Mutability::Not => "Ty Ptr const",
                    Mutability::Mut => "Ty Ptr mut",
                };
                self.node(text, |d| d.ty(&mt.ty));
            }
            TyKind::Ref(lifetime, mt) => {
                let mut text = "Ty Ref".to_string();
                if let Some(lifetime) = lifetime {
                    push_word(&mut text, self.interner.get(lifetime.ident.name));
                }
                if mt.mutbl == Mutability::Mut {
                    push_word(&mut text, "mut");
                }
                self.node(&text, |d| d.ty(&mt.ty));
            }
            TyKind::BareFn(f) => {
                let mut text = "Ty BareFn".to_string();
                push_word(&mut text, Self::safety(f.safety));
                push_word(&mut text, &self.ext(&f.ext));
                if f.decl.c_variadic {
                    push_word(&mut text, "...");
                }
                self.node(&text, |d| {
                    d.binder(&f.generic_params);
                    d.fn_decl(&f.decl, false);
                });
            }
            TyKind::Never => self.line("Ty Never"),
            TyKind::Tup(elems) => self.node("Ty Tup", |d| {
                for elem in elems {
                    d.ty(elem);
                }
            }),
            TyKind::Path(qself, path) => self.path_node("Ty Path", qself.as_deref(), path, |_| {}),
            TyKind::TraitObject(bounds, dyn_written) => {
                let text = if *dyn_written {
                    "Ty TraitObject dyn"
                } else {
                    "Ty TraitObject"
                };
                self.node(text, |d| d.bounds(bounds));
            }
            TyKind::ImplTrait(_, bounds) => self.node("Ty ImplTrait", |d| d.bounds(bounds)),
            TyKind::Paren(inner) => self.node("Ty Paren", |d| d.ty(inner)),
            TyKind::Infer => self.line("Ty Infer"),
            TyKind::ImplicitSelf => self.line("Ty ImplicitSelf"),
            TyKind::MacCall(mac) => {
                let text = format!(
                    "Ty MacCall {}",
                    pretty::mac_call_to_string(mac, self.interner)
                );
                self.line(&text);
            }
            TyKind::Err => self.line("Ty Err"),
        }
    }

    /* ------------------------------------------------------------ patterns */

    fn pat(&mut self, pat: &Pat) {
        match &pat.kind {
            PatKind::Wild => self.line("Pat Wild"),
            PatKind::Ident(BindingMode(by_ref, mutbl), ident, sub) => {
                let mut text = "Pat Ident".to_string();
                if *mutbl == Mutability::Mut {
                    push_word(&mut text, "mut");
                }
                match by_ref {
                    ByRef::Yes(Mutability::Not) => push_word(&mut text, "ref"),
                    ByRef::Yes(Mutability::Mut) => push_word(&mut text, "ref mut"),
                    ByRef::No => {}
                }
                push_word(&mut text, &self.ident(*ident));
                self.node(&text, |d| {
                    if let Some(sub) = sub {
                        d.pat(sub);
                    }
                });
            }
            PatKind::Struct(qself, path, fields, rest) => {
                let rest = match rest {
                    PatFieldsRest::Rest(_) => " ..",
                    PatFieldsRest::None => "",
                };
                let text = format!(
                    "Pat Struct {}{rest}",
                    self.path_text(qself.as_deref(), path)
                );
                self.node(&text, |d| {
                    d.path_children(qself.as_deref(), path);
                    for field in fields {
                        let text = format!(
                            "PatField {}{}",
                            d.ident(field.ident),
                            if field.is_shorthand { " shorthand" } else { "" }
                        );
                        d.node(&text, |d| {
                            d.attrs(&field.attrs);
                            d.pat(&field.pat);
                        });
                    }
                });
            }
            PatKind::TupleStruct(qself, path, elems) => {
                self.path_node("Pat TupleStruct", qself.as_deref(), path, |d| {
                    for elem in elems {
                        d.pat(elem);
                    }
                })
            }
            PatKind::Or(alts) => self.node("Pat Or", |d| {
                for alt in alts {
                    d.pat(alt);
                }
            }),
            PatKind::Path(qself, path) => {
                self.path_node("Pat Path", qself.as_deref(), path, |_| {})
            }
            PatKind::Tuple(elems) => self.node("Pat Tuple", |d| {
                for elem in elems {
                    d.pat(elem);
                }
            }),
            PatKind::Box(inner) => self.node("Pat Box", |d| d.pat(inner)),
            PatKind::Ref(inner, mutbl) => {
                let text = if *mutbl == Mutability::Mut {
                    "Pat Ref mut"
                } else {
                    "Pat Ref"
                };
                self.node(text, |d| d.pat(inner));
            }
            PatKind::Lit(expr) => match &expr.kind {
                ExprKind::Lit(lit) if expr.attrs.is_empty() => {
                    let text = format!("Pat Lit {}", self.lit_text(lit));
                    self.line(&text);
                }
                _ => self.node("Pat Lit", |d| d.expr(expr)),
            },
            PatKind::Range(lo, hi, end) => {
                let op = match end {
                    RangeEnd::Included { legacy: false } => "..=",
                    RangeEnd::Included { legacy: true } => "...",
                    RangeEnd::Excluded => "..",
                };
                let text = format!(
                    "Pat Range {}{op}{}",
                    if lo.is_some() { "_" } else { "" },
                    if hi.is_some() { "_" } else { "" }
                );
                self.node(&text, |d| {
                    if let Some(lo) = lo {
                        d.expr(lo);
                    }
                    if let Some(hi) = hi {
                        d.expr(hi);
                    }
                });
            }
            PatKind::Slice(elems) => self.node("Pat Slice", |d| {
                for elem in elems {
                    d.pat(elem);
                }
            }),
            PatKind::Rest => self.line("Pat Rest"),
            PatKind::Paren(inner) => self.node("Pat Paren", |d| d.pat(inner)),
            PatKind::MacCall(mac) => {
                let text = format!(
                    "Pat MacCall {}",
                    pretty::mac_call_to_string(mac, self.interner)
                );
                self.line(&text);
            }
            PatKind::Err => self.line("Pat Err"),
        }
    }

    /* ------------------------------------------------------------ statements and blocks */

    fn block(&mut self, block: &Block) {
        let text = match block.rules {
            BlockCheckMode::Default => "Block",
            BlockCheckMode::Unsafe => "Block unsafe",
        };
        self.node(text, |d| {
            for stmt in &block.stmts {
                d.stmt(stmt);
            }
        });
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match &stmt.kind {
            StmtKind::Let(local) => self.node("Let", |d| {
                d.attrs(&local.attrs);
                d.pat(&local.pat);
                if let Some(ty) = &local.ty {
                    d.ty(ty);
                }
                match &local.kind {
                    LocalKind::Decl => {}
                    LocalKind::Init(init) => d.expr(init),
                    LocalKind::InitElse(init, els) => {
                        d.expr(init);
                        d.node("Else", |d| d.block(els));
                    }
                }
            }),
            StmtKind::Item(item) => self.item(item),
            StmtKind::Expr(expr) => self.expr(expr),
            StmtKind::Semi(expr) => self.node("Semi", |d| d.expr(expr)),
            StmtKind::Empty => self.line("Empty"),
            StmtKind::MacCall(mac) => {
                let mut text = format!(
                    "MacStmt {}",
                    pretty::mac_call_to_string(&mac.mac, self.interner)
                );
                if mac.style == MacStmtStyle::Semicolon {
                    text.push(';');
                }
                self.node(&text, |d| d.attrs(&mac.attrs));
            }
        }
    }

    /* ------------------------------------------------------------ expressions */

    fn label_text(&self, label: &Option<Label>) -> &'a str {
        let interner: &'a Interner = self.interner;
        match label {
            Some(label) => interner.get(label.ident.name),
            None => "",
        }
    }

    fn exprs(&mut self, exprs: &[P<Expr>]) {
        for expr in exprs {
            self.expr(expr);
        }
    }

    /// `Expr {kind} {words...}`, with the expression's attributes as the first children.
    fn expr_node(&mut self, expr: &Expr, kind: &str, words: &[&str], f: impl FnOnce(&mut Self)) {
        let mut text = format!("Expr {kind}");
        for word in words {
            push_word(&mut text, word);
        }
        self.node(&text, |d| {
            d.attrs(&expr.attrs);
            f(d);
        });
    }

    fn expr(&mut self, expr: &Expr) {
        match &expr.kind {
            ExprKind::Array(elems) => self.expr_node(expr, "Array", &[], |d| d.exprs(elems)),
            ExprKind::ConstBlock(c) => {
                self.expr_node(expr, "ConstBlock", &[], |d| d.expr(&c.value))
            }
            ExprKind::Call(callee, args) => self.expr_node(expr, "Call", &[], |d| {
                d.expr(callee);
                d.exprs(args);
            }),
            ExprKind::MethodCall(call) => {
                let mut name = String::new();
                self.push_segment_text(&mut name, &call.seg);
                self.expr_node(expr, "MethodCall", &[&name], |d| {
                    d.expr(&call.receiver);
                    if let Some(args) = &call.seg.args {
                        d.generic_args(args);
                    }
                    d.exprs(&call.args);
                });
            }
            ExprKind::Tup(elems) => self.expr_node(expr, "Tup", &[], |d| d.exprs(elems)),
            ExprKind::Binary(op, lhs, rhs) => {
                self.expr_node(expr, "Binary", &[op.node.as_str()], |d| {
                    d.expr(lhs);
                    d.expr(rhs);
                })
            }
            ExprKind::Unary(op, operand) => {
                self.expr_node(expr, "Unary", &[op.as_str()], |d| d.expr(operand))
            }
            ExprKind::Lit(lit) => {
                let text = self.lit_text(lit);
                self.expr_node(expr, "Lit", &[&text], |_| {});
            }
            ExprKind::Cast(operand, ty) => self.expr_node(expr, "Cast", &[], |d| {
                d.expr(operand);
                d.ty(ty);
            }),
            ExprKind::Let(pat, scrutinee, _) => self.expr_node(expr, "Let", &[], |d| {
                d.pat(pat);
                d.expr(scrutinee);
            }),
            ExprKind::If(cond, then, els) => self.expr_node(expr, "If", &[], |d| {
                d.expr(cond);
                d.block(then);
                if let Some(els) = els {
                    d.expr(els);
                }
            }),
            ExprKind::While(cond, body, label) => {
                let label = self.label_text(label);
                self.expr_node(expr, "While", &[label], |d| {
                    d.expr(cond);
                    d.block(body);
                })
            }
            ExprKind::ForLoop {
                pat,
                iter,
                body,
                label,
            } => {
                let label = self.label_text(label);
                self.expr_node(expr, "ForLoop", &[label], |d| {
                    d.pat(pat);
                    d.expr(iter);
                    d.block(body);
                })
            }
            ExprKind::Loop(body, label) => {
                let label = self.label_text(label);
                self.expr_node(expr, "Loop", &[label], |d| d.block(body))
            }
            ExprKind::Match(scrutinee, arms) => self.expr_node(expr, "Match", &[], |d| {
                d.expr(scrutinee);
                for arm in arms {
                    d.arm(arm);
                }
            }),
            ExprKind::Closure(c) => {
                let words = [
                    if c.constness { "const" } else { "" },
                    if c.movability_static { "static" } else { "" },
                    if c.asyncness { "async" } else { "" },
                    if matches!(c.capture_clause, CaptureBy::Value(_)) {
                        "move"
                    } else {
                        ""
                    },
                ];
                self.expr_node(expr, "Closure", &words, |d| {
                    d.binder(&c.binder);
                    d.fn_decl(&c.fn_decl, true);
                    d.expr(&c.body);
                });
            }
            ExprKind::Block(block, label) => {
                let label = self.label_text(label);
                self.expr_node(expr, "Block", &[label], |d| d.block(block))
            }
            ExprKind::Async(capture, block) => {
                let words = [if matches!(capture, CaptureBy::Value(_)) {
                    "move"
                } else {
                    ""
                }];
                self.expr_node(expr, "Async", &words, |d| d.block(block));
            }
            ExprKind::Await(operand, _) => self.expr_node(expr, "Await", &[], |d| d.expr(operand)),
            ExprKind::TryBlock(block) => self.expr_node(expr, "TryBlock", &[], |d| d.block(block)),
            ExprKind::Assign(lhs, rhs, _) => self.expr_node(expr, "Assign", &[], |d| {
                d.expr(lhs);
                d.expr(rhs);
            }),
            ExprKind::AssignOp(op, lhs, rhs) => {
                let op = format!("{}=", op.node.as_str());
                self.expr_node(expr, "AssignOp", &[&op], |d| {
                    d.expr(lhs);
                    d.expr(rhs);
                });
            }
            ExprKind::Field(base, ident) => {
                let name = self.ident(*ident);
                self.expr_node(expr, "Field", &[&name], |d| d.expr(base));
            }
            ExprKind::Index(base, index, _) => self.expr_node(expr, "Index", &[], |d| {
                d.expr(base);
                d.expr(index);
            }),
            ExprKind::Range(start, end, limits) => {
                let text = format!(
                    "{}{}{}",
                    if start.is_some() { "_" } else { "" },
                    match limits {
                        RangeLimits::HalfOpen => "..",
                        RangeLimits::Closed => "..=",
                    },
                    if end.is_some() { "_" } else { "" }
                );
                self.expr_node(expr, "Range", &[&text], |d| {
                    if let Some(start) = start {
                        d.expr(start);
                    }
                    if let Some(end) = end {
                        d.expr(end);
                    }
                });
            }
            ExprKind::Underscore => self.expr_node(expr, "Underscore", &[], |_| {}),
            ExprKind::Path(qself, path) => {
                let text = self.path_text(qself.as_deref(), path);
                self.expr_node(expr, "Path", &[&text], |d| {
                    d.path_children(qself.as_deref(), path)
                });
            }
            ExprKind::AddrOf(kind, mutbl, operand) => {
                let text = match (kind, mutbl) {
                    (BorrowKind::Ref, Mutability::Not) => "&",
                    (BorrowKind::Ref, Mutability::Mut) => "&mut",
                    (BorrowKind::Raw, Mutability::Not) => "&raw const",
                    (BorrowKind::Raw, Mutability::Mut) => "&raw mut",
                };
                self.expr_node(expr, "AddrOf", &[text], |d| d.expr(operand));
            }
            ExprKind::Break(label, value) => {
                let label = self.label_text(label);
                self.expr_node(expr, "Break", &[label], |d| {
                    if let Some(value) = value {
                        d.expr(value);
                    }
                })
            }
            ExprKind::Continue(label) => {
                let label = self.label_text(label);
                self.expr_node(expr, "Continue", &[label], |_| {})
            }
            ExprKind::Ret(value) => self.expr_node(expr, "Ret", &[], |d| {
                if let Some(value) = value {
                    d.expr(value);
                }
            }),
            ExprKind::MacCall(mac) => {
                let text = pretty::mac_call_to_string(mac, self.interner);
                self.expr_node(expr, "MacCall", &[&text], |_| {});
            }
            ExprKind::Struct(se) => {
                let rest = match se.rest {
                    StructRest::Base(_) => "..base",
                    StructRest::Rest(_) => "..",
                    StructRest::None => "",
                };
                let path = self.path_text(se.qself.as_deref(), &se.path);
                self.expr_node(expr, "Struct", &[&path, rest], |d| {
                    d.path_children(se.qself.as_deref(), &se.path);
                    for field in &se.fields {
                        let text = format!(
                            "ExprField {}{}",
                            d.ident(field.ident),
                            if field.is_shorthand { " shorthand" } else { "" }
                        );
                        d.node(&text, |d| {
                            d.attrs(&field.attrs);
                            d.expr(&field.expr);
                        });
                    }
                    if let StructRest::Base(base) = &se.rest {
                        d.expr(base);
                    }
                });
            }
            ExprKind::Repeat(elem, count) => self.expr_node(expr, "Repeat", &[], |d| {
                d.expr(elem);
                d.anon_const(count);
            }),
            ExprKind::Paren(inner) => self.expr_node(expr, "Paren", &[], |d| d.expr(inner)),
            ExprKind::Try(operand) => self.expr_node(expr, "Try", &[], |d| d.expr(operand)),
            ExprKind::Yield(value) => self.expr_node(expr, "Yield", &[], |d| {
                if let Some(value) = value {
                    d.expr(value);
                }
            }),
            ExprKind::Become(value) => self.expr_node(expr, "Become", &[], |d| d.expr(value)),
            ExprKind::FormatArgs(fmt) => {
                let template = pretty::format_template_to_string(fmt, self.interner);
                self.expr_node(expr, "FormatArgs", &[&template], |d| {
                    for arg in &fmt.arguments {
                        let text = match arg.name {
                            Some(name) => format!("Arg {}", d.ident(name)),
                            None => "Arg".to_string(),
                        };
                        d.node(&text, |d| d.expr(&arg.expr));
                    }
                });
            }
            ExprKind::OffsetOf(container, fields) => {
                let fields: Vec<String> = fields.iter().map(|f| self.ident(*f)).collect();
                self.expr_node(expr, "OffsetOf", &[&fields.join(".")], |d| d.ty(container));
            }
            ExprKind::Err => self.expr_node(expr, "Err", &[], |_| {}),
            ExprKind::Dummy => self.expr_node(expr, "Dummy", &[], |_| {}),
        }
    }

    fn arm(&mut self, arm: &Arm) {
        let text = if arm.body.is_some() {
            "Arm"
        } else {
            "Arm (no body)"
        };
        self.node(text, |d| {
            d.attrs(&arm.attrs);
            d.pat(&arm.pat);
            if let Some(guard) = &arm.guard {
                d.node("Guard", |d| d.expr(guard));
            }
            if let Some(body) = &arm.body {
                d.expr(body);
            }
        });
    }
}

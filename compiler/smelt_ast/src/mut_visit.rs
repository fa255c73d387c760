//! A mutable walk over the AST, in the style of `rustc_ast::mut_visit`: what macro expansion,
//! `#[cfg]` stripping, node renumbering and hygiene marking are built on.
//!
//! `MutVisitor` has one `visit_*` method per kind of node, each defaulting to a `walk_*`
//! function that visits every child in place. Nodes that sit in lists can also be replaced by
//! zero or more nodes: every list of items, statements, arms, fields, variants, parameters and
//! generic parameters is walked through a `flat_map_*` hook (whose default visits the node and
//! keeps it), and every list of expressions (array elements, call arguments, tuple elements,
//! expression statements) through `filter_map_expr`, which may drop an expression (`#[cfg]` on
//! an expression). A node that is not in a list (a nonterminal, an item statement visited in
//! place) goes through the plain `visit_*` hook and cannot change into several.
//!
//! `visit_id` is called for every `NodeId` and `visit_span` for every `Span` of the tree,
//! identifiers' spans included, each exactly once; that is how expansion renumbers the nodes it
//! produces and marks their spans with the macro's syntax context. The walk goes into token
//! streams too (macro arguments, `macro_rules!` bodies, delimited attribute arguments), token
//! by token: `walk_token_stream` keeps its own stack, so nesting depth costs heap, not native
//! stack. Interpolated fragments inside tokens are walked as the AST they are.
//!
//! Statements produced by `flat_map_stmt` beyond the first (an item statement whose item
//! expanded into several) get `NodeId::DUMMY`; the expander renumbers what it produced.

use std::rc::Rc;

use smelt_span::{Ident, Span};

use crate::token::{Nonterminal, Token, TokenKind};
use crate::tokenstream::{DelimSpan, TokenStream, TokenTree};
use crate::visit::{AssocCtxt, BoundKind, FnCtxt};
use crate::*;

/// A function-like thing with a signature: what `visit_fn` receives.
#[derive(Debug)]
pub enum FnKind<'a> {
    /// A `fn` item, foreign function or associated function, with its name and visibility
    /// (already visited as part of the item).
    Fn(FnCtxt, Ident, &'a Visibility, &'a mut Fn),
    /// `move |x| body`
    Closure(&'a mut Closure),
}

/// A mutable AST visitor; see the module documentation.
pub trait MutVisitor: Sized {
    /* Leaves. */

    /// Called for every node id in the tree.
    fn visit_id(&mut self, _id: &mut NodeId) {}
    /// Called for every span in the tree, identifiers' and tokens' included.
    fn visit_span(&mut self, _span: &mut Span) {}
    fn visit_ident(&mut self, ident: &mut Ident) {
        walk_ident(self, ident)
    }

    /* Crate, attributes, items. */

    fn visit_crate(&mut self, krate: &mut Crate) {
        walk_crate(self, krate)
    }
    fn visit_attribute(&mut self, attr: &mut Attribute) {
        walk_attribute(self, attr)
    }
    fn flat_map_item(&mut self, mut item: P<Item>) -> Vec<P<Item>> {
        self.visit_item(&mut item);
        vec![item]
    }
    fn visit_item(&mut self, item: &mut P<Item>) {
        walk_item(self, item)
    }
    fn flat_map_foreign_item(&mut self, mut item: P<ForeignItem>) -> Vec<P<ForeignItem>> {
        self.visit_foreign_item(&mut item);
        vec![item]
    }
    fn visit_foreign_item(&mut self, item: &mut P<ForeignItem>) {
        walk_foreign_item(self, item)
    }
    fn flat_map_assoc_item(
        &mut self,
        mut item: P<AssocItem>,
        ctxt: AssocCtxt,
    ) -> Vec<P<AssocItem>> {
        self.visit_assoc_item(&mut item, ctxt);
        vec![item]
    }
    fn visit_assoc_item(&mut self, item: &mut P<AssocItem>, ctxt: AssocCtxt) {
        walk_assoc_item(self, item, ctxt)
    }
    /// A function's signature and body; `span` and `id` are those of the item or closure
    /// (already visited).
    fn visit_fn(&mut self, kind: FnKind<'_>, _span: Span, _id: NodeId) {
        walk_fn(self, kind)
    }
    fn visit_fn_header(&mut self, header: &mut FnHeader) {
        walk_fn_header(self, header)
    }
    fn visit_fn_decl(&mut self, decl: &mut P<FnDecl>) {
        walk_fn_decl(self, decl)
    }
    fn flat_map_param(&mut self, mut param: Param) -> Vec<Param> {
        self.visit_param(&mut param);
        vec![param]
    }
    fn visit_param(&mut self, param: &mut Param) {
        walk_param(self, param)
    }
    fn visit_fn_ret_ty(&mut self, ret: &mut FnRetTy) {
        walk_fn_ret_ty(self, ret)
    }
    fn flat_map_variant(&mut self, mut variant: Variant) -> Vec<Variant> {
        self.visit_variant(&mut variant);
        vec![variant]
    }
    fn visit_variant(&mut self, variant: &mut Variant) {
        walk_variant(self, variant)
    }
    fn visit_variant_data(&mut self, data: &mut VariantData) {
        walk_variant_data(self, data)
    }
    fn flat_map_field_def(&mut self, mut field: FieldDef) -> Vec<FieldDef> {
        self.visit_field_def(&mut field);
        vec![field]
    }
    fn visit_field_def(&mut self, field: &mut FieldDef) {
        walk_field_def(self, field)
    }
    fn visit_vis(&mut self, vis: &mut Visibility) {
        walk_vis(self, vis)
    }
    fn visit_use_tree(&mut self, tree: &mut UseTree) {
        walk_use_tree(self, tree)
    }

    /* Macros and tokens. */

    fn visit_mac_call(&mut self, mac: &mut MacCall) {
        walk_mac_call(self, mac)
    }
    fn visit_macro_def(&mut self, def: &mut MacroDef) {
        walk_macro_def(self, def)
    }
    fn visit_delim_args(&mut self, args: &mut DelimArgs) {
        walk_delim_args(self, args)
    }
    /// A whole token stream, nested groups included; see `walk_token_stream`.
    fn visit_token_stream(&mut self, tts: &mut TokenStream) {
        walk_token_stream(self, tts)
    }
    /// One token tree: a token, or a group's delimiters. The trees inside a group are visited
    /// by `walk_token_stream`, not from here, so that nesting does not recurse.
    fn visit_tt(&mut self, tt: &mut TokenTree) {
        walk_tt(self, tt)
    }
    fn visit_token(&mut self, token: &mut Token) {
        walk_token(self, token)
    }
    fn visit_nonterminal(&mut self, nt: &mut Nonterminal) {
        walk_nonterminal(self, nt)
    }

    /* Generics, paths, types. */

    fn visit_generics(&mut self, generics: &mut Generics) {
        walk_generics(self, generics)
    }
    fn flat_map_generic_param(&mut self, mut param: GenericParam) -> Vec<GenericParam> {
        self.visit_generic_param(&mut param);
        vec![param]
    }
    fn visit_generic_param(&mut self, param: &mut GenericParam) {
        walk_generic_param(self, param)
    }
    fn visit_where_predicate(&mut self, pred: &mut WherePredicate) {
        walk_where_predicate(self, pred)
    }
    fn visit_param_bound(&mut self, bound: &mut GenericBound, _kind: BoundKind) {
        walk_param_bound(self, bound)
    }
    fn visit_poly_trait_ref(&mut self, ptr: &mut PolyTraitRef) {
        walk_poly_trait_ref(self, ptr)
    }
    fn visit_trait_ref(&mut self, trait_ref: &mut TraitRef) {
        walk_trait_ref(self, trait_ref)
    }
    fn visit_path(&mut self, path: &mut Path) {
        walk_path(self, path)
    }
    fn visit_qself(&mut self, qself: &mut P<QSelf>) {
        walk_qself(self, qself)
    }
    fn visit_path_segment(&mut self, segment: &mut PathSegment) {
        walk_path_segment(self, segment)
    }
    fn visit_generic_args(&mut self, args: &mut GenericArgs) {
        walk_generic_args(self, args)
    }
    fn visit_generic_arg(&mut self, arg: &mut GenericArg) {
        walk_generic_arg(self, arg)
    }
    fn visit_assoc_constraint(&mut self, constraint: &mut AssocConstraint) {
        walk_assoc_constraint(self, constraint)
    }
    fn visit_anon_const(&mut self, anon_const: &mut AnonConst) {
        walk_anon_const(self, anon_const)
    }
    fn visit_lifetime(&mut self, lifetime: &mut Lifetime) {
        walk_lifetime(self, lifetime)
    }
    fn visit_label(&mut self, label: &mut Label) {
        walk_label(self, label)
    }
    fn visit_ty(&mut self, ty: &mut P<Ty>) {
        walk_ty(self, ty)
    }

    /* Patterns. */

    fn visit_pat(&mut self, pat: &mut P<Pat>) {
        walk_pat(self, pat)
    }
    fn flat_map_pat_field(&mut self, mut field: PatField) -> Vec<PatField> {
        self.visit_pat_field(&mut field);
        vec![field]
    }
    fn visit_pat_field(&mut self, field: &mut PatField) {
        walk_pat_field(self, field)
    }

    /* Statements and blocks. */

    fn visit_block(&mut self, block: &mut P<Block>) {
        walk_block(self, block)
    }
    fn flat_map_stmt(&mut self, stmt: Stmt) -> Vec<Stmt> {
        walk_flat_map_stmt(self, stmt)
    }
    /// A statement that must stay one statement (inside a nonterminal).
    fn visit_stmt(&mut self, stmt: &mut Stmt) {
        walk_stmt(self, stmt)
    }
    fn visit_local(&mut self, local: &mut P<Local>) {
        walk_local(self, local)
    }

    /* Expressions. */

    fn visit_expr(&mut self, expr: &mut P<Expr>) {
        walk_expr(self, expr)
    }
    /// An expression in a list (array, call arguments, tuple) or an expression statement,
    /// which may be removed.
    fn filter_map_expr(&mut self, mut expr: P<Expr>) -> Option<P<Expr>> {
        self.visit_expr(&mut expr);
        Some(expr)
    }
    fn flat_map_arm(&mut self, mut arm: Arm) -> Vec<Arm> {
        self.visit_arm(&mut arm);
        vec![arm]
    }
    fn visit_arm(&mut self, arm: &mut Arm) {
        walk_arm(self, arm)
    }
    fn flat_map_expr_field(&mut self, mut field: ExprField) -> Vec<ExprField> {
        self.visit_expr_field(&mut field);
        vec![field]
    }
    fn visit_expr_field(&mut self, field: &mut ExprField) {
        walk_expr_field(self, field)
    }
    fn visit_format_args(&mut self, fmt: &mut FormatArgs) {
        walk_format_args(self, fmt)
    }
}

/* ---------------------------------------------------------------- list helpers */

/// Replaces each element of `list` by the elements `f` returns for it, in order.
pub fn flat_map_in_place<T>(list: &mut Vec<T>, mut f: impl FnMut(T) -> Vec<T>) {
    let old = std::mem::take(list);
    list.reserve(old.len());
    for x in old {
        list.extend(f(x));
    }
}

fn filter_map_exprs<V: MutVisitor>(vis: &mut V, exprs: &mut Vec<P<Expr>>) {
    let old = std::mem::take(exprs);
    exprs.reserve(old.len());
    exprs.extend(old.into_iter().filter_map(|e| vis.filter_map_expr(e)));
}

fn visit_attrs<V: MutVisitor>(vis: &mut V, attrs: &mut [Attribute]) {
    for attr in attrs {
        vis.visit_attribute(attr);
    }
}

fn visit_opt_expr<V: MutVisitor>(vis: &mut V, expr: &mut Option<P<Expr>>) {
    if let Some(expr) = expr {
        vis.visit_expr(expr);
    }
}

fn visit_opt_label<V: MutVisitor>(vis: &mut V, label: &mut Option<Label>) {
    if let Some(label) = label {
        vis.visit_label(label);
    }
}

fn visit_bounds<V: MutVisitor>(vis: &mut V, bounds: &mut [GenericBound], kind: BoundKind) {
    for bound in bounds {
        vis.visit_param_bound(bound, kind);
    }
}

fn visit_generic_params<V: MutVisitor>(vis: &mut V, params: &mut Vec<GenericParam>) {
    flat_map_in_place(params, |param| vis.flat_map_generic_param(param));
}

fn visit_safety<V: MutVisitor>(vis: &mut V, safety: &mut Safety) {
    match safety {
        Safety::Default => {}
        Safety::Unsafe(span) | Safety::Safe(span) => vis.visit_span(span),
    }
}

fn visit_defaultness<V: MutVisitor>(vis: &mut V, defaultness: &mut Defaultness) {
    match defaultness {
        Defaultness::Default(span) => vis.visit_span(span),
        Defaultness::Final => {}
    }
}

fn visit_opt_span<V: MutVisitor>(vis: &mut V, span: &mut Option<Span>) {
    if let Some(span) = span {
        vis.visit_span(span);
    }
}

fn visit_extern<V: MutVisitor>(vis: &mut V, ext: &mut Extern) {
    match ext {
        Extern::None => {}
        Extern::Implicit(span) => vis.visit_span(span),
        Extern::Explicit(abi, span) => {
            vis.visit_span(&mut abi.span);
            vis.visit_span(span);
        }
    }
}

fn visit_qpath<V: MutVisitor>(vis: &mut V, qself: &mut Option<P<QSelf>>, path: &mut Path) {
    if let Some(qself) = qself {
        vis.visit_qself(qself);
    }
    vis.visit_path(path);
}

/* ---------------------------------------------------------------- leaves */

pub fn walk_ident<V: MutVisitor>(vis: &mut V, ident: &mut Ident) {
    vis.visit_span(&mut ident.span);
}

pub fn walk_lifetime<V: MutVisitor>(vis: &mut V, lifetime: &mut Lifetime) {
    vis.visit_id(&mut lifetime.id);
    vis.visit_ident(&mut lifetime.ident);
}

pub fn walk_label<V: MutVisitor>(vis: &mut V, label: &mut Label) {
    vis.visit_ident(&mut label.ident);
}

/* ---------------------------------------------------------------- crate, attributes, items */

pub fn walk_crate<V: MutVisitor>(vis: &mut V, krate: &mut Crate) {
    vis.visit_id(&mut krate.id);
    vis.visit_span(&mut krate.span);
    visit_attrs(vis, &mut krate.attrs);
    flat_map_in_place(&mut krate.items, |item| vis.flat_map_item(item));
}

pub fn walk_attribute<V: MutVisitor>(vis: &mut V, attr: &mut Attribute) {
    vis.visit_id(&mut attr.id);
    vis.visit_span(&mut attr.span);
    match &mut attr.kind {
        AttrKind::Normal(item) => {
            vis.visit_path(&mut item.path);
            match &mut item.args {
                AttrArgs::Empty => {}
                AttrArgs::Delimited(args) => vis.visit_delim_args(args),
                AttrArgs::Eq(eq_span, expr) => {
                    vis.visit_span(eq_span);
                    vis.visit_expr(expr);
                }
            }
        }
        AttrKind::DocComment(..) => {}
    }
}

/// Walks the parts every kind of item has, then hands the kind to `walk_kind`.
fn walk_item_common<V: MutVisitor, K>(
    vis: &mut V,
    item: &mut Item<K>,
    walk_kind: impl FnOnce(&mut V, &mut K, Ident, &Visibility, Span, NodeId),
) {
    let Item {
        attrs,
        id,
        span,
        vis: visibility,
        ident,
        kind,
    } = item;
    vis.visit_id(id);
    vis.visit_span(span);
    visit_attrs(vis, attrs);
    vis.visit_vis(visibility);
    vis.visit_ident(ident);
    walk_kind(vis, kind, *ident, visibility, *span, *id);
}

pub fn walk_item<V: MutVisitor>(vis: &mut V, item: &mut Item) {
    walk_item_common(
        vis,
        item,
        |vis, kind, ident, visibility, span, id| match kind {
            ItemKind::ExternCrate(_) => {}
            ItemKind::Use(tree) => vis.visit_use_tree(tree),
            ItemKind::Static(s) => walk_static(vis, s),
            ItemKind::Const(c) => walk_const(vis, c),
            ItemKind::Fn(func) => {
                vis.visit_fn(FnKind::Fn(FnCtxt::Free, ident, visibility, func), span, id)
            }
            ItemKind::Mod(safety, mod_kind) => {
                visit_safety(vis, safety);
                match mod_kind {
                    ModKind::Loaded(items, _, spans) => {
                        vis.visit_span(&mut spans.inner_span);
                        flat_map_in_place(items, |item| vis.flat_map_item(item));
                    }
                    ModKind::Unloaded => {}
                }
            }
            ItemKind::ForeignMod(fm) => {
                visit_safety(vis, &mut fm.safety);
                if let Some(abi) = &mut fm.abi {
                    vis.visit_span(&mut abi.span);
                }
                flat_map_in_place(&mut fm.items, |item| vis.flat_map_foreign_item(item));
            }
            ItemKind::TyAlias(alias) => walk_ty_alias(vis, alias),
            ItemKind::Enum(def, generics) => {
                vis.visit_generics(generics);
                flat_map_in_place(&mut def.variants, |variant| vis.flat_map_variant(variant));
            }
            ItemKind::Struct(data, generics) | ItemKind::Union(data, generics) => {
                vis.visit_generics(generics);
                vis.visit_variant_data(data);
            }
            ItemKind::Trait(tr) => {
                visit_safety(vis, &mut tr.safety);
                vis.visit_generics(&mut tr.generics);
                visit_bounds(vis, &mut tr.bounds, BoundKind::SuperTraits);
                flat_map_in_place(&mut tr.items, |item| {
                    vis.flat_map_assoc_item(item, AssocCtxt::Trait)
                });
            }
            ItemKind::TraitAlias(generics, bounds) => {
                vis.visit_generics(generics);
                visit_bounds(vis, bounds, BoundKind::Bound);
            }
            ItemKind::Impl(imp) => {
                visit_defaultness(vis, &mut imp.defaultness);
                visit_safety(vis, &mut imp.safety);
                vis.visit_generics(&mut imp.generics);
                visit_opt_span(vis, &mut imp.negative);
                if let Some(trait_ref) = &mut imp.of_trait {
                    vis.visit_trait_ref(trait_ref);
                }
                vis.visit_ty(&mut imp.self_ty);
                flat_map_in_place(&mut imp.items, |item| {
                    vis.flat_map_assoc_item(item, AssocCtxt::Impl)
                });
            }
            ItemKind::MacCall(mac) => vis.visit_mac_call(mac),
            ItemKind::MacroDef(def) => vis.visit_macro_def(def),
        },
    )
}

fn walk_static<V: MutVisitor>(vis: &mut V, s: &mut StaticItem) {
    visit_safety(vis, &mut s.safety);
    vis.visit_ty(&mut s.ty);
    visit_opt_expr(vis, &mut s.expr);
}

fn walk_const<V: MutVisitor>(vis: &mut V, c: &mut ConstItem) {
    vis.visit_generics(&mut c.generics);
    vis.visit_ty(&mut c.ty);
    visit_opt_expr(vis, &mut c.expr);
}

fn walk_ty_alias<V: MutVisitor>(vis: &mut V, alias: &mut TyAlias) {
    visit_defaultness(vis, &mut alias.defaultness);
    vis.visit_generics(&mut alias.generics);
    visit_bounds(vis, &mut alias.bounds, BoundKind::Bound);
    if let Some(ty) = &mut alias.ty {
        vis.visit_ty(ty);
    }
}

pub fn walk_foreign_item<V: MutVisitor>(vis: &mut V, item: &mut ForeignItem) {
    walk_item_common(
        vis,
        item,
        |vis, kind, ident, visibility, span, id| match kind {
            ForeignItemKind::Static(s) => walk_static(vis, s),
            ForeignItemKind::Fn(func) => vis.visit_fn(
                FnKind::Fn(FnCtxt::Foreign, ident, visibility, func),
                span,
                id,
            ),
            ForeignItemKind::TyAlias(alias) => walk_ty_alias(vis, alias),
            ForeignItemKind::MacCall(mac) => vis.visit_mac_call(mac),
        },
    )
}

pub fn walk_assoc_item<V: MutVisitor>(vis: &mut V, item: &mut AssocItem, ctxt: AssocCtxt) {
    walk_item_common(
        vis,
        item,
        |vis, kind, ident, visibility, span, id| match kind {
            AssocItemKind::Const(c) => walk_const(vis, c),
            AssocItemKind::Fn(func) => vis.visit_fn(
                FnKind::Fn(FnCtxt::Assoc(ctxt), ident, visibility, func),
                span,
                id,
            ),
            AssocItemKind::Type(alias) => walk_ty_alias(vis, alias),
            AssocItemKind::MacCall(mac) => vis.visit_mac_call(mac),
        },
    )
}

/// Walks a function's header, generics, signature and body (a closure's binder, signature
/// and body). The name and visibility belong to the item and were visited with it.
pub fn walk_fn<V: MutVisitor>(vis: &mut V, kind: FnKind<'_>) {
    match kind {
        FnKind::Fn(_, _, _, func) => {
            let Fn {
                defaultness,
                generics,
                sig,
                body,
            } = func;
            visit_defaultness(vis, defaultness);
            vis.visit_fn_header(&mut sig.header);
            vis.visit_generics(generics);
            vis.visit_fn_decl(&mut sig.decl);
            vis.visit_span(&mut sig.span);
            if let Some(body) = body {
                vis.visit_block(body);
            }
        }
        FnKind::Closure(closure) => {
            let Closure {
                binder,
                capture_clause,
                constness: _,
                asyncness: _,
                movability_static: _,
                fn_decl,
                body,
                fn_decl_span,
            } = closure;
            visit_generic_params(vis, binder);
            if let CaptureBy::Value(span) = capture_clause {
                vis.visit_span(span);
            }
            vis.visit_fn_decl(fn_decl);
            vis.visit_span(fn_decl_span);
            vis.visit_expr(body);
        }
    }
}

pub fn walk_fn_header<V: MutVisitor>(vis: &mut V, header: &mut FnHeader) {
    let FnHeader {
        safety,
        asyncness,
        constness,
        ext,
    } = header;
    visit_opt_span(vis, constness);
    visit_opt_span(vis, asyncness);
    visit_safety(vis, safety);
    visit_extern(vis, ext);
}

pub fn walk_fn_decl<V: MutVisitor>(vis: &mut V, decl: &mut FnDecl) {
    flat_map_in_place(&mut decl.inputs, |param| vis.flat_map_param(param));
    vis.visit_fn_ret_ty(&mut decl.output);
}

pub fn walk_param<V: MutVisitor>(vis: &mut V, param: &mut Param) {
    vis.visit_id(&mut param.id);
    vis.visit_span(&mut param.span);
    visit_attrs(vis, &mut param.attrs);
    vis.visit_pat(&mut param.pat);
    vis.visit_ty(&mut param.ty);
}

pub fn walk_fn_ret_ty<V: MutVisitor>(vis: &mut V, ret: &mut FnRetTy) {
    match ret {
        FnRetTy::Default(span) => vis.visit_span(span),
        FnRetTy::Ty(ty) => vis.visit_ty(ty),
    }
}

pub fn walk_variant<V: MutVisitor>(vis: &mut V, variant: &mut Variant) {
    vis.visit_id(&mut variant.id);
    vis.visit_span(&mut variant.span);
    visit_attrs(vis, &mut variant.attrs);
    vis.visit_vis(&mut variant.vis);
    vis.visit_ident(&mut variant.ident);
    vis.visit_variant_data(&mut variant.data);
    if let Some(disr) = &mut variant.disr_expr {
        vis.visit_anon_const(disr);
    }
}

pub fn walk_variant_data<V: MutVisitor>(vis: &mut V, data: &mut VariantData) {
    match data {
        VariantData::Struct(fields, _) => {
            flat_map_in_place(fields, |field| vis.flat_map_field_def(field));
        }
        VariantData::Tuple(fields, ctor_id) => {
            flat_map_in_place(fields, |field| vis.flat_map_field_def(field));
            vis.visit_id(ctor_id);
        }
        VariantData::Unit(ctor_id) => vis.visit_id(ctor_id),
    }
}

pub fn walk_field_def<V: MutVisitor>(vis: &mut V, field: &mut FieldDef) {
    vis.visit_id(&mut field.id);
    vis.visit_span(&mut field.span);
    visit_attrs(vis, &mut field.attrs);
    vis.visit_vis(&mut field.vis);
    if let Some(ident) = &mut field.ident {
        vis.visit_ident(ident);
    }
    vis.visit_ty(&mut field.ty);
}

pub fn walk_vis<V: MutVisitor>(vis: &mut V, visibility: &mut Visibility) {
    vis.visit_span(&mut visibility.span);
    match &mut visibility.kind {
        VisibilityKind::Restricted {
            path,
            id,
            shorthand: _,
        } => {
            vis.visit_id(id);
            vis.visit_path(path);
        }
        VisibilityKind::Public | VisibilityKind::Inherited => {}
    }
}

pub fn walk_use_tree<V: MutVisitor>(vis: &mut V, tree: &mut UseTree) {
    vis.visit_span(&mut tree.span);
    vis.visit_path(&mut tree.prefix);
    match &mut tree.kind {
        UseTreeKind::Simple(rename) => {
            if let Some(rename) = rename {
                vis.visit_ident(rename);
            }
        }
        UseTreeKind::Nested(trees) => {
            for (tree, id) in trees {
                vis.visit_id(id);
                vis.visit_use_tree(tree);
            }
        }
        UseTreeKind::Glob => {}
    }
}

/* ---------------------------------------------------------------- macros and tokens */

pub fn walk_mac_call<V: MutVisitor>(vis: &mut V, mac: &mut MacCall) {
    vis.visit_path(&mut mac.path);
    vis.visit_delim_args(&mut mac.args);
}

pub fn walk_macro_def<V: MutVisitor>(vis: &mut V, def: &mut MacroDef) {
    vis.visit_delim_args(&mut def.body);
}

pub fn walk_delim_args<V: MutVisitor>(vis: &mut V, args: &mut DelimArgs) {
    walk_delim_span(vis, &mut args.dspan);
    vis.visit_token_stream(&mut args.tokens);
}

fn walk_delim_span<V: MutVisitor>(vis: &mut V, dspan: &mut DelimSpan) {
    vis.visit_span(&mut dspan.open);
    vis.visit_span(&mut dspan.close);
}

/// Visits every tree of `tts`, depth first, through `visit_tt`. Nested groups are handled
/// with an explicit stack, never by recursion: each frame holds the trees of one group, taken
/// out of their `Rc` (cloned first if shared, so other holders of the stream see no change)
/// and put back when the group is done.
pub fn walk_token_stream<V: MutVisitor>(vis: &mut V, tts: &mut TokenStream) {
    let mut stack: Vec<(Vec<TokenTree>, usize)> =
        vec![(std::mem::take(Rc::make_mut(&mut tts.0)), 0)];
    while let Some((trees, next)) = stack.last_mut() {
        if let Some(tree) = trees.get_mut(*next) {
            *next += 1;
            vis.visit_tt(tree);
            if let TokenTree::Delimited(_, _, inner) = tree {
                let inner_trees = std::mem::take(Rc::make_mut(&mut inner.0));
                stack.push((inner_trees, 0));
            }
            continue;
        }
        // This group is done: give its trees back to the tree that holds it.
        let Some((done, _)) = stack.pop() else { break };
        match stack.last_mut() {
            Some((parent, next)) => {
                if let Some(TokenTree::Delimited(_, _, inner)) =
                    next.checked_sub(1).and_then(|i| parent.get_mut(i))
                {
                    *Rc::make_mut(&mut inner.0) = done;
                }
            }
            None => *Rc::make_mut(&mut tts.0) = done,
        }
    }
}

/// Visits one tree's own parts: the token, or the group's delimiter spans.
pub fn walk_tt<V: MutVisitor>(vis: &mut V, tt: &mut TokenTree) {
    match tt {
        TokenTree::Token(token, _) => vis.visit_token(token),
        TokenTree::Delimited(dspan, _, _) => walk_delim_span(vis, dspan),
    }
}

pub fn walk_token<V: MutVisitor>(vis: &mut V, token: &mut Token) {
    vis.visit_span(&mut token.span);
    if let TokenKind::Interpolated(nt) = &mut token.kind {
        vis.visit_nonterminal(Rc::make_mut(nt));
    }
}

pub fn walk_nonterminal<V: MutVisitor>(vis: &mut V, nt: &mut Nonterminal) {
    match nt {
        Nonterminal::Item(item) => vis.visit_item(item),
        Nonterminal::Block(block) => vis.visit_block(block),
        Nonterminal::Stmt(stmt) => vis.visit_stmt(stmt),
        Nonterminal::Pat(pat) => vis.visit_pat(pat),
        Nonterminal::Expr(expr) | Nonterminal::Literal(expr) => vis.visit_expr(expr),
        Nonterminal::Ty(ty) => vis.visit_ty(ty),
        Nonterminal::Ident(ident, _) => vis.visit_ident(ident),
        Nonterminal::Lifetime(lifetime) => vis.visit_lifetime(lifetime),
        Nonterminal::Meta(meta) => walk_meta(vis, meta),
        Nonterminal::Path(path) => vis.visit_path(path),
        Nonterminal::Vis(visibility) => vis.visit_vis(visibility),
    }
}

fn walk_meta<V: MutVisitor>(vis: &mut V, meta: &mut Meta) {
    vis.visit_span(&mut meta.span);
    vis.visit_path(&mut meta.path);
    match &mut meta.kind {
        MetaKind::Word => {}
        MetaKind::List(nested) => {
            for item in nested {
                match item {
                    NestedMeta::Meta(meta) => walk_meta(vis, meta),
                    NestedMeta::Lit(lit) => vis.visit_span(&mut lit.span),
                }
            }
        }
        MetaKind::NameValue(lit) => vis.visit_span(&mut lit.span),
    }
}

/* ---------------------------------------------------------------- generics and paths */

pub fn walk_generics<V: MutVisitor>(vis: &mut V, generics: &mut Generics) {
    vis.visit_span(&mut generics.span);
    visit_generic_params(vis, &mut generics.params);
    let WhereClause {
        has_where_token: _,
        predicates,
        span,
    } = &mut generics.where_clause;
    vis.visit_span(span);
    for pred in predicates {
        vis.visit_where_predicate(pred);
    }
}

pub fn walk_generic_param<V: MutVisitor>(vis: &mut V, param: &mut GenericParam) {
    vis.visit_id(&mut param.id);
    vis.visit_span(&mut param.span);
    visit_attrs(vis, &mut param.attrs);
    vis.visit_ident(&mut param.ident);
    visit_bounds(vis, &mut param.bounds, BoundKind::Bound);
    match &mut param.kind {
        GenericParamKind::Lifetime => {}
        GenericParamKind::Type { default } => {
            if let Some(ty) = default {
                vis.visit_ty(ty);
            }
        }
        GenericParamKind::Const {
            ty,
            kw_span,
            default,
        } => {
            vis.visit_span(kw_span);
            vis.visit_ty(ty);
            if let Some(default) = default {
                vis.visit_anon_const(default);
            }
        }
    }
}

pub fn walk_where_predicate<V: MutVisitor>(vis: &mut V, pred: &mut WherePredicate) {
    match pred {
        WherePredicate::BoundPredicate(p) => {
            vis.visit_span(&mut p.span);
            visit_generic_params(vis, &mut p.bound_generic_params);
            vis.visit_ty(&mut p.bounded_ty);
            visit_bounds(vis, &mut p.bounds, BoundKind::Bound);
        }
        WherePredicate::RegionPredicate(p) => {
            vis.visit_span(&mut p.span);
            vis.visit_lifetime(&mut p.lifetime);
            visit_bounds(vis, &mut p.bounds, BoundKind::Bound);
        }
        WherePredicate::EqPredicate(p) => {
            vis.visit_span(&mut p.span);
            vis.visit_ty(&mut p.lhs_ty);
            vis.visit_ty(&mut p.rhs_ty);
        }
    }
}

pub fn walk_param_bound<V: MutVisitor>(vis: &mut V, bound: &mut GenericBound) {
    match bound {
        GenericBound::Trait(ptr, _) => vis.visit_poly_trait_ref(ptr),
        GenericBound::Outlives(lifetime) => vis.visit_lifetime(lifetime),
        GenericBound::Use(args, span) => {
            for arg in args {
                vis.visit_generic_arg(arg);
            }
            vis.visit_span(span);
        }
    }
}

pub fn walk_poly_trait_ref<V: MutVisitor>(vis: &mut V, ptr: &mut PolyTraitRef) {
    vis.visit_span(&mut ptr.span);
    visit_generic_params(vis, &mut ptr.bound_generic_params);
    vis.visit_trait_ref(&mut ptr.trait_ref);
}

pub fn walk_trait_ref<V: MutVisitor>(vis: &mut V, trait_ref: &mut TraitRef) {
    vis.visit_id(&mut trait_ref.ref_id);
    vis.visit_path(&mut trait_ref.path);
}

pub fn walk_path<V: MutVisitor>(vis: &mut V, path: &mut Path) {
    vis.visit_span(&mut path.span);
    for segment in &mut path.segments {
        vis.visit_path_segment(segment);
    }
}

pub fn walk_qself<V: MutVisitor>(vis: &mut V, qself: &mut QSelf) {
    vis.visit_ty(&mut qself.ty);
    vis.visit_span(&mut qself.path_span);
}

pub fn walk_path_segment<V: MutVisitor>(vis: &mut V, segment: &mut PathSegment) {
    vis.visit_id(&mut segment.id);
    vis.visit_ident(&mut segment.ident);
    if let Some(args) = &mut segment.args {
        vis.visit_generic_args(args);
    }
}

pub fn walk_generic_args<V: MutVisitor>(vis: &mut V, args: &mut GenericArgs) {
    match args {
        GenericArgs::AngleBracketed(data) => {
            vis.visit_span(&mut data.span);
            for arg in &mut data.args {
                match arg {
                    AngleBracketedArg::Arg(arg) => vis.visit_generic_arg(arg),
                    AngleBracketedArg::Constraint(c) => vis.visit_assoc_constraint(c),
                }
            }
        }
        GenericArgs::Parenthesized(data) => {
            vis.visit_span(&mut data.span);
            for ty in &mut data.inputs {
                vis.visit_ty(ty);
            }
            vis.visit_fn_ret_ty(&mut data.output);
        }
    }
}

pub fn walk_generic_arg<V: MutVisitor>(vis: &mut V, arg: &mut GenericArg) {
    match arg {
        GenericArg::Lifetime(lifetime) => vis.visit_lifetime(lifetime),
        GenericArg::Type(ty) => vis.visit_ty(ty),
        GenericArg::Const(c) => vis.visit_anon_const(c),
    }
}

pub fn walk_assoc_constraint<V: MutVisitor>(vis: &mut V, constraint: &mut AssocConstraint) {
    vis.visit_id(&mut constraint.id);
    vis.visit_span(&mut constraint.span);
    vis.visit_ident(&mut constraint.ident);
    if let Some(args) = &mut constraint.gen_args {
        vis.visit_generic_args(args);
    }
    match &mut constraint.kind {
        AssocConstraintKind::Equality(Term::Ty(ty)) => vis.visit_ty(ty),
        AssocConstraintKind::Equality(Term::Const(c)) => vis.visit_anon_const(c),
        AssocConstraintKind::Bound(bounds) => visit_bounds(vis, bounds, BoundKind::Bound),
    }
}

pub fn walk_anon_const<V: MutVisitor>(vis: &mut V, anon_const: &mut AnonConst) {
    vis.visit_id(&mut anon_const.id);
    vis.visit_expr(&mut anon_const.value);
}

/* ---------------------------------------------------------------- types */

pub fn walk_ty<V: MutVisitor>(vis: &mut V, ty: &mut Ty) {
    vis.visit_id(&mut ty.id);
    vis.visit_span(&mut ty.span);
    match &mut ty.kind {
        TyKind::Slice(elem) | TyKind::Paren(elem) => vis.visit_ty(elem),
        TyKind::Array(elem, len) => {
            vis.visit_ty(elem);
            vis.visit_anon_const(len);
        }
        TyKind::Ptr(mt) => vis.visit_ty(&mut mt.ty),
        TyKind::Ref(lifetime, mt) => {
            if let Some(lifetime) = lifetime {
                vis.visit_lifetime(lifetime);
            }
            vis.visit_ty(&mut mt.ty);
        }
        TyKind::BareFn(f) => {
            let BareFnTy {
                safety,
                ext,
                generic_params,
                decl,
                decl_span,
            } = &mut **f;
            visit_generic_params(vis, generic_params);
            visit_safety(vis, safety);
            visit_extern(vis, ext);
            vis.visit_fn_decl(decl);
            vis.visit_span(decl_span);
        }
        TyKind::Tup(tys) => {
            for ty in tys {
                vis.visit_ty(ty);
            }
        }
        TyKind::Path(qself, path) => visit_qpath(vis, qself, path),
        TyKind::TraitObject(bounds, _) => visit_bounds(vis, bounds, BoundKind::TraitObject),
        TyKind::ImplTrait(id, bounds) => {
            vis.visit_id(id);
            visit_bounds(vis, bounds, BoundKind::Impl);
        }
        TyKind::MacCall(mac) => vis.visit_mac_call(mac),
        TyKind::Never | TyKind::Infer | TyKind::ImplicitSelf | TyKind::Err => {}
    }
}

/* ---------------------------------------------------------------- patterns */

pub fn walk_pat<V: MutVisitor>(vis: &mut V, pat: &mut Pat) {
    vis.visit_id(&mut pat.id);
    vis.visit_span(&mut pat.span);
    match &mut pat.kind {
        PatKind::Ident(_, ident, sub) => {
            vis.visit_ident(ident);
            if let Some(sub) = sub {
                vis.visit_pat(sub);
            }
        }
        PatKind::Struct(qself, path, fields, rest) => {
            visit_qpath(vis, qself, path);
            flat_map_in_place(fields, |field| vis.flat_map_pat_field(field));
            if let PatFieldsRest::Rest(span) = rest {
                vis.visit_span(span);
            }
        }
        PatKind::TupleStruct(qself, path, pats) => {
            visit_qpath(vis, qself, path);
            for p in pats {
                vis.visit_pat(p);
            }
        }
        PatKind::Path(qself, path) => visit_qpath(vis, qself, path),
        PatKind::Or(pats) | PatKind::Tuple(pats) | PatKind::Slice(pats) => {
            for p in pats {
                vis.visit_pat(p);
            }
        }
        PatKind::Box(inner) | PatKind::Ref(inner, _) | PatKind::Paren(inner) => {
            vis.visit_pat(inner)
        }
        PatKind::Lit(expr) => vis.visit_expr(expr),
        PatKind::Range(lo, hi, _) => {
            visit_opt_expr(vis, lo);
            visit_opt_expr(vis, hi);
        }
        PatKind::MacCall(mac) => vis.visit_mac_call(mac),
        PatKind::Wild | PatKind::Rest | PatKind::Err => {}
    }
}

pub fn walk_pat_field<V: MutVisitor>(vis: &mut V, field: &mut PatField) {
    vis.visit_id(&mut field.id);
    vis.visit_span(&mut field.span);
    visit_attrs(vis, &mut field.attrs);
    vis.visit_ident(&mut field.ident);
    vis.visit_pat(&mut field.pat);
}

/* ---------------------------------------------------------------- statements and blocks */

pub fn walk_block<V: MutVisitor>(vis: &mut V, block: &mut Block) {
    vis.visit_id(&mut block.id);
    vis.visit_span(&mut block.span);
    flat_map_in_place(&mut block.stmts, |stmt| vis.flat_map_stmt(stmt));
}

/// Walks a statement in a block, where it may become several statements (an item that
/// expanded into several items) or none (an expression statement removed by `#[cfg]`).
pub fn walk_flat_map_stmt<V: MutVisitor>(vis: &mut V, stmt: Stmt) -> Vec<Stmt> {
    let Stmt {
        mut id,
        kind,
        mut span,
    } = stmt;
    vis.visit_id(&mut id);
    vis.visit_span(&mut span);
    let kinds: Vec<StmtKind> = match kind {
        StmtKind::Let(mut local) => {
            vis.visit_local(&mut local);
            vec![StmtKind::Let(local)]
        }
        StmtKind::Item(item) => vis
            .flat_map_item(item)
            .into_iter()
            .map(StmtKind::Item)
            .collect(),
        StmtKind::Expr(expr) => vis
            .filter_map_expr(expr)
            .into_iter()
            .map(StmtKind::Expr)
            .collect(),
        StmtKind::Semi(expr) => vis
            .filter_map_expr(expr)
            .into_iter()
            .map(StmtKind::Semi)
            .collect(),
        StmtKind::Empty => vec![StmtKind::Empty],
        StmtKind::MacCall(mut mac) => {
            walk_mac_call_stmt(vis, &mut mac);
            vec![StmtKind::MacCall(mac)]
        }
    };
    let mut first = true;
    kinds
        .into_iter()
        .map(|kind| {
            let id = if std::mem::take(&mut first) {
                id
            } else {
                NodeId::DUMMY
            };
            Stmt { id, kind, span }
        })
        .collect()
}

/// Walks a statement in place, where it cannot change into several.
pub fn walk_stmt<V: MutVisitor>(vis: &mut V, stmt: &mut Stmt) {
    vis.visit_id(&mut stmt.id);
    vis.visit_span(&mut stmt.span);
    match &mut stmt.kind {
        StmtKind::Let(local) => vis.visit_local(local),
        StmtKind::Item(item) => vis.visit_item(item),
        StmtKind::Expr(expr) | StmtKind::Semi(expr) => vis.visit_expr(expr),
        StmtKind::Empty => {}
        StmtKind::MacCall(mac) => walk_mac_call_stmt(vis, mac),
    }
}

fn walk_mac_call_stmt<V: MutVisitor>(vis: &mut V, mac: &mut MacCallStmt) {
    visit_attrs(vis, &mut mac.attrs);
    vis.visit_mac_call(&mut mac.mac);
}

pub fn walk_local<V: MutVisitor>(vis: &mut V, local: &mut Local) {
    vis.visit_id(&mut local.id);
    vis.visit_span(&mut local.span);
    visit_attrs(vis, &mut local.attrs);
    vis.visit_pat(&mut local.pat);
    if let Some(ty) = &mut local.ty {
        vis.visit_ty(ty);
    }
    match &mut local.kind {
        LocalKind::Decl => {}
        LocalKind::Init(init) => vis.visit_expr(init),
        LocalKind::InitElse(init, els) => {
            vis.visit_expr(init);
            vis.visit_block(els);
        }
    }
}

/* ---------------------------------------------------------------- expressions */

pub fn walk_arm<V: MutVisitor>(vis: &mut V, arm: &mut Arm) {
    vis.visit_id(&mut arm.id);
    vis.visit_span(&mut arm.span);
    visit_attrs(vis, &mut arm.attrs);
    vis.visit_pat(&mut arm.pat);
    visit_opt_expr(vis, &mut arm.guard);
    visit_opt_expr(vis, &mut arm.body);
}

pub fn walk_expr_field<V: MutVisitor>(vis: &mut V, field: &mut ExprField) {
    vis.visit_id(&mut field.id);
    vis.visit_span(&mut field.span);
    visit_attrs(vis, &mut field.attrs);
    vis.visit_ident(&mut field.ident);
    vis.visit_expr(&mut field.expr);
}

pub fn walk_format_args<V: MutVisitor>(vis: &mut V, fmt: &mut FormatArgs) {
    vis.visit_span(&mut fmt.span);
    for piece in &mut fmt.template {
        if let FormatArgsPiece::Placeholder(placeholder) = piece {
            visit_opt_span(vis, &mut placeholder.span);
        }
    }
    // Arguments are referred to by index from the template, so they are visited in place,
    // never removed.
    for arg in &mut fmt.arguments {
        if let Some(name) = &mut arg.name {
            vis.visit_ident(name);
        }
        vis.visit_expr(&mut arg.expr);
    }
}

pub fn walk_expr<V: MutVisitor>(vis: &mut V, expr: &mut Expr) {
    let Expr {
        id,
        kind,
        span,
        attrs,
    } = expr;
    vis.visit_id(id);
    vis.visit_span(span);
    visit_attrs(vis, attrs);
    match kind {
        ExprKind::Array(exprs) | ExprKind::Tup(exprs) => filter_map_exprs(vis, exprs),
        ExprKind::ConstBlock(anon_const) => vis.visit_anon_const(anon_const),
        ExprKind::Call(callee, args) => {
            vis.visit_expr(callee);
            filter_map_exprs(vis, args);
        }
        ExprKind::MethodCall(call) => {
            let MethodCall {
                seg,
                receiver,
                args,
                span,
            } = &mut **call;
            vis.visit_expr(receiver);
            vis.visit_path_segment(seg);
            filter_map_exprs(vis, args);
            vis.visit_span(span);
        }
        ExprKind::Binary(op, lhs, rhs) | ExprKind::AssignOp(op, lhs, rhs) => {
            vis.visit_expr(lhs);
            vis.visit_span(&mut op.span);
            vis.visit_expr(rhs);
        }
        ExprKind::Assign(lhs, rhs, eq_span) => {
            vis.visit_expr(lhs);
            vis.visit_span(eq_span);
            vis.visit_expr(rhs);
        }
        ExprKind::Unary(_, operand)
        | ExprKind::AddrOf(_, _, operand)
        | ExprKind::Paren(operand)
        | ExprKind::Try(operand)
        | ExprKind::Become(operand) => vis.visit_expr(operand),
        ExprKind::Await(operand, await_span) => {
            vis.visit_expr(operand);
            vis.visit_span(await_span);
        }
        ExprKind::Lit(lit) => vis.visit_span(&mut lit.span),
        ExprKind::Cast(operand, ty) => {
            vis.visit_expr(operand);
            vis.visit_ty(ty);
        }
        ExprKind::Let(pat, scrutinee, let_span) => {
            vis.visit_pat(pat);
            vis.visit_expr(scrutinee);
            vis.visit_span(let_span);
        }
        ExprKind::If(cond, then, els) => {
            vis.visit_expr(cond);
            vis.visit_block(then);
            visit_opt_expr(vis, els);
        }
        ExprKind::While(cond, body, label) => {
            visit_opt_label(vis, label);
            vis.visit_expr(cond);
            vis.visit_block(body);
        }
        ExprKind::ForLoop {
            pat,
            iter,
            body,
            label,
        } => {
            visit_opt_label(vis, label);
            vis.visit_pat(pat);
            vis.visit_expr(iter);
            vis.visit_block(body);
        }
        ExprKind::Loop(body, label) | ExprKind::Block(body, label) => {
            visit_opt_label(vis, label);
            vis.visit_block(body);
        }
        ExprKind::Match(scrutinee, arms) => {
            vis.visit_expr(scrutinee);
            flat_map_in_place(arms, |arm| vis.flat_map_arm(arm));
        }
        ExprKind::Closure(closure) => vis.visit_fn(FnKind::Closure(closure), *span, *id),
        ExprKind::Async(capture, body) => {
            if let CaptureBy::Value(span) = capture {
                vis.visit_span(span);
            }
            vis.visit_block(body);
        }
        ExprKind::TryBlock(body) => vis.visit_block(body),
        ExprKind::Field(base, ident) => {
            vis.visit_expr(base);
            vis.visit_ident(ident);
        }
        ExprKind::Index(base, index, bracket_span) => {
            vis.visit_expr(base);
            vis.visit_expr(index);
            vis.visit_span(bracket_span);
        }
        ExprKind::Range(start, end, _) => {
            visit_opt_expr(vis, start);
            visit_opt_expr(vis, end);
        }
        ExprKind::Path(qself, path) => visit_qpath(vis, qself, path),
        ExprKind::Break(label, value) => {
            visit_opt_label(vis, label);
            visit_opt_expr(vis, value);
        }
        ExprKind::Continue(label) => visit_opt_label(vis, label),
        ExprKind::Ret(value) | ExprKind::Yield(value) => visit_opt_expr(vis, value),
        ExprKind::MacCall(mac) => vis.visit_mac_call(mac),
        ExprKind::Struct(se) => {
            let StructExpr {
                qself,
                path,
                fields,
                rest,
            } = &mut **se;
            visit_qpath(vis, qself, path);
            flat_map_in_place(fields, |field| vis.flat_map_expr_field(field));
            match rest {
                StructRest::Base(base) => vis.visit_expr(base),
                StructRest::Rest(span) => vis.visit_span(span),
                StructRest::None => {}
            }
        }
        ExprKind::Repeat(elem, count) => {
            vis.visit_expr(elem);
            vis.visit_anon_const(count);
        }
        ExprKind::FormatArgs(fmt) => vis.visit_format_args(fmt),
        ExprKind::OffsetOf(container, fields) => {
            vis.visit_ty(container);
            for field in fields {
                vis.visit_ident(field);
            }
        }
        ExprKind::Underscore | ExprKind::Err | ExprKind::Dummy => {}
    }
}

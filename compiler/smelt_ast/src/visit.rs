//! A read-only walk over the AST, in the style of `rustc_ast::visit`.
//!
//! `Visitor` has one `visit_*` method per kind of node. Each defaults to the matching `walk_*`
//! function, which visits every child of the node, in source order, and nothing else. A pass
//! overrides the methods for the nodes it cares about and calls `walk_*` from them to keep
//! going down. Source order has one exception: a `Generics` is visited as a unit (its
//! parameters, then its where clause) before the rest of the node that carries it, even where
//! the where clause is written after that rest (`fn f<T>(x: T) where T: Copy`).
//!
//! Token streams (macro arguments, `macro_rules!` bodies, delimited attribute arguments) are
//! not walked: they are not syntax yet. `mut_visit` walks their tokens for the passes that
//! need to (hygiene marking).
//!
//! Recursion follows the tree, so its depth is the depth of the AST; smelt runs the front end
//! on a thread with a large stack, and the walkers keep their frames small.

use smelt_span::{Ident, Span};

use crate::*;

/// Whether an associated item sits in a trait or in an impl.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AssocCtxt {
    Trait,
    Impl,
}

/// Where a `fn` item is written.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FnCtxt {
    /// A free function: in a module or a block.
    Free,
    /// In an `extern` block; it never has a body.
    Foreign,
    /// In a trait (where the body is optional) or an impl.
    Assoc(AssocCtxt),
}

/// Where a bound is written, for passes that treat bounds differently by position.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BoundKind {
    /// `T: Trait` in generics or a where clause, `type Item: Trait`, an associated-type bound.
    Bound,
    /// `impl Trait`
    Impl,
    /// `dyn Trait`
    TraitObject,
    /// `trait T: Super`
    SuperTraits,
}

/// Where a lifetime is written, which decides what an elided or `'_` lifetime means.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LifetimeCtxt {
    /// `&'a T`
    Ref,
    /// `T: 'a`, `'a: 'b`
    Bound,
    /// `Foo<'a>`
    GenericArg,
}

/// A function-like thing with a signature: what `visit_fn` receives.
#[derive(Copy, Clone, Debug)]
pub enum FnKind<'a> {
    /// A `fn` item, foreign function or associated function, with its name and visibility
    /// (already visited as part of the item).
    Fn(FnCtxt, Ident, &'a Visibility, &'a Fn),
    /// `move |x| body`
    Closure(&'a Closure),
}

impl<'a> FnKind<'a> {
    pub fn decl(&self) -> &'a FnDecl {
        match self {
            FnKind::Fn(_, _, _, func) => &func.sig.decl,
            FnKind::Closure(closure) => &closure.fn_decl,
        }
    }

    pub fn ctxt(&self) -> Option<FnCtxt> {
        match self {
            FnKind::Fn(ctxt, ..) => Some(*ctxt),
            FnKind::Closure(_) => None,
        }
    }

    /// Does this function have a body? (Closures always do; trait methods and foreign
    /// functions may not.)
    pub fn has_body(&self) -> bool {
        match self {
            FnKind::Fn(_, _, _, func) => func.body.is_some(),
            FnKind::Closure(_) => true,
        }
    }
}

/// A read-only AST visitor; see the module documentation.
pub trait Visitor<'ast>: Sized {
    fn visit_crate(&mut self, krate: &'ast Crate) {
        walk_crate(self, krate)
    }
    fn visit_attribute(&mut self, attr: &'ast Attribute) {
        walk_attribute(self, attr)
    }
    fn visit_item(&mut self, item: &'ast Item) {
        walk_item(self, item)
    }
    fn visit_foreign_item(&mut self, item: &'ast ForeignItem) {
        walk_foreign_item(self, item)
    }
    fn visit_assoc_item(&mut self, item: &'ast AssocItem, ctxt: AssocCtxt) {
        walk_assoc_item(self, item, ctxt)
    }
    /// A function's signature and body; `span` and `id` are those of the item or closure.
    fn visit_fn(&mut self, kind: FnKind<'ast>, _span: Span, _id: NodeId) {
        walk_fn(self, kind)
    }
    fn visit_fn_decl(&mut self, decl: &'ast FnDecl) {
        walk_fn_decl(self, decl)
    }
    fn visit_param(&mut self, param: &'ast Param) {
        walk_param(self, param)
    }
    fn visit_fn_ret_ty(&mut self, ret: &'ast FnRetTy) {
        walk_fn_ret_ty(self, ret)
    }
    fn visit_block(&mut self, block: &'ast Block) {
        walk_block(self, block)
    }
    fn visit_stmt(&mut self, stmt: &'ast Stmt) {
        walk_stmt(self, stmt)
    }
    fn visit_local(&mut self, local: &'ast Local) {
        walk_local(self, local)
    }
    fn visit_arm(&mut self, arm: &'ast Arm) {
        walk_arm(self, arm)
    }
    fn visit_pat(&mut self, pat: &'ast Pat) {
        walk_pat(self, pat)
    }
    fn visit_expr(&mut self, expr: &'ast Expr) {
        walk_expr(self, expr)
    }
    /// Called after an expression's children have been walked.
    fn visit_expr_post(&mut self, _expr: &'ast Expr) {}
    fn visit_ty(&mut self, ty: &'ast Ty) {
        walk_ty(self, ty)
    }
    fn visit_generics(&mut self, generics: &'ast Generics) {
        walk_generics(self, generics)
    }
    fn visit_generic_param(&mut self, param: &'ast GenericParam) {
        walk_generic_param(self, param)
    }
    fn visit_where_predicate(&mut self, pred: &'ast WherePredicate) {
        walk_where_predicate(self, pred)
    }
    fn visit_param_bound(&mut self, bound: &'ast GenericBound, _kind: BoundKind) {
        walk_param_bound(self, bound)
    }
    fn visit_poly_trait_ref(&mut self, ptr: &'ast PolyTraitRef) {
        walk_poly_trait_ref(self, ptr)
    }
    fn visit_trait_ref(&mut self, trait_ref: &'ast TraitRef) {
        walk_trait_ref(self, trait_ref)
    }
    /// A path; `id` is that of the node the path belongs to (the expression, type, pattern,
    /// trait reference, use item...), `NodeId::DUMMY` for macro paths.
    fn visit_path(&mut self, path: &'ast Path, _id: NodeId) {
        walk_path(self, path)
    }
    fn visit_qself(&mut self, qself: &'ast QSelf) {
        walk_qself(self, qself)
    }
    fn visit_path_segment(&mut self, segment: &'ast PathSegment) {
        walk_path_segment(self, segment)
    }
    fn visit_generic_args(&mut self, args: &'ast GenericArgs) {
        walk_generic_args(self, args)
    }
    fn visit_generic_arg(&mut self, arg: &'ast GenericArg) {
        walk_generic_arg(self, arg)
    }
    fn visit_assoc_constraint(&mut self, constraint: &'ast AssocConstraint) {
        walk_assoc_constraint(self, constraint)
    }
    fn visit_anon_const(&mut self, anon_const: &'ast AnonConst) {
        walk_anon_const(self, anon_const)
    }
    fn visit_lifetime(&mut self, lifetime: &'ast Lifetime, _ctxt: LifetimeCtxt) {
        walk_lifetime(self, lifetime)
    }
    fn visit_enum_def(&mut self, def: &'ast EnumDef) {
        walk_enum_def(self, def)
    }
    fn visit_variant(&mut self, variant: &'ast Variant) {
        walk_variant(self, variant)
    }
    fn visit_variant_data(&mut self, data: &'ast VariantData) {
        walk_variant_data(self, data)
    }
    fn visit_field_def(&mut self, field: &'ast FieldDef) {
        walk_field_def(self, field)
    }
    fn visit_expr_field(&mut self, field: &'ast ExprField) {
        walk_expr_field(self, field)
    }
    fn visit_pat_field(&mut self, field: &'ast PatField) {
        walk_pat_field(self, field)
    }
    fn visit_vis(&mut self, vis: &'ast Visibility) {
        walk_vis(self, vis)
    }
    fn visit_mac_call(&mut self, mac: &'ast MacCall) {
        walk_mac_call(self, mac)
    }
    /// A `macro_rules!` or `macro` definition; its body is tokens, which are not walked.
    fn visit_mac_def(&mut self, _def: &'ast MacroDef, _id: NodeId) {}
    /// A `use` tree; `id` is that of the `use` item for the root tree, and the tree's own id
    /// for nested ones (`nested` is true).
    fn visit_use_tree(&mut self, tree: &'ast UseTree, id: NodeId, _nested: bool) {
        walk_use_tree(self, tree, id)
    }
    fn visit_label(&mut self, label: &'ast Label) {
        walk_label(self, label)
    }
    /// Every identifier in the tree: names of items, fields, bindings, path segments,
    /// lifetimes and labels.
    fn visit_ident(&mut self, _ident: &'ast Ident) {}
    fn visit_format_args(&mut self, fmt: &'ast FormatArgs) {
        walk_format_args(self, fmt)
    }
}

/* ---------------------------------------------------------------- crate, attributes, items */

pub fn walk_crate<'a, V: Visitor<'a>>(vis: &mut V, krate: &'a Crate) {
    walk_list(vis, &krate.attrs, V::visit_attribute);
    for item in &krate.items {
        vis.visit_item(item);
    }
}

pub fn walk_attribute<'a, V: Visitor<'a>>(vis: &mut V, attr: &'a Attribute) {
    match &attr.kind {
        AttrKind::Normal(item) => {
            vis.visit_path(&item.path, attr.id);
            match &item.args {
                AttrArgs::Empty | AttrArgs::Delimited(_) => {}
                AttrArgs::Eq(_, expr) => vis.visit_expr(expr),
            }
        }
        AttrKind::DocComment(..) => {}
    }
}

fn walk_list<'a, V, T>(vis: &mut V, list: &'a [T], mut f: impl FnMut(&mut V, &'a T)) {
    for x in list {
        f(vis, x);
    }
}

fn walk_bounds<'a, V: Visitor<'a>>(vis: &mut V, bounds: &'a [GenericBound], kind: BoundKind) {
    for bound in bounds {
        vis.visit_param_bound(bound, kind);
    }
}

pub fn walk_item<'a, V: Visitor<'a>>(vis: &mut V, item: &'a Item) {
    walk_list(vis, &item.attrs, V::visit_attribute);
    vis.visit_vis(&item.vis);
    vis.visit_ident(&item.ident);
    match &item.kind {
        ItemKind::ExternCrate(_) => {}
        ItemKind::Use(tree) => vis.visit_use_tree(tree, item.id, false),
        ItemKind::Static(s) => walk_static(vis, s),
        ItemKind::Const(c) => walk_const(vis, c),
        ItemKind::Fn(func) => vis.visit_fn(
            FnKind::Fn(FnCtxt::Free, item.ident, &item.vis, func),
            item.span,
            item.id,
        ),
        ItemKind::Mod(_, kind) => match kind {
            ModKind::Loaded(items, _, _) => {
                for item in items {
                    vis.visit_item(item);
                }
            }
            ModKind::Unloaded => {}
        },
        ItemKind::ForeignMod(fm) => {
            for item in &fm.items {
                vis.visit_foreign_item(item);
            }
        }
        ItemKind::TyAlias(alias) => walk_ty_alias(vis, alias),
        ItemKind::Enum(def, generics) => {
            vis.visit_generics(generics);
            vis.visit_enum_def(def);
        }
        ItemKind::Struct(data, generics) | ItemKind::Union(data, generics) => {
            vis.visit_generics(generics);
            vis.visit_variant_data(data);
        }
        ItemKind::Trait(tr) => {
            vis.visit_generics(&tr.generics);
            walk_bounds(vis, &tr.bounds, BoundKind::SuperTraits);
            for item in &tr.items {
                vis.visit_assoc_item(item, AssocCtxt::Trait);
            }
        }
        ItemKind::TraitAlias(generics, bounds) => {
            vis.visit_generics(generics);
            walk_bounds(vis, bounds, BoundKind::Bound);
        }
        ItemKind::Impl(imp) => {
            vis.visit_generics(&imp.generics);
            if let Some(trait_ref) = &imp.of_trait {
                vis.visit_trait_ref(trait_ref);
            }
            vis.visit_ty(&imp.self_ty);
            for item in &imp.items {
                vis.visit_assoc_item(item, AssocCtxt::Impl);
            }
        }
        ItemKind::MacCall(mac) => vis.visit_mac_call(mac),
        ItemKind::MacroDef(def) => vis.visit_mac_def(def, item.id),
    }
}

fn walk_static<'a, V: Visitor<'a>>(vis: &mut V, s: &'a StaticItem) {
    vis.visit_ty(&s.ty);
    if let Some(expr) = &s.expr {
        vis.visit_expr(expr);
    }
}

fn walk_const<'a, V: Visitor<'a>>(vis: &mut V, c: &'a ConstItem) {
    vis.visit_generics(&c.generics);
    vis.visit_ty(&c.ty);
    if let Some(expr) = &c.expr {
        vis.visit_expr(expr);
    }
}

fn walk_ty_alias<'a, V: Visitor<'a>>(vis: &mut V, alias: &'a TyAlias) {
    vis.visit_generics(&alias.generics);
    walk_bounds(vis, &alias.bounds, BoundKind::Bound);
    if let Some(ty) = &alias.ty {
        vis.visit_ty(ty);
    }
}

pub fn walk_foreign_item<'a, V: Visitor<'a>>(vis: &mut V, item: &'a ForeignItem) {
    walk_list(vis, &item.attrs, V::visit_attribute);
    vis.visit_vis(&item.vis);
    vis.visit_ident(&item.ident);
    match &item.kind {
        ForeignItemKind::Static(s) => walk_static(vis, s),
        ForeignItemKind::Fn(func) => {
            let kind = FnKind::Fn(FnCtxt::Foreign, item.ident, &item.vis, func);
            vis.visit_fn(kind, item.span, item.id)
        }
        ForeignItemKind::TyAlias(alias) => walk_ty_alias(vis, alias),
        ForeignItemKind::MacCall(mac) => vis.visit_mac_call(mac),
    }
}

pub fn walk_assoc_item<'a, V: Visitor<'a>>(vis: &mut V, item: &'a AssocItem, ctxt: AssocCtxt) {
    walk_list(vis, &item.attrs, V::visit_attribute);
    vis.visit_vis(&item.vis);
    vis.visit_ident(&item.ident);
    match &item.kind {
        AssocItemKind::Const(c) => walk_const(vis, c),
        AssocItemKind::Fn(func) => {
            let kind = FnKind::Fn(FnCtxt::Assoc(ctxt), item.ident, &item.vis, func);
            vis.visit_fn(kind, item.span, item.id)
        }
        AssocItemKind::Type(alias) => walk_ty_alias(vis, alias),
        AssocItemKind::MacCall(mac) => vis.visit_mac_call(mac),
    }
}

/// Walks a function's generics, parameters, return type and body (a closure's binder,
/// parameters, return type and body). The name and visibility belong to the item and were
/// visited with it.
pub fn walk_fn<'a, V: Visitor<'a>>(vis: &mut V, kind: FnKind<'a>) {
    match kind {
        FnKind::Fn(_, _, _, func) => {
            vis.visit_generics(&func.generics);
            vis.visit_fn_decl(&func.sig.decl);
            if let Some(body) = &func.body {
                vis.visit_block(body);
            }
        }
        FnKind::Closure(closure) => {
            walk_list(vis, &closure.binder, V::visit_generic_param);
            vis.visit_fn_decl(&closure.fn_decl);
            vis.visit_expr(&closure.body);
        }
    }
}

pub fn walk_fn_decl<'a, V: Visitor<'a>>(vis: &mut V, decl: &'a FnDecl) {
    walk_list(vis, &decl.inputs, V::visit_param);
    vis.visit_fn_ret_ty(&decl.output);
}

pub fn walk_param<'a, V: Visitor<'a>>(vis: &mut V, param: &'a Param) {
    walk_list(vis, &param.attrs, V::visit_attribute);
    vis.visit_pat(&param.pat);
    vis.visit_ty(&param.ty);
}

pub fn walk_fn_ret_ty<'a, V: Visitor<'a>>(vis: &mut V, ret: &'a FnRetTy) {
    match ret {
        FnRetTy::Default(_) => {}
        FnRetTy::Ty(ty) => vis.visit_ty(ty),
    }
}

pub fn walk_enum_def<'a, V: Visitor<'a>>(vis: &mut V, def: &'a EnumDef) {
    walk_list(vis, &def.variants, V::visit_variant);
}

pub fn walk_variant<'a, V: Visitor<'a>>(vis: &mut V, variant: &'a Variant) {
    walk_list(vis, &variant.attrs, V::visit_attribute);
    vis.visit_vis(&variant.vis);
    vis.visit_ident(&variant.ident);
    vis.visit_variant_data(&variant.data);
    if let Some(disr) = &variant.disr_expr {
        vis.visit_anon_const(disr);
    }
}

pub fn walk_variant_data<'a, V: Visitor<'a>>(vis: &mut V, data: &'a VariantData) {
    walk_list(vis, data.fields(), V::visit_field_def);
}

pub fn walk_field_def<'a, V: Visitor<'a>>(vis: &mut V, field: &'a FieldDef) {
    walk_list(vis, &field.attrs, V::visit_attribute);
    vis.visit_vis(&field.vis);
    if let Some(ident) = &field.ident {
        vis.visit_ident(ident);
    }
    vis.visit_ty(&field.ty);
}

pub fn walk_vis<'a, V: Visitor<'a>>(vis: &mut V, visibility: &'a Visibility) {
    match &visibility.kind {
        VisibilityKind::Restricted { path, id, .. } => vis.visit_path(path, *id),
        VisibilityKind::Public | VisibilityKind::Inherited => {}
    }
}

pub fn walk_use_tree<'a, V: Visitor<'a>>(vis: &mut V, tree: &'a UseTree, id: NodeId) {
    vis.visit_path(&tree.prefix, id);
    match &tree.kind {
        UseTreeKind::Simple(rename) => {
            if let Some(rename) = rename {
                vis.visit_ident(rename);
            }
        }
        UseTreeKind::Nested(trees) => {
            for (tree, id) in trees {
                vis.visit_use_tree(tree, *id, true);
            }
        }
        UseTreeKind::Glob => {}
    }
}

pub fn walk_mac_call<'a, V: Visitor<'a>>(vis: &mut V, mac: &'a MacCall) {
    vis.visit_path(&mac.path, NodeId::DUMMY);
}

/* ---------------------------------------------------------------- generics and paths */

pub fn walk_generics<'a, V: Visitor<'a>>(vis: &mut V, generics: &'a Generics) {
    walk_list(vis, &generics.params, V::visit_generic_param);
    walk_list(
        vis,
        &generics.where_clause.predicates,
        V::visit_where_predicate,
    );
}

pub fn walk_generic_param<'a, V: Visitor<'a>>(vis: &mut V, param: &'a GenericParam) {
    walk_list(vis, &param.attrs, V::visit_attribute);
    vis.visit_ident(&param.ident);
    walk_bounds(vis, &param.bounds, BoundKind::Bound);
    match &param.kind {
        GenericParamKind::Lifetime => {}
        GenericParamKind::Type { default } => {
            if let Some(ty) = default {
                vis.visit_ty(ty);
            }
        }
        GenericParamKind::Const { ty, default, .. } => {
            vis.visit_ty(ty);
            if let Some(default) = default {
                vis.visit_anon_const(default);
            }
        }
    }
}

pub fn walk_where_predicate<'a, V: Visitor<'a>>(vis: &mut V, pred: &'a WherePredicate) {
    match pred {
        WherePredicate::BoundPredicate(p) => {
            walk_list(vis, &p.bound_generic_params, V::visit_generic_param);
            vis.visit_ty(&p.bounded_ty);
            walk_bounds(vis, &p.bounds, BoundKind::Bound);
        }
        WherePredicate::RegionPredicate(p) => {
            vis.visit_lifetime(&p.lifetime, LifetimeCtxt::Bound);
            walk_bounds(vis, &p.bounds, BoundKind::Bound);
        }
        WherePredicate::EqPredicate(p) => {
            vis.visit_ty(&p.lhs_ty);
            vis.visit_ty(&p.rhs_ty);
        }
    }
}

pub fn walk_param_bound<'a, V: Visitor<'a>>(vis: &mut V, bound: &'a GenericBound) {
    match bound {
        GenericBound::Trait(ptr, _) => vis.visit_poly_trait_ref(ptr),
        GenericBound::Outlives(lifetime) => vis.visit_lifetime(lifetime, LifetimeCtxt::Bound),
        GenericBound::Use(args, _) => walk_list(vis, args, V::visit_generic_arg),
    }
}

pub fn walk_poly_trait_ref<'a, V: Visitor<'a>>(vis: &mut V, ptr: &'a PolyTraitRef) {
    walk_list(vis, &ptr.bound_generic_params, V::visit_generic_param);
    vis.visit_trait_ref(&ptr.trait_ref);
}

pub fn walk_trait_ref<'a, V: Visitor<'a>>(vis: &mut V, trait_ref: &'a TraitRef) {
    vis.visit_path(&trait_ref.path, trait_ref.ref_id);
}

pub fn walk_path<'a, V: Visitor<'a>>(vis: &mut V, path: &'a Path) {
    walk_list(vis, &path.segments, V::visit_path_segment);
}

pub fn walk_qself<'a, V: Visitor<'a>>(vis: &mut V, qself: &'a QSelf) {
    vis.visit_ty(&qself.ty);
}

fn walk_qpath<'a, V: Visitor<'a>>(
    vis: &mut V,
    qself: &'a Option<P<QSelf>>,
    path: &'a Path,
    id: NodeId,
) {
    if let Some(qself) = qself {
        vis.visit_qself(qself);
    }
    vis.visit_path(path, id);
}

pub fn walk_path_segment<'a, V: Visitor<'a>>(vis: &mut V, segment: &'a PathSegment) {
    vis.visit_ident(&segment.ident);
    if let Some(args) = &segment.args {
        vis.visit_generic_args(args);
    }
}

pub fn walk_generic_args<'a, V: Visitor<'a>>(vis: &mut V, args: &'a GenericArgs) {
    match args {
        GenericArgs::AngleBracketed(data) => {
            for arg in &data.args {
                match arg {
                    AngleBracketedArg::Arg(arg) => vis.visit_generic_arg(arg),
                    AngleBracketedArg::Constraint(c) => vis.visit_assoc_constraint(c),
                }
            }
        }
        GenericArgs::Parenthesized(data) => {
            for ty in &data.inputs {
                vis.visit_ty(ty);
            }
            vis.visit_fn_ret_ty(&data.output);
        }
    }
}

pub fn walk_generic_arg<'a, V: Visitor<'a>>(vis: &mut V, arg: &'a GenericArg) {
    match arg {
        GenericArg::Lifetime(lifetime) => vis.visit_lifetime(lifetime, LifetimeCtxt::GenericArg),
        GenericArg::Type(ty) => vis.visit_ty(ty),
        GenericArg::Const(c) => vis.visit_anon_const(c),
    }
}

pub fn walk_assoc_constraint<'a, V: Visitor<'a>>(vis: &mut V, constraint: &'a AssocConstraint) {
    vis.visit_ident(&constraint.ident);
    if let Some(args) = &constraint.gen_args {
        vis.visit_generic_args(args);
    }
    match &constraint.kind {
        AssocConstraintKind::Equality(Term::Ty(ty)) => vis.visit_ty(ty),
        AssocConstraintKind::Equality(Term::Const(c)) => vis.visit_anon_const(c),
        AssocConstraintKind::Bound(bounds) => walk_bounds(vis, bounds, BoundKind::Bound),
    }
}

pub fn walk_anon_const<'a, V: Visitor<'a>>(vis: &mut V, anon_const: &'a AnonConst) {
    vis.visit_expr(&anon_const.value);
}

pub fn walk_lifetime<'a, V: Visitor<'a>>(vis: &mut V, lifetime: &'a Lifetime) {
    vis.visit_ident(&lifetime.ident);
}

pub fn walk_label<'a, V: Visitor<'a>>(vis: &mut V, label: &'a Label) {
    vis.visit_ident(&label.ident);
}

/* ---------------------------------------------------------------- types */

pub fn walk_ty<'a, V: Visitor<'a>>(vis: &mut V, ty: &'a Ty) {
    match &ty.kind {
        TyKind::Slice(elem) | TyKind::Paren(elem) => vis.visit_ty(elem),
        TyKind::Array(elem, len) => {
            vis.visit_ty(elem);
            vis.visit_anon_const(len);
        }
        TyKind::Ptr(mt) => vis.visit_ty(&mt.ty),
        TyKind::Ref(lifetime, mt) => {
            if let Some(lifetime) = lifetime {
                vis.visit_lifetime(lifetime, LifetimeCtxt::Ref);
            }
            vis.visit_ty(&mt.ty);
        }
        TyKind::BareFn(f) => {
            walk_list(vis, &f.generic_params, V::visit_generic_param);
            vis.visit_fn_decl(&f.decl);
        }
        TyKind::Tup(tys) => {
            for ty in tys {
                vis.visit_ty(ty);
            }
        }
        TyKind::Path(qself, path) => walk_qpath(vis, qself, path, ty.id),
        TyKind::TraitObject(bounds, _) => walk_bounds(vis, bounds, BoundKind::TraitObject),
        TyKind::ImplTrait(_, bounds) => walk_bounds(vis, bounds, BoundKind::Impl),
        TyKind::MacCall(mac) => vis.visit_mac_call(mac),
        TyKind::Never | TyKind::Infer | TyKind::ImplicitSelf | TyKind::Err => {}
    }
}

/* ---------------------------------------------------------------- patterns */

pub fn walk_pat<'a, V: Visitor<'a>>(vis: &mut V, pat: &'a Pat) {
    match &pat.kind {
        PatKind::Ident(_, ident, sub) => {
            vis.visit_ident(ident);
            if let Some(sub) = sub {
                vis.visit_pat(sub);
            }
        }
        PatKind::Struct(qself, path, fields, _) => {
            walk_qpath(vis, qself, path, pat.id);
            walk_list(vis, fields, V::visit_pat_field);
        }
        PatKind::TupleStruct(qself, path, pats) => {
            walk_qpath(vis, qself, path, pat.id);
            for p in pats {
                vis.visit_pat(p);
            }
        }
        PatKind::Path(qself, path) => walk_qpath(vis, qself, path, pat.id),
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
            if let Some(lo) = lo {
                vis.visit_expr(lo);
            }
            if let Some(hi) = hi {
                vis.visit_expr(hi);
            }
        }
        PatKind::MacCall(mac) => vis.visit_mac_call(mac),
        PatKind::Wild | PatKind::Rest | PatKind::Err => {}
    }
}

pub fn walk_pat_field<'a, V: Visitor<'a>>(vis: &mut V, field: &'a PatField) {
    walk_list(vis, &field.attrs, V::visit_attribute);
    vis.visit_ident(&field.ident);
    vis.visit_pat(&field.pat);
}

/* ---------------------------------------------------------------- statements and blocks */

pub fn walk_block<'a, V: Visitor<'a>>(vis: &mut V, block: &'a Block) {
    walk_list(vis, &block.stmts, V::visit_stmt);
}

pub fn walk_stmt<'a, V: Visitor<'a>>(vis: &mut V, stmt: &'a Stmt) {
    match &stmt.kind {
        StmtKind::Let(local) => vis.visit_local(local),
        StmtKind::Item(item) => vis.visit_item(item),
        StmtKind::Expr(expr) | StmtKind::Semi(expr) => vis.visit_expr(expr),
        StmtKind::Empty => {}
        StmtKind::MacCall(mac) => {
            walk_list(vis, &mac.attrs, V::visit_attribute);
            vis.visit_mac_call(&mac.mac);
        }
    }
}

pub fn walk_local<'a, V: Visitor<'a>>(vis: &mut V, local: &'a Local) {
    walk_list(vis, &local.attrs, V::visit_attribute);
    vis.visit_pat(&local.pat);
    if let Some(ty) = &local.ty {
        vis.visit_ty(ty);
    }
    match &local.kind {
        LocalKind::Decl => {}
        LocalKind::Init(init) => vis.visit_expr(init),
        LocalKind::InitElse(init, els) => {
            vis.visit_expr(init);
            vis.visit_block(els);
        }
    }
}

/* ---------------------------------------------------------------- expressions */

pub fn walk_arm<'a, V: Visitor<'a>>(vis: &mut V, arm: &'a Arm) {
    walk_list(vis, &arm.attrs, V::visit_attribute);
    vis.visit_pat(&arm.pat);
    if let Some(guard) = &arm.guard {
        vis.visit_expr(guard);
    }
    if let Some(body) = &arm.body {
        vis.visit_expr(body);
    }
}

pub fn walk_expr_field<'a, V: Visitor<'a>>(vis: &mut V, field: &'a ExprField) {
    walk_list(vis, &field.attrs, V::visit_attribute);
    vis.visit_ident(&field.ident);
    vis.visit_expr(&field.expr);
}

pub fn walk_format_args<'a, V: Visitor<'a>>(vis: &mut V, fmt: &'a FormatArgs) {
    for arg in &fmt.arguments {
        if let Some(name) = &arg.name {
            vis.visit_ident(name);
        }
        vis.visit_expr(&arg.expr);
    }
}

fn walk_exprs<'a, V: Visitor<'a>>(vis: &mut V, exprs: &'a [P<Expr>]) {
    for expr in exprs {
        vis.visit_expr(expr);
    }
}

fn walk_opt_expr<'a, V: Visitor<'a>>(vis: &mut V, expr: &'a Option<P<Expr>>) {
    if let Some(expr) = expr {
        vis.visit_expr(expr);
    }
}

fn walk_opt_label<'a, V: Visitor<'a>>(vis: &mut V, label: &'a Option<Label>) {
    if let Some(label) = label {
        vis.visit_label(label);
    }
}

pub fn walk_expr<'a, V: Visitor<'a>>(vis: &mut V, expr: &'a Expr) {
    walk_list(vis, &expr.attrs, V::visit_attribute);
    match &expr.kind {
        ExprKind::Array(exprs) | ExprKind::Tup(exprs) => walk_exprs(vis, exprs),
        ExprKind::ConstBlock(anon_const) => vis.visit_anon_const(anon_const),
        ExprKind::Call(callee, args) => {
            vis.visit_expr(callee);
            walk_exprs(vis, args);
        }
        ExprKind::MethodCall(call) => {
            vis.visit_expr(&call.receiver);
            vis.visit_path_segment(&call.seg);
            walk_exprs(vis, &call.args);
        }
        ExprKind::Binary(_, lhs, rhs)
        | ExprKind::Assign(lhs, rhs, _)
        | ExprKind::AssignOp(_, lhs, rhs) => {
            vis.visit_expr(lhs);
            vis.visit_expr(rhs);
        }
        ExprKind::Unary(_, operand)
        | ExprKind::AddrOf(_, _, operand)
        | ExprKind::Paren(operand)
        | ExprKind::Try(operand)
        | ExprKind::Await(operand, _)
        | ExprKind::Become(operand) => vis.visit_expr(operand),
        ExprKind::Lit(_) | ExprKind::Underscore | ExprKind::Err | ExprKind::Dummy => {}
        ExprKind::Cast(operand, ty) => {
            vis.visit_expr(operand);
            vis.visit_ty(ty);
        }
        ExprKind::Let(pat, scrutinee, _) => {
            vis.visit_pat(pat);
            vis.visit_expr(scrutinee);
        }
        ExprKind::If(cond, then, els) => {
            vis.visit_expr(cond);
            vis.visit_block(then);
            walk_opt_expr(vis, els);
        }
        ExprKind::While(cond, body, label) => {
            walk_opt_label(vis, label);
            vis.visit_expr(cond);
            vis.visit_block(body);
        }
        ExprKind::ForLoop {
            pat,
            iter,
            body,
            label,
        } => {
            walk_opt_label(vis, label);
            vis.visit_pat(pat);
            vis.visit_expr(iter);
            vis.visit_block(body);
        }
        ExprKind::Loop(body, label) | ExprKind::Block(body, label) => {
            walk_opt_label(vis, label);
            vis.visit_block(body);
        }
        ExprKind::Match(scrutinee, arms) => {
            vis.visit_expr(scrutinee);
            walk_list(vis, arms, V::visit_arm);
        }
        ExprKind::Closure(closure) => vis.visit_fn(FnKind::Closure(closure), expr.span, expr.id),
        ExprKind::Async(_, body) | ExprKind::TryBlock(body) => vis.visit_block(body),
        ExprKind::Field(base, ident) => {
            vis.visit_expr(base);
            vis.visit_ident(ident);
        }
        ExprKind::Index(base, index, _) => {
            vis.visit_expr(base);
            vis.visit_expr(index);
        }
        ExprKind::Range(start, end, _) => {
            walk_opt_expr(vis, start);
            walk_opt_expr(vis, end);
        }
        ExprKind::Path(qself, path) => walk_qpath(vis, qself, path, expr.id),
        ExprKind::Break(label, value) => {
            walk_opt_label(vis, label);
            walk_opt_expr(vis, value);
        }
        ExprKind::Continue(label) => walk_opt_label(vis, label),
        ExprKind::Ret(value) | ExprKind::Yield(value) => walk_opt_expr(vis, value),
        ExprKind::MacCall(mac) => vis.visit_mac_call(mac),
        ExprKind::Struct(se) => {
            walk_qpath(vis, &se.qself, &se.path, expr.id);
            walk_list(vis, &se.fields, V::visit_expr_field);
            match &se.rest {
                StructRest::Base(base) => vis.visit_expr(base),
                StructRest::Rest(_) | StructRest::None => {}
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
    }
    vis.visit_expr_post(expr);
}

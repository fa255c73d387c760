//! The first pass: definitions and the module graph. Every item, variant, field, generic
//! parameter, closure and anonymous constant gets a `DefId`; every named item is entered in
//! its module (a block with items is an anonymous module); `use` trees become flat import
//! records.

use smelt_ast::visit::{self, AssocCtxt, FnKind, Visitor};
use smelt_ast::{self as ast, NodeId};
use smelt_span::{kw, sym, Ident, Span, Symbol};

use crate::def::{CtorKind, CtorOf, DefId, DefIndex, DefKind, Namespace, Res};
use crate::imports::{Import, ImportKind};
use crate::{Binding, ModuleId, ModuleKind, Resolver, Visibility};

impl Resolver<'_> {
    pub(crate) fn build_reduced_graph(&mut self, krate: &ast::Crate) {
        if krate
            .attrs
            .iter()
            .any(|a| attr_is(self, a, sym::no_implicit_prelude))
        {
            self.cstore.modules[self.root].no_implicit_prelude = true;
        }
        let mut collector = DefCollector {
            r: self,
            parent: DefIndex::CRATE_ROOT,
            module: None,
            enclosing_vis: None,
        };
        collector.module = Some(collector.r.root);
        for item in &krate.items {
            collector.visit_item(item);
        }
    }

    /// Enters `name` into module `m`'s namespace `ns`; reports a duplicate definition.
    pub(crate) fn define(&mut self, m: ModuleId, ident: Ident, ns: Namespace, binding: Binding) {
        if ident.name == kw::Underscore || ident.name == kw::Empty {
            return;
        }
        let key = (ident.name, ns);
        if let Some(old) = self.cstore.modules[m].resolutions.get(&key) {
            if old.import.is_none() && binding.import.is_none() {
                let what = match ns {
                    Namespace::TypeNS => "type",
                    Namespace::ValueNS => "value",
                    Namespace::MacroNS => "macro",
                };
                let container = match self.cstore.modules[m].kind {
                    ModuleKind::Def(DefKind::Enum, ..) => "enum",
                    ModuleKind::Def(DefKind::Trait, ..) => "trait",
                    ModuleKind::Block(_) => "block",
                    _ => "module",
                };
                let name = self.str(ident.name).to_string();
                let old_span = old.span;
                self.sess
                    .dcx
                    .struct_err(ident.span, format!("the name `{name}` is defined multiple times"))
                    .code("E0428")
                    .span_label(ident.span, format!("`{name}` redefined here"))
                    .span_label(old_span, format!("previous definition of the {what} `{name}` here"))
                    .note(format!("`{name}` must be defined only once in the {what} namespace of this {container}"))
                    .emit();
                return;
            }
            if old.import.is_none() {
                // An explicit item shadows an import of the same name; rustc reports E0255.
                let name = self.str(ident.name).to_string();
                self.sess
                    .dcx
                    .struct_err(
                        binding.span,
                        format!("the name `{name}` is defined multiple times"),
                    )
                    .code("E0255")
                    .emit();
                return;
            }
        }
        self.cstore.modules[m].resolutions.insert(key, binding);
    }

    /// The visibility written on an item, resolved.
    pub(crate) fn resolve_visibility(
        &mut self,
        vis: &ast::Visibility,
        module: ModuleId,
    ) -> Visibility {
        let current = self.module_def(module);
        match &vis.kind {
            ast::VisibilityKind::Public => Visibility::Public,
            ast::VisibilityKind::Inherited => Visibility::Restricted(current),
            ast::VisibilityKind::Restricted { path, .. } => {
                let first = path.segments.first().map(|s| s.ident.name);
                match first {
                    Some(n) if n == kw::Crate && path.segments.len() == 1 => {
                        Visibility::Restricted(DefId {
                            krate: self.krate,
                            index: DefIndex::CRATE_ROOT,
                        })
                    }
                    Some(n) if n == kw::SelfLower && path.segments.len() == 1 => {
                        Visibility::Restricted(current)
                    }
                    Some(n) if n == kw::Super => {
                        let mut d = current;
                        for seg in &path.segments {
                            if seg.ident.name == kw::Super {
                                d = self.def_parent(d).map(|p| self.nearest_mod(p)).unwrap_or(d);
                            }
                        }
                        Visibility::Restricted(d)
                    }
                    _ => {
                        // `pub(in path)`: a module path from the crate root (or `self`/`super`).
                        let mut m = self.root;
                        for seg in &path.segments {
                            let n = seg.ident.name;
                            if n == kw::Crate || n == kw::PathRoot {
                                m = self.root;
                            } else if n == kw::SelfLower {
                                m = self.cstore.modules[module].normal_ancestor;
                            } else if n == kw::Super {
                                m = self.cstore.modules[m].parent.unwrap_or(m);
                            } else if let Some(c) = self.module_child(m, n) {
                                m = c;
                            }
                        }
                        Visibility::Restricted(self.module_def(m))
                    }
                }
            }
        }
    }

    fn nearest_mod(&self, mut d: DefId) -> DefId {
        for _ in 0..1000 {
            if self.def_kind(d) == DefKind::Mod {
                return d;
            }
            match self.def_parent(d) {
                Some(p) => d = p,
                None => return d,
            }
        }
        d
    }
}

fn attr_is(r: &Resolver<'_>, a: &ast::Attribute, name: Symbol) -> bool {
    let _ = r;
    match &a.kind {
        ast::AttrKind::Normal(item) => item.path.is_ident(name),
        ast::AttrKind::DocComment(..) => false,
    }
}

struct DefCollector<'r, 'a> {
    r: &'r mut Resolver<'a>,
    /// The definition enclosing what is being visited.
    parent: DefIndex,
    /// The module names are entered into.
    module: Option<ModuleId>,
    /// For variants and trait items: the visibility of their enum or trait.
    enclosing_vis: Option<Visibility>,
}

impl DefCollector<'_, '_> {
    fn module(&self) -> ModuleId {
        self.module.unwrap_or(self.r.root)
    }

    fn def(&mut self, kind: DefKind, name: Symbol, span: Span, node: NodeId) -> DefId {
        self.r.new_def(Some(self.parent), kind, name, span, node)
    }

    fn with_parent(&mut self, parent: DefIndex, f: impl FnOnce(&mut Self)) {
        let old = std::mem::replace(&mut self.parent, parent);
        f(self);
        self.parent = old;
    }

    fn binding(
        &self,
        res: Res<NodeId>,
        vis: Visibility,
        span: Span,
        module: Option<ModuleId>,
    ) -> Binding {
        Binding {
            res,
            vis,
            span,
            module,
            import: None,
        }
    }

    fn collect_generics(&mut self, generics: &ast::Generics) {
        for p in &generics.params {
            let kind = match p.kind {
                ast::GenericParamKind::Lifetime => DefKind::LifetimeParam,
                ast::GenericParamKind::Type { .. } => DefKind::TyParam,
                ast::GenericParamKind::Const { .. } => DefKind::ConstParam,
            };
            self.def(kind, p.ident.name, p.ident.span, p.id);
        }
    }

    fn collect_fields(&mut self, data: &ast::VariantData, vis_default: Visibility) {
        for (i, f) in data.fields().iter().enumerate() {
            let name = match f.ident {
                Some(id) => id.name,
                None => self.r.sess.intern(&i.to_string()),
            };
            let def = self.def(DefKind::Field, name, f.span, f.id);
            let vis = match &f.vis.kind {
                ast::VisibilityKind::Inherited => vis_default,
                _ => {
                    let m = self.module();
                    self.r.resolve_visibility(&f.vis, m)
                }
            };
            let _ = vis_default;
            self.r.out.visibilities.insert(def.index, vis);
        }
    }

    /// Flattens a `use` tree into import records.
    fn collect_use_tree(
        &mut self,
        tree: &ast::UseTree,
        prefix: &[Ident],
        id: NodeId,
        vis: Visibility,
        item: &ast::Item,
        nested: bool,
    ) {
        let mut path: Vec<Ident> = prefix.to_vec();
        path.extend(tree.prefix.segments.iter().map(|s| s.ident));
        let prelude_import = item.attrs.iter().any(|a| match &a.kind {
            ast::AttrKind::Normal(i) => {
                self.r
                    .str(i.path.segments.last().map_or(kw::Empty, |s| s.ident.name))
                    == "prelude_import"
            }
            _ => false,
        });
        match &tree.kind {
            ast::UseTreeKind::Simple(rename) => {
                let mut path = path;
                // `use a::b::{self}` imports `a::b` itself.
                if nested && path.last().is_some_and(|i| i.name == kw::SelfLower) && path.len() > 1
                {
                    path.pop();
                }
                let Some(&last) = path.last() else { return };
                let target = rename.unwrap_or(last);
                self.r.imports.push(Import {
                    id,
                    module: self.module(),
                    kind: ImportKind::Single {
                        target,
                        done: [false; 3],
                    },
                    path,
                    vis,
                    span: tree.span,
                    prelude_import,
                    glob_target: None,
                    private_found: None,
                    resolved: false,
                    used: false,
                });
            }
            ast::UseTreeKind::Glob => {
                self.r.imports.push(Import {
                    id,
                    module: self.module(),
                    kind: ImportKind::Glob,
                    path,
                    vis,
                    span: tree.span,
                    prelude_import,
                    glob_target: None,
                    private_found: None,
                    resolved: false,
                    used: false,
                });
            }
            ast::UseTreeKind::Nested(trees) => {
                for (t, nid) in trees {
                    self.collect_use_tree(t, &path, *nid, vis, item, true);
                }
            }
        }
    }
}

impl<'ast> Visitor<'ast> for DefCollector<'_, '_> {
    fn visit_item(&mut self, item: &'ast ast::Item) {
        let module = self.module();
        let vis = self.r.resolve_visibility(&item.vis, module);
        let ident = item.ident;
        match &item.kind {
            ast::ItemKind::Use(tree) => {
                self.collect_use_tree(tree, &[], item.id, vis, item, false);
                return;
            }
            ast::ItemKind::ExternCrate(orig) => {
                let orig_name = orig.unwrap_or(ident.name);
                let def = self.def(DefKind::ExternCrate, ident.name, item.span, item.id);
                self.r.out.visibilities.insert(def.index, vis);
                match self.r.cstore.crate_by_name(orig_name) {
                    Some(krate) => {
                        let root = self.r.cstore.crates[krate].root;
                        let root_def = DefId::crate_root(krate);
                        let b = self.binding(
                            Res::Def(DefKind::Mod, root_def),
                            vis,
                            ident.span,
                            Some(root),
                        );
                        self.r.define(module, ident, Namespace::TypeNS, b);
                        if module == self.r.root {
                            self.r.extern_prelude.insert(ident.name, krate);
                        }
                    }
                    None => {
                        let name = self.r.str(orig_name).to_string();
                        self.r
                            .sess
                            .dcx
                            .struct_err(item.span, format!("can't find crate for `{name}`"))
                            .code("E0463")
                            .span_label(item.span, "can't find crate")
                            .emit();
                    }
                }
                return;
            }
            _ => {}
        }
        let (kind, ns) = match &item.kind {
            ast::ItemKind::Static(s) => (
                DefKind::Static {
                    mutable: s.mutability == ast::Mutability::Mut,
                },
                Some(Namespace::ValueNS),
            ),
            ast::ItemKind::Const(_) => (DefKind::Const, Some(Namespace::ValueNS)),
            ast::ItemKind::Fn(_) => (DefKind::Fn, Some(Namespace::ValueNS)),
            ast::ItemKind::Mod(..) => (DefKind::Mod, Some(Namespace::TypeNS)),
            ast::ItemKind::ForeignMod(_) => (DefKind::ForeignMod, None),
            ast::ItemKind::TyAlias(_) => (DefKind::TyAlias, Some(Namespace::TypeNS)),
            ast::ItemKind::Enum(..) => (DefKind::Enum, Some(Namespace::TypeNS)),
            ast::ItemKind::Struct(..) => (DefKind::Struct, Some(Namespace::TypeNS)),
            ast::ItemKind::Union(..) => (DefKind::Union, Some(Namespace::TypeNS)),
            ast::ItemKind::Trait(_) => (DefKind::Trait, Some(Namespace::TypeNS)),
            ast::ItemKind::TraitAlias(..) => (DefKind::TraitAlias, Some(Namespace::TypeNS)),
            ast::ItemKind::Impl(imp) => (
                DefKind::Impl {
                    of_trait: imp.of_trait.is_some(),
                },
                None,
            ),
            ast::ItemKind::MacroDef(_) => (DefKind::Macro, None),
            ast::ItemKind::MacCall(_) | ast::ItemKind::Use(_) | ast::ItemKind::ExternCrate(_) => {
                return
            }
        };
        let span = match &item.kind {
            ast::ItemKind::Fn(f) => fn_def_span(item.span, &item.vis, &f.sig),
            _ => item.span,
        };
        let def = self.def(kind, ident.name, span, item.id);
        self.r.out.visibilities.insert(def.index, vis);
        let child_module = match kind {
            DefKind::Mod | DefKind::Enum | DefKind::Trait => {
                let m = self
                    .r
                    .new_module(Some(module), ModuleKind::Def(kind, def, ident.name));
                if kind == DefKind::Mod
                    && item
                        .attrs
                        .iter()
                        .any(|a| attr_is(self.r, a, sym::no_implicit_prelude))
                {
                    self.r.cstore.modules[m].no_implicit_prelude = true;
                }
                self.r.node_modules.insert(item.id, m);
                Some(m)
            }
            _ => None,
        };
        if let Some(ns) = ns {
            let b = self.binding(Res::Def(kind, def), vis, ident.span, child_module);
            self.r.define(module, ident, ns, b);
        }
        // `#[macro_export]` macros live in the crate root's macro namespace, where paths
        // and imports (`use std::println;`) find them.
        if kind == DefKind::Macro
            && item
                .attrs
                .iter()
                .any(|a| attr_is(self.r, a, sym::macro_export))
        {
            let root = self.r.root;
            let b = self.binding(Res::Def(kind, def), Visibility::Public, ident.span, None);
            self.r.define(root, ident, Namespace::MacroNS, b);
        }
        // Constructors of tuple and unit structs live in the value namespace.
        if let ast::ItemKind::Struct(data, _) = &item.kind {
            if let Some(ctor_id) = data.ctor_id() {
                let ck = if matches!(data, ast::VariantData::Tuple(..)) {
                    CtorKind::Fn
                } else {
                    CtorKind::Const
                };
                let ctor = self.r.new_def(
                    Some(def.index),
                    DefKind::Ctor(CtorOf::Struct, ck),
                    ident.name,
                    item.span,
                    ctor_id,
                );
                // The constructor is as visible as the least visible field.
                let ctor_vis = data.fields().iter().fold(vis, |acc, f| match &f.vis.kind {
                    ast::VisibilityKind::Inherited => match acc {
                        Visibility::Public => Visibility::Restricted(self.r.module_def(module)),
                        other => other,
                    },
                    _ => acc,
                });
                self.r.out.visibilities.insert(ctor.index, ctor_vis);
                let b = self.binding(
                    Res::Def(DefKind::Ctor(CtorOf::Struct, ck), ctor),
                    ctor_vis,
                    ident.span,
                    None,
                );
                self.r.define(module, ident, Namespace::ValueNS, b);
            }
        }
        let old_module = self.module;
        if kind == DefKind::Mod {
            self.module = child_module;
        }
        self.with_parent(def.index, |this| match &item.kind {
            ast::ItemKind::Enum(enum_def, generics) => {
                this.collect_generics(generics);
                let enum_module = child_module.unwrap_or(module);
                for v in &enum_def.variants {
                    let vdef = this.def(DefKind::Variant, v.ident.name, v.span, v.id);
                    this.r.out.visibilities.insert(vdef.index, vis);
                    let b = this.binding(Res::Def(DefKind::Variant, vdef), vis, v.ident.span, None);
                    this.r.define(enum_module, v.ident, Namespace::TypeNS, b);
                    if let Some(ctor_id) = v.data.ctor_id() {
                        let ck = if matches!(v.data, ast::VariantData::Tuple(..)) {
                            CtorKind::Fn
                        } else {
                            CtorKind::Const
                        };
                        let ctor = this.r.new_def(
                            Some(vdef.index),
                            DefKind::Ctor(CtorOf::Variant, ck),
                            v.ident.name,
                            v.span,
                            ctor_id,
                        );
                        this.r.out.visibilities.insert(ctor.index, vis);
                        let b = this.binding(
                            Res::Def(DefKind::Ctor(CtorOf::Variant, ck), ctor),
                            vis,
                            v.ident.span,
                            None,
                        );
                        this.r.define(enum_module, v.ident, Namespace::ValueNS, b);
                    }
                    this.with_parent(vdef.index, |this| {
                        this.collect_fields(&v.data, Visibility::Public);
                        for f in v.data.fields() {
                            this.visit_ty(&f.ty);
                        }
                        if let Some(d) = &v.disr_expr {
                            this.visit_anon_const(d);
                        }
                    });
                }
                this.visit_generics_contents(generics);
            }
            ast::ItemKind::Struct(data, generics) | ast::ItemKind::Union(data, generics) => {
                this.collect_generics(generics);
                let private = Visibility::Restricted(this.r.module_def(module));
                this.collect_fields(data, private);
                for f in data.fields() {
                    this.visit_ty(&f.ty);
                }
                this.visit_generics_contents(generics);
            }
            ast::ItemKind::Trait(tr) => {
                this.collect_generics(&tr.generics);
                for b in &tr.bounds {
                    this.visit_param_bound(b, visit::BoundKind::SuperTraits);
                }
                let old = this.module;
                this.module = child_module;
                this.enclosing_vis = Some(vis);
                for ai in &tr.items {
                    this.visit_assoc_item(ai, AssocCtxt::Trait);
                }
                this.enclosing_vis = None;
                this.module = old;
                this.visit_generics_contents(&tr.generics);
            }
            ast::ItemKind::Impl(imp) => {
                this.collect_generics(&imp.generics);
                this.visit_ty(&imp.self_ty);
                if let Some(tr) = &imp.of_trait {
                    this.visit_trait_ref(tr);
                }
                for ai in &imp.items {
                    this.visit_assoc_item(ai, AssocCtxt::Impl);
                }
                this.visit_generics_contents(&imp.generics);
            }
            ast::ItemKind::Fn(f) => {
                this.collect_generics(&f.generics);
                this.collect_impl_trait_params(&f.sig.decl);
                this.collect_impl_trait_opaques(&f.sig.decl);
                this.visit_generics_contents(&f.generics);
                visit::walk_fn_decl(this, &f.sig.decl);
                if let Some(body) = &f.body {
                    this.visit_block(body);
                }
            }
            ast::ItemKind::TyAlias(t) => {
                this.collect_generics(&t.generics);
                visit::walk_item(this, item);
            }
            ast::ItemKind::Const(c) => {
                this.collect_generics(&c.generics);
                this.visit_generics_contents(&c.generics);
                this.visit_ty(&c.ty);
                if let Some(e) = &c.expr {
                    this.visit_expr(e);
                }
            }
            ast::ItemKind::ForeignMod(fm) => {
                for fi in &fm.items {
                    this.visit_foreign_item(fi);
                }
            }
            ast::ItemKind::Mod(_, ast::ModKind::Loaded(items, ..)) => {
                for i in items {
                    this.visit_item(i);
                }
            }
            ast::ItemKind::TraitAlias(generics, bounds) => {
                this.collect_generics(generics);
                this.visit_generics_contents(generics);
                for b in bounds {
                    this.visit_param_bound(b, visit::BoundKind::Bound);
                }
            }
            _ => visit::walk_item(this, item),
        });
        self.module = old_module;
    }

    fn visit_foreign_item(&mut self, item: &'ast ast::ForeignItem) {
        let module = self.module();
        let vis = self.r.resolve_visibility(&item.vis, module);
        let (kind, ns) = match &item.kind {
            ast::ForeignItemKind::Fn(_) => (DefKind::Fn, Namespace::ValueNS),
            ast::ForeignItemKind::Static(s) => (
                DefKind::Static {
                    mutable: s.mutability == ast::Mutability::Mut,
                },
                Namespace::ValueNS,
            ),
            ast::ForeignItemKind::TyAlias(_) => (DefKind::ForeignTy, Namespace::TypeNS),
            ast::ForeignItemKind::MacCall(_) => return,
        };
        let def = self.def(kind, item.ident.name, item.span, item.id);
        self.r.out.visibilities.insert(def.index, vis);
        let b = self.binding(Res::Def(kind, def), vis, item.ident.span, None);
        self.r.define(module, item.ident, ns, b);
        self.with_parent(def.index, |this| {
            if let ast::ForeignItemKind::Fn(f) = &item.kind {
                this.collect_generics(&f.generics);
            }
            visit::walk_foreign_item(this, item)
        });
    }

    fn visit_assoc_item(&mut self, item: &'ast ast::AssocItem, ctxt: AssocCtxt) {
        let module = self.module();
        let (kind, ns) = match &item.kind {
            ast::AssocItemKind::Const(_) => (DefKind::AssocConst, Namespace::ValueNS),
            ast::AssocItemKind::Fn(_) => (DefKind::AssocFn, Namespace::ValueNS),
            ast::AssocItemKind::Type(_) => (DefKind::AssocTy, Namespace::TypeNS),
            ast::AssocItemKind::MacCall(_) => return,
        };
        let span = match &item.kind {
            ast::AssocItemKind::Fn(f) => fn_def_span(item.span, &item.vis, &f.sig),
            _ => item.span,
        };
        let def = self.def(kind, item.ident.name, span, item.id);
        let vis = match (ctxt, self.enclosing_vis) {
            (AssocCtxt::Trait, Some(v)) => v,
            _ => self.r.resolve_visibility(&item.vis, module),
        };
        self.r.out.visibilities.insert(def.index, vis);
        if ctxt == AssocCtxt::Trait {
            let b = self.binding(Res::Def(kind, def), vis, item.ident.span, None);
            self.r.define(module, item.ident, ns, b);
        }
        self.with_parent(def.index, |this| match &item.kind {
            ast::AssocItemKind::Fn(f) => {
                this.collect_generics(&f.generics);
                this.collect_impl_trait_params(&f.sig.decl);
                this.collect_impl_trait_opaques(&f.sig.decl);
                this.visit_generics_contents(&f.generics);
                visit::walk_fn_decl(this, &f.sig.decl);
                if let Some(body) = &f.body {
                    this.visit_block(body);
                }
            }
            ast::AssocItemKind::Const(c) => {
                this.collect_generics(&c.generics);
                this.visit_generics_contents(&c.generics);
                this.visit_ty(&c.ty);
                if let Some(e) = &c.expr {
                    this.visit_expr(e);
                }
            }
            ast::AssocItemKind::Type(t) => {
                this.collect_generics(&t.generics);
                this.visit_generics_contents(&t.generics);
                for b in &t.bounds {
                    this.visit_param_bound(b, visit::BoundKind::Bound);
                }
                if let Some(ty) = &t.ty {
                    this.visit_ty(ty);
                }
            }
            ast::AssocItemKind::MacCall(_) => {}
        });
    }

    fn visit_block(&mut self, block: &'ast ast::Block) {
        let has_items = block
            .stmts
            .iter()
            .any(|s| matches!(s.kind, ast::StmtKind::Item(_)));
        if has_items {
            let m = self
                .r
                .new_module(Some(self.module()), ModuleKind::Block(block.id));
            self.r.node_modules.insert(block.id, m);
            let old = self.module.replace(m);
            visit::walk_block(self, block);
            self.module = old;
        } else {
            visit::walk_block(self, block);
        }
    }

    fn visit_expr(&mut self, expr: &'ast ast::Expr) {
        match &expr.kind {
            ast::ExprKind::Closure(c) => {
                let def = self.def(DefKind::Closure, kw::Empty, expr.span, expr.id);
                let _ = c;
                self.with_parent(def.index, |this| visit::walk_expr(this, expr));
            }
            ast::ExprKind::ConstBlock(anon) => {
                let def = self.def(DefKind::InlineConst, kw::Empty, expr.span, anon.id);
                self.with_parent(def.index, |this| this.visit_expr(&anon.value));
            }
            _ => visit::walk_expr(self, expr),
        }
    }

    fn visit_anon_const(&mut self, c: &'ast ast::AnonConst) {
        let def = self.def(DefKind::AnonConst, kw::Empty, c.value.span, c.id);
        self.with_parent(def.index, |this| this.visit_expr(&c.value));
    }

    fn visit_generic_param(&mut self, p: &'ast ast::GenericParam) {
        // Parameters of `for<'a>` binders: no definitions of their own.
        visit::walk_generic_param(self, p);
    }

    fn visit_fn(&mut self, kind: FnKind<'ast>, span: Span, id: NodeId) {
        let _ = (span, id);
        visit::walk_fn(self, kind);
    }

    fn visit_mac_call(&mut self, _mac: &'ast ast::MacCall) {}
}

impl DefCollector<'_, '_> {
    /// Visits what generics contain (defaults, bounds, where clauses) without re-creating
    /// the parameters' definitions.
    fn visit_generics_contents(&mut self, generics: &ast::Generics) {
        for p in &generics.params {
            for b in &p.bounds {
                self.visit_param_bound(b, visit::BoundKind::Bound);
            }
            match &p.kind {
                ast::GenericParamKind::Type { default: Some(t) } => self.visit_ty(t),
                ast::GenericParamKind::Const { ty, default, .. } => {
                    self.visit_ty(ty);
                    if let Some(d) = default {
                        self.visit_anon_const(d);
                    }
                }
                _ => {}
            }
        }
        for w in &generics.where_clause.predicates {
            self.visit_where_predicate(w);
        }
    }

    /// `impl Trait` in return position: an opaque type per occurrence (its hidden type is
    /// what the body returns).
    fn collect_impl_trait_opaques(&mut self, decl: &ast::FnDecl) {
        let ast::FnRetTy::Ty(ret) = &decl.output else {
            return;
        };
        let mut stack: Vec<&ast::Ty> = vec![&**ret];
        while let Some(t) = stack.pop() {
            match &t.kind {
                ast::TyKind::ImplTrait(id, _) => {
                    let name = self.r.sess.intern("{opaque}");
                    let def = self.def(DefKind::OpaqueTy, name, t.span, *id);
                    self.r.out.impl_trait_opaques.insert(*id, def.index);
                }
                ast::TyKind::Ref(_, mt) | ast::TyKind::Ptr(mt) => stack.push(&mt.ty),
                ast::TyKind::Slice(t) | ast::TyKind::Array(t, _) | ast::TyKind::Paren(t) => {
                    stack.push(t)
                }
                ast::TyKind::Tup(ts) => stack.extend(ts.iter().map(|t| &**t)),
                ast::TyKind::Path(_, path) => {
                    for seg in &path.segments {
                        if let Some(args) = &seg.args {
                            if let ast::GenericArgs::AngleBracketed(a) = &**args {
                                for arg in &a.args {
                                    if let ast::AngleBracketedArg::Arg(ast::GenericArg::Type(t)) =
                                        arg
                                    {
                                        stack.push(t);
                                    }
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// `impl Trait` in argument position: a synthetic type parameter per occurrence.
    fn collect_impl_trait_params(&mut self, decl: &ast::FnDecl) {
        let mut stack: Vec<&ast::Ty> = decl.inputs.iter().map(|p| &*p.ty).collect();
        while let Some(t) = stack.pop() {
            match &t.kind {
                ast::TyKind::ImplTrait(id, _) => {
                    let name = self
                        .r
                        .sess
                        .intern(&format!("impl {}", self.r.out.defs.len()));
                    let def = self.def(DefKind::TyParam, name, t.span, *id);
                    self.r.out.impl_trait_params.insert(*id, def.index);
                }
                ast::TyKind::Ref(_, mt) | ast::TyKind::Ptr(mt) => stack.push(&mt.ty),
                ast::TyKind::Slice(t) | ast::TyKind::Array(t, _) | ast::TyKind::Paren(t) => {
                    stack.push(t)
                }
                ast::TyKind::Tup(ts) => stack.extend(ts.iter().map(|t| &**t)),
                _ => {}
            }
        }
    }
}

/// A function's definition span, as rustc's `def_span`: from its visibility (or its
/// signature) to the end of its signature, without attributes and body.
fn fn_def_span(item: Span, vis: &ast::Visibility, sig: &ast::FnSig) -> Span {
    let inside = |s: Span| !s.is_dummy() && s.lo >= item.lo && s.hi <= item.hi;
    if !inside(sig.span) {
        return item;
    }
    let start = if inside(vis.span) { vis.span } else { sig.span };
    Span {
        lo: start.lo,
        hi: sig.span.hi,
        ctxt: item.ctxt,
    }
}

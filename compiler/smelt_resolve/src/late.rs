//! Late resolution: every path in signatures and bodies, resolved through the scopes
//! ("ribs") in effect where it is written.
//!
//! Value ribs hold local variables (and const generic parameters); type ribs hold generic
//! parameters and `Self`; label ribs hold loop labels. An item rib is a barrier: a nested
//! `fn` cannot see the locals of the function around it (E0434) nor its generic parameters
//! (E0401). Local variables are compared hygienically (`macro_rules!` locals are invisible to
//! the caller's code and the other way round); items are not.

use rustc_hash::FxHashMap;
use smelt_ast::visit::{self, Visitor};
use smelt_ast::{self as ast, NodeId};
use smelt_span::{kw, Ident, Span, Symbol, SyntaxContext};

use crate::def::{CtorKind, DefId, DefKind, Namespace, PrimTy, Res};
use crate::ident::Lookup;
use crate::{LifetimeRes, ModuleId, PartialRes, Resolver};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum RibKind {
    Normal,
    /// Items do not see the locals and generic parameters of what encloses them.
    Item,
    /// A constant's value does not see generic parameters.
    ConstantItem,
    /// Closures see everything; they stop label lookups.
    Closure,
    /// A block with items: names in it are looked up in this module.
    Module(ModuleId),
    /// The statements after a `macro_rules!` defined in a block (its definition's span):
    /// a name an invocation of that macro produced is looked up past this rib as written
    /// in the macro's definition (rustc's `MacroDefinition` rib), so the macro's body sees
    /// the locals in scope where it was defined.
    MacroDefinition(Span),
}

struct Rib {
    kind: RibKind,
    bindings: FxHashMap<(Symbol, SyntaxContext), Res<NodeId>>,
}

impl Rib {
    fn new(kind: RibKind) -> Rib {
        Rib {
            kind,
            bindings: FxHashMap::default(),
        }
    }
}

/// The labels in scope at one level, with the kind of scope that introduced them.
type LabelRib = (Vec<(Symbol, SyntaxContext, NodeId)>, RibKind);

/// What kind of thing a path must name, for diagnostics.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum PathSource {
    /// An expression: a value.
    Expr,
    /// A type.
    Type,
    /// A trait in a bound or impl.
    Trait,
    /// `S { .. }` in an expression or pattern.
    Struct,
    /// `S(..)` in a pattern.
    TupleStruct,
    /// A path pattern (unit struct, unit variant, constant).
    Pat,
}

impl PathSource {
    pub fn namespace(self) -> Namespace {
        match self {
            PathSource::Type | PathSource::Trait | PathSource::Struct => Namespace::TypeNS,
            PathSource::Expr | PathSource::TupleStruct | PathSource::Pat => Namespace::ValueNS,
        }
    }
}

pub(crate) struct LateResolver<'r, 'a> {
    pub r: &'r mut Resolver<'a>,
    value_ribs: Vec<Rib>,
    type_ribs: Vec<Rib>,
    label_ribs: Vec<LabelRib>,
    lifetime_ribs: Vec<Vec<(Symbol, DefId)>>,
    /// The enclosing loops (innermost last), for `break` and `continue` without labels.
    loops: Vec<Option<NodeId>>,
    pub module: ModuleId,
    /// Bindings of the pattern being resolved: name to binding id.
    pat_bindings: Vec<FxHashMap<(Symbol, SyntaxContext), (NodeId, Span)>>,
}

impl Resolver<'_> {
    pub(crate) fn late_resolve(&mut self, krate: &ast::Crate) {
        let root = self.root;
        let mut lr = LateResolver {
            r: self,
            value_ribs: Vec::new(),
            type_ribs: Vec::new(),
            label_ribs: Vec::new(),
            lifetime_ribs: Vec::new(),
            loops: Vec::new(),
            module: root,
            pat_bindings: Vec::new(),
        };
        for item in &krate.items {
            lr.resolve_item(item);
        }
    }
}

impl<'r, 'a> LateResolver<'r, 'a> {
    fn hygienic(&self, ident: Ident) -> (Symbol, SyntaxContext) {
        (
            ident.name,
            self.r
                .sess
                .hygiene
                .normalize_to_macro_rules(ident.span.ctxt),
        )
    }

    fn with_rib<T>(&mut self, ns: Namespace, kind: RibKind, f: impl FnOnce(&mut Self) -> T) -> T {
        match ns {
            Namespace::ValueNS => self.value_ribs.push(Rib::new(kind)),
            _ => self.type_ribs.push(Rib::new(kind)),
        }
        let r = f(self);
        match ns {
            Namespace::ValueNS => self.value_ribs.pop(),
            _ => self.type_ribs.pop(),
        };
        r
    }

    /// An item: a barrier in every rib stack.
    fn with_item_ribs<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.value_ribs.push(Rib::new(RibKind::Item));
        self.type_ribs.push(Rib::new(RibKind::Item));
        self.label_ribs.push((Vec::new(), RibKind::Item));
        let loops = std::mem::take(&mut self.loops);
        let r = f(self);
        self.loops = loops;
        self.label_ribs.pop();
        self.type_ribs.pop();
        self.value_ribs.pop();
        r
    }

    fn record(&mut self, id: NodeId, res: PartialRes) {
        self.r.out.partial_res.insert(id, res);
    }

    /* ------------------------------------------------------------ items */

    fn resolve_item(&mut self, item: &ast::Item) {
        let def = self.r.local_def(item.id);
        match &item.kind {
            ast::ItemKind::Mod(_, ast::ModKind::Loaded(items, ..)) => {
                let m = self
                    .r
                    .node_modules
                    .get(&item.id)
                    .copied()
                    .unwrap_or(self.module);
                let old = std::mem::replace(&mut self.module, m);
                self.with_item_ribs(|this| {
                    for i in items {
                        this.resolve_item(i);
                    }
                });
                self.module = old;
            }
            ast::ItemKind::Fn(f) => self.with_item_ribs(|this| {
                this.with_generics(&f.generics, def, |this| {
                    this.resolve_fn(&f.sig.decl, f.body.as_deref())
                });
            }),
            ast::ItemKind::Static(s) => self.with_item_ribs(|this| {
                this.visit_ty(&s.ty);
                this.with_rib(Namespace::ValueNS, RibKind::ConstantItem, |this| {
                    if let Some(e) = &s.expr {
                        this.visit_expr(e);
                    }
                });
            }),
            ast::ItemKind::Const(c) => self.with_item_ribs(|this| {
                this.with_generics(&c.generics, def, |this| {
                    this.visit_ty(&c.ty);
                    this.with_rib(Namespace::ValueNS, RibKind::ConstantItem, |this| {
                        if let Some(e) = &c.expr {
                            this.visit_expr(e);
                        }
                    });
                });
            }),
            ast::ItemKind::TyAlias(t) => self.with_item_ribs(|this| {
                this.with_generics(&t.generics, def, |this| {
                    if let Some(ty) = &t.ty {
                        this.visit_ty(ty);
                    }
                });
            }),
            ast::ItemKind::Enum(e, generics) => self.with_item_ribs(|this| {
                this.with_generics(generics, def, |this| {
                    for v in &e.variants {
                        for f in v.data.fields() {
                            this.visit_ty(&f.ty);
                        }
                        if let Some(d) = &v.disr_expr {
                            this.with_rib(Namespace::ValueNS, RibKind::ConstantItem, |this| {
                                this.visit_expr(&d.value)
                            });
                        }
                    }
                });
            }),
            ast::ItemKind::Struct(data, generics) | ast::ItemKind::Union(data, generics) => self
                .with_item_ribs(|this| {
                    this.with_generics(generics, def, |this| {
                        for f in data.fields() {
                            this.visit_ty(&f.ty);
                        }
                    });
                }),
            ast::ItemKind::Trait(tr) => self.with_item_ribs(|this| {
                let trait_def = def.unwrap_or(this.r.crate_root_def());
                this.with_self_ty(Res::SelfTyParam { trait_: trait_def }, None, |this| {
                    this.with_generics(&tr.generics, def, |this| {
                        for b in &tr.bounds {
                            this.visit_param_bound(b, visit::BoundKind::SuperTraits);
                        }
                        let trait_module = this.r.node_modules.get(&item.id).copied();
                        for ai in &tr.items {
                            this.resolve_assoc_item(ai, trait_module);
                        }
                    });
                });
            }),
            ast::ItemKind::TraitAlias(generics, bounds) => self.with_item_ribs(|this| {
                this.with_generics(generics, def, |this| {
                    for b in bounds {
                        this.visit_param_bound(b, visit::BoundKind::Bound);
                    }
                });
            }),
            ast::ItemKind::Impl(imp) => self.with_item_ribs(|this| {
                let impl_def = def.unwrap_or(this.r.crate_root_def());
                this.with_generics(&imp.generics, def, |this| {
                    this.with_self_ty(
                        Res::SelfTyAlias { alias_to: impl_def },
                        Some(Res::SelfCtor(impl_def)),
                        |this| {
                            this.visit_ty(&imp.self_ty);
                            if let Some(tr) = &imp.of_trait {
                                this.resolve_trait_ref(tr);
                            }
                            for ai in &imp.items {
                                this.resolve_assoc_item(ai, None);
                            }
                        },
                    );
                });
            }),
            ast::ItemKind::ForeignMod(fm) => {
                for fi in &fm.items {
                    let fdef = self.r.local_def(fi.id);
                    self.with_item_ribs(|this| match &fi.kind {
                        ast::ForeignItemKind::Fn(f) => {
                            this.with_generics(&f.generics, fdef, |this| {
                                for p in &f.sig.decl.inputs {
                                    this.visit_ty(&p.ty);
                                }
                                if let ast::FnRetTy::Ty(t) = &f.sig.decl.output {
                                    this.visit_ty(t);
                                }
                            });
                        }
                        ast::ForeignItemKind::Static(s) => this.visit_ty(&s.ty),
                        _ => {}
                    });
                }
            }
            ast::ItemKind::Use(_)
            | ast::ItemKind::ExternCrate(_)
            | ast::ItemKind::MacroDef(_)
            | ast::ItemKind::MacCall(_) => {}
            ast::ItemKind::Mod(_, ast::ModKind::Unloaded) => {}
        }
    }

    fn resolve_assoc_item(&mut self, item: &ast::AssocItem, _trait_module: Option<ModuleId>) {
        let def = self.r.local_def(item.id);
        match &item.kind {
            ast::AssocItemKind::Fn(f) => self.with_generics(&f.generics, def, |this| {
                this.resolve_fn(&f.sig.decl, f.body.as_deref())
            }),
            ast::AssocItemKind::Const(c) => self.with_generics(&c.generics, def, |this| {
                this.visit_ty(&c.ty);
                if let Some(e) = &c.expr {
                    this.with_rib(Namespace::ValueNS, RibKind::ConstantItem, |this| {
                        this.visit_expr(e)
                    });
                }
            }),
            ast::AssocItemKind::Type(t) => self.with_generics(&t.generics, def, |this| {
                for b in &t.bounds {
                    this.visit_param_bound(b, visit::BoundKind::Bound);
                }
                if let Some(ty) = &t.ty {
                    this.visit_ty(ty);
                }
            }),
            ast::AssocItemKind::MacCall(_) => {}
        }
    }

    fn with_self_ty<T>(
        &mut self,
        ty_res: Res<NodeId>,
        ctor_res: Option<Res<NodeId>>,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let mut type_rib = Rib::new(RibKind::Normal);
        type_rib
            .bindings
            .insert((kw::SelfUpper, SyntaxContext::ROOT), ty_res);
        self.type_ribs.push(type_rib);
        let mut value_rib = Rib::new(RibKind::Normal);
        if let Some(c) = ctor_res {
            value_rib
                .bindings
                .insert((kw::SelfUpper, SyntaxContext::ROOT), c);
        }
        self.value_ribs.push(value_rib);
        let r = f(self);
        self.value_ribs.pop();
        self.type_ribs.pop();
        r
    }

    /// Brings an item's generic parameters into scope, resolves their bounds and the where
    /// clause, then runs `f`.
    fn with_generics<T>(
        &mut self,
        generics: &ast::Generics,
        _owner: Option<DefId>,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let mut type_rib = Rib::new(RibKind::Normal);
        let mut value_rib = Rib::new(RibKind::Normal);
        let mut lifetimes = Vec::new();
        let mut seen: FxHashMap<Symbol, Span> = FxHashMap::default();
        for p in &generics.params {
            let Some(def) = self.r.local_def(p.id) else {
                continue;
            };
            if let Some(prev) = seen.insert(p.ident.name, p.ident.span) {
                let name = self.r.str(p.ident.name).to_string();
                self.r
                    .sess
                    .dcx
                    .struct_err(p.ident.span, format!("the name `{name}` is already used for a generic parameter in this item's generic parameters"))
                    .code("E0403")
                    .span_label(p.ident.span, "already used")
                    .span_label(prev, format!("first use of `{name}`"))
                    .emit();
            }
            match p.kind {
                ast::GenericParamKind::Lifetime => lifetimes.push((p.ident.name, def)),
                ast::GenericParamKind::Type { .. } => {
                    type_rib.bindings.insert(
                        (p.ident.name, SyntaxContext::ROOT),
                        Res::Def(DefKind::TyParam, def),
                    );
                }
                ast::GenericParamKind::Const { .. } => {
                    value_rib.bindings.insert(
                        (p.ident.name, SyntaxContext::ROOT),
                        Res::Def(DefKind::ConstParam, def),
                    );
                }
            }
        }
        self.type_ribs.push(type_rib);
        self.value_ribs.push(value_rib);
        self.lifetime_ribs.push(lifetimes);
        for p in &generics.params {
            for b in &p.bounds {
                self.visit_param_bound(b, visit::BoundKind::Bound);
            }
            match &p.kind {
                ast::GenericParamKind::Type { default: Some(t) } => self.visit_ty(t),
                ast::GenericParamKind::Const { ty, default, .. } => {
                    self.visit_ty(ty);
                    if let Some(d) = default {
                        self.visit_expr(&d.value);
                    }
                }
                _ => {}
            }
        }
        for w in &generics.where_clause.predicates {
            self.resolve_where_predicate(w);
        }
        let r = f(self);
        self.lifetime_ribs.pop();
        self.value_ribs.pop();
        self.type_ribs.pop();
        r
    }

    fn resolve_where_predicate(&mut self, w: &ast::WherePredicate) {
        match w {
            ast::WherePredicate::BoundPredicate(bp) => {
                self.with_binder(&bp.bound_generic_params, |this| {
                    this.visit_ty(&bp.bounded_ty);
                    for b in &bp.bounds {
                        this.visit_param_bound(b, visit::BoundKind::Bound);
                    }
                });
            }
            ast::WherePredicate::RegionPredicate(rp) => {
                self.resolve_lifetime(&rp.lifetime);
                for b in &rp.bounds {
                    self.visit_param_bound(b, visit::BoundKind::Bound);
                }
            }
            ast::WherePredicate::EqPredicate(ep) => {
                self.visit_ty(&ep.lhs_ty);
                self.visit_ty(&ep.rhs_ty);
            }
        }
    }

    /// `for<'a>` binders: their lifetimes resolve to nothing in particular (late-bound).
    fn with_binder<T>(
        &mut self,
        params: &[ast::GenericParam],
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        let lts: Vec<(Symbol, DefId)> = params
            .iter()
            .filter(|p| matches!(p.kind, ast::GenericParamKind::Lifetime))
            .map(|p| (p.ident.name, self.r.crate_root_def()))
            .collect();
        self.lifetime_ribs.push(lts);
        let r = f(self);
        self.lifetime_ribs.pop();
        r
    }

    fn resolve_fn(&mut self, decl: &ast::FnDecl, body: Option<&ast::Block>) {
        for p in &decl.inputs {
            self.visit_ty(&p.ty);
        }
        if let ast::FnRetTy::Ty(t) = &decl.output {
            self.visit_ty(t);
        }
        self.with_rib(Namespace::ValueNS, RibKind::Normal, |this| {
            this.pat_bindings.push(FxHashMap::default());
            for p in &decl.inputs {
                this.resolve_pattern(&p.pat);
            }
            this.pat_bindings.pop();
            if let Some(body) = body {
                this.label_ribs.push((Vec::new(), RibKind::Item));
                let loops = std::mem::take(&mut this.loops);
                this.resolve_block(body);
                this.loops = loops;
                this.label_ribs.pop();
            }
        });
    }

    fn resolve_trait_ref(&mut self, tr: &ast::TraitRef) {
        self.resolve_path_and_record(tr.ref_id, None, &tr.path, PathSource::Trait);
    }

    /* ------------------------------------------------------------ blocks and statements */

    fn resolve_block(&mut self, block: &ast::Block) {
        let module = self.r.node_modules.get(&block.id).copied();
        let old = self.module;
        if let Some(m) = module {
            self.module = m;
        }
        let kind = module.map_or(RibKind::Normal, RibKind::Module);
        let depth = self.value_ribs.len();
        self.value_ribs.push(Rib::new(kind));
        self.type_ribs.push(Rib::new(kind));
        for stmt in &block.stmts {
            self.resolve_stmt(stmt);
        }
        self.type_ribs.pop();
        self.value_ribs.truncate(depth);
        self.module = old;
    }

    fn resolve_stmt(&mut self, stmt: &ast::Stmt) {
        match &stmt.kind {
            ast::StmtKind::Let(local) => {
                if let Some(ty) = &local.ty {
                    self.visit_ty(ty);
                }
                match &local.kind {
                    ast::LocalKind::Decl => {}
                    ast::LocalKind::Init(e) => self.visit_expr(e),
                    ast::LocalKind::InitElse(e, els) => {
                        self.visit_expr(e);
                        self.resolve_block(els);
                    }
                }
                // Bindings go into the block's rib: later statements see them.
                self.pat_bindings.push(FxHashMap::default());
                self.resolve_pattern(&local.pat);
                self.pat_bindings.pop();
            }
            ast::StmtKind::Item(item) => {
                self.resolve_item(item);
                if matches!(item.kind, ast::ItemKind::MacroDef(_)) {
                    // Popped with the block's ribs (`resolve_block` truncates them).
                    self.value_ribs
                        .push(Rib::new(RibKind::MacroDefinition(item.span)));
                }
            }
            ast::StmtKind::Expr(e) | ast::StmtKind::Semi(e) => self.visit_expr(e),
            ast::StmtKind::Empty | ast::StmtKind::MacCall(_) => {}
        }
    }

    /* ------------------------------------------------------------ patterns */

    /// Resolves a pattern, adding its bindings to the innermost value rib.
    fn resolve_pattern(&mut self, pat: &ast::Pat) {
        self.resolve_pattern_inner(pat);
    }

    fn resolve_pattern_inner(&mut self, pat: &ast::Pat) {
        match &pat.kind {
            ast::PatKind::Ident(mode, ident, sub) => {
                let is_plain = *mode == ast::BindingMode::NONE && sub.is_none();
                if is_plain {
                    if let Some(res) = self.try_resolve_as_non_binding(*ident) {
                        self.record(pat.id, PartialRes::full(res));
                        return;
                    }
                }
                if let Some(sub) = sub {
                    self.resolve_pattern_inner(sub);
                }
                self.fresh_binding(pat.id, *ident);
            }
            ast::PatKind::TupleStruct(qself, path, pats) => {
                if let Some(q) = qself {
                    self.visit_ty(&q.ty);
                }
                self.resolve_path_and_record(
                    pat.id,
                    qself.as_deref(),
                    path,
                    PathSource::TupleStruct,
                );
                for p in pats {
                    self.resolve_pattern_inner(p);
                }
            }
            ast::PatKind::Path(qself, path) => {
                if let Some(q) = qself {
                    self.visit_ty(&q.ty);
                }
                self.resolve_path_and_record(pat.id, qself.as_deref(), path, PathSource::Pat);
            }
            ast::PatKind::Struct(qself, path, fields, _) => {
                if let Some(q) = qself {
                    self.visit_ty(&q.ty);
                }
                self.resolve_path_and_record(pat.id, qself.as_deref(), path, PathSource::Struct);
                for f in fields {
                    self.resolve_pattern_inner(&f.pat);
                }
            }
            ast::PatKind::Or(alts) => {
                // Every alternative must bind the same names; later alternatives' bindings
                // alias the first's.
                let outer = self.pat_bindings.last().cloned().unwrap_or_default();
                let mut first: Option<FxHashMap<(Symbol, SyntaxContext), (NodeId, Span)>> = None;
                for alt in alts {
                    self.pat_bindings.push(outer.clone());
                    // Resolve the alternative in a scratch rib; bindings are re-added below.
                    self.value_ribs.push(Rib::new(RibKind::Normal));
                    self.resolve_pattern_inner(alt);
                    let alt_rib = self
                        .value_ribs
                        .pop()
                        .map(|r| r.bindings)
                        .unwrap_or_default();
                    let mine = self.pat_bindings.pop().unwrap_or_default();
                    let new: FxHashMap<(Symbol, SyntaxContext), (NodeId, Span)> = mine
                        .into_iter()
                        .filter(|(k, _)| !outer.contains_key(k))
                        .collect();
                    let _ = alt_rib;
                    match &first {
                        None => first = Some(new),
                        Some(f) => {
                            for (k, (id, span)) in &new {
                                match f.get(k) {
                                    Some((first_id, _)) => {
                                        self.r.out.binding_alias.insert(*id, *first_id);
                                        self.r
                                            .out
                                            .partial_res
                                            .insert(*id, PartialRes::full(Res::Local(*first_id)));
                                    }
                                    None => self.report_not_bound_in_all(k.0, *span),
                                }
                            }
                            for (k, (_, span)) in f {
                                if !new.contains_key(k) {
                                    self.report_not_bound_in_all(k.0, *span);
                                }
                            }
                        }
                    }
                }
                if let Some(f) = first {
                    for (k, (id, _)) in f {
                        if let Some(rib) = self.value_ribs.last_mut() {
                            rib.bindings.insert(k, Res::Local(id));
                        }
                        if let Some(pb) = self.pat_bindings.last_mut() {
                            pb.insert(k, (id, Span::DUMMY));
                        }
                    }
                }
            }
            ast::PatKind::Tuple(pats) | ast::PatKind::Slice(pats) => {
                for p in pats {
                    self.resolve_pattern_inner(p);
                }
            }
            ast::PatKind::Box(p) | ast::PatKind::Ref(p, _) | ast::PatKind::Paren(p) => {
                self.resolve_pattern_inner(p)
            }
            ast::PatKind::Lit(e) => self.visit_expr(e),
            ast::PatKind::Range(lo, hi, _) => {
                if let Some(lo) = lo {
                    self.visit_expr(lo);
                }
                if let Some(hi) = hi {
                    self.visit_expr(hi);
                }
            }
            ast::PatKind::Wild
            | ast::PatKind::Rest
            | ast::PatKind::Err
            | ast::PatKind::MacCall(_) => {}
        }
    }

    fn report_not_bound_in_all(&self, name: Symbol, span: Span) {
        let n = self.r.str(name);
        self.r
            .sess
            .dcx
            .struct_err(span, format!("variable `{n}` is not bound in all patterns"))
            .code("E0408")
            .span_label(span, "variable not in all patterns".to_string())
            .emit();
    }

    /// A plain identifier pattern that names a unit struct, unit variant or constant.
    fn try_resolve_as_non_binding(&mut self, ident: Ident) -> Option<Res<NodeId>> {
        let binding =
            match self
                .r
                .resolve_in_module_scope(ident, Namespace::ValueNS, self.module, false)
            {
                Lookup::Found(b) => b,
                _ => return None,
            };
        match binding.res {
            Res::Def(
                DefKind::Ctor(_, CtorKind::Const) | DefKind::Const | DefKind::AssocConst,
                _,
            ) => Some(binding.res),
            Res::Def(DefKind::Ctor(_, CtorKind::Fn), _) | Res::Def(DefKind::Static { .. }, _) => {
                // rustc: "let bindings cannot shadow tuple structs" and the like.
                None
            }
            _ => None,
        }
    }

    fn fresh_binding(&mut self, id: NodeId, ident: Ident) {
        let key = self.hygienic(ident);
        if let Some(pb) = self.pat_bindings.last_mut() {
            if let Some((_, prev_span)) = pb.get(&key) {
                if *prev_span != Span::DUMMY {
                    let n = self.r.str(ident.name).to_string();
                    self.r
                        .sess
                        .dcx
                        .struct_err(
                            ident.span,
                            format!("identifier `{n}` is bound more than once in the same pattern"),
                        )
                        .code("E0416")
                        .span_label(ident.span, "used in a pattern more than once")
                        .emit();
                    return;
                }
            }
            pb.insert(key, (id, ident.span));
        }
        if let Some(rib) = self.value_ribs.last_mut() {
            rib.bindings.insert(key, Res::Local(id));
        }
        self.record(id, PartialRes::full(Res::Local(id)));
    }

    /* ------------------------------------------------------------ paths */

    /// Resolves `path` and records the result under `id` (and under each segment's id).
    pub(crate) fn resolve_path_and_record(
        &mut self,
        id: NodeId,
        qself: Option<&ast::QSelf>,
        path: &ast::Path,
        source: PathSource,
    ) {
        for seg in &path.segments {
            if let Some(args) = &seg.args {
                self.visit_generic_args(args);
            }
        }
        let res = match qself {
            Some(q) => {
                // `<T as Trait>::Item`: the trait part resolves as a trait path; the rest is
                // type-relative.
                if q.position == 0 {
                    PartialRes {
                        base_res: Res::Err,
                        unresolved_segments: path.segments.len(),
                    }
                } else {
                    let trait_path = &path.segments[..q.position];
                    match self.resolve_path_segments(
                        trait_path,
                        Namespace::TypeNS,
                        path.span,
                        PathSource::Trait,
                        id,
                    ) {
                        Some(pr) if pr.unresolved_segments == 0 => {
                            // The associated item of the trait.
                            let rest = &path.segments[q.position..];
                            match (pr.base_res, rest) {
                                (Res::Def(DefKind::Trait, t), [item]) => {
                                    let ns = source.namespace();
                                    match self.trait_item(t, item.ident.name, ns) {
                                        Some(res) => PartialRes::full(res),
                                        None => {
                                            self.report_not_found_in_trait(t, item.ident);
                                            PartialRes::full(Res::Err)
                                        }
                                    }
                                }
                                _ => PartialRes {
                                    base_res: pr.base_res,
                                    unresolved_segments: rest.len(),
                                },
                            }
                        }
                        Some(pr) => pr,
                        None => PartialRes::full(Res::Err),
                    }
                }
            }
            None => {
                let ns = source.namespace();
                match self.resolve_path_segments(&path.segments, ns, path.span, source, id) {
                    Some(pr) => pr,
                    None => PartialRes::full(Res::Err),
                }
            }
        };
        self.check_res_kind(&res, path, source);
        self.record(id, res);
        if matches!(source, PathSource::Expr) && res.unresolved_segments > 0 {
            let traits = self.traits_in_scope();
            self.r.out.trait_map.insert(id, traits);
        }
    }

    fn trait_item(&self, trait_def: DefId, name: Symbol, ns: Namespace) -> Option<Res<NodeId>> {
        let m = self.r.cstore.def_modules.get(&trait_def).copied()?;
        match self.r.lookup_in_module(m, name, ns) {
            Lookup::Found(b) => Some(b.res),
            _ => None,
        }
    }

    fn report_not_found_in_trait(&self, trait_def: DefId, item: Ident) {
        let n = self.r.str(item.name);
        let t = self.r.str(self.r.def_name(trait_def));
        self.r
            .sess
            .dcx
            .struct_err(
                item.span,
                format!("cannot find method or associated constant `{n}` in trait `{t}`"),
            )
            .code("E0576")
            .span_label(item.span, format!("not found in `{t}`"))
            .emit();
    }

    /// Reports resolutions of the wrong kind (`expected value, found struct`).
    fn check_res_kind(&self, res: &PartialRes, path: &ast::Path, source: PathSource) {
        let Some(full) = res.full_res() else { return };
        let ok = match (source, full) {
            (_, Res::Err) => true,
            (PathSource::Expr, Res::Def(kind, _)) => matches!(
                kind,
                DefKind::Fn
                    | DefKind::AssocFn
                    | DefKind::Const
                    | DefKind::AssocConst
                    | DefKind::Static { .. }
                    | DefKind::Ctor(..)
                    | DefKind::ConstParam
            ),
            (PathSource::Expr, Res::Local(_) | Res::SelfCtor(_)) => true,
            (PathSource::Type, Res::Def(kind, _)) => matches!(
                kind,
                DefKind::Struct
                    | DefKind::Union
                    | DefKind::Enum
                    | DefKind::TyAlias
                    | DefKind::ForeignTy
                    | DefKind::AssocTy
                    | DefKind::TyParam
                    | DefKind::Trait
                    | DefKind::TraitAlias
            ),
            (
                PathSource::Type,
                Res::PrimTy(_) | Res::SelfTyParam { .. } | Res::SelfTyAlias { .. },
            ) => true,
            (PathSource::Trait, Res::Def(DefKind::Trait | DefKind::TraitAlias, _)) => true,
            (PathSource::Struct, Res::Def(kind, _)) => {
                matches!(
                    kind,
                    DefKind::Struct
                        | DefKind::Union
                        | DefKind::Variant
                        | DefKind::TyAlias
                        | DefKind::AssocTy
                )
            }
            (PathSource::Struct, Res::SelfTyAlias { .. }) => true,
            (
                PathSource::TupleStruct,
                Res::Def(DefKind::Ctor(_, CtorKind::Fn), _) | Res::SelfCtor(_),
            ) => true,
            (
                PathSource::Pat,
                Res::Def(
                    DefKind::Ctor(_, CtorKind::Const) | DefKind::Const | DefKind::AssocConst,
                    _,
                ),
            ) => true,
            (PathSource::Pat, Res::SelfCtor(_)) => true,
            _ => false,
        };
        if !ok {
            self.r.report_wrong_res(full, path, source, self.module);
        }
    }

    /// Resolves path segments; `None` after reporting an error.
    fn resolve_path_segments(
        &mut self,
        segs: &[ast::PathSegment],
        ns: Namespace,
        span: Span,
        source: PathSource,
        id: NodeId,
    ) -> Option<PartialRes> {
        let _ = id;
        let idents: Vec<Ident> = segs.iter().map(|s| s.ident).collect();
        if idents.is_empty() {
            return Some(PartialRes::full(Res::Err));
        }
        // Special starts (`crate::`, `self::`, `super::`, `::`, `$crate::`).
        let (mut current, start) = match self.r.path_start(&idents, self.module, false) {
            Ok(Some((m, i))) => {
                let res = match self.r.cstore.modules[m].def_id() {
                    Some(d) => Res::Def(DefKind::Mod, d),
                    None => Res::Err,
                };
                if i == idents.len() {
                    // `self` alone in an expression is a local variable, handled below.
                    if idents.len() == 1
                        && idents[0].name == kw::SelfLower
                        && ns == Namespace::ValueNS
                    {
                        (None, 0)
                    } else {
                        return Some(PartialRes::full(res));
                    }
                } else {
                    (Some((res, Some(m))), i)
                }
            }
            Ok(None) => (None, 0),
            Err(e) => {
                self.r
                    .report_path_error(&idents, e, ns, source, span, self.module);
                return None;
            }
        };
        let mut i = start;
        if current.is_none() {
            let first = idents[0];
            let first_ns = if idents.len() == 1 {
                ns
            } else {
                Namespace::TypeNS
            };
            match self.resolve_ident_in_lexical_scope(first, first_ns) {
                Some(res_and_module) => current = Some(res_and_module),
                None => {
                    // A value path of one segment may also be a local `self`.
                    self.r.report_unresolved_ident(
                        &idents,
                        0,
                        first_ns,
                        source,
                        span,
                        self.module,
                        &self.local_names(),
                    );
                    return None;
                }
            }
            i = 1;
        }
        while i < idents.len() {
            let Some((res, module)) = current else { break };
            if let Some(seg) = segs.get(i - 1) {
                self.record(seg.id, PartialRes::full(res));
            }
            let is_last = i == idents.len() - 1;
            let seg_ns = if is_last { ns } else { Namespace::TypeNS };
            match res {
                Res::Def(DefKind::Mod | DefKind::Enum | DefKind::Trait, _) => {
                    let Some(m) = module.or_else(|| {
                        res.def_id()
                            .and_then(|d| self.r.cstore.def_modules.get(&d).copied())
                    }) else {
                        return Some(PartialRes {
                            base_res: res,
                            unresolved_segments: idents.len() - i,
                        });
                    };
                    // A trait's associated items, or an enum's variants; type-relative if
                    // not found (`Trait::method` on a trait with that method).
                    let lookup = self.r.lookup_in_module(m, idents[i].name, seg_ns);
                    let lookup = match (lookup, res) {
                        (Lookup::NotFound, Res::Def(DefKind::Enum | DefKind::Trait, _))
                            if seg_ns == Namespace::ValueNS =>
                        {
                            self.r
                                .lookup_in_module(m, idents[i].name, Namespace::TypeNS)
                        }
                        (l, _) => l,
                    };
                    match lookup {
                        Lookup::Found(b) => {
                            if !self.r.is_accessible_from(b.vis, self.module)
                                && !matches!(res, Res::Def(DefKind::Enum | DefKind::Trait, _))
                            {
                                self.r.report_private(idents[i], &b);
                            }
                            let bm = self.r.binding_module(&b);
                            current = Some((b.res, bm));
                        }
                        _ => {
                            // Not a variant of the enum (or an item of the trait): an
                            // associated item, resolved by type checking (`Foo::default()`).
                            if let Res::Def(DefKind::Trait | DefKind::Enum, _) = res {
                                return Some(PartialRes {
                                    base_res: res,
                                    unresolved_segments: idents.len() - i,
                                });
                            }
                            // `use std::f64;` then `f64::from_bits(..)`: a module named like a
                            // primitive type falls back to the type (as in rustc).
                            if let Some(prim) = self.prim_fallback(&idents, start) {
                                return Some(PartialRes {
                                    base_res: Res::PrimTy(prim),
                                    unresolved_segments: idents.len() - 1,
                                });
                            }
                            self.r.report_unresolved_ident(
                                &idents,
                                i,
                                seg_ns,
                                source,
                                span,
                                m,
                                &Vec::new(),
                            );
                            return None;
                        }
                    }
                }
                Res::Def(
                    DefKind::Struct
                    | DefKind::Union
                    | DefKind::TyAlias
                    | DefKind::TyParam
                    | DefKind::AssocTy
                    | DefKind::ForeignTy,
                    _,
                )
                | Res::PrimTy(_)
                | Res::SelfTyParam { .. }
                | Res::SelfTyAlias { .. } => {
                    // A type: the rest is resolved by type checking.
                    return Some(PartialRes {
                        base_res: res,
                        unresolved_segments: idents.len() - i,
                    });
                }
                Res::Err => return Some(PartialRes::full(Res::Err)),
                other => {
                    self.r.report_path_error(
                        &idents,
                        crate::ident::PathError::NotAModule {
                            segment: i - 1,
                            res: other,
                        },
                        ns,
                        source,
                        span,
                        self.module,
                    );
                    return None;
                }
            }
            i += 1;
        }
        let (res, _) = current?;
        if let Res::Def(DefKind::Mod, _) = res {
            if ns == Namespace::TypeNS || idents.len() > 1 {
                if let Some(prim) = self.prim_fallback(&idents, start) {
                    return Some(PartialRes {
                        base_res: Res::PrimTy(prim),
                        unresolved_segments: idents.len() - 1,
                    });
                }
            }
        }
        Some(PartialRes::full(res))
    }

    /// The primitive type a path's first segment names, when the path started in lexical
    /// scope (no `crate::`, `::` and the like).
    fn prim_fallback(&self, idents: &[Ident], start: usize) -> Option<PrimTy> {
        if start != 0 {
            return None;
        }
        PrimTy::from_name(self.r.str(idents.first()?.name))
    }

    /// A name in scope: local ribs first (for its namespace), then items.
    fn resolve_ident_in_lexical_scope(
        &mut self,
        ident: Ident,
        ns: Namespace,
    ) -> Option<(Res<NodeId>, Option<ModuleId>)> {
        let mut key = self.hygienic(ident);
        let mut ctxt = ident.span.ctxt;
        let ribs = match ns {
            Namespace::ValueNS => &self.value_ribs,
            _ => &self.type_ribs,
        };
        let mut crossed_item = false;
        let mut crossed_const = false;
        for rib in ribs.iter().rev() {
            if let RibKind::MacroDefinition(def_site) = rib.kind {
                let hygiene = &self.r.sess.hygiene;
                let outer = hygiene.outer_expn(ctxt);
                if ctxt != SyntaxContext::ROOT && hygiene.expn_data(outer).def_site == def_site {
                    ctxt = hygiene.parent_ctxt(ctxt);
                    key = (ident.name, hygiene.normalize_to_macro_rules(ctxt));
                }
            }
            let found = rib
                .bindings
                .get(&key)
                .or_else(|| {
                    if ident.name == kw::SelfUpper {
                        rib.bindings.get(&(kw::SelfUpper, SyntaxContext::ROOT))
                    } else {
                        None
                    }
                })
                .or_else(
                    || match rib.bindings.get(&(ident.name, SyntaxContext::ROOT)) {
                        // Generic parameters are not hygienic.
                        Some(r @ Res::Def(DefKind::TyParam | DefKind::ConstParam, _)) => Some(r),
                        _ => None,
                    },
                );
            if let Some(&res) = found {
                if crossed_item {
                    match res {
                        Res::Local(_) => {
                            let n = self.r.str(ident.name).to_string();
                            self.r
                                .sess
                                .dcx
                                .struct_err(
                                    ident.span,
                                    "can't capture dynamic environment in a fn item",
                                )
                                .code("E0434")
                                .help("use the `|| { ... }` closure form instead")
                                .emit();
                            let _ = n;
                            return Some((Res::Err, None));
                        }
                        Res::Def(DefKind::TyParam | DefKind::ConstParam, _)
                        | Res::SelfTyParam { .. }
                        | Res::SelfTyAlias { .. } => {
                            let n = self.r.str(ident.name).to_string();
                            self.r
                                .sess
                                .dcx
                                .struct_err(
                                    ident.span,
                                    "can't use generic parameters from outer item".to_string(),
                                )
                                .code("E0401")
                                .span_label(
                                    ident.span,
                                    "use of generic parameter from outer item".to_string(),
                                )
                                .emit();
                            let _ = n;
                            return Some((Res::Err, None));
                        }
                        _ => {}
                    }
                }
                if crossed_const {
                    if let Res::Def(DefKind::TyParam | DefKind::ConstParam, _) = res {
                        // Constants cannot use generic parameters.
                    }
                }
                return Some((res, None));
            }
            match rib.kind {
                RibKind::Item => crossed_item = true,
                RibKind::ConstantItem => crossed_const = true,
                RibKind::Module(m) => {
                    if let Lookup::Found(b) = self.r.lookup_in_module(m, ident.name, ns) {
                        let bm = self.r.binding_module(&b);
                        return Some((b.res, bm));
                    }
                }
                _ => {}
            }
        }
        match self
            .r
            .resolve_in_module_scope(ident, ns, self.module, false)
        {
            Lookup::Found(b) => {
                let bm = self.r.binding_module(&b);
                Some((b.res, bm))
            }
            _ => None,
        }
    }

    /// The names of local variables in scope, for suggestions.
    fn local_names(&self) -> Vec<Symbol> {
        let mut out = Vec::new();
        for rib in self.value_ribs.iter().rev() {
            for (k, v) in &rib.bindings {
                if matches!(v, Res::Local(_)) {
                    out.push(k.0);
                }
            }
            if rib.kind == RibKind::Item {
                break;
            }
        }
        out
    }

    /// The traits whose methods can be called here: those named in the enclosing block
    /// modules and the current module, and the prelude's.
    fn traits_in_scope(&self) -> Vec<DefId> {
        let mut out = Vec::new();
        let add_module = |r: &Resolver<'_>, m: ModuleId, out: &mut Vec<DefId>| {
            let mut visited = rustc_hash::FxHashSet::default();
            collect_traits(r, m, out, &mut visited);
        };
        for rib in self.value_ribs.iter().rev() {
            if let RibKind::Module(m) = rib.kind {
                add_module(self.r, m, &mut out);
            }
        }
        let normal = self.r.cstore.modules[self.module].normal_ancestor;
        add_module(self.r, normal, &mut out);
        if !self.r.cstore.modules[self.module].no_implicit_prelude {
            if let Some(p) = self.r.prelude {
                add_module(self.r, p, &mut out);
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /* ------------------------------------------------------------ lifetimes and labels */

    fn resolve_lifetime(&mut self, lt: &ast::Lifetime) {
        let name = lt.ident.name;
        let res = if name == kw::StaticLifetime {
            LifetimeRes::Static
        } else if name == kw::UnderscoreLifetime {
            LifetimeRes::Infer
        } else {
            let found = self
                .lifetime_ribs
                .iter()
                .rev()
                .find_map(|rib| rib.iter().find(|(n, _)| *n == name).map(|(_, d)| *d));
            match found {
                Some(d) if d == self.r.crate_root_def() => LifetimeRes::Infer,
                Some(d) => LifetimeRes::Param(d),
                None => {
                    let n = self.r.str(name).to_string();
                    self.r
                        .sess
                        .dcx
                        .struct_err(
                            lt.ident.span,
                            format!("use of undeclared lifetime name `{n}`"),
                        )
                        .code("E0261")
                        .span_label(lt.ident.span, "undeclared lifetime")
                        .emit();
                    LifetimeRes::Error
                }
            }
        };
        self.r.out.lifetime_res.insert(lt.id, res);
    }

    fn with_label<T>(
        &mut self,
        label: Option<&ast::Label>,
        target: NodeId,
        is_loop: bool,
        f: impl FnOnce(&mut Self) -> T,
    ) -> T {
        if let Some(l) = label {
            let ctxt = self
                .r
                .sess
                .hygiene
                .normalize_to_macro_rules(l.ident.span.ctxt);
            if let Some((rib, _)) = self.label_ribs.last_mut() {
                rib.push((l.ident.name, ctxt, target));
            } else {
                self.label_ribs
                    .push((vec![(l.ident.name, ctxt, target)], RibKind::Normal));
            }
        }
        if is_loop {
            self.loops.push(Some(target));
        }
        let r = f(self);
        if is_loop {
            self.loops.pop();
        }
        if label.is_some() {
            if let Some((rib, _)) = self.label_ribs.last_mut() {
                rib.pop();
            }
        }
        r
    }

    fn resolve_label(&mut self, expr: NodeId, label: Option<&ast::Label>, span: Span, what: &str) {
        match label {
            Some(l) => {
                let ctxt = self
                    .r
                    .sess
                    .hygiene
                    .normalize_to_macro_rules(l.ident.span.ctxt);
                let mut found = None;
                for (rib, kind) in self.label_ribs.iter().rev() {
                    if let Some((_, _, t)) = rib
                        .iter()
                        .rev()
                        .find(|(n, c, _)| *n == l.ident.name && *c == ctxt)
                    {
                        found = Some(*t);
                        break;
                    }
                    if matches!(kind, RibKind::Item | RibKind::Closure) {
                        break;
                    }
                }
                match found {
                    Some(t) => {
                        self.r.out.label_res.insert(expr, t);
                    }
                    None => {
                        let n = self.r.str(l.ident.name).to_string();
                        self.r
                            .sess
                            .dcx
                            .struct_err(l.ident.span, format!("use of undeclared label `{n}`"))
                            .code("E0426")
                            .span_label(l.ident.span, format!("undeclared label `{n}`"))
                            .emit();
                    }
                }
            }
            None => match self.loops.last() {
                Some(Some(t)) => {
                    self.r.out.label_res.insert(expr, *t);
                }
                _ => {
                    // A `break` may also leave a labeled block; a `continue` may not.
                    let place = if what == "break" {
                        "a loop or labeled block"
                    } else {
                        "a loop"
                    };
                    self.r
                        .sess
                        .dcx
                        .struct_err(span, format!("`{what}` outside of {place}"))
                        .code("E0268")
                        .span_label(span, format!("cannot `{what}` outside of {place}"))
                        .emit();
                }
            },
        }
    }
}

fn collect_traits(
    r: &Resolver<'_>,
    m: ModuleId,
    out: &mut Vec<DefId>,
    visited: &mut rustc_hash::FxHashSet<ModuleId>,
) {
    if !visited.insert(m) {
        return;
    }
    for ((_, ns), b) in &r.cstore.modules[m].resolutions {
        if *ns == Namespace::TypeNS {
            if let Res::Def(DefKind::Trait | DefKind::TraitAlias, d) = b.res {
                out.push(d);
            }
        }
    }
    // Anonymous imports (`use Trait as _`) are also in scope.
    for imp in &r.imports {
        if imp.module == m {
            if let crate::imports::ImportKind::Single { target, .. } = imp.kind {
                if target.name == kw::Underscore {
                    if let Ok(b) = r.resolve_module_path(&imp.path, m, true) {
                        if let Res::Def(DefKind::Trait, d) = b.res {
                            out.push(d);
                        }
                    }
                }
            }
        }
    }
    for (g, _, _) in r.cstore.modules[m].globs.clone() {
        collect_traits(r, g, out, visited);
    }
}

impl<'ast> Visitor<'ast> for LateResolver<'_, '_> {
    fn visit_item(&mut self, item: &'ast ast::Item) {
        self.resolve_item(item);
    }

    fn visit_block(&mut self, block: &'ast ast::Block) {
        self.resolve_block(block);
    }

    fn visit_ty(&mut self, ty: &'ast ast::Ty) {
        match &ty.kind {
            ast::TyKind::Path(qself, path) => {
                if let Some(q) = qself {
                    self.visit_ty(&q.ty);
                }
                self.resolve_path_and_record(ty.id, qself.as_deref(), path, PathSource::Type);
            }
            ast::TyKind::Ref(lt, mt) => {
                if let Some(lt) = lt {
                    self.resolve_lifetime(lt);
                }
                self.visit_ty(&mt.ty);
            }
            ast::TyKind::BareFn(f) => {
                self.with_binder(&f.generic_params, |this| {
                    for p in &f.decl.inputs {
                        this.visit_ty(&p.ty);
                    }
                    if let ast::FnRetTy::Ty(t) = &f.decl.output {
                        this.visit_ty(t);
                    }
                });
            }
            ast::TyKind::Array(t, len) => {
                self.visit_ty(t);
                self.with_rib(Namespace::ValueNS, RibKind::ConstantItem, |this| {
                    this.visit_expr(&len.value)
                });
            }
            _ => visit::walk_ty(self, ty),
        }
    }

    fn visit_param_bound(&mut self, bound: &'ast ast::GenericBound, _kind: visit::BoundKind) {
        match bound {
            ast::GenericBound::Trait(poly, _) => {
                self.with_binder(&poly.bound_generic_params, |this| {
                    this.resolve_trait_ref(&poly.trait_ref)
                });
            }
            ast::GenericBound::Outlives(lt) => self.resolve_lifetime(lt),
            ast::GenericBound::Use(args, _) => {
                for a in args {
                    self.visit_generic_arg(a);
                }
            }
        }
    }

    fn visit_lifetime(&mut self, lt: &'ast ast::Lifetime, _ctxt: visit::LifetimeCtxt) {
        self.resolve_lifetime(lt);
    }

    fn visit_expr(&mut self, expr: &'ast ast::Expr) {
        match &expr.kind {
            ast::ExprKind::Path(qself, path) => {
                if let Some(q) = qself {
                    self.visit_ty(&q.ty);
                }
                self.resolve_path_and_record(expr.id, qself.as_deref(), path, PathSource::Expr);
            }
            ast::ExprKind::Struct(se) => {
                if let Some(q) = &se.qself {
                    self.visit_ty(&q.ty);
                }
                self.resolve_path_and_record(
                    expr.id,
                    se.qself.as_deref(),
                    &se.path,
                    PathSource::Struct,
                );
                for f in &se.fields {
                    self.visit_expr(&f.expr);
                }
                if let ast::StructRest::Base(b) = &se.rest {
                    self.visit_expr(b);
                }
            }
            ast::ExprKind::MethodCall(mc) => {
                self.visit_expr(&mc.receiver);
                if let Some(args) = &mc.seg.args {
                    self.visit_generic_args(args);
                }
                for a in &mc.args {
                    self.visit_expr(a);
                }
                let traits = self.traits_in_scope();
                self.r.out.trait_map.insert(expr.id, traits);
            }
            ast::ExprKind::Binary(..)
            | ast::ExprKind::AssignOp(..)
            | ast::ExprKind::Unary(..)
            | ast::ExprKind::Index(..) => {
                visit::walk_expr(self, expr);
            }
            ast::ExprKind::Let(pat, init, _) => {
                self.visit_expr(init);
                self.resolve_pattern(pat);
            }
            ast::ExprKind::If(cond, then, els) => {
                self.with_rib(Namespace::ValueNS, RibKind::Normal, |this| {
                    this.pat_bindings.push(FxHashMap::default());
                    this.visit_expr(cond);
                    this.pat_bindings.pop();
                    this.resolve_block(then);
                });
                if let Some(e) = els {
                    self.visit_expr(e);
                }
            }
            ast::ExprKind::While(cond, body, label) => {
                self.with_label(label.as_ref(), expr.id, true, |this| {
                    this.with_rib(Namespace::ValueNS, RibKind::Normal, |this| {
                        this.pat_bindings.push(FxHashMap::default());
                        this.visit_expr(cond);
                        this.pat_bindings.pop();
                        this.resolve_block(body);
                    });
                });
            }
            ast::ExprKind::ForLoop {
                pat,
                iter,
                body,
                label,
            } => {
                self.visit_expr(iter);
                self.with_label(label.as_ref(), expr.id, true, |this| {
                    this.with_rib(Namespace::ValueNS, RibKind::Normal, |this| {
                        this.pat_bindings.push(FxHashMap::default());
                        this.resolve_pattern(pat);
                        this.pat_bindings.pop();
                        this.resolve_block(body);
                    });
                });
            }
            ast::ExprKind::Loop(body, label) => {
                self.with_label(label.as_ref(), expr.id, true, |this| {
                    this.resolve_block(body)
                });
            }
            ast::ExprKind::Block(body, label) => {
                if label.is_some() {
                    self.with_label(label.as_ref(), expr.id, false, |this| {
                        this.resolve_block(body)
                    });
                } else {
                    self.resolve_block(body);
                }
            }
            ast::ExprKind::Break(label, value) => {
                if let Some(v) = value {
                    self.visit_expr(v);
                }
                self.resolve_label(expr.id, label.as_ref(), expr.span, "break");
            }
            ast::ExprKind::Continue(label) => {
                self.resolve_label(expr.id, label.as_ref(), expr.span, "continue")
            }
            ast::ExprKind::Match(scrut, arms) => {
                self.visit_expr(scrut);
                for arm in arms {
                    self.with_rib(Namespace::ValueNS, RibKind::Normal, |this| {
                        this.pat_bindings.push(FxHashMap::default());
                        this.resolve_pattern(&arm.pat);
                        this.pat_bindings.pop();
                        if let Some(g) = &arm.guard {
                            this.visit_expr(g);
                        }
                        if let Some(b) = &arm.body {
                            this.visit_expr(b);
                        }
                    });
                }
            }
            ast::ExprKind::Closure(c) => {
                self.value_ribs.push(Rib::new(RibKind::Closure));
                self.label_ribs.push((Vec::new(), RibKind::Closure));
                let loops = std::mem::take(&mut self.loops);
                self.pat_bindings.push(FxHashMap::default());
                for p in &c.fn_decl.inputs {
                    self.visit_ty(&p.ty);
                    self.resolve_pattern(&p.pat);
                }
                self.pat_bindings.pop();
                if let ast::FnRetTy::Ty(t) = &c.fn_decl.output {
                    self.visit_ty(t);
                }
                self.visit_expr(&c.body);
                self.loops = loops;
                self.label_ribs.pop();
                self.value_ribs.pop();
            }
            ast::ExprKind::ConstBlock(anon) => self.visit_expr(&anon.value),
            ast::ExprKind::Repeat(e, len) => {
                self.visit_expr(e);
                self.visit_expr(&len.value);
            }
            _ => visit::walk_expr(self, expr),
        }
    }

    fn visit_generic_arg(&mut self, arg: &'ast ast::GenericArg) {
        match arg {
            ast::GenericArg::Type(t) => {
                // A single-segment path may name a constant (`foo::<N>()`): resolve it as a
                // type first and as a value when that fails.
                if let ast::TyKind::Path(None, path) = &t.kind {
                    if path.segments.len() == 1 && path.segments[0].args.is_none() {
                        let ident = path.segments[0].ident;
                        if self
                            .resolve_ident_in_lexical_scope(ident, Namespace::TypeNS)
                            .is_none()
                        {
                            if let Some((res, _)) =
                                self.resolve_ident_in_lexical_scope(ident, Namespace::ValueNS)
                            {
                                self.record(t.id, PartialRes::full(res));
                                return;
                            }
                        }
                    }
                }
                self.visit_ty(t);
            }
            ast::GenericArg::Lifetime(l) => self.resolve_lifetime(l),
            ast::GenericArg::Const(c) => self.visit_expr(&c.value),
        }
    }

    fn visit_mac_call(&mut self, _mac: &'ast ast::MacCall) {}

    fn visit_path(&mut self, path: &'ast ast::Path, id: NodeId) {
        // Paths met outside the cases above (visibility paths): nothing to record.
        let _ = (path, id);
    }
}

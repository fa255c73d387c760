//! Lowering of items: each becomes an owner node keyed by its `DefId`, with its body (if it
//! has one) lowered into the owner's arenas.

use smelt_ast as ast;
use smelt_span::Ident;

use super::{lower_visibility, LoweringContext};
use crate::hir::*;
use crate::{DefId, DefIndex, DefKind, Res};

impl LoweringContext<'_> {
    fn visibility_of(&self, def: DefId) -> Visibility {
        let parent_mod = self.parent_module_of(def);
        lower_visibility(
            self.resolver.visibilities.get(&def.index).copied(),
            parent_mod,
        )
    }

    fn parent_module_of(&self, def: DefId) -> DefId {
        let mut cur = def;
        while let Some(p) = self.def_parent(cur) {
            if self.def_kind(p) == DefKind::Mod {
                return p;
            }
            cur = p;
        }
        DefId {
            krate: self.krate,
            index: DefIndex::CRATE_ROOT,
        }
    }

    /// Lowers an item; returns its `DefId` (`None` for items that leave nothing behind:
    /// `use`, leftover macro calls).
    pub fn lower_item(&mut self, item: &ast::Item) -> Option<DefId> {
        let def_id = self.local_def(item.id)?;
        let attrs = self.lower_attrs(&item.attrs);
        let vis = self.visibility_of(def_id);
        let prev_self = self.self_res.take();
        let kind = match &item.kind {
            ast::ItemKind::ExternCrate(orig) => ItemKind::ExternCrate(*orig),
            ast::ItemKind::Use(_) => ItemKind::Use,
            ast::ItemKind::Static(s) => {
                let ty = self.lower_ty(&s.ty);
                match &s.expr {
                    Some(e) => {
                        self.lower_body(def_id.index, |this| (Vec::new(), this.lower_expr(e)))
                    }
                    None => {
                        self.sess
                            .dcx
                            .struct_err(item.span, "free static item without body")
                            .span_suggestion(
                                semi_span(item.span),
                                "provide a definition for the static",
                                " = <expr>;",
                            )
                            .emit();
                    }
                }
                ItemKind::Static(ty, s.mutability, def_id)
            }
            ast::ItemKind::Const(c) => {
                let generics = self.lower_generics(&c.generics);
                let ty = self.lower_ty(&c.ty);
                match &c.expr {
                    Some(e) => {
                        self.lower_body(def_id.index, |this| (Vec::new(), this.lower_expr(e)))
                    }
                    None => {
                        self.sess
                            .dcx
                            .struct_err(item.span, "free constant item without body")
                            .span_suggestion(
                                semi_span(item.span),
                                "provide a definition for the constant",
                                " = <expr>;",
                            )
                            .emit();
                    }
                }
                ItemKind::Const(ty, generics, def_id)
            }
            ast::ItemKind::Fn(f) => {
                let (sig, generics) = self.lower_fn_sig_and_generics(f, Abi::Rust);
                match &f.body {
                    Some(body) => self.lower_fn_body(def_id.index, &f.sig.decl, body),
                    // Intrinsics are implemented by the compiler.
                    None if attrs.intrinsic => {}
                    None => {
                        self.sess
                            .dcx
                            .struct_err(item.span, "free function without a body")
                            .span_suggestion(
                                semi_span(item.span),
                                "provide a definition for the function",
                                "{ <body> }",
                            )
                            .emit();
                    }
                }
                ItemKind::Fn(sig, generics, def_id)
            }
            ast::ItemKind::Mod(_, ast::ModKind::Loaded(items, ..)) => {
                let mut children = Vec::new();
                for i in items {
                    if let Some(d) = self.lower_item(i) {
                        children.push(d);
                    }
                }
                ItemKind::Mod(children)
            }
            ast::ItemKind::Mod(_, ast::ModKind::Unloaded) => ItemKind::Mod(Vec::new()),
            ast::ItemKind::ForeignMod(fm) => {
                let abi = fm.abi.as_ref().map_or(Abi::C, |s| self.lower_abi_str(s));
                let mut items = Vec::new();
                for fi in &fm.items {
                    if let Some(d) = self.lower_foreign_item(fi, abi) {
                        items.push(d);
                    }
                }
                ItemKind::ForeignMod { abi, items }
            }
            ast::ItemKind::TyAlias(t) => {
                let generics = self.lower_generics(&t.generics);
                let ty = match &t.ty {
                    Some(ty) => self.lower_ty(ty),
                    None => {
                        let e = self
                            .sess
                            .dcx
                            .struct_err(item.span, "free type alias without body")
                            .span_suggestion(
                                semi_span(item.span),
                                "provide a definition for the type",
                                " = <type>;",
                            )
                            .emit();
                        Ty {
                            kind: TyKind::Err(e),
                            span: item.span,
                        }
                    }
                };
                ItemKind::TyAlias(ty, generics)
            }
            ast::ItemKind::Enum(e, g) => {
                let generics = self.lower_generics(g);
                let variants = e
                    .variants
                    .iter()
                    .filter_map(|v| self.lower_variant(v))
                    .collect();
                ItemKind::Enum(EnumDef { variants }, generics)
            }
            ast::ItemKind::Struct(data, g) => {
                let generics = self.lower_generics(g);
                ItemKind::Struct(self.lower_variant_data(data, def_id), generics)
            }
            ast::ItemKind::Union(data, g) => {
                let generics = self.lower_generics(g);
                ItemKind::Union(self.lower_variant_data(data, def_id), generics)
            }
            ast::ItemKind::Trait(tr) => {
                self.self_res = Some(Res::SelfTyParam { trait_: def_id });
                let generics = self.lower_generics(&tr.generics);
                let bounds = self.lower_bounds(&tr.bounds);
                let items = tr
                    .items
                    .iter()
                    .filter_map(|ai| self.lower_trait_item(ai))
                    .collect();
                ItemKind::Trait {
                    is_auto: tr.is_auto,
                    safety: self.lower_safety(tr.safety),
                    generics,
                    bounds,
                    items,
                }
            }
            ast::ItemKind::TraitAlias(g, b) => {
                self.self_res = Some(Res::SelfTyParam { trait_: def_id });
                let generics = self.lower_generics(g);
                let bounds = self.lower_bounds(b);
                ItemKind::TraitAlias(generics, bounds)
            }
            ast::ItemKind::Impl(imp) => {
                self.self_res = Some(Res::SelfTyAlias { alias_to: def_id });
                let generics = self.lower_generics(&imp.generics);
                let of_trait = imp.of_trait.as_ref().map(|t| TraitRef {
                    path: self.lower_path(t.ref_id, &t.path),
                });
                let self_ty = self.lower_ty(&imp.self_ty);
                let items = imp
                    .items
                    .iter()
                    .filter_map(|ai| self.lower_impl_item(ai, of_trait.is_some()))
                    .collect();
                ItemKind::Impl(Impl {
                    safety: self.lower_safety(imp.safety),
                    negative: imp.negative.is_some(),
                    generics,
                    of_trait,
                    self_ty,
                    items,
                })
            }
            ast::ItemKind::MacCall(_) => {
                self.self_res = prev_self;
                return None;
            }
            ast::ItemKind::MacroDef(_) => ItemKind::Macro,
        };
        self.self_res = prev_self;
        self.out.owners.insert(
            def_id.index,
            OwnerNode::Item(Item {
                def_id,
                ident: item.ident,
                kind,
                span: item.span,
                vis,
                attrs,
            }),
        );
        Some(def_id)
    }

    fn lower_fn_sig_and_generics(&mut self, f: &ast::Fn, default_abi: Abi) -> (FnSig, Generics) {
        let mut generics = self.lower_generics(&f.generics);
        let decl = self.lower_fn_decl(&f.sig.decl);
        self.add_impl_trait_params(&mut generics, &decl);
        let header = FnHeader {
            safety: self.lower_safety(f.sig.header.safety),
            constness: f.sig.header.constness.is_some(),
            asyncness: f.sig.header.asyncness.is_some(),
            abi: self.lower_extern(&f.sig.header.ext, default_abi),
        };
        if let Some(span) = f.sig.header.asyncness {
            self.sess
                .dcx
                .struct_err(span, "`async fn` is not supported by smelt yet")
                .note("smelt does not implement coroutines yet")
                .emit();
        }
        (
            FnSig {
                header,
                decl,
                span: f.sig.span,
            },
            generics,
        )
    }

    /// Lowers a function body: parameters' patterns, then the block.
    fn lower_fn_body(&mut self, owner: DefIndex, decl: &ast::FnDecl, body: &ast::Block) {
        self.lower_body(owner, |this| {
            let params = decl
                .inputs
                .iter()
                .map(|p| Param {
                    pat: this.lower_pat(&p.pat),
                    span: p.span,
                })
                .collect();
            let block = this.lower_block(body, false);
            let span = block.span;
            let value = this.alloc_expr(ExprKind::Block(Box::new(block), None), span);
            (params, value)
        });
    }

    fn lower_variant(&mut self, v: &ast::Variant) -> Option<Variant> {
        let def_id = self.local_def(v.id)?;
        let disr_expr = v.disr_expr.as_ref().map(|d| {
            let def = self.expect_def(d.id, d.value.span);
            self.lower_body(def.index, |this| (Vec::new(), this.lower_expr(&d.value)));
            def
        });
        Some(Variant {
            def_id,
            ident: v.ident,
            data: self.lower_variant_data(&v.data, def_id),
            disr_expr,
            span: v.span,
        })
    }

    fn lower_variant_data(&mut self, data: &ast::VariantData, owner: DefId) -> VariantData {
        let fields: Vec<FieldDef> = data
            .fields()
            .iter()
            .enumerate()
            .filter_map(|(i, f)| {
                let def_id = self.local_def(f.id)?;
                let ident = f
                    .ident
                    .unwrap_or_else(|| Ident::new(self.sess.intern(&i.to_string()), f.span));
                let vis = self.visibility_of(def_id);
                Some(FieldDef {
                    def_id,
                    ident,
                    vis,
                    ty: self.lower_ty(&f.ty),
                    span: f.span,
                })
            })
            .collect();
        match data {
            ast::VariantData::Struct(..) => VariantData::Struct(fields),
            ast::VariantData::Tuple(_, ctor) => {
                VariantData::Tuple(fields, self.local_def(*ctor).unwrap_or(owner))
            }
            ast::VariantData::Unit(ctor) => {
                VariantData::Unit(self.local_def(*ctor).unwrap_or(owner))
            }
        }
    }

    fn lower_foreign_item(&mut self, fi: &ast::ForeignItem, abi: Abi) -> Option<DefId> {
        let def_id = self.local_def(fi.id)?;
        let attrs = self.lower_attrs(&fi.attrs);
        let vis = self.visibility_of(def_id);
        let kind = match &fi.kind {
            ast::ForeignItemKind::Fn(f) => {
                let (mut sig, generics) = self.lower_fn_sig_and_generics(f, abi);
                // Foreign functions are unsafe to call unless declared `safe`.
                sig.header.safety = match f.sig.header.safety {
                    ast::Safety::Safe(_) => Safety::Safe,
                    _ => Safety::Unsafe,
                };
                sig.header.abi = abi;
                if let Some(b) = &f.body {
                    self.sess
                        .dcx
                        .struct_err(b.span, "incorrect function inside `extern` block")
                        .emit();
                }
                ForeignItemKind::Fn(sig, generics)
            }
            ast::ForeignItemKind::Static(s) => {
                ForeignItemKind::Static(self.lower_ty(&s.ty), s.mutability)
            }
            ast::ForeignItemKind::TyAlias(_) => ForeignItemKind::Type,
            ast::ForeignItemKind::MacCall(_) => return None,
        };
        self.out.owners.insert(
            def_id.index,
            OwnerNode::ForeignItem(ForeignItem {
                def_id,
                ident: fi.ident,
                kind,
                span: fi.span,
                vis,
                attrs,
            }),
        );
        Some(def_id)
    }

    fn lower_trait_item(&mut self, ai: &ast::AssocItem) -> Option<DefId> {
        let def_id = self.local_def(ai.id)?;
        let attrs = self.lower_attrs(&ai.attrs);
        let (kind, generics) = match &ai.kind {
            ast::AssocItemKind::Const(c) => {
                let generics = self.lower_generics(&c.generics);
                let ty = self.lower_ty(&c.ty);
                let body = c.expr.as_ref().map(|e| {
                    self.lower_body(def_id.index, |this| (Vec::new(), this.lower_expr(e)));
                    def_id
                });
                (TraitItemKind::Const(ty, body), generics)
            }
            ast::AssocItemKind::Fn(f) => {
                let (sig, generics) = self.lower_fn_sig_and_generics(f, Abi::Rust);
                let body = f.body.as_ref().map(|b| {
                    self.lower_fn_body(def_id.index, &f.sig.decl, b);
                    def_id
                });
                (TraitItemKind::Fn(sig, body), generics)
            }
            ast::AssocItemKind::Type(t) => {
                let generics = self.lower_generics(&t.generics);
                let bounds = self.lower_bounds(&t.bounds);
                let default = t.ty.as_ref().map(|ty| self.lower_ty(ty));
                (TraitItemKind::Type(bounds, default), generics)
            }
            ast::AssocItemKind::MacCall(_) => return None,
        };
        self.out.owners.insert(
            def_id.index,
            OwnerNode::TraitItem(TraitItem {
                def_id,
                ident: ai.ident,
                kind,
                generics,
                span: ai.span,
                attrs,
            }),
        );
        Some(def_id)
    }

    fn lower_impl_item(&mut self, ai: &ast::AssocItem, of_trait: bool) -> Option<DefId> {
        let def_id = self.local_def(ai.id)?;
        let attrs = self.lower_attrs(&ai.attrs);
        // Items of trait impls are as visible as the trait.
        let vis = if of_trait {
            Visibility::Public
        } else {
            self.visibility_of(def_id)
        };
        let (kind, generics) = match &ai.kind {
            ast::AssocItemKind::Const(c) => {
                let generics = self.lower_generics(&c.generics);
                let ty = self.lower_ty(&c.ty);
                match &c.expr {
                    Some(e) => {
                        self.lower_body(def_id.index, |this| (Vec::new(), this.lower_expr(e)))
                    }
                    None => {
                        self.sess
                            .dcx
                            .struct_err(ai.span, "associated constant in `impl` without body")
                            .span_suggestion(
                                semi_span(ai.span),
                                "provide a definition for the constant",
                                " = <expr>;",
                            )
                            .emit();
                    }
                }
                (ImplItemKind::Const(ty, def_id), generics)
            }
            ast::AssocItemKind::Fn(f) => {
                let (sig, generics) = self.lower_fn_sig_and_generics(f, Abi::Rust);
                match &f.body {
                    Some(b) => self.lower_fn_body(def_id.index, &f.sig.decl, b),
                    None => {
                        self.sess
                            .dcx
                            .struct_err(ai.span, "associated function in `impl` without body")
                            .span_suggestion(
                                semi_span(ai.span),
                                "provide a definition for the function",
                                "{ <body> }",
                            )
                            .emit();
                    }
                }
                (ImplItemKind::Fn(sig, def_id), generics)
            }
            ast::AssocItemKind::Type(t) => {
                let generics = self.lower_generics(&t.generics);
                let ty = match &t.ty {
                    Some(ty) => self.lower_ty(ty),
                    None => {
                        let e = self
                            .sess
                            .dcx
                            .struct_err(ai.span, "associated type in `impl` without body")
                            .span_suggestion(
                                semi_span(ai.span),
                                "provide a definition for the type",
                                " = <type>;",
                            )
                            .emit();
                        Ty {
                            kind: TyKind::Err(e),
                            span: ai.span,
                        }
                    }
                };
                (ImplItemKind::Type(ty), generics)
            }
            ast::AssocItemKind::MacCall(_) => return None,
        };
        self.out.owners.insert(
            def_id.index,
            OwnerNode::ImplItem(ImplItem {
                def_id,
                ident: ai.ident,
                kind,
                generics,
                vis,
                span: ai.span,
                attrs,
            }),
        );
        Some(def_id)
    }
}

/// The span of the `;` that ends an item without a body.
fn semi_span(item: smelt_span::Span) -> smelt_span::Span {
    item.sub(item.len().saturating_sub(1), item.len())
}

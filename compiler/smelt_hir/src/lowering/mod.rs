//! AST lowering: the expanded, resolved AST of one crate becomes HIR. Items become owner
//! nodes keyed by `DefId`; bodies become expression and pattern arenas; paths carry their
//! resolutions; `for`, `while`, `?`, ranges and `format_args!` are desugared.
//!
//! Architecture invariant: lowering never reports a type error and never resolves a name
//! itself; it reads the resolver's tables (an unresolved path becomes `Res::Err`, already
//! reported).

mod expr;
mod format;
mod item;
mod pat;
mod ty;

use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_ast::{self as ast, NodeId};
use smelt_errors::ErrorGuaranteed;
use smelt_resolve::{CrateStore, PartialRes, ResolverOutputs};
use smelt_session::Session;
use smelt_span::{Edition, Ident, IndexVec, Span, Symbol};

use crate::hir::*;
use crate::{CrateNum, DefId, DefIndex, DefKind, HirCrate, LangItem, LangItems, Res};

pub struct LoweringContext<'a> {
    pub sess: &'a Session,
    pub resolver: &'a ResolverOutputs,
    pub cstore: &'a CrateStore,
    pub krate: CrateNum,
    pub out: HirCrate,
    /// Lang items of every crate so far (this crate's added by the first pass).
    pub lang_items: &'a mut LangItems,
    // The body being lowered.
    body: Body,
    /// Binding pattern ids to their HIR pattern.
    node_to_pat: FxHashMap<NodeId, PatId>,
    /// Loops and labelled blocks to their HIR expression.
    node_to_expr: FxHashMap<NodeId, ExprId>,
    /// The owner whose body is being lowered.
    current_owner: DefIndex,
    /// What `Self` means here (inside a trait or impl).
    self_res: Option<Res>,
}

/// Lowers a crate.
#[allow(clippy::too_many_arguments)]
pub fn lower_crate(
    sess: &Session,
    krate_ast: &ast::Crate,
    resolver: &ResolverOutputs,
    cstore: &CrateStore,
    lang_items: &mut LangItems,
    name: Symbol,
    edition: Edition,
    is_library: bool,
) -> HirCrate {
    let mut lcx = LoweringContext {
        sess,
        resolver,
        cstore,
        krate: resolver.krate,
        out: HirCrate {
            name,
            edition: Some(edition),
            is_library,
            defs: resolver.defs.clone(),
            entry_fn: resolver.entry_fn,
            span: krate_ast.span,
            ..Default::default()
        },
        lang_items,
        body: Body::default(),
        node_to_pat: FxHashMap::default(),
        node_to_expr: FxHashMap::default(),
        current_owner: DefIndex::CRATE_ROOT,
        self_res: None,
    };
    lcx.collect_lang_items(&krate_ast.items);
    let root_items: Vec<DefId> = krate_ast
        .items
        .iter()
        .filter_map(|i| lcx.local_def(i.id))
        .collect();
    let crate_attrs = lcx.lower_attrs(&krate_ast.attrs);
    for item in &krate_ast.items {
        lcx.lower_item(item);
    }
    lcx.out.owners.insert(
        DefIndex::CRATE_ROOT,
        OwnerNode::Item(Item {
            def_id: DefId {
                krate: lcx.krate,
                index: DefIndex::CRATE_ROOT,
            },
            ident: Ident::with_dummy_span(name),
            kind: ItemKind::Mod(root_items),
            span: krate_ast.span,
            vis: Visibility::Public,
            attrs: crate_attrs,
        }),
    );
    lcx.out
}

impl<'a> LoweringContext<'a> {
    pub fn local_def(&self, node: NodeId) -> Option<DefId> {
        self.resolver.node_id_to_def.get(&node).map(|&index| DefId {
            krate: self.krate,
            index,
        })
    }

    pub fn expect_def(&self, node: NodeId, span: Span) -> DefId {
        match self.local_def(node) {
            Some(d) => d,
            None => {
                self.sess.dcx.bug(span, "a definition has no DefId");
                DefId {
                    krate: self.krate,
                    index: DefIndex::CRATE_ROOT,
                }
            }
        }
    }

    pub fn def_kind(&self, def: DefId) -> DefKind {
        if def.krate == self.krate {
            self.resolver.defs[def.index].kind
        } else {
            self.cstore.def_kind(def)
        }
    }

    pub fn def_parent(&self, def: DefId) -> Option<DefId> {
        if def.krate == self.krate {
            self.resolver.defs[def.index].parent.map(|index| DefId {
                krate: def.krate,
                index,
            })
        } else {
            self.cstore.def_parent(def)
        }
    }

    /// The partial resolution recorded for a node.
    pub fn partial_res(&self, id: NodeId) -> PartialRes {
        self.resolver
            .partial_res
            .get(&id)
            .copied()
            .unwrap_or(PartialRes {
                base_res: smelt_resolve::def::Res::Err,
                unresolved_segments: 0,
            })
    }

    /// A resolver `Res` in HIR terms (local variables become their binding pattern).
    pub fn lower_res(&mut self, res: smelt_resolve::def::Res<NodeId>) -> Res {
        match res {
            smelt_resolve::def::Res::Local(node) => {
                let node = self
                    .resolver
                    .binding_alias
                    .get(&node)
                    .copied()
                    .unwrap_or(node);
                match self.node_to_pat.get(&node) {
                    Some(&p) => Res::Local(p),
                    None => Res::Err,
                }
            }
            other => other.map_id(|_| PatId::from_u32(0)),
        }
    }

    pub fn err(&self, span: Span, msg: impl Into<String>) -> ErrorGuaranteed {
        self.sess.dcx.err(span, msg)
    }

    /// An `ErrorGuaranteed` for a node whose error was reported by an earlier stage.
    pub fn reported() -> ErrorGuaranteed {
        ErrorGuaranteed::unchecked_claim_error_was_emitted()
    }

    /* ------------------------------------------------------------ bodies */

    /// Lowers a body with `f`, storing it for `owner`.
    pub fn lower_body(
        &mut self,
        owner: DefIndex,
        f: impl FnOnce(&mut Self) -> (Vec<Param>, ExprId),
    ) {
        let prev_body = std::mem::take(&mut self.body);
        let prev_pats = std::mem::take(&mut self.node_to_pat);
        let prev_exprs = std::mem::take(&mut self.node_to_expr);
        let prev_owner = std::mem::replace(&mut self.current_owner, owner);
        let (params, value) = f(self);
        let mut body = std::mem::replace(&mut self.body, prev_body);
        body.params = params;
        body.value = Some(value);
        self.out.bodies.insert(owner, Rc::new(body));
        self.node_to_pat = prev_pats;
        self.node_to_expr = prev_exprs;
        self.current_owner = prev_owner;
    }

    pub fn alloc_expr(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.body.exprs.push(Expr { kind, span })
    }

    pub fn alloc_pat(&mut self, kind: PatKind, span: Span) -> PatId {
        self.body.pats.push(Pat { kind, span })
    }

    /// A placeholder to be overwritten (for loops, whose id `break` needs first).
    pub fn reserve_expr(&mut self, span: Span) -> ExprId {
        self.body.exprs.push(Expr {
            kind: ExprKind::Tup(Vec::new()),
            span,
        })
    }

    pub fn set_expr(&mut self, id: ExprId, kind: ExprKind) {
        self.body.exprs[id].kind = kind;
    }

    /* ------------------------------------------------------------ attributes */

    fn attr_name(&self, a: &ast::Attribute) -> Option<Symbol> {
        match &a.kind {
            ast::AttrKind::Normal(item) => item.path.segments.last().map(|s| s.ident.name),
            ast::AttrKind::DocComment(..) => None,
        }
    }

    /// The string value of `#[name = "value"]`.
    fn attr_value_str(&self, a: &ast::Attribute) -> Option<Symbol> {
        match &a.kind {
            ast::AttrKind::Normal(ast::AttrItem {
                args: ast::AttrArgs::Eq(_, e),
                ..
            }) => match &e.kind {
                ast::ExprKind::Lit(ast::Lit {
                    kind: ast::LitKind::Str(s, _),
                    ..
                }) => Some(*s),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn lower_attrs(&mut self, attrs: &[ast::Attribute]) -> Attrs {
        use smelt_span::sym;
        let mut out = Attrs::default();
        for a in attrs {
            let Some(name) = self.attr_name(a) else {
                continue;
            };
            let s = self.sess.str(name).to_string();
            match s.as_str() {
                "inline" => {
                    out.inline = InlineAttr::Hint;
                    if let Ok(meta) = self.meta(a) {
                        if let ast::MetaKind::List(items) = &meta.kind {
                            for i in items {
                                if let ast::NestedMeta::Meta(m) = i {
                                    if m.path.is_ident(sym::always) {
                                        out.inline = InlineAttr::Always;
                                    } else if m.path.is_ident(sym::never) {
                                        out.inline = InlineAttr::Never;
                                    }
                                }
                            }
                        }
                    }
                }
                "lang" => {
                    if let Some(v) = self.attr_value_str(a) {
                        out.lang = LangItem::from_name(self.sess.str(v));
                    }
                }
                "track_caller" => out.track_caller = true,
                "no_mangle" => out.no_mangle = true,
                "export_name" => out.export_name = self.attr_value_str(a),
                "link_name" => out.link_name = self.attr_value_str(a),
                "cold" => out.cold = true,
                "must_use" => out.must_use = true,
                "rustc_intrinsic" => out.intrinsic = true,
                "non_exhaustive" => out.non_exhaustive = true,
                "automatically_derived" => out.automatically_derived = true,
                "test" => out.test = true,
                "rustc_inherit_overflow_checks" => out.inherit_overflow_checks = true,
                "rustc_layout_scalar_valid_range_start" => {
                    out.scalar_valid_range_start = self.attr_int_arg(a)
                }
                "repr" => out.repr = self.lower_repr(a),
                "allow" | "warn" | "deny" | "forbid" | "expect" => {
                    self.lower_lint_attr(a, &s, &mut out.lints)
                }
                _ => {}
            }
        }
        out
    }

    /// The integer in `#[attr(N)]`.
    fn attr_int_arg(&self, a: &ast::Attribute) -> Option<u128> {
        let meta = self.meta(a).ok()?;
        let ast::MetaKind::List(items) = &meta.kind else {
            return None;
        };
        match items.first()? {
            ast::NestedMeta::Lit(ast::Lit {
                kind: ast::LitKind::Int(v, _),
                ..
            }) => Some(*v),
            _ => None,
        }
    }

    /// The lints named by `#[allow(a, b)]` and the like.
    fn lower_lint_attr(&self, a: &ast::Attribute, level: &str, out: &mut Vec<LintAttr>) {
        let Some(level) = smelt_errors::LintLevel::from_attr_name(level) else {
            return;
        };
        let Ok(meta) = self.meta(a) else { return };
        let ast::MetaKind::List(items) = &meta.kind else {
            return;
        };
        for i in items {
            let ast::NestedMeta::Meta(m) = i else {
                continue;
            };
            let name: Vec<&str> = m
                .path
                .segments
                .iter()
                .map(|s| self.sess.str(s.ident.name))
                .collect();
            out.push(LintAttr {
                level,
                name: self.sess.intern(&name.join("::")),
                span: m.path.span,
            });
        }
    }

    /// Records the lint level attributes of a node inside a body.
    pub fn lower_lint_attrs(&mut self, node: LintNode, attrs: &[ast::Attribute]) {
        let mut lints = Vec::new();
        for a in attrs {
            if let Some(name) = self.attr_name(a) {
                let s = self.sess.str(name).to_string();
                self.lower_lint_attr(a, &s, &mut lints);
            }
        }
        if !lints.is_empty() {
            self.body.lint_attrs.entry(node).or_default().extend(lints);
        }
    }

    fn meta(&self, a: &ast::Attribute) -> Result<ast::Meta, ErrorGuaranteed> {
        match &a.kind {
            ast::AttrKind::Normal(item) => smelt_parse::parse_meta(self.sess, item),
            ast::AttrKind::DocComment(..) => Err(Self::reported()),
        }
    }

    fn lower_repr(&self, a: &ast::Attribute) -> Repr {
        let mut repr = Repr::default();
        let Ok(meta) = self.meta(a) else { return repr };
        let ast::MetaKind::List(items) = &meta.kind else {
            return repr;
        };
        for i in items {
            let ast::NestedMeta::Meta(m) = i else {
                continue;
            };
            let Some(seg) = m.path.segments.last() else {
                continue;
            };
            let name = self.sess.str(seg.ident.name);
            use smelt_ast::{IntTy as I, UintTy as U};
            match name {
                "C" => repr.c = true,
                "transparent" => repr.transparent = true,
                "u8" => repr.int = Some(IntegerRepr::Unsigned(U::U8)),
                "u16" => repr.int = Some(IntegerRepr::Unsigned(U::U16)),
                "u32" => repr.int = Some(IntegerRepr::Unsigned(U::U32)),
                "u64" => repr.int = Some(IntegerRepr::Unsigned(U::U64)),
                "u128" => repr.int = Some(IntegerRepr::Unsigned(U::U128)),
                "usize" => repr.int = Some(IntegerRepr::Unsigned(U::Usize)),
                "i8" => repr.int = Some(IntegerRepr::Signed(I::I8)),
                "i16" => repr.int = Some(IntegerRepr::Signed(I::I16)),
                "i32" => repr.int = Some(IntegerRepr::Signed(I::I32)),
                "i64" => repr.int = Some(IntegerRepr::Signed(I::I64)),
                "i128" => repr.int = Some(IntegerRepr::Signed(I::I128)),
                "isize" => repr.int = Some(IntegerRepr::Signed(I::Isize)),
                "packed" => {
                    repr.packed = Some(match &m.kind {
                        ast::MetaKind::List(n) => match n.first() {
                            Some(ast::NestedMeta::Lit(ast::Lit {
                                kind: ast::LitKind::Int(v, _),
                                ..
                            })) => *v as u64,
                            _ => 1,
                        },
                        _ => 1,
                    })
                }
                "align" => {
                    if let ast::MetaKind::List(n) = &m.kind {
                        if let Some(ast::NestedMeta::Lit(ast::Lit {
                            kind: ast::LitKind::Int(v, _),
                            ..
                        })) = n.first()
                        {
                            repr.align = Some(*v as u64);
                        }
                    }
                }
                _ => {}
            }
        }
        repr
    }

    /// The lang items this crate defines, found before any body is lowered (bodies of this
    /// crate use them: `for` loops in the library itself).
    fn collect_lang_items(&mut self, items: &[ast::P<ast::Item>]) {
        let mut stack: Vec<&ast::Item> = items.iter().map(|i| &**i).collect();
        let mut found: Vec<(LangItem, NodeId, Span)> = Vec::new();
        while let Some(item) = stack.pop() {
            let lang = |attrs: &[ast::Attribute], this: &Self| -> Option<LangItem> {
                attrs
                    .iter()
                    .find(|a| {
                        this.attr_name(a)
                            .is_some_and(|n| this.sess.str(n) == "lang")
                    })
                    .and_then(|a| this.attr_value_str(a))
                    .and_then(|v| LangItem::from_name(this.sess.str(v)))
            };
            if let Some(l) = lang(&item.attrs, self) {
                found.push((l, item.id, item.span));
            }
            match &item.kind {
                ast::ItemKind::Mod(_, ast::ModKind::Loaded(children, ..)) => {
                    stack.extend(children.iter().map(|i| &**i))
                }
                ast::ItemKind::Trait(tr) => {
                    for ai in &tr.items {
                        if let Some(l) = lang(&ai.attrs, self) {
                            found.push((l, ai.id, ai.span));
                        }
                    }
                }
                ast::ItemKind::Impl(imp) => {
                    for ai in &imp.items {
                        if let Some(l) = lang(&ai.attrs, self) {
                            found.push((l, ai.id, ai.span));
                        }
                    }
                }
                ast::ItemKind::Enum(e, _) => {
                    for v in &e.variants {
                        if let Some(l) = lang(&v.attrs, self) {
                            found.push((l, v.id, v.span));
                        }
                    }
                }
                ast::ItemKind::ForeignMod(fm) => {
                    for fi in &fm.items {
                        if let Some(l) = lang(&fi.attrs, self) {
                            found.push((l, fi.id, fi.span));
                        }
                    }
                }
                _ => {}
            }
        }
        for (item, node, span) in found {
            if let Some(def) = self.local_def(node) {
                if let Some(prev) = self.lang_items.set(item, def) {
                    if prev != def {
                        self.sess
                            .dcx
                            .struct_err(
                                span,
                                format!("found duplicate lang item `{}`", item.name()),
                            )
                            .code("E0152")
                            .emit();
                    }
                }
            }
        }
    }

    /// The resolution of a lang item, as a path would give it (the constructor of a variant
    /// or tuple struct lang item in value positions).
    pub fn lang_res(&mut self, item: LangItem, span: Span, value: bool) -> Res {
        let Some(def) = self.lang_items.get(item) else {
            let e = self.err(
                span,
                format!("lang item `{}` is missing from the library", item.name()),
            );
            let _ = e;
            return Res::Err;
        };
        let kind = self.def_kind(def);
        if value && matches!(kind, DefKind::Variant | DefKind::Struct) {
            if let Some(ctor) = self.ctor_of(def) {
                return Res::Def(self.def_kind(ctor), ctor);
            }
        }
        Res::Def(kind, def)
    }

    /// The constructor of a variant or struct.
    fn ctor_of(&self, def: DefId) -> Option<DefId> {
        let defs = if def.krate == self.krate {
            &self.resolver.defs
        } else {
            &self.cstore.defs[def.krate]
        };
        defs.iter_enumerated()
            .find(|(_, d)| d.parent == Some(def.index) && matches!(d.kind, DefKind::Ctor(..)))
            .map(|(index, _)| DefId {
                krate: def.krate,
                index,
            })
    }

    /// A path expression naming a lang item.
    pub fn lang_path_expr(&mut self, item: LangItem, span: Span) -> ExprId {
        let res = self.lang_res(item, span, true);
        let name = Ident::new(smelt_span::kw::Empty, span);
        let path = Path {
            span,
            res,
            segments: vec![PathSegment::new(name, res)],
        };
        self.alloc_expr(ExprKind::Path(QPath::Resolved(None, Box::new(path))), span)
    }

    pub fn lang_qpath(&mut self, item: LangItem, span: Span, value: bool) -> QPath {
        let res = self.lang_res(item, span, value);
        let name = Ident::new(smelt_span::kw::Empty, span);
        QPath::Resolved(
            None,
            Box::new(Path {
                span,
                res,
                segments: vec![PathSegment::new(name, res)],
            }),
        )
    }
}

/// Visibility in HIR terms.
pub fn lower_visibility(v: Option<smelt_resolve::Visibility>, parent_mod: DefId) -> Visibility {
    match v {
        Some(smelt_resolve::Visibility::Public) => Visibility::Public,
        Some(smelt_resolve::Visibility::Restricted(d)) => Visibility::Restricted(d),
        None => Visibility::Restricted(parent_mod),
    }
}

pub(crate) fn _unused(_: IndexVec<ExprId, Expr>) {}

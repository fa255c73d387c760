//! The expander: walks a crate in source order, stripping `#[cfg]`-disabled nodes, loading
//! `mod x;` files, and replacing each macro invocation by its fully expanded result.
//!
//! `macro_rules!` names are scoped textually, as in rustc: a definition is visible to the
//! code after it in the same module and its child modules, up to the end of the enclosing
//! block or module (or further with `#[macro_use]` on the module). `#[macro_export]` macros
//! are also reachable by path (`crate::m!`, `$crate::m!`, `other_crate::m!`), and
//! `#[macro_use] extern crate c;` (injected for `std`) brings a crate's exported macros into
//! every scope.
//!
//! Expansion is eager and depth-first: an invocation's output is parsed in the invocation's
//! position and expanded further before the walk moves on, so a macro defined by a macro is
//! visible after it. Nesting deeper than the recursion limit (128, or
//! `#![recursion_limit]`) is an error.

use std::path::PathBuf;
use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_ast::mut_visit::{self, MutVisitor};
use smelt_ast::visit::AssocCtxt;
use smelt_ast::{self as ast, NodeId, P};
use smelt_errors::ErrorGuaranteed;
use smelt_parse::Parser;
use smelt_session::Session;
use smelt_span::{
    kw, sym, Edition, ExpnData, ExpnId, ExpnKind, Ident, MacroKind, Span, Symbol, Transparency,
};

use crate::base::{CrateMacros, ExpandConfig, MacroImpl, MacroStore, SyntaxExtension};
use crate::builtin::{self, BuiltinMacro, BuiltinOutput};
use crate::cfg::{attr_is, StripUnconfigured};
use crate::module::{self, ModuleData};

/// Where an invocation sits, which decides how its output is parsed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Position {
    Items,
    TraitItems,
    ImplItems,
    ForeignItems,
    Stmts,
    Expr,
    Pat,
    Ty,
}

impl Position {
    fn descr(self) -> &'static str {
        match self {
            Position::Items
            | Position::TraitItems
            | Position::ImplItems
            | Position::ForeignItems => "item",
            Position::Stmts => "statement",
            Position::Expr => "expression",
            Position::Pat => "pattern",
            Position::Ty => "type",
        }
    }
}

/// A parsed macro expansion.
pub enum Fragment {
    Items(Vec<P<ast::Item>>),
    AssocItems(Vec<P<ast::AssocItem>>),
    ForeignItems(Vec<P<ast::ForeignItem>>),
    Stmts(Vec<ast::Stmt>),
    Expr(P<ast::Expr>),
    Pat(P<ast::Pat>),
    Ty(P<ast::Ty>),
}

pub struct Expander<'a, 'c> {
    pub sess: &'a Session,
    pub cfg: &'a ExpandConfig<'c>,
    pub store: &'a MacroStore,
    pub strip: StripUnconfigured<'a>,
    /// This crate's `#[macro_export]` macros.
    pub exported: FxHashMap<Symbol, Rc<SyntaxExtension>>,
    /// `macro_rules!` definitions in textual scope, innermost last.
    textual: Vec<(Ident, Rc<SyntaxExtension>)>,
    /// Macros imported with `#[macro_use] extern crate`.
    macro_use_prelude: FxHashMap<Symbol, Rc<SyntaxExtension>>,
    /// The module being expanded: its file, directory and path.
    pub module: ModuleData,
    /// Files being loaded, for detecting `mod` cycles.
    pub file_stack: Vec<PathBuf>,
    depth: usize,
    recursion_limit: usize,
    /// The expansion whose output is being walked (for nested invocations' parents).
    current_expn: ExpnId,
    /// Whether the walk is in the crate root module (where `#[macro_export]` macros are
    /// also in scope by name).
    in_root_module: bool,
    pub quote_cache: Rc<crate::builtin::quote::QuoteCache>,
}

/// Expands a crate; its exported macros are returned for the crates that depend on it.
pub fn expand_crate(
    sess: &Session,
    cfg: &ExpandConfig<'_>,
    store: &MacroStore,
    mut krate: ast::Crate,
) -> (ast::Crate, CrateMacros) {
    let strip = StripUnconfigured {
        sess,
        cfg: &cfg.cfg,
        edition: cfg.edition,
    };
    strip.process_cfg_attrs(&mut krate.attrs);
    if !krate
        .attrs
        .iter()
        .filter(|a| attr_is(a, "cfg", sess))
        .all(|a| strip.eval_cfg_attr(a))
    {
        krate.items.clear();
        krate.attrs.clear();
    }
    let recursion_limit = crate_recursion_limit(sess, &krate.attrs);
    crate::inject::inject_std(sess, cfg, &mut krate);
    let mut ex = Expander {
        sess,
        cfg,
        store,
        strip,
        exported: FxHashMap::default(),
        textual: Vec::new(),
        macro_use_prelude: FxHashMap::default(),
        module: ModuleData::root(&cfg.root_path),
        file_stack: vec![cfg.root_path.clone()],
        depth: 0,
        recursion_limit,
        current_expn: ExpnId::ROOT,
        in_root_module: true,
        quote_cache: Rc::default(),
    };
    mut_visit::flat_map_in_place(&mut krate.items, |item| ex.flat_map_item(item));
    crate::check_attrs::check_crate(sess, cfg, &krate);
    let mut exported = std::mem::take(&mut ex.exported);
    ex.collect_reexported_macros(&krate, &mut exported);
    renumber(sess, &mut krate);
    (
        krate,
        CrateMacros {
            name: cfg.crate_name,
            exported,
        },
    )
}

fn crate_recursion_limit(sess: &Session, attrs: &[ast::Attribute]) -> usize {
    for a in attrs {
        if attr_is(a, "recursion_limit", sess) {
            if let ast::AttrKind::Normal(ast::AttrItem {
                args: ast::AttrArgs::Eq(_, e),
                ..
            }) = &a.kind
            {
                if let ast::ExprKind::Lit(ast::Lit {
                    kind: ast::LitKind::Str(s, _),
                    ..
                }) = &e.kind
                {
                    match sess.str(*s).parse::<usize>() {
                        Ok(n) => return n,
                        Err(_) => {
                            sess.dcx
                                .struct_err(e.span, "`limit` must be a non-negative integer")
                                .emit();
                        }
                    }
                }
            }
        }
    }
    128
}

/// Gives every node a fresh id: a macro argument pasted twice must not make two nodes share
/// one (later stages key their tables by node id).
fn renumber(sess: &Session, krate: &mut ast::Crate) {
    struct Renumber<'a>(&'a Session);
    impl MutVisitor for Renumber<'_> {
        fn visit_id(&mut self, id: &mut NodeId) {
            if *id != NodeId::CRATE {
                *id = NodeId::from_u32(self.0.next_node_id());
            }
        }
        fn visit_attribute(&mut self, _: &mut ast::Attribute) {}
        fn visit_mac_call(&mut self, _: &mut ast::MacCall) {}
        fn visit_macro_def(&mut self, _: &mut ast::MacroDef) {}
    }
    let mut r = Renumber(sess);
    for item in &mut krate.items {
        r.visit_item(item);
    }
}

impl<'a, 'c> Expander<'a, 'c> {
    pub fn dcx(&self) -> &smelt_errors::DiagCtxt {
        &self.sess.dcx
    }

    /* ------------------------------------------------------------ macro resolution */

    /// The crate `$crate` in `ident` names (rustc's rule, as the resolver applies it).
    pub fn dollar_crate(&self, ident: Ident) -> u32 {
        let hygiene = &self.sess.hygiene;
        let mut ctxt = hygiene.normalize_to_macro_rules(ident.span.ctxt);
        let mut mark = None;
        while !ctxt.is_root() && hygiene.outer_transparency(ctxt) == Transparency::Opaque {
            mark = Some(hygiene.outer_expn(ctxt));
            ctxt = hygiene.parent_ctxt(ctxt);
        }
        while !ctxt.is_root() && hygiene.outer_transparency(ctxt) == Transparency::SemiTransparent {
            mark = Some(hygiene.outer_expn(ctxt));
            ctxt = hygiene.parent_ctxt(ctxt);
        }
        mark.and_then(|m| hygiene.expn_data(m).def_crate)
            .unwrap_or(self.cfg.crate_num)
    }

    fn extern_crate_num(&self, name: Symbol) -> Option<u32> {
        self.cfg
            .externs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, k)| *k)
    }

    fn crate_exported(&self, krate: u32, name: Symbol) -> Option<Rc<SyntaxExtension>> {
        if krate == self.cfg.crate_num {
            return self.exported.get(&name).cloned();
        }
        self.store.crate_macros(krate)?.exported.get(&name).cloned()
    }

    /// Resolves the path of a bang macro; reports failure.
    fn resolve_macro(&self, path: &ast::Path) -> Result<Rc<SyntaxExtension>, ErrorGuaranteed> {
        let segs = &path.segments;
        let Some(last) = segs.last() else {
            return Err(self.dcx().err(path.span, "empty macro path"));
        };
        let name = last.ident.name;
        let found = if segs.len() == 1 {
            self.resolve_macro_name(last.ident)
        } else {
            let first = segs[0].ident;
            let krate = if first.name == kw::DollarCrate {
                Some(self.dollar_crate(first))
            } else if first.name == kw::Crate
                || first.name == kw::SelfLower
                || first.name == kw::Super
            {
                Some(self.cfg.crate_num)
            } else if first.name == kw::PathRoot {
                segs.get(1)
                    .and_then(|s| self.extern_crate_num(s.ident.name))
            } else {
                self.extern_crate_num(first.name)
            };
            match krate {
                Some(k) => self.crate_exported(k, name),
                // `ptr::addr_of!` after `use std::ptr;`: macros expand before names resolve,
                // so a path starting with a module (not a crate) finds the macro among those
                // the library crates export.
                None => self
                    .cfg
                    .externs
                    .iter()
                    .find_map(|&(_, k)| self.crate_exported(k, name)),
            }
        };
        match found {
            Some(ext) => Ok(ext),
            None => {
                let n = self.sess.str(name);
                let mut d = self.dcx().struct_err(
                    last.ident.span,
                    format!("cannot find macro `{n}` in this scope"),
                );
                if segs.len() > 1 {
                    d = self.dcx().struct_err(
                        path.span,
                        format!(
                            "failed to resolve: could not find `{n}` in `{}`",
                            self.sess.str(segs[segs.len() - 2].ident.name)
                        ),
                    );
                    d = d.code("E0433");
                }
                Err(d.emit())
            }
        }
    }

    fn resolve_macro_name(&self, ident: Ident) -> Option<Rc<SyntaxExtension>> {
        let hygiene = &self.sess.hygiene;
        let norm = hygiene.normalize_to_macro_rules(ident.span.ctxt);
        for (id, ext) in self.textual.iter().rev() {
            if id.name == ident.name && hygiene.normalize_to_macro_rules(id.span.ctxt) == norm {
                return Some(ext.clone());
            }
        }
        // `macro_rules!` definitions are also seen across hygiene boundaries when nothing
        // closer matches (rustc falls back to the unhygienic name for macro_rules scopes).
        for (id, ext) in self.textual.iter().rev() {
            if id.name == ident.name {
                return Some(ext.clone());
            }
        }
        if self.in_root_module {
            if let Some(ext) = self.exported.get(&ident.name) {
                return Some(ext.clone());
            }
        }
        // `local_inner_macros`: names in the expansion resolve in the defining crate.
        if !ident.span.ctxt.is_root() {
            let data = hygiene.expn_data(hygiene.outer_expn(ident.span.ctxt));
            if data.local_inner_macros {
                if let Some(k) = data.def_crate {
                    if let Some(ext) = self.crate_exported(k, ident.name) {
                        return Some(ext);
                    }
                }
            }
        }
        self.macro_use_prelude.get(&ident.name).cloned()
    }

    /* ------------------------------------------------------------ expansion */

    /// The edition code at `span` was written in: the defining crate's edition for code from
    /// a macro, this crate's otherwise.
    pub fn edition_at(&self, span: Span) -> Edition {
        let hygiene = &self.sess.hygiene;
        if span.ctxt.is_root() {
            return self.cfg.edition;
        }
        let data = hygiene.expn_data(hygiene.outer_expn(span.ctxt));
        match data.def_crate {
            Some(k) if k != self.cfg.crate_num => Edition::E2021,
            _ => self.cfg.edition,
        }
    }

    /// Expands an invocation into a fully expanded fragment for `pos`; `None` after an error.
    pub fn expand_invocation(
        &mut self,
        mac: &ast::MacCall,
        span: Span,
        pos: Position,
    ) -> Option<Fragment> {
        let ext = self.resolve_macro(&mac.path).ok()?;
        if self.depth >= self.recursion_limit {
            let name = self.sess.str(ext.name).to_string();
            let suggested = self.recursion_limit.max(1) * 2;
            self.dcx()
                .struct_err(span, format!("recursion limit reached while expanding `{name}!`"))
                .help(format!(
                    "consider increasing the recursion limit by adding a `#![recursion_limit = \"{suggested}\"]` attribute to your crate (`{}`)",
                    self.sess.str(self.cfg.crate_name)
                ))
                .emit();
            return None;
        }
        let expn = self.sess.hygiene.fresh_expn(ExpnData {
            kind: ExpnKind::Macro(MacroKind::Bang, ext.name),
            parent: self.current_expn,
            call_site: span,
            def_site: ext.def_site,
            local_inner_macros: ext.local_inner_macros,
            allow_internal_unstable: ext.allow_internal_unstable,
            def_crate: Some(ext.def_crate),
        });
        let fragment = match &ext.kind {
            MacroImpl::Rules(rules) => {
                let tokens = crate::mbe::expand_macro_rules(
                    self.sess,
                    rules,
                    span,
                    &mac.args.tokens,
                    expn,
                    ext.edition,
                    self.cfg.edition,
                )
                .ok()?;
                self.parse_fragment(tokens, pos, span, ext.name, ext.edition)?
            }
            MacroImpl::Builtin(b) => {
                let out = builtin::expand_builtin(self, *b, mac, span, expn, &ext)?;
                match out {
                    BuiltinOutput::Tokens(tokens) => {
                        self.parse_fragment(tokens, pos, span, ext.name, ext.edition)?
                    }
                    BuiltinOutput::Expr(e) => self.expr_fragment(e, pos, span, ext.name)?,
                }
            }
            MacroImpl::Failed => return None,
            MacroImpl::Derive(_) => {
                let n = self.sess.str(ext.name).to_string();
                self.dcx()
                    .struct_err(
                        mac.path.span,
                        format!("expected macro, found derive macro `{n}`"),
                    )
                    .span_label(mac.path.span, "not a macro")
                    .emit();
                return None;
            }
        };
        // Expand what the expansion contains.
        let prev_expn = std::mem::replace(&mut self.current_expn, expn);
        self.depth += 1;
        let fragment = self.expand_fragment(fragment);
        self.depth -= 1;
        self.current_expn = prev_expn;
        Some(fragment)
    }

    fn expand_fragment(&mut self, fragment: Fragment) -> Fragment {
        match fragment {
            Fragment::Items(items) => Fragment::Items(
                items
                    .into_iter()
                    .flat_map(|i| self.flat_map_item(i))
                    .collect(),
            ),
            Fragment::AssocItems(items) => {
                // The context only matters for walking; both kinds walk the same way.
                Fragment::AssocItems(
                    items
                        .into_iter()
                        .flat_map(|i| self.flat_map_assoc_item(i, AssocCtxt::Impl))
                        .collect(),
                )
            }
            Fragment::ForeignItems(items) => Fragment::ForeignItems(
                items
                    .into_iter()
                    .flat_map(|i| self.flat_map_foreign_item(i))
                    .collect(),
            ),
            Fragment::Stmts(stmts) => Fragment::Stmts(
                stmts
                    .into_iter()
                    .flat_map(|s| self.flat_map_stmt(s))
                    .collect(),
            ),
            Fragment::Expr(mut e) => {
                self.visit_expr(&mut e);
                Fragment::Expr(e)
            }
            Fragment::Pat(mut p) => {
                self.visit_pat(&mut p);
                Fragment::Pat(p)
            }
            Fragment::Ty(mut t) => {
                self.visit_ty(&mut t);
                Fragment::Ty(t)
            }
        }
    }

    /// An expression produced directly by a built-in macro, in a position that wants it.
    fn expr_fragment(
        &self,
        e: P<ast::Expr>,
        pos: Position,
        span: Span,
        name: Symbol,
    ) -> Option<Fragment> {
        match pos {
            Position::Expr => Some(Fragment::Expr(e)),
            Position::Stmts => Some(Fragment::Stmts(vec![ast::Stmt {
                id: NodeId::DUMMY,
                span: e.span,
                kind: ast::StmtKind::Expr(e),
            }])),
            _ => {
                let n = self.sess.str(name);
                self.dcx()
                    .struct_err(
                        span,
                        format!("macro expansion ignores `{n}!` in {} position", pos.descr()),
                    )
                    .note(format!(
                        "the usage of `{n}!` is likely invalid in {} context",
                        pos.descr()
                    ))
                    .emit();
                None
            }
        }
    }

    /// Parses a macro's output tokens as a fragment for `pos`.
    pub fn parse_fragment(
        &self,
        tokens: ast::TokenStream,
        pos: Position,
        span: Span,
        name: Symbol,
        edition: Edition,
    ) -> Option<Fragment> {
        let mut p = Parser::new(self.sess, tokens, edition);
        p.set_root_edition(self.cfg.edition);
        p.set_eof_span(span);
        let fragment = match pos {
            Position::Items => Fragment::Items(p.parse_items_to_eof()),
            Position::TraitItems => {
                Fragment::AssocItems(smelt_parse::parse_assoc_items_to_eof(&mut p, true))
            }
            Position::ImplItems => {
                Fragment::AssocItems(smelt_parse::parse_assoc_items_to_eof(&mut p, false))
            }
            Position::ForeignItems => {
                Fragment::ForeignItems(smelt_parse::parse_foreign_items_to_eof(&mut p))
            }
            Position::Stmts => Fragment::Stmts(p.parse_stmts_to_eof()),
            Position::Expr => match p.parse_expr() {
                Ok(e) => Fragment::Expr(e),
                Err(d) => {
                    d.emit();
                    return None;
                }
            },
            Position::Pat => match p.parse_pat() {
                Ok(e) => Fragment::Pat(e),
                Err(d) => {
                    d.emit();
                    return None;
                }
            },
            Position::Ty => match p.parse_ty() {
                Ok(e) => Fragment::Ty(e),
                Err(d) => {
                    d.emit();
                    return None;
                }
            },
        };
        if !p.is_at_eof() {
            let tok = p.describe_token(&p.token.clone());
            let n = self.sess.str(name);
            self.dcx()
                .struct_err(
                    p.token.span,
                    format!("macro expansion ignores {tok} and any tokens following"),
                )
                .span_label(span, "caused by the macro expansion here")
                .note(format!(
                    "the usage of `{n}!` is likely invalid in {} context",
                    pos.descr()
                ))
                .emit();
        }
        Some(fragment)
    }

    /* ------------------------------------------------------------ definitions */

    /// Records a `macro_rules!` definition (item or statement).
    fn define_macro(&mut self, item: &ast::Item) {
        let ast::ItemKind::MacroDef(def) = &item.kind else {
            return;
        };
        if !def.macro_rules {
            self.dcx()
                .struct_err(item.span, "`macro` is experimental")
                .code("E0658")
                .note("see issue #39412 <https://github.com/rust-lang/rust/issues/39412> for more information")
                .emit();
            return;
        }
        let name = item.ident.name;
        let builtin = item
            .attrs
            .iter()
            .any(|a| attr_is(a, "rustc_builtin_macro", self.sess));
        let kind = if builtin {
            match BuiltinMacro::from_name(self.sess.str(name)) {
                Some(b) => MacroImpl::Builtin(b),
                None => {
                    self.dcx()
                        .struct_err(
                            item.span,
                            format!(
                                "cannot find a built-in macro with name `{}`",
                                self.sess.str(name)
                            ),
                        )
                        .emit();
                    return;
                }
            }
        } else {
            match crate::mbe::compile_macro_rules(
                self.sess,
                item.ident,
                &def.body,
                self.cfg.edition,
            ) {
                Ok(rules) => MacroImpl::Rules(Rc::new(rules)),
                // The definition's error is reported; uses of the macro then do nothing.
                Err(_) => MacroImpl::Failed,
            }
        };
        let mut local_inner_macros = false;
        let mut export = false;
        for a in &item.attrs {
            if attr_is(a, "macro_export", self.sess) {
                export = true;
                if let ast::AttrKind::Normal(ai) = &a.kind {
                    if let ast::AttrArgs::Delimited(d) = &ai.args {
                        local_inner_macros = d.tokens.trees().any(|t| {
                            matches!(t, ast::TokenTree::Token(tok, _) if tok.ident().is_some_and(|(i, _)| self.sess.str(i.name) == "local_inner_macros"))
                        });
                    }
                }
            }
        }
        let ext = Rc::new(SyntaxExtension {
            name,
            kind,
            def_site: item.span,
            def_crate: self.cfg.crate_num,
            edition: self.cfg.edition,
            local_inner_macros,
            allow_internal_unstable: self.cfg.is_library,
        });
        if export {
            self.exported.insert(name, ext.clone());
        }
        self.textual.push((item.ident, ext));
    }

    /// `#[macro_use] extern crate c;`: the crate's exported macros become visible everywhere.
    fn import_macro_use(&mut self, item: &ast::Item, orig: Option<Symbol>) {
        if !item
            .attrs
            .iter()
            .any(|a| attr_is(a, "macro_use", self.sess))
        {
            return;
        }
        let name = orig.unwrap_or(item.ident.name);
        let Some(k) = self.extern_crate_num(name) else {
            return;
        };
        if let Some(c) = self.store.crate_macros(k) {
            for (n, ext) in &c.exported {
                self.macro_use_prelude.insert(*n, ext.clone());
            }
        }
    }

    /// `pub use other::{m1, m2};` at the crate root re-exports macros of `other`.
    fn collect_reexported_macros(
        &self,
        krate: &ast::Crate,
        out: &mut FxHashMap<Symbol, Rc<SyntaxExtension>>,
    ) {
        for item in &krate.items {
            let ast::ItemKind::Use(tree) = &item.kind else {
                continue;
            };
            if !matches!(item.vis.kind, ast::VisibilityKind::Public) {
                continue;
            }
            let mut stack: Vec<(Vec<Ident>, &ast::UseTree)> = vec![(Vec::new(), tree)];
            while let Some((prefix, t)) = stack.pop() {
                let mut path = prefix.clone();
                path.extend(t.prefix.segments.iter().map(|s| s.ident));
                match &t.kind {
                    ast::UseTreeKind::Simple(rename) => {
                        let Some(last) = path.last().copied() else {
                            continue;
                        };
                        let Some(first) = path.first() else { continue };
                        let first = if first.name == kw::PathRoot {
                            path.get(1).map_or(first.name, |i| i.name)
                        } else {
                            first.name
                        };
                        let Some(k) = self.extern_crate_num(first) else {
                            continue;
                        };
                        if let Some(ext) = self.crate_exported(k, last.name) {
                            out.insert(rename.unwrap_or(last).name, ext);
                        }
                    }
                    ast::UseTreeKind::Nested(trees) => {
                        for (sub, _) in trees {
                            stack.push((path.clone(), sub));
                        }
                    }
                    ast::UseTreeKind::Glob => {}
                }
            }
        }
    }

    /* ------------------------------------------------------------ derives */

    /// Takes the `#[derive(...)]` attributes off an item: the derive names with spans.
    fn take_derives(&self, item: &mut ast::Item) -> Vec<(Ident, Span)> {
        let mut out = Vec::new();
        let mut keep = Vec::new();
        for a in std::mem::take(&mut item.attrs) {
            if !attr_is(&a, "derive", self.sess) {
                keep.push(a);
                continue;
            }
            let ast::AttrKind::Normal(ai) = &a.kind else {
                continue;
            };
            let Ok(meta) = smelt_parse::parse_meta(self.sess, ai) else {
                continue;
            };
            match &meta.kind {
                ast::MetaKind::List(list) => {
                    for n in list {
                        match n {
                            ast::NestedMeta::Meta(m) if matches!(m.kind, ast::MetaKind::Word) => {
                                if let Some(seg) = m.path.segments.last() {
                                    out.push((seg.ident, m.span));
                                }
                            }
                            ast::NestedMeta::Meta(m) => {
                                self.dcx()
                                    .struct_err(
                                        m.span,
                                        "traits in `#[derive(...)]` don't accept arguments",
                                    )
                                    .code("E0777")
                                    .emit();
                            }
                            ast::NestedMeta::Lit(l) => {
                                self.dcx()
                                    .struct_err(l.span, "expected path to a trait, found literal")
                                    .code("E0777")
                                    .span_label(l.span, "not a trait")
                                    .emit();
                            }
                        }
                    }
                }
                _ => {
                    self.dcx()
                        .struct_err(a.span, "malformed `derive` attribute input")
                        .span_suggestion(
                            a.span,
                            "missing traits to be derived",
                            "#[derive(Trait1, Trait2, ...)]",
                        )
                        .emit();
                }
            }
        }
        item.attrs = keep;
        out
    }

    fn expand_derives(&mut self, item: &ast::Item, derives: &[(Ident, Span)]) -> Vec<P<ast::Item>> {
        let mut out = Vec::new();
        match &item.kind {
            ast::ItemKind::Struct(..) | ast::ItemKind::Enum(..) | ast::ItemKind::Union(..) => {}
            _ => {
                if let Some((_, span)) = derives.first() {
                    self.dcx()
                        .struct_err(
                            *span,
                            "`derive` may only be applied to `struct`s, `enum`s and `union`s",
                        )
                        .code("E0774")
                        .span_label(*span, "not applicable here")
                        .span_label(item.span, "not a `struct`, `enum` or `union`")
                        .emit();
                }
                return out;
            }
        }
        for &(name, span) in derives {
            let Some(d) = builtin::BuiltinDerive::from_name(self.sess.str(name.name)) else {
                self.dcx()
                    .struct_err(
                        name.span,
                        format!(
                            "cannot find derive macro `{}` in this scope",
                            self.sess.str(name.name)
                        ),
                    )
                    .emit();
                continue;
            };
            let Some(core) = self.core_crate_num() else {
                self.dcx()
                    .struct_err(span, "`derive` needs the `core` crate")
                    .emit();
                continue;
            };
            let expn = self.sess.hygiene.fresh_expn(ExpnData {
                kind: ExpnKind::Macro(MacroKind::Derive, name.name),
                parent: self.current_expn,
                call_site: span,
                def_site: span,
                local_inner_macros: false,
                allow_internal_unstable: true,
                def_crate: Some(core),
            });
            let Some(tokens) = builtin::derive::expand_derive(self, d, item, span, expn) else {
                continue;
            };
            let Some(Fragment::Items(items)) =
                self.parse_fragment(tokens, Position::Items, span, name.name, Edition::E2021)
            else {
                continue;
            };
            let prev = std::mem::replace(&mut self.current_expn, expn);
            for i in items {
                out.extend(self.flat_map_item(i));
            }
            self.current_expn = prev;
        }
        out
    }

    /// The number of the `core` crate (this crate, when compiling `core`).
    pub fn core_crate_num(&self) -> Option<u32> {
        if self.sess.str(self.cfg.crate_name) == "core" {
            return Some(self.cfg.crate_num);
        }
        self.extern_crate_num(sym::core)
    }

    /* ------------------------------------------------------------ modules */

    fn expand_mod(&mut self, item: &mut ast::Item) {
        let ast::ItemKind::Mod(_, kind) = &mut item.kind else {
            return;
        };
        let (child, inline) = match kind {
            ast::ModKind::Loaded(_, ast::Inline::Yes, _) => (
                self.module.inline_child(self.sess, item.ident, &item.attrs),
                true,
            ),
            _ => (ModuleData::default(), false),
        };
        let child = if inline {
            child
        } else {
            match module::load_module(self, item) {
                Some(c) => c,
                None => {
                    // Reported: an empty module keeps resolution going.
                    if let ast::ItemKind::Mod(_, kind) = &mut item.kind {
                        *kind = ast::ModKind::Loaded(
                            Vec::new(),
                            ast::Inline::No,
                            ast::ModSpans::default(),
                        );
                    }
                    return;
                }
            }
        };
        // A file's inner `#![cfg]` can remove the module it was loaded for.
        if !self.strip.configure(&mut item.attrs) {
            if let ast::ItemKind::Mod(_, kind) = &mut item.kind {
                *kind = ast::ModKind::Loaded(Vec::new(), ast::Inline::No, ast::ModSpans::default());
            }
            return;
        }
        let macro_use = item
            .attrs
            .iter()
            .any(|a| attr_is(a, "macro_use", self.sess));
        let pushed_file = !inline;
        if pushed_file {
            self.file_stack.push(child.file.clone());
        }
        let prev_module = std::mem::replace(&mut self.module, child);
        let prev_root = std::mem::replace(&mut self.in_root_module, false);
        let scope = self.textual.len();
        if let ast::ItemKind::Mod(_, ast::ModKind::Loaded(items, ..)) = &mut item.kind {
            mut_visit::flat_map_in_place(items, |i| self.flat_map_item(i));
        }
        if !macro_use {
            self.textual.truncate(scope);
        }
        self.in_root_module = prev_root;
        self.module = prev_module;
        if pushed_file {
            self.file_stack.pop();
        }
    }
}

impl MutVisitor for Expander<'_, '_> {
    fn flat_map_item(&mut self, mut item: P<ast::Item>) -> Vec<P<ast::Item>> {
        if !self.strip.configure(&mut item.attrs) {
            return Vec::new();
        }
        match &item.kind {
            ast::ItemKind::MacCall(_) => {
                let ast::ItemKind::MacCall(mac) =
                    std::mem::replace(&mut item.kind, ast::ItemKind::ExternCrate(None))
                else {
                    unreachable!()
                };
                return match self.expand_invocation(&mac, item.span, Position::Items) {
                    Some(Fragment::Items(items)) => items,
                    _ => Vec::new(),
                };
            }
            ast::ItemKind::MacroDef(_) => {
                self.define_macro(&item);
                return vec![item];
            }
            ast::ItemKind::ExternCrate(orig) => {
                let orig = *orig;
                self.import_macro_use(&item, orig);
                return vec![item];
            }
            ast::ItemKind::Mod(..) => {
                self.expand_mod(&mut item);
                return vec![item];
            }
            _ => {}
        }
        let derives = self.take_derives(&mut item);
        mut_visit::walk_item(self, &mut item);
        let mut out = Vec::new();
        if !derives.is_empty() {
            let derived = self.expand_derives(&item, &derives);
            out.push(item);
            out.extend(derived);
        } else {
            out.push(item);
        }
        out
    }

    fn flat_map_assoc_item(
        &mut self,
        mut item: P<ast::AssocItem>,
        ctxt: AssocCtxt,
    ) -> Vec<P<ast::AssocItem>> {
        if !self.strip.configure(&mut item.attrs) {
            return Vec::new();
        }
        if let ast::AssocItemKind::MacCall(mac) = &item.kind {
            let mac = mac.clone();
            let pos = if ctxt == AssocCtxt::Trait {
                Position::TraitItems
            } else {
                Position::ImplItems
            };
            return match self.expand_invocation(&mac, item.span, pos) {
                Some(Fragment::AssocItems(items)) => items,
                _ => Vec::new(),
            };
        }
        mut_visit::walk_assoc_item(self, &mut item, ctxt);
        vec![item]
    }

    fn flat_map_foreign_item(&mut self, mut item: P<ast::ForeignItem>) -> Vec<P<ast::ForeignItem>> {
        if !self.strip.configure(&mut item.attrs) {
            return Vec::new();
        }
        if let ast::ForeignItemKind::MacCall(mac) = &item.kind {
            let mac = mac.clone();
            return match self.expand_invocation(&mac, item.span, Position::ForeignItems) {
                Some(Fragment::ForeignItems(items)) => items,
                _ => Vec::new(),
            };
        }
        mut_visit::walk_foreign_item(self, &mut item);
        vec![item]
    }

    fn flat_map_stmt(&mut self, mut stmt: ast::Stmt) -> Vec<ast::Stmt> {
        match &mut stmt.kind {
            ast::StmtKind::MacCall(m) => {
                if !self.strip.configure(&mut m.attrs) {
                    return Vec::new();
                }
                let style = m.style;
                let mac = m.mac.clone();
                let Some(Fragment::Stmts(mut stmts)) =
                    self.expand_invocation(&mac, stmt.span, Position::Stmts)
                else {
                    return Vec::new();
                };
                // `m!(..);`: the semicolon applies to a trailing expression of the expansion.
                if style == ast::MacStmtStyle::Semicolon {
                    if let Some(last) = stmts.last_mut() {
                        if let ast::StmtKind::Expr(e) = &last.kind {
                            let e = e.clone();
                            last.kind = ast::StmtKind::Semi(e);
                        }
                    }
                }
                return stmts;
            }
            ast::StmtKind::Let(local) => {
                let keep = self.strip.configure(&mut local.attrs);
                if !keep {
                    return Vec::new();
                }
            }
            ast::StmtKind::Expr(e) | ast::StmtKind::Semi(e) => {
                if !self.strip.configure(&mut e.attrs) {
                    return Vec::new();
                }
                // An expression statement that is a macro call expands as statements.
                if let ast::ExprKind::MacCall(mac) = &e.kind {
                    let mac = mac.clone();
                    let semi = matches!(stmt.kind, ast::StmtKind::Semi(_));
                    let Some(Fragment::Stmts(mut stmts)) =
                        self.expand_invocation(&mac, stmt.span, Position::Stmts)
                    else {
                        return Vec::new();
                    };
                    if semi {
                        if let Some(last) = stmts.last_mut() {
                            if let ast::StmtKind::Expr(e) = &last.kind {
                                let e = e.clone();
                                last.kind = ast::StmtKind::Semi(e);
                            }
                        }
                    }
                    return stmts;
                }
            }
            ast::StmtKind::Item(item) if matches!(item.kind, ast::ItemKind::MacroDef(_)) => {
                if !self.strip.configure(&mut item.attrs) {
                    return Vec::new();
                }
                self.define_macro(item);
                return vec![stmt];
            }
            _ => {}
        }
        mut_visit::walk_flat_map_stmt(self, stmt)
    }

    fn visit_block(&mut self, block: &mut P<ast::Block>) {
        let scope = self.textual.len();
        mut_visit::walk_block(self, block);
        self.textual.truncate(scope);
    }

    fn visit_expr(&mut self, expr: &mut P<ast::Expr>) {
        if let ast::ExprKind::MacCall(mac) = &expr.kind {
            let mac = mac.clone();
            let span = expr.span;
            let attrs = std::mem::take(&mut expr.attrs);
            match self.expand_invocation(&mac, span, Position::Expr) {
                Some(Fragment::Expr(mut e)) => {
                    if !attrs.is_empty() {
                        let mut all = attrs;
                        all.append(&mut e.attrs);
                        e.attrs = all;
                    }
                    // The fragment came back already expanded inside.
                    *expr = e;
                }
                _ => expr.kind = ast::ExprKind::Err,
            }
            return;
        }
        mut_visit::walk_expr(self, expr);
    }

    fn filter_map_expr(&mut self, mut expr: P<ast::Expr>) -> Option<P<ast::Expr>> {
        if !self.strip.configure(&mut expr.attrs) {
            return None;
        }
        self.visit_expr(&mut expr);
        Some(expr)
    }

    fn visit_pat(&mut self, pat: &mut P<ast::Pat>) {
        if let ast::PatKind::MacCall(mac) = &pat.kind {
            let mac = mac.clone();
            match self.expand_invocation(&mac, pat.span, Position::Pat) {
                Some(Fragment::Pat(p)) => *pat = p,
                _ => pat.kind = ast::PatKind::Err,
            }
            return;
        }
        mut_visit::walk_pat(self, pat);
    }

    fn visit_ty(&mut self, ty: &mut P<ast::Ty>) {
        if let ast::TyKind::MacCall(mac) = &ty.kind {
            let mac = mac.clone();
            match self.expand_invocation(&mac, ty.span, Position::Ty) {
                Some(Fragment::Ty(t)) => *ty = t,
                _ => ty.kind = ast::TyKind::Err,
            }
            return;
        }
        mut_visit::walk_ty(self, ty);
    }

    fn flat_map_variant(&mut self, mut v: ast::Variant) -> Vec<ast::Variant> {
        if !self.strip.configure(&mut v.attrs) {
            return Vec::new();
        }
        mut_visit::walk_variant(self, &mut v);
        vec![v]
    }

    fn flat_map_field_def(&mut self, mut f: ast::FieldDef) -> Vec<ast::FieldDef> {
        if !self.strip.configure(&mut f.attrs) {
            return Vec::new();
        }
        mut_visit::walk_field_def(self, &mut f);
        vec![f]
    }

    fn flat_map_expr_field(&mut self, mut f: ast::ExprField) -> Vec<ast::ExprField> {
        if !self.strip.configure(&mut f.attrs) {
            return Vec::new();
        }
        mut_visit::walk_expr_field(self, &mut f);
        vec![f]
    }

    fn flat_map_pat_field(&mut self, mut f: ast::PatField) -> Vec<ast::PatField> {
        if !self.strip.configure(&mut f.attrs) {
            return Vec::new();
        }
        mut_visit::walk_pat_field(self, &mut f);
        vec![f]
    }

    fn flat_map_arm(&mut self, mut arm: ast::Arm) -> Vec<ast::Arm> {
        if !self.strip.configure(&mut arm.attrs) {
            return Vec::new();
        }
        mut_visit::walk_arm(self, &mut arm);
        vec![arm]
    }

    fn flat_map_param(&mut self, mut p: ast::Param) -> Vec<ast::Param> {
        if !self.strip.configure(&mut p.attrs) {
            return Vec::new();
        }
        mut_visit::walk_param(self, &mut p);
        vec![p]
    }

    fn flat_map_generic_param(&mut self, mut p: ast::GenericParam) -> Vec<ast::GenericParam> {
        if !self.strip.configure(&mut p.attrs) {
            return Vec::new();
        }
        mut_visit::walk_generic_param(self, &mut p);
        vec![p]
    }

    // Attributes, macro definitions and unexpanded macro arguments are token streams the
    // expander has no business walking.
    fn visit_attribute(&mut self, _: &mut ast::Attribute) {}
    fn visit_macro_def(&mut self, _: &mut ast::MacroDef) {}
    fn visit_mac_call(&mut self, _: &mut ast::MacCall) {}
}

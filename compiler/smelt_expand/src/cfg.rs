//! Conditional compilation: the set of `cfg` options that hold, evaluation of `#[cfg(...)]`
//! predicates, and `#[cfg_attr(...)]` expansion.

use rustc_hash::FxHashSet;
use smelt_ast as ast;
use smelt_session::Session;
use smelt_span::{sym, Edition, Span, Symbol};

/// The `cfg` options of a crate: names (`unix`) and name-value pairs (`target_os = "linux"`).
#[derive(Clone, Default, Debug)]
pub struct CfgSet {
    set: FxHashSet<(Symbol, Option<Symbol>)>,
}

impl CfgSet {
    /// The options rustc sets for the session's target and flags. Library crates are built
    /// as rustc's are: without debug assertions and without the user's `--cfg`s.
    pub fn for_session(sess: &Session, is_library: bool) -> CfgSet {
        let mut c = CfgSet::default();
        for (k, v) in sess.opts.target_cfg() {
            // The library is built as rustc's is: without debug assertions.
            if is_library && k == "debug_assertions" {
                continue;
            }
            c.set
                .insert((sess.intern(&k), v.as_deref().map(|v| sess.intern(v))));
        }
        if !is_library {
            if sess.opts.test {
                c.set.insert((sym::test, None));
            }
            for (k, v) in &sess.opts.cfg {
                c.set
                    .insert((sess.intern(k), v.as_deref().map(|v| sess.intern(v))));
            }
        }
        c
    }

    pub fn insert(&mut self, name: Symbol, value: Option<Symbol>) {
        self.set.insert((name, value));
    }

    pub fn contains(&self, name: Symbol, value: Option<Symbol>) -> bool {
        self.set.contains(&(name, value))
    }
}

/// Evaluates and strips `#[cfg]`/`#[cfg_attr]` attributes.
pub struct StripUnconfigured<'a> {
    pub sess: &'a Session,
    pub cfg: &'a CfgSet,
    pub edition: Edition,
}

impl StripUnconfigured<'_> {
    /// Replaces each `#[cfg_attr(pred, attrs..)]` by its attributes when `pred` holds (and by
    /// nothing otherwise), recursively.
    pub fn process_cfg_attrs(&self, attrs: &mut Vec<ast::Attribute>) {
        if !attrs.iter().any(|a| attr_is(a, "cfg_attr", self.sess)) {
            return;
        }
        let old = std::mem::take(attrs);
        let mut work: Vec<ast::Attribute> = old.into_iter().rev().collect();
        let mut guard = 0;
        while let Some(a) = work.pop() {
            guard += 1;
            if guard > 10_000 || !attr_is(&a, "cfg_attr", self.sess) {
                attrs.push(a);
                continue;
            }
            let ast::AttrKind::Normal(item) = &a.kind else {
                continue;
            };
            let Some((pred, items)) =
                smelt_parse::parse_cfg_attr(self.sess, item, a.span, self.edition)
            else {
                continue;
            };
            if items.is_empty() {
                // rustc warns about `#[cfg_attr(pred,)]`; nothing to add either way.
                continue;
            }
            if self.eval_meta(&pred) {
                for (item, span) in items.into_iter().rev() {
                    work.push(ast::Attribute {
                        kind: ast::AttrKind::Normal(item),
                        id: ast::NodeId::DUMMY,
                        style: a.style,
                        span,
                    });
                }
            }
        }
    }

    /// Whether the node with these attributes stays: every `#[cfg]` on it holds. Processes
    /// `cfg_attr` first.
    pub fn configure(&self, attrs: &mut Vec<ast::Attribute>) -> bool {
        self.process_cfg_attrs(attrs);
        for a in attrs.iter() {
            if attr_is(a, "cfg", self.sess) && !self.eval_cfg_attr(a) {
                return false;
            }
        }
        true
    }

    /// Evaluates `#[cfg(pred)]`; a malformed attribute is reported and counts as true (the
    /// error stops compilation anyway).
    pub fn eval_cfg_attr(&self, a: &ast::Attribute) -> bool {
        let ast::AttrKind::Normal(item) = &a.kind else {
            return true;
        };
        let Ok(meta) = smelt_parse::parse_meta(self.sess, item) else {
            return true;
        };
        match &meta.kind {
            ast::MetaKind::List(list) => match &list[..] {
                [ast::NestedMeta::Meta(m)] => self.eval_meta(m),
                [] => {
                    self.sess
                        .dcx
                        .struct_err(meta.span, "`cfg` predicate is not specified")
                        .code("E0536")
                        .span_label(meta.span, "`cfg` predicate is not specified")
                        .emit();
                    true
                }
                [ast::NestedMeta::Lit(l), ..] => {
                    self.literal_in_cfg(l.span);
                    true
                }
                [_, second, ..] => {
                    let span = match second {
                        ast::NestedMeta::Meta(m) => m.span,
                        ast::NestedMeta::Lit(l) => l.span,
                    };
                    self.sess
                        .dcx
                        .struct_err(span, "multiple `cfg` predicates are specified")
                        .code("E0805")
                        .emit();
                    true
                }
            },
            _ => {
                self.sess
                    .dcx
                    .struct_err(a.span, "malformed `cfg` attribute input")
                    .span_suggestion(a.span, "must be of the form", "#[cfg(predicate)]")
                    .note("for more information, visit <https://doc.rust-lang.org/reference/conditional-compilation.html#the-cfg-attribute>")
                    .emit();
                true
            }
        }
    }

    fn literal_in_cfg(&self, span: Span) {
        self.sess
            .dcx
            .struct_err(span, "unsupported literal")
            .code("E0565")
            .emit();
    }

    /// Evaluates a configuration predicate: an option, `all(..)`, `any(..)`, `not(..)`.
    pub fn eval_meta(&self, m: &ast::Meta) -> bool {
        let name = match m.path.segments.as_slice() {
            [seg] => seg.ident.name,
            _ => {
                self.sess
                    .dcx
                    .struct_err(m.path.span, "`cfg` predicate key must be an identifier")
                    .emit();
                return false;
            }
        };
        match &m.kind {
            ast::MetaKind::Word => self.cfg.contains(name, None),
            ast::MetaKind::NameValue(lit) => match &lit.kind {
                ast::LitKind::Str(v, _) => self.cfg.contains(name, Some(*v)),
                _ => {
                    self.sess
                        .dcx
                        .struct_err(
                            lit.span,
                            "literal in `cfg` predicate value must be a string",
                        )
                        .code("E0565")
                        .emit();
                    false
                }
            },
            ast::MetaKind::List(list) => {
                let s = self.sess.str(name);
                let metas: Vec<&ast::Meta> = list
                    .iter()
                    .filter_map(|n| match n {
                        ast::NestedMeta::Meta(m) => Some(m),
                        ast::NestedMeta::Lit(l) => {
                            self.literal_in_cfg(l.span);
                            None
                        }
                    })
                    .collect();
                match s {
                    "all" => metas.iter().all(|m| self.eval_meta(m)),
                    "any" => metas.iter().any(|m| self.eval_meta(m)),
                    "not" => {
                        if metas.len() != 1 {
                            self.sess
                                .dcx
                                .struct_err(m.span, "expected 1 cfg-pattern")
                                .code("E0536")
                                .emit();
                            return false;
                        }
                        !self.eval_meta(metas[0])
                    }
                    _ => {
                        self.sess
                            .dcx
                            .struct_err(m.path.span, format!("invalid predicate `{s}`"))
                            .code("E0537")
                            .emit();
                        false
                    }
                }
            }
        }
    }
}

/// Whether `a` is `#[name ...]` (a one-segment path).
pub fn attr_is(a: &ast::Attribute, name: &str, sess: &Session) -> bool {
    match &a.kind {
        ast::AttrKind::Normal(item) => {
            item.path.segments.len() == 1 && sess.str(item.path.segments[0].ident.name) == name
        }
        ast::AttrKind::DocComment(..) => false,
    }
}

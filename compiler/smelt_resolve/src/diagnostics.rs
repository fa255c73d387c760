//! Resolution errors in rustc's words (E0425, E0412, E0433, E0603, ...), with rustc's
//! "similar name" suggestions.

use smelt_ast::NodeId;
use smelt_span::{kw, Ident, Span, Symbol};

use crate::def::{DefKind, Namespace, Res};
use crate::ident::PathError;
use crate::late::PathSource;
use crate::{Binding, ModuleId, ModuleKind, Resolver};

/// Levenshtein distance.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate closest to `name`, if close enough (rustc's threshold: a third of the
/// length).
pub fn best_match(r: &Resolver<'_>, name: Symbol, candidates: &[Symbol]) -> Option<Symbol> {
    let target = r.str(name);
    let max = (target.chars().count() / 3).max(1);
    let mut best: Option<(usize, Symbol)> = None;
    for &c in candidates {
        if c == name {
            continue;
        }
        let s = r.str(c);
        let d = edit_distance(target, s);
        let case_only = s.eq_ignore_ascii_case(target);
        if d <= max || case_only {
            let d = if case_only { 0 } else { d };
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

fn res_descr(res: Res<NodeId>) -> &'static str {
    match res {
        Res::Def(kind, _) => kind.descr(),
        other => other.descr(),
    }
}

impl Resolver<'_> {
    fn module_descr(&self, m: ModuleId) -> String {
        match self.cstore.modules[m].kind {
            ModuleKind::Def(DefKind::Enum, _, n) => format!("enum `{}`", self.str(n)),
            ModuleKind::Def(DefKind::Trait, _, n) => format!("trait `{}`", self.str(n)),
            ModuleKind::Def(_, d, n) => {
                if d.is_crate_root() {
                    "the crate root".to_string()
                } else {
                    format!("module `{}`", self.str(n))
                }
            }
            ModuleKind::Block(_) => "this scope".to_string(),
        }
    }

    /// Names of `ns` visible in module `m` (items and imports), for suggestions.
    fn module_names(&self, m: ModuleId, ns: Namespace) -> Vec<Symbol> {
        let mut out: Vec<Symbol> = self.cstore.modules[m]
            .resolutions
            .keys()
            .filter(|(_, n)| *n == ns)
            .map(|(s, _)| *s)
            .collect();
        if let Some(p) = self.prelude {
            out.extend(
                self.cstore.modules[p]
                    .resolutions
                    .keys()
                    .filter(|(_, n)| *n == ns)
                    .map(|(s, _)| *s),
            );
        }
        out
    }

    #[allow(clippy::too_many_arguments)] // the path, where it failed, and what was in scope
    pub(crate) fn report_unresolved_ident(
        &self,
        path: &[Ident],
        segment: usize,
        ns: Namespace,
        source: PathSource,
        span: Span,
        module: ModuleId,
        locals: &[Symbol],
    ) {
        let ident = path[segment];
        let name = self.str(ident.name).to_string();
        let is_last = segment == path.len() - 1;
        if !is_last {
            // An intermediate segment: "failed to resolve".
            let label = if segment == 0 {
                let capital = name.chars().next().is_some_and(|c| c.is_uppercase());
                if capital {
                    format!("use of undeclared type `{name}`")
                } else if self.edition >= smelt_span::Edition::E2018 {
                    format!("use of unresolved module or unlinked crate `{name}`")
                } else {
                    format!("use of undeclared crate or module `{name}`")
                }
            } else {
                format!(
                    "could not find `{name}` in `{}`",
                    self.str(path[segment - 1].name)
                )
            };
            self.sess
                .dcx
                .struct_err(ident.span, format!("failed to resolve: {label}"))
                .code("E0433")
                .span_label(ident.span, label)
                .emit();
            return;
        }
        if source == PathSource::Expr && ns == Namespace::ValueNS {
            let scope_module = if segment == 0 {
                self.cstore.modules[module].normal_ancestor
            } else {
                module
            };
            let in_types = self.cstore.modules[scope_module]
                .resolutions
                .get(&(ident.name, Namespace::TypeNS))
                .or_else(|| {
                    (segment == 0)
                        .then_some(self.prelude)
                        .flatten()
                        .and_then(|p| {
                            self.cstore.modules[p]
                                .resolutions
                                .get(&(ident.name, Namespace::TypeNS))
                        })
                });
            if let Some(Res::Def(DefKind::Struct, def)) = in_types.map(|b| b.res) {
                self.report_struct_as_value(ident, &name, def);
                return;
            }
        }
        let (code, what) = match source {
            PathSource::Expr => (
                "E0425",
                if ns == Namespace::ValueNS {
                    "value"
                } else {
                    "type"
                },
            ),
            PathSource::Type => ("E0412", "type"),
            PathSource::Trait => ("E0405", "trait"),
            PathSource::Struct => ("E0422", "struct, variant or union type"),
            PathSource::TupleStruct => ("E0531", "tuple struct or tuple variant"),
            PathSource::Pat => ("E0531", "unit struct, unit variant or constant"),
        };
        let scope = if segment == 0 {
            "this scope".to_string()
        } else {
            self.module_descr(module)
        };
        let mut diag = self
            .sess
            .dcx
            .struct_err(
                ident.span,
                format!("cannot find {what} `{name}` in {scope}"),
            )
            .code(code);
        let mut suggestion = None;
        if segment == 0 {
            if ns == Namespace::ValueNS {
                if let Some(s) = best_match(self, ident.name, locals) {
                    suggestion = Some(format!(
                        "help: a local variable with a similar name exists: `{}`",
                        self.str(s)
                    ));
                }
            }
            if suggestion.is_none() {
                let names = self.module_names(self.cstore.modules[module].normal_ancestor, ns);
                if let Some(s) = best_match(self, ident.name, &names) {
                    let kind = self.cstore.modules[self.cstore.modules[module].normal_ancestor]
                        .resolutions
                        .get(&(s, ns))
                        .or_else(|| {
                            self.prelude
                                .and_then(|p| self.cstore.modules[p].resolutions.get(&(s, ns)))
                        })
                        .map(|b| res_descr(b.res))
                        .unwrap_or("item");
                    let article = if kind.starts_with(['a', 'e', 'i', 'o', 'u']) {
                        "an"
                    } else {
                        "a"
                    };
                    suggestion = Some(format!(
                        "help: {article} {kind} with a similar name exists: `{}`",
                        self.str(s)
                    ));
                }
            }
        }
        let label = match suggestion {
            Some(s) => s,
            None if segment == 0 => "not found in this scope".to_string(),
            None => format!("not found in {scope}"),
        };
        diag = diag.span_label(ident.span, label);
        let _ = span;
        diag.emit();
    }

    pub(crate) fn report_path_error(
        &self,
        path: &[Ident],
        err: PathError,
        ns: Namespace,
        source: PathSource,
        span: Span,
        module: ModuleId,
    ) {
        match err {
            PathError::NotFound { segment, parent } => {
                self.report_unresolved_ident(
                    path,
                    segment,
                    ns,
                    source,
                    span,
                    parent.unwrap_or(module),
                    &[],
                );
            }
            PathError::NotAModule { segment, res } => {
                let seg = path.get(segment).copied().unwrap_or(path[0]);
                let next = path
                    .get(segment + 1)
                    .map(|i| self.str(i.name).to_string())
                    .unwrap_or_default();
                let label = format!(
                    "`{}` is {} {}, not a module",
                    self.str(seg.name),
                    article(res_descr(res)),
                    res_descr(res)
                );
                self.sess
                    .dcx
                    .struct_err(seg.span, format!("failed to resolve: {label}"))
                    .code("E0433")
                    .span_label(seg.span, label)
                    .emit();
                let _ = next;
            }
            PathError::Private { segment, binding } => self.report_private(path[segment], &binding),
            PathError::Undetermined => {
                self.sess
                    .dcx
                    .err(span, "cannot determine resolution for this path");
            }
        }
    }

    /// E0423: a struct with named fields used as a value (`let p = Point;`).
    fn report_struct_as_value(&self, ident: Ident, name: &str, def: crate::DefId) {
        let defs = if def.krate == self.krate {
            &self.out.defs
        } else {
            &self.cstore.defs[def.krate]
        };
        let fields: Vec<String> = defs
            .iter()
            .filter(|d| d.parent == Some(def.index) && d.kind == DefKind::Field)
            .map(|d| format!("{}: val", self.str(d.name)))
            .collect();
        let literal = if fields.is_empty() {
            format!("{name} {{}}")
        } else {
            format!("{name} {{ {} }}", fields.join(", "))
        };
        let mut diag = self
            .sess
            .dcx
            .struct_err(ident.span, format!("expected value, found struct `{name}`"))
            .code("E0423")
            .span_label(
                ident.span,
                format!("help: use struct literal syntax instead: `{literal}`"),
            );
        let span = self.def_span(def);
        if !span.is_dummy() {
            diag = diag.span_label(span, format!("`{name}` defined here"));
        }
        diag.emit();
    }

    pub(crate) fn report_private(&self, ident: Ident, b: &Binding) {
        let name = self.str(ident.name);
        let descr = res_descr(b.res);
        let mut diag = self
            .sess
            .dcx
            .struct_err(ident.span, format!("{descr} `{name}` is private"))
            .code("E0603")
            .span_label(ident.span, format!("private {descr}"));
        if let Res::Def(_, def) = b.res {
            let span = self.def_span(def);
            if !span.is_dummy() {
                diag = diag.span_note(span, format!("the {descr} `{name}` is defined here"));
            }
        }
        diag.emit();
    }

    pub(crate) fn report_wrong_res(
        &self,
        res: Res<NodeId>,
        path: &smelt_ast::Path,
        source: PathSource,
        _module: ModuleId,
    ) {
        let name: Vec<&str> = path
            .segments
            .iter()
            .map(|s| self.str(s.ident.name))
            .filter(|s| *s != "{{root}}")
            .collect();
        let name = name.join("::");
        let descr = res_descr(res);
        let (code, expected) = match source {
            PathSource::Expr => ("E0423", "value"),
            PathSource::Type => ("E0573", "type"),
            PathSource::Trait => ("E0404", "trait"),
            PathSource::Struct => ("E0574", "struct, variant or union type"),
            PathSource::TupleStruct => ("E0532", "tuple struct or tuple variant"),
            PathSource::Pat => ("E0532", "unit struct, unit variant or constant"),
        };
        let mut d = self
            .sess
            .dcx
            .struct_err(
                path.span,
                format!("expected {expected}, found {descr} `{name}`"),
            )
            .code(code);
        d = match (source, res) {
            (PathSource::Expr, Res::Def(DefKind::Struct, _)) => d.span_label(
                path.span,
                format!("help: use struct literal syntax instead: `{name} {{ /* fields */ }}`"),
            ),
            (PathSource::Trait, _) => d.span_label(path.span, "not a trait"),
            (PathSource::Type, _) => d.span_label(path.span, "not a type"),
            _ => d.span_label(path.span, format!("not a {expected}")),
        };
        d.emit();
        let _ = kw::Empty;
    }
}

fn article(descr: &str) -> &'static str {
    if descr.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

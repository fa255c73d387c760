//! Import resolution: `use` declarations resolved to a fixed point. A single import copies
//! the bindings of its last segment (in every namespace where it exists) into the importing
//! module; a glob import records the module whose names it makes visible. An import whose
//! path goes through a name that another unresolved import may still provide waits for the
//! next round; what cannot be resolved when no round makes progress is an error (E0432).

use smelt_ast::NodeId;
use smelt_span::{kw, Ident, Span};

use crate::def::{DefKind, Namespace};
use crate::ident::{Lookup, PathError};
use crate::{Binding, ModuleId, Resolver, Visibility};

#[derive(Clone, Debug)]
pub enum ImportKind {
    /// `use path as target;`; `done[ns]` once that namespace is decided.
    Single {
        target: Ident,
        done: [bool; 3],
    },
    Glob,
}

#[derive(Clone, Debug)]
pub struct Import {
    pub id: NodeId,
    pub module: ModuleId,
    pub kind: ImportKind,
    pub path: Vec<Ident>,
    pub vis: Visibility,
    pub span: Span,
    /// `#[prelude_import]`: the glob's module is the crate's prelude.
    pub prelude_import: bool,
    pub glob_target: Option<ModuleId>,
    /// A binding the import found but may not see (reported only if no namespace could
    /// be imported: `pub use m::S;` of a struct with a private constructor is fine).
    pub private_found: Option<Binding>,
    pub resolved: bool,
    pub used: bool,
}

const NAMESPACES: [Namespace; 3] = [Namespace::TypeNS, Namespace::ValueNS, Namespace::MacroNS];

enum Outcome {
    Done,
    Progress,
    Pending,
}

impl Resolver<'_> {
    pub(crate) fn resolve_imports(&mut self) {
        loop {
            let mut progress = false;
            for i in 0..self.imports.len() {
                if self.imports[i].resolved {
                    continue;
                }
                self.resolving_import = Some(self.imports[i].id);
                let outcome = self.try_resolve_import(i);
                self.resolving_import = None;
                match outcome {
                    Outcome::Done => {
                        self.imports[i].resolved = true;
                        progress = true;
                    }
                    Outcome::Progress => progress = true,
                    Outcome::Pending => {}
                }
            }
            if !progress {
                // Stuck on imports that wait for each other (globs of modules whose own
                // imports are pending): let pending imports count as defining nothing, once.
                if self.force_determinate {
                    self.force_determinate = false;
                    break;
                }
                self.force_determinate = true;
                continue;
            }
            self.force_determinate = false;
        }
        for i in 0..self.imports.len() {
            if !self.imports[i].resolved {
                self.imports[i].resolved = true;
                // A single import that found its name in some namespace is fine; the
                // namespaces still undetermined (waiting on a cycle of globs) hold nothing.
                let import = &self.imports[i];
                if let ImportKind::Single { target, .. } = import.kind {
                    let defined = NAMESPACES.iter().any(|ns| {
                        self.cstore.modules[import.module]
                            .resolutions
                            .get(&(target.name, *ns))
                            .is_some_and(|b| b.import == Some(import.id))
                    });
                    if defined {
                        continue;
                    }
                }
                self.report_unresolved_import(i);
            }
        }
    }

    fn try_resolve_import(&mut self, i: usize) -> Outcome {
        let import = self.imports[i].clone();
        match import.kind {
            ImportKind::Glob => {
                let binding = match self.resolve_module_path(&import.path, import.module, true) {
                    Ok(b) => b,
                    Err(PathError::Undetermined) => return Outcome::Pending,
                    Err(_) => return Outcome::Pending,
                };
                let Some(m) = self.binding_module(&binding) else {
                    return Outcome::Pending;
                };
                if m == import.module {
                    return Outcome::Done;
                }
                self.cstore.modules[import.module]
                    .globs
                    .push((m, import.vis, import.id));
                self.imports[i].glob_target = Some(m);
                Outcome::Done
            }
            ImportKind::Single { target, mut done } => {
                let (prefix, last) = import.path.split_at(import.path.len().saturating_sub(1));
                let Some(&last) = last.first() else {
                    return Outcome::Done;
                };
                // `use self;` and `use crate;` import modules themselves.
                if prefix.is_empty() && last.name.is_path_segment_keyword() {
                    let b = match self.resolve_module_path(&import.path, import.module, true) {
                        Ok(b) => b,
                        Err(_) => return Outcome::Pending,
                    };
                    self.define_import(import.module, target, Namespace::TypeNS, b, &import);
                    return Outcome::Done;
                }
                let (module, from_scope) = if prefix.is_empty() {
                    match self.path_start(&import.path, import.module, true) {
                        Ok(Some((m, _))) => (m, false),
                        Ok(None) => (import.module, true),
                        Err(_) => return Outcome::Pending,
                    }
                } else {
                    match self.resolve_module_path(prefix, import.module, true) {
                        Ok(b) => match self.binding_module(&b) {
                            Some(m) => (m, false),
                            None => return Outcome::Pending,
                        },
                        Err(PathError::Undetermined) => return Outcome::Pending,
                        Err(_) => return Outcome::Pending,
                    }
                };
                let mut progress = false;
                for (k, ns) in NAMESPACES.iter().enumerate() {
                    if done[k] {
                        continue;
                    }
                    let lookup = if from_scope {
                        // `use name;` in 2018: a name in scope, or an extern crate.
                        let l = self.lookup_in_module(module, last.name, *ns);
                        match l {
                            Lookup::NotFound if *ns == Namespace::TypeNS => {
                                match self.extern_prelude.get(&last.name) {
                                    Some(&krate) => Lookup::Found(self.crate_root_binding(krate)),
                                    None => Lookup::NotFound,
                                }
                            }
                            other => other,
                        }
                    } else {
                        self.lookup_in_module(module, last.name, *ns)
                    };
                    match lookup {
                        Lookup::Found(b) => {
                            // An import never re-imports itself.
                            if b.import == Some(import.id) {
                                done[k] = true;
                                continue;
                            }
                            if !self.is_accessible_from(b.vis, import.module) {
                                done[k] = true;
                                progress = true;
                                if *ns != Namespace::MacroNS
                                    && self.imports[i].private_found.is_none()
                                {
                                    self.imports[i].private_found = Some(b);
                                }
                                continue;
                            }
                            self.define_import(import.module, target, *ns, b, &import);
                            done[k] = true;
                            progress = true;
                        }
                        Lookup::NotFound => {
                            done[k] = true;
                            progress = true;
                        }
                        Lookup::Undetermined => {}
                    }
                }
                if let ImportKind::Single { done: d, .. } = &mut self.imports[i].kind {
                    *d = done;
                }
                if done.iter().all(|d| *d) {
                    let any = NAMESPACES.iter().any(|ns| {
                        self.cstore.modules[import.module]
                            .resolutions
                            .get(&(target.name, *ns))
                            .is_some_and(|b| b.import == Some(import.id))
                    });
                    if !any && target.name != kw::Underscore {
                        match self.imports[i].private_found.clone() {
                            Some(b) => self.report_private(last, &b),
                            None => self.report_unresolved_single(&import, module, last),
                        }
                    }
                    return Outcome::Done;
                }
                if progress {
                    Outcome::Progress
                } else {
                    Outcome::Pending
                }
            }
        }
    }

    fn define_import(
        &mut self,
        m: ModuleId,
        target: Ident,
        ns: Namespace,
        b: Binding,
        import: &Import,
    ) {
        if target.name == kw::Underscore {
            return;
        }
        let vis = import.vis;
        let binding = Binding {
            res: b.res,
            vis,
            span: import.span,
            module: self.binding_module(&b),
            import: Some(import.id),
        };
        // An explicit item of the same name wins over the import (reported as E0255 by
        // `define` when the import comes first; here the item came first).
        if let Some(old) = self.cstore.modules[m].resolutions.get(&(target.name, ns)) {
            if old.import.is_none() {
                let name = self.str(target.name).to_string();
                let old_span = old.span;
                self.sess
                    .dcx
                    .struct_err(
                        import.span,
                        format!("the name `{name}` is defined multiple times"),
                    )
                    .code("E0255")
                    .span_label(import.span, format!("`{name}` reimported here"))
                    .span_label(
                        old_span,
                        format!("previous definition of the {} `{name}` here", ns_descr(ns)),
                    )
                    .emit();
                return;
            }
            if old.res != binding.res {
                let name = self.str(target.name).to_string();
                self.sess
                    .dcx
                    .struct_err(
                        import.span,
                        format!("the name `{name}` is defined multiple times"),
                    )
                    .code("E0252")
                    .span_label(import.span, format!("`{name}` reimported here"))
                    .emit();
                return;
            }
        }
        self.cstore.modules[m]
            .resolutions
            .insert((target.name, ns), binding);
    }

    fn report_unresolved_single(&self, import: &Import, module: ModuleId, last: Ident) {
        let name = self.str(last.name).to_string();
        let path: Vec<&str> = import.path.iter().map(|i| self.str(i.name)).collect();
        let in_what = match self.cstore.modules[module].kind {
            crate::ModuleKind::Def(DefKind::Mod, d, n)
                if d.is_crate_root() && d.krate == self.krate =>
            {
                let _ = n;
                "the crate root".to_string()
            }
            crate::ModuleKind::Def(_, _, n) => format!("`{}`", self.str(n)),
            crate::ModuleKind::Block(_) => "this scope".to_string(),
        };
        self.sess
            .dcx
            .struct_err(
                last.span,
                format!("unresolved import `{}`", path.join("::")),
            )
            .code("E0432")
            .span_label(last.span, format!("no `{name}` in {in_what}"))
            .emit();
    }

    fn report_unresolved_import(&self, i: usize) {
        let import = &self.imports[i];
        let path: Vec<&str> = import.path.iter().map(|i| self.str(i.name)).collect();
        let (span, label) = match self.resolve_module_path(
            &import.path[..import.path.len().saturating_sub(
                if matches!(import.kind, ImportKind::Glob) {
                    0
                } else {
                    1
                },
            )],
            import.module,
            true,
        ) {
            Err(PathError::NotFound { segment, .. }) => {
                let seg = import.path.get(segment).copied().unwrap_or(import.path[0]);
                let seg_name = self.str(seg.name);
                let label = if segment == 0 {
                    if self.edition >= smelt_span::Edition::E2018 {
                        format!("use of unresolved module or unlinked crate `{seg_name}`")
                    } else {
                        format!("no `{seg_name}` in the root")
                    }
                } else {
                    format!(
                        "could not find `{seg_name}` in `{}`",
                        self.str(import.path[segment - 1].name)
                    )
                };
                (seg.span, label)
            }
            Err(PathError::NotAModule { segment, .. }) => {
                let seg = import.path.get(segment).copied().unwrap_or(import.path[0]);
                (
                    seg.span,
                    format!("`{}` is not a module", self.str(seg.name)),
                )
            }
            _ => (import.span, "unresolved import".to_string()),
        };
        self.sess
            .dcx
            .struct_err(span, format!("unresolved import `{}`", path.join("::")))
            .code("E0432")
            .span_label(span, label)
            .emit();
    }
}

fn ns_descr(ns: Namespace) -> &'static str {
    match ns {
        Namespace::TypeNS => "type",
        Namespace::ValueNS => "value",
        Namespace::MacroNS => "macro",
    }
}

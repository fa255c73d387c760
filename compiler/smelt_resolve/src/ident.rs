//! Looking names up: in a module (its items, imports and glob imports), and along module
//! paths (`a::b::c`), with rustc's starting points (`crate`, `self`, `super`, `::`,
//! `$crate`, extern crates).

use rustc_hash::FxHashSet;
use smelt_span::{kw, Edition, Ident, Symbol};

use crate::def::{DefId, DefIndex, DefKind, Namespace, PrimTy, Res};
use crate::{Binding, ModuleId, Resolver, Visibility};

/// The outcome of a lookup that may depend on imports not resolved yet.
#[derive(Clone, Debug)]
pub enum Lookup {
    Found(Binding),
    NotFound,
    /// An unresolved import may still provide the name.
    Undetermined,
}

#[derive(Clone, Debug)]
pub enum PathError {
    /// `name` was not found in `parent` (None: in scope).
    NotFound {
        segment: usize,
        parent: Option<ModuleId>,
    },
    /// `name` is not a module (it resolved to this).
    NotAModule {
        segment: usize,
        res: Res<smelt_ast::NodeId>,
    },
    /// The binding exists but is not visible from here.
    Private {
        segment: usize,
        binding: Binding,
    },
    Undetermined,
}

impl Resolver<'_> {
    /// `name` in module `m`, as seen from module `from` (imports count; glob imports bring
    /// only names visible to the importing module).
    pub fn lookup_in_module(&self, m: ModuleId, name: Symbol, ns: Namespace) -> Lookup {
        let mut visited = FxHashSet::default();
        self.lookup_in_module_inner(m, name, ns, &mut visited)
    }

    fn lookup_in_module_inner(
        &self,
        m: ModuleId,
        name: Symbol,
        ns: Namespace,
        visited: &mut FxHashSet<ModuleId>,
    ) -> Lookup {
        if !visited.insert(m) {
            return Lookup::NotFound;
        }
        let module = &self.cstore.modules[m];
        if let Some(b) = module.resolutions.get(&(name, ns)) {
            return Lookup::Found(b.clone());
        }
        // A pending single import of this name in this module could still define it.
        let pending_single = self.imports.iter().any(|i| {
            !i.resolved
                && Some(i.id) != self.resolving_import
                && i.module == m
                && matches!(i.kind, crate::imports::ImportKind::Single { target, .. } if target.name == name)
        });
        let mut undetermined = pending_single && !self.force_determinate;
        for (g, glob_vis, _) in module.globs.clone() {
            match self.lookup_in_module_inner(g, name, ns, visited) {
                Lookup::Found(b) => {
                    if self.is_accessible_from(b.vis, m) {
                        let vis = narrower(self, b.vis, glob_vis);
                        return Lookup::Found(Binding { vis, ..b });
                    }
                }
                Lookup::Undetermined => undetermined = true,
                Lookup::NotFound => {}
            }
        }
        if !self.force_determinate
            && self.imports.iter().any(|i| {
                !i.resolved
                    && i.module == m
                    && Some(i.id) != self.resolving_import
                    && matches!(i.kind, crate::imports::ImportKind::Glob)
            })
        {
            undetermined = true;
        }
        if undetermined {
            Lookup::Undetermined
        } else {
            Lookup::NotFound
        }
    }

    /// The module a binding refers to, if it is module-like (module, enum, trait).
    pub fn binding_module(&self, b: &Binding) -> Option<ModuleId> {
        if b.module.is_some() {
            return b.module;
        }
        match b.res {
            Res::Def(DefKind::Mod | DefKind::Enum | DefKind::Trait, d) => {
                self.cstore.def_modules.get(&d).copied()
            }
            _ => None,
        }
    }

    pub fn crate_root_binding(&self, krate: crate::def::CrateNum) -> Binding {
        let root = self.cstore.crates[krate].root;
        Binding {
            res: Res::Def(DefKind::Mod, DefId::crate_root(krate)),
            vis: Visibility::Public,
            span: smelt_span::Span::DUMMY,
            module: Some(root),
            import: None,
        }
    }

    /// The starting module and first remaining segment of a path, for the special first
    /// segments; `None` when the first segment is an ordinary name.
    pub fn path_start(
        &self,
        path: &[Ident],
        current: ModuleId,
        is_import: bool,
    ) -> Result<Option<(ModuleId, usize)>, PathError> {
        let Some(first) = path.first() else {
            return Ok(Some((current, 0)));
        };
        let normal = self.cstore.modules[current].normal_ancestor;
        let start = match first.name {
            n if n == kw::PathRoot => {
                if self.edition >= Edition::E2018 {
                    // `::name` names an extern crate.
                    let Some(second) = path.get(1) else {
                        return Ok(Some((self.root, 1)));
                    };
                    match self.extern_prelude.get(&second.name) {
                        Some(&krate) => Some((self.cstore.crates[krate].root, 2)),
                        None => {
                            return Err(PathError::NotFound {
                                segment: 1,
                                parent: None,
                            })
                        }
                    }
                } else {
                    Some((self.root, 1))
                }
            }
            n if n == kw::Crate => Some((self.root, 1)),
            n if n == kw::DollarCrate => Some((self.dollar_crate_module(*first), 1)),
            n if n == kw::SelfLower => Some((normal, 1)),
            n if n == kw::Super => {
                let mut m = normal;
                let mut i = 0;
                while path.get(i).is_some_and(|s| s.name == kw::Super) {
                    match self.cstore.modules[m].parent {
                        Some(p) => m = self.cstore.modules[p].normal_ancestor,
                        None => {
                            return Err(PathError::NotFound {
                                segment: i,
                                parent: None,
                            });
                        }
                    }
                    i += 1;
                }
                Some((m, i))
            }
            _ if is_import && self.edition == Edition::E2015 => Some((self.root, 0)),
            _ => None,
        };
        Ok(start)
    }

    /// Resolves the module-like prefix `path` (every segment in the type namespace).
    pub fn resolve_module_path(
        &self,
        path: &[Ident],
        current: ModuleId,
        is_import: bool,
    ) -> Result<Binding, PathError> {
        let (mut binding, rest) = match self.path_start(path, current, is_import)? {
            Some((m, i)) => {
                let res = match self.cstore.modules[m].def_id() {
                    Some(d) => Res::Def(DefKind::Mod, d),
                    None => Res::Err,
                };
                (
                    Binding {
                        res,
                        vis: Visibility::Public,
                        span: smelt_span::Span::DUMMY,
                        module: Some(m),
                        import: None,
                    },
                    i,
                )
            }
            None => {
                let first = path[0];
                let b = match self.resolve_in_module_scope(
                    first,
                    Namespace::TypeNS,
                    current,
                    is_import,
                ) {
                    Lookup::Found(b) => b,
                    Lookup::Undetermined => return Err(PathError::Undetermined),
                    Lookup::NotFound => {
                        return Err(PathError::NotFound {
                            segment: 0,
                            parent: None,
                        })
                    }
                };
                (b, 1)
            }
        };
        for (i, seg) in path.iter().enumerate().skip(rest) {
            let Some(m) = self.binding_module(&binding) else {
                return Err(PathError::NotAModule {
                    segment: i - 1,
                    res: binding.res,
                });
            };
            match self.lookup_in_module(m, seg.name, Namespace::TypeNS) {
                Lookup::Found(b) => {
                    if !self.is_accessible_from(b.vis, current) {
                        return Err(PathError::Private {
                            segment: i,
                            binding: b,
                        });
                    }
                    binding = b;
                }
                Lookup::Undetermined => return Err(PathError::Undetermined),
                Lookup::NotFound => {
                    return Err(PathError::NotFound {
                        segment: i,
                        parent: Some(m),
                    })
                }
            }
        }
        Ok(binding)
    }

    /// A name in the scope of a module (without local variables): the module's block scopes
    /// and items, the extern prelude, the standard prelude, the primitive types.
    pub fn resolve_in_module_scope(
        &self,
        ident: Ident,
        ns: Namespace,
        current: ModuleId,
        is_import: bool,
    ) -> Lookup {
        let mut m = current;
        let mut undetermined = false;
        loop {
            match self.lookup_in_module(m, ident.name, ns) {
                Lookup::Found(b) => return Lookup::Found(b),
                Lookup::Undetermined => undetermined = true,
                Lookup::NotFound => {}
            }
            // Block modules see their enclosing scopes up to the normal module.
            let data = &self.cstore.modules[m];
            if matches!(data.kind, crate::ModuleKind::Block(_)) {
                match data.parent {
                    Some(p) => m = p,
                    None => break,
                }
            } else {
                break;
            }
        }
        if undetermined {
            return Lookup::Undetermined;
        }
        if ns == Namespace::TypeNS {
            if let Some(&krate) = self.extern_prelude.get(&ident.name) {
                return Lookup::Found(self.crate_root_binding(krate));
            }
        }
        let no_prelude = self.cstore.modules[current].no_implicit_prelude;
        if !no_prelude {
            if let Some(p) = self.prelude {
                if let Lookup::Found(b) = self.lookup_in_module(p, ident.name, ns) {
                    return Lookup::Found(b);
                }
            }
        }
        if ns == Namespace::TypeNS && !is_import {
            if let Some(prim) = PrimTy::from_name(self.str(ident.name)) {
                return Lookup::Found(Binding {
                    res: Res::PrimTy(prim),
                    vis: Visibility::Public,
                    span: ident.span,
                    module: None,
                    import: None,
                });
            }
        }
        Lookup::NotFound
    }

    pub fn crate_root_def(&self) -> DefId {
        DefId {
            krate: self.krate,
            index: DefIndex::CRATE_ROOT,
        }
    }
}

/// The narrower of two visibilities (for re-exports through globs).
fn narrower(r: &Resolver<'_>, a: Visibility, b: Visibility) -> Visibility {
    match (a, b) {
        (Visibility::Public, x) | (x, Visibility::Public) => x,
        (Visibility::Restricted(x), Visibility::Restricted(y)) => {
            // The deeper module is the narrower restriction.
            let mut cur = Some(x);
            while let Some(d) = cur {
                if d == y {
                    return Visibility::Restricted(x);
                }
                cur = r.def_parent(d);
            }
            Visibility::Restricted(y)
        }
    }
}

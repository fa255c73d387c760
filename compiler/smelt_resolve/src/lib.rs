//! Name resolution: which definition every name refers to.
//!
//! Three passes over the expanded AST of a crate, as in rustc:
//! 1. `build_reduced_graph`: every definition gets a `DefId`, and every named item is entered
//!    into its module's namespaces (types, values, macros). `use` declarations become import
//!    records.
//! 2. `imports`: imports are resolved to a fixed point: a single import copies a binding
//!    from another module, a glob import makes another module's public names visible.
//! 3. `late`: every path in item signatures and bodies is resolved through the scopes in
//!    effect at its position ("ribs": local variables, generic parameters, labels, items of
//!    blocks), then the current module and its imports, the extern prelude, the standard
//!    prelude and the primitive types.
//!
//! The module graph of each crate stays in the `CrateStore`, so later crates of the session
//! resolve paths into earlier ones (`std::io::stdout`) without re-reading them.
//!
//! Architecture invariant: resolution neither types nor desugars anything; its output is side
//! tables keyed by `NodeId`, read by AST lowering.

pub mod def;
mod diagnostics;
mod ident;
mod imports;
pub mod lang_items;
mod late;
mod reduced_graph;

use rustc_hash::FxHashMap;
use smelt_ast::{self as ast, NodeId};
use smelt_session::Session;
use smelt_span::{newtype_index, Edition, Ident, IndexVec, Span, Symbol, Transparency};

use def::{CrateNum, DefData, DefId, DefIndex, DefKind, Namespace, Res};

newtype_index! {
    /// A module (or enum, trait, block with items) in the session's module graph.
    pub struct ModuleId;
}

/// Visibility as resolution computes it.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Visibility {
    Public,
    /// Visible within this module and its descendants.
    Restricted(DefId),
}

#[derive(Clone, Debug)]
pub enum ModuleKind {
    /// A `mod`, an enum, a trait, or a crate root.
    Def(DefKind, DefId, Symbol),
    /// A block containing items.
    Block(NodeId),
}

/// What a name in a module refers to.
#[derive(Clone, Debug)]
pub struct Binding {
    pub res: Res<NodeId>,
    pub vis: Visibility,
    pub span: Span,
    /// For modules, enums and traits: their module.
    pub module: Option<ModuleId>,
    /// Set for bindings created by `use`.
    pub import: Option<NodeId>,
}

#[derive(Clone, Debug)]
pub struct ModuleData {
    pub parent: Option<ModuleId>,
    pub kind: ModuleKind,
    pub resolutions: FxHashMap<(Symbol, Namespace), Binding>,
    /// Modules whose public names are glob-imported here, with the import's visibility.
    pub globs: Vec<(ModuleId, Visibility, NodeId)>,
    /// Traits visible here by name (items, imports), for method lookup.
    pub no_implicit_prelude: bool,
    /// The nearest enclosing non-block module (itself for `mod`s).
    pub normal_ancestor: ModuleId,
    pub krate: CrateNum,
}

impl ModuleData {
    pub fn def_id(&self) -> Option<DefId> {
        match self.kind {
            ModuleKind::Def(_, d, _) => Some(d),
            ModuleKind::Block(_) => None,
        }
    }
}

pub struct CrateInfo {
    pub name: Symbol,
    pub root: ModuleId,
    pub edition: Edition,
    /// The `#[macro_export]` macros and other crate-level facts are kept by expansion.
    pub is_library: bool,
}

/// The module graphs of every crate resolved so far in the session.
#[derive(Default)]
pub struct CrateStore {
    pub crates: IndexVec<CrateNum, CrateInfo>,
    pub modules: IndexVec<ModuleId, ModuleData>,
    pub def_modules: FxHashMap<DefId, ModuleId>,
    /// Definitions of every crate (read by the HIR of earlier crates too).
    pub defs: IndexVec<CrateNum, IndexVec<DefIndex, DefData>>,
}

impl CrateStore {
    pub fn crate_by_name(&self, name: Symbol) -> Option<CrateNum> {
        self.crates
            .iter_enumerated()
            .find(|(_, c)| c.name == name)
            .map(|(n, _)| n)
    }

    pub fn def_kind(&self, def: DefId) -> DefKind {
        self.defs[def.krate][def.index].kind
    }

    pub fn def_parent(&self, def: DefId) -> Option<DefId> {
        self.defs[def.krate][def.index].parent.map(|index| DefId {
            krate: def.krate,
            index,
        })
    }
}

/// A path's resolution, possibly only of a prefix: `Vec::new` resolves `Vec` and leaves
/// `new` (one segment) to type checking.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct PartialRes {
    pub base_res: Res<NodeId>,
    pub unresolved_segments: usize,
}

impl PartialRes {
    pub fn full(res: Res<NodeId>) -> PartialRes {
        PartialRes {
            base_res: res,
            unresolved_segments: 0,
        }
    }

    pub fn full_res(&self) -> Option<Res<NodeId>> {
        (self.unresolved_segments == 0).then_some(self.base_res)
    }
}

/// What a lifetime refers to.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LifetimeRes {
    Param(DefId),
    Static,
    Infer,
    Error,
}

/// Everything AST lowering needs to know about names.
#[derive(Default)]
pub struct ResolverOutputs {
    pub krate: CrateNum,
    pub defs: IndexVec<DefIndex, DefData>,
    pub node_id_to_def: FxHashMap<NodeId, DefIndex>,
    /// Resolutions of paths, keyed by the node that holds the path (expression, pattern,
    /// type, trait reference, struct literal) and by path segment ids.
    pub partial_res: FxHashMap<NodeId, PartialRes>,
    /// `break`/`continue` to the loop or block they exit.
    pub label_res: FxHashMap<NodeId, NodeId>,
    pub lifetime_res: FxHashMap<NodeId, LifetimeRes>,
    /// Traits in scope at each method call and type-relative path.
    pub trait_map: FxHashMap<NodeId, Vec<DefId>>,
    /// Resolved visibility of items, fields and variants.
    pub visibilities: FxHashMap<DefIndex, Visibility>,
    /// For binding patterns of or-patterns after the first: the first binding.
    pub binding_alias: FxHashMap<NodeId, NodeId>,
    /// `main`, for executables.
    pub entry_fn: Option<DefIndex>,
    /// For `impl Trait` in argument position: the synthetic type parameter of each.
    pub impl_trait_params: FxHashMap<NodeId, DefIndex>,
    /// `impl Trait` in a function's return type: the opaque type it defines.
    pub impl_trait_opaques: FxHashMap<NodeId, DefIndex>,
}

/// The resolver's state for one crate.
pub struct Resolver<'a> {
    pub sess: &'a Session,
    pub cstore: &'a mut CrateStore,
    pub krate: CrateNum,
    pub edition: Edition,
    pub out: ResolverOutputs,
    pub root: ModuleId,
    /// The module of each `mod`/block node.
    pub node_modules: FxHashMap<NodeId, ModuleId>,
    pub imports: Vec<imports::Import>,
    /// Names of crates usable as the first segment of paths (`std`, `core`, `--extern`).
    pub extern_prelude: FxHashMap<Symbol, CrateNum>,
    /// The module whose names everything sees last (`std::prelude::rust_2021`).
    pub prelude: Option<ModuleId>,
    pub is_library: bool,
    /// The import being resolved, which lookups must not wait for (through a glob import of
    /// a module that imports it back).
    pub resolving_import: Option<NodeId>,
    /// Set when import resolution is stuck: pending imports no longer make lookups
    /// undetermined (they are taken to define nothing more).
    pub force_determinate: bool,
}

/// Resolves a crate: builds its module graph into `cstore` and returns the side tables.
pub fn resolve_crate(
    sess: &Session,
    cstore: &mut CrateStore,
    krate_ast: &ast::Crate,
    crate_name: Symbol,
    edition: Edition,
    externs: &[(Symbol, CrateNum)],
    is_library: bool,
) -> ResolverOutputs {
    let krate = CrateNum::from_u32(cstore.crates.len() as u32);
    let root_def = DefId {
        krate,
        index: DefIndex::CRATE_ROOT,
    };
    let root = cstore.modules.push(ModuleData {
        parent: None,
        kind: ModuleKind::Def(DefKind::Mod, root_def, crate_name),
        resolutions: FxHashMap::default(),
        globs: Vec::new(),
        no_implicit_prelude: false,
        normal_ancestor: ModuleId::from_u32(0),
        krate,
    });
    cstore.modules[root].normal_ancestor = root;
    cstore.crates.push(CrateInfo {
        name: crate_name,
        root,
        edition,
        is_library,
    });
    cstore.defs.push(IndexVec::new());
    cstore.def_modules.insert(root_def, root);
    let mut extern_prelude: FxHashMap<Symbol, CrateNum> = externs.iter().copied().collect();
    let _ = &mut extern_prelude;
    let mut r = Resolver {
        sess,
        cstore,
        krate,
        edition,
        out: ResolverOutputs {
            krate,
            ..Default::default()
        },
        root,
        node_modules: FxHashMap::default(),
        imports: Vec::new(),
        extern_prelude,
        prelude: None,
        is_library,
        resolving_import: None,
        force_determinate: false,
    };
    r.out.defs.push(DefData {
        parent: None,
        kind: DefKind::Mod,
        name: crate_name,
        span: krate_ast.span,
    });
    r.node_modules.insert(NodeId::CRATE, root);
    r.build_reduced_graph(krate_ast);
    r.resolve_imports();
    r.find_prelude(krate_ast);
    r.late_resolve(krate_ast);
    r.find_entry_fn();
    r.cstore.defs[krate] = r.out.defs.clone();
    r.out
}

impl<'a> Resolver<'a> {
    pub fn new_def(
        &mut self,
        parent: Option<DefIndex>,
        kind: DefKind,
        name: Symbol,
        span: Span,
        node: NodeId,
    ) -> DefId {
        let index = self.out.defs.push(DefData {
            parent,
            kind,
            name,
            span,
        });
        if node != NodeId::DUMMY {
            self.out.node_id_to_def.insert(node, index);
        }
        DefId {
            krate: self.krate,
            index,
        }
    }

    pub fn local_def(&self, node: NodeId) -> Option<DefId> {
        self.out.node_id_to_def.get(&node).map(|&index| DefId {
            krate: self.krate,
            index,
        })
    }

    pub fn def_kind(&self, def: DefId) -> DefKind {
        if def.krate == self.krate {
            self.out.defs[def.index].kind
        } else {
            self.cstore.def_kind(def)
        }
    }

    pub fn def_parent(&self, def: DefId) -> Option<DefId> {
        if def.krate == self.krate {
            self.out.defs[def.index].parent.map(|index| DefId {
                krate: def.krate,
                index,
            })
        } else {
            self.cstore.def_parent(def)
        }
    }

    pub fn def_name(&self, def: DefId) -> Symbol {
        if def.krate == self.krate {
            self.out.defs[def.index].name
        } else {
            self.cstore.defs[def.krate][def.index].name
        }
    }

    pub fn def_span(&self, def: DefId) -> Span {
        if def.krate == self.krate {
            self.out.defs[def.index].span
        } else {
            self.cstore.defs[def.krate][def.index].span
        }
    }

    pub fn new_module(&mut self, parent: Option<ModuleId>, kind: ModuleKind) -> ModuleId {
        let normal_parent = parent.map(|p| self.cstore.modules[p].normal_ancestor);
        let is_block = matches!(kind, ModuleKind::Block(_));
        let def = match &kind {
            ModuleKind::Def(_, d, _) => Some(*d),
            ModuleKind::Block(_) => None,
        };
        let id = self.cstore.modules.push(ModuleData {
            parent,
            kind,
            resolutions: FxHashMap::default(),
            globs: Vec::new(),
            no_implicit_prelude: parent.is_some_and(|p| self.cstore.modules[p].no_implicit_prelude),
            normal_ancestor: ModuleId::from_u32(0),
            krate: self.krate,
        });
        self.cstore.modules[id].normal_ancestor = if is_block {
            normal_parent.unwrap_or(id)
        } else {
            id
        };
        if let Some(d) = def {
            self.cstore.def_modules.insert(d, id);
        }
        id
    }

    /// The `DefId` of the nearest normal module of `m`.
    pub fn module_def(&self, m: ModuleId) -> DefId {
        let n = self.cstore.modules[m].normal_ancestor;
        self.cstore.modules[n].def_id().unwrap_or(DefId {
            krate: self.krate,
            index: DefIndex::CRATE_ROOT,
        })
    }

    /// Whether `vis` allows access from module `from`.
    pub fn is_accessible_from(&self, vis: Visibility, from: ModuleId) -> bool {
        match vis {
            Visibility::Public => true,
            Visibility::Restricted(restriction) => {
                let mut cur = Some(self.module_def(from));
                while let Some(d) = cur {
                    if d == restriction {
                        return true;
                    }
                    cur = self.def_parent(d);
                }
                false
            }
        }
    }

    pub fn str(&self, s: Symbol) -> &str {
        self.sess.str(s)
    }

    /// The crate root module a `$crate` identifier refers to.
    pub fn dollar_crate_module(&self, ident: Ident) -> ModuleId {
        // rustc's rule: ignoring transparent marks, take the outermost run of opaque marks,
        // then the run of semi-transparent marks under it; the innermost mark of those runs
        // is the expansion whose definition wrote `$crate`.
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
        if let Some(krate) = mark.and_then(|m| hygiene.expn_data(m).def_crate) {
            if let Some(info) = self.cstore.crates.get(CrateNum::from_u32(krate)) {
                return info.root;
            }
        }
        self.root
    }

    fn find_entry_fn(&mut self) {
        if let Some(b) = self.cstore.modules[self.root]
            .resolutions
            .get(&(smelt_span::sym::main, Namespace::ValueNS))
        {
            if let Res::Def(DefKind::Fn, def) = b.res {
                if def.krate == self.krate {
                    self.out.entry_fn = Some(def.index);
                }
            }
        }
    }

    fn find_prelude(&mut self, krate: &ast::Crate) {
        let _ = krate;
        // `#[prelude_import] use path::*;` (in our library) or the standard prelude of the
        // edition, from `std` (or `core` for `#![no_std]` crates).
        for import in &self.imports {
            if import.prelude_import {
                if let Some(m) = import.glob_target {
                    self.prelude = Some(m);
                    return;
                }
            }
        }
        let edition_mod = match self.edition {
            Edition::E2015 => smelt_span::sym::rust_2015,
            Edition::E2018 => smelt_span::sym::rust_2018,
            Edition::E2021 => smelt_span::sym::rust_2021,
            Edition::E2024 => smelt_span::sym::rust_2024,
        };
        for krate_name in [smelt_span::sym::std, smelt_span::sym::core] {
            let Some(&krate) = self.extern_prelude.get(&krate_name) else {
                continue;
            };
            let root = self.cstore.crates[krate].root;
            let prelude = self.module_child(root, smelt_span::sym::prelude);
            let module = prelude.and_then(|p| {
                self.module_child(p, edition_mod)
                    .or_else(|| self.module_child(p, smelt_span::sym::v1))
            });
            if let Some(m) = module {
                self.prelude = Some(m);
                return;
            }
        }
    }

    /// A child module by name (type namespace).
    pub fn module_child(&self, m: ModuleId, name: Symbol) -> Option<ModuleId> {
        self.cstore.modules[m]
            .resolutions
            .get(&(name, Namespace::TypeNS))
            .and_then(|b| b.module)
    }
}

//! The high-level IR: items keyed by `DefId`, bodies as expression and pattern arenas, every
//! path resolved. `lowering` builds it from the expanded AST and the resolver's tables,
//! desugaring `for`, `while`, `?`, ranges and `format_args!`; `print` dumps it for `--emit=hir`.
//!
//! Architecture invariant: the HIR holds no types. What type checking learns lives in
//! `smelt_ty::TypeckResults`, keyed by the arena ids of this crate.

pub mod hir;
pub mod lowering;
pub mod print;

use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_span::{Edition, IndexVec, Span, Symbol};

pub use hir::*;
pub use smelt_resolve::def::{
    CrateNum, CtorKind, CtorOf, DefData, DefId, DefIndex, DefKind, Namespace, PrimTy,
};
pub use smelt_resolve::lang_items::{LangItem, LangItems};

/// A path resolution in the HIR: local variables are named by their binding pattern.
pub type Res = smelt_resolve::def::Res<PatId>;

/// One crate's HIR.
#[derive(Default)]
pub struct HirCrate {
    pub name: Symbol,
    pub edition: Option<Edition>,
    /// Whether this is one of smelt's library crates (`core`, `alloc`, `std`), which may add
    /// inherent methods to primitive types.
    pub is_library: bool,
    pub defs: IndexVec<DefIndex, DefData>,
    pub owners: FxHashMap<DefIndex, OwnerNode>,
    /// Bodies by the `DefId` of their owner. Closures have no entry: they live in the body of
    /// their typeck root (see `typeck_roots`).
    pub bodies: FxHashMap<DefIndex, Rc<Body>>,
    /// For each closure and inline constant: the owner whose body holds it, and its
    /// expression there.
    pub nested_bodies: FxHashMap<DefIndex, (DefIndex, ExprId)>,
    /// The `DefId` of the `main` function, when this is an executable crate.
    pub entry_fn: Option<DefIndex>,
    /// The span of the whole crate root file.
    pub span: Span,
}

/// The HIR of every crate in the session.
#[derive(Default)]
pub struct Hir {
    pub crates: IndexVec<CrateNum, HirCrate>,
    pub lang_items: LangItems,
}

impl Hir {
    pub fn krate(&self, krate: CrateNum) -> &HirCrate {
        &self.crates[krate]
    }

    /// The crate being compiled (the last one added).
    pub fn local_crate(&self) -> CrateNum {
        self.crates.last_index().expect("the session has a crate")
    }

    pub fn def(&self, def: DefId) -> &DefData {
        &self.crates[def.krate].defs[def.index]
    }

    pub fn def_kind(&self, def: DefId) -> DefKind {
        self.def(def).kind
    }

    pub fn parent(&self, def: DefId) -> Option<DefId> {
        self.def(def).parent.map(|index| DefId {
            krate: def.krate,
            index,
        })
    }

    pub fn owner(&self, def: DefId) -> Option<&OwnerNode> {
        self.crates[def.krate].owners.get(&def.index)
    }

    pub fn expect_owner(&self, def: DefId) -> &OwnerNode {
        match self.owner(def) {
            Some(owner) => owner,
            None => panic!("{def:?} ({:?}) has no HIR owner node", self.def_kind(def)),
        }
    }

    pub fn item(&self, def: DefId) -> Option<&Item> {
        match self.owner(def)? {
            OwnerNode::Item(item) => Some(item),
            _ => None,
        }
    }

    /// The owner whose body contains `def` (itself unless `def` is a closure or inline const).
    pub fn typeck_root(&self, def: DefId) -> DefId {
        let mut index = def.index;
        while let Some(&(parent, _)) = self.crates[def.krate].nested_bodies.get(&index) {
            index = parent;
        }
        DefId {
            krate: def.krate,
            index,
        }
    }

    /// The body of `def` (for closures, their root's body) and the expression that is its
    /// value (for closures, the closure expression).
    pub fn body(&self, def: DefId) -> Option<(Rc<Body>, ExprId)> {
        let krate = &self.crates[def.krate];
        if let Some(&(_, expr)) = krate.nested_bodies.get(&def.index) {
            let root = self.typeck_root(def);
            return Some((krate.bodies.get(&root.index)?.clone(), expr));
        }
        let body = krate.bodies.get(&def.index)?.clone();
        let value = body.value?;
        Some((body, value))
    }

    pub fn has_body(&self, def: DefId) -> bool {
        let krate = &self.crates[def.krate];
        krate.bodies.contains_key(&def.index) || krate.nested_bodies.contains_key(&def.index)
    }

    pub fn name(&self, def: DefId) -> Symbol {
        self.def(def).name
    }

    pub fn span(&self, def: DefId) -> Span {
        self.def(def).span
    }

    /// The lint level attributes in scope at item `def`, innermost first: its own (the last
    /// written first), then those of the items and modules around it, up to the crate's
    /// `#![..]` attributes. A lint's level is set by the first one that names it or its
    /// group; attributes inside a body are in `Body::lint_attrs`.
    pub fn lint_attrs_in_scope(&self, def: DefId) -> Vec<&LintAttr> {
        let mut out = Vec::new();
        let mut cur = Some(def);
        while let Some(d) = cur {
            if let Some(owner) = self.owner(d) {
                out.extend(owner.attrs().lints.iter().rev());
            }
            cur = self.parent(d);
        }
        out
    }

    /// The nearest enclosing module (a module is its own).
    pub fn parent_module(&self, def: DefId) -> DefId {
        let mut cur = def;
        loop {
            if self.def_kind(cur) == DefKind::Mod {
                return cur;
            }
            match self.parent(cur) {
                Some(p) => cur = p,
                None => return cur,
            }
        }
    }

    /// Whether `module` is `ancestor` or inside it.
    pub fn is_descendant_of(&self, mut module: DefId, ancestor: DefId) -> bool {
        if module.krate != ancestor.krate {
            return false;
        }
        loop {
            if module == ancestor {
                return true;
            }
            match self.parent(module) {
                Some(p) => module = p,
                None => return false,
            }
        }
    }

    /// Whether an item with visibility `vis` can be named from `from` (any definition).
    pub fn is_accessible_from(&self, vis: Visibility, from: DefId) -> bool {
        match vis {
            Visibility::Public => true,
            Visibility::Restricted(module) => self.is_descendant_of(from, module),
        }
    }

    /// Every definition of every crate, in order.
    pub fn all_defs(&self) -> impl Iterator<Item = (DefId, &DefData)> + '_ {
        self.crates.iter_enumerated().flat_map(|(krate, c)| {
            c.defs
                .iter_enumerated()
                .map(move |(index, data)| (DefId { krate, index }, data))
        })
    }
}

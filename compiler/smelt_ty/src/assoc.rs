//! Associated items of traits and impls, and which trait item each impl item implements.

use smelt_hir::{DefId, DefKind, ImplItemKind, ItemKind, OwnerNode, TraitItemKind};
use smelt_span::Symbol;

use crate::context::TyCtxt;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AssocKind {
    Const,
    Fn { has_self: bool },
    Type,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AssocContainer {
    Trait,
    Impl,
}

#[derive(Clone, Debug)]
pub struct AssocItem {
    pub def_id: DefId,
    pub name: Symbol,
    pub kind: AssocKind,
    pub container: AssocContainer,
    /// For impl items of trait impls: the trait item implemented.
    pub trait_item_def_id: Option<DefId>,
    /// For trait items: whether a default is provided.
    pub has_value: bool,
}

impl AssocItem {
    pub fn is_fn(&self) -> bool {
        matches!(self.kind, AssocKind::Fn { .. })
    }

    pub fn is_method(&self) -> bool {
        matches!(self.kind, AssocKind::Fn { has_self: true })
    }
}

#[derive(Clone, Debug, Default)]
pub struct AssocItems {
    pub items: Vec<AssocItem>,
}

impl AssocItems {
    pub fn compute(tcx: &TyCtxt, container_def: DefId) -> AssocItems {
        let mut items = Vec::new();
        let Some(OwnerNode::Item(item)) = tcx.hir.owner(container_def) else {
            return AssocItems { items };
        };
        match &item.kind {
            ItemKind::Trait { items: defs, .. } => {
                for &def in defs {
                    let Some(OwnerNode::TraitItem(ti)) = tcx.hir.owner(def) else {
                        continue;
                    };
                    let (kind, has_value) = match &ti.kind {
                        TraitItemKind::Const(_, default) => (AssocKind::Const, default.is_some()),
                        TraitItemKind::Fn(sig, body) => (
                            AssocKind::Fn {
                                has_self: sig.decl.implicit_self.is_some(),
                            },
                            body.is_some(),
                        ),
                        TraitItemKind::Type(_, default) => (AssocKind::Type, default.is_some()),
                    };
                    items.push(AssocItem {
                        def_id: def,
                        name: ti.ident.name,
                        kind,
                        container: AssocContainer::Trait,
                        trait_item_def_id: None,
                        has_value,
                    });
                }
            }
            ItemKind::Impl(imp) => {
                let trait_def = imp.of_trait.as_ref().and_then(|t| t.trait_def_id());
                let trait_items = trait_def.map(|t| tcx.associated_items(t));
                for &def in &imp.items {
                    let Some(OwnerNode::ImplItem(ii)) = tcx.hir.owner(def) else {
                        continue;
                    };
                    let kind = match &ii.kind {
                        ImplItemKind::Const(..) => AssocKind::Const,
                        ImplItemKind::Fn(sig, _) => AssocKind::Fn {
                            has_self: sig.decl.implicit_self.is_some(),
                        },
                        ImplItemKind::Type(_) => AssocKind::Type,
                    };
                    let trait_item_def_id = trait_items.as_ref().and_then(|ti| {
                        ti.items
                            .iter()
                            .find(|t| t.name == ii.ident.name && same_kind(t.kind, kind))
                            .map(|t| t.def_id)
                    });
                    items.push(AssocItem {
                        def_id: def,
                        name: ii.ident.name,
                        kind,
                        container: AssocContainer::Impl,
                        trait_item_def_id,
                        has_value: true,
                    });
                }
            }
            _ => {}
        }
        AssocItems { items }
    }

    pub fn find_by_name(
        &self,
        name: Symbol,
        pred: impl Fn(&AssocItem) -> bool,
    ) -> Option<&AssocItem> {
        self.items.iter().find(|i| i.name == name && pred(i))
    }

    /// The impl item implementing `trait_item`, if the impl provides one.
    pub fn implementing(&self, trait_item: DefId) -> Option<&AssocItem> {
        self.items
            .iter()
            .find(|i| i.trait_item_def_id == Some(trait_item))
    }
}

fn same_kind(a: AssocKind, b: AssocKind) -> bool {
    matches!(
        (a, b),
        (AssocKind::Const, AssocKind::Const)
            | (AssocKind::Fn { .. }, AssocKind::Fn { .. })
            | (AssocKind::Type, AssocKind::Type)
    )
}

/// The `DefKind` of an associated item kind.
pub fn assoc_def_kind(kind: AssocKind) -> DefKind {
    match kind {
        AssocKind::Const => DefKind::AssocConst,
        AssocKind::Fn { .. } => DefKind::AssocFn,
        AssocKind::Type => DefKind::AssocTy,
    }
}

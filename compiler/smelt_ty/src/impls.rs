//! The session's impls, grouped once: trait impls by trait, inherent impls by simplified
//! self type.

use rustc_hash::FxHashMap;
use smelt_hir::{DefId, DefKind};

use crate::context::TyCtxt;
use crate::fast_reject::{simplify_type, SimplifiedType};

#[derive(Default, Debug)]
pub struct ImplIndex {
    pub trait_impls: FxHashMap<DefId, Vec<DefId>>,
    pub inherent_impls: FxHashMap<SimplifiedType, Vec<DefId>>,
}

impl ImplIndex {
    pub fn build(tcx: &TyCtxt) -> ImplIndex {
        let mut index = ImplIndex::default();
        let impls: Vec<(DefId, bool)> = tcx
            .hir
            .all_defs()
            .filter_map(|(def, data)| match data.kind {
                DefKind::Impl { of_trait } => Some((def, of_trait)),
                _ => None,
            })
            .collect();
        for (def, of_trait) in impls {
            if of_trait {
                if let Some(trait_ref) = tcx.impl_trait_ref(def) {
                    index
                        .trait_impls
                        .entry(trait_ref.def_id)
                        .or_default()
                        .push(def);
                }
            } else if let Some(simplified) = simplify_type(tcx, tcx.type_of(def)) {
                index
                    .inherent_impls
                    .entry(simplified)
                    .or_default()
                    .push(def);
            }
        }
        index
    }

    pub fn impls_of_trait(&self, trait_def: DefId) -> &[DefId] {
        self.trait_impls.get(&trait_def).map_or(&[], |v| v)
    }

    pub fn inherent_impls_of(&self, ty: SimplifiedType) -> &[DefId] {
        self.inherent_impls.get(&ty).map_or(&[], |v| v)
    }
}

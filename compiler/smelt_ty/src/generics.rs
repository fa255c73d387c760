//! The generic parameters of a definition. Parameters are numbered across the definition and
//! its parents (a trait's `Self` is 0, then its parameters; an impl's parameters come before
//! those of its methods), and a `Param` type or region names its parameter by that index.

use std::rc::Rc;

use smelt_hir::DefId;
use smelt_span::Symbol;

use crate::context::TyCtxt;
use crate::sty::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenericParamDef {
    pub name: Symbol,
    pub def_id: DefId,
    pub index: u32,
    pub kind: GenericParamDefKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GenericParamDefKind {
    Lifetime,
    Type { has_default: bool, synthetic: bool },
    Const { has_default: bool },
}

impl GenericParamDef {
    /// The argument that names this parameter itself.
    pub fn to_arg(&self, tcx: &TyCtxt) -> GenericArg {
        match self.kind {
            GenericParamDefKind::Lifetime => GenericArg::Lifetime(Region::EarlyParam {
                index: self.index,
                name: self.name,
            }),
            GenericParamDefKind::Type { .. } => {
                GenericArg::Type(tcx.mk_param(self.index, self.name))
            }
            GenericParamDefKind::Const { .. } => {
                GenericArg::Const(tcx.mk_const(ConstKind::Param(ParamConst {
                    index: self.index,
                    name: self.name,
                })))
            }
        }
    }

    pub fn is_lifetime(&self) -> bool {
        matches!(self.kind, GenericParamDefKind::Lifetime)
    }
}

#[derive(Clone, Debug)]
pub struct Generics {
    pub parent: Option<DefId>,
    pub parent_count: usize,
    pub own_params: Vec<GenericParamDef>,
    /// Whether the first own parameter is a trait's `Self`.
    pub has_self: bool,
}

impl Generics {
    pub fn empty() -> Generics {
        Generics {
            parent: None,
            parent_count: 0,
            own_params: Vec::new(),
            has_self: false,
        }
    }

    pub fn count(&self) -> usize {
        self.parent_count + self.own_params.len()
    }

    /// All parameters, parents' first.
    pub fn all_params(&self, tcx: &TyCtxt) -> Vec<GenericParamDef> {
        let mut params = match self.parent {
            Some(parent) => tcx.generics_of(parent).all_params(tcx),
            None => Vec::new(),
        };
        params.extend(self.own_params.iter().cloned());
        params
    }

    pub fn param_at(&self, index: usize, tcx: &TyCtxt) -> Option<GenericParamDef> {
        if index < self.parent_count {
            let parent: Rc<Generics> = tcx.generics_of(self.parent?);
            parent.param_at(index, tcx)
        } else {
            self.own_params.get(index - self.parent_count).cloned()
        }
    }

    /// Own parameters that are not lifetimes.
    pub fn own_non_lifetime_count(&self) -> usize {
        self.own_params.iter().filter(|p| !p.is_lifetime()).count()
    }
}

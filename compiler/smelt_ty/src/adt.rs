//! Structs, enums and unions as the type system sees them: variants, fields and
//! discriminants. Field types come from `type_of(field)` and are instantiated per use.

use smelt_hir::{CtorKind, DefId, Repr, Visibility};
use smelt_span::{IndexVec, Symbol};

use crate::context::TyCtxt;
use crate::fold::Instantiate;
use crate::sty::*;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AdtKind {
    Struct,
    Union,
    Enum,
}

#[derive(Clone, Debug)]
pub struct AdtDef {
    pub did: DefId,
    pub kind: AdtKind,
    pub variants: IndexVec<VariantIdx, VariantDef>,
    pub repr: Repr,
    pub non_exhaustive: bool,
    /// Set when the definition had errors; uses are not reported again.
    pub is_error: bool,
}

#[derive(Clone, Debug)]
pub struct VariantDef {
    pub def_id: DefId,
    pub ctor: Option<(CtorKind, DefId)>,
    pub name: Symbol,
    pub discr: VariantDiscr,
    pub fields: IndexVec<FieldIdx, FieldDef>,
}

#[derive(Copy, Clone, Debug)]
pub enum VariantDiscr {
    /// `= expr`: an anonymous constant.
    Explicit(DefId),
    /// The previous explicit discriminant (or zero) plus this many.
    Relative(u32),
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub did: DefId,
    pub name: Symbol,
    pub vis: Visibility,
}

impl FieldDef {
    pub fn ty(&self, tcx: &TyCtxt, args: GenericArgs) -> Ty {
        tcx.type_of(self.did).instantiate(tcx, args)
    }
}

impl AdtDef {
    pub fn error(did: DefId) -> AdtDef {
        AdtDef {
            did,
            kind: AdtKind::Struct,
            variants: IndexVec::new(),
            repr: Repr::default(),
            non_exhaustive: false,
            is_error: true,
        }
    }

    pub fn is_enum(&self) -> bool {
        self.kind == AdtKind::Enum
    }

    pub fn is_struct(&self) -> bool {
        self.kind == AdtKind::Struct
    }

    pub fn is_union(&self) -> bool {
        self.kind == AdtKind::Union
    }

    /// The only variant of a struct or union.
    pub fn non_enum_variant(&self) -> &VariantDef {
        assert!(!self.is_enum(), "non_enum_variant of an enum");
        &self.variants[VariantIdx::from_u32(0)]
    }

    pub fn variant_index_with_id(&self, def: DefId) -> Option<VariantIdx> {
        self.variants
            .iter_enumerated()
            .find(|(_, v)| v.def_id == def)
            .map(|(i, _)| i)
    }

    pub fn variant_index_with_ctor_id(&self, ctor: DefId) -> Option<VariantIdx> {
        self.variants
            .iter_enumerated()
            .find(|(_, v)| v.ctor.map(|c| c.1) == Some(ctor))
            .map(|(i, _)| i)
    }

    /// The type discriminants are computed in: the `repr` integer, else `isize`.
    pub fn discr_ty(&self, tcx: &TyCtxt) -> Ty {
        match self.repr.int {
            Some(smelt_hir::IntegerRepr::Signed(i)) => tcx.mk_int(i),
            Some(smelt_hir::IntegerRepr::Unsigned(u)) => tcx.mk_uint(u),
            None => tcx.types.isize,
        }
    }

    /// The discriminant value of every variant, sign-extended to `i128` (as bits of
    /// `discr_ty`). An explicit discriminant that fails to evaluate counts as 0.
    pub fn discriminants(&self, tcx: &TyCtxt) -> IndexVec<VariantIdx, i128> {
        let discr_ty = self.discr_ty(tcx);
        let signed = matches!(tcx.kind(discr_ty), TyKind::Int(_));
        let mut out = IndexVec::new();
        let mut prev: i128 = -1;
        let mut prev_explicit: Option<i128> = None;
        for v in &self.variants {
            let value = match v.discr {
                VariantDiscr::Explicit(anon) => {
                    let value = match tcx.eval_const(anon, tcx.types.empty_args) {
                        Ok(crate::consts::ConstValue::Scalar(crate::consts::Scalar::Int(s))) => {
                            if signed {
                                s.to_i128()
                            } else {
                                s.to_u128() as i128
                            }
                        }
                        _ => 0,
                    };
                    prev_explicit = Some(value);
                    value
                }
                VariantDiscr::Relative(n) => match prev_explicit {
                    Some(base) => base.wrapping_add(n as i128),
                    None => n as i128,
                },
            };
            let _ = prev;
            prev = value;
            out.push(value);
        }
        out
    }

    pub fn discriminant_of(&self, tcx: &TyCtxt, variant: VariantIdx) -> i128 {
        self.discriminants(tcx)[variant]
    }
}

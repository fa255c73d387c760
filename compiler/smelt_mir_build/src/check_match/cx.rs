//! The analysis on smelt's types: the constructors of each type, the types of their fields,
//! and which types have no values (from the module of the match: a private field of empty
//! type does not make a struct empty where it cannot be seen).

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use smelt_hir::{CrateNum, DefId, LangItem};
use smelt_span::IndexVec;
use smelt_ty::traits::ParamEnv;
use smelt_ty::{FieldIdx, Ty, TyCtxt, TyKind, VariantIdx};

use super::constructor::{
    Constructor, ConstructorSet, IntRange, MaybeInfiniteInt, RangeEnd, VariantVisibility,
};
use super::usefulness::PatCx;

pub struct MatchCheckCtxt<'a> {
    pub tcx: &'a TyCtxt,
    pub param_env: ParamEnv,
    /// The module the match is in.
    pub module: DefId,
    /// The crate being checked: `#[non_exhaustive]` binds other crates only.
    pub krate: CrateNum,
    /// Inhabitedness of the types met so far; `None` while a type is being computed (a
    /// recursive type counts as inhabited through itself).
    inhabited: RefCell<FxHashMap<Ty, Option<bool>>>,
}

impl<'a> MatchCheckCtxt<'a> {
    pub fn new(tcx: &'a TyCtxt, param_env: ParamEnv, module: DefId, krate: CrateNum) -> Self {
        MatchCheckCtxt {
            tcx,
            param_env,
            module,
            krate,
            inhabited: RefCell::default(),
        }
    }

    /// The type with aliases normalized and regions erased.
    pub fn normalize(&self, ty: Ty) -> Ty {
        smelt_ty::fold::erase_regions(self.tcx, self.tcx.normalize_in_env(&self.param_env, ty))
    }

    pub fn is_box(&self, adt: DefId) -> bool {
        self.tcx.is_lang_item(adt, LangItem::OwnedBox)
    }

    /// Whether the enum is `Option` or `Result`, whose variants print without the enum name.
    pub fn is_option_or_result(&self, adt: DefId) -> bool {
        let tcx = self.tcx;
        tcx.is_lang_item(adt, LangItem::Option)
            || tcx
                .lang_item(LangItem::ResultOk)
                .and_then(|ok| tcx.parent(ok))
                == Some(adt)
    }

    /// A `#[non_exhaustive]` ADT of another crate.
    pub fn is_foreign_non_exhaustive(&self, ty: Ty) -> bool {
        match self.tcx.kind(ty) {
            TyKind::Adt(did, _) => did.krate != self.krate && self.tcx.adt_def(did).non_exhaustive,
            _ => false,
        }
    }

    /// The size in bits of an integer type (`None` for other types).
    pub fn int_bits(&self, ty: Ty) -> Option<(u64, bool)> {
        match self.tcx.kind(ty) {
            TyKind::Int(i) => Some((self.tcx.int_size(i) * 8, true)),
            TyKind::Uint(u) => Some((self.tcx.uint_size(u) * 8, false)),
            TyKind::Char => Some((32, false)),
            _ => None,
        }
    }

    pub fn is_ptr_sized_int(&self, ty: Ty) -> bool {
        matches!(
            self.tcx.kind(ty),
            TyKind::Int(smelt_ast::IntTy::Isize) | TyKind::Uint(smelt_ast::UintTy::Usize)
        )
    }

    /// The field types of a variant, instantiated and normalized.
    pub fn variant_field_tys(
        &self,
        adt: DefId,
        args: smelt_ty::GenericArgs,
        variant: VariantIdx,
    ) -> Vec<(FieldIdx, Ty, smelt_hir::Visibility)> {
        let def = self.tcx.adt_def(adt);
        let Some(v) = def.variants.get(variant) else {
            return Vec::new();
        };
        v.fields
            .iter_enumerated()
            .map(|(i, f)| (i, self.normalize(f.ty(self.tcx, args)), f.vis))
            .collect()
    }

    /// Whether `ty` has no values, as seen from the match's module.
    pub fn is_uninhabited(&self, ty: Ty) -> bool {
        let ty = self.normalize(ty);
        if let Some(known) = self.inhabited.borrow().get(&ty) {
            return known.is_some_and(|inhabited| !inhabited);
        }
        self.inhabited.borrow_mut().insert(ty, None);
        let uninhabited = self.compute_uninhabited(ty);
        self.inhabited.borrow_mut().insert(ty, Some(!uninhabited));
        uninhabited
    }

    fn compute_uninhabited(&self, ty: Ty) -> bool {
        let tcx = self.tcx;
        match tcx.kind(ty) {
            TyKind::Never => true,
            TyKind::Tuple(tys) => tcx.tys(tys).iter().any(|t| self.is_uninhabited(*t)),
            TyKind::Array(elem, len) => {
                tcx.eval_array_len(len).is_some_and(|n| n > 0) && self.is_uninhabited(elem)
            }
            TyKind::Adt(did, args) => {
                if self.is_box(did) || self.is_foreign_non_exhaustive(ty) {
                    return false;
                }
                let def = tcx.adt_def(did);
                if def.is_union() || def.is_error {
                    return false;
                }
                let variant_uninhabited = |vi: VariantIdx| {
                    self.variant_field_tys(did, args, vi)
                        .into_iter()
                        .any(|(_, t, vis)| {
                            (def.is_enum() || tcx.hir.is_accessible_from(vis, self.module))
                                && self.is_uninhabited(t)
                        })
                };
                if def.is_enum() {
                    def.variants.indices().all(variant_uninhabited)
                } else {
                    variant_uninhabited(VariantIdx::from_u32(0))
                }
            }
            _ => false,
        }
    }

    /// The value range of an integer type, or `None`.
    fn int_range(&self, ty: Ty) -> Option<IntRange> {
        let tcx = self.tcx;
        let range = match tcx.kind(ty) {
            TyKind::Int(smelt_ast::IntTy::Isize) => IntRange {
                lo: MaybeInfiniteInt::NegInfinity,
                hi: MaybeInfiniteInt::PosInfinity,
            },
            TyKind::Uint(smelt_ast::UintTy::Usize) => IntRange {
                lo: MaybeInfiniteInt::new_finite_uint(0),
                hi: MaybeInfiniteInt::PosInfinity,
            },
            TyKind::Int(i) => {
                let size = tcx.int_size(i) * 8;
                let min = 1u128 << (size - 1);
                let max = min - 1;
                let lo = MaybeInfiniteInt::new_finite_int(min, size);
                let hi = MaybeInfiniteInt::new_finite_int(max, size);
                IntRange::from_range(lo, hi, RangeEnd::Included)?
            }
            TyKind::Uint(u) => {
                let size = tcx.uint_size(u) * 8;
                let max = if size >= 128 {
                    u128::MAX
                } else {
                    (1u128 << size) - 1
                };
                IntRange::from_range(
                    MaybeInfiniteInt::new_finite_uint(0),
                    MaybeInfiniteInt::new_finite_uint(max),
                    RangeEnd::Included,
                )?
            }
            _ => return None,
        };
        Some(range)
    }

    fn uint_range(lo: u128, hi: u128) -> Option<IntRange> {
        IntRange::from_range(
            MaybeInfiniteInt::new_finite_uint(lo),
            MaybeInfiniteInt::new_finite_uint(hi),
            RangeEnd::Included,
        )
    }

    fn variant_index(ctor: &Constructor) -> VariantIdx {
        match ctor {
            Constructor::Variant(i) => *i,
            _ => VariantIdx::from_u32(0),
        }
    }
}

impl PatCx for MatchCheckCtxt<'_> {
    type Ty = Ty;

    fn ctor_arity(&self, ctor: &Constructor, ty: &Ty) -> usize {
        self.ctor_sub_tys(ctor, ty).len()
    }

    fn ctor_sub_tys(&self, ctor: &Constructor, ty: &Ty) -> Vec<(Ty, bool)> {
        let tcx = self.tcx;
        let ty = self.normalize(*ty);
        match ctor {
            Constructor::Struct | Constructor::Variant(_) | Constructor::UnionField => {
                match tcx.kind(ty) {
                    TyKind::Tuple(tys) => tcx
                        .tys(tys)
                        .iter()
                        .map(|t| (self.normalize(*t), false))
                        .collect(),
                    TyKind::Adt(did, args) if self.is_box(did) => {
                        // Only `box` patterns match a `Box` structurally: one field, the content.
                        let content = tcx
                            .args(args)
                            .first()
                            .and_then(|a| a.as_type())
                            .unwrap_or(tcx.types.error);
                        vec![(self.normalize(content), false)]
                    }
                    TyKind::Adt(did, args) => {
                        let def = tcx.adt_def(did);
                        self.variant_field_tys(did, args, Self::variant_index(ctor))
                            .into_iter()
                            .map(|(_, t, vis)| {
                                let visible =
                                    def.is_enum() || tcx.hir.is_accessible_from(vis, self.module);
                                (t, !visible && self.is_uninhabited(t))
                            })
                            .collect()
                    }
                    _ => Vec::new(),
                }
            }
            Constructor::Ref => match tcx.kind(ty) {
                TyKind::Ref(_, inner, _) => vec![(self.normalize(inner), false)],
                _ => Vec::new(),
            },
            Constructor::Slice(slice) => match tcx.kind(ty) {
                TyKind::Array(elem, _) | TyKind::Slice(elem) => {
                    vec![(self.normalize(elem), false); slice.arity()]
                }
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    fn ctors_for_ty(&self, ty: &Ty) -> ConstructorSet {
        let tcx = self.tcx;
        let ty = self.normalize(*ty);
        match tcx.kind(ty) {
            TyKind::Bool => ConstructorSet::Bool,
            TyKind::Char => match (
                Self::uint_range(0, 0xD7FF),
                Self::uint_range(0xE000, 0x10FFFF),
            ) {
                (Some(range_1), range_2) => ConstructorSet::Integers { range_1, range_2 },
                _ => ConstructorSet::Unlistable,
            },
            TyKind::Int(_) | TyKind::Uint(_) => match self.int_range(ty) {
                Some(range_1) => ConstructorSet::Integers {
                    range_1,
                    range_2: None,
                },
                None => ConstructorSet::Unlistable,
            },
            TyKind::Slice(elem) => ConstructorSet::Slice {
                array_len: None,
                subtype_is_empty: self.is_uninhabited(elem),
            },
            TyKind::Array(elem, len) => ConstructorSet::Slice {
                array_len: tcx.eval_array_len(len).map(|n| n as usize),
                subtype_is_empty: self.is_uninhabited(elem),
            },
            TyKind::Adt(did, args) => {
                let def = tcx.adt_def(did);
                if def.is_enum() {
                    let non_exhaustive = self.is_foreign_non_exhaustive(ty);
                    if def.variants.is_empty() && !non_exhaustive {
                        return ConstructorSet::NoConstructors;
                    }
                    let variants: IndexVec<VariantIdx, VariantVisibility> = def
                        .variants
                        .indices()
                        .map(|vi| {
                            let empty = self
                                .variant_field_tys(did, args, vi)
                                .into_iter()
                                .any(|(_, t, _)| self.is_uninhabited(t));
                            if empty {
                                VariantVisibility::Empty
                            } else {
                                VariantVisibility::Visible
                            }
                        })
                        .collect();
                    ConstructorSet::Variants {
                        variants,
                        non_exhaustive,
                    }
                } else if def.is_union() {
                    ConstructorSet::Union
                } else {
                    ConstructorSet::Struct {
                        empty: self.is_uninhabited(ty),
                    }
                }
            }
            TyKind::Tuple(_) => ConstructorSet::Struct {
                empty: self.is_uninhabited(ty),
            },
            TyKind::Ref(..) => ConstructorSet::Ref,
            TyKind::Never => ConstructorSet::NoConstructors,
            _ => ConstructorSet::Unlistable,
        }
    }
}

//! Reading and writing enum discriminants, for both tag encodings: a tag field holding the
//! discriminant (`Direct`), or values of a niche in the untagged variant (`Niche`).

use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, Value};
use smelt_ty::layout::{Primitive, Scalar, TagEncoding, Variants};
use smelt_ty::{TyKind, VariantIdx};

use crate::base::FunctionCx;
use crate::value_and_place::{scalar_clif_ty, CPlace, CValue, TyAndLayout};

fn load_tag(fx: &mut FunctionCx<'_, '_>, place: &CPlace, tag: Scalar) -> Value {
    let ty = scalar_clif_ty(fx, tag);
    if place.is_in_memory() {
        let offset = crate::value_and_place::shape_offset(&place.layout.layout.fields, 0);
        let (ptr, _) = place.to_ptr_maybe_unsized();
        ptr.offset(offset as i64).load(fx, ty)
    } else {
        place.to_cvalue(fx).load_scalar(fx)
    }
}

fn store_tag(fx: &mut FunctionCx<'_, '_>, place: &CPlace, tag: Scalar, value: u128) {
    let ty = scalar_clif_ty(fx, tag);
    let v = crate::constant::iconst_any(fx, ty, value);
    if place.is_in_memory() {
        let offset = crate::value_and_place::shape_offset(&place.layout.layout.fields, 0);
        let (ptr, _) = place.to_ptr_maybe_unsized();
        ptr.offset(offset as i64).store(fx, v);
    } else {
        place.write_cvalue(fx, CValue::by_val(v, place.layout.clone()));
    }
}

fn mask(bits: u32) -> u128 {
    if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    }
}

pub fn codegen_get_discriminant(
    fx: &mut FunctionCx<'_, '_>,
    place: &CPlace,
    dest: TyAndLayout,
) -> CValue {
    let tcx = fx.tcx;
    let dest_ty = match crate::base::clif_type_of(fx, &dest) {
        Some(t) => t,
        None => ir::types::I64,
    };
    let discr_of = |fx: &FunctionCx<'_, '_>, v: VariantIdx| -> u128 {
        match tcx.kind(place.layout.ty) {
            TyKind::Adt(def, _) if tcx.adt_def(def).is_enum() => {
                tcx.adt_def(def).discriminant_of(tcx, v) as u128
            }
            _ => {
                let _ = fx;
                v.as_u32() as u128
            }
        }
    };
    let layout = place.layout.layout.clone();
    match &layout.variants {
        Variants::Single { index } => {
            let d = discr_of(fx, *index);
            let v = crate::constant::iconst_any(fx, dest_ty, d & mask(dest_ty.bits()));
            CValue::by_val(v, dest)
        }
        Variants::Multiple {
            tag, tag_encoding, ..
        } => {
            let t = load_tag(fx, place, *tag);
            match tag_encoding {
                TagEncoding::Direct => {
                    let signed = matches!(tag.value, Primitive::Int(_, true));
                    let v = crate::cast::int_to_int(fx, t, signed, dest_ty);
                    CValue::by_val(v, dest)
                }
                TagEncoding::Niche {
                    untagged_variant,
                    niche_variants,
                    niche_start,
                } => {
                    let tag_ty = scalar_clif_ty(fx, *tag);
                    let start = crate::constant::iconst_any(fx, tag_ty, *niche_start);
                    let relative = fx.bcx.ins().isub(t, start);
                    let range =
                        (niche_variants.end().as_u32() - niche_variants.start().as_u32()) as u128;
                    let range_v = crate::constant::iconst_any(fx, tag_ty, range);
                    let is_niche =
                        fx.bcx
                            .ins()
                            .icmp(IntCC::UnsignedLessThanOrEqual, relative, range_v);
                    let rel = crate::cast::int_to_int(fx, relative, false, dest_ty);
                    let niche_discr = fx
                        .bcx
                        .ins()
                        .iadd_imm_s(rel, niche_variants.start().as_u32() as i64);
                    let untagged =
                        crate::constant::iconst_any(fx, dest_ty, untagged_variant.as_u32() as u128);
                    let v = fx.bcx.ins().select(is_niche, niche_discr, untagged);
                    CValue::by_val(v, dest)
                }
            }
        }
    }
}

pub fn codegen_set_discriminant(fx: &mut FunctionCx<'_, '_>, place: &CPlace, variant: VariantIdx) {
    let tcx = fx.tcx;
    let layout = place.layout.layout.clone();
    match &layout.variants {
        Variants::Single { .. } => {}
        Variants::Multiple {
            tag, tag_encoding, ..
        } => {
            let bits = tag.size(tcx) as u32 * 8;
            match tag_encoding {
                TagEncoding::Direct => {
                    let d = match tcx.kind(place.layout.ty) {
                        TyKind::Adt(def, _) => {
                            tcx.adt_def(def).discriminant_of(tcx, variant) as u128
                        }
                        _ => variant.as_u32() as u128,
                    };
                    store_tag(fx, place, *tag, d & mask(bits));
                }
                TagEncoding::Niche {
                    untagged_variant,
                    niche_variants,
                    niche_start,
                } => {
                    if variant != *untagged_variant {
                        let rel = (variant.as_u32() - niche_variants.start().as_u32()) as u128;
                        let value = rel.wrapping_add(*niche_start) & mask(bits);
                        store_tag(fx, place, *tag, value);
                    }
                }
            }
        }
    }
}

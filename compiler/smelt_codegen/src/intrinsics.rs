//! Compiler intrinsics (`#[rustc_intrinsic]` functions of the library): expanded inline.

use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, Value};
use cranelift_module::Module;
use smelt_span::Span;
use smelt_ty::{Instance, Ty, TyKind};

use crate::base::FunctionCx;
use crate::value_and_place::{CPlace, CValue, Pointer};

fn ty_arg(fx: &FunctionCx<'_, '_>, instance: Instance, i: usize) -> Ty {
    let args = fx.tcx.args(instance.args);
    args.iter()
        .filter_map(|a| a.as_type())
        .nth(i)
        .map_or(fx.tcx.types.error, |t| fx.tcx.normalize_erasing_regions(t))
}

fn is_signed(fx: &FunctionCx<'_, '_>, ty: Ty) -> bool {
    matches!(fx.tcx.kind(ty), TyKind::Int(_))
}

pub fn codegen_intrinsic(
    fx: &mut FunctionCx<'_, '_>,
    instance: Instance,
    args: Vec<CValue>,
    dest: CPlace,
    span: Span,
) {
    let tcx = fx.tcx;
    let name = tcx.str(tcx.item_name(instance.def_id())).to_string();
    let ptr_ty = fx.pointer_type;
    let out = dest.layout.clone();
    // The scalar arguments, loaded once (other arguments are used through `args`).
    let a: Vec<Value> = args
        .iter()
        .map(|v| match v.layout.layout.repr {
            smelt_ty::layout::BackendRepr::Scalar(_) => v.clone().load_scalar(fx),
            _ => fx.bcx.ins().iconst(ptr_ty, 0),
        })
        .collect();
    let write = |fx: &mut FunctionCx<'_, '_>, v: Value| {
        dest.write_cvalue(fx, CValue::by_val(v, dest.layout.clone()))
    };
    match name.as_str() {
        "size_of" | "min_align_of" | "align_of" | "pref_align_of" => {
            let layout = fx.layout_of(ty_arg(fx, instance, 0));
            let v = if name == "size_of" {
                layout.size()
            } else {
                layout.layout.align
            };
            let c = fx.bcx.ins().iconst(ptr_ty, v as i64);
            write(fx, c);
        }
        "type_id" => {
            let ty = ty_arg(fx, instance, 0);
            let ty = fx.tcx.normalize_erasing_regions(ty);
            let h = crate::symbol::type_id_hash(fx.tcx, ty);
            let lo = fx.bcx.ins().iconst(ir::types::I64, h as u64 as i64);
            let hi = fx.bcx.ins().iconst(ir::types::I64, (h >> 64) as u64 as i64);
            let v = fx.bcx.ins().iconcat(lo, hi);
            write(fx, v);
        }
        "size_of_val" | "min_align_of_val" | "align_of_val" => {
            let ty = ty_arg(fx, instance, 0);
            let layout = fx.layout_of(ty);
            if layout.layout.is_sized() {
                let v = if name == "size_of_val" {
                    layout.size()
                } else {
                    layout.layout.align
                };
                let c = fx.bcx.ins().iconst(ptr_ty, v as i64);
                write(fx, c);
            } else {
                let (_, meta) = args[0].clone().load_scalar_pair(fx);
                let (size, align) = size_and_align_of_dst(fx, ty, meta);
                write(fx, if name == "size_of_val" { size } else { align });
            }
        }
        "needs_drop" => {
            let ty = ty_arg(fx, instance, 0);
            let v = fx
                .bcx
                .ins()
                .iconst(ir::types::I8, tcx.needs_drop(ty) as i64);
            write(fx, v);
        }
        "transmute" | "transmute_unchecked" => {
            let (ptr, _) = args[0].clone().force_stack(fx);
            dest.write_cvalue(fx, CValue::by_ref(ptr, out));
        }
        "forget" | "assume" => {}
        "abort" => {
            fx.trap();
            let b = fx.bcx.create_block();
            fx.bcx.switch_to_block(b);
        }
        "unreachable" => {
            fx.trap();
            let b = fx.bcx.create_block();
            fx.bcx.switch_to_block(b);
        }
        "likely" | "unlikely" | "black_box" => {
            dest.write_cvalue(fx, args[0].clone().with_layout(out));
        }
        "read_via_copy" | "volatile_load" | "unaligned_volatile_load" => {
            let p = a[0];
            let place = CPlace::for_ptr(Pointer::new(p), out);
            let v = place.to_cvalue(fx);
            let (stack, _) = v.force_stack(fx);
            dest.write_cvalue(fx, CValue::by_ref(stack, dest.layout.clone()));
        }
        "write_via_move" | "volatile_store" | "unaligned_volatile_store" => {
            let p = a[0];
            let val = args[1].clone();
            let place = CPlace::for_ptr(Pointer::new(p), val.layout.clone());
            place.write_cvalue(fx, val);
        }
        "caller_location" => {
            let loc = crate::constant::caller_location(fx, span);
            write(fx, loc);
        }
        "copy_nonoverlapping" | "copy" => {
            let ty = ty_arg(fx, instance, 0);
            let size = fx.layout_of(ty).size();
            let src = a[0];
            let dst = a[1];
            let count = a[2];
            let bytes = fx.bcx.ins().imul_imm_s(count, size as i64);
            let config = fx.cx.module.target_config();
            if name == "copy" {
                fx.bcx.call_memmove(config, dst, src, bytes);
            } else {
                fx.bcx.call_memcpy(config, dst, src, bytes);
            }
        }
        "write_bytes" => {
            let ty = ty_arg(fx, instance, 0);
            let size = fx.layout_of(ty).size();
            let dst = a[0];
            let val = a[1];
            let count = a[2];
            let bytes = fx.bcx.ins().imul_imm_s(count, size as i64);
            let config = fx.cx.module.target_config();
            fx.bcx.call_memset(config, dst, val, bytes);
        }
        "add_with_overflow" | "sub_with_overflow" | "mul_with_overflow" => {
            let ty = ty_arg(fx, instance, 0);
            let (a, b) = (a[0], a[1]);
            let op = match name.as_str() {
                "add_with_overflow" => smelt_mir::BinOp::AddWithOverflow,
                "sub_with_overflow" => smelt_mir::BinOp::SubWithOverflow,
                _ => smelt_mir::BinOp::MulWithOverflow,
            };
            let (r, of) = crate::num::codegen_overflow_op(fx, op, a, b, is_signed(fx, ty));
            dest.write_cvalue(fx, CValue::by_val_pair(r, of, out));
        }
        "wrapping_add" | "unchecked_add" => {
            let v = fx.bcx.ins().iadd(a[0], a[1]);
            write(fx, v);
        }
        "wrapping_sub" | "unchecked_sub" => {
            let v = fx.bcx.ins().isub(a[0], a[1]);
            write(fx, v);
        }
        "wrapping_mul" | "unchecked_mul" => {
            let v = fx.bcx.ins().imul(a[0], a[1]);
            write(fx, v);
        }
        "unchecked_div" | "exact_div" | "unchecked_rem" => {
            let ty = ty_arg(fx, instance, 0);
            let op = if name == "unchecked_rem" {
                smelt_mir::BinOp::Rem
            } else {
                smelt_mir::BinOp::Div
            };
            let (a, b) = (a[0], a[1]);
            let v = crate::num::codegen_int_binop(fx, op, a, b, is_signed(fx, ty));
            write(fx, v);
        }
        "unchecked_shl" | "unchecked_shr" => {
            let ty = ty_arg(fx, instance, 0);
            let op = if name == "unchecked_shl" {
                smelt_mir::BinOp::Shl
            } else {
                smelt_mir::BinOp::Shr
            };
            let (a, b) = (a[0], a[1]);
            let v = crate::num::codegen_int_binop(fx, op, a, b, is_signed(fx, ty));
            write(fx, v);
        }
        "saturating_add" | "saturating_sub" => {
            let ty = ty_arg(fx, instance, 0);
            let signed = is_signed(fx, ty);
            let (a, b) = (a[0], a[1]);
            let clif = fx.bcx.func.dfg.value_type(a);
            let bits = clif.bits();
            let op = if name == "saturating_add" {
                smelt_mir::BinOp::AddWithOverflow
            } else {
                smelt_mir::BinOp::SubWithOverflow
            };
            let (r, of) = crate::num::codegen_overflow_op(fx, op, a, b, signed);
            let v = if signed {
                let max = crate::constant::iconst_any(fx, clif, (1u128 << (bits - 1)) - 1);
                let min = crate::constant::iconst_any(fx, clif, 1u128 << (bits - 1));
                // On overflow, the sign of `b` says which bound was crossed (for sub, the
                // opposite).
                let zero = crate::constant::iconst_any(fx, clif, 0);
                let b_neg = fx.bcx.ins().icmp(IntCC::SignedLessThan, b, zero);
                let to_min = if name == "saturating_add" {
                    b_neg
                } else {
                    fx.bcx.ins().bxor_imm_s(b_neg, 1)
                };
                let bound = fx.bcx.ins().select(to_min, min, max);
                fx.bcx.ins().select(of, bound, r)
            } else {
                let bound = if name == "saturating_add" {
                    crate::constant::iconst_any(fx, clif, u128::MAX)
                } else {
                    crate::constant::iconst_any(fx, clif, 0)
                };
                fx.bcx.ins().select(of, bound, r)
            };
            write(fx, v);
        }
        "rotate_left" | "rotate_right" => {
            let (a, n) = (a[0], a[1]);
            let v = if name == "rotate_left" {
                fx.bcx.ins().rotl(a, n)
            } else {
                fx.bcx.ins().rotr(a, n)
            };
            write(fx, v);
        }
        "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" | "bswap" | "bitreverse" => {
            let a = a[0];
            let v = match name.as_str() {
                "ctpop" => fx.bcx.ins().popcnt(a),
                "ctlz" | "ctlz_nonzero" => fx.bcx.ins().clz(a),
                "cttz" | "cttz_nonzero" => fx.bcx.ins().ctz(a),
                "bswap" => {
                    if fx.bcx.func.dfg.value_type(a) == ir::types::I8 {
                        a
                    } else {
                        fx.bcx.ins().bswap(a)
                    }
                }
                _ => fx.bcx.ins().bitrev(a),
            };
            // Counts are `u32`.
            let v = if matches!(
                name.as_str(),
                "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero"
            ) {
                crate::cast::int_to_int(fx, v, false, ir::types::I32)
            } else {
                v
            };
            write(fx, v);
        }
        "offset" | "arith_offset" => {
            let ptr = a[0];
            let count = a[1];
            let pointee = match tcx.kind(args[0].layout.ty) {
                TyKind::RawPtr(t, _) | TyKind::Ref(_, t, _) => t,
                _ => tcx.types.u8,
            };
            let size = fx.layout_of(pointee).size();
            let count = fx.coerce_clif(count, ptr_ty);
            let off = fx.bcx.ins().imul_imm_s(count, size as i64);
            let v = fx.bcx.ins().iadd(ptr, off);
            write(fx, v);
        }
        "discriminant_value" => {
            let p = a[0];
            let ty = ty_arg(fx, instance, 0);
            let layout = fx.layout_of(ty);
            let place = CPlace::for_ptr(Pointer::new(p), layout);
            let v = crate::discriminant::codegen_get_discriminant(fx, &place, out);
            dest.write_cvalue(fx, v);
        }
        "sqrtf32" | "sqrtf64" => {
            let v = fx.bcx.ins().sqrt(a[0]);
            write(fx, v);
        }
        "floorf32" | "floorf64" => {
            let v = fx.bcx.ins().floor(a[0]);
            write(fx, v);
        }
        "ceilf32" | "ceilf64" => {
            let v = fx.bcx.ins().ceil(a[0]);
            write(fx, v);
        }
        "truncf32" | "truncf64" => {
            let v = fx.bcx.ins().trunc(a[0]);
            write(fx, v);
        }
        "rintf32"
        | "rintf64"
        | "round_ties_even_f32"
        | "round_ties_even_f64"
        | "nearbyintf32"
        | "nearbyintf64" => {
            let v = fx.bcx.ins().nearest(a[0]);
            write(fx, v);
        }
        "fabsf32" | "fabsf64" => {
            let v = fx.bcx.ins().fabs(a[0]);
            write(fx, v);
        }
        "copysignf32" | "copysignf64" => {
            let v = fx.bcx.ins().fcopysign(a[0], a[1]);
            write(fx, v);
        }
        "fmaf32" | "fmaf64" => {
            let v = fx.bcx.ins().fma(a[0], a[1], a[2]);
            write(fx, v);
        }
        _ if libm_name(&name).is_some() => {
            let (cname, nargs) = libm_name(&name).unwrap_or(("", 0));
            let vals: Vec<Value> = a[..nargs.min(a.len())].to_vec();
            let tys: Vec<ir::Type> = vals
                .iter()
                .map(|v| fx.bcx.func.dfg.value_type(*v))
                .collect();
            let ret = tys[0];
            let v = crate::num::call_libcall(fx, cname, &vals, &tys, ret);
            write(fx, v);
        }
        _ => {
            tcx.sess.dcx.err(
                span,
                format!("the intrinsic `{name}` is not supported by smelt yet"),
            );
        }
    }
}

/// Intrinsics that are calls to the C math library: the C name and the argument count.
fn libm_name(name: &str) -> Option<(&'static str, usize)> {
    Some(match name {
        "powf32" => ("powf", 2),
        "powf64" => ("pow", 2),
        "powif32" => ("__powisf2", 2),
        "powif64" => ("__powidf2", 2),
        "expf32" => ("expf", 1),
        "expf64" => ("exp", 1),
        "exp2f32" => ("exp2f", 1),
        "exp2f64" => ("exp2", 1),
        "logf32" => ("logf", 1),
        "logf64" => ("log", 1),
        "log2f32" => ("log2f", 1),
        "log2f64" => ("log2", 1),
        "log10f32" => ("log10f", 1),
        "log10f64" => ("log10", 1),
        "sinf32" => ("sinf", 1),
        "sinf64" => ("sin", 1),
        "cosf32" => ("cosf", 1),
        "cosf64" => ("cos", 1),
        "roundf32" => ("roundf", 1),
        "roundf64" => ("round", 1),
        "minnumf32" => ("fminf", 2),
        "minnumf64" => ("fmin", 2),
        "maxnumf32" => ("fmaxf", 2),
        "maxnumf64" => ("fmax", 2),
        _ => return None,
    })
}

/// The size and alignment of a value of unsized type `ty` with pointer metadata `meta`: a
/// slice's length times its stride, a trait object's from its vtable, and for a struct
/// ending in an unsized field its sized prefix plus that field, rounded up to the larger
/// alignment.
pub fn size_and_align_of_dst(fx: &mut FunctionCx<'_, '_>, ty: Ty, meta: Value) -> (Value, Value) {
    let tcx = fx.tcx;
    let ptr_ty = fx.pointer_type;
    let layout = fx.layout_of(ty);
    if layout.layout.is_sized() {
        let size = fx.bcx.ins().iconst(ptr_ty, layout.size() as i64);
        let align = fx.bcx.ins().iconst(ptr_ty, layout.layout.align as i64);
        return (size, align);
    }
    match tcx.kind(ty) {
        TyKind::Slice(_) | TyKind::Str => {
            let (_, stride) = fx.elem_of(&layout);
            let size = fx.bcx.ins().imul_imm_s(meta, stride as i64);
            let align = fx.bcx.ins().iconst(ptr_ty, layout.layout.align as i64);
            (size, align)
        }
        TyKind::Dynamic(..) => {
            let size = fx.bcx.ins().load(
                ptr_ty,
                ir::MemFlagsData::trusted(),
                meta,
                ptr_ty.bytes() as i32,
            );
            let align = fx.bcx.ins().load(
                ptr_ty,
                ir::MemFlagsData::trusted(),
                meta,
                2 * ptr_ty.bytes() as i32,
            );
            (size, align)
        }
        TyKind::Adt(..) | TyKind::Tuple(_) => {
            let n = match &layout.layout.fields {
                smelt_ty::layout::FieldsShape::Arbitrary { offsets, .. } => offsets.len(),
                _ => 0,
            };
            if n == 0 {
                let zero = fx.bcx.ins().iconst(ptr_ty, 0);
                let one = fx.bcx.ins().iconst(ptr_ty, 1);
                return (zero, one);
            }
            let last = smelt_ty::FieldIdx::from_u32(n as u32 - 1);
            let offset = fx.field_offset(&layout, last);
            let tail_ty = fx.field_ty(&layout, last);
            let (tail_size, tail_align) = size_and_align_of_dst(fx, tail_ty, meta);
            let prefix_align = fx.bcx.ins().iconst(ptr_ty, layout.layout.align as i64);
            let bigger = fx
                .bcx
                .ins()
                .icmp(IntCC::UnsignedGreaterThan, tail_align, prefix_align);
            let align = fx.bcx.ins().select(bigger, tail_align, prefix_align);
            // The tail starts at the prefix's end rounded up to its alignment (dynamic for
            // a trait object), then the whole rounds up to the larger alignment:
            // (x + align - 1) & !(align - 1).
            let tail_mask = fx.bcx.ins().iadd_imm_s(tail_align, -1);
            let off = fx.bcx.ins().iconst(ptr_ty, offset as i64);
            let off = fx.bcx.ins().iadd(off, tail_mask);
            let not_tail_mask = fx.bcx.ins().bnot(tail_mask);
            let off = fx.bcx.ins().band(off, not_tail_mask);
            let unrounded = fx.bcx.ins().iadd(tail_size, off);
            let mask = fx.bcx.ins().iadd_imm_s(align, -1);
            let bumped = fx.bcx.ins().iadd(unrounded, mask);
            let not_mask = fx.bcx.ins().bnot(mask);
            let size = fx.bcx.ins().band(bumped, not_mask);
            (size, align)
        }
        _ => {
            let zero = fx.bcx.ins().iconst(ptr_ty, 0);
            let one = fx.bcx.ins().iconst(ptr_ty, 1);
            (zero, one)
        }
    }
}

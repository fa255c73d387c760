//! Casts: numeric conversions with Rust's semantics (float to integer saturates, NaN gives
//! 0), pointer casts and the pointer coercions (reifying functions, unsizing).

use cranelift_codegen::ir::{self, InstBuilder, Value};
use smelt_mir::CastKind;
use smelt_span::Span;
use smelt_ty::typeck_results::PointerCoercion;
use smelt_ty::{Ty, TyKind};

use crate::base::FunctionCx;
use crate::value_and_place::{CValue, TyAndLayout};

fn int_info(fx: &FunctionCx<'_, '_>, ty: Ty) -> (bool, u32) {
    let tcx = fx.tcx;
    match tcx.kind(ty) {
        TyKind::Int(i) => (true, tcx.int_size(i) as u32 * 8),
        TyKind::Uint(u) => (false, tcx.uint_size(u) as u32 * 8),
        TyKind::Bool => (false, 8),
        TyKind::Char => (false, 32),
        _ => (false, 64),
    }
}

fn clif_int(bits: u32) -> ir::Type {
    match bits {
        8 => ir::types::I8,
        16 => ir::types::I16,
        32 => ir::types::I32,
        128 => ir::types::I128,
        _ => ir::types::I64,
    }
}

pub fn int_to_int(fx: &mut FunctionCx<'_, '_>, v: Value, from_signed: bool, to: ir::Type) -> Value {
    let from = fx.bcx.func.dfg.value_type(v);
    if from == to {
        v
    } else if from.bits() > to.bits() {
        fx.bcx.ins().ireduce(to, v)
    } else if from_signed {
        fx.bcx.ins().sextend(to, v)
    } else {
        fx.bcx.ins().uextend(to, v)
    }
}

pub fn codegen_cast(
    fx: &mut FunctionCx<'_, '_>,
    kind: CastKind,
    v: CValue,
    to_ty: Ty,
    span: Span,
) -> CValue {
    let tcx = fx.tcx;
    let to = fx.layout_of(to_ty);
    let from_ty = v.layout.ty;
    match kind {
        CastKind::IntToInt => {
            let (signed, _) = int_info(fx, from_ty);
            let (_, to_bits) = int_info(fx, to_ty);
            let x = v.load_scalar(fx);
            let r = int_to_int(fx, x, signed, clif_int(to_bits));
            CValue::by_val(r, to)
        }
        CastKind::IntToFloat => {
            let (signed, from_bits) = int_info(fx, from_ty);
            let x = v.load_scalar(fx);
            let fty = if matches!(tcx.kind(to_ty), TyKind::Float(smelt_ast::FloatTy::F32)) {
                ir::types::F32
            } else {
                ir::types::F64
            };
            let r = if from_bits == 128 {
                let name = match (signed, fty == ir::types::F32) {
                    (true, true) => "__floattisf",
                    (true, false) => "__floattidf",
                    (false, true) => "__floatuntisf",
                    (false, false) => "__floatuntidf",
                };
                crate::num::call_libcall(fx, name, &[x], &[ir::types::I128], fty)
            } else {
                let x = if from_bits < 32 {
                    int_to_int(fx, x, signed, ir::types::I32)
                } else {
                    x
                };
                if signed {
                    fx.bcx.ins().fcvt_from_sint(fty, x)
                } else {
                    fx.bcx.ins().fcvt_from_uint(fty, x)
                }
            };
            CValue::by_val(r, to)
        }
        CastKind::FloatToInt => {
            let (signed, to_bits) = int_info(fx, to_ty);
            let x = v.load_scalar(fx);
            let r = float_to_int(fx, x, signed, to_bits, span);
            CValue::by_val(r, to)
        }
        CastKind::FloatToFloat => {
            let x = v.load_scalar(fx);
            let from = fx.bcx.func.dfg.value_type(x);
            let fty = if matches!(tcx.kind(to_ty), TyKind::Float(smelt_ast::FloatTy::F32)) {
                ir::types::F32
            } else {
                ir::types::F64
            };
            let r = if from == fty {
                x
            } else if fty == ir::types::F64 {
                fx.bcx.ins().fpromote(fty, x)
            } else {
                fx.bcx.ins().fdemote(fty, x)
            };
            CValue::by_val(r, to)
        }
        CastKind::PtrToPtr | CastKind::FnPtrToPtr => ptr_to_ptr(fx, v, to),
        CastKind::PointerExposeProvenance => {
            let x = v.load_scalar(fx);
            let (_, to_bits) = int_info(fx, to_ty);
            let r = int_to_int(fx, x, false, clif_int(to_bits));
            CValue::by_val(r, to)
        }
        CastKind::PointerWithExposedProvenance => {
            let (signed, _) = int_info(fx, from_ty);
            let x = v.load_scalar(fx);
            let r = int_to_int(fx, x, signed, fx.pointer_type);
            CValue::by_val(r, to)
        }
        CastKind::Transmute => {
            let (ptr, _) = v.force_stack(fx);
            CValue::by_ref(ptr, to)
        }
        CastKind::PointerCoercion(pc) => match pc {
            PointerCoercion::ReifyFnPointer => match tcx.kind(from_ty) {
                TyKind::FnDef(def, args) => match tcx.resolve_instance(def, args) {
                    Some(instance) => {
                        let instance = smelt_mono::reify_instance(tcx, instance);
                        let addr = crate::constant::instance_addr(fx, instance);
                        CValue::by_val(addr, to)
                    }
                    None => {
                        tcx.sess
                            .dcx
                            .bug(span, "cannot resolve the function of a function pointer");
                        CValue::zst(fx, to)
                    }
                },
                _ => v.with_layout(to),
            },
            PointerCoercion::UnsafeFnPointer | PointerCoercion::MutToConstPointer => {
                v.with_layout(to)
            }
            PointerCoercion::ClosureFnPointer => {
                match smelt_mono::closure_fn_ptr_instance(tcx, from_ty, to.ty) {
                    Some(instance) => {
                        let addr = crate::constant::instance_addr(fx, instance);
                        CValue::by_val(addr, to)
                    }
                    None => {
                        tcx.sess
                            .dcx
                            .bug(span, "cannot resolve the function of a closure's pointer");
                        CValue::zst(fx, to)
                    }
                }
            }
            PointerCoercion::Unsize => unsize(fx, v, to, span),
        },
    }
}

fn ptr_to_ptr(fx: &mut FunctionCx<'_, '_>, v: CValue, to: TyAndLayout) -> CValue {
    let from_fat = matches!(
        v.layout.layout.repr,
        smelt_ty::layout::BackendRepr::ScalarPair(..)
    );
    let to_fat = matches!(
        to.layout.repr,
        smelt_ty::layout::BackendRepr::ScalarPair(..)
    );
    match (from_fat, to_fat) {
        (true, true) => {
            let (a, b) = v.load_scalar_pair(fx);
            CValue::by_val_pair(a, b, to)
        }
        (true, false) => {
            let (a, _) = v.load_scalar_pair(fx);
            CValue::by_val(a, to)
        }
        _ => {
            let a = v.load_scalar(fx);
            CValue::by_val(a, to)
        }
    }
}

/// A thin pointer to a sized type becomes a fat pointer: `&[T; N]` to `&[T]` gets length `N`,
/// `&T` to `&dyn Trait` (or `Box<T>` to `Box<dyn Trait>`) the vtable of `T`.
fn unsize(fx: &mut FunctionCx<'_, '_>, v: CValue, to: TyAndLayout, span: Span) -> CValue {
    let tcx = fx.tcx;
    let (from_tail, to_tail) = smelt_mono::vtable::unsizing_tails(tcx, v.layout.ty, to.ty);
    let meta = match (tcx.kind(from_tail), tcx.kind(to_tail)) {
        (TyKind::Array(_, len), TyKind::Slice(_)) => {
            let n = tcx.eval_array_len(len).unwrap_or(0);
            Some(fx.bcx.ins().iconst(fx.pointer_type, n as i64))
        }
        (TyKind::Dynamic(..), TyKind::Dynamic(..)) => None,
        (_, TyKind::Dynamic(..)) => {
            let principal = smelt_mono::vtable::principal_trait_ref(tcx, to_tail, from_tail);
            let id = fx.cx.vtable(tcx, from_tail, principal);
            Some(crate::constant::data_addr(fx, id))
        }
        _ => None,
    };
    let thin = matches!(
        v.layout.layout.repr,
        smelt_ty::layout::BackendRepr::Scalar(_)
    );
    match meta {
        Some(meta) if thin => {
            let ptr = v.load_scalar(fx);
            CValue::by_val_pair(ptr, meta, to)
        }
        // `&dyn A` to `&dyn A` (auto traits dropped): the same pointer and vtable.
        None if matches!(tcx.kind(to_tail), TyKind::Dynamic(..)) && !thin => {
            let (ptr, meta) = v.load_scalar_pair(fx);
            CValue::by_val_pair(ptr, meta, to)
        }
        _ => {
            tcx.sess.dcx.err(
                span,
                format!(
                    "coercing `{}` to `{}` is not supported by smelt yet",
                    tcx.ty_string(v.layout.ty),
                    tcx.ty_string(to.ty)
                ),
            );
            CValue::zst(fx, to)
        }
    }
}

/// Float to integer, saturating at the bounds, NaN to 0 (Rust's `as`).
fn float_to_int(
    fx: &mut FunctionCx<'_, '_>,
    x: Value,
    signed: bool,
    to_bits: u32,
    span: Span,
) -> Value {
    if to_bits == 128 {
        let fty = fx.bcx.func.dfg.value_type(x);
        let x64 = if fty == ir::types::F32 {
            fx.bcx.ins().fpromote(ir::types::F64, x)
        } else {
            x
        };
        // Saturate through the C runtime's truncating conversion plus explicit bounds.
        let name = if signed { "__fixdfti" } else { "__fixunsdfti" };
        let raw = crate::num::call_libcall(fx, name, &[x64], &[ir::types::F64], ir::types::I128);
        let (min, max): (u128, u128) = if signed {
            (1u128 << 127, (1u128 << 127) - 1)
        } else {
            (0, u128::MAX)
        };
        let (minf, maxf) = if signed {
            (-1.7014118346046923e38f64, 1.7014118346046923e38f64)
        } else {
            (0.0, 3.402823669209385e38f64)
        };
        let minc = fx.bcx.ins().f64const(minf);
        let maxc = fx.bcx.ins().f64const(maxf);
        let below = fx
            .bcx
            .ins()
            .fcmp(ir::condcodes::FloatCC::LessThan, x64, minc);
        let above = fx
            .bcx
            .ins()
            .fcmp(ir::condcodes::FloatCC::GreaterThanOrEqual, x64, maxc);
        let is_nan = fx
            .bcx
            .ins()
            .fcmp(ir::condcodes::FloatCC::Unordered, x64, x64);
        let minv = crate::constant::iconst_any(fx, ir::types::I128, min);
        let maxv = crate::constant::iconst_any(fx, ir::types::I128, max);
        let zero = crate::constant::iconst_any(fx, ir::types::I128, 0);
        let r = fx.bcx.ins().select(below, minv, raw);
        let r = fx.bcx.ins().select(above, maxv, r);
        let _ = span;
        return fx.bcx.ins().select(is_nan, zero, r);
    }
    if to_bits >= 32 {
        let ty = clif_int(to_bits);
        return if signed {
            fx.bcx.ins().fcvt_to_sint_sat(ty, x)
        } else {
            fx.bcx.ins().fcvt_to_uint_sat(ty, x)
        };
    }
    // 8 and 16 bits: convert to 32 bits, then clamp.
    let wide = if signed {
        fx.bcx.ins().fcvt_to_sint_sat(ir::types::I32, x)
    } else {
        fx.bcx.ins().fcvt_to_uint_sat(ir::types::I32, x)
    };
    let (min, max) = if signed {
        (-(1i64 << (to_bits - 1)), (1i64 << (to_bits - 1)) - 1)
    } else {
        (0, (1i64 << to_bits) - 1)
    };
    let minv = fx.bcx.ins().iconst(ir::types::I32, min);
    let maxv = fx.bcx.ins().iconst(ir::types::I32, max);
    let clamped = if signed {
        let t = fx.bcx.ins().smax(wide, minv);
        fx.bcx.ins().smin(t, maxv)
    } else {
        fx.bcx.ins().umin(wide, maxv)
    };
    fx.bcx.ins().ireduce(clif_int(to_bits), clamped)
}

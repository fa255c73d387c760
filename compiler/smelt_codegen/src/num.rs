//! Arithmetic, comparisons and bit operations on integers, floats and pointers.

use cranelift_codegen::ir::{self, condcodes::FloatCC, condcodes::IntCC, InstBuilder, Value};
use cranelift_module::Module;
use smelt_mir::BinOp;
use smelt_ty::{Ty, TyKind};

use crate::base::FunctionCx;
use crate::value_and_place::{CValue, TyAndLayout};

fn is_signed(fx: &FunctionCx<'_, '_>, ty: Ty) -> bool {
    matches!(fx.tcx.kind(ty), TyKind::Int(_))
}

fn int_cc(op: BinOp, signed: bool) -> IntCC {
    match (op, signed) {
        (BinOp::Eq, _) => IntCC::Equal,
        (BinOp::Ne, _) => IntCC::NotEqual,
        (BinOp::Lt, true) => IntCC::SignedLessThan,
        (BinOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
        (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        (BinOp::Ge, false) => IntCC::UnsignedGreaterThanOrEqual,
        _ => IntCC::Equal,
    }
}

pub fn codegen_binop(
    fx: &mut FunctionCx<'_, '_>,
    op: BinOp,
    l: CValue,
    r: CValue,
    out: TyAndLayout,
) -> CValue {
    let tcx = fx.tcx;
    let lty = l.layout.ty;
    match tcx.kind(lty) {
        TyKind::Float(_) => {
            let (a, b) = (l.load_scalar(fx), r.load_scalar(fx));
            let v = codegen_float_binop(fx, op, a, b);
            CValue::by_val(v, out)
        }
        TyKind::RawPtr(..) | TyKind::Ref(..) | TyKind::FnPtr(_)
            if matches!(
                l.layout.layout.repr,
                smelt_ty::layout::BackendRepr::ScalarPair(..)
            ) =>
        {
            // Fat pointers compare by data pointer, then metadata.
            let (la, lb) = l.load_scalar_pair(fx);
            let (ra, rb) = r.load_scalar_pair(fx);
            let v = match op {
                BinOp::Eq => {
                    let x = fx.bcx.ins().icmp(IntCC::Equal, la, ra);
                    let y = fx.bcx.ins().icmp(IntCC::Equal, lb, rb);
                    fx.bcx.ins().band(x, y)
                }
                BinOp::Ne => {
                    let x = fx.bcx.ins().icmp(IntCC::NotEqual, la, ra);
                    let y = fx.bcx.ins().icmp(IntCC::NotEqual, lb, rb);
                    fx.bcx.ins().bor(x, y)
                }
                _ => fx.bcx.ins().icmp(int_cc(op, false), la, ra),
            };
            CValue::by_val(v, out)
        }
        _ => {
            let signed = is_signed(fx, lty);
            let a = l.load_scalar(fx);
            let b = r.load_scalar(fx);
            match op {
                BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
                    let (res, of) = codegen_overflow_op(fx, op, a, b, signed);
                    CValue::by_val_pair(res, of, out)
                }
                BinOp::Offset => {
                    let pointee = match tcx.kind(lty) {
                        TyKind::RawPtr(t, _) | TyKind::Ref(_, t, _) => t,
                        _ => tcx.types.u8,
                    };
                    let size = fx.layout_of(pointee).size();
                    let b = fx.coerce_clif(b, fx.pointer_type);
                    let off = fx.bcx.ins().imul_imm_s(b, size as i64);
                    let v = fx.bcx.ins().iadd(a, off);
                    CValue::by_val(v, out)
                }
                _ => {
                    let v = codegen_int_binop(fx, op, a, b, signed);
                    CValue::by_val(v, out)
                }
            }
        }
    }
}

pub fn codegen_int_binop(
    fx: &mut FunctionCx<'_, '_>,
    op: BinOp,
    a: Value,
    b: Value,
    signed: bool,
) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    match op {
        BinOp::Add => fx.bcx.ins().iadd(a, b),
        BinOp::Sub => fx.bcx.ins().isub(a, b),
        BinOp::Mul => fx.bcx.ins().imul(a, b),
        BinOp::Div | BinOp::Rem if ty == ir::types::I128 => {
            let name = match (op, signed) {
                (BinOp::Div, true) => "__divti3",
                (BinOp::Div, false) => "__udivti3",
                (_, true) => "__modti3",
                (_, false) => "__umodti3",
            };
            call_libcall(
                fx,
                name,
                &[a, b],
                &[ir::types::I128, ir::types::I128],
                ir::types::I128,
            )
        }
        BinOp::Div => {
            if signed {
                fx.bcx.ins().sdiv(a, b)
            } else {
                fx.bcx.ins().udiv(a, b)
            }
        }
        BinOp::Rem => {
            if signed {
                fx.bcx.ins().srem(a, b)
            } else {
                fx.bcx.ins().urem(a, b)
            }
        }
        BinOp::BitXor => fx.bcx.ins().bxor(a, b),
        BinOp::BitAnd => fx.bcx.ins().band(a, b),
        BinOp::BitOr => fx.bcx.ins().bor(a, b),
        BinOp::Shl => fx.bcx.ins().ishl(a, b),
        BinOp::Shr => {
            if signed {
                fx.bcx.ins().sshr(a, b)
            } else {
                fx.bcx.ins().ushr(a, b)
            }
        }
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let b = fx.coerce_clif(b, ty);
            fx.bcx.ins().icmp(int_cc(op, signed), a, b)
        }
        BinOp::AddWithOverflow
        | BinOp::SubWithOverflow
        | BinOp::MulWithOverflow
        | BinOp::Offset => fx.bcx.ins().iadd(a, b),
    }
}

fn codegen_float_binop(fx: &mut FunctionCx<'_, '_>, op: BinOp, a: Value, b: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    match op {
        BinOp::Add => fx.bcx.ins().fadd(a, b),
        BinOp::Sub => fx.bcx.ins().fsub(a, b),
        BinOp::Mul => fx.bcx.ins().fmul(a, b),
        BinOp::Div => fx.bcx.ins().fdiv(a, b),
        BinOp::Rem => {
            let name = if ty == ir::types::F32 {
                "fmodf"
            } else {
                "fmod"
            };
            call_libcall(fx, name, &[a, b], &[ty, ty], ty)
        }
        BinOp::Eq => fx.bcx.ins().fcmp(FloatCC::Equal, a, b),
        BinOp::Ne => fx.bcx.ins().fcmp(FloatCC::NotEqual, a, b),
        BinOp::Lt => fx.bcx.ins().fcmp(FloatCC::LessThan, a, b),
        BinOp::Le => fx.bcx.ins().fcmp(FloatCC::LessThanOrEqual, a, b),
        BinOp::Gt => fx.bcx.ins().fcmp(FloatCC::GreaterThan, a, b),
        BinOp::Ge => fx.bcx.ins().fcmp(FloatCC::GreaterThanOrEqual, a, b),
        _ => a,
    }
}

/// `(a op b, overflowed)`.
pub fn codegen_overflow_op(
    fx: &mut FunctionCx<'_, '_>,
    op: BinOp,
    a: Value,
    b: Value,
    signed: bool,
) -> (Value, Value) {
    let ty = fx.bcx.func.dfg.value_type(a);
    if ty == ir::types::I128 && op == BinOp::MulWithOverflow {
        return mul_overflow_i128(fx, a, b, signed);
    }
    match (op, signed) {
        (BinOp::AddWithOverflow, true) => fx.bcx.ins().sadd_overflow(a, b),
        (BinOp::AddWithOverflow, false) => fx.bcx.ins().uadd_overflow(a, b),
        (BinOp::SubWithOverflow, true) => fx.bcx.ins().ssub_overflow(a, b),
        (BinOp::SubWithOverflow, false) => fx.bcx.ins().usub_overflow(a, b),
        (BinOp::MulWithOverflow, true) => fx.bcx.ins().smul_overflow(a, b),
        (_, false) => fx.bcx.ins().umul_overflow(a, b),
        _ => fx.bcx.ins().smul_overflow(a, b),
    }
}

/// 128-bit multiplication with overflow detection through division:
/// overflow iff `a != 0 && (a * b) / a != b`, plus `MIN * -1` for signed numbers.
fn mul_overflow_i128(
    fx: &mut FunctionCx<'_, '_>,
    a: Value,
    b: Value,
    signed: bool,
) -> (Value, Value) {
    let ty = ir::types::I128;
    let res = fx.bcx.ins().imul(a, b);
    let zero = crate::constant::iconst_any(fx, ty, 0);
    let a_nonzero = fx.bcx.ins().icmp(IntCC::NotEqual, a, zero);
    let one = crate::constant::iconst_any(fx, ty, 1);
    // Divide by `a`, or by 1 when `a` is 0 (the check is then irrelevant).
    let divisor = fx.bcx.ins().select(a_nonzero, a, one);
    let minus_one = crate::constant::iconst_any(fx, ty, u128::MAX);
    let min = crate::constant::iconst_any(fx, ty, 1u128 << 127);
    let quotient = if signed {
        // `MIN / -1` would trap in the division itself.
        let res_is_min = fx.bcx.ins().icmp(IntCC::Equal, res, min);
        let div_is_m1 = fx.bcx.ins().icmp(IntCC::Equal, divisor, minus_one);
        let bad = fx.bcx.ins().band(res_is_min, div_is_m1);
        let safe_div = fx.bcx.ins().select(bad, one, divisor);
        call_libcall(fx, "__divti3", &[res, safe_div], &[ty, ty], ty)
    } else {
        call_libcall(fx, "__udivti3", &[res, divisor], &[ty, ty], ty)
    };
    let mismatch = fx.bcx.ins().icmp(IntCC::NotEqual, quotient, b);
    let mut overflow = fx.bcx.ins().band(a_nonzero, mismatch);
    if signed {
        let a_m1 = fx.bcx.ins().icmp(IntCC::Equal, a, minus_one);
        let b_min = fx.bcx.ins().icmp(IntCC::Equal, b, min);
        let a_min = fx.bcx.ins().icmp(IntCC::Equal, a, min);
        let b_m1 = fx.bcx.ins().icmp(IntCC::Equal, b, minus_one);
        let c1 = fx.bcx.ins().band(a_m1, b_min);
        let c2 = fx.bcx.ins().band(a_min, b_m1);
        let c = fx.bcx.ins().bor(c1, c2);
        overflow = fx.bcx.ins().bor(overflow, c);
    }
    (res, overflow)
}

/// Calls a C runtime function (libgcc, libm) by name.
pub fn call_libcall(
    fx: &mut FunctionCx<'_, '_>,
    name: &str,
    args: &[Value],
    params: &[ir::Type],
    ret: ir::Type,
) -> Value {
    let mut sig = ir::Signature::new(fx.cx.call_conv);
    for p in params {
        sig.params.push(ir::AbiParam::new(*p));
    }
    sig.returns.push(ir::AbiParam::new(ret));
    let Some(id) = fx.cx.declare_extern_fn(name, &sig) else {
        fx.tcx
            .sess
            .dcx
            .bug(fx.span(), format!("cannot declare `{name}`"));
        return args[0];
    };
    let r = fx.cx.module.declare_func_in_func(id, fx.bcx.func);
    let call = fx.bcx.ins().call(r, args);
    fx.bcx.inst_results(call)[0]
}

//! Binary and unary operators on scalars: integer arithmetic with the wrapping result and an
//! overflow flag (the checked MIR operators write both), floats through the host's IEEE
//! arithmetic, and pointer comparison and offsets. Also the text of the failed checks, with
//! values printed as rustc prints them (`u8::MAX`, `1_u8`, `-5_i64`).

use smelt_ast::{IntTy, UintTy};
use smelt_mir::{AssertKind, BinOp, Operand, UnOp};
use smelt_ty::{Ty, TyCtxt, TyKind};

use crate::error::{err, ub, InterpResult};
use crate::interp::InterpCx;
use crate::memory::{sign_extend, truncate, Scalar};
use crate::operand::OpVal;
use crate::place::MPlace;

impl InterpCx<'_> {
    pub fn binary_op_into(
        &mut self,
        op: BinOp,
        l: &Operand,
        r: &Operand,
        dest: &MPlace,
    ) -> InterpResult<()> {
        let lv = self.eval_operand(l)?;
        let rv = self.eval_operand(r)?;
        let (res, overflow) = self.binary_op(op, &lv, &rv)?;
        match op {
            BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
                let flag_offset = crate::place::field_offset(&dest.layout, 1)?;
                self.mem.write_scalar(dest.ptr, res)?;
                self.mem
                    .write_scalar(dest.ptr.offset(flag_offset), Scalar::from_bool(overflow))
            }
            _ => {
                // A constant's own arithmetic is always checked, as in rustc, even where the
                // body was built without overflow checks.
                if overflow
                    && self.stack.len() == 1
                    && matches!(
                        op,
                        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Shl | BinOp::Shr
                    )
                {
                    let msg = overflow_message(
                        self.tcx,
                        op,
                        (lv.ty(), self.to_bits(&lv)?),
                        (rv.ty(), self.to_bits(&rv)?),
                    );
                    return Err(err::eval(msg));
                }
                self.mem.write_scalar(dest.ptr, res)
            }
        }
    }

    /// `l op r`: the result and whether the operation overflowed.
    pub fn binary_op(&mut self, op: BinOp, l: &OpVal, r: &OpVal) -> InterpResult<(Scalar, bool)> {
        let tcx = self.tcx;
        let ty = l.ty();
        match tcx.kind(ty) {
            TyKind::Int(_) | TyKind::Uint(_) | TyKind::Bool | TyKind::Char => {
                let (size, signed) = int_info(tcx, ty).unwrap_or((l.bytes.len(), false));
                let (rsize, rsigned) = int_info(tcx, r.ty()).unwrap_or((r.bytes.len(), false));
                let a = self.to_bits(l)?;
                let b = self.to_bits(r)?;
                if op.is_comparison() {
                    return Ok((
                        Scalar::from_bool(int_compare(op, a, b, size, signed)),
                        false,
                    ));
                }
                let (v, o) = int_binop(op, a, b, size, signed, rsize, rsigned)?;
                Ok((Scalar::from_uint(v, size), o))
            }
            TyKind::Float(_) => {
                let size = l.bytes.len();
                let a = self.to_bits(l)?;
                let b = self.to_bits(r)?;
                float_binop(op, a, b, size)
            }
            TyKind::RawPtr(..) | TyKind::Ref(..) | TyKind::FnPtr(_) => {
                if op == BinOp::Offset {
                    let pointee = match tcx.kind(ty) {
                        TyKind::RawPtr(t, _) | TyKind::Ref(_, t, _) => t,
                        _ => tcx.types.u8,
                    };
                    let size = self.layout_of(pointee)?.size;
                    let p = self.to_scalar(l)?;
                    let n = self.to_bits(r)?;
                    let by = (sign_extend(n, r.bytes.len()) as i64).wrapping_mul(size as i64);
                    let ptr = p.to_ptr().offset(by as u64);
                    return Ok((Scalar::from_ptr(ptr, self.ptr_size()), false));
                }
                if !op.is_comparison() {
                    return Err(ub(format!("the operator {op:?} on pointers")));
                }
                Ok((Scalar::from_bool(self.ptr_compare(op, l, r)?), false))
            }
            _ => Err(err::unsupported(format!(
                "the operator {op:?} on values of type `{}` in constants",
                tcx.ty_string(ty)
            ))),
        }
    }

    /// Compares pointers (thin or fat). Pointers into different allocations have no order
    /// known at compile time.
    fn ptr_compare(&self, op: BinOp, l: &OpVal, r: &OpVal) -> InterpResult<bool> {
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let parts = |v: &OpVal| -> InterpResult<(Scalar, u128)> {
            let data = v.bytes.scalar_at(0, ps, ps, be)?;
            let meta = if v.bytes.len() >= ps * 2 {
                v.bytes.scalar_at(ps, ps, ps, be)?.bits
            } else {
                0
            };
            Ok((data, meta))
        };
        let (ld, lm) = parts(l)?;
        let (rd, rm) = parts(r)?;
        if ld.prov != rd.prov {
            let null_vs_alloc =
                (ld.prov.is_none() && ld.bits == 0) || (rd.prov.is_none() && rd.bits == 0);
            if null_vs_alloc && matches!(op, BinOp::Eq | BinOp::Ne) {
                return Ok(op == BinOp::Ne);
            }
            return Err(err::check(
                "pointers cannot be reliably compared during const eval",
                vec!["see issue #53020 <https://github.com/rust-lang/rust/issues/53020> for more information"],
            ));
        }
        let a = (ld.bits, lm);
        let b = (rd.bits, rm);
        Ok(match op {
            BinOp::Eq => a == b,
            BinOp::Ne => a != b,
            BinOp::Lt => a < b,
            BinOp::Le => a <= b,
            BinOp::Gt => a > b,
            _ => a >= b,
        })
    }

    pub fn unary_op_into(&mut self, op: UnOp, o: &Operand, dest: &MPlace) -> InterpResult<()> {
        let tcx = self.tcx;
        let v = self.eval_operand(o)?;
        let ty = v.ty();
        match op {
            UnOp::Not => {
                let size = v.bytes.len();
                let bits = self.to_bits(&v)?;
                let r = if tcx.kind(ty) == TyKind::Bool {
                    bits ^ 1
                } else {
                    truncate(!bits, size)
                };
                self.mem.write_scalar(dest.ptr, Scalar::from_uint(r, size))
            }
            UnOp::Neg => {
                let size = v.bytes.len();
                let bits = self.to_bits(&v)?;
                let r = match tcx.kind(ty) {
                    TyKind::Float(_) => bits ^ (1u128 << (size * 8 - 1)),
                    TyKind::Int(_) => {
                        let min = 1u128 << (size * 8 - 1);
                        if bits == min && self.stack.len() == 1 && !crate::terminator::is_literal(o)
                        {
                            return Err(err::eval(format!(
                                "attempt to negate `{}`, which would overflow",
                                const_int_str(tcx, ty, bits, true)
                            )));
                        }
                        truncate(0u128.wrapping_sub(bits), size)
                    }
                    _ => {
                        return Err(ub(format!(
                            "negating a value of type `{}`",
                            tcx.ty_string(ty)
                        )))
                    }
                };
                self.mem.write_scalar(dest.ptr, Scalar::from_uint(r, size))
            }
            UnOp::PtrMetadata => {
                let ps = self.ptr_size();
                if v.bytes.len() >= ps * 2 && dest.layout.size == ps {
                    let meta = v.bytes.slice(ps, ps);
                    self.write_bytes(dest, &meta)
                } else {
                    Ok(())
                }
            }
        }
    }
}

/// The size in bytes and signedness of an integer-like type.
pub fn int_info(tcx: &TyCtxt, ty: Ty) -> Option<(u64, bool)> {
    match tcx.kind(ty) {
        TyKind::Int(i) => Some((tcx.int_size(i), true)),
        TyKind::Uint(u) => Some((tcx.uint_size(u), false)),
        TyKind::Bool => Some((1, false)),
        TyKind::Char => Some((4, false)),
        _ => None,
    }
}

fn int_compare(op: BinOp, a: u128, b: u128, size: u64, signed: bool) -> bool {
    let ord = if signed {
        sign_extend(a, size).cmp(&sign_extend(b, size))
    } else {
        a.cmp(&b)
    };
    match op {
        BinOp::Eq => ord.is_eq(),
        BinOp::Ne => !ord.is_eq(),
        BinOp::Lt => ord.is_lt(),
        BinOp::Le => ord.is_le(),
        BinOp::Gt => ord.is_gt(),
        _ => ord.is_ge(),
    }
}

/// Integer `a op b` at `size` bytes: the truncated result and whether it overflowed.
pub fn int_binop(
    op: BinOp,
    a: u128,
    b: u128,
    size: u64,
    signed: bool,
    rsize: u64,
    rsigned: bool,
) -> InterpResult<(u128, bool)> {
    let bits = size * 8;
    Ok(match op.wrapping() {
        BinOp::Add | BinOp::Sub | BinOp::Mul => {
            if signed {
                let (x, y) = (sign_extend(a, size), sign_extend(b, size));
                let (r, o) = match op.wrapping() {
                    BinOp::Add => x.overflowing_add(y),
                    BinOp::Sub => x.overflowing_sub(y),
                    _ => x.overflowing_mul(y),
                };
                let t = truncate(r as u128, size);
                (t, o || sign_extend(t, size) != r)
            } else {
                let (r, o) = match op.wrapping() {
                    BinOp::Add => a.overflowing_add(b),
                    BinOp::Sub => a.overflowing_sub(b),
                    _ => a.overflowing_mul(b),
                };
                let t = truncate(r, size);
                (t, o || t != r)
            }
        }
        BinOp::Div | BinOp::Rem => {
            if b == 0 {
                return Err(ub(if op == BinOp::Div {
                    "dividing by zero"
                } else {
                    "calculating the remainder with a divisor of zero"
                }));
            }
            if signed {
                let (x, y) = (sign_extend(a, size), sign_extend(b, size));
                let min = sign_extend(1u128 << (bits - 1), size);
                if x == min && y == -1 {
                    return Ok((
                        if op == BinOp::Div {
                            truncate(min as u128, size)
                        } else {
                            0
                        },
                        true,
                    ));
                }
                let r = if op == BinOp::Div { x / y } else { x % y };
                (truncate(r as u128, size), false)
            } else {
                (if op == BinOp::Div { a / b } else { a % b }, false)
            }
        }
        BinOp::Shl | BinOp::Shr => {
            let amount = if rsigned {
                sign_extend(b, rsize) as u128
            } else {
                b
            };
            let overflow = amount >= bits as u128;
            let masked = (amount & (bits as u128 - 1)) as u32;
            let r = if op == BinOp::Shl {
                truncate(a << masked, size)
            } else if signed {
                truncate((sign_extend(a, size) >> masked) as u128, size)
            } else {
                a >> masked
            };
            (r, overflow)
        }
        BinOp::BitAnd => (a & b, false),
        BinOp::BitOr => (a | b, false),
        BinOp::BitXor => (a ^ b, false),
        other => return Err(ub(format!("the operator {other:?} on integers"))),
    })
}

fn float_binop(op: BinOp, a: u128, b: u128, size: u64) -> InterpResult<(Scalar, bool)> {
    macro_rules! go {
        ($f:ty, $bits:ty) => {{
            let x = <$f>::from_bits(a as $bits);
            let y = <$f>::from_bits(b as $bits);
            let v = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div => x / y,
                BinOp::Rem => x % y,
                BinOp::Eq => return Ok((Scalar::from_bool(x == y), false)),
                BinOp::Ne => return Ok((Scalar::from_bool(x != y), false)),
                BinOp::Lt => return Ok((Scalar::from_bool(x < y), false)),
                BinOp::Le => return Ok((Scalar::from_bool(x <= y), false)),
                BinOp::Gt => return Ok((Scalar::from_bool(x > y), false)),
                BinOp::Ge => return Ok((Scalar::from_bool(x >= y), false)),
                other => return Err(ub(format!("the operator {other:?} on floats"))),
            };
            // A NaN made from non-NaN operands is the positive quiet NaN, as rustc's
            // soft-float evaluation gives (the host's hardware may give another one).
            let v = if v.is_nan() && !x.is_nan() && !y.is_nan() {
                <$f>::from_bits(<$f>::NAN.to_bits() & !(1 << (<$bits>::BITS - 1)))
            } else {
                v
            };
            Ok((Scalar::from_uint(v.to_bits() as u128, size), false))
        }};
    }
    match size {
        4 => go!(f32, u32),
        8 => go!(f64, u64),
        _ => Err(err::unsupported(
            "arithmetic on `f16` and `f128` in constants",
        )),
    }
}

/// An integer as rustc's `ConstInt` prints it: `u8::MAX`, `i32::MIN`, or the value with its
/// type as a suffix (`1_u8`) when `alternate`.
pub fn const_int_str(tcx: &TyCtxt, ty: Ty, bits: u128, alternate: bool) -> String {
    let (name, size, signed) = match tcx.kind(ty) {
        TyKind::Int(i) => (int_name(i), tcx.int_size(i), true),
        TyKind::Uint(u) => (uint_name(u), tcx.uint_size(u), false),
        TyKind::Bool => return (bits != 0).to_string(),
        TyKind::Char => return format!("{:?}", char::from_u32(bits as u32).unwrap_or('\u{fffd}')),
        _ => return bits.to_string(),
    };
    let bits = truncate(bits, size);
    if signed {
        let min = 1u128 << (size * 8 - 1);
        if bits == min {
            return format!("{name}::MIN");
        }
        if bits == min - 1 {
            return format!("{name}::MAX");
        }
        let v = sign_extend(bits, size);
        if alternate {
            format!("{v}_{name}")
        } else {
            v.to_string()
        }
    } else {
        if bits == truncate(u128::MAX, size) {
            return format!("{name}::MAX");
        }
        if alternate {
            format!("{bits}_{name}")
        } else {
            bits.to_string()
        }
    }
}

fn int_name(i: IntTy) -> &'static str {
    match i {
        IntTy::I8 => "i8",
        IntTy::I16 => "i16",
        IntTy::I32 => "i32",
        IntTy::I64 => "i64",
        IntTy::I128 => "i128",
        IntTy::Isize => "isize",
    }
}

fn uint_name(u: UintTy) -> &'static str {
    match u {
        UintTy::U8 => "u8",
        UintTy::U16 => "u16",
        UintTy::U32 => "u32",
        UintTy::U64 => "u64",
        UintTy::U128 => "u128",
        UintTy::Usize => "usize",
    }
}

/// rustc's message for an arithmetic overflow of `l op r`.
pub fn overflow_message(tcx: &TyCtxt, op: BinOp, l: (Ty, u128), r: (Ty, u128)) -> String {
    let ls = const_int_str(tcx, l.0, l.1, true);
    let rs = const_int_str(tcx, r.0, r.1, true);
    match op.wrapping() {
        BinOp::Shl => format!("attempt to shift left by `{rs}`, which would overflow"),
        BinOp::Shr => format!("attempt to shift right by `{rs}`, which would overflow"),
        other => {
            let sym = match other {
                BinOp::Add => "+",
                BinOp::Sub => "-",
                BinOp::Mul => "*",
                BinOp::Div => "/",
                _ => "%",
            };
            format!("attempt to compute `{ls} {sym} {rs}`, which would overflow")
        }
    }
}

impl InterpCx<'_> {
    /// The message of a failed `Assert` terminator, with its operands' values.
    pub fn assert_message(&mut self, msg: &AssertKind) -> InterpResult<String> {
        let tcx = self.tcx;
        let val = |cx: &mut Self, o: &Operand| -> InterpResult<(Ty, u128)> {
            let v = cx.eval_operand(o)?;
            Ok((v.ty(), cx.to_bits(&v)?))
        };
        Ok(match msg {
            AssertKind::BoundsCheck { len, index } => {
                let (lt, l) = val(self, len)?;
                let (it, i) = val(self, index)?;
                format!(
                    "index out of bounds: the length is {} but the index is {}",
                    const_int_str(tcx, lt, l, false),
                    const_int_str(tcx, it, i, false)
                )
            }
            AssertKind::Overflow(op, l, r) => {
                let l = val(self, l)?;
                let r = val(self, r)?;
                overflow_message(tcx, *op, l, r)
            }
            AssertKind::OverflowNeg(o) => {
                let (t, v) = val(self, o)?;
                format!(
                    "attempt to negate `{}`, which would overflow",
                    const_int_str(tcx, t, v, true)
                )
            }
            AssertKind::DivisionByZero(o) => {
                let (t, v) = val(self, o)?;
                format!(
                    "attempt to divide `{}` by zero",
                    const_int_str(tcx, t, v, true)
                )
            }
            AssertKind::RemainderByZero(o) => {
                let (t, v) = val(self, o)?;
                format!(
                    "attempt to calculate the remainder of `{}` with a divisor of zero",
                    const_int_str(tcx, t, v, true)
                )
            }
        })
    }
}

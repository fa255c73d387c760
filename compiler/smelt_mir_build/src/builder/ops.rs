//! Built-in arithmetic with rustc's run-time checks: overflow of `+ - *` and of shifts
//! (when overflow checks are on), division and remainder by zero and `MIN / -1` (always).

use smelt_mir::*;
use smelt_span::Span;
use smelt_ty::{ScalarInt, Ty, TyKind};

use super::{BlockAnd, Builder};

impl Builder<'_> {
    fn int_info(&self, ty: Ty) -> Option<(bool, u64)> {
        let tcx = self.tcx;
        match tcx.kind(ty) {
            TyKind::Int(i) => Some((true, tcx.int_size(i))),
            TyKind::Uint(u) => Some((false, tcx.uint_size(u))),
            _ => None,
        }
    }

    fn const_int(&self, ty: Ty, value: i128, size: u64, span: Span) -> Operand {
        Operand::const_scalar(self.tcx, ty, ScalarInt::from_int(value, size as u8), span)
    }

    fn assert(
        &mut self,
        block: BasicBlock,
        cond: Operand,
        expected: bool,
        msg: AssertKind,
        span: Span,
    ) -> BasicBlock {
        let next = self.new_block();
        self.terminate(
            block,
            span,
            TerminatorKind::Assert {
                cond,
                expected,
                msg: Box::new(msg),
                target: next,
                unwind: UnwindAction::Continue,
            },
        );
        next
    }

    /// `lhs op rhs` with the checks rustc inserts.
    pub fn build_binary_op(
        &mut self,
        block: BasicBlock,
        op: BinOp,
        lhs: Operand,
        rhs: Operand,
        ty: Ty,
        span: Span,
    ) -> BlockAnd<Rvalue> {
        let tcx = self.tcx;
        let mut block = block;
        let Some((signed, size)) = self.int_info(ty) else {
            return (block, Rvalue::BinaryOp(op, Box::new((lhs, rhs))));
        };
        // Operands are used twice (in the check and the operation): keep them in temporaries.
        let lhs = self.materialize(block, lhs, span);
        let rhs = self.materialize(block, rhs, span);
        if self.overflow_checks {
            if let Some(checked) = op.with_overflow() {
                let tup = tcx.mk_tup(&[ty, tcx.types.bool]);
                let t = self.scoped_temp(block, tup, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(t),
                    Rvalue::BinaryOp(checked, Box::new((lhs.clone(), rhs.clone()))),
                );
                let overflowed = Operand::Move(
                    Place::from(t).field(smelt_ty::FieldIdx::from_u32(1), tcx.types.bool),
                );
                block = self.assert(
                    block,
                    overflowed,
                    false,
                    AssertKind::Overflow(op, lhs, rhs),
                    span,
                );
                return (
                    block,
                    Rvalue::Use(Operand::Move(
                        Place::from(t).field(smelt_ty::FieldIdx::from_u32(0), ty),
                    )),
                );
            }
            if matches!(op, BinOp::Shl | BinOp::Shr) {
                // The shift amount, as an unsigned number, must be below the bit width.
                let rhs_ty = rhs.ty(&self.body_view(), tcx);
                let rhs_size = self.int_info(rhs_ty).map_or(size, |(_, s)| s);
                let rhs_unsigned = match rhs_size {
                    1 => tcx.types.u8,
                    2 => tcx.types.u16,
                    4 => tcx.types.u32,
                    8 => tcx.types.u64,
                    _ => tcx.types.u128,
                };
                let as_unsigned = self.scoped_temp(block, rhs_unsigned, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(as_unsigned),
                    Rvalue::Cast(CastKind::IntToInt, rhs.clone(), rhs_unsigned),
                );
                let bits = self.const_int(rhs_unsigned, (size * 8) as i128, rhs_size, span);
                let ok = self.scoped_temp(block, tcx.types.bool, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(ok),
                    Rvalue::BinaryOp(
                        BinOp::Lt,
                        Box::new((Operand::Copy(Place::from(as_unsigned)), bits)),
                    ),
                );
                block = self.assert(
                    block,
                    Operand::Move(Place::from(ok)),
                    true,
                    AssertKind::Overflow(op, lhs.clone(), rhs.clone()),
                    span,
                );
            }
        }
        if matches!(op, BinOp::Div | BinOp::Rem) {
            let zero = self.const_int(ty, 0, size, span);
            let is_zero = self.scoped_temp(block, tcx.types.bool, span);
            self.push_assign(
                block,
                span,
                Place::from(is_zero),
                Rvalue::BinaryOp(BinOp::Eq, Box::new((rhs.clone(), zero))),
            );
            let msg = if op == BinOp::Div {
                AssertKind::DivisionByZero(lhs.clone())
            } else {
                AssertKind::RemainderByZero(lhs.clone())
            };
            block = self.assert(block, Operand::Move(Place::from(is_zero)), false, msg, span);
            if signed {
                // `MIN / -1` overflows.
                let minus_one = self.const_int(ty, -1, size, span);
                let min = self.const_int(ty, i128::MIN >> (128 - size * 8), size, span);
                let is_neg1 = self.scoped_temp(block, tcx.types.bool, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(is_neg1),
                    Rvalue::BinaryOp(BinOp::Eq, Box::new((rhs.clone(), minus_one))),
                );
                let is_min = self.scoped_temp(block, tcx.types.bool, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(is_min),
                    Rvalue::BinaryOp(BinOp::Eq, Box::new((lhs.clone(), min))),
                );
                let both = self.scoped_temp(block, tcx.types.bool, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(both),
                    Rvalue::BinaryOp(
                        BinOp::BitAnd,
                        Box::new((
                            Operand::Move(Place::from(is_neg1)),
                            Operand::Move(Place::from(is_min)),
                        )),
                    ),
                );
                block = self.assert(
                    block,
                    Operand::Move(Place::from(both)),
                    false,
                    AssertKind::Overflow(op, lhs.clone(), rhs.clone()),
                    span,
                );
            }
        }
        (block, Rvalue::BinaryOp(op, Box::new((lhs, rhs))))
    }

    /// `-x`, checking for `-MIN` when overflow checks are on.
    pub fn build_neg(
        &mut self,
        block: BasicBlock,
        operand: Operand,
        ty: Ty,
        span: Span,
    ) -> BlockAnd<Rvalue> {
        let tcx = self.tcx;
        let mut block = block;
        if let Some((true, size)) = self.int_info(ty) {
            if self.overflow_checks {
                let operand = self.materialize(block, operand, span);
                let min = self.const_int(ty, i128::MIN >> (128 - size * 8), size, span);
                let is_min = self.scoped_temp(block, tcx.types.bool, span);
                self.push_assign(
                    block,
                    span,
                    Place::from(is_min),
                    Rvalue::BinaryOp(BinOp::Eq, Box::new((operand.clone(), min))),
                );
                block = self.assert(
                    block,
                    Operand::Move(Place::from(is_min)),
                    false,
                    AssertKind::OverflowNeg(operand.clone()),
                    span,
                );
                return (block, Rvalue::UnaryOp(UnOp::Neg, operand));
            }
        }
        (block, Rvalue::UnaryOp(UnOp::Neg, operand))
    }

    /// An operand that can be used twice: integer operands are `Copy`, so a move becomes a
    /// copy.
    fn materialize(&mut self, _block: BasicBlock, op: Operand, _span: Span) -> Operand {
        match op {
            Operand::Move(p) => Operand::Copy(p),
            other => other,
        }
    }
}

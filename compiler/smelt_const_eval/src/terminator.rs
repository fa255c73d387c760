//! Terminators: jumps, switches, checks, returns and calls. A call of a `const fn` pushes a
//! frame for its MIR; calls of intrinsics and of the library's panic entry points are
//! evaluated here directly; a call of anything else is rustc's E0015.

use smelt_hir::{CtorKind, DefKind, LangItem};
use smelt_mir::{AssertKind, BasicBlock, ConstKind, Operand, Place, Terminator, TerminatorKind};
use smelt_ty::{Instance, InstanceKind, TyKind, TypeFlagsExt};

use crate::error::{err, ub, InterpError, InterpResult};
use crate::interp::{too_generic, InterpCx};
use crate::operand::OpVal;

impl InterpCx<'_> {
    /// Runs a terminator; `true` when the outermost frame returned.
    pub fn terminator(&mut self, t: &Terminator) -> InterpResult<bool> {
        match &t.kind {
            TerminatorKind::Goto { target } => self.goto(*target),
            TerminatorKind::FalseEdge { real_target, .. }
            | TerminatorKind::FalseUnwind { real_target, .. } => self.goto(*real_target),
            TerminatorKind::SwitchInt { discr, targets } => {
                let v = self.eval_operand(discr)?;
                let size = v.bytes.len();
                let bits = self.to_bits(&v)?;
                let target = targets
                    .iter()
                    .find(|(value, _)| crate::memory::truncate(*value, size) == bits)
                    .map_or_else(|| targets.otherwise(), |(_, b)| b);
                self.goto(target)
            }
            TerminatorKind::Assert {
                cond,
                expected,
                msg,
                target,
                ..
            } => {
                let v = self.eval_operand(cond)?;
                let b = self.to_bits(&v)? != 0;
                // `-128i8` is a negated literal, which rustc folds into the constant -128
                // before any check; smelt's MIR checks the negation, which must pass here.
                let negated_literal = matches!(&**msg, AssertKind::OverflowNeg(o) if is_literal(o));
                if b != *expected && !negated_literal {
                    let text = self.assert_message(msg)?;
                    return Err(err::eval(text));
                }
                self.goto(*target)
            }
            TerminatorKind::Return => self.return_from_frame(),
            TerminatorKind::Unreachable => Err(ub("entering unreachable code")),
            TerminatorKind::UnwindResume | TerminatorKind::UnwindTerminate => {
                Err(err::unsupported("unwinding during constant evaluation"))
            }
            TerminatorKind::Drop { place, target, .. } => {
                let ty = self.mono_ty(place.ty(&self.frame().body.clone(), self.tcx).ty);
                if self.tcx.needs_drop(ty) {
                    return Err(err::unsupported(format!(
                        "running the destructor of `{}` during constant evaluation",
                        self.tcx.ty_string(ty)
                    )));
                }
                self.goto(*target)
            }
            TerminatorKind::Call {
                func,
                args,
                destination,
                target,
                ..
            } => {
                self.call(func, args, destination, *target)?;
                Ok(false)
            }
        }
    }

    fn goto(&mut self, target: BasicBlock) -> InterpResult<bool> {
        let f = self.frame_mut();
        f.block = target;
        f.stmt = 0;
        Ok(false)
    }

    fn return_from_frame(&mut self) -> InterpResult<bool> {
        if self.stack.len() == 1 {
            return Ok(true);
        }
        let ret = self.local_place(smelt_mir::Local::RETURN_PLACE)?;
        let value = self.read_place(&ret)?;
        let Some(frame) = self.pop_frame(&value.bytes) else {
            return Ok(true);
        };
        if let Some(dest) = &frame.ret_place {
            self.write_bytes(dest, &value.bytes)?;
        }
        match frame.ret_target {
            Some(t) => self.goto(t),
            None => Err(ub("entering unreachable code")),
        }
    }

    fn call(
        &mut self,
        func: &Operand,
        args: &[Operand],
        destination: &Place,
        target: Option<BasicBlock>,
    ) -> InterpResult<()> {
        let tcx = self.tcx;
        let fty = self.mono_ty(func.ty(&self.frame().body.clone(), tcx));
        let instance = match tcx.kind(fty) {
            TyKind::FnDef(def, fargs) => match tcx.resolve_instance(def, fargs) {
                Some(i) => i,
                None if fargs.has_params(tcx) => return Err(too_generic()),
                None => {
                    return Err(ub(format!(
                        "calling `{}`, which has no implementation for these types",
                        crate::names::instance_path(tcx, def, fargs)
                    )))
                }
            },
            TyKind::FnPtr(_) => {
                return Err(err::check(
                    format!(
                        "function pointer calls are not allowed in {}",
                        self.context_str()
                    ),
                    vec![],
                ));
            }
            _ => {
                return Err(ub(format!(
                    "calling a value of type `{}`",
                    tcx.ty_string(fty)
                )))
            }
        };
        let mut arg_vals = Vec::with_capacity(args.len());
        for a in args {
            arg_vals.push(self.eval_operand(a)?);
        }
        let dest = self.eval_place(destination)?;
        let def = instance.def_id();
        if let Some(item) = tcx.hir.lang_items.of_def(def) {
            if let Some(msg) = self.panic_message(item, instance, &arg_vals)? {
                return Err(err::panic(&msg));
            }
        }
        match instance.def {
            InstanceKind::Intrinsic(_) => {
                let returns = self.call_intrinsic(instance, &arg_vals, &dest, target)?;
                match (returns, target) {
                    (false, _) => Ok(()),
                    (true, Some(t)) => self.goto(t).map(|_| ()),
                    (true, None) => Err(ub("entering unreachable code")),
                }
            }
            InstanceKind::DropGlue(_, None) => match target {
                Some(t) => self.goto(t).map(|_| ()),
                None => Err(ub("entering unreachable code")),
            },
            InstanceKind::Item(def) => {
                self.check_const_callee(instance)?;
                let body = smelt_mir::optimized_mir(tcx, smelt_ty::InstanceKind::Item(def));
                self.push_frame(def, instance.args, body, arg_vals, Some(dest), target)
            }
            InstanceKind::Virtual(..) => Err(err::unsupported(
                "calling a trait object's method in a constant",
            )),
            InstanceKind::DropGlue(_, Some(ty)) => Err(err::unsupported(format!(
                "running the destructor of `{}` during constant evaluation",
                tcx.ty_string(ty)
            ))),
            _ => Err(err::unsupported(format!(
                "calling `{}` in a constant",
                crate::names::instance_path(tcx, def, instance.args)
            ))),
        }
    }

    /// Constants may only call `const fn`s and constructors (E0015).
    fn check_const_callee(&self, instance: Instance) -> InterpResult<()> {
        let tcx = self.tcx;
        let def = instance.def_id();
        let (kind, is_const, note_def) = match tcx.def_kind(def) {
            DefKind::Ctor(_, CtorKind::Fn) => return Ok(()),
            DefKind::Closure => ("closure", false, false),
            DefKind::Fn => ("function", fn_is_const(tcx, def), true),
            DefKind::AssocFn => {
                let has_self = tcx
                    .hir
                    .owner(def)
                    .and_then(|o| o.fn_sig())
                    .is_some_and(|s| s.decl.implicit_self.is_some());
                (
                    if has_self {
                        "method"
                    } else {
                        "associated function"
                    },
                    fn_is_const(tcx, def),
                    false,
                )
            }
            _ => ("function", false, false),
        };
        if is_const {
            return Ok(());
        }
        Err(Box::new(InterpError::NonConstCall {
            kind,
            path: crate::names::instance_path(tcx, def, instance.args),
            def,
            note_def,
        }))
    }

    /// For the library's panic entry points: the panic message.
    fn panic_message(
        &mut self,
        item: LangItem,
        instance: Instance,
        args: &[OpVal],
    ) -> InterpResult<Option<String>> {
        let tcx = self.tcx;
        let ps = self.ptr_size();
        Ok(Some(match item {
            LangItem::Panic | LangItem::PanicNounwind => match args.first() {
                Some(v) => {
                    let (data, len) = self.to_pair(v)?;
                    self.read_str(data, len.bits as u64)?
                }
                None => return Ok(None),
            },
            LangItem::PanicDisplay => {
                // `panic_display(&x)` with `x: &str` (or `x: str`).
                let Some(v) = args.first() else {
                    return Ok(None);
                };
                let inner_ty = tcx.args(instance.args).first().and_then(|a| a.as_type());
                match inner_ty.map(|t| tcx.kind(t)) {
                    Some(TyKind::Str) => {
                        let (data, len) = self.to_pair(v)?;
                        self.read_str(data, len.bits as u64)?
                    }
                    Some(TyKind::Ref(_, s, _)) if tcx.kind(s) == TyKind::Str => {
                        let p = self.to_scalar(v)?.to_ptr();
                        self.prepare_read(p)?;
                        let fat = self.mem.read_bytes(p, ps * 2)?;
                        let be = self.mem.big_endian;
                        let data = fat.scalar_at(0, ps, ps, be)?;
                        let len = fat.scalar_at(ps, ps, ps, be)?;
                        self.read_str(data, len.bits as u64)?
                    }
                    _ => {
                        return Err(err::unsupported(
                            "panicking with a non-string payload in a constant",
                        ))
                    }
                }
            }
            LangItem::PanicFmt => match args.first() {
                Some(v) => self.format_arguments_message(v)?,
                None => return Ok(None),
            },
            LangItem::PanicBoundsCheck => {
                let idx = args
                    .first()
                    .map(|v| self.to_bits(v))
                    .transpose()?
                    .unwrap_or(0);
                let len = args
                    .get(1)
                    .map(|v| self.to_bits(v))
                    .transpose()?
                    .unwrap_or(0);
                format!("index out of bounds: the length is {len} but the index is {idx}")
            }
            LangItem::PanicConstAddOverflow => "attempt to add with overflow".into(),
            LangItem::PanicConstSubOverflow => "attempt to subtract with overflow".into(),
            LangItem::PanicConstMulOverflow => "attempt to multiply with overflow".into(),
            LangItem::PanicConstDivOverflow => "attempt to divide with overflow".into(),
            LangItem::PanicConstRemOverflow => {
                "attempt to calculate the remainder with overflow".into()
            }
            LangItem::PanicConstNegOverflow => "attempt to negate with overflow".into(),
            LangItem::PanicConstShlOverflow => "attempt to shift left with overflow".into(),
            LangItem::PanicConstShrOverflow => "attempt to shift right with overflow".into(),
            LangItem::PanicConstDivByZero => "attempt to divide by zero".into(),
            LangItem::PanicConstRemByZero => {
                "attempt to calculate the remainder with a divisor of zero".into()
            }
            _ => return Ok(None),
        }))
    }

    /// The message of a `fmt::Arguments` without arguments: its literal pieces. Formatting
    /// arguments is not possible in constants (E0015 in rustc).
    fn format_arguments_message(&mut self, v: &OpVal) -> InterpResult<String> {
        let tcx = self.tcx;
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let TyKind::Adt(def, _) = tcx.kind(v.ty()) else {
            return Err(err::unsupported(
                "panicking with this payload in a constant",
            ));
        };
        let adt = tcx.adt_def(def);
        if adt.is_enum() {
            return Err(err::unsupported(
                "panicking with this payload in a constant",
            ));
        }
        let field_offset = |name: &str| {
            adt.non_enum_variant()
                .fields
                .iter()
                .position(|f| tcx.str(f.name) == name)
                .and_then(|i| crate::place::field_offset(&v.tl.layout, i).ok())
        };
        let (Some(pieces_off), args_off) = (field_offset("pieces"), field_offset("args")) else {
            return Err(err::unsupported(
                "the library's `fmt::Arguments` layout in constants",
            ));
        };
        if let Some(off) = args_off {
            let n = v.bytes.scalar_at(off + ps, ps, ps, be)?;
            if n.bits != 0 {
                return Err(Box::new(InterpError::NonConstCall {
                    kind: "formatting macro",
                    path: String::new(),
                    def,
                    note_def: false,
                }));
            }
        }
        let data = v.bytes.scalar_at(pieces_off, ps, ps, be)?;
        let count = v.bytes.scalar_at(pieces_off + ps, ps, ps, be)?;
        let mut msg = String::new();
        for i in 0..count.bits as u64 {
            let p = data.to_ptr().offset(i * ps * 2);
            self.prepare_read(p)?;
            let piece = self.mem.read_bytes(p, ps * 2)?;
            let d = piece.scalar_at(0, ps, ps, be)?;
            let l = piece.scalar_at(ps, ps, ps, be)?;
            msg.push_str(&self.read_str(d, l.bits as u64)?);
        }
        Ok(msg)
    }
}

/// Whether a function is declared `const fn`.
pub fn fn_is_const(tcx: &smelt_ty::TyCtxt, def: smelt_hir::DefId) -> bool {
    tcx.hir
        .owner(def)
        .and_then(|o| o.fn_sig())
        .is_some_and(|s| s.header.constness)
}

/// Whether an operand is a literal (a constant with its value written in the MIR, not a
/// named constant).
pub fn is_literal(o: &Operand) -> bool {
    matches!(o, Operand::Constant(c) if matches!(c.kind, ConstKind::Val(_)))
}

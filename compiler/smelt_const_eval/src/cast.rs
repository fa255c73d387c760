//! Casts: between integers (truncating or extending by the source's signedness), integers
//! and floats (Rust's `as` semantics, saturating), pointers (keeping or dropping metadata),
//! function items to function pointers, unsizing (`&[T; N]` to `&[T]`, `&T` to
//! `&dyn Trait`) and transmutes. A pointer never becomes an integer: its address is unknown
//! at compile time.

use smelt_mir::{CastKind, Operand};
use smelt_ty::typeck_results::PointerCoercion;
use smelt_ty::{ExistentialPredicate, TraitRef, Ty, TyKind};

use crate::error::{err, ub, InterpResult};
use crate::interp::{too_generic, InterpCx};
use crate::memory::{sign_extend, Bytes, Ptr, Scalar};
use crate::operator::int_info;
use crate::place::MPlace;

impl InterpCx<'_> {
    pub fn cast_into(
        &mut self,
        kind: CastKind,
        op: &Operand,
        to: Ty,
        dest: &MPlace,
    ) -> InterpResult<()> {
        let tcx = self.tcx;
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        if let CastKind::PointerCoercion(PointerCoercion::ReifyFnPointer) = kind {
            let from = self.mono_ty(op.ty(&self.frame().body.clone(), tcx));
            let TyKind::FnDef(def, args) = tcx.kind(from) else {
                return Err(ub("reifying a value that is not a function item"));
            };
            let Some(instance) = tcx.resolve_instance(def, args) else {
                return Err(too_generic());
            };
            let id = self.function_alloc(instance);
            return self.write_scalar(dest, Scalar::from_ptr(Ptr::new(id, 0), ps));
        }
        let v = self.eval_operand(op)?;
        let from = v.ty();
        match kind {
            CastKind::IntToInt => {
                let bits = self.to_bits(&v)?;
                let (fsize, fsigned) = int_info(tcx, from).unwrap_or((v.bytes.len(), false));
                let tsize = dest.layout.size;
                let wide = if fsigned {
                    sign_extend(bits, fsize) as u128
                } else {
                    bits
                };
                self.write_scalar(dest, Scalar::from_uint(wide, tsize))
            }
            CastKind::IntToFloat => {
                let bits = self.to_bits(&v)?;
                let (fsize, fsigned) = int_info(tcx, from).unwrap_or((v.bytes.len(), false));
                let r = match (dest.layout.size, fsigned) {
                    (4, true) => (sign_extend(bits, fsize) as f32).to_bits() as u128,
                    (4, false) => (bits as f32).to_bits() as u128,
                    (8, true) => (sign_extend(bits, fsize) as f64).to_bits() as u128,
                    (8, false) => (bits as f64).to_bits() as u128,
                    _ => return Err(err::unsupported("casts to `f16` and `f128` in constants")),
                };
                self.write_scalar(dest, Scalar::from_uint(r, dest.layout.size))
            }
            CastKind::FloatToInt => {
                let bits = self.to_bits(&v)?;
                let f = match v.bytes.len() {
                    4 => f32::from_bits(bits as u32) as f64,
                    8 => f64::from_bits(bits as u64),
                    _ => return Err(err::unsupported("casts from `f16` and `f128` in constants")),
                };
                let (tsize, tsigned) = int_info(tcx, to).unwrap_or((dest.layout.size, false));
                let r = float_to_int(f, tsize, tsigned);
                self.write_scalar(dest, Scalar::from_uint(r, tsize))
            }
            CastKind::FloatToFloat => {
                let bits = self.to_bits(&v)?;
                let r = match (v.bytes.len(), dest.layout.size) {
                    (4, 8) => (f32::from_bits(bits as u32) as f64).to_bits() as u128,
                    (8, 4) => (f64::from_bits(bits as u64) as f32).to_bits() as u128,
                    (a, b) if a == b => bits,
                    _ => {
                        return Err(err::unsupported(
                            "casts between `f16`/`f128` and other floats in constants",
                        ))
                    }
                };
                self.write_scalar(dest, Scalar::from_uint(r, dest.layout.size))
            }
            CastKind::PtrToPtr | CastKind::FnPtrToPtr => {
                // Thin to thin, fat to fat, or fat to thin (the metadata is dropped).
                let n = dest.layout.size.min(v.bytes.len());
                let bytes = v.bytes.slice(0, n);
                let mut out = Bytes::uninit(dest.layout.size);
                out.put_bytes(0, &bytes);
                self.write_bytes(dest, &out)
            }
            CastKind::PointerExposeProvenance => {
                let s = v.bytes.scalar_at(0, ps, ps, be)?;
                if s.prov.is_some() {
                    return Err(err::check(
                        "pointers cannot be cast to integers during const eval",
                        vec![
                            "at compile-time, pointers do not have an integer value",
                            "avoiding this restriction via `transmute`, `union`, or raw pointers leads to compile-time undefined behavior",
                        ],
                    ));
                }
                self.write_scalar(dest, Scalar::from_uint(s.bits, dest.layout.size))
            }
            CastKind::PointerWithExposedProvenance => {
                let bits = self.to_bits(&v)?;
                self.write_scalar(dest, Scalar::from_uint(bits, ps))
            }
            CastKind::PointerCoercion(
                PointerCoercion::UnsafeFnPointer | PointerCoercion::MutToConstPointer,
            ) => self.write_bytes(dest, &v.bytes),
            CastKind::PointerCoercion(PointerCoercion::ClosureFnPointer) => Err(err::unsupported(
                "turning a closure into a function pointer in a constant",
            )),
            CastKind::PointerCoercion(PointerCoercion::Unsize) => self.unsize(&v, from, to, dest),
            CastKind::PointerCoercion(PointerCoercion::ReifyFnPointer) => Ok(()),
            CastKind::Transmute => {
                if v.bytes.len() != dest.layout.size {
                    return Err(ub(format!(
                        "transmuting from {}-byte type to {}-byte type: `{}` -> `{}`",
                        v.bytes.len(),
                        dest.layout.size,
                        tcx.ty_string(from),
                        tcx.ty_string(to)
                    )));
                }
                self.write_bytes(dest, &v.bytes)
            }
        }
    }

    /// `&[T; N]` to `&[T]`, `&T` to `&dyn Trait` (and the raw pointer forms).
    fn unsize(
        &mut self,
        v: &crate::operand::OpVal,
        from: Ty,
        to: Ty,
        dest: &MPlace,
    ) -> InterpResult<()> {
        let tcx = self.tcx;
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let pointee = |t: Ty| match tcx.kind(t) {
            TyKind::Ref(_, p, _) | TyKind::RawPtr(p, _) => Some(p),
            _ => None,
        };
        let (Some(src), Some(dst)) = (pointee(from), pointee(to)) else {
            return Err(err::unsupported(format!(
                "unsizing `{}` to `{}` in a constant",
                tcx.ty_string(from),
                tcx.ty_string(to)
            )));
        };
        let data = v.bytes.slice(0, ps);
        let mut out = Bytes::uninit(dest.layout.size);
        out.put_bytes(0, &data);
        match (tcx.kind(src), tcx.kind(dst)) {
            (TyKind::Array(_, len), TyKind::Slice(_)) => {
                let n = self.eval_ty_const(len)?;
                out.put_scalar(ps, Scalar::from_uint(n, ps), be);
            }
            (_, TyKind::Dynamic(preds, _)) if !matches!(tcx.kind(src), TyKind::Dynamic(..)) => {
                let principal = tcx.existentials(preds).iter().find_map(|p| match *p {
                    ExistentialPredicate::Trait { def_id, args } => {
                        let mut all = vec![smelt_ty::GenericArg::Type(src)];
                        all.extend(tcx.args(args).iter().copied());
                        Some(TraitRef {
                            def_id,
                            args: tcx.mk_args(&all),
                        })
                    }
                    _ => None,
                });
                let id = self.vtable_alloc(src, principal);
                out.put_scalar(ps, Scalar::from_ptr(Ptr::new(id, 0), ps), be);
            }
            _ => {
                return Err(err::unsupported(format!(
                    "unsizing `{}` to `{}` in a constant",
                    tcx.ty_string(from),
                    tcx.ty_string(to)
                )))
            }
        }
        self.write_bytes(dest, &out)
    }
}

/// Rust's saturating float-to-integer `as`: NaN is 0, out-of-range values clamp.
/// An `f32` converts exactly to `f64`, so one path serves both.
fn float_to_int(f: f64, tsize: u64, signed: bool) -> u128 {
    macro_rules! cast {
        ($t:ty) => {
            (f as $t) as u128
        };
    }
    let r = match (tsize, signed) {
        (1, true) => cast!(i8),
        (2, true) => cast!(i16),
        (4, true) => cast!(i32),
        (8, true) => cast!(i64),
        (16, true) => cast!(i128),
        (1, false) => cast!(u8),
        (2, false) => cast!(u16),
        (4, false) => cast!(u32),
        (8, false) => cast!(u64),
        _ => cast!(u128),
    };
    crate::memory::truncate(r, tsize)
}

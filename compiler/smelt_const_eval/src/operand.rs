//! Operands: values copied out of places or made from constants. A value is its bytes (with
//! the pointers in them) and its type; scalars are read from those bytes when an operation
//! needs them. Constants that are already evaluated (`ConstValue`s: literals, other
//! constants, statics' initial values) are brought into the interpreter's memory here.

use std::rc::Rc;

use smelt_mir::{ConstKind, ConstOperand, Operand};
use smelt_ty::consts::{Allocation, ConstValue, GlobalAlloc, Scalar as ConstScalar};
use smelt_ty::{Const, TyKind};

use crate::error::{err, ub, InterpResult};
use crate::interp::{too_generic, InterpCx, TyLayout};
use crate::memory::{AllocKind, Bytes, Ptr, Scalar};
use crate::place::MPlace;

#[derive(Clone, Debug)]
pub struct OpVal {
    pub bytes: Bytes,
    pub tl: TyLayout,
}

impl OpVal {
    pub fn ty(&self) -> smelt_ty::Ty {
        self.tl.ty
    }
}

impl InterpCx<'_> {
    pub fn eval_operand(&mut self, op: &Operand) -> InterpResult<OpVal> {
        match op {
            Operand::Copy(p) | Operand::Move(p) => {
                let place = self.eval_place(p)?;
                self.read_place(&place)
            }
            Operand::Constant(c) => self.eval_const_operand(c),
        }
    }

    pub fn read_place(&mut self, p: &MPlace) -> InterpResult<OpVal> {
        if !p.layout.is_sized() {
            return Err(err::unsupported("moving an unsized value"));
        }
        self.prepare_read(p.ptr)?;
        let bytes = self.mem.read_bytes(p.ptr, p.layout.size)?;
        Ok(OpVal {
            bytes,
            tl: TyLayout {
                ty: p.ty,
                layout: p.layout.clone(),
            },
        })
    }

    pub fn read_scalar(&mut self, ptr: &Ptr, size: u64) -> InterpResult<Scalar> {
        self.prepare_read(*ptr)?;
        self.mem.read_scalar(*ptr, size)
    }

    pub fn write_bytes(&mut self, dest: &MPlace, bytes: &Bytes) -> InterpResult<()> {
        self.mem.write_bytes(dest.ptr, bytes)
    }

    pub fn write_scalar(&mut self, dest: &MPlace, s: Scalar) -> InterpResult<()> {
        self.mem.write_scalar(dest.ptr, s)
    }

    /// The whole value as a scalar (integers, `bool`, `char`, floats, thin pointers).
    pub fn to_scalar(&self, v: &OpVal) -> InterpResult<Scalar> {
        let size = v.bytes.len();
        if size > 16 {
            return Err(ub(format!(
                "using a value of type `{}` as a scalar",
                self.tcx.ty_string(v.ty())
            )));
        }
        v.bytes
            .scalar_at(0, size, self.ptr_size(), self.mem.big_endian)
    }

    /// The integer bits of a scalar value; pointers have none.
    pub fn to_bits(&self, v: &OpVal) -> InterpResult<u128> {
        let s = self.to_scalar(v)?;
        if s.prov.is_some() {
            return Err(err::ptr_to_int());
        }
        Ok(s.bits)
    }

    /// The two halves of a fat pointer.
    pub fn to_pair(&self, v: &OpVal) -> InterpResult<(Scalar, Scalar)> {
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        Ok((
            v.bytes.scalar_at(0, ps, ps, be)?,
            v.bytes.scalar_at(ps, ps, ps, be)?,
        ))
    }

    /* ------------------------------------------------------------ constants */

    fn eval_const_operand(&mut self, c: &ConstOperand) -> InterpResult<OpVal> {
        let ty = self.mono_ty(c.ty);
        let tl = self.ty_layout(ty)?;
        let value = match &c.kind {
            ConstKind::Val(v) => v.clone(),
            ConstKind::Unevaluated(def, args) => {
                let args = self.mono(*args);
                match self.tcx.eval_const(*def, args) {
                    Ok(v) => v,
                    Err(e) => {
                        self.note_erroneous_constant(c.span);
                        return Err(err::reported(e));
                    }
                }
            }
            ConstKind::Ty(k) => {
                let k = self.mono(*k);
                let bits = self.eval_ty_const(k)?;
                ConstValue::Scalar(ConstScalar::Int(smelt_ty::ScalarInt::from_uint(
                    bits,
                    tl.layout.size as u8,
                )))
            }
        };
        let bytes = self.const_value_to_bytes(&value, &tl)?;
        Ok(OpVal { bytes, tl })
    }

    /// The value of a type-level constant (array lengths, const arguments).
    pub fn eval_ty_const(&mut self, c: Const) -> InterpResult<u128> {
        let tcx = self.tcx;
        match tcx.const_kind(c) {
            smelt_ty::ConstKind::Value(_, v) => Ok(v.to_u128()),
            smelt_ty::ConstKind::Unevaluated(def, args) => match tcx.eval_const(def, args) {
                Ok(v) => match v.try_to_scalar_int() {
                    Some(s) => Ok(s.to_u128()),
                    None => Err(err::unsupported(
                        "a constant argument that is not an integer",
                    )),
                },
                Err(e) => Err(err::reported(e)),
            },
            smelt_ty::ConstKind::Param(_) | smelt_ty::ConstKind::Infer(_) => Err(too_generic()),
            smelt_ty::ConstKind::Error => Err(err::reported(
                smelt_errors::ErrorGuaranteed::unchecked_claim_error_was_emitted(),
            )),
        }
    }

    /// The bytes of an evaluated constant of type `tl`.
    pub fn const_value_to_bytes(&mut self, v: &ConstValue, tl: &TyLayout) -> InterpResult<Bytes> {
        let size = tl.layout.size;
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let mut bytes = Bytes::uninit(size);
        match v {
            ConstValue::ZeroSized => {}
            ConstValue::Scalar(ConstScalar::Int(s)) => {
                let n = (s.size as u64).min(size);
                bytes.put_scalar(0, Scalar::from_uint(s.data, n), be);
            }
            ConstValue::Scalar(ConstScalar::Ptr(p)) => {
                if size < ps {
                    return Err(ub("a pointer constant of a type smaller than a pointer"));
                }
                let id = self.global_alloc(&p.target);
                bytes.put_scalar(0, Scalar::from_ptr(Ptr::new(id, p.offset), ps), be);
            }
            ConstValue::Slice { data, len } => {
                if size < ps * 2 {
                    return Err(ub("a slice constant of a type smaller than a fat pointer"));
                }
                let id = self.import_allocation(data);
                bytes.put_scalar(0, Scalar::from_ptr(Ptr::new(id, 0), ps), be);
                bytes.put_scalar(ps, Scalar::from_uint(*len as u128, ps), be);
            }
            ConstValue::Indirect { alloc, offset } => {
                let id = self.import_allocation(alloc);
                bytes = self.mem.read_bytes(Ptr::new(id, *offset), size)?;
            }
        }
        Ok(bytes)
    }

    /// The interpreter's allocation for something a constant points to.
    pub fn global_alloc(&mut self, g: &GlobalAlloc) -> crate::memory::AllocId {
        match g {
            GlobalAlloc::Memory(a) => self.import_allocation(a),
            GlobalAlloc::Static(def) => self.static_alloc(*def),
            GlobalAlloc::Function(i) => self.function_alloc(*i),
            GlobalAlloc::VTable(ty, tr) => self.vtable_alloc(*ty, *tr),
        }
    }

    /// Copies a constant's allocation, and every allocation it points to, into memory (once
    /// per allocation). Works through a list, not recursion: constants can nest deeply.
    pub fn import_allocation(&mut self, root: &Rc<Allocation>) -> crate::memory::AllocId {
        if let Some((_, id)) = self.globals.get(&Rc::as_ptr(root)) {
            return *id;
        }
        let mut pending = vec![root.clone()];
        let mut created = Vec::new();
        while let Some(a) = pending.pop() {
            if self.globals.contains_key(&Rc::as_ptr(&a)) {
                continue;
            }
            let id = self.mem.allocate(
                a.bytes.len() as u64,
                a.align,
                AllocKind::Global(a.clone()),
                false,
            );
            self.globals.insert(Rc::as_ptr(&a), (a.clone(), id));
            for (_, p) in &a.relocations {
                if let GlobalAlloc::Memory(inner) = &p.target {
                    if !self.globals.contains_key(&Rc::as_ptr(inner)) {
                        pending.push(inner.clone());
                    }
                }
            }
            created.push((a, id));
        }
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        for (a, id) in created {
            let mut bytes = Bytes {
                data: a.bytes.clone(),
                init: vec![true; a.bytes.len()],
                relocs: Vec::new(),
            };
            for (off, p) in &a.relocations {
                let target = self.global_alloc(&p.target);
                bytes.put_scalar(*off, Scalar::from_ptr(Ptr::new(target, p.offset), ps), be);
            }
            let alloc = self.mem.get_mut(id);
            alloc.bytes = bytes.data;
            alloc.init = bytes.init;
            alloc.relocs = bytes.relocs.into_iter().collect();
        }
        match self.globals.get(&Rc::as_ptr(root)) {
            Some((_, id)) => *id,
            None => unreachable_alloc(self),
        }
    }

    /// The bytes of a `&str` or `&[u8]` as a string.
    pub fn read_str(&mut self, data: Scalar, len: u64) -> InterpResult<String> {
        let ptr = data.to_ptr();
        self.prepare_read(ptr)?;
        let bytes = self.mem.read_bytes(ptr, len)?;
        if bytes.init.iter().any(|b| !b) {
            return Err(ub(
                "using uninitialized data, but this operation requires initialized memory",
            ));
        }
        Ok(String::from_utf8_lossy(&bytes.data).into_owned())
    }

    /// Whether a type is a pointer (reference or raw) to a slice or `str`.
    pub fn is_slice_ptr(&self, ty: smelt_ty::Ty) -> bool {
        let tcx = self.tcx;
        match tcx.kind(ty) {
            TyKind::Ref(_, t, _) | TyKind::RawPtr(t, _) => {
                matches!(tcx.kind(tcx.struct_tail(t)), TyKind::Slice(_) | TyKind::Str)
            }
            _ => false,
        }
    }
}

/// `import_allocation` always records the root; this keeps the signature total.
fn unreachable_alloc(cx: &mut InterpCx<'_>) -> crate::memory::AllocId {
    cx.mem.allocate(0, 1, AllocKind::Stack, false)
}

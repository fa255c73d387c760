//! Values (`CValue`) and places (`CPlace`) during code generation: a value is in registers
//! (one scalar or a pair) or in memory; a place is an SSA variable (or pair) or memory with
//! optional metadata for unsized places.

use std::rc::Rc;

use cranelift_codegen::ir::{self, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Variable;
use smelt_ty::layout::{BackendRepr, FieldsShape, Layout, Primitive, Scalar, Variants};
use smelt_ty::{FieldIdx, Ty, TyKind, VariantIdx};

use crate::base::FunctionCx;

/// A type with its layout (and, for a downcast enum place, the variant).
#[derive(Clone, Debug)]
pub struct TyAndLayout {
    pub ty: Ty,
    pub layout: Rc<Layout>,
    pub variant: Option<VariantIdx>,
}

impl TyAndLayout {
    pub fn size(&self) -> u64 {
        self.layout.size
    }

    pub fn is_zst(&self) -> bool {
        self.layout.is_zst()
    }
}

/// The Cranelift type of a scalar.
pub fn scalar_clif_ty(fx: &FunctionCx<'_, '_>, s: Scalar) -> ir::Type {
    prim_clif_ty(fx.pointer_type, s.value)
}

pub fn prim_clif_ty(pointer: ir::Type, p: Primitive) -> ir::Type {
    use smelt_ty::layout::Integer;
    match p {
        Primitive::Int(Integer::I8, _) => ir::types::I8,
        Primitive::Int(Integer::I16, _) => ir::types::I16,
        Primitive::Int(Integer::I32, _) => ir::types::I32,
        Primitive::Int(Integer::I64, _) => ir::types::I64,
        Primitive::Int(Integer::I128, _) => ir::types::I128,
        Primitive::F32 => ir::types::F32,
        Primitive::F64 => ir::types::F64,
        Primitive::Pointer => pointer,
    }
}

/// The offset of the second scalar of a scalar pair.
pub fn pair_b_offset(fx: &FunctionCx<'_, '_>, a: Scalar, b: Scalar) -> u64 {
    let a_size = a.size(fx.tcx);
    let b_align = b.value.align(fx.tcx);
    a_size.div_ceil(b_align) * b_align
}

#[derive(Copy, Clone, Debug)]
pub struct Pointer {
    pub base: Value,
    pub offset: i32,
}

impl Pointer {
    pub fn new(base: Value) -> Pointer {
        Pointer { base, offset: 0 }
    }

    pub fn offset(self, off: i64) -> Pointer {
        Pointer {
            base: self.base,
            offset: self.offset + off as i32,
        }
    }

    pub fn get_addr(self, fx: &mut FunctionCx<'_, '_>) -> Value {
        if self.offset == 0 {
            self.base
        } else {
            fx.bcx.ins().iadd_imm_s(self.base, self.offset as i64)
        }
    }

    pub fn load(self, fx: &mut FunctionCx<'_, '_>, ty: ir::Type) -> Value {
        fx.bcx
            .ins()
            .load(ty, MemFlagsData::trusted(), self.base, self.offset)
    }

    pub fn store(self, fx: &mut FunctionCx<'_, '_>, value: Value) {
        fx.bcx
            .ins()
            .store(MemFlagsData::trusted(), value, self.base, self.offset);
    }
}

#[derive(Clone, Debug)]
// rustc's names for the three representations of a value.
#[allow(clippy::enum_variant_names)]
enum CValueInner {
    ByRef(Pointer, Option<Value>),
    ByVal(Value),
    ByValPair(Value, Value),
}

#[derive(Clone, Debug)]
pub struct CValue {
    inner: CValueInner,
    pub layout: TyAndLayout,
}

impl CValue {
    pub fn by_ref(ptr: Pointer, layout: TyAndLayout) -> CValue {
        CValue {
            inner: CValueInner::ByRef(ptr, None),
            layout,
        }
    }

    pub fn by_ref_unsized(ptr: Pointer, meta: Value, layout: TyAndLayout) -> CValue {
        CValue {
            inner: CValueInner::ByRef(ptr, Some(meta)),
            layout,
        }
    }

    pub fn by_val(value: Value, layout: TyAndLayout) -> CValue {
        CValue {
            inner: CValueInner::ByVal(value),
            layout,
        }
    }

    pub fn by_val_pair(a: Value, b: Value, layout: TyAndLayout) -> CValue {
        CValue {
            inner: CValueInner::ByValPair(a, b),
            layout,
        }
    }

    /// A zero-sized value: nothing to hold.
    pub fn zst(fx: &mut FunctionCx<'_, '_>, layout: TyAndLayout) -> CValue {
        let dangling = fx
            .bcx
            .ins()
            .iconst(fx.pointer_type, layout.layout.align as i64);
        CValue::by_ref(Pointer::new(dangling), layout)
    }

    /// The value in memory (spilled to the stack if it is in registers).
    pub fn force_stack(self, fx: &mut FunctionCx<'_, '_>) -> (Pointer, Option<Value>) {
        match self.inner {
            CValueInner::ByRef(ptr, meta) => (ptr, meta),
            _ => {
                let place = CPlace::new_stack_slot(fx, self.layout.clone());
                place.write_cvalue(fx, self);
                (place.to_ptr(), None)
            }
        }
    }

    pub fn load_scalar(self, fx: &mut FunctionCx<'_, '_>) -> Value {
        match self.inner {
            CValueInner::ByVal(v) => v,
            CValueInner::ByRef(ptr, None) => match self.layout.layout.repr {
                BackendRepr::Scalar(s) => {
                    let ty = scalar_clif_ty(fx, s);
                    ptr.load(fx, ty)
                }
                _ => {
                    // A newtype around a scalar held in memory: load its one field.
                    let ty = match single_scalar(&self.layout.layout) {
                        Some((s, off)) => {
                            let t = scalar_clif_ty(fx, s);
                            return ptr.offset(off as i64).load(fx, t);
                        }
                        None => fx.pointer_type,
                    };
                    ptr.load(fx, ty)
                }
            },
            CValueInner::ByRef(ptr, Some(_)) => ptr.get_addr(fx),
            CValueInner::ByValPair(a, _) => a,
        }
    }

    pub fn load_scalar_pair(self, fx: &mut FunctionCx<'_, '_>) -> (Value, Value) {
        match self.inner {
            CValueInner::ByValPair(a, b) => (a, b),
            CValueInner::ByRef(ptr, None) => match self.layout.layout.repr {
                BackendRepr::ScalarPair(a, b) => {
                    let off = pair_b_offset(fx, a, b);
                    let (ta, tb) = (scalar_clif_ty(fx, a), scalar_clif_ty(fx, b));
                    let va = ptr.load(fx, ta);
                    let vb = ptr.offset(off as i64).load(fx, tb);
                    (va, vb)
                }
                _ => {
                    let p = fx.pointer_type;
                    let va = ptr.load(fx, p);
                    let vb = ptr.offset(8).load(fx, p);
                    (va, vb)
                }
            },
            CValueInner::ByRef(ptr, Some(meta)) => (ptr.get_addr(fx), meta),
            CValueInner::ByVal(v) => (v, v),
        }
    }

    /// The value as it is passed: nothing (ZST), one scalar, two, or a pointer to memory.
    pub fn value_field(self, fx: &mut FunctionCx<'_, '_>, field: FieldIdx) -> CValue {
        let field_layout = fx.field_layout(&self.layout, field);
        match &self.inner {
            CValueInner::ByVal(v) => {
                if field_layout.is_zst() {
                    return CValue::zst(fx, field_layout);
                }
                // A newtype: the scalar is the field.
                CValue::by_val(*v, field_layout)
            }
            CValueInner::ByValPair(a, b) => {
                if field_layout.is_zst() {
                    return CValue::zst(fx, field_layout);
                }
                let offset = fx.field_offset(&self.layout, field);
                match (&self.layout.layout.repr, &field_layout.layout.repr) {
                    (_, BackendRepr::ScalarPair(..)) => CValue::by_val_pair(*a, *b, field_layout),
                    (BackendRepr::ScalarPair(..), _) if offset == 0 => {
                        CValue::by_val(*a, field_layout)
                    }
                    _ => CValue::by_val(*b, field_layout),
                }
            }
            CValueInner::ByRef(ptr, _) => {
                let offset = fx.field_offset(&self.layout, field);
                CValue::by_ref(ptr.offset(offset as i64), field_layout)
            }
        }
    }

    /// Reinterprets the value with another layout of the same size.
    pub fn with_layout(self, layout: TyAndLayout) -> CValue {
        CValue {
            inner: self.inner,
            layout,
        }
    }

    pub fn is_by_ref(&self) -> bool {
        matches!(self.inner, CValueInner::ByRef(..))
    }
}

/// For a layout whose only non-zero-sized content is one scalar: that scalar and its offset.
fn single_scalar(l: &Layout) -> Option<(Scalar, u64)> {
    match l.repr {
        BackendRepr::Scalar(s) => Some((s, 0)),
        _ => None,
    }
}

#[derive(Clone, Debug)]
enum CPlaceInner {
    Var(Variable),
    VarPair(Variable, Variable),
    Addr(Pointer, Option<Value>),
}

#[derive(Clone, Debug)]
pub struct CPlace {
    inner: CPlaceInner,
    pub layout: TyAndLayout,
}

impl CPlace {
    pub fn new_stack_slot(fx: &mut FunctionCx<'_, '_>, layout: TyAndLayout) -> CPlace {
        if layout.size() == 0 {
            let dangling = fx
                .bcx
                .ins()
                .iconst(fx.pointer_type, layout.layout.align.max(1) as i64);
            return CPlace {
                inner: CPlaceInner::Addr(Pointer::new(dangling), None),
                layout,
            };
        }
        let align = layout.layout.align.max(1);
        let slot = fx.bcx.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            layout.size().div_ceil(16) as u32 * 16,
            align.trailing_zeros().min(4) as u8,
        ));
        let addr = fx.bcx.ins().stack_addr(fx.pointer_type, slot, 0);
        CPlace {
            inner: CPlaceInner::Addr(Pointer::new(addr), None),
            layout,
        }
    }

    pub fn new_var(fx: &mut FunctionCx<'_, '_>, layout: TyAndLayout) -> CPlace {
        match layout.layout.repr {
            BackendRepr::Scalar(s) => {
                let ty = scalar_clif_ty(fx, s);
                let var = fx.bcx.declare_var(ty);
                fx.var_types.insert(var.as_u32(), ty);
                CPlace {
                    inner: CPlaceInner::Var(var),
                    layout,
                }
            }
            BackendRepr::ScalarPair(a, b) => {
                let (ta, tb) = (scalar_clif_ty(fx, a), scalar_clif_ty(fx, b));
                let va = fx.bcx.declare_var(ta);
                let vb = fx.bcx.declare_var(tb);
                fx.var_types.insert(va.as_u32(), ta);
                fx.var_types.insert(vb.as_u32(), tb);
                CPlace {
                    inner: CPlaceInner::VarPair(va, vb),
                    layout,
                }
            }
            _ => CPlace::new_stack_slot(fx, layout),
        }
    }

    pub fn for_ptr(ptr: Pointer, layout: TyAndLayout) -> CPlace {
        CPlace {
            inner: CPlaceInner::Addr(ptr, None),
            layout,
        }
    }

    pub fn for_ptr_with_meta(ptr: Pointer, meta: Value, layout: TyAndLayout) -> CPlace {
        CPlace {
            inner: CPlaceInner::Addr(ptr, Some(meta)),
            layout,
        }
    }

    pub fn to_cvalue(&self, fx: &mut FunctionCx<'_, '_>) -> CValue {
        match self.inner {
            CPlaceInner::Var(var) => {
                let v = fx.bcx.use_var(var);
                CValue::by_val(v, self.layout.clone())
            }
            CPlaceInner::VarPair(a, b) => {
                let va = fx.bcx.use_var(a);
                let vb = fx.bcx.use_var(b);
                CValue::by_val_pair(va, vb, self.layout.clone())
            }
            CPlaceInner::Addr(ptr, None) => CValue::by_ref(ptr, self.layout.clone()),
            CPlaceInner::Addr(ptr, Some(meta)) => {
                CValue::by_ref_unsized(ptr, meta, self.layout.clone())
            }
        }
    }

    pub fn to_ptr(&self) -> Pointer {
        match self.inner {
            CPlaceInner::Addr(ptr, _) => ptr,
            _ => panic!("the address of a place kept in a variable was asked for; the local analysis must keep it in memory"),
        }
    }

    pub fn to_ptr_maybe_unsized(&self) -> (Pointer, Option<Value>) {
        match self.inner {
            CPlaceInner::Addr(ptr, meta) => (ptr, meta),
            _ => panic!("the address of a place kept in a variable was asked for"),
        }
    }

    pub fn is_in_memory(&self) -> bool {
        matches!(self.inner, CPlaceInner::Addr(..))
    }

    pub fn write_cvalue(&self, fx: &mut FunctionCx<'_, '_>, from: CValue) {
        if self.layout.size() == 0
            && !matches!(self.inner, CPlaceInner::Var(_) | CPlaceInner::VarPair(..))
        {
            return;
        }
        match self.inner {
            CPlaceInner::Var(var) => {
                let v = from.load_scalar(fx);
                let v = fx.cast_to_var_ty(var, v);
                fx.bcx.def_var(var, v);
            }
            CPlaceInner::VarPair(a, b) => {
                let (va, vb) = from.load_scalar_pair(fx);
                let va = fx.cast_to_var_ty(a, va);
                let vb = fx.cast_to_var_ty(b, vb);
                fx.bcx.def_var(a, va);
                fx.bcx.def_var(b, vb);
            }
            CPlaceInner::Addr(to, _) => match self.layout.layout.repr {
                BackendRepr::Scalar(s) => {
                    let v = from.load_scalar(fx);
                    let ty = scalar_clif_ty(fx, s);
                    let v = fx.coerce_clif(v, ty);
                    to.store(fx, v);
                }
                BackendRepr::ScalarPair(a, b) if !from.is_by_ref() => {
                    let (va, vb) = from.load_scalar_pair(fx);
                    let off = pair_b_offset(fx, a, b);
                    to.store(fx, va);
                    to.offset(off as i64).store(fx, vb);
                }
                _ => {
                    let size = self.layout.size();
                    let (src, _) = from.force_stack(fx);
                    fx.copy_memory(to, src, size, self.layout.layout.align);
                }
            },
        }
    }

    pub fn place_field(&self, fx: &mut FunctionCx<'_, '_>, field: FieldIdx) -> CPlace {
        let field_layout = fx.field_layout(&self.layout, field);
        match self.inner {
            CPlaceInner::Var(var) => {
                // A newtype around the scalar.
                if field_layout.is_zst() {
                    return CPlace::new_stack_slot(fx, field_layout);
                }
                CPlace {
                    inner: CPlaceInner::Var(var),
                    layout: field_layout,
                }
            }
            CPlaceInner::VarPair(a, b) => {
                if field_layout.is_zst() {
                    return CPlace::new_stack_slot(fx, field_layout);
                }
                let offset = fx.field_offset(&self.layout, field);
                match field_layout.layout.repr {
                    BackendRepr::ScalarPair(..) => CPlace {
                        inner: CPlaceInner::VarPair(a, b),
                        layout: field_layout,
                    },
                    _ => CPlace {
                        inner: CPlaceInner::Var(if offset == 0 { a } else { b }),
                        layout: field_layout,
                    },
                }
            }
            CPlaceInner::Addr(ptr, meta) => {
                let offset = fx.field_offset(&self.layout, field);
                // The unsized tail keeps the metadata.
                let field_meta = if field_layout.layout.is_sized() {
                    None
                } else {
                    meta
                };
                // A trait object's alignment is only known at run time: its field starts
                // at the prefix's end rounded up to it.
                if let (Some(vtable), TyKind::Dynamic(..)) =
                    (field_meta, fx.tcx.kind(fx.tcx.struct_tail(field_layout.ty)))
                {
                    if !field_layout.layout.is_sized() {
                        let ptr_ty = fx.pointer_type;
                        // The field's alignment: its own sized part's, or the trait
                        // object's, whichever is larger.
                        let dyn_align = fx.bcx.ins().load(
                            ptr_ty,
                            MemFlagsData::trusted(),
                            vtable,
                            2 * ptr_ty.bytes() as i32,
                        );
                        let static_align = fx
                            .bcx
                            .ins()
                            .iconst(ptr_ty, field_layout.layout.align as i64);
                        let bigger = fx.bcx.ins().icmp(
                            cranelift_codegen::ir::condcodes::IntCC::UnsignedGreaterThan,
                            dyn_align,
                            static_align,
                        );
                        let align = fx.bcx.ins().select(bigger, dyn_align, static_align);
                        let mask = fx.bcx.ins().iadd_imm_s(align, -1);
                        let unaligned = fx.bcx.ins().iconst(ptr_ty, offset as i64);
                        let bumped = fx.bcx.ins().iadd(unaligned, mask);
                        let not_mask = fx.bcx.ins().bnot(mask);
                        let aligned = fx.bcx.ins().band(bumped, not_mask);
                        let base = ptr.get_addr(fx);
                        let addr = fx.bcx.ins().iadd(base, aligned);
                        return CPlace {
                            inner: CPlaceInner::Addr(Pointer::new(addr), field_meta),
                            layout: field_layout,
                        };
                    }
                }
                CPlace {
                    inner: CPlaceInner::Addr(ptr.offset(offset as i64), field_meta),
                    layout: field_layout,
                }
            }
        }
    }

    pub fn place_deref(&self, fx: &mut FunctionCx<'_, '_>) -> CPlace {
        let pointee_ty = match fx.tcx.kind(self.layout.ty) {
            TyKind::Ref(_, t, _) | TyKind::RawPtr(t, _) => t,
            TyKind::Adt(_, args) => fx
                .tcx
                .args(args)
                .first()
                .and_then(|a| a.as_type())
                .unwrap_or(fx.tcx.types.error),
            _ => fx.tcx.types.error,
        };
        let pointee = fx.layout_of(pointee_ty);
        let value = self.to_cvalue(fx);
        if pointee.layout.is_sized() {
            let addr = value.load_scalar(fx);
            CPlace::for_ptr(Pointer::new(addr), pointee)
        } else {
            let (addr, meta) = value.load_scalar_pair(fx);
            CPlace::for_ptr_with_meta(Pointer::new(addr), meta, pointee)
        }
    }

    /// The place as a (thin or fat) pointer value of type `ptr_layout`.
    pub fn place_ref(&self, fx: &mut FunctionCx<'_, '_>, ptr_layout: TyAndLayout) -> CValue {
        let (ptr, meta) = self.to_ptr_maybe_unsized();
        let addr = ptr.get_addr(fx);
        match meta {
            Some(m) => CValue::by_val_pair(addr, m, ptr_layout),
            None => CValue::by_val(addr, ptr_layout),
        }
    }

    pub fn place_index(&self, fx: &mut FunctionCx<'_, '_>, index: Value) -> CPlace {
        let (elem_ty, stride) = fx.elem_of(&self.layout);
        let elem = fx.layout_of(elem_ty);
        let (ptr, _) = self.to_ptr_maybe_unsized();
        let offset = fx.bcx.ins().imul_imm_s(index, stride as i64);
        let base = ptr.get_addr(fx);
        let addr = fx.bcx.ins().iadd(base, offset);
        CPlace::for_ptr(Pointer::new(addr), elem)
    }

    pub fn downcast_variant(&self, fx: &mut FunctionCx<'_, '_>, variant: VariantIdx) -> CPlace {
        let layout = match &self.layout.layout.variants {
            Variants::Multiple { variants, .. } => variants[variant].clone(),
            Variants::Single { .. } => self.layout.layout.clone(),
        };
        let _ = fx;
        CPlace {
            inner: self.inner.clone(),
            layout: TyAndLayout {
                ty: self.layout.ty,
                layout,
                variant: Some(variant),
            },
        }
    }

    pub fn meta(&self) -> Option<Value> {
        match self.inner {
            CPlaceInner::Addr(_, m) => m,
            _ => None,
        }
    }
}

/// The offset of field `i` in a layout's field shape.
pub fn shape_offset(fields: &FieldsShape, i: usize) -> u64 {
    match fields {
        FieldsShape::Arbitrary { offsets, .. } => offsets.get(i).copied().unwrap_or(0),
        other => other.offset(i),
    }
}

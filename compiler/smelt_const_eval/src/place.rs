//! Places: where a value lives in memory (a pointer, the metadata of an unsized place, the
//! type and its layout), and MIR place projections on them: fields, indexing, derefs,
//! downcasts to enum variants, constant indices and subslices.

use std::rc::Rc;

use smelt_mir::{Local, Place, ProjectionElem};
use smelt_ty::layout::{FieldsShape, Layout, Variants};
use smelt_ty::{Ty, TyKind};

use crate::error::{err, ub, InterpResult};
use crate::interp::InterpCx;
use crate::memory::{Bytes, Ptr, Scalar};

/// The metadata of a pointer to an unsized value.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Meta {
    None,
    /// The element count of a slice or `str`.
    Len(u64),
    /// The vtable of a trait object.
    VTable(Ptr),
}

#[derive(Clone, Debug)]
pub struct MPlace {
    pub ptr: Ptr,
    pub meta: Meta,
    pub ty: Ty,
    pub layout: Rc<Layout>,
}

/// The offset of field `i` of a layout, checked (`FieldsShape::offset` assumes it exists).
pub fn field_offset(layout: &Layout, i: usize) -> InterpResult<u64> {
    if i >= layout.fields.count() && !matches!(layout.fields, FieldsShape::Union(_)) {
        return Err(ub(format!(
            "projecting to field {i} of a value with {} fields",
            layout.fields.count()
        )));
    }
    Ok(layout.fields.offset(i))
}

impl InterpCx<'_> {
    pub fn local_place(&mut self, local: Local) -> InterpResult<MPlace> {
        let frame = self.frame();
        let Some(id) = frame.locals.get(local.as_usize()).copied() else {
            return Err(ub(format!("using the undeclared local {local:?}")));
        };
        let Some(id) = id else {
            return Err(ub("accessing a dead local variable"));
        };
        let tl = frame.local_layouts[local.as_usize()].clone();
        Ok(MPlace {
            ptr: Ptr::new(id, 0),
            meta: Meta::None,
            ty: tl.ty,
            layout: tl.layout,
        })
    }

    pub fn eval_place(&mut self, place: &Place) -> InterpResult<MPlace> {
        let mut p = self.local_place(place.local)?;
        for elem in &place.projection {
            p = self.project(p, elem)?;
        }
        Ok(p)
    }

    fn project(&mut self, base: MPlace, elem: &ProjectionElem) -> InterpResult<MPlace> {
        let tcx = self.tcx;
        match elem {
            ProjectionElem::Deref => {
                let v = self.read_place(&base)?;
                self.deref_pointer(&v.bytes, base.ty)
            }
            ProjectionElem::Field(f, ty) => {
                let ty = self.mono_ty(*ty);
                let layout = self.layout_of(ty)?;
                let i = f.as_usize();
                let offset = match &base.layout.fields {
                    FieldsShape::Primitive => {
                        return Err(err::unsupported("a field of a primitive value"))
                    }
                    FieldsShape::Union(_) => 0,
                    FieldsShape::Array { stride, .. } => stride * i as u64,
                    FieldsShape::Arbitrary { offsets, .. } => match offsets.get(i) {
                        Some(o) => *o,
                        None => {
                            return Err(ub(format!(
                                "projecting to field {i} of a value with {} fields",
                                offsets.len()
                            )))
                        }
                    },
                };
                let meta = if layout.is_sized() {
                    Meta::None
                } else {
                    base.meta
                };
                Ok(MPlace {
                    ptr: base.ptr.offset(offset),
                    meta,
                    ty,
                    layout,
                })
            }
            ProjectionElem::Index(local) => {
                let idx_place = self.local_place(*local)?;
                let ps = self.ptr_size();
                let idx = self.read_scalar(&idx_place.ptr, ps)?;
                if idx.prov.is_some() {
                    return Err(err::ptr_to_int());
                }
                self.index_place(base, idx.bits as u64)
            }
            ProjectionElem::ConstantIndex {
                offset, from_end, ..
            } => {
                let len = self.place_len(&base)?;
                let i = if *from_end {
                    len.checked_sub(*offset)
                } else {
                    Some(*offset)
                };
                match i {
                    Some(i) => self.index_place(base, i),
                    None => Err(ub(format!(
                        "indexing out of bounds: the len is {len} but the index is -{offset}"
                    ))),
                }
            }
            ProjectionElem::Subslice { from, to, from_end } => {
                let len = self.place_len(&base)?;
                let (elem_ty, stride) = self.elem_of(&base)?;
                let end = if *from_end {
                    len.checked_sub(*to)
                } else {
                    Some(*to)
                };
                let Some(end) = end.filter(|e| *e >= *from && *e <= len) else {
                    return Err(ub(format!(
                        "subslice {from}..{to} out of bounds of a slice of length {len}"
                    )));
                };
                let n = end - from;
                let ptr = base.ptr.offset(from * stride);
                match tcx.kind(base.ty) {
                    TyKind::Array(..) => {
                        let ty = tcx.mk_array(elem_ty, n);
                        let layout = self.layout_of(ty)?;
                        Ok(MPlace {
                            ptr,
                            meta: Meta::None,
                            ty,
                            layout,
                        })
                    }
                    _ => Ok(MPlace {
                        ptr,
                        meta: Meta::Len(n),
                        ty: base.ty,
                        layout: base.layout,
                    }),
                }
            }
            ProjectionElem::Downcast(v) => {
                let layout = match &base.layout.variants {
                    Variants::Multiple { variants, .. } => match variants.get(*v) {
                        Some(l) => l.clone(),
                        None => return Err(ub("downcast to a variant that does not exist")),
                    },
                    Variants::Single { .. } => base.layout.clone(),
                };
                Ok(MPlace { layout, ..base })
            }
        }
    }

    /// The place a pointer value of type `ptr_ty` points to.
    pub fn deref_pointer(&mut self, bytes: &Bytes, ptr_ty: Ty) -> InterpResult<MPlace> {
        let tcx = self.tcx;
        let pointee = match tcx.kind(ptr_ty) {
            TyKind::Ref(_, t, _) | TyKind::RawPtr(t, _) => t,
            TyKind::Adt(..) => return Err(err::unsupported("dereferencing a `Box` in a constant")),
            _ => {
                return Err(ub(format!(
                    "dereferencing a value of type `{}`",
                    tcx.ty_string(ptr_ty)
                )))
            }
        };
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let data = bytes.scalar_at(0, ps, ps, be)?;
        let layout = self.layout_of(pointee)?;
        let meta = if layout.is_sized() {
            Meta::None
        } else {
            let m = bytes.scalar_at(ps, ps, ps, be)?;
            match tcx.kind(tcx.struct_tail(pointee)) {
                TyKind::Dynamic(..) => Meta::VTable(m.to_ptr()),
                _ => {
                    if m.prov.is_some() {
                        return Err(err::ptr_to_int());
                    }
                    Meta::Len(m.bits as u64)
                }
            }
        };
        Ok(MPlace {
            ptr: data.to_ptr(),
            meta,
            ty: pointee,
            layout,
        })
    }

    /// The element type and stride of an array or slice place.
    pub fn elem_of(&mut self, p: &MPlace) -> InterpResult<(Ty, u64)> {
        let tcx = self.tcx;
        let elem = match tcx.kind(p.ty) {
            TyKind::Array(t, _) | TyKind::Slice(t) => t,
            TyKind::Str => tcx.types.u8,
            _ => {
                return Err(ub(format!(
                    "indexing into a value of type `{}`",
                    tcx.ty_string(p.ty)
                )))
            }
        };
        let stride = match p.layout.fields {
            FieldsShape::Array { stride, .. } => stride,
            _ => self.layout_of(elem)?.size,
        };
        Ok((elem, stride))
    }

    /// The length of an array or slice place.
    pub fn place_len(&self, p: &MPlace) -> InterpResult<u64> {
        match (self.tcx.kind(p.ty), p.meta) {
            (TyKind::Array(..), _) => match p.layout.fields {
                FieldsShape::Array { count, .. } => Ok(count),
                _ => Err(ub("an array without an array layout")),
            },
            (_, Meta::Len(n)) => Ok(n),
            _ => Err(ub(format!(
                "taking the length of a value of type `{}`",
                self.tcx.ty_string(p.ty)
            ))),
        }
    }

    fn index_place(&mut self, base: MPlace, i: u64) -> InterpResult<MPlace> {
        let len = self.place_len(&base)?;
        if i >= len {
            return Err(ub(format!(
                "indexing out of bounds: the len is {len} but the index is {i}"
            )));
        }
        let (elem, stride) = self.elem_of(&base)?;
        let layout = self.layout_of(elem)?;
        Ok(MPlace {
            ptr: base.ptr.offset(i.wrapping_mul(stride)),
            meta: Meta::None,
            ty: elem,
            layout,
        })
    }

    /// The size of the value at a place (for unsized places, from the metadata).
    pub fn place_size(&mut self, p: &MPlace) -> InterpResult<u64> {
        if p.layout.is_sized() {
            return Ok(p.layout.size);
        }
        match p.meta {
            Meta::Len(n) => {
                let tail = self.tcx.struct_tail(p.ty);
                let elem_size = match self.tcx.kind(tail) {
                    TyKind::Slice(e) => self.layout_of(e)?.size,
                    _ => 1,
                };
                // A struct with a slice tail: the sized prefix plus the elements.
                n.checked_mul(elem_size)
                    .and_then(|s| s.checked_add(p.layout.size))
                    .ok_or_else(|| ub("the size of an unsized value overflows"))
            }
            _ => Err(err::unsupported("the size of a trait object in a constant")),
        }
    }

    /// A pointer to `p`: thin, or with its metadata.
    pub fn place_to_ptr_bytes(&self, p: &MPlace) -> Bytes {
        let ps = self.ptr_size();
        let be = self.mem.big_endian;
        let fat = !matches!(p.meta, Meta::None);
        let mut b = Bytes::uninit(if fat { ps * 2 } else { ps });
        b.put_scalar(0, Scalar::from_ptr(p.ptr, ps), be);
        match p.meta {
            Meta::None => {}
            Meta::Len(n) => b.put_scalar(ps, Scalar::from_uint(n as u128, ps), be),
            Meta::VTable(v) => b.put_scalar(ps, Scalar::from_ptr(v, ps), be),
        }
        b
    }
}

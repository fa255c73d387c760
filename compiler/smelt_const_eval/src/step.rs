//! The main loop and statements: each step runs one statement, or the terminator of the
//! block (which counts against the step limit). Rvalues are evaluated straight into their
//! destination place; enum discriminants are read and written through the layout's tag or
//! niche encoding.

use smelt_mir::{AggregateKind, NullOp, Rvalue, Statement, StatementKind};
use smelt_ty::layout::{FieldsShape, TagEncoding, Variants};
use smelt_ty::{TyKind, VariantIdx};

use crate::error::{ub, InterpError, InterpResult};
use crate::interp::{InterpCx, STEP_LIMIT};
use crate::memory::{truncate, Bytes, Ptr, Scalar};
use crate::place::{MPlace, Meta};

impl InterpCx<'_> {
    /// Runs until the outermost frame returns.
    pub fn run(&mut self) -> InterpResult<()> {
        loop {
            let (body, block, stmt) = {
                let f = self.frame();
                (f.body.clone(), f.block, f.stmt)
            };
            let Some(data) = body.basic_blocks.get(block) else {
                return Err(ub(format!("jumping to the missing block {block:?}")));
            };
            if let Some(s) = data.statements.get(stmt) {
                self.statement(s)?;
                self.frame_mut().stmt += 1;
                continue;
            }
            self.steps += 1;
            if self.steps > STEP_LIMIT {
                return Err(Box::new(InterpError::StepLimit));
            }
            let Some(term) = &data.terminator else {
                return Err(ub(format!("the block {block:?} has no terminator")));
            };
            if self.terminator(term)? {
                return Ok(());
            }
        }
    }

    fn statement(&mut self, s: &Statement) -> InterpResult<()> {
        match &s.kind {
            StatementKind::Assign(b) => {
                let dest = self.eval_place(&b.0)?;
                self.eval_rvalue_into(&b.1, &dest)
            }
            StatementKind::SetDiscriminant {
                place,
                variant_index,
            } => {
                let dest = self.eval_place(place)?;
                self.write_discriminant(&dest, *variant_index)
            }
            // A local keeps one allocation for the whole call (see `pop_frame`).
            StatementKind::StorageLive(_) | StatementKind::StorageDead(_) => Ok(()),
            StatementKind::FakeRead(_) | StatementKind::Nop => Ok(()),
        }
    }

    pub fn eval_rvalue_into(&mut self, rv: &Rvalue, dest: &MPlace) -> InterpResult<()> {
        let tcx = self.tcx;
        let ps = self.ptr_size();
        match rv {
            Rvalue::Use(op) => {
                let v = self.eval_operand(op)?;
                self.write_bytes(dest, &v.bytes)
            }
            Rvalue::CopyForDeref(p) => {
                let place = self.eval_place(p)?;
                let v = self.read_place(&place)?;
                self.write_bytes(dest, &v.bytes)
            }
            Rvalue::Repeat(op, count) => {
                let v = self.eval_operand(op)?;
                let count = self.mono(*count);
                let n = self.eval_ty_const(count)? as u64;
                let size = v.bytes.len();
                if n.saturating_mul(size) != dest.layout.size {
                    return Err(ub("an array repeat expression of the wrong size"));
                }
                let mut all = Bytes::uninit(dest.layout.size);
                if size != 0 {
                    for i in 0..n {
                        all.put_bytes(i * size, &v.bytes);
                    }
                }
                self.write_bytes(dest, &all)
            }
            Rvalue::Ref(_, _, place) | Rvalue::RawPtr(_, place) => {
                let p = self.eval_place(place)?;
                let bytes = self.place_to_ptr_bytes(&p);
                self.write_bytes(dest, &bytes)
            }
            Rvalue::Len(place) => {
                let p = self.eval_place(place)?;
                let len = self.place_len(&p)?;
                self.write_scalar(dest, Scalar::from_uint(len as u128, ps))
            }
            Rvalue::Cast(kind, op, ty) => {
                let ty = self.mono_ty(*ty);
                self.cast_into(*kind, op, ty, dest)
            }
            Rvalue::BinaryOp(op, ops) => self.binary_op_into(*op, &ops.0, &ops.1, dest),
            Rvalue::UnaryOp(op, o) => self.unary_op_into(*op, o, dest),
            Rvalue::NullaryOp(op, ty) => {
                let ty = self.mono_ty(*ty);
                let layout = self.layout_of(ty)?;
                let v = match op {
                    NullOp::SizeOf => layout.size,
                    NullOp::AlignOf => layout.align,
                };
                self.write_scalar(dest, Scalar::from_uint(v as u128, ps))
            }
            Rvalue::Discriminant(place) => {
                let p = self.eval_place(place)?;
                let (_, bits) = self.read_discriminant(&p)?;
                let size = dest.layout.size;
                self.write_scalar(dest, Scalar::from_uint(bits, size))
            }
            Rvalue::Aggregate(kind, ops) => {
                let mut vals = Vec::with_capacity(ops.len());
                for o in ops.iter() {
                    vals.push(self.eval_operand(o)?);
                }
                match &**kind {
                    AggregateKind::Array(_) => {
                        let stride = match dest.layout.fields {
                            FieldsShape::Array { stride, .. } => stride,
                            _ => return Err(ub("an array aggregate of a non-array type")),
                        };
                        for (i, v) in vals.iter().enumerate() {
                            self.mem
                                .write_bytes(dest.ptr.offset(i as u64 * stride), &v.bytes)?;
                        }
                        Ok(())
                    }
                    AggregateKind::Tuple | AggregateKind::Closure(..) => {
                        self.write_fields(dest, &dest.layout.fields.clone(), &vals)
                    }
                    AggregateKind::Adt(def, variant, _, _) => {
                        let adt = tcx.adt_def(*def);
                        if adt.is_union() {
                            // A union literal has one operand: its active field, at 0.
                            match vals.first() {
                                Some(v) => self.mem.write_bytes(dest.ptr, &v.bytes),
                                None => Ok(()),
                            }
                        } else if adt.is_enum() {
                            let fields = match &dest.layout.variants {
                                Variants::Multiple { variants, .. } => {
                                    match variants.get(*variant) {
                                        Some(l) => l.fields.clone(),
                                        None => return Err(ub(
                                            "an enum aggregate of a variant that does not exist",
                                        )),
                                    }
                                }
                                Variants::Single { .. } => dest.layout.fields.clone(),
                            };
                            self.write_fields(dest, &fields, &vals)?;
                            self.write_discriminant(dest, *variant)
                        } else {
                            self.write_fields(dest, &dest.layout.fields.clone(), &vals)
                        }
                    }
                    AggregateKind::RawPtr(..) => {
                        let mut bytes = Bytes::uninit(dest.layout.size);
                        if let Some(data) = vals.first() {
                            bytes.put_bytes(0, &data.bytes.slice(0, ps));
                        }
                        if dest.layout.size >= ps * 2 {
                            if let Some(meta) = vals.get(1) {
                                bytes.put_bytes(ps, &meta.bytes);
                            }
                        }
                        self.write_bytes(dest, &bytes)
                    }
                }
            }
        }
    }

    fn write_fields(
        &mut self,
        dest: &MPlace,
        fields: &FieldsShape,
        vals: &[crate::operand::OpVal],
    ) -> InterpResult<()> {
        for (i, v) in vals.iter().enumerate() {
            let offset = match fields {
                FieldsShape::Arbitrary { offsets, .. } => match offsets.get(i) {
                    Some(o) => *o,
                    None => return Err(ub("an aggregate with more operands than fields")),
                },
                FieldsShape::Array { stride, .. } => stride * i as u64,
                FieldsShape::Union(_) | FieldsShape::Primitive => 0,
            };
            self.mem.write_bytes(dest.ptr.offset(offset), &v.bytes)?;
        }
        Ok(())
    }

    /* ------------------------------------------------------------ discriminants */

    /// The variant of the enum at `p` and its discriminant value (as bits of the
    /// discriminant type). Other types have discriminant 0.
    pub fn read_discriminant(&mut self, p: &MPlace) -> InterpResult<(VariantIdx, u128)> {
        let tcx = self.tcx;
        let TyKind::Adt(def, _) = tcx.kind(p.ty) else {
            return Ok((VariantIdx::from_u32(0), 0));
        };
        let adt = tcx.adt_def(def);
        if !adt.is_enum() {
            return Ok((VariantIdx::from_u32(0), 0));
        }
        let discr_size = self.layout_of(adt.discr_ty(tcx))?.size;
        let discrs = adt.discriminants(tcx);
        let variant = match &p.layout.variants {
            Variants::Single { index } => *index,
            Variants::Multiple {
                tag,
                tag_encoding,
                tag_field,
                ..
            } => {
                let offset = crate::place::field_offset(&p.layout, *tag_field)?;
                let tag_size = tag.size(tcx);
                let tag_ptr = p.ptr.offset(offset);
                let value = self.read_scalar(&tag_ptr, tag_size)?;
                match (tag_encoding, value.prov.is_some()) {
                    (TagEncoding::Direct, true) => return Err(crate::error::err::ptr_to_int()),
                    // A pointer is never null, and only null is a niche of pointers.
                    (
                        TagEncoding::Niche {
                            untagged_variant, ..
                        },
                        true,
                    ) => *untagged_variant,
                    (_, false) => tag_encoding
                        .variant_of(value.bits, tag_size, &discrs)
                        .ok_or_else(|| {
                            ub(format!("enum value has invalid tag: {:#x}", value.bits))
                        })?,
                }
            }
        };
        let Some(d) = discrs.get(variant) else {
            return Err(ub(
                "reading the discriminant of a variant that does not exist",
            ));
        };
        Ok((variant, truncate(*d as u128, discr_size)))
    }

    pub fn write_discriminant(&mut self, p: &MPlace, variant: VariantIdx) -> InterpResult<()> {
        let tcx = self.tcx;
        let TyKind::Adt(def, _) = tcx.kind(p.ty) else {
            return Ok(());
        };
        let adt = tcx.adt_def(def);
        if !adt.is_enum() {
            return Ok(());
        }
        match &p.layout.variants {
            Variants::Single { index } => {
                if *index != variant {
                    return Err(ub(
                        "writing the discriminant of a variant the layout does not have",
                    ));
                }
                Ok(())
            }
            Variants::Multiple {
                tag,
                tag_encoding,
                tag_field,
                ..
            } => {
                let offset = crate::place::field_offset(&p.layout, *tag_field)?;
                let tag_size = tag.size(tcx);
                let ptr: Ptr = p.ptr.offset(offset);
                match tag_encoding {
                    TagEncoding::Direct => {
                        let discrs = adt.discriminants(tcx);
                        let Some(d) = discrs.get(variant) else {
                            return Err(ub(
                                "writing the discriminant of a variant that does not exist",
                            ));
                        };
                        self.mem
                            .write_scalar(ptr, Scalar::from_uint(*d as u128, tag_size))
                    }
                    TagEncoding::Niche {
                        untagged_variant,
                        niche_variants,
                        niche_start,
                    } => {
                        if variant == *untagged_variant {
                            return Ok(());
                        }
                        let relative = variant
                            .as_u32()
                            .wrapping_sub(niche_variants.start().as_u32())
                            as u128;
                        let value = relative.wrapping_add(*niche_start);
                        self.mem
                            .write_scalar(ptr, Scalar::from_uint(value, tag_size))
                    }
                }
            }
        }
    }

    /// The place of a value given a pointer to it and its type (thin pointers only).
    pub fn place_at(&mut self, ptr: Ptr, ty: smelt_ty::Ty) -> InterpResult<MPlace> {
        let layout = self.layout_of(ty)?;
        Ok(MPlace {
            ptr,
            meta: Meta::None,
            ty,
            layout,
        })
    }
}

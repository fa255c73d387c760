//! Constants in code: scalars become immediates; strings, byte strings and other memory
//! become read-only data objects; panic locations become `Location` structs in data.

use std::rc::Rc;

use cranelift_codegen::ir::{self, InstBuilder, Value};
use cranelift_module::{DataId, Module};
use smelt_mir::{ConstKind, ConstOperand};
use smelt_span::Span;
use smelt_ty::consts::{Allocation, ConstValue, GlobalAlloc, Pointer as ConstPointer, Scalar};
use smelt_ty::layout::BackendRepr;
use smelt_ty::{FieldIdx, Instance};

use crate::base::FunctionCx;
use crate::value_and_place::{scalar_clif_ty, CValue, Pointer, TyAndLayout};

pub fn data_addr(fx: &mut FunctionCx<'_, '_>, id: DataId) -> Value {
    let gv = fx.cx.module.declare_data_in_func(id, fx.bcx.func);
    fx.bcx.ins().symbol_value(fx.pointer_type, gv)
}

pub fn codegen_constant(fx: &mut FunctionCx<'_, '_>, c: &ConstOperand) -> CValue {
    let tcx = fx.tcx;
    let ty = fx.monomorphize(c.ty);
    let layout = fx.layout_of(ty);
    let value = match &c.kind {
        ConstKind::Val(v) => v.clone(),
        ConstKind::Unevaluated(def, args) => {
            let args = fx.monomorphize(*args);
            match tcx.eval_const(*def, args) {
                Ok(v) => v,
                Err(_) => {
                    fx.trap();
                    let b = fx.bcx.create_block();
                    fx.bcx.switch_to_block(b);
                    return CValue::zst(fx, layout);
                }
            }
        }
        ConstKind::Ty(k) => {
            let k = fx.monomorphize(*k);
            match tcx.const_kind(k) {
                smelt_ty::ConstKind::Value(_, s) => ConstValue::Scalar(Scalar::Int(s)),
                smelt_ty::ConstKind::Unevaluated(def, args) => match tcx.eval_const(def, args) {
                    Ok(v) => v,
                    Err(_) => ConstValue::ZeroSized,
                },
                _ => ConstValue::ZeroSized,
            }
        }
    };
    const_value_to_cvalue(fx, &value, layout)
}

pub fn const_value_to_cvalue(
    fx: &mut FunctionCx<'_, '_>,
    value: &ConstValue,
    layout: TyAndLayout,
) -> CValue {
    let tcx = fx.tcx;
    match value {
        ConstValue::ZeroSized => CValue::zst(fx, layout),
        ConstValue::Scalar(Scalar::Int(s)) => {
            let ty = match layout.layout.repr {
                BackendRepr::Scalar(sc) => scalar_clif_ty(fx, sc),
                _ => match s.size {
                    1 => ir::types::I8,
                    2 => ir::types::I16,
                    4 => ir::types::I32,
                    16 => ir::types::I128,
                    _ => ir::types::I64,
                },
            };
            let v = iconst_any(fx, ty, s.data);
            CValue::by_val(v, layout)
        }
        ConstValue::Scalar(Scalar::Ptr(p)) => {
            let addr = global_addr(fx, p);
            CValue::by_val(addr, layout)
        }
        ConstValue::Slice { data, len } => {
            let id = fx.cx.data_for_alloc(tcx, data);
            let addr = data_addr(fx, id);
            let len = fx.bcx.ins().iconst(fx.pointer_type, *len as i64);
            CValue::by_val_pair(addr, len, layout)
        }
        ConstValue::Indirect { alloc, offset } => {
            let id = fx.cx.data_for_alloc(tcx, alloc);
            let addr = data_addr(fx, id);
            let ptr = Pointer::new(addr).offset(*offset as i64);
            CValue::by_ref(ptr, layout)
        }
    }
}

/// An immediate of any Cranelift type from raw bits.
pub fn iconst_any(fx: &mut FunctionCx<'_, '_>, ty: ir::Type, bits: u128) -> Value {
    match ty {
        ir::types::F32 => fx.bcx.ins().f32const(f32::from_bits(bits as u32)),
        ir::types::F64 => fx.bcx.ins().f64const(f64::from_bits(bits as u64)),
        ir::types::I128 => {
            let lo = fx.bcx.ins().iconst(ir::types::I64, bits as u64 as i64);
            let hi = fx
                .bcx
                .ins()
                .iconst(ir::types::I64, (bits >> 64) as u64 as i64);
            fx.bcx.ins().iconcat(lo, hi)
        }
        _ => {
            let mask = if ty.bits() >= 64 {
                u64::MAX
            } else {
                (1u64 << ty.bits()) - 1
            };
            fx.bcx.ins().iconst(ty, ((bits as u64) & mask) as i64)
        }
    }
}

/// The address a constant pointer points to.
fn global_addr(fx: &mut FunctionCx<'_, '_>, p: &ConstPointer) -> Value {
    let tcx = fx.tcx;
    let base = match &p.target {
        GlobalAlloc::Memory(alloc) => {
            let id = fx.cx.data_for_alloc(tcx, alloc);
            data_addr(fx, id)
        }
        GlobalAlloc::Static(def) => {
            let id = fx.cx.declare_static(tcx, *def);
            data_addr(fx, id)
        }
        GlobalAlloc::Function(instance) => {
            let instance = smelt_mono::reify_instance(tcx, *instance);
            let f = fx.cx.declare_fn(tcx, instance);
            let r = fx.cx.module.declare_func_in_func(f, fx.bcx.func);
            fx.bcx.ins().func_addr(fx.pointer_type, r)
        }
        GlobalAlloc::VTable(ty, principal) => {
            let id = fx.cx.vtable(tcx, *ty, *principal);
            data_addr(fx, id)
        }
    };
    if p.offset == 0 {
        base
    } else {
        fx.bcx.ins().iadd_imm_s(base, p.offset as i64)
    }
}

/// A pointer to a `core::panic::Location` for `span`, as the panic functions receive it. In
/// a `#[track_caller]` function, checks report the caller's location instead.
pub fn caller_location(fx: &mut FunctionCx<'_, '_>, span: Span) -> Value {
    if fx.current_is_track_caller() {
        if let Some(l) = fx.caller_location {
            return l;
        }
    }
    let tcx = fx.tcx;
    let span = tcx.sess.hygiene.source_callsite(span);
    let (file, line, col) = match tcx.sess.source_map.lookup_char_pos(span.lo) {
        Some(loc) => (
            loc.file.name.clone(),
            loc.line as u32,
            loc.col_display as u32 + 1,
        ),
        None => ("<unknown>".to_string(), 0, 0),
    };
    let key = (file.clone(), line, col);
    if let Some(&id) = fx.cx.location_ids.get(&key) {
        return data_addr(fx, id);
    }
    let Some(loc_def) = tcx.lang_item(smelt_hir::LangItem::PanicLocation) else {
        return fx.bcx.ins().iconst(fx.pointer_type, 0);
    };
    // `Location<'a>`: every generic parameter is a lifetime, erased here.
    let n = tcx.generics_of(loc_def).count();
    let args = vec![smelt_ty::GenericArg::Lifetime(smelt_ty::Region::Erased); n];
    let loc_ty = tcx.mk_adt(loc_def, tcx.mk_args(&args));
    let layout = fx.layout_of(loc_ty);
    let alloc = location_alloc(fx, &layout, &file, line, col);
    let id = fx.cx.data_for_alloc(tcx, &Rc::new(alloc));
    fx.cx.location_ids.insert(key, id);
    data_addr(fx, id)
}

/// The bytes of `Location { file, line, col }`, laid out as the library's struct is.
fn location_alloc(
    fx: &mut FunctionCx<'_, '_>,
    layout: &TyAndLayout,
    file: &str,
    line: u32,
    col: u32,
) -> Allocation {
    let tcx = fx.tcx;
    let size = layout.size() as usize;
    let mut bytes = vec![0u8; size];
    let mut relocations = Vec::new();
    let file_alloc = Rc::new(Allocation::from_bytes(file.as_bytes().to_vec(), 1));
    let ptr_size = tcx.sess.opts.target.pointer_size() as usize;
    for (i, name) in ["file", "line", "col"].iter().enumerate() {
        let offset = fx.field_offset(layout, FieldIdx::from_u32(i as u32)) as usize;
        let _ = name;
        match i {
            0 => {
                relocations.push((
                    offset as u64,
                    ConstPointer {
                        target: GlobalAlloc::Memory(file_alloc.clone()),
                        offset: 0,
                    },
                ));
                let len = file.len() as u64;
                if offset + ptr_size * 2 <= size {
                    bytes[offset + ptr_size..offset + ptr_size * 2]
                        .copy_from_slice(&len.to_le_bytes()[..ptr_size]);
                }
            }
            1 => {
                if offset + 4 <= size {
                    bytes[offset..offset + 4].copy_from_slice(&line.to_le_bytes());
                }
            }
            _ => {
                if offset + 4 <= size {
                    bytes[offset..offset + 4].copy_from_slice(&col.to_le_bytes());
                }
            }
        }
    }
    Allocation {
        bytes,
        relocations,
        align: layout.layout.align,
        mutability: smelt_ast::Mutability::Not,
    }
}

pub fn instance_addr(fx: &mut FunctionCx<'_, '_>, instance: Instance) -> Value {
    let f = fx.cx.declare_fn(fx.tcx, instance);
    let r = fx.cx.module.declare_func_in_func(f, fx.bcx.func);
    fx.bcx.ins().func_addr(fx.pointer_type, r)
}

//! Code generation of one function instance: MIR blocks to Cranelift blocks, statements and
//! terminators to instructions. The `FunctionCx` (`fx`) goes first in every function here.

use std::rc::Rc;

use cranelift_codegen::ir::{self, condcodes::IntCC, InstBuilder, MemFlagsData, TrapCode, Value};
use cranelift_frontend::{FunctionBuilder, Switch, Variable};
use cranelift_module::Module;
use smelt_ast::Mutability;
use smelt_mir::*;
use smelt_span::{BitSet, IndexVec, Span};
use smelt_ty::layout::{BackendRepr, Variants};
use smelt_ty::{FieldIdx, Instance, Instantiate, Ty, TyCtxt, TyKind, TypeFoldable};

use crate::abi::{self, FnAbi, PassMode};
use crate::context::CodegenCx;
use crate::value_and_place::{CPlace, CValue, Pointer, TyAndLayout};

pub struct FunctionCx<'m, 'clif> {
    pub cx: &'m mut CodegenCx,
    pub tcx: &'m TyCtxt,
    pub bcx: FunctionBuilder<'clif>,
    pub pointer_type: ir::Type,
    pub instance: Instance,
    pub mir: Rc<Body>,
    pub block_map: IndexVec<BasicBlock, ir::Block>,
    pub local_map: IndexVec<Local, CPlace>,
    pub fn_abi: FnAbi,
    /// The caller location parameter of a `#[track_caller]` function.
    pub caller_location: Option<Value>,
    /// The Cranelift type of each variable.
    pub var_types: rustc_hash::FxHashMap<u32, ir::Type>,
}

impl<'m, 'clif> FunctionCx<'m, 'clif> {
    pub fn monomorphize<T: TypeFoldable>(&self, value: T) -> T {
        self.tcx
            .normalize_erasing_regions(value.instantiate(self.tcx, self.instance.args))
    }

    pub fn layout_of(&self, ty: Ty) -> TyAndLayout {
        let before = ty;
        let ty = self.tcx.normalize_erasing_regions(ty);
        match self.tcx.layout_of(ty) {
            Ok(layout) => TyAndLayout {
                ty,
                layout,
                variant: None,
            },
            Err(e) => {
                // Layouts of monomorphic, checked types always exist; report and keep going
                // with a zero-sized stand-in.
                self.tcx.sess.dcx.bug(
                    self.mir.span,
                    format!(
                        "no layout for `{}` (from `{}`): {e:?}",
                        self.tcx.ty_string(ty),
                        self.tcx.ty_string(before)
                    ),
                );
                TyAndLayout {
                    ty,
                    layout: self
                        .tcx
                        .layout_of(self.tcx.types.unit)
                        .unwrap_or_else(|_| Rc::new(unit_layout())),
                    variant: None,
                }
            }
        }
    }

    /// The type and layout of field `field` of a value of layout `base`.
    pub fn field_layout(&self, base: &TyAndLayout, field: FieldIdx) -> TyAndLayout {
        let ty = self.field_ty(base, field);
        self.layout_of(ty)
    }

    pub fn field_ty(&self, base: &TyAndLayout, field: FieldIdx) -> Ty {
        let tcx = self.tcx;
        match tcx.kind(base.ty) {
            TyKind::Adt(def, args) => {
                let adt = tcx.adt_def(def);
                let vi = base.variant.unwrap_or(smelt_ty::VariantIdx::from_u32(0));
                match adt.variants.get(vi).and_then(|v| v.fields.get(field)) {
                    Some(f) => tcx.normalize_erasing_regions(f.ty(tcx, args)),
                    None => tcx.types.error,
                }
            }
            TyKind::Tuple(tys) => tcx
                .tys(tys)
                .get(field.as_usize())
                .copied()
                .unwrap_or(tcx.types.error),
            TyKind::Closure(def, args) => tcx
                .closure_upvar_tys(def, args)
                .get(field.as_usize())
                .copied()
                .unwrap_or(tcx.types.error),
            TyKind::Array(t, _) | TyKind::Slice(t) => t,
            TyKind::Ref(_, p, _) | TyKind::RawPtr(p, _) => {
                // The fields of a fat pointer: data pointer and metadata.
                if field.as_u32() == 0 {
                    tcx.mk_ptr(tcx.types.u8, Mutability::Not)
                } else {
                    match tcx.kind(tcx.struct_tail(p)) {
                        TyKind::Dynamic(..) => tcx.mk_imm_ref(tcx.types.unit),
                        _ => tcx.types.usize,
                    }
                }
            }
            _ => tcx.types.error,
        }
    }

    pub fn field_offset(&self, base: &TyAndLayout, field: FieldIdx) -> u64 {
        crate::value_and_place::shape_offset(&base.layout.fields, field.as_usize())
    }

    /// The element type and stride of an array or slice layout.
    pub fn elem_of(&self, base: &TyAndLayout) -> (Ty, u64) {
        let tcx = self.tcx;
        let elem = match tcx.kind(base.ty) {
            TyKind::Array(t, _) | TyKind::Slice(t) => t,
            TyKind::Str => tcx.types.u8,
            _ => tcx.types.error,
        };
        let stride = match &base.layout.fields {
            smelt_ty::layout::FieldsShape::Array { stride, .. } => *stride,
            _ => self.layout_of(elem).size(),
        };
        (elem, stride)
    }

    /// Converts a Cranelift value to the type of a variable (they differ only for the
    /// booleans of comparisons).
    pub fn cast_to_var_ty(&mut self, var: Variable, v: Value) -> Value {
        let ty = self.bcx.func.dfg.value_type(v);
        let want = self.var_types.get(&var.as_u32()).copied().unwrap_or(ty);
        self.coerce_clif(v, want)
    }

    pub fn coerce_clif(&mut self, v: Value, want: ir::Type) -> Value {
        let ty = self.bcx.func.dfg.value_type(v);
        if ty == want {
            return v;
        }
        if ty.is_int() && want.is_int() {
            if ty.bits() > want.bits() {
                self.bcx.ins().ireduce(want, v)
            } else {
                self.bcx.ins().uextend(want, v)
            }
        } else if ty.bits() == want.bits() {
            self.bcx.ins().bitcast(want, MemFlagsData::new(), v)
        } else {
            v
        }
    }

    pub fn copy_memory(&mut self, dst: Pointer, src: Pointer, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let dst_addr = dst.get_addr(self);
        let src_addr = src.get_addr(self);
        let config = self.cx.module.target_config();
        let align = align.clamp(1, 8) as u8;
        self.bcx.emit_small_memory_copy(
            config,
            dst_addr,
            src_addr,
            size,
            align,
            align,
            true,
            MemFlagsData::trusted(),
        );
    }

    pub fn trap(&mut self) {
        self.bcx
            .ins()
            .trap(TrapCode::user(1).expect("1 is a valid user trap code"));
    }

    pub fn span(&self) -> Span {
        self.mir.span
    }
}

fn unit_layout() -> smelt_ty::layout::Layout {
    smelt_ty::layout::Layout {
        size: 0,
        align: 1,
        repr: BackendRepr::Memory { sized: true },
        fields: smelt_ty::layout::FieldsShape::Arbitrary {
            offsets: vec![],
            memory_index: vec![],
        },
        variants: Variants::Single {
            index: smelt_ty::VariantIdx::from_u32(0),
        },
        largest_niche: None,
    }
}

/// Locals whose address is taken or that are projected into live in memory; the others
/// can be SSA variables.
fn locals_in_memory(body: &Body) -> BitSet<Local> {
    let mut set = BitSet::new_empty(body.local_decls.len());
    let mark_place = |p: &Place, borrowed: bool, set: &mut BitSet<Local>| {
        let projected = p
            .projection
            .first()
            .is_some_and(|e| !matches!(e, ProjectionElem::Deref));
        if borrowed || projected {
            set.insert(p.local);
        }
    };
    for data in body.basic_blocks.iter() {
        for s in &data.statements {
            match &s.kind {
                StatementKind::Assign(b) => {
                    mark_place(&b.0, false, &mut set);
                    match &b.1 {
                        Rvalue::Ref(_, _, p) | Rvalue::RawPtr(_, p) => {
                            // Borrowing `*local` does not need `local`'s address.
                            if p.projection.first() != Some(&ProjectionElem::Deref) {
                                mark_place(p, true, &mut set);
                            }
                        }
                        Rvalue::Len(p) | Rvalue::Discriminant(p) | Rvalue::CopyForDeref(p) => {
                            mark_place(p, false, &mut set)
                        }
                        rv => smelt_mir::visit::for_each_operand_in_rvalue(rv, &mut |o| {
                            if let Some(p) = o.place() {
                                mark_place(p, false, &mut set);
                            }
                        }),
                    }
                }
                StatementKind::SetDiscriminant { place, .. } => {
                    set.insert(place.local);
                }
                _ => {}
            }
        }
        if let Some(t) = &data.terminator {
            match &t.kind {
                TerminatorKind::Call {
                    args,
                    destination,
                    func,
                    ..
                } => {
                    mark_place(destination, false, &mut set);
                    for a in args.iter().chain(std::iter::once(func)) {
                        if let Some(p) = a.place() {
                            mark_place(p, false, &mut set);
                        }
                    }
                }
                TerminatorKind::SwitchInt { discr, .. } => {
                    if let Some(p) = discr.place() {
                        mark_place(p, false, &mut set);
                    }
                }
                TerminatorKind::Assert { cond, .. } => {
                    if let Some(p) = cond.place() {
                        mark_place(p, false, &mut set);
                    }
                }
                TerminatorKind::Drop { place, .. } => {
                    set.insert(place.local);
                }
                _ => {}
            }
        }
    }
    set
}

/// Generates the body of `instance` into `func`.
pub fn codegen_fn(
    cx: &mut CodegenCx,
    tcx: &TyCtxt,
    instance: Instance,
    mir: Rc<Body>,
    func: &mut ir::Function,
    fbc: &mut cranelift_frontend::FunctionBuilderContext,
) {
    let fn_abi = abi::fn_abi_of_instance(tcx, cx, instance);
    func.signature = abi::clif_sig(cx, tcx, &fn_abi);
    let bcx = FunctionBuilder::new(func, fbc);
    let pointer_type = cx.pointer_type;
    let mut fx = FunctionCx {
        cx,
        tcx,
        bcx,
        pointer_type,
        instance,
        mir: mir.clone(),
        block_map: IndexVec::new(),
        local_map: IndexVec::new(),
        fn_abi,
        caller_location: None,
        var_types: Default::default(),
    };
    let entry = fx.bcx.create_block();
    fx.bcx.append_block_params_for_function_params(entry);
    fx.bcx.switch_to_block(entry);
    for _ in mir.basic_blocks.indices() {
        let b = fx.bcx.create_block();
        fx.block_map.push(b);
    }
    let mut memory = locals_in_memory(&mir);
    if let Some(l) = mir.spread_arg {
        memory.insert(l);
    }
    // Parameters as the function receives them.
    let params: Vec<Value> = fx.bcx.block_params(entry).to_vec();
    let mut param_iter = params.into_iter();
    let ret_layout = fx.fn_abi.ret.0.clone();
    let ret_place = match fx.fn_abi.ret.1 {
        PassMode::Indirect => {
            let p = param_iter
                .next()
                .unwrap_or_else(|| fx.bcx.ins().iconst(pointer_type, 0));
            Some(CPlace::for_ptr(Pointer::new(p), ret_layout.clone()))
        }
        _ => None,
    };
    for (local, decl) in mir.local_decls.iter_enumerated() {
        let ty = fx.monomorphize(decl.ty);
        let layout = fx.layout_of(ty);
        let place = if local == Local::RETURN_PLACE {
            match &ret_place {
                Some(p) => p.clone(),
                None => new_local_place(&mut fx, layout, memory.contains(local)),
            }
        } else {
            new_local_place(&mut fx, layout, memory.contains(local))
        };
        fx.local_map.push(place);
    }
    // Which local (and field, for a spread argument tuple) each ABI argument fills.
    let mut targets: Vec<(Local, Option<u32>)> = Vec::new();
    for l in mir.args_iter() {
        if mir.spread_arg == Some(l) {
            let ty = fx.monomorphize(mir.local_decls[l].ty);
            if let TyKind::Tuple(tys) = tcx.kind(ty) {
                for i in 0..tcx.tys(tys).len() {
                    targets.push((l, Some(i as u32)));
                }
                continue;
            }
        }
        targets.push((l, None));
    }
    for ((layout, mode), (local, field)) in fx.fn_abi.args.clone().into_iter().zip(targets) {
        let value = match mode {
            PassMode::Ignore => continue,
            PassMode::Direct(_) => match param_iter.next() {
                Some(v) => CValue::by_val(v, layout.clone()),
                None => continue,
            },
            PassMode::Pair(..) => match (param_iter.next(), param_iter.next()) {
                (Some(a), Some(b)) => CValue::by_val_pair(a, b, layout.clone()),
                _ => continue,
            },
            PassMode::Indirect => match param_iter.next() {
                Some(p) => CValue::by_ref(Pointer::new(p), layout.clone()),
                None => continue,
            },
        };
        if local.as_usize() < fx.local_map.len() {
            let place = fx.local_map[local].clone();
            match field {
                Some(f) => {
                    let fp = place.place_field(&mut fx, smelt_ty::FieldIdx::from_u32(f));
                    fp.write_cvalue(&mut fx, value);
                }
                None => place.write_cvalue(&mut fx, value),
            }
        }
    }
    if fx.fn_abi.caller_location {
        fx.caller_location = param_iter.next();
    }
    let start = fx.block_map[BasicBlock::START];
    fx.bcx.ins().jump(start, &[]);

    for (bb, data) in mir.basic_blocks.iter_enumerated() {
        let block = fx.block_map[bb];
        fx.bcx.switch_to_block(block);
        for stmt in &data.statements {
            codegen_statement(&mut fx, stmt);
        }
        match &data.terminator {
            Some(t) => codegen_terminator(&mut fx, t),
            None => fx.trap(),
        }
    }
    fx.bcx.seal_all_blocks();
    let config = fx.cx.module.target_config();
    fx.bcx.finalize(config);
}

fn new_local_place(fx: &mut FunctionCx<'_, '_>, layout: TyAndLayout, in_memory: bool) -> CPlace {
    if in_memory
        || !matches!(
            layout.layout.repr,
            BackendRepr::Scalar(_) | BackendRepr::ScalarPair(..)
        )
    {
        CPlace::new_stack_slot(fx, layout)
    } else {
        CPlace::new_var(fx, layout)
    }
}

fn codegen_statement(fx: &mut FunctionCx<'_, '_>, stmt: &Statement) {
    match &stmt.kind {
        StatementKind::Assign(b) => {
            let (place, rvalue) = &**b;
            let dest = codegen_place(fx, place);
            codegen_rvalue(fx, dest, rvalue, stmt.source_info.span);
        }
        StatementKind::SetDiscriminant {
            place,
            variant_index,
        } => {
            let p = codegen_place(fx, place);
            crate::discriminant::codegen_set_discriminant(fx, &p, *variant_index);
        }
        StatementKind::StorageLive(_)
        | StatementKind::StorageDead(_)
        | StatementKind::FakeRead(_)
        | StatementKind::Nop => {}
    }
}

pub fn codegen_place(fx: &mut FunctionCx<'_, '_>, place: &Place) -> CPlace {
    let mut cplace = fx.local_map[place.local].clone();
    for elem in &place.projection {
        cplace = match elem {
            ProjectionElem::Deref => cplace.place_deref(fx),
            ProjectionElem::Field(f, _) => cplace.place_field(fx, *f),
            ProjectionElem::Index(l) => {
                let idx = fx.local_map[*l].clone().to_cvalue(fx).load_scalar(fx);
                cplace.place_index(fx, idx)
            }
            ProjectionElem::ConstantIndex {
                offset, from_end, ..
            } => {
                let idx = if *from_end {
                    let len = place_len(fx, &cplace);
                    fx.bcx.ins().iadd_imm_s(len, -(*offset as i64))
                } else {
                    fx.bcx.ins().iconst(fx.pointer_type, *offset as i64)
                };
                cplace.place_index(fx, idx)
            }
            ProjectionElem::Subslice { from, to, from_end } => {
                let (elem_ty, stride) = fx.elem_of(&cplace.layout);
                let (ptr, _) = cplace.to_ptr_maybe_unsized();
                let new_ptr = ptr.offset((*from * stride) as i64);
                if *from_end {
                    let len = place_len(fx, &cplace);
                    let new_len = fx.bcx.ins().iadd_imm_s(len, -((*from + *to) as i64));
                    let slice = fx.layout_of(fx.tcx.mk_slice(elem_ty));
                    CPlace::for_ptr_with_meta(new_ptr, new_len, slice)
                } else {
                    let arr = fx.layout_of(fx.tcx.mk_array(elem_ty, to - from));
                    CPlace::for_ptr(new_ptr, arr)
                }
            }
            ProjectionElem::Downcast(v) => cplace.downcast_variant(fx, *v),
        };
    }
    cplace
}

/// The length of an array or slice place.
pub fn place_len(fx: &mut FunctionCx<'_, '_>, place: &CPlace) -> Value {
    match fx.tcx.kind(place.layout.ty) {
        TyKind::Array(_, len) => {
            let n = fx.tcx.eval_array_len(len).unwrap_or(0);
            fx.bcx.ins().iconst(fx.pointer_type, n as i64)
        }
        _ => match place.meta() {
            Some(m) => m,
            None => fx.bcx.ins().iconst(fx.pointer_type, 0),
        },
    }
}

pub fn codegen_operand(fx: &mut FunctionCx<'_, '_>, op: &Operand) -> CValue {
    match op {
        Operand::Copy(p) | Operand::Move(p) => {
            let place = codegen_place(fx, p);
            place.to_cvalue(fx)
        }
        Operand::Constant(c) => crate::constant::codegen_constant(fx, c),
    }
}

fn codegen_rvalue(fx: &mut FunctionCx<'_, '_>, dest: CPlace, rvalue: &Rvalue, span: Span) {
    let tcx = fx.tcx;
    match rvalue {
        Rvalue::Use(op) => {
            let v = codegen_operand(fx, op);
            dest.write_cvalue(fx, v.with_layout(dest.layout.clone()));
        }
        Rvalue::CopyForDeref(p) => {
            let v = codegen_place(fx, p).to_cvalue(fx);
            dest.write_cvalue(fx, v);
        }
        Rvalue::Repeat(op, count) => {
            let v = codegen_operand(fx, op);
            let n = fx.tcx.eval_array_len(fx.monomorphize(*count)).unwrap_or(0);
            if n == 0 || v.layout.is_zst() {
                return;
            }
            let (dst, _) = dest.to_ptr_maybe_unsized();
            let stride = fx.elem_of(&dest.layout).1;
            if n <= 16 {
                for i in 0..n {
                    let p = CPlace::for_ptr(dst.offset((i * stride) as i64), v.layout.clone());
                    p.write_cvalue(fx, v.clone());
                }
            } else {
                // A loop over the elements.
                let header = fx.bcx.create_block();
                let body = fx.bcx.create_block();
                let done = fx.bcx.create_block();
                let ptr_ty = fx.pointer_type;
                fx.bcx.append_block_param(header, ptr_ty);
                let zero = fx.bcx.ins().iconst(ptr_ty, 0);
                fx.bcx.ins().jump(header, &[zero.into()]);
                fx.bcx.switch_to_block(header);
                let i = fx.bcx.block_params(header)[0];
                let cont = fx
                    .bcx
                    .ins()
                    .icmp_imm_u(IntCC::UnsignedLessThan, i, n as i64);
                fx.bcx.ins().brif(cont, body, &[], done, &[]);
                fx.bcx.switch_to_block(body);
                let off = fx.bcx.ins().imul_imm_s(i, stride as i64);
                let base = dst.get_addr(fx);
                let addr = fx.bcx.ins().iadd(base, off);
                CPlace::for_ptr(Pointer::new(addr), v.layout.clone()).write_cvalue(fx, v.clone());
                let next = fx.bcx.ins().iadd_imm_s(i, 1);
                fx.bcx.ins().jump(header, &[next.into()]);
                fx.bcx.switch_to_block(done);
            }
        }
        Rvalue::Ref(_, _, p) | Rvalue::RawPtr(_, p) => {
            let place = codegen_place(fx, p);
            let v = place.place_ref(fx, dest.layout.clone());
            dest.write_cvalue(fx, v);
        }
        Rvalue::Len(p) => {
            let place = codegen_place(fx, p);
            let len = place_len(fx, &place);
            dest.write_cvalue(fx, CValue::by_val(len, dest.layout.clone()));
        }
        Rvalue::Cast(kind, op, ty) => {
            let ty = fx.monomorphize(*ty);
            let v = codegen_operand(fx, op);
            let result = crate::cast::codegen_cast(fx, *kind, v, ty, span);
            dest.write_cvalue(fx, result);
        }
        Rvalue::BinaryOp(op, ops) => {
            let l = codegen_operand(fx, &ops.0);
            let r = codegen_operand(fx, &ops.1);
            let result = crate::num::codegen_binop(fx, *op, l, r, dest.layout.clone());
            dest.write_cvalue(fx, result);
        }
        Rvalue::UnaryOp(op, operand) => {
            let v = codegen_operand(fx, operand);
            let result = match op {
                UnOp::Not => {
                    let is_bool = v.layout.ty == tcx.types.bool;
                    let x = v.load_scalar(fx);
                    let r = if is_bool {
                        fx.bcx.ins().bxor_imm_s(x, 1)
                    } else {
                        fx.bcx.ins().bnot(x)
                    };
                    CValue::by_val(r, dest.layout.clone())
                }
                UnOp::Neg => {
                    let kind = tcx.kind(v.layout.ty);
                    let x = v.load_scalar(fx);
                    let r = match kind {
                        TyKind::Float(_) => fx.bcx.ins().fneg(x),
                        _ => fx.bcx.ins().ineg(x),
                    };
                    CValue::by_val(r, dest.layout.clone())
                }
                UnOp::PtrMetadata => {
                    if matches!(v.layout.layout.repr, BackendRepr::ScalarPair(..)) {
                        let (_, m) = v.load_scalar_pair(fx);
                        CValue::by_val(m, dest.layout.clone())
                    } else {
                        CValue::zst(fx, dest.layout.clone())
                    }
                }
            };
            dest.write_cvalue(fx, result);
        }
        Rvalue::NullaryOp(op, ty) => {
            let layout = fx.layout_of(fx.monomorphize(*ty));
            let v = match op {
                NullOp::SizeOf => layout.size(),
                NullOp::AlignOf => layout.layout.align,
            };
            let c = fx.bcx.ins().iconst(fx.pointer_type, v as i64);
            dest.write_cvalue(fx, CValue::by_val(c, dest.layout.clone()));
        }
        Rvalue::Discriminant(p) => {
            let place = codegen_place(fx, p);
            let v = crate::discriminant::codegen_get_discriminant(fx, &place, dest.layout.clone());
            dest.write_cvalue(fx, v);
        }
        Rvalue::Aggregate(kind, ops) => {
            let (target, variant) = match &**kind {
                AggregateKind::Adt(def, vi, _, active) => {
                    let adt = tcx.adt_def(*def);
                    if let Some(field) = active {
                        // A union: write the one field.
                        let v = codegen_operand(fx, &ops[FieldIdx::from_u32(0)]);
                        let f = dest.place_field(fx, *field);
                        f.write_cvalue(fx, v);
                        return;
                    }
                    if adt.is_enum() {
                        (dest.downcast_variant(fx, *vi), Some(*vi))
                    } else {
                        (dest.clone(), None)
                    }
                }
                AggregateKind::Array(_) => {
                    let (elem_ty, stride) = fx.elem_of(&dest.layout);
                    let elem = fx.layout_of(elem_ty);
                    if !elem.is_zst() {
                        let (base, _) = dest.to_ptr_maybe_unsized();
                        for (i, op) in ops.iter().enumerate() {
                            let v = codegen_operand(fx, op);
                            CPlace::for_ptr(base.offset((i as u64 * stride) as i64), elem.clone())
                                .write_cvalue(fx, v);
                        }
                    }
                    return;
                }
                AggregateKind::RawPtr(..) => {
                    let data = codegen_operand(fx, &ops[FieldIdx::from_u32(0)]).load_scalar(fx);
                    match ops
                        .get(FieldIdx::from_u32(1))
                        .map(|o| codegen_operand(fx, o))
                    {
                        Some(meta) if !meta.layout.is_zst() => {
                            let m = meta.load_scalar(fx);
                            dest.write_cvalue(
                                fx,
                                CValue::by_val_pair(data, m, dest.layout.clone()),
                            );
                        }
                        _ => dest.write_cvalue(fx, CValue::by_val(data, dest.layout.clone())),
                    }
                    return;
                }
                _ => (dest.clone(), None),
            };
            for (i, op) in ops.iter_enumerated() {
                let v = codegen_operand(fx, op);
                if v.layout.is_zst() {
                    continue;
                }
                let f = target.place_field(fx, i);
                f.write_cvalue(fx, v);
            }
            if let Some(vi) = variant {
                crate::discriminant::codegen_set_discriminant(fx, &dest, vi);
            }
        }
    }
}

fn codegen_terminator(fx: &mut FunctionCx<'_, '_>, t: &Terminator) {
    let span = t.source_info.span;
    match &t.kind {
        TerminatorKind::Goto { target }
        | TerminatorKind::FalseEdge {
            real_target: target,
            ..
        }
        | TerminatorKind::FalseUnwind {
            real_target: target,
            ..
        } => {
            let b = fx.block_map[*target];
            fx.bcx.ins().jump(b, &[]);
        }
        TerminatorKind::SwitchInt { discr, targets } => {
            let v = codegen_operand(fx, discr);
            let x = v.load_scalar(fx);
            let ty = fx.bcx.func.dfg.value_type(x);
            let otherwise = fx.block_map[targets.otherwise()];
            if targets.values.len() == 1 && ty.bits() <= 64 {
                let (value, target) = (targets.values[0], fx.block_map[targets.targets[0]]);
                let cond = if value == 0 {
                    x
                } else {
                    fx.bcx.ins().icmp_imm_u(IntCC::Equal, x, value as i64)
                };
                if value == 0 {
                    // `x == 0` goes to `target`.
                    fx.bcx.ins().brif(cond, otherwise, &[], target, &[]);
                } else {
                    fx.bcx.ins().brif(cond, target, &[], otherwise, &[]);
                }
            } else if ty.bits() <= 64 {
                let mut switch = Switch::new();
                for (value, target) in targets.iter() {
                    switch.set_entry(value, fx.block_map[target]);
                }
                switch.emit(&mut fx.bcx, x, otherwise);
            } else {
                // 128-bit switches as a chain of comparisons.
                for (value, target) in targets.iter() {
                    let next = fx.bcx.create_block();
                    let lo = fx.bcx.ins().iconst(ir::types::I64, value as u64 as i64);
                    let hi = fx
                        .bcx
                        .ins()
                        .iconst(ir::types::I64, (value >> 64) as u64 as i64);
                    let c = fx.bcx.ins().iconcat(lo, hi);
                    let eq = fx.bcx.ins().icmp(IntCC::Equal, x, c);
                    let tb = fx.block_map[target];
                    fx.bcx.ins().brif(eq, tb, &[], next, &[]);
                    fx.bcx.switch_to_block(next);
                }
                fx.bcx.ins().jump(otherwise, &[]);
            }
        }
        TerminatorKind::Return => {
            let ret = fx.local_map[Local::RETURN_PLACE].clone();
            match fx.fn_abi.ret.1 {
                PassMode::Ignore | PassMode::Indirect => {
                    fx.bcx.ins().return_(&[]);
                }
                PassMode::Direct(_) => {
                    let v = ret.to_cvalue(fx).load_scalar(fx);
                    fx.bcx.ins().return_(&[v]);
                }
                PassMode::Pair(..) => {
                    let (a, b) = ret.to_cvalue(fx).load_scalar_pair(fx);
                    fx.bcx.ins().return_(&[a, b]);
                }
            }
        }
        TerminatorKind::Unreachable
        | TerminatorKind::UnwindResume
        | TerminatorKind::UnwindTerminate => fx.trap(),
        TerminatorKind::Drop { place, target, .. } => {
            let ty = fx.monomorphize(place.ty(&fx.mir, fx.tcx).ty);
            if fx.tcx.needs_drop(ty) {
                crate::abi::codegen_drop(fx, place, ty, span);
            }
            let b = fx.block_map[*target];
            fx.bcx.ins().jump(b, &[]);
        }
        TerminatorKind::Call {
            func,
            args,
            destination,
            target,
            fn_span,
            ..
        } => {
            crate::abi::codegen_terminator_call(fx, func, args, destination, *target, *fn_span);
        }
        TerminatorKind::Assert {
            cond,
            expected,
            msg,
            target,
            ..
        } => {
            let c = codegen_operand(fx, cond).load_scalar(fx);
            let ok = fx.block_map[*target];
            let fail = fx.bcx.create_block();
            if *expected {
                fx.bcx.ins().brif(c, ok, &[], fail, &[]);
            } else {
                fx.bcx.ins().brif(c, fail, &[], ok, &[]);
            }
            fx.bcx.switch_to_block(fail);
            codegen_panic(fx, msg, span);
        }
    }
}

/// Calls the panic function for a failed check; never returns.
fn codegen_panic(fx: &mut FunctionCx<'_, '_>, msg: &AssertKind, span: Span) {
    let tcx = fx.tcx;
    let Some(def) = smelt_mono::panic_lang_item(tcx, msg) else {
        tcx.sess
            .dcx
            .err(span, "the library has no panic function for this check");
        fx.trap();
        return;
    };
    let mut args = Vec::new();
    if let AssertKind::BoundsCheck { len, index } = msg {
        let i = codegen_operand(fx, index).load_scalar(fx);
        let l = codegen_operand(fx, len).load_scalar(fx);
        args.push(i);
        args.push(l);
    }
    let location = crate::constant::caller_location(fx, span);
    args.push(location);
    let instance = Instance::new(def, tcx.types.empty_args);
    let func = fx.cx.declare_fn(tcx, instance);
    let func_ref = fx.cx.module.declare_func_in_func(func, fx.bcx.func);
    fx.bcx.ins().call(func_ref, &args);
    fx.trap();
}

pub fn clif_type_of(fx: &FunctionCx<'_, '_>, layout: &TyAndLayout) -> Option<ir::Type> {
    match layout.layout.repr {
        BackendRepr::Scalar(s) => Some(crate::value_and_place::scalar_clif_ty(fx, s)),
        _ => None,
    }
}

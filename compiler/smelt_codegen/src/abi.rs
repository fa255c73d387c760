//! Calling conventions: how arguments and return values are passed, and calls.
//!
//! Smelt's Rust ABI (all Rust code is compiled by smelt, so it is ours to choose): zero-sized
//! values are not passed; scalars are passed in one register, scalar pairs (fat pointers,
//! small tuples) in two; anything else by a pointer to a copy the caller makes. A value
//! returned in memory is written through a hidden first pointer argument. `#[track_caller]`
//! functions take their caller's `&'static Location` as a hidden last argument.
//! `extern "C"` functions use the platform's C convention for scalars and pointers; passing
//! structs by value to C is a diagnostic for now.

use cranelift_codegen::ir::{self, AbiParam, ArgumentPurpose, InstBuilder, Value};
use cranelift_module::Module;
use smelt_hir::{Abi, DefKind};
use smelt_mir::{Operand, Place};
use smelt_span::Span;
use smelt_ty::layout::BackendRepr;
use smelt_ty::{FnSig, Instance, InstanceKind, Instantiate, Ty, TyCtxt, TyKind};

use crate::base::{codegen_operand, codegen_place, FunctionCx};
use crate::context::CodegenCx;
use crate::value_and_place::{scalar_clif_ty, CPlace, CValue, Pointer, TyAndLayout};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PassMode {
    Ignore,
    Direct(ir::Type),
    Pair(ir::Type, ir::Type),
    Indirect,
}

#[derive(Clone, Debug)]
pub struct FnAbi {
    pub args: Vec<(TyAndLayout, PassMode)>,
    pub ret: (TyAndLayout, PassMode),
    pub caller_location: bool,
    pub c_variadic: bool,
    /// Whether the C calling convention's rules (argument extension) apply.
    pub c_abi: bool,
}

pub fn layout_of(tcx: &TyCtxt, ty: Ty) -> TyAndLayout {
    let ty = tcx.normalize_erasing_regions(ty);
    match tcx.layout_of(ty) {
        Ok(layout) => TyAndLayout {
            ty,
            layout,
            variant: None,
        },
        Err(_) => TyAndLayout {
            ty,
            layout: tcx
                .layout_of(tcx.types.unit)
                .unwrap_or_else(|_| panic!("the unit type has a layout")),
            variant: None,
        },
    }
}

pub fn pass_mode(cx: &CodegenCx, layout: &TyAndLayout) -> PassMode {
    if layout.is_zst() {
        return PassMode::Ignore;
    }
    match layout.layout.repr {
        BackendRepr::Scalar(s) => PassMode::Direct(crate::value_and_place::prim_clif_ty(
            cx.pointer_type,
            s.value,
        )),
        BackendRepr::ScalarPair(a, b) => PassMode::Pair(
            crate::value_and_place::prim_clif_ty(cx.pointer_type, a.value),
            crate::value_and_place::prim_clif_ty(cx.pointer_type, b.value),
        ),
        BackendRepr::Uninhabited => PassMode::Ignore,
        BackendRepr::Memory { .. } => PassMode::Indirect,
    }
}

fn abi_from_sig(tcx: &TyCtxt, cx: &CodegenCx, sig: FnSig, caller_location: bool) -> FnAbi {
    let mut inputs = tcx.sig_inputs(sig);
    // `extern "rust-call"`: the last argument, a tuple, is passed as its fields.
    if sig.abi == Abi::RustCall {
        if let Some(last) = inputs.pop() {
            let last = tcx.normalize_erasing_regions(last);
            match tcx.kind(last) {
                TyKind::Tuple(tys) => inputs.extend(tcx.tys(tys).iter().copied()),
                _ => inputs.push(last),
            }
        }
    }
    let args = inputs.into_iter().map(|t| {
        let l = layout_of(tcx, t);
        let m = pass_mode(cx, &l);
        (l, m)
    });
    let ret_layout = layout_of(tcx, tcx.sig_output(sig));
    let ret_mode = pass_mode(cx, &ret_layout);
    FnAbi {
        args: args.collect(),
        ret: (ret_layout, ret_mode),
        caller_location,
        c_variadic: sig.c_variadic,
        c_abi: matches!(sig.abi, Abi::C | Abi::System),
    }
}

pub fn fn_abi_of_fn_ptr(tcx: &TyCtxt, cx: &CodegenCx, sig: FnSig) -> FnAbi {
    abi_from_sig(tcx, cx, sig, false)
}

pub fn fn_abi_of_instance(tcx: &TyCtxt, cx: &CodegenCx, instance: Instance) -> FnAbi {
    match instance.def {
        InstanceKind::Item(def)
            if matches!(
                tcx.def_kind(def),
                DefKind::Fn | DefKind::AssocFn | DefKind::Ctor(..)
            ) =>
        {
            let sig =
                tcx.normalize_erasing_regions(tcx.fn_sig(def).instantiate(tcx, instance.args));
            let track_caller = tcx.is_track_caller(def);
            abi_from_sig(tcx, cx, sig, track_caller)
        }
        _ => {
            // Shims and other bodies: read the types off their MIR.
            let body = smelt_mir::optimized_mir(tcx, instance.def);
            let mono = |t: Ty| tcx.normalize_erasing_regions(t.instantiate(tcx, instance.args));
            let mut args = Vec::new();
            for l in body.args_iter() {
                let layout = layout_of(tcx, mono(body.local_decls[l].ty));
                if body.spread_arg == Some(l) {
                    // A "rust-call" body receives its argument tuple spread into fields.
                    if let TyKind::Tuple(tys) = tcx.kind(layout.ty) {
                        for t in tcx.tys(tys).iter() {
                            let fl = layout_of(tcx, *t);
                            let m = pass_mode(cx, &fl);
                            args.push((fl, m));
                        }
                        continue;
                    }
                }
                let m = pass_mode(cx, &layout);
                args.push((layout, m));
            }
            let ret_layout = layout_of(tcx, mono(body.return_ty()));
            let ret_mode = pass_mode(cx, &ret_layout);
            FnAbi {
                args,
                ret: (ret_layout, ret_mode),
                caller_location: false,
                c_variadic: false,
                c_abi: false,
            }
        }
    }
}

/// C requires small integer arguments and results to be extended to 32 bits.
fn c_extend(p: AbiParam, layout: &TyAndLayout, tcx: &TyCtxt) -> AbiParam {
    match tcx.kind(layout.ty) {
        TyKind::Int(smelt_ast::IntTy::I8 | smelt_ast::IntTy::I16) => p.sext(),
        TyKind::Uint(smelt_ast::UintTy::U8 | smelt_ast::UintTy::U16) | TyKind::Bool => p.uext(),
        _ => p,
    }
}

pub fn clif_sig(cx: &CodegenCx, tcx: &TyCtxt, abi: &FnAbi) -> ir::Signature {
    let mut sig = ir::Signature::new(cx.call_conv);
    let ptr = cx.pointer_type;
    if abi.ret.1 == PassMode::Indirect {
        sig.params
            .push(AbiParam::special(ptr, ArgumentPurpose::StructReturn));
    }
    for (layout, mode) in &abi.args {
        match mode {
            PassMode::Ignore => {}
            PassMode::Direct(t) => {
                let mut p = AbiParam::new(*t);
                if abi.c_abi {
                    p = c_extend(p, layout, tcx);
                }
                sig.params.push(p);
            }
            PassMode::Pair(a, b) => {
                sig.params.push(AbiParam::new(*a));
                sig.params.push(AbiParam::new(*b));
            }
            PassMode::Indirect => sig.params.push(AbiParam::new(ptr)),
        }
    }
    match abi.ret.1 {
        PassMode::Direct(t) => {
            let mut p = AbiParam::new(t);
            if abi.c_abi {
                p = c_extend(p, &abi.ret.0, tcx);
            }
            sig.returns.push(p);
        }
        PassMode::Pair(a, b) => {
            sig.returns.push(AbiParam::new(a));
            sig.returns.push(AbiParam::new(b));
        }
        _ => {}
    }
    if abi.caller_location {
        sig.params.push(AbiParam::new(ptr));
    }
    sig
}

/// Lowers a value to the arguments of a call.
fn push_arg(fx: &mut FunctionCx<'_, '_>, out: &mut Vec<Value>, value: CValue, mode: PassMode) {
    match mode {
        PassMode::Ignore => {}
        PassMode::Direct(t) => {
            let v = value.load_scalar(fx);
            let v = fx.coerce_clif(v, t);
            out.push(v);
        }
        PassMode::Pair(..) => {
            let (a, b) = value.load_scalar_pair(fx);
            out.push(a);
            out.push(b);
        }
        PassMode::Indirect => {
            // The callee gets its own copy.
            let copy = CPlace::new_stack_slot(fx, value.layout.clone());
            copy.write_cvalue(fx, value);
            let addr = copy.to_ptr().get_addr(fx);
            out.push(addr);
        }
    }
}

/// Emits a call and stores its result into `dest`.
pub fn emit_call(
    fx: &mut FunctionCx<'_, '_>,
    callee: Callee,
    abi: &FnAbi,
    args: Vec<CValue>,
    dest: Option<CPlace>,
    span: Span,
) {
    let mut values = Vec::new();
    let ret_slot = if abi.ret.1 == PassMode::Indirect {
        let slot = match &dest {
            Some(d) if d.is_in_memory() => d.clone(),
            _ => CPlace::new_stack_slot(fx, abi.ret.0.clone()),
        };
        let addr = slot.to_ptr().get_addr(fx);
        values.push(addr);
        Some(slot)
    } else {
        None
    };
    for (i, value) in args.into_iter().enumerate() {
        let mode = abi.args.get(i).map_or(PassMode::Ignore, |a| a.1);
        let mode = if i >= abi.args.len() {
            // Variadic arguments: passed as their scalar.
            match value.layout.layout.repr {
                BackendRepr::Scalar(s) => PassMode::Direct(scalar_clif_ty(fx, s)),
                _ => PassMode::Indirect,
            }
        } else {
            mode
        };
        push_arg(fx, &mut values, value, mode);
    }
    if abi.caller_location {
        let loc = match fx.caller_location {
            Some(l) if fx.current_is_track_caller() => l,
            _ => crate::constant::caller_location(fx, span),
        };
        values.push(loc);
    }
    let call = match callee {
        Callee::Direct(func_ref) => {
            if abi.c_variadic {
                // Declare the variadic callee with the exact argument types of this call.
                let mut sig = clif_sig(fx.cx, fx.tcx, abi);
                sig.params = values
                    .iter()
                    .map(|v| AbiParam::new(fx.bcx.func.dfg.value_type(*v)))
                    .collect();
                let sig_ref = fx.bcx.import_signature(sig);
                let addr = fx.bcx.ins().func_addr(fx.pointer_type, func_ref);
                fx.bcx.ins().call_indirect(sig_ref, addr, &values)
            } else {
                fx.bcx.ins().call(func_ref, &values)
            }
        }
        Callee::Indirect(addr) => {
            let sig = clif_sig(fx.cx, fx.tcx, abi);
            let sig_ref = fx.bcx.import_signature(sig);
            fx.bcx.ins().call_indirect(sig_ref, addr, &values)
        }
    };
    let results: Vec<Value> = fx.bcx.inst_results(call).to_vec();
    let Some(dest) = dest else { return };
    match abi.ret.1 {
        PassMode::Ignore => {}
        PassMode::Direct(_) => {
            if let Some(&r) = results.first() {
                dest.write_cvalue(fx, CValue::by_val(r, dest.layout.clone()));
            }
        }
        PassMode::Pair(..) => {
            if let (Some(&a), Some(&b)) = (results.first(), results.get(1)) {
                dest.write_cvalue(fx, CValue::by_val_pair(a, b, dest.layout.clone()));
            }
        }
        PassMode::Indirect => {
            if let Some(slot) = ret_slot {
                if !dest.is_in_memory() {
                    let v = slot.to_cvalue(fx);
                    dest.write_cvalue(fx, v);
                }
            }
        }
    }
}

pub enum Callee {
    Direct(ir::FuncRef),
    Indirect(Value),
}

impl FunctionCx<'_, '_> {
    pub fn current_is_track_caller(&self) -> bool {
        match self.instance.def {
            InstanceKind::Item(def) => self.tcx.is_track_caller(def),
            _ => false,
        }
    }
}

pub fn codegen_terminator_call(
    fx: &mut FunctionCx<'_, '_>,
    func: &Operand,
    args: &[Operand],
    destination: &Place,
    target: Option<smelt_mir::BasicBlock>,
    fn_span: Span,
) {
    let tcx = fx.tcx;
    let fn_ty = fx.monomorphize(func.ty(&fx.mir, tcx));
    let dest = codegen_place(fx, destination);
    let next = |fx: &mut FunctionCx<'_, '_>| match target {
        Some(t) => {
            let b = fx.block_map[t];
            fx.bcx.ins().jump(b, &[]);
        }
        None => fx.trap(),
    };
    match tcx.kind(fn_ty) {
        TyKind::FnDef(def, fn_args) => {
            let Some(instance) = tcx.resolve_instance(def, fn_args) else {
                tcx.sess.dcx.bug(
                    fn_span,
                    format!("could not resolve the callee `{}`", tcx.def_path_str(def)),
                );
                fx.trap();
                return;
            };
            match instance.def {
                InstanceKind::Intrinsic(_) => {
                    let values: Vec<CValue> = args.iter().map(|a| codegen_operand(fx, a)).collect();
                    crate::intrinsics::codegen_intrinsic(fx, instance, values, dest, fn_span);
                    next(fx);
                    return;
                }
                InstanceKind::DropGlue(_, None) => {
                    next(fx);
                    return;
                }
                // `drop_in_place::<dyn Trait>(ptr)`: the glue in the vtable.
                InstanceKind::DropGlue(_, Some(t))
                    if matches!(tcx.kind(t), TyKind::Dynamic(..)) =>
                {
                    let ptr = codegen_operand(fx, &args[0]);
                    let (data, vtable) = ptr.load_scalar_pair(fx);
                    call_vtable_drop(fx, data, vtable, fn_span);
                    next(fx);
                    return;
                }
                _ => {}
            }
            let mut values: Vec<CValue> = args.iter().map(|a| codegen_operand(fx, a)).collect();
            if let InstanceKind::Virtual(method, slot) = instance.def {
                codegen_virtual_call(fx, method, slot, instance.args, values, dest, fn_span);
                next(fx);
                return;
            }
            let abi = fn_abi_of_instance(tcx, fx.cx, instance);
            // `extern "rust-call"` (the `Fn*` traits' methods): the last argument, a tuple,
            // is passed as its fields.
            if tcx.fn_sig(def).abi == smelt_hir::Abi::RustCall {
                if let Some(last) = values.pop() {
                    match tcx.kind(last.layout.ty) {
                        TyKind::Tuple(tys) => {
                            for i in 0..tcx.tys(tys).len() {
                                let f = last
                                    .clone()
                                    .value_field(fx, smelt_ty::FieldIdx::from_u32(i as u32));
                                values.push(f);
                            }
                        }
                        _ => values.push(last),
                    }
                }
            }
            let func_id = fx.cx.declare_fn(tcx, instance);
            let func_ref = fx.cx.module.declare_func_in_func(func_id, fx.bcx.func);
            emit_call(
                fx,
                Callee::Direct(func_ref),
                &abi,
                values,
                Some(dest),
                fn_span,
            );
            next(fx);
        }
        TyKind::FnPtr(sig) => {
            let f = codegen_operand(fx, func).load_scalar(fx);
            let abi = fn_abi_of_fn_ptr(tcx, fx.cx, sig);
            let values: Vec<CValue> = args.iter().map(|a| codegen_operand(fx, a)).collect();
            emit_call(fx, Callee::Indirect(f), &abi, values, Some(dest), fn_span);
            next(fx);
        }
        _ => {
            tcx.sess.dcx.bug(
                fn_span,
                format!("call of a value of type `{}`", tcx.ty_string(fn_ty)),
            );
            fx.trap();
        }
    }
}

/// Splits a rust-call argument tuple (the last value) into its fields.
fn untuple_last(fx: &mut FunctionCx<'_, '_>, values: &mut Vec<CValue>) {
    let tcx = fx.tcx;
    if let Some(last) = values.pop() {
        match tcx.kind(last.layout.ty) {
            TyKind::Tuple(tys) => {
                for i in 0..tcx.tys(tys).len() {
                    let f = last
                        .clone()
                        .value_field(fx, smelt_ty::FieldIdx::from_u32(i as u32));
                    values.push(f);
                }
            }
            _ => values.push(last),
        }
    }
}

/// A call through a trait object: the receiver (`&dyn Trait`, `&mut dyn Trait`,
/// `Box<dyn Trait>`) is split into its data pointer, passed as the receiver, and its
/// vtable, whose slot `slot` holds the function.
fn codegen_virtual_call(
    fx: &mut FunctionCx<'_, '_>,
    method: smelt_hir::DefId,
    slot: usize,
    args: smelt_ty::GenericArgs,
    mut values: Vec<CValue>,
    dest: CPlace,
    span: Span,
) {
    let tcx = fx.tcx;
    if values.is_empty() {
        tcx.sess.dcx.bug(span, "a virtual call without a receiver");
        fx.trap();
        return;
    }
    let receiver = values.remove(0);
    let (data, vtable) = receiver.load_scalar_pair(fx);
    let ptr_size = fx.pointer_type.bytes() as i32;
    let f = fx.bcx.ins().load(
        fx.pointer_type,
        ir::MemFlagsData::trusted(),
        vtable,
        ptr_size * slot as i32,
    );
    let sig = tcx.normalize_erasing_regions(tcx.fn_sig(method).instantiate(tcx, args));
    let mut inputs = tcx.sig_inputs(sig);
    if let Some(first) = inputs.first_mut() {
        // The receiver is passed as a thin pointer to the data.
        *first = tcx.mk_ptr(tcx.types.unit, smelt_ast::Mutability::Mut);
    }
    let thin_sig = tcx.mk_fn_sig(&inputs, tcx.sig_output(sig), false, sig.safety, sig.abi);
    let abi = fn_abi_of_fn_ptr(tcx, fx.cx, thin_sig);
    if sig.abi == Abi::RustCall {
        untuple_last(fx, &mut values);
    }
    let data_layout = layout_of(tcx, inputs[0]);
    values.insert(0, CValue::by_val(data, data_layout));
    emit_call(fx, Callee::Indirect(f), &abi, values, Some(dest), span);
}

/// Calls the drop glue in a vtable (slot 0, null when there is nothing to drop) on `data`.
fn call_vtable_drop(fx: &mut FunctionCx<'_, '_>, data: Value, vtable: Value, span: Span) {
    let tcx = fx.tcx;
    let glue = fx
        .bcx
        .ins()
        .load(fx.pointer_type, ir::MemFlagsData::trusted(), vtable, 0);
    let call_block = fx.bcx.create_block();
    let done = fx.bcx.create_block();
    fx.bcx.ins().brif(glue, call_block, &[], done, &[]);
    fx.bcx.switch_to_block(call_block);
    let ptr_ty = tcx.mk_ptr(tcx.types.unit, smelt_ast::Mutability::Mut);
    let sig = tcx.mk_fn_sig(
        &[ptr_ty],
        tcx.types.unit,
        false,
        smelt_hir::Safety::Safe,
        Abi::Rust,
    );
    let abi = fn_abi_of_fn_ptr(tcx, fx.cx, sig);
    let arg = CValue::by_val(data, layout_of(tcx, ptr_ty));
    emit_call(fx, Callee::Indirect(glue), &abi, vec![arg], None, span);
    fx.bcx.ins().jump(done, &[]);
    fx.bcx.switch_to_block(done);
}

/// `drop_in_place(&mut place)`.
pub fn codegen_drop(fx: &mut FunctionCx<'_, '_>, place: &Place, ty: Ty, span: Span) {
    let tcx = fx.tcx;
    if let TyKind::Dynamic(..) = tcx.kind(ty) {
        // A trait object's drop glue is in its vtable (null when there is nothing to do).
        let p = codegen_place(fx, place);
        let (ptr, meta) = p.to_ptr_maybe_unsized();
        let data = ptr.get_addr(fx);
        let Some(vtable) = meta else {
            tcx.sess
                .dcx
                .bug(span, "a trait object place without a vtable");
            return;
        };
        call_vtable_drop(fx, data, vtable, span);
        return;
    }
    let Some(dip) = tcx.lang_item(smelt_hir::LangItem::DropInPlace) else {
        return;
    };
    let Some(instance) = tcx.resolve_instance(dip, tcx.mk_args(&[smelt_ty::GenericArg::Type(ty)]))
    else {
        return;
    };
    let p = codegen_place(fx, place);
    let ptr_ty = tcx.mk_ptr(ty, smelt_ast::Mutability::Mut);
    let ptr_layout = fx.layout_of(ptr_ty);
    let ptr = p.place_ref(fx, ptr_layout);
    let abi = fn_abi_of_instance(tcx, fx.cx, instance);
    let func_id = fx.cx.declare_fn(tcx, instance);
    let func_ref = fx.cx.module.declare_func_in_func(func_id, fx.bcx.func);
    emit_call(fx, Callee::Direct(func_ref), &abi, vec![ptr], None, span);
}

#[allow(dead_code)]
fn unused(_: Pointer) {}

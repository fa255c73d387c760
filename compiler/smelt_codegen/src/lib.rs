//! Code generation with Cranelift: mono items to object files, one per codegen unit.
//! Laid out like `rustc_codegen_cranelift`: `base` (one function), `abi` (calls), `constant`,
//! `value_and_place`, `num`, `cast`, `discriminant`, `intrinsics`, `symbol`.
//!
//! Architecture invariant: code generation never sees a generic type (every type is
//! monomorphised with the instance's arguments and normalized first) and never reports an
//! error about the user's program except for features it does not support yet; anything else
//! going wrong here is an internal compiler error.

mod abi;
mod base;
mod cast;
mod constant;
mod context;
mod discriminant;
mod intrinsics;
mod num;
pub mod symbol;
mod value_and_place;

use std::sync::Arc;

use cranelift_codegen::ir::{self, InstBuilder};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use smelt_errors::ErrorGuaranteed;
use smelt_hir::LangItem;
use smelt_mono::{MonoItem, MonoItems};
use smelt_session::OptLevel;
use smelt_ty::{Instance, TyCtxt};

use context::CodegenCx;

pub struct CodegenOptions {
    pub opt_level: OptLevel,
    pub emit_clif: bool,
    pub emit_asm: bool,
    pub codegen_units: usize,
    /// The name of the object (used by the object file's metadata).
    pub name: String,
}

#[derive(Default)]
pub struct CodegenResults {
    pub objects: Vec<Vec<u8>>,
    pub clif: String,
    pub asm: String,
}

fn make_isa(
    tcx: &TyCtxt,
    opts: &CodegenOptions,
) -> Result<Arc<dyn cranelift_codegen::isa::TargetIsa>, String> {
    let mut flags = settings::builder();
    let opt = match opts.opt_level {
        OptLevel::No => "none",
        OptLevel::Size | OptLevel::SizeMin => "speed_and_size",
        _ => "speed",
    };
    flags.set("opt_level", opt).map_err(|e| e.to_string())?;
    // Executables are position independent, as `cc` links them by default.
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    flags
        .set("preserve_frame_pointers", "true")
        .map_err(|e| e.to_string())?;
    // `i128` parameters and returns, passed as LLVM (and so rustc) passes them.
    flags
        .enable("enable_llvm_abi_extensions")
        .map_err(|e| e.to_string())?;
    flags
        .enable("enable_probestack")
        .map_err(|e| e.to_string())?;
    flags
        .set("probestack_strategy", "inline")
        .map_err(|e| e.to_string())?;
    let triple: target_lexicon::Triple = tcx
        .sess
        .opts
        .target
        .triple
        .parse()
        .map_err(|e| format!("{e}"))?;
    let builder = cranelift_codegen::isa::lookup(triple).map_err(|e| e.to_string())?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())
}

/// Generates the objects of a crate's mono items.
pub fn codegen_crate(
    tcx: &TyCtxt,
    items: &MonoItems,
    opts: &CodegenOptions,
) -> Result<CodegenResults, ErrorGuaranteed> {
    let isa = match make_isa(tcx, opts) {
        Ok(isa) => isa,
        Err(e) => {
            return Err(tcx
                .sess
                .dcx
                .struct_fatal(format!("cannot generate code for this target: {e}"))
                .emit())
        }
    };
    let units = smelt_mono::partition(items, opts.codegen_units);
    let mut results = CodegenResults::default();
    for (i, unit) in units.iter().enumerate() {
        let name = format!("{}.{i}", opts.name);
        let builder = match ObjectBuilder::new(
            isa.clone(),
            name.clone(),
            cranelift_module::default_libcall_names(),
        ) {
            Ok(b) => b,
            Err(e) => {
                return Err(tcx
                    .sess
                    .dcx
                    .struct_fatal(format!("cannot create an object file: {e}"))
                    .emit())
            }
        };
        let module = ObjectModule::new(builder);
        let mut cx = CodegenCx::new(module);
        for (item, linkage) in unit {
            cx.defined.insert(*item, *linkage);
        }
        for (item, _) in unit {
            match item {
                MonoItem::Fn(instance) => {
                    codegen_mono_fn(tcx, &mut cx, *instance, opts, &mut results)
                }
                MonoItem::Static(def) => codegen_static(tcx, &mut cx, *def),
            }
        }
        if i == 0 {
            if let Some(entry) = items.entry {
                codegen_entry(tcx, &mut cx, entry);
            }
        }
        let product = cx.module.finish();
        match product.emit() {
            Ok(bytes) => results.objects.push(bytes),
            Err(e) => {
                return Err(tcx
                    .sess
                    .dcx
                    .struct_fatal(format!("cannot write the object file: {e}"))
                    .emit())
            }
        }
    }
    match tcx.sess.dcx.has_errors() {
        Some(e) => Err(e),
        None => Ok(results),
    }
}

fn codegen_mono_fn(
    tcx: &TyCtxt,
    cx: &mut CodegenCx,
    instance: Instance,
    opts: &CodegenOptions,
    results: &mut CodegenResults,
) {
    smelt_session::progress::set_item(format!("`{}`", tcx.def_path_str(instance.def_id())));
    let mir = smelt_mir::optimized_mir(tcx, instance.def);
    if mir.tainted_by_errors.is_some() {
        return;
    }
    let func_id = cx.declare_fn(tcx, instance);
    let mut ctx = cx.module.make_context();
    ctx.func.name = ir::UserFuncName::user(0, func_id.as_u32());
    let mut fbc = cranelift_frontend::FunctionBuilderContext::new();
    let name = symbol::symbol_name(tcx, instance);
    base::codegen_fn(cx, tcx, instance, mir.clone(), &mut ctx.func, &mut fbc);
    if opts.emit_clif {
        results
            .clif
            .push_str(&format!("; {}\n{}\n", name, ctx.func.display()));
    }
    ctx.set_disasm(opts.emit_asm);
    if let Err(e) = cx.module.define_function(func_id, &mut ctx) {
        let mut dump = String::new();
        smelt_mir::pretty::write_mir_body(tcx, &mir, &mut dump);
        let detail = match &e {
            cranelift_module::ModuleError::Compilation(
                cranelift_codegen::CodegenError::Verifier(errors),
            ) => cranelift_codegen::print_errors::pretty_verifier_error(
                &ctx.func,
                None,
                errors.clone(),
            ),
            other => other.to_string(),
        };
        tcx.sess.dcx.bug(
            mir.span,
            format!("Cranelift rejected `{name}`: {detail}\nMIR:\n{dump}"),
        );
        return;
    }
    if opts.emit_asm {
        if let Some(code) = ctx.compiled_code().and_then(|c| c.vcode.clone()) {
            results.asm.push_str(&format!("{name}:\n{code}\n"));
        }
    }
}

fn codegen_static(tcx: &TyCtxt, cx: &mut CodegenCx, def: smelt_hir::DefId) {
    let id = cx.declare_static(tcx, def);
    let alloc = match tcx.eval_const(def, tcx.types.empty_args) {
        Ok(smelt_ty::consts::ConstValue::Indirect { alloc, .. }) => (*alloc).clone(),
        Ok(value) => {
            // Scalars and the like: lay the value out in memory.
            let ty = tcx.type_of(def);
            match smelt_mir_const_to_alloc(tcx, &value, ty) {
                Some(a) => a,
                None => return,
            }
        }
        Err(_) => return,
    };
    cx.define_alloc(tcx, id, &alloc);
}

fn smelt_mir_const_to_alloc(
    tcx: &TyCtxt,
    value: &smelt_ty::consts::ConstValue,
    ty: smelt_ty::Ty,
) -> Option<smelt_ty::consts::Allocation> {
    use smelt_ty::consts::{Allocation, ConstValue, Pointer, Scalar};
    let layout = tcx.layout_of(tcx.normalize_erasing_regions(ty)).ok()?;
    let mut bytes = vec![0u8; layout.size as usize];
    let mut relocations = Vec::new();
    match value {
        ConstValue::Scalar(Scalar::Int(s)) => {
            let n = (s.size as usize).min(bytes.len());
            bytes[..n].copy_from_slice(&s.data.to_le_bytes()[..n]);
        }
        ConstValue::Scalar(Scalar::Ptr(p)) => relocations.push((0, p.clone())),
        ConstValue::Slice { data, len } => {
            relocations.push((
                0,
                Pointer {
                    target: smelt_ty::consts::GlobalAlloc::Memory(data.clone()),
                    offset: 0,
                },
            ));
            let ps = tcx.sess.opts.target.pointer_size() as usize;
            bytes[ps..ps * 2].copy_from_slice(&len.to_le_bytes()[..ps]);
        }
        ConstValue::ZeroSized => {}
        ConstValue::Indirect { alloc, .. } => return Some((**alloc).clone()),
    }
    Some(Allocation {
        bytes,
        relocations,
        align: layout.align,
        mutability: smelt_ast::Mutability::Mut,
    })
}

/// The C `main` that starts the Rust runtime: `lang_start(main, argc, argv)`.
fn codegen_entry(tcx: &TyCtxt, cx: &mut CodegenCx, main: Instance) {
    let Some(start_def) = tcx.lang_item(LangItem::Start) else {
        tcx.sess
            .dcx
            .struct_fatal("the library has no `start` lang item")
            .emit();
        return;
    };
    let start = Instance::new(start_def, smelt_mono::lang_start_args(tcx, main));
    let ptr = cx.pointer_type;
    let mut sig = ir::Signature::new(cx.call_conv);
    sig.params.push(ir::AbiParam::new(ir::types::I32));
    sig.params.push(ir::AbiParam::new(ptr));
    sig.returns.push(ir::AbiParam::new(ir::types::I32));
    let Ok(id) = cx.module.declare_function("main", Linkage::Export, &sig) else {
        tcx.sess
            .dcx
            .struct_fatal("cannot declare the program's `main` symbol")
            .emit();
        return;
    };
    let user_main = cx.declare_fn(tcx, main);
    let start_fn = cx.declare_fn(tcx, start);
    let mut ctx = cx.module.make_context();
    ctx.func.signature = sig;
    let mut fbc = cranelift_frontend::FunctionBuilderContext::new();
    {
        let mut bcx = cranelift_frontend::FunctionBuilder::new(&mut ctx.func, &mut fbc);
        let block = bcx.create_block();
        bcx.append_block_params_for_function_params(block);
        bcx.switch_to_block(block);
        let argc = bcx.block_params(block)[0];
        let argv = bcx.block_params(block)[1];
        let main_ref = cx.module.declare_func_in_func(user_main, bcx.func);
        let main_addr = bcx.ins().func_addr(ptr, main_ref);
        let argc = bcx.ins().sextend(ptr, argc);
        let start_ref = cx.module.declare_func_in_func(start_fn, bcx.func);
        let call = bcx.ins().call(start_ref, &[main_addr, argc, argv]);
        let ret = bcx.inst_results(call).first().copied();
        let code = match ret {
            Some(r) => bcx.ins().ireduce(ir::types::I32, r),
            None => bcx.ins().iconst(ir::types::I32, 0),
        };
        bcx.ins().return_(&[code]);
        bcx.seal_all_blocks();
        bcx.finalize(cx.module.target_config());
    }
    if let Err(e) = cx.module.define_function(id, &mut ctx) {
        tcx.sess.dcx.bug(
            smelt_span::Span::DUMMY,
            format!("cannot define `main`: {e}"),
        );
    }
}

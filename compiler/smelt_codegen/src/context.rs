//! The state of one codegen unit: the Cranelift object module and the functions and data
//! declared in it.

use std::rc::Rc;

use cranelift_codegen::ir;
use cranelift_codegen::isa::CallConv;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use rustc_hash::FxHashMap;
use smelt_hir::DefId;
use smelt_mono::MonoItem;
use smelt_ty::consts::{Allocation, GlobalAlloc};
use smelt_ty::{Instance, TyCtxt};

pub struct CodegenCx {
    pub module: ObjectModule,
    pub pointer_type: ir::Type,
    pub call_conv: CallConv,
    /// The items this unit defines, with their linkage.
    pub defined: FxHashMap<MonoItem, smelt_mono::Linkage>,
    func_ids: FxHashMap<Instance, FuncId>,
    alloc_ids: FxHashMap<Rc<Allocation>, DataId>,
    static_ids: FxHashMap<DefId, DataId>,
    pub location_ids: FxHashMap<(String, u32, u32), DataId>,
    vtable_ids: FxHashMap<(smelt_ty::Ty, Option<smelt_ty::TraitRef>), DataId>,
    extern_fns: FxHashMap<String, FuncId>,
}

impl CodegenCx {
    pub fn new(module: ObjectModule) -> CodegenCx {
        let pointer_type = module.target_config().pointer_type();
        let call_conv = module.target_config().default_call_conv;
        CodegenCx {
            module,
            pointer_type,
            call_conv,
            defined: FxHashMap::default(),
            func_ids: FxHashMap::default(),
            alloc_ids: FxHashMap::default(),
            static_ids: FxHashMap::default(),
            location_ids: FxHashMap::default(),
            vtable_ids: FxHashMap::default(),
            extern_fns: FxHashMap::default(),
        }
    }

    fn linkage_of(&self, item: MonoItem) -> Linkage {
        match self.defined.get(&item) {
            Some(smelt_mono::Linkage::Export) => Linkage::Export,
            Some(smelt_mono::Linkage::Internal) => Linkage::Local,
            None => Linkage::Import,
        }
    }

    /// The function of an instance, declared on first use.
    pub fn declare_fn(&mut self, tcx: &TyCtxt, instance: Instance) -> FuncId {
        if let Some(&id) = self.func_ids.get(&instance) {
            return id;
        }
        let abi = crate::abi::fn_abi_of_instance(tcx, self, instance);
        let sig = crate::abi::clif_sig(self, tcx, &abi);
        let name = crate::symbol::symbol_name(tcx, instance);
        let linkage = self.linkage_of(MonoItem::Fn(instance));
        let id = match self.module.declare_function(&name, linkage, &sig) {
            Ok(id) => id,
            Err(e) => {
                tcx.sess.dcx.bug(
                    tcx.def_span(instance.def_id()),
                    format!("cannot declare `{name}`: {e}"),
                );
                // A fresh name keeps code generation going; the error stops the build.
                self.module
                    .declare_function(
                        &format!("{name}.smelt_conflict{}", self.func_ids.len()),
                        Linkage::Local,
                        &sig,
                    )
                    .unwrap_or_else(|_| panic!("declaring a fresh local function cannot fail"))
            }
        };
        self.func_ids.insert(instance, id);
        id
    }

    /// An external C function (from libc or the C runtime) by name.
    pub fn declare_extern_fn(&mut self, name: &str, sig: &ir::Signature) -> Option<FuncId> {
        if let Some(&id) = self.extern_fns.get(name) {
            return Some(id);
        }
        let id = self
            .module
            .declare_function(name, Linkage::Import, sig)
            .ok()?;
        self.extern_fns.insert(name.to_string(), id);
        Some(id)
    }

    pub fn declare_static(&mut self, tcx: &TyCtxt, def: DefId) -> DataId {
        if let Some(&id) = self.static_ids.get(&def) {
            return id;
        }
        let name = crate::symbol::symbol_name(tcx, Instance::new(def, tcx.types.empty_args));
        let linkage = self.linkage_of(MonoItem::Static(def));
        let id = match self.module.declare_data(&name, linkage, true, false) {
            Ok(id) => id,
            Err(e) => {
                tcx.sess.dcx.bug(
                    tcx.def_span(def),
                    format!("cannot declare static `{name}`: {e}"),
                );
                self.module
                    .declare_anonymous_data(true, false)
                    .unwrap_or_else(|_| panic!("declaring anonymous data cannot fail"))
            }
        };
        self.static_ids.insert(def, id);
        id
    }

    /// A read-only data object holding `alloc` (deduplicated by content).
    pub fn data_for_alloc(&mut self, tcx: &TyCtxt, alloc: &Rc<Allocation>) -> DataId {
        if let Some(&id) = self.alloc_ids.get(alloc) {
            return id;
        }
        let writable = alloc.mutability == smelt_ast::Mutability::Mut;
        let id = self
            .module
            .declare_anonymous_data(writable, false)
            .unwrap_or_else(|_| panic!("declaring anonymous data cannot fail"));
        self.alloc_ids.insert(alloc.clone(), id);
        self.define_alloc(tcx, id, alloc);
        id
    }

    /// The vtable of `ty` for `principal` (see `smelt_mono::vtable`), defined on first use.
    pub fn vtable(
        &mut self,
        tcx: &TyCtxt,
        ty: smelt_ty::Ty,
        principal: Option<smelt_ty::TraitRef>,
    ) -> DataId {
        let ty = tcx.normalize_erasing_regions(ty);
        let principal = principal.map(|p| tcx.normalize_erasing_regions(p));
        if let Some(&id) = self.vtable_ids.get(&(ty, principal)) {
            return id;
        }
        let entries = smelt_mono::vtable::vtable_entries_for(tcx, ty, principal);
        let ptr = self.pointer_type.bytes() as usize;
        let mut bytes = vec![0u8; entries.len() * ptr];
        let mut desc = DataDescription::new();
        let mut funcs = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            match e {
                smelt_mono::vtable::VtableEntry::Size(v)
                | smelt_mono::vtable::VtableEntry::Align(v) => {
                    bytes[i * ptr..(i + 1) * ptr].copy_from_slice(&v.to_le_bytes()[..ptr]);
                }
                smelt_mono::vtable::VtableEntry::Drop(Some(inst))
                | smelt_mono::vtable::VtableEntry::Method(Some(inst)) => {
                    funcs.push((i * ptr, smelt_mono::reify_instance(tcx, *inst)));
                }
                _ => {}
            }
        }
        desc.define(bytes.into_boxed_slice());
        desc.set_align(ptr as u64);
        for (offset, inst) in funcs {
            let f = self.declare_fn(tcx, inst);
            let r = self.module.declare_func_in_data(f, &mut desc);
            desc.write_function_addr(offset as u32, r);
        }
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .unwrap_or_else(|_| panic!("declaring anonymous data cannot fail"));
        if let Err(e) = self.module.define_data(id, &desc) {
            tcx.sess.dcx.bug(
                smelt_span::Span::DUMMY,
                format!("cannot define a vtable: {e}"),
            );
        }
        self.vtable_ids.insert((ty, principal), id);
        id
    }

    /// Defines data object `id` with the bytes and pointers of `alloc`.
    pub fn define_alloc(&mut self, tcx: &TyCtxt, id: DataId, alloc: &Allocation) {
        let mut desc = DataDescription::new();
        desc.define(alloc.bytes.clone().into_boxed_slice());
        desc.set_align(alloc.align.max(1));
        for (offset, ptr) in &alloc.relocations {
            match &ptr.target {
                GlobalAlloc::Function(instance) => {
                    let instance = smelt_mono::reify_instance(tcx, *instance);
                    let f = self.declare_fn(tcx, instance);
                    let r = self.module.declare_func_in_data(f, &mut desc);
                    desc.write_function_addr(*offset as u32, r);
                }
                GlobalAlloc::Memory(inner) => {
                    let d = self.data_for_alloc(tcx, inner);
                    let gv = self.module.declare_data_in_data(d, &mut desc);
                    desc.write_data_addr(*offset as u32, gv, ptr.offset as i64);
                }
                GlobalAlloc::Static(def) => {
                    let d = self.declare_static(tcx, *def);
                    let gv = self.module.declare_data_in_data(d, &mut desc);
                    desc.write_data_addr(*offset as u32, gv, ptr.offset as i64);
                }
                GlobalAlloc::VTable(ty, principal) => {
                    let d = self.vtable(tcx, *ty, *principal);
                    let gv = self.module.declare_data_in_data(d, &mut desc);
                    desc.write_data_addr(*offset as u32, gv, ptr.offset as i64);
                }
            }
        }
        if let Err(e) = self.module.define_data(id, &desc) {
            tcx.sess
                .dcx
                .bug(smelt_span::Span::DUMMY, format!("cannot define data: {e}"));
        }
    }
}

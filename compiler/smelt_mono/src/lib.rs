//! Monomorphisation: which functions, at which generic arguments, and which statics the
//! crate being compiled must emit.
//!
//! # Terms
//! A *mono item* is a function instance (a function with concrete generic arguments, or a
//! compiler-made shim) or a static. The *roots* are the items that must exist no matter
//! what: `main` and the runtime's entry for an executable; every non-generic function and
//! static for a library (the library is compiled once and cached, so it cannot know which
//! of them programs will call).
//!
//! # Algorithm
//! From the roots, the collector walks each item's MIR (monomorphised with the item's
//! arguments) and follows every edge to another item: calls, function pointers taken,
//! constants that point to functions or statics, the panic functions behind `assert`
//! terminators, drop glue behind `drop`. Instances are resolved with trait selection, so a
//! call to `Iterator::next` on a `Range<i32>` reaches `<Range<i32> as Iterator>::next`.
//!
//! # Linkage
//! Non-generic, non-`#[inline]` functions are compiled in their own crate and exported; other
//! crates call them as imports and never collect them. Generic instances, `#[inline]`
//! functions and shims are compiled into every crate that uses them, with local linkage, so
//! two objects never define the same symbol.

pub mod vtable;

use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};
use smelt_hir::{CrateNum, DefId, DefKind, InlineAttr, LangItem};
use smelt_mir::{
    visit::for_each_operand_in_rvalue, AssertKind, Body, CastKind, ConstKind, Operand, Rvalue,
    StatementKind, TerminatorKind,
};
use smelt_ty::consts::{ConstValue, GlobalAlloc, Scalar};
use smelt_ty::typeck_results::PointerCoercion;
use smelt_ty::{
    GenericArgs, Instance, InstanceKind, Instantiate, Ty, TyCtxt, TyKind, TypeFlagsExt,
};

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum MonoItem {
    Fn(Instance),
    Static(DefId),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Linkage {
    /// Defined here, visible to other objects.
    Export,
    /// Defined here, private to this object.
    Internal,
}

#[derive(Default)]
pub struct MonoItems {
    pub items: Vec<(MonoItem, Linkage)>,
    /// The function the program starts in (`main`), for executables.
    pub entry: Option<Instance>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CollectMode {
    /// An executable: everything reachable from `main`.
    Executable,
    /// A library: everything reachable from its non-generic functions and statics.
    Library,
}

/// Whether `instance` is compiled by the crate that defines it only (and imported elsewhere).
pub fn is_shared_upstream(tcx: &TyCtxt, instance: Instance) -> bool {
    let InstanceKind::Item(def) = instance.def else {
        return false;
    };
    if !matches!(tcx.def_kind(def), DefKind::Fn | DefKind::AssocFn) {
        return false;
    }
    if !tcx
        .args(instance.args)
        .iter()
        .all(|a| matches!(a, smelt_ty::GenericArg::Lifetime(_)))
    {
        return false;
    }
    let inline = tcx
        .hir
        .owner(def)
        .map_or(InlineAttr::None, |o| o.attrs().inline);
    !matches!(inline, InlineAttr::Hint | InlineAttr::Always)
}

/// The linkage of an item defined in `krate`, or `None` if `krate` does not define it (it is
/// imported from the crate that does).
pub fn linkage_in(tcx: &TyCtxt, krate: CrateNum, item: MonoItem) -> Option<Linkage> {
    match item {
        MonoItem::Static(def) => (def.krate == krate).then_some(Linkage::Export),
        MonoItem::Fn(instance) => {
            if is_shared_upstream(tcx, instance) {
                (instance.def_id().krate == krate).then_some(Linkage::Export)
            } else {
                Some(Linkage::Internal)
            }
        }
    }
}

pub fn collect(tcx: &TyCtxt, krate: CrateNum, mode: CollectMode) -> MonoItems {
    let mut collector = Collector {
        tcx,
        krate,
        seen: FxHashSet::default(),
        queue: Vec::new(),
        out: Vec::new(),
    };
    let mut entry = None;
    match mode {
        CollectMode::Executable => {
            if let Some(main) = tcx.hir.krate(krate).entry_fn {
                let main = Instance::new(DefId { krate, index: main }, tcx.types.empty_args);
                entry = Some(main);
                collector.push(MonoItem::Fn(main));
                if let Some(start) = tcx.lang_item(LangItem::Start) {
                    // `lang_start` is generic over `main`'s return type.
                    collector.push_fn(Instance::new(start, lang_start_args(tcx, main)));
                }
            }
        }
        CollectMode::Library => {
            let defs: Vec<DefId> = tcx
                .hir
                .krate(krate)
                .defs
                .iter_enumerated()
                .map(|(index, _)| DefId { krate, index })
                .collect();
            for def in defs {
                match tcx.def_kind(def) {
                    DefKind::Fn | DefKind::AssocFn => {
                        if !tcx.hir.has_body(def) || tcx.is_intrinsic(def) {
                            continue;
                        }
                        // Trait methods without an impl are not functions of their own.
                        if tcx.trait_of_item(def).is_some() {
                            continue;
                        }
                        if tcx
                            .generics_of(def)
                            .all_params(tcx)
                            .iter()
                            .any(|p| !p.is_lifetime())
                        {
                            continue;
                        }
                        let instance = Instance::new(def, tcx.identity_args(def));
                        if is_shared_upstream(tcx, instance) {
                            collector.push_fn(instance);
                        }
                    }
                    DefKind::Static { .. } if tcx.hir.has_body(def) => {
                        collector.push(MonoItem::Static(def));
                    }
                    _ => {}
                }
            }
        }
    }
    collector.run();
    MonoItems {
        items: collector.out,
        entry,
    }
}

struct Collector<'a> {
    tcx: &'a TyCtxt,
    krate: CrateNum,
    seen: FxHashSet<MonoItem>,
    queue: Vec<MonoItem>,
    out: Vec<(MonoItem, Linkage)>,
}

impl Collector<'_> {
    fn push(&mut self, item: MonoItem) {
        // Instances differing only in lifetimes are one function with one symbol.
        let item = match item {
            MonoItem::Fn(instance) => MonoItem::Fn(erase_instance_regions(self.tcx, instance)),
            other => other,
        };
        if self.seen.insert(item) {
            self.queue.push(item);
        }
    }

    fn push_fn(&mut self, instance: Instance) {
        match instance.def {
            InstanceKind::Intrinsic(_) => {}
            InstanceKind::Virtual(..) => {}
            // A trait object's drop glue is reached through its vtable.
            InstanceKind::DropGlue(_, Some(t))
                if matches!(self.tcx.kind(t), TyKind::Dynamic(..)) => {}
            // Functions of `extern` blocks are defined elsewhere (the C library, or Rust
            // code under the same symbol).
            InstanceKind::Item(def) if is_foreign(self.tcx, def) => {}
            _ => self.push(MonoItem::Fn(instance)),
        }
    }

    fn run(&mut self) {
        while let Some(item) = self.queue.pop() {
            let Some(linkage) = linkage_in(self.tcx, self.krate, item) else {
                continue;
            };
            self.out.push((item, linkage));
            match item {
                MonoItem::Fn(instance) => {
                    let body = smelt_mir::optimized_mir(self.tcx, instance.def);
                    self.visit_body(&body, instance.args);
                }
                MonoItem::Static(def) => {
                    if let Ok(value) = self.tcx.eval_const(def, self.tcx.types.empty_args) {
                        self.visit_const_value(&value);
                    }
                }
            }
        }
        // Deterministic order: definitions first by crate and index.
        self.out.sort_by_key(|(item, _)| match item {
            MonoItem::Fn(i) => (0, i.def_id(), format!("{:?}", i)),
            MonoItem::Static(d) => (1, *d, String::new()),
        });
    }

    fn mono<T: smelt_ty::TypeFoldable>(&self, args: GenericArgs, value: T) -> T {
        self.tcx
            .normalize_erasing_regions(value.instantiate(self.tcx, args))
    }

    fn visit_body(&mut self, body: &Rc<Body>, args: GenericArgs) {
        let tcx = self.tcx;
        for data in body.basic_blocks.iter() {
            for s in &data.statements {
                if let StatementKind::Assign(b) = &s.kind {
                    self.visit_rvalue(body, &b.1, args);
                }
            }
            let Some(t) = &data.terminator else { continue };
            match &t.kind {
                TerminatorKind::Call {
                    func,
                    args: call_args,
                    ..
                } => {
                    let fty = self.mono(args, func.ty(body, tcx));
                    if let TyKind::FnDef(def, fargs) = tcx.kind(fty) {
                        if let Some(instance) = tcx.resolve_instance(def, fargs) {
                            self.push_fn(instance);
                        }
                    } else {
                        self.visit_operand(func, args, body);
                    }
                    for a in call_args {
                        self.visit_operand(a, args, body);
                    }
                }
                TerminatorKind::Assert { msg, .. } => {
                    if let Some(def) = panic_lang_item(tcx, msg) {
                        self.push_fn(Instance::new(def, tcx.types.empty_args));
                    }
                }
                TerminatorKind::Drop { place, .. } => {
                    let ty = self.mono(args, place.ty(body, tcx).ty);
                    // A trait object is dropped through its vtable.
                    if tcx.needs_drop(ty) && !matches!(tcx.kind(ty), TyKind::Dynamic(..)) {
                        if let Some(dip) = tcx.lang_item(LangItem::DropInPlace) {
                            if let Some(i) = tcx.resolve_instance(
                                dip,
                                tcx.mk_args(&[smelt_ty::GenericArg::Type(ty)]),
                            ) {
                                self.push_fn(i);
                            }
                        }
                    }
                }
                TerminatorKind::SwitchInt { discr, .. } => self.visit_operand(discr, args, body),
                _ => {}
            }
        }
    }

    fn visit_rvalue(&mut self, body: &Rc<Body>, rv: &Rvalue, args: GenericArgs) {
        let tcx = self.tcx;
        if let Rvalue::Cast(CastKind::PointerCoercion(PointerCoercion::Unsize), op, target) = rv {
            // A trait object is made: its vtable's functions are needed.
            let src = self.mono(args, op.ty(body, tcx));
            let dst = self.mono(args, *target);
            let (from, to) = vtable::unsizing_tails(tcx, src, dst);
            if matches!(tcx.kind(to), TyKind::Dynamic(..))
                && !matches!(tcx.kind(from), TyKind::Dynamic(..))
            {
                for entry in vtable::vtable_entries(tcx, from, to) {
                    if let vtable::VtableEntry::Drop(Some(i))
                    | vtable::VtableEntry::Method(Some(i)) = entry
                    {
                        let i = reify_instance(tcx, i);
                        self.push_fn(i);
                    }
                }
            }
        }
        if let Rvalue::Cast(
            CastKind::PointerCoercion(PointerCoercion::ClosureFnPointer),
            op,
            target,
        ) = rv
        {
            let closure = self.mono(args, op.ty(body, tcx));
            let target = self.mono(args, *target);
            if let Some(instance) = closure_fn_ptr_instance(tcx, closure, target) {
                self.push_fn(instance);
            }
            return;
        }
        if let Rvalue::Cast(CastKind::PointerCoercion(PointerCoercion::ReifyFnPointer), op, _) = rv
        {
            let fty = self.mono(args, op.ty(body, tcx));
            if let TyKind::FnDef(def, fargs) = tcx.kind(fty) {
                if let Some(instance) = tcx.resolve_instance(def, fargs) {
                    let instance = reify_instance(tcx, instance);
                    self.push_fn(instance);
                }
            }
            return;
        }
        let mut ops = Vec::new();
        for_each_operand_in_rvalue(rv, &mut |o| ops.push(o.clone()));
        for o in ops {
            self.visit_operand(&o, args, body);
        }
    }

    fn visit_operand(&mut self, op: &Operand, args: GenericArgs, body: &Rc<Body>) {
        let tcx = self.tcx;
        let Operand::Constant(c) = op else { return };
        match &c.kind {
            ConstKind::Val(v) => self.visit_const_value(v),
            ConstKind::Unevaluated(def, cargs) => {
                let cargs = self.mono(args, *cargs);
                if let Ok(v) = tcx.eval_const(*def, cargs) {
                    self.visit_const_value(&v);
                }
            }
            ConstKind::Ty(_) => {}
        }
        let _ = body;
    }

    fn visit_const_value(&mut self, v: &ConstValue) {
        match v {
            ConstValue::Scalar(Scalar::Ptr(p)) => self.visit_global(&p.target),
            ConstValue::Slice { data, .. } | ConstValue::Indirect { alloc: data, .. } => {
                for (_, p) in &data.relocations {
                    self.visit_global(&p.target);
                }
            }
            _ => {}
        }
    }

    fn visit_global(&mut self, g: &GlobalAlloc) {
        match g {
            GlobalAlloc::Function(i) => self.push_fn(*i),
            GlobalAlloc::Static(d) if is_foreign(self.tcx, *d) => {}
            GlobalAlloc::Static(d) => self.push(MonoItem::Static(*d)),
            GlobalAlloc::Memory(alloc) => {
                for (_, p) in &alloc.relocations {
                    self.visit_global(&p.target);
                }
            }
            GlobalAlloc::VTable(..) => {}
        }
    }
}

/// The generic arguments of `lang_start` for a program's `main`: its return type.
pub fn lang_start_args(tcx: &TyCtxt, main: Instance) -> GenericArgs {
    let Some(start) = tcx.lang_item(LangItem::Start) else {
        return tcx.types.empty_args;
    };
    if tcx.generics_of(start).count() != 1 {
        return tcx.types.empty_args;
    }
    let ret = tcx.normalize_erasing_regions(tcx.sig_output(tcx.fn_sig(main.def_id())));
    tcx.mk_args(&[smelt_ty::GenericArg::Type(ret)])
}

/// The instance whose address is taken for a function pointer: `#[track_caller]`
/// functions and trait methods called through a trait object get a shim that calls them.
pub fn reify_instance(tcx: &TyCtxt, instance: Instance) -> Instance {
    match instance.def {
        InstanceKind::Virtual(def, _) => Instance {
            def: InstanceKind::ReifyShim(def),
            args: instance.args,
        },
        InstanceKind::Item(def) if tcx.is_track_caller(def) => Instance {
            def: InstanceKind::ReifyShim(def),
            args: instance.args,
        },
        _ => instance,
    }
}

/// The function a non-capturing closure coerced to the function pointer type `fn_ptr` points
/// to: its `FnOnce::call_once` (the closure body, or the shim calling it by reference), whose
/// zero-sized `self` takes no argument and whose argument tuple is spread, so that it has
/// the pointer's signature.
pub fn closure_fn_ptr_instance(tcx: &TyCtxt, closure: Ty, fn_ptr: Ty) -> Option<Instance> {
    let TyKind::FnPtr(sig) = tcx.kind(fn_ptr) else {
        return None;
    };
    let inputs = tcx.sig_inputs(sig).to_vec();
    let fn_once = tcx.lang_item(LangItem::FnOnce)?;
    let call_once = tcx
        .associated_items(fn_once)
        .items
        .iter()
        .find(|i| i.is_fn())
        .map(|i| i.def_id)?;
    let args = tcx.mk_args(&[
        smelt_ty::GenericArg::Type(closure),
        smelt_ty::GenericArg::Type(tcx.mk_tup(&inputs)),
    ]);
    tcx.resolve_instance(call_once, args)
}

/// The function an `assert` terminator calls when it fails.
pub fn panic_lang_item(tcx: &TyCtxt, msg: &AssertKind) -> Option<DefId> {
    let item = match msg {
        AssertKind::BoundsCheck { .. } => LangItem::PanicBoundsCheck,
        AssertKind::Overflow(op, ..) => match op {
            smelt_mir::BinOp::Add => LangItem::PanicConstAddOverflow,
            smelt_mir::BinOp::Sub => LangItem::PanicConstSubOverflow,
            smelt_mir::BinOp::Mul => LangItem::PanicConstMulOverflow,
            smelt_mir::BinOp::Div => LangItem::PanicConstDivOverflow,
            smelt_mir::BinOp::Rem => LangItem::PanicConstRemOverflow,
            smelt_mir::BinOp::Shl => LangItem::PanicConstShlOverflow,
            smelt_mir::BinOp::Shr => LangItem::PanicConstShrOverflow,
            _ => LangItem::PanicConstAddOverflow,
        },
        AssertKind::OverflowNeg(_) => LangItem::PanicConstNegOverflow,
        AssertKind::DivisionByZero(_) => LangItem::PanicConstDivByZero,
        AssertKind::RemainderByZero(_) => LangItem::PanicConstRemByZero,
    };
    tcx.lang_item(item)
}

/// Items grouped into codegen units (one object each).
pub fn partition(items: &MonoItems, units: usize) -> Vec<Vec<(MonoItem, Linkage)>> {
    let units = units.max(1);
    let mut out: Vec<Vec<(MonoItem, Linkage)>> = vec![Vec::new(); units];
    // Internal items must live in the same unit as their users; with one unit that always
    // holds. With several, exported items are spread and internal items are duplicated in
    // every unit (they are private, so copies do not clash).
    if units == 1 {
        out[0] = items.items.clone();
        return out;
    }
    let mut i = 0;
    for (item, linkage) in &items.items {
        match linkage {
            Linkage::Export => {
                out[i % units].push((*item, *linkage));
                i += 1;
            }
            Linkage::Internal => {
                for unit in out.iter_mut() {
                    unit.push((*item, *linkage));
                }
            }
        }
    }
    out.retain(|u| !u.is_empty());
    out
}

/// Whether a type still mentions generic parameters (a bug if it reaches codegen).
pub fn is_monomorphic(tcx: &TyCtxt, ty: Ty) -> bool {
    !ty.has_params(tcx)
}

pub type InstanceMap = FxHashMap<Instance, usize>;

/// `instance` with every region erased (in its arguments and in the types shims carry).
pub fn erase_instance_regions(tcx: &TyCtxt, instance: Instance) -> Instance {
    let def = match instance.def {
        InstanceKind::DropGlue(d, Some(t)) => {
            InstanceKind::DropGlue(d, Some(smelt_ty::fold::erase_regions(tcx, t)))
        }
        InstanceKind::FnPtrShim(d, t) => {
            InstanceKind::FnPtrShim(d, smelt_ty::fold::erase_regions(tcx, t))
        }
        InstanceKind::CloneShim(d, t) => {
            InstanceKind::CloneShim(d, smelt_ty::fold::erase_regions(tcx, t))
        }
        other => other,
    };
    Instance {
        def,
        args: smelt_ty::fold::erase_regions(tcx, instance.args),
    }
}

/// Whether `def` is an item of an `extern` block.
pub fn is_foreign(tcx: &TyCtxt, def: DefId) -> bool {
    matches!(
        tcx.hir.owner(def),
        Some(smelt_hir::OwnerNode::ForeignItem(_))
    )
}

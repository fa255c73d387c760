//! The interpreter's state: the memory, the call stack of frames, and the limits that keep
//! evaluation finite. Each frame holds a body, the generic arguments it runs at (its types are
//! instantiated with them as they are met), one allocation per local, and where it is in the
//! body.

use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_errors::{ErrorGuaranteed, Level};
use smelt_hir::{DefId, DefKind};
use smelt_mir::{BasicBlock, Body, Local};
use smelt_span::Span;
use smelt_ty::consts::Allocation;
use smelt_ty::layout::{Layout, LayoutError};
use smelt_ty::{
    GenericArgs, Instance, Instantiate, TraitRef, Ty, TyCtxt, TypeFlagsExt, TypeFoldable,
};

use crate::error::{err, frame_notes, FrameInfo, InterpError, InterpResult};
use crate::memory::{AllocId, AllocKind, Memory, Ptr};
use crate::place::MPlace;

/// rustc's `long_running_const_eval` limit: terminators executed before giving up.
pub const STEP_LIMIT: u64 = 2_000_000;

/// rustc's default recursion limit, which also bounds the const-eval stack.
pub const STACK_LIMIT: usize = 128;

/// What kind of item the evaluation is for: it decides what the body may do.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RootKind {
    /// A `const` item, associated constant, anonymous or inline constant.
    Const,
    Static {
        mutable: bool,
    },
}

/// A type with its layout.
#[derive(Clone, Debug)]
pub struct TyLayout {
    pub ty: Ty,
    pub layout: Rc<Layout>,
}

pub struct Frame {
    pub body: Rc<Body>,
    pub def: DefId,
    pub args: GenericArgs,
    /// The allocation of each local, for the whole call: `StorageLive` and `StorageDead` are
    /// not needed to evaluate correct programs, and a constant's value may point to its own
    /// temporaries.
    pub locals: Vec<Option<AllocId>>,
    pub local_layouts: Vec<TyLayout>,
    pub block: BasicBlock,
    pub stmt: usize,
    /// Where the caller wants the return value, and where it continues.
    pub ret_place: Option<MPlace>,
    pub ret_target: Option<BasicBlock>,
    pub track_caller: bool,
    ty_cache: FxHashMap<Ty, Ty>,
}

impl Frame {
    /// The span of the statement or terminator being executed.
    pub fn current_span(&self) -> Span {
        let Some(data) = self.body.basic_blocks.get(self.block) else {
            return self.body.span;
        };
        match data.statements.get(self.stmt) {
            Some(s) => s.source_info.span,
            None => data
                .terminator
                .as_ref()
                .map_or(self.body.span, |t| t.source_info.span),
        }
    }
}

pub struct InterpCx<'a> {
    pub tcx: &'a TyCtxt,
    pub mem: Memory,
    pub stack: Vec<Frame>,
    pub steps: u64,
    pub root: DefId,
    pub root_args: GenericArgs,
    pub root_kind: RootKind,
    /// Allocations imported from constants, by the address of their `Rc`.
    pub globals: FxHashMap<*const Allocation, (Rc<Allocation>, AllocId)>,
    pub statics: FxHashMap<DefId, AllocId>,
    pub functions: FxHashMap<Instance, AllocId>,
    pub vtables: FxHashMap<(Ty, Option<TraitRef>), AllocId>,
}

impl<'a> InterpCx<'a> {
    pub fn new(
        tcx: &'a TyCtxt,
        root: DefId,
        root_args: GenericArgs,
        root_kind: RootKind,
    ) -> InterpCx<'a> {
        let target = &tcx.sess.opts.target;
        let big_endian = target.endian == smelt_session::Endian::Big;
        InterpCx {
            tcx,
            mem: Memory::new(target.pointer_size(), big_endian),
            stack: Vec::new(),
            steps: 0,
            root,
            root_args,
            root_kind,
            globals: FxHashMap::default(),
            statics: FxHashMap::default(),
            functions: FxHashMap::default(),
            vtables: FxHashMap::default(),
        }
    }

    pub fn ptr_size(&self) -> u64 {
        self.mem.ptr_size
    }

    pub fn frame(&self) -> &Frame {
        self.stack
            .last()
            .expect("the interpreter always has a frame while it runs")
    }

    pub fn frame_mut(&mut self) -> &mut Frame {
        self.stack
            .last_mut()
            .expect("the interpreter always has a frame while it runs")
    }

    /* ------------------------------------------------------------ types */

    /// A type of the current body at the current frame's generic arguments, normalized.
    pub fn mono_ty(&mut self, ty: Ty) -> Ty {
        let tcx = self.tcx;
        let Some(frame) = self.stack.last_mut() else {
            return tcx.normalize_erasing_regions(ty);
        };
        if let Some(t) = frame.ty_cache.get(&ty) {
            return *t;
        }
        let t = tcx.normalize_erasing_regions(ty.instantiate(tcx, frame.args));
        frame.ty_cache.insert(ty, t);
        t
    }

    /// Anything made of types, at the current frame's generic arguments.
    pub fn mono<T: TypeFoldable>(&self, value: T) -> T {
        let args = self.stack.last().map_or(self.root_args, |f| f.args);
        self.tcx
            .normalize_erasing_regions(value.instantiate(self.tcx, args))
    }

    pub fn layout_of(&self, ty: Ty) -> InterpResult<Rc<Layout>> {
        self.tcx.layout_of(ty).map_err(|e| match e {
            // A monomorphic type has an unknown layout only when one of its array lengths
            // failed to evaluate, which was reported.
            LayoutError::Unknown(t) if !t.has_params(self.tcx) && !t.has_infer(self.tcx) => {
                err::reported(ErrorGuaranteed::unchecked_claim_error_was_emitted())
            }
            LayoutError::Unknown(_) => too_generic(),
            LayoutError::SizeOverflow(t) => err::eval(format!(
                "values of the type `{}` are too big for the target architecture",
                self.tcx.ty_string(t)
            )),
            LayoutError::ReferencesError => {
                err::reported(ErrorGuaranteed::unchecked_claim_error_was_emitted())
            }
        })
    }

    pub fn ty_layout(&self, ty: Ty) -> InterpResult<TyLayout> {
        Ok(TyLayout {
            ty,
            layout: self.layout_of(ty)?,
        })
    }

    /* ------------------------------------------------------------ frames */

    /// Pushes a frame for `body` at `args`, with its arguments written into its argument
    /// locals.
    pub fn push_frame(
        &mut self,
        def: DefId,
        args: GenericArgs,
        body: Rc<Body>,
        arg_vals: Vec<crate::operand::OpVal>,
        ret_place: Option<MPlace>,
        ret_target: Option<BasicBlock>,
    ) -> InterpResult<()> {
        if self.stack.len() >= STACK_LIMIT {
            return Err(err::eval(
                "reached the configured maximum number of stack frames",
            ));
        }
        if let Some(e) = body.tainted_by_errors {
            return Err(err::reported(e));
        }
        if arg_vals.len() != body.arg_count || body.spread_arg.is_some() {
            return Err(err::unsupported(
                "calling a function with its arguments spread from a tuple",
            ));
        }
        let track_caller = self.tcx.is_track_caller(def);
        let n = body.local_decls.len();
        self.stack.push(Frame {
            body: body.clone(),
            def,
            args,
            locals: Vec::with_capacity(n),
            local_layouts: Vec::with_capacity(n),
            block: BasicBlock::START,
            stmt: 0,
            ret_place,
            ret_target,
            track_caller,
            ty_cache: FxHashMap::default(),
        });
        for decl in body.local_decls.iter() {
            let ty = self.mono_ty(decl.ty);
            let tl = self.ty_layout(ty)?;
            crate::memory::check_alloc_size(tl.layout.size)?;
            let id = self
                .mem
                .allocate(tl.layout.size, tl.layout.align, AllocKind::Stack, true);
            let f = self.frame_mut();
            f.locals.push(Some(id));
            f.local_layouts.push(tl);
        }
        for (i, v) in arg_vals.into_iter().enumerate() {
            let place = self.local_place(Local::from_u32(i as u32 + 1))?;
            self.write_bytes(&place, &v.bytes)?;
        }
        Ok(())
    }

    /// Pops the current frame, freeing its locals except those the return value points to.
    ///
    /// Keeping those is how rustc's promotion looks from here: `const fn f() -> &'static
    /// [u8] { &[1, 2] }` returns a pointer to a temporary that rustc would have made a
    /// constant of its own. Borrow checking rejects every other reference that outlives its
    /// local, so only raw pointers can dangle, and their uses are caught as accesses to freed
    /// memory (a raw pointer to a user variable dangles even if returned).
    pub fn pop_frame(&mut self, ret: &crate::memory::Bytes) -> Option<Frame> {
        let frame = self.stack.pop()?;
        // Only temporaries are promoted; a user variable's storage always ends.
        let temps: rustc_hash::FxHashSet<AllocId> = frame
            .locals
            .iter()
            .zip(frame.body.local_decls.iter())
            .filter(|(_, decl)| decl.info == smelt_mir::LocalInfo::Temp)
            .filter_map(|(id, _)| *id)
            .collect();
        let mut kept: rustc_hash::FxHashSet<AllocId> = rustc_hash::FxHashSet::default();
        let mut pending: Vec<AllocId> = ret.relocs.iter().map(|(_, a)| *a).collect();
        while let Some(id) = pending.pop() {
            if temps.contains(&id) && kept.insert(id) {
                pending.extend(self.mem.get(id).relocs.values().copied());
            }
        }
        for id in frame.locals.iter().flatten() {
            if !kept.contains(id) {
                self.mem.free(*id);
            }
        }
        Some(frame)
    }

    /* ------------------------------------------------------------ global memory */

    /// The allocation of a static, created (not yet loaded) on first use.
    pub fn static_alloc(&mut self, def: DefId) -> AllocId {
        if let Some(&id) = self.statics.get(&def) {
            return id;
        }
        let ty = self.tcx.normalize_erasing_regions(self.tcx.type_of(def));
        // A static too large to hold is a placeholder: pointers to it work, reads fail.
        let (size, align) = self.tcx.layout_of(ty).map_or((0, 1), |l| (l.size, l.align));
        let size = if size > crate::memory::MAX_ALLOC {
            0
        } else {
            size
        };
        let mutable = matches!(self.tcx.def_kind(def), DefKind::Static { mutable: true });
        let id = self.mem.allocate(
            size,
            align,
            AllocKind::Static {
                def,
                mutable,
                loaded: false,
            },
            false,
        );
        self.statics.insert(def, id);
        id
    }

    pub fn function_alloc(&mut self, instance: Instance) -> AllocId {
        if let Some(&id) = self.functions.get(&instance) {
            return id;
        }
        let id = self
            .mem
            .allocate(0, 1, AllocKind::Function(instance), false);
        self.functions.insert(instance, id);
        id
    }

    pub fn vtable_alloc(&mut self, ty: Ty, tr: Option<TraitRef>) -> AllocId {
        if let Some(&id) = self.vtables.get(&(ty, tr)) {
            return id;
        }
        let id = self.mem.allocate(0, 1, AllocKind::VTable(ty, tr), false);
        self.vtables.insert((ty, tr), id);
        id
    }

    /// Makes a pointer's allocation ready to be read: a static's initial value is loaded on
    /// its first read, and constants may not read mutable statics.
    pub fn prepare_read(&mut self, ptr: Ptr) -> InterpResult<()> {
        let Some(id) = ptr.prov else { return Ok(()) };
        let AllocKind::Static {
            def,
            mutable,
            loaded,
        } = self.mem.get(id).kind
        else {
            return Ok(());
        };
        if self.root_kind == RootKind::Const && (mutable || self.has_interior_mut(def)) {
            return Err(err::eval("constant accesses mutable global memory"));
        }
        if loaded {
            return Ok(());
        }
        let value = self
            .tcx
            .eval_const(def, self.tcx.types.empty_args)
            .map_err(err::reported)?;
        let ty = self.tcx.normalize_erasing_regions(self.tcx.type_of(def));
        let tl = self.ty_layout(ty)?;
        let bytes = self.const_value_to_bytes(&value, &tl)?;
        let a = self.mem.get_mut(id);
        if a.bytes.len() as u64 == bytes.len() {
            a.bytes = bytes.data;
            a.init = bytes.init;
            a.relocs = bytes.relocs.into_iter().collect();
        }
        if let AllocKind::Static { loaded, .. } = &mut a.kind {
            *loaded = true;
        }
        Ok(())
    }

    fn has_interior_mut(&self, def: DefId) -> bool {
        let tcx = self.tcx;
        let ty = tcx.normalize_erasing_regions(tcx.type_of(def));
        let Some(cell) = tcx.lang_item(smelt_hir::LangItem::UnsafeCell) else {
            return false;
        };
        contains_adt_field(tcx, ty, cell, 0)
    }

    /* ------------------------------------------------------------ reports */

    /// Reports `e` with the stack as it is now.
    pub fn report(&self, e: InterpError) -> ErrorGuaranteed {
        let tcx = self.tcx;
        let dcx = &tcx.sess.dcx;
        let frames: Vec<FrameInfo> = self
            .stack
            .iter()
            .filter(|f| !f.track_caller)
            .map(|f| FrameInfo {
                name: crate::names::instance_path(tcx, f.def, f.args),
                span: f.current_span(),
            })
            .collect();
        let innermost = self
            .stack
            .last()
            .map_or_else(|| tcx.def_span(self.root), |f| f.current_span());
        let root_name = crate::names::item_path(tcx, self.root, self.root_args);
        match e {
            InterpError::Eval { msg, help } => {
                let primary = frames.first().map_or(innermost, |f| f.span);
                let label = if frames.len() > 1 { "failed inside this call" } else { "failed here" };
                let mut d = dcx
                    .struct_err(primary, msg)
                    .code("E0080")
                    .span_label(primary, format!("evaluation of `{root_name}` {label}"));
                if frames.len() > 1 {
                    d.diag.children.extend(frame_notes(&frames[1..]));
                }
                for h in help {
                    d = d.help(h);
                }
                d.emit()
            }
            InterpError::NonConstCall { kind, path, def, note_def } => {
                let context = self.context_str();
                let what = if path.is_empty() || kind == "closure" { kind.to_string() } else { format!("{kind} `{path}`") };
                let mut d = dcx.struct_err(innermost, format!("cannot call non-const {what} in {context}")).code("E0015");
                if note_def {
                    d = d.span_note(tcx.def_span(def), format!("{kind} `{}` is not const", tcx.str(tcx.item_name(def))));
                }
                if kind == "closure" {
                    d = d.note("closures need an RFC before allowed to be called in constants");
                }
                d = d.note(format!("calls in {context} are limited to constant functions, tuple structs and tuple variants"));
                if context == "statics" {
                    d = d.note("consider wrapping this expression in `std::sync::LazyLock::new(|| ...)`");
                }
                d.emit()
            }
            InterpError::Check { msg, notes } => {
                let mut d = dcx.struct_err(innermost, msg);
                for n in notes {
                    d = d.note(n);
                }
                d.emit()
            }
            InterpError::StepLimit => dcx
                .struct_err(innermost, "constant evaluation is taking a long time")
                .note(
                    "this lint makes sure the compiler doesn't get stuck due to infinite loops in const eval.\n\
                     If your compilation actually takes a long time, you can safely allow the lint",
                )
                .span_help(tcx.def_span(self.root), "the constant being evaluated")
                .note("`#[deny(long_running_const_eval)]` on by default")
                .emit(),
            InterpError::Unsupported(what) => dcx.err(innermost, format!("{what} is not supported by smelt yet")),
            InterpError::AlreadyReported(e) => e,
        }
    }

    /// "constants", "statics" or "constant functions": what the innermost body is.
    pub fn context_str(&self) -> &'static str {
        if self.stack.len() > 1 {
            return "constant functions";
        }
        match self.root_kind {
            RootKind::Const => "constants",
            RootKind::Static { .. } => "statics",
        }
    }

    /// Notes that a constant used at `span` failed, as rustc does at each use.
    pub fn note_erroneous_constant(&self, span: Span) {
        self.tcx
            .sess
            .dcx
            .struct_span(Level::Note, span, "erroneous constant encountered")
            .emit();
    }
}

/// The error for a constant whose value depends on a generic parameter that is not known.
pub fn too_generic() -> Box<InterpError> {
    err::check(
        "constant expression depends on a generic parameter",
        vec!["this may fail depending on what value the parameter takes"],
    )
}

/// Whether a struct, tuple or array type has a field of the ADT `cell` (for interior
/// mutability), looking through nested aggregates.
fn contains_adt_field(tcx: &TyCtxt, ty: Ty, cell: DefId, depth: u32) -> bool {
    use smelt_ty::TyKind;
    if depth > 32 {
        return false;
    }
    match tcx.kind(ty) {
        TyKind::Adt(def, args) => {
            if def == cell {
                return true;
            }
            let adt = tcx.adt_def(def);
            adt.variants.iter().any(|v| {
                v.fields.iter().any(|f| {
                    contains_adt_field(
                        tcx,
                        tcx.normalize_erasing_regions(f.ty(tcx, args)),
                        cell,
                        depth + 1,
                    )
                })
            })
        }
        TyKind::Tuple(tys) => tcx
            .tys(tys)
            .iter()
            .any(|t| contains_adt_field(tcx, *t, cell, depth + 1)),
        TyKind::Array(t, _) => contains_adt_field(tcx, t, cell, depth + 1),
        _ => false,
    }
}

//! The constant evaluator: the value of `const` items, associated constants, statics' initial
//! values, anonymous constants (array lengths, enum discriminants, const arguments) and
//! inline `const { }` blocks. It provides the `eval_const` query of `smelt_ty::TyCtxt`.
//!
//! # The approach
//!
//! Like rustc's CTFE, this is an interpreter of MIR: the MIR built for the constant's body
//! runs on an abstract machine, calling `const fn`s by running their MIR in turn. Types are
//! instantiated with the constant's generic arguments as they are met, so the same body
//! evaluates at every instantiation.
//!
//! # The machine
//!
//! - **Memory** (`memory`) is a table of allocations: bytes, which of them are initialised,
//!   and where pointers are stored in them. A pointer is an allocation plus an offset
//!   ("provenance"), never an address: the address of anything is unknown until link time,
//!   so turning a pointer into an integer, or comparing pointers into different allocations,
//!   is an error, as in rustc.
//! - **Frames** (`interp`): one per active call, with one allocation per MIR local for the
//!   whole call, freed when the frame is popped unless the return value points to it (a
//!   temporary rustc would have promoted: `const fn f() -> &'static u8 { &1 }`). The
//!   outermost frame is never popped: a constant's value may point into its own temporaries
//!   (`const C: &[u8] = &[1, 2];`).
//! - **Places and values** (`place`, `operand`): a place is a pointer with a type, a layout
//!   (`tcx.layout_of`) and, for slices, a length; a value is the bytes read from a place.
//!   Projections compute offsets from the layout, so values in memory are laid out exactly as
//!   code generation lays them out, enum tags and niches included.
//! - **Steps** (`step`, `terminator`, `operator`, `cast`, `intrinsics`): statements write
//!   rvalues into places; terminators jump, check (`Assert` failures are rustc's messages:
//!   ``attempt to compute `u8::MAX + 1_u8`, which would overflow``), call and return.
//!   Calls of the library's panic entry points stop the evaluation with the panic message.
//!
//! Other constants and statics are reached through `tcx.eval_const`, whose cache makes each
//! evaluated once and whose cycle detection catches `const A: u8 = B; const B: u8 = A;`. A
//! static's bytes are loaded on its first read; pointers to it stay pointers to the static.
//!
//! # The result
//!
//! `intern` turns the final value into a `ConstValue`: a scalar, a `Slice` for `&str` and
//! `&[T]`, or an `Indirect` allocation laid out per the type's layout, whose relocations point
//! to the interned allocations it refers to, to statics or to functions.
//!
//! # Limits and errors
//!
//! Evaluation stops after 2,000,000 terminators ("constant evaluation is taking a long
//! time", rustc's `long_running_const_eval`) or 128 nested frames. Every error is a
//! diagnostic in rustc's words (E0080 with the stack of calls as notes, E0015 for calls of
//! functions that are not `const fn`); what smelt cannot evaluate yet is reported as such. No
//! input makes the evaluator panic: every malformed case is an error.

mod cast;
mod error;
mod intern;
mod interp;
mod intrinsics;
mod memory;
mod names;
mod operand;
mod operator;
mod place;
mod step;
mod terminator;

use smelt_errors::ErrorGuaranteed;
use smelt_hir::{DefId, DefKind};
use smelt_ty::consts::ConstValue;
use smelt_ty::{GenericArgs, InstanceKind, TyCtxt, TypeFlagsExt};

use crate::error::err;
use crate::interp::{InterpCx, RootKind};

/// Installs the `eval_const` query.
pub fn provide(providers: &mut smelt_ty::Providers) {
    providers.eval_const = eval_const;
    providers.eval_promoted = eval_promoted;
}

/// `&expr` promoted to a constant: the MIR of `expr` behind a reference, evaluated like the
/// body of a `const` (whose value may point into its own temporaries).
fn eval_promoted(
    tcx: &TyCtxt,
    def: DefId,
    expr: smelt_hir::ExprId,
) -> Result<ConstValue, ErrorGuaranteed> {
    let body = std::rc::Rc::new(smelt_mir_build::build_promoted(tcx, def, expr));
    if let Some(e) = body.tainted_by_errors {
        return Err(e);
    }
    let args = tcx.types.empty_args;
    let mut cx = InterpCx::new(tcx, def, args, RootKind::Const);
    let result = cx
        .push_frame(def, args, body, Vec::new(), None, None)
        .and_then(|()| cx.run())
        .and_then(|()| cx.intern_result());
    result.map_err(|e| cx.report(*e))
}

fn eval_const(tcx: &TyCtxt, def: DefId, args: GenericArgs) -> Result<ConstValue, ErrorGuaranteed> {
    let args = tcx.normalize_erasing_regions(args);
    let kind = tcx.def_kind(def);
    // An associated constant named through its trait is the impl's (or the trait's default).
    let (def, args) = match kind {
        DefKind::AssocConst if tcx.trait_of_item(def).is_some() => {
            match tcx.resolve_instance(def, args) {
                Some(i) if matches!(i.def, InstanceKind::Item(_)) => (i.def_id(), i.args),
                _ if args.has_params(tcx) => {
                    return Err(report_without_stack(tcx, def, args, *interp::too_generic()));
                }
                _ => {
                    let e = err::eval(format!(
                        "could not find the value of `{}`",
                        names::item_path(tcx, def, args)
                    ));
                    return Err(report_without_stack(tcx, def, args, *e));
                }
            }
        }
        _ => (def, args),
    };
    let root_kind = match tcx.def_kind(def) {
        DefKind::Const | DefKind::AssocConst | DefKind::AnonConst | DefKind::InlineConst => {
            RootKind::Const
        }
        DefKind::Static { mutable } => RootKind::Static { mutable },
        other => {
            let e = err::unsupported(format!("evaluating a {} as a constant", other.descr()));
            return Err(report_without_stack(tcx, def, args, *e));
        }
    };
    if !tcx.hir.has_body(def) {
        let e = err::unsupported(format!(
            "the value of the {} `{}`",
            tcx.def_kind(def).descr(),
            names::item_path(tcx, def, args)
        ));
        return Err(report_without_stack(tcx, def, args, *e));
    }
    let body = smelt_mir::optimized_mir(tcx, smelt_ty::InstanceKind::Item(def));
    if let Some(e) = body.tainted_by_errors {
        return Err(e);
    }
    let mut cx = InterpCx::new(tcx, def, args, root_kind);
    let result = cx
        .push_frame(def, args, body, Vec::new(), None, None)
        .and_then(|()| cx.run())
        .and_then(|()| cx.intern_result());
    result.map_err(|e| cx.report(*e))
}

fn report_without_stack(
    tcx: &TyCtxt,
    def: DefId,
    args: GenericArgs,
    e: error::InterpError,
) -> ErrorGuaranteed {
    let root_kind = match tcx.def_kind(def) {
        DefKind::Static { mutable } => RootKind::Static { mutable },
        _ => RootKind::Const,
    };
    InterpCx::new(tcx, def, args, root_kind).report(e)
}

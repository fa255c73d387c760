//! Type checking: collection of item signatures (`collect`, `hir_ty_lowering`), checking of
//! bodies (`check`), and item-level checks (`wfcheck`). It provides the signature and
//! `typeck` queries of `smelt_ty::TyCtxt`.
//!
//! Architecture invariant: type checking never changes the HIR; everything it learns goes
//! into `TypeckResults` or the query caches, and every error it reports taints the results of
//! the body it was found in, so that later stages do not report follow-on errors.

pub mod check;
pub mod collect;
pub mod consts;
pub mod hir_ty_lowering;
pub mod wfcheck;

use smelt_errors::ErrorGuaranteed;
use smelt_hir::{DefId, DefKind};
use smelt_ty::TyCtxt;

/// Installs this crate's query providers.
pub fn provide(providers: &mut smelt_ty::Providers) {
    collect::provide(providers);
    check::provide(providers);
}

/// Type-checks the crate being compiled: item checks, then every body.
pub fn check_crate(tcx: &TyCtxt) -> Result<(), ErrorGuaranteed> {
    wfcheck::check_representable(tcx);
    if let Some(e) = tcx.sess.dcx.has_errors() {
        return Err(e);
    }
    wfcheck::check_impls(tcx);
    let local = tcx.local_crate();
    let owners: Vec<DefId> = tcx
        .hir
        .krate(local)
        .bodies
        .keys()
        .map(|&index| DefId {
            krate: local,
            index,
        })
        .collect();
    let mut owners = owners;
    owners.sort();
    for def in owners {
        if matches!(tcx.def_kind(def), DefKind::Closure | DefKind::InlineConst) {
            continue;
        }
        smelt_session::progress::set_item(format!("`{}`", tcx.def_path_str(def)));
        let _ = tcx.typeck(def);
    }
    wfcheck::check_entry(tcx);
    match tcx.sess.dcx.has_errors() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

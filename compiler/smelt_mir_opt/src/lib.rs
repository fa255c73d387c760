//! MIR transformations between building and code generation: drop elaboration (which drops
//! run, which are conditional on a flag, which take a value apart) and the drop glue of
//! types. It provides the `optimized_mir` query: the MIR code generation and monomorphisation
//! read.

pub mod clone_shim;
pub mod drop_glue;
pub mod elaborate_drops;
pub mod move_paths;
mod patch;

use std::any::Any;
use std::rc::Rc;

use smelt_mir::Body;
use smelt_ty::{InstanceKind, TyCtxt};

pub fn provide(providers: &mut smelt_ty::Providers) {
    providers.optimized_mir = |tcx, instance| Rc::new(optimized_mir(tcx, instance)) as Rc<dyn Any>;
}

pub fn optimized_mir(tcx: &TyCtxt, instance: InstanceKind) -> Body {
    match instance {
        InstanceKind::Item(def) => {
            let mut body = smelt_mir_build::shim::instance_mir(tcx, instance);
            let param_env = tcx.param_env(tcx.hir.typeck_root(def));
            elaborate_drops::elaborate_drops(tcx, &mut body, param_env);
            body
        }
        InstanceKind::DropGlue(def, Some(ty)) => {
            drop_glue::build_drop_glue(tcx, instance, ty, tcx.def_span(def))
        }
        InstanceKind::CloneShim(def, ty) => {
            clone_shim::build_clone_shim(tcx, instance, def, ty, tcx.def_span(def))
        }
        _ => smelt_mir_build::shim::instance_mir(tcx, instance),
    }
}

//! Instances: a function (or compiler-generated shim) together with the generic arguments
//! it is used at. Monomorphisation collects instances; code generation emits one function
//! for each.

use smelt_hir::DefId;

use crate::sty::{GenericArgs, Ty};

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum InstanceKind {
    /// A function, method or closure body written in source.
    Item(DefId),
    /// A compiler intrinsic (`#[rustc_intrinsic]`): expanded inline by code generation.
    Intrinsic(DefId),
    /// `core::ptr::drop_in_place::<T>`: `None` when `T` needs no drop.
    DropGlue(DefId, Option<Ty>),
    /// A call through a trait object's vtable: the trait method and its slot.
    Virtual(DefId, usize),
    /// `FnOnce::call_once` for a closure that implements `Fn`/`FnMut`: calls the closure by
    /// reference.
    ClosureOnceShim { call_once: DefId },
    /// `Fn::call` and friends for a function pointer or item type.
    FnPtrShim(DefId, Ty),
    /// `Clone::clone` for tuples, arrays and closures.
    CloneShim(DefId, Ty),
    /// A function pointer to a `#[track_caller]` function: supplies its caller location.
    ReifyShim(DefId),
}

impl InstanceKind {
    pub fn def_id(self) -> DefId {
        match self {
            InstanceKind::Item(d)
            | InstanceKind::Intrinsic(d)
            | InstanceKind::DropGlue(d, _)
            | InstanceKind::Virtual(d, _)
            | InstanceKind::ClosureOnceShim { call_once: d }
            | InstanceKind::FnPtrShim(d, _)
            | InstanceKind::CloneShim(d, _)
            | InstanceKind::ReifyShim(d) => d,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Instance {
    pub def: InstanceKind,
    pub args: GenericArgs,
}

impl Instance {
    pub fn new(def: DefId, args: GenericArgs) -> Instance {
        Instance {
            def: InstanceKind::Item(def),
            args,
        }
    }

    pub fn def_id(self) -> DefId {
        self.def.def_id()
    }
}

//! Vtables of trait objects. A `&dyn Trait` is a pair of the data pointer and a pointer to
//! the vtable of the value's type for `Trait`, laid out as rustc lays it out:
//!
//! ```text
//! [drop_in_place::<T> or null, size_of::<T>, align_of::<T>, method 0, method 1, ...]
//! ```
//!
//! with the methods of the supertraits first, depth-first (`TyCtxt::vtable_methods`), and
//! null for a method that cannot be called through the object (generic, or `Self: Sized`).

use smelt_hir::LangItem;
use smelt_ty::{
    ExistentialPredicate, GenericArg, Instance, InstanceKind, TraitRef, Ty, TyCtxt, TyKind,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VtableEntry {
    /// The drop glue, if the type needs dropping.
    Drop(Option<Instance>),
    Size(u64),
    Align(u64),
    Method(Option<Instance>),
}

/// The types at the end of an unsizing coercion from `src` to `dst` (`&T` to `&dyn Trait`,
/// `Box<[T; N]>` to `Box<[T]>`, `&Wrapper<[T; N]>` to `&Wrapper<[T]>`): the sized type and
/// the unsized one it becomes, found by walking both in lockstep (rustc's
/// `struct_lockstep_tails`).
pub fn unsizing_tails(tcx: &TyCtxt, mut src: Ty, mut dst: Ty) -> (Ty, Ty) {
    let mut behind_pointer = false;
    for _ in 0..64 {
        match (tcx.kind(src), tcx.kind(dst)) {
            (
                TyKind::Ref(_, a, _) | TyKind::RawPtr(a, _),
                TyKind::Ref(_, b, _) | TyKind::RawPtr(b, _),
            ) if !behind_pointer => {
                src = a;
                dst = b;
                behind_pointer = true;
            }
            (TyKind::Adt(da, aa), TyKind::Adt(db, ab))
                if da == db && tcx.is_lang_item(da, LangItem::OwnedBox) && !behind_pointer =>
            {
                match (
                    tcx.args(aa).first().and_then(|a| a.as_type()),
                    tcx.args(ab).first().and_then(|a| a.as_type()),
                ) {
                    (Some(a), Some(b)) => {
                        src = a;
                        dst = b;
                        behind_pointer = true;
                    }
                    _ => return (src, dst),
                }
            }
            (TyKind::Adt(da, aa), TyKind::Adt(db, ab)) if da == db && src != dst => {
                // A struct whose last field is unsized (`Fat<[T]>`), or a smart pointer
                // (`Rc<T>`): follow the one field that changes, `PhantomData` aside.
                let adt = tcx.adt_def(da);
                if adt.is_enum() || adt.is_union() {
                    return (src, dst);
                }
                let Some(variant) = adt.variants.iter().next() else {
                    return (src, dst);
                };
                let changed = variant.fields.iter().find_map(|f| {
                    let x = tcx.normalize_erasing_regions(f.ty(tcx, aa));
                    let y = tcx.normalize_erasing_regions(f.ty(tcx, ab));
                    let phantom = matches!(tcx.kind(x), TyKind::Adt(d, _) if tcx.is_lang_item(d, LangItem::PhantomData));
                    (x != y && !phantom).then_some((x, y))
                });
                match changed {
                    Some((x, y)) => {
                        src = x;
                        dst = y;
                    }
                    None => return (src, dst),
                }
            }
            (TyKind::Tuple(a), TyKind::Tuple(b)) if src != dst => {
                match (tcx.tys(a).last(), tcx.tys(b).last()) {
                    (Some(&x), Some(&y)) => {
                        src = x;
                        dst = y;
                    }
                    _ => return (src, dst),
                }
            }
            _ => return (src, dst),
        }
    }
    (src, dst)
}

/// The trait reference `ty: Trait<..>` for the principal trait of a `dyn Trait` type.
pub fn principal_trait_ref(tcx: &TyCtxt, dyn_ty: Ty, self_ty: Ty) -> Option<TraitRef> {
    let TyKind::Dynamic(preds, _) = tcx.kind(dyn_ty) else {
        return None;
    };
    tcx.existentials(preds).iter().find_map(|p| match *p {
        ExistentialPredicate::Trait { def_id, args } => {
            let mut all = vec![GenericArg::Type(self_ty)];
            all.extend(tcx.args(args).iter().copied());
            Some(TraitRef {
                def_id,
                args: tcx.mk_args(&all),
            })
        }
        _ => None,
    })
}

/// The entries of the vtable of `ty` for the trait object type `dyn_ty`.
pub fn vtable_entries(tcx: &TyCtxt, ty: Ty, dyn_ty: Ty) -> Vec<VtableEntry> {
    let ty = tcx.normalize_erasing_regions(ty);
    vtable_entries_for(tcx, ty, principal_trait_ref(tcx, dyn_ty, ty))
}

/// The entries of the vtable of `ty` for its implementation of `principal` (`None` for a
/// trait object without a principal trait, like `dyn Send`).
pub fn vtable_entries_for(tcx: &TyCtxt, ty: Ty, principal: Option<TraitRef>) -> Vec<VtableEntry> {
    let ty = tcx.normalize_erasing_regions(ty);
    let drop = if tcx.needs_drop(ty) {
        tcx.lang_item(LangItem::DropInPlace)
            .and_then(|d| tcx.resolve_instance(d, tcx.mk_args(&[GenericArg::Type(ty)])))
    } else {
        None
    };
    let (size, align) = match tcx.layout_of(ty) {
        Ok(l) => (l.size, l.align),
        Err(_) => (0, 1),
    };
    let mut entries = vec![
        VtableEntry::Drop(drop),
        VtableEntry::Size(size),
        VtableEntry::Align(align),
    ];
    if let Some(principal) = principal {
        let principal_params = tcx.generics_of(principal.def_id).count();
        for method in tcx.vtable_methods(principal.def_id) {
            let Some(owner) = tcx.trait_of_item(method) else {
                entries.push(VtableEntry::Method(None));
                continue;
            };
            // A supertrait's arguments: those of the principal when it has as many
            // parameters (`FnMut<Args>: FnOnce<Args>`), otherwise just `Self`.
            let args = if tcx.generics_of(owner).count() == principal_params {
                principal.args
            } else {
                tcx.mk_args(&[GenericArg::Type(ty)])
            };
            let instance = tcx
                .resolve_instance(method, args)
                .filter(|i| !matches!(i.def, InstanceKind::Virtual(..)));
            entries.push(VtableEntry::Method(instance));
        }
    }
    entries
}

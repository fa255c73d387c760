//! Type simplification for indexing impls: `Vec<T>` and `Vec<u8>` both simplify to
//! `Adt(Vec)`, so inherent impls and trait impls can be found without unification.

use smelt_ast::{FloatTy, IntTy, Mutability, UintTy};
use smelt_hir::DefId;

use crate::context::TyCtxt;
use crate::sty::*;

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum SimplifiedType {
    Bool,
    Char,
    Int(IntTy),
    Uint(UintTy),
    Float(FloatTy),
    Adt(DefId),
    Foreign(DefId),
    Str,
    Array,
    Slice,
    Ref(Mutability),
    Ptr(Mutability),
    Never,
    Tuple(usize),
    Trait(DefId),
    Closure(DefId),
    Function(usize),
}

/// `None` for types that could be anything (parameters, inference variables, projections).
pub fn simplify_type(tcx: &TyCtxt, ty: Ty) -> Option<SimplifiedType> {
    Some(match tcx.kind(ty) {
        TyKind::Bool => SimplifiedType::Bool,
        TyKind::Char => SimplifiedType::Char,
        TyKind::Int(i) => SimplifiedType::Int(i),
        TyKind::Uint(u) => SimplifiedType::Uint(u),
        TyKind::Float(f) => SimplifiedType::Float(f),
        TyKind::Adt(def, _) => SimplifiedType::Adt(def),
        TyKind::Foreign(def) => SimplifiedType::Foreign(def),
        TyKind::Str => SimplifiedType::Str,
        TyKind::Array(..) => SimplifiedType::Array,
        TyKind::Slice(_) => SimplifiedType::Slice,
        TyKind::Ref(_, _, m) => SimplifiedType::Ref(m),
        TyKind::RawPtr(_, m) => SimplifiedType::Ptr(m),
        TyKind::Never => SimplifiedType::Never,
        TyKind::Tuple(tys) => SimplifiedType::Tuple(tcx.tys(tys).len()),
        TyKind::Dynamic(preds, _) => {
            let principal = tcx.existentials(preds).iter().find_map(|p| match p {
                ExistentialPredicate::Trait { def_id, .. } => Some(*def_id),
                _ => None,
            });
            SimplifiedType::Trait(principal?)
        }
        TyKind::Closure(def, _) => SimplifiedType::Closure(def),
        TyKind::FnDef(..) | TyKind::FnPtr(_) => {
            let sig = match tcx.kind(ty) {
                TyKind::FnPtr(sig) => sig,
                _ => return None,
            };
            SimplifiedType::Function(tcx.tys(sig.inputs_and_output).len() - 1)
        }
        TyKind::Alias(_) | TyKind::Param(_) | TyKind::Infer(_) | TyKind::Error => return None,
    })
}

//! Collection: the providers of the signature queries (`type_of`, `fn_sig`, `generics_of`,
//! `predicates_of`, `item_bounds`, `adt_def`, `impl_trait_ref`), computed from the HIR of
//! items on demand.

use std::rc::Rc;

use smelt_hir::{self as hir, CtorKind, CtorOf, DefId, DefKind, OwnerNode};
use smelt_span::{kw, IndexVec};
use smelt_ty::adt::{AdtDef, AdtKind, FieldDef, VariantDef, VariantDiscr};
use smelt_ty::generics::{GenericParamDef, GenericParamDefKind, Generics};
use smelt_ty::{Clause, FnSig, GenericArg, Instantiate, TraitRef, Ty, TyCtxt, TyKind};

use crate::hir_ty_lowering::TyLowerer;

pub fn provide(p: &mut smelt_ty::Providers) {
    p.type_of = type_of;
    p.fn_sig = fn_sig;
    p.generics_of = generics_of;
    p.predicates_of = predicates_of;
    p.item_bounds = item_bounds;
    p.adt_def = adt_def;
    p.impl_trait_ref = impl_trait_ref;
}

/// The item a definition's generics and types are written in (for fields and variants:
/// their ADT; for constructors: the struct or variant's ADT).
fn generics_owner(tcx: &TyCtxt, def: DefId) -> DefId {
    match tcx.def_kind(def) {
        DefKind::Field | DefKind::Variant => {
            let parent = tcx.parent(def).unwrap_or(def);
            if tcx.def_kind(parent) == DefKind::Variant {
                tcx.parent(parent).unwrap_or(parent)
            } else {
                parent
            }
        }
        DefKind::Ctor(CtorOf::Struct, _) => tcx.parent(def).unwrap_or(def),
        DefKind::Ctor(CtorOf::Variant, _) => {
            let variant = tcx.parent(def).unwrap_or(def);
            tcx.parent(variant).unwrap_or(variant)
        }
        _ => def,
    }
}

fn type_of(tcx: &TyCtxt, def: DefId) -> Ty {
    let kind = tcx.def_kind(def);
    match kind {
        DefKind::Struct | DefKind::Enum | DefKind::Union => tcx.mk_adt(def, tcx.identity_args(def)),
        DefKind::Fn | DefKind::AssocFn => tcx.mk_fn_def(def, tcx.identity_args(def)),
        DefKind::Ctor(_, CtorKind::Fn) => {
            tcx.mk_fn_def(def, tcx.identity_args(generics_owner(tcx, def)))
        }
        DefKind::Ctor(_, CtorKind::Const) => {
            let adt = generics_owner(tcx, def);
            tcx.mk_adt(adt, tcx.identity_args(adt))
        }
        DefKind::Variant => {
            let adt = generics_owner(tcx, def);
            tcx.mk_adt(adt, tcx.identity_args(adt))
        }
        DefKind::Field => {
            let owner = generics_owner(tcx, def);
            let Some(OwnerNode::Item(item)) = tcx.hir.owner(owner) else {
                return tcx.types.error;
            };
            let variants: Vec<&hir::VariantData> = match &item.kind {
                hir::ItemKind::Struct(v, _) | hir::ItemKind::Union(v, _) => vec![v],
                hir::ItemKind::Enum(e, _) => e.variants.iter().map(|v| &v.data).collect(),
                _ => Vec::new(),
            };
            for v in variants {
                if let Some(f) = v.fields().iter().find(|f| f.def_id == def) {
                    return TyLowerer::new(tcx, owner).lower_ty(&f.ty);
                }
            }
            tcx.types.error
        }
        DefKind::TyParam => {
            let lowerer = TyLowerer::new(tcx, tcx.parent(def).unwrap_or(def));
            match lowerer.param_index(def) {
                Some((index, name)) => tcx.mk_param(index, name),
                None => tcx.types.error,
            }
        }
        DefKind::ConstParam => {
            let owner = tcx.parent(def).unwrap_or(def);
            let generics = tcx.hir.owner(owner).and_then(|o| o.generics());
            match generics.and_then(|g| g.params.iter().find(|p| p.def_id == def)) {
                Some(hir::GenericParam {
                    kind: hir::GenericParamKind::Const { ty, .. },
                    ..
                }) => TyLowerer::new(tcx, owner).lower_ty(ty),
                _ => tcx.types.error,
            }
        }
        DefKind::Closure | DefKind::InlineConst => {
            let root = tcx.hir.typeck_root(def);
            let results = tcx.typeck(root);
            match tcx.hir.body(def) {
                Some((_, expr)) => results.expr_ty(expr).unwrap_or(tcx.types.error),
                None => tcx.types.error,
            }
        }
        DefKind::AnonConst => {
            // Discriminants have the enum's discriminant type; array lengths are `usize`.
            let parent = tcx.parent(def);
            match parent.map(|p| tcx.def_kind(p)) {
                Some(DefKind::Variant) => {
                    let enum_def = generics_owner(tcx, parent.unwrap_or(def));
                    tcx.adt_def(enum_def).discr_ty(tcx)
                }
                _ => tcx.types.usize,
            }
        }
        DefKind::ForeignTy => tcx.mk_ty(TyKind::Foreign(def)),
        // `impl Trait` in return position: the type the function's body returns there.
        DefKind::OpaqueTy => {
            let Some(func) = tcx.parent(def) else {
                return tcx.types.error;
            };
            let results = tcx.typeck(func);
            results
                .concrete_opaque_types
                .get(&def)
                .copied()
                .unwrap_or(tcx.types.error)
        }
        _ => match tcx.hir.owner(def) {
            Some(OwnerNode::Item(item)) => match &item.kind {
                hir::ItemKind::Static(ty, ..)
                | hir::ItemKind::Const(ty, ..)
                | hir::ItemKind::TyAlias(ty, _) => TyLowerer::new(tcx, def).lower_ty(ty),
                hir::ItemKind::Impl(imp) => TyLowerer::new(tcx, def).lower_ty(&imp.self_ty),
                _ => tcx.types.error,
            },
            Some(OwnerNode::TraitItem(ti)) => match &ti.kind {
                hir::TraitItemKind::Const(ty, _) => TyLowerer::new(tcx, def).lower_ty(ty),
                hir::TraitItemKind::Type(_, Some(default)) => {
                    TyLowerer::new(tcx, def).lower_ty(default)
                }
                hir::TraitItemKind::Type(_, None) => {
                    let trait_def = tcx.parent(def).unwrap_or(def);
                    tcx.mk_alias(def, tcx.identity_args(trait_def))
                }
                hir::TraitItemKind::Fn(..) => tcx.mk_fn_def(def, tcx.identity_args(def)),
            },
            Some(OwnerNode::ImplItem(ii)) => match &ii.kind {
                hir::ImplItemKind::Const(ty, _) | hir::ImplItemKind::Type(ty) => {
                    TyLowerer::new(tcx, def).lower_ty(ty)
                }
                hir::ImplItemKind::Fn(..) => tcx.mk_fn_def(def, tcx.identity_args(def)),
            },
            Some(OwnerNode::ForeignItem(fi)) => match &fi.kind {
                hir::ForeignItemKind::Static(ty, _) => TyLowerer::new(tcx, def).lower_ty(ty),
                hir::ForeignItemKind::Fn(..) => tcx.mk_fn_def(def, tcx.identity_args(def)),
                hir::ForeignItemKind::Type => tcx.mk_ty(TyKind::Foreign(def)),
            },
            None => tcx.types.error,
        },
    }
}

fn fn_sig(tcx: &TyCtxt, def: DefId) -> FnSig {
    match tcx.def_kind(def) {
        DefKind::Ctor(_, CtorKind::Fn) => {
            let adt_def_id = generics_owner(tcx, def);
            let adt = tcx.adt_def(adt_def_id);
            let args = tcx.identity_args(adt_def_id);
            let variant = adt
                .variant_index_with_ctor_id(def)
                .map(|i| &adt.variants[i])
                .or_else(|| adt.variants.iter().next());
            let inputs: Vec<Ty> = variant.map_or(Vec::new(), |v| {
                v.fields.iter().map(|f| f.ty(tcx, args)).collect()
            });
            tcx.mk_fn_sig(
                &inputs,
                tcx.mk_adt(adt_def_id, args),
                false,
                hir::Safety::Safe,
                hir::Abi::Rust,
            )
        }
        DefKind::Closure => {
            let ty = tcx.type_of(def);
            match tcx.kind(ty) {
                TyKind::Closure(_, args) => tcx.closure_fn_sig(args),
                _ => tcx.mk_fn_sig(
                    &[],
                    tcx.types.error,
                    false,
                    hir::Safety::Safe,
                    hir::Abi::Rust,
                ),
            }
        }
        _ => {
            let Some(owner) = tcx.hir.owner(def) else {
                return tcx.mk_fn_sig(
                    &[],
                    tcx.types.error,
                    false,
                    hir::Safety::Safe,
                    hir::Abi::Rust,
                );
            };
            let Some(sig) = owner.fn_sig() else {
                return tcx.mk_fn_sig(
                    &[],
                    tcx.types.error,
                    false,
                    hir::Safety::Safe,
                    hir::Abi::Rust,
                );
            };
            let lowerer = TyLowerer::new(tcx, def);
            let inputs: Vec<Ty> = sig
                .decl
                .inputs
                .iter()
                .map(|t| lowerer.lower_ty(t))
                .collect();
            let output = sig
                .decl
                .output
                .as_ref()
                .map_or(tcx.types.unit, |t| lowerer.lower_ty(t));
            let mut safety = sig.header.safety;
            // Functions in `extern` blocks are unsafe to call.
            if matches!(owner, OwnerNode::ForeignItem(_)) {
                safety = hir::Safety::Unsafe;
            }
            tcx.mk_fn_sig(&inputs, output, sig.decl.c_variadic, safety, sig.header.abi)
        }
    }
}

fn generics_of(tcx: &TyCtxt, def: DefId) -> Rc<Generics> {
    let kind = tcx.def_kind(def);
    // Definitions that share their parent's generics.
    let parent = match kind {
        DefKind::AssocFn | DefKind::AssocConst | DefKind::AssocTy | DefKind::OpaqueTy => {
            tcx.parent(def)
        }
        DefKind::Closure | DefKind::InlineConst | DefKind::AnonConst => {
            let p = tcx.parent(def);
            // Anonymous constants in item signatures see nothing generic in rustc unless they
            // are const arguments; smelt gives them their parent's generics so that uses
            // can be instantiated uniformly.
            p.filter(|p| tcx.def_kind(*p) != DefKind::Mod)
        }
        DefKind::Ctor(..) | DefKind::Variant | DefKind::Field => {
            return tcx.generics_of(generics_owner(tcx, def));
        }
        _ => None,
    };
    let parent_count = parent.map_or(0, |p| tcx.generics_of(p).count());
    let mut own_params = Vec::new();
    let mut has_self = false;
    let mut next = parent_count as u32;
    if kind == DefKind::Trait || kind == DefKind::TraitAlias {
        has_self = true;
        own_params.push(GenericParamDef {
            name: kw::SelfUpper,
            def_id: def,
            index: next,
            kind: GenericParamDefKind::Type {
                has_default: false,
                synthetic: false,
            },
        });
        next += 1;
    }
    if let Some(generics) = tcx.hir.owner(def).and_then(|o| o.generics()) {
        // Lifetimes first, then types and constants in order, as rustc numbers them.
        for p in generics
            .params
            .iter()
            .filter(|p| matches!(p.kind, hir::GenericParamKind::Lifetime))
        {
            own_params.push(GenericParamDef {
                name: p.name.name,
                def_id: p.def_id,
                index: next,
                kind: GenericParamDefKind::Lifetime,
            });
            next += 1;
        }
        for p in generics
            .params
            .iter()
            .filter(|p| !matches!(p.kind, hir::GenericParamKind::Lifetime))
        {
            let kind = match &p.kind {
                hir::GenericParamKind::Type { default } => GenericParamDefKind::Type {
                    has_default: default.is_some(),
                    synthetic: p.synthetic,
                },
                hir::GenericParamKind::Const { default, .. } => GenericParamDefKind::Const {
                    has_default: default.is_some(),
                },
                hir::GenericParamKind::Lifetime => continue,
            };
            own_params.push(GenericParamDef {
                name: p.name.name,
                def_id: p.def_id,
                index: next,
                kind,
            });
            next += 1;
        }
    }
    Rc::new(Generics {
        parent,
        parent_count,
        own_params,
        has_self,
    })
}

fn predicates_of(tcx: &TyCtxt, def: DefId) -> Rc<[Clause]> {
    let kind = tcx.def_kind(def);
    let mut out: Vec<Clause> = Vec::new();
    let parent = match kind {
        DefKind::AssocFn
        | DefKind::AssocConst
        | DefKind::AssocTy
        | DefKind::Closure
        | DefKind::InlineConst => tcx.parent(def),
        DefKind::Ctor(..) | DefKind::Variant | DefKind::Field => Some(generics_owner(tcx, def)),
        _ => None,
    };
    if let Some(p) = parent {
        out.extend(tcx.predicates_of(p).iter().copied());
        if matches!(
            kind,
            DefKind::Ctor(..)
                | DefKind::Variant
                | DefKind::Field
                | DefKind::Closure
                | DefKind::InlineConst
        ) {
            return Rc::from(out);
        }
    }
    let lowerer = TyLowerer::new(tcx, def);
    if kind == DefKind::Trait {
        // `Self: Trait` holds inside the trait.
        out.push(Clause::Trait(TraitRef {
            def_id: def,
            args: tcx.identity_args(def),
        }));
        if let Some(hir::Item {
            kind: hir::ItemKind::Trait { bounds, .. },
            ..
        }) = tcx.hir.item(def)
        {
            let self_ty = tcx.mk_param(0, kw::SelfUpper);
            out.extend(lowerer.lower_bounds(self_ty, bounds));
        }
    }
    let Some(generics) = tcx.hir.owner(def).and_then(|o| o.generics()) else {
        return Rc::from(out);
    };
    let own = tcx.generics_of(def);
    // Every type parameter is `Sized` unless a `?Sized` bound says otherwise.
    if let Some(sized) = tcx.lang_item(smelt_hir::LangItem::Sized) {
        for p in &own.own_params {
            if !matches!(p.kind, GenericParamDefKind::Type { .. })
                || (own.has_self && p.index == own.parent_count as u32)
            {
                continue;
            }
            let maybe_sized = generics.predicates.iter().any(|pred| match pred {
                hir::WherePredicate::Bound {
                    bounded_ty, bounds, ..
                } => {
                    matches!(&bounded_ty.kind, hir::TyKind::Path(hir::QPath::Resolved(None, path))
                        if path.res == hir::Res::Def(DefKind::TyParam, p.def_id))
                        && bounds.iter().any(|b| {
                            matches!(
                                b,
                                hir::GenericBound::Trait(_, hir::TraitBoundModifier::Maybe)
                            )
                        })
                }
                _ => false,
            });
            if !maybe_sized {
                let ty = tcx.mk_param(p.index, p.name);
                out.push(Clause::Trait(TraitRef {
                    def_id: sized,
                    args: tcx.mk_args(&[GenericArg::Type(ty)]),
                }));
            }
        }
    }
    for pred in &generics.predicates {
        match pred {
            hir::WherePredicate::Bound {
                bounded_ty, bounds, ..
            } => {
                let ty = lowerer.lower_ty(bounded_ty);
                out.extend(lowerer.lower_bounds(ty, bounds));
            }
            hir::WherePredicate::Region { .. } => {}
        }
    }
    Rc::from(out)
}

/// The bounds written on an opaque type (`impl Iterator<Item = u8>` in `def`'s parent's
/// return type), with the opaque type as their self type.
fn opaque_bounds(tcx: &TyCtxt, def: DefId) -> Rc<[Clause]> {
    let Some(func) = tcx.parent(def) else {
        return Rc::from(Vec::new());
    };
    let Some(decl) = tcx
        .hir
        .owner(func)
        .and_then(|o| o.fn_sig())
        .map(|s| &s.decl)
    else {
        return Rc::from(Vec::new());
    };
    let Some(ret) = &decl.output else {
        return Rc::from(Vec::new());
    };
    let mut stack = vec![ret];
    while let Some(t) = stack.pop() {
        match &t.kind {
            hir::TyKind::ImplTrait(d, bounds) if *d == def => {
                let alias = tcx.mk_alias(def, tcx.identity_args(def));
                let mut out = TyLowerer::new(tcx, func).lower_bounds(alias, bounds);
                if let Some(sized) = tcx.lang_item(smelt_hir::LangItem::Sized) {
                    out.push(Clause::Trait(TraitRef {
                        def_id: sized,
                        args: tcx.mk_args(&[GenericArg::Type(alias)]),
                    }));
                }
                return Rc::from(out);
            }
            hir::TyKind::Ref(_, inner, _)
            | hir::TyKind::Ptr(inner, _)
            | hir::TyKind::Slice(inner)
            | hir::TyKind::Array(inner, _) => stack.push(inner),
            hir::TyKind::Tup(ts) => stack.extend(ts.iter()),
            hir::TyKind::Path(hir::QPath::Resolved(_, path)) => {
                for seg in &path.segments {
                    if let Some(args) = &seg.args {
                        for a in &args.args {
                            if let hir::GenericArg::Type(t) = a {
                                stack.push(t);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Rc::from(Vec::new())
}

fn item_bounds(tcx: &TyCtxt, def: DefId) -> Rc<[Clause]> {
    if tcx.def_kind(def) == DefKind::OpaqueTy {
        return opaque_bounds(tcx, def);
    }
    let Some(OwnerNode::TraitItem(ti)) = tcx.hir.owner(def) else {
        return Rc::from(Vec::new());
    };
    let hir::TraitItemKind::Type(bounds, _) = &ti.kind else {
        return Rc::from(Vec::new());
    };
    let trait_def = tcx.parent(def).unwrap_or(def);
    let alias = tcx.mk_alias(def, tcx.identity_args(def));
    let mut out = TyLowerer::new(tcx, trait_def).lower_bounds(alias, bounds);
    // Associated types are `Sized` unless declared `?Sized`.
    let maybe = bounds.iter().any(|b| {
        matches!(
            b,
            hir::GenericBound::Trait(_, hir::TraitBoundModifier::Maybe)
        )
    });
    if let (Some(sized), false) = (tcx.lang_item(smelt_hir::LangItem::Sized), maybe) {
        out.push(Clause::Trait(TraitRef {
            def_id: sized,
            args: tcx.mk_args(&[GenericArg::Type(alias)]),
        }));
    }
    Rc::from(out)
}

fn adt_def(tcx: &TyCtxt, def: DefId) -> Rc<AdtDef> {
    let Some(item) = tcx.hir.item(def) else {
        return Rc::new(AdtDef::error(def));
    };
    let field_defs = |data: &hir::VariantData| -> IndexVec<smelt_ty::FieldIdx, FieldDef> {
        data.fields()
            .iter()
            .map(|f| FieldDef {
                did: f.def_id,
                name: f.ident.name,
                vis: f.vis,
            })
            .collect()
    };
    let (kind, variants) = match &item.kind {
        hir::ItemKind::Struct(data, _) | hir::ItemKind::Union(data, _) => {
            let kind = if matches!(item.kind, hir::ItemKind::Struct(..)) {
                AdtKind::Struct
            } else {
                AdtKind::Union
            };
            let v = VariantDef {
                def_id: def,
                ctor: data.ctor(),
                name: item.ident.name,
                discr: VariantDiscr::Relative(0),
                fields: field_defs(data),
            };
            (kind, IndexVec::from_raw(vec![v]))
        }
        hir::ItemKind::Enum(e, _) => {
            let mut distance = 0;
            let variants = e
                .variants
                .iter()
                .map(|v| {
                    let discr = match v.disr_expr {
                        Some(anon) => {
                            distance = 1;
                            VariantDiscr::Explicit(anon)
                        }
                        None => {
                            let d = VariantDiscr::Relative(distance);
                            distance += 1;
                            d
                        }
                    };
                    VariantDef {
                        def_id: v.def_id,
                        ctor: v.data.ctor(),
                        name: v.ident.name,
                        discr,
                        fields: field_defs(&v.data),
                    }
                })
                .collect();
            (AdtKind::Enum, variants)
        }
        _ => return Rc::new(AdtDef::error(def)),
    };
    Rc::new(AdtDef {
        did: def,
        kind,
        variants,
        repr: item.attrs.repr,
        non_exhaustive: item.attrs.non_exhaustive,
        is_error: false,
    })
}

fn impl_trait_ref(tcx: &TyCtxt, def: DefId) -> Option<TraitRef> {
    let item = tcx.hir.item(def)?;
    let hir::ItemKind::Impl(imp) = &item.kind else {
        return None;
    };
    let tr = imp.of_trait.as_ref()?;
    let self_ty = tcx.type_of(def);
    let (trait_ref, _) = TyLowerer::new(tcx, def).lower_trait_ref(tr, self_ty)?;
    Some(trait_ref)
}

/// The field types of a variant, instantiated.
pub fn variant_field_tys(
    tcx: &TyCtxt,
    variant: &VariantDef,
    args: smelt_ty::GenericArgs,
) -> Vec<Ty> {
    variant
        .fields
        .iter()
        .map(|f| f.ty(tcx, args).instantiate(tcx, tcx.types.empty_args))
        .collect()
}

//! Names of items and functions as rustc's const-evaluation errors print them: the item being
//! evaluated with its crate-relative path (`m::X`, `S::<u32>::C`, `<S as Tr>::K`,
//! `E::A::{constant#0}`), and the functions of the stack trimmed to their name (`h`,
//! `g::<u32>`, `S::<u16>::m`).

use smelt_hir::{DefId, DefKind};
use smelt_ty::{GenericArg, GenericArgs, Instantiate, TyCtxt, TyKind};

/// The path of the item being evaluated.
pub fn item_path(tcx: &TyCtxt, def: DefId, args: GenericArgs) -> String {
    path(tcx, def, args, true)
}

/// The name of a function in a stack trace or an E0015 error.
pub fn instance_path(tcx: &TyCtxt, def: DefId, args: GenericArgs) -> String {
    if tcx.def_kind(def) == DefKind::Closure {
        return "closure".into();
    }
    let mut s = path(tcx, def, args, false);
    let own = own_args(tcx, def, args);
    if !own.is_empty() {
        s.push_str("::<");
        s.push_str(&own.join(", "));
        s.push('>');
    }
    s
}

/// The printed non-lifetime arguments of `def`'s own generic parameters.
fn own_args(tcx: &TyCtxt, def: DefId, args: GenericArgs) -> Vec<String> {
    let parent_count = tcx.generics_of(def).parent_count;
    tcx.args(args)
        .iter()
        .skip(parent_count)
        .filter_map(|a| match a {
            GenericArg::Type(t) => Some(tcx.ty_string(*t)),
            GenericArg::Const(c) => Some(tcx.const_string(*c)),
            GenericArg::Lifetime(_) => None,
        })
        .collect()
}

fn path(tcx: &TyCtxt, def: DefId, args: GenericArgs, full: bool) -> String {
    let name = tcx.str(tcx.item_name(def)).to_string();
    match tcx.def_kind(def) {
        DefKind::AnonConst | DefKind::InlineConst => {
            let parent = tcx.parent(def);
            let index = parent.map_or(0, |p| {
                tcx.hir
                    .all_defs()
                    .filter(|(d, data)| {
                        d.krate == def.krate
                            && *d < def
                            && data.parent == Some(p.index)
                            && matches!(data.kind, DefKind::AnonConst | DefKind::InlineConst)
                    })
                    .count()
            });
            match parent {
                Some(p) if !(p.is_crate_root() && tcx.is_local(p)) => {
                    format!("{}::{{constant#{index}}}", path(tcx, p, args, full))
                }
                _ => format!("{{constant#{index}}}"),
            }
        }
        DefKind::AssocFn | DefKind::AssocConst => {
            let Some(parent) = tcx.parent(def) else {
                return name;
            };
            match tcx.def_kind(parent) {
                DefKind::Impl { of_trait } => {
                    let impl_count = tcx.generics_of(parent).count();
                    let all = tcx.args(args);
                    let impl_args = tcx.mk_args(&all[..impl_count.min(all.len())]);
                    let self_ty = tcx.type_of(parent).instantiate(tcx, impl_args);
                    match tcx.impl_trait_ref(parent).filter(|_| of_trait) {
                        Some(tr) => {
                            let tr = tr.instantiate(tcx, impl_args);
                            format!("{}::{name}", tcx.trait_ref_qualified(tr))
                        }
                        None => format!("{}::{name}", value_path_of_ty(tcx, self_ty, full)),
                    }
                }
                DefKind::Trait => {
                    let trait_count = tcx.generics_of(parent).count();
                    let all = tcx.args(args);
                    if all.len() >= trait_count && trait_count > 0 {
                        let tr = smelt_ty::TraitRef {
                            def_id: parent,
                            args: tcx.mk_args(&all[..trait_count]),
                        };
                        format!("{}::{name}", tcx.trait_ref_qualified(tr))
                    } else {
                        format!("{}::{name}", path(tcx, parent, args, full))
                    }
                }
                _ => name,
            }
        }
        DefKind::Variant => match tcx.parent(def) {
            Some(e) => format!("{}::{name}", path(tcx, e, args, full)),
            None => name,
        },
        _ if !full => name,
        _ => match tcx.parent(def) {
            Some(p)
                if p_is_named_mod(tcx, p)
                    || matches!(
                        tcx.def_kind(p),
                        DefKind::Fn | DefKind::AssocFn | DefKind::Trait | DefKind::Enum
                    ) =>
            {
                format!("{}::{name}", path(tcx, p, args, full))
            }
            Some(p) if p.is_crate_root() && !tcx.is_local(def) => {
                format!("{}::{name}", tcx.str(tcx.hir.krate(def.krate).name))
            }
            _ => name,
        },
    }
}

/// Whether `def` is a module that paths name (the local crate root is not).
fn p_is_named_mod(tcx: &TyCtxt, def: DefId) -> bool {
    tcx.def_kind(def) == DefKind::Mod && !(def.is_crate_root() && tcx.is_local(def))
}

/// A type as the first segments of a value path: `S::<u32>` rather than `S<u32>`.
fn value_path_of_ty(tcx: &TyCtxt, ty: smelt_ty::Ty, full: bool) -> String {
    match tcx.kind(ty) {
        TyKind::Adt(def, args) => {
            let mut s = if full {
                path(tcx, def, args, true)
            } else {
                tcx.str(tcx.item_name(def)).to_string()
            };
            let shown: Vec<String> = tcx
                .args(args)
                .iter()
                .filter_map(|a| match a {
                    GenericArg::Type(t) => Some(tcx.ty_string(*t)),
                    GenericArg::Const(c) => Some(tcx.const_string(*c)),
                    GenericArg::Lifetime(_) => None,
                })
                .collect();
            if !shown.is_empty() {
                s.push_str("::<");
                s.push_str(&shown.join(", "));
                s.push('>');
            }
            s
        }
        _ => {
            let s = tcx.ty_string(ty);
            if s.chars().all(|c| c.is_alphanumeric() || c == '_') {
                s
            } else {
                format!("<{s}>")
            }
        }
    }
}

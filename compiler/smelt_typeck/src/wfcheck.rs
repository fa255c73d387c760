//! Item-level checks: trait impls provide exactly the trait's items (E0046, E0407), types
//! are representable (E0072), and the crate has a proper `main` (E0601).

use smelt_hir::{self as hir, DefId, DefKind, OwnerNode};
use smelt_session::CrateType;
use smelt_ty::assoc::AssocKind;
use smelt_ty::{TyCtxt, TyKind};

pub fn check_impls(tcx: &TyCtxt) {
    let local = tcx.local_crate();
    let impls: Vec<DefId> = tcx
        .hir
        .krate(local)
        .defs
        .iter_enumerated()
        .filter(|(_, d)| matches!(d.kind, DefKind::Impl { of_trait: true }))
        .map(|(index, _)| DefId {
            krate: local,
            index,
        })
        .collect();
    for imp in impls {
        check_trait_impl(tcx, imp);
    }
}

fn check_trait_impl(tcx: &TyCtxt, imp: DefId) {
    let Some(item) = tcx.hir.item(imp) else {
        return;
    };
    let hir::ItemKind::Impl(hir_impl) = &item.kind else {
        return;
    };
    let Some(trait_ref) = tcx.impl_trait_ref(imp) else {
        return;
    };
    let trait_def = trait_ref.def_id;
    let trait_items = tcx.associated_items(trait_def);
    let impl_items = tcx.associated_items(imp);
    let trait_name = tcx.def_path_str(trait_def);
    for ii in &impl_items.items {
        if ii.trait_item_def_id.is_none() {
            let (code, what) = match ii.kind {
                AssocKind::Fn { .. } => ("E0407", "method"),
                AssocKind::Type => ("E0437", "type"),
                AssocKind::Const => ("E0438", "const"),
            };
            let span = tcx
                .hir
                .owner(ii.def_id)
                .map_or(tcx.def_span(ii.def_id), |o| o.ident().span);
            tcx.sess
                .dcx
                .struct_err(
                    span,
                    format!(
                        "{what} `{}` is not a member of trait `{trait_name}`",
                        tcx.str(ii.name)
                    ),
                )
                .code(code)
                .span_label(span, format!("not a member of trait `{trait_name}`"))
                .emit();
        }
    }
    let missing: Vec<&smelt_ty::assoc::AssocItem> = trait_items
        .items
        .iter()
        .filter(|ti| !ti.has_value && impl_items.implementing(ti.def_id).is_none())
        .collect();
    if !missing.is_empty() {
        let names: Vec<String> = missing
            .iter()
            .map(|m| format!("`{}`", tcx.str(m.name)))
            .collect();
        let impl_span = impl_header_span(tcx, imp, hir_impl);
        let mut d = tcx
            .sess
            .dcx
            .struct_err(
                impl_span,
                format!(
                    "not all trait items implemented, missing: {}",
                    names.join(", ")
                ),
            )
            .code("E0046")
            .span_label(
                impl_span,
                format!("missing {} in implementation", names.join(", ")),
            );
        for m in &missing {
            if let Some(OwnerNode::TraitItem(ti)) = tcx.hir.owner(m.def_id) {
                if !tcx.hir.krate(m.def_id.krate).defs[m.def_id.index]
                    .span
                    .is_dummy()
                    && m.def_id.krate == imp.krate
                {
                    d = d.span_label(ti.span, format!("`{}` from trait", tcx.str(m.name)));
                }
            }
        }
        d.emit();
    }
}

/// The span of `impl Trait for Type` (without the body).
fn impl_header_span(tcx: &TyCtxt, imp: DefId, hir_impl: &hir::Impl) -> smelt_span::Span {
    let item_span = tcx.def_span(imp);
    smelt_span::Span {
        hi: hir_impl.self_ty.span.hi,
        ..item_span
    }
}

/// E0072: a type that contains itself without indirection has no finite size.
pub fn check_representable(tcx: &TyCtxt) {
    let local = tcx.local_crate();
    let adts: Vec<DefId> = tcx
        .hir
        .krate(local)
        .defs
        .iter_enumerated()
        .filter(|(_, d)| matches!(d.kind, DefKind::Struct | DefKind::Enum | DefKind::Union))
        .map(|(index, _)| DefId {
            krate: local,
            index,
        })
        .collect();
    for adt in adts {
        if contains_adt_by_value(tcx, adt, adt, &mut Vec::new(), 0) {
            let span = tcx.hir.owner(adt).map_or(tcx.def_span(adt), |o| {
                let s = o.span();
                smelt_span::Span {
                    hi: o.ident().span.hi,
                    ..s
                }
            });
            tcx.sess
                .dcx
                .struct_err(
                    span,
                    format!(
                        "recursive type `{}` has infinite size",
                        tcx.def_path_str(adt)
                    ),
                )
                .code("E0072")
                .help("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle")
                .emit();
        }
    }
}

fn contains_adt_by_value(
    tcx: &TyCtxt,
    root: DefId,
    adt: DefId,
    visiting: &mut Vec<DefId>,
    depth: u32,
) -> bool {
    if depth > 64 || visiting.contains(&adt) {
        return false;
    }
    visiting.push(adt);
    let def = tcx.adt_def(adt);
    let mut found = false;
    'outer: for v in &def.variants {
        for f in &v.fields {
            let ty = tcx.type_of(f.did);
            if ty_contains_adt(tcx, ty, root, visiting, depth) {
                found = true;
                break 'outer;
            }
        }
    }
    visiting.pop();
    found
}

fn ty_contains_adt(
    tcx: &TyCtxt,
    ty: smelt_ty::Ty,
    root: DefId,
    visiting: &mut Vec<DefId>,
    depth: u32,
) -> bool {
    match tcx.kind(ty) {
        TyKind::Adt(d, _) if d == root => true,
        TyKind::Adt(d, _) => {
            if tcx.is_lang_item(d, smelt_hir::LangItem::OwnedBox)
                || tcx.is_lang_item(d, smelt_hir::LangItem::PhantomData)
            {
                return false;
            }
            d.krate == root.krate && contains_adt_by_value(tcx, root, d, visiting, depth + 1)
        }
        TyKind::Array(t, _) => ty_contains_adt(tcx, t, root, visiting, depth),
        TyKind::Tuple(tys) => tcx
            .tys(tys)
            .iter()
            .any(|t| ty_contains_adt(tcx, *t, root, visiting, depth)),
        _ => false,
    }
}

/// E0601: an executable needs `fn main`.
pub fn check_entry(tcx: &TyCtxt) {
    if !tcx.sess.opts.crate_types.contains(&CrateType::Executable) || tcx.sess.opts.test {
        return;
    }
    let local = tcx.local_crate();
    let krate = tcx.hir.krate(local);
    match krate.entry_fn {
        Some(main) => {
            let main = DefId {
                krate: local,
                index: main,
            };
            if tcx.def_kind(main) != DefKind::Fn {
                return;
            }
            let sig = tcx.fn_sig(main);
            let generics = tcx.generics_of(main);
            if !tcx.sig_inputs(sig).is_empty() || generics.own_non_lifetime_count() > 0 {
                let span = tcx
                    .hir
                    .owner(main)
                    .map_or(tcx.def_span(main), |o| o.ident().span);
                tcx.sess
                    .dcx
                    .struct_err(span, "`main` function has wrong type")
                    .code("E0580")
                    .note("expected signature `fn()`")
                    .emit();
            }
        }
        None => {
            let file = tcx
                .sess
                .source_map
                .lookup_file(krate.span.lo)
                .map_or_else(|| "main.rs".to_string(), |f| f.name.clone());
            let span = krate.span.shrink_to_hi();
            tcx.sess
                .dcx
                .struct_err(
                    span,
                    format!(
                        "`main` function not found in crate `{}`",
                        tcx.str(krate.name)
                    ),
                )
                .code("E0601")
                .span_label(
                    span,
                    format!("consider adding a `main` function to `{file}`"),
                )
                .emit();
        }
    }
}

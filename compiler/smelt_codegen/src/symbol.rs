//! Symbol names. Exported names must be the same in every compilation that sees the same
//! library, so they are derived from definition paths and generic arguments, in the legacy
//! Itanium-like form rustc uses (`_ZN4core3fmt5write17h0123456789abcdefE`), with smelt's own
//! hash.

use smelt_hir::DefKind;
use smelt_ty::{Instance, InstanceKind, TyCtxt};

/// FNV-1a, 64 bits: simple, stable and good enough for disambiguating names.
fn fnv64(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn sanitize(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
}

pub fn symbol_name(tcx: &TyCtxt, instance: Instance) -> String {
    let instance = smelt_mono::erase_instance_regions(tcx, instance);
    let def = instance.def_id();
    if let InstanceKind::Item(def) = instance.def {
        if let Some(owner) = tcx.hir.owner(def) {
            let attrs = owner.attrs();
            if let Some(name) = attrs.export_name {
                return tcx.str(name).to_string();
            }
            if attrs.no_mangle {
                return tcx.str(tcx.item_name(def)).to_string();
            }
            if matches!(owner, smelt_hir::OwnerNode::ForeignItem(_)) {
                return tcx.str(attrs.link_name.unwrap_or(tcx.item_name(def))).to_string();
            }
        }
    }
    let path = tcx.def_path_full(def);
    let mut hash_input = format!("{}:{}:{:?}", def.krate.as_u32(), def.index.as_u32(), instance.def);
    for a in tcx.args(instance.args).iter() {
        match a {
            smelt_ty::GenericArg::Type(t) => hash_input.push_str(&tcx.ty_string(*t)),
            smelt_ty::GenericArg::Const(c) => hash_input.push_str(&tcx.const_string(*c)),
            smelt_ty::GenericArg::Lifetime(_) => {}
        }
        hash_input.push(',');
    }
    if let Some(parent) = tcx.parent(def) {
        if let DefKind::Impl { .. } = tcx.def_kind(parent) {
            hash_input.push_str(&tcx.ty_string(tcx.type_of(parent)));
        }
    }
    let hash = fnv64(hash_input.as_bytes());
    let mut out = String::from("_ZN");
    for seg in path {
        let s = sanitize(tcx.str(seg));
        let s = if s.starts_with(|c: char| c.is_ascii_digit()) { format!("_{s}") } else { s };
        out.push_str(&s.len().to_string());
        out.push_str(&s);
    }
    match instance.def {
        InstanceKind::DropGlue(..) => out.push_str("13drop_in_place"),
        InstanceKind::ReifyShim(_) => out.push_str("10reify_shim"),
        InstanceKind::Item(_) => {}
        _ => out.push_str("4shim"),
    }
    out.push_str(&format!("17h{hash:016x}E"));
    out
}

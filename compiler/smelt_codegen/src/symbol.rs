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
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
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
                return tcx
                    .str(attrs.link_name.unwrap_or(tcx.item_name(def)))
                    .to_string();
            }
        }
    }
    let path = tcx.def_path_full(def);
    let mut hash_input = format!(
        "{}:{}:{:?}",
        def.krate.as_u32(),
        def.index.as_u32(),
        instance.def
    );
    encode_args(tcx, instance.args, &mut hash_input, 0);
    if let Some(parent) = tcx.parent(def) {
        if let DefKind::Impl { .. } = tcx.def_kind(parent) {
            encode_ty(tcx, tcx.type_of(parent), &mut hash_input, 0);
        }
    }
    let hash = fnv64(hash_input.as_bytes());
    let mut out = String::from("_ZN");
    for seg in path {
        let s = sanitize(tcx.str(seg));
        let s = if s.starts_with(|c: char| c.is_ascii_digit()) {
            format!("_{s}")
        } else {
            s
        };
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

/// The value of `intrinsics::type_id::<T>()`: a 128-bit hash of the type's structural
/// encoding, the same in every compilation that sees the type (library objects included).
pub fn type_id_hash(tcx: &TyCtxt, ty: smelt_ty::Ty) -> u128 {
    let mut enc = String::new();
    encode_ty(tcx, ty, &mut enc, 0);
    // FNV-1a, 128-bit.
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    for b in enc.bytes() {
        h ^= u128::from(b);
        h = h.wrapping_mul(0x0000000001000000000000000000013b);
    }
    h
}

/// A structural encoding of generic arguments for the symbol hash: distinct types give
/// distinct strings (closures by their definition and captured types, ADTs by definition),
/// and the same type gives the same string in every compilation that sees it.
fn encode_args(tcx: &TyCtxt, args: smelt_ty::GenericArgs, out: &mut String, depth: u32) {
    out.push('<');
    for a in tcx.args(args).iter() {
        match a {
            smelt_ty::GenericArg::Type(t) => encode_ty(tcx, *t, out, depth + 1),
            smelt_ty::GenericArg::Const(c) => out.push_str(&tcx.const_string(*c)),
            smelt_ty::GenericArg::Lifetime(_) => out.push('\''),
        }
        out.push(',');
    }
    out.push('>');
}

fn encode_def(def: smelt_hir::DefId, out: &mut String) {
    out.push_str(&format!("{}.{}", def.krate.as_u32(), def.index.as_u32()));
}

fn encode_ty(tcx: &TyCtxt, ty: smelt_ty::Ty, out: &mut String, depth: u32) {
    use smelt_ty::TyKind;
    if depth > 64 {
        out.push_str(&tcx.ty_string(ty));
        return;
    }
    match tcx.kind(ty) {
        TyKind::Adt(def, args) => {
            out.push('A');
            encode_def(def, out);
            encode_args(tcx, args, out, depth);
        }
        TyKind::Closure(def, args) => {
            out.push('C');
            encode_def(def, out);
            encode_args(tcx, args, out, depth);
        }
        TyKind::FnDef(def, args) => {
            out.push('F');
            encode_def(def, out);
            encode_args(tcx, args, out, depth);
        }
        TyKind::Foreign(def) => {
            out.push('X');
            encode_def(def, out);
        }
        TyKind::Array(t, len) => {
            out.push('[');
            encode_ty(tcx, t, out, depth + 1);
            out.push(';');
            out.push_str(&tcx.const_string(len));
            out.push(']');
        }
        TyKind::Slice(t) => {
            out.push_str("[]");
            encode_ty(tcx, t, out, depth + 1);
        }
        TyKind::RawPtr(t, m) => {
            out.push_str(if m == smelt_ast::Mutability::Mut {
                "*m"
            } else {
                "*c"
            });
            encode_ty(tcx, t, out, depth + 1);
        }
        TyKind::Ref(_, t, m) => {
            out.push_str(if m == smelt_ast::Mutability::Mut {
                "&m"
            } else {
                "&"
            });
            encode_ty(tcx, t, out, depth + 1);
        }
        TyKind::Tuple(tys) => {
            out.push('(');
            for t in tcx.tys(tys).iter() {
                encode_ty(tcx, *t, out, depth + 1);
                out.push(',');
            }
            out.push(')');
        }
        TyKind::FnPtr(sig) => {
            out.push_str(&format!("fn{:?}{:?}(", sig.abi, sig.safety));
            for t in tcx.tys(sig.inputs_and_output).iter() {
                encode_ty(tcx, *t, out, depth + 1);
                out.push(',');
            }
            out.push(')');
        }
        TyKind::Dynamic(preds, _) => {
            out.push_str("dyn{");
            for p in tcx.existentials(preds).iter() {
                match *p {
                    smelt_ty::ExistentialPredicate::Trait { def_id, args } => {
                        out.push('T');
                        encode_def(def_id, out);
                        encode_args(tcx, args, out, depth);
                    }
                    smelt_ty::ExistentialPredicate::Projection { def_id, args, term } => {
                        out.push('P');
                        encode_def(def_id, out);
                        encode_args(tcx, args, out, depth);
                        out.push('=');
                        encode_ty(tcx, term, out, depth + 1);
                    }
                    smelt_ty::ExistentialPredicate::AutoTrait(d) => {
                        out.push('+');
                        encode_def(d, out);
                    }
                }
            }
            out.push('}');
        }
        _ => out.push_str(&tcx.ty_string(ty)),
    }
}

//! Which borrows a call's result may hold, read off the callee's signature.
//!
//! Smelt does not infer regions. Instead, borrow checking follows borrows through values
//! (see `loans`), and at a call it asks the signature: each region of an argument's type
//! is matched against the region the signature declares there (a lifetime parameter, an
//! elided one, `'static`), and each type parameter against the actual type; the result's
//! regions then hold the borrows of the arguments' regions they are declared with.
//! `fn first<'a>(x: &'a T, y: &U) -> &'a V` passes on `x`'s borrows only;
//! `Iterator::next(&mut self) -> Option<Self::Item>` passes on what the iterator borrows
//! (`Self`) but not the `&mut` borrow of the iterator itself. Elided output lifetimes
//! follow the elision rules. A reference's region is outlived by the regions of its
//! pointee, so returning data with the reference's region keeps those alive too.
//!
//! A `&mut` argument whose pointee mentions a region or type parameter of another argument
//! may have that argument stored into it (`v.push(&x)`): those borrows flow to what the
//! `&mut` points to.

use rustc_hash::FxHashMap;
use smelt_hir::DefId;
use smelt_mir::{Body, Operand};
use smelt_span::BitSet;
use smelt_ty::{GenericArg, Region, Ty, TyKind};

use crate::borrow_set::BorrowIndex;
use crate::regions::{Matched, Slots};

type Loans = BitSet<BorrowIndex>;

/// What a call does to borrows.
pub struct CallEffect {
    /// The slots of the call's destination.
    pub dest: Vec<Loans>,
    /// `(argument, slot of its pointee, borrows)`: borrows stored behind a `&mut` argument.
    pub stores: Vec<(usize, usize, Loans)>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Early(u32),
    /// An elided region of an input: the input and its number among that input's.
    Anon(usize, u32),
    Param(u32),
}

/// The borrows bound to each key of a signature by the call's arguments.
struct Bindings {
    n_borrows: usize,
    regions: FxHashMap<Key, Loans>,
    params: FxHashMap<u32, Vec<Loans>>,
    /// Keys inside a reference argument's pointee, by the reference's region: they outlive
    /// it.
    inside: FxHashMap<Key, Vec<Key>>,
}

impl Bindings {
    fn empty(&self) -> Loans {
        BitSet::new_empty(self.n_borrows)
    }

    fn add_region(&mut self, key: Key, loans: &Loans) {
        let n = self.n_borrows;
        self.regions
            .entry(key)
            .or_insert_with(|| BitSet::new_empty(n))
            .union(loans);
    }

    /// All the borrows a key stands for (a type parameter's, all its slots'), with the
    /// borrows of the keys that outlive it.
    fn loans_of(&self, key: Key) -> Loans {
        let mut out = self.empty();
        self.add_loans_of(key, &mut out, 0);
        out
    }

    fn add_loans_of(&self, key: Key, out: &mut Loans, depth: u32) {
        if let Some(l) = self.regions.get(&key) {
            out.union(l);
        }
        if let Key::Param(p) = key {
            for l in self.params.get(&p).into_iter().flatten() {
                out.union(l);
            }
        }
        if depth < 4 {
            for k in self.inside.get(&key).into_iter().flatten() {
                self.add_loans_of(*k, out, depth + 1);
            }
        }
    }
}

fn key_of(r: Region, input: usize, anon: &mut u32) -> Option<Key> {
    match r {
        Region::EarlyParam { index, .. } => Some(Key::Early(index)),
        Region::Erased => {
            *anon += 1;
            Some(Key::Anon(input, *anon - 1))
        }
        Region::Static | Region::Var(_) | Region::Error => None,
    }
}

/// The named keys (lifetime and type parameters) a declared type mentions.
fn keys_in(slots: &Slots, ty: Ty, out: &mut Vec<Key>, depth: u32) {
    if depth > 24 {
        return;
    }
    let tcx = slots.tcx;
    let args = |args: smelt_ty::GenericArgs, out: &mut Vec<Key>| {
        for a in tcx.args(args).iter() {
            match a {
                GenericArg::Lifetime(Region::EarlyParam { index, .. }) => {
                    out.push(Key::Early(*index))
                }
                GenericArg::Type(t) => keys_in(slots, *t, out, depth + 1),
                _ => {}
            }
        }
    };
    match tcx.kind(ty) {
        TyKind::Param(p) => out.push(Key::Param(p.index)),
        TyKind::Ref(r, t, _) => {
            if let Region::EarlyParam { index, .. } = r {
                out.push(Key::Early(index));
            }
            keys_in(slots, t, out, depth + 1);
        }
        TyKind::Adt(_, a) | TyKind::Closure(_, a) => args(a, out),
        TyKind::Alias(alias) => args(alias.args, out),
        TyKind::Tuple(tys) => {
            for t in tcx.tys(tys).iter() {
                keys_in(slots, *t, out, depth + 1);
            }
        }
        TyKind::Array(t, _) | TyKind::Slice(t) | TyKind::RawPtr(t, _) => {
            keys_in(slots, t, out, depth + 1)
        }
        TyKind::Dynamic(_, Region::EarlyParam { index, .. }) => out.push(Key::Early(index)),
        _ => {}
    }
}

fn union_all(n_borrows: usize, sets: &[Loans]) -> Loans {
    let mut out = BitSet::new_empty(n_borrows);
    for s in sets {
        out.union(s);
    }
    out
}

/// The effect of calling `func` with `args` (whose slots are `arg_slots`) into a
/// destination of type `dest_ty`.
pub fn call_effect(
    slots: &Slots,
    body: &Body,
    func: &Operand,
    args: &[Operand],
    arg_slots: &[Vec<Loans>],
    dest_ty: Ty,
    n_borrows: usize,
) -> CallEffect {
    let tcx = slots.tcx;
    let n_dest = slots.count(dest_ty);
    let everything = || {
        let all: Vec<Loans> = arg_slots.iter().flatten().cloned().collect();
        let all = union_all(n_borrows, &all);
        CallEffect {
            dest: vec![all; n_dest],
            stores: Vec::new(),
        }
    };
    let func_ty = func.ty(body, tcx);
    let (sig, def, fn_args): (
        smelt_ty::FnSig,
        Option<DefId>,
        Option<smelt_ty::GenericArgs>,
    ) = match tcx.kind(func_ty) {
        TyKind::FnDef(def, args) => (tcx.fn_sig(def), Some(def), Some(args)),
        TyKind::FnPtr(sig) => (sig, None, None),
        _ => return everything(),
    };
    let inputs = tcx.sig_inputs(sig);
    let output = tcx.sig_output(sig);
    if inputs.len() != args.len() || arg_slots.len() != args.len() {
        return everything();
    }

    let mut b = Bindings {
        n_borrows,
        regions: FxHashMap::default(),
        params: FxHashMap::default(),
        inside: FxHashMap::default(),
    };
    let mut region_positions: Vec<Key> = Vec::new();
    let mut first_region: Vec<Option<Key>> = vec![None; args.len()];
    for (i, (decl, op)) in inputs.iter().zip(args).enumerate() {
        let actual = op.ty(body, tcx);
        let a = &arg_slots[i];
        if slots.count(actual) != a.len() {
            return everything();
        }
        let mut matched = Vec::new();
        slots.walk_decl(*decl, actual, 0, &mut matched);
        let mut anon = 0;
        let mut keys_here = Vec::new();
        for m in matched {
            match m {
                Matched::Region(r, at) => {
                    if let Some(k) = key_of(r, i, &mut anon) {
                        b.add_region(k, &a[at]);
                        region_positions.push(k);
                        if at == 0 && matches!(tcx.kind(*decl), TyKind::Ref(..)) {
                            first_region[i] = Some(k);
                        }
                        keys_here.push(k);
                    }
                }
                Matched::Param(p, at, len) => {
                    let entry = b
                        .params
                        .entry(p)
                        .or_insert_with(|| vec![BitSet::new_empty(n_borrows); len]);
                    if entry.len() == len {
                        for (e, s) in entry.iter_mut().zip(&a[at..at + len]) {
                            e.union(s);
                        }
                    } else {
                        let all = union_all(n_borrows, &a[at..at + len]);
                        entry.iter_mut().for_each(|e| {
                            e.union(&all);
                        });
                    }
                    keys_here.push(Key::Param(p));
                }
                Matched::Opaque(d, _, at, len) => {
                    let all = union_all(n_borrows, &a[at..at + len]);
                    let mut ks = Vec::new();
                    keys_in(slots, d, &mut ks, 0);
                    for k in ks {
                        b.add_region(k, &all);
                        keys_here.push(k);
                    }
                }
            }
        }
        // The pointee's regions outlive a reference argument's own region.
        if let Some(outer) = first_region[i] {
            let inside: Vec<Key> = keys_here.iter().copied().filter(|k| *k != outer).collect();
            b.inside.entry(outer).or_default().extend(inside);
        }
    }

    // The regions an elided output lifetime stands for.
    let elided: Vec<Key> = {
        let mut distinct = region_positions.clone();
        distinct.dedup();
        if region_positions.len() == 1 {
            region_positions.clone()
        } else if let Some(k) = def
            .filter(|d| has_self_param(tcx, *d))
            .and(first_region.first().copied().flatten())
        {
            vec![k]
        } else {
            distinct
        }
    };

    let mut dest = vec![BitSet::new_empty(n_borrows); n_dest];
    let mut matched = Vec::new();
    slots.walk_decl(output, dest_ty, 0, &mut matched);
    for m in matched {
        match m {
            Matched::Region(r, at) => {
                let keys = match r {
                    Region::EarlyParam { index, .. } => vec![Key::Early(index)],
                    Region::Erased => elided.clone(),
                    _ => Vec::new(),
                };
                for k in keys {
                    dest[at].union(&b.loans_of(k));
                }
            }
            Matched::Param(p, at, len) => match b.params.get(&p) {
                Some(ps) if ps.len() == len => {
                    for (d, s) in dest[at..at + len].iter_mut().zip(ps) {
                        d.union(s);
                    }
                }
                _ => {
                    let all = b.loans_of(Key::Param(p));
                    dest[at..at + len].iter_mut().for_each(|d| {
                        d.union(&all);
                    });
                }
            },
            Matched::Opaque(d, actual, at, len) => {
                // `Self::Item` and the like: through the impl that defines it, if there is
                // one to find.
                if let Some(projected) = project_through_impl(slots, &b, d, actual, fn_args) {
                    for (dst, src) in dest[at..at + len].iter_mut().zip(&projected) {
                        dst.union(src);
                    }
                    continue;
                }
                let mut ks = Vec::new();
                keys_in(slots, d, &mut ks, 0);
                let mut all = BitSet::new_empty(n_borrows);
                for k in ks {
                    all.union(&b.loans_of(k));
                }
                dest[at..at + len].iter_mut().for_each(|d| {
                    d.union(&all);
                });
            }
        }
    }

    // What may be stored behind `&mut` arguments.
    let mut stores = Vec::new();
    for (i, (decl, op)) in inputs.iter().zip(args).enumerate() {
        let (TyKind::Ref(_, d_pointee, smelt_ast::Mutability::Mut), TyKind::Ref(_, a_pointee, _)) =
            (tcx.kind(*decl), tcx.kind(op.ty(body, tcx)))
        else {
            continue;
        };
        let mut matched = Vec::new();
        slots.walk_decl(d_pointee, a_pointee, 0, &mut matched);
        for m in matched {
            match m {
                Matched::Region(Region::EarlyParam { index, .. }, at) => {
                    let loans = b.loans_of(Key::Early(index));
                    if !loans.is_empty() {
                        stores.push((i, at, loans));
                    }
                }
                Matched::Region(..) => {}
                Matched::Param(p, at, len) => {
                    let all = b.loans_of(Key::Param(p));
                    if !all.is_empty() {
                        for j in at..at + len {
                            stores.push((i, j, all.clone()));
                        }
                    }
                }
                Matched::Opaque(d, _, at, len) => {
                    let mut ks = Vec::new();
                    keys_in(slots, d, &mut ks, 0);
                    let mut all = BitSet::new_empty(n_borrows);
                    for k in ks {
                        all.union(&b.loans_of(k));
                    }
                    if !all.is_empty() {
                        for j in at..at + len {
                            stores.push((i, j, all.clone()));
                        }
                    }
                }
            }
        }
    }
    CallEffect { dest, stores }
}

/// The slots of `actual`, the instantiation of the projection `decl` (`<T as Trait>::Item`
/// with `T` a type parameter of the callee): the impl that defines the associated type says
/// which of `T`'s regions it is made of.
fn project_through_impl(
    slots: &Slots,
    b: &Bindings,
    decl: Ty,
    actual: Ty,
    fn_args: Option<smelt_ty::GenericArgs>,
) -> Option<Vec<Loans>> {
    use smelt_ty::Instantiate;
    let tcx = slots.tcx;
    let TyKind::Alias(alias) = tcx.kind(decl) else {
        return None;
    };
    let decl_args = tcx.args(alias.args);
    let TyKind::Param(self_param) = tcx.kind(decl_args.first()?.as_type()?) else {
        return None;
    };
    let self_slots = b.params.get(&self_param.index)?;
    let trait_def = tcx.trait_of_item(alias.def_id)?;
    let n_trait_args = tcx.generics_of(trait_def).count();
    let inst = smelt_ty::fold::erase_regions(tcx, decl.instantiate(tcx, fn_args?));
    let TyKind::Alias(inst_alias) = tcx.kind(inst) else {
        return None;
    };
    let inst_args = tcx.args(inst_alias.args);
    let self_ty = inst_args.first()?.as_type()?;
    if slots.count(self_ty) != self_slots.len() || inst_args.len() < n_trait_args {
        return None;
    }
    let trait_ref = smelt_ty::TraitRef {
        def_id: trait_def,
        args: tcx.mk_args(&inst_args[..n_trait_args]),
    };
    let smelt_ty::traits::ImplSource::UserDefined { impl_def_id, .. } =
        tcx.codegen_select(trait_ref)?
    else {
        return None;
    };
    let item = tcx
        .associated_items(impl_def_id)
        .items
        .iter()
        .find(|i| i.trait_item_def_id == Some(alias.def_id))?
        .def_id;
    // The impl's parameters, bound by matching its self type against the actual one.
    let mut impl_regions: FxHashMap<u32, Loans> = FxHashMap::default();
    let mut impl_params: FxHashMap<u32, Vec<Loans>> = FxHashMap::default();
    let mut matched = Vec::new();
    slots.walk_decl(tcx.type_of(impl_def_id), self_ty, 0, &mut matched);
    for m in matched {
        match m {
            Matched::Region(Region::EarlyParam { index, .. }, at) => {
                impl_regions
                    .entry(index)
                    .or_insert_with(|| b.empty())
                    .union(&self_slots[at]);
            }
            Matched::Region(..) => {}
            Matched::Param(p, at, len) => {
                impl_params.insert(p, self_slots[at..at + len].to_vec());
            }
            Matched::Opaque(..) => return None,
        }
    }
    let n = slots.count(actual);
    let mut out = vec![b.empty(); n];
    let mut matched = Vec::new();
    slots.walk_decl(tcx.type_of(item), actual, 0, &mut matched);
    for m in matched {
        match m {
            Matched::Region(Region::EarlyParam { index, .. }, at) => {
                if let Some(l) = impl_regions.get(&index) {
                    out[at].union(l);
                }
            }
            Matched::Region(..) => {}
            Matched::Param(p, at, len) => match impl_params.get(&p) {
                Some(ps) if ps.len() == len => {
                    for (o, s) in out[at..at + len].iter_mut().zip(ps) {
                        o.union(s);
                    }
                }
                _ => return None,
            },
            Matched::Opaque(..) => return None,
        }
    }
    Some(out)
}

/// Whether an associated function has a `self` parameter.
fn has_self_param(tcx: &smelt_ty::TyCtxt, def: DefId) -> bool {
    let Some(parent) = tcx.parent(def) else {
        return false;
    };
    tcx.associated_items(parent)
        .items
        .iter()
        .any(|i| i.def_id == def && i.is_method())
}

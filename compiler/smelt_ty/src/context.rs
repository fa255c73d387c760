//! `TyCtxt`: the session's semantic database. It owns the session and the HIR of every crate,
//! interns types, and memoises queries (`type_of`, `fn_sig`, `typeck`, `layout_of`, ...).
//! Queries whose computation lives in a later crate (type collection and checking in
//! `smelt_typeck`, MIR in `smelt_mir_build`) are reached through `Providers`, a table of
//! function pointers the driver fills in, as rustc does.
//!
//! A query that re-enters itself for the same key is a cycle (`type A = A;`): it is reported
//! once (E0391) and answered with the query's error value, never with a stack overflow.

use std::any::Any;
use std::cell::RefCell;
use std::hash::Hash;
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};
use smelt_ast::{FloatTy, IntTy, Mutability, UintTy};
use smelt_errors::ErrorGuaranteed;
use smelt_hir::{DefId, DefKind, Hir, LangItem};
use smelt_session::Session;
use smelt_span::{Span, Symbol};

use crate::adt::AdtDef;
use crate::assoc::AssocItems;
use crate::consts::ConstValue;
use crate::fold::{region_flags, TypeFlags};
use crate::generics::Generics;
use crate::layout::{Layout, LayoutError};
use crate::sty::*;
use crate::typeck_results::TypeckResults;

/// A hash-consing table: equal values get equal ids.
struct Interner<T: Hash + Eq + Clone> {
    map: RefCell<FxHashMap<T, u32>>,
    values: RefCell<Vec<T>>,
}

impl<T: Hash + Eq + Clone> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            map: RefCell::default(),
            values: RefCell::default(),
        }
    }
}

impl<T: Hash + Eq + Clone> Interner<T> {
    /// The id of `value`, and whether it was interned just now.
    fn intern(&self, value: T) -> (u32, bool) {
        if let Some(&id) = self.map.borrow().get(&value) {
            return (id, false);
        }
        let mut values = self.values.borrow_mut();
        let id = values.len() as u32;
        values.push(value.clone());
        self.map.borrow_mut().insert(value, id);
        (id, true)
    }

    fn get(&self, id: u32) -> T {
        self.values.borrow()[id as usize].clone()
    }
}

#[derive(Default)]
struct Interners {
    tys: Interner<TyKind>,
    args: Interner<Rc<[GenericArg]>>,
    ty_lists: Interner<Rc<[Ty]>>,
    consts: Interner<ConstKind>,
    existentials: Interner<Rc<[ExistentialPredicate]>>,
    /// Flags of each interned type, list and constant, by id.
    ty_flags: RefCell<Vec<TypeFlags>>,
    args_flags: RefCell<Vec<TypeFlags>>,
    tys_flags: RefCell<Vec<TypeFlags>>,
    const_flags: RefCell<Vec<TypeFlags>>,
}

impl Interners {
    fn mk_ty(&self, kind: TyKind) -> Ty {
        let (id, new) = self.tys.intern(kind);
        if new {
            let flags = self.compute_ty_flags(kind);
            self.ty_flags.borrow_mut().push(flags);
        }
        Ty::from_u32(id)
    }

    fn mk_args(&self, args: &[GenericArg]) -> GenericArgs {
        let (id, new) = self.args.intern(Rc::from(args));
        if new {
            let mut f = 0;
            for a in args {
                f |= match *a {
                    GenericArg::Lifetime(r) => region_flags(r).0,
                    GenericArg::Type(t) => self.ty_flags.borrow()[t.as_usize()].0,
                    GenericArg::Const(c) => self.const_flags.borrow()[c.as_usize()].0,
                };
            }
            self.args_flags.borrow_mut().push(TypeFlags(f));
        }
        GenericArgs::from_u32(id)
    }

    fn mk_tys(&self, tys: &[Ty]) -> Tys {
        let (id, new) = self.ty_lists.intern(Rc::from(tys));
        if new {
            let flags = self.ty_flags.borrow();
            let f = tys.iter().fold(0, |acc, t| acc | flags[t.as_usize()].0);
            drop(flags);
            self.tys_flags.borrow_mut().push(TypeFlags(f));
        }
        Tys::from_u32(id)
    }

    fn mk_const(&self, kind: ConstKind) -> Const {
        let (id, new) = self.consts.intern(kind);
        if new {
            let f = match kind {
                ConstKind::Param(_) => TypeFlags::HAS_CT_PARAM,
                ConstKind::Infer(_) => TypeFlags::HAS_CT_INFER,
                ConstKind::Value(ty, _) => self.ty_flags.borrow()[ty.as_usize()].0,
                ConstKind::Unevaluated(_, args) => {
                    self.args_flags.borrow()[args.as_usize()].0 | TypeFlags::HAS_CT_UNEVALUATED
                }
                ConstKind::Error => TypeFlags::HAS_ERROR,
            };
            self.const_flags.borrow_mut().push(TypeFlags(f));
        }
        Const::from_u32(id)
    }

    fn compute_ty_flags(&self, kind: TyKind) -> TypeFlags {
        let ty = |t: Ty| self.ty_flags.borrow()[t.as_usize()].0;
        let args = |a: GenericArgs| self.args_flags.borrow()[a.as_usize()].0;
        let tys = |t: Tys| self.tys_flags.borrow()[t.as_usize()].0;
        let cst = |c: Const| self.const_flags.borrow()[c.as_usize()].0;
        TypeFlags(match kind {
            TyKind::Bool
            | TyKind::Char
            | TyKind::Int(_)
            | TyKind::Uint(_)
            | TyKind::Float(_)
            | TyKind::Str
            | TyKind::Never
            | TyKind::Foreign(_) => 0,
            TyKind::Adt(_, a) | TyKind::FnDef(_, a) | TyKind::Closure(_, a) => args(a),
            TyKind::Array(t, c) => ty(t) | cst(c),
            TyKind::Slice(t) | TyKind::RawPtr(t, _) => ty(t),
            TyKind::Ref(r, t, _) => region_flags(r).0 | ty(t),
            TyKind::FnPtr(sig) => tys(sig.inputs_and_output),
            TyKind::Dynamic(preds, r) => {
                let mut f = region_flags(r).0;
                for p in self.existentials.get(preds.as_u32()).iter() {
                    f |= match *p {
                        ExistentialPredicate::Trait { args: a, .. } => args(a),
                        ExistentialPredicate::Projection { args: a, term, .. } => {
                            args(a) | ty(term)
                        }
                        ExistentialPredicate::AutoTrait(_) => 0,
                    };
                }
                f
            }
            TyKind::Tuple(t) => tys(t),
            TyKind::Alias(alias) => TypeFlags::HAS_ALIAS | args(alias.args),
            TyKind::Param(_) => TypeFlags::HAS_TY_PARAM,
            TyKind::Infer(InferTy::FreshTy(_)) => TypeFlags::HAS_FRESH,
            TyKind::Infer(_) => TypeFlags::HAS_TY_INFER,
            TyKind::Error => TypeFlags::HAS_ERROR,
        })
    }
}

/// Types used often enough to keep at hand.
pub struct CommonTypes {
    pub unit: Ty,
    pub bool: Ty,
    pub char: Ty,
    pub str_: Ty,
    pub never: Ty,
    pub error: Ty,
    pub i8: Ty,
    pub i16: Ty,
    pub i32: Ty,
    pub i64: Ty,
    pub i128: Ty,
    pub isize: Ty,
    pub u8: Ty,
    pub u16: Ty,
    pub u32: Ty,
    pub u64: Ty,
    pub u128: Ty,
    pub usize: Ty,
    pub f32: Ty,
    pub f64: Ty,
    pub static_str: Ty,
    pub empty_args: GenericArgs,
    pub empty_tys: Tys,
}

/// A memo table for one query, with the set of keys being computed (to detect cycles).
pub struct QueryCache<K, V> {
    map: RefCell<FxHashMap<K, V>>,
    active: RefCell<FxHashSet<K>>,
}

impl<K, V> Default for QueryCache<K, V> {
    fn default() -> Self {
        QueryCache {
            map: RefCell::default(),
            active: RefCell::default(),
        }
    }
}

impl<K: Hash + Eq + Copy, V: Clone> QueryCache<K, V> {
    pub fn get(&self, key: &K) -> Option<V> {
        self.map.borrow().get(key).cloned()
    }

    pub fn insert(&self, key: K, value: V) {
        self.map.borrow_mut().insert(key, value);
    }
}

/// The computations of queries that live in later crates.
#[derive(Clone)]
pub struct Providers {
    pub type_of: fn(&TyCtxt, DefId) -> Ty,
    pub fn_sig: fn(&TyCtxt, DefId) -> FnSig,
    pub generics_of: fn(&TyCtxt, DefId) -> Rc<Generics>,
    pub predicates_of: fn(&TyCtxt, DefId) -> Rc<[Clause]>,
    pub item_bounds: fn(&TyCtxt, DefId) -> Rc<[Clause]>,
    pub adt_def: fn(&TyCtxt, DefId) -> Rc<AdtDef>,
    pub impl_trait_ref: fn(&TyCtxt, DefId) -> Option<TraitRef>,
    pub typeck: fn(&TyCtxt, DefId) -> Rc<TypeckResults>,
    pub eval_const: fn(&TyCtxt, DefId, GenericArgs) -> Result<ConstValue, ErrorGuaranteed>,
    /// The value of a promoted constant: `&expr` in the body of `DefId` whose operand is
    /// constant (`&[1, 2, 3]`), as a `'static` reference. Not cached: each MIR body is built
    /// once.
    pub eval_promoted: fn(&TyCtxt, DefId, smelt_hir::ExprId) -> Result<ConstValue, ErrorGuaranteed>,
    pub mir_built: fn(&TyCtxt, DefId) -> Rc<dyn Any>,
    pub optimized_mir: fn(&TyCtxt, crate::instance::InstanceKind) -> Rc<dyn Any>,
}

fn missing<T>(what: &str) -> T {
    panic!("no provider for query `{what}`: the driver must install smelt_typeck's and smelt_mir_build's providers")
}

impl Default for Providers {
    fn default() -> Self {
        Providers {
            type_of: |_, _| missing("type_of"),
            fn_sig: |_, _| missing("fn_sig"),
            generics_of: |_, _| missing("generics_of"),
            predicates_of: |_, _| missing("predicates_of"),
            item_bounds: |_, _| missing("item_bounds"),
            adt_def: |_, _| missing("adt_def"),
            impl_trait_ref: |_, _| missing("impl_trait_ref"),
            typeck: |_, _| missing("typeck"),
            eval_const: |_, _, _| missing("eval_const"),
            eval_promoted: |_, _, _| missing("eval_promoted"),
            mir_built: |_, _| missing("mir_built"),
            optimized_mir: |_, _| missing("optimized_mir"),
        }
    }
}

#[derive(Default)]
pub struct QueryCaches {
    pub type_of: QueryCache<DefId, Ty>,
    pub fn_sig: QueryCache<DefId, FnSig>,
    pub generics_of: QueryCache<DefId, Rc<Generics>>,
    pub predicates_of: QueryCache<DefId, Rc<[Clause]>>,
    pub item_bounds: QueryCache<DefId, Rc<[Clause]>>,
    pub adt_def: QueryCache<DefId, Rc<AdtDef>>,
    pub impl_trait_ref: QueryCache<DefId, Option<TraitRef>>,
    pub associated_items: QueryCache<DefId, Rc<AssocItems>>,
    pub typeck: QueryCache<DefId, Rc<TypeckResults>>,
    pub eval_const: QueryCache<(DefId, GenericArgs), Result<ConstValue, ErrorGuaranteed>>,
    pub layout_of: QueryCache<Ty, Result<Rc<Layout>, LayoutError>>,
    pub mir_built: QueryCache<DefId, Rc<dyn Any>>,
    pub optimized_mir: QueryCache<crate::instance::InstanceKind, Rc<dyn Any>>,
    pub trait_impls: QueryCache<DefId, Rc<[DefId]>>,
    pub inherent_impls: QueryCache<crate::fast_reject::SimplifiedType, Rc<[DefId]>>,
    pub symbol_name: QueryCache<crate::instance::Instance, Symbol>,
}

/// The semantic database of a session.
pub struct TyCtxt {
    pub sess: Session,
    pub hir: Hir,
    interners: Interners,
    pub types: CommonTypes,
    pub providers: Providers,
    pub caches: QueryCaches,
    /// Every impl of every crate, grouped once.
    impls: RefCell<Option<Rc<crate::impls::ImplIndex>>>,
}

impl TyCtxt {
    pub fn new(sess: Session, hir: Hir, providers: Providers) -> TyCtxt {
        let interners = Interners::default();
        let mk = |k: TyKind| interners.mk_ty(k);
        let empty_tys = interners.mk_tys(&[]);
        let empty_args = interners.mk_args(&[]);
        let str_ = mk(TyKind::Str);
        let types = CommonTypes {
            unit: mk(TyKind::Tuple(empty_tys)),
            bool: mk(TyKind::Bool),
            char: mk(TyKind::Char),
            str_,
            never: mk(TyKind::Never),
            error: mk(TyKind::Error),
            i8: mk(TyKind::Int(IntTy::I8)),
            i16: mk(TyKind::Int(IntTy::I16)),
            i32: mk(TyKind::Int(IntTy::I32)),
            i64: mk(TyKind::Int(IntTy::I64)),
            i128: mk(TyKind::Int(IntTy::I128)),
            isize: mk(TyKind::Int(IntTy::Isize)),
            u8: mk(TyKind::Uint(UintTy::U8)),
            u16: mk(TyKind::Uint(UintTy::U16)),
            u32: mk(TyKind::Uint(UintTy::U32)),
            u64: mk(TyKind::Uint(UintTy::U64)),
            u128: mk(TyKind::Uint(UintTy::U128)),
            usize: mk(TyKind::Uint(UintTy::Usize)),
            f32: mk(TyKind::Float(FloatTy::F32)),
            f64: mk(TyKind::Float(FloatTy::F64)),
            static_str: mk(TyKind::Ref(Region::Static, str_, Mutability::Not)),
            empty_args,
            empty_tys,
        };
        TyCtxt {
            sess,
            hir,
            interners,
            types,
            providers,
            caches: QueryCaches::default(),
            impls: RefCell::new(None),
        }
    }

    /* ------------------------------------------------------------ interning */

    pub fn mk_ty(&self, kind: TyKind) -> Ty {
        self.interners.mk_ty(kind)
    }

    pub fn ty_flags(&self, ty: Ty) -> TypeFlags {
        self.interners.ty_flags.borrow()[ty.as_usize()]
    }

    pub fn args_flags(&self, args: GenericArgs) -> TypeFlags {
        self.interners.args_flags.borrow()[args.as_usize()]
    }

    pub fn tys_flags(&self, tys: Tys) -> TypeFlags {
        self.interners.tys_flags.borrow()[tys.as_usize()]
    }

    pub fn const_flags(&self, c: Const) -> TypeFlags {
        self.interners.const_flags.borrow()[c.as_usize()]
    }

    pub fn kind(&self, ty: Ty) -> TyKind {
        self.interners.tys.get(ty.as_u32())
    }

    pub fn mk_args(&self, args: &[GenericArg]) -> GenericArgs {
        if args.is_empty() {
            return self.types.empty_args;
        }
        self.interners.mk_args(args)
    }

    pub fn args(&self, args: GenericArgs) -> Rc<[GenericArg]> {
        self.interners.args.get(args.as_u32())
    }

    pub fn mk_tys(&self, tys: &[Ty]) -> Tys {
        if tys.is_empty() {
            return self.types.empty_tys;
        }
        self.interners.mk_tys(tys)
    }

    pub fn tys(&self, tys: Tys) -> Rc<[Ty]> {
        self.interners.ty_lists.get(tys.as_u32())
    }

    pub fn mk_const(&self, kind: ConstKind) -> Const {
        self.interners.mk_const(kind)
    }

    pub fn const_kind(&self, c: Const) -> ConstKind {
        self.interners.consts.get(c.as_u32())
    }

    pub fn mk_existentials(&self, preds: &[ExistentialPredicate]) -> ExistentialPredicates {
        ExistentialPredicates::from_u32(self.interners.existentials.intern(Rc::from(preds)).0)
    }

    pub fn existentials(&self, preds: ExistentialPredicates) -> Rc<[ExistentialPredicate]> {
        self.interners.existentials.get(preds.as_u32())
    }

    /* ------------------------------------------------------------ constructors */

    pub fn mk_ref(&self, region: Region, ty: Ty, mutbl: Mutability) -> Ty {
        self.mk_ty(TyKind::Ref(region, ty, mutbl))
    }

    pub fn mk_imm_ref(&self, ty: Ty) -> Ty {
        self.mk_ref(Region::Erased, ty, Mutability::Not)
    }

    pub fn mk_mut_ref(&self, ty: Ty) -> Ty {
        self.mk_ref(Region::Erased, ty, Mutability::Mut)
    }

    pub fn mk_ptr(&self, ty: Ty, mutbl: Mutability) -> Ty {
        self.mk_ty(TyKind::RawPtr(ty, mutbl))
    }

    pub fn mk_tup(&self, tys: &[Ty]) -> Ty {
        if tys.is_empty() {
            return self.types.unit;
        }
        self.mk_ty(TyKind::Tuple(self.mk_tys(tys)))
    }

    pub fn mk_slice(&self, ty: Ty) -> Ty {
        self.mk_ty(TyKind::Slice(ty))
    }

    pub fn mk_array(&self, ty: Ty, len: u64) -> Ty {
        let len = self.mk_const(ConstKind::Value(
            self.types.usize,
            ScalarInt::from_uint(len as u128, 8),
        ));
        self.mk_ty(TyKind::Array(ty, len))
    }

    pub fn mk_adt(&self, def: DefId, args: GenericArgs) -> Ty {
        self.mk_ty(TyKind::Adt(def, args))
    }

    pub fn mk_fn_def(&self, def: DefId, args: GenericArgs) -> Ty {
        self.mk_ty(TyKind::FnDef(def, args))
    }

    pub fn mk_fn_ptr(&self, sig: FnSig) -> Ty {
        self.mk_ty(TyKind::FnPtr(sig))
    }

    pub fn mk_param(&self, index: u32, name: Symbol) -> Ty {
        self.mk_ty(TyKind::Param(ParamTy { index, name }))
    }

    pub fn mk_ty_var(&self, vid: TyVid) -> Ty {
        self.mk_ty(TyKind::Infer(InferTy::TyVar(vid)))
    }

    pub fn mk_alias(&self, def_id: DefId, args: GenericArgs) -> Ty {
        self.mk_ty(TyKind::Alias(AliasTy { def_id, args }))
    }

    pub fn mk_fn_sig(
        &self,
        inputs: &[Ty],
        output: Ty,
        c_variadic: bool,
        safety: smelt_hir::Safety,
        abi: smelt_hir::Abi,
    ) -> FnSig {
        let mut all = inputs.to_vec();
        all.push(output);
        FnSig {
            inputs_and_output: self.mk_tys(&all),
            c_variadic,
            safety,
            abi,
        }
    }

    pub fn sig_inputs(&self, sig: FnSig) -> Vec<Ty> {
        let all = self.tys(sig.inputs_and_output);
        all[..all.len() - 1].to_vec()
    }

    pub fn sig_output(&self, sig: FnSig) -> Ty {
        let all = self.tys(sig.inputs_and_output);
        all[all.len() - 1]
    }

    pub fn mk_int(&self, i: IntTy) -> Ty {
        match i {
            IntTy::I8 => self.types.i8,
            IntTy::I16 => self.types.i16,
            IntTy::I32 => self.types.i32,
            IntTy::I64 => self.types.i64,
            IntTy::I128 => self.types.i128,
            IntTy::Isize => self.types.isize,
        }
    }

    pub fn mk_uint(&self, u: UintTy) -> Ty {
        match u {
            UintTy::U8 => self.types.u8,
            UintTy::U16 => self.types.u16,
            UintTy::U32 => self.types.u32,
            UintTy::U64 => self.types.u64,
            UintTy::U128 => self.types.u128,
            UintTy::Usize => self.types.usize,
        }
    }

    pub fn mk_float(&self, f: FloatTy) -> Ty {
        match f {
            FloatTy::F32 => self.types.f32,
            FloatTy::F64 => self.types.f64,
            other => self.mk_ty(TyKind::Float(other)),
        }
    }

    /// A `usize` constant.
    pub fn mk_usize_const(&self, v: u64) -> Const {
        self.mk_const(ConstKind::Value(
            self.types.usize,
            ScalarInt::from_uint(v as u128, 8),
        ))
    }

    /// The arguments of an item's own generics, each its own parameter (`[T, U]` for
    /// `struct S<T, U>`): the "identity" substitution.
    pub fn identity_args(&self, def: DefId) -> GenericArgs {
        let generics = self.generics_of(def);
        let args: Vec<GenericArg> = generics
            .all_params(self)
            .iter()
            .map(|p| p.to_arg(self))
            .collect();
        self.mk_args(&args)
    }

    /* ------------------------------------------------------------ queries */

    /// Runs `compute` for `key` unless cached; on re-entry for the same key, reports a cycle
    /// and returns `on_cycle`.
    pub fn query<K: Hash + Eq + Copy, V: Clone>(
        &self,
        cache: &QueryCache<K, V>,
        key: K,
        what: impl FnOnce() -> (String, Span),
        compute: impl FnOnce() -> V,
        on_cycle: impl FnOnce() -> V,
    ) -> V {
        if let Some(v) = cache.get(&key) {
            return v;
        }
        if !cache.active.borrow_mut().insert(key) {
            let (description, span) = what();
            self.sess
                .dcx
                .struct_err(span, format!("cycle detected when {description}"))
                .code("E0391")
                .note(format!("...which immediately requires {description} again"))
                .emit();
            let v = on_cycle();
            cache.insert(key, v.clone());
            return v;
        }
        let value = compute();
        cache.active.borrow_mut().remove(&key);
        // A cycle may have stored an error value meanwhile; keep the first answer.
        if let Some(v) = cache.get(&key) {
            return v;
        }
        cache.insert(key, value.clone());
        value
    }

    fn describe(&self, what: &str, def: DefId) -> (String, Span) {
        (
            format!("computing {what} `{}`", self.def_path_str(def)),
            self.def_span(def),
        )
    }

    pub fn type_of(&self, def: DefId) -> Ty {
        self.query(
            &self.caches.type_of,
            def,
            || self.describe("type of", def),
            || (self.providers.type_of)(self, def),
            || self.types.error,
        )
    }

    pub fn fn_sig(&self, def: DefId) -> FnSig {
        self.query(
            &self.caches.fn_sig,
            def,
            || self.describe("function signature of", def),
            || (self.providers.fn_sig)(self, def),
            || {
                self.mk_fn_sig(
                    &[],
                    self.types.error,
                    false,
                    smelt_hir::Safety::Safe,
                    smelt_hir::Abi::Rust,
                )
            },
        )
    }

    pub fn generics_of(&self, def: DefId) -> Rc<Generics> {
        self.query(
            &self.caches.generics_of,
            def,
            || self.describe("generics of", def),
            || (self.providers.generics_of)(self, def),
            || Rc::new(Generics::empty()),
        )
    }

    /// The where-clauses and bounds in scope for `def` (its parents' included).
    pub fn predicates_of(&self, def: DefId) -> Rc<[Clause]> {
        self.query(
            &self.caches.predicates_of,
            def,
            || self.describe("predicates of", def),
            || (self.providers.predicates_of)(self, def),
            || Rc::from(Vec::new()),
        )
    }

    /// The bounds declared on an associated type (`type Item: Clone;`), with `Self` as the
    /// projection itself.
    pub fn item_bounds(&self, def: DefId) -> Rc<[Clause]> {
        self.query(
            &self.caches.item_bounds,
            def,
            || self.describe("bounds of", def),
            || (self.providers.item_bounds)(self, def),
            || Rc::from(Vec::new()),
        )
    }

    pub fn adt_def(&self, def: DefId) -> Rc<AdtDef> {
        self.query(
            &self.caches.adt_def,
            def,
            || self.describe("layout of", def),
            || (self.providers.adt_def)(self, def),
            || Rc::new(AdtDef::error(def)),
        )
    }

    pub fn impl_trait_ref(&self, impl_def: DefId) -> Option<TraitRef> {
        self.query(
            &self.caches.impl_trait_ref,
            impl_def,
            || self.describe("trait of implementation", impl_def),
            || (self.providers.impl_trait_ref)(self, impl_def),
            || None,
        )
    }

    pub fn typeck(&self, def: DefId) -> Rc<TypeckResults> {
        let root = self.hir.typeck_root(def);
        self.query(
            &self.caches.typeck,
            root,
            || self.describe("type-checking", root),
            || (self.providers.typeck)(self, root),
            || {
                Rc::new(TypeckResults::new(
                    root,
                    Some(ErrorGuaranteed::unchecked_claim_error_was_emitted()),
                ))
            },
        )
    }

    pub fn eval_const(&self, def: DefId, args: GenericArgs) -> Result<ConstValue, ErrorGuaranteed> {
        self.query(
            &self.caches.eval_const,
            (def, args),
            || self.describe("const-evaluating", def),
            || (self.providers.eval_const)(self, def, args),
            || Err(ErrorGuaranteed::unchecked_claim_error_was_emitted()),
        )
    }

    /// The MIR built for a body, before optimisation (a `smelt_mir::Body`, behind `Any`
    /// because the MIR types live in a later crate).
    pub fn mir_built_any(&self, def: DefId) -> Rc<dyn Any> {
        if let Some(v) = self.caches.mir_built.get(&def) {
            return v;
        }
        let v = (self.providers.mir_built)(self, def);
        self.caches.mir_built.insert(def, v.clone());
        v
    }

    pub fn optimized_mir_any(&self, instance: crate::instance::InstanceKind) -> Rc<dyn Any> {
        if let Some(v) = self.caches.optimized_mir.get(&instance) {
            return v;
        }
        let v = (self.providers.optimized_mir)(self, instance);
        self.caches.optimized_mir.insert(instance, v.clone());
        v
    }

    /// Whether `def` takes its caller's location: it is `#[track_caller]`, or it implements
    /// a trait method declared `#[track_caller]` (as `Index::index` is).
    pub fn is_track_caller(&self, def: DefId) -> bool {
        let own = |d: DefId| self.hir.owner(d).is_some_and(|o| o.attrs().track_caller);
        if own(def) {
            return true;
        }
        let Some(parent) = self.assoc_parent(def) else {
            return false;
        };
        if !matches!(self.def_kind(parent), DefKind::Impl { of_trait: true }) {
            return false;
        }
        self.associated_items(parent)
            .items
            .iter()
            .find(|i| i.def_id == def)
            .and_then(|i| i.trait_item_def_id)
            .is_some_and(own)
    }

    pub fn associated_items(&self, def: DefId) -> Rc<AssocItems> {
        if let Some(v) = self.caches.associated_items.get(&def) {
            return v;
        }
        let v = Rc::new(AssocItems::compute(self, def));
        self.caches.associated_items.insert(def, v.clone());
        v
    }

    /// Every impl of every crate, indexed by trait and by self type.
    pub fn impl_index(&self) -> Rc<crate::impls::ImplIndex> {
        if let Some(index) = self.impls.borrow().as_ref() {
            return index.clone();
        }
        let index = Rc::new(crate::impls::ImplIndex::build(self));
        *self.impls.borrow_mut() = Some(index.clone());
        index
    }

    /* ------------------------------------------------------------ definitions */

    pub fn def_kind(&self, def: DefId) -> DefKind {
        self.hir.def_kind(def)
    }

    pub fn parent(&self, def: DefId) -> Option<DefId> {
        self.hir.parent(def)
    }

    pub fn item_name(&self, def: DefId) -> Symbol {
        self.hir.name(def)
    }

    pub fn def_span(&self, def: DefId) -> Span {
        self.hir.span(def)
    }

    pub fn lang_item(&self, item: LangItem) -> Option<DefId> {
        self.hir.lang_items.get(item)
    }

    pub fn is_lang_item(&self, def: DefId, item: LangItem) -> bool {
        self.hir.lang_items.is(def, item)
    }

    pub fn str(&self, sym: Symbol) -> &str {
        self.sess.str(sym)
    }

    /// The crate being compiled.
    pub fn local_crate(&self) -> smelt_hir::CrateNum {
        self.hir.local_crate()
    }

    pub fn is_local(&self, def: DefId) -> bool {
        def.krate == self.local_crate()
    }

    /// For a trait item or impl item: its trait or impl.
    pub fn assoc_parent(&self, def: DefId) -> Option<DefId> {
        match self.def_kind(def) {
            DefKind::AssocFn | DefKind::AssocConst | DefKind::AssocTy => self.parent(def),
            _ => None,
        }
    }

    /// For an item of a trait (not an impl), the trait.
    pub fn trait_of_item(&self, def: DefId) -> Option<DefId> {
        let parent = self.assoc_parent(def)?;
        (self.def_kind(parent) == DefKind::Trait).then_some(parent)
    }

    /// For an item of an impl, the impl.
    pub fn impl_of_item(&self, def: DefId) -> Option<DefId> {
        let parent = self.assoc_parent(def)?;
        matches!(self.def_kind(parent), DefKind::Impl { .. }).then_some(parent)
    }

    /// The path of a definition as diagnostics print it: `std::option::Option`, or just the
    /// name when it is unambiguous enough (rustc's trimmed paths, simplified).
    pub fn def_path_str(&self, def: DefId) -> String {
        let kind = self.def_kind(def);
        match kind {
            DefKind::AssocFn | DefKind::AssocConst | DefKind::AssocTy => {
                let parent = self.parent(def).expect("associated items have a parent");
                let parent_str = match self.def_kind(parent) {
                    DefKind::Impl { .. } => {
                        let self_ty = self.type_of(parent);
                        match self.impl_trait_ref(parent) {
                            Some(tr) => format!(
                                "<{} as {}>",
                                self.ty_string(self_ty),
                                self.def_path_str(tr.def_id)
                            ),
                            None => self.ty_string(self_ty),
                        }
                    }
                    _ => self.def_path_str(parent),
                };
                format!("{parent_str}::{}", self.str(self.item_name(def)))
            }
            DefKind::Variant | DefKind::Ctor(..) => {
                let variant = if matches!(kind, DefKind::Ctor(..)) {
                    self.parent(def).unwrap_or(def)
                } else {
                    def
                };
                match self.def_kind(variant) {
                    DefKind::Variant => {
                        let enum_def = self.parent(variant).unwrap_or(variant);
                        format!(
                            "{}::{}",
                            self.def_path_str(enum_def),
                            self.str(self.item_name(variant))
                        )
                    }
                    _ => self.def_path_str(variant),
                }
            }
            _ if def.is_crate_root() => self.str(self.hir.krate(def.krate).name).to_string(),
            _ => self.str(self.item_name(def)).to_string(),
        }
    }

    /// The full path `krate::a::b::name`, for symbol names and `type_name`.
    pub fn def_path_full(&self, def: DefId) -> Vec<Symbol> {
        let mut path = Vec::new();
        let mut cur = Some(def);
        while let Some(d) = cur {
            if d.is_crate_root() {
                path.push(self.hir.krate(d.krate).name);
                break;
            }
            let name = self.item_name(d);
            if name != smelt_span::kw::Empty {
                path.push(name);
            }
            cur = self.parent(d);
        }
        path.reverse();
        path
    }
}

//! Type inference variables and unification.
//!
//! Type variables, integer-literal variables (`{integer}`) and float-literal variables
//! (`{float}`) live in union-find tables. `eq` unifies two types structurally, binding
//! variables (with an occurs check); regions are ignored here, borrow checking deals with them
//! later. Every change is logged while a snapshot is open, so method probing and trait
//! selection can try a unification and roll it back (`probe`, `commit_if_ok`).

use std::cell::RefCell;

use smelt_span::Span;

use crate::context::TyCtxt;
use crate::fold::{super_fold_const, super_fold_ty, TypeFlags, TypeFoldable, TypeFolder};
use crate::sty::*;

#[derive(Clone, Debug)]
struct VarState<T> {
    /// The representative of this variable's set (itself when it is the root).
    parent: u32,
    /// The value of a root, once known.
    value: Option<T>,
}

#[derive(Clone, Debug)]
pub struct TyVarOrigin {
    pub span: Span,
    /// Whether the variable stands for the type of a diverging expression: it falls back to
    /// `()` (rustc's never-type fallback) instead of being an error when unconstrained.
    pub diverging: bool,
}

enum Undo {
    NewTy,
    SetTy(u32, VarState<Ty>),
    NewInt,
    SetInt(u32, VarState<Ty>),
    NewFloat,
    SetFloat(u32, VarState<Ty>),
    NewConst,
    SetConst(u32, VarState<Const>),
}

#[derive(Default)]
struct Inner {
    ty_vars: Vec<VarState<Ty>>,
    ty_origins: Vec<TyVarOrigin>,
    int_vars: Vec<VarState<Ty>>,
    float_vars: Vec<VarState<Ty>>,
    const_vars: Vec<VarState<Const>>,
    undo_log: Vec<Undo>,
    open_snapshots: usize,
}

/// Why two types failed to unify.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum TypeError {
    Mismatch,
    /// A variable would contain itself.
    CyclicTy,
    ArgCount,
    Mutability,
}

pub struct Snapshot {
    undo_len: usize,
}

pub struct InferCtxt<'a> {
    pub tcx: &'a TyCtxt,
    inner: RefCell<Inner>,
}

impl<'a> InferCtxt<'a> {
    pub fn new(tcx: &'a TyCtxt) -> InferCtxt<'a> {
        InferCtxt {
            tcx,
            inner: RefCell::new(Inner::default()),
        }
    }

    /* ------------------------------------------------------------ variables */

    pub fn next_ty_var(&self, span: Span) -> Ty {
        self.new_ty_var(TyVarOrigin {
            span,
            diverging: false,
        })
    }

    pub fn next_diverging_ty_var(&self, span: Span) -> Ty {
        self.new_ty_var(TyVarOrigin {
            span,
            diverging: true,
        })
    }

    fn new_ty_var(&self, origin: TyVarOrigin) -> Ty {
        let mut inner = self.inner.borrow_mut();
        let id = inner.ty_vars.len() as u32;
        inner.ty_vars.push(VarState {
            parent: id,
            value: None,
        });
        inner.ty_origins.push(origin);
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::NewTy);
        }
        drop(inner);
        self.tcx.mk_ty_var(TyVid::from_u32(id))
    }

    pub fn next_int_var(&self) -> Ty {
        let mut inner = self.inner.borrow_mut();
        let id = inner.int_vars.len() as u32;
        inner.int_vars.push(VarState {
            parent: id,
            value: None,
        });
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::NewInt);
        }
        drop(inner);
        self.tcx
            .mk_ty(TyKind::Infer(InferTy::IntVar(IntVid::from_u32(id))))
    }

    pub fn next_float_var(&self) -> Ty {
        let mut inner = self.inner.borrow_mut();
        let id = inner.float_vars.len() as u32;
        inner.float_vars.push(VarState {
            parent: id,
            value: None,
        });
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::NewFloat);
        }
        drop(inner);
        self.tcx
            .mk_ty(TyKind::Infer(InferTy::FloatVar(FloatVid::from_u32(id))))
    }

    pub fn next_const_var(&self) -> Const {
        let mut inner = self.inner.borrow_mut();
        let id = inner.const_vars.len() as u32;
        inner.const_vars.push(VarState {
            parent: id,
            value: None,
        });
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::NewConst);
        }
        drop(inner);
        self.tcx.mk_const(ConstKind::Infer(ConstVid::from_u32(id)))
    }

    pub fn ty_var_origin(&self, vid: TyVid) -> TyVarOrigin {
        self.inner.borrow().ty_origins[vid.as_usize()].clone()
    }

    pub fn num_ty_vars(&self) -> usize {
        self.inner.borrow().ty_vars.len()
    }

    /// Fresh variables for every generic parameter of `def` (parents included).
    pub fn fresh_args_for_item(&self, span: Span, def: smelt_hir::DefId) -> GenericArgs {
        let generics = self.tcx.generics_of(def);
        let args: Vec<GenericArg> = generics
            .all_params(self.tcx)
            .iter()
            .map(|p| self.var_for_param(span, p))
            .collect();
        self.tcx.mk_args(&args)
    }

    pub fn var_for_param(
        &self,
        span: Span,
        param: &crate::generics::GenericParamDef,
    ) -> GenericArg {
        match param.kind {
            crate::generics::GenericParamDefKind::Lifetime => GenericArg::Lifetime(Region::Erased),
            crate::generics::GenericParamDefKind::Type { .. } => {
                GenericArg::Type(self.next_ty_var(span))
            }
            crate::generics::GenericParamDefKind::Const { .. } => {
                GenericArg::Const(self.next_const_var())
            }
        }
    }

    /* ------------------------------------------------------------ union-find */

    fn find_ty(inner: &Inner, mut v: u32) -> u32 {
        while inner.ty_vars[v as usize].parent != v {
            v = inner.ty_vars[v as usize].parent;
        }
        v
    }

    fn find_int(inner: &Inner, mut v: u32) -> u32 {
        while inner.int_vars[v as usize].parent != v {
            v = inner.int_vars[v as usize].parent;
        }
        v
    }

    fn find_float(inner: &Inner, mut v: u32) -> u32 {
        while inner.float_vars[v as usize].parent != v {
            v = inner.float_vars[v as usize].parent;
        }
        v
    }

    fn find_const(inner: &Inner, mut v: u32) -> u32 {
        while inner.const_vars[v as usize].parent != v {
            v = inner.const_vars[v as usize].parent;
        }
        v
    }

    fn set_ty_var(&self, v: u32, state: VarState<Ty>) {
        let mut inner = self.inner.borrow_mut();
        let old = std::mem::replace(&mut inner.ty_vars[v as usize], state);
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::SetTy(v, old));
        }
    }

    fn set_int_var(&self, v: u32, state: VarState<Ty>) {
        let mut inner = self.inner.borrow_mut();
        let old = std::mem::replace(&mut inner.int_vars[v as usize], state);
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::SetInt(v, old));
        }
    }

    fn set_float_var(&self, v: u32, state: VarState<Ty>) {
        let mut inner = self.inner.borrow_mut();
        let old = std::mem::replace(&mut inner.float_vars[v as usize], state);
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::SetFloat(v, old));
        }
    }

    fn set_const_var(&self, v: u32, state: VarState<Const>) {
        let mut inner = self.inner.borrow_mut();
        let old = std::mem::replace(&mut inner.const_vars[v as usize], state);
        if inner.open_snapshots > 0 {
            inner.undo_log.push(Undo::SetConst(v, old));
        }
    }

    /// The root variable of `vid`'s set (its identity for ambiguity and fallback).
    pub fn root_var(&self, vid: TyVid) -> TyVid {
        let inner = self.inner.borrow();
        TyVid::from_u32(Self::find_ty(&inner, vid.as_u32()))
    }

    pub fn root_int_var(&self, vid: IntVid) -> IntVid {
        let inner = self.inner.borrow();
        IntVid::from_u32(Self::find_int(&inner, vid.as_u32()))
    }

    pub fn root_float_var(&self, vid: FloatVid) -> FloatVid {
        let inner = self.inner.borrow();
        FloatVid::from_u32(Self::find_float(&inner, vid.as_u32()))
    }

    /// If `ty` is a variable with a known value, that value (one level); else `ty` (with the
    /// variable replaced by its root).
    pub fn shallow_resolve(&self, ty: Ty) -> Ty {
        let mut ty = ty;
        // A chain of variables bound to variables resolves in a few steps.
        for _ in 0..64 {
            let next = match self.tcx.kind(ty) {
                TyKind::Infer(InferTy::TyVar(v)) => {
                    let inner = self.inner.borrow();
                    let root = Self::find_ty(&inner, v.as_u32());
                    match inner.ty_vars[root as usize].value {
                        Some(t) => t,
                        None if root != v.as_u32() => {
                            drop(inner);
                            return self.tcx.mk_ty_var(TyVid::from_u32(root));
                        }
                        None => return ty,
                    }
                }
                TyKind::Infer(InferTy::IntVar(v)) => {
                    let inner = self.inner.borrow();
                    let root = Self::find_int(&inner, v.as_u32());
                    match inner.int_vars[root as usize].value {
                        Some(t) => t,
                        None if root != v.as_u32() => {
                            drop(inner);
                            return self
                                .tcx
                                .mk_ty(TyKind::Infer(InferTy::IntVar(IntVid::from_u32(root))));
                        }
                        None => return ty,
                    }
                }
                TyKind::Infer(InferTy::FloatVar(v)) => {
                    let inner = self.inner.borrow();
                    let root = Self::find_float(&inner, v.as_u32());
                    match inner.float_vars[root as usize].value {
                        Some(t) => t,
                        None if root != v.as_u32() => {
                            drop(inner);
                            return self
                                .tcx
                                .mk_ty(TyKind::Infer(InferTy::FloatVar(FloatVid::from_u32(root))));
                        }
                        None => return ty,
                    }
                }
                _ => return ty,
            };
            ty = next;
        }
        ty
    }

    pub fn shallow_resolve_const(&self, c: Const) -> Const {
        match self.tcx.const_kind(c) {
            ConstKind::Infer(v) => {
                let inner = self.inner.borrow();
                let root = Self::find_const(&inner, v.as_u32());
                match inner.const_vars[root as usize].value {
                    Some(value) => value,
                    None => {
                        drop(inner);
                        self.tcx
                            .mk_const(ConstKind::Infer(ConstVid::from_u32(root)))
                    }
                }
            }
            _ => c,
        }
    }

    /// Replaces every variable with a known value by that value, deeply.
    pub fn resolve_vars_if_possible<T: TypeFoldable>(&self, value: T) -> T {
        if !value.flags(self.tcx).intersects(TypeFlags::HAS_INFER) {
            return value;
        }
        value.fold_with(&mut Resolver { infcx: self })
    }

    /// Whether `vid` has no value yet.
    pub fn ty_var_unresolved(&self, vid: TyVid) -> bool {
        let inner = self.inner.borrow();
        let root = Self::find_ty(&inner, vid.as_u32());
        inner.ty_vars[root as usize].value.is_none()
    }

    /// Marks an unresolved type variable as the type a diverging expression was coerced to
    /// (`v.push(break)`): with nothing else known it falls back to `()`, as in rustc.
    pub fn mark_diverging(&self, ty: Ty) {
        let tcx = self.tcx;
        if let TyKind::Infer(InferTy::TyVar(v)) = tcx.kind(self.shallow_resolve(ty)) {
            let mut inner = self.inner.borrow_mut();
            let root = Self::find_ty(&inner, v.as_u32());
            inner.ty_origins[root as usize].diverging = true;
        }
    }

    /// The unresolved type variables (roots) of the table.
    pub fn unresolved_ty_vars(&self) -> Vec<TyVid> {
        let inner = self.inner.borrow();
        (0..inner.ty_vars.len() as u32)
            .filter(|&v| Self::find_ty(&inner, v) == v && inner.ty_vars[v as usize].value.is_none())
            .map(TyVid::from_u32)
            .collect()
    }

    /// Binds an unresolved variable (fallback): integer variables to `i32`, float
    /// variables to `f64`, diverging type variables to `()`.
    pub fn set_int_fallback(&self, vid: IntVid, ty: Ty) {
        let root = self.root_int_var(vid).as_u32();
        self.set_int_var(
            root,
            VarState {
                parent: root,
                value: Some(ty),
            },
        );
    }

    pub fn set_float_fallback(&self, vid: FloatVid, ty: Ty) {
        let root = self.root_float_var(vid).as_u32();
        self.set_float_var(
            root,
            VarState {
                parent: root,
                value: Some(ty),
            },
        );
    }

    pub fn unresolved_int_vars(&self) -> Vec<IntVid> {
        let inner = self.inner.borrow();
        (0..inner.int_vars.len() as u32)
            .filter(|&v| {
                Self::find_int(&inner, v) == v && inner.int_vars[v as usize].value.is_none()
            })
            .map(IntVid::from_u32)
            .collect()
    }

    pub fn unresolved_float_vars(&self) -> Vec<FloatVid> {
        let inner = self.inner.borrow();
        (0..inner.float_vars.len() as u32)
            .filter(|&v| {
                Self::find_float(&inner, v) == v && inner.float_vars[v as usize].value.is_none()
            })
            .map(FloatVid::from_u32)
            .collect()
    }

    /* ------------------------------------------------------------ snapshots */

    pub fn start_snapshot(&self) -> Snapshot {
        let mut inner = self.inner.borrow_mut();
        inner.open_snapshots += 1;
        Snapshot {
            undo_len: inner.undo_log.len(),
        }
    }

    pub fn rollback_to(&self, snapshot: Snapshot) {
        let mut inner = self.inner.borrow_mut();
        while inner.undo_log.len() > snapshot.undo_len {
            match inner.undo_log.pop() {
                Some(Undo::NewTy) => {
                    inner.ty_vars.pop();
                    inner.ty_origins.pop();
                }
                Some(Undo::SetTy(v, old)) => inner.ty_vars[v as usize] = old,
                Some(Undo::NewInt) => {
                    inner.int_vars.pop();
                }
                Some(Undo::SetInt(v, old)) => inner.int_vars[v as usize] = old,
                Some(Undo::NewFloat) => {
                    inner.float_vars.pop();
                }
                Some(Undo::SetFloat(v, old)) => inner.float_vars[v as usize] = old,
                Some(Undo::NewConst) => {
                    inner.const_vars.pop();
                }
                Some(Undo::SetConst(v, old)) => inner.const_vars[v as usize] = old,
                None => break,
            }
        }
        inner.open_snapshots -= 1;
    }

    pub fn commit(&self, _snapshot: Snapshot) {
        let mut inner = self.inner.borrow_mut();
        inner.open_snapshots -= 1;
        if inner.open_snapshots == 0 {
            inner.undo_log.clear();
        }
    }

    /// Runs `f` and undoes every change it made to the variables.
    pub fn probe<R>(&self, f: impl FnOnce() -> R) -> R {
        let snapshot = self.start_snapshot();
        let r = f();
        self.rollback_to(snapshot);
        r
    }

    /// Runs `f`, keeping its changes only if it succeeds.
    pub fn commit_if_ok<T, E>(&self, f: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
        let snapshot = self.start_snapshot();
        let r = f();
        match r {
            Ok(_) => self.commit(snapshot),
            Err(_) => self.rollback_to(snapshot),
        }
        r
    }

    /* ------------------------------------------------------------ unification */

    /// Makes `a` and `b` the same type.
    pub fn eq(&self, a: Ty, b: Ty) -> Result<(), TypeError> {
        self.commit_if_ok(|| self.eq_inner(a, b, 0))
    }

    pub fn eq_args(&self, a: GenericArgs, b: GenericArgs) -> Result<(), TypeError> {
        self.commit_if_ok(|| self.eq_args_inner(a, b, 0))
    }

    pub fn eq_trait_refs(&self, a: TraitRef, b: TraitRef) -> Result<(), TypeError> {
        if a.def_id != b.def_id {
            return Err(TypeError::Mismatch);
        }
        self.eq_args(a.args, b.args)
    }

    /// Whether `a` and `b` could unify, without changing anything.
    pub fn can_eq(&self, a: Ty, b: Ty) -> bool {
        self.probe(|| self.eq_inner(a, b, 0).is_ok())
    }

    fn eq_args_inner(&self, a: GenericArgs, b: GenericArgs, depth: u32) -> Result<(), TypeError> {
        if a == b {
            return Ok(());
        }
        let (aa, bb) = (self.tcx.args(a), self.tcx.args(b));
        if aa.len() != bb.len() {
            return Err(TypeError::ArgCount);
        }
        for (x, y) in aa.iter().zip(bb.iter()) {
            match (x, y) {
                (GenericArg::Type(x), GenericArg::Type(y)) => self.eq_inner(*x, *y, depth + 1)?,
                (GenericArg::Const(x), GenericArg::Const(y)) => self.eq_consts(*x, *y)?,
                (GenericArg::Lifetime(_), GenericArg::Lifetime(_)) => {}
                _ => return Err(TypeError::Mismatch),
            }
        }
        Ok(())
    }

    pub fn eq_consts(&self, a: Const, b: Const) -> Result<(), TypeError> {
        let a = self.shallow_resolve_const(a);
        let b = self.shallow_resolve_const(b);
        if a == b {
            return Ok(());
        }
        match (self.tcx.const_kind(a), self.tcx.const_kind(b)) {
            (ConstKind::Infer(va), ConstKind::Infer(vb)) => {
                self.set_const_var(
                    va.as_u32(),
                    VarState {
                        parent: vb.as_u32(),
                        value: None,
                    },
                );
                Ok(())
            }
            (ConstKind::Infer(v), _) => {
                self.set_const_var(
                    v.as_u32(),
                    VarState {
                        parent: v.as_u32(),
                        value: Some(b),
                    },
                );
                Ok(())
            }
            (_, ConstKind::Infer(v)) => {
                self.set_const_var(
                    v.as_u32(),
                    VarState {
                        parent: v.as_u32(),
                        value: Some(a),
                    },
                );
                Ok(())
            }
            (ConstKind::Error, _) | (_, ConstKind::Error) => Ok(()),
            (ConstKind::Value(_, x), ConstKind::Value(_, y)) if x.data == y.data => Ok(()),
            (ConstKind::Unevaluated(..), _) | (_, ConstKind::Unevaluated(..)) => {
                match (self.tcx.eval_array_len(a), self.tcx.eval_array_len(b)) {
                    (Some(x), Some(y)) if x == y => Ok(()),
                    (Some(_), Some(_)) => Err(TypeError::Mismatch),
                    // Constants that cannot be evaluated (generic ones) compare structurally.
                    _ => Err(TypeError::Mismatch),
                }
            }
            _ => Err(TypeError::Mismatch),
        }
    }

    fn occurs(&self, vid: u32, ty: Ty) -> bool {
        crate::fold::any_ty(self.tcx, ty, |t| match self.tcx.kind(t) {
            TyKind::Infer(InferTy::TyVar(v)) => {
                let inner = self.inner.borrow();
                Self::find_ty(&inner, v.as_u32()) == vid
            }
            _ => false,
        })
    }

    fn eq_inner(&self, a: Ty, b: Ty, depth: u32) -> Result<(), TypeError> {
        if depth > 512 {
            return Err(TypeError::CyclicTy);
        }
        let a = self.shallow_resolve(a);
        let b = self.shallow_resolve(b);
        if a == b {
            return Ok(());
        }
        let (ka, kb) = (self.tcx.kind(a), self.tcx.kind(b));
        use InferTy::*;
        use TyKind::*;
        match (ka, kb) {
            (Infer(TyVar(va)), Infer(TyVar(vb))) => {
                let (ra, rb) = {
                    let inner = self.inner.borrow();
                    (
                        Self::find_ty(&inner, va.as_u32()),
                        Self::find_ty(&inner, vb.as_u32()),
                    )
                };
                if ra != rb {
                    // A diverging variable unified with another keeps falling back to `()`
                    // if nothing else is learned about it (rustc's fallback of the
                    // diverging variables' roots).
                    let mut inner = self.inner.borrow_mut();
                    let diverging = inner.ty_origins[ra as usize].diverging
                        || inner.ty_origins[rb as usize].diverging;
                    inner.ty_origins[rb as usize].diverging = diverging;
                    drop(inner);
                    self.set_ty_var(
                        ra,
                        VarState {
                            parent: rb,
                            value: None,
                        },
                    );
                }
                Ok(())
            }
            (Infer(TyVar(v)), _) => self.instantiate_var(v, b),
            (_, Infer(TyVar(v))) => self.instantiate_var(v, a),
            (Infer(IntVar(va)), Infer(IntVar(vb))) => {
                let (ra, rb) = {
                    let inner = self.inner.borrow();
                    (
                        Self::find_int(&inner, va.as_u32()),
                        Self::find_int(&inner, vb.as_u32()),
                    )
                };
                if ra != rb {
                    self.set_int_var(
                        ra,
                        VarState {
                            parent: rb,
                            value: None,
                        },
                    );
                }
                Ok(())
            }
            (Infer(IntVar(v)), Int(_) | Uint(_)) | (Int(_) | Uint(_), Infer(IntVar(v))) => {
                let target = if matches!(ka, Infer(_)) { b } else { a };
                let root = self.root_int_var(v).as_u32();
                self.set_int_var(
                    root,
                    VarState {
                        parent: root,
                        value: Some(target),
                    },
                );
                Ok(())
            }
            (Infer(FloatVar(va)), Infer(FloatVar(vb))) => {
                let (ra, rb) = {
                    let inner = self.inner.borrow();
                    (
                        Self::find_float(&inner, va.as_u32()),
                        Self::find_float(&inner, vb.as_u32()),
                    )
                };
                if ra != rb {
                    self.set_float_var(
                        ra,
                        VarState {
                            parent: rb,
                            value: None,
                        },
                    );
                }
                Ok(())
            }
            (Infer(FloatVar(v)), Float(_)) | (Float(_), Infer(FloatVar(v))) => {
                let target = if matches!(ka, Infer(_)) { b } else { a };
                let root = self.root_float_var(v).as_u32();
                self.set_float_var(
                    root,
                    VarState {
                        parent: root,
                        value: Some(target),
                    },
                );
                Ok(())
            }
            (Error, _) | (_, Error) => Ok(()),
            (Adt(da, aa), Adt(db, ab)) if da == db => self.eq_args_inner(aa, ab, depth),
            (Ref(_, ta, ma), Ref(_, tb, mb)) => {
                if ma != mb {
                    return Err(TypeError::Mutability);
                }
                self.eq_inner(ta, tb, depth + 1)
            }
            (RawPtr(ta, ma), RawPtr(tb, mb)) => {
                if ma != mb {
                    return Err(TypeError::Mutability);
                }
                self.eq_inner(ta, tb, depth + 1)
            }
            (Array(ta, ca), Array(tb, cb)) => {
                self.eq_inner(ta, tb, depth + 1)?;
                self.eq_consts(ca, cb)
            }
            (Slice(ta), Slice(tb)) => self.eq_inner(ta, tb, depth + 1),
            (Tuple(ta), Tuple(tb)) => {
                let (ta, tb) = (self.tcx.tys(ta), self.tcx.tys(tb));
                if ta.len() != tb.len() {
                    return Err(TypeError::Mismatch);
                }
                for (x, y) in ta.iter().zip(tb.iter()) {
                    self.eq_inner(*x, *y, depth + 1)?;
                }
                Ok(())
            }
            (FnDef(da, aa), FnDef(db, ab)) if da == db => self.eq_args_inner(aa, ab, depth),
            (FnPtr(sa), FnPtr(sb)) => {
                if sa.abi != sb.abi || sa.safety != sb.safety || sa.c_variadic != sb.c_variadic {
                    return Err(TypeError::Mismatch);
                }
                let (ta, tb) = (
                    self.tcx.tys(sa.inputs_and_output),
                    self.tcx.tys(sb.inputs_and_output),
                );
                if ta.len() != tb.len() {
                    return Err(TypeError::ArgCount);
                }
                for (x, y) in ta.iter().zip(tb.iter()) {
                    self.eq_inner(*x, *y, depth + 1)?;
                }
                Ok(())
            }
            (Closure(da, aa), Closure(db, ab)) if da == db => self.eq_args_inner(aa, ab, depth),
            (Dynamic(pa, _), Dynamic(pb, _)) => {
                let (pa, pb) = (self.tcx.existentials(pa), self.tcx.existentials(pb));
                if pa.len() != pb.len() {
                    return Err(TypeError::Mismatch);
                }
                for (x, y) in pa.iter().zip(pb.iter()) {
                    match (*x, *y) {
                        (
                            ExistentialPredicate::Trait {
                                def_id: a,
                                args: xa,
                            },
                            ExistentialPredicate::Trait {
                                def_id: b,
                                args: xb,
                            },
                        ) if a == b => self.eq_args_inner(xa, xb, depth)?,
                        (
                            ExistentialPredicate::Projection {
                                def_id: a,
                                args: xa,
                                term: ta,
                            },
                            ExistentialPredicate::Projection {
                                def_id: b,
                                args: xb,
                                term: tb,
                            },
                        ) if a == b => {
                            self.eq_args_inner(xa, xb, depth)?;
                            self.eq_inner(ta, tb, depth + 1)?;
                        }
                        (
                            ExistentialPredicate::AutoTrait(a),
                            ExistentialPredicate::AutoTrait(b),
                        ) if a == b => {}
                        _ => return Err(TypeError::Mismatch),
                    }
                }
                Ok(())
            }
            (Alias(a1), Alias(a2)) if a1.def_id == a2.def_id => {
                self.eq_args_inner(a1.args, a2.args, depth)
            }
            (Param(pa), Param(pb)) if pa.index == pb.index => Ok(()),
            _ => Err(TypeError::Mismatch),
        }
    }

    fn instantiate_var(&self, v: TyVid, ty: Ty) -> Result<(), TypeError> {
        let root = self.root_var(v).as_u32();
        if self.occurs(root, ty) {
            return Err(TypeError::CyclicTy);
        }
        self.set_ty_var(
            root,
            VarState {
                parent: root,
                value: Some(ty),
            },
        );
        Ok(())
    }

    /// Whether the variable (after resolution) is an integer or float literal variable.
    pub fn is_numeric_var(&self, ty: Ty) -> bool {
        matches!(
            self.tcx.kind(self.shallow_resolve(ty)),
            TyKind::Infer(InferTy::IntVar(_) | InferTy::FloatVar(_))
        )
    }
}

/// Folds every known variable into its value.
struct Resolver<'b, 'a> {
    infcx: &'b InferCtxt<'a>,
}

impl<'a> TypeFolder<'a> for Resolver<'_, 'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.infcx.tcx
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        if !self.infcx.tcx.ty_flags(ty).intersects(TypeFlags::HAS_INFER) {
            return ty;
        }
        let resolved = self.infcx.shallow_resolve(ty);
        if resolved != ty && !matches!(self.infcx.tcx.kind(resolved), TyKind::Infer(_)) {
            return self.fold_ty(resolved);
        }
        if matches!(self.infcx.tcx.kind(resolved), TyKind::Infer(_)) {
            return resolved;
        }
        super_fold_ty(self, resolved)
    }

    fn fold_const(&mut self, c: Const) -> Const {
        let c = self.infcx.shallow_resolve_const(c);
        super_fold_const(self, c)
    }
}

//! Folding (rebuilding) and visiting types, and the folders every stage uses: instantiating
//! generic parameters (`Instantiate`), and queries over a type's contents (`has_infer`,
//! `has_params`, `references_error`) answered from the flags computed at interning.

use std::ops::ControlFlow;

use crate::context::TyCtxt;
use crate::sty::*;

/// Facts about a type, computed once when it is interned.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default, Hash)]
pub struct TypeFlags(pub u16);

impl TypeFlags {
    pub const HAS_TY_PARAM: u16 = 1;
    pub const HAS_CT_PARAM: u16 = 2;
    pub const HAS_RE_PARAM: u16 = 4;
    pub const HAS_TY_INFER: u16 = 8;
    pub const HAS_CT_INFER: u16 = 16;
    pub const HAS_RE_VAR: u16 = 32;
    pub const HAS_ERROR: u16 = 64;
    pub const HAS_ALIAS: u16 = 128;
    pub const HAS_FRESH: u16 = 256;
    pub const HAS_RE_NON_ERASED: u16 = 512;
    /// A constant not evaluated yet (`[u8; N]` before monomorphisation).
    pub const HAS_CT_UNEVALUATED: u16 = 1024;

    pub const HAS_PARAMS: u16 = Self::HAS_TY_PARAM | Self::HAS_CT_PARAM | Self::HAS_RE_PARAM;
    pub const HAS_INFER: u16 = Self::HAS_TY_INFER | Self::HAS_CT_INFER;

    pub fn intersects(self, bits: u16) -> bool {
        self.0 & bits != 0
    }
}

pub trait TypeFolder<'a> {
    fn tcx(&self) -> &'a TyCtxt;

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        super_fold_ty(self, ty)
    }

    fn fold_region(&mut self, r: Region) -> Region {
        r
    }

    fn fold_const(&mut self, c: Const) -> Const {
        super_fold_const(self, c)
    }
}

pub trait TypeVisitor<'a> {
    fn tcx(&self) -> &'a TyCtxt;

    fn visit_ty(&mut self, ty: Ty) -> ControlFlow<()> {
        super_visit_ty(self, ty)
    }

    fn visit_region(&mut self, _r: Region) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }

    fn visit_const(&mut self, c: Const) -> ControlFlow<()> {
        super_visit_const(self, c)
    }
}

/// Anything made of types.
pub trait TypeFoldable: Copy {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self;
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()>;
    /// The union of the flags of the types inside.
    fn flags(self, tcx: &TyCtxt) -> TypeFlags;
}

pub fn super_fold_ty<'a, F: TypeFolder<'a> + ?Sized>(f: &mut F, ty: Ty) -> Ty {
    let tcx = f.tcx();
    let kind = tcx.kind(ty);
    let new = match kind {
        TyKind::Adt(def, args) => TyKind::Adt(def, args.fold_with(f)),
        TyKind::Array(t, c) => TyKind::Array(t.fold_with(f), c.fold_with(f)),
        TyKind::Slice(t) => TyKind::Slice(t.fold_with(f)),
        TyKind::RawPtr(t, m) => TyKind::RawPtr(t.fold_with(f), m),
        TyKind::Ref(r, t, m) => TyKind::Ref(f.fold_region(r), t.fold_with(f), m),
        TyKind::FnDef(def, args) => TyKind::FnDef(def, args.fold_with(f)),
        TyKind::FnPtr(sig) => TyKind::FnPtr(sig.fold_with(f)),
        TyKind::Dynamic(preds, r) => TyKind::Dynamic(preds.fold_with(f), f.fold_region(r)),
        TyKind::Closure(def, args) => TyKind::Closure(def, args.fold_with(f)),
        TyKind::Tuple(tys) => TyKind::Tuple(tys.fold_with(f)),
        TyKind::Alias(alias) => TyKind::Alias(alias.fold_with(f)),
        TyKind::Bool
        | TyKind::Char
        | TyKind::Int(_)
        | TyKind::Uint(_)
        | TyKind::Float(_)
        | TyKind::Str
        | TyKind::Never
        | TyKind::Foreign(_)
        | TyKind::Param(_)
        | TyKind::Infer(_)
        | TyKind::Error => return ty,
    };
    if new == kind {
        ty
    } else {
        tcx.mk_ty(new)
    }
}

pub fn super_fold_const<'a, F: TypeFolder<'a> + ?Sized>(f: &mut F, c: Const) -> Const {
    let tcx = f.tcx();
    match tcx.const_kind(c) {
        ConstKind::Value(ty, v) => {
            let new_ty = ty.fold_with(f);
            if new_ty == ty {
                c
            } else {
                tcx.mk_const(ConstKind::Value(new_ty, v))
            }
        }
        ConstKind::Unevaluated(def, args) => {
            let new_args = args.fold_with(f);
            if new_args == args {
                c
            } else {
                tcx.mk_const(ConstKind::Unevaluated(def, new_args))
            }
        }
        ConstKind::Param(_) | ConstKind::Infer(_) | ConstKind::Error => c,
    }
}

pub fn super_visit_ty<'a, V: TypeVisitor<'a> + ?Sized>(v: &mut V, ty: Ty) -> ControlFlow<()> {
    let tcx = v.tcx();
    match tcx.kind(ty) {
        TyKind::Adt(_, args) | TyKind::FnDef(_, args) | TyKind::Closure(_, args) => {
            args.visit_with(v)
        }
        TyKind::Array(t, c) => {
            t.visit_with(v)?;
            c.visit_with(v)
        }
        TyKind::Slice(t) | TyKind::RawPtr(t, _) => t.visit_with(v),
        TyKind::Ref(r, t, _) => {
            v.visit_region(r)?;
            t.visit_with(v)
        }
        TyKind::FnPtr(sig) => sig.visit_with(v),
        TyKind::Dynamic(preds, r) => {
            preds.visit_with(v)?;
            v.visit_region(r)
        }
        TyKind::Tuple(tys) => tys.visit_with(v),
        TyKind::Alias(alias) => alias.visit_with(v),
        _ => ControlFlow::Continue(()),
    }
}

pub fn super_visit_const<'a, V: TypeVisitor<'a> + ?Sized>(v: &mut V, c: Const) -> ControlFlow<()> {
    match v.tcx().const_kind(c) {
        ConstKind::Value(ty, _) => ty.visit_with(v),
        ConstKind::Unevaluated(_, args) => args.visit_with(v),
        _ => ControlFlow::Continue(()),
    }
}

impl TypeFoldable for Ty {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        folder.fold_ty(self)
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        visitor.visit_ty(self)
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        tcx.ty_flags(self)
    }
}

impl TypeFoldable for Region {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        folder.fold_region(self)
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        visitor.visit_region(self)
    }
    fn flags(self, _tcx: &TyCtxt) -> TypeFlags {
        region_flags(self)
    }
}

pub fn region_flags(r: Region) -> TypeFlags {
    TypeFlags(match r {
        Region::EarlyParam { .. } => TypeFlags::HAS_RE_PARAM | TypeFlags::HAS_RE_NON_ERASED,
        Region::Var(_) => TypeFlags::HAS_RE_VAR | TypeFlags::HAS_RE_NON_ERASED,
        Region::Static => TypeFlags::HAS_RE_NON_ERASED,
        Region::Error => TypeFlags::HAS_ERROR,
        Region::Erased => 0,
    })
}

impl TypeFoldable for Const {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        folder.fold_const(self)
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        visitor.visit_const(self)
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        tcx.const_flags(self)
    }
}

impl TypeFoldable for GenericArg {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        match self {
            GenericArg::Lifetime(r) => GenericArg::Lifetime(folder.fold_region(r)),
            GenericArg::Type(t) => GenericArg::Type(folder.fold_ty(t)),
            GenericArg::Const(c) => GenericArg::Const(folder.fold_const(c)),
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        match self {
            GenericArg::Lifetime(r) => visitor.visit_region(r),
            GenericArg::Type(t) => visitor.visit_ty(t),
            GenericArg::Const(c) => visitor.visit_const(c),
        }
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        match self {
            GenericArg::Lifetime(r) => region_flags(r),
            GenericArg::Type(t) => tcx.ty_flags(t),
            GenericArg::Const(c) => tcx.const_flags(c),
        }
    }
}

impl TypeFoldable for GenericArgs {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        let tcx = folder.tcx();
        let args = tcx.args(self);
        let mut changed = false;
        let new: Vec<GenericArg> = args
            .iter()
            .map(|a| {
                let n = a.fold_with(folder);
                changed |= n != *a;
                n
            })
            .collect();
        if changed {
            tcx.mk_args(&new)
        } else {
            self
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        let args = visitor.tcx().args(self);
        for a in args.iter() {
            a.visit_with(visitor)?;
        }
        ControlFlow::Continue(())
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        tcx.args_flags(self)
    }
}

impl TypeFoldable for Tys {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        let tcx = folder.tcx();
        let tys = tcx.tys(self);
        let mut changed = false;
        let new: Vec<Ty> = tys
            .iter()
            .map(|t| {
                let n = folder.fold_ty(*t);
                changed |= n != *t;
                n
            })
            .collect();
        if changed {
            tcx.mk_tys(&new)
        } else {
            self
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        let tys = visitor.tcx().tys(self);
        for t in tys.iter() {
            visitor.visit_ty(*t)?;
        }
        ControlFlow::Continue(())
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        tcx.tys_flags(self)
    }
}

impl TypeFoldable for FnSig {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        FnSig {
            inputs_and_output: self.inputs_and_output.fold_with(folder),
            ..self
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        self.inputs_and_output.visit_with(visitor)
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        self.inputs_and_output.flags(tcx)
    }
}

impl TypeFoldable for TraitRef {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        TraitRef {
            def_id: self.def_id,
            args: self.args.fold_with(folder),
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        self.args.visit_with(visitor)
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        self.args.flags(tcx)
    }
}

impl TypeFoldable for AliasTy {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        AliasTy {
            def_id: self.def_id,
            args: self.args.fold_with(folder),
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        self.args.visit_with(visitor)
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        self.args.flags(tcx)
    }
}

impl TypeFoldable for ExistentialPredicates {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        let tcx = folder.tcx();
        let preds = tcx.existentials(self);
        let mut changed = false;
        let new: Vec<ExistentialPredicate> = preds
            .iter()
            .map(|p| {
                let n = match *p {
                    ExistentialPredicate::Trait { def_id, args } => ExistentialPredicate::Trait {
                        def_id,
                        args: args.fold_with(folder),
                    },
                    ExistentialPredicate::Projection { def_id, args, term } => {
                        ExistentialPredicate::Projection {
                            def_id,
                            args: args.fold_with(folder),
                            term: folder.fold_ty(term),
                        }
                    }
                    ExistentialPredicate::AutoTrait(d) => ExistentialPredicate::AutoTrait(d),
                };
                changed |= n != *p;
                n
            })
            .collect();
        if changed {
            tcx.mk_existentials(&new)
        } else {
            self
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        let preds = visitor.tcx().existentials(self);
        for p in preds.iter() {
            match *p {
                ExistentialPredicate::Trait { args, .. } => args.visit_with(visitor)?,
                ExistentialPredicate::Projection { args, term, .. } => {
                    args.visit_with(visitor)?;
                    visitor.visit_ty(term)?;
                }
                ExistentialPredicate::AutoTrait(_) => {}
            }
        }
        ControlFlow::Continue(())
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        let mut flags = 0;
        for p in tcx.existentials(self).iter() {
            match *p {
                ExistentialPredicate::Trait { args, .. } => flags |= args.flags(tcx).0,
                ExistentialPredicate::Projection { args, term, .. } => {
                    flags |= args.flags(tcx).0 | term.flags(tcx).0;
                }
                ExistentialPredicate::AutoTrait(_) => {}
            }
        }
        TypeFlags(flags)
    }
}

impl TypeFoldable for Clause {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        match self {
            Clause::Trait(tr) => Clause::Trait(tr.fold_with(folder)),
            Clause::Projection(alias, term) => {
                Clause::Projection(alias.fold_with(folder), folder.fold_ty(term))
            }
            Clause::TypeOutlives(t, r) => {
                Clause::TypeOutlives(folder.fold_ty(t), folder.fold_region(r))
            }
            Clause::RegionOutlives(a, b) => {
                Clause::RegionOutlives(folder.fold_region(a), folder.fold_region(b))
            }
        }
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        match self {
            Clause::Trait(tr) => tr.visit_with(visitor),
            Clause::Projection(alias, term) => {
                alias.visit_with(visitor)?;
                visitor.visit_ty(term)
            }
            Clause::TypeOutlives(t, r) => {
                visitor.visit_ty(t)?;
                visitor.visit_region(r)
            }
            Clause::RegionOutlives(a, b) => {
                visitor.visit_region(a)?;
                visitor.visit_region(b)
            }
        }
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        match self {
            Clause::Trait(tr) => tr.flags(tcx),
            Clause::Projection(alias, term) => TypeFlags(alias.flags(tcx).0 | term.flags(tcx).0),
            Clause::TypeOutlives(t, r) => TypeFlags(t.flags(tcx).0 | region_flags(r).0),
            Clause::RegionOutlives(a, b) => TypeFlags(region_flags(a).0 | region_flags(b).0),
        }
    }
}

impl<A: TypeFoldable, B: TypeFoldable> TypeFoldable for (A, B) {
    fn fold_with<'a, F: TypeFolder<'a> + ?Sized>(self, folder: &mut F) -> Self {
        (self.0.fold_with(folder), self.1.fold_with(folder))
    }
    fn visit_with<'a, V: TypeVisitor<'a> + ?Sized>(self, visitor: &mut V) -> ControlFlow<()> {
        self.0.visit_with(visitor)?;
        self.1.visit_with(visitor)
    }
    fn flags(self, tcx: &TyCtxt) -> TypeFlags {
        TypeFlags(self.0.flags(tcx).0 | self.1.flags(tcx).0)
    }
}

/* ---------------------------------------------------------------- instantiation */

/// Replaces generic parameters by the arguments at their indices.
struct ArgFolder<'a> {
    tcx: &'a TyCtxt,
    args: std::rc::Rc<[GenericArg]>,
}

impl<'a> TypeFolder<'a> for ArgFolder<'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.tcx
    }

    fn fold_ty(&mut self, ty: Ty) -> Ty {
        if !self.tcx.ty_flags(ty).intersects(TypeFlags::HAS_PARAMS) {
            return ty;
        }
        match self.tcx.kind(ty) {
            TyKind::Param(p) => match self.args.get(p.index as usize) {
                Some(GenericArg::Type(t)) => *t,
                _ => ty,
            },
            _ => super_fold_ty(self, ty),
        }
    }

    fn fold_region(&mut self, r: Region) -> Region {
        match r {
            Region::EarlyParam { index, .. } => match self.args.get(index as usize) {
                Some(GenericArg::Lifetime(r)) => *r,
                _ => r,
            },
            _ => r,
        }
    }

    fn fold_const(&mut self, c: Const) -> Const {
        match self.tcx.const_kind(c) {
            ConstKind::Param(p) => match self.args.get(p.index as usize) {
                Some(GenericArg::Const(c)) => *c,
                _ => c,
            },
            _ => super_fold_const(self, c),
        }
    }
}

/// Substitution of generic parameters.
pub trait Instantiate: TypeFoldable {
    /// Replaces parameter `i` by `args[i]`.
    fn instantiate(self, tcx: &TyCtxt, args: GenericArgs) -> Self {
        if !self.flags(tcx).intersects(TypeFlags::HAS_PARAMS) {
            return self;
        }
        let mut folder = ArgFolder {
            tcx,
            args: tcx.args(args),
        };
        self.fold_with(&mut folder)
    }
}

impl<T: TypeFoldable> Instantiate for T {}

/* ---------------------------------------------------------------- region erasure */

struct RegionEraser<'a> {
    tcx: &'a TyCtxt,
}

impl<'a> TypeFolder<'a> for RegionEraser<'a> {
    fn tcx(&self) -> &'a TyCtxt {
        self.tcx
    }
    fn fold_ty(&mut self, ty: Ty) -> Ty {
        if !self
            .tcx
            .ty_flags(ty)
            .intersects(TypeFlags::HAS_RE_NON_ERASED)
        {
            return ty;
        }
        super_fold_ty(self, ty)
    }
    fn fold_region(&mut self, r: Region) -> Region {
        match r {
            Region::Error => r,
            _ => Region::Erased,
        }
    }
}

/// Replaces every region by `Erased` (codegen and type checking inside bodies ignore them).
pub fn erase_regions<T: TypeFoldable>(tcx: &TyCtxt, value: T) -> T {
    if !value.flags(tcx).intersects(TypeFlags::HAS_RE_NON_ERASED) {
        return value;
    }
    value.fold_with(&mut RegionEraser { tcx })
}

/// A folder from a closure over types.
pub struct BottomUpFolder<'a, F: FnMut(Ty) -> Ty> {
    pub tcx: &'a TyCtxt,
    pub ty_op: F,
}

impl<'a, F: FnMut(Ty) -> Ty> TypeFolder<'a> for BottomUpFolder<'a, F> {
    fn tcx(&self) -> &'a TyCtxt {
        self.tcx
    }
    fn fold_ty(&mut self, ty: Ty) -> Ty {
        let t = super_fold_ty(self, ty);
        (self.ty_op)(t)
    }
}

/// Visits every type inside `value`, stopping when `f` breaks.
pub fn any_ty<T: TypeFoldable>(tcx: &TyCtxt, value: T, f: impl FnMut(Ty) -> bool) -> bool {
    struct V<'a, F> {
        tcx: &'a TyCtxt,
        f: F,
    }
    impl<'a, F: FnMut(Ty) -> bool> TypeVisitor<'a> for V<'a, F> {
        fn tcx(&self) -> &'a TyCtxt {
            self.tcx
        }
        fn visit_ty(&mut self, ty: Ty) -> ControlFlow<()> {
            if (self.f)(ty) {
                return ControlFlow::Break(());
            }
            super_visit_ty(self, ty)
        }
    }
    value.visit_with(&mut V { tcx, f }).is_break()
}

/// Convenience queries on anything foldable.
pub trait TypeFlagsExt: TypeFoldable {
    fn has_infer(self, tcx: &TyCtxt) -> bool {
        self.flags(tcx).intersects(TypeFlags::HAS_INFER)
    }
    fn has_params(self, tcx: &TyCtxt) -> bool {
        self.flags(tcx).intersects(TypeFlags::HAS_PARAMS)
    }
    fn references_error(self, tcx: &TyCtxt) -> bool {
        self.flags(tcx).intersects(TypeFlags::HAS_ERROR)
    }
    fn has_aliases(self, tcx: &TyCtxt) -> bool {
        self.flags(tcx).intersects(TypeFlags::HAS_ALIAS)
    }
}

impl<T: TypeFoldable> TypeFlagsExt for T {}

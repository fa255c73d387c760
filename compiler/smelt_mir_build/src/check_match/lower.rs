//! Typed HIR patterns to `DeconstructedPat`s. Default binding modes become explicit: a
//! pattern typeck matched through implicit dereferences is wrapped in one `&` constructor per
//! dereference. Literals and constants become constructors (`"s"` is `&` applied to a string
//! constructor, `b"ab"` is `&[97, 98]`); constants of structs, enums, tuples and arrays are
//! read from their bytes into constructors with fields, like rustc's const-to-pattern
//! conversion; constants the analysis cannot look into (holding references, say) are opaque
//! and cover only themselves.

use std::cell::Cell;
use std::rc::Rc;

use smelt_errors::ErrorGuaranteed;
use smelt_hir::{self as hir, DefKind, ExprId, ExprKind, PatId, PatKind, QPath, Res};
use smelt_span::Span;
use smelt_ty::consts::{ConstValue, Scalar};
use smelt_ty::typeck_results::BindingMode;
use smelt_ty::{Ty, TyKind, TypeckResults, VariantIdx};

use super::constructor::{Constructor, IntRange, MaybeInfiniteInt, RangeEnd, Slice, SliceKind};
use super::cx::MatchCheckCtxt;
use super::pat::{DeconstructedPat, IndexedPat, PatUid};

pub type Pat = DeconstructedPat<Ty>;

/// The value of a literal or constant in a pattern.
#[derive(Clone, Debug)]
enum PatConst {
    /// An integer, `char` or `bool`: its bits truncated to the type's size.
    Bits(u128),
    Float(f64),
    Str(Rc<str>),
    ByteStr(Rc<[u8]>),
    /// A value of another type (a struct, enum, tuple or array): its bytes, from which
    /// the pattern is built field by field, as rustc's const-to-pattern conversion does.
    Value(Rc<[u8]>),
    /// A reference to such a value (`&()`, `b""` as `&[u8; 0]`).
    RefTo(Rc<[u8]>),
    Opaque,
}

pub struct PatLowerer<'a, 'b> {
    pub cx: &'b MatchCheckCtxt<'a>,
    pub body: &'b hir::Body,
    pub results: &'b TypeckResults,
    /// Whether to report errors (range bounds); when checking a closure body again, they
    /// were reported with its parent's.
    pub emit: bool,
    next_uid: Cell<u32>,
    next_opaque: Cell<u32>,
}

impl<'a, 'b> PatLowerer<'a, 'b> {
    pub fn new(
        cx: &'b MatchCheckCtxt<'a>,
        body: &'b hir::Body,
        results: &'b TypeckResults,
        emit: bool,
    ) -> Self {
        PatLowerer {
            cx,
            body,
            results,
            emit,
            next_uid: Cell::new(0),
            next_opaque: Cell::new(0),
        }
    }

    fn mk(
        &self,
        ctor: Constructor,
        fields: Vec<IndexedPat<Ty>>,
        arity: usize,
        ty: Ty,
        span: Span,
    ) -> Pat {
        let uid = PatUid(self.next_uid.get());
        self.next_uid.set(uid.0 + 1);
        DeconstructedPat {
            ctor,
            fields,
            arity,
            ty,
            span,
            uid,
        }
    }

    fn opaque(&self, ty: Ty, span: Span) -> Pat {
        let id = self.next_opaque.get();
        self.next_opaque.set(id + 1);
        self.mk(Constructor::Opaque(id), Vec::new(), 0, ty, span)
    }

    fn error(
        &self,
        span: Span,
        code: &'static str,
        msg: &str,
        label: Option<&str>,
    ) -> ErrorGuaranteed {
        if !self.emit {
            return ErrorGuaranteed::unchecked_claim_error_was_emitted();
        }
        let mut diag = self.cx.tcx.sess.dcx.struct_err(span, msg).code(code);
        if let Some(label) = label {
            diag = diag.span_label(span, label);
        }
        diag.emit()
    }

    /// The type of the values a pattern matches, after its implicit dereferences. A binding's
    /// recorded type is its variable's, a reference for `ref` bindings.
    pub fn pat_ty(&self, pat: PatId) -> Ty {
        let tcx = self.cx.tcx;
        let ty = self.results.pat_ty(pat).unwrap_or(tcx.types.error);
        let ty = match (
            &self.body.pats[pat].kind,
            self.results.pat_binding_modes.get(&pat),
        ) {
            (PatKind::Binding(..), Some(BindingMode::ByRef(..))) => match tcx.kind(ty) {
                TyKind::Ref(_, inner, _) => inner,
                _ => ty,
            },
            _ => ty,
        };
        self.cx.normalize(ty)
    }

    /// The type of the value a whole pattern is matched against (before implicit
    /// dereferences).
    pub fn outer_pat_ty(&self, pat: PatId) -> Ty {
        match self
            .results
            .pat_adjustments
            .get(&pat)
            .and_then(|adj| adj.first())
        {
            Some(ty) => self.cx.normalize(*ty),
            None => self.pat_ty(pat),
        }
    }

    pub fn lower_pat(&self, pat: PatId) -> Result<Pat, ErrorGuaranteed> {
        let mut lowered = self.lower_pat_inner(pat)?;
        if let Some(adjustments) = self.results.pat_adjustments.get(&pat) {
            let span = self.body.pats[pat].span;
            for ty in adjustments.iter().rev() {
                let field = IndexedPat {
                    idx: 0,
                    pat: lowered,
                };
                lowered = self.mk(
                    Constructor::Ref,
                    vec![field],
                    1,
                    self.cx.normalize(*ty),
                    span,
                );
            }
        }
        Ok(lowered)
    }

    fn lower_fields(
        &self,
        pats: impl Iterator<Item = (usize, PatId)>,
    ) -> Result<Vec<IndexedPat<Ty>>, ErrorGuaranteed> {
        pats.map(|(idx, p)| {
            Ok(IndexedPat {
                idx,
                pat: self.lower_pat(p)?,
            })
        })
        .collect()
    }

    fn lower_pat_inner(&self, pat: PatId) -> Result<Pat, ErrorGuaranteed> {
        let tcx = self.cx.tcx;
        let p = &self.body.pats[pat];
        let span = p.span;
        let ty = self.pat_ty(pat);
        if let TyKind::Error = tcx.kind(ty) {
            return Err(ErrorGuaranteed::unchecked_claim_error_was_emitted());
        }
        match &p.kind {
            PatKind::Wild | PatKind::Binding(_, _, _, None) => {
                Ok(self.mk(Constructor::Wildcard, Vec::new(), 0, ty, span))
            }
            PatKind::Binding(_, _, _, Some(sub)) => self.lower_pat(*sub),
            PatKind::Err(guar) => Err(*guar),
            PatKind::Tuple(pats, dotdot) => {
                let arity = match tcx.kind(ty) {
                    TyKind::Tuple(tys) => tcx.tys(tys).len(),
                    _ => pats.len(),
                };
                let fields = self.lower_fields(
                    positions(pats.len(), *dotdot, arity)
                        .into_iter()
                        .zip(pats.iter().copied()),
                )?;
                Ok(self.mk(Constructor::Struct, fields, arity, ty, span))
            }
            PatKind::Box(inner) => {
                let fields = self.lower_fields(std::iter::once((0, *inner)))?;
                Ok(self.mk(Constructor::Struct, fields, 1, ty, span))
            }
            PatKind::Ref(inner, _) => {
                let fields = self.lower_fields(std::iter::once((0, *inner)))?;
                Ok(self.mk(Constructor::Ref, fields, 1, ty, span))
            }
            PatKind::Or(_) => {
                let mut alternatives = Vec::new();
                self.expand_or_pat(pat, &mut alternatives);
                let fields = self.lower_fields(alternatives.into_iter().enumerate())?;
                let arity = fields.len();
                Ok(self.mk(Constructor::Or, fields, arity, ty, span))
            }
            PatKind::TupleStruct(qpath, pats, dotdot) => {
                let Some((ctor, n_fields)) = self.adt_ctor(pat, qpath, ty) else {
                    return Ok(self.opaque(ty, span));
                };
                let fields = self.lower_fields(
                    positions(pats.len(), *dotdot, n_fields)
                        .into_iter()
                        .zip(pats.iter().copied()),
                )?;
                Ok(self.mk(ctor, fields, n_fields, ty, span))
            }
            PatKind::Struct(qpath, pat_fields, _) => {
                let Some((ctor, n_fields)) = self.adt_ctor(pat, qpath, ty) else {
                    return Ok(self.opaque(ty, span));
                };
                let indices = self
                    .results
                    .pat_field_indices
                    .get(&pat)
                    .cloned()
                    .unwrap_or_default();
                let written = pat_fields
                    .iter()
                    .zip(indices)
                    .filter(|(_, i)| i.as_usize() < n_fields)
                    .map(|(f, i)| (i.as_usize(), f.pat));
                let fields = self.lower_fields(written)?;
                Ok(self.mk(ctor, fields, n_fields, ty, span))
            }
            PatKind::Path(qpath) => {
                if let Some((ctor, n_fields)) = self.adt_ctor(pat, qpath, ty) {
                    return Ok(self.mk(ctor, Vec::new(), n_fields, ty, span));
                }
                let value = match qpath {
                    QPath::Resolved(_, path) => match path.res {
                        Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                            self.eval_const(def, tcx.types.empty_args, ty)
                        }
                        _ => PatConst::Opaque,
                    },
                    QPath::TypeRelative(..) => match self.results.pat_type_dependent_defs.get(&pat)
                    {
                        Some(&(DefKind::AssocConst, def, args)) => self.eval_const(def, args, ty),
                        _ => PatConst::Opaque,
                    },
                    _ => PatConst::Opaque,
                };
                Ok(self.const_to_pat(value, ty, span))
            }
            PatKind::Lit(e) => {
                let value = self.expr_const(*e, ty);
                Ok(self.const_to_pat(value, ty, span))
            }
            PatKind::Range(lo, hi, end) => self.lower_range(*lo, *hi, *end, ty, span),
            PatKind::Slice(before, mid, after) => {
                let array_len = match tcx.kind(ty) {
                    // An array of unknown length is matched like a slice.
                    TyKind::Array(_, len) => tcx.eval_array_len(len).map(|n| n as usize),
                    TyKind::Slice(_) => None,
                    _ => return Ok(self.opaque(ty, span)),
                };
                let kind = match mid {
                    Some(_) => SliceKind::VarLen(before.len(), after.len()),
                    None => SliceKind::FixedLen(before.len() + after.len()),
                };
                let slice = Slice::new(array_len, kind);
                let elems = before.iter().chain(after.iter()).copied().enumerate();
                let fields = self.lower_fields(elems)?;
                Ok(self.mk(Constructor::Slice(slice), fields, kind.arity(), ty, span))
            }
        }
    }

    /// The alternatives of an or-pattern, nested or-patterns flattened.
    fn expand_or_pat(&self, pat: PatId, out: &mut Vec<PatId>) {
        let PatKind::Or(alts) = &self.body.pats[pat].kind else {
            out.push(pat);
            return;
        };
        for a in alts {
            if matches!(self.body.pats[*a].kind, PatKind::Or(_))
                && !self.results.pat_adjustments.contains_key(a)
            {
                self.expand_or_pat(*a, out);
            } else {
                out.push(*a);
            }
        }
    }

    /// For a pattern naming a struct, variant or union: its constructor and number of fields.
    fn adt_ctor(&self, pat: PatId, qpath: &QPath, ty: Ty) -> Option<(Constructor, usize)> {
        let tcx = self.cx.tcx;
        let TyKind::Adt(adt, _) = tcx.kind(ty) else {
            return None;
        };
        let def = tcx.adt_def(adt);
        let vi = variant_of_qpath(tcx, &def, qpath)?;
        let _ = pat;
        let n_fields = def.variants.get(vi).map_or(0, |v| v.fields.len());
        let ctor = if def.is_enum() {
            Constructor::Variant(vi)
        } else if def.is_union() {
            Constructor::UnionField
        } else {
            Constructor::Struct
        };
        Some((ctor, n_fields))
    }

    fn lower_range(
        &self,
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        end: smelt_ast::RangeEnd,
        ty: Ty,
        span: Span,
    ) -> Result<Pat, ErrorGuaranteed> {
        let tcx = self.cx.tcx;
        let end = match end {
            smelt_ast::RangeEnd::Included { .. } => RangeEnd::Included,
            smelt_ast::RangeEnd::Excluded => RangeEnd::Excluded,
        };
        let lo_val = lo.map(|e| self.expr_const(e, ty));
        let hi_val = hi.map(|e| self.expr_const(e, ty));
        if let TyKind::Float(_) = tcx.kind(ty) {
            let bound = |v: Option<PatConst>, default: f64| match v {
                None => Some(default),
                Some(PatConst::Float(f)) => Some(f),
                Some(_) => None,
            };
            let (Some(l), Some(h)) = (
                bound(lo_val, f64::NEG_INFINITY),
                bound(hi_val, f64::INFINITY),
            ) else {
                return Ok(self.opaque(ty, span));
            };
            if l > h || (l == h && end == RangeEnd::Excluded && hi.is_some()) {
                return Err(self.empty_range_error(span, end, lo.is_none()));
            }
            return Ok(self.mk(Constructor::FloatRange(l, h, end), Vec::new(), 0, ty, span));
        }
        let Some((size, signed)) = self.cx.int_bits(ty) else {
            return Ok(self.opaque(ty, span));
        };
        let encode =
            |v: Option<PatConst>, infinity: MaybeInfiniteInt| -> Option<MaybeInfiniteInt> {
                match v {
                    None => Some(infinity),
                    Some(PatConst::Bits(bits)) => Some(if signed {
                        MaybeInfiniteInt::new_finite_int(bits, size)
                    } else {
                        MaybeInfiniteInt::new_finite_uint(bits)
                    }),
                    Some(_) => None,
                }
            };
        let (Some(l), Some(h)) = (
            encode(lo_val, MaybeInfiniteInt::NegInfinity),
            encode(hi_val, MaybeInfiniteInt::PosInfinity),
        ) else {
            return Ok(self.opaque(ty, span));
        };
        if lo.is_none() && end == RangeEnd::Excluded && h == MaybeInfiniteInt::Finite(0) {
            // `..MIN`: every type's minimum is encoded as zero.
            return Err(self.empty_range_error(span, end, true));
        }
        // `lo..` includes the maximum.
        let end_for_range = if hi.is_none() {
            RangeEnd::Included
        } else {
            end
        };
        match IntRange::from_range(l, h, end_for_range) {
            Some(range) => Ok(self.mk(Constructor::IntRange(range), Vec::new(), 0, ty, span)),
            None => Err(self.empty_range_error(span, end, lo.is_none())),
        }
    }

    fn empty_range_error(&self, span: Span, end: RangeEnd, no_lo: bool) -> ErrorGuaranteed {
        match end {
            RangeEnd::Included => self.error(
                span,
                "E0030",
                "lower bound for range pattern must be less than or equal to upper bound",
                Some("lower bound larger than upper bound"),
            ),
            RangeEnd::Excluded if no_lo => self.error(
                span,
                "E0579",
                "exclusive upper bound for a range bound cannot be the minimum",
                None,
            ),
            RangeEnd::Excluded => self.error(
                span,
                "E0579",
                "lower bound for range pattern must be less than upper bound",
                None,
            ),
        }
    }

    /// The pattern of a constant of type `ty`.
    fn const_to_pat(&self, value: PatConst, ty: Ty, span: Span) -> Pat {
        let tcx = self.cx.tcx;
        if let PatConst::Value(bytes) = &value {
            return self.value_to_pat(bytes, 0, ty, span, 0);
        }
        if let (PatConst::RefTo(bytes), TyKind::Ref(_, inner, _)) = (&value, tcx.kind(ty)) {
            let pointee = self.value_to_pat(bytes, 0, inner, span, 0);
            return self.mk(
                Constructor::Ref,
                vec![IndexedPat {
                    idx: 0,
                    pat: pointee,
                }],
                1,
                ty,
                span,
            );
        }
        match (tcx.kind(ty), value) {
            (TyKind::Bool, PatConst::Bits(b)) => {
                self.mk(Constructor::Bool(b != 0), Vec::new(), 0, ty, span)
            }
            (TyKind::Int(_) | TyKind::Uint(_) | TyKind::Char, PatConst::Bits(bits)) => {
                let Some((size, signed)) = self.cx.int_bits(ty) else {
                    return self.opaque(ty, span);
                };
                let x = if signed {
                    MaybeInfiniteInt::new_finite_int(bits, size)
                } else {
                    MaybeInfiniteInt::new_finite_uint(bits)
                };
                self.mk(
                    Constructor::IntRange(IntRange::from_singleton(x)),
                    Vec::new(),
                    0,
                    ty,
                    span,
                )
            }
            (TyKind::Float(_), PatConst::Float(f)) => self.mk(
                Constructor::FloatRange(f, f, RangeEnd::Included),
                Vec::new(),
                0,
                ty,
                span,
            ),
            (TyKind::Ref(_, inner, _), PatConst::Str(s))
                if matches!(tcx.kind(inner), TyKind::Str) =>
            {
                let field = self.mk(Constructor::Str(s), Vec::new(), 0, inner, span);
                self.mk(
                    Constructor::Ref,
                    vec![IndexedPat { idx: 0, pat: field }],
                    1,
                    ty,
                    span,
                )
            }
            (TyKind::Ref(_, inner, _), PatConst::ByteStr(bytes)) => {
                let array_len = match tcx.kind(inner) {
                    TyKind::Array(..) => Some(bytes.len()),
                    TyKind::Slice(_) => None,
                    _ => return self.opaque(ty, span),
                };
                let u8_ty = tcx.types.u8;
                let fields = bytes
                    .iter()
                    .enumerate()
                    .map(|(idx, b)| {
                        let range =
                            IntRange::from_singleton(MaybeInfiniteInt::new_finite_uint(*b as u128));
                        IndexedPat {
                            idx,
                            pat: self.mk(Constructor::IntRange(range), Vec::new(), 0, u8_ty, span),
                        }
                    })
                    .collect();
                let slice = Slice::new(array_len, SliceKind::FixedLen(bytes.len()));
                let inner_pat =
                    self.mk(Constructor::Slice(slice), fields, bytes.len(), inner, span);
                self.mk(
                    Constructor::Ref,
                    vec![IndexedPat {
                        idx: 0,
                        pat: inner_pat,
                    }],
                    1,
                    ty,
                    span,
                )
            }
            _ => self.opaque(ty, span),
        }
    }

    /// The value of a literal, negated literal or constant expression, as a value of `ty`.
    fn expr_const(&self, e: ExprId, ty: Ty) -> PatConst {
        let tcx = self.cx.tcx;
        let mask = |bits: u128| -> u128 {
            match self.cx.int_bits(ty) {
                Some((size, _)) if size < 128 => bits & ((1u128 << size) - 1),
                _ => bits,
            }
        };
        match &self.body.exprs[e].kind {
            ExprKind::Lit(lit) => match &lit.kind {
                hir::LitKind::Int(v, _) => match tcx.kind(ty) {
                    TyKind::Float(_) => PatConst::Float(*v as f64),
                    _ => PatConst::Bits(mask(*v)),
                },
                hir::LitKind::Bool(b) => PatConst::Bits(*b as u128),
                hir::LitKind::Char(c) => PatConst::Bits(*c as u128),
                hir::LitKind::Byte(b) => PatConst::Bits(*b as u128),
                hir::LitKind::Float(sym, _) => {
                    let text: String = tcx.str(*sym).chars().filter(|c| *c != '_').collect();
                    let text = text.trim_end_matches("f32").trim_end_matches("f64");
                    let value = match tcx.kind(ty) {
                        TyKind::Float(smelt_ast::FloatTy::F32) => {
                            text.parse::<f32>().ok().map(f64::from)
                        }
                        _ => text.parse::<f64>().ok(),
                    };
                    value.map_or(PatConst::Opaque, PatConst::Float)
                }
                hir::LitKind::Str(sym) => PatConst::Str(Rc::from(tcx.str(*sym))),
                hir::LitKind::ByteStr(bytes) => PatConst::ByteStr(bytes.clone()),
                hir::LitKind::CStr(_) | hir::LitKind::Err(_) => PatConst::Opaque,
            },
            ExprKind::Unary(smelt_ast::UnOp::Neg, inner) => match self.expr_const(*inner, ty) {
                PatConst::Bits(v) => PatConst::Bits(mask(v.wrapping_neg())),
                PatConst::Float(f) => PatConst::Float(-f),
                _ => PatConst::Opaque,
            },
            ExprKind::Path(QPath::Resolved(_, path)) => match path.res {
                Res::Def(DefKind::Const | DefKind::AssocConst, def) => {
                    let args = self.results.node_args(e).unwrap_or(tcx.types.empty_args);
                    self.eval_const(def, args, ty)
                }
                _ => PatConst::Opaque,
            },
            ExprKind::Path(QPath::TypeRelative(..)) => {
                match self.results.type_dependent_defs.get(&e) {
                    Some(Ok((DefKind::AssocConst, def))) => {
                        let args = self.results.node_args(e).unwrap_or(tcx.types.empty_args);
                        self.eval_const(*def, args, ty)
                    }
                    _ => PatConst::Opaque,
                }
            }
            ExprKind::ConstBlock(def) => self.eval_const(*def, tcx.identity_args(*def), ty),
            _ => PatConst::Opaque,
        }
    }

    fn eval_const(&self, def: smelt_hir::DefId, args: smelt_ty::GenericArgs, ty: Ty) -> PatConst {
        let tcx = self.cx.tcx;
        let args = smelt_ty::fold::erase_regions(tcx, args);
        let Ok(value) = tcx.eval_const(def, args) else {
            return PatConst::Opaque;
        };
        match (&value, tcx.kind(ty)) {
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Float(smelt_ast::FloatTy::F32)) => {
                PatConst::Float(f64::from(f32::from_bits(s.data as u32)))
            }
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Float(_)) => {
                PatConst::Float(f64::from_bits(s.data as u64))
            }
            (
                ConstValue::Scalar(Scalar::Int(s)),
                TyKind::Bool | TyKind::Char | TyKind::Int(_) | TyKind::Uint(_),
            ) => PatConst::Bits(s.data),
            (ConstValue::Slice { data, len }, TyKind::Ref(_, inner, _)) => {
                let bytes = data.bytes.get(..*len as usize).unwrap_or(&[]);
                match tcx.kind(inner) {
                    TyKind::Str => std::str::from_utf8(bytes)
                        .map_or(PatConst::Opaque, |s| PatConst::Str(Rc::from(s))),
                    _ => PatConst::Opaque,
                }
            }
            (ConstValue::Scalar(Scalar::Ptr(p)), TyKind::Ref(..)) => match &p.target {
                smelt_ty::consts::GlobalAlloc::Memory(alloc) if alloc.relocations.is_empty() => {
                    PatConst::RefTo(Rc::from(
                        alloc.bytes.get(p.offset as usize..).unwrap_or(&[]),
                    ))
                }
                _ => PatConst::Opaque,
            },
            // A reference to a zero-sized value may be any non-null address (`&()` made by
            // transmuting 1usize): its pointee is the type's one value.
            (ConstValue::Scalar(Scalar::Int(_)), TyKind::Ref(_, inner, _))
                if tcx.layout_of(inner).is_ok_and(|l| l.size == 0) =>
            {
                PatConst::RefTo(Rc::from(&[][..]))
            }
            (ConstValue::ZeroSized, _) => PatConst::Value(Rc::from(&[][..])),
            (ConstValue::Scalar(Scalar::Int(s)), _) => {
                let size = (s.size as usize).min(16);
                PatConst::Value(Rc::from(&s.data.to_le_bytes()[..size]))
            }
            (ConstValue::Indirect { alloc, offset }, _) => {
                // Values holding pointers (references, boxes) are left opaque.
                if !alloc.relocations.is_empty() {
                    return PatConst::Opaque;
                }
                PatConst::Value(Rc::from(alloc.bytes.get(*offset as usize..).unwrap_or(&[])))
            }
            _ => PatConst::Opaque,
        }
    }

    /// The pattern of the value of type `ty` at `offset` in `bytes`: constructors of
    /// structs, enums, tuples and arrays with the patterns of their fields, integer, `bool`
    /// and `char` singletons at the leaves; anything else is opaque.
    fn value_to_pat(&self, bytes: &[u8], offset: u64, ty: Ty, span: Span, depth: u32) -> Pat {
        let tcx = self.cx.tcx;
        let Ok(layout) = tcx.layout_of(ty) else {
            return self.opaque(ty, span);
        };
        let read = |at: u64, size: u64| -> Option<u128> {
            let start = usize::try_from(at).ok()?;
            let chunk = bytes.get(start..start.checked_add(size as usize)?)?;
            let mut buf = [0u8; 16];
            buf.get_mut(..chunk.len())?.copy_from_slice(chunk);
            Some(u128::from_le_bytes(buf))
        };
        if depth > 64 {
            return self.opaque(ty, span);
        }
        match tcx.kind(ty) {
            TyKind::Bool | TyKind::Char | TyKind::Int(_) | TyKind::Uint(_) => {
                match read(offset, layout.size) {
                    Some(bits) => self.const_to_pat(PatConst::Bits(bits), ty, span),
                    None => self.opaque(ty, span),
                }
            }
            TyKind::Tuple(_) | TyKind::Adt(..) | TyKind::Array(..) => {
                let (ctor, field_layout) = match tcx.kind(ty) {
                    TyKind::Adt(did, _) if self.cx.is_box(did) => return self.opaque(ty, span),
                    TyKind::Adt(did, _) => {
                        let def = tcx.adt_def(did);
                        if def.is_union() {
                            return self.opaque(ty, span);
                        }
                        if !def.is_enum() {
                            (Constructor::Struct, layout.clone())
                        } else {
                            let Some(vi) = self.read_variant(&layout, &def, offset, &read) else {
                                return self.opaque(ty, span);
                            };
                            let variant_layout = match &layout.variants {
                                smelt_ty::layout::Variants::Multiple { variants, .. } => {
                                    match variants.get(vi) {
                                        Some(l) => l.clone(),
                                        None => return self.opaque(ty, span),
                                    }
                                }
                                smelt_ty::layout::Variants::Single { .. } => layout.clone(),
                            };
                            (Constructor::Variant(vi), variant_layout)
                        }
                    }
                    TyKind::Array(_, len) => {
                        let Some(n) = tcx.eval_array_len(len).map(|n| n as usize) else {
                            return self.opaque(ty, span);
                        };
                        (
                            Constructor::Slice(Slice::new(Some(n), SliceKind::FixedLen(n))),
                            layout.clone(),
                        )
                    }
                    _ => (Constructor::Struct, layout.clone()),
                };
                use super::usefulness::PatCx;
                let sub_tys = self.cx.ctor_sub_tys(&ctor, &ty);
                let mut fields = Vec::with_capacity(sub_tys.len());
                for (i, (fty, _)) in sub_tys.iter().enumerate() {
                    let at = offset + field_layout.fields.offset(i);
                    let pat = self.value_to_pat(bytes, at, *fty, span, depth + 1);
                    fields.push(IndexedPat { idx: i, pat });
                }
                let arity = fields.len();
                self.mk(ctor, fields, arity, ty, span)
            }
            _ => self.opaque(ty, span),
        }
    }

    /// The variant of the enum value at `offset`, decoded from its tag.
    fn read_variant(
        &self,
        layout: &smelt_ty::layout::Layout,
        def: &smelt_ty::adt::AdtDef,
        offset: u64,
        read: &dyn Fn(u64, u64) -> Option<u128>,
    ) -> Option<VariantIdx> {
        use smelt_ty::layout::Variants;
        let tcx = self.cx.tcx;
        match &layout.variants {
            Variants::Single { index } => Some(*index),
            Variants::Multiple {
                tag,
                tag_encoding,
                tag_field,
                ..
            } => {
                let size = tag.size(tcx);
                let bits = read(offset + layout.fields.offset(*tag_field), size)?;
                tag_encoding.variant_of(bits, size, &def.discriminants(tcx))
            }
        }
    }
}

/// The variant a struct, tuple-struct or path pattern names, for an ADT `def`.
pub fn variant_of_qpath(
    tcx: &smelt_ty::TyCtxt,
    def: &smelt_ty::adt::AdtDef,
    qpath: &QPath,
) -> Option<VariantIdx> {
    let res = match qpath {
        QPath::Resolved(_, path) => path.res,
        QPath::LangItem(item, _) => tcx.lang_item(*item).map(|d| Res::Def(tcx.def_kind(d), d))?,
        QPath::TypeRelative(_, seg) => {
            return def
                .variants
                .iter_enumerated()
                .find(|(_, v)| v.name == seg.ident.name)
                .map(|(i, _)| i);
        }
    };
    match res {
        Res::Def(DefKind::Variant, v) => def.variant_index_with_id(v),
        Res::Def(DefKind::Ctor(_, _), c) => def.variant_index_with_ctor_id(c),
        Res::Def(DefKind::Struct | DefKind::Union | DefKind::TyAlias, _)
        | Res::SelfTyAlias { .. }
        | Res::SelfCtor(_) => (!def.is_enum()).then(|| VariantIdx::from_u32(0)),
        _ => None,
    }
}

/// Field positions of subpatterns around a `..` at `dotdot`.
fn positions(n_pats: usize, dotdot: Option<usize>, n_fields: usize) -> Vec<usize> {
    match dotdot {
        None => (0..n_pats).collect(),
        Some(d) => {
            let skip = n_fields.saturating_sub(n_pats);
            (0..n_pats)
                .map(|i| if i < d { i } else { i + skip })
                .collect()
        }
    }
}

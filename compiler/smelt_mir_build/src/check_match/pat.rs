//! Patterns as the analysis sees them: a constructor and the subpatterns of its fields
//! (`DeconstructedPat`), and the patterns it builds to show what is not covered
//! (`WitnessPat`).

use smelt_span::Span;

use super::constructor::{Constructor, SliceKind};
use super::usefulness::PatCx;

/// Identifies a pattern within one analysis (arms and their subpatterns).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct PatUid(pub u32);

/// A subpattern and the field it is at.
#[derive(Clone, Debug)]
pub struct IndexedPat<Ty> {
    pub idx: usize,
    pub pat: DeconstructedPat<Ty>,
}

/// A pattern taken apart: `ctor(fields)`. Only the fields the pattern writes are stored;
/// the others are wildcards. The fields of an or-pattern are its alternatives.
#[derive(Clone, Debug)]
pub struct DeconstructedPat<Ty> {
    pub ctor: Constructor,
    pub fields: Vec<IndexedPat<Ty>>,
    /// The number of fields of `ctor` (for or-patterns, of alternatives).
    pub arity: usize,
    pub ty: Ty,
    pub span: Span,
    pub uid: PatUid,
}

impl<Ty: Clone> DeconstructedPat<Ty> {
    pub fn is_or_pat(&self) -> bool {
        matches!(self.ctor, Constructor::Or)
    }

    pub fn iter_fields(&self) -> impl Iterator<Item = &DeconstructedPat<Ty>> {
        self.fields.iter().map(|ipat| &ipat.pat)
    }

    /// Calls `f` on every subpattern, outermost first; `f` returns whether to look inside.
    pub fn walk<'a>(&'a self, f: &mut impl FnMut(&'a DeconstructedPat<Ty>) -> bool) {
        if !f(self) {
            return;
        }
        for p in self.iter_fields() {
            p.walk(f);
        }
    }

    /// The fields of `self` as fields of `other_ctor`, which `self.ctor` covers: wildcards
    /// where `self` writes nothing. A variable-length slice pattern specialised to a longer
    /// slice gets wildcards in its middle.
    pub fn specialize<'a>(
        &'a self,
        other_ctor: &Constructor,
        other_arity: usize,
    ) -> Vec<PatOrWild<'a, Ty>> {
        if matches!(other_ctor, Constructor::PrivateUninhabited) {
            return Vec::new();
        }
        // A pattern never has more fields than the constructor it is specialised to (fewer
        // for a variable-length slice pattern specialised to a longer slice).
        debug_assert!(self.arity <= other_arity || matches!(self.ctor, Constructor::Wildcard));
        let mut fields: Vec<PatOrWild<'a, Ty>> = vec![PatOrWild::Wild; other_arity];
        match (&self.ctor, other_ctor) {
            (Constructor::Wildcard, _) => {}
            (Constructor::Slice(this), Constructor::Slice(other))
                if this.arity() != other.arity() =>
            {
                if let SliceKind::VarLen(prefix, _) = this.kind {
                    let grow = other_arity.saturating_sub(this.arity());
                    for ipat in &self.fields {
                        let idx = if ipat.idx < prefix {
                            ipat.idx
                        } else {
                            ipat.idx + grow
                        };
                        if let Some(slot) = fields.get_mut(idx) {
                            *slot = PatOrWild::Pat(&ipat.pat);
                        }
                    }
                }
            }
            _ => {
                for ipat in &self.fields {
                    if let Some(slot) = fields.get_mut(ipat.idx) {
                        *slot = PatOrWild::Pat(&ipat.pat);
                    }
                }
            }
        }
        fields
    }
}

/// A pattern of the matrix, or the wildcard that specialisation fills in for fields a
/// pattern does not write.
pub enum PatOrWild<'p, Ty> {
    Wild,
    Pat(&'p DeconstructedPat<Ty>),
}

impl<Ty> Clone for PatOrWild<'_, Ty> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Ty> Copy for PatOrWild<'_, Ty> {}

impl<'p, Ty: Clone> PatOrWild<'p, Ty> {
    pub fn ctor(&self) -> &'p Constructor {
        match self {
            PatOrWild::Wild => &Constructor::Wildcard,
            PatOrWild::Pat(p) => &p.ctor,
        }
    }

    pub fn is_or_pat(&self) -> bool {
        matches!(self, PatOrWild::Pat(p) if p.is_or_pat())
    }

    /// The alternatives of an or-pattern (one level: nested or-patterns were flattened when
    /// lowered); `self` for anything else.
    pub fn expand_or_pat(&self) -> Vec<PatOrWild<'p, Ty>> {
        match self {
            PatOrWild::Pat(p) if p.is_or_pat() => p.iter_fields().map(PatOrWild::Pat).collect(),
            _ => vec![*self],
        }
    }

    pub fn specialize(
        &self,
        other_ctor: &Constructor,
        other_arity: usize,
    ) -> Vec<PatOrWild<'p, Ty>> {
        match self {
            PatOrWild::Wild => {
                if matches!(other_ctor, Constructor::PrivateUninhabited) {
                    Vec::new()
                } else {
                    vec![PatOrWild::Wild; other_arity]
                }
            }
            PatOrWild::Pat(p) => p.specialize(other_ctor, other_arity),
        }
    }
}

/// A pattern the analysis built, to show a value no arm matches.
#[derive(Clone, Debug)]
pub struct WitnessPat<Ty> {
    pub ctor: Constructor,
    pub fields: Vec<WitnessPat<Ty>>,
    pub ty: Ty,
}

impl<Ty: Clone> WitnessPat<Ty> {
    /// `_`; for a type with no values, `Never` (printed `_` too, but diagnostics explain it).
    pub fn wildcard<Cx: PatCx<Ty = Ty>>(cx: &Cx, ty: Ty) -> Self {
        let ctor = if cx.ctors_for_ty(&ty).all_empty() {
            Constructor::Never
        } else {
            Constructor::Wildcard
        };
        WitnessPat::wild_from_ctor(cx, ctor, ty)
    }

    /// `ctor(_, _, ..)`.
    pub fn wild_from_ctor<Cx: PatCx<Ty = Ty>>(cx: &Cx, ctor: Constructor, ty: Ty) -> Self {
        let fields = cx
            .ctor_sub_tys(&ctor, &ty)
            .into_iter()
            .map(|(t, _)| WitnessPat::wildcard(cx, t))
            .collect();
        WitnessPat { ctor, fields, ty }
    }
}

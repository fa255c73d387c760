//! Unit tests of the usefulness algorithm on a small made-up type system: booleans, bytes,
//! tuples, enums, references and slices. The compiler-facing behaviour (lowering, wording)
//! is tested by `tests/ui/exhaustiveness`.

use smelt_span::{IndexVec, Span};
use smelt_ty::VariantIdx;

use super::constructor::{
    Constructor, ConstructorSet, IntRange, MaybeInfiniteInt, RangeEnd, Slice, SliceKind,
    VariantVisibility,
};
use super::pat::{DeconstructedPat, IndexedPat, PatUid, WitnessPat};
use super::usefulness::{compute_match_usefulness, MatchArm, PatCx, PlaceValidity, Usefulness};

#[derive(Clone, Debug, PartialEq)]
enum Ty {
    Bool,
    U8,
    Tuple(Vec<Ty>),
    /// Variants and their fields; no variants is an empty type.
    Enum(Vec<Vec<Ty>>),
    Ref(Box<Ty>),
    Slice(Box<Ty>),
}

struct Cx;

impl Cx {
    fn is_empty(&self, ty: &Ty) -> bool {
        match ty {
            Ty::Enum(variants) => variants
                .iter()
                .all(|fields| fields.iter().any(|f| self.is_empty(f))),
            Ty::Tuple(tys) => tys.iter().any(|t| self.is_empty(t)),
            _ => false,
        }
    }
}

impl PatCx for Cx {
    type Ty = Ty;

    fn ctor_arity(&self, ctor: &Constructor, ty: &Ty) -> usize {
        self.ctor_sub_tys(ctor, ty).len()
    }

    fn ctor_sub_tys(&self, ctor: &Constructor, ty: &Ty) -> Vec<(Ty, bool)> {
        match (ctor, ty) {
            (Constructor::Struct, Ty::Tuple(tys)) => {
                tys.iter().map(|t| (t.clone(), false)).collect()
            }
            (Constructor::Variant(vi), Ty::Enum(variants)) => variants[vi.as_usize()]
                .iter()
                .map(|t| (t.clone(), false))
                .collect(),
            (Constructor::Ref, Ty::Ref(inner)) => vec![((**inner).clone(), false)],
            (Constructor::Slice(s), Ty::Slice(elem)) => vec![((**elem).clone(), false); s.arity()],
            _ => Vec::new(),
        }
    }

    fn ctors_for_ty(&self, ty: &Ty) -> ConstructorSet {
        match ty {
            Ty::Bool => ConstructorSet::Bool,
            Ty::U8 => ConstructorSet::Integers {
                range_1: range(0, 255),
                range_2: None,
            },
            Ty::Tuple(_) => ConstructorSet::Struct {
                empty: self.is_empty(ty),
            },
            Ty::Enum(variants) if variants.is_empty() => ConstructorSet::NoConstructors,
            Ty::Enum(variants) => {
                let variants: IndexVec<VariantIdx, VariantVisibility> = variants
                    .iter()
                    .map(|fields| {
                        if fields.iter().any(|f| self.is_empty(f)) {
                            VariantVisibility::Empty
                        } else {
                            VariantVisibility::Visible
                        }
                    })
                    .collect();
                ConstructorSet::Variants {
                    variants,
                    non_exhaustive: false,
                }
            }
            Ty::Ref(_) => ConstructorSet::Ref,
            Ty::Slice(elem) => ConstructorSet::Slice {
                array_len: None,
                subtype_is_empty: self.is_empty(elem),
            },
        }
    }
}

fn range(lo: u128, hi: u128) -> IntRange {
    IntRange::from_range(
        MaybeInfiniteInt::Finite(lo),
        MaybeInfiniteInt::Finite(hi),
        RangeEnd::Included,
    )
    .expect("non-empty range")
}

/// `Option<T>`: `None` then `Some(T)`.
fn option(t: Ty) -> Ty {
    Ty::Enum(vec![vec![], vec![t]])
}

fn void() -> Ty {
    Ty::Enum(vec![])
}

/// Builds patterns with fresh ids.
struct P {
    next: u32,
}

impl P {
    fn new() -> P {
        P { next: 0 }
    }

    fn mk(
        &mut self,
        ctor: Constructor,
        fields: Vec<DeconstructedPat<Ty>>,
        arity: usize,
        ty: Ty,
    ) -> DeconstructedPat<Ty> {
        let uid = PatUid(self.next);
        self.next += 1;
        let fields = fields
            .into_iter()
            .enumerate()
            .map(|(idx, pat)| IndexedPat { idx, pat })
            .collect();
        DeconstructedPat {
            ctor,
            fields,
            arity,
            ty,
            span: Span::DUMMY,
            uid,
        }
    }

    fn wild(&mut self, ty: Ty) -> DeconstructedPat<Ty> {
        self.mk(Constructor::Wildcard, vec![], 0, ty)
    }

    fn bool(&mut self, b: bool) -> DeconstructedPat<Ty> {
        self.mk(Constructor::Bool(b), vec![], 0, Ty::Bool)
    }

    fn u8s(&mut self, lo: u128, hi: u128) -> DeconstructedPat<Ty> {
        self.mk(Constructor::IntRange(range(lo, hi)), vec![], 0, Ty::U8)
    }

    fn tuple(&mut self, fields: Vec<DeconstructedPat<Ty>>) -> DeconstructedPat<Ty> {
        let ty = Ty::Tuple(fields.iter().map(|f| f.ty.clone()).collect());
        let n = fields.len();
        self.mk(Constructor::Struct, fields, n, ty)
    }

    fn variant(
        &mut self,
        ty: &Ty,
        vi: u32,
        fields: Vec<DeconstructedPat<Ty>>,
    ) -> DeconstructedPat<Ty> {
        let n = fields.len();
        self.mk(
            Constructor::Variant(VariantIdx::from_u32(vi)),
            fields,
            n,
            ty.clone(),
        )
    }

    fn or(&mut self, alts: Vec<DeconstructedPat<Ty>>) -> DeconstructedPat<Ty> {
        let ty = alts[0].ty.clone();
        let n = alts.len();
        self.mk(Constructor::Or, alts, n, ty)
    }

    fn slice(
        &mut self,
        elem: Ty,
        kind: SliceKind,
        fields: Vec<DeconstructedPat<Ty>>,
    ) -> DeconstructedPat<Ty> {
        let arity = kind.arity();
        self.mk(
            Constructor::Slice(Slice::new(None, kind)),
            fields,
            arity,
            Ty::Slice(Box::new(elem)),
        )
    }

    fn reference(&mut self, inner: DeconstructedPat<Ty>) -> DeconstructedPat<Ty> {
        let ty = Ty::Ref(Box::new(inner.ty.clone()));
        self.mk(Constructor::Ref, vec![inner], 1, ty)
    }
}

/// A witness in a compact form: `_`, `true`, `3..=9`, `(a, b)`, `v1(a)`, `&a`, `[a, ..]`.
fn show(w: &WitnessPat<Ty>) -> String {
    let fields: Vec<String> = w.fields.iter().map(show).collect();
    match &w.ctor {
        Constructor::Bool(b) => b.to_string(),
        Constructor::IntRange(r) => match (r.lo, r.hi) {
            (MaybeInfiniteInt::Finite(lo), MaybeInfiniteInt::Finite(hi)) if hi == lo + 1 => {
                lo.to_string()
            }
            (MaybeInfiniteInt::Finite(lo), MaybeInfiniteInt::Finite(hi)) => {
                format!("{lo}..={}", hi - 1)
            }
            _ => "?".to_string(),
        },
        Constructor::Struct => format!("({})", fields.join(", ")),
        Constructor::Variant(vi) if fields.is_empty() => format!("v{}", vi.as_u32()),
        Constructor::Variant(vi) => format!("v{}({})", vi.as_u32(), fields.join(", ")),
        Constructor::Ref => format!("&{}", fields.join("")),
        Constructor::Slice(s) => match s.kind {
            SliceKind::FixedLen(_) => format!("[{}]", fields.join(", ")),
            SliceKind::VarLen(prefix, _) => {
                let mut parts = fields[..prefix].to_vec();
                parts.push("..".to_string());
                parts.extend(fields[prefix..].iter().cloned());
                format!("[{}]", parts.join(", "))
            }
        },
        _ => "_".to_string(),
    }
}

struct Outcome {
    witnesses: Vec<String>,
    /// Per arm: `None` if useful with no unreachable alternative, else the uids of the
    /// patterns covering it.
    redundant: Vec<Option<Vec<u32>>>,
    /// Unreachable alternatives of useful arms, by uid.
    redundant_alternatives: Vec<u32>,
}

fn check(arms: &[(DeconstructedPat<Ty>, bool)], ty: Ty, validity: PlaceValidity) -> Outcome {
    let match_arms: Vec<MatchArm<'_, Ty>> = arms
        .iter()
        .map(|(pat, has_guard)| MatchArm {
            pat,
            has_guard: *has_guard,
        })
        .collect();
    let report = compute_match_usefulness(&Cx, &match_arms, ty, validity, 1_000_000)
        .expect("within the complexity limit");
    let mut redundant = Vec::new();
    let mut redundant_alternatives = Vec::new();
    for (_, usefulness) in &report.arm_usefulness {
        match usefulness {
            Usefulness::Redundant(explanation) => redundant.push(Some(
                explanation.covered_by.iter().map(|p| p.uid.0).collect(),
            )),
            Usefulness::Useful(subpats) => {
                redundant.push(None);
                redundant_alternatives.extend(subpats.iter().map(|(p, _)| p.uid.0));
            }
        }
    }
    Outcome {
        witnesses: report
            .non_exhaustiveness_witnesses
            .iter()
            .map(show)
            .collect(),
        redundant,
        redundant_alternatives,
    }
}

fn arms(pats: Vec<DeconstructedPat<Ty>>) -> Vec<(DeconstructedPat<Ty>, bool)> {
    pats.into_iter().map(|p| (p, false)).collect()
}

#[test]
fn bools() {
    let mut p = P::new();
    let exhaustive = arms(vec![p.bool(true), p.bool(false)]);
    assert!(check(&exhaustive, Ty::Bool, PlaceValidity::ValidOnly)
        .witnesses
        .is_empty());
    let only_true = arms(vec![p.bool(true)]);
    assert_eq!(
        check(&only_true, Ty::Bool, PlaceValidity::ValidOnly).witnesses,
        ["false"]
    );
    // With no patterns at all both values are listed, `true` first as rustc does.
    let guarded = vec![(p.wild(Ty::Bool), true)];
    assert_eq!(
        check(&guarded, Ty::Bool, PlaceValidity::ValidOnly).witnesses,
        ["true", "false"]
    );
}

#[test]
fn integer_ranges_are_split() {
    let mut p = P::new();
    let a = arms(vec![p.u8s(0, 9), p.u8s(5, 20), p.u8s(30, 30)]);
    let out = check(&a, Ty::U8, PlaceValidity::ValidOnly);
    assert_eq!(out.witnesses, ["21..=29", "31..=255"]);
    assert!(out.redundant.iter().all(Option::is_none));
}

#[test]
fn redundant_arm_names_what_covers_it() {
    let mut p = P::new();
    let a = arms(vec![p.u8s(0, 5), p.u8s(6, 10), p.u8s(3, 8), p.wild(Ty::U8)]);
    let out = check(&a, Ty::U8, PlaceValidity::ValidOnly);
    assert!(out.witnesses.is_empty());
    // `3..=8` is covered by the two arms above it (uids 0 and 1).
    assert_eq!(out.redundant, [None, None, Some(vec![0, 1]), None]);
}

#[test]
fn relevancy_reports_missing_constructors_only() {
    // `(Some(true), _)` on `(Option<bool>, bool)`: rustc reports `(None, _)`, not also
    // `(Some(false), _)`.
    let mut p = P::new();
    let opt = option(Ty::Bool);
    let t = p.bool(true);
    let some_true = p.variant(&opt, 1, vec![t]);
    let w = p.wild(Ty::Bool);
    let a = arms(vec![p.tuple(vec![some_true, w])]);
    let out = check(&a, Ty::Tuple(vec![opt, Ty::Bool]), PlaceValidity::ValidOnly);
    assert_eq!(out.witnesses, ["(v0, _)"]);
}

#[test]
fn or_pattern_alternatives() {
    let mut p = P::new();
    let one = p.u8s(1, 1);
    let two = p.u8s(2, 2);
    let one_again = p.u8s(1, 1);
    let uid_again = one_again.uid.0;
    let or = p.or(vec![one, two, one_again]);
    let rest = p.wild(Ty::U8);
    let out = check(&arms(vec![or, rest]), Ty::U8, PlaceValidity::ValidOnly);
    assert!(out.witnesses.is_empty());
    assert_eq!(out.redundant, [None, None]);
    assert_eq!(out.redundant_alternatives, [uid_again]);
}

#[test]
fn guards_do_not_count() {
    let mut p = P::new();
    let a = vec![(p.bool(true), true), (p.bool(false), false)];
    assert_eq!(
        check(&a, Ty::Bool, PlaceValidity::ValidOnly).witnesses,
        ["true"]
    );
    // An arm after a guarded one with the same pattern is reachable.
    let b = vec![
        (p.bool(true), true),
        (p.bool(true), false),
        (p.bool(false), false),
    ];
    let out = check(&b, Ty::Bool, PlaceValidity::ValidOnly);
    assert!(out.witnesses.is_empty());
    assert_eq!(out.redundant, [None, None, None]);
}

#[test]
fn empty_types() {
    let mut p = P::new();
    // `match void {}` is exhaustive, even behind a dereference.
    assert!(check(&[], void(), PlaceValidity::ValidOnly)
        .witnesses
        .is_empty());
    assert!(check(&[], void(), PlaceValidity::MaybeInvalid)
        .witnesses
        .is_empty());
    // `Ok(_)` alone covers `Result<u8, Void>` by value, not behind a reference.
    let result = Ty::Enum(vec![vec![Ty::U8], vec![void()]]);
    let w = p.wild(Ty::U8);
    let ok = p.variant(&result, 0, vec![w]);
    assert!(check(
        &arms(vec![ok.clone()]),
        result.clone(),
        PlaceValidity::ValidOnly
    )
    .witnesses
    .is_empty());
    let by_ref = p.reference(ok);
    let out = check(
        &arms(vec![by_ref]),
        Ty::Ref(Box::new(result)),
        PlaceValidity::ValidOnly,
    );
    assert_eq!(out.witnesses, ["&v1(_)"]);
}

#[test]
fn slices() {
    let mut p = P::new();
    let empty = p.slice(Ty::Bool, SliceKind::FixedLen(0), vec![]);
    let w1 = p.wild(Ty::Bool);
    let w2 = p.wild(Ty::Bool);
    let two_or_more = p.slice(Ty::Bool, SliceKind::VarLen(2, 0), vec![w1, w2]);
    let ty = Ty::Slice(Box::new(Ty::Bool));
    assert_eq!(
        check(
            &arms(vec![empty, two_or_more]),
            ty.clone(),
            PlaceValidity::ValidOnly
        )
        .witnesses,
        ["[_]"]
    );
    // `[.., true]` and `[.., false]` miss only the empty slice.
    let t = p.bool(true);
    let ends_true = p.slice(Ty::Bool, SliceKind::VarLen(0, 1), vec![t]);
    let f = p.bool(false);
    let ends_false = p.slice(Ty::Bool, SliceKind::VarLen(0, 1), vec![f]);
    assert_eq!(
        check(
            &arms(vec![ends_true, ends_false]),
            ty,
            PlaceValidity::ValidOnly
        )
        .witnesses,
        ["[]"]
    );
}

#[test]
fn int_range_split_marks_presence() {
    let r = range(0, 255);
    let pieces = r.split([range(10, 19), range(15, 30)].into_iter());
    let shown: Vec<(bool, u128, u128)> = pieces
        .iter()
        .map(|(presence, piece)| match (piece.lo, piece.hi) {
            (MaybeInfiniteInt::Finite(lo), MaybeInfiniteInt::Finite(hi)) => {
                (*presence == super::constructor::Presence::Seen, lo, hi)
            }
            _ => (false, 0, 0),
        })
        .collect();
    assert_eq!(
        shown,
        [
            (false, 0, 10),
            (true, 10, 15),
            (true, 15, 20),
            (true, 20, 31),
            (false, 31, 256)
        ]
    );
}

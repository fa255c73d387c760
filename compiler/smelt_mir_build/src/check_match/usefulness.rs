//! The usefulness algorithm (rustc's `rustc_pattern_analysis::usefulness`): given the arms of
//! a match, which arms can match a value no earlier arm matches, and which values no arm
//! matches at all.
//!
//! # Terms
//! The arms form a *matrix*: one row per arm, one column per *place* of the scrutinee under
//! investigation (at first one column, the scrutinee itself). A row is *useful* if some value
//! matches it and no row above it. The match is exhaustive iff a wildcard row added below all
//! arms would not be useful; the values it would match are the *witnesses*.
//!
//! # Algorithm
//! Take the first column. *Split* the constructors of its type against the constructors its
//! patterns use (`ConstructorSet::split`): every piece is either covered by a pattern of the
//! column or by none. The pieces no pattern mentions are handled together as one `Missing`
//! constructor. For each piece `c`, *specialise* the matrix: keep the rows whose head covers
//! `c` (wildcards cover everything), and replace the head by its fields (`Some(p)` becomes
//! `p`, a wildcard becomes as many wildcards as `c` has fields). Recurse. With no columns
//! left, the first unguarded row is useful and the rows below it are not; if no unguarded
//! row is left, the wildcard row is useful and the empty tuple is a witness. Witnesses found
//! under `c` are rebuilt into witnesses of the whole column by applying `c` to them
//! (`apply_constructor`); under `Missing`, by each missing constructor filled with wildcards.
//!
//! Or-patterns expand into one row per alternative when they reach the head of a column.
//! Each arm pattern and each alternative of an or-pattern is a *branch*; branches that are not
//! useful are reported as unreachable, with the earlier patterns that cover them
//! (`intersects_at_least` records, for each row, rows above it that share a value).
//!
//! # Relevancy
//! When some constructors of a column are missing, the wildcard row is useful under
//! `Missing` already, and exploring the other constructors cannot find anything the rows
//! with wildcards there would not: those pieces are *irrelevant* for the wildcard row and for
//! rows with a wildcard in that column. Skipping them keeps the analysis from blowing up and
//! decides which witnesses are reported (only the missing constructors), so it is kept exactly
//! as rustc has it.
//!
//! # Empty types
//! A place of a type with no values needs no arm when it is known to hold a valid value (the
//! scrutinee and places reached from it without going through a reference or a union field);
//! behind a reference the value may be invalid and an arm (`_`) is required, except at the top
//! of `match x {}` on an empty type.

use std::fmt;

use rustc_hash::FxHashMap;

use super::constructor::{Constructor, ConstructorSet};
use super::pat::{DeconstructedPat, PatOrWild, PatUid, WitnessPat};

/// The type system the analysis runs against.
pub trait PatCx {
    type Ty: Clone + fmt::Debug;
    /// The number of fields of `ctor` for a value of type `ty`.
    fn ctor_arity(&self, ctor: &Constructor, ty: &Self::Ty) -> usize;
    /// The types of the fields of `ctor`, each with whether it is a private field of empty
    /// type (whose emptiness the match must not observe).
    fn ctor_sub_tys(&self, ctor: &Constructor, ty: &Self::Ty) -> Vec<(Self::Ty, bool)>;
    fn ctors_for_ty(&self, ty: &Self::Ty) -> ConstructorSet;
    /// `#![feature(exhaustive_patterns)]`: empty arms may be omitted everywhere.
    fn is_exhaustive_patterns_feature_on(&self) -> bool {
        false
    }
    /// List every missing constructor even where a `_` would do (for tests).
    fn exhaustive_witnesses(&self) -> bool {
        false
    }
}

/// The analysis gave up (rustc's "reached pattern complexity limit").
#[derive(Debug)]
pub struct ComplexityExceeded;

/// Whether a place is known to hold a valid value of its type.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum PlaceValidity {
    ValidOnly,
    MaybeInvalid,
}

impl PlaceValidity {
    fn is_known_valid(self) -> bool {
        self == PlaceValidity::ValidOnly
    }

    /// Validity is kept, except behind a reference or in a union field.
    fn specialize(self, ctor: &Constructor) -> PlaceValidity {
        if matches!(ctor, Constructor::Ref | Constructor::UnionField) {
            PlaceValidity::MaybeInvalid
        } else {
            self
        }
    }
}

/// A set of row indices.
#[derive(Clone, Default, Debug)]
struct RowSet(Vec<u64>);

impl RowSet {
    fn insert(&mut self, i: usize) {
        let (word, bit) = (i / 64, i % 64);
        if self.0.len() <= word {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << bit;
    }

    /// Inserts `0..end`.
    fn insert_below(&mut self, end: usize) {
        for i in 0..end {
            self.insert(i);
        }
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

/// What the analysis knows of a place (a column).
#[derive(Clone, Debug)]
struct PlaceInfo<Ty> {
    ty: Ty,
    /// A private field of empty type: the column is skipped.
    private_uninhabited: bool,
    validity: PlaceValidity,
    /// The scrutinee itself, not a place inside it.
    is_scrutinee: bool,
}

impl<Ty: Clone + fmt::Debug> PlaceInfo<Ty> {
    /// The places of the fields of `ctor`.
    fn specialize<Cx: PatCx<Ty = Ty>>(&self, cx: &Cx, ctor: &Constructor) -> Vec<PlaceInfo<Ty>> {
        let validity = self.validity.specialize(ctor);
        cx.ctor_sub_tys(ctor, &self.ty)
            .into_iter()
            .map(|(ty, private_uninhabited)| PlaceInfo {
                ty,
                private_uninhabited,
                validity,
                is_scrutinee: false,
            })
            .collect()
    }

    /// Splits the constructors of the column: returns the constructors to specialise with
    /// (covering the whole type, `Missing` standing for those no pattern mentions) and the
    /// missing constructors to report.
    fn split_column_ctors<'a, Cx: PatCx<Ty = Ty>>(
        &self,
        cx: &Cx,
        ctors: impl Iterator<Item = &'a Constructor> + Clone,
    ) -> (Vec<Constructor>, Vec<Constructor>) {
        if self.private_uninhabited {
            return (vec![Constructor::PrivateUninhabited], Vec::new());
        }
        if ctors.clone().any(|c| matches!(c, Constructor::Or)) {
            return (vec![Constructor::Or], Vec::new());
        }
        let ctors_for_ty = cx.ctors_for_ty(&self.ty);
        // `match x {}` on `!` or an empty enum is accepted even behind a reference.
        let is_toplevel_exception =
            self.is_scrutinee && matches!(ctors_for_ty, ConstructorSet::NoConstructors);
        // An arm for an empty constructor is only reported unreachable where the value is
        // known to be valid (and, without the feature, only at the top).
        let empty_arms_are_unreachable = self.validity.is_known_valid()
            && (is_toplevel_exception || cx.is_exhaustive_patterns_feature_on());
        let can_omit_empty_arms = self.validity.is_known_valid()
            || is_toplevel_exception
            || cx.is_exhaustive_patterns_feature_on();

        let mut split_set = ctors_for_ty.split(ctors);
        let all_missing = split_set.present.is_empty();
        let mut split_ctors = split_set.present;
        if !(split_set.missing.is_empty()
            && (split_set.missing_empty.is_empty() || empty_arms_are_unreachable))
        {
            split_ctors.push(Constructor::Missing);
        }
        let mut missing_ctors = split_set.missing;
        if !can_omit_empty_arms {
            missing_ctors.append(&mut split_set.missing_empty);
        }
        // Inside the scrutinee, when no constructor is mentioned, `_` says it best; at the
        // top every missing constructor is listed.
        let report_individual_missing_ctors = self.is_scrutinee || !all_missing;
        if !missing_ctors.is_empty() && !report_individual_missing_ctors {
            missing_ctors = vec![Constructor::Wildcard];
        } else if missing_ctors.iter().any(|c| c.is_non_exhaustive()) && !cx.exhaustive_witnesses()
        {
            // A `_` is needed anyway; listing other constructors would be noise.
            missing_ctors = vec![Constructor::NonExhaustive];
        }
        (split_ctors, missing_ctors)
    }
}

/// A row's patterns.
struct PatStack<'p, Ty> {
    pats: Vec<PatOrWild<'p, Ty>>,
    /// False when, for this row, the values being explored are already handled by a more
    /// general case (see "Relevancy" above).
    relevant: bool,
}

impl<Ty> Clone for PatStack<'_, Ty> {
    fn clone(&self) -> Self {
        PatStack {
            pats: self.pats.clone(),
            relevant: self.relevant,
        }
    }
}

impl<'p, Ty: Clone + fmt::Debug> PatStack<'p, Ty> {
    fn head(&self) -> PatOrWild<'p, Ty> {
        self.pats[0]
    }

    fn expand_or_pat(&self) -> impl Iterator<Item = PatStack<'p, Ty>> + '_ {
        self.head().expand_or_pat().into_iter().map(move |pat| {
            let mut new = self.clone();
            new.pats[0] = pat;
            new
        })
    }

    /// `specialize(ctor, self)`; `ctor` must be covered by the head's constructor.
    fn pop_head_constructor(
        &self,
        ctor: &Constructor,
        arity: usize,
        ctor_is_relevant: bool,
    ) -> PatStack<'p, Ty> {
        let head = self.head();
        let mut pats = head.specialize(ctor, arity);
        pats.extend_from_slice(&self.pats[1..]);
        let relevant = !matches!(head.ctor(), Constructor::Wildcard) || ctor_is_relevant;
        PatStack {
            pats,
            relevant: self.relevant && relevant,
        }
    }
}

struct MatrixRow<'p, Ty> {
    pats: PatStack<'p, Ty>,
    /// The arm has a guard (inherited by specialisation).
    is_under_guard: bool,
    /// The row of the parent matrix this row comes from (the arm, at the top).
    parent_row: usize,
    useful: bool,
    /// Some rows above this one that share a value with it (an underapproximation).
    intersects_at_least: RowSet,
    /// The head is a branch pattern: an arm's pattern or an alternative of an or-pattern.
    head_is_branch: bool,
}

impl<'p, Ty: Clone + fmt::Debug> MatrixRow<'p, Ty> {
    fn head(&self) -> PatOrWild<'p, Ty> {
        self.pats.head()
    }
}

struct Matrix<'p, Ty> {
    rows: Vec<MatrixRow<'p, Ty>>,
    place_info: Vec<PlaceInfo<Ty>>,
    wildcard_row_is_relevant: bool,
}

impl<'p, Ty: Clone + fmt::Debug> Matrix<'p, Ty> {
    fn new(arms: &[MatchArm<'p, Ty>], scrut_ty: Ty, validity: PlaceValidity) -> Self {
        let place = PlaceInfo {
            ty: scrut_ty,
            private_uninhabited: false,
            validity,
            is_scrutinee: true,
        };
        let mut matrix = Matrix {
            rows: Vec::with_capacity(arms.len()),
            place_info: vec![place],
            wildcard_row_is_relevant: true,
        };
        for (i, arm) in arms.iter().enumerate() {
            matrix.push(MatrixRow {
                pats: PatStack {
                    pats: vec![PatOrWild::Pat(arm.pat)],
                    relevant: true,
                },
                is_under_guard: arm.has_guard,
                parent_row: i,
                useful: false,
                intersects_at_least: RowSet::default(),
                head_is_branch: true,
            });
        }
        matrix
    }

    fn push(&mut self, mut row: MatrixRow<'p, Ty>) {
        row.intersects_at_least = RowSet::default();
        self.rows.push(row);
    }

    fn heads(&self) -> impl Iterator<Item = PatOrWild<'p, Ty>> + Clone + '_ {
        self.rows.iter().map(|r| r.head())
    }

    /// `specialize(ctor, self)`: the rows whose head covers `ctor`, with the head replaced by
    /// its fields. Specialising with `Or` expands or-patterns instead.
    fn specialize_constructor<Cx: PatCx<Ty = Ty>>(
        &self,
        cx: &Cx,
        ctor: &Constructor,
        ctor_is_relevant: bool,
    ) -> Matrix<'p, Ty> {
        if matches!(ctor, Constructor::Or) {
            let mut matrix = Matrix {
                rows: Vec::new(),
                place_info: self.place_info.clone(),
                wildcard_row_is_relevant: self.wildcard_row_is_relevant,
            };
            for (i, row) in self.rows.iter().enumerate() {
                let is_or_pat = row.head().is_or_pat();
                for pats in row.pats.expand_or_pat() {
                    matrix.push(MatrixRow {
                        pats,
                        is_under_guard: row.is_under_guard,
                        parent_row: i,
                        useful: false,
                        intersects_at_least: RowSet::default(),
                        head_is_branch: is_or_pat,
                    });
                }
            }
            return matrix;
        }
        let sub_places = self.place_info[0].specialize(cx, ctor);
        let arity = sub_places.len();
        let place_info = sub_places
            .into_iter()
            .chain(self.place_info[1..].iter().cloned())
            .collect();
        let mut matrix = Matrix {
            rows: Vec::new(),
            place_info,
            wildcard_row_is_relevant: self.wildcard_row_is_relevant && ctor_is_relevant,
        };
        for (i, row) in self.rows.iter().enumerate() {
            if ctor.is_covered_by(row.head().ctor()) {
                matrix.push(MatrixRow {
                    pats: row.pats.pop_head_constructor(ctor, arity, ctor_is_relevant),
                    is_under_guard: row.is_under_guard,
                    parent_row: i,
                    useful: false,
                    intersects_at_least: RowSet::default(),
                    head_is_branch: false,
                });
            }
        }
        matrix
    }

    /// Carries usefulness and intersections found in `specialized` back to the parent rows.
    fn unspecialize(&mut self, specialized: Matrix<'p, Ty>) {
        for child in &specialized.rows {
            let parent_id = child.parent_row;
            self.rows[parent_id].useful |= child.useful;
            for other in child.intersects_at_least.iter() {
                let other_parent = specialized.rows[other].parent_row;
                // Or-pattern alternatives of one row may intersect each other.
                if other_parent != parent_id {
                    self.rows[parent_id]
                        .intersects_at_least
                        .insert(other_parent);
                }
            }
        }
    }
}

/// Witness patterns being rebuilt, one per column, in reverse order.
struct WitnessStack<Ty>(Vec<WitnessPat<Ty>>);

impl<Ty: Clone> Clone for WitnessStack<Ty> {
    fn clone(&self) -> Self {
        WitnessStack(self.0.clone())
    }
}

impl<Ty: Clone + fmt::Debug> WitnessStack<Ty> {
    /// Undoes a specialisation by `ctor`: its fields (the last `arity` patterns) become one
    /// pattern. A union witness with several fields becomes one witness per field.
    fn apply_constructor<Cx: PatCx<Ty = Ty>>(
        mut self,
        cx: &Cx,
        ty: &Ty,
        ctor: &Constructor,
    ) -> Vec<WitnessStack<Ty>> {
        let len = self.0.len();
        let arity = cx.ctor_arity(ctor, ty).min(len);
        let fields: Vec<WitnessPat<Ty>> = self.0.drain((len - arity)..).rev().collect();
        if matches!(ctor, Constructor::UnionField)
            && fields
                .iter()
                .filter(|p| !matches!(p.ctor, Constructor::Wildcard))
                .count()
                >= 2
        {
            self.0
                .push(WitnessPat::wild_from_ctor(cx, ctor.clone(), ty.clone()));
            fields
                .into_iter()
                .enumerate()
                .filter(|(_, p)| !matches!(p.ctor, Constructor::Wildcard))
                .map(|(i, p)| {
                    let mut ret = self.clone();
                    if let Some(last) = ret.0.last_mut() {
                        last.fields[i] = p;
                    }
                    ret
                })
                .collect()
        } else {
            self.0.push(WitnessPat {
                ctor: ctor.clone(),
                fields,
                ty: ty.clone(),
            });
            vec![self]
        }
    }
}

/// A set of witnesses: together with the matrix they came from, they cover the type.
struct WitnessMatrix<Ty>(Vec<WitnessStack<Ty>>);

impl<Ty: Clone + fmt::Debug> WitnessMatrix<Ty> {
    fn empty() -> Self {
        WitnessMatrix(Vec::new())
    }

    /// One witness with no columns: `()`.
    fn unit_witness() -> Self {
        WitnessMatrix(vec![WitnessStack(Vec::new())])
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn apply_constructor<Cx: PatCx<Ty = Ty>>(
        &mut self,
        cx: &Cx,
        ty: &Ty,
        missing_ctors: &[Constructor],
        ctor: &Constructor,
    ) {
        if self.is_empty() || matches!(ctor, Constructor::Or) {
            return;
        }
        if matches!(ctor, Constructor::Missing) {
            let mut ret = Vec::new();
            for missing in missing_ctors {
                let pat = WitnessPat::wild_from_ctor(cx, missing.clone(), ty.clone());
                for w in &self.0 {
                    let mut w = w.clone();
                    w.0.push(pat.clone());
                    ret.push(w);
                }
            }
            self.0 = ret;
        } else {
            for w in std::mem::take(&mut self.0) {
                self.0.extend(w.apply_constructor(cx, ty, ctor));
            }
        }
    }
}

/// Whether a branch pattern is useful and, if not, which earlier patterns cover it.
struct BranchPatUsefulness<'p, Ty> {
    useful: bool,
    covered_by: Vec<&'p DeconstructedPat<Ty>>,
}

impl<Ty> Default for BranchPatUsefulness<'_, Ty> {
    fn default() -> Self {
        BranchPatUsefulness {
            useful: false,
            covered_by: Vec::new(),
        }
    }
}

impl<'p, Ty: Clone + fmt::Debug> BranchPatUsefulness<'p, Ty> {
    /// Takes in what `row` learnt. Every value of a useless row that the analysis explored
    /// is matched by a useful row above it that it recorded as intersecting, and the values
    /// it skipped are matched by rows that match a smaller explored value: so the recorded
    /// intersecting rows cover it.
    fn update(&mut self, row: &MatrixRow<'p, Ty>, matrix: &Matrix<'p, Ty>) {
        self.useful |= row.useful;
        for row_id in row.intersects_at_least.iter() {
            let other = &matrix.rows[row_id];
            if other.useful && !other.is_under_guard {
                if let PatOrWild::Pat(p) = other.head() {
                    if !self.covered_by.iter().any(|q| q.uid == p.uid) {
                        self.covered_by.push(p);
                    }
                }
            }
        }
    }

    fn is_redundant(&self) -> Option<RedundancyExplanation<'p, Ty>> {
        if self.useful {
            return None;
        }
        let mut covered_by = self.covered_by.clone();
        covered_by.sort_by_key(|p| p.uid);
        Some(RedundancyExplanation { covered_by })
    }
}

/// Why a pattern is unreachable: the earlier patterns that together match all its values
/// (each of them shares a value with it). Empty when the pattern matches no value at all.
#[derive(Clone, Debug)]
pub struct RedundancyExplanation<'p, Ty> {
    pub covered_by: Vec<&'p DeconstructedPat<Ty>>,
}

#[derive(Clone, Debug)]
pub enum Usefulness<'p, Ty> {
    /// The arm is useful; these alternatives of its or-patterns are not.
    Useful(Vec<(&'p DeconstructedPat<Ty>, RedundancyExplanation<'p, Ty>)>),
    /// No value reaches the arm.
    Redundant(RedundancyExplanation<'p, Ty>),
}

pub struct MatchArm<'p, Ty> {
    pub pat: &'p DeconstructedPat<Ty>,
    pub has_guard: bool,
}

pub struct UsefulnessReport<'p, Ty> {
    /// Per arm, in order: its pattern and whether it is useful.
    pub arm_usefulness: Vec<(&'p DeconstructedPat<Ty>, Usefulness<'p, Ty>)>,
    /// Empty iff the match is exhaustive.
    pub non_exhaustiveness_witnesses: Vec<WitnessPat<Ty>>,
}

struct UsefulnessCtxt<'a, 'p, Cx: PatCx> {
    cx: &'a Cx,
    branch_usefulness: FxHashMap<PatUid, BranchPatUsefulness<'p, Cx::Ty>>,
    complexity_limit: usize,
    complexity_level: usize,
}

/// The core of the algorithm (see the module documentation): computes the witnesses of
/// `matrix` and marks its useful rows.
fn compute_exhaustiveness_and_usefulness<'p, Cx: PatCx>(
    mcx: &mut UsefulnessCtxt<'_, 'p, Cx>,
    matrix: &mut Matrix<'p, Cx::Ty>,
) -> Result<WitnessMatrix<Cx::Ty>, ComplexityExceeded> {
    if !matrix.wildcard_row_is_relevant && matrix.rows.iter().all(|r| !r.pats.relevant) {
        // Nothing below can change a result.
        return Ok(WitnessMatrix::empty());
    }
    let Some(place) = matrix.place_info.first().cloned() else {
        mcx.complexity_level += matrix.rows.len();
        if mcx.complexity_level > mcx.complexity_limit {
            return Err(ComplexityExceeded);
        }
        // No columns: the first unguarded row is useful, and the rows above it stay useful
        // too because guards may fail.
        let mut useful = true;
        for (i, row) in matrix.rows.iter_mut().enumerate() {
            row.useful = useful;
            row.intersects_at_least.insert_below(i);
            useful &= row.is_under_guard;
        }
        return Ok(if useful && matrix.wildcard_row_is_relevant {
            WitnessMatrix::unit_witness()
        } else {
            WitnessMatrix::empty()
        });
    };

    let heads: Vec<PatOrWild<'p, Cx::Ty>> = matrix.heads().collect();
    let (split_ctors, missing_ctors) =
        place.split_column_ctors(mcx.cx, heads.iter().map(|p| p.ctor()));
    let ty = place.ty.clone();
    let mut ret = WitnessMatrix::empty();
    for ctor in split_ctors {
        // A present constructor is irrelevant for the wildcard row when something is
        // missing: `Missing` matches fewer rows and finds the same witnesses.
        let ctor_is_relevant = matches!(ctor, Constructor::Missing)
            || missing_ctors.is_empty()
            || mcx.cx.exhaustive_witnesses();
        let mut spec_matrix = matrix.specialize_constructor(mcx.cx, &ctor, ctor_is_relevant);
        let mut witnesses = compute_exhaustiveness_and_usefulness(mcx, &mut spec_matrix)?;
        witnesses.apply_constructor(mcx.cx, &ty, &missing_ctors, &ctor);
        ret.0.extend(witnesses.0);
        matrix.unspecialize(spec_matrix);
    }

    for row in &matrix.rows {
        if row.head_is_branch {
            if let PatOrWild::Pat(pat) = row.head() {
                let entry = mcx.branch_usefulness.entry(pat.uid).or_default();
                entry.update(row, matrix);
            }
        }
    }
    Ok(ret)
}

/// Checks a match: the usefulness of each arm and the witnesses of non-exhaustiveness.
pub fn compute_match_usefulness<'p, Cx: PatCx>(
    cx: &Cx,
    arms: &[MatchArm<'p, Cx::Ty>],
    scrut_ty: Cx::Ty,
    scrut_validity: PlaceValidity,
    complexity_limit: usize,
) -> Result<UsefulnessReport<'p, Cx::Ty>, ComplexityExceeded> {
    let mut mcx = UsefulnessCtxt {
        cx,
        branch_usefulness: FxHashMap::default(),
        complexity_limit,
        complexity_level: 0,
    };
    let mut matrix = Matrix::new(arms, scrut_ty, scrut_validity);
    let witnesses = compute_exhaustiveness_and_usefulness(&mut mcx, &mut matrix)?;
    let non_exhaustiveness_witnesses = witnesses
        .0
        .into_iter()
        .filter_map(|mut w| w.0.pop())
        .collect();
    let arm_usefulness = arms
        .iter()
        .map(|arm| {
            let redundant = mcx.branch_usefulness.get(&arm.pat.uid).map_or(
                Some(RedundancyExplanation {
                    covered_by: Vec::new(),
                }),
                |u| u.is_redundant(),
            );
            let usefulness = match redundant {
                Some(explanation) => Usefulness::Redundant(explanation),
                None => {
                    let mut redundant_subpats = Vec::new();
                    arm.pat.walk(&mut |subpat| match mcx
                        .branch_usefulness
                        .get(&subpat.uid)
                        .and_then(|u| u.is_redundant())
                    {
                        Some(explanation) => {
                            redundant_subpats.push((subpat, explanation));
                            false
                        }
                        None => true,
                    });
                    Usefulness::Useful(redundant_subpats)
                }
            };
            (arm.pat, usefulness)
        })
        .collect();
    Ok(UsefulnessReport {
        arm_usefulness,
        non_exhaustiveness_witnesses,
    })
}

//! Constructors: the ways a value of a type can be built, as pattern analysis sees them.
//!
//! A pattern is a constructor applied to subpatterns (`Some(_)` is `Some` applied to `_`,
//! `(a, b)` is the tuple constructor applied to two fields, `3..=5` is a range constructor with
//! no fields). Integer ranges, slice lengths and floats stand for many constructors at once;
//! *splitting* (`ConstructorSet::split`) cuts them into pieces that are either wholly inside
//! or wholly outside each pattern of a column, so that specialisation can treat each piece as
//! one constructor.
//!
//! Integers of every type are encoded in `u128` so that the encoding's order is the type's
//! order: signed values have their sign bit flipped (`-128i8` is `0`, `127i8` is `255`).
//! `isize` and `usize` have no observable minimum or maximum (rustc's RFC 2591), so their
//! ranges go to infinities.

use std::cmp::{max, min, Ordering};
use std::rc::Rc;

use smelt_span::IndexVec;
use smelt_ty::VariantIdx;

/// Whether a split piece of a constructor is covered by some pattern of the column.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Presence {
    Unseen,
    Seen,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RangeEnd {
    Included,
    Excluded,
}

/// A possibly infinite integer, encoded so that `u128` order is the type's order.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum MaybeInfiniteInt {
    NegInfinity,
    /// Encoded value: build with `new_finite_uint` or `new_finite_int`.
    Finite(u128),
    PosInfinity,
}

impl MaybeInfiniteInt {
    pub fn new_finite_uint(bits: u128) -> Self {
        MaybeInfiniteInt::Finite(bits)
    }

    /// `bits` are the value's bits truncated to `size` bits.
    pub fn new_finite_int(bits: u128, size: u64) -> Self {
        MaybeInfiniteInt::Finite(bits ^ (1u128 << (size - 1)))
    }

    pub fn as_finite_uint(self) -> Option<u128> {
        match self {
            MaybeInfiniteInt::Finite(bits) => Some(bits),
            _ => None,
        }
    }

    pub fn as_finite_int(self, size: u64) -> Option<u128> {
        match self {
            MaybeInfiniteInt::Finite(bits) => Some(bits ^ (1u128 << (size - 1))),
            _ => None,
        }
    }

    /// Never turns a finite value into an infinite one or back.
    pub fn minus_one(self) -> Option<Self> {
        match self {
            MaybeInfiniteInt::Finite(n) => n.checked_sub(1).map(MaybeInfiniteInt::Finite),
            x => Some(x),
        }
    }

    /// `u128::MAX` becomes `PosInfinity`.
    pub fn plus_one(self) -> Option<Self> {
        match self {
            MaybeInfiniteInt::Finite(n) => match n.checked_add(1) {
                Some(m) => Some(MaybeInfiniteInt::Finite(m)),
                None => Some(MaybeInfiniteInt::PosInfinity),
            },
            x => Some(x),
        }
    }
}

/// A non-empty interval of integers `lo..hi` (exclusive end).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct IntRange {
    /// Never `PosInfinity`.
    pub lo: MaybeInfiniteInt,
    /// Never `NegInfinity`.
    pub hi: MaybeInfiniteInt,
}

impl IntRange {
    /// Only finite ranges of one value are singletons (`255u8..` is not detected as one).
    pub fn is_singleton(&self) -> bool {
        self.lo.plus_one() == Some(self.hi)
    }

    /// `x` must be finite.
    pub fn from_singleton(x: MaybeInfiniteInt) -> IntRange {
        IntRange {
            lo: x,
            hi: x.plus_one().unwrap_or(MaybeInfiniteInt::PosInfinity),
        }
    }

    /// The range `lo..hi` or `lo..=hi`; `None` when it is empty (a user error reported when
    /// the pattern is lowered).
    pub fn from_range(
        lo: MaybeInfiniteInt,
        hi: MaybeInfiniteInt,
        end: RangeEnd,
    ) -> Option<IntRange> {
        let hi = match end {
            RangeEnd::Included => hi.plus_one()?,
            RangeEnd::Excluded => hi,
        };
        if lo >= hi || lo == MaybeInfiniteInt::PosInfinity || hi == MaybeInfiniteInt::NegInfinity {
            return None;
        }
        Some(IntRange { lo, hi })
    }

    pub fn is_subrange(&self, other: &IntRange) -> bool {
        other.lo <= self.lo && self.hi <= other.hi
    }

    fn intersection(&self, other: &IntRange) -> Option<IntRange> {
        if self.lo < other.hi && other.lo < self.hi {
            Some(IntRange {
                lo: max(self.lo, other.lo),
                hi: min(self.hi, other.hi),
            })
        } else {
            None
        }
    }

    /// Cuts `self` into pieces so that no piece straddles the boundary of a column range, and
    /// says for each piece whether some column range covers it. Boundaries are counted like
    /// parentheses: between two boundaries the count of open ranges tells presence.
    pub fn split(
        &self,
        column_ranges: impl Iterator<Item = IntRange>,
    ) -> Vec<(Presence, IntRange)> {
        let mut boundaries: Vec<(MaybeInfiniteInt, isize)> = column_ranges
            .filter_map(|r| self.intersection(&r))
            .flat_map(|r| [(r.lo, 1), (r.hi, -1)])
            .collect();
        boundaries.sort_unstable();
        let mut out = Vec::new();
        let mut count = 0isize;
        let mut prev = self.lo;
        for (bdy, delta) in boundaries.into_iter().chain(std::iter::once((self.hi, 0))) {
            if prev != bdy {
                let presence = if count > 0 {
                    Presence::Seen
                } else {
                    Presence::Unseen
                };
                out.push((presence, IntRange { lo: prev, hi: bdy }));
            }
            prev = bdy;
            count += delta;
        }
        out
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum SliceKind {
    /// `[a, b]`: exactly this many elements.
    FixedLen(usize),
    /// `[a, .., z]`: at least prefix + suffix elements.
    VarLen(usize, usize),
}

impl SliceKind {
    pub fn arity(self) -> usize {
        match self {
            SliceKind::FixedLen(n) => n,
            SliceKind::VarLen(prefix, suffix) => prefix + suffix,
        }
    }

    fn covers_length(self, len: usize) -> bool {
        match self {
            SliceKind::FixedLen(n) => n == len,
            SliceKind::VarLen(prefix, suffix) => prefix + suffix <= len,
        }
    }
}

/// The constructor of array and slice patterns.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct Slice {
    /// `Some(n)` for arrays of length `n`, `None` for slices.
    pub array_len: Option<usize>,
    pub kind: SliceKind,
}

impl Slice {
    pub fn new(array_len: Option<usize>, kind: SliceKind) -> Slice {
        let kind = match (array_len, kind) {
            // A `..` of length zero in an array: a fixed-length pattern.
            (Some(len), SliceKind::VarLen(prefix, suffix)) if prefix + suffix >= len => {
                SliceKind::FixedLen(len)
            }
            _ => kind,
        };
        Slice { array_len, kind }
    }

    pub fn arity(self) -> usize {
        self.kind.arity()
    }

    fn is_covered_by(self, other: Slice) -> bool {
        other.kind.covers_length(self.arity())
    }

    /// Splits the lengths `self` covers (a variable-length `self` covers all lengths from its
    /// arity up) against the slice patterns of a column. Above some length `L` all lengths
    /// behave alike: patterns only look at their prefix and suffix, so longer slices just
    /// have more unexamined elements in the middle. `L` is the largest prefix plus the
    /// largest suffix, or one more than the longest fixed-length pattern. Lengths below `L`
    /// become fixed-length constructors, lengths from `L` one variable-length constructor.
    pub fn split(self, column_slices: impl Iterator<Item = Slice>) -> Vec<(Presence, Slice)> {
        let mut max_slice = self.kind;
        let mut min_var_len = usize::MAX;
        let mut seen_fixed_lens: Vec<usize> = Vec::new();
        let smaller_lengths;
        match &mut max_slice {
            SliceKind::VarLen(max_prefix, max_suffix) => {
                // Start at 1: with an empty element type the zero-length slice is special.
                let mut fixed_len_upper_bound = 1;
                for slice in column_slices {
                    match slice.kind {
                        SliceKind::FixedLen(len) => {
                            fixed_len_upper_bound = max(fixed_len_upper_bound, len + 1);
                            seen_fixed_lens.push(len);
                        }
                        SliceKind::VarLen(prefix, suffix) => {
                            *max_prefix = max(*max_prefix, prefix);
                            *max_suffix = max(*max_suffix, suffix);
                            min_var_len = min(min_var_len, prefix + suffix);
                        }
                    }
                }
                if let Some(delta) = fixed_len_upper_bound.checked_sub(*max_prefix + *max_suffix) {
                    *max_prefix += delta;
                }
                if let Some(len) = self.array_len {
                    if max_slice.arity() >= len {
                        max_slice = SliceKind::FixedLen(len);
                    }
                }
                smaller_lengths = match self.array_len {
                    Some(_) => 0..0,
                    None => self.arity()..max_slice.arity(),
                };
            }
            SliceKind::FixedLen(arity) => {
                let arity = *arity;
                for slice in column_slices {
                    match slice.kind {
                        SliceKind::FixedLen(len) => {
                            if len == arity {
                                seen_fixed_lens.push(len);
                            }
                        }
                        SliceKind::VarLen(prefix, suffix) => {
                            min_var_len = min(min_var_len, prefix + suffix)
                        }
                    }
                }
                smaller_lengths = 0..0;
            }
        }
        smaller_lengths
            .map(SliceKind::FixedLen)
            .chain(std::iter::once(max_slice))
            .map(|kind| {
                let arity = kind.arity();
                let seen = if min_var_len <= arity || seen_fixed_lens.contains(&arity) {
                    Presence::Seen
                } else {
                    Presence::Unseen
                };
                (seen, Slice::new(self.array_len, kind))
            })
            .collect()
    }
}

/// How a pattern or value is built at the top.
#[derive(Clone, Debug, PartialEq)]
pub enum Constructor {
    /// Tuples, structs and `box` patterns.
    Struct,
    Variant(VariantIdx),
    /// `&p`, and the implicit dereferences of default binding modes.
    Ref,
    Slice(Slice),
    /// A union pattern (one field named).
    UnionField,
    Bool(bool),
    /// Integers and `char`s: `2`, `2..=5`, `2..5`.
    IntRange(IntRange),
    /// `f32` and `f64` values and ranges (`f32` values are exact in `f64`).
    FloatRange(f64, f64, RangeEnd),
    /// A string literal; a `"s"` pattern is `&` applied to this.
    Str(Rc<str>),
    /// A constant the analysis cannot look into; it only covers itself (same id).
    Opaque(u32),
    /// An or-pattern; its fields are the alternatives.
    Or,
    Wildcard,
    /// Witnesses only: a value of an empty type.
    Never,
    /// Witnesses only: the values of a type that cannot be listed (floats, `str`) or of a
    /// `#[non_exhaustive]` enum of another crate. Printed `_`.
    NonExhaustive,
    /// Specialisation only: the constructors no pattern of the column mentions.
    Missing,
    /// Specialisation only: a field of empty type the pattern cannot see (private); its column
    /// is skipped so that its emptiness is not observed.
    PrivateUninhabited,
}

impl Constructor {
    pub fn is_non_exhaustive(&self) -> bool {
        matches!(self, Constructor::NonExhaustive)
    }

    fn as_variant(&self) -> Option<VariantIdx> {
        match self {
            Constructor::Variant(i) => Some(*i),
            _ => None,
        }
    }

    fn as_bool(&self) -> Option<bool> {
        match self {
            Constructor::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_int_range(&self) -> Option<&IntRange> {
        match self {
            Constructor::IntRange(r) => Some(r),
            _ => None,
        }
    }

    fn as_slice(&self) -> Option<Slice> {
        match self {
            Constructor::Slice(s) => Some(*s),
            _ => None,
        }
    }

    /// Whether every value `self` builds is also built by `other`. `self` comes from
    /// splitting, so it is never a wildcard. Constructors of different types never meet; if
    /// they did, that is a type error already reported, and the answer is `false`.
    pub fn is_covered_by(&self, other: &Constructor) -> bool {
        use Constructor::*;
        match (self, other) {
            (_, Wildcard) => true,
            (PrivateUninhabited, _) => true,
            (Missing | NonExhaustive | Wildcard, _) => false,
            (Struct, Struct) | (Ref, Ref) | (UnionField, UnionField) => true,
            (Variant(a), Variant(b)) => a == b,
            (Bool(a), Bool(b)) => a == b,
            (IntRange(a), IntRange(b)) => a.is_subrange(b),
            (FloatRange(a_lo, a_hi, a_end), FloatRange(b_lo, b_hi, b_end)) => {
                a_lo >= b_lo
                    && match a_hi.partial_cmp(b_hi) {
                        Some(Ordering::Less) => true,
                        Some(Ordering::Equal) => a_end == b_end,
                        _ => false,
                    }
            }
            (Str(a), Str(b)) => a == b,
            (Slice(a), Slice(b)) => a.is_covered_by(*b),
            (Opaque(a), Opaque(b)) => a == b,
            _ => false,
        }
    }
}

/// How a variant shows in the analysis.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum VariantVisibility {
    Visible,
    /// The variant has no values.
    Empty,
}

/// All the constructors of a type.
#[derive(Clone, Debug)]
pub enum ConstructorSet {
    /// A tuple or struct; `empty` when the type has no values.
    Struct {
        empty: bool,
    },
    /// An enum with at least one variant (or a foreign `#[non_exhaustive]` one).
    Variants {
        variants: IndexVec<VariantIdx, VariantVisibility>,
        non_exhaustive: bool,
    },
    Ref,
    Union,
    Bool,
    /// Integers; `range_2` is the second range of `char` (the surrogates are a hole).
    Integers {
        range_1: IntRange,
        range_2: Option<IntRange>,
    },
    /// Arrays (`array_len` known) and slices. With an empty element type every constructor
    /// but the empty slice is empty.
    Slice {
        array_len: Option<usize>,
        subtype_is_empty: bool,
    },
    /// Types whose values cannot be listed: floats, `str`, pointers, type parameters.
    Unlistable,
    /// `!` and empty enums.
    NoConstructors,
}

/// The constructors of a column, split: `present` are covered by some pattern of the column,
/// `missing` are not and have values, `missing_empty` are not and have none. Together they
/// cover the type, and each is either inside or disjoint from every constructor of the column.
#[derive(Debug, Default)]
pub struct SplitConstructorSet {
    pub present: Vec<Constructor>,
    pub missing: Vec<Constructor>,
    pub missing_empty: Vec<Constructor>,
}

impl ConstructorSet {
    /// Whether every constructor of the type is empty (the type has no values).
    pub fn all_empty(&self) -> bool {
        match self {
            ConstructorSet::Bool
            | ConstructorSet::Integers { .. }
            | ConstructorSet::Ref
            | ConstructorSet::Union
            | ConstructorSet::Unlistable => false,
            ConstructorSet::NoConstructors => true,
            ConstructorSet::Struct { empty } => *empty,
            ConstructorSet::Variants {
                variants,
                non_exhaustive,
            } => !*non_exhaustive && variants.iter().all(|v| *v == VariantVisibility::Empty),
            ConstructorSet::Slice {
                array_len,
                subtype_is_empty,
            } => *subtype_is_empty && matches!(array_len, Some(1..)),
        }
    }

    /// Splits the type's constructors against those of a column (see `SplitConstructorSet`).
    pub fn split<'a>(
        &self,
        ctors: impl Iterator<Item = &'a Constructor> + Clone,
    ) -> SplitConstructorSet {
        let mut out = SplitConstructorSet::default();
        // The column's constructors, without wildcards and opaque constants.
        let mut seen = Vec::new();
        for ctor in ctors.cloned() {
            match ctor {
                Constructor::Opaque(..) => out.present.push(ctor),
                Constructor::Wildcard => {}
                _ => seen.push(ctor),
            }
        }
        match self {
            ConstructorSet::Struct { empty } => {
                if !seen.is_empty() {
                    out.present.push(Constructor::Struct);
                } else if *empty {
                    out.missing_empty.push(Constructor::Struct);
                } else {
                    out.missing.push(Constructor::Struct);
                }
            }
            ConstructorSet::Ref => {
                if !seen.is_empty() {
                    out.present.push(Constructor::Ref);
                } else {
                    out.missing.push(Constructor::Ref);
                }
            }
            ConstructorSet::Union => {
                if !seen.is_empty() {
                    out.present.push(Constructor::UnionField);
                } else {
                    out.missing.push(Constructor::UnionField);
                }
            }
            ConstructorSet::Variants {
                variants,
                non_exhaustive,
            } => {
                let mut seen_set = vec![false; variants.len()];
                for idx in seen.iter().filter_map(|c| c.as_variant()) {
                    if let Some(s) = seen_set.get_mut(idx.as_usize()) {
                        *s = true;
                    }
                }
                for (idx, visibility) in variants.iter_enumerated() {
                    let ctor = Constructor::Variant(idx);
                    if seen_set[idx.as_usize()] {
                        out.present.push(ctor);
                    } else {
                        match visibility {
                            VariantVisibility::Visible => out.missing.push(ctor),
                            VariantVisibility::Empty => out.missing_empty.push(ctor),
                        }
                    }
                }
                if *non_exhaustive {
                    out.missing.push(Constructor::NonExhaustive);
                }
            }
            ConstructorSet::Bool => {
                let seen_false = seen.iter().any(|c| c.as_bool() == Some(false));
                let seen_true = seen.iter().any(|c| c.as_bool() == Some(true));
                // rustc lists `true` first.
                for (b, was_seen) in [(true, seen_true), (false, seen_false)] {
                    if was_seen {
                        out.present.push(Constructor::Bool(b));
                    } else {
                        out.missing.push(Constructor::Bool(b));
                    }
                }
            }
            ConstructorSet::Integers { range_1, range_2 } => {
                let seen_ranges: Vec<IntRange> = seen
                    .iter()
                    .filter_map(|c| c.as_int_range())
                    .copied()
                    .collect();
                for range in std::iter::once(range_1).chain(range_2.iter()) {
                    for (presence, piece) in range.split(seen_ranges.iter().copied()) {
                        match presence {
                            Presence::Unseen => out.missing.push(Constructor::IntRange(piece)),
                            Presence::Seen => out.present.push(Constructor::IntRange(piece)),
                        }
                    }
                }
            }
            ConstructorSet::Slice {
                array_len,
                subtype_is_empty,
            } => {
                let seen_slices = seen.iter().filter_map(|c| c.as_slice());
                let base = Slice::new(*array_len, SliceKind::VarLen(0, 0));
                for (presence, piece) in base.split(seen_slices) {
                    let ctor = Constructor::Slice(piece);
                    match presence {
                        Presence::Seen => out.present.push(ctor),
                        Presence::Unseen if *subtype_is_empty && piece.arity() != 0 => {
                            out.missing_empty.push(ctor)
                        }
                        Presence::Unseen => out.missing.push(ctor),
                    }
                }
            }
            ConstructorSet::Unlistable => {
                // The constructors cannot be listed: take those of the column (perhaps some
                // several times) and say the rest is missing.
                out.present.extend(seen);
                out.missing.push(Constructor::NonExhaustive);
            }
            ConstructorSet::NoConstructors => {
                // In a place that may hold an invalid value even an empty type's pattern may
                // be reachable; this stands for that.
                out.missing_empty.push(Constructor::Never);
            }
        }
        out
    }
}

//! Witness patterns as rustc prints them in diagnostics: `None`, `Foo::B { .. }`,
//! `(true, _)`, `&&_`, `[_, _, ..]`, `i32::MIN..=-1_i32`, `'\0'..='@'`.

use smelt_ast::Mutability;
use smelt_ty::{Ty, TyKind, VariantIdx};

use super::constructor::{Constructor, IntRange, MaybeInfiniteInt, SliceKind};
use super::cx::MatchCheckCtxt;
use super::pat::WitnessPat;

/// A range boundary turned back into a value of its type.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Boundary {
    NegInfinity,
    /// The value's bits, truncated to the type's size.
    Finite(u128),
    PosInfinity,
}

impl MatchCheckCtxt<'_> {
    pub fn print_witness_pat(&self, pat: &WitnessPat<Ty>) -> String {
        let tcx = self.tcx;
        match &pat.ctor {
            Constructor::Bool(b) => b.to_string(),
            Constructor::Str(s) => format!("{s:?}"),
            Constructor::IntRange(range) => self.print_pat_range(range, pat.ty),
            Constructor::Struct if matches!(tcx.kind(pat.ty), TyKind::Adt(adt, _) if self.is_box(adt)) =>
            {
                format!(
                    "box {}",
                    pat.fields
                        .first()
                        .map_or("_".to_string(), |f| self.print_witness_pat(f))
                )
            }
            Constructor::Struct | Constructor::Variant(_) | Constructor::UnionField => {
                self.print_struct_like(pat)
            }
            Constructor::Ref => {
                let prefix = match tcx.kind(pat.ty) {
                    TyKind::Ref(_, _, Mutability::Mut) => "&mut ",
                    _ => "&",
                };
                format!(
                    "{prefix}{}",
                    pat.fields
                        .first()
                        .map_or("_".to_string(), |f| self.print_witness_pat(f))
                )
            }
            Constructor::Slice(slice) => {
                let (prefix_len, has_dot_dot) = match slice.kind {
                    SliceKind::FixedLen(len) => (len, false),
                    SliceKind::VarLen(prefix, _) => (prefix, true),
                };
                let split = prefix_len.min(pat.fields.len());
                let (mut prefix, mut suffix) = pat.fields.split_at(split);
                // An array's length is known: wildcards next to the `..` merge into it.
                if has_dot_dot && slice.array_len.is_some() {
                    while let [rest @ .., last] = prefix {
                        if !would_print_as_wildcard(last) {
                            break;
                        }
                        prefix = rest;
                    }
                    while let [first, rest @ ..] = suffix {
                        if !would_print_as_wildcard(first) {
                            break;
                        }
                        suffix = rest;
                    }
                }
                let mut parts: Vec<String> =
                    prefix.iter().map(|p| self.print_witness_pat(p)).collect();
                if has_dot_dot {
                    parts.push("..".to_string());
                }
                parts.extend(suffix.iter().map(|p| self.print_witness_pat(p)));
                format!("[{}]", parts.join(", "))
            }
            Constructor::Never
            | Constructor::Wildcard
            | Constructor::NonExhaustive
            | Constructor::PrivateUninhabited
            | Constructor::Missing
            | Constructor::FloatRange(..)
            | Constructor::Opaque(_)
            | Constructor::Or => "_".to_string(),
        }
    }

    /// Structs, variants, unions and tuples: `S { a: true, .. }`, `E::V(_)`, `(true, _)`.
    fn print_struct_like(&self, pat: &WitnessPat<Ty>) -> String {
        let tcx = self.tcx;
        let fields: Vec<(String, bool)> = pat
            .fields
            .iter()
            .map(|f| (self.print_witness_pat(f), would_print_as_wildcard(f)))
            .collect();
        let TyKind::Adt(adt, _) = tcx.kind(pat.ty) else {
            // A tuple.
            let mut s = format!(
                "({}",
                fields
                    .iter()
                    .map(|(p, _)| p.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            if fields.len() == 1 {
                s.push(',');
            }
            s.push(')');
            return s;
        };
        let def = tcx.adt_def(adt);
        let vi = match pat.ctor {
            Constructor::Variant(vi) => vi,
            _ => VariantIdx::from_u32(0),
        };
        let Some(variant) = def.variants.get(vi) else {
            return "_".to_string();
        };
        let name = if !def.is_enum() {
            tcx.def_path_str(adt)
        } else if self.is_option_or_result(adt) {
            tcx.str(variant.name).to_string()
        } else {
            format!("{}::{}", tcx.def_path_str(adt), tcx.str(variant.name))
        };
        match variant.ctor {
            None => {
                let mut parts: Vec<String> = Vec::new();
                for (i, (p, is_wild)) in fields.iter().enumerate() {
                    if *is_wild {
                        continue;
                    }
                    let field_name = variant
                        .fields
                        .iter()
                        .nth(i)
                        .map_or("_", |f| tcx.str(f.name));
                    parts.push(format!("{field_name}: {p}"));
                }
                let printed = parts.len();
                if printed < variant.fields.len() && (!def.is_union() || printed == 0) {
                    parts.push("..".to_string());
                }
                format!("{name} {{ {} }}", parts.join(", "))
            }
            Some(_) if variant.fields.is_empty() => name,
            Some(_) => format!(
                "{name}({})",
                fields
                    .iter()
                    .map(|(p, _)| p.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    /// Converts an encoded boundary back to a value of `ty`; values beyond the type (the
    /// fictitious `usize::MAX + 1`) are `PosInfinity`.
    fn hoist(&self, x: MaybeInfiniteInt, ty: Ty) -> Boundary {
        let Some((size, signed)) = self.int_bits(ty) else {
            return Boundary::PosInfinity;
        };
        match x {
            MaybeInfiniteInt::NegInfinity => Boundary::NegInfinity,
            MaybeInfiniteInt::PosInfinity => Boundary::PosInfinity,
            MaybeInfiniteInt::Finite(_) => {
                let bits = if signed {
                    x.as_finite_int(size)
                } else {
                    x.as_finite_uint()
                };
                match bits {
                    Some(bits) if size >= 128 || bits >> size == 0 => Boundary::Finite(bits),
                    _ => Boundary::PosInfinity,
                }
            }
        }
    }

    /// `5_i32`, `i32::MIN`, `u8::MAX`, `'a'`.
    fn print_int_value(&self, bits: u128, ty: Ty) -> String {
        let tcx = self.tcx;
        let ty_name = tcx.ty_string(ty);
        let Some((size, signed)) = self.int_bits(ty) else {
            return "_".to_string();
        };
        if let TyKind::Char = tcx.kind(ty) {
            return match char::from_u32(bits as u32) {
                Some(c) => format!("{c:?}"),
                None => format!("{bits}"),
            };
        }
        let max = if size >= 128 {
            u128::MAX
        } else {
            (1u128 << size) - 1
        };
        if signed {
            let shift = 128 - size as u32;
            let value = ((bits << shift) as i128) >> shift;
            let min_bits = 1u128 << (size - 1);
            if bits == min_bits {
                format!("{ty_name}::MIN")
            } else if bits == min_bits - 1 {
                format!("{ty_name}::MAX")
            } else {
                format!("{value}_{ty_name}")
            }
        } else if bits == max {
            format!("{ty_name}::MAX")
        } else {
            format!("{bits}_{ty_name}")
        }
    }

    fn type_max_bits(&self, ty: Ty) -> u128 {
        match self.int_bits(ty) {
            Some((size, true)) => (1u128 << (size - 1)) - 1,
            Some((size, false)) if size < 128 => (1u128 << size) - 1,
            _ => u128::MAX,
        }
    }

    /// A range as an inclusive range pattern where possible.
    pub fn print_pat_range(&self, range: &IntRange, ty: Ty) -> String {
        if range.lo == MaybeInfiniteInt::NegInfinity && range.hi == MaybeInfiniteInt::PosInfinity {
            return "_".to_string();
        }
        if range.is_singleton() {
            return match self.hoist(range.lo, ty) {
                Boundary::Finite(bits) => self.print_int_value(bits, ty),
                _ => "_".to_string(),
            };
        }
        let mut inclusive = true;
        let mut lo = self.hoist(range.lo, ty);
        if lo == Boundary::PosInfinity {
            // The values after `usize::MAX`/`isize::MAX`: shown as `usize::MAX..`.
            lo = Boundary::Finite(self.type_max_bits(ty));
        }
        let hi = match range.hi.minus_one() {
            Some(hi) => hi,
            None => {
                inclusive = false;
                range.hi
            }
        };
        let hi = self.hoist(hi, ty);
        let mut s = String::new();
        if let Boundary::Finite(bits) = lo {
            s.push_str(&self.print_int_value(bits, ty));
        }
        match hi {
            Boundary::Finite(bits) => {
                s.push_str(if inclusive { "..=" } else { ".." });
                s.push_str(&self.print_int_value(bits, ty));
            }
            _ => s.push_str(".."),
        }
        s
    }

    /// Whether the range is one of the fictitious ranges below `isize::MIN` or above
    /// `usize::MAX`/`isize::MAX`.
    pub fn is_range_beyond_boundaries(&self, range: &IntRange, ty: Ty) -> bool {
        self.is_ptr_sized_int(ty)
            && (self.hoist(range.lo, ty) == Boundary::PosInfinity
                || range.hi == MaybeInfiniteInt::Finite(0))
    }
}

/// Whether the witness prints as `_`.
pub fn would_print_as_wildcard<Ty>(p: &WitnessPat<Ty>) -> bool {
    match &p.ctor {
        Constructor::IntRange(r) => {
            r.lo == MaybeInfiniteInt::NegInfinity && r.hi == MaybeInfiniteInt::PosInfinity
        }
        Constructor::Wildcard
        | Constructor::NonExhaustive
        | Constructor::PrivateUninhabited
        | Constructor::Never => true,
        _ => false,
    }
}

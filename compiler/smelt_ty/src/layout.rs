//! Memory layout of monomorphic types: size, alignment, field offsets, how enums store their
//! discriminant, and how values are passed in registers (`BackendRepr`).
//!
//! Smelt's layouts follow rustc's where programs can observe them (`size_of`, `align_of`):
//! primitive sizes, reordering of `repr(Rust)` struct fields to reduce padding (zero-sized
//! fields first, then by decreasing alignment), `repr(C)` in declaration order, enum tags of the
//! smallest integer that holds every discriminant, and the niche optimisation that makes
//! `Option<&T>` and `Option<bool>` as small as `&T` and `bool`.

use std::ops::RangeInclusive;
use std::rc::Rc;

use smelt_ast::{FloatTy, IntTy, UintTy};
use smelt_span::{Idx, IndexVec};

use crate::context::TyCtxt;
use crate::sty::*;

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Integer {
    I8,
    I16,
    I32,
    I64,
    I128,
}

impl Integer {
    pub fn size(self) -> u64 {
        match self {
            Integer::I8 => 1,
            Integer::I16 => 2,
            Integer::I32 => 4,
            Integer::I64 => 8,
            Integer::I128 => 16,
        }
    }

    pub fn from_size(size: u64) -> Option<Integer> {
        Some(match size {
            1 => Integer::I8,
            2 => Integer::I16,
            4 => Integer::I32,
            8 => Integer::I64,
            16 => Integer::I128,
            _ => return None,
        })
    }

    /// The smallest integer holding `min..=max` (signed when `min < 0`).
    pub fn repr_discr(min: i128, max: i128) -> (Integer, bool) {
        let signed = min < 0;
        for int in [Integer::I8, Integer::I16, Integer::I32, Integer::I64] {
            let bits = int.size() * 8;
            let fits = if signed {
                min >= -(1i128 << (bits - 1)) && max < (1i128 << (bits - 1))
            } else {
                (max as u128) < (1u128 << bits)
            };
            if fits {
                return (int, signed);
            }
        }
        (Integer::I128, signed)
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Primitive {
    Int(Integer, bool),
    F32,
    F64,
    Pointer,
}

impl Primitive {
    pub fn size(self, tcx: &TyCtxt) -> u64 {
        match self {
            Primitive::Int(i, _) => i.size(),
            Primitive::F32 => 4,
            Primitive::F64 => 8,
            Primitive::Pointer => tcx.sess.opts.target.pointer_size(),
        }
    }

    pub fn align(self, tcx: &TyCtxt) -> u64 {
        match self {
            Primitive::Int(Integer::I128, _) => tcx.sess.opts.target.i128_align,
            _ => self.size(tcx),
        }
    }
}

/// An inclusive range that may wrap around (`start > end` means it wraps).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct WrappingRange {
    pub start: u128,
    pub end: u128,
}

impl WrappingRange {
    pub fn full(size: u64) -> WrappingRange {
        let max = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size * 8)) - 1
        };
        WrappingRange { start: 0, end: max }
    }

    pub fn is_full_for(&self, size: u64) -> bool {
        let max = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size * 8)) - 1
        };
        self.start == (self.end.wrapping_add(1) & max)
    }

    pub fn contains(&self, v: u128) -> bool {
        if self.start <= self.end {
            self.start <= v && v <= self.end
        } else {
            self.start <= v || v <= self.end
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct Scalar {
    pub value: Primitive,
    pub valid_range: WrappingRange,
}

impl Scalar {
    pub fn size(&self, tcx: &TyCtxt) -> u64 {
        self.value.size(tcx)
    }

    /// How many values outside the valid range there are (the niche's capacity).
    pub fn available(&self, tcx: &TyCtxt) -> u128 {
        let size = self.size(tcx);
        let max = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size * 8)) - 1
        };
        // Number of invalid values: from end+1 to start-1, wrapping.
        self.valid_range
            .start
            .wrapping_sub(self.valid_range.end)
            .wrapping_sub(1)
            & max
    }
}

/// How a value is passed and held by code generation.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum BackendRepr {
    /// No values exist (`!`, empty enums).
    Uninhabited,
    Scalar(Scalar),
    /// Two scalars (fat pointers, `(u32, u32)`-like structs).
    ScalarPair(Scalar, Scalar),
    /// In memory.
    Memory {
        sized: bool,
    },
}

#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum FieldsShape {
    Primitive,
    Union(usize),
    Array {
        stride: u64,
        count: u64,
    },
    /// Offsets in declaration order, and `memory_index[i]`: the position of field `i` in
    /// memory order.
    Arbitrary {
        offsets: Vec<u64>,
        memory_index: Vec<u32>,
    },
}

impl FieldsShape {
    pub fn count(&self) -> usize {
        match self {
            FieldsShape::Primitive => 0,
            FieldsShape::Union(n) => *n,
            FieldsShape::Array { count, .. } => *count as usize,
            FieldsShape::Arbitrary { offsets, .. } => offsets.len(),
        }
    }

    pub fn offset(&self, i: usize) -> u64 {
        match self {
            FieldsShape::Primitive | FieldsShape::Union(_) => 0,
            FieldsShape::Array { stride, .. } => stride * i as u64,
            FieldsShape::Arbitrary { offsets, .. } => offsets[i],
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum TagEncoding {
    /// The tag holds the discriminant.
    Direct,
    /// The untagged variant's niche holds `niche_start + (variant - niche_variants.start)` for
    /// the other variants.
    Niche {
        untagged_variant: VariantIdx,
        niche_variants: RangeInclusive<VariantIdx>,
        niche_start: u128,
    },
}

impl TagEncoding {
    /// The variant a tag value stands for (`bits` already truncated to the tag's `size`
    /// bytes), given the enum's discriminants; `None` for a direct tag no variant has.
    pub fn variant_of(
        &self,
        bits: u128,
        size: u64,
        discriminants: &IndexVec<VariantIdx, i128>,
    ) -> Option<VariantIdx> {
        let mask = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size * 8)) - 1
        };
        match self {
            TagEncoding::Direct => discriminants
                .iter_enumerated()
                .find(|(_, d)| (**d as u128) & mask == bits)
                .map(|(v, _)| v),
            TagEncoding::Niche {
                untagged_variant,
                niche_variants,
                niche_start,
            } => {
                let relative = bits.wrapping_sub(*niche_start) & mask;
                let count =
                    (niche_variants.end().as_u32() - niche_variants.start().as_u32()) as u128;
                Some(if relative <= count {
                    VariantIdx::from_u32(niche_variants.start().as_u32() + relative as u32)
                } else {
                    *untagged_variant
                })
            }
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub enum Variants {
    Single {
        index: VariantIdx,
    },
    Multiple {
        tag: Scalar,
        tag_encoding: TagEncoding,
        tag_field: usize,
        variants: IndexVec<VariantIdx, Rc<Layout>>,
    },
}

/// A place where some values of a field are invalid and can encode other variants.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct Niche {
    pub offset: u64,
    pub scalar: Scalar,
}

#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    pub repr: BackendRepr,
    pub fields: FieldsShape,
    pub variants: Variants,
    pub largest_niche: Option<Niche>,
}

impl Layout {
    pub fn is_zst(&self) -> bool {
        self.size == 0 && self.is_sized()
    }

    pub fn is_sized(&self) -> bool {
        !matches!(self.repr, BackendRepr::Memory { sized: false })
    }

    pub fn is_uninhabited(&self) -> bool {
        matches!(self.repr, BackendRepr::Uninhabited)
    }

    fn scalar(tcx: &TyCtxt, scalar: Scalar) -> Layout {
        let size = scalar.size(tcx);
        let niche = (!scalar.valid_range.is_full_for(size)).then_some(Niche { offset: 0, scalar });
        Layout {
            size,
            align: scalar.value.align(tcx),
            repr: BackendRepr::Scalar(scalar),
            fields: FieldsShape::Primitive,
            variants: Variants::Single {
                index: VariantIdx::from_u32(0),
            },
            largest_niche: niche,
        }
    }

    fn unit() -> Layout {
        Layout {
            size: 0,
            align: 1,
            repr: BackendRepr::Memory { sized: true },
            fields: FieldsShape::Arbitrary {
                offsets: vec![],
                memory_index: vec![],
            },
            variants: Variants::Single {
                index: VariantIdx::from_u32(0),
            },
            largest_niche: None,
        }
    }
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub enum LayoutError {
    /// The type is not monomorphic (a parameter or inference variable remains).
    Unknown(Ty),
    /// The type is larger than the target's address space allows.
    SizeOverflow(Ty),
    /// The type contains an error already reported.
    ReferencesError,
}

fn round_up(n: u64, align: u64) -> u64 {
    n.div_ceil(align) * align
}

fn int_scalar(size: u64, signed: bool) -> Scalar {
    let int = Integer::from_size(size).unwrap_or(Integer::I64);
    Scalar {
        value: Primitive::Int(int, signed),
        valid_range: WrappingRange::full(size),
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum StructKind {
    /// A struct, tuple or closure.
    AlwaysSized,
    /// A struct whose last field may be unsized.
    MaybeUnsized,
    /// An enum variant after a tag of this size and alignment.
    Prefixed(u64, u64),
}

impl TyCtxt {
    /// The layout of a monomorphic, normalized type.
    pub fn layout_of(&self, ty: Ty) -> Result<Rc<Layout>, LayoutError> {
        if let Some(l) = self.caches.layout_of.get(&ty) {
            return l;
        }
        let result = self.compute_layout(ty).map(Rc::new);
        self.caches.layout_of.insert(ty, result.clone());
        result
    }

    fn ptr_scalar(&self, nonnull: bool) -> Scalar {
        let size = self.sess.opts.target.pointer_size();
        let mut range = WrappingRange::full(size);
        if nonnull {
            range.start = 1;
        }
        Scalar {
            value: Primitive::Pointer,
            valid_range: range,
        }
    }

    /// The layout of a pointer to `pointee`: thin, or a pair with length or vtable.
    fn pointer_layout(&self, pointee: Ty, nonnull: bool) -> Result<Layout, LayoutError> {
        let data = self.ptr_scalar(nonnull);
        let pointee = self.normalize_erasing_regions(pointee);
        let meta = match self.kind(self.struct_tail(pointee)) {
            TyKind::Slice(_) | TyKind::Str => {
                Some(int_scalar(self.sess.opts.target.pointer_size(), false))
            }
            TyKind::Dynamic(..) => Some(self.ptr_scalar(true)),
            TyKind::Param(_) | TyKind::Alias(_) | TyKind::Infer(_) => {
                return Err(LayoutError::Unknown(pointee))
            }
            _ => None,
        };
        match meta {
            None => Ok(Layout::scalar(self, data)),
            Some(meta) => {
                let ptr = self.sess.opts.target.pointer_size();
                Ok(Layout {
                    size: ptr * 2,
                    align: ptr,
                    repr: BackendRepr::ScalarPair(data, meta),
                    fields: FieldsShape::Arbitrary {
                        offsets: vec![0, ptr],
                        memory_index: vec![0, 1],
                    },
                    variants: Variants::Single {
                        index: VariantIdx::from_u32(0),
                    },
                    largest_niche: nonnull.then_some(Niche {
                        offset: 0,
                        scalar: data,
                    }),
                })
            }
        }
    }

    /// The last field of the last field... of a struct: what decides whether a pointer to
    /// `ty` is fat.
    pub fn struct_tail(&self, mut ty: Ty) -> Ty {
        for _ in 0..256 {
            match self.kind(ty) {
                TyKind::Adt(def, args) => {
                    let adt = self.adt_def(def);
                    if !adt.is_struct() {
                        return ty;
                    }
                    let variant = adt.non_enum_variant();
                    match variant.fields.raw.last() {
                        Some(f) => ty = self.normalize_erasing_regions(f.ty(self, args)),
                        None => return ty,
                    }
                }
                TyKind::Tuple(tys) => match self.tys(tys).last() {
                    Some(t) => ty = *t,
                    None => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    fn compute_layout(&self, ty: Ty) -> Result<Layout, LayoutError> {
        let ptr = self.sess.opts.target.pointer_size();
        let scalar = |value: Primitive, range: WrappingRange| {
            Ok(Layout::scalar(
                self,
                Scalar {
                    value,
                    valid_range: range,
                },
            ))
        };
        match self.kind(ty) {
            TyKind::Bool => scalar(
                Primitive::Int(Integer::I8, false),
                WrappingRange { start: 0, end: 1 },
            ),
            TyKind::Char => scalar(
                Primitive::Int(Integer::I32, false),
                WrappingRange {
                    start: 0,
                    end: 0x10FFFF,
                },
            ),
            TyKind::Int(i) => {
                let size = match i {
                    IntTy::I8 => 1,
                    IntTy::I16 => 2,
                    IntTy::I32 => 4,
                    IntTy::I64 => 8,
                    IntTy::I128 => 16,
                    IntTy::Isize => ptr,
                };
                Ok(Layout::scalar(self, int_scalar(size, true)))
            }
            TyKind::Uint(u) => {
                let size = match u {
                    UintTy::U8 => 1,
                    UintTy::U16 => 2,
                    UintTy::U32 => 4,
                    UintTy::U64 => 8,
                    UintTy::U128 => 16,
                    UintTy::Usize => ptr,
                };
                Ok(Layout::scalar(self, int_scalar(size, false)))
            }
            TyKind::Float(FloatTy::F32) => scalar(Primitive::F32, WrappingRange::full(4)),
            TyKind::Float(FloatTy::F64) => scalar(Primitive::F64, WrappingRange::full(8)),
            TyKind::Float(_) => Err(LayoutError::Unknown(ty)),
            TyKind::Never => Ok(Layout {
                repr: BackendRepr::Uninhabited,
                ..Layout::unit()
            }),
            TyKind::Ref(_, pointee, _) => self.pointer_layout(pointee, true),
            TyKind::RawPtr(pointee, _) => self.pointer_layout(pointee, false),
            TyKind::FnPtr(_) => Ok(Layout::scalar(self, self.ptr_scalar(true))),
            TyKind::FnDef(..) => Ok(Layout::unit()),
            TyKind::Str | TyKind::Slice(_) => {
                let elem = match self.kind(ty) {
                    TyKind::Slice(e) => self.layout_of(e)?,
                    _ => self.layout_of(self.types.u8)?,
                };
                Ok(Layout {
                    size: 0,
                    align: elem.align,
                    repr: BackendRepr::Memory { sized: false },
                    fields: FieldsShape::Array {
                        stride: elem.size,
                        count: 0,
                    },
                    variants: Variants::Single {
                        index: VariantIdx::from_u32(0),
                    },
                    largest_niche: None,
                })
            }
            TyKind::Dynamic(..) | TyKind::Foreign(_) => Ok(Layout {
                size: 0,
                align: 1,
                repr: BackendRepr::Memory { sized: false },
                fields: FieldsShape::Arbitrary {
                    offsets: vec![],
                    memory_index: vec![],
                },
                variants: Variants::Single {
                    index: VariantIdx::from_u32(0),
                },
                largest_niche: None,
            }),
            TyKind::Array(elem, len) => {
                let count = self.eval_array_len(len).ok_or(LayoutError::Unknown(ty))?;
                let elem_layout = self.layout_of(elem)?;
                let size = elem_layout
                    .size
                    .checked_mul(count)
                    .ok_or(LayoutError::SizeOverflow(ty))?;
                if size > self.max_object_size() {
                    return Err(LayoutError::SizeOverflow(ty));
                }
                let uninhabited = count > 0 && elem_layout.is_uninhabited();
                Ok(Layout {
                    size,
                    align: elem_layout.align,
                    repr: if uninhabited {
                        BackendRepr::Uninhabited
                    } else {
                        BackendRepr::Memory { sized: true }
                    },
                    fields: FieldsShape::Array {
                        stride: elem_layout.size,
                        count,
                    },
                    variants: Variants::Single {
                        index: VariantIdx::from_u32(0),
                    },
                    largest_niche: if count > 0 {
                        elem_layout.largest_niche
                    } else {
                        None
                    },
                })
            }
            TyKind::Tuple(tys) => {
                let fields: Vec<Rc<Layout>> = self
                    .tys(tys)
                    .iter()
                    .map(|t| self.layout_of(*t))
                    .collect::<Result<_, _>>()?;
                self.univariant(&fields, false, StructKind::MaybeUnsized, None)
                    .ok_or(LayoutError::SizeOverflow(ty))
            }
            TyKind::Closure(def, args) => {
                let upvars = self.closure_upvar_tys(def, args);
                let fields: Vec<Rc<Layout>> = upvars
                    .iter()
                    .map(|t| self.layout_of(*t))
                    .collect::<Result<_, _>>()?;
                self.univariant(&fields, false, StructKind::AlwaysSized, None)
                    .ok_or(LayoutError::SizeOverflow(ty))
            }
            TyKind::Adt(def, args) => self.adt_layout(ty, def, args),
            TyKind::Alias(_) => {
                let normalized = self.normalize_erasing_regions(ty);
                if normalized == ty {
                    Err(LayoutError::Unknown(ty))
                } else {
                    self.layout_of(normalized).map(|l| (*l).clone())
                }
            }
            TyKind::Param(_) | TyKind::Infer(_) => Err(LayoutError::Unknown(ty)),
            TyKind::Error => Err(LayoutError::ReferencesError),
        }
    }

    /// The largest object size the target allows (`isize::MAX`).
    pub fn max_object_size(&self) -> u64 {
        if self.sess.opts.target.pointer_width == 64 {
            1 << 47
        } else {
            (1 << 31) - 1
        }
    }

    /// The value of an array length, if it is known.
    pub fn eval_array_len(&self, len: Const) -> Option<u64> {
        match self.const_kind(len) {
            ConstKind::Value(_, v) => Some(v.to_u128() as u64),
            ConstKind::Unevaluated(def, args) => match self.eval_const(def, args) {
                Ok(v) => v.try_to_scalar_int().map(|s| s.to_u128() as u64),
                Err(_) => None,
            },
            _ => None,
        }
    }

    /// The types of a closure's captured variables, in capture order.
    pub fn closure_upvar_tys(&self, _def: smelt_hir::DefId, args: GenericArgs) -> Vec<Ty> {
        let args = self.args(args);
        match args.last().and_then(|a| a.as_type()).map(|t| self.kind(t)) {
            Some(TyKind::Tuple(tys)) => self.tys(tys).to_vec(),
            _ => Vec::new(),
        }
    }

    /// Lays out fields one after another. `repr_c` keeps declaration order; otherwise fields
    /// are reordered. Returns `None` on overflow.
    fn univariant(
        &self,
        fields: &[Rc<Layout>],
        repr_c: bool,
        kind: StructKind,
        pack: Option<u64>,
    ) -> Option<Layout> {
        // After a prefix (an enum's tag), fields start at the prefix's size rounded up to
        // its alignment.
        let (mut offset, mut align) = match kind {
            StructKind::Prefixed(size, align) => (round_up(size, align), align),
            _ => (0, 1),
        };
        let n = fields.len();
        let mut order: Vec<usize> = (0..n).collect();
        let field_align = |f: &Layout| pack.map_or(f.align, |p| f.align.min(p));
        if !repr_c && n > 1 {
            // The last field of a struct may be unsized; it must stay last.
            // As in rustc: the last field of a struct that may be unsized (and of a
            // tuple) stays last, so that `Foo<T>` and `Foo<dyn Trait>` agree.
            let end = if kind == StructKind::MaybeUnsized {
                n - 1
            } else {
                n
            };
            let optimizing = &mut order[..end];
            match kind {
                StructKind::Prefixed(..) => optimizing.sort_by_key(|&i| field_align(&fields[i])),
                _ => optimizing.sort_by_key(|&i| {
                    let f = &fields[i];
                    (f.size != 0, std::cmp::Reverse(field_align(f)))
                }),
            }
        }
        let mut offsets = vec![0u64; n];
        let mut sized = true;
        let mut uninhabited = false;
        let mut largest_niche: Option<Niche> = None;
        for &i in &order {
            let f = &fields[i];
            if !sized {
                return None;
            }
            sized &= f.is_sized();
            uninhabited |= f.is_uninhabited();
            let a = field_align(f);
            align = align.max(a);
            offset = round_up(offset, a);
            offsets[i] = offset;
            if let Some(niche) = f.largest_niche {
                let candidate = Niche {
                    offset: offset + niche.offset,
                    scalar: niche.scalar,
                };
                if largest_niche
                    .is_none_or(|l| candidate.scalar.available(self) > l.scalar.available(self))
                {
                    largest_niche = Some(candidate);
                }
            }
            offset = offset.checked_add(f.size)?;
        }
        let size = round_up(offset, align);
        if size > self.max_object_size() {
            return None;
        }
        let mut memory_index = vec![0u32; n];
        for (pos, &i) in order.iter().enumerate() {
            memory_index[i] = pos as u32;
        }
        // A struct with one non-zero-sized scalar field (or two that form a pair, filling it)
        // is passed like the scalar(s).
        let mut repr = if uninhabited {
            BackendRepr::Uninhabited
        } else {
            BackendRepr::Memory { sized }
        };
        if sized && !uninhabited && pack.is_none() && !matches!(kind, StructKind::Prefixed(..)) {
            let non_zst: Vec<usize> = (0..n).filter(|&i| fields[i].size != 0).collect();
            match non_zst.as_slice() {
                [i] if offsets[*i] == 0 && fields[*i].size == size => match fields[*i].repr {
                    BackendRepr::Scalar(_) | BackendRepr::ScalarPair(..) => repr = fields[*i].repr,
                    _ => {}
                },
                [a, b] => {
                    let (a, b) = if offsets[*a] <= offsets[*b] {
                        (*a, *b)
                    } else {
                        (*b, *a)
                    };
                    if let (BackendRepr::Scalar(sa), BackendRepr::Scalar(sb)) =
                        (fields[a].repr, fields[b].repr)
                    {
                        let b_offset = round_up(sa.size(self), sb.value.align(self));
                        let pair_align = sa.value.align(self).max(sb.value.align(self));
                        let pair_size = round_up(b_offset + sb.size(self), pair_align);
                        if offsets[a] == 0 && offsets[b] == b_offset && size == pair_size {
                            repr = BackendRepr::ScalarPair(sa, sb);
                        }
                    }
                }
                _ => {}
            }
        }
        Some(Layout {
            size,
            align,
            repr,
            fields: FieldsShape::Arbitrary {
                offsets,
                memory_index,
            },
            variants: Variants::Single {
                index: VariantIdx::from_u32(0),
            },
            largest_niche,
        })
    }

    fn adt_layout(
        &self,
        ty: Ty,
        def: smelt_hir::DefId,
        args: GenericArgs,
    ) -> Result<Layout, LayoutError> {
        let adt = self.adt_def(def);
        if adt.is_error {
            return Err(LayoutError::ReferencesError);
        }
        let mut variant_fields: IndexVec<VariantIdx, Vec<Rc<Layout>>> = IndexVec::new();
        for v in &adt.variants {
            let fields = v
                .fields
                .iter()
                .map(|f| self.layout_of(self.normalize_erasing_regions(f.ty(self, args))))
                .collect::<Result<Vec<_>, _>>()?;
            variant_fields.push(fields);
        }
        let repr = adt.repr;
        let pack = repr.packed;
        let overflow = LayoutError::SizeOverflow(ty);
        if adt.is_union() {
            let fields = &variant_fields[VariantIdx::from_u32(0)];
            let mut size = 0;
            let mut align = 1;
            for f in fields {
                size = size.max(f.size);
                align = align.max(pack.map_or(f.align, |p| f.align.min(p)));
            }
            if let Some(a) = repr.align {
                align = align.max(a);
            }
            return Ok(Layout {
                size: round_up(size, align),
                align,
                repr: BackendRepr::Memory { sized: true },
                fields: FieldsShape::Union(fields.len()),
                variants: Variants::Single {
                    index: VariantIdx::from_u32(0),
                },
                largest_niche: None,
            });
        }
        if !adt.is_enum() {
            let fields = &variant_fields[VariantIdx::from_u32(0)];
            let kind = if self.adt_tail_may_be_unsized(def) {
                StructKind::MaybeUnsized
            } else {
                StructKind::AlwaysSized
            };
            let mut layout = self
                .univariant(fields, repr.c, kind, pack)
                .ok_or(overflow)?;
            if let Some(a) = repr.align {
                layout.align = layout.align.max(a);
                layout.size = round_up(layout.size, layout.align);
                if !matches!(layout.repr, BackendRepr::Uninhabited) {
                    layout.repr = BackendRepr::Memory {
                        sized: layout.is_sized(),
                    };
                }
            }
            if let Some(start) = self.scalar_valid_range_start(def) {
                // The one scalar's valid range starts at `start`: a niche below it.
                if let BackendRepr::Scalar(mut scalar) = layout.repr {
                    scalar.valid_range.start = start;
                    layout.repr = BackendRepr::Scalar(scalar);
                    layout.largest_niche = Some(Niche { offset: 0, scalar });
                }
            }
            return Ok(layout);
        }

        // Enums.
        if adt.variants.is_empty() {
            return Ok(Layout {
                repr: BackendRepr::Uninhabited,
                ..Layout::unit()
            });
        }
        let discrs = adt.discriminants(self);
        // A single-variant enum without an explicit representation is laid out as a struct.
        if adt.variants.len() == 1 && repr.int.is_none() && !repr.c {
            let fields = &variant_fields[VariantIdx::from_u32(0)];
            let layout = self
                .univariant(fields, false, StructKind::AlwaysSized, None)
                .ok_or(overflow)?;
            return Ok(layout);
        }

        let (min, max) = discrs.iter().fold((i128::MAX, i128::MIN), |(lo, hi), &d| {
            (lo.min(d), hi.max(d))
        });
        let (tag_int, signed) = match repr.int {
            Some(smelt_hir::IntegerRepr::Signed(i)) => (
                Integer::from_size(self.int_size(i)).unwrap_or(Integer::I64),
                true,
            ),
            Some(smelt_hir::IntegerRepr::Unsigned(u)) => (
                Integer::from_size(self.uint_size(u)).unwrap_or(Integer::I64),
                false,
            ),
            None if repr.c => {
                let (int, signed) = Integer::repr_discr(min, max);
                (int.max(Integer::I32), signed)
            }
            None => Integer::repr_discr(min, max),
        };
        let tag_size = tag_int.size();
        let tag_mask = if tag_size >= 16 {
            u128::MAX
        } else {
            (1u128 << (tag_size * 8)) - 1
        };
        let tag = Scalar {
            value: Primitive::Int(tag_int, signed),
            valid_range: WrappingRange {
                start: (min as u128) & tag_mask,
                end: (max as u128) & tag_mask,
            },
        };

        // Tagged layout: every variant is a struct after the tag.
        let mut variant_layouts: IndexVec<VariantIdx, Rc<Layout>> = IndexVec::new();
        let mut size = tag_size;
        let mut align = tag_int.size().max(1);
        if tag_int == Integer::I128 {
            align = self.sess.opts.target.i128_align;
        }
        let mut all_uninhabited = true;
        // `repr(C)`: a tag followed by a union of the variants' structs, so all variants
        // start at the same offset, aligned for the most aligned field of any of them.
        let prefix_align = if repr.c {
            variant_fields
                .iter()
                .flatten()
                .map(|f| f.align)
                .fold(align, u64::max)
        } else {
            align
        };
        // An explicit representation (`repr(C)`, `repr(u8)`, ...) keeps the fields in
        // declaration order after the tag.
        let keep_order = repr.c || repr.int.is_some();
        for (vi, fields) in variant_fields.iter_enumerated() {
            let mut l = self
                .univariant(
                    fields,
                    keep_order,
                    StructKind::Prefixed(tag_size, prefix_align),
                    pack,
                )
                .ok_or(LayoutError::SizeOverflow(ty))?;
            l.variants = Variants::Single { index: vi };
            size = size.max(l.size);
            align = align.max(l.align);
            all_uninhabited &= l.is_uninhabited();
            variant_layouts.push(Rc::new(l));
        }
        if let Some(a) = repr.align {
            align = align.max(a);
        }
        let size = round_up(size, align);
        let fieldless = variant_fields.iter().all(|f| f.iter().all(|l| l.size == 0));
        let tagged = Layout {
            size,
            align,
            repr: if all_uninhabited {
                BackendRepr::Uninhabited
            } else if fieldless && size == tag_size {
                BackendRepr::Scalar(tag)
            } else {
                BackendRepr::Memory { sized: true }
            },
            fields: FieldsShape::Arbitrary {
                offsets: vec![0],
                memory_index: vec![0],
            },
            variants: Variants::Multiple {
                tag,
                tag_encoding: TagEncoding::Direct,
                tag_field: 0,
                variants: variant_layouts,
            },
            largest_niche: (!tag.valid_range.is_full_for(tag_size)).then_some(Niche {
                offset: 0,
                scalar: tag,
            }),
        };
        if repr.int.is_some() || repr.c {
            return Ok(tagged);
        }
        // rustc's choice: the smaller layout; at equal size, the one with the larger niche;
        // otherwise the tagged one, whose code is simpler.
        let niche_room = |l: &Layout| l.largest_niche.map_or(0, |n| n.scalar.available(self));
        match self.niche_filling_layout(&variant_fields, &discrs) {
            Some(niche)
                if niche.size < tagged.size
                    || (niche.size == tagged.size && niche_room(&tagged) < niche_room(&niche)) =>
            {
                Ok(niche)
            }
            _ => Ok(tagged),
        }
    }

    /// The niche-filling layout of an enum: one variant keeps its data untouched and the
    /// others are encoded as invalid values of a field of it. The other variants' fields must
    /// fit before that field.
    fn niche_filling_layout(
        &self,
        variant_fields: &IndexVec<VariantIdx, Vec<Rc<Layout>>>,
        discrs: &IndexVec<VariantIdx, i128>,
    ) -> Option<Layout> {
        // Niche encoding numbers variants by index; discriminants must follow the indices.
        if discrs
            .iter_enumerated()
            .any(|(i, &d)| d != i.index() as i128)
        {
            return None;
        }
        let mut layouts: IndexVec<VariantIdx, Layout> = IndexVec::new();
        for fields in variant_fields {
            layouts.push(self.univariant(fields, false, StructKind::AlwaysSized, None)?);
        }
        let (untagged, largest) = layouts
            .iter_enumerated()
            .max_by_key(|(i, l)| (l.size, std::cmp::Reverse(i.index())))?;
        let niche = largest.largest_niche?;
        for (i, l) in layouts.iter_enumerated() {
            if i != untagged && l.size > niche.offset && l.size != 0 {
                return None;
            }
        }
        // The variants encoded in the niche: from the first to the last that is not untagged.
        let others: Vec<usize> = layouts
            .indices()
            .filter(|i| *i != untagged)
            .map(|i| i.index())
            .collect();
        let niche_variants_start = VariantIdx::new(*others.first()?);
        let niche_variants_end = VariantIdx::new(*others.last()?);
        if niche.scalar.available(self)
            < (niche_variants_end.index() - niche_variants_start.index() + 1) as u128
        {
            return None;
        }
        let size_bytes = niche.scalar.size(self);
        let mask = if size_bytes >= 16 {
            u128::MAX
        } else {
            (1u128 << (size_bytes * 8)) - 1
        };
        let niche_start = niche.scalar.valid_range.end.wrapping_add(1) & mask;
        let count_in_range =
            (niche_variants_end.index() - niche_variants_start.index() + 1) as u128;
        let new_end = niche_start.wrapping_add(count_in_range - 1) & mask;
        let tag = Scalar {
            value: niche.scalar.value,
            valid_range: WrappingRange {
                start: niche.scalar.valid_range.start,
                end: new_end,
            },
        };
        let size = largest.size;
        let align = layouts.iter().map(|l| l.align).max().unwrap_or(1);
        let variant_layouts: IndexVec<VariantIdx, Rc<Layout>> = layouts
            .into_iter()
            .enumerate()
            .map(|(i, mut l)| {
                l.variants = Variants::Single {
                    index: VariantIdx::new(i),
                };
                Rc::new(l)
            })
            .collect();
        let untagged_layout = &variant_layouts[untagged];
        let others_zst = variant_layouts
            .iter_enumerated()
            .all(|(i, l)| i == untagged || l.size == 0);
        let repr = match untagged_layout.repr {
            BackendRepr::Scalar(_) if others_zst => BackendRepr::Scalar(tag),
            _ if variant_layouts.iter().all(|l| l.is_uninhabited()) => BackendRepr::Uninhabited,
            _ => BackendRepr::Memory { sized: true },
        };
        let remaining = Niche {
            offset: niche.offset,
            scalar: tag,
        };
        Some(Layout {
            size: round_up(size, align),
            align,
            repr,
            fields: FieldsShape::Arbitrary {
                offsets: vec![niche.offset],
                memory_index: vec![0],
            },
            variants: Variants::Multiple {
                tag,
                tag_encoding: TagEncoding::Niche {
                    untagged_variant: untagged,
                    niche_variants: niche_variants_start..=niche_variants_end,
                    niche_start,
                },
                tag_field: 0,
                variants: variant_layouts,
            },
            largest_niche: (remaining.scalar.available(self) > 0).then_some(remaining),
        })
    }

    /// Whether a struct's last field, as declared, may be unsized (`T: ?Sized`, `[T]`,
    /// `str`, `dyn Trait`, or a struct ending in one).
    fn adt_tail_may_be_unsized(&self, def: smelt_hir::DefId) -> bool {
        let adt = self.adt_def(def);
        let Some(last) = adt
            .variants
            .iter()
            .next()
            .and_then(|v| v.fields.iter().last())
        else {
            return false;
        };
        let declared =
            crate::Instantiate::instantiate(self.type_of(last.did), self, self.identity_args(def));
        match self.kind(self.struct_tail(declared)) {
            TyKind::Slice(_) | TyKind::Str | TyKind::Dynamic(..) => true,
            TyKind::Param(p) => {
                let sized = self.lang_item(smelt_hir::LangItem::Sized);
                !self.predicates_of(def).iter().any(|c| match c {
                    crate::sty::Clause::Trait(tr) => {
                        Some(tr.def_id) == sized && matches!(self.kind(self.trait_ref_self_ty(*tr)), TyKind::Param(q) if q.index == p.index)
                    }
                    _ => false,
                })
            }
            _ => false,
        }
    }

    fn scalar_valid_range_start(&self, def: smelt_hir::DefId) -> Option<u128> {
        self.hir
            .owner(def)
            .and_then(|o| o.attrs().scalar_valid_range_start)
    }

    pub fn int_size(&self, i: IntTy) -> u64 {
        match i {
            IntTy::I8 => 1,
            IntTy::I16 => 2,
            IntTy::I32 => 4,
            IntTy::I64 => 8,
            IntTy::I128 => 16,
            IntTy::Isize => self.sess.opts.target.pointer_size(),
        }
    }

    pub fn uint_size(&self, u: UintTy) -> u64 {
        match u {
            UintTy::U8 => 1,
            UintTy::U16 => 2,
            UintTy::U32 => 4,
            UintTy::U64 => 8,
            UintTy::U128 => 16,
            UintTy::Usize => self.sess.opts.target.pointer_size(),
        }
    }
}

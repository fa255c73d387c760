//! Typed indices and the vectors they address (`IndexVec`), as in rustc_index and Cranelift's
//! `PrimaryMap`: IR nodes live in arenas and refer to each other by `u32` newtypes.

use std::fmt;
use std::hash::Hash;
use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

/// A `u32` newtype usable as an index into an [`IndexVec`].
pub trait Idx: Copy + Eq + Hash + fmt::Debug + 'static {
    fn new(index: usize) -> Self;
    fn index(self) -> usize;
}

impl Idx for usize {
    fn new(index: usize) -> Self {
        index
    }
    fn index(self) -> usize {
        self
    }
}

impl Idx for u32 {
    fn new(index: usize) -> Self {
        index as u32
    }
    fn index(self) -> usize {
        self as usize
    }
}

/// Declares a `u32` index newtype. The optional display prefix makes `Display` print the
/// index the way the IR dumps name it (`bb3`, `_7`).
#[macro_export]
macro_rules! newtype_index {
    ($(#[$attr:meta])* $vis:vis struct $name:ident; $($prefix:literal)?) => {
        $(#[$attr])*
        #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis struct $name(u32);

        impl $name {
            #[inline]
            pub const fn from_u32(value: u32) -> Self {
                $name(value)
            }
            #[inline]
            pub const fn as_u32(self) -> u32 {
                self.0
            }
            #[inline]
            pub const fn as_usize(self) -> usize {
                self.0 as usize
            }
        }

        impl ::std::default::Default for $name {
            fn default() -> Self {
                $name(0)
            }
        }

        impl $crate::index::Idx for $name {
            #[inline]
            fn new(index: usize) -> Self {
                assert!(index < u32::MAX as usize, "index overflow");
                $name(index as u32)
            }
            #[inline]
            fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::newtype_index!(@fmt f, self.0, stringify!($name) $(, $prefix)?)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                $crate::newtype_index!(@fmt f, self.0, stringify!($name) $(, $prefix)?)
            }
        }
    };
    (@fmt $f:ident, $v:expr, $name:expr, $prefix:literal) => {
        write!($f, "{}{}", $prefix, $v)
    };
    (@fmt $f:ident, $v:expr, $name:expr) => {
        write!($f, "{}({})", $name, $v)
    };
}

/// A vector indexed by a typed index.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct IndexVec<I: Idx, T> {
    pub raw: Vec<T>,
    _marker: PhantomData<fn(&I)>,
}

impl<I: Idx, T> Default for IndexVec<I, T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<I: Idx, T: fmt::Debug> fmt::Debug for IndexVec<I, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter_enumerated()).finish()
    }
}

impl<I: Idx, T> IndexVec<I, T> {
    pub const fn new() -> Self {
        IndexVec {
            raw: Vec::new(),
            _marker: PhantomData,
        }
    }

    pub fn from_raw(raw: Vec<T>) -> Self {
        IndexVec {
            raw,
            _marker: PhantomData,
        }
    }

    pub fn with_capacity(capacity: usize) -> Self {
        Self::from_raw(Vec::with_capacity(capacity))
    }

    pub fn from_elem_n(elem: T, n: usize) -> Self
    where
        T: Clone,
    {
        Self::from_raw(vec![elem; n])
    }

    /// Appends `value` and returns its index.
    pub fn push(&mut self, value: T) -> I {
        let index = I::new(self.raw.len());
        self.raw.push(value);
        index
    }

    /// The index the next `push` will return.
    pub fn next_index(&self) -> I {
        I::new(self.raw.len())
    }

    pub fn len(&self) -> usize {
        self.raw.len()
    }

    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    pub fn get(&self, index: I) -> Option<&T> {
        self.raw.get(index.index())
    }

    pub fn get_mut(&mut self, index: I) -> Option<&mut T> {
        self.raw.get_mut(index.index())
    }

    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.raw.iter()
    }

    pub fn iter_mut(&mut self) -> std::slice::IterMut<'_, T> {
        self.raw.iter_mut()
    }

    pub fn iter_enumerated(&self) -> impl DoubleEndedIterator<Item = (I, &T)> + ExactSizeIterator {
        self.raw.iter().enumerate().map(|(i, t)| (I::new(i), t))
    }

    pub fn iter_enumerated_mut(&mut self) -> impl Iterator<Item = (I, &mut T)> {
        self.raw.iter_mut().enumerate().map(|(i, t)| (I::new(i), t))
    }

    pub fn indices(&self) -> impl DoubleEndedIterator<Item = I> + ExactSizeIterator + 'static {
        (0..self.raw.len()).map(I::new)
    }

    pub fn last_index(&self) -> Option<I> {
        self.raw.len().checked_sub(1).map(I::new)
    }

    /// Grows the vector with `fill` until `index` is valid.
    pub fn ensure_contains(&mut self, index: I, fill: impl FnMut() -> T) {
        let min_len = index.index() + 1;
        if self.raw.len() < min_len {
            self.raw.resize_with(min_len, fill);
        }
    }

    /// Two disjoint mutable elements.
    pub fn pick2_mut(&mut self, a: I, b: I) -> (&mut T, &mut T) {
        let (ai, bi) = (a.index(), b.index());
        assert!(ai != bi);
        if ai < bi {
            let (l, r) = self.raw.split_at_mut(bi);
            (&mut l[ai], &mut r[0])
        } else {
            let (l, r) = self.raw.split_at_mut(ai);
            (&mut r[0], &mut l[bi])
        }
    }
}

impl<I: Idx, T> Index<I> for IndexVec<I, T> {
    type Output = T;
    #[inline]
    fn index(&self, index: I) -> &T {
        &self.raw[index.index()]
    }
}

impl<I: Idx, T> IndexMut<I> for IndexVec<I, T> {
    #[inline]
    fn index_mut(&mut self, index: I) -> &mut T {
        &mut self.raw[index.index()]
    }
}

impl<I: Idx, T> FromIterator<T> for IndexVec<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(iter: It) -> Self {
        Self::from_raw(iter.into_iter().collect())
    }
}

impl<I: Idx, T> IntoIterator for IndexVec<I, T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.raw.into_iter()
    }
}

impl<'a, I: Idx, T> IntoIterator for &'a IndexVec<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.raw.iter()
    }
}

/// A dense set of indices.
#[derive(Clone, PartialEq, Eq)]
pub struct BitSet<I: Idx> {
    words: Vec<u64>,
    domain: usize,
    _marker: PhantomData<fn(&I)>,
}

impl<I: Idx> fmt::Debug for BitSet<I> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<I: Idx> BitSet<I> {
    pub fn new_empty(domain: usize) -> Self {
        BitSet {
            words: vec![0; domain.div_ceil(64)],
            domain,
            _marker: PhantomData,
        }
    }

    pub fn new_filled(domain: usize) -> Self {
        let mut set = Self::new_empty(domain);
        for i in 0..domain {
            set.insert(I::new(i));
        }
        set
    }

    pub fn domain_size(&self) -> usize {
        self.domain
    }

    pub fn contains(&self, elem: I) -> bool {
        let i = elem.index();
        i < self.domain && self.words[i / 64] & (1 << (i % 64)) != 0
    }

    /// Returns whether the set changed.
    pub fn insert(&mut self, elem: I) -> bool {
        let i = elem.index();
        assert!(i < self.domain, "BitSet index out of domain");
        let word = &mut self.words[i / 64];
        let old = *word;
        *word |= 1 << (i % 64);
        *word != old
    }

    /// Returns whether the set changed.
    pub fn remove(&mut self, elem: I) -> bool {
        let i = elem.index();
        if i >= self.domain {
            return false;
        }
        let word = &mut self.words[i / 64];
        let old = *word;
        *word &= !(1 << (i % 64));
        *word != old
    }

    pub fn clear(&mut self) {
        self.words.iter_mut().for_each(|w| *w = 0);
    }

    /// Returns whether the set changed.
    pub fn union(&mut self, other: &BitSet<I>) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let old = *a;
            *a |= *b;
            changed |= *a != old;
        }
        changed
    }

    /// Returns whether the set changed.
    pub fn intersect(&mut self, other: &BitSet<I>) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let old = *a;
            *a &= *b;
            changed |= *a != old;
        }
        changed
    }

    /// Returns whether the set changed.
    pub fn subtract(&mut self, other: &BitSet<I>) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let old = *a;
            *a &= !*b;
            changed |= *a != old;
        }
        changed
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|w| *w == 0)
    }

    pub fn iter(&self) -> impl Iterator<Item = I> + '_ {
        self.words.iter().enumerate().flat_map(|(wi, &word)| {
            let mut w = word;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let bit = w.trailing_zeros() as usize;
                w &= w - 1;
                Some(I::new(wi * 64 + bit))
            })
        })
    }
}

//! Iterating over ranges of integers and `char`s.
//!
//! As in Rust's `core`, the iterator impls are generic over `Step` (one impl of `Iterator`
//! for `Range<A>`): with a single impl, `<Range<{integer}> as Iterator>::Item` normalizes to
//! the literal's type variable, so `(1..4).map(|x| x * 2).collect::<Vec<u32>>()` infers
//! `u32` for the literals.

use super::traits::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::ops::{Range, RangeFrom, RangeInclusive};

/// Types with successor and predecessor operations (the elements of iterable ranges).
pub trait Step: Clone + PartialOrd + Sized {
    /// The number of successor steps from `start` to `end` (`(n, Some(n))`), or
    /// `(usize::MAX, None)` if it does not fit a `usize`; `(0, Some(0))` if `end < start`.
    fn steps_between(start: &Self, end: &Self) -> (usize, Option<usize>);

    fn forward_checked(start: Self, count: usize) -> Option<Self>;

    fn backward_checked(start: Self, count: usize) -> Option<Self>;

    /// The `count`-th successor; overflow panics where overflow checks are on.
    fn forward(start: Self, count: usize) -> Self;

    /// The `count`-th successor, known not to overflow.
    fn forward_unchecked(start: Self, count: usize) -> Self;

    /// The `count`-th predecessor, known not to overflow.
    fn backward_unchecked(start: Self, count: usize) -> Self;
}

macro_rules! step_integer {
    ($($t:ident)*) => {$(
        impl Step for $t {
            #[inline]
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    let diff = (*end as i128).wrapping_sub(*start as i128) as u128;
                    if diff <= usize::MAX as u128 {
                        (diff as usize, Some(diff as usize))
                    } else {
                        (usize::MAX, None)
                    }
                } else {
                    (0, Some(0))
                }
            }

            #[inline]
            fn forward_checked(start: $t, count: usize) -> Option<$t> {
                let v = (start as i128).checked_add(count as i128)?;
                if v > $t::MAX as i128 { None } else { Some(v as $t) }
            }

            #[inline]
            fn backward_checked(start: $t, count: usize) -> Option<$t> {
                let v = (start as i128).checked_sub(count as i128)?;
                if v < $t::MIN as i128 { None } else { Some(v as $t) }
            }

            #[inline]
            #[rustc_inherit_overflow_checks]
            fn forward(start: $t, count: usize) -> $t {
                if Self::forward_checked(start, count).is_none() {
                    // Panics with "attempt to add with overflow" where checks are on.
                    let _ = $t::MAX + 1;
                }
                (start as i128).wrapping_add(count as i128) as $t
            }

            #[inline]
            fn forward_unchecked(start: $t, count: usize) -> $t {
                (start as i128 + count as i128) as $t
            }

            #[inline]
            fn backward_unchecked(start: $t, count: usize) -> $t {
                (start as i128 - count as i128) as $t
            }
        }
    )*};
}

step_integer! { u8 u16 u32 u64 usize i8 i16 i32 i64 isize }

// 128-bit integers: differences may not fit in `i128`.
macro_rules! step_integer_128 {
    ($($t:ident)*) => {$(
        impl Step for $t {
            #[inline]
            fn steps_between(start: &$t, end: &$t) -> (usize, Option<usize>) {
                if *start <= *end {
                    match end.checked_sub(*start) {
                        Some(d) if d as u128 <= usize::MAX as u128 => (d as usize, Some(d as usize)),
                        _ => (usize::MAX, None),
                    }
                } else {
                    (0, Some(0))
                }
            }

            #[inline]
            fn forward_checked(start: $t, count: usize) -> Option<$t> {
                start.checked_add(count as $t)
            }

            #[inline]
            fn backward_checked(start: $t, count: usize) -> Option<$t> {
                start.checked_sub(count as $t)
            }

            #[inline]
            #[rustc_inherit_overflow_checks]
            fn forward(start: $t, count: usize) -> $t {
                start + count as $t
            }

            #[inline]
            fn forward_unchecked(start: $t, count: usize) -> $t {
                start.wrapping_add(count as $t)
            }

            #[inline]
            fn backward_unchecked(start: $t, count: usize) -> $t {
                start.wrapping_sub(count as $t)
            }
        }
    )*};
}

step_integer_128! { u128 i128 }

impl Step for char {
    #[inline]
    fn steps_between(start: &char, end: &char) -> (usize, Option<usize>) {
        let (s, e) = (*start as u32, *end as u32);
        if s <= e {
            let mut n = e - s;
            // The surrogate gap is not part of the range.
            if s < 0xD800 && 0xE000 <= e {
                n -= 0x800;
            }
            (n as usize, Some(n as usize))
        } else {
            (0, Some(0))
        }
    }

    #[inline]
    fn forward_checked(start: char, count: usize) -> Option<char> {
        let s = start as u32;
        let mut v = s.checked_add(count as u32)?;
        if s < 0xD800 && 0xD800 <= v {
            v = v.checked_add(0x800)?;
        }
        crate::char::from_u32(v)
    }

    #[inline]
    fn backward_checked(start: char, count: usize) -> Option<char> {
        let s = start as u32;
        let mut v = s.checked_sub(count as u32)?;
        if s >= 0xE000 && 0xE000 > v {
            v = v.checked_sub(0x800)?;
        }
        crate::char::from_u32(v)
    }

    #[inline]
    fn forward(start: char, count: usize) -> char {
        match Self::forward_checked(start, count) {
            Some(c) => c,
            None => panic!("overflow in `Step::forward`"),
        }
    }

    #[inline]
    fn forward_unchecked(start: char, count: usize) -> char {
        match Self::forward_checked(start, count) {
            Some(c) => c,
            None => start,
        }
    }

    #[inline]
    fn backward_unchecked(start: char, count: usize) -> char {
        match Self::backward_checked(start, count) {
            Some(c) => c,
            None => start,
        }
    }
}

impl<A: Step> Iterator for Range<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.start < self.end {
            let n = self.start.clone();
            self.start = Step::forward_unchecked(n.clone(), 1);
            Some(n)
        } else {
            None
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.start < self.end { Step::steps_between(&self.start, &self.end) } else { (0, Some(0)) }
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<A> {
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            if plus_n < self.end {
                self.start = Step::forward_unchecked(plus_n.clone(), 1);
                return Some(plus_n);
            }
        }
        self.start = self.end.clone();
        None
    }

    #[inline]
    fn count(self) -> usize {
        self.size_hint().0
    }
}

impl<A: Step> DoubleEndedIterator for Range<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.start < self.end {
            self.end = Step::backward_unchecked(self.end.clone(), 1);
            Some(self.end.clone())
        } else {
            None
        }
    }
}

macro_rules! exact_size_range {
    ($($t:ident)*) => {$(
        impl ExactSizeIterator for Range<$t> {}
    )*};
}

macro_rules! exact_size_range_inclusive {
    ($($t:ident)*) => {$(
        impl ExactSizeIterator for RangeInclusive<$t> {}
    )*};
}

// As in Rust: only where the length always fits a `usize` on 16-bit targets (an inclusive
// range has one more element than its span).
exact_size_range! { u8 u16 i8 i16 u32 i32 usize isize }
exact_size_range_inclusive! { u8 u16 i8 i16 }

impl<A: Step> Iterator for RangeFrom<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        let n = self.start.clone();
        self.start = Step::forward(n.clone(), 1);
        Some(n)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (usize::MAX, None)
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<A> {
        let plus_n = Step::forward(self.start.clone(), n);
        self.start = Step::forward(plus_n.clone(), 1);
        Some(plus_n)
    }
}

impl<A: Step> Iterator for RangeInclusive<A> {
    type Item = A;

    #[inline]
    fn next(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.start.clone();
        if n < self.end {
            self.start = Step::forward_unchecked(n.clone(), 1);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.exhausted || !(self.start <= self.end) {
            return (0, Some(0));
        }
        let (lo, hi) = Step::steps_between(&self.start, &self.end);
        (lo.saturating_add(1), hi.and_then(|h| h.checked_add(1)))
    }

    #[inline]
    fn count(self) -> usize {
        self.size_hint().0
    }

    /// Steps `n` forward at once (what `step_by` relies on), not one at a time.
    #[inline]
    fn nth(&mut self, n: usize) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if let Some(plus_n) = Step::forward_checked(self.start.clone(), n) {
            if plus_n < self.end {
                self.start = Step::forward_unchecked(plus_n.clone(), 1);
                return Some(plus_n);
            }
            if plus_n == self.end {
                self.start = plus_n.clone();
                self.exhausted = true;
                return Some(plus_n);
            }
        }
        self.start = self.end.clone();
        self.exhausted = true;
        None
    }
}

impl<A: Step> DoubleEndedIterator for RangeInclusive<A> {
    #[inline]
    fn next_back(&mut self) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let n = self.end.clone();
        if self.start < n {
            self.end = Step::backward_unchecked(n.clone(), 1);
        } else {
            self.exhausted = true;
        }
        Some(n)
    }

    #[inline]
    fn nth_back(&mut self, n: usize) -> Option<A> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        if let Some(minus_n) = Step::backward_checked(self.end.clone(), n) {
            if minus_n > self.start {
                self.end = Step::backward_unchecked(minus_n.clone(), 1);
                return Some(minus_n);
            }
            if minus_n == self.start {
                self.end = minus_n.clone();
                self.exhausted = true;
                return Some(minus_n);
            }
        }
        self.end = self.start.clone();
        self.exhausted = true;
        None
    }
}

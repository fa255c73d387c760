//! The iteration traits.

use super::adapters::*;
use crate::cmp::Ordering;
use crate::ops::Try;

#[lang = "iterator"]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub trait Iterator {
    type Item;

    #[lang = "next"]
    fn next(&mut self) -> Option<Self::Item>;

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, None)
    }

    #[inline]
    fn count(self) -> usize
    where
        Self: Sized,
    {
        let mut n = 0;
        let mut it = self;
        while let Some(_) = it.next() {
            n += 1;
        }
        n
    }

    #[inline]
    fn last(self) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut last = None;
        let mut it = self;
        while let Some(x) = it.next() {
            last = Some(x);
        }
        last
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<Self::Item> {
        let mut n = n;
        while n > 0 {
            self.next()?;
            n -= 1;
        }
        self.next()
    }

    #[inline]
    fn step_by(self, step: usize) -> StepBy<Self>
    where
        Self: Sized,
    {
        StepBy::new(self, step)
    }

    #[inline]
    fn chain<U: IntoIterator<Item = Self::Item>>(self, other: U) -> Chain<Self, U::IntoIter>
    where
        Self: Sized,
    {
        Chain::new(self, other.into_iter())
    }

    #[inline]
    fn zip<U: IntoIterator>(self, other: U) -> Zip<Self, U::IntoIter>
    where
        Self: Sized,
    {
        Zip::new(self, other.into_iter())
    }

    #[inline]
    fn map<B, F: FnMut(Self::Item) -> B>(self, f: F) -> Map<Self, F>
    where
        Self: Sized,
    {
        Map::new(self, f)
    }

    #[inline]
    fn for_each<F: FnMut(Self::Item)>(self, f: F)
    where
        Self: Sized,
    {
        let mut f = f;
        let mut it = self;
        while let Some(x) = it.next() {
            f(x);
        }
    }

    #[inline]
    fn filter<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> Filter<Self, P>
    where
        Self: Sized,
    {
        Filter::new(self, predicate)
    }

    #[inline]
    fn filter_map<B, F: FnMut(Self::Item) -> Option<B>>(self, f: F) -> FilterMap<Self, F>
    where
        Self: Sized,
    {
        FilterMap::new(self, f)
    }

    #[inline]
    fn enumerate(self) -> Enumerate<Self>
    where
        Self: Sized,
    {
        Enumerate::new(self)
    }

    #[inline]
    fn peekable(self) -> Peekable<Self>
    where
        Self: Sized,
    {
        Peekable::new(self)
    }

    #[inline]
    fn skip_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> SkipWhile<Self, P>
    where
        Self: Sized,
    {
        SkipWhile::new(self, predicate)
    }

    #[inline]
    fn take_while<P: FnMut(&Self::Item) -> bool>(self, predicate: P) -> TakeWhile<Self, P>
    where
        Self: Sized,
    {
        TakeWhile::new(self, predicate)
    }

    #[inline]
    fn skip(self, n: usize) -> Skip<Self>
    where
        Self: Sized,
    {
        Skip::new(self, n)
    }

    #[inline]
    fn take(self, n: usize) -> Take<Self>
    where
        Self: Sized,
    {
        Take::new(self, n)
    }

    #[inline]
    fn flat_map<U: IntoIterator, F: FnMut(Self::Item) -> U>(self, f: F) -> FlatMap<Self, U, F>
    where
        Self: Sized,
    {
        FlatMap::new(self, f)
    }

    #[inline]
    fn flatten(self) -> Flatten<Self>
    where
        Self: Sized,
        Self::Item: IntoIterator,
    {
        Flatten::new(self)
    }

    #[inline]
    fn fuse(self) -> Fuse<Self>
    where
        Self: Sized,
    {
        Fuse::new(self)
    }

    #[inline]
    fn inspect<F: FnMut(&Self::Item)>(self, f: F) -> Inspect<Self, F>
    where
        Self: Sized,
    {
        Inspect::new(self, f)
    }

    #[inline]
    fn by_ref(&mut self) -> &mut Self
    where
        Self: Sized,
    {
        self
    }

    #[inline]
    fn collect<B: FromIterator<Self::Item>>(self) -> B
    where
        Self: Sized,
    {
        FromIterator::from_iter(self)
    }

    #[inline]
    fn fold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B
    where
        Self: Sized,
    {
        let mut f = f;
        let mut acc = init;
        let mut it = self;
        while let Some(x) = it.next() {
            acc = f(acc, x);
        }
        acc
    }

    #[inline]
    fn reduce<F: FnMut(Self::Item, Self::Item) -> Self::Item>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut it = self;
        let first = it.next()?;
        Some(it.fold(first, f))
    }

    #[inline]
    fn all<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if !f(x) {
                return false;
            }
        }
        true
    }

    #[inline]
    fn any<F: FnMut(Self::Item) -> bool>(&mut self, f: F) -> bool
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if f(x) {
                return true;
            }
        }
        false
    }

    #[inline]
    fn find<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }

    #[inline]
    fn find_map<B, F: FnMut(Self::Item) -> Option<B>>(&mut self, f: F) -> Option<B>
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            if let Some(b) = f(x) {
                return Some(b);
            }
        }
        None
    }

    #[inline]
    fn position<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized,
    {
        let mut predicate = predicate;
        let mut i = 0;
        while let Some(x) = self.next() {
            if predicate(x) {
                return Some(i);
            }
            i += 1;
        }
        None
    }

    #[inline]
    fn max(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        let mut it = self;
        let mut best = it.next()?;
        while let Some(x) = it.next() {
            if x >= best {
                best = x;
            }
        }
        Some(best)
    }

    #[inline]
    fn min(self) -> Option<Self::Item>
    where
        Self: Sized,
        Self::Item: Ord,
    {
        let mut it = self;
        let mut best = it.next()?;
        while let Some(x) = it.next() {
            if x < best {
                best = x;
            }
        }
        Some(best)
    }

    #[inline]
    fn max_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut f = f;
        let mut it = self;
        let mut best = it.next()?;
        let mut best_key = f(&best);
        while let Some(x) = it.next() {
            let k = f(&x);
            if k >= best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }

    #[inline]
    fn min_by_key<B: Ord, F: FnMut(&Self::Item) -> B>(self, f: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut f = f;
        let mut it = self;
        let mut best = it.next()?;
        let mut best_key = f(&best);
        while let Some(x) = it.next() {
            let k = f(&x);
            if k < best_key {
                best = x;
                best_key = k;
            }
        }
        Some(best)
    }

    #[inline]
    fn max_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut compare = compare;
        let mut it = self;
        let mut best = it.next()?;
        while let Some(x) = it.next() {
            if compare(&x, &best) != Ordering::Less {
                best = x;
            }
        }
        Some(best)
    }

    #[inline]
    fn min_by<F: FnMut(&Self::Item, &Self::Item) -> Ordering>(self, compare: F) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut compare = compare;
        let mut it = self;
        let mut best = it.next()?;
        while let Some(x) = it.next() {
            if compare(&x, &best) == Ordering::Less {
                best = x;
            }
        }
        Some(best)
    }

    #[inline]
    fn rposition<P: FnMut(Self::Item) -> bool>(&mut self, predicate: P) -> Option<usize>
    where
        Self: Sized + ExactSizeIterator + DoubleEndedIterator,
    {
        let mut predicate = predicate;
        let mut i = self.len();
        while let Some(x) = self.next_back() {
            i -= 1;
            if predicate(x) {
                return Some(i);
            }
        }
        None
    }

    /// Applies `f` to an accumulator and each element while `f` continues; the first break
    /// (`None`, `Err`, `ControlFlow::Break`) is returned at once.
    #[inline]
    fn try_fold<B, F: FnMut(B, Self::Item) -> R, R: Try<Output = B>>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
    {
        let mut f = f;
        let mut acc = init;
        while let Some(x) = self.next() {
            acc = f(acc, x)?;
        }
        R::from_output(acc)
    }

    /// Calls `f` on each element until it breaks.
    #[inline]
    fn try_for_each<F: FnMut(Self::Item) -> R, R: Try<Output = ()>>(&mut self, f: F) -> R
    where
        Self: Sized,
    {
        let mut f = f;
        while let Some(x) = self.next() {
            f(x)?;
        }
        R::from_output(())
    }

    /// Splits the elements into those for which `f` holds and the others.
    #[inline]
    fn partition<B: Default + Extend<Self::Item>, F: FnMut(&Self::Item) -> bool>(self, f: F) -> (B, B)
    where
        Self: Sized,
    {
        let mut f = f;
        let mut left: B = Default::default();
        let mut right: B = Default::default();
        let mut it = self;
        while let Some(x) = it.next() {
            if f(&x) {
                left.extend(Some(x));
            } else {
                right.extend(Some(x));
            }
        }
        (left, right)
    }

    /// Splits an iterator of pairs into two collections.
    #[inline]
    fn unzip<A, B, FromA: Default + Extend<A>, FromB: Default + Extend<B>>(self) -> (FromA, FromB)
    where
        Self: Sized + Iterator<Item = (A, B)>,
    {
        let mut unzipped: (FromA, FromB) = (Default::default(), Default::default());
        unzipped.extend(self);
        unzipped
    }

    /// Like `map`, with a mutable state the closure sees; stops when the closure returns `None`.
    #[inline]
    fn scan<St, B, F: FnMut(&mut St, Self::Item) -> Option<B>>(self, initial_state: St, f: F) -> Scan<Self, St, F>
    where
        Self: Sized,
    {
        Scan::new(self, initial_state, f)
    }

    /// Repeats the iterator endlessly (from a clone of it as it was).
    #[inline]
    fn cycle(self) -> Cycle<Self>
    where
        Self: Sized + Clone,
    {
        Cycle::new(self)
    }

    #[inline]
    fn rev(self) -> Rev<Self>
    where
        Self: Sized + DoubleEndedIterator,
    {
        Rev::new(self)
    }

    #[inline]
    fn sum<S: Sum<Self::Item>>(self) -> S
    where
        Self: Sized,
    {
        Sum::sum(self)
    }

    #[inline]
    fn product<P: Product<Self::Item>>(self) -> P
    where
        Self: Sized,
    {
        Product::product(self)
    }

    #[inline]
    fn copied<'a, T: 'a + Copy>(self) -> Copied<Self>
    where
        Self: Sized + Iterator<Item = &'a T>,
    {
        Copied::new(self)
    }

    #[inline]
    fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self>
    where
        Self: Sized + Iterator<Item = &'a T>,
    {
        Cloned::new(self)
    }

    #[inline]
    fn eq<I: IntoIterator>(self, other: I) -> bool
    where
        Self::Item: PartialEq<I::Item>,
        Self: Sized,
    {
        let mut a = self;
        let mut b = other.into_iter();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) => {
                    if x != y {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }
}

impl<I: Iterator + ?Sized> Iterator for &mut I {
    type Item = I::Item;
    #[inline]
    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}

pub trait DoubleEndedIterator: Iterator {
    fn next_back(&mut self) -> Option<Self::Item>;

    #[inline]
    fn nth_back(&mut self, n: usize) -> Option<Self::Item> {
        let mut n = n;
        while n > 0 {
            self.next_back()?;
            n -= 1;
        }
        self.next_back()
    }

    #[inline]
    fn rfold<B, F: FnMut(B, Self::Item) -> B>(self, init: B, f: F) -> B
    where
        Self: Sized,
    {
        let mut f = f;
        let mut acc = init;
        let mut it = self;
        while let Some(x) = it.next_back() {
            acc = f(acc, x);
        }
        acc
    }

    /// `try_fold` from the back.
    #[inline]
    fn try_rfold<B, F: FnMut(B, Self::Item) -> R, R: Try<Output = B>>(&mut self, init: B, f: F) -> R
    where
        Self: Sized,
    {
        let mut f = f;
        let mut acc = init;
        while let Some(x) = self.next_back() {
            acc = f(acc, x)?;
        }
        R::from_output(acc)
    }

    #[inline]
    fn rfind<P: FnMut(&Self::Item) -> bool>(&mut self, predicate: P) -> Option<Self::Item>
    where
        Self: Sized,
    {
        let mut predicate = predicate;
        while let Some(x) = self.next_back() {
            if predicate(&x) {
                return Some(x);
            }
        }
        None
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for &mut I {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for &mut I {
    #[inline]
    fn len(&self) -> usize {
        (**self).len()
    }
}

pub trait ExactSizeIterator: Iterator {
    #[inline]
    fn len(&self) -> usize {
        let (lower, _) = self.size_hint();
        lower
    }
}

#[lang = "IntoIterator"]
pub trait IntoIterator {
    type Item;
    type IntoIter: Iterator<Item = Self::Item>;

    #[lang = "into_iter"]
    fn into_iter(self) -> Self::IntoIter;
}

impl<I: Iterator> IntoIterator for I {
    type Item = I::Item;
    type IntoIter = I;

    #[inline]
    fn into_iter(self) -> I {
        self
    }
}

pub trait FromIterator<A>: Sized {
    fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
}

pub trait Extend<A> {
    fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
}

/// Extends two collections at once from an iterator of pairs (what `unzip` does).
impl<A, B, ExtendA: Extend<A>, ExtendB: Extend<B>> Extend<(A, B)> for (ExtendA, ExtendB) {
    fn extend<T: IntoIterator<Item = (A, B)>>(&mut self, into_iter: T) {
        let mut iter = into_iter.into_iter();
        while let Some((a, b)) = iter.next() {
            self.0.extend(Some(a));
            self.1.extend(Some(b));
        }
    }
}

/// Collects an iterator of pairs into two collections.
impl<A: Default + Extend<AE>, B: Default + Extend<BE>, AE, BE> FromIterator<(AE, BE)> for (A, B) {
    fn from_iter<I: IntoIterator<Item = (AE, BE)>>(iter: I) -> (A, B) {
        let mut res: (A, B) = (Default::default(), Default::default());
        res.extend(iter);
        res
    }
}

pub trait Sum<A = Self>: Sized {
    fn sum<I: Iterator<Item = A>>(iter: I) -> Self;
}

pub trait Product<A = Self>: Sized {
    fn product<I: Iterator<Item = A>>(iter: I) -> Self;
}

macro_rules! sum_product {
    ($($t:ty, $zero:expr, $one:expr;)*) => {
        $(
            impl Sum for $t {
                #[rustc_inherit_overflow_checks]
                fn sum<I: Iterator<Item = $t>>(iter: I) -> $t {
                    let mut acc = $zero;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc + x;
                    }
                    acc
                }
            }
            impl<'a> Sum<&'a $t> for $t {
                #[rustc_inherit_overflow_checks]
                fn sum<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    let mut acc = $zero;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc + *x;
                    }
                    acc
                }
            }
            impl Product for $t {
                #[rustc_inherit_overflow_checks]
                fn product<I: Iterator<Item = $t>>(iter: I) -> $t {
                    let mut acc = $one;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc * x;
                    }
                    acc
                }
            }
            impl<'a> Product<&'a $t> for $t {
                #[rustc_inherit_overflow_checks]
                fn product<I: Iterator<Item = &'a $t>>(iter: I) -> $t {
                    let mut acc = $one;
                    let mut iter = iter;
                    while let Some(x) = iter.next() {
                        acc = acc * *x;
                    }
                    acc
                }
            }
        )*
    };
}

sum_product! {
    i8, 0, 1; i16, 0, 1; i32, 0, 1; i64, 0, 1; i128, 0, 1; isize, 0, 1;
    u8, 0, 1; u16, 0, 1; u32, 0, 1; u64, 0, 1; u128, 0, 1; usize, 0, 1;
    f32, -0.0, 1.0; f64, -0.0, 1.0;
}

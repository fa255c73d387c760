//! `Vec::drain`'s iterator.

use core::fmt;
use core::marker::PhantomData;

use super::IntoIter;

/// The elements removed by `Vec::drain`.
///
/// smelt's `drain` moves the range out of the vector when it is called, so the vector is
/// consistent whether or not this iterator is run to the end or dropped; the lifetime keeps
/// the vector borrowed as in Rust's `Vec`.
pub struct Drain<'a, T> {
    iter: IntoIter<T>,
    _marker: PhantomData<&'a mut [T]>,
}

impl<'a, T> Drain<'a, T> {
    #[inline]
    pub(super) fn new(iter: IntoIter<T>) -> Drain<'a, T> {
        Drain { iter, _marker: PhantomData }
    }

    /// The elements not yet yielded.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.iter.as_slice()
    }
}

impl<T> Iterator for Drain<'_, T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.iter.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<T> DoubleEndedIterator for Drain<'_, T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T> ExactSizeIterator for Drain<'_, T> {
    #[inline]
    fn len(&self) -> usize {
        self.iter.len()
    }
}

impl<T: fmt::Debug> fmt::Debug for Drain<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.iter.as_slice()).finish()
    }
}

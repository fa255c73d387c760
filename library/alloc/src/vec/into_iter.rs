//! `Vec`'s owning iterator.

use core::fmt;
use core::marker::PhantomData;
use core::ptr;
use core::slice;

use super::{dealloc_buffer, Vec};

/// An iterator that moves the elements out of a vector (`Vec::into_iter`).
///
/// It owns the vector's buffer; the elements not yet yielded are those at indices
/// `start..end`. Indices rather than pointers keep zero-sized types simple.
pub struct IntoIter<T> {
    buf: *mut T,
    cap: usize,
    start: usize,
    end: usize,
    _marker: PhantomData<T>,
}

impl<T> IntoIter<T> {
    /// Takes over a vector's buffer with its `len` elements.
    #[inline]
    pub(super) unsafe fn new(buf: *mut T, cap: usize, len: usize) -> IntoIter<T> {
        IntoIter { buf, cap, start: 0, end: len, _marker: PhantomData }
    }

    /// The elements not yet yielded.
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        unsafe { slice::from_raw_parts(self.buf.add(self.start), self.end - self.start) }
    }

    /// The elements not yet yielded, mutably.
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { slice::from_raw_parts_mut(self.buf.add(self.start), self.end - self.start) }
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            None
        } else {
            let i = self.start;
            self.start = i + 1;
            unsafe { Some(ptr::read(self.buf.add(i))) }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }

    #[inline]
    fn count(self) -> usize {
        self.end - self.start
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            None
        } else {
            self.end -= 1;
            unsafe { Some(ptr::read(self.buf.add(self.end))) }
        }
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {
    #[inline]
    fn len(&self) -> usize {
        self.end - self.start
    }
}

impl<T: Clone> Clone for IntoIter<T> {
    fn clone(&self) -> IntoIter<T> {
        self.as_slice().to_vec().into_iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.as_slice()).finish()
    }
}

impl<T> Default for IntoIter<T> {
    fn default() -> IntoIter<T> {
        Vec::new().into_iter()
    }
}

impl<T> Drop for IntoIter<T> {
    fn drop(&mut self) {
        unsafe {
            let rest = ptr::slice_from_raw_parts_mut(self.buf.add(self.start), self.end - self.start);
            ptr::drop_in_place(rest);
            dealloc_buffer(self.buf, self.cap);
        }
    }
}

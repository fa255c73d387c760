//! Fixed-size arrays `[T; N]`.

use crate::fmt;
use crate::iter::{DoubleEndedIterator, ExactSizeIterator, IntoIterator, Iterator};
use crate::mem::ManuallyDrop;
use crate::ops::{Index, IndexMut};
use crate::slice::{Iter, IterMut, SliceIndex};

impl<T, const N: usize> [T; N] {
    #[inline]
    pub const fn as_slice(&self) -> &[T] {
        self
    }

    /// The array of `f` applied to each element, in order.
    #[inline]
    pub fn map<U, F: FnMut(T) -> U>(self, f: F) -> [U; N] {
        let mut f = f;
        let mut elements = IntoIterator::into_iter(self);
        from_fn(|_| match elements.next() {
            Some(x) => f(x),
            None => unsafe { crate::hint::unreachable_unchecked() },
        })
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self
    }
}

impl<T, I: SliceIndex<[T]>, const N: usize> Index<I> for [T; N] {
    type Output = I::Output;
    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        Index::index(self as &[T], index)
    }
}

impl<T, I: SliceIndex<[T]>, const N: usize> IndexMut<I> for [T; N] {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        IndexMut::index_mut(self as &mut [T], index)
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a [T; N] {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a mut [T; N] {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;
    #[inline]
    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

/// Iterates over an array by value.
pub struct IntoIter<T, const N: usize> {
    data: ManuallyDrop<[T; N]>,
    start: usize,
    end: usize,
}

impl<T, const N: usize> IntoIterator for [T; N] {
    type Item = T;
    type IntoIter = IntoIter<T, N>;
    #[inline]
    fn into_iter(self) -> IntoIter<T, N> {
        IntoIter { data: ManuallyDrop::new(self), start: 0, end: N }
    }
}

impl<T, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;
    #[inline]
    fn next(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        let i = self.start;
        self.start += 1;
        unsafe { Some(crate::ptr::read(self.data.as_ptr().add(i))) }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end - self.start;
        (n, Some(n))
    }
}

impl<T, const N: usize> DoubleEndedIterator for IntoIter<T, N> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        if self.start == self.end {
            return None;
        }
        self.end -= 1;
        unsafe { Some(crate::ptr::read(self.data.as_ptr().add(self.end))) }
    }
}

impl<T, const N: usize> ExactSizeIterator for IntoIter<T, N> {}

impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B; N]> for [A; N] {
    #[inline]
    fn eq(&self, other: &[B; N]) -> bool {
        self[..] == other[..]
    }
}

impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B]> for [A; N] {
    #[inline]
    fn eq(&self, other: &[B]) -> bool {
        self[..] == other[..]
    }
}

impl<A: PartialEq<B>, B, const N: usize> PartialEq<[B; N]> for [A] {
    #[inline]
    fn eq(&self, other: &[B; N]) -> bool {
        self[..] == other[..]
    }
}

impl<'b, A: PartialEq<B>, B, const N: usize> PartialEq<&'b [B]> for [A; N] {
    #[inline]
    fn eq(&self, other: &&'b [B]) -> bool {
        self[..] == other[..]
    }
}

impl<'b, A: PartialEq<B>, B, const N: usize> PartialEq<[A; N]> for &'b [B] {
    #[inline]
    fn eq(&self, other: &[A; N]) -> bool {
        other[..] == self[..]
    }
}

impl<'b, A: PartialEq<B>, B, const N: usize> PartialEq<&'b mut [B]> for [A; N] {
    #[inline]
    fn eq(&self, other: &&'b mut [B]) -> bool {
        self[..] == other[..]
    }
}

impl<'b, A: PartialEq<B>, B, const N: usize> PartialEq<[A; N]> for &'b mut [B] {
    #[inline]
    fn eq(&self, other: &[A; N]) -> bool {
        other[..] == self[..]
    }
}

impl<T: Eq, const N: usize> Eq for [T; N] {}

impl<T: PartialOrd, const N: usize> PartialOrd for [T; N] {
    #[inline]
    fn partial_cmp(&self, other: &[T; N]) -> Option<crate::cmp::Ordering> {
        PartialOrd::partial_cmp(&&self[..], &&other[..])
    }
}

impl<T: Ord, const N: usize> Ord for [T; N] {
    #[inline]
    fn cmp(&self, other: &[T; N]) -> crate::cmp::Ordering {
        Ord::cmp(&&self[..], &&other[..])
    }
}

/// The error of converting a slice to an array (or array reference) of another length.
#[derive(Debug, Copy, Clone)]
pub struct TryFromSliceError(());

impl fmt::Display for TryFromSliceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad("could not convert slice to array")
    }
}

impl<'a, T, const N: usize> TryFrom<&'a [T]> for &'a [T; N] {
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &'a [T]) -> Result<&'a [T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { &*(slice.as_ptr() as *const [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<'a, T, const N: usize> TryFrom<&'a mut [T]> for &'a mut [T; N] {
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &'a mut [T]) -> Result<&'a mut [T; N], TryFromSliceError> {
        if slice.len() == N {
            Ok(unsafe { &mut *(slice.as_mut_ptr() as *mut [T; N]) })
        } else {
            Err(TryFromSliceError(()))
        }
    }
}

impl<T: Copy, const N: usize> TryFrom<&[T]> for [T; N] {
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &[T]) -> Result<[T; N], TryFromSliceError> {
        match <&[T; N]>::try_from(slice) {
            Ok(array) => Ok(*array),
            Err(e) => Err(e),
        }
    }
}

impl<T: Copy, const N: usize> TryFrom<&mut [T]> for [T; N] {
    type Error = TryFromSliceError;
    #[inline]
    fn try_from(slice: &mut [T]) -> Result<[T; N], TryFromSliceError> {
        match <&[T; N]>::try_from(&*slice) {
            Ok(array) => Ok(*array),
            Err(e) => Err(e),
        }
    }
}

impl<T: Default, const N: usize> Default for [T; N] {
    fn default() -> [T; N] {
        from_fn(|_| T::default())
    }
}

/// Builds an array from a function of the index.
pub fn from_fn<T, const N: usize, F: FnMut(usize) -> T>(f: F) -> [T; N] {
    let mut f = f;
    let mut out: crate::mem::MaybeUninit<[T; N]> = crate::mem::MaybeUninit::uninit();
    let p = out.as_mut_ptr() as *mut T;
    let mut i = 0;
    while i < N {
        unsafe { crate::ptr::write(p.add(i), f(i)) };
        i += 1;
    }
    unsafe { out.assume_init() }
}

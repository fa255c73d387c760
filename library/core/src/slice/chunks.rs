//! More ways to cut a slice: mutable and exact chunks, chunks from the back, splitting on
//! a predicate; and the double-ended and exact-size sides of `Windows` and `Chunks`.

use super::{Chunks, Windows};

impl<T> [T] {
    /// Non-overlapping mutable chunks (the last may be shorter).
    #[track_caller]
    pub fn chunks_mut(&mut self, chunk_size: usize) -> ChunksMut<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        ChunksMut { v: self, chunk_size }
    }

    /// Chunks of exactly `chunk_size` elements; the rest is `remainder()`.
    #[track_caller]
    pub fn chunks_exact(&self, chunk_size: usize) -> ChunksExact<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        let rem = self.len() % chunk_size;
        let (v, rem) = self.split_at(self.len() - rem);
        ChunksExact { v, rem, chunk_size }
    }

    /// Chunks counted from the end (the last one yielded may be shorter).
    #[track_caller]
    pub fn rchunks(&self, chunk_size: usize) -> RChunks<'_, T> {
        assert!(chunk_size != 0, "chunk size must be non-zero");
        RChunks { v: self, chunk_size }
    }

    /// The pieces between elements for which `pred` holds.
    pub fn split<F: FnMut(&T) -> bool>(&self, pred: F) -> Split<'_, T, F> {
        Split { v: self, pred, finished: false }
    }

    /// Fills the slice with values from `f`.
    pub fn fill_with<F: FnMut() -> T>(&mut self, mut f: F) {
        for el in self.iter_mut() {
            *el = f();
        }
    }

    /// Copies the elements in `src` to `dest..` within the slice (they may overlap).
    #[track_caller]
    pub fn copy_within<R: crate::ops::RangeBounds<usize>>(&mut self, src: R, dest: usize)
    where
        T: Copy,
    {
        use crate::ops::Bound;
        let len = self.len();
        let start = match src.start_bound() {
            Bound::Included(&s) => s,
            Bound::Excluded(&s) => s + 1,
            Bound::Unbounded => 0,
        };
        let end = match src.end_bound() {
            Bound::Included(&e) => e + 1,
            Bound::Excluded(&e) => e,
            Bound::Unbounded => len,
        };
        if start > end {
            panic!("slice index starts at {} but ends at {}", start, end);
        }
        if end > len {
            panic!("range end index {} out of range for slice of length {}", end, len);
        }
        let count = end - start;
        assert!(dest <= len - count, "dest is out of bounds");
        unsafe { crate::ptr::copy(self.as_ptr().add(start), self.as_mut_ptr().add(dest), count) }
    }

    /// Exchanges the contents with `other` (of the same length).
    #[track_caller]
    pub fn swap_with_slice(&mut self, other: &mut [T]) {
        assert!(self.len() == other.len(), "destination and source slices have different lengths");
        let mut i = 0;
        while i < self.len() {
            crate::mem::swap(&mut self[i], &mut other[i]);
            i += 1;
        }
    }
}

impl<'a, T> DoubleEndedIterator for Windows<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.size > self.v.len() {
            None
        } else {
            let start = self.v.len() - self.size;
            let ret = &self.v[start..];
            self.v = &self.v[..self.v.len() - 1];
            Some(ret)
        }
    }
}

impl<'a, T> DoubleEndedIterator for Chunks<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let rem = self.v.len() % self.chunk_size;
            let n = if rem == 0 { self.chunk_size } else { rem };
            let (a, b) = self.v.split_at(self.v.len() - n);
            self.v = a;
            Some(b)
        }
    }
}

/// `chunks_mut`'s iterator.
pub struct ChunksMut<'a, T> {
    v: &'a mut [T],
    chunk_size: usize,
}

impl<'a, T> Iterator for ChunksMut<'a, T> {
    type Item = &'a mut [T];

    fn next(&mut self) -> Option<&'a mut [T]> {
        if self.v.is_empty() {
            None
        } else {
            let len = self.v.len();
            let n = if len < self.chunk_size { len } else { self.chunk_size };
            // Split the borrow for its whole lifetime `'a`.
            let ptr = self.v.as_mut_ptr();
            unsafe {
                self.v = super::from_raw_parts_mut(ptr.add(n), len - n);
                Some(super::from_raw_parts_mut(ptr, n))
            }
        }
    }
}

/// `chunks_exact`'s iterator.
pub struct ChunksExact<'a, T> {
    v: &'a [T],
    rem: &'a [T],
    chunk_size: usize,
}

impl<'a, T> ChunksExact<'a, T> {
    /// The elements left over at the end (fewer than a chunk).
    pub fn remainder(&self) -> &'a [T] {
        self.rem
    }
}

impl<'a, T> Iterator for ChunksExact<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (a, b) = self.v.split_at(self.chunk_size);
            self.v = b;
            Some(a)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.v.len() / self.chunk_size;
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for ChunksExact<'a, T> {
    fn next_back(&mut self) -> Option<&'a [T]> {
        if self.v.len() < self.chunk_size {
            None
        } else {
            let (a, b) = self.v.split_at(self.v.len() - self.chunk_size);
            self.v = a;
            Some(b)
        }
    }
}

impl<T> ExactSizeIterator for ChunksExact<'_, T> {}

/// `rchunks`'s iterator.
pub struct RChunks<'a, T> {
    v: &'a [T],
    chunk_size: usize,
}

impl<'a, T> Iterator for RChunks<'a, T> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.v.is_empty() {
            None
        } else {
            let n = if self.v.len() < self.chunk_size { self.v.len() } else { self.chunk_size };
            let (a, b) = self.v.split_at(self.v.len() - n);
            self.v = a;
            Some(b)
        }
    }
}

/// `split`'s iterator.
pub struct Split<'a, T, P> {
    v: &'a [T],
    pred: P,
    finished: bool,
}

impl<'a, T, P: FnMut(&T) -> bool> Iterator for Split<'a, T, P> {
    type Item = &'a [T];

    fn next(&mut self) -> Option<&'a [T]> {
        if self.finished {
            return None;
        }
        let mut i = 0;
        while i < self.v.len() {
            if (self.pred)(&self.v[i]) {
                let ret = &self.v[..i];
                self.v = &self.v[i + 1..];
                return Some(ret);
            }
            i += 1;
        }
        self.finished = true;
        Some(self.v)
    }
}

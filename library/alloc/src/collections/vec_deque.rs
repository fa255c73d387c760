//! `VecDeque<T>`: a double-ended queue in a growable ring buffer.
//!
//! The elements are `len` consecutive slots of the buffer starting at `head`, wrapping
//! around its end. The buffer is a `Vec<T>` of length zero used for its allocation only, so
//! the capacity grows as a `Vec`'s does; after growing, the wrapped part is moved as Rust's
//! `VecDeque` moves it, so `as_slices` shows the same split.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FromIterator;
use core::marker::PhantomData;
use core::mem;
use core::ops::{Index, IndexMut, RangeBounds};
use core::ptr;
use core::slice;

use crate::vec::Vec;

/// A double-ended queue implemented with a growable ring buffer.
pub struct VecDeque<T> {
    head: usize,
    len: usize,
    buf: Vec<T>,
}

impl<T> VecDeque<T> {
    #[inline]
    pub const fn new() -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: Vec::new() }
    }

    #[inline]
    pub fn with_capacity(capacity: usize) -> VecDeque<T> {
        VecDeque { head: 0, len: 0, buf: Vec::with_capacity(capacity) }
    }

    #[inline]
    fn ptr(&self) -> *mut T {
        self.buf.as_ptr() as *mut T
    }

    #[inline]
    fn cap(&self) -> usize {
        self.buf.capacity()
    }

    /// The buffer index of logical index `idx` (which may be up to `cap`).
    #[inline]
    fn to_physical(&self, idx: usize) -> usize {
        wrap_add(self.head, idx, self.cap())
    }

    #[inline]
    unsafe fn buffer_read(&self, off: usize) -> T {
        unsafe { ptr::read(self.ptr().add(off)) }
    }

    #[inline]
    unsafe fn buffer_write(&mut self, off: usize, value: T) {
        unsafe { ptr::write(self.ptr().add(off), value) }
    }

    #[inline]
    fn is_full(&self) -> bool {
        self.len == self.cap()
    }

    /// Grows the buffer by at least one slot and unwraps the elements as needed.
    fn grow(&mut self) {
        let old_cap = self.cap();
        self.buf.reserve(old_cap + 1);
        unsafe { self.handle_capacity_increase(old_cap) };
    }

    /// After the buffer grew from `old_cap`, moves the part of the elements that wrapped
    /// around the old end so they are consecutive (modulo the new capacity) again.
    unsafe fn handle_capacity_increase(&mut self, old_cap: usize) {
        let new_cap = self.cap();
        if self.head <= old_cap - self.len {
            // Contiguous: nothing to do.
            return;
        }
        let head_len = old_cap - self.head;
        let tail_len = self.len - head_len;
        unsafe {
            if tail_len < head_len && new_cap - old_cap >= tail_len {
                // The wrapped start of the buffer moves after the old end.
                ptr::copy_nonoverlapping(self.ptr(), self.ptr().add(old_cap), tail_len);
            } else {
                // The part before the old end moves to the new end.
                let new_head = new_cap - head_len;
                ptr::copy(self.ptr().add(self.head), self.ptr().add(new_head), head_len);
                self.head = new_head;
            }
        }
    }

    /// Reserves room for at least `additional` more elements.
    pub fn reserve(&mut self, additional: usize) {
        let old_cap = self.cap();
        let needed = match self.len.checked_add(additional) {
            Some(n) => n,
            None => panic!("capacity overflow"),
        };
        if needed > old_cap {
            self.buf.reserve(needed);
            unsafe { self.handle_capacity_increase(old_cap) };
        }
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        let old_cap = self.cap();
        let needed = match self.len.checked_add(additional) {
            Some(n) => n,
            None => panic!("capacity overflow"),
        };
        if needed > old_cap {
            self.buf.reserve_exact(needed);
            unsafe { self.handle_capacity_increase(old_cap) };
        }
    }

    /// Shrinks the buffer to the length.
    pub fn shrink_to_fit(&mut self) {
        self.shrink_to(0);
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        let target = if self.len > min_capacity { self.len } else { min_capacity };
        if target >= self.cap() {
            return;
        }
        self.make_contiguous();
        // Move the elements to the start, then give back the rest of the buffer.
        unsafe {
            ptr::copy(self.ptr().add(self.head), self.ptr(), self.len);
        }
        self.head = 0;
        self.buf.shrink_to(target);
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, index: usize) -> Option<&T> {
        if index < self.len {
            let idx = self.to_physical(index);
            unsafe { Some(&*self.ptr().add(idx)) }
        } else {
            None
        }
    }

    pub fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        if index < self.len {
            let idx = self.to_physical(index);
            unsafe { Some(&mut *self.ptr().add(idx)) }
        } else {
            None
        }
    }

    /// Exchanges the elements at `i` and `j`; panics if either is out of bounds.
    pub fn swap(&mut self, i: usize, j: usize) {
        assert!(i < self.len());
        assert!(j < self.len());
        let ri = self.to_physical(i);
        let rj = self.to_physical(j);
        unsafe { ptr::swap(self.ptr().add(ri), self.ptr().add(rj)) }
    }

    #[inline]
    pub fn front(&self) -> Option<&T> {
        self.get(0)
    }

    #[inline]
    pub fn front_mut(&mut self) -> Option<&mut T> {
        self.get_mut(0)
    }

    #[inline]
    pub fn back(&self) -> Option<&T> {
        if self.len == 0 { None } else { self.get(self.len - 1) }
    }

    #[inline]
    pub fn back_mut(&mut self) -> Option<&mut T> {
        if self.len == 0 {
            None
        } else {
            let i = self.len - 1;
            self.get_mut(i)
        }
    }

    pub fn pop_front(&mut self) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        let old_head = self.head;
        self.head = self.to_physical(1);
        self.len -= 1;
        unsafe { Some(self.buffer_read(old_head)) }
    }

    pub fn pop_back(&mut self) -> Option<T> {
        if self.is_empty() {
            return None;
        }
        self.len -= 1;
        let idx = self.to_physical(self.len);
        unsafe { Some(self.buffer_read(idx)) }
    }

    pub fn push_front(&mut self, value: T) {
        if self.is_full() {
            self.grow();
        }
        self.head = wrap_sub(self.head, 1, self.cap());
        self.len += 1;
        let head = self.head;
        unsafe { self.buffer_write(head, value) }
    }

    pub fn push_back(&mut self, value: T) {
        if self.is_full() {
            self.grow();
        }
        let idx = self.to_physical(self.len);
        unsafe { self.buffer_write(idx, value) }
        self.len += 1;
    }

    /// Removes the element at `index`, replacing it by the last one.
    pub fn swap_remove_back(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if index < length && index != length - 1 {
            self.swap(index, length - 1);
        } else if index >= length {
            return None;
        }
        self.pop_back()
    }

    /// Removes the element at `index`, replacing it by the first one.
    pub fn swap_remove_front(&mut self, index: usize) -> Option<T> {
        let length = self.len;
        if index < length && index != 0 {
            self.swap(index, 0);
        } else if index >= length {
            return None;
        }
        self.pop_front()
    }

    /// Inserts `value` at `index`, shifting the elements after it; panics if
    /// `index > len`.
    pub fn insert(&mut self, index: usize, value: T) {
        assert!(index <= self.len(), "index out of bounds");
        if self.is_full() {
            self.grow();
        }
        // Shift the shorter side by one slot.
        if self.len - index < index {
            let mut i = self.len;
            while i > index {
                let from = self.to_physical(i - 1);
                let to = self.to_physical(i);
                unsafe { ptr::copy_nonoverlapping(self.ptr().add(from), self.ptr().add(to), 1) };
                i -= 1;
            }
            let at = self.to_physical(index);
            unsafe { self.buffer_write(at, value) };
            self.len += 1;
        } else {
            let old_head = self.head;
            self.head = wrap_sub(self.head, 1, self.cap());
            let mut i = 0;
            while i < index {
                let from = wrap_add(old_head, i, self.cap());
                let to = wrap_add(self.head, i, self.cap());
                unsafe { ptr::copy_nonoverlapping(self.ptr().add(from), self.ptr().add(to), 1) };
                i += 1;
            }
            let at = self.to_physical(index);
            unsafe { self.buffer_write(at, value) };
            self.len += 1;
        }
    }

    /// Removes and returns the element at `index`, shifting the elements after it.
    pub fn remove(&mut self, index: usize) -> Option<T> {
        if self.len <= index {
            return None;
        }
        let at = self.to_physical(index);
        let elem = unsafe { self.buffer_read(at) };
        if self.len - index - 1 < index {
            // Close the gap from the back.
            let mut i = index;
            while i + 1 < self.len {
                let from = self.to_physical(i + 1);
                let to = self.to_physical(i);
                unsafe { ptr::copy_nonoverlapping(self.ptr().add(from), self.ptr().add(to), 1) };
                i += 1;
            }
            self.len -= 1;
        } else {
            // Close the gap from the front.
            let mut i = index;
            while i > 0 {
                let from = self.to_physical(i - 1);
                let to = self.to_physical(i);
                unsafe { ptr::copy_nonoverlapping(self.ptr().add(from), self.ptr().add(to), 1) };
                i -= 1;
            }
            self.head = self.to_physical(1);
            self.len -= 1;
        }
        Some(elem)
    }

    /// Keeps the first `len` elements, dropping the rest.
    pub fn truncate(&mut self, len: usize) {
        while self.len > len {
            drop(self.pop_back());
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
        self.head = 0;
    }

    pub fn contains(&self, x: &T) -> bool
    where
        T: PartialEq,
    {
        let (a, b) = self.as_slices();
        a.contains(x) || b.contains(x)
    }

    /// The elements as two slices: from `head` to the end of the buffer, then the wrapped
    /// part.
    pub fn as_slices(&self) -> (&[T], &[T]) {
        let (a, b) = self.slice_ranges();
        unsafe {
            (
                slice::from_raw_parts(self.ptr().add(a.0), a.1 - a.0),
                slice::from_raw_parts(self.ptr().add(b.0), b.1 - b.0),
            )
        }
    }

    pub fn as_mut_slices(&mut self) -> (&mut [T], &mut [T]) {
        let (a, b) = self.slice_ranges();
        unsafe {
            (
                slice::from_raw_parts_mut(self.ptr().add(a.0), a.1 - a.0),
                slice::from_raw_parts_mut(self.ptr().add(b.0), b.1 - b.0),
            )
        }
    }

    /// The buffer ranges of the two parts of the elements.
    fn slice_ranges(&self) -> ((usize, usize), (usize, usize)) {
        if self.len == 0 {
            return ((0, 0), (0, 0));
        }
        let cap = self.cap();
        let head_room = cap - self.head;
        if self.len <= head_room {
            ((self.head, self.head + self.len), (0, 0))
        } else {
            ((self.head, cap), (0, self.len - head_room))
        }
    }

    /// Rearranges the buffer so the elements are one slice, and returns it.
    pub fn make_contiguous(&mut self) -> &mut [T] {
        if self.head + self.len > self.cap() {
            // Rotate the buffer's contents: simplest correct approach, element by element
            // through a fresh buffer.
            let mut fresh: Vec<T> = Vec::with_capacity(self.cap());
            let cap = self.cap();
            unsafe {
                let (a, b) = self.slice_ranges();
                let dst = fresh.as_mut_ptr();
                ptr::copy_nonoverlapping(self.ptr().add(a.0), dst, a.1 - a.0);
                ptr::copy_nonoverlapping(self.ptr().add(b.0), dst.add(a.1 - a.0), b.1 - b.0);
            }
            let _ = cap;
            // The old buffer holds no elements now (its length is always zero).
            self.buf = fresh;
            self.head = 0;
        }
        unsafe { slice::from_raw_parts_mut(self.ptr().add(self.head), self.len) }
    }

    pub fn iter(&self) -> Iter<'_, T> {
        let (a, b) = self.as_slices();
        Iter { a: a.iter(), b: b.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        let (a, b) = self.as_mut_slices();
        IterMut { a: a.iter_mut(), b: b.iter_mut() }
    }

    /// An iterator over the elements in `range`.
    pub fn range<R: RangeBounds<usize>>(&self, range: R) -> Iter<'_, T> {
        let (start, end) = crate::vec::slice_range(range, self.len);
        let (a, b) = self.as_slices();
        if end <= a.len() {
            Iter { a: a[start..end].iter(), b: b[..0].iter() }
        } else if start >= a.len() {
            Iter { a: b[start - a.len()..end - a.len()].iter(), b: a[..0].iter() }
        } else {
            Iter { a: a[start..].iter(), b: b[..end - a.len()].iter() }
        }
    }

    pub fn range_mut<R: RangeBounds<usize>>(&mut self, range: R) -> IterMut<'_, T> {
        let len = self.len;
        let (start, end) = crate::vec::slice_range(range, len);
        let (a, b) = self.as_mut_slices();
        let alen = a.len();
        if end <= alen {
            IterMut { a: a[start..end].iter_mut(), b: b[..0].iter_mut() }
        } else if start >= alen {
            IterMut { a: b[start - alen..end - alen].iter_mut(), b: a[..0].iter_mut() }
        } else {
            IterMut { a: a[start..].iter_mut(), b: b[..end - alen].iter_mut() }
        }
    }

    /// Removes the elements in `range`, returning them as an iterator.
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let (start, end) = crate::vec::slice_range(range, self.len);
        // Take the removed elements out now; the rest close up.
        let mut taken = Vec::with_capacity(end - start);
        let mut rest = VecDeque::with_capacity(self.len - (end - start));
        let mut i = 0;
        while let Some(x) = self.pop_front() {
            if i >= start && i < end {
                taken.push(x);
            } else {
                rest.push_back(x);
            }
            i += 1;
        }
        *self = rest;
        Drain { iter: taken.into_iter(), marker: PhantomData }
    }

    /// Moves all elements of `other` to the back of `self`.
    pub fn append(&mut self, other: &mut VecDeque<T>) {
        self.reserve(other.len);
        while let Some(x) = other.pop_front() {
            self.push_back(x);
        }
    }

    /// Keeps the elements for which `f` returns `true`, in order.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        self.retain_mut(|x| f(x));
    }

    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, mut f: F) {
        let n = self.len;
        let mut i = 0;
        while i < n {
            let mut x = match self.pop_front() {
                Some(x) => x,
                None => break,
            };
            if f(&mut x) {
                self.push_back(x);
            }
            i += 1;
        }
    }

    /// Splits off the elements from `at` on.
    pub fn split_off(&mut self, at: usize) -> VecDeque<T> {
        let len = self.len;
        assert!(at <= len, "`at` out of bounds");
        let mut other = VecDeque::with_capacity(len - at);
        let mut i = at;
        while i < len {
            let idx = self.to_physical(i);
            unsafe { other.push_back(self.buffer_read(idx)) };
            i += 1;
        }
        self.len = at;
        other
    }

    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut generator: F) {
        if new_len > self.len {
            while self.len < new_len {
                self.push_back(generator());
            }
        } else {
            self.truncate(new_len);
        }
    }

    /// Rotates the elements `n` places to the left: the first `n` go to the back.
    pub fn rotate_left(&mut self, n: usize) {
        assert!(n <= self.len());
        let mut i = 0;
        while i < n {
            if let Some(x) = self.pop_front() {
                self.push_back(x);
            }
            i += 1;
        }
    }

    pub fn rotate_right(&mut self, n: usize) {
        assert!(n <= self.len());
        let mut i = 0;
        while i < n {
            if let Some(x) = self.pop_back() {
                self.push_front(x);
            }
            i += 1;
        }
    }

    pub fn binary_search(&self, x: &T) -> Result<usize, usize>
    where
        T: Ord,
    {
        self.binary_search_by(|e| e.cmp(x))
    }

    pub fn binary_search_by<F: FnMut(&T) -> Ordering>(&self, mut f: F) -> Result<usize, usize> {
        let mut lo = 0;
        let mut hi = self.len;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match f(&self[mid]) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    pub fn binary_search_by_key<B: Ord, F: FnMut(&T) -> B>(&self, b: &B, mut f: F) -> Result<usize, usize> {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    pub fn partition_point<P: FnMut(&T) -> bool>(&self, mut pred: P) -> usize {
        match self.binary_search_by(|x| if pred(x) { Ordering::Less } else { Ordering::Greater }) {
            Ok(i) => i,
            Err(i) => i,
        }
    }
}

impl<T: Clone> VecDeque<T> {
    pub fn resize(&mut self, new_len: usize, value: T) {
        if new_len > self.len {
            while self.len < new_len {
                self.push_back(value.clone());
            }
        } else {
            self.truncate(new_len);
        }
    }
}

/// `a + b` modulo `cap`, for `a < cap` and `b <= cap`, without overflow.
#[inline]
fn wrap_add(a: usize, b: usize, cap: usize) -> usize {
    if b >= cap - a { b - (cap - a) } else { a + b }
}

/// `a - b` modulo `cap`.
#[inline]
fn wrap_sub(a: usize, b: usize, cap: usize) -> usize {
    if a >= b { a - b } else { cap - (b - a) }
}

impl<T> Drop for VecDeque<T> {
    fn drop(&mut self) {
        let (a, b) = self.as_mut_slices();
        unsafe {
            ptr::drop_in_place(a);
            ptr::drop_in_place(b);
        }
        // `buf` frees the memory; its length is zero, so it drops nothing.
    }
}

impl<T> Default for VecDeque<T> {
    #[inline]
    fn default() -> VecDeque<T> {
        VecDeque::new()
    }
}

impl<T: Clone> Clone for VecDeque<T> {
    fn clone(&self) -> VecDeque<T> {
        let mut d = VecDeque::with_capacity(self.len);
        for x in self.iter() {
            d.push_back(x.clone());
        }
        d
    }
}

#[cold]
#[track_caller]
fn out_of_bounds() -> ! {
    panic!("Out of bounds access")
}

impl<T> Index<usize> for VecDeque<T> {
    type Output = T;

    #[inline]
    #[track_caller]
    fn index(&self, index: usize) -> &T {
        match self.get(index) {
            Some(x) => x,
            None => out_of_bounds(),
        }
    }
}

impl<T> IndexMut<usize> for VecDeque<T> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: usize) -> &mut T {
        match self.get_mut(index) {
            Some(x) => x,
            None => out_of_bounds(),
        }
    }
}

impl<T: PartialEq> PartialEq for VecDeque<T> {
    fn eq(&self, other: &VecDeque<T>) -> bool {
        self.len == other.len && self.iter().eq(other.iter())
    }
}

impl<T: Eq> Eq for VecDeque<T> {}

impl<T: PartialEq> PartialEq<Vec<T>> for VecDeque<T> {
    fn eq(&self, other: &Vec<T>) -> bool {
        self.len == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: PartialEq> PartialEq<&[T]> for VecDeque<T> {
    fn eq(&self, other: &&[T]) -> bool {
        self.len == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: PartialEq, const N: usize> PartialEq<[T; N]> for VecDeque<T> {
    fn eq(&self, other: &[T; N]) -> bool {
        self.len == N && self.iter().eq(other.iter())
    }
}

impl<T: PartialEq, const N: usize> PartialEq<&[T; N]> for VecDeque<T> {
    fn eq(&self, other: &&[T; N]) -> bool {
        self.len == N && self.iter().eq(other.iter())
    }
}

impl<T: PartialOrd> PartialOrd for VecDeque<T> {
    fn partial_cmp(&self, other: &VecDeque<T>) -> Option<Ordering> {
        super::iter_partial_cmp(self.iter(), other.iter())
    }
}

impl<T: Ord> Ord for VecDeque<T> {
    fn cmp(&self, other: &VecDeque<T>) -> Ordering {
        super::iter_cmp(self.iter(), other.iter())
    }
}

impl<T: Hash> Hash for VecDeque<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len);
        for x in self.iter() {
            x.hash(state);
        }
    }
}

impl<T: fmt::Debug> fmt::Debug for VecDeque<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<T> FromIterator<T> for VecDeque<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> VecDeque<T> {
        VecDeque::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T> Extend<T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(x);
        }
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for VecDeque<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        for x in iter {
            self.push_back(*x);
        }
    }
}

impl<T> From<Vec<T>> for VecDeque<T> {
    /// Takes over the vector's buffer: no copy.
    fn from(v: Vec<T>) -> VecDeque<T> {
        let mut v = mem::ManuallyDrop::new(v);
        let len = v.len();
        let cap = v.capacity();
        let buf = unsafe { Vec::from_raw_parts(v.as_mut_ptr(), 0, cap) };
        VecDeque { head: 0, len, buf }
    }
}

impl<T, const N: usize> From<[T; N]> for VecDeque<T> {
    fn from(arr: [T; N]) -> VecDeque<T> {
        VecDeque::from(Vec::from(arr))
    }
}

impl<T> From<VecDeque<T>> for Vec<T> {
    fn from(mut d: VecDeque<T>) -> Vec<T> {
        d.make_contiguous();
        let head = d.head;
        let len = d.len;
        unsafe {
            if head != 0 {
                ptr::copy(d.ptr().add(head), d.ptr(), len);
            }
            let mut d = mem::ManuallyDrop::new(d);
            let cap = d.buf.capacity();
            let p = d.buf.as_mut_ptr();
            // The deque's `buf` is forgotten with it; its allocation now belongs to the Vec.
            Vec::from_raw_parts(p, len, cap)
        }
    }
}

/* ----------------------------------------------------------------- iterators */

/// An iterator over a `VecDeque`'s elements (its two slices in turn).
pub struct Iter<'a, T> {
    a: slice::Iter<'a, T>,
    b: slice::Iter<'a, T>,
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { a: self.a.clone(), b: self.b.clone() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        match self.a.next() {
            Some(x) => Some(x),
            None => {
                mem::swap(&mut self.a, &mut self.b);
                self.a.next()
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.a.len() + self.b.len();
        (n, Some(n))
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        match self.b.next_back() {
            Some(x) => Some(x),
            None => {
                mem::swap(&mut self.a, &mut self.b);
                self.b.next_back()
            }
        }
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T: fmt::Debug> fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Iter").field(&self.a.as_slice()).field(&self.b.as_slice()).finish()
    }
}

/// A mutable iterator over a `VecDeque`'s elements.
pub struct IterMut<'a, T> {
    a: slice::IterMut<'a, T>,
    b: slice::IterMut<'a, T>,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    #[inline]
    fn next(&mut self) -> Option<&'a mut T> {
        match self.a.next() {
            Some(x) => Some(x),
            None => {
                mem::swap(&mut self.a, &mut self.b);
                self.a.next()
            }
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let (a, _) = self.a.size_hint();
        let (b, _) = self.b.size_hint();
        (a + b, Some(a + b))
    }
}

impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a mut T> {
        match self.b.next_back() {
            Some(x) => Some(x),
            None => {
                mem::swap(&mut self.a, &mut self.b);
                self.b.next_back()
            }
        }
    }
}

impl<T> ExactSizeIterator for IterMut<'_, T> {}

/// An owning iterator over a `VecDeque`'s elements.
pub struct IntoIter<T> {
    inner: VecDeque<T>,
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;

    #[inline]
    fn next(&mut self) -> Option<T> {
        self.inner.pop_front()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.inner.len, Some(self.inner.len))
    }
}

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.inner.pop_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T: fmt::Debug> fmt::Debug for IntoIter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("IntoIter").field(&self.inner).finish()
    }
}

/// The removed elements of `VecDeque::drain`.
pub struct Drain<'a, T> {
    iter: crate::vec::IntoIter<T>,
    marker: PhantomData<&'a mut VecDeque<T>>,
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

impl<T> ExactSizeIterator for Drain<'_, T> {}

impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { inner: self }
    }
}

impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = IterMut<'a, T>;

    fn into_iter(self) -> IterMut<'a, T> {
        self.iter_mut()
    }
}

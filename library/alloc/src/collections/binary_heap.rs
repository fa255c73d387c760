//! `BinaryHeap<T>`: a priority queue (a max-heap in a `Vec`).
//!
//! The element order inside the vector is observable (`Debug`, `iter`, `into_vec`), so the
//! sifting follows Rust's `BinaryHeap`: `push` sifts up; `pop` moves the last element to the
//! root, sinks the hole to the bottom along the greater children and sifts up from there;
//! building from a vector sifts down every parent from the last; `extend` and `append`
//! rebuild or sift up the new tail, whichever Rust's heuristic picks.

use core::fmt;
use core::iter::FromIterator;
use core::mem;
use core::ops::{Deref, DerefMut};
use core::ptr;

use crate::vec::{self, Vec};

/// A priority queue implemented with a binary heap: `pop` returns the greatest element.
pub struct BinaryHeap<T> {
    data: Vec<T>,
}

impl<T: Ord> BinaryHeap<T> {
    #[inline]
    pub const fn new() -> BinaryHeap<T> {
        BinaryHeap { data: Vec::new() }
    }

    #[inline]
    pub fn with_capacity(capacity: usize) -> BinaryHeap<T> {
        BinaryHeap { data: Vec::with_capacity(capacity) }
    }

    pub fn push(&mut self, item: T) {
        let old_len = self.data.len();
        self.data.push(item);
        self.sift_up(0, old_len);
    }

    /// Removes the greatest element.
    pub fn pop(&mut self) -> Option<T> {
        let mut item = self.data.pop()?;
        if !self.data.is_empty() {
            mem::swap(&mut item, &mut self.data[0]);
            self.sift_down_to_bottom(0);
        }
        Some(item)
    }

    /// The greatest element, mutably; the heap is repaired when the guard is dropped.
    pub fn peek_mut(&mut self) -> Option<PeekMut<'_, T>> {
        if self.data.is_empty() { None } else { Some(PeekMut { heap: self }) }
    }

    /// The elements in ascending order.
    pub fn into_sorted_vec(mut self) -> Vec<T> {
        let mut end = self.data.len();
        while end > 1 {
            end -= 1;
            self.data.swap(0, end);
            self.sift_down_range(0, end);
        }
        self.into_vec()
    }

    /// Moves all elements of `other` into `self`.
    pub fn append(&mut self, other: &mut BinaryHeap<T>) {
        if self.data.len() < other.data.len() {
            mem::swap(self, other);
        }
        let start = self.data.len();
        self.data.append(&mut other.data);
        self.rebuild_tail(start);
    }

    /// Keeps the elements for which `f` returns `true`.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, mut f: F) {
        let len = self.data.len();
        self.data.retain(|x| f(x));
        if self.data.len() != len {
            self.rebuild();
        }
    }

    /// Moves the element at `pos` up while it is greater than its parent, not above
    /// `start`; returns where it ends.
    fn sift_up(&mut self, start: usize, pos: usize) -> usize {
        let data = self.data.as_mut_ptr();
        unsafe {
            let elem = ptr::read(data.add(pos));
            let mut pos = pos;
            while pos > start {
                let parent = (pos - 1) / 2;
                if elem <= *data.add(parent) {
                    break;
                }
                ptr::copy_nonoverlapping(data.add(parent), data.add(pos), 1);
                pos = parent;
            }
            ptr::write(data.add(pos), elem);
            pos
        }
    }

    /// Moves the element at `pos` down while a child is greater, within `..end`.
    fn sift_down_range(&mut self, pos: usize, end: usize) {
        let data = self.data.as_mut_ptr();
        unsafe {
            let elem = ptr::read(data.add(pos));
            let mut hole = pos;
            let mut child = 2 * hole + 1;
            while child + 1 < end {
                // The greater of the two children (the right one on ties).
                if *data.add(child) <= *data.add(child + 1) {
                    child += 1;
                }
                if elem >= *data.add(child) {
                    ptr::write(data.add(hole), elem);
                    return;
                }
                ptr::copy_nonoverlapping(data.add(child), data.add(hole), 1);
                hole = child;
                child = 2 * hole + 1;
            }
            if child == end.wrapping_sub(1) && elem < *data.add(child) {
                ptr::copy_nonoverlapping(data.add(child), data.add(hole), 1);
                hole = child;
            }
            ptr::write(data.add(hole), elem);
        }
    }

    fn sift_down(&mut self, pos: usize) {
        let len = self.data.len();
        self.sift_down_range(pos, len);
    }

    /// Sinks the element at `pos` to the bottom along the greater children, then sifts it
    /// up: fewer comparisons than `sift_down` when the element is likely small (`pop`).
    fn sift_down_to_bottom(&mut self, pos: usize) {
        let end = self.data.len();
        let start = pos;
        let data = self.data.as_mut_ptr();
        let mut hole = pos;
        unsafe {
            let elem = ptr::read(data.add(pos));
            let mut child = 2 * hole + 1;
            while child + 1 < end {
                if *data.add(child) <= *data.add(child + 1) {
                    child += 1;
                }
                ptr::copy_nonoverlapping(data.add(child), data.add(hole), 1);
                hole = child;
                child = 2 * hole + 1;
            }
            if child == end - 1 {
                ptr::copy_nonoverlapping(data.add(child), data.add(hole), 1);
                hole = child;
            }
            ptr::write(data.add(hole), elem);
        }
        self.sift_up(start, hole);
    }

    /// Restores the heap property after the elements from `start` on were added.
    fn rebuild_tail(&mut self, start: usize) {
        let len = self.data.len();
        if start == len {
            return;
        }
        let tail_len = len - start;
        let log2 = |x: usize| (usize::BITS - x.leading_zeros() - 1) as usize;
        let better_to_rebuild = if start < tail_len {
            true
        } else if len <= 2048 {
            2 * len < tail_len * log2(start)
        } else {
            2 * len < tail_len * 11
        };
        if better_to_rebuild {
            self.rebuild();
        } else {
            let mut i = start;
            while i < len {
                self.sift_up(0, i);
                i += 1;
            }
        }
    }

    /// Makes a heap of the whole vector.
    fn rebuild(&mut self) {
        let mut n = self.data.len() / 2;
        while n > 0 {
            n -= 1;
            self.sift_down(n);
        }
    }
}

impl<T> BinaryHeap<T> {
    /// The greatest element.
    #[inline]
    pub fn peek(&self) -> Option<&T> {
        self.data.first()
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.data.capacity()
    }

    pub fn reserve(&mut self, additional: usize) {
        self.data.reserve(additional);
    }

    pub fn reserve_exact(&mut self, additional: usize) {
        self.data.reserve_exact(additional);
    }

    pub fn shrink_to_fit(&mut self) {
        self.data.shrink_to_fit();
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.data.shrink_to(min_capacity);
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.data.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The elements in the heap's (arbitrary) order.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { iter: self.data.iter() }
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.data.as_slice()
    }

    /// The underlying vector, in the heap's order.
    #[inline]
    pub fn into_vec(self) -> Vec<T> {
        self.data
    }

    /// Removes all elements, in the heap's order.
    pub fn drain(&mut self) -> vec::Drain<'_, T> {
        self.data.drain(..)
    }

    pub fn clear(&mut self) {
        self.data.clear();
    }
}

/// The greatest element of a heap, borrowed mutably (`BinaryHeap::peek_mut`).
pub struct PeekMut<'a, T: Ord> {
    heap: &'a mut BinaryHeap<T>,
}

impl<'a, T: Ord> PeekMut<'a, T> {
    /// Removes the peeked element.
    pub fn pop(this: PeekMut<'a, T>) -> T {
        let this = mem::ManuallyDrop::new(this);
        let heap = unsafe { ptr::read(&this.heap) };
        match heap.pop() {
            Some(x) => x,
            None => unreachable!(),
        }
    }
}

impl<T: Ord> Drop for PeekMut<'_, T> {
    fn drop(&mut self) {
        self.heap.sift_down(0);
    }
}

impl<T: Ord> Deref for PeekMut<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.heap.data[0]
    }
}

impl<T: Ord> DerefMut for PeekMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.heap.data[0]
    }
}

impl<T: Ord + fmt::Debug> fmt::Debug for PeekMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PeekMut").field(&self.heap.data[0]).finish()
    }
}

impl<T: Clone> Clone for BinaryHeap<T> {
    fn clone(&self) -> BinaryHeap<T> {
        BinaryHeap { data: self.data.clone() }
    }
}

impl<T: Ord> Default for BinaryHeap<T> {
    #[inline]
    fn default() -> BinaryHeap<T> {
        BinaryHeap::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for BinaryHeap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.data.iter()).finish()
    }
}

impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {
    /// Makes a heap of the vector in place.
    fn from(vec: Vec<T>) -> BinaryHeap<T> {
        let mut heap = BinaryHeap { data: vec };
        heap.rebuild();
        heap
    }
}

impl<T: Ord, const N: usize> From<[T; N]> for BinaryHeap<T> {
    fn from(arr: [T; N]) -> BinaryHeap<T> {
        BinaryHeap::from(Vec::from(arr))
    }
}

impl<T> From<BinaryHeap<T>> for Vec<T> {
    fn from(heap: BinaryHeap<T>) -> Vec<T> {
        heap.data
    }
}

impl<T: Ord> FromIterator<T> for BinaryHeap<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> BinaryHeap<T> {
        BinaryHeap::from(iter.into_iter().collect::<Vec<T>>())
    }
}

impl<T: Ord> Extend<T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        let start = self.data.len();
        self.data.extend(iter);
        self.rebuild_tail(start);
    }
}

impl<'a, T: 'a + Ord + Copy> Extend<&'a T> for BinaryHeap<T> {
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        let start = self.data.len();
        for x in iter {
            self.data.push(*x);
        }
        self.rebuild_tail(start);
    }
}

/// An iterator over a heap's elements in the heap's order.
pub struct Iter<'a, T> {
    iter: core::slice::Iter<'a, T>,
}

impl<T> Clone for Iter<'_, T> {
    fn clone(&self) -> Self {
        Iter { iter: self.iter.clone() }
    }
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    #[inline]
    fn next(&mut self) -> Option<&'a T> {
        self.iter.next()
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<'a, T> DoubleEndedIterator for Iter<'a, T> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a T> {
        self.iter.next_back()
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

/// An owning iterator over a heap's elements in the heap's order.
pub struct IntoIter<T> {
    iter: vec::IntoIter<T>,
}

impl<T> Iterator for IntoIter<T> {
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

impl<T> DoubleEndedIterator for IntoIter<T> {
    #[inline]
    fn next_back(&mut self) -> Option<T> {
        self.iter.next_back()
    }
}

impl<T> ExactSizeIterator for IntoIter<T> {}

impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;

    fn into_iter(self) -> IntoIter<T> {
        IntoIter { iter: self.data.into_iter() }
    }
}

impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;

    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

//! `Vec<T>`: a contiguous growable array on the heap, and the `vec!` macro's helpers.
//!
//! A `Vec` owns `cap` slots starting at `ptr`, of which the first `len` hold values. An empty
//! `Vec`, and every `Vec` of a zero-sized type, owns no allocation: `ptr` is then a dangling
//! pointer aligned for `T` (zero-sized types have capacity `usize::MAX`). Capacity grows as in
//! Rust's own `Vec` (doubling, with a small minimum), so `capacity()` reports the same numbers.

mod drain;
mod into_iter;
mod partial_eq;

pub use drain::Drain;
pub use into_iter::IntoIter;

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;
use core::mem;
use core::ops::{Bound, Deref, DerefMut, Index, IndexMut, RangeBounds};
use core::ptr;
use core::slice::{self, SliceIndex};

use crate::borrow::{Borrow, BorrowMut, Cow, ToOwned};
use crate::boxed::Box;
use crate::string::String;

/// A contiguous growable array type, written `Vec<T>`, short for "vector".
pub struct Vec<T> {
    ptr: *mut T,
    cap: usize,
    len: usize,
    _marker: PhantomData<T>,
}

/* ------------------------------------------------------------------ allocation helpers */

#[cold]
pub(crate) fn capacity_overflow() -> ! {
    panic!("capacity overflow")
}

/// The smallest capacity a growing `Vec` allocates, as Rust's `RawVec` chooses it: small
/// elements get more room up front.
#[inline]
fn min_non_zero_cap(elem_size: usize) -> usize {
    if elem_size == 1 {
        8
    } else if elem_size <= 1024 {
        4
    } else {
        1
    }
}

#[inline]
fn dangling<T>() -> *mut T {
    mem::align_of::<T>() as *mut T
}

/// The size in bytes of `cap` elements, checked against `isize::MAX` as Rust's `Layout` does.
#[inline]
fn array_size<T>(cap: usize) -> usize {
    match cap.checked_mul(mem::size_of::<T>()) {
        Some(n) if n <= isize::MAX as usize => n,
        _ => capacity_overflow(),
    }
}

/// Frees the buffer of `cap` elements at `ptr` (nothing for empty buffers and zero-sized types).
#[inline]
pub(crate) unsafe fn dealloc_buffer<T>(ptr: *mut T, cap: usize) {
    if cap != 0 && mem::size_of::<T>() != 0 {
        unsafe { crate::alloc::dealloc(ptr as *mut u8, cap * mem::size_of::<T>(), mem::align_of::<T>()) }
    }
}

/// Resolves a range over `0..len` to `start..end`, with the panics of slice indexing, in
/// the order Rust's `slice::range` checks them: the end first, then the order of the ends.
/// Not `#[track_caller]`, as in Rust: these panics point into the library.
pub(crate) fn slice_range<R: RangeBounds<usize>>(range: R, len: usize) -> (usize, usize) {
    // `end_shown` is the end as the user wrote it, which the messages print.
    let (end, end_shown) = match range.end_bound() {
        Bound::Included(&e) => match e.checked_add(1) {
            Some(end) => (end, e),
            None => end_index_len_fail(e, len),
        },
        Bound::Excluded(&e) => (e, e),
        Bound::Unbounded => (len, len),
    };
    if end > len {
        end_index_len_fail(end_shown, len);
    }
    let start = match range.start_bound() {
        Bound::Included(&s) => s,
        Bound::Excluded(&s) => match s.checked_add(1) {
            Some(start) => start,
            None => start_index_len_fail(s, len),
        },
        Bound::Unbounded => 0,
    };
    if start > end {
        if start > len {
            start_index_len_fail(start, len);
        }
        panic!("slice index starts at {start} but ends at {end}");
    }
    (start, end)
}

#[cold]
fn end_index_len_fail(index: usize, len: usize) -> ! {
    panic!("range end index {index} out of range for slice of length {len}")
}

#[cold]
fn start_index_len_fail(index: usize, len: usize) -> ! {
    panic!("range start index {index} out of range for slice of length {len}")
}

impl<T> Vec<T> {
    /// An empty vector; allocates nothing.
    #[inline]
    pub const fn new() -> Vec<T> {
        let cap = if mem::size_of::<T>() == 0 { usize::MAX } else { 0 };
        Vec { ptr: mem::align_of::<T>() as *mut T, cap, len: 0, _marker: PhantomData }
    }

    /// An empty vector with room for at least `capacity` elements.
    #[inline]
    pub fn with_capacity(capacity: usize) -> Vec<T> {
        let mut v = Vec::new();
        if capacity != 0 && mem::size_of::<T>() != 0 {
            v.realloc_to(capacity);
        }
        v
    }

    /// A vector from its raw parts, as `into_raw_parts`/`as_mut_ptr` give them.
    #[inline]
    pub unsafe fn from_raw_parts(ptr: *mut T, length: usize, capacity: usize) -> Vec<T> {
        let cap = if mem::size_of::<T>() == 0 { usize::MAX } else { capacity };
        Vec { ptr, cap, len: length, _marker: PhantomData }
    }

    /// Moves the buffer to one of exactly `new_cap` slots (`new_cap >= len`, `T` not zero-sized).
    fn realloc_to(&mut self, new_cap: usize) {
        let elem = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        if new_cap == 0 {
            unsafe { dealloc_buffer(self.ptr, self.cap) };
            self.ptr = dangling();
            self.cap = 0;
            return;
        }
        let new_size = array_size::<T>(new_cap);
        let p = unsafe {
            if self.cap == 0 {
                crate::alloc::alloc(new_size, align)
            } else {
                crate::alloc::realloc_bytes(self.ptr as *mut u8, self.cap * elem, align, new_size)
            }
        };
        if p.is_null() {
            crate::alloc::handle_alloc_error(new_size);
        }
        self.ptr = p as *mut T;
        self.cap = new_cap;
    }

    /// Grows for `additional` more elements the way `push` does: at least doubling.
    fn grow_amortized(&mut self, additional: usize) {
        if mem::size_of::<T>() == 0 {
            // The capacity is already `usize::MAX`; needing more is an overflow.
            capacity_overflow();
        }
        let required = match self.len.checked_add(additional) {
            Some(n) => n,
            None => capacity_overflow(),
        };
        let mut cap = self.cap.wrapping_mul(2);
        if cap < self.cap || cap < required {
            cap = required;
        }
        let min = min_non_zero_cap(mem::size_of::<T>());
        if cap < min {
            cap = min;
        }
        self.realloc_to(cap);
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.cap
    }

    /// Reserves room for at least `additional` more elements.
    pub fn reserve(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            self.grow_amortized(additional);
        }
    }

    /// Reserves room for exactly `additional` more elements.
    pub fn reserve_exact(&mut self, additional: usize) {
        if self.cap - self.len < additional {
            if mem::size_of::<T>() == 0 {
                capacity_overflow();
            }
            match self.len.checked_add(additional) {
                Some(n) => self.realloc_to(n),
                None => capacity_overflow(),
            }
        }
    }

    /// Shrinks the capacity to the length.
    pub fn shrink_to_fit(&mut self) {
        if mem::size_of::<T>() != 0 && self.cap > self.len {
            self.realloc_to(self.len);
        }
    }

    /// Shrinks the capacity to `max(len, min_capacity)`.
    pub fn shrink_to(&mut self, min_capacity: usize) {
        if mem::size_of::<T>() != 0 && self.cap > min_capacity {
            let target = if self.len > min_capacity { self.len } else { min_capacity };
            self.realloc_to(target);
        }
    }

    /// The elements in a boxed slice, with the capacity shrunk to the length first.
    pub fn into_boxed_slice(mut self) -> Box<[T]> {
        self.shrink_to_fit();
        let me = mem::ManuallyDrop::new(self);
        unsafe { Box::from_raw(ptr::slice_from_raw_parts_mut(me.ptr, me.len)) }
    }

    /// Shortens the vector to `len` elements, dropping the rest.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.len {
            return;
        }
        let tail = len;
        let count = self.len - len;
        self.len = len;
        unsafe { ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.ptr.add(tail), count)) }
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        unsafe { slice::from_raw_parts(self.ptr, self.len) }
    }

    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        unsafe { slice::from_raw_parts_mut(self.ptr, self.len) }
    }

    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.ptr
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self.ptr
    }

    #[inline]
    pub unsafe fn set_len(&mut self, new_len: usize) {
        self.len = new_len;
    }

    /// Removes the element at `index` and puts the last element in its place.
    pub fn swap_remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("swap_remove index (is {index}) should be < len (is {len})");
        }
        unsafe {
            let value = ptr::read(self.ptr.add(index));
            ptr::copy(self.ptr.add(len - 1), self.ptr.add(index), 1);
            self.len = len - 1;
            value
        }
    }

    /// Inserts `element` at `index`, shifting the later elements right.
    #[track_caller]
    pub fn insert(&mut self, index: usize, element: T) {
        let len = self.len;
        if index > len {
            panic!("insertion index (is {index}) should be <= len (is {len})");
        }
        if len == self.cap {
            self.grow_amortized(1);
        }
        unsafe {
            let p = self.ptr.add(index);
            if index < len {
                ptr::copy(p, p.add(1), len - index);
            }
            ptr::write(p, element);
        }
        self.len = len + 1;
    }

    /// Removes and returns the element at `index`, shifting the later elements left.
    #[track_caller]
    pub fn remove(&mut self, index: usize) -> T {
        let len = self.len;
        if index >= len {
            panic!("removal index (is {index}) should be < len (is {len})");
        }
        unsafe {
            let p = self.ptr.add(index);
            let value = ptr::read(p);
            ptr::copy(p.add(1), p, len - index - 1);
            self.len = len - 1;
            value
        }
    }

    /// Keeps only the elements for which `f` returns true, in order.
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F) {
        self.retain_by(KeepRef(f))
    }

    /// Keeps only the elements for which `f` returns true, letting `f` change them.
    pub fn retain_mut<F: FnMut(&mut T) -> bool>(&mut self, f: F) {
        self.retain_by(KeepMut(f))
    }

    fn retain_by<K: Keep<T>>(&mut self, mut f: K) {
        let len = self.len;
        // Elements before `kept` are the retained ones, compacted; the vector's length stays
        // at 0 meanwhile so that a panicking `f` leaks rather than double-drops.
        self.len = 0;
        let mut kept = 0;
        let mut i = 0;
        while i < len {
            unsafe {
                let cur = self.ptr.add(i);
                if f.keep(&mut *cur) {
                    if kept != i {
                        ptr::copy_nonoverlapping(cur, self.ptr.add(kept), 1);
                    }
                    kept += 1;
                } else {
                    ptr::drop_in_place(cur);
                }
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Removes consecutive elements that map to the same key.
    pub fn dedup_by_key<K: PartialEq, F: FnMut(&mut T) -> K>(&mut self, key: F) {
        self.dedup_with(SameKey(key, PhantomData))
    }

    /// Removes consecutive elements for which `same_bucket(current, previous_kept)` is true.
    pub fn dedup_by<F: FnMut(&mut T, &mut T) -> bool>(&mut self, same_bucket: F) {
        self.dedup_with(SameBy(same_bucket))
    }

    fn dedup_with<S: SameBucket<T>>(&mut self, mut same_bucket: S) {
        let len = self.len;
        if len <= 1 {
            return;
        }
        self.len = 0;
        let mut kept = 1;
        let mut i = 1;
        while i < len {
            unsafe {
                let cur = self.ptr.add(i);
                let prev = self.ptr.add(kept - 1);
                if same_bucket.same(&mut *cur, &mut *prev) {
                    ptr::drop_in_place(cur);
                } else {
                    if kept != i {
                        ptr::copy_nonoverlapping(cur, self.ptr.add(kept), 1);
                    }
                    kept += 1;
                }
            }
            i += 1;
        }
        self.len = kept;
    }

    /// Appends an element.
    #[inline]
    pub fn push(&mut self, value: T) {
        let len = self.len;
        if len == self.cap {
            self.grow_amortized(1);
        }
        unsafe { ptr::write(self.ptr.add(len), value) };
        self.len = len + 1;
    }

    /// Removes the last element.
    #[inline]
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            None
        } else {
            self.len -= 1;
            unsafe { Some(ptr::read(self.ptr.add(self.len))) }
        }
    }

    /// Removes the last element if `predicate` accepts it.
    pub fn pop_if(&mut self, predicate: impl FnOnce(&mut T) -> bool) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        let last = unsafe { &mut *self.ptr.add(self.len - 1) };
        if predicate(last) { self.pop() } else { None }
    }

    /// Moves all the elements of `other` to the end of `self`, leaving `other` empty.
    pub fn append(&mut self, other: &mut Vec<T>) {
        let count = other.len;
        self.reserve(count);
        unsafe {
            ptr::copy_nonoverlapping(other.ptr, self.ptr.add(self.len), count);
            other.len = 0;
        }
        self.len += count;
    }

    /// Removes the elements in `range`, returning them as an iterator.
    ///
    /// The elements are moved out eagerly: the vector is already shortened when `drain`
    /// returns, and the `Drain` owns what was removed. Dropping it drops what it did not yield.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_, T> {
        let len = self.len;
        let (start, end) = slice_range(range, len);
        let count = end - start;
        let mut removed = Vec::with_capacity(count);
        unsafe {
            ptr::copy_nonoverlapping(self.ptr.add(start), removed.ptr, count);
            removed.len = count;
            ptr::copy(self.ptr.add(end), self.ptr.add(start), len - end);
        }
        self.len = len - count;
        Drain::new(removed.into_iter())
    }

    /// Removes all the elements.
    #[inline]
    pub fn clear(&mut self) {
        self.truncate(0);
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Splits the vector in two at `at`: `self` keeps `[0, at)`, the result holds the rest.
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        let len = self.len;
        if at > len {
            panic!("`at` split index (is {at}) should be <= len (is {len})");
        }
        let count = len - at;
        let mut other = Vec::with_capacity(count);
        unsafe {
            ptr::copy_nonoverlapping(self.ptr.add(at), other.ptr, count);
            other.len = count;
        }
        self.len = at;
        other
    }

    /// Resizes to `new_len`, filling new slots with what `f` returns.
    pub fn resize_with<F: FnMut() -> T>(&mut self, new_len: usize, mut f: F) {
        let len = self.len;
        if new_len > len {
            self.reserve(new_len - len);
            let mut i = len;
            while i < new_len {
                unsafe { ptr::write(self.ptr.add(i), f()) };
                i += 1;
                self.len = i;
            }
        } else {
            self.truncate(new_len);
        }
    }

    /// Consumes the vector and leaks its buffer, returning a mutable slice of its elements.
    pub fn leak<'a>(self) -> &'a mut [T] {
        let me = mem::ManuallyDrop::new(self);
        unsafe { slice::from_raw_parts_mut(me.ptr, me.len) }
    }

    /// Writes `count` elements at the end, `value` cloned for all but the last, which gets
    /// `value` itself.
    fn extend_with(&mut self, count: usize, value: T)
    where
        T: Clone,
    {
        self.reserve(count);
        if count == 0 {
            return;
        }
        let mut i = 1;
        while i < count {
            unsafe { ptr::write(self.ptr.add(self.len), value.clone()) };
            self.len += 1;
            i += 1;
        }
        unsafe { ptr::write(self.ptr.add(self.len), value) };
        self.len += 1;
    }

    /// Pushes the elements an iterator yields, reserving as its size hint says.
    fn extend_desugared<I: Iterator<Item = T>>(&mut self, mut iter: I) {
        while let Some(element) = iter.next() {
            let len = self.len;
            if len == self.cap {
                let (lower, _) = iter.size_hint();
                self.reserve(lower.saturating_add(1));
            }
            unsafe { ptr::write(self.ptr.add(len), element) };
            self.len = len + 1;
        }
    }

    fn extend_iter<I: Iterator<Item = T>>(&mut self, iter: I) {
        let (lower, upper) = iter.size_hint();
        if upper == Some(lower) {
            // An exact size: reserve once, as Rust's `Vec` does for `TrustedLen` iterators.
            self.reserve(lower);
        }
        self.extend_desugared(iter)
    }
}

impl<T: Clone> Vec<T> {
    /// Resizes to `new_len`, filling new slots with clones of `value`.
    pub fn resize(&mut self, new_len: usize, value: T) {
        let len = self.len;
        if new_len > len {
            self.extend_with(new_len - len, value)
        } else {
            self.truncate(new_len);
        }
    }

    /// Clones and appends all the elements of `other`.
    pub fn extend_from_slice(&mut self, other: &[T]) {
        self.reserve(other.len());
        let mut i = 0;
        while i < other.len() {
            unsafe { ptr::write(self.ptr.add(self.len), other[i].clone()) };
            self.len += 1;
            i += 1;
        }
    }

    /// Clones the elements in `src` and appends them.
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let (start, end) = slice_range(src, self.len);
        self.reserve(end - start);
        let mut i = start;
        while i < end {
            unsafe {
                let value = (*self.ptr.add(i)).clone();
                ptr::write(self.ptr.add(self.len), value);
            }
            self.len += 1;
            i += 1;
        }
    }
}

impl<T: PartialEq> Vec<T> {
    /// Removes consecutive repeated elements.
    #[inline]
    pub fn dedup(&mut self) {
        self.dedup_with(SameEq)
    }
}

/* The predicates of `retain` and `dedup`. They are named types rather than closures made
 * in `retain` or `dedup_by_key`: smelt gives a closure defined in a generic function one
 * symbol for all the instances of its parent, so two `retain` calls with different
 * predicates would define one `retain_by` instance twice. */

trait Keep<T> {
    fn keep(&mut self, x: &mut T) -> bool;
}

struct KeepRef<F>(F);

impl<T, F: FnMut(&T) -> bool> Keep<T> for KeepRef<F> {
    #[inline]
    fn keep(&mut self, x: &mut T) -> bool {
        (self.0)(x)
    }
}

struct KeepMut<F>(F);

impl<T, F: FnMut(&mut T) -> bool> Keep<T> for KeepMut<F> {
    #[inline]
    fn keep(&mut self, x: &mut T) -> bool {
        (self.0)(x)
    }
}

trait SameBucket<T> {
    fn same(&mut self, a: &mut T, b: &mut T) -> bool;
}

struct SameBy<F>(F);

impl<T, F: FnMut(&mut T, &mut T) -> bool> SameBucket<T> for SameBy<F> {
    #[inline]
    fn same(&mut self, a: &mut T, b: &mut T) -> bool {
        (self.0)(a, b)
    }
}

struct SameKey<F, K>(F, PhantomData<K>);

impl<T, K: PartialEq, F: FnMut(&mut T) -> K> SameBucket<T> for SameKey<F, K> {
    #[inline]
    fn same(&mut self, a: &mut T, b: &mut T) -> bool {
        let ka = (self.0)(a);
        let kb = (self.0)(b);
        ka == kb
    }
}

struct SameEq;

impl<T: PartialEq> SameBucket<T> for SameEq {
    #[inline]
    fn same(&mut self, a: &mut T, b: &mut T) -> bool {
        *a == *b
    }
}

/// `vec![elem; n]`.
#[doc(hidden)]
pub fn from_elem<T: Clone>(elem: T, n: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(n);
    v.extend_with(n, elem);
    v
}

/// `vec![a, b, c]`.
#[doc(hidden)]
#[inline]
pub fn from_array<T, const N: usize>(array: [T; N]) -> Vec<T> {
    let mut v = Vec::with_capacity(N);
    let array = mem::ManuallyDrop::new(array);
    unsafe {
        ptr::copy_nonoverlapping(&*array as *const [T; N] as *const T, v.ptr, N);
    }
    v.len = N;
    v
}

/* ------------------------------------------------------------------------------ traits */

impl<T> Drop for Vec<T> {
    fn drop(&mut self) {
        unsafe {
            ptr::drop_in_place(ptr::slice_from_raw_parts_mut(self.ptr, self.len));
            dealloc_buffer(self.ptr, self.cap);
        }
    }
}

impl<T> Deref for Vec<T> {
    type Target = [T];
    #[inline]
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> DerefMut for Vec<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Clone> Clone for Vec<T> {
    fn clone(&self) -> Vec<T> {
        self.as_slice().to_vec()
    }

    fn clone_from(&mut self, source: &Vec<T>) {
        self.clear();
        self.extend_from_slice(source);
    }
}

impl<T: Hash> Hash for Vec<T> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        Hash::hash(self.as_slice(), state)
    }
}

impl<T, I: SliceIndex<[T]>> Index<I> for Vec<T> {
    type Output = I::Output;
    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        index.index(self.as_slice())
    }
}

impl<T, I: SliceIndex<[T]>> IndexMut<I> for Vec<T> {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        index.index_mut(self.as_mut_slice())
    }
}

impl<T> FromIterator<T> for Vec<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Vec<T> {
        let mut iter = iter.into_iter();
        let (lower, upper) = iter.size_hint();
        if upper == Some(lower) {
            let mut v = Vec::with_capacity(lower);
            v.extend_desugared(iter);
            return v;
        }
        // As Rust's `Vec`: look at the first element before allocating.
        let first = match iter.next() {
            None => return Vec::new(),
            Some(x) => x,
        };
        let (lower, _) = iter.size_hint();
        let min = min_non_zero_cap(mem::size_of::<T>());
        let want = lower.saturating_add(1);
        let mut v = Vec::with_capacity(if want > min { want } else { min });
        v.push(first);
        v.extend_desugared(iter);
        v
    }
}

impl<T> IntoIterator for Vec<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    #[inline]
    fn into_iter(self) -> IntoIter<T> {
        let me = mem::ManuallyDrop::new(self);
        unsafe { IntoIter::new(me.ptr, me.cap, me.len) }
    }
}

impl<'a, T> IntoIterator for &'a Vec<T> {
    type Item = &'a T;
    type IntoIter = slice::Iter<'a, T>;
    #[inline]
    fn into_iter(self) -> slice::Iter<'a, T> {
        self.as_slice().iter()
    }
}

impl<'a, T> IntoIterator for &'a mut Vec<T> {
    type Item = &'a mut T;
    type IntoIter = slice::IterMut<'a, T>;
    #[inline]
    fn into_iter(self) -> slice::IterMut<'a, T> {
        self.as_mut_slice().iter_mut()
    }
}

impl<T> Extend<T> for Vec<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        self.extend_iter(iter.into_iter())
    }
}

impl<'a, T: Copy + 'a> Extend<&'a T> for Vec<T> {
    #[inline]
    fn extend<I: IntoIterator<Item = &'a T>>(&mut self, iter: I) {
        self.extend_iter(iter.into_iter().copied())
    }
}

impl<T: PartialOrd> PartialOrd for Vec<T> {
    #[inline]
    fn partial_cmp(&self, other: &Vec<T>) -> Option<Ordering> {
        PartialOrd::partial_cmp(self.as_slice(), other.as_slice())
    }
}

impl<T: Eq> Eq for Vec<T> {}

impl<T: Ord> Ord for Vec<T> {
    #[inline]
    fn cmp(&self, other: &Vec<T>) -> Ordering {
        Ord::cmp(self.as_slice(), other.as_slice())
    }
}

impl<T> Default for Vec<T> {
    #[inline]
    fn default() -> Vec<T> {
        Vec::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for Vec<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_slice(), f)
    }
}

impl<T> AsRef<Vec<T>> for Vec<T> {
    fn as_ref(&self) -> &Vec<T> {
        self
    }
}

impl<T> AsMut<Vec<T>> for Vec<T> {
    fn as_mut(&mut self) -> &mut Vec<T> {
        self
    }
}

impl<T> AsRef<[T]> for Vec<T> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> AsMut<[T]> for Vec<T> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T> Borrow<[T]> for Vec<T> {
    fn borrow(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T> BorrowMut<[T]> for Vec<T> {
    fn borrow_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<T: Clone> From<&[T]> for Vec<T> {
    fn from(s: &[T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T: Clone> From<&mut [T]> for Vec<T> {
    fn from(s: &mut [T]) -> Vec<T> {
        s.to_vec()
    }
}

impl<T: Clone, const N: usize> From<&[T; N]> for Vec<T> {
    fn from(s: &[T; N]) -> Vec<T> {
        s.as_slice().to_vec()
    }
}

impl<T: Clone, const N: usize> From<&mut [T; N]> for Vec<T> {
    fn from(s: &mut [T; N]) -> Vec<T> {
        s.as_slice().to_vec()
    }
}

impl<T, const N: usize> From<[T; N]> for Vec<T> {
    fn from(s: [T; N]) -> Vec<T> {
        from_array(s)
    }
}

impl<T> From<Vec<T>> for Box<[T]> {
    fn from(v: Vec<T>) -> Box<[T]> {
        v.into_boxed_slice()
    }
}

impl<T: Clone> From<&[T]> for Box<[T]> {
    fn from(s: &[T]) -> Box<[T]> {
        s.to_vec().into_boxed_slice()
    }
}

impl<T, const N: usize> From<[T; N]> for Box<[T]> {
    fn from(a: [T; N]) -> Box<[T]> {
        from_array(a).into_boxed_slice()
    }
}

impl<T> From<Box<[T]>> for Vec<T> {
    fn from(s: Box<[T]>) -> Vec<T> {
        s.into_vec()
    }
}

impl From<&str> for Vec<u8> {
    fn from(s: &str) -> Vec<u8> {
        s.as_bytes().to_vec()
    }
}

impl From<String> for Vec<u8> {
    fn from(s: String) -> Vec<u8> {
        s.into_bytes()
    }
}

impl<'a, T: Clone> From<Cow<'a, [T]>> for Vec<T>
where
    [T]: ToOwned<Owned = Vec<T>>,
{
    fn from(s: Cow<'a, [T]>) -> Vec<T> {
        s.into_owned()
    }
}

impl<'a, T: Clone> From<&'a Vec<T>> for Cow<'a, [T]> {
    fn from(v: &'a Vec<T>) -> Cow<'a, [T]> {
        Cow::Borrowed(v.as_slice())
    }
}

impl<'a, T: Clone> From<Vec<T>> for Cow<'a, [T]> {
    fn from(v: Vec<T>) -> Cow<'a, [T]> {
        Cow::Owned(v)
    }
}

impl<'a, T: Clone> From<&'a [T]> for Cow<'a, [T]> {
    fn from(s: &'a [T]) -> Cow<'a, [T]> {
        Cow::Borrowed(s)
    }
}

impl<T, const N: usize> TryFrom<Vec<T>> for [T; N] {
    type Error = Vec<T>;

    fn try_from(mut vec: Vec<T>) -> Result<[T; N], Vec<T>> {
        if vec.len() != N {
            return Err(vec);
        }
        unsafe {
            vec.set_len(0);
            Ok(ptr::read(vec.as_ptr() as *const [T; N]))
        }
    }
}

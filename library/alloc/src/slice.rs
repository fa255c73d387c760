//! `[T]`'s methods that allocate (`to_vec`, the stable sorts, `concat`, `join`, `repeat`),
//! and the rest of `core::slice`.

pub use core::slice::*;

use core::cmp::Ordering;
use core::marker::PhantomData;
use core::mem;
use core::ptr;

use crate::borrow::Borrow;
use crate::boxed::Box;
use crate::string::String;
use crate::vec::{self, Vec};

impl<T> [T] {
    /// Copies the elements into a new vector.
    pub fn to_vec(&self) -> Vec<T>
    where
        T: Clone,
    {
        let mut v = Vec::with_capacity(self.len());
        v.extend_from_slice(self);
        v
    }

    /// The boxed slice's elements in a vector, without copying them.
    pub fn into_vec(self: Box<Self>) -> Vec<T> {
        let len = self.len();
        let p = Box::into_raw(self) as *mut T;
        unsafe { Vec::from_raw_parts(p, len, len) }
    }

    /// Sorts the slice, keeping equal elements in order (a merge sort).
    #[inline]
    pub fn sort(&mut self)
    where
        T: Ord,
    {
        merge_sort(self, &mut OrdLess);
    }

    /// Sorts the slice with a comparison function, keeping equal elements in order.
    #[inline]
    pub fn sort_by<F: FnMut(&T, &T) -> Ordering>(&mut self, compare: F) {
        merge_sort(self, &mut CompareLess(compare));
    }

    /// Sorts the slice by a key, keeping elements with equal keys in order.
    #[inline]
    pub fn sort_by_key<K: Ord, F: FnMut(&T) -> K>(&mut self, f: F) {
        merge_sort(self, &mut KeyLess(f, PhantomData));
    }

    /// Sorts the slice by a key computed once per element, keeping equal keys in order.
    pub fn sort_by_cached_key<K: Ord, F: FnMut(&T) -> K>(&mut self, mut f: F) {
        let len = self.len();
        if len < 2 {
            return;
        }
        let mut keys: Vec<(K, usize)> = Vec::with_capacity(len);
        let mut i = 0;
        while i < len {
            keys.push((f(&self[i]), i));
            i += 1;
        }
        // Comparing the keys, then the indices, makes this order the stable one.
        merge_sort(&mut keys, &mut OrdLess);
        // Apply the permutation: position `i` takes the element that was at `keys[i].1`,
        // following moved elements along the chain of swaps.
        let mut i = 0;
        while i < len {
            let mut index = keys[i].1;
            while index < i {
                index = keys[index].1;
            }
            keys[i].1 = index;
            self.swap(i, index);
            i += 1;
        }
    }

    /// Flattens a slice of slice-like values (or of strings) into one vector (or string).
    pub fn concat<Item: ?Sized>(&self) -> <Self as Concat<Item>>::Output
    where
        Self: Concat<Item>,
    {
        Concat::concat(self)
    }

    /// Flattens a slice of slice-like values (or of strings), with a separator between them.
    pub fn join<Separator>(&self, sep: Separator) -> <Self as Join<Separator>>::Output
    where
        Self: Join<Separator>,
    {
        Join::join(self, sep)
    }

    /// The slice repeated `n` times.
    pub fn repeat(&self, n: usize) -> Vec<T>
    where
        T: Copy,
    {
        let total = match self.len().checked_mul(n) {
            Some(t) => t,
            None => vec::capacity_overflow(),
        };
        let mut v = Vec::with_capacity(total);
        let mut i = 0;
        while i < n {
            v.extend_from_slice(self);
            i += 1;
        }
        v
    }
}

impl [u8] {
    /// A copy with ASCII letters uppercased.
    pub fn to_ascii_uppercase(&self) -> Vec<u8> {
        let mut v = self.to_vec();
        for b in v.iter_mut() {
            *b = b.to_ascii_uppercase();
        }
        v
    }

    /// A copy with ASCII letters lowercased.
    pub fn to_ascii_lowercase(&self) -> Vec<u8> {
        let mut v = self.to_vec();
        for b in v.iter_mut() {
            *b = b.to_ascii_lowercase();
        }
        v
    }
}

/// `[V]::concat`: flattening a slice into one value.
pub trait Concat<Item: ?Sized> {
    type Output;
    fn concat(slice: &Self) -> Self::Output;
}

/// `[V]::join`: flattening a slice with a separator.
pub trait Join<Separator> {
    type Output;
    fn join(slice: &Self, sep: Separator) -> Self::Output;
}

impl<T: Clone, V: Borrow<[T]>> Concat<T> for [V] {
    type Output = Vec<T>;

    fn concat(slice: &Self) -> Vec<T> {
        let mut size = 0;
        for v in slice.iter() {
            size += v.borrow().len();
        }
        let mut result = Vec::with_capacity(size);
        for v in slice.iter() {
            result.extend_from_slice(v.borrow())
        }
        result
    }
}

impl<S: Borrow<str>> Concat<str> for [S] {
    type Output = String;

    fn concat(slice: &Self) -> String {
        let mut size = 0;
        for s in slice.iter() {
            size += s.borrow().len();
        }
        let mut result = String::with_capacity(size);
        for s in slice.iter() {
            result.push_str(s.borrow())
        }
        result
    }
}

impl<T: Clone, V: Borrow<[T]>> Join<&T> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &T) -> Vec<T> {
        let mut size = 0;
        for v in slice.iter() {
            size += v.borrow().len();
        }
        if !slice.is_empty() {
            size += slice.len() - 1;
        }
        let mut result = Vec::with_capacity(size);
        let mut first = true;
        for v in slice.iter() {
            if first {
                first = false;
            } else {
                result.push(sep.clone());
            }
            result.extend_from_slice(v.borrow())
        }
        result
    }
}

impl<T: Clone, V: Borrow<[T]>> Join<&[T]> for [V] {
    type Output = Vec<T>;

    fn join(slice: &Self, sep: &[T]) -> Vec<T> {
        let mut size = 0;
        for v in slice.iter() {
            size += v.borrow().len();
        }
        if !slice.is_empty() {
            size += sep.len() * (slice.len() - 1);
        }
        let mut result = Vec::with_capacity(size);
        let mut first = true;
        for v in slice.iter() {
            if first {
                first = false;
            } else {
                result.extend_from_slice(sep);
            }
            result.extend_from_slice(v.borrow())
        }
        result
    }
}

impl<S: Borrow<str>> Join<&str> for [S] {
    type Output = String;

    fn join(slice: &Self, sep: &str) -> String {
        let mut size = 0;
        for s in slice.iter() {
            size += s.borrow().len();
        }
        if !slice.is_empty() {
            size += sep.len() * (slice.len() - 1);
        }
        let mut result = String::with_capacity(size);
        let mut first = true;
        for s in slice.iter() {
            if first {
                first = false;
            } else {
                result.push_str(sep);
            }
            result.push_str(s.borrow())
        }
        result
    }
}

/* --------------------------------------------------------------------------- the sort */

/// The order a sort runs by. Named types rather than closures: smelt gives a closure
/// defined in a generic function one symbol for all the instances of its parent, so a
/// closure handed to `merge_sort` from `sort_by` would clash between two `sort_by` calls.
trait Less<T> {
    fn less(&mut self, a: &T, b: &T) -> bool;
}

/// `Ord`'s order.
struct OrdLess;

impl<T: Ord> Less<T> for OrdLess {
    #[inline]
    fn less(&mut self, a: &T, b: &T) -> bool {
        a.lt(b)
    }
}

/// A comparison function's order.
struct CompareLess<F>(F);

impl<T, F: FnMut(&T, &T) -> Ordering> Less<T> for CompareLess<F> {
    #[inline]
    fn less(&mut self, a: &T, b: &T) -> bool {
        (self.0)(a, b) == Ordering::Less
    }
}

/// The order of a key function's results.
struct KeyLess<F, K>(F, PhantomData<K>);

impl<T, K: Ord, F: FnMut(&T) -> K> Less<T> for KeyLess<F, K> {
    #[inline]
    fn less(&mut self, a: &T, b: &T) -> bool {
        let ka = (self.0)(a);
        let kb = (self.0)(b);
        ka.lt(&kb)
    }
}

/// Slices this short are insertion-sorted.
const INSERTION_SORT_MAX: usize = 20;

/// Stable sort: insertion sort for short slices, else a top-down merge sort whose merges
/// copy the left run into a buffer of half the slice's length.
fn merge_sort<T, L: Less<T>>(v: &mut [T], is_less: &mut L) {
    let len = v.len();
    if mem::size_of::<T>() == 0 || len < 2 {
        return;
    }
    if len <= INSERTION_SORT_MAX {
        insertion_sort(v, is_less);
        return;
    }
    let mut buf: Vec<T> = Vec::with_capacity(len / 2);
    unsafe { merge_sort_rec(v.as_mut_ptr(), len, buf.as_mut_ptr(), is_less) };
}

/// Sorts `len` elements at `v` using `buf` (room for `len / 2` elements) as scratch.
unsafe fn merge_sort_rec<T, L: Less<T>>(v: *mut T, len: usize, buf: *mut T, is_less: &mut L) {
    unsafe {
        if len <= INSERTION_SORT_MAX {
            insertion_sort(from_raw_parts_mut(v, len), is_less);
            return;
        }
        let mid = len / 2;
        merge_sort_rec(v, mid, buf, is_less);
        merge_sort_rec(v.add(mid), len - mid, buf, is_less);
        // Already in order: nothing to merge.
        if !is_less.less(&*v.add(mid), &*v.add(mid - 1)) {
            return;
        }
        // Move the left run out, then merge it and the right run into `v` from the front.
        // The write position never overtakes the right run's read position.
        ptr::copy_nonoverlapping(v, buf, mid);
        let mut left = 0;
        let mut right = mid;
        let mut out = 0;
        while left < mid && right < len {
            // Take from the right only when strictly less: equal elements keep their order.
            if is_less.less(&*v.add(right), &*buf.add(left)) {
                ptr::copy_nonoverlapping(v.add(right), v.add(out), 1);
                right += 1;
            } else {
                ptr::copy_nonoverlapping(buf.add(left), v.add(out), 1);
                left += 1;
            }
            out += 1;
        }
        if left < mid {
            ptr::copy_nonoverlapping(buf.add(left), v.add(out), mid - left);
        }
    }
}

fn insertion_sort<T, L: Less<T>>(v: &mut [T], is_less: &mut L) {
    let len = v.len();
    let p = v.as_mut_ptr();
    let mut i = 1;
    while i < len {
        unsafe {
            if is_less.less(&*p.add(i), &*p.add(i - 1)) {
                let tmp = mem::ManuallyDrop::new(ptr::read(p.add(i)));
                let mut j = i;
                while j > 0 && is_less.less(&*tmp, &*p.add(j - 1)) {
                    ptr::copy_nonoverlapping(p.add(j - 1), p.add(j), 1);
                    j -= 1;
                }
                ptr::copy_nonoverlapping(&*tmp as *const T, p.add(j), 1);
            }
        }
        i += 1;
    }
}

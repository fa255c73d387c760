//! In-place sorting without allocation (`sort_unstable*`, `select_nth_unstable`) and
//! sortedness checks.
//!
//! Short slices (up to 20 elements) are sorted by insertion, as Rust's own unstable sort
//! does, so equal elements keep their order there too; longer ones by heapsort.

use crate::cmp::Ordering;

/// Slices this short are sorted by insertion.
const INSERTION_SORT_MAX: usize = 20;

impl<T> [T] {
    pub fn sort_unstable_by<F>(&mut self, mut compare: F)
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        sort_unstable_with(self, &mut |a: &T, b: &T| compare(a, b) == Ordering::Less);
    }

    pub fn sort_unstable_by_key<K, F>(&mut self, mut f: F)
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        sort_unstable_with(self, &mut |a: &T, b: &T| f(a).lt(&f(b)));
    }

    /// Reorders the slice so the element at `index` is the one a full sort would put
    /// there, smaller ones before it and greater ones after it.
    pub fn select_nth_unstable(&mut self, index: usize) -> (&mut [T], &mut T, &mut [T])
    where
        T: Ord,
    {
        self.select_nth_unstable_by(index, |a, b| a.cmp(b))
    }

    pub fn select_nth_unstable_by<F>(&mut self, index: usize, compare: F) -> (&mut [T], &mut T, &mut [T])
    where
        F: FnMut(&T, &T) -> Ordering,
    {
        let len = self.len();
        if index >= len {
            panic!("partition_at_index index {} greater than length of slice {}", index, len);
        }
        // A full sort is a valid selection.
        self.sort_unstable_by(compare);
        let (left, rest) = self.split_at_mut(index);
        let (nth, right) = match rest.split_first_mut() {
            Some(parts) => parts,
            None => unreachable!(),
        };
        (left, nth, right)
    }

    pub fn select_nth_unstable_by_key<K, F>(&mut self, index: usize, mut f: F) -> (&mut [T], &mut T, &mut [T])
    where
        F: FnMut(&T) -> K,
        K: Ord,
    {
        self.select_nth_unstable_by(index, |a, b| f(a).cmp(&f(b)))
    }

    pub fn is_sorted(&self) -> bool
    where
        T: PartialOrd,
    {
        self.is_sorted_by(|a, b| a <= b)
    }

    pub fn is_sorted_by<F>(&self, mut compare: F) -> bool
    where
        F: FnMut(&T, &T) -> bool,
    {
        let mut i = 1;
        while i < self.len() {
            if !compare(&self[i - 1], &self[i]) {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn is_sorted_by_key<K, F>(&self, mut f: F) -> bool
    where
        F: FnMut(&T) -> K,
        K: PartialOrd,
    {
        self.is_sorted_by(|a, b| f(a) <= f(b))
    }

    pub fn split_first_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        if self.is_empty() {
            return None;
        }
        let (first, rest) = self.split_at_mut(1);
        Some((&mut first[0], rest))
    }

    pub fn split_last_mut(&mut self) -> Option<(&mut T, &mut [T])> {
        let len = self.len();
        if len == 0 {
            return None;
        }
        let (rest, last) = self.split_at_mut(len - 1);
        Some((&mut last[0], rest))
    }
}

/// Sorts `v` by `is_less` without allocating.
pub(crate) fn sort_unstable_with<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    if v.len() <= INSERTION_SORT_MAX {
        insertion_sort_by(v, is_less);
    } else {
        heapsort(v, is_less);
    }
}

fn insertion_sort_by<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let mut i = 1;
    while i < v.len() {
        let mut j = i;
        while j > 0 && is_less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
        i += 1;
    }
}

fn heapsort<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], is_less: &mut F) {
    let len = v.len();
    // Build a max-heap, then move the maximum to the end repeatedly.
    let mut i = len / 2;
    while i > 0 {
        i -= 1;
        sift_down(v, i, len, is_less);
    }
    let mut end = len;
    while end > 1 {
        end -= 1;
        v.swap(0, end);
        sift_down(v, 0, end, is_less);
    }
}

fn sift_down<T, F: FnMut(&T, &T) -> bool>(v: &mut [T], mut node: usize, end: usize, is_less: &mut F) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && is_less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !is_less(&v[node], &v[child]) {
            break;
        }
        v.swap(node, child);
        node = child;
    }
}

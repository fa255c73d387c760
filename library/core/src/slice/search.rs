//! Binary search in sorted slices, by order, comparator or key, and `partition_point`.

use crate::cmp::Ordering;

impl<T> [T] {
    /// Binary search with a comparator that tells how each element compares to the
    /// target: `Ok(index)` of a match, or `Err(index)` where the target would go.
    pub fn binary_search_by<'a, F>(&'a self, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> Ordering,
    {
        // Rust's search: halve the range until one element is left, then compare it. With
        // several equal elements, which one is found is part of the observable behaviour.
        let mut size = self.len();
        if size == 0 {
            return Err(0);
        }
        let mut base = 0usize;
        while size > 1 {
            let half = size / 2;
            let mid = base + half;
            let cmp = f(&self[mid]);
            base = if cmp == Ordering::Greater { base } else { mid };
            size -= half;
        }
        let cmp = f(&self[base]);
        if cmp == Ordering::Equal {
            Ok(base)
        } else {
            let result = base + (cmp == Ordering::Less) as usize;
            Err(result)
        }
    }

    /// Binary search for `b` among the keys `f` extracts.
    pub fn binary_search_by_key<'a, B, F>(&'a self, b: &B, mut f: F) -> Result<usize, usize>
    where
        F: FnMut(&'a T) -> B,
        B: Ord,
    {
        self.binary_search_by(|k| f(k).cmp(b))
    }

    /// The index of the first element for which `pred` is false (the slice must be
    /// partitioned: all `true`s first).
    pub fn partition_point<P>(&self, mut pred: P) -> usize
    where
        P: FnMut(&T) -> bool,
    {
        match self.binary_search_by(|x| if pred(x) { Ordering::Less } else { Ordering::Greater }) {
            Ok(i) => i,
            Err(i) => i,
        }
    }
}

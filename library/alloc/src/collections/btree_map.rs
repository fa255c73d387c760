//! `BTreeMap<K, V>`: an ordered map.
//!
//! smelt's map is a vector of `(key, value)` pairs kept sorted by key, searched by
//! bisection: what the user sees (iteration in key order, ranges, the entry API, `Debug`)
//! is Rust's; insertions and removals in the middle cost O(n) rather than O(log n). A real
//! B-tree can replace the vector behind the same API.

use crate::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::FromIterator;
use core::mem;
use core::ops::{Bound, Index, RangeBounds};
use core::slice;

use crate::vec::{self, Vec};

/// An ordered map based on a sorted vector.
pub struct BTreeMap<K, V> {
    entries: Vec<(K, V)>,
}

impl<K, V> BTreeMap<K, V> {
    #[inline]
    pub const fn new() -> BTreeMap<K, V> {
        BTreeMap { entries: Vec::new() }
    }

    #[inline]
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries in key order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { iter: self.entries.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { iter: self.entries.iter_mut() }
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { iter: self.entries.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { iter: self.entries.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { iter: self.entries.iter_mut() }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { iter: self.entries.into_iter() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { iter: self.entries.into_iter() }
    }

    pub fn first_key_value(&self) -> Option<(&K, &V)> {
        self.entries.first().map(|e| (&e.0, &e.1))
    }

    pub fn last_key_value(&self) -> Option<(&K, &V)> {
        self.entries.last().map(|e| (&e.0, &e.1))
    }

    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.entries.is_empty() { None } else { Some(self.entries.remove(0)) }
    }

    pub fn pop_last(&mut self) -> Option<(K, V)> {
        self.entries.pop()
    }

    pub fn first_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        if self.entries.is_empty() { None } else { Some(OccupiedEntry { map: self, index: 0 }) }
    }

    pub fn last_entry(&mut self) -> Option<OccupiedEntry<'_, K, V>> {
        let len = self.entries.len();
        if len == 0 { None } else { Some(OccupiedEntry { map: self, index: len - 1 }) }
    }

    /// Keeps the entries for which `f` returns `true`, visiting them in key order.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        self.entries.retain_mut(|e| f(&e.0, &mut e.1));
    }
}

impl<K: Ord, V> BTreeMap<K, V> {
    /// Where `key` is (`Ok`) or would be inserted (`Err`).
    fn search<Q: ?Sized + Ord>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        let mut lo = 0;
        let mut hi = self.entries.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.entries[mid].0.borrow().cmp(key) {
                Ordering::Less => lo = mid + 1,
                Ordering::Greater => hi = mid,
                Ordering::Equal => return Ok(mid),
            }
        }
        Err(lo)
    }

    pub fn get<Q: ?Sized + Ord>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        match self.search(key) {
            Ok(i) => Some(&self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn get_key_value<Q: ?Sized + Ord>(&self, key: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        match self.search(key) {
            Ok(i) => {
                let e = &self.entries[i];
                Some((&e.0, &e.1))
            }
            Err(_) => None,
        }
    }

    pub fn get_mut<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match self.search(key) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }

    pub fn contains_key<Q: ?Sized + Ord>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.search(key).is_ok()
    }

    /// Inserts `value` under `key`, returning the old value if there was one (the old key
    /// stays, as in Rust).
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.search(&key) {
            Ok(i) => Some(mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.remove_entry(key).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: ?Sized + Ord>(&mut self, key: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        match self.search(key) {
            Ok(i) => Some(self.entries.remove(i)),
            Err(_) => None,
        }
    }

    /// Moves all entries of `other` into `self` (`other`'s values win on equal keys).
    pub fn append(&mut self, other: &mut BTreeMap<K, V>) {
        let theirs = mem::take(&mut other.entries);
        for (k, v) in theirs {
            self.insert(k, v);
        }
    }

    /// The entry of `key`, for in-place manipulation.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        match self.search(&key) {
            Ok(index) => Entry::Occupied(OccupiedEntry { map: self, index }),
            Err(index) => Entry::Vacant(VacantEntry { map: self, index, key }),
        }
    }

    /// Splits the map at `key`: the entries from `key` on move to the result.
    pub fn split_off<Q: ?Sized + Ord>(&mut self, key: &Q) -> BTreeMap<K, V>
    where
        K: Borrow<Q>,
    {
        let at = match self.search(key) {
            Ok(i) => i,
            Err(i) => i,
        };
        BTreeMap { entries: self.entries.split_off(at) }
    }

    /// The index range of the entries in `range`; panics on a reversed range as Rust does.
    fn range_indices<T: ?Sized + Ord, R: RangeBounds<T>>(&self, range: &R) -> (usize, usize)
    where
        K: Borrow<T>,
    {
        match (range.start_bound(), range.end_bound()) {
            (Bound::Excluded(s), Bound::Excluded(e)) if s == e => {
                panic!("range start and end are equal and excluded in BTreeMap")
            }
            (Bound::Included(s) | Bound::Excluded(s), Bound::Included(e) | Bound::Excluded(e)) if s > e => {
                panic!("range start is greater than range end in BTreeMap")
            }
            _ => {}
        }
        let start = match range.start_bound() {
            Bound::Included(s) => self.partition_point(|k| k.borrow() < s),
            Bound::Excluded(s) => self.partition_point(|k| k.borrow() <= s),
            Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            Bound::Included(e) => self.partition_point(|k| k.borrow() <= e),
            Bound::Excluded(e) => self.partition_point(|k| k.borrow() < e),
            Bound::Unbounded => self.entries.len(),
        };
        (start, if end < start { start } else { end })
    }

    /// The number of leading entries whose key satisfies `pred` (which must be true for a
    /// prefix of the keys).
    fn partition_point<P: FnMut(&K) -> bool>(&self, mut pred: P) -> usize {
        let mut lo = 0;
        let mut hi = self.entries.len();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(&self.entries[mid].0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The entries whose keys are in `range`, in key order.
    pub fn range<T: ?Sized + Ord, R: RangeBounds<T>>(&self, range: R) -> Range<'_, K, V>
    where
        K: Borrow<T>,
    {
        let (start, end) = self.range_indices(&range);
        Range { iter: self.entries[start..end].iter() }
    }

    pub fn range_mut<T: ?Sized + Ord, R: RangeBounds<T>>(&mut self, range: R) -> RangeMut<'_, K, V>
    where
        K: Borrow<T>,
    {
        let (start, end) = self.range_indices(&range);
        RangeMut { iter: self.entries[start..end].iter_mut() }
    }

    /// Builds a map from pairs sorted by key, keeping the last of equal keys.
    fn from_sorted_vec(sorted: Vec<(K, V)>) -> BTreeMap<K, V> {
        let mut entries: Vec<(K, V)> = Vec::with_capacity(sorted.len());
        for (k, v) in sorted {
            if let Some(last) = entries.last_mut() {
                if last.0 == k {
                    *last = (k, v);
                    continue;
                }
            }
            entries.push((k, v));
        }
        BTreeMap { entries }
    }
}

/* ------------------------------------------------------------------- traits */

impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {
    fn clone(&self) -> BTreeMap<K, V> {
        BTreeMap { entries: self.entries.clone() }
    }
}

impl<K, V> Default for BTreeMap<K, V> {
    #[inline]
    fn default() -> BTreeMap<K, V> {
        BTreeMap::new()
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for BTreeMap<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {
    fn eq(&self, other: &BTreeMap<K, V>) -> bool {
        self.entries == other.entries
    }
}

impl<K: Eq, V: Eq> Eq for BTreeMap<K, V> {}

impl<K: PartialOrd, V: PartialOrd> PartialOrd for BTreeMap<K, V> {
    fn partial_cmp(&self, other: &BTreeMap<K, V>) -> Option<Ordering> {
        super::iter_partial_cmp(self.iter(), other.iter())
    }
}

impl<K: Ord, V: Ord> Ord for BTreeMap<K, V> {
    fn cmp(&self, other: &BTreeMap<K, V>) -> Ordering {
        super::iter_cmp(self.iter(), other.iter())
    }
}

impl<K: Hash, V: Hash> Hash for BTreeMap<K, V> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_length_prefix(self.len());
        for e in self.entries.iter() {
            e.0.hash(state);
            e.1.hash(state);
        }
    }
}

#[cold]
#[track_caller]
fn no_entry() -> ! {
    panic!("no entry found for key")
}

impl<K: Ord + Borrow<Q>, Q: ?Sized + Ord, V> Index<&Q> for BTreeMap<K, V> {
    type Output = V;

    /// The value of `key`; panics if there is none.
    #[inline]
    #[track_caller]
    fn index(&self, key: &Q) -> &V {
        match self.get(key) {
            Some(v) => v,
            None => no_entry(),
        }
    }
}

impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> BTreeMap<K, V> {
        let mut pairs: Vec<(K, V)> = iter.into_iter().collect();
        if pairs.is_empty() {
            return BTreeMap::new();
        }
        // A stable sort keeps equal keys in insertion order, so the last one wins.
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        BTreeMap::from_sorted_vec(pairs)
    }
}

impl<K: Ord, V> Extend<(K, V)> for BTreeMap<K, V> {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Ord + Copy, V: Copy> Extend<(&'a K, &'a V)> for BTreeMap<K, V> {
    fn extend<I: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<K: Ord, V, const N: usize> From<[(K, V); N]> for BTreeMap<K, V> {
    fn from(arr: [(K, V); N]) -> BTreeMap<K, V> {
        BTreeMap::from_iter(arr)
    }
}

impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { iter: self.entries.into_iter() }
    }
}

impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

/* ---------------------------------------------------------------- entry API */

/// A view into one entry of a map, vacant or occupied (`BTreeMap::entry`).
pub enum Entry<'a, K: 'a, V: 'a> {
    Vacant(VacantEntry<'a, K, V>),
    Occupied(OccupiedEntry<'a, K, V>),
}

/// An entry whose key is not in the map.
pub struct VacantEntry<'a, K, V> {
    map: &'a mut BTreeMap<K, V>,
    index: usize,
    key: K,
}

/// An entry whose key is in the map.
pub struct OccupiedEntry<'a, K, V> {
    map: &'a mut BTreeMap<K, V>,
    index: usize,
}

impl<'a, K: Ord, V> Entry<'a, K, V> {
    /// The value, inserting `default` first if the entry is vacant.
    pub fn or_insert(self, default: V) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default),
        }
    }

    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(default()),
        }
    }

    pub fn or_insert_with_key<F: FnOnce(&K) -> V>(self, default: F) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => {
                let value = default(&entry.key);
                entry.insert(value)
            }
        }
    }

    pub fn key(&self) -> &K {
        match self {
            Entry::Occupied(entry) => entry.key(),
            Entry::Vacant(entry) => entry.key(),
        }
    }

    /// Runs `f` on the value if the entry is occupied.
    pub fn and_modify<F: FnOnce(&mut V)>(self, f: F) -> Entry<'a, K, V> {
        match self {
            Entry::Occupied(mut entry) => {
                f(entry.get_mut());
                Entry::Occupied(entry)
            }
            Entry::Vacant(entry) => Entry::Vacant(entry),
        }
    }

    /// Sets the value, returning the occupied entry.
    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        match self {
            Entry::Occupied(mut entry) => {
                entry.insert(value);
                entry
            }
            Entry::Vacant(entry) => entry.insert_entry(value),
        }
    }
}

impl<'a, K: Ord, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(V::default()),
        }
    }
}

impl<'a, K: Ord, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts the value and returns a reference to it.
    pub fn insert(self, value: V) -> &'a mut V {
        let VacantEntry { map, index, key } = self;
        map.entries.insert(index, (key, value));
        &mut map.entries[index].1
    }

    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let VacantEntry { map, index, key } = self;
        map.entries.insert(index, (key, value));
        OccupiedEntry { map, index }
    }
}

impl<'a, K: Ord, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.map.entries[self.index].0
    }

    pub fn get(&self) -> &V {
        &self.map.entries[self.index].1
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut self.map.entries[self.index].1
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut self.map.entries[self.index].1
    }

    /// Sets the value, returning the old one.
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.map.entries.remove(self.index).1
    }

    pub fn remove_entry(self) -> (K, V) {
        self.map.entries.remove(self.index)
    }
}

impl<K: fmt::Debug + Ord, V: fmt::Debug> fmt::Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Vacant(v) => f.debug_tuple("Entry").field(v).finish(),
            Entry::Occupied(o) => f.debug_tuple("Entry").field(o).finish(),
        }
    }
}

impl<K: fmt::Debug + Ord, V> fmt::Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

impl<K: fmt::Debug + Ord, V: fmt::Debug> fmt::Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish()
    }
}

/* ---------------------------------------------------------------- iterators */

/// Defines an iterator over `$inner` (a slice or vector iterator of pairs) whose items
/// `$map` makes from each pair.
macro_rules! pair_iter {
    ($(#[$doc:meta])* $name:ident<$($lt:lifetime,)? K, V>, $inner:ty, $item:ty, |$e:ident| $map:expr) => {
        $(#[$doc])*
        pub struct $name<$($lt,)? K, V> {
            iter: $inner,
        }

        impl<$($lt,)? K, V> Iterator for $name<$($lt,)? K, V> {
            type Item = $item;

            #[inline]
            fn next(&mut self) -> Option<$item> {
                let $e = self.iter.next()?;
                Some($map)
            }

            #[inline]
            fn size_hint(&self) -> (usize, Option<usize>) {
                self.iter.size_hint()
            }
        }

        impl<$($lt,)? K, V> DoubleEndedIterator for $name<$($lt,)? K, V> {
            #[inline]
            fn next_back(&mut self) -> Option<$item> {
                let $e = self.iter.next_back()?;
                Some($map)
            }
        }

        impl<$($lt,)? K, V> ExactSizeIterator for $name<$($lt,)? K, V> {}
    };
}

pair_iter!(
    /// An iterator over a map's entries in key order.
    Iter<'a, K, V>, slice::Iter<'a, (K, V)>, (&'a K, &'a V), |e| (&e.0, &e.1)
);
pair_iter!(
    /// A mutable iterator over a map's entries in key order.
    IterMut<'a, K, V>, slice::IterMut<'a, (K, V)>, (&'a K, &'a mut V), |e| (&e.0, &mut e.1)
);
pair_iter!(
    /// An owning iterator over a map's entries in key order.
    IntoIter<K, V>, vec::IntoIter<(K, V)>, (K, V), |e| e
);
pair_iter!(
    /// An iterator over a map's keys in order.
    Keys<'a, K, V>, slice::Iter<'a, (K, V)>, &'a K, |e| &e.0
);
pair_iter!(
    /// An iterator over a map's values in key order.
    Values<'a, K, V>, slice::Iter<'a, (K, V)>, &'a V, |e| &e.1
);
pair_iter!(
    /// A mutable iterator over a map's values in key order.
    ValuesMut<'a, K, V>, slice::IterMut<'a, (K, V)>, &'a mut V, |e| &mut e.1
);
pair_iter!(
    /// An owning iterator over a map's keys in order.
    IntoKeys<K, V>, vec::IntoIter<(K, V)>, K, |e| e.0
);
pair_iter!(
    /// An owning iterator over a map's values in key order.
    IntoValues<K, V>, vec::IntoIter<(K, V)>, V, |e| e.1
);
pair_iter!(
    /// An iterator over the entries of a range of keys.
    Range<'a, K, V>, slice::Iter<'a, (K, V)>, (&'a K, &'a V), |e| (&e.0, &e.1)
);
pair_iter!(
    /// A mutable iterator over the entries of a range of keys.
    RangeMut<'a, K, V>, slice::IterMut<'a, (K, V)>, (&'a K, &'a mut V), |e| (&e.0, &mut e.1)
);

impl<K, V> Clone for Iter<'_, K, V> {
    fn clone(&self) -> Self {
        Iter { iter: self.iter.clone() }
    }
}

impl<K, V> Clone for Keys<'_, K, V> {
    fn clone(&self) -> Self {
        Keys { iter: self.iter.clone() }
    }
}

impl<K, V> Clone for Values<'_, K, V> {
    fn clone(&self) -> Self {
        Values { iter: self.iter.clone() }
    }
}

impl<K, V> Clone for Range<'_, K, V> {
    fn clone(&self) -> Self {
        Range { iter: self.iter.clone() }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Iter<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<K: fmt::Debug, V> fmt::Debug for Keys<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<K, V: fmt::Debug> fmt::Debug for Values<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

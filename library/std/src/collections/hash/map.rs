//! `HashMap<K, V, S>`: a hash map.
//!
//! The entries live in a dense vector, in insertion order (a removal moves the last entry
//! into the hole); an open-addressing table of entry indices, probed linearly from the
//! hash, finds them. Removal shifts the following probe run back, so the table needs no
//! tombstones. The table has a power-of-two number of slots, sized and grown as Rust's
//! (hashbrown's) table is, so `capacity()` reports the same numbers.
//!
//! Rust's iteration order depends on a random seed, so programs cannot depend on it; this
//! one is deterministic.

use core::fmt;
use core::hash::{BuildHasher, Hash};
use core::iter::FromIterator;
use core::mem;
use core::ops::Index;
use core::slice;

use alloc_crate::borrow::Borrow;
use alloc_crate::vec::{self, Vec};

use crate::hash::RandomState;

/// A slot of the index table that holds no entry.
const EMPTY: usize = usize::MAX;

struct Bucket<K, V> {
    hash: u64,
    key: K,
    value: V,
}

impl<K: Clone, V: Clone> Clone for Bucket<K, V> {
    fn clone(&self) -> Self {
        Bucket { hash: self.hash, key: self.key.clone(), value: self.value.clone() }
    }
}

/// The slot count for `cap` entries (hashbrown's rule: room for 7/8 of the slots used).
fn capacity_to_buckets(cap: usize) -> usize {
    if cap == 0 {
        0
    } else if cap < 4 {
        4
    } else if cap < 8 {
        8
    } else {
        match cap.checked_mul(8) {
            Some(n) => (n / 7).next_power_of_two(),
            None => panic!("capacity overflow"),
        }
    }
}

/// How many entries `buckets` slots may hold.
fn buckets_to_capacity(buckets: usize) -> usize {
    if buckets <= 8 { buckets.saturating_sub(1) } else { buckets / 8 * 7 }
}

/// The entries and their index table.
struct RawTable<K, V> {
    entries: Vec<Bucket<K, V>>,
    /// Entry indices by hash, or `EMPTY`; the length is zero or a power of two.
    slots: Vec<usize>,
}

impl<K: Clone, V: Clone> Clone for RawTable<K, V> {
    fn clone(&self) -> Self {
        RawTable { entries: self.entries.clone(), slots: self.slots.clone() }
    }
}

impl<K, V> RawTable<K, V> {
    const fn new() -> RawTable<K, V> {
        RawTable { entries: Vec::new(), slots: Vec::new() }
    }

    fn with_capacity(cap: usize) -> RawTable<K, V> {
        let mut t = RawTable::new();
        t.resize(capacity_to_buckets(cap));
        t
    }

    #[inline]
    fn capacity(&self) -> usize {
        buckets_to_capacity(self.slots.len())
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The slot and entry index of the entry with `hash` for which `eq` holds.
    fn find<F: FnMut(&K) -> bool>(&self, hash: u64, mut eq: F) -> Option<(usize, usize)> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut slot = hash as usize & mask;
        loop {
            let idx = self.slots[slot];
            if idx == EMPTY {
                return None;
            }
            let b = &self.entries[idx];
            if b.hash == hash && eq(&b.key) {
                return Some((slot, idx));
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The first free slot on `hash`'s probe sequence (there must be one).
    fn free_slot(&self, hash: u64) -> usize {
        let mask = self.mask();
        let mut slot = hash as usize & mask;
        while self.slots[slot] != EMPTY {
            slot = (slot + 1) & mask;
        }
        slot
    }

    /// Moves to `buckets` slots and re-indexes every entry.
    fn resize(&mut self, buckets: usize) {
        self.slots = Vec::new();
        if buckets == 0 {
            return;
        }
        self.slots.resize(buckets, EMPTY);
        let mut i = 0;
        while i < self.entries.len() {
            let slot = self.free_slot(self.entries[i].hash);
            self.slots[slot] = i;
            i += 1;
        }
    }

    /// Makes room for `additional` more entries.
    fn reserve(&mut self, additional: usize) {
        let len = self.entries.len();
        let needed = match len.checked_add(additional) {
            Some(n) => n,
            None => panic!("capacity overflow"),
        };
        let cap = self.capacity();
        if needed > cap {
            let target = if needed > cap + 1 { needed } else { cap + 1 };
            self.resize(capacity_to_buckets(target));
        }
    }

    fn shrink_to(&mut self, min_capacity: usize) {
        let len = self.entries.len();
        let target = if len > min_capacity { len } else { min_capacity };
        let buckets = capacity_to_buckets(target);
        if buckets < self.slots.len() {
            self.resize(buckets);
            self.entries.shrink_to_fit();
        }
    }

    /// Adds an entry known not to be present; room must have been reserved.
    fn insert_new(&mut self, hash: u64, key: K, value: V) -> usize {
        let idx = self.entries.len();
        self.entries.push(Bucket { hash, key, value });
        let slot = self.free_slot(hash);
        self.slots[slot] = idx;
        idx
    }

    /// Removes the entry at `index`, found in `slot`.
    fn remove_at(&mut self, slot: usize, index: usize) -> Bucket<K, V> {
        // Shift the probe run after the slot back over it.
        let mask = self.mask();
        let mut hole = slot;
        let mut j = slot;
        loop {
            j = (j + 1) & mask;
            let idx = self.slots[j];
            if idx == EMPTY {
                break;
            }
            let ideal = self.entries[idx].hash as usize & mask;
            // The entry may move back to the hole unless its ideal slot lies after the
            // hole (cyclically, up to `j`).
            if (j.wrapping_sub(ideal) & mask) >= (j.wrapping_sub(hole) & mask) {
                self.slots[hole] = idx;
                hole = j;
            }
        }
        self.slots[hole] = EMPTY;
        // Fill the entry vector's hole with its last entry and re-point that one's slot.
        let last = self.entries.len() - 1;
        let removed = self.entries.swap_remove(index);
        if index != last {
            let mut s = self.entries[index].hash as usize & mask;
            while self.slots[s] != last {
                s = (s + 1) & mask;
            }
            self.slots[s] = index;
        }
        removed
    }

    fn clear(&mut self) {
        self.entries.clear();
        let mut i = 0;
        while i < self.slots.len() {
            self.slots[i] = EMPTY;
            i += 1;
        }
    }

    /// Re-indexes after entries were removed from the vector directly.
    fn rebuild(&mut self) {
        let buckets = self.slots.len();
        self.resize(buckets);
    }
}

/// A hash map with a deterministic default hasher.
pub struct HashMap<K, V, S = RandomState> {
    hash_builder: S,
    table: RawTable<K, V>,
}

impl<K, V> HashMap<K, V, RandomState> {
    #[inline]
    pub fn new() -> HashMap<K, V, RandomState> {
        HashMap { hash_builder: RandomState::new(), table: RawTable::new() }
    }

    #[inline]
    pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState> {
        HashMap { hash_builder: RandomState::new(), table: RawTable::with_capacity(capacity) }
    }
}

impl<K, V, S> HashMap<K, V, S> {
    #[inline]
    pub const fn with_hasher(hash_builder: S) -> HashMap<K, V, S> {
        HashMap { hash_builder, table: RawTable::new() }
    }

    #[inline]
    pub fn with_capacity_and_hasher(capacity: usize, hash_builder: S) -> HashMap<K, V, S> {
        HashMap { hash_builder, table: RawTable::with_capacity(capacity) }
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.table.capacity()
    }

    #[inline]
    pub fn hasher(&self) -> &S {
        &self.hash_builder
    }

    pub fn keys(&self) -> Keys<'_, K, V> {
        Keys { iter: self.table.entries.iter() }
    }

    pub fn values(&self) -> Values<'_, K, V> {
        Values { iter: self.table.entries.iter() }
    }

    pub fn values_mut(&mut self) -> ValuesMut<'_, K, V> {
        ValuesMut { iter: self.table.entries.iter_mut() }
    }

    pub fn into_keys(self) -> IntoKeys<K, V> {
        IntoKeys { iter: self.table.entries.into_iter() }
    }

    pub fn into_values(self) -> IntoValues<K, V> {
        IntoValues { iter: self.table.entries.into_iter() }
    }

    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter { iter: self.table.entries.iter() }
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, K, V> {
        IterMut { iter: self.table.entries.iter_mut() }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.table.entries.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.table.entries.is_empty()
    }

    /// Removes all entries, returning them as an iterator; the capacity stays.
    pub fn drain(&mut self) -> Drain<'_, K, V> {
        let entries = mem::take(&mut self.table.entries);
        self.table.clear();
        Drain { iter: entries.into_iter(), marker: core::marker::PhantomData }
    }

    /// Keeps the entries for which `f` returns `true`.
    pub fn retain<F: FnMut(&K, &mut V) -> bool>(&mut self, mut f: F) {
        let before = self.table.entries.len();
        self.table.entries.retain_mut(|b| f(&b.key, &mut b.value));
        if self.table.entries.len() != before {
            self.table.rebuild();
        }
    }

    #[inline]
    pub fn clear(&mut self) {
        self.table.clear();
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S> {
    #[inline]
    fn hash_of<Q: ?Sized + Hash>(&self, key: &Q) -> u64 {
        self.hash_builder.hash_one(key)
    }

    fn find<Q: ?Sized + Hash + Eq>(&self, key: &Q) -> Option<(usize, usize)>
    where
        K: Borrow<Q>,
    {
        if self.table.entries.is_empty() {
            return None;
        }
        let hash = self.hash_of(key);
        self.table.find(hash, |k| k.borrow() == key)
    }

    pub fn reserve(&mut self, additional: usize) {
        self.table.reserve(additional);
    }

    pub fn shrink_to_fit(&mut self) {
        self.table.shrink_to(0);
    }

    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.table.shrink_to(min_capacity);
    }

    /// The entry of `key`, for in-place manipulation.
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V> {
        let hash = self.hash_of(&key);
        match self.table.find(hash, |k| *k == key) {
            Some((slot, index)) => Entry::Occupied(OccupiedEntry { table: &mut self.table, slot, index }),
            None => {
                self.table.reserve(1);
                Entry::Vacant(VacantEntry { table: &mut self.table, hash, key })
            }
        }
    }

    pub fn get<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((_, i)) => Some(&self.table.entries[i].value),
            None => None,
        }
    }

    pub fn get_key_value<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> Option<(&K, &V)>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((_, i)) => {
                let b = &self.table.entries[i];
                Some((&b.key, &b.value))
            }
            None => None,
        }
    }

    pub fn contains_key<Q: ?Sized + Hash + Eq>(&self, k: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(k).is_some()
    }

    pub fn get_mut<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((_, i)) => Some(&mut self.table.entries[i].value),
            None => None,
        }
    }

    /// Inserts `v` under `k`, returning the old value if there was one (the old key stays).
    pub fn insert(&mut self, k: K, v: V) -> Option<V> {
        let hash = self.hash_of(&k);
        match self.table.find(hash, |key| *key == k) {
            Some((_, i)) => Some(mem::replace(&mut self.table.entries[i].value, v)),
            None => {
                self.table.reserve(1);
                self.table.insert_new(hash, k, v);
                None
            }
        }
    }

    pub fn remove<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.remove_entry(k).map(|(_, v)| v)
    }

    pub fn remove_entry<Q: ?Sized + Hash + Eq>(&mut self, k: &Q) -> Option<(K, V)>
    where
        K: Borrow<Q>,
    {
        match self.find(k) {
            Some((slot, i)) => {
                let b = self.table.remove_at(slot, i);
                Some((b.key, b.value))
            }
            None => None,
        }
    }
}

impl<K: Clone, V: Clone, S: Clone> Clone for HashMap<K, V, S> {
    fn clone(&self) -> Self {
        HashMap { hash_builder: self.hash_builder.clone(), table: self.table.clone() }
    }
}

impl<K, V, S: Default> Default for HashMap<K, V, S> {
    #[inline]
    fn default() -> HashMap<K, V, S> {
        HashMap::with_hasher(S::default())
    }
}

impl<K: fmt::Debug, V: fmt::Debug, S> fmt::Debug for HashMap<K, V, S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K: Eq + Hash, V: PartialEq, S: BuildHasher> PartialEq for HashMap<K, V, S> {
    fn eq(&self, other: &HashMap<K, V, S>) -> bool {
        if self.len() != other.len() {
            return false;
        }
        self.iter().all(|(key, value)| other.get(key).map_or(false, |v| *value == *v))
    }
}

impl<K: Eq + Hash, V: Eq, S: BuildHasher> Eq for HashMap<K, V, S> {}

#[cold]
#[track_caller]
fn no_entry() -> ! {
    panic!("no entry found for key")
}

impl<K: Eq + Hash + Borrow<Q>, Q: ?Sized + Eq + Hash, V, S: BuildHasher> Index<&Q> for HashMap<K, V, S> {
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

impl<K: Eq + Hash, V, S: BuildHasher + Default> FromIterator<(K, V)> for HashMap<K, V, S> {
    fn from_iter<T: IntoIterator<Item = (K, V)>>(iter: T) -> HashMap<K, V, S> {
        let mut map = HashMap::with_hasher(S::default());
        map.extend(iter);
        map
    }
}

impl<K: Eq + Hash, V, S: BuildHasher> Extend<(K, V)> for HashMap<K, V, S> {
    fn extend<T: IntoIterator<Item = (K, V)>>(&mut self, iter: T) {
        let iter = iter.into_iter();
        // Reserve as hashbrown does: all of the hint into an empty map, half otherwise.
        let (lower, _) = iter.size_hint();
        let reserve = if self.is_empty() { lower } else { (lower + 1) / 2 };
        self.reserve(reserve);
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<'a, K: Eq + Hash + Copy, V: Copy, S: BuildHasher> Extend<(&'a K, &'a V)> for HashMap<K, V, S> {
    fn extend<T: IntoIterator<Item = (&'a K, &'a V)>>(&mut self, iter: T) {
        for (k, v) in iter {
            self.insert(*k, *v);
        }
    }
}

impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V, RandomState> {
    fn from(arr: [(K, V); N]) -> HashMap<K, V, RandomState> {
        HashMap::from_iter(arr)
    }
}

impl<K, V, S> IntoIterator for HashMap<K, V, S> {
    type Item = (K, V);
    type IntoIter = IntoIter<K, V>;

    fn into_iter(self) -> IntoIter<K, V> {
        IntoIter { iter: self.table.entries.into_iter() }
    }
}

impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;

    fn into_iter(self) -> Iter<'a, K, V> {
        self.iter()
    }
}

impl<'a, K, V, S> IntoIterator for &'a mut HashMap<K, V, S> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = IterMut<'a, K, V>;

    fn into_iter(self) -> IterMut<'a, K, V> {
        self.iter_mut()
    }
}

/* ---------------------------------------------------------------- entry API */

/// A view into one entry of a map, vacant or occupied (`HashMap::entry`).
pub enum Entry<'a, K: 'a, V: 'a> {
    Occupied(OccupiedEntry<'a, K, V>),
    Vacant(VacantEntry<'a, K, V>),
}

/// An entry whose key is in the map.
pub struct OccupiedEntry<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    slot: usize,
    index: usize,
}

/// An entry whose key is not in the map (room for it is reserved).
pub struct VacantEntry<'a, K, V> {
    table: &'a mut RawTable<K, V>,
    hash: u64,
    key: K,
}

impl<'a, K, V> Entry<'a, K, V> {
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

impl<'a, K, V: Default> Entry<'a, K, V> {
    pub fn or_default(self) -> &'a mut V {
        match self {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(V::default()),
        }
    }
}

impl<'a, K, V> OccupiedEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.table.entries[self.index].key
    }

    pub fn get(&self) -> &V {
        &self.table.entries[self.index].value
    }

    pub fn get_mut(&mut self) -> &mut V {
        &mut self.table.entries[self.index].value
    }

    pub fn into_mut(self) -> &'a mut V {
        &mut self.table.entries[self.index].value
    }

    /// Sets the value, returning the old one.
    pub fn insert(&mut self, value: V) -> V {
        mem::replace(self.get_mut(), value)
    }

    pub fn remove(self) -> V {
        self.remove_entry().1
    }

    pub fn remove_entry(self) -> (K, V) {
        let b = self.table.remove_at(self.slot, self.index);
        (b.key, b.value)
    }
}

impl<'a, K, V> VacantEntry<'a, K, V> {
    pub fn key(&self) -> &K {
        &self.key
    }

    pub fn into_key(self) -> K {
        self.key
    }

    /// Inserts the value and returns a reference to it.
    pub fn insert(self, value: V) -> &'a mut V {
        let VacantEntry { table, hash, key } = self;
        let index = table.insert_new(hash, key, value);
        &mut table.entries[index].value
    }

    pub fn insert_entry(self, value: V) -> OccupiedEntry<'a, K, V> {
        let VacantEntry { table, hash, key } = self;
        let index = table.insert_new(hash, key, value);
        let mask = table.mask();
        let mut s = hash as usize & mask;
        while table.slots[s] != index {
            s = (s + 1) & mask;
        }
        OccupiedEntry { table, slot: s, index }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for Entry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Entry::Vacant(v) => f.debug_tuple("Entry").field(v).finish(),
            Entry::Occupied(o) => f.debug_tuple("Entry").field(o).finish(),
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for OccupiedEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OccupiedEntry").field("key", self.key()).field("value", self.get()).finish_non_exhaustive()
    }
}

impl<K: fmt::Debug, V> fmt::Debug for VacantEntry<'_, K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("VacantEntry").field(self.key()).finish()
    }
}

/* ---------------------------------------------------------------- iterators */

/// Defines an iterator over `$inner` (an iterator of buckets) whose items `$map` makes
/// from each bucket.
macro_rules! bucket_iter {
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

        impl<$($lt,)? K, V> ExactSizeIterator for $name<$($lt,)? K, V> {}
    };
}

bucket_iter!(
    /// An iterator over a map's entries.
    Iter<'a, K, V>, slice::Iter<'a, Bucket<K, V>>, (&'a K, &'a V), |b| (&b.key, &b.value)
);
bucket_iter!(
    /// A mutable iterator over a map's entries.
    IterMut<'a, K, V>, slice::IterMut<'a, Bucket<K, V>>, (&'a K, &'a mut V), |b| (&b.key, &mut b.value)
);
bucket_iter!(
    /// An owning iterator over a map's entries.
    IntoIter<K, V>, vec::IntoIter<Bucket<K, V>>, (K, V), |b| (b.key, b.value)
);
bucket_iter!(
    /// An iterator over a map's keys.
    Keys<'a, K, V>, slice::Iter<'a, Bucket<K, V>>, &'a K, |b| &b.key
);
bucket_iter!(
    /// An iterator over a map's values.
    Values<'a, K, V>, slice::Iter<'a, Bucket<K, V>>, &'a V, |b| &b.value
);
bucket_iter!(
    /// A mutable iterator over a map's values.
    ValuesMut<'a, K, V>, slice::IterMut<'a, Bucket<K, V>>, &'a mut V, |b| &mut b.value
);
bucket_iter!(
    /// An owning iterator over a map's keys.
    IntoKeys<K, V>, vec::IntoIter<Bucket<K, V>>, K, |b| b.key
);
bucket_iter!(
    /// An owning iterator over a map's values.
    IntoValues<K, V>, vec::IntoIter<Bucket<K, V>>, V, |b| b.value
);

/// The entries removed by `HashMap::drain`.
pub struct Drain<'a, K, V> {
    iter: vec::IntoIter<Bucket<K, V>>,
    marker: core::marker::PhantomData<&'a mut HashMap<K, V>>,
}

impl<K, V> Iterator for Drain<'_, K, V> {
    type Item = (K, V);

    #[inline]
    fn next(&mut self) -> Option<(K, V)> {
        let b = self.iter.next()?;
        Some((b.key, b.value))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.iter.size_hint()
    }
}

impl<K, V> ExactSizeIterator for Drain<'_, K, V> {}

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

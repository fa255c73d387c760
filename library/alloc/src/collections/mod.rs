//! Collection types: `VecDeque`, `BinaryHeap`, `LinkedList`, `BTreeMap` and `BTreeSet`.
//! (`HashMap` and `HashSet` are `std`'s, as in Rust.)

pub mod binary_heap;
pub mod btree_map;
pub mod btree_set;
pub mod linked_list;
pub mod vec_deque;

pub use binary_heap::BinaryHeap;
pub use btree_map::BTreeMap;
pub use btree_set::BTreeSet;
pub use linked_list::LinkedList;
pub use vec_deque::VecDeque;

use core::cmp::Ordering;

/// Compares two sequences lexicographically, as `Iterator::cmp` does.
pub(crate) fn iter_cmp<A: Ord, I: Iterator<Item = A>, J: Iterator<Item = A>>(mut a: I, mut b: J) -> Ordering {
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => match x.cmp(&y) {
                Ordering::Equal => {}
                non_eq => return non_eq,
            },
        }
    }
}

/// Compares two sequences lexicographically, as `Iterator::partial_cmp` does.
pub(crate) fn iter_partial_cmp<A: PartialOrd, I: Iterator<Item = A>, J: Iterator<Item = A>>(mut a: I, mut b: J) -> Option<Ordering> {
    loop {
        match (a.next(), b.next()) {
            (None, None) => return Some(Ordering::Equal),
            (None, Some(_)) => return Some(Ordering::Less),
            (Some(_), None) => return Some(Ordering::Greater),
            (Some(x), Some(y)) => match x.partial_cmp(&y) {
                Some(Ordering::Equal) => {}
                non_eq => return non_eq,
            },
        }
    }
}

//! Collection types: `alloc`'s (`Vec`-based deques and heaps, linked lists, ordered maps
//! and sets) and the hash maps and sets, which live in `std` as in Rust because their
//! default hasher is `std`'s.

mod hash;

pub use alloc_crate::collections::{binary_heap, btree_map, btree_set, linked_list, vec_deque};
pub use alloc_crate::collections::{BTreeMap, BTreeSet, BinaryHeap, LinkedList, VecDeque};

pub use self::hash::map::HashMap;
pub use self::hash::set::HashSet;

pub mod hash_map {
    //! `HashMap` and the types of its API.
    pub use super::hash::map::*;
    pub use crate::hash::{DefaultHasher, RandomState};
}

pub mod hash_set {
    //! `HashSet` and the types of its API.
    pub use super::hash::set::*;
}

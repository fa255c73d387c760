//! The hash map and the hash set built on it.

pub(super) mod map;
pub(super) mod set;

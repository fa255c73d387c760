//! Hashing: `core::hash`'s traits, plus the hasher `HashMap` uses by default
//! (`DefaultHasher`, SipHash-1-3 as in Rust) and the factories that make hashers
//! (`RandomState`, `BuildHasherDefault`).

mod random;
mod sip;

pub use core::hash::*;

pub use random::{DefaultHasher, RandomState};

use core::fmt;
use core::marker::PhantomData;

/// A `BuildHasher` that makes `H::default()`.
pub struct BuildHasherDefault<H>(PhantomData<fn() -> H>);

impl<H> BuildHasherDefault<H> {
    #[inline]
    pub const fn new() -> BuildHasherDefault<H> {
        BuildHasherDefault(PhantomData)
    }
}

impl<H: Default + Hasher> BuildHasher for BuildHasherDefault<H> {
    type Hasher = H;

    #[inline]
    fn build_hasher(&self) -> H {
        H::default()
    }
}

impl<H> Clone for BuildHasherDefault<H> {
    fn clone(&self) -> BuildHasherDefault<H> {
        BuildHasherDefault(PhantomData)
    }
}

impl<H> Default for BuildHasherDefault<H> {
    fn default() -> BuildHasherDefault<H> {
        BuildHasherDefault(PhantomData)
    }
}

impl<H> PartialEq for BuildHasherDefault<H> {
    fn eq(&self, _other: &BuildHasherDefault<H>) -> bool {
        true
    }
}

impl<H> Eq for BuildHasherDefault<H> {}

impl<H> fmt::Debug for BuildHasherDefault<H> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BuildHasherDefault")
    }
}

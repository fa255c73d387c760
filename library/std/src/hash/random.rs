//! `RandomState` and `DefaultHasher`: the hasher factory and hasher of `HashMap`.
//!
//! Rust seeds `RandomState` from the operating system so that hash maps iterate in a
//! different order in every run. smelt's keys are fixed (zero, like
//! `DefaultHasher::new()`'s), so a program behaves the same in every run; programs cannot
//! observe the difference, as Rust gives no order to depend on.

use core::fmt;
use core::hash::{BuildHasher, Hasher};

use super::sip::SipHasher13;

/// The default `BuildHasher` of `HashMap` and `HashSet`.
#[derive(Clone)]
pub struct RandomState {
    k0: u64,
    k1: u64,
}

impl RandomState {
    #[inline]
    pub fn new() -> RandomState {
        RandomState { k0: 0, k1: 0 }
    }
}

impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;

    #[inline]
    fn build_hasher(&self) -> DefaultHasher {
        DefaultHasher(SipHasher13::new_with_keys(self.k0, self.k1))
    }
}

impl Default for RandomState {
    #[inline]
    fn default() -> RandomState {
        RandomState::new()
    }
}

impl fmt::Debug for RandomState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RandomState").finish_non_exhaustive()
    }
}

/// The default `Hasher` (SipHash-1-3 with zero keys from `new()`).
#[derive(Clone, Debug)]
pub struct DefaultHasher(SipHasher13);

impl DefaultHasher {
    #[inline]
    pub fn new() -> DefaultHasher {
        DefaultHasher(SipHasher13::new_with_keys(0, 0))
    }
}

impl Default for DefaultHasher {
    #[inline]
    fn default() -> DefaultHasher {
        DefaultHasher::new()
    }
}

impl Hasher for DefaultHasher {
    #[inline]
    fn write(&mut self, msg: &[u8]) {
        self.0.write(msg)
    }

    #[inline]
    fn write_str(&mut self, s: &str) {
        self.0.write(s.as_bytes());
        self.0.write(&[0xff]);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0.finish()
    }
}

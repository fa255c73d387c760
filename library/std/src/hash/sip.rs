//! SipHash-1-3 (one compression round per 8-byte word, three finalisation rounds), the
//! hash function of Rust's `DefaultHasher`. Given the same keys and the same bytes, it
//! gives the same numbers as Rust's, and `Debug` shows the same state.
//!
//! The algorithm is Aumasson and Bernstein's: four 64-bit lanes initialised from the key,
//! each little-endian word of the message mixed in with `v3 ^= m; rounds; v0 ^= m`, and the
//! last partial word padded with the message length in its top byte.

use core::fmt;

/// The four lanes of the SipHash state.
#[derive(Clone, Copy)]
struct State {
    v0: u64,
    v2: u64,
    v1: u64,
    v3: u64,
}

impl State {
    #[inline]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13);
        self.v1 ^= self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16);
        self.v3 ^= self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21);
        self.v3 ^= self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17);
        self.v1 ^= self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    /// Mixes in one message word (one compression round).
    #[inline]
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }
}

impl fmt::Debug for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("State").field("v0", &self.v0).field("v2", &self.v2).field("v1", &self.v1).field("v3", &self.v3).finish()
    }
}

/// A SipHash-1-3 hasher.
#[derive(Clone, Copy)]
pub(crate) struct SipHasher13 {
    k0: u64,
    k1: u64,
    /// Bytes written so far.
    length: usize,
    state: State,
    /// The bytes of the unfinished word, little-endian.
    tail: u64,
    /// How many bytes `tail` holds.
    ntail: usize,
}

/// Loads `len` (< 8) bytes of `buf` from `start` as a little-endian number.
#[inline]
fn load_le(buf: &[u8], start: usize, len: usize) -> u64 {
    let mut out = 0u64;
    let mut i = 0;
    while i < len {
        out |= (buf[start + i] as u64) << (8 * i);
        i += 1;
    }
    out
}

impl SipHasher13 {
    pub(crate) fn new_with_keys(k0: u64, k1: u64) -> SipHasher13 {
        SipHasher13 {
            k0,
            k1,
            length: 0,
            state: State {
                v0: k0 ^ 0x736f6d6570736575,
                v1: k1 ^ 0x646f72616e646f6d,
                v2: k0 ^ 0x6c7967656e657261,
                v3: k1 ^ 0x7465646279746573,
            },
            tail: 0,
            ntail: 0,
        }
    }

    pub(crate) fn write(&mut self, msg: &[u8]) {
        let length = msg.len();
        self.length += length;
        let mut needed = 0;
        if self.ntail != 0 {
            needed = 8 - self.ntail;
            let take = if length < needed { length } else { needed };
            self.tail |= load_le(msg, 0, take) << (8 * self.ntail);
            if length < needed {
                self.ntail += length;
                return;
            }
            let tail = self.tail;
            self.state.compress(tail);
            self.ntail = 0;
        }
        let len = length - needed;
        let left = len & 7;
        let mut i = needed;
        while i < needed + len - left {
            let m = load_le(msg, i, 4) | (load_le(msg, i + 4, 4) << 32);
            self.state.compress(m);
            i += 8;
        }
        self.tail = load_le(msg, i, left);
        self.ntail = left;
    }

    pub(crate) fn finish(&self) -> u64 {
        let mut state = self.state;
        let b: u64 = (((self.length as u64) & 0xff) << 56) | self.tail;
        state.compress(b);
        state.v2 ^= 0xff;
        state.round();
        state.round();
        state.round();
        state.v0 ^ state.v1 ^ state.v2 ^ state.v3
    }
}

impl fmt::Debug for SipHasher13 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Rust's hasher is a `SipHasher13` around a generic `Hasher<Sip13Rounds>`.
        struct Marker;
        impl fmt::Debug for Marker {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("PhantomData<core::hash::sip::Sip13Rounds>")
            }
        }
        struct Inner<'a>(&'a SipHasher13);
        impl fmt::Debug for Inner<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let h = self.0;
                f.debug_struct("Hasher")
                    .field("k0", &h.k0)
                    .field("k1", &h.k1)
                    .field("length", &h.length)
                    .field("state", &h.state)
                    .field("tail", &h.tail)
                    .field("ntail", &h.ntail)
                    .field("_marker", &Marker)
                    .finish()
            }
        }
        f.debug_struct("SipHasher13").field("hasher", &Inner(self)).finish()
    }
}

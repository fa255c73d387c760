//! Fixed-capacity unsigned big integers, for the exact arithmetic behind float formatting
//! (`flt2dec`) and parsing (`dec2flt`). They live on the stack: `LIMBS` little-endian 32-bit
//! limbs, of which the first `len` are in use. 4096 bits hold the largest value either
//! algorithm reaches (parsing: a 781-digit decimal scaled by `2^1075`, or `10^1111` scaled by
//! `2^53`); running out of limbs is a bug in the caller and panics on the index.

use crate::cmp::Ordering;

const LIMBS: usize = 128;

#[derive(Clone, Copy)]
pub(crate) struct Big {
    /// Limbs in use: `limbs[len..]` are zero, and `limbs[len - 1]` is not (unless `len == 0`).
    len: usize,
    limbs: [u32; LIMBS],
}

impl Big {
    pub(crate) fn from_u64(v: u64) -> Big {
        let mut big = Big { len: 2, limbs: [0; LIMBS] };
        big.limbs[0] = v as u32;
        big.limbs[1] = (v >> 32) as u32;
        big.trim();
        big
    }

    /// Drops zero limbs from the top.
    fn trim(&mut self) {
        while self.len > 0 && self.limbs[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.len == 0
    }

    /// The number of significant bits (0 for zero).
    pub(crate) fn bit_len(&self) -> usize {
        if self.len == 0 {
            return 0;
        }
        self.len * 32 - self.limbs[self.len - 1].leading_zeros() as usize
    }

    pub(crate) fn add(&mut self, other: &Big) -> &mut Big {
        let n = if self.len > other.len { self.len } else { other.len };
        let mut carry = 0u64;
        let mut i = 0;
        while i < n {
            let sum = self.limbs[i] as u64 + other.limbs[i] as u64 + carry;
            self.limbs[i] = sum as u32;
            carry = sum >> 32;
            i += 1;
        }
        self.len = n;
        if carry != 0 {
            self.limbs[n] = carry as u32;
            self.len = n + 1;
        }
        self
    }

    pub(crate) fn add_small(&mut self, v: u32) -> &mut Big {
        let mut carry = v as u64;
        let mut i = 0;
        while carry != 0 {
            let sum = self.limbs[i] as u64 + carry;
            self.limbs[i] = sum as u32;
            carry = sum >> 32;
            i += 1;
        }
        if i > self.len {
            self.len = i;
        }
        self
    }

    /// `self - other`; `other` must not be greater than `self`.
    pub(crate) fn sub(&mut self, other: &Big) -> &mut Big {
        assert!(other.len <= self.len, "bignum subtraction underflowed");
        let mut borrow = 0u64;
        let mut i = 0;
        while i < self.len {
            let (d1, o1) = self.limbs[i].overflowing_sub(other.limbs[i]);
            let (d2, o2) = d1.overflowing_sub(borrow as u32);
            self.limbs[i] = d2;
            borrow = (o1 || o2) as u64;
            i += 1;
        }
        assert!(borrow == 0, "bignum subtraction underflowed");
        self.trim();
        self
    }

    pub(crate) fn mul_small(&mut self, m: u32) -> &mut Big {
        let mut carry = 0u64;
        let mut i = 0;
        while i < self.len {
            let prod = self.limbs[i] as u64 * m as u64 + carry;
            self.limbs[i] = prod as u32;
            carry = prod >> 32;
            i += 1;
        }
        if carry != 0 {
            self.limbs[self.len] = carry as u32;
            self.len += 1;
        }
        self.trim();
        self
    }

    /// `self * 2^bits`.
    pub(crate) fn mul_pow2(&mut self, bits: usize) -> &mut Big {
        if self.len == 0 {
            return self;
        }
        let words = bits / 32;
        let shift = (bits % 32) as u32;
        // Whole limbs first, from the top down so that nothing is overwritten early.
        if words > 0 {
            let mut i = self.len;
            while i > 0 {
                i -= 1;
                self.limbs[i + words] = self.limbs[i];
            }
            let mut j = 0;
            while j < words {
                self.limbs[j] = 0;
                j += 1;
            }
            self.len += words;
        }
        if shift > 0 {
            let top = self.limbs[self.len - 1] >> (32 - shift);
            let mut i = self.len - 1;
            while i > words {
                self.limbs[i] = (self.limbs[i] << shift) | (self.limbs[i - 1] >> (32 - shift));
                i -= 1;
            }
            self.limbs[words] <<= shift;
            if top != 0 {
                self.limbs[self.len] = top;
                self.len += 1;
            }
        }
        self
    }

    /// `self * 10^n`.
    pub(crate) fn mul_pow10(&mut self, n: usize) -> &mut Big {
        let mut n = n;
        while n >= 9 {
            self.mul_small(1_000_000_000);
            n -= 9;
        }
        let mut small = 1u32;
        while n > 0 {
            small *= 10;
            n -= 1;
        }
        self.mul_small(small)
    }

    /// `self / 2`, rounding down.
    pub(crate) fn shr1(&mut self) -> &mut Big {
        let mut i = 0;
        while i < self.len {
            let next = if i + 1 < self.len { self.limbs[i + 1] } else { 0 };
            self.limbs[i] = (self.limbs[i] >> 1) | (next << 31);
            i += 1;
        }
        self.trim();
        self
    }

    /// Compares the values (the limbs above `len` are zero on both sides).
    pub(crate) fn compare(&self, other: &Big) -> Ordering {
        if self.len != other.len {
            return if self.len < other.len { Ordering::Less } else { Ordering::Greater };
        }
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            if self.limbs[i] != other.limbs[i] {
                return if self.limbs[i] < other.limbs[i] { Ordering::Less } else { Ordering::Greater };
            }
        }
        Ordering::Equal
    }

    pub(crate) fn lt(&self, other: &Big) -> bool {
        match self.compare(other) {
            Ordering::Less => true,
            _ => false,
        }
    }

    pub(crate) fn le(&self, other: &Big) -> bool {
        match self.compare(other) {
            Ordering::Greater => false,
            _ => true,
        }
    }
}

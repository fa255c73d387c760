//! Iterating over integer and `char` ranges.

use super::traits::{DoubleEndedIterator, ExactSizeIterator, Iterator};
use crate::ops::{Range, RangeFrom, RangeInclusive};

macro_rules! range_iter {
    ($($t:ty)*) => {
        $(
            impl Iterator for Range<$t> {
                type Item = $t;
                #[inline]
                fn next(&mut self) -> Option<$t> {
                    if self.start < self.end {
                        let n = self.start;
                        self.start = n + 1;
                        Some(n)
                    } else {
                        None
                    }
                }
                #[inline]
                fn size_hint(&self) -> (usize, Option<usize>) {
                    if self.start < self.end {
                        let n = (self.end as i128 - self.start as i128) as usize;
                        (n, Some(n))
                    } else {
                        (0, Some(0))
                    }
                }
                #[inline]
                fn nth(&mut self, n: usize) -> Option<$t> {
                    let len = self.size_hint().0;
                    if n < len {
                        let v = (self.start as i128 + n as i128) as $t;
                        self.start = v + 1;
                        Some(v)
                    } else {
                        self.start = self.end;
                        None
                    }
                }
            }

            impl DoubleEndedIterator for Range<$t> {
                #[inline]
                fn next_back(&mut self) -> Option<$t> {
                    if self.start < self.end {
                        self.end = self.end - 1;
                        Some(self.end)
                    } else {
                        None
                    }
                }
            }

            impl ExactSizeIterator for Range<$t> {}

            impl Iterator for RangeFrom<$t> {
                type Item = $t;
                #[inline]
                #[rustc_inherit_overflow_checks]
                fn next(&mut self) -> Option<$t> {
                    let n = self.start;
                    self.start = n + 1;
                    Some(n)
                }
            }

            impl Iterator for RangeInclusive<$t> {
                type Item = $t;
                #[inline]
                fn next(&mut self) -> Option<$t> {
                    if self.exhausted || !(self.start <= self.end) {
                        return None;
                    }
                    let n = self.start;
                    if n < self.end {
                        self.start = n + 1;
                    } else {
                        self.exhausted = true;
                    }
                    Some(n)
                }
                #[inline]
                fn size_hint(&self) -> (usize, Option<usize>) {
                    if self.exhausted || !(self.start <= self.end) {
                        (0, Some(0))
                    } else {
                        let n = (self.end as i128 - self.start as i128 + 1) as usize;
                        (n, Some(n))
                    }
                }
            }

            impl DoubleEndedIterator for RangeInclusive<$t> {
                #[inline]
                fn next_back(&mut self) -> Option<$t> {
                    if self.exhausted || !(self.start <= self.end) {
                        return None;
                    }
                    let n = self.end;
                    if self.start < n {
                        self.end = n - 1;
                    } else {
                        self.exhausted = true;
                    }
                    Some(n)
                }
            }

            impl ExactSizeIterator for RangeInclusive<$t> {}
        )*
    };
}

range_iter! { u8 u16 u32 u64 usize i8 i16 i32 i64 isize u128 i128 }

impl Iterator for Range<char> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.start < self.end {
            let c = self.start;
            self.start = crate::char::forward(c);
            Some(c)
        } else {
            None
        }
    }
}

impl Iterator for RangeInclusive<char> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let c = self.start;
        if c < self.end {
            self.start = crate::char::forward(c);
        } else {
            self.exhausted = true;
        }
        Some(c)
    }
}

impl DoubleEndedIterator for RangeInclusive<char> {
    #[inline]
    fn next_back(&mut self) -> Option<char> {
        if self.exhausted || !(self.start <= self.end) {
            return None;
        }
        let c = self.end;
        if self.start < c {
            self.end = crate::char::backward(c);
        } else {
            self.exhausted = true;
        }
        Some(c)
    }
}

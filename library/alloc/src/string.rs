//! `String`: a growable UTF-8 string on the heap, and `ToString`.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::iter::{DoubleEndedIterator, FromIterator};
use core::marker::PhantomData;
use core::ops::{Add, AddAssign, Deref, DerefMut, Index, IndexMut, RangeBounds};
use core::ptr;
use core::slice::SliceIndex;
use core::str::{FromStr, Pattern, Utf8Error};

use crate::borrow::{Borrow, BorrowMut, Cow, ToOwned};
use crate::boxed::Box;
use crate::vec::{self, Vec};

/// A UTF-8–encoded, growable string.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub struct String {
    vec: Vec<u8>,
}

/// The error `String::from_utf8` returns: the bytes, and where they stopped being UTF-8.
#[derive(Debug, PartialEq, Eq, Clone)]
pub struct FromUtf8Error {
    bytes: Vec<u8>,
    error: Utf8Error,
}

impl String {
    #[inline]
    pub const fn new() -> String {
        String { vec: Vec::new() }
    }

    #[inline]
    pub fn with_capacity(capacity: usize) -> String {
        String { vec: Vec::with_capacity(capacity) }
    }

    /// The bytes as a string if they are UTF-8, else an error that gives them back.
    pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error> {
        match core::str::from_utf8(&vec) {
            Ok(..) => Ok(String { vec }),
            Err(e) => Err(FromUtf8Error { bytes: vec, error: e }),
        }
    }

    /// The UTF-16 code units as a string, or an error if there is an unpaired surrogate.
    pub fn from_utf16(v: &[u16]) -> Result<String, FromUtf16Error> {
        let mut ret = String::with_capacity(v.len());
        for c in core::char::decode_utf16(v.iter().cloned()) {
            match c {
                Ok(c) => ret.push(c),
                Err(_) => return Err(FromUtf16Error(())),
            }
        }
        Ok(ret)
    }

    /// The UTF-16 code units as a string, with each unpaired surrogate replaced by U+FFFD.
    pub fn from_utf16_lossy(v: &[u16]) -> String {
        let mut ret = String::with_capacity(v.len());
        for c in core::char::decode_utf16(v.iter().cloned()) {
            ret.push(match c {
                Ok(c) => c,
                Err(_) => core::char::REPLACEMENT_CHARACTER,
            });
        }
        ret
    }

    /// The bytes as a string, with each invalid sequence replaced by U+FFFD.
    pub fn from_utf8_lossy(v: &[u8]) -> Cow<'_, str> {
        let mut rest = v;
        let mut out = String::new();
        loop {
            match core::str::from_utf8(rest) {
                Ok(valid) => {
                    if out.is_empty() {
                        return Cow::Borrowed(valid);
                    }
                    out.push_str(valid);
                    return Cow::Owned(out);
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    out.reserve(rest.len());
                    out.push_str(unsafe { core::str::from_utf8_unchecked(&rest[..good]) });
                    out.push('\u{FFFD}');
                    let skip = match e.error_len() {
                        Some(n) => n,
                        None => rest.len() - good,
                    };
                    rest = &rest[good + skip..];
                    if rest.is_empty() {
                        return Cow::Owned(out);
                    }
                }
            }
        }
    }

    /// The bytes as a string, without checking that they are UTF-8.
    #[inline]
    pub unsafe fn from_utf8_unchecked(bytes: Vec<u8>) -> String {
        String { vec: bytes }
    }

    pub unsafe fn from_raw_parts(buf: *mut u8, length: usize, capacity: usize) -> String {
        unsafe { String { vec: Vec::from_raw_parts(buf, length, capacity) } }
    }

    #[inline]
    pub fn into_bytes(self) -> Vec<u8> {
        self.vec
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        unsafe { core::str::from_utf8_unchecked(self.vec.as_slice()) }
    }

    #[inline]
    pub fn as_mut_str(&mut self) -> &mut str {
        unsafe { core::str::from_utf8_unchecked_mut(self.vec.as_mut_slice()) }
    }

    #[inline]
    pub fn push_str(&mut self, string: &str) {
        self.vec.extend_from_slice(string.as_bytes())
    }

    /// Appends a copy of the bytes in `src`, which must lie on char boundaries.
    #[track_caller]
    pub fn extend_from_within<R: RangeBounds<usize>>(&mut self, src: R) {
        let (start, end) = vec::slice_range(src, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        self.vec.extend_from_within(start..end);
    }

    #[inline]
    pub fn capacity(&self) -> usize {
        self.vec.capacity()
    }

    #[inline]
    pub fn reserve(&mut self, additional: usize) {
        self.vec.reserve(additional)
    }

    #[inline]
    pub fn reserve_exact(&mut self, additional: usize) {
        self.vec.reserve_exact(additional)
    }

    #[inline]
    pub fn shrink_to_fit(&mut self) {
        self.vec.shrink_to_fit()
    }

    #[inline]
    pub fn shrink_to(&mut self, min_capacity: usize) {
        self.vec.shrink_to(min_capacity)
    }

    #[inline]
    pub fn push(&mut self, ch: char) {
        match ch.len_utf8() {
            1 => self.vec.push(ch as u8),
            _ => self.vec.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        self.vec.as_slice()
    }

    /// Shortens the string to `new_len` bytes, which must be a char boundary.
    #[inline]
    #[track_caller]
    pub fn truncate(&mut self, new_len: usize) {
        if new_len <= self.len() {
            assert!(self.is_char_boundary(new_len));
            self.vec.truncate(new_len)
        }
    }

    /// Removes the last character.
    pub fn pop(&mut self) -> Option<char> {
        let ch = self.chars().next_back()?;
        let new_len = self.len() - ch.len_utf8();
        unsafe { self.vec.set_len(new_len) };
        Some(ch)
    }

    /// Removes the character starting at byte `idx`.
    #[track_caller]
    pub fn remove(&mut self, idx: usize) -> char {
        let ch = match self[idx..].chars().next() {
            Some(ch) => ch,
            None => panic!("cannot remove a char from the end of a string"),
        };
        let next = idx + ch.len_utf8();
        let len = self.len();
        unsafe {
            let p = self.vec.as_mut_ptr();
            ptr::copy(p.add(next), p.add(idx), len - next);
            self.vec.set_len(len - (next - idx));
        }
        ch
    }

    /// Keeps only the characters for which `f` returns true.
    pub fn retain<F: FnMut(char) -> bool>(&mut self, mut f: F) {
        let len = self.len();
        let mut read = 0;
        let mut write = 0;
        while read < len {
            let ch = match unsafe { self.get_unchecked(read..len) }.chars().next() {
                Some(ch) => ch,
                None => break,
            };
            let w = ch.len_utf8();
            if f(ch) {
                if write != read {
                    unsafe {
                        let p = self.vec.as_mut_ptr();
                        ptr::copy(p.add(read), p.add(write), w);
                    }
                }
                write += w;
            }
            read += w;
        }
        unsafe { self.vec.set_len(write) };
    }

    /// Inserts a character at byte `idx`, which must be a char boundary.
    #[track_caller]
    pub fn insert(&mut self, idx: usize, ch: char) {
        assert!(self.is_char_boundary(idx));
        let mut bits = [0; 4];
        let bits = ch.encode_utf8(&mut bits).as_bytes();
        unsafe { self.insert_bytes(idx, bits) };
    }

    unsafe fn insert_bytes(&mut self, idx: usize, bytes: &[u8]) {
        let len = self.len();
        let amt = bytes.len();
        self.vec.reserve(amt);
        unsafe {
            let p = self.vec.as_mut_ptr();
            ptr::copy(p.add(idx), p.add(idx + amt), len - idx);
            ptr::copy_nonoverlapping(bytes.as_ptr(), p.add(idx), amt);
            self.vec.set_len(len + amt);
        }
    }

    /// Inserts a string at byte `idx`, which must be a char boundary.
    #[track_caller]
    pub fn insert_str(&mut self, idx: usize, string: &str) {
        assert!(self.is_char_boundary(idx));
        unsafe { self.insert_bytes(idx, string.as_bytes()) };
    }

    #[inline]
    pub unsafe fn as_mut_vec(&mut self) -> &mut Vec<u8> {
        &mut self.vec
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.vec.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Splits the string at byte `at`: `self` keeps `[0, at)`, the result holds the rest.
    #[inline]
    #[track_caller]
    pub fn split_off(&mut self, at: usize) -> String {
        assert!(self.is_char_boundary(at));
        let other = self.vec.split_off(at);
        unsafe { String::from_utf8_unchecked(other) }
    }

    #[inline]
    pub fn clear(&mut self) {
        self.vec.clear()
    }

    /// Removes the bytes in `range` (on char boundaries), returning their characters.
    ///
    /// As with `Vec::drain`, the text is moved out when `drain` is called.
    #[track_caller]
    pub fn drain<R: RangeBounds<usize>>(&mut self, range: R) -> Drain<'_> {
        let (start, end) = vec::slice_range(range, self.len());
        assert!(self.is_char_boundary(start));
        assert!(self.is_char_boundary(end));
        let removed: Vec<u8> = self.vec.drain(start..end).collect();
        Drain { string: unsafe { String::from_utf8_unchecked(removed) }, front: 0, back: end - start, _marker: PhantomData }
    }

    /// Replaces the bytes in `range` (on char boundaries) by `replace_with`.
    #[track_caller]
    pub fn replace_range<R: RangeBounds<usize>>(&mut self, range: R, replace_with: &str) {
        let (start, end) = vec::slice_range(range, self.len());
        assert!(self.is_char_boundary(start), "start of range should be a character boundary");
        assert!(self.is_char_boundary(end), "end of range should be a character boundary");
        let tail = self.vec.split_off(end);
        self.vec.truncate(start);
        self.vec.extend_from_slice(replace_with.as_bytes());
        self.vec.extend_from_slice(&tail);
    }

    /// The text in a boxed `str`, with the capacity shrunk to the length first.
    pub fn into_boxed_str(self) -> Box<str> {
        let bytes = self.vec.into_boxed_slice();
        unsafe { crate::str::from_boxed_utf8_unchecked(bytes) }
    }

    /// Consumes the string and leaks its buffer.
    pub fn leak<'a>(self) -> &'a mut str {
        let slice = self.vec.leak();
        unsafe { core::str::from_utf8_unchecked_mut(slice) }
    }
}

/// The error `String::from_utf16` returns.
#[derive(Debug)]
pub struct FromUtf16Error(());

impl fmt::Display for FromUtf16Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad("invalid utf-16: lone surrogate found")
    }
}

impl FromUtf8Error {
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..]
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn utf8_error(&self) -> Utf8Error {
        self.error
    }
}

impl fmt::Display for FromUtf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

/// The characters removed by `String::drain`.
pub struct Drain<'a> {
    string: String,
    front: usize,
    back: usize,
    _marker: PhantomData<&'a mut String>,
}

impl<'a> Drain<'a> {
    /// The text not yet yielded.
    pub fn as_str(&self) -> &str {
        &self.string[self.front..self.back]
    }
}

impl Iterator for Drain<'_> {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let ch = self.string[self.front..self.back].chars().next()?;
        self.front += ch.len_utf8();
        Some(ch)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        ((n + 3) / 4, Some(n))
    }
}

impl DoubleEndedIterator for Drain<'_> {
    fn next_back(&mut self) -> Option<char> {
        let ch = self.string[self.front..self.back].chars().next_back()?;
        self.back -= ch.len_utf8();
        Some(ch)
    }
}

impl fmt::Debug for Drain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Drain").field(&self.as_str()).finish()
    }
}

/* ------------------------------------------------------------------------------ traits */

impl Clone for String {
    fn clone(&self) -> String {
        String { vec: self.vec.clone() }
    }

    fn clone_from(&mut self, source: &String) {
        self.vec.clone_from(&source.vec);
    }
}

impl Default for String {
    #[inline]
    fn default() -> String {
        String::new()
    }
}

impl Deref for String {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl DerefMut for String {
    #[inline]
    fn deref_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl fmt::Display for String {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for String {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl Hash for String {
    #[inline]
    fn hash<H: Hasher>(&self, hasher: &mut H) {
        Hash::hash(self.as_str(), hasher)
    }
}

impl fmt::Write for String {
    #[inline]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push_str(s);
        Ok(())
    }

    #[inline]
    fn write_char(&mut self, c: char) -> fmt::Result {
        self.push(c);
        Ok(())
    }
}

impl<I: SliceIndex<str>> Index<I> for String {
    type Output = I::Output;
    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        index.index(self.as_str())
    }
}

impl<I: SliceIndex<str>> IndexMut<I> for String {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        index.index_mut(self.as_mut_str())
    }
}

impl Add<&str> for String {
    type Output = String;
    #[inline]
    fn add(mut self, other: &str) -> String {
        self.push_str(other);
        self
    }
}

impl AddAssign<&str> for String {
    #[inline]
    fn add_assign(&mut self, other: &str) {
        self.push_str(other);
    }
}

impl AsRef<str> for String {
    #[inline]
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsMut<str> for String {
    #[inline]
    fn as_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl AsRef<[u8]> for String {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Borrow<str> for String {
    #[inline]
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl BorrowMut<str> for String {
    #[inline]
    fn borrow_mut(&mut self) -> &mut str {
        self.as_mut_str()
    }
}

impl From<&str> for String {
    #[inline]
    fn from(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        out.push_str(s);
        out
    }
}

impl From<&mut str> for String {
    #[inline]
    fn from(s: &mut str) -> String {
        String::from(&*s)
    }
}

impl From<&String> for String {
    #[inline]
    fn from(s: &String) -> String {
        s.clone()
    }
}

impl From<char> for String {
    #[inline]
    fn from(c: char) -> String {
        let mut s = String::new();
        s.push(c);
        s
    }
}

impl From<Box<str>> for String {
    fn from(s: Box<str>) -> String {
        s.into_string()
    }
}

impl From<String> for Box<str> {
    fn from(s: String) -> Box<str> {
        s.into_boxed_str()
    }
}

impl From<&str> for Box<str> {
    fn from(s: &str) -> Box<str> {
        String::from(s).into_boxed_str()
    }
}

impl<'a> From<Cow<'a, str>> for String {
    fn from(s: Cow<'a, str>) -> String {
        s.into_owned()
    }
}

impl<'a> From<&'a str> for Cow<'a, str> {
    #[inline]
    fn from(s: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(s)
    }
}

impl<'a> From<String> for Cow<'a, str> {
    #[inline]
    fn from(s: String) -> Cow<'a, str> {
        Cow::Owned(s)
    }
}

impl<'a> From<&'a String> for Cow<'a, str> {
    #[inline]
    fn from(s: &'a String) -> Cow<'a, str> {
        Cow::Borrowed(s.as_str())
    }
}

impl FromStr for String {
    type Err = core::convert::Infallible;
    #[inline]
    fn from_str(s: &str) -> Result<String, Self::Err> {
        Ok(String::from(s))
    }
}

// The `FromIterator` and `Extend` impls loop themselves rather than calling each other:
// inside a generic function, smelt cannot yet pick among `String`'s several `Extend` impls
// for an argument of a type parameter (`I: IntoIterator<Item = char>` is taken for the
// impl's item type).

impl FromIterator<char> for String {
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> String {
        let mut buf = String::new();
        buf.extend_chars(iter.into_iter());
        buf
    }
}

impl<'a> FromIterator<&'a char> for String {
    fn from_iter<I: IntoIterator<Item = &'a char>>(iter: I) -> String {
        let mut buf = String::new();
        for c in iter {
            buf.push(*c);
        }
        buf
    }
}

impl<'a> FromIterator<&'a str> for String {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> String {
        let mut buf = String::new();
        for s in iter {
            buf.push_str(s);
        }
        buf
    }
}

impl FromIterator<String> for String {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> String {
        let mut iterator = iter.into_iter();
        // As Rust's `String`: reuse the first string's buffer.
        match iterator.next() {
            None => String::new(),
            Some(mut buf) => {
                while let Some(s) = iterator.next() {
                    buf.push_str(&s);
                }
                buf
            }
        }
    }
}

impl<'a> FromIterator<Cow<'a, str>> for String {
    fn from_iter<I: IntoIterator<Item = Cow<'a, str>>>(iter: I) -> String {
        let mut buf = String::new();
        for s in iter {
            buf.push_str(&s);
        }
        buf
    }
}

impl String {
    fn extend_chars<I: Iterator<Item = char>>(&mut self, mut iter: I) {
        let (lower, _) = iter.size_hint();
        self.reserve(lower);
        while let Some(c) = iter.next() {
            self.push(c);
        }
    }
}

impl Extend<char> for String {
    fn extend<I: IntoIterator<Item = char>>(&mut self, iter: I) {
        self.extend_chars(iter.into_iter());
    }
}

impl<'a> Extend<&'a char> for String {
    fn extend<I: IntoIterator<Item = &'a char>>(&mut self, iter: I) {
        for c in iter {
            self.push(*c);
        }
    }
}

impl<'a> Extend<&'a str> for String {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(s);
        }
    }
}

impl Extend<String> for String {
    fn extend<I: IntoIterator<Item = String>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

impl<'a> Extend<Cow<'a, str>> for String {
    fn extend<I: IntoIterator<Item = Cow<'a, str>>>(&mut self, iter: I) {
        for s in iter {
            self.push_str(&s);
        }
    }
}

/// `==` between strings, `str`s and `Cow<str>`s in both directions.
macro_rules! impl_eq {
    ($($lhs:ty, $rhs:ty;)*) => {
        $(
            #[allow(unused_lifetimes)]
            impl<'a, 'b> PartialEq<$rhs> for $lhs {
                #[inline]
                fn eq(&self, other: &$rhs) -> bool {
                    PartialEq::eq(&self[..], &other[..])
                }
                #[inline]
                fn ne(&self, other: &$rhs) -> bool {
                    PartialEq::ne(&self[..], &other[..])
                }
            }

            #[allow(unused_lifetimes)]
            impl<'a, 'b> PartialEq<$lhs> for $rhs {
                #[inline]
                fn eq(&self, other: &$lhs) -> bool {
                    PartialEq::eq(&self[..], &other[..])
                }
                #[inline]
                fn ne(&self, other: &$lhs) -> bool {
                    PartialEq::ne(&self[..], &other[..])
                }
            }
        )*
    };
}

impl_eq! {
    String, str;
    String, &'a str;
    Cow<'a, str>, str;
    Cow<'a, str>, &'b str;
    Cow<'a, str>, String;
}

impl<'b> Pattern for &'b String {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        self.as_str().find_in(haystack, from)
    }

    fn prefix_len(&self, haystack: &str) -> Option<usize> {
        self.as_str().prefix_len(haystack)
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        self.as_str().suffix_len(haystack)
    }
}

/* ---------------------------------------------------------------------------- ToString */

/// Conversion to a `String`, for every type that implements `Display`.
pub trait ToString {
    fn to_string(&self) -> String;
}

impl<T: fmt::Display + ?Sized> ToString for T {
    #[inline]
    fn to_string(&self) -> String {
        let mut buf = String::new();
        let mut formatter = fmt::Formatter::new(&mut buf);
        fmt::Display::fmt(self, &mut formatter).expect("a Display implementation returned an error unexpectedly");
        buf
    }
}

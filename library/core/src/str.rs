//! String slices: UTF-8 validation, `str`'s methods, character iteration, searching.

use crate::iter::{DoubleEndedIterator, Iterator};
use crate::ops::{Index, Range, RangeFrom, RangeFull, RangeInclusive, RangeTo, RangeToInclusive};
use crate::slice::{self, SliceIndex};
use crate::fmt;

mod escape;

pub use escape::{EscapeDebug, EscapeDefault, EscapeUnicode};

/// The error `from_utf8` reports.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Utf8Error {
    valid_up_to: usize,
    error_len: Option<u8>,
}

impl Utf8Error {
    pub fn valid_up_to(&self) -> usize {
        self.valid_up_to
    }

    pub fn error_len(&self) -> Option<usize> {
        match self.error_len {
            Some(n) => Some(n as usize),
            None => None,
        }
    }
}

impl fmt::Display for Utf8Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.error_len {
            Some(len) => write!(f, "invalid utf-8 sequence of {} bytes from index {}", len, self.valid_up_to),
            None => write!(f, "incomplete utf-8 byte sequence from index {}", self.valid_up_to),
        }
    }
}

/// The length of the UTF-8 sequence a first byte starts (0 if it cannot start one).
#[inline]
pub(crate) const fn utf8_char_width(b: u8) -> usize {
    if b < 0x80 {
        1
    } else if b < 0xC2 {
        0
    } else if b < 0xE0 {
        2
    } else if b < 0xF0 {
        3
    } else if b < 0xF5 {
        4
    } else {
        0
    }
}

pub fn from_utf8(v: &[u8]) -> Result<&str, Utf8Error> {
    match run_utf8_validation(v) {
        Ok(()) => Ok(unsafe { from_utf8_unchecked(v) }),
        Err(e) => Err(e),
    }
}

pub fn from_utf8_mut(v: &mut [u8]) -> Result<&mut str, Utf8Error> {
    match run_utf8_validation(v) {
        Ok(()) => Ok(unsafe { from_utf8_unchecked_mut(v) }),
        Err(e) => Err(e),
    }
}

fn run_utf8_validation(v: &[u8]) -> Result<(), Utf8Error> {
    let len = v.len();
    let mut i = 0;
    while i < len {
        let first = v[i];
        if first < 0x80 {
            i += 1;
            continue;
        }
        let w = utf8_char_width(first);
        if w == 0 {
            return Err(Utf8Error { valid_up_to: i, error_len: Some(1) });
        }
        if i + 1 >= len && w > 1 {
            return Err(Utf8Error { valid_up_to: i, error_len: None });
        }
        let second = v[i + 1];
        let second_ok = match (first, w) {
            (0xE0, 3) => second >= 0xA0 && second <= 0xBF,
            (0xED, 3) => second >= 0x80 && second <= 0x9F,
            (0xF0, 4) => second >= 0x90 && second <= 0xBF,
            (0xF4, 4) => second >= 0x80 && second <= 0x8F,
            _ => second & 0xC0 == 0x80,
        };
        if !second_ok {
            return Err(Utf8Error { valid_up_to: i, error_len: Some(1) });
        }
        let mut k = 2;
        while k < w {
            if i + k >= len {
                return Err(Utf8Error { valid_up_to: i, error_len: None });
            }
            if v[i + k] & 0xC0 != 0x80 {
                return Err(Utf8Error { valid_up_to: i, error_len: Some(k as u8) });
            }
            k += 1;
        }
        i += w;
    }
    Ok(())
}

#[inline]
pub const unsafe fn from_utf8_unchecked(v: &[u8]) -> &str {
    unsafe { crate::mem::transmute(v) }
}

#[inline]
pub unsafe fn from_utf8_unchecked_mut(v: &mut [u8]) -> &mut str {
    unsafe { crate::mem::transmute(v) }
}

/// Decodes the character starting at byte `i` of valid UTF-8; returns it and its length.
#[inline]
pub(crate) fn decode_at(bytes: &[u8], i: usize) -> (char, usize) {
    let b0 = bytes[i] as u32;
    if b0 < 0x80 {
        return (unsafe { crate::char::from_u32_unchecked(b0) }, 1);
    }
    let w = utf8_char_width(b0 as u8);
    let mut c = b0 & (0x7F >> w);
    let mut k = 1;
    while k < w {
        c = (c << 6) | (bytes[i + k] as u32 & 0x3F);
        k += 1;
    }
    (unsafe { crate::char::from_u32_unchecked(c) }, w)
}

/// Decodes the character ending just before byte `end`; returns it and its length.
#[inline]
fn decode_before(bytes: &[u8], end: usize) -> (char, usize) {
    let mut start = end - 1;
    while bytes[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    let (c, _) = decode_at(bytes, start);
    (c, end - start)
}

#[cold]
#[track_caller]
fn slice_error_fail(s: &str, begin: usize, end: usize) -> ! {
    const MAX_DISPLAY_LENGTH: usize = 256;
    let trunc_len = s.floor_char_boundary(MAX_DISPLAY_LENGTH);
    let s_trunc = &s[..trunc_len];
    let ellipsis = if trunc_len < s.len() { "[...]" } else { "" };
    if begin > s.len() || end > s.len() {
        let (which, oob_index) = if begin > s.len() { ("start", begin) } else { ("end", end) };
        panic!("{which} byte index {oob_index} is out of bounds of `{s_trunc}`{ellipsis}");
    }
    if begin > end {
        panic!("begin > end ({begin} > {end}) when slicing `{s_trunc}`{ellipsis}");
    }
    if s.is_char_boundary(begin) && s.is_char_boundary(end) {
        // Only an inclusive range ending at the length gets here: Rust reports its end.
        panic!("end byte index {end} is out of bounds of `{s_trunc}`{ellipsis}");
    }
    let (which, index) = if !s.is_char_boundary(begin) { ("start", begin) } else { ("end", end) };
    let char_start = s.floor_char_boundary(index);
    let ch = match s[char_start..].chars().next() {
        Some(c) => c,
        None => '\0',
    };
    let char_range = char_start..char_start + ch.len_utf8();
    panic!(
        "{} byte index {} is not a char boundary; it is inside {:?} (bytes {:?}) of `{}`{}",
        which, index, ch, char_range, s_trunc, ellipsis
    );
}

impl str {
    #[inline]
    pub const fn len(&self) -> usize {
        self.as_bytes().len()
    }

    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub const fn as_bytes(&self) -> &[u8] {
        unsafe { crate::mem::transmute(self) }
    }

    #[inline]
    pub unsafe fn as_bytes_mut(&mut self) -> &mut [u8] {
        unsafe { crate::mem::transmute(self) }
    }

    #[inline]
    pub const fn as_ptr(&self) -> *const u8 {
        self as *const str as *const u8
    }

    #[inline]
    pub fn is_char_boundary(&self, index: usize) -> bool {
        if index == 0 {
            return true;
        }
        let bytes = self.as_bytes();
        if index >= bytes.len() {
            return index == bytes.len();
        }
        (bytes[index] as i8) >= -0x40
    }

    pub fn floor_char_boundary(&self, index: usize) -> usize {
        if index >= self.len() {
            self.len()
        } else {
            let mut i = index;
            while !self.is_char_boundary(i) {
                i -= 1;
            }
            i
        }
    }

    #[inline]
    pub fn chars(&self) -> Chars<'_> {
        Chars { bytes: self.as_bytes(), front: 0, back: self.len() }
    }

    #[inline]
    pub fn char_indices(&self) -> CharIndices<'_> {
        CharIndices { chars: self.chars() }
    }

    #[inline]
    pub fn bytes(&self) -> Bytes<'_> {
        Bytes { inner: self.as_bytes().iter() }
    }

    #[inline]
    pub fn get<I: SliceIndex<str>>(&self, i: I) -> Option<&I::Output> {
        i.get(self)
    }

    #[inline]
    pub unsafe fn get_unchecked<I: SliceIndex<str>>(&self, i: I) -> &I::Output {
        unsafe { &*i.get_unchecked(self) }
    }

    #[inline]
    pub fn split_at(&self, mid: usize) -> (&str, &str) {
        (&self[..mid], &self[mid..])
    }

    pub fn starts_with<P: Pattern>(&self, pat: P) -> bool {
        pat.is_prefix_of(self)
    }

    pub fn ends_with<P: Pattern>(&self, pat: P) -> bool {
        pat.is_suffix_of(self)
    }

    pub fn contains<P: Pattern>(&self, pat: P) -> bool {
        pat.find_in(self, 0).is_some()
    }

    pub fn find<P: Pattern>(&self, pat: P) -> Option<usize> {
        match pat.find_in(self, 0) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize> {
        match pat.rfind_in(self, 0) {
            Some((start, _)) => Some(start),
            None => None,
        }
    }

    pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::new(self, pat, true)
    }

    /// Like `split`, without the empty piece after a final match.
    pub fn split_terminator<P: Pattern>(&self, pat: P) -> Split<'_, P> {
        Split::new(self, pat, false)
    }

    /// The pieces between matches, from the end (matches are searched from the end too).
    pub fn rsplit<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit { inner: Split::new(self, pat, true) }
    }

    /// Like `rsplit`, without the empty piece after a final match.
    pub fn rsplit_terminator<P: Pattern>(&self, pat: P) -> RSplit<'_, P> {
        RSplit { inner: Split::new(self, pat, false) }
    }

    /// At most `n` pieces: the last one is the rest of the string.
    pub fn splitn<P: Pattern>(&self, n: usize, pat: P) -> SplitN<'_, P> {
        SplitN { inner: self.split(pat), count: n }
    }

    /// At most `n` pieces from the end: the last one is the start of the string.
    pub fn rsplitn<P: Pattern>(&self, n: usize, pat: P) -> RSplitN<'_, P> {
        RSplitN { inner: self.split(pat), count: n }
    }

    pub fn split_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let (start, end) = pat.find_in(self, 0)?;
        Some((&self[..start], &self[end..]))
    }

    /// Splits around the last match.
    pub fn rsplit_once<P: Pattern>(&self, pat: P) -> Option<(&str, &str)> {
        let (start, end) = pat.rfind_in(self, 0)?;
        Some((&self[..start], &self[end..]))
    }

    /// The non-overlapping matches, from the start.
    pub fn matches<P: Pattern>(&self, pat: P) -> Matches<'_, P> {
        Matches { matcher: Searcher::new(self, pat) }
    }

    /// The non-overlapping matches, searched from the end.
    pub fn rmatches<P: Pattern>(&self, pat: P) -> RMatches<'_, P> {
        RMatches { matcher: Searcher::new(self, pat) }
    }

    /// The non-overlapping matches with their byte positions, from the start.
    pub fn match_indices<P: Pattern>(&self, pat: P) -> MatchIndices<'_, P> {
        MatchIndices { matcher: Searcher::new(self, pat) }
    }

    /// The non-overlapping matches with their byte positions, searched from the end.
    pub fn rmatch_indices<P: Pattern>(&self, pat: P) -> RMatchIndices<'_, P> {
        RMatchIndices { matcher: Searcher::new(self, pat) }
    }

    pub fn split_whitespace(&self) -> SplitWhitespace<'_> {
        SplitWhitespace { rest: self }
    }

    pub fn lines(&self) -> Lines<'_> {
        Lines { rest: self, done: false }
    }

    pub fn trim(&self) -> &str {
        self.trim_start().trim_end()
    }

    pub fn trim_start(&self) -> &str {
        let mut it = self.char_indices();
        while let Some((i, c)) = it.next() {
            if !c.is_whitespace() {
                return &self[i..];
            }
        }
        ""
    }

    pub fn trim_end(&self) -> &str {
        let mut end = self.len();
        let bytes = self.as_bytes();
        while end > 0 {
            let (c, w) = decode_before(bytes, end);
            if !c.is_whitespace() {
                break;
            }
            end -= w;
        }
        &self[..end]
    }

    pub fn trim_matches(&self, c: char) -> &str {
        self.trim_start_matches(c).trim_end_matches(c)
    }

    pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut s = self;
        loop {
            match pat.prefix_len(s) {
                Some(n) if n > 0 => s = &s[n..],
                _ => return s,
            }
        }
    }

    pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str {
        let mut s = self;
        loop {
            match pat.suffix_len(s) {
                Some(n) if n > 0 => s = &s[..s.len() - n],
                _ => return s,
            }
        }
    }

    pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str> {
        let n = prefix.prefix_len(self)?;
        Some(&self[n..])
    }

    pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str> {
        let n = suffix.suffix_len(self)?;
        Some(&self[..self.len() - n])
    }

    pub fn parse<F: FromStr>(&self) -> Result<F, F::Err> {
        FromStr::from_str(self)
    }

    pub fn is_ascii(&self) -> bool {
        let bytes = self.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] >= 0x80 {
                return false;
            }
            i += 1;
        }
        true
    }

    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        let (a, b) = (self.as_bytes(), other.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut i = 0;
        while i < a.len() {
            if a[i].to_ascii_lowercase() != b[i].to_ascii_lowercase() {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The string as UTF-16 code units.
    pub fn encode_utf16(&self) -> EncodeUtf16<'_> {
        EncodeUtf16 { chars: self.chars(), extra: 0 }
    }

    /// Uppercases the ASCII letters in place.
    pub fn make_ascii_uppercase(&mut self) {
        let bytes = unsafe { self.as_bytes_mut() };
        let mut i = 0;
        while i < bytes.len() {
            bytes[i].make_ascii_uppercase();
            i += 1;
        }
    }

    /// Lowercases the ASCII letters in place.
    pub fn make_ascii_lowercase(&mut self) {
        let bytes = unsafe { self.as_bytes_mut() };
        let mut i = 0;
        while i < bytes.len() {
            bytes[i].make_ascii_lowercase();
            i += 1;
        }
    }

    pub fn char_count(&self) -> usize {
        self.chars().count()
    }
}

/// Parsing from a string (`"42".parse::<i32>()`).
pub trait FromStr: Sized {
    type Err;
    fn from_str(s: &str) -> Result<Self, Self::Err>;
}

impl FromStr for bool {
    type Err = ParseBoolError;
    fn from_str(s: &str) -> Result<bool, ParseBoolError> {
        match s {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(ParseBoolError),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseBoolError;

impl fmt::Display for ParseBoolError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad("provided string was not `true` or `false`")
    }
}

/// What `str` searching methods accept: a `char`, a `&str`, a slice or array of `char`s,
/// or a `char` predicate.
pub trait Pattern: Sized {
    /// The first match at or after byte `from`: its byte range.
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)>;

    /// The last match at or after byte `from`: its byte range (the one that ends last, as a
    /// search from the end finds it).
    fn rfind_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let mut end = haystack.len();
        loop {
            if let Some(n) = self.suffix_len(&haystack[from..end]) {
                return Some((end - n, end));
            }
            if end == from {
                return None;
            }
            end -= 1;
            while !haystack.is_char_boundary(end) {
                end -= 1;
            }
        }
    }

    /// The length of a match at the start of `haystack`.
    fn prefix_len(&self, haystack: &str) -> Option<usize>;

    /// The length of a match at the end of `haystack`.
    fn suffix_len(&self, haystack: &str) -> Option<usize>;

    fn is_prefix_of(&self, haystack: &str) -> bool {
        self.prefix_len(haystack).is_some()
    }

    fn is_suffix_of(&self, haystack: &str) -> bool {
        self.suffix_len(haystack).is_some()
    }
}

/// Patterns whose matches are the same whether searched from the start or from the end:
/// all but strings (in `"aaa"`, `"aa"` matches at 0 from the start but at 1 from the end).
/// Their `split`, `matches` and the like are double-ended.
pub trait DoubleEndedPattern: Pattern {}

impl DoubleEndedPattern for char {}
impl<const N: usize> DoubleEndedPattern for [char; N] {}
impl<F: Fn(char) -> bool> DoubleEndedPattern for F {}

impl Pattern for char {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = haystack.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let (c, w) = decode_at(bytes, i);
            if c == *self {
                return Some((i, i + w));
            }
            i += w;
        }
        None
    }

    fn prefix_len(&self, haystack: &str) -> Option<usize> {
        match haystack.chars().next() {
            Some(c) if c == *self => Some(c.len_utf8()),
            _ => None,
        }
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        match haystack.chars().next_back() {
            Some(c) if c == *self => Some(c.len_utf8()),
            _ => None,
        }
    }
}

impl Pattern for &str {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let h = haystack.as_bytes();
        let n = self.as_bytes();
        if n.len() > h.len() {
            return None;
        }
        let mut i = from;
        while i + n.len() <= h.len() {
            if &h[i..i + n.len()] == n && haystack.is_char_boundary(i) {
                return Some((i, i + n.len()));
            }
            i += 1;
        }
        None
    }

    fn prefix_len(&self, haystack: &str) -> Option<usize> {
        if haystack.as_bytes().starts_with(self.as_bytes()) { Some(self.len()) } else { None }
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        if haystack.as_bytes().ends_with(self.as_bytes()) { Some(self.len()) } else { None }
    }
}

impl Pattern for &&str {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        (**self).find_in(haystack, from)
    }

    fn prefix_len(&self, haystack: &str) -> Option<usize> {
        (**self).prefix_len(haystack)
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        (**self).suffix_len(haystack)
    }
}

impl<const N: usize> Pattern for [char; N] {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = haystack.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let (c, w) = decode_at(bytes, i);
            if self.contains(&c) {
                return Some((i, i + w));
            }
            i += w;
        }
        None
    }

    fn prefix_len(&self, haystack: &str) -> Option<usize> {
        match haystack.chars().next() {
            Some(c) if self.contains(&c) => Some(c.len_utf8()),
            _ => None,
        }
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        match haystack.chars().next_back() {
            Some(c) if self.contains(&c) => Some(c.len_utf8()),
            _ => None,
        }
    }
}

impl<F: Fn(char) -> bool> Pattern for F {
    fn find_in(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        let bytes = haystack.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let (c, w) = decode_at(bytes, i);
            if self(c) {
                return Some((i, i + w));
            }
            i += w;
        }
        None
    }

    fn prefix_len(&self, haystack: &str) -> Option<usize> {
        match haystack.chars().next() {
            Some(c) if self(c) => Some(c.len_utf8()),
            _ => None,
        }
    }

    fn suffix_len(&self, haystack: &str) -> Option<usize> {
        match haystack.chars().next_back() {
            Some(c) if self(c) => Some(c.len_utf8()),
            _ => None,
        }
    }
}

/// The characters of a string.
#[derive(Clone)]
pub struct Chars<'a> {
    bytes: &'a [u8],
    front: usize,
    back: usize,
}

impl<'a> Chars<'a> {
    pub fn as_str(&self) -> &'a str {
        unsafe { from_utf8_unchecked(&self.bytes[self.front..self.back]) }
    }
}

impl<'a> Iterator for Chars<'a> {
    type Item = char;
    #[inline]
    fn next(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, w) = decode_at(self.bytes, self.front);
        self.front += w;
        Some(c)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let len = self.back - self.front;
        ((len + 3) / 4, Some(len))
    }
}

impl<'a> DoubleEndedIterator for Chars<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<char> {
        if self.front >= self.back {
            return None;
        }
        let (c, w) = decode_before(self.bytes, self.back);
        self.back -= w;
        Some(c)
    }
}

/// `str::encode_utf16`'s iterator.
#[derive(Clone)]
pub struct EncodeUtf16<'a> {
    chars: Chars<'a>,
    /// The second unit of a surrogate pair, still to be yielded (or 0).
    extra: u16,
}

impl Iterator for EncodeUtf16<'_> {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        if self.extra != 0 {
            let unit = self.extra;
            self.extra = 0;
            return Some(unit);
        }
        let mut buf = [0u16; 2];
        let units = self.chars.next()?.encode_utf16(&mut buf);
        if units.len() == 2 {
            self.extra = units[1];
        }
        Some(units[0])
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        // A character of 3 bytes is one unit (the fewest units per byte), of 1 byte one unit
        // (the most).
        let len = self.chars.back - self.chars.front;
        if self.extra == 0 { ((len + 2) / 3, Some(len)) } else { ((len + 2) / 3 + 1, Some(len + 1)) }
    }
}

/// The characters of a string with their byte positions.
#[derive(Clone)]
pub struct CharIndices<'a> {
    chars: Chars<'a>,
}

impl<'a> Iterator for CharIndices<'a> {
    type Item = (usize, char);
    #[inline]
    fn next(&mut self) -> Option<(usize, char)> {
        let i = self.chars.front;
        let c = self.chars.next()?;
        Some((i, c))
    }
}

impl<'a> DoubleEndedIterator for CharIndices<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<(usize, char)> {
        let c = self.chars.next_back()?;
        Some((self.chars.back, c))
    }
}

/// The bytes of a string.
#[derive(Clone)]
pub struct Bytes<'a> {
    inner: slice::Iter<'a, u8>,
}

impl Iterator for Bytes<'_> {
    type Item = u8;
    #[inline]
    fn next(&mut self) -> Option<u8> {
        match self.inner.next() {
            Some(b) => Some(*b),
            None => None,
        }
    }
    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl DoubleEndedIterator for Bytes<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<u8> {
        match self.inner.next_back() {
            Some(b) => Some(*b),
            None => None,
        }
    }
}

impl crate::iter::ExactSizeIterator for Bytes<'_> {}

/// The successive non-overlapping matches of a pattern, from the start or from the end of
/// what is left between them. The empty string matches at every char boundary.
struct Searcher<'a, P: Pattern> {
    haystack: &'a str,
    pat: P,
    /// Matches not yet yielded lie in `haystack[front..back]`.
    front: usize,
    back: usize,
    done: bool,
}

impl<'a, P: Pattern> Searcher<'a, P> {
    fn new(haystack: &'a str, pat: P) -> Searcher<'a, P> {
        Searcher { haystack, pat, front: 0, back: haystack.len(), done: false }
    }

    fn next_match(&mut self) -> Option<(usize, usize)> {
        if self.done {
            return None;
        }
        match self.pat.find_in(&self.haystack[..self.back], self.front) {
            Some((a, b)) => {
                if a != b {
                    self.front = b;
                } else if b == self.back {
                    self.done = true;
                } else {
                    // After an empty match, the next one is a character further.
                    self.front = b + utf8_char_width(self.haystack.as_bytes()[b]);
                }
                Some((a, b))
            }
            None => {
                self.done = true;
                None
            }
        }
    }

    fn next_match_back(&mut self) -> Option<(usize, usize)> {
        if self.done {
            return None;
        }
        match self.pat.rfind_in(&self.haystack[..self.back], self.front) {
            Some((a, b)) => {
                if a != b {
                    self.back = a;
                } else if a == self.front {
                    self.done = true;
                } else {
                    self.back = a - decode_before(self.haystack.as_bytes(), a).1;
                }
                Some((a, b))
            }
            None => {
                self.done = true;
                None
            }
        }
    }
}

/// The pieces of a string between the matches of a pattern (`split`, `split_terminator`).
pub struct Split<'a, P: Pattern> {
    matcher: Searcher<'a, P>,
    /// The piece not yet yielded: `haystack[start..end]`.
    start: usize,
    end: usize,
    allow_trailing_empty: bool,
    finished: bool,
}

impl<'a, P: Pattern> Split<'a, P> {
    fn new(haystack: &'a str, pat: P, allow_trailing_empty: bool) -> Split<'a, P> {
        Split {
            matcher: Searcher::new(haystack, pat),
            start: 0,
            end: haystack.len(),
            allow_trailing_empty,
            finished: false,
        }
    }

    /// What is left, once (not if it is a trailing empty piece that is not wanted).
    fn get_end(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        self.finished = true;
        if self.allow_trailing_empty || self.end > self.start {
            Some(&self.matcher.haystack[self.start..self.end])
        } else {
            None
        }
    }

    fn next_piece(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        match self.matcher.next_match() {
            Some((a, b)) => {
                let piece = &self.matcher.haystack[self.start..a];
                self.start = b;
                Some(piece)
            }
            None => self.get_end(),
        }
    }

    fn next_piece_back(&mut self) -> Option<&'a str> {
        if self.finished {
            return None;
        }
        if !self.allow_trailing_empty {
            // The piece after the last match is dropped if it is empty.
            self.allow_trailing_empty = true;
            match self.next_piece_back() {
                Some(piece) if !piece.is_empty() => return Some(piece),
                _ => {
                    if self.finished {
                        return None;
                    }
                }
            }
        }
        match self.matcher.next_match_back() {
            Some((a, b)) => {
                let piece = &self.matcher.haystack[b..self.end];
                self.end = a;
                Some(piece)
            }
            None => {
                self.finished = true;
                Some(&self.matcher.haystack[self.start..self.end])
            }
        }
    }
}

impl<'a, P: Pattern> Iterator for Split<'a, P> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.next_piece()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for Split<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        self.next_piece_back()
    }
}

/// `rsplit`'s and `rsplit_terminator`'s iterator.
pub struct RSplit<'a, P: Pattern> {
    inner: Split<'a, P>,
}

impl<'a, P: Pattern> Iterator for RSplit<'a, P> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        self.inner.next_piece_back()
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for RSplit<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        self.inner.next_piece()
    }
}

/// `splitn`'s iterator.
pub struct SplitN<'a, P: Pattern> {
    inner: Split<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> Iterator for SplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.get_end()
            }
            _ => {
                self.count -= 1;
                self.inner.next_piece()
            }
        }
    }
}

/// `rsplitn`'s iterator.
pub struct RSplitN<'a, P: Pattern> {
    inner: Split<'a, P>,
    count: usize,
}

impl<'a, P: Pattern> Iterator for RSplitN<'a, P> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        match self.count {
            0 => None,
            1 => {
                self.count = 0;
                self.inner.get_end()
            }
            _ => {
                self.count -= 1;
                self.inner.next_piece_back()
            }
        }
    }
}

/// `matches`'s iterator.
pub struct Matches<'a, P: Pattern> {
    matcher: Searcher<'a, P>,
}

impl<'a, P: Pattern> Iterator for Matches<'a, P> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let (a, b) = self.matcher.next_match()?;
        Some(&self.matcher.haystack[a..b])
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for Matches<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        let (a, b) = self.matcher.next_match_back()?;
        Some(&self.matcher.haystack[a..b])
    }
}

/// `rmatches`'s iterator.
pub struct RMatches<'a, P: Pattern> {
    matcher: Searcher<'a, P>,
}

impl<'a, P: Pattern> Iterator for RMatches<'a, P> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let (a, b) = self.matcher.next_match_back()?;
        Some(&self.matcher.haystack[a..b])
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for RMatches<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        let (a, b) = self.matcher.next_match()?;
        Some(&self.matcher.haystack[a..b])
    }
}

/// `match_indices`'s iterator.
pub struct MatchIndices<'a, P: Pattern> {
    matcher: Searcher<'a, P>,
}

impl<'a, P: Pattern> Iterator for MatchIndices<'a, P> {
    type Item = (usize, &'a str);
    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (a, b) = self.matcher.next_match()?;
        Some((a, &self.matcher.haystack[a..b]))
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for MatchIndices<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<(usize, &'a str)> {
        let (a, b) = self.matcher.next_match_back()?;
        Some((a, &self.matcher.haystack[a..b]))
    }
}

/// `rmatch_indices`'s iterator.
pub struct RMatchIndices<'a, P: Pattern> {
    matcher: Searcher<'a, P>,
}

impl<'a, P: Pattern> Iterator for RMatchIndices<'a, P> {
    type Item = (usize, &'a str);
    #[inline]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let (a, b) = self.matcher.next_match_back()?;
        Some((a, &self.matcher.haystack[a..b]))
    }
}

impl<'a, P: DoubleEndedPattern> DoubleEndedIterator for RMatchIndices<'a, P> {
    #[inline]
    fn next_back(&mut self) -> Option<(usize, &'a str)> {
        let (a, b) = self.matcher.next_match()?;
        Some((a, &self.matcher.haystack[a..b]))
    }
}

pub struct SplitWhitespace<'a> {
    rest: &'a str,
}

impl<'a> Iterator for SplitWhitespace<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_start();
        if s.is_empty() {
            self.rest = s;
            return None;
        }
        let mut end = s.len();
        let mut it = s.char_indices();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                end = i;
                break;
            }
        }
        self.rest = &s[end..];
        Some(&s[..end])
    }
}

pub struct Lines<'a> {
    rest: &'a str,
    done: bool,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        if self.done || self.rest.is_empty() {
            self.done = true;
            return None;
        }
        match self.rest.find('\n') {
            Some(i) => {
                let line = &self.rest[..i];
                self.rest = &self.rest[i + 1..];
                Some(match line.strip_suffix('\r') {
                    Some(l) => l,
                    None => line,
                })
            }
            None => {
                let line = self.rest;
                self.done = true;
                Some(match line.strip_suffix('\r') {
                    Some(l) => l,
                    None => line,
                })
            }
        }
    }
}

// Indexing `str` by byte ranges, checking char boundaries.
impl SliceIndex<str> for Range<usize> {
    type Output = str;
    #[inline]
    fn get(self, slice: &str) -> Option<&str> {
        if self.start <= self.end && slice.is_char_boundary(self.start) && slice.is_char_boundary(self.end) {
            Some(unsafe { &*self.get_unchecked(slice) })
        } else {
            None
        }
    }
    #[inline]
    fn get_mut(self, slice: &mut str) -> Option<&mut str> {
        if self.start <= self.end && slice.is_char_boundary(self.start) && slice.is_char_boundary(self.end) {
            Some(unsafe { &mut *self.get_unchecked_mut(slice) })
        } else {
            None
        }
    }
    #[inline]
    unsafe fn get_unchecked(self, slice: *const str) -> *const str {
        unsafe {
            let bytes = crate::mem::transmute::<*const str, *const [u8]>(slice);
            let sub = self.get_unchecked_bytes(bytes);
            crate::mem::transmute::<*const [u8], *const str>(sub)
        }
    }
    #[inline]
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str {
        unsafe { self.get_unchecked(slice as *const str) as *mut str }
    }
    #[inline]
    #[track_caller]
    fn index(self, slice: &str) -> &str {
        let (start, end) = (self.start, self.end);
        match self.get(slice) {
            Some(s) => s,
            None => slice_error_fail(slice, start, end),
        }
    }
    #[inline]
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str {
        let (start, end) = (self.start, self.end);
        if start <= end && slice.is_char_boundary(start) && slice.is_char_boundary(end) {
            unsafe { &mut *self.get_unchecked_mut(slice) }
        } else {
            slice_error_fail(slice, start, end)
        }
    }
}

impl Range<usize> {
    #[inline]
    unsafe fn get_unchecked_bytes(self, bytes: *const [u8]) -> *const [u8] {
        unsafe { crate::ptr::slice_from_raw_parts((bytes as *const u8).add(self.start), self.end - self.start) }
    }
}

macro_rules! str_index_via_range {
    ($($t:ty => |$r:ident, $len:ident| $e:expr;)*) => {
        $(
            impl SliceIndex<str> for $t {
                type Output = str;
                #[inline]
                fn get(self, slice: &str) -> Option<&str> {
                    let $r = self;
                    let $len = slice.len();
                    ($e).get(slice)
                }
                #[inline]
                fn get_mut(self, slice: &mut str) -> Option<&mut str> {
                    let $r = self;
                    let $len = slice.len();
                    ($e).get_mut(slice)
                }
                #[inline]
                unsafe fn get_unchecked(self, slice: *const str) -> *const str {
                    let $r = self;
                    let $len = crate::ptr::slice_len(unsafe { crate::mem::transmute::<*const str, *const [u8]>(slice) });
                    unsafe { ($e).get_unchecked(slice) }
                }
                #[inline]
                unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str {
                    unsafe { self.get_unchecked(slice as *const str) as *mut str }
                }
                #[inline]
                #[track_caller]
                fn index(self, slice: &str) -> &str {
                    let $r = self;
                    let $len = slice.len();
                    ($e).index(slice)
                }
                #[inline]
                #[track_caller]
                fn index_mut(self, slice: &mut str) -> &mut str {
                    let $r = self;
                    let $len = slice.len();
                    ($e).index_mut(slice)
                }
            }
        )*
    };
}

str_index_via_range! {
    RangeTo<usize> => |r, len| 0..r.end;
    RangeFrom<usize> => |r, len| r.start..len;
    RangeFull => |r, len| 0..len;
    RangeToInclusive<usize> => |r, len| 0..=r.end;
}

// An inclusive end of `usize::MAX` has no exclusive counterpart: `get` fails, and `index`
// reports the end as out of bounds, as for any end not below the length.
impl SliceIndex<str> for RangeInclusive<usize> {
    type Output = str;
    #[inline]
    fn get(self, slice: &str) -> Option<&str> {
        if self.end == usize::MAX { None } else { self.into_slice_range().get(slice) }
    }
    #[inline]
    fn get_mut(self, slice: &mut str) -> Option<&mut str> {
        if self.end == usize::MAX { None } else { self.into_slice_range().get_mut(slice) }
    }
    #[inline]
    unsafe fn get_unchecked(self, slice: *const str) -> *const str {
        unsafe { self.into_slice_range().get_unchecked(slice) }
    }
    #[inline]
    unsafe fn get_unchecked_mut(self, slice: *mut str) -> *mut str {
        unsafe { self.into_slice_range().get_unchecked_mut(slice) }
    }
    #[inline]
    #[track_caller]
    fn index(self, slice: &str) -> &str {
        if self.end >= slice.len() {
            slice_error_fail(slice, self.start, self.end);
        }
        self.into_slice_range().index(slice)
    }
    #[inline]
    #[track_caller]
    fn index_mut(self, slice: &mut str) -> &mut str {
        if self.end >= slice.len() {
            slice_error_fail(slice, self.start, self.end);
        }
        self.into_slice_range().index_mut(slice)
    }
}

impl<I: SliceIndex<str>> Index<I> for str {
    type Output = I::Output;
    #[inline]
    #[track_caller]
    fn index(&self, index: I) -> &I::Output {
        index.index(self)
    }
}

impl<I: SliceIndex<str>> crate::ops::IndexMut<I> for str {
    #[inline]
    #[track_caller]
    fn index_mut(&mut self, index: I) -> &mut I::Output {
        index.index_mut(self)
    }
}

impl Default for &mut str {
    fn default() -> Self {
        unsafe { from_utf8_unchecked_mut(&mut []) }
    }
}

//! `str`'s methods that allocate (`to_lowercase`, `replace`, `repeat`, ...), and the rest of
//! `core::str`.

use core::unicode::case;

pub use core::str::*;

use crate::boxed::Box;
use crate::string::String;

/// A boxed `str` from boxed bytes, which must be UTF-8.
#[inline]
pub unsafe fn from_boxed_utf8_unchecked(v: Box<[u8]>) -> Box<str> {
    unsafe { Box::from_raw(Box::into_raw(v) as *mut str) }
}

impl str {
    /// The boxed `str` as a `String`, without copying it.
    pub fn into_string(self: Box<str>) -> String {
        let bytes = self.into_boxed_bytes();
        unsafe { String::from_utf8_unchecked(bytes.into_vec()) }
    }

    /// The boxed `str`'s bytes, without copying them.
    pub fn into_boxed_bytes(self: Box<str>) -> Box<[u8]> {
        unsafe { Box::from_raw(Box::into_raw(self) as *mut [u8]) }
    }

    /// The string with every character lowercased as Unicode says (final sigma included).
    pub fn to_lowercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        let bytes = self.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let c = match self[i..].chars().next() {
                Some(c) => c,
                None => break,
            };
            if c == 'Σ' {
                // Σ is σ, except at the end of a word where it is ς.
                s.push(if is_word_final(self, i) { 'ς' } else { 'σ' });
            } else {
                push_mapped(&mut s, case::lookup(c, case::LOWERCASE_RUNS, case::LOWERCASE_MULTI));
            }
            i += c.len_utf8();
        }
        s
    }

    /// The string with every character uppercased as Unicode says.
    pub fn to_uppercase(&self) -> String {
        let mut s = String::with_capacity(self.len());
        for c in self.chars() {
            push_mapped(&mut s, case::lookup(c, case::UPPERCASE_RUNS, case::UPPERCASE_MULTI));
        }
        s
    }

    /// A copy with ASCII letters uppercased.
    pub fn to_ascii_uppercase(&self) -> String {
        let mut bytes = self.as_bytes().to_vec();
        for b in bytes.iter_mut() {
            *b = b.to_ascii_uppercase();
        }
        unsafe { String::from_utf8_unchecked(bytes) }
    }

    /// A copy with ASCII letters lowercased.
    pub fn to_ascii_lowercase(&self) -> String {
        let mut bytes = self.as_bytes().to_vec();
        for b in bytes.iter_mut() {
            *b = b.to_ascii_lowercase();
        }
        unsafe { String::from_utf8_unchecked(bytes) }
    }

    /// The string repeated `n` times.
    pub fn repeat(&self, n: usize) -> String {
        unsafe { String::from_utf8_unchecked(self.as_bytes().repeat(n)) }
    }

    /// Replaces every match of `from` by `to`.
    pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String {
        replace_matches(self, from, to, usize::MAX)
    }

    /// Replaces the first `count` matches of `pat` by `to`.
    pub fn replacen<P: Pattern>(&self, pat: P, to: &str, count: usize) -> String {
        replace_matches(self, pat, to, count)
    }
}

fn push_mapped(s: &mut String, mapped: [char; 3]) {
    s.push(mapped[0]);
    if mapped[1] != '\0' {
        s.push(mapped[1]);
        if mapped[2] != '\0' {
            s.push(mapped[2]);
        }
    }
}

/// Characters that do not break a word for the final-sigma rule (Unicode's
/// `Case_Ignorable`, approximated: apostrophes, word-internal punctuation and combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}' | '\u{300}'..='\u{36F}')
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

/// Whether the Σ at byte `i` of `s` ends a word: a cased letter comes before it and none
/// after it (case-ignorable characters skipped).
fn is_word_final(s: &str, i: usize) -> bool {
    let mut before = s[..i].chars();
    let preceded = loop {
        match before.next_back() {
            Some(c) if is_case_ignorable(c) => continue,
            Some(c) => break is_cased(c),
            None => break false,
        }
    };
    if !preceded {
        return false;
    }
    let mut after = s[i + 'Σ'.len_utf8()..].chars();
    loop {
        match after.next() {
            Some(c) if is_case_ignorable(c) => continue,
            Some(c) => return !is_cased(c),
            None => return true,
        }
    }
}

fn replace_matches<P: Pattern>(s: &str, pat: P, to: &str, count: usize) -> String {
    let mut result = String::new();
    let mut last_end = 0;
    let mut from = 0;
    let mut n = 0;
    while n < count {
        let (start, end) = match pat.find_in(s, from) {
            Some(m) => m,
            None => break,
        };
        result.push_str(unsafe { s.get_unchecked(last_end..start) });
        result.push_str(to);
        last_end = end;
        n += 1;
        if end == start {
            // An empty match: step over one character so the search moves on.
            match s[end..].chars().next() {
                Some(c) => from = end + c.len_utf8(),
                None => break,
            }
        } else {
            from = end;
        }
    }
    result.push_str(unsafe { s.get_unchecked(last_end..s.len()) });
    result
}

//! Unicode data: character properties and case mappings, as tables generated from rustc's
//! standard library (see each module for its generator).

pub mod case;
pub mod tables;

/// Whether `c` is in one of the sorted, disjoint inclusive ranges of `table`.
#[inline]
pub fn in_table(c: char, table: &[(u32, u32)]) -> bool {
    let u = c as u32;
    let mut lo = 0;
    let mut hi = table.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (a, b) = table[mid];
        if u < a {
            hi = mid;
        } else if u > b {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    false
}

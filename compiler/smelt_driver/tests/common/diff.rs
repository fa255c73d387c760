//! A short line diff for failure reports: expected vs actual, unified style, with a few
//! lines of context and a cap on its length.
//!
//! The longest common subsequence table is quadratic, which is fine for test outputs; past
//! a size limit the diff falls back to "first differing line".

const CONTEXT: usize = 3;
const MAX_DIFF_LINES: usize = 60;
const MAX_TABLE: usize = 4_000_000;

#[derive(Clone, Copy, PartialEq)]
enum Edit {
    Same,
    Removed,
    Added,
}

/// A readable diff of `expected` and `actual`, which must differ.
pub fn unified(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    if old == new {
        return whitespace_only(expected, actual);
    }
    if old.len().saturating_mul(new.len()) > MAX_TABLE {
        let first = old
            .iter()
            .zip(&new)
            .position(|(a, b)| a != b)
            .unwrap_or(old.len().min(new.len()));
        return format!(
            "(outputs too long to diff: {} vs {} lines; first difference at line {})\n",
            old.len(),
            new.len(),
            first + 1
        );
    }

    let script = edit_script(&old, &new);
    // Show the lines within CONTEXT of a change, in hunks.
    let near_change: Vec<bool> = (0..script.len())
        .map(|i| {
            let lo = i.saturating_sub(CONTEXT);
            let hi = (i + CONTEXT + 1).min(script.len());
            script[lo..hi]
                .iter()
                .any(|(edit, _, _)| *edit != Edit::Same)
        })
        .collect();

    let mut out = String::from("--- expected\n+++ actual\n");
    let mut shown = 0;
    let mut in_hunk = false;
    for (i, &(edit, old_line, new_line)) in script.iter().enumerate() {
        if !near_change[i] {
            in_hunk = false;
            continue;
        }
        if shown == MAX_DIFF_LINES {
            let rest = script[i..]
                .iter()
                .filter(|(e, _, _)| *e != Edit::Same)
                .count();
            out.push_str(&format!("... (diff cut; {rest} more changed lines)\n"));
            break;
        }
        if !in_hunk {
            out.push_str(&format!(
                "@@ expected line {}, actual line {} @@\n",
                old_line + 1,
                new_line + 1
            ));
            in_hunk = true;
        }
        let (sign, text) = match edit {
            Edit::Same => (' ', old[old_line]),
            Edit::Removed => ('-', old[old_line]),
            Edit::Added => ('+', new[new_line]),
        };
        out.push(sign);
        out.push_str(text);
        out.push('\n');
        shown += 1;
    }
    out
}

/// The edit script as (edit, index in old, index in new) triples.
fn edit_script(old: &[&str], new: &[&str]) -> Vec<(Edit, usize, usize)> {
    // lcs[i][j] = length of the LCS of old[i..] and new[j..].
    let width = new.len() + 1;
    let mut lcs = vec![0u32; (old.len() + 1) * width];
    for i in (0..old.len()).rev() {
        for j in (0..new.len()).rev() {
            lcs[i * width + j] = if old[i] == new[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut script = Vec::new();
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            script.push((Edit::Same, i, j));
            i += 1;
            j += 1;
        } else if j < new.len()
            && (i == old.len() || lcs[i * width + j + 1] >= lcs[(i + 1) * width + j])
        {
            script.push((Edit::Added, i, j));
            j += 1;
        } else {
            script.push((Edit::Removed, i, j));
            i += 1;
        }
    }
    // Removals read better before the additions that replace them.
    for k in 1..script.len() {
        let mut m = k;
        while m > 0 && script[m].0 == Edit::Removed && script[m - 1].0 == Edit::Added {
            // The removed line now comes first, at the added line's place in the new text.
            script[m].2 = script[m - 1].2;
            script.swap(m, m - 1);
            m -= 1;
        }
    }
    script
}

/// Outputs with the same lines that still differ: line endings or a final newline.
fn whitespace_only(expected: &str, actual: &str) -> String {
    let describe = |s: &str| {
        if s.contains('\r') {
            "has \\r characters"
        } else if s.ends_with('\n') {
            "ends with a newline"
        } else {
            "does not end with a newline"
        }
    };
    format!(
        "(same lines; expected {}, actual {})\n",
        describe(expected),
        describe(actual)
    )
}

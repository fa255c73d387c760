//! An inner doc comment.

/// An outer doc comment.
fn main() {
    // A line comment.
    let x = 1; /* a block /* nested */ comment */
    let _y = x; // A trailing comment.
}

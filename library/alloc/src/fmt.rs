//! Formatting: `core::fmt`, plus `format` (what `format!` calls), which makes a `String`.

pub use core::fmt::*;

use crate::string::String;

/// Formats `args` into a new string (the function behind `format!`).
#[inline]
pub fn format(args: Arguments<'_>) -> String {
    match args.as_str() {
        Some(s) => String::from(s),
        None => {
            let mut output = String::new();
            Write::write_fmt(&mut output, args).expect("a formatting trait implementation returned an error when the underlying stream did not");
            output
        }
    }
}

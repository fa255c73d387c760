//! `vec!` and `format!`.

/// A `Vec` of the listed elements (`vec![a, b, c]`), of `n` clones of an element
/// (`vec![x; n]`), or empty (`vec![]`).
#[macro_export]
macro_rules! vec {
    () => {
        $crate::vec::Vec::new()
    };
    ($elem:expr; $n:expr) => {
        $crate::vec::from_elem($elem, $n)
    };
    ($($x:expr),+ $(,)?) => {
        $crate::vec::from_array([$($x),+])
    };
}

/// A `String` made by formatting the arguments as `format_args!` does.
#[macro_export]
macro_rules! format {
    ($($arg:tt)*) => {
        $crate::fmt::format(::core::format_args!($($arg)*))
    };
}

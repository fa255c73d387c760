//! Collecting into `()`: runs an iterator of `()` to its end (with `Result` and `Option`,
//! stopping at the first failure).

impl FromIterator<()> for () {
    #[inline]
    fn from_iter<I: IntoIterator<Item = ()>>(iter: I) {
        iter.into_iter().for_each(|()| {})
    }
}

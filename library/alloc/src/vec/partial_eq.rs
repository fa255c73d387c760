//! `==` between vectors and slices, arrays and `Cow`s of slices, in both directions where
//! Rust's `Vec` has them.

use crate::borrow::Cow;

use super::Vec;

macro_rules! impl_slice_eq {
    ($([$($vars:tt)*] $lhs:ty, $rhs:ty $(where $bound:ident: Clone)?;)*) => {
        $(
            impl<$($vars)* T, U> PartialEq<$rhs> for $lhs
            where
                T: PartialEq<U>,
                $($bound: Clone,)?
            {
                #[inline]
                fn eq(&self, other: &$rhs) -> bool {
                    <[T] as PartialEq<[U]>>::eq(&self[..], &other[..])
                }
                #[inline]
                fn ne(&self, other: &$rhs) -> bool {
                    !<[T] as PartialEq<[U]>>::eq(&self[..], &other[..])
                }
            }
        )*
    };
}

impl_slice_eq! {
    [] Vec<T>, Vec<U>;
    [] Vec<T>, &[U];
    [] Vec<T>, &mut [U];
    [] &[T], Vec<U>;
    [] &mut [T], Vec<U>;
    [] Vec<T>, [U];
    [] [T], Vec<U>;
    ['a,] Cow<'a, [T]>, Vec<U> where T: Clone;
    ['a, 'b,] Cow<'a, [T]>, &'b [U] where T: Clone;
    ['a, 'b,] Cow<'a, [T]>, &'b mut [U] where T: Clone;
    [const N: usize,] Vec<T>, [U; N];
    ['a, const N: usize,] Vec<T>, &'a [U; N];
}

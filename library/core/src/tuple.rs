//! Comparison and defaults for tuples.

use crate::cmp::Ordering;

macro_rules! tuple_impls {
    ($(($($name:ident $idx:tt),+))*) => {
        $(
            impl<$($name: PartialEq),+> PartialEq for ($($name,)+) {
                #[inline]
                fn eq(&self, other: &($($name,)+)) -> bool {
                    $(self.$idx == other.$idx)&&+
                }
            }

            impl<$($name: Eq),+> Eq for ($($name,)+) {}

            impl<$($name: PartialOrd),+> PartialOrd for ($($name,)+) {
                #[inline]
                fn partial_cmp(&self, other: &($($name,)+)) -> Option<Ordering> {
                    $(
                        match self.$idx.partial_cmp(&other.$idx) {
                            Some(Ordering::Equal) => {}
                            ordering => return ordering,
                        }
                    )+
                    Some(Ordering::Equal)
                }
            }

            impl<$($name: Ord),+> Ord for ($($name,)+) {
                #[inline]
                fn cmp(&self, other: &($($name,)+)) -> Ordering {
                    $(
                        match self.$idx.cmp(&other.$idx) {
                            Ordering::Equal => {}
                            ordering => return ordering,
                        }
                    )+
                    Ordering::Equal
                }
            }

            impl<$($name: Default),+> Default for ($($name,)+) {
                #[inline]
                fn default() -> ($($name,)+) {
                    ($($name::default(),)+)
                }
            }
        )*
    };
}

tuple_impls! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}

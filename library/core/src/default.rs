//! Default values.

pub trait Default: Sized {
    fn default() -> Self;
}

macro_rules! default_impl {
    ($($t:ty => $v:expr;)*) => {
        $(
            impl Default for $t {
                #[inline]
                fn default() -> $t {
                    $v
                }
            }
        )*
    };
}

default_impl! {
    () => ();
    bool => false;
    char => '\x00';
    usize => 0;
    u8 => 0;
    u16 => 0;
    u32 => 0;
    u64 => 0;
    u128 => 0;
    isize => 0;
    i8 => 0;
    i16 => 0;
    i32 => 0;
    i64 => 0;
    i128 => 0;
    f32 => 0.0;
    f64 => 0.0;
}

impl<'a> Default for &'a str {
    fn default() -> Self {
        ""
    }
}

impl<T> Default for crate::option::Option<T> {
    #[inline]
    fn default() -> Self {
        None
    }
}

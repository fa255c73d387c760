//! Marker traits: the properties the compiler knows types by.

#[lang = "sized"]
pub trait Sized {}

#[lang = "unsize"]
pub trait Unsize<T: ?Sized> {}

#[lang = "coerce_unsized"]
pub trait CoerceUnsized<T: ?Sized> {}

impl<'a, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<&'a U> for &'a T {}
impl<'a, T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<&'a mut U> for &'a mut T {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<*const U> for *const T {}
impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<*mut U> for *mut T {}

#[lang = "copy"]
pub trait Copy: Clone {}

#[lang = "sync"]
pub unsafe trait Sync {}

#[lang = "send"]
pub unsafe trait Send {}

#[lang = "unpin"]
pub trait Unpin {}

#[lang = "tuple_trait"]
pub trait Tuple {}

#[lang = "structural_peq"]
pub trait StructuralPartialEq {}

#[lang = "destruct"]
pub trait Destruct {}

#[lang = "discriminant_kind"]
pub trait DiscriminantKind {
    type Discriminant;
}

#[lang = "pointee_trait"]
pub trait Pointee {
    type Metadata;
}

/// Zero-sized type used to mark things that "act like" they own a `T`.
#[lang = "phantom_data"]
pub struct PhantomData<T: ?Sized>;

impl<T: ?Sized> Clone for PhantomData<T> {
    fn clone(&self) -> Self {
        PhantomData
    }
}

impl<T: ?Sized> Copy for PhantomData<T> {}

macro_rules! impl_copy {
    ($($t:ty)*) => {
        $(
            impl Copy for $t {}
            impl Clone for $t {
                #[inline]
                fn clone(&self) -> Self {
                    *self
                }
            }
        )*
    };
}

impl_copy! { u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize f32 f64 bool char }

impl<T: ?Sized> Copy for &T {}
impl<T: ?Sized> Clone for &T {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for *const T {}
impl<T: ?Sized> Clone for *const T {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for *mut T {}
impl<T: ?Sized> Clone for *mut T {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl Copy for () {}
impl Clone for () {
    #[inline]
    fn clone(&self) -> Self {}
}

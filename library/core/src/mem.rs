//! Memory: sizes, swapping, replacing, forgetting.

use crate::intrinsics;

#[inline]
pub const fn size_of<T>() -> usize {
    intrinsics::size_of::<T>()
}

#[inline]
pub const fn align_of<T>() -> usize {
    intrinsics::min_align_of::<T>()
}

#[inline]
pub fn size_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::size_of_val(val) }
}

#[inline]
pub fn align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::min_align_of_val(val) }
}

#[inline]
pub const fn needs_drop<T: ?Sized>() -> bool {
    intrinsics::needs_drop::<T>()
}

#[inline]
pub const fn forget<T>(t: T) {
    intrinsics::forget(t)
}

#[inline]
pub fn drop<T>(_x: T) {}

#[inline]
pub fn swap<T>(x: &mut T, y: &mut T) {
    unsafe {
        let tmp = crate::ptr::read(x);
        crate::ptr::copy_nonoverlapping(y, x, 1);
        crate::ptr::write(y, tmp);
    }
}

#[inline]
pub fn replace<T>(dest: &mut T, src: T) -> T {
    unsafe {
        let result = crate::ptr::read(dest);
        crate::ptr::write(dest, src);
        result
    }
}

#[inline]
pub fn take<T: Default>(dest: &mut T) -> T {
    replace(dest, T::default())
}

#[inline]
pub const unsafe fn transmute<Src, Dst>(src: Src) -> Dst {
    unsafe { intrinsics::transmute(src) }
}

#[inline]
pub unsafe fn zeroed<T>() -> T {
    unsafe {
        let mut v = MaybeUninit::<T>::uninit();
        crate::intrinsics::write_bytes(v.as_mut_ptr(), 0, 1);
        v.assume_init()
    }
}

/// A wrapper that inhibits the destructor of its contents.
#[lang = "manually_drop"]
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(transparent)]
pub struct ManuallyDrop<T: ?Sized> {
    value: T,
}

impl<T> ManuallyDrop<T> {
    #[inline]
    pub const fn new(value: T) -> ManuallyDrop<T> {
        ManuallyDrop { value }
    }

    #[inline]
    pub fn into_inner(slot: ManuallyDrop<T>) -> T {
        unsafe { crate::ptr::read(&slot.value) }
    }
}

impl<T: ?Sized> crate::ops::Deref for ManuallyDrop<T> {
    type Target = T;
    #[inline]
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T: ?Sized> crate::ops::DerefMut for ManuallyDrop<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

/// Memory that may not hold a valid `T` yet.
#[repr(transparent)]
pub union MaybeUninit<T> {
    uninit: (),
    value: ManuallyDrop<T>,
}

impl<T: Copy> Clone for MaybeUninit<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Copy> Copy for MaybeUninit<T> {}

impl<T> MaybeUninit<T> {
    #[inline]
    pub const fn new(val: T) -> MaybeUninit<T> {
        MaybeUninit { value: ManuallyDrop::new(val) }
    }

    #[inline]
    pub const fn uninit() -> MaybeUninit<T> {
        MaybeUninit { uninit: () }
    }

    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self as *const MaybeUninit<T> as *const T
    }

    #[inline]
    pub fn as_mut_ptr(&mut self) -> *mut T {
        self as *mut MaybeUninit<T> as *mut T
    }

    #[inline]
    pub fn write(&mut self, val: T) -> &mut T {
        unsafe {
            crate::ptr::write(self.as_mut_ptr(), val);
            &mut *self.as_mut_ptr()
        }
    }

    #[inline]
    pub unsafe fn assume_init(self) -> T {
        unsafe { crate::ptr::read(self.as_ptr()) }
    }

    #[inline]
    pub unsafe fn assume_init_read(&self) -> T {
        unsafe { crate::ptr::read(self.as_ptr()) }
    }

    #[inline]
    pub unsafe fn assume_init_ref(&self) -> &T {
        unsafe { &*self.as_ptr() }
    }

    #[inline]
    pub unsafe fn assume_init_mut(&mut self) -> &mut T {
        unsafe { &mut *self.as_mut_ptr() }
    }
}

/// The ABI-required minimum alignment of `T` (the old name of `align_of`).
#[inline]
#[deprecated(note = "use `align_of` instead")]
pub fn min_align_of<T>() -> usize {
    intrinsics::min_align_of::<T>()
}

/// The ABI-required minimum alignment of the pointed-to value (the old name of
/// `align_of_val`).
#[inline]
#[deprecated(note = "use `align_of_val` instead")]
pub fn min_align_of_val<T: ?Sized>(val: &T) -> usize {
    unsafe { intrinsics::min_align_of_val(val) }
}

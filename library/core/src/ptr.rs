//! Raw pointers.

use crate::intrinsics;

/// A `*const` pointer to a place without making a reference to it: `&raw const place`.
#[macro_export]
macro_rules! addr_of {
    ($place:expr) => {
        &raw const $place
    };
}

/// A `*mut` pointer to a place without making a reference to it: `&raw mut place`.
#[macro_export]
macro_rules! addr_of_mut {
    ($place:expr) => {
        &raw mut $place
    };
}

pub use crate::{addr_of, addr_of_mut};

#[inline]
pub const fn null<T>() -> *const T {
    0 as *const T
}

#[inline]
pub const fn null_mut<T>() -> *mut T {
    0 as *mut T
}

#[inline]
pub const unsafe fn read<T>(src: *const T) -> T {
    unsafe { intrinsics::read_via_copy(src) }
}

#[inline]
pub unsafe fn read_volatile<T>(src: *const T) -> T {
    unsafe { intrinsics::volatile_load(src) }
}

#[inline]
pub const unsafe fn write<T>(dst: *mut T, src: T) {
    unsafe { intrinsics::write_via_move(dst, src) }
}

#[inline]
pub unsafe fn write_volatile<T>(dst: *mut T, src: T) {
    unsafe { intrinsics::volatile_store(dst, src) }
}

#[inline]
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize) {
    unsafe { intrinsics::copy_nonoverlapping(src, dst, count) }
}

#[inline]
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize) {
    unsafe { intrinsics::copy(src, dst, count) }
}

#[inline]
pub unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize) {
    unsafe { intrinsics::write_bytes(dst, val, count) }
}

#[inline]
pub unsafe fn swap<T>(x: *mut T, y: *mut T) {
    unsafe {
        let tmp = read(x);
        copy(y, x, 1);
        write(y, tmp);
    }
}

#[inline]
pub unsafe fn replace<T>(dst: *mut T, src: T) -> T {
    unsafe {
        let old = read(dst);
        write(dst, src);
        old
    }
}

/// Runs the destructor of the pointed-to value. The compiler generates its body for each
/// type (the drop glue).
#[lang = "drop_in_place"]
pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T) {
    unsafe { drop_in_place(to_drop) }
}

/// Compares raw pointers for equality (addresses, and metadata of wide pointers).
#[inline]
pub fn eq<T: ?Sized>(a: *const T, b: *const T) -> bool {
    a == b
}

/// Compares the addresses of two pointers, ignoring metadata.
#[inline]
pub fn addr_eq<T: ?Sized, U: ?Sized>(p: *const T, q: *const U) -> bool {
    (p as *const ()) == (q as *const ())
}

/// A slice from a pointer and a length (the two halves of a wide pointer).
#[inline]
pub const fn slice_from_raw_parts<T>(data: *const T, len: usize) -> *const [T] {
    unsafe { intrinsics::transmute(WidePtr { data: data as *const (), meta: len }) }
}

#[inline]
pub const fn slice_from_raw_parts_mut<T>(data: *mut T, len: usize) -> *mut [T] {
    unsafe { intrinsics::transmute(WidePtr { data: data as *const (), meta: len }) }
}

/// The representation of a pointer to a slice or `str`.
#[repr(C)]
#[derive(Clone, Copy)]
pub(crate) struct WidePtr {
    pub(crate) data: *const (),
    pub(crate) meta: usize,
}

/// The length of the slice a wide pointer points to.
#[inline]
pub(crate) const fn slice_len<T>(ptr: *const [T]) -> usize {
    unsafe { intrinsics::transmute::<*const [T], WidePtr>(ptr).meta }
}

impl<T: ?Sized> *const T {
    #[inline]
    pub fn is_null(self) -> bool {
        (self as *const u8) == null()
    }

    #[inline]
    pub const fn cast<U>(self) -> *const U {
        self as *const U
    }

    #[inline]
    pub fn cast_mut(self) -> *mut T {
        self as *mut T
    }

    #[inline]
    pub fn addr(self) -> usize {
        (self as *const u8) as usize
    }

    #[inline]
    pub unsafe fn as_ref<'a>(self) -> Option<&'a T> {
        if self.is_null() { None } else { unsafe { Some(&*self) } }
    }
}

impl<T> *const T {
    #[inline]
    pub const unsafe fn add(self, count: usize) -> *const T {
        unsafe { intrinsics::offset(self, count) }
    }

    #[inline]
    pub const unsafe fn offset(self, count: isize) -> *const T {
        unsafe { intrinsics::offset(self, count) }
    }

    #[inline]
    pub const unsafe fn sub(self, count: usize) -> *const T {
        unsafe { intrinsics::offset(self, 0isize - count as isize) }
    }

    #[inline]
    pub const fn wrapping_add(self, count: usize) -> *const T {
        intrinsics::arith_offset(self, count as isize)
    }

    #[inline]
    pub const unsafe fn read(self) -> T {
        unsafe { read(self) }
    }

    #[inline]
    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        let size = crate::mem::size_of::<T>() as isize;
        ((self as isize) - (origin as isize)) / size
    }
}

impl<T: ?Sized> *mut T {
    #[inline]
    pub fn is_null(self) -> bool {
        (self as *const u8) == null()
    }

    #[inline]
    pub const fn cast<U>(self) -> *mut U {
        self as *mut U
    }

    #[inline]
    pub fn cast_const(self) -> *const T {
        self as *const T
    }

    #[inline]
    pub fn addr(self) -> usize {
        (self as *const u8) as usize
    }

    #[inline]
    pub unsafe fn as_mut<'a>(self) -> Option<&'a mut T> {
        if self.is_null() { None } else { unsafe { Some(&mut *self) } }
    }
}

impl<T> *mut T {
    #[inline]
    pub const unsafe fn add(self, count: usize) -> *mut T {
        unsafe { intrinsics::offset(self, count) }
    }

    #[inline]
    pub const unsafe fn offset(self, count: isize) -> *mut T {
        unsafe { intrinsics::offset(self, count) }
    }

    #[inline]
    pub const unsafe fn sub(self, count: usize) -> *mut T {
        unsafe { intrinsics::offset(self, 0isize - count as isize) }
    }

    #[inline]
    pub const unsafe fn read(self) -> T {
        unsafe { read(self) }
    }

    #[inline]
    pub const unsafe fn write(self, val: T) {
        unsafe { write(self, val) }
    }

    #[inline]
    pub unsafe fn offset_from(self, origin: *const T) -> isize {
        let size = crate::mem::size_of::<T>() as isize;
        ((self as isize) - (origin as isize)) / size
    }
}

impl<T: ?Sized> PartialEq for *const T {
    #[inline]
    fn eq(&self, other: &*const T) -> bool {
        *self == *other
    }
}

impl<T: ?Sized> Eq for *const T {}

impl<T: ?Sized> PartialEq for *mut T {
    #[inline]
    fn eq(&self, other: &*mut T) -> bool {
        *self == *other
    }
}

impl<T: ?Sized> Eq for *mut T {}

/// A non-null `*mut T`: `Option<NonNull<T>>` is the size of a pointer.
#[rustc_layout_scalar_valid_range_start(1)]
pub struct NonNull<T: ?Sized> {
    pointer: *const T,
}

impl<T> NonNull<T> {
    /// A dangling, well-aligned pointer, for empty collections.
    #[inline]
    pub const fn dangling() -> NonNull<T> {
        NonNull { pointer: crate::mem::align_of::<T>() as *const T }
    }
}

impl<T: ?Sized> NonNull<T> {
    /// # Safety
    /// `ptr` must not be null.
    #[inline]
    pub const unsafe fn new_unchecked(ptr: *mut T) -> NonNull<T> {
        NonNull { pointer: ptr as *const T }
    }

    #[inline]
    pub fn new(ptr: *mut T) -> Option<NonNull<T>> {
        if ptr.is_null() { None } else { Some(NonNull { pointer: ptr as *const T }) }
    }

    #[inline]
    pub const fn as_ptr(self) -> *mut T {
        self.pointer as *mut T
    }

    /// # Safety
    /// The pointer must point to a live `T`.
    #[inline]
    pub unsafe fn as_ref<'a>(&self) -> &'a T {
        unsafe { &*self.pointer }
    }

    /// # Safety
    /// The pointer must point to a live `T` nothing else refers to.
    #[inline]
    pub unsafe fn as_mut<'a>(&mut self) -> &'a mut T {
        unsafe { &mut *(self.pointer as *mut T) }
    }

    #[inline]
    pub const fn cast<U>(self) -> NonNull<U> {
        NonNull { pointer: self.pointer as *const U }
    }
}

impl<T: ?Sized> Clone for NonNull<T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for NonNull<T> {}

impl<T: ?Sized> PartialEq for NonNull<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.pointer == other.pointer
    }
}

impl<T: ?Sized> Eq for NonNull<T> {}

impl<T: ?Sized> crate::fmt::Debug for NonNull<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Pointer::fmt(&self.pointer, f)
    }
}

impl<T: ?Sized> crate::fmt::Pointer for NonNull<T> {
    fn fmt(&self, f: &mut crate::fmt::Formatter<'_>) -> crate::fmt::Result {
        crate::fmt::Pointer::fmt(&self.pointer, f)
    }
}

impl<T: ?Sized> From<&mut T> for NonNull<T> {
    #[inline]
    fn from(r: &mut T) -> Self {
        NonNull { pointer: r as *mut T as *const T }
    }
}

impl<T: ?Sized> From<&T> for NonNull<T> {
    #[inline]
    fn from(r: &T) -> Self {
        NonNull { pointer: r as *const T }
    }
}

//! `Box<T>`: a value on the heap, owned by one pointer.
//!
//! The compiler knows `Box` (`#[lang = "owned_box"]`): `*b` is a built-in dereference (so a
//! value can be moved out of a box), `Box<T>` coerces to `Box<dyn Trait>` and `Box<[T]>`,
//! and dropping a box drops its contents before calling `Box`'s `Drop` impl, which only
//! frees the memory.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::mem;
use core::ops::{Deref, DerefMut};
use core::ptr::{self, NonNull};

use crate::alloc::{alloc, dealloc, handle_alloc_error};

#[lang = "owned_box"]
pub struct Box<T: ?Sized>(NonNull<T>);

impl<T> Box<T> {
    /// Moves `x` to the heap.
    #[inline]
    pub fn new(x: T) -> Box<T> {
        let size = mem::size_of::<T>();
        let align = mem::align_of::<T>();
        let ptr = if size == 0 {
            NonNull::<T>::dangling().as_ptr()
        } else {
            let p = unsafe { alloc(size, align) } as *mut T;
            if p.is_null() {
                handle_alloc_error(size);
            }
            p
        };
        unsafe {
            ptr::write(ptr, x);
            Box(NonNull::new_unchecked(ptr))
        }
    }

    /// The value, moved out of the box (the memory is freed).
    #[inline]
    pub fn into_inner(boxed: Self) -> T {
        *boxed
    }
}

impl<T: ?Sized> Box<T> {
    /// # Safety
    /// `raw` must come from `Box::into_raw` (or be allocated the same way).
    #[inline]
    pub unsafe fn from_raw(raw: *mut T) -> Box<T> {
        unsafe { Box(NonNull::new_unchecked(raw)) }
    }

    /// The pointer; the caller becomes responsible for the value and its memory.
    #[inline]
    pub fn into_raw(b: Box<T>) -> *mut T {
        let p = b.0.as_ptr();
        mem::forget(b);
        p
    }

    /// Leaks the box: the value lives until the program ends.
    #[inline]
    pub fn leak<'a>(b: Box<T>) -> &'a mut T
    where
        T: 'a,
    {
        unsafe { &mut *Box::into_raw(b) }
    }

    #[inline]
    pub fn as_ptr(b: &Box<T>) -> *const T {
        b.0.as_ptr() as *const T
    }

    #[inline]
    pub fn as_mut_ptr(b: &mut Box<T>) -> *mut T {
        b.0.as_ptr()
    }
}

impl<T: ?Sized> Drop for Box<T> {
    /// Frees the memory; the contents were dropped already.
    fn drop(&mut self) {
        unsafe {
            let ptr = self.0.as_ptr();
            let size = mem::size_of_val(&*ptr);
            let align = mem::align_of_val(&*ptr);
            if size != 0 {
                dealloc(ptr as *mut u8, size, align);
            }
        }
    }
}

impl<T: ?Sized> Deref for Box<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> DerefMut for Box<T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> AsRef<T> for Box<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> AsMut<T> for Box<T> {
    fn as_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: ?Sized> crate::borrow::Borrow<T> for Box<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> crate::borrow::BorrowMut<T> for Box<T> {
    fn borrow_mut(&mut self) -> &mut T {
        &mut **self
    }
}

impl<T: Clone> Clone for Box<T> {
    #[inline]
    fn clone(&self) -> Self {
        Box::new((**self).clone())
    }
}

impl<T: Default> Default for Box<T> {
    fn default() -> Self {
        Box::new(T::default())
    }
}

impl<T> From<T> for Box<T> {
    fn from(t: T) -> Self {
        Box::new(t)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Box<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        PartialEq::eq(&**self, &**other)
    }
}

impl<T: ?Sized + Eq> Eq for Box<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Box<T> {
    #[inline]
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        PartialOrd::partial_cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Ord> Ord for Box<T> {
    #[inline]
    fn cmp(&self, other: &Self) -> Ordering {
        Ord::cmp(&**self, &**other)
    }
}

impl<T: ?Sized + Hash> Hash for Box<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Box<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&(self.0.as_ptr() as *const T), f)
    }
}

impl<I: Iterator + ?Sized> Iterator for Box<I> {
    type Item = I::Item;

    fn next(&mut self) -> Option<I::Item> {
        (**self).next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (**self).size_hint()
    }
}

impl<I: DoubleEndedIterator + ?Sized> DoubleEndedIterator for Box<I> {
    fn next_back(&mut self) -> Option<I::Item> {
        (**self).next_back()
    }
}

impl<I: ExactSizeIterator + ?Sized> ExactSizeIterator for Box<I> {}

impl Box<dyn core::any::Any> {
    /// The box as a `Box<T>` if its value is a `T`; the box itself otherwise.
    pub fn downcast<T: core::any::Any>(self) -> Result<Box<T>, Self> {
        if self.is::<T>() {
            let raw: *mut dyn core::any::Any = Box::into_raw(self);
            unsafe { Ok(Box::from_raw(raw as *mut T)) }
        } else {
            Err(self)
        }
    }
}

//! `Rc<T>`: shared ownership of a heap value by reference counting, and `Weak<T>`, a
//! pointer that does not keep the value alive.
//!
//! The allocation (`RcInner`) holds the strong count, the weak count and the value. All the
//! strong pointers together hold one weak reference, so the memory is freed when the weak
//! count reaches zero, after the value was dropped when the strong count did.
//!
//! `Rc` is a struct around a `NonNull<RcInner<T>>`, as in Rust, and declares
//! `CoerceUnsized`, so `Rc<T>` to `Rc<dyn Trait>` works once the compiler unsizes structs.
//! `sync.rs` is the same code for `Arc`.

use crate::borrow::Borrow;
use core::cell::Cell;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::{CoerceUnsized, PhantomData, Unsize};
use core::mem;
use core::ops::Deref;
use core::ptr::{self, NonNull};

use crate::alloc::{alloc, dealloc, handle_alloc_error};
use crate::boxed::Box;
use crate::string::String;
use crate::vec::Vec;

/// The allocation: counts first, then the value (`repr(C)`, so the value's offset is known
/// for slices).
#[repr(C)]
struct RcInner<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

impl<T: ?Sized> RcInner<T> {
    #[inline]
    fn inc_strong(&self) {
        let strong = self.strong.get();
        // Rust aborts rather than let the count overflow (only possible with leaked `Rc`s).
        if strong == usize::MAX {
            core::intrinsics::abort();
        }
        self.strong.set(strong + 1);
    }

    #[inline]
    fn inc_weak(&self) {
        self.weak.set(self.weak.get() + 1);
    }
}

/// A pointer owning a share of a heap value.
pub struct Rc<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
    phantom: PhantomData<RcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Rc<U>> for Rc<T> {}

/// A pointer to an `Rc`'s value that does not keep it alive (`upgrade` gives an `Rc` while
/// it lives). `Weak::new()` points nowhere: its address is `usize::MAX`.
pub struct Weak<T: ?Sized> {
    ptr: NonNull<RcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

/// `Weak::new()`'s pointer.
#[inline]
fn is_dangling<T: ?Sized>(ptr: *const T) -> bool {
    (ptr as *const u8) as usize == usize::MAX
}

/// The offset of the value in an `RcInner` whose value is aligned to `align`.
#[inline]
fn value_offset(align: usize) -> usize {
    let header = 2 * mem::size_of::<usize>();
    (header + align - 1) & !(align - 1)
}

impl<T> Rc<T> {
    /// Moves `value` to the heap, owned by one `Rc`.
    pub fn new(value: T) -> Rc<T> {
        let inner = Box::new(RcInner { strong: Cell::new(1), weak: Cell::new(1), value });
        unsafe { Rc::from_inner(NonNull::new_unchecked(Box::into_raw(inner))) }
    }

    /// An `Rc` whose value may hold `Weak`s to itself: `data_fn` gets one (which does not
    /// upgrade until `new_cyclic` returns).
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Rc<T> {
        let size = mem::size_of::<RcInner<T>>();
        let align = mem::align_of::<RcInner<T>>();
        unsafe {
            let mem = alloc(size, align) as *mut RcInner<T>;
            if mem.is_null() {
                handle_alloc_error(size);
            }
            ptr::write(&mut (*mem).strong, Cell::new(0));
            ptr::write(&mut (*mem).weak, Cell::new(1));
            let init = NonNull::new_unchecked(mem);
            let weak = Weak { ptr: init };
            let data = data_fn(&weak);
            ptr::write(&mut (*mem).value, data);
            (*mem).strong.set(1);
            // The weak reference becomes the one all strong pointers hold together.
            mem::forget(weak);
            Rc::from_inner(init)
        }
    }

    /// The value, if this is the only strong pointer; the `Rc` back otherwise.
    pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>> {
        if Rc::strong_count(&this) != 1 {
            return Err(this);
        }
        unsafe {
            let inner = this.ptr.as_ptr();
            let val = ptr::read(&(*inner).value);
            (*inner).strong.set(0);
            mem::forget(this);
            // Give back the strong pointers' weak reference.
            drop(Weak { ptr: NonNull::new_unchecked(inner) });
            Ok(val)
        }
    }

    /// The value, if this is the only strong pointer (dropping the `Rc` otherwise).
    pub fn into_inner(this: Rc<T>) -> Option<T> {
        Rc::try_unwrap(this).ok()
    }

    /// The value, moved out if this is the only strong pointer, cloned otherwise.
    pub fn unwrap_or_clone(this: Rc<T>) -> T
    where
        T: Clone,
    {
        match Rc::try_unwrap(this) {
            Ok(t) => t,
            Err(rc) => (*rc).clone(),
        }
    }

    /// The pointer to the value; the caller owns the strong reference.
    pub fn into_raw(this: Rc<T>) -> *const T {
        let ptr = Rc::as_ptr(&this);
        mem::forget(this);
        ptr
    }

    /// # Safety
    /// `ptr` must come from `Rc::into_raw`, and its strong reference is taken over.
    pub unsafe fn from_raw(ptr: *const T) -> Rc<T> {
        unsafe {
            let offset = value_offset(mem::align_of::<T>());
            let inner = (ptr as *const u8).sub(offset) as *mut RcInner<T>;
            Rc::from_inner(NonNull::new_unchecked(inner))
        }
    }

    /// # Safety
    /// `ptr` must come from `Rc::into_raw` and its `Rc` still live.
    pub unsafe fn increment_strong_count(ptr: *const T) {
        unsafe {
            let rc = mem::ManuallyDrop::new(Rc::from_raw(ptr));
            rc.inner().inc_strong();
        }
    }

    /// # Safety
    /// `ptr` must come from `Rc::into_raw`, with a strong reference to give back.
    pub unsafe fn decrement_strong_count(ptr: *const T) {
        unsafe { drop(Rc::from_raw(ptr)) }
    }
}

impl<T: ?Sized> Rc<T> {
    #[inline]
    unsafe fn from_inner(ptr: NonNull<RcInner<T>>) -> Rc<T> {
        Rc { ptr, phantom: PhantomData }
    }

    #[inline]
    fn inner(&self) -> &RcInner<T> {
        unsafe { self.ptr.as_ref() }
    }

    /// How many `Rc`s share the value.
    #[inline]
    pub fn strong_count(this: &Rc<T>) -> usize {
        this.inner().strong.get()
    }

    /// How many `Weak`s point to the value.
    #[inline]
    pub fn weak_count(this: &Rc<T>) -> usize {
        this.inner().weak.get() - 1
    }

    /// A `Weak` to the value.
    #[inline]
    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        this.inner().inc_weak();
        Weak { ptr: this.ptr }
    }

    /// The value, mutably, if no other `Rc` or `Weak` points to it.
    #[inline]
    pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T> {
        if Rc::strong_count(this) == 1 && Rc::weak_count(this) == 0 {
            unsafe { Some(&mut (*this.ptr.as_ptr()).value) }
        } else {
            None
        }
    }

    /// # Safety
    /// No other `Rc` or `Weak` may use the value while the result is in use.
    #[inline]
    pub unsafe fn get_mut_unchecked(this: &mut Rc<T>) -> &mut T {
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }

    /// Whether two `Rc`s share one allocation.
    #[inline]
    pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool {
        ptr::addr_eq(this.ptr.as_ptr(), other.ptr.as_ptr())
    }

    #[inline]
    pub fn as_ptr(this: &Rc<T>) -> *const T {
        unsafe { &(*this.ptr.as_ptr()).value as *const T }
    }
}

impl<T: Clone> Rc<T> {
    /// The value, mutably: cloned into a new allocation first if other `Rc`s share it;
    /// moved into one if only `Weak`s do (they stop upgrading).
    pub fn make_mut(this: &mut Rc<T>) -> &mut T {
        if Rc::strong_count(this) != 1 {
            let fresh = Rc::new((**this).clone());
            *this = fresh;
        } else if Rc::weak_count(this) != 0 {
            unsafe {
                let inner = this.ptr.as_ptr();
                let fresh = Rc::new(ptr::read(&(*inner).value));
                (*inner).strong.set(0);
                (*inner).weak.set((*inner).weak.get() - 1);
                ptr::write(this, fresh);
            }
        }
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }
}

/// Allocates an `RcInner<[T]>` for `len` elements with both counts at one; the elements
/// are the caller's to write.
unsafe fn allocate_for_slice<T>(len: usize) -> *mut RcInner<[T]> {
    let elem_align = mem::align_of::<T>();
    let align = if elem_align > mem::align_of::<usize>() { elem_align } else { mem::align_of::<usize>() };
    let offset = value_offset(elem_align);
    let bytes = match mem::size_of::<T>().checked_mul(len) {
        Some(b) => b,
        None => handle_alloc_error(usize::MAX),
    };
    let size = (offset + bytes + align - 1) & !(align - 1);
    unsafe {
        let mem = alloc(size, align);
        if mem.is_null() {
            handle_alloc_error(size);
        }
        let inner = ptr::slice_from_raw_parts_mut(mem as *mut T, len) as *mut RcInner<[T]>;
        ptr::write(&mut (*inner).strong, Cell::new(1));
        ptr::write(&mut (*inner).weak, Cell::new(1));
        inner
    }
}

impl<T> Rc<[T]> {
    /// Moves the elements of `v` into a new allocation.
    fn from_vec(mut v: Vec<T>) -> Rc<[T]> {
        unsafe {
            let len = v.len();
            let inner = allocate_for_slice::<T>(len);
            ptr::copy_nonoverlapping(v.as_ptr(), (*inner).value.as_mut_ptr(), len);
            v.set_len(0);
            Rc::from_inner(NonNull::new_unchecked(inner))
        }
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    /// Drops the value with the last strong pointer, frees the memory with the last weak one.
    fn drop(&mut self) {
        unsafe {
            let inner = self.ptr.as_ptr();
            let strong = (*inner).strong.get() - 1;
            (*inner).strong.set(strong);
            if strong == 0 {
                ptr::drop_in_place(&mut (*inner).value);
                drop(Weak { ptr: self.ptr });
            }
        }
    }
}

impl<T: ?Sized> Clone for Rc<T> {
    #[inline]
    fn clone(&self) -> Rc<T> {
        self.inner().inc_strong();
        Rc { ptr: self.ptr, phantom: PhantomData }
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Borrow<T> for Rc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: Default> Default for Rc<T> {
    fn default() -> Rc<T> {
        Rc::new(T::default())
    }
}

impl Default for Rc<str> {
    fn default() -> Rc<str> {
        Rc::from("")
    }
}

impl<T> Default for Rc<[T]> {
    fn default() -> Rc<[T]> {
        Rc::from_vec(Vec::new())
    }
}

impl<T> From<T> for Rc<T> {
    fn from(t: T) -> Rc<T> {
        Rc::new(t)
    }
}

impl<T> From<Vec<T>> for Rc<[T]> {
    fn from(v: Vec<T>) -> Rc<[T]> {
        Rc::from_vec(v)
    }
}

impl<T: Clone> From<&[T]> for Rc<[T]> {
    fn from(v: &[T]) -> Rc<[T]> {
        Rc::from_vec(v.to_vec())
    }
}

impl<T, const N: usize> From<[T; N]> for Rc<[T]> {
    fn from(v: [T; N]) -> Rc<[T]> {
        Rc::from_vec(Vec::from(v))
    }
}

impl<T> From<Box<T>> for Rc<T> {
    fn from(b: Box<T>) -> Rc<T> {
        Rc::new(Box::into_inner(b))
    }
}

impl<T> From<Box<[T]>> for Rc<[T]> {
    fn from(b: Box<[T]>) -> Rc<[T]> {
        Rc::from_vec(b.into_vec())
    }
}

impl From<&str> for Rc<str> {
    fn from(s: &str) -> Rc<str> {
        let bytes: Rc<[u8]> = Rc::from(s.as_bytes());
        let raw = mem::ManuallyDrop::new(bytes).ptr.as_ptr();
        unsafe { Rc::from_inner(NonNull::new_unchecked(raw as *mut RcInner<str>)) }
    }
}

impl From<String> for Rc<str> {
    fn from(s: String) -> Rc<str> {
        Rc::from(s.as_str())
    }
}

impl From<Rc<str>> for Rc<[u8]> {
    fn from(s: Rc<str>) -> Rc<[u8]> {
        let raw = mem::ManuallyDrop::new(s).ptr.as_ptr();
        unsafe { Rc::from_inner(NonNull::new_unchecked(raw as *mut RcInner<[u8]>)) }
    }
}

impl<T> FromIterator<T> for Rc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Rc<[T]> {
        Rc::from_vec(iter.into_iter().collect())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    #[inline]
    fn eq(&self, other: &Rc<T>) -> bool {
        **self == **other
    }
}

impl<T: ?Sized + Eq> Eq for Rc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Rc<T> {
    #[inline]
    fn partial_cmp(&self, other: &Rc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: ?Sized + Ord> Ord for Rc<T> {
    #[inline]
    fn cmp(&self, other: &Rc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Rc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Rc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Rc::as_ptr(self), f)
    }
}

impl<T> Weak<T> {
    /// A `Weak` that never upgrades.
    #[inline]
    pub const fn new() -> Weak<T> {
        Weak { ptr: unsafe { NonNull::new_unchecked(usize::MAX as *mut RcInner<T>) } }
    }

    /// The pointer to the value (dangling if it was dropped or for `Weak::new()`).
    pub fn as_ptr(&self) -> *const T {
        let ptr = self.ptr.as_ptr();
        if is_dangling(ptr) {
            ptr as *const T
        } else {
            unsafe { &(*ptr).value as *const T }
        }
    }
}

impl<T: ?Sized> Weak<T> {
    #[inline]
    fn inner(&self) -> Option<&RcInner<T>> {
        if is_dangling(self.ptr.as_ptr()) { None } else { unsafe { Some(self.ptr.as_ref()) } }
    }

    /// An `Rc` to the value if it is still alive.
    pub fn upgrade(&self) -> Option<Rc<T>> {
        let inner = self.inner()?;
        if inner.strong.get() == 0 {
            return None;
        }
        inner.inc_strong();
        unsafe { Some(Rc::from_inner(self.ptr)) }
    }

    pub fn strong_count(&self) -> usize {
        match self.inner() {
            Some(inner) => inner.strong.get(),
            None => 0,
        }
    }

    pub fn weak_count(&self) -> usize {
        match self.inner() {
            Some(inner) => {
                if inner.strong.get() > 0 {
                    inner.weak.get() - 1
                } else {
                    0
                }
            }
            None => 0,
        }
    }

    /// Whether two `Weak`s point to one allocation (or are both `Weak::new()`).
    #[inline]
    pub fn ptr_eq(&self, other: &Weak<T>) -> bool {
        ptr::addr_eq(self.ptr.as_ptr(), other.ptr.as_ptr())
    }
}

impl<T: ?Sized> Drop for Weak<T> {
    fn drop(&mut self) {
        let inner = match self.inner() {
            Some(inner) => inner,
            None => return,
        };
        let weak = inner.weak.get() - 1;
        inner.weak.set(weak);
        if weak == 0 {
            unsafe {
                let ptr = self.ptr.as_ptr();
                let size = mem::size_of_val(&*ptr);
                let align = mem::align_of_val(&*ptr);
                dealloc(ptr as *mut u8, size, align);
            }
        }
    }
}

impl<T: ?Sized> Clone for Weak<T> {
    #[inline]
    fn clone(&self) -> Weak<T> {
        if let Some(inner) = self.inner() {
            inner.inc_weak();
        }
        Weak { ptr: self.ptr }
    }
}

impl<T> Default for Weak<T> {
    fn default() -> Weak<T> {
        Weak::new()
    }
}

impl<T: ?Sized> fmt::Debug for Weak<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(Weak)")
    }
}

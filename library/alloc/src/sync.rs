//! `Arc<T>`: shared ownership of a heap value by reference counting, and `Weak<T>`, a
//! pointer that does not keep the value alive.
//!
//! This is `rc.rs` under the names Rust gives the thread-safe pointer. smelt's programs
//! have one thread (there is no `std::thread` yet), so the counts are ordinary `Cell`s
//! rather than atomics; when threads arrive, `strong` and `weak` become atomic counters
//! with the orderings Rust's `Arc` uses, and nothing else here changes.
//!
//! `Arc` is a struct around a `NonNull<ArcInner<T>>`, as in Rust, and declares
//! `CoerceUnsized`, so `Arc<T>` to `Arc<dyn Trait>` works once the compiler unsizes structs.

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
struct ArcInner<T: ?Sized> {
    strong: Cell<usize>,
    weak: Cell<usize>,
    value: T,
}

impl<T: ?Sized> ArcInner<T> {
    #[inline]
    fn inc_strong(&self) {
        let strong = self.strong.get();
        // Rust aborts rather than let the count overflow (only possible with leaked `Arc`s).
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
pub struct Arc<T: ?Sized> {
    ptr: NonNull<ArcInner<T>>,
    phantom: PhantomData<ArcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Arc<U>> for Arc<T> {}

/// A pointer to an `Arc`'s value that does not keep it alive (`upgrade` gives an `Arc` while
/// it lives). `Weak::new()` points nowhere: its address is `usize::MAX`.
pub struct Weak<T: ?Sized> {
    ptr: NonNull<ArcInner<T>>,
}

impl<T: ?Sized + Unsize<U>, U: ?Sized> CoerceUnsized<Weak<U>> for Weak<T> {}

/// `Weak::new()`'s pointer.
#[inline]
fn is_dangling<T: ?Sized>(ptr: *const T) -> bool {
    (ptr as *const u8) as usize == usize::MAX
}

/// The offset of the value in an `ArcInner` whose value is aligned to `align`.
#[inline]
fn value_offset(align: usize) -> usize {
    let header = 2 * mem::size_of::<usize>();
    (header + align - 1) & !(align - 1)
}

impl<T> Arc<T> {
    /// Moves `value` to the heap, owned by one `Arc`.
    pub fn new(value: T) -> Arc<T> {
        let inner = Box::new(ArcInner { strong: Cell::new(1), weak: Cell::new(1), value });
        unsafe { Arc::from_inner(NonNull::new_unchecked(Box::into_raw(inner))) }
    }

    /// An `Arc` whose value may hold `Weak`s to itself: `data_fn` gets one (which does not
    /// upgrade until `new_cyclic` returns).
    pub fn new_cyclic<F: FnOnce(&Weak<T>) -> T>(data_fn: F) -> Arc<T> {
        let size = mem::size_of::<ArcInner<T>>();
        let align = mem::align_of::<ArcInner<T>>();
        unsafe {
            let mem = alloc(size, align) as *mut ArcInner<T>;
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
            Arc::from_inner(init)
        }
    }

    /// The value, if this is the only strong pointer; the `Arc` back otherwise.
    pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>> {
        if Arc::strong_count(&this) != 1 {
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

    /// The value, if this is the only strong pointer (dropping the `Arc` otherwise).
    pub fn into_inner(this: Arc<T>) -> Option<T> {
        Arc::try_unwrap(this).ok()
    }

    /// The value, moved out if this is the only strong pointer, cloned otherwise.
    pub fn unwrap_or_clone(this: Arc<T>) -> T
    where
        T: Clone,
    {
        match Arc::try_unwrap(this) {
            Ok(t) => t,
            Err(rc) => (*rc).clone(),
        }
    }

    /// The pointer to the value; the caller owns the strong reference.
    pub fn into_raw(this: Arc<T>) -> *const T {
        let ptr = Arc::as_ptr(&this);
        mem::forget(this);
        ptr
    }

    /// # Safety
    /// `ptr` must come from `Arc::into_raw`, and its strong reference is taken over.
    pub unsafe fn from_raw(ptr: *const T) -> Arc<T> {
        unsafe {
            let offset = value_offset(mem::align_of::<T>());
            let inner = (ptr as *const u8).sub(offset) as *mut ArcInner<T>;
            Arc::from_inner(NonNull::new_unchecked(inner))
        }
    }

    /// # Safety
    /// `ptr` must come from `Arc::into_raw` and its `Arc` still live.
    pub unsafe fn increment_strong_count(ptr: *const T) {
        unsafe {
            let rc = mem::ManuallyDrop::new(Arc::from_raw(ptr));
            rc.inner().inc_strong();
        }
    }

    /// # Safety
    /// `ptr` must come from `Arc::into_raw`, with a strong reference to give back.
    pub unsafe fn decrement_strong_count(ptr: *const T) {
        unsafe { drop(Arc::from_raw(ptr)) }
    }
}

impl<T: ?Sized> Arc<T> {
    #[inline]
    unsafe fn from_inner(ptr: NonNull<ArcInner<T>>) -> Arc<T> {
        Arc { ptr, phantom: PhantomData }
    }

    #[inline]
    fn inner(&self) -> &ArcInner<T> {
        unsafe { self.ptr.as_ref() }
    }

    /// How many `Arc`s share the value.
    #[inline]
    pub fn strong_count(this: &Arc<T>) -> usize {
        this.inner().strong.get()
    }

    /// How many `Weak`s point to the value.
    #[inline]
    pub fn weak_count(this: &Arc<T>) -> usize {
        this.inner().weak.get() - 1
    }

    /// A `Weak` to the value.
    #[inline]
    pub fn downgrade(this: &Arc<T>) -> Weak<T> {
        this.inner().inc_weak();
        Weak { ptr: this.ptr }
    }

    /// The value, mutably, if no other `Arc` or `Weak` points to it.
    #[inline]
    pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T> {
        if Arc::strong_count(this) == 1 && Arc::weak_count(this) == 0 {
            unsafe { Some(&mut (*this.ptr.as_ptr()).value) }
        } else {
            None
        }
    }

    /// # Safety
    /// No other `Arc` or `Weak` may use the value while the result is in use.
    #[inline]
    pub unsafe fn get_mut_unchecked(this: &mut Arc<T>) -> &mut T {
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }

    /// Whether two `Arc`s share one allocation.
    #[inline]
    pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool {
        ptr::addr_eq(this.ptr.as_ptr(), other.ptr.as_ptr())
    }

    #[inline]
    pub fn as_ptr(this: &Arc<T>) -> *const T {
        unsafe { &(*this.ptr.as_ptr()).value as *const T }
    }
}

impl<T: Clone> Arc<T> {
    /// The value, mutably: cloned into a new allocation first if other `Arc`s share it;
    /// moved into one if only `Weak`s do (they stop upgrading).
    pub fn make_mut(this: &mut Arc<T>) -> &mut T {
        if Arc::strong_count(this) != 1 {
            let fresh = Arc::new((**this).clone());
            *this = fresh;
        } else if Arc::weak_count(this) != 0 {
            unsafe {
                let inner = this.ptr.as_ptr();
                let fresh = Arc::new(ptr::read(&(*inner).value));
                (*inner).strong.set(0);
                (*inner).weak.set((*inner).weak.get() - 1);
                ptr::write(this, fresh);
            }
        }
        unsafe { &mut (*this.ptr.as_ptr()).value }
    }
}

/// Allocates an `ArcInner<[T]>` for `len` elements with both counts at one; the elements
/// are the caller's to write.
unsafe fn allocate_for_slice<T>(len: usize) -> *mut ArcInner<[T]> {
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
        let inner = ptr::slice_from_raw_parts_mut(mem as *mut T, len) as *mut ArcInner<[T]>;
        ptr::write(&mut (*inner).strong, Cell::new(1));
        ptr::write(&mut (*inner).weak, Cell::new(1));
        inner
    }
}

impl<T> Arc<[T]> {
    /// Moves the elements of `v` into a new allocation.
    fn from_vec(mut v: Vec<T>) -> Arc<[T]> {
        unsafe {
            let len = v.len();
            let inner = allocate_for_slice::<T>(len);
            ptr::copy_nonoverlapping(v.as_ptr(), (*inner).value.as_mut_ptr(), len);
            v.set_len(0);
            Arc::from_inner(NonNull::new_unchecked(inner))
        }
    }
}

impl<T: ?Sized> Drop for Arc<T> {
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

impl<T: ?Sized> Clone for Arc<T> {
    #[inline]
    fn clone(&self) -> Arc<T> {
        self.inner().inc_strong();
        Arc { ptr: self.ptr, phantom: PhantomData }
    }
}

impl<T: ?Sized> Deref for Arc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.inner().value
    }
}

impl<T: ?Sized> AsRef<T> for Arc<T> {
    fn as_ref(&self) -> &T {
        &**self
    }
}

impl<T: ?Sized> Borrow<T> for Arc<T> {
    fn borrow(&self) -> &T {
        &**self
    }
}

impl<T: Default> Default for Arc<T> {
    fn default() -> Arc<T> {
        Arc::new(T::default())
    }
}

impl Default for Arc<str> {
    fn default() -> Arc<str> {
        Arc::from("")
    }
}

impl<T> Default for Arc<[T]> {
    fn default() -> Arc<[T]> {
        Arc::from_vec(Vec::new())
    }
}

impl<T> From<T> for Arc<T> {
    fn from(t: T) -> Arc<T> {
        Arc::new(t)
    }
}

impl<T> From<Vec<T>> for Arc<[T]> {
    fn from(v: Vec<T>) -> Arc<[T]> {
        Arc::from_vec(v)
    }
}

impl<T: Clone> From<&[T]> for Arc<[T]> {
    fn from(v: &[T]) -> Arc<[T]> {
        Arc::from_vec(v.to_vec())
    }
}

impl<T, const N: usize> From<[T; N]> for Arc<[T]> {
    fn from(v: [T; N]) -> Arc<[T]> {
        Arc::from_vec(Vec::from(v))
    }
}

impl<T> From<Box<T>> for Arc<T> {
    fn from(b: Box<T>) -> Arc<T> {
        Arc::new(Box::into_inner(b))
    }
}

impl<T> From<Box<[T]>> for Arc<[T]> {
    fn from(b: Box<[T]>) -> Arc<[T]> {
        Arc::from_vec(b.into_vec())
    }
}

impl From<&str> for Arc<str> {
    fn from(s: &str) -> Arc<str> {
        let bytes: Arc<[u8]> = Arc::from(s.as_bytes());
        let raw = mem::ManuallyDrop::new(bytes).ptr.as_ptr();
        unsafe { Arc::from_inner(NonNull::new_unchecked(raw as *mut ArcInner<str>)) }
    }
}

impl From<String> for Arc<str> {
    fn from(s: String) -> Arc<str> {
        Arc::from(s.as_str())
    }
}

impl From<Arc<str>> for Arc<[u8]> {
    fn from(s: Arc<str>) -> Arc<[u8]> {
        let raw = mem::ManuallyDrop::new(s).ptr.as_ptr();
        unsafe { Arc::from_inner(NonNull::new_unchecked(raw as *mut ArcInner<[u8]>)) }
    }
}

impl<T> FromIterator<T> for Arc<[T]> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Arc<[T]> {
        Arc::from_vec(iter.into_iter().collect())
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Arc<T> {
    #[inline]
    fn eq(&self, other: &Arc<T>) -> bool {
        **self == **other
    }
}

impl<T: ?Sized + Eq> Eq for Arc<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for Arc<T> {
    #[inline]
    fn partial_cmp(&self, other: &Arc<T>) -> Option<Ordering> {
        (**self).partial_cmp(&**other)
    }
}

impl<T: ?Sized + Ord> Ord for Arc<T> {
    #[inline]
    fn cmp(&self, other: &Arc<T>) -> Ordering {
        (**self).cmp(&**other)
    }
}

impl<T: ?Sized + Hash> Hash for Arc<T> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        (**self).hash(state)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<T: ?Sized> fmt::Pointer for Arc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&Arc::as_ptr(self), f)
    }
}

impl<T> Weak<T> {
    /// A `Weak` that never upgrades.
    #[inline]
    pub const fn new() -> Weak<T> {
        Weak { ptr: unsafe { NonNull::new_unchecked(usize::MAX as *mut ArcInner<T>) } }
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
    fn inner(&self) -> Option<&ArcInner<T>> {
        if is_dangling(self.ptr.as_ptr()) { None } else { unsafe { Some(self.ptr.as_ref()) } }
    }

    /// An `Arc` to the value if it is still alive.
    pub fn upgrade(&self) -> Option<Arc<T>> {
        let inner = self.inner()?;
        if inner.strong.get() == 0 {
            return None;
        }
        inner.inc_strong();
        unsafe { Some(Arc::from_inner(self.ptr)) }
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

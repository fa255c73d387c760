//! Atomic types: integers, `bool` and pointers that can be changed through a shared
//! reference, each operation indivisible.
//!
//! smelt's programs have one thread (there is no `std::thread` yet), so an atomic is a
//! plain value in an `UnsafeCell` and every `Ordering` is trivially respected. The
//! orderings are still checked where Rust rejects them at run time (an acquire store, a
//! release load). When threads arrive, these become atomic instructions.

use crate::cell::UnsafeCell;
use crate::fmt;

/// The memory ordering of an atomic operation.
#[derive(Copy, Clone, Debug, Eq, PartialEq, Hash)]
#[non_exhaustive]
pub enum Ordering {
    Relaxed,
    Release,
    Acquire,
    AcqRel,
    SeqCst,
}

/// An ordering barrier (a no-op with one thread, apart from Rust's check of the ordering).
#[inline]
#[track_caller]
pub fn fence(order: Ordering) {
    if let Ordering::Relaxed = order {
        panic!("there is no such thing as a relaxed fence");
    }
}

/// A barrier for the compiler only (a no-op: smelt does not reorder memory accesses).
#[inline]
#[track_caller]
pub fn compiler_fence(order: Ordering) {
    if let Ordering::Relaxed = order {
        panic!("there is no such thing as a relaxed fence");
    }
}

#[inline]
#[track_caller]
fn check_load(order: Ordering) {
    match order {
        Ordering::Release => panic!("there is no such thing as a release load"),
        Ordering::AcqRel => panic!("there is no such thing as an acquire-release load"),
        _ => {}
    }
}

#[inline]
#[track_caller]
fn check_store(order: Ordering) {
    match order {
        Ordering::Acquire => panic!("there is no such thing as an acquire store"),
        Ordering::AcqRel => panic!("there is no such thing as an acquire-release store"),
        _ => {}
    }
}

#[inline]
#[track_caller]
fn check_failure(failure: Ordering) {
    match failure {
        Ordering::Release => panic!("there is no such thing as a release failure ordering"),
        Ordering::AcqRel => panic!("there is no such thing as an acquire-release failure ordering"),
        _ => {}
    }
}

/// A boolean that can be shared between threads.
#[repr(transparent)]
pub struct AtomicBool {
    v: UnsafeCell<u8>,
}

unsafe impl Sync for AtomicBool {}
unsafe impl Send for AtomicBool {}

impl AtomicBool {
    #[inline]
    pub const fn new(v: bool) -> AtomicBool {
        AtomicBool { v: UnsafeCell::new(v as u8) }
    }

    #[inline]
    fn raw(&self) -> bool {
        unsafe { *self.v.get() != 0 }
    }

    #[inline]
    fn put(&self, val: bool) {
        unsafe { *self.v.get() = val as u8 }
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut bool {
        unsafe { &mut *(self.v.get() as *mut bool) }
    }

    #[inline]
    pub fn into_inner(self) -> bool {
        self.v.into_inner() != 0
    }

    #[inline]
    pub const fn as_ptr(&self) -> *mut bool {
        self.v.get() as *mut bool
    }

    #[inline]
    #[track_caller]
    pub fn load(&self, order: Ordering) -> bool {
        check_load(order);
        self.raw()
    }

    #[inline]
    #[track_caller]
    pub fn store(&self, val: bool, order: Ordering) {
        check_store(order);
        self.put(val)
    }

    #[inline]
    pub fn swap(&self, val: bool, _order: Ordering) -> bool {
        let old = self.raw();
        self.put(val);
        old
    }

    #[inline]
    #[track_caller]
    pub fn compare_exchange(&self, current: bool, new: bool, _success: Ordering, failure: Ordering) -> Result<bool, bool> {
        check_failure(failure);
        let old = self.raw();
        if old == current {
            self.put(new);
            Ok(old)
        } else {
            Err(old)
        }
    }

    #[inline]
    #[track_caller]
    pub fn compare_exchange_weak(&self, current: bool, new: bool, success: Ordering, failure: Ordering) -> Result<bool, bool> {
        self.compare_exchange(current, new, success, failure)
    }

    #[inline]
    pub fn compare_and_swap(&self, current: bool, new: bool, order: Ordering) -> bool {
        match self.compare_exchange(current, new, order, Ordering::Relaxed) {
            Ok(x) => x,
            Err(x) => x,
        }
    }

    #[inline]
    pub fn fetch_and(&self, val: bool, _order: Ordering) -> bool {
        let old = self.raw();
        self.put(old & val);
        old
    }

    #[inline]
    pub fn fetch_nand(&self, val: bool, _order: Ordering) -> bool {
        let old = self.raw();
        self.put(!(old & val));
        old
    }

    #[inline]
    pub fn fetch_or(&self, val: bool, _order: Ordering) -> bool {
        let old = self.raw();
        self.put(old | val);
        old
    }

    #[inline]
    pub fn fetch_xor(&self, val: bool, _order: Ordering) -> bool {
        let old = self.raw();
        self.put(old ^ val);
        old
    }

    #[inline]
    pub fn fetch_not(&self, _order: Ordering) -> bool {
        let old = self.raw();
        self.put(!old);
        old
    }

    pub fn fetch_update<F: FnMut(bool) -> Option<bool>>(&self, _set_order: Ordering, _fetch_order: Ordering, mut f: F) -> Result<bool, bool> {
        let old = self.raw();
        match f(old) {
            Some(new) => {
                self.put(new);
                Ok(old)
            }
            None => Err(old),
        }
    }
}

impl Default for AtomicBool {
    fn default() -> AtomicBool {
        AtomicBool::new(false)
    }
}

impl From<bool> for AtomicBool {
    fn from(b: bool) -> AtomicBool {
        AtomicBool::new(b)
    }
}

impl fmt::Debug for AtomicBool {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.raw(), f)
    }
}

/// A raw pointer that can be shared between threads.
pub struct AtomicPtr<T> {
    p: UnsafeCell<*mut T>,
}

unsafe impl<T> Sync for AtomicPtr<T> {}
unsafe impl<T> Send for AtomicPtr<T> {}

impl<T> AtomicPtr<T> {
    #[inline]
    pub const fn new(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr { p: UnsafeCell::new(p) }
    }

    #[inline]
    fn raw(&self) -> *mut T {
        unsafe { *self.p.get() }
    }

    #[inline]
    fn put(&self, p: *mut T) {
        unsafe { *self.p.get() = p }
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut *mut T {
        self.p.get_mut()
    }

    #[inline]
    pub fn into_inner(self) -> *mut T {
        self.p.into_inner()
    }

    #[inline]
    pub const fn as_ptr(&self) -> *mut *mut T {
        self.p.get()
    }

    #[inline]
    #[track_caller]
    pub fn load(&self, order: Ordering) -> *mut T {
        check_load(order);
        self.raw()
    }

    #[inline]
    #[track_caller]
    pub fn store(&self, ptr: *mut T, order: Ordering) {
        check_store(order);
        self.put(ptr)
    }

    #[inline]
    pub fn swap(&self, ptr: *mut T, _order: Ordering) -> *mut T {
        let old = self.raw();
        self.put(ptr);
        old
    }

    #[inline]
    #[track_caller]
    pub fn compare_exchange(&self, current: *mut T, new: *mut T, _success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        check_failure(failure);
        let old = self.raw();
        if old == current {
            self.put(new);
            Ok(old)
        } else {
            Err(old)
        }
    }

    #[inline]
    #[track_caller]
    pub fn compare_exchange_weak(&self, current: *mut T, new: *mut T, success: Ordering, failure: Ordering) -> Result<*mut T, *mut T> {
        self.compare_exchange(current, new, success, failure)
    }

    pub fn fetch_update<F: FnMut(*mut T) -> Option<*mut T>>(
        &self,
        _set_order: Ordering,
        _fetch_order: Ordering,
        mut f: F,
    ) -> Result<*mut T, *mut T> {
        let old = self.raw();
        match f(old) {
            Some(new) => {
                self.put(new);
                Ok(old)
            }
            None => Err(old),
        }
    }
}

impl<T> Default for AtomicPtr<T> {
    fn default() -> AtomicPtr<T> {
        AtomicPtr::new(crate::ptr::null_mut())
    }
}

impl<T> From<*mut T> for AtomicPtr<T> {
    fn from(p: *mut T) -> AtomicPtr<T> {
        AtomicPtr::new(p)
    }
}

impl<T> fmt::Debug for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.raw(), f)
    }
}

impl<T> fmt::Pointer for AtomicPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Pointer::fmt(&self.raw(), f)
    }
}

macro_rules! atomic_int {
    ($($Atomic:ident $int:ident;)*) => {$(
        /// An integer that can be shared between threads.
        #[repr(transparent)]
        pub struct $Atomic {
            v: UnsafeCell<$int>,
        }

        unsafe impl Sync for $Atomic {}
        unsafe impl Send for $Atomic {}

        impl $Atomic {
            #[inline]
            pub const fn new(v: $int) -> $Atomic {
                $Atomic { v: UnsafeCell::new(v) }
            }

            #[inline]
            fn raw(&self) -> $int {
                unsafe { *self.v.get() }
            }

            #[inline]
            fn put(&self, val: $int) {
                unsafe { *self.v.get() = val }
            }

            #[inline]
            pub fn get_mut(&mut self) -> &mut $int {
                self.v.get_mut()
            }

            #[inline]
            pub fn into_inner(self) -> $int {
                self.v.into_inner()
            }

            #[inline]
            pub const fn as_ptr(&self) -> *mut $int {
                self.v.get()
            }

            #[inline]
            #[track_caller]
            pub fn load(&self, order: Ordering) -> $int {
                check_load(order);
                self.raw()
            }

            #[inline]
            #[track_caller]
            pub fn store(&self, val: $int, order: Ordering) {
                check_store(order);
                self.put(val)
            }

            #[inline]
            pub fn swap(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(val);
                old
            }

            #[inline]
            #[track_caller]
            pub fn compare_exchange(&self, current: $int, new: $int, _success: Ordering, failure: Ordering) -> Result<$int, $int> {
                check_failure(failure);
                let old = self.raw();
                if old == current {
                    self.put(new);
                    Ok(old)
                } else {
                    Err(old)
                }
            }

            #[inline]
            #[track_caller]
            pub fn compare_exchange_weak(&self, current: $int, new: $int, success: Ordering, failure: Ordering) -> Result<$int, $int> {
                self.compare_exchange(current, new, success, failure)
            }

            #[inline]
            pub fn compare_and_swap(&self, current: $int, new: $int, order: Ordering) -> $int {
                match self.compare_exchange(current, new, order, Ordering::Relaxed) {
                    Ok(x) => x,
                    Err(x) => x,
                }
            }

            /// Adds, wrapping around on overflow; returns the old value.
            #[inline]
            pub fn fetch_add(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(old.wrapping_add(val));
                old
            }

            #[inline]
            pub fn fetch_sub(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(old.wrapping_sub(val));
                old
            }

            #[inline]
            pub fn fetch_and(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(old & val);
                old
            }

            #[inline]
            pub fn fetch_nand(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(!(old & val));
                old
            }

            #[inline]
            pub fn fetch_or(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(old | val);
                old
            }

            #[inline]
            pub fn fetch_xor(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                self.put(old ^ val);
                old
            }

            #[inline]
            pub fn fetch_max(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                if val > old {
                    self.put(val);
                }
                old
            }

            #[inline]
            pub fn fetch_min(&self, val: $int, _order: Ordering) -> $int {
                let old = self.raw();
                if val < old {
                    self.put(val);
                }
                old
            }

            pub fn fetch_update<F: FnMut($int) -> Option<$int>>(
                &self,
                _set_order: Ordering,
                _fetch_order: Ordering,
                mut f: F,
            ) -> Result<$int, $int> {
                let old = self.raw();
                match f(old) {
                    Some(new) => {
                        self.put(new);
                        Ok(old)
                    }
                    None => Err(old),
                }
            }
        }

        impl Default for $Atomic {
            fn default() -> $Atomic {
                $Atomic::new(0)
            }
        }

        impl From<$int> for $Atomic {
            fn from(v: $int) -> $Atomic {
                $Atomic::new(v)
            }
        }

        impl fmt::Debug for $Atomic {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.raw(), f)
            }
        }
    )*};
}

atomic_int! {
    AtomicI8 i8;
    AtomicU8 u8;
    AtomicI16 i16;
    AtomicU16 u16;
    AtomicI32 i32;
    AtomicU32 u32;
    AtomicI64 i64;
    AtomicU64 u64;
    AtomicIsize isize;
    AtomicUsize usize;
}

/// Legacy initialisers, from before `const fn new`.
pub const ATOMIC_BOOL_INIT: AtomicBool = AtomicBool::new(false);
pub const ATOMIC_ISIZE_INIT: AtomicIsize = AtomicIsize::new(0);
pub const ATOMIC_USIZE_INIT: AtomicUsize = AtomicUsize::new(0);

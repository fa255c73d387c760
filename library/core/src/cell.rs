//! Shareable mutable containers: `UnsafeCell` (the one primitive the compiler knows, which
//! makes mutation through a shared reference legal), and the safe cells built on it: `Cell`
//! (values moved in and out), `RefCell` (borrows checked at run time), `OnceCell` and
//! `LazyCell` (written once).

use crate::cmp::Ordering;
use crate::fmt;
use crate::marker::PhantomData;
use crate::mem;
use crate::ops::{Deref, DerefMut};
use crate::ptr::{self, NonNull};

/* ------------------------------------------------------------------ UnsafeCell */

/// The primitive of interior mutability: the only legal way to get a `*mut T` to data
/// reached through a `&`. The compiler knows the type (`#[lang = "unsafe_cell"]`): a static
/// holding one is writable memory.
#[lang = "unsafe_cell"]
#[repr(transparent)]
pub struct UnsafeCell<T: ?Sized> {
    value: T,
}

impl<T> UnsafeCell<T> {
    #[inline]
    pub const fn new(value: T) -> UnsafeCell<T> {
        UnsafeCell { value }
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T: ?Sized> UnsafeCell<T> {
    /// A mutable pointer to the wrapped value.
    #[inline]
    pub const fn get(&self) -> *mut T {
        self as *const UnsafeCell<T> as *const T as *mut T
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.value
    }

    /// `get` without creating a reference to the cell.
    #[inline]
    pub const fn raw_get(this: *const UnsafeCell<T>) -> *mut T {
        this as *const T as *mut T
    }
}

impl<T: Default> Default for UnsafeCell<T> {
    fn default() -> UnsafeCell<T> {
        UnsafeCell::new(T::default())
    }
}

impl<T> From<T> for UnsafeCell<T> {
    fn from(t: T) -> UnsafeCell<T> {
        UnsafeCell::new(t)
    }
}

impl<T: ?Sized> fmt::Debug for UnsafeCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnsafeCell").finish_non_exhaustive()
    }
}

/* ------------------------------------------------------------------------ Cell */

/// A mutable memory location whose value is moved (or copied) in and out whole, so no
/// reference to the inside ever exists.
#[repr(transparent)]
pub struct Cell<T: ?Sized> {
    value: UnsafeCell<T>,
}

impl<T> Cell<T> {
    #[inline]
    pub const fn new(value: T) -> Cell<T> {
        Cell { value: UnsafeCell::new(value) }
    }

    /// Stores `val`, dropping the old value.
    #[inline]
    pub fn set(&self, val: T) {
        drop(self.replace(val));
    }

    /// Exchanges the values of two cells.
    pub fn swap(&self, other: &Cell<T>) {
        if ptr::eq(self, other) {
            return;
        }
        unsafe { ptr::swap(self.value.get(), other.value.get()) }
    }

    /// Stores `val` and returns the old value.
    #[inline]
    pub fn replace(&self, val: T) -> T {
        unsafe { mem::replace(&mut *self.value.get(), val) }
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }
}

impl<T: Copy> Cell<T> {
    /// A copy of the value.
    #[inline]
    pub fn get(&self) -> T {
        unsafe { *self.value.get() }
    }

    /// Replaces the value by `f` of it.
    #[inline]
    pub fn update(&self, f: impl FnOnce(T) -> T) {
        let old = self.get();
        self.set(f(old));
    }
}

impl<T: ?Sized> Cell<T> {
    #[inline]
    pub const fn as_ptr(&self) -> *mut T {
        self.value.get()
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }

    /// A `&Cell<T>` over a `&mut T`.
    #[inline]
    pub fn from_mut(t: &mut T) -> &Cell<T> {
        unsafe { &*(t as *mut T as *const Cell<T>) }
    }
}

impl<T: Default> Cell<T> {
    /// Takes the value, leaving `Default::default()`.
    #[inline]
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T> Cell<[T]> {
    /// A `&[Cell<T>]` over a `&Cell<[T]>`.
    pub fn as_slice_of_cells(&self) -> &[Cell<T>] {
        let len = unsafe { (*self.as_ptr()).len() };
        unsafe { crate::slice::from_raw_parts(self.as_ptr() as *const Cell<T>, len) }
    }
}

impl<T: Copy> Clone for Cell<T> {
    #[inline]
    fn clone(&self) -> Cell<T> {
        Cell::new(self.get())
    }
}

impl<T: Default> Default for Cell<T> {
    #[inline]
    fn default() -> Cell<T> {
        Cell::new(T::default())
    }
}

impl<T> From<T> for Cell<T> {
    fn from(t: T) -> Cell<T> {
        Cell::new(t)
    }
}

impl<T: PartialEq + Copy> PartialEq for Cell<T> {
    #[inline]
    fn eq(&self, other: &Cell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq + Copy> Eq for Cell<T> {}

impl<T: PartialOrd + Copy> PartialOrd for Cell<T> {
    #[inline]
    fn partial_cmp(&self, other: &Cell<T>) -> Option<Ordering> {
        self.get().partial_cmp(&other.get())
    }
}

impl<T: Ord + Copy> Ord for Cell<T> {
    #[inline]
    fn cmp(&self, other: &Cell<T>) -> Ordering {
        self.get().cmp(&other.get())
    }
}

impl<T: Copy + fmt::Debug> fmt::Debug for Cell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cell").field("value", &self.get()).finish()
    }
}

/* --------------------------------------------------------------------- RefCell */

/// The borrow state of a `RefCell`: the number of live `Ref`s when positive, `-1` while a
/// `RefMut` is live, `0` when not borrowed.
type BorrowFlag = isize;

const UNUSED: BorrowFlag = 0;

/// A mutable memory location with borrows checked at run time.
pub struct RefCell<T: ?Sized> {
    borrow: Cell<BorrowFlag>,
    value: UnsafeCell<T>,
}

/// `RefCell::try_borrow`'s error: the value is mutably borrowed.
#[non_exhaustive]
pub struct BorrowError {}

impl fmt::Debug for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BorrowError")
    }
}

impl fmt::Display for BorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefCell already mutably borrowed")
    }
}

/// `RefCell::try_borrow_mut`'s error: the value is borrowed.
#[non_exhaustive]
pub struct BorrowMutError {}

impl fmt::Debug for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BorrowMutError")
    }
}

impl fmt::Display for BorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RefCell already borrowed")
    }
}

#[cold]
#[track_caller]
fn panic_already_borrowed() -> ! {
    panic!("RefCell already borrowed")
}

#[cold]
#[track_caller]
fn panic_already_mutably_borrowed() -> ! {
    panic!("RefCell already mutably borrowed")
}

impl<T> RefCell<T> {
    #[inline]
    pub const fn new(value: T) -> RefCell<T> {
        RefCell { borrow: Cell::new(UNUSED), value: UnsafeCell::new(value) }
    }

    #[inline]
    pub fn into_inner(self) -> T {
        self.value.into_inner()
    }

    /// Replaces the value, returning the old one; panics if it is borrowed.
    #[inline]
    #[track_caller]
    pub fn replace(&self, t: T) -> T {
        mem::replace(&mut *self.borrow_mut(), t)
    }

    /// Replaces the value by `f` of it, returning the old one; panics if it is borrowed.
    #[inline]
    #[track_caller]
    pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T {
        let mut_borrow = &mut *self.borrow_mut();
        let replacement = f(mut_borrow);
        mem::replace(mut_borrow, replacement)
    }

    /// Exchanges the values of two cells; panics if either is borrowed.
    #[inline]
    pub fn swap(&self, other: &RefCell<T>) {
        mem::swap(&mut *self.borrow_mut(), &mut *other.borrow_mut())
    }
}

impl<T: ?Sized> RefCell<T> {
    /// Borrows the value; panics if it is mutably borrowed.
    #[inline]
    #[track_caller]
    pub fn borrow(&self) -> Ref<'_, T> {
        match self.try_borrow() {
            Ok(b) => b,
            Err(_) => panic_already_mutably_borrowed(),
        }
    }

    #[inline]
    pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError> {
        let b = self.borrow.get();
        if b < 0 || b == isize::MAX {
            return Err(BorrowError {});
        }
        self.borrow.set(b + 1);
        let value = unsafe { NonNull::new_unchecked(self.value.get()) };
        Ok(Ref { value, borrow: BorrowRef { borrow: &self.borrow } })
    }

    /// Borrows the value mutably; panics if it is borrowed.
    #[inline]
    #[track_caller]
    pub fn borrow_mut(&self) -> RefMut<'_, T> {
        match self.try_borrow_mut() {
            Ok(b) => b,
            Err(_) => panic_already_borrowed(),
        }
    }

    #[inline]
    pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError> {
        if self.borrow.get() != UNUSED {
            return Err(BorrowMutError {});
        }
        self.borrow.set(-1);
        let value = unsafe { NonNull::new_unchecked(self.value.get()) };
        Ok(RefMut { value, borrow: BorrowRefMut { borrow: &self.borrow }, marker: PhantomData })
    }

    /// Borrows the value without registering a borrow.
    ///
    /// # Safety
    /// No `RefMut` may be live, nor be created while the result is in use.
    #[inline]
    pub unsafe fn try_borrow_unguarded(&self) -> Result<&T, BorrowError> {
        if self.borrow.get() < 0 { Err(BorrowError {}) } else { Ok(unsafe { &*self.value.get() }) }
    }

    #[inline]
    pub fn as_ptr(&self) -> *mut T {
        self.value.get()
    }

    #[inline]
    pub fn get_mut(&mut self) -> &mut T {
        self.value.get_mut()
    }

    /// Forgets borrows leaked with `mem::forget`.
    pub fn undo_leak(&mut self) -> &mut T {
        self.borrow.set(UNUSED);
        self.get_mut()
    }
}

impl<T: Default> RefCell<T> {
    /// Takes the value, leaving `Default::default()`; panics if it is borrowed.
    #[track_caller]
    pub fn take(&self) -> T {
        self.replace(T::default())
    }
}

impl<T: Clone> Clone for RefCell<T> {
    #[track_caller]
    fn clone(&self) -> RefCell<T> {
        RefCell::new(self.borrow().clone())
    }
}

impl<T: Default> Default for RefCell<T> {
    fn default() -> RefCell<T> {
        RefCell::new(T::default())
    }
}

impl<T> From<T> for RefCell<T> {
    fn from(t: T) -> RefCell<T> {
        RefCell::new(t)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for RefCell<T> {
    fn eq(&self, other: &RefCell<T>) -> bool {
        *self.borrow() == *other.borrow()
    }
}

impl<T: ?Sized + Eq> Eq for RefCell<T> {}

impl<T: ?Sized + PartialOrd> PartialOrd for RefCell<T> {
    fn partial_cmp(&self, other: &RefCell<T>) -> Option<Ordering> {
        self.borrow().partial_cmp(&*other.borrow())
    }
}

impl<T: ?Sized + Ord> Ord for RefCell<T> {
    fn cmp(&self, other: &RefCell<T>) -> Ordering {
        self.borrow().cmp(&*other.borrow())
    }
}

/// Prints `<borrowed>` where a value cannot be shown.
struct BorrowedPlaceholder;

impl fmt::Debug for BorrowedPlaceholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<borrowed>")
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("RefCell");
        match self.try_borrow() {
            Ok(borrow) => d.field("value", &&*borrow),
            Err(_) => d.field("value", &BorrowedPlaceholder),
        };
        d.finish()
    }
}

/// A shared borrow's hold on a `RefCell`'s flag; dropping it gives the borrow back.
struct BorrowRef<'b> {
    borrow: &'b Cell<BorrowFlag>,
}

impl Drop for BorrowRef<'_> {
    #[inline]
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() - 1);
    }
}

impl<'b> BorrowRef<'b> {
    /// Another shared borrow of the same cell.
    #[inline]
    fn clone_ref(&self) -> BorrowRef<'b> {
        let b = self.borrow.get();
        assert!(b != isize::MAX, "too many immutable borrows of a RefCell");
        self.borrow.set(b + 1);
        BorrowRef { borrow: self.borrow }
    }
}

/// A mutable borrow's hold on a `RefCell`'s flag.
struct BorrowRefMut<'b> {
    borrow: &'b Cell<BorrowFlag>,
}

impl Drop for BorrowRefMut<'_> {
    #[inline]
    fn drop(&mut self) {
        self.borrow.set(self.borrow.get() + 1);
    }
}

/// A shared borrow of a `RefCell`'s value.
pub struct Ref<'b, T: ?Sized + 'b> {
    value: NonNull<T>,
    borrow: BorrowRef<'b>,
}

impl<T: ?Sized> Deref for Ref<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        unsafe { self.value.as_ref() }
    }
}

impl<'b, T: ?Sized> Ref<'b, T> {
    /// Another borrow of the same value (an associated function, so that `r.clone()`
    /// clones the value).
    #[inline]
    pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T> {
        Ref { value: orig.value, borrow: orig.borrow.clone_ref() }
    }

    /// A borrow of a part of the value.
    #[inline]
    pub fn map<U: ?Sized, F: FnOnce(&T) -> &U>(orig: Ref<'b, T>, f: F) -> Ref<'b, U> {
        let (value, borrow) = orig.into_parts();
        let u = f(unsafe { value.as_ref() });
        Ref { value: NonNull::from(u), borrow }
    }

    /// A borrow of a part of the value, if `f` finds one; the original borrow otherwise.
    #[inline]
    pub fn filter_map<U: ?Sized, F: FnOnce(&T) -> Option<&U>>(orig: Ref<'b, T>, f: F) -> Result<Ref<'b, U>, Ref<'b, T>> {
        match f(unsafe { orig.value.as_ref() }) {
            Some(u) => {
                let u = NonNull::from(u);
                let (_, borrow) = orig.into_parts();
                Ok(Ref { value: u, borrow })
            }
            None => Err(orig),
        }
    }

    /// Two borrows of two parts of the value.
    #[inline]
    pub fn map_split<U: ?Sized, V: ?Sized, F: FnOnce(&T) -> (&U, &V)>(orig: Ref<'b, T>, f: F) -> (Ref<'b, U>, Ref<'b, V>) {
        let (value, borrow) = orig.into_parts();
        let (a, b) = f(unsafe { value.as_ref() });
        let second = borrow.clone_ref();
        (Ref { value: NonNull::from(a), borrow }, Ref { value: NonNull::from(b), borrow: second })
    }

    /// The pointer and the hold, without running `Ref`'s drop (which gives the borrow back).
    #[inline]
    fn into_parts(self) -> (NonNull<T>, BorrowRef<'b>) {
        let this = mem::ManuallyDrop::new(self);
        unsafe { (this.value, ptr::read(&this.borrow)) }
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for Ref<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

/// A mutable borrow of a `RefCell`'s value.
pub struct RefMut<'b, T: ?Sized + 'b> {
    value: NonNull<T>,
    borrow: BorrowRefMut<'b>,
    marker: PhantomData<&'b mut T>,
}

impl<T: ?Sized> Deref for RefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        unsafe { self.value.as_ref() }
    }
}

impl<T: ?Sized> DerefMut for RefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        unsafe { self.value.as_mut() }
    }
}

impl<'b, T: ?Sized> RefMut<'b, T> {
    /// A mutable borrow of a part of the value.
    #[inline]
    pub fn map<U: ?Sized, F: FnOnce(&mut T) -> &mut U>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U> {
        let (mut value, borrow) = orig.into_parts();
        let u = f(unsafe { value.as_mut() });
        RefMut { value: NonNull::from(u), borrow, marker: PhantomData }
    }

    /// A mutable borrow of a part of the value, if `f` finds one; the original otherwise.
    #[inline]
    pub fn filter_map<U: ?Sized, F: FnOnce(&mut T) -> Option<&mut U>>(
        orig: RefMut<'b, T>,
        f: F,
    ) -> Result<RefMut<'b, U>, RefMut<'b, T>> {
        let mut value = orig.value;
        match f(unsafe { value.as_mut() }) {
            Some(u) => {
                let u = NonNull::from(u);
                let (_, borrow) = orig.into_parts();
                Ok(RefMut { value: u, borrow, marker: PhantomData })
            }
            None => Err(orig),
        }
    }

    #[inline]
    fn into_parts(self) -> (NonNull<T>, BorrowRefMut<'b>) {
        let this = mem::ManuallyDrop::new(self);
        unsafe { (this.value, ptr::read(&this.borrow)) }
    }
}

impl<T: ?Sized + fmt::Debug> fmt::Debug for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: ?Sized + fmt::Display> fmt::Display for RefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

/* -------------------------------------------------------------------- OnceCell */

/// A cell written at most once.
pub struct OnceCell<T> {
    inner: UnsafeCell<Option<T>>,
}

impl<T> OnceCell<T> {
    #[inline]
    pub const fn new() -> OnceCell<T> {
        OnceCell { inner: UnsafeCell::new(None) }
    }

    #[inline]
    pub fn get(&self) -> Option<&T> {
        unsafe { (*self.inner.get()).as_ref() }
    }

    #[inline]
    pub fn get_mut(&mut self) -> Option<&mut T> {
        self.inner.get_mut().as_mut()
    }

    /// Stores `value` if the cell is empty; gives it back otherwise.
    #[inline]
    pub fn set(&self, value: T) -> Result<(), T> {
        match self.try_insert(value) {
            Ok(_) => Ok(()),
            Err((_, value)) => Err(value),
        }
    }

    /// Stores `value` if the cell is empty and returns a reference to the contents.
    #[inline]
    pub fn try_insert(&self, value: T) -> Result<&T, (&T, T)> {
        if let Some(old) = self.get() {
            return Err((old, value));
        }
        let slot = unsafe { &mut *self.inner.get() };
        Ok(slot.insert(value))
    }

    /// The contents, computed by `f` first if the cell is empty.
    #[inline]
    pub fn get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        if let Some(val) = self.get() {
            return val;
        }
        let val = f();
        // `f` may have initialised the cell itself; Rust panics on that reentrance.
        if self.get().is_some() {
            panic!("reentrant init");
        }
        let slot = unsafe { &mut *self.inner.get() };
        slot.insert(val)
    }

    /// Like `get_or_init`, for `f` that may fail.
    pub fn get_or_try_init<E, F: FnOnce() -> Result<T, E>>(&self, f: F) -> Result<&T, E> {
        if let Some(val) = self.get() {
            return Ok(val);
        }
        let val = f()?;
        if self.get().is_some() {
            panic!("reentrant init");
        }
        let slot = unsafe { &mut *self.inner.get() };
        Ok(slot.insert(val))
    }

    #[inline]
    pub fn into_inner(self) -> Option<T> {
        self.inner.into_inner()
    }

    #[inline]
    pub fn take(&mut self) -> Option<T> {
        mem::take(self).into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    #[inline]
    fn default() -> OnceCell<T> {
        OnceCell::new()
    }
}

impl<T: fmt::Debug> fmt::Debug for OnceCell<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("OnceCell");
        match self.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

impl<T: Clone> Clone for OnceCell<T> {
    fn clone(&self) -> OnceCell<T> {
        let res = OnceCell::new();
        if let Some(value) = self.get() {
            let _ = res.set(value.clone());
        }
        res
    }
}

impl<T: PartialEq> PartialEq for OnceCell<T> {
    fn eq(&self, other: &OnceCell<T>) -> bool {
        self.get() == other.get()
    }
}

impl<T: Eq> Eq for OnceCell<T> {}

impl<T> From<T> for OnceCell<T> {
    fn from(value: T) -> OnceCell<T> {
        OnceCell { inner: UnsafeCell::new(Some(value)) }
    }
}

/* -------------------------------------------------------------------- LazyCell */

/// A value computed by `F` on first access.
pub struct LazyCell<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Cell<Option<F>>,
}

impl<T, F: FnOnce() -> T> LazyCell<T, F> {
    #[inline]
    pub const fn new(f: F) -> LazyCell<T, F> {
        LazyCell { cell: OnceCell::new(), init: Cell::new(Some(f)) }
    }

    /// Computes the value if it was not yet, and returns a reference to it.
    #[inline]
    pub fn force(this: &LazyCell<T, F>) -> &T {
        this.cell.get_or_init(|| match this.init.take() {
            Some(f) => f(),
            None => panic!("LazyCell instance has previously been poisoned"),
        })
    }

    pub fn into_inner(this: LazyCell<T, F>) -> Result<T, F> {
        let LazyCell { cell, init } = this;
        match cell.into_inner() {
            Some(v) => Ok(v),
            None => match init.into_inner() {
                Some(f) => Err(f),
                None => panic!("LazyCell instance has previously been poisoned"),
            },
        }
    }
}

impl<T, F: FnOnce() -> T> Deref for LazyCell<T, F> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        LazyCell::force(self)
    }
}

impl<T: Default> Default for LazyCell<T> {
    fn default() -> LazyCell<T> {
        LazyCell::new(T::default)
    }
}

impl<T: fmt::Debug, F> fmt::Debug for LazyCell<T, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_tuple("LazyCell");
        match self.cell.get() {
            Some(v) => d.field(v),
            None => d.field(&format_args!("<uninit>")),
        };
        d.finish()
    }
}

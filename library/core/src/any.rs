//! Dynamic typing: `TypeId`, `type_name`, and the `Any` trait with its downcasts.
//!
//! `TypeId::of` and `type_name` are the compiler's `type_id` and `type_name` intrinsics,
//! which smelt does not implement yet: code that reaches them (including any `dyn Any`
//! vtable) is rejected with a "not supported" diagnostic rather than miscompiled.

use crate::fmt;
use crate::hash::{Hash, Hasher};
use crate::intrinsics;

/// A globally unique identifier for a type.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TypeId {
    t: u128,
}

impl TypeId {
    /// The `TypeId` of `T`.
    #[inline]
    pub const fn of<T: ?Sized + 'static>() -> TypeId {
        TypeId { t: intrinsics::type_id::<T>() }
    }
}

impl Hash for TypeId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // As Rust: the low 64 bits are enough to tell types apart.
        state.write_u64(self.t as u64);
    }
}

impl fmt::Debug for TypeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TypeId({:#034x})", self.t)
    }
}

/// The name of a type, for diagnostics (its exact form is not specified).
#[inline]
pub const fn type_name<T: ?Sized>() -> &'static str {
    intrinsics::type_name::<T>()
}

/// The name of the type of the pointed-to value.
#[inline]
pub const fn type_name_of_val<T: ?Sized>(_val: &T) -> &'static str {
    type_name::<T>()
}

/// A type that can tell its `TypeId` at run time (every `'static` type).
pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}

impl<T: 'static + ?Sized> Any for T {
    fn type_id(&self) -> TypeId {
        TypeId::of::<T>()
    }
}

impl fmt::Debug for dyn Any {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Any").finish_non_exhaustive()
    }
}

impl dyn Any {
    /// Whether the value is a `T`.
    #[inline]
    pub fn is<T: Any>(&self) -> bool {
        let t = TypeId::of::<T>();
        let concrete = self.type_id();
        t == concrete
    }

    #[inline]
    pub fn downcast_ref<T: Any>(&self) -> Option<&T> {
        if self.is::<T>() { unsafe { Some(&*(self as *const dyn Any as *const T)) } } else { None }
    }

    #[inline]
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T> {
        if self.is::<T>() { unsafe { Some(&mut *(self as *mut dyn Any as *mut T)) } } else { None }
    }
}

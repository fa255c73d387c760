//! Compiler intrinsics: functions smelt's code generator implements itself.

#[rustc_intrinsic]
pub const fn size_of<T>() -> usize;
#[rustc_intrinsic]
pub const fn min_align_of<T>() -> usize;
#[rustc_intrinsic]
pub const fn align_of<T>() -> usize;
#[rustc_intrinsic]
pub const unsafe fn size_of_val<T: ?Sized>(ptr: *const T) -> usize;
#[rustc_intrinsic]
pub const unsafe fn min_align_of_val<T: ?Sized>(ptr: *const T) -> usize;
#[rustc_intrinsic]
pub const fn needs_drop<T: ?Sized>() -> bool;
#[rustc_intrinsic]
pub const unsafe fn transmute<Src, Dst>(src: Src) -> Dst;
#[rustc_intrinsic]
pub const fn forget<T: ?Sized>(x: T);
#[rustc_intrinsic]
pub fn abort() -> !;
#[rustc_intrinsic]
pub const unsafe fn unreachable() -> !;
#[rustc_intrinsic]
pub const unsafe fn assume(b: bool);
#[rustc_intrinsic]
pub const fn likely(b: bool) -> bool;
#[rustc_intrinsic]
pub const fn unlikely(b: bool) -> bool;
#[rustc_intrinsic]
pub fn black_box<T>(dummy: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn read_via_copy<T>(ptr: *const T) -> T;
#[rustc_intrinsic]
pub const unsafe fn write_via_move<T>(ptr: *mut T, value: T);
#[rustc_intrinsic]
pub unsafe fn volatile_load<T>(src: *const T) -> T;
#[rustc_intrinsic]
pub unsafe fn volatile_store<T>(dst: *mut T, val: T);
#[rustc_intrinsic]
pub const fn caller_location() -> &'static crate::panic::Location<'static>;
#[rustc_intrinsic]
pub const unsafe fn copy_nonoverlapping<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic]
pub const unsafe fn copy<T>(src: *const T, dst: *mut T, count: usize);
#[rustc_intrinsic]
pub const unsafe fn write_bytes<T>(dst: *mut T, val: u8, count: usize);
#[rustc_intrinsic]
pub const fn add_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn sub_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn mul_with_overflow<T: Copy>(x: T, y: T) -> (T, bool);
#[rustc_intrinsic]
pub const fn wrapping_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn wrapping_sub<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn wrapping_mul<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_add<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_sub<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_mul<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_div<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_rem<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn exact_div<T: Copy>(x: T, y: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_shl<T: Copy, U: Copy>(x: T, y: U) -> T;
#[rustc_intrinsic]
pub const unsafe fn unchecked_shr<T: Copy, U: Copy>(x: T, y: U) -> T;
#[rustc_intrinsic]
pub const fn saturating_add<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn saturating_sub<T: Copy>(a: T, b: T) -> T;
#[rustc_intrinsic]
pub const fn rotate_left<T: Copy>(x: T, shift: u32) -> T;
#[rustc_intrinsic]
pub const fn rotate_right<T: Copy>(x: T, shift: u32) -> T;
#[rustc_intrinsic]
pub const fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn ctlz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn cttz<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
pub const fn bswap<T: Copy>(x: T) -> T;
#[rustc_intrinsic]
pub const fn bitreverse<T: Copy>(x: T) -> T;
#[rustc_intrinsic]
pub const unsafe fn offset<Ptr, Delta>(dst: Ptr, offset: Delta) -> Ptr;
#[rustc_intrinsic]
pub const fn arith_offset<T>(dst: *const T, offset: isize) -> *const T;
#[rustc_intrinsic]
pub const fn discriminant_value<T>(v: &T) -> <T as crate::marker::DiscriminantKind>::Discriminant;
/// A unique number for a type (`core::any::TypeId`). Not implemented by smelt yet.
#[rustc_intrinsic]
pub const fn type_id<T: ?Sized + 'static>() -> u128;
/// The name of a type (`core::any::type_name`). Not implemented by smelt yet.
#[rustc_intrinsic]
pub const fn type_name<T: ?Sized>() -> &'static str;

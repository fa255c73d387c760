//! Hints to the compiler.

/// Tells the compiler this point is never reached; reaching it is undefined behaviour.
#[inline]
pub const unsafe fn unreachable_unchecked() -> ! {
    unsafe { crate::intrinsics::unreachable() }
}

#[inline]
pub fn black_box<T>(dummy: T) -> T {
    crate::intrinsics::black_box(dummy)
}

#[inline]
pub fn spin_loop() {}

//! The global allocator: the C library's `malloc` family.

extern "C" {
    fn malloc(size: usize) -> *mut u8;
    fn calloc(nmemb: usize, size: usize) -> *mut u8;
    fn realloc(ptr: *mut u8, size: usize) -> *mut u8;
    fn free(ptr: *mut u8);
    fn posix_memalign(memptr: *mut *mut u8, alignment: usize, size: usize) -> i32;
}

/// Allocates `size` bytes aligned to `align`; null on failure.
#[inline]
pub unsafe fn alloc(size: usize, align: usize) -> *mut u8 {
    unsafe {
        if align <= 16 {
            malloc(size)
        } else {
            let mut out: *mut u8 = core::ptr::null_mut();
            if posix_memalign(&mut out, align, size) == 0 { out } else { core::ptr::null_mut() }
        }
    }
}

#[inline]
pub unsafe fn alloc_zeroed(size: usize, align: usize) -> *mut u8 {
    unsafe {
        if align <= 16 {
            calloc(1, size)
        } else {
            let p = alloc(size, align);
            if !p.is_null() {
                core::ptr::write_bytes(p, 0, size);
            }
            p
        }
    }
}

#[inline]
pub unsafe fn dealloc(ptr: *mut u8, _size: usize, _align: usize) {
    unsafe { free(ptr) }
}

#[inline]
pub unsafe fn realloc_bytes(ptr: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    unsafe {
        if align <= 16 {
            realloc(ptr, new_size)
        } else {
            let p = alloc(new_size, align);
            if !p.is_null() {
                let n = if old_size < new_size { old_size } else { new_size };
                core::ptr::copy_nonoverlapping(ptr, p, n);
                free(ptr);
            }
            p
        }
    }
}

/// Reports an allocation failure and aborts, as Rust's default handler does.
#[cold]
pub fn handle_alloc_error(size: usize) -> ! {
    panic!("memory allocation of {size} bytes failed")
}

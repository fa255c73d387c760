//! Linux, through the C library.

extern "C" {
    fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    fn exit(code: i32) -> !;
    fn abort() -> !;
    fn gettid() -> i32;
    fn __errno_location() -> *mut i32;
}

const EINTR: i32 = 4;

pub const STDOUT: i32 = 1;
pub const STDERR: i32 = 2;

/// Writes all of `buf` to `fd`; `Err(errno)` if the system refuses.
pub fn write_all(fd: i32, buf: &[u8]) -> Result<(), i32> {
    let mut done = 0;
    while done < buf.len() {
        let n = unsafe { write(fd, buf.as_ptr().add(done), buf.len() - done) };
        if n < 0 {
            let errno = unsafe { *__errno_location() };
            if errno == EINTR {
                continue;
            }
            return Err(errno);
        }
        done += n as usize;
    }
    Ok(())
}

pub fn exit_process(code: i32) -> ! {
    unsafe { exit(code) }
}

pub fn abort_process() -> ! {
    unsafe { abort() }
}

/// The id of the calling thread, as the kernel numbers it.
pub fn thread_id() -> u64 {
    unsafe { gettid() as u64 }
}

static mut ARGC: isize = 0;
static mut ARGV: *const *const u8 = 0 as *const *const u8;

/// Records the program's arguments (called by the runtime before `main`).
pub unsafe fn init(argc: isize, argv: *const *const u8) {
    unsafe {
        ARGC = argc;
        ARGV = argv;
    }
}

pub fn args_raw() -> (isize, *const *const u8) {
    unsafe { (ARGC, ARGV) }
}

/* ---- reading, the clock, error messages (io, time) ---- */

extern "C" {
    fn read(fd: i32, buf: *mut u8, count: usize) -> isize;
    fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    fn __xpg_strerror_r(errnum: i32, buf: *mut u8, buflen: usize) -> i32;
}

pub const STDIN: i32 = 0;

/// Reads up to `buf.len()` bytes from `fd`; `Ok(0)` at end of file, `Err(errno)` on failure
/// (interrupted reads are retried).
pub fn read_fd(fd: i32, buf: &mut [u8]) -> Result<usize, i32> {
    loop {
        let n = unsafe { read(fd, buf.as_mut_ptr(), buf.len()) };
        if n >= 0 {
            return Ok(n as usize);
        }
        let errno = unsafe { *__errno_location() };
        if errno != EINTR {
            return Err(errno);
        }
    }
}

/// `struct timespec`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Timespec {
    pub tv_sec: i64,
    pub tv_nsec: i64,
}

pub const CLOCK_REALTIME: i32 = 0;
pub const CLOCK_MONOTONIC: i32 = 1;

/// The time of `clock` (seconds and nanoseconds).
pub fn now(clock: i32) -> Timespec {
    let mut t = Timespec { tv_sec: 0, tv_nsec: 0 };
    unsafe { clock_gettime(clock, &mut t) };
    t
}

/// The C library's message for `errno` (as `strerror` gives it), written into `buf`;
/// returns the length.
pub fn error_string(errno: i32, buf: &mut [u8; 128]) -> usize {
    if unsafe { __xpg_strerror_r(errno, buf.as_mut_ptr(), buf.len()) } != 0 {
        return 0;
    }
    let mut n = 0;
    while n < buf.len() && buf[n] != 0 {
        n += 1;
    }
    n
}

/// The calling thread's `errno`.
pub fn errno() -> i32 {
    unsafe { *__errno_location() }
}

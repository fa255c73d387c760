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

//! Standard output and error.

use core::fmt;

use crate::sys;

/// Collects formatted text and writes it to a file descriptor in blocks.
struct FdWriter {
    fd: i32,
    buf: [u8; 1024],
    len: usize,
    error: bool,
}

impl FdWriter {
    fn new(fd: i32) -> FdWriter {
        FdWriter { fd, buf: [0; 1024], len: 0, error: false }
    }

    fn flush(&mut self) {
        if self.len > 0 {
            if sys::write_all(self.fd, &self.buf[..self.len]).is_err() {
                self.error = true;
            }
            self.len = 0;
        }
    }
}

impl fmt::Write for FdWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let bytes = s.as_bytes();
        if bytes.len() > self.buf.len() - self.len {
            self.flush();
            if bytes.len() > self.buf.len() {
                if sys::write_all(self.fd, bytes).is_err() {
                    self.error = true;
                }
                return Ok(());
            }
        }
        self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
        Ok(())
    }
}

fn print_to(fd: i32, args: fmt::Arguments<'_>, label: &str) {
    let mut w = FdWriter::new(fd);
    let _ = fmt::write(&mut w, args);
    w.flush();
    if w.error && fd == sys::STDOUT {
        panic!("failed printing to {label}: Broken pipe (os error 32)");
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments<'_>) {
    print_to(sys::STDOUT, args, "stdout");
}

#[doc(hidden)]
pub fn _eprint(args: fmt::Arguments<'_>) {
    print_to(sys::STDERR, args, "stderr");
}

/// Flushes buffered output at exit (nothing is buffered between calls yet).
pub(crate) fn cleanup() {}

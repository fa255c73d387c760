//! The standard streams: `stdin()` (buffered, one buffer for the whole program as in Rust),
//! `stdout()` and `stderr()`, and the printing functions behind `print!` and `eprint!`.
//!
//! Standard output is not buffered between calls: each `print!` or `write!` reaches the
//! file descriptor before it returns (formatted pieces are gathered into one write). Rust
//! buffers standard output by lines; a program can only tell the difference if it dies
//! without flushing (an abort), or by timing.

use core::cell::{Cell, UnsafeCell};
use core::fmt;
use core::marker::PhantomData;

use alloc_crate::string::String;
use alloc_crate::vec::Vec;

use super::{BufRead, Error, Lines, Read, Result, Write};
use crate::sys;

/* --------------------------------------------------------------- printing */

/// Collects formatted text and writes it to a file descriptor in blocks.
struct FdWriter {
    fd: i32,
    buf: [u8; 1024],
    len: usize,
    error: Option<i32>,
}

impl FdWriter {
    fn new(fd: i32) -> FdWriter {
        FdWriter { fd, buf: [0; 1024], len: 0, error: None }
    }

    fn flush(&mut self) {
        if self.len > 0 {
            if let Err(errno) = sys::write_all(self.fd, &self.buf[..self.len]) {
                self.error = Some(errno);
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
                if let Err(errno) = sys::write_all(self.fd, bytes) {
                    self.error = Some(errno);
                }
                return Ok(());
            }
        }
        self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
        Ok(())
    }
}

/// Formats `args` onto `fd` in as few writes as the buffer allows.
fn write_fmt_to(fd: i32, args: fmt::Arguments<'_>) -> Result<()> {
    let mut w = FdWriter::new(fd);
    let formatted = fmt::write(&mut w, args);
    w.flush();
    if let Some(errno) = w.error {
        return Err(Error::from_raw_os_error(errno));
    }
    if formatted.is_err() {
        panic!("a formatting trait implementation returned an error when the underlying stream did not");
    }
    Ok(())
}

fn print_to(fd: i32, args: fmt::Arguments<'_>, label: &str) {
    if let Err(e) = write_fmt_to(fd, args) {
        // Rust ignores failures to write to standard error.
        if fd == sys::STDOUT {
            panic!("failed printing to {label}: {e}");
        }
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

fn write_fd(fd: i32, buf: &[u8]) -> Result<usize> {
    match sys::write_all(fd, buf) {
        Ok(()) => Ok(buf.len()),
        Err(errno) => Err(Error::from_raw_os_error(errno)),
    }
}

/* ----------------------------------------------------------------- stdout */

/// A handle to standard output.
pub struct Stdout {
    _private: (),
}

/// A locked handle to standard output (with one thread, locking is free).
pub struct StdoutLock<'a> {
    _marker: PhantomData<&'a Stdout>,
}

/// A handle to the standard output of the process.
pub fn stdout() -> Stdout {
    Stdout { _private: () }
}

impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static> {
        StdoutLock { _marker: PhantomData }
    }
}

impl fmt::Debug for Stdout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stdout").finish_non_exhaustive()
    }
}

impl fmt::Debug for StdoutLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StdoutLock").finish_non_exhaustive()
    }
}

/// `Write` for a handle to a standard stream: direct writes to the file descriptor.
macro_rules! fd_write {
    ($($t:ty => $fd:expr;)*) => {$(
        impl Write for $t {
            fn write(&mut self, buf: &[u8]) -> Result<usize> {
                write_fd($fd, buf)
            }

            fn write_all(&mut self, buf: &[u8]) -> Result<()> {
                write_fd($fd, buf).map(|_| ())
            }

            fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<()> {
                write_fmt_to($fd, args)
            }

            fn flush(&mut self) -> Result<()> {
                Ok(())
            }
        }
    )*};
}

fd_write! {
    Stdout => sys::STDOUT;
    &Stdout => sys::STDOUT;
    StdoutLock<'_> => sys::STDOUT;
    Stderr => sys::STDERR;
    &Stderr => sys::STDERR;
    StderrLock<'_> => sys::STDERR;
}

/* ----------------------------------------------------------------- stderr */

/// A handle to standard error.
pub struct Stderr {
    _private: (),
}

/// A locked handle to standard error.
pub struct StderrLock<'a> {
    _marker: PhantomData<&'a Stderr>,
}

/// A handle to the standard error of the process.
pub fn stderr() -> Stderr {
    Stderr { _private: () }
}

impl Stderr {
    pub fn lock(&self) -> StderrLock<'static> {
        StderrLock { _marker: PhantomData }
    }
}

impl fmt::Debug for Stderr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stderr").finish_non_exhaustive()
    }
}

impl fmt::Debug for StderrLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StderrLock").finish_non_exhaustive()
    }
}

/* ------------------------------------------------------------------ stdin */

const STDIN_BUF_SIZE: usize = 8 * 1024;

/// The program's one standard input buffer: bytes `pos..filled` are read from fd 0 but
/// not yet consumed.
struct StdinBuffer {
    buf: UnsafeCell<[u8; STDIN_BUF_SIZE]>,
    pos: Cell<usize>,
    filled: Cell<usize>,
}

// There is one thread.
unsafe impl Sync for StdinBuffer {}

static STDIN_BUFFER: StdinBuffer =
    StdinBuffer { buf: UnsafeCell::new([0; STDIN_BUF_SIZE]), pos: Cell::new(0), filled: Cell::new(0) };

impl StdinBuffer {
    fn fill_buf(&self) -> Result<&[u8]> {
        if self.pos.get() >= self.filled.get() {
            let buf = unsafe { &mut *self.buf.get() };
            let n = match sys::read_fd(sys::STDIN, buf) {
                Ok(n) => n,
                // A closed standard input reads as empty, as in Rust.
                Err(9) => 0,
                Err(errno) => return Err(Error::from_raw_os_error(errno)),
            };
            self.pos.set(0);
            self.filled.set(n);
        }
        let buf = unsafe { &*self.buf.get() };
        Ok(&buf[self.pos.get()..self.filled.get()])
    }

    fn consume(&self, amt: usize) {
        let pos = self.pos.get() + amt;
        let filled = self.filled.get();
        self.pos.set(if pos < filled { pos } else { filled });
    }

    fn read(&self, out: &mut [u8]) -> Result<usize> {
        // Large reads with nothing buffered bypass the buffer.
        if self.pos.get() >= self.filled.get() && out.len() >= STDIN_BUF_SIZE {
            return match sys::read_fd(sys::STDIN, out) {
                Ok(n) => Ok(n),
                Err(9) => Ok(0),
                Err(errno) => Err(Error::from_raw_os_error(errno)),
            };
        }
        let available = self.fill_buf()?;
        let n = if available.len() < out.len() { available.len() } else { out.len() };
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

/// A handle to standard input.
pub struct Stdin {
    _private: (),
}

/// A locked handle to standard input, which reads through the shared buffer.
pub struct StdinLock<'a> {
    _marker: PhantomData<&'a Stdin>,
}

/// A handle to the standard input of the process.
pub fn stdin() -> Stdin {
    Stdin { _private: () }
}

impl Stdin {
    pub fn lock(&self) -> StdinLock<'static> {
        StdinLock { _marker: PhantomData }
    }

    /// Reads a line, with its `\n`, onto `buf`; 0 at the end of the input.
    pub fn read_line(&self, buf: &mut String) -> Result<usize> {
        self.lock().read_line(buf)
    }

    /// The lines of standard input.
    pub fn lines(self) -> Lines<StdinLock<'static>> {
        self.lock().lines()
    }

    pub fn read_to_string(&mut self, buf: &mut String) -> Result<usize> {
        self.lock().read_to_string(buf)
    }

    pub fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize> {
        self.lock().read_to_end(buf)
    }
}

impl fmt::Debug for Stdin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Stdin").finish_non_exhaustive()
    }
}

impl fmt::Debug for StdinLock<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StdinLock").finish_non_exhaustive()
    }
}

impl Read for Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        STDIN_BUFFER.read(buf)
    }
}

impl Read for &Stdin {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        STDIN_BUFFER.read(buf)
    }
}

impl Read for StdinLock<'_> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        STDIN_BUFFER.read(buf)
    }
}

impl BufRead for StdinLock<'_> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        STDIN_BUFFER.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        STDIN_BUFFER.consume(amt)
    }
}

//! Buffering adapters: `BufReader`, `BufWriter`, `LineWriter`.

use core::fmt;

use alloc_crate::boxed::Box;
use alloc_crate::vec::Vec;

use super::{BufRead, Error, Read, Result, Seek, SeekFrom, Write};

const DEFAULT_BUF_SIZE: usize = 8 * 1024;

/// Adds a buffer to a reader, for fewer, larger reads and for `BufRead`.
pub struct BufReader<R: ?Sized> {
    buf: Box<[u8]>,
    pos: usize,
    filled: usize,
    inner: R,
}

impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> {
        BufReader::with_capacity(DEFAULT_BUF_SIZE, inner)
    }

    pub fn with_capacity(capacity: usize, inner: R) -> BufReader<R> {
        let mut v = Vec::with_capacity(capacity);
        v.resize(capacity, 0);
        BufReader { buf: v.into_boxed_slice(), pos: 0, filled: 0, inner }
    }
}

impl<R: ?Sized> BufReader<R> {
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// The buffered bytes not read yet.
    pub fn buffer(&self) -> &[u8] {
        &self.buf[self.pos..self.filled]
    }

    pub fn capacity(&self) -> usize {
        self.buf.len()
    }

    pub fn into_inner(self) -> R
    where
        R: Sized,
    {
        self.inner
    }
}

impl<R: ?Sized + Read> Read for BufReader<R> {
    fn read(&mut self, out: &mut [u8]) -> Result<usize> {
        // Nothing buffered and a large request: read directly.
        if self.pos == self.filled && out.len() >= self.buf.len() {
            self.pos = 0;
            self.filled = 0;
            return self.inner.read(out);
        }
        let n = {
            let available = self.fill_buf()?;
            let n = if available.len() < out.len() { available.len() } else { out.len() };
            out[..n].copy_from_slice(&available[..n]);
            n
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: ?Sized + Read> BufRead for BufReader<R> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        if self.pos >= self.filled {
            let n = self.inner.read(&mut self.buf)?;
            self.pos = 0;
            self.filled = n;
        }
        Ok(&self.buf[self.pos..self.filled])
    }

    fn consume(&mut self, amt: usize) {
        let pos = self.pos + amt;
        self.pos = if pos < self.filled { pos } else { self.filled };
    }
}

impl<R: ?Sized + Seek> Seek for BufReader<R> {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> {
        let result = match pos {
            SeekFrom::Current(n) => {
                let remainder = (self.filled - self.pos) as i64;
                self.inner.seek(SeekFrom::Current(n - remainder))?
            }
            other => self.inner.seek(other)?,
        };
        self.pos = 0;
        self.filled = 0;
        Ok(result)
    }
}

impl<R: ?Sized + fmt::Debug> fmt::Debug for BufReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufReader")
            .field("reader", &&self.inner)
            .field("buffer", &format_args!("{}/{}", self.filled - self.pos, self.buf.len()))
            .finish()
    }
}

/// Adds a buffer to a writer, for fewer, larger writes; flushed when dropped.
pub struct BufWriter<W: ?Sized + Write> {
    buf: Vec<u8>,
    panicked: bool,
    inner: W,
}

/// `BufWriter::into_inner`'s error: flushing failed; the writer is given back.
#[derive(Debug)]
pub struct IntoInnerError<W>(W, Error);

impl<W> IntoInnerError<W> {
    pub fn error(&self) -> &Error {
        &self.1
    }

    pub fn into_inner(self) -> W {
        self.0
    }

    pub fn into_error(self) -> Error {
        self.1
    }
}

impl<W> fmt::Display for IntoInnerError<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.1, f)
    }
}

impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> {
        BufWriter::with_capacity(DEFAULT_BUF_SIZE, inner)
    }

    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { buf: Vec::with_capacity(capacity), panicked: false, inner }
    }

    /// Flushes the buffer and returns the writer.
    pub fn into_inner(mut self) -> core::result::Result<W, IntoInnerError<BufWriter<W>>> {
        match self.flush_buf() {
            Err(e) => Err(IntoInnerError(self, e)),
            Ok(()) => {
                let me = core::mem::ManuallyDrop::new(self);
                // Move the fields out without running `Drop` (which would flush again).
                unsafe {
                    drop(core::ptr::read(&me.buf));
                    Ok(core::ptr::read(&me.inner))
                }
            }
        }
    }
}

impl<W: ?Sized + Write> BufWriter<W> {
    /// Writes the buffer to the inner writer.
    fn flush_buf(&mut self) -> Result<()> {
        let mut written = 0;
        let len = self.buf.len();
        let mut ret = Ok(());
        while written < len {
            self.panicked = true;
            let r = self.inner.write(&self.buf[written..]);
            self.panicked = false;
            match r {
                Ok(0) => {
                    ret = Err(Error::const_error(super::ErrorKind::WriteZero, "failed to write the buffered data"));
                    break;
                }
                Ok(n) => written += n,
                Err(ref e) if e.kind() == super::ErrorKind::Interrupted => {}
                Err(e) => {
                    ret = Err(e);
                    break;
                }
            }
        }
        self.buf.drain(..written);
        ret
    }

    pub fn get_ref(&self) -> &W {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut W {
        &mut self.inner
    }

    /// The buffered bytes.
    pub fn buffer(&self) -> &[u8] {
        &self.buf
    }

    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }
}

impl<W: ?Sized + Write> Write for BufWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        if self.buf.len() + buf.len() > self.buf.capacity() {
            self.flush_buf()?;
        }
        if buf.len() >= self.buf.capacity() {
            self.panicked = true;
            let r = self.inner.write(buf);
            self.panicked = false;
            r
        } else {
            self.buf.extend_from_slice(buf);
            Ok(buf.len())
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> Result<()> {
        if self.buf.len() + buf.len() > self.buf.capacity() {
            self.flush_buf()?;
        }
        if buf.len() >= self.buf.capacity() {
            self.panicked = true;
            let r = self.inner.write_all(buf);
            self.panicked = false;
            r
        } else {
            self.buf.extend_from_slice(buf);
            Ok(())
        }
    }

    fn flush(&mut self) -> Result<()> {
        self.flush_buf()?;
        self.inner.flush()
    }
}

impl<W: ?Sized + Write + Seek> Seek for BufWriter<W> {
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> {
        self.flush_buf()?;
        self.inner.seek(pos)
    }
}

impl<W: ?Sized + Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        if !self.panicked {
            // Errors are ignored here, as in Rust.
            let _ = self.flush_buf();
        }
    }
}

impl<W: ?Sized + Write + fmt::Debug> fmt::Debug for BufWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufWriter")
            .field("writer", &&self.inner)
            .field("buffer", &format_args!("{}/{}", self.buf.len(), self.buf.capacity()))
            .finish()
    }
}

/// A `BufWriter` that flushes at every newline.
pub struct LineWriter<W: ?Sized + Write> {
    inner: BufWriter<W>,
}

impl<W: Write> LineWriter<W> {
    pub fn new(inner: W) -> LineWriter<W> {
        LineWriter::with_capacity(1024, inner)
    }

    pub fn with_capacity(capacity: usize, inner: W) -> LineWriter<W> {
        LineWriter { inner: BufWriter::with_capacity(capacity, inner) }
    }

    pub fn into_inner(self) -> core::result::Result<W, IntoInnerError<LineWriter<W>>> {
        match self.inner.into_inner() {
            Ok(w) => Ok(w),
            Err(IntoInnerError(buf, e)) => Err(IntoInnerError(LineWriter { inner: buf }, e)),
        }
    }
}

impl<W: ?Sized + Write> LineWriter<W> {
    pub fn get_ref(&self) -> &W {
        self.inner.get_ref()
    }

    pub fn get_mut(&mut self) -> &mut W {
        self.inner.get_mut()
    }
}

impl<W: ?Sized + Write> Write for LineWriter<W> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        let mut last_newline = None;
        let mut i = buf.len();
        while i > 0 {
            i -= 1;
            if buf[i] == b'\n' {
                last_newline = Some(i);
                break;
            }
        }
        match last_newline {
            None => self.inner.write(buf),
            Some(i) => {
                self.inner.write_all(&buf[..=i])?;
                self.inner.flush_buf()?;
                self.inner.write_all(&buf[i + 1..])?;
                Ok(buf.len())
            }
        }
    }

    fn flush(&mut self) -> Result<()> {
        self.inner.flush()
    }
}

impl<W: ?Sized + Write + fmt::Debug> fmt::Debug for LineWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LineWriter").field("writer", &self.inner.get_ref()).finish_non_exhaustive()
    }
}

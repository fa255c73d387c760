//! `Cursor<T>`: an in-memory buffer with a position, readable, writable and seekable.

use alloc_crate::vec::Vec;

use super::{BufRead, Error, ErrorKind, Read, Result, Seek, SeekFrom, Write};

/// An in-memory buffer (`Vec<u8>`, `&[u8]`, ...) with a read/write position.
#[derive(Debug, Default, Clone, Eq, PartialEq)]
pub struct Cursor<T> {
    inner: T,
    pos: u64,
}

impl<T> Cursor<T> {
    pub const fn new(inner: T) -> Cursor<T> {
        Cursor { pos: 0, inner }
    }

    pub fn into_inner(self) -> T {
        self.inner
    }

    pub const fn get_ref(&self) -> &T {
        &self.inner
    }

    pub fn get_mut(&mut self) -> &mut T {
        &mut self.inner
    }

    pub const fn position(&self) -> u64 {
        self.pos
    }

    pub fn set_position(&mut self, pos: u64) {
        self.pos = pos;
    }
}

impl<T: AsRef<[u8]>> Cursor<T> {
    /// The bytes after the position.
    fn remaining_slice(&self) -> &[u8] {
        let data = self.inner.as_ref();
        let start = if (self.pos as usize) < data.len() { self.pos as usize } else { data.len() };
        &data[start..]
    }
}

impl<T: AsRef<[u8]>> Seek for Cursor<T> {
    fn seek(&mut self, style: SeekFrom) -> Result<u64> {
        let (base, offset) = match style {
            SeekFrom::Start(n) => {
                self.pos = n;
                return Ok(n);
            }
            SeekFrom::End(n) => (self.inner.as_ref().len() as u64, n),
            SeekFrom::Current(n) => (self.pos, n),
        };
        let new = if offset >= 0 { base.checked_add(offset as u64) } else { base.checked_sub(offset.wrapping_neg() as u64) };
        match new {
            Some(n) => {
                self.pos = n;
                Ok(self.pos)
            }
            None => Err(Error::const_error(ErrorKind::InvalidInput, "invalid seek to a negative or overflowing position")),
        }
    }
}

impl<T: AsRef<[u8]>> Read for Cursor<T> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = Read::read(&mut self.remaining_slice(), buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<T: AsRef<[u8]>> BufRead for Cursor<T> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(self.remaining_slice())
    }

    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
    }
}

/// Writes `buf` into `vec` at `pos`, overwriting and extending (with zeros up to `pos`).
fn vec_write(pos_mut: &mut u64, vec: &mut Vec<u8>, buf: &[u8]) -> Result<usize> {
    let pos = *pos_mut as usize;
    if vec.len() < pos {
        vec.resize(pos, 0);
    }
    let overlap = if vec.len() - pos < buf.len() { vec.len() - pos } else { buf.len() };
    vec[pos..pos + overlap].copy_from_slice(&buf[..overlap]);
    vec.extend_from_slice(&buf[overlap..]);
    *pos_mut += buf.len() as u64;
    Ok(buf.len())
}

impl Write for Cursor<Vec<u8>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        vec_write(&mut self.pos, &mut self.inner, buf)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for Cursor<&mut Vec<u8>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        vec_write(&mut self.pos, self.inner, buf)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for Cursor<&mut [u8]> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        let len = self.inner.len();
        let pos = if (self.pos as usize) < len { self.pos as usize } else { len };
        let n = Write::write(&mut &mut self.inner[pos..], buf)?;
        self.pos += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl<const N: usize> Write for Cursor<[u8; N]> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        let pos = if (self.pos as usize) < N { self.pos as usize } else { N };
        let n = Write::write(&mut &mut self.inner[pos..], buf)?;
        self.pos += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

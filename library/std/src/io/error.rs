//! `io::Error`: an operating system error code, a kind with an optional fixed message, or
//! a boxed error of any type; and `ErrorKind`, the portable classification.

use core::fmt;

use alloc_crate::boxed::Box;

use crate::error;
use crate::sys;

/// The result of an I/O operation.
pub type Result<T> = core::result::Result<T, Error>;

/// The error of I/O operations.
pub struct Error {
    repr: Repr,
}

enum Repr {
    /// An `errno` value.
    Os(i32),
    Simple(ErrorKind),
    SimpleMessage(ErrorKind, &'static str),
    Custom(Box<Custom>),
}

#[derive(Debug)]
struct Custom {
    kind: ErrorKind,
    error: Box<dyn error::Error>,
}

/// The kinds of I/O errors, with the names and messages Rust gives them.
#[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    ConnectionReset,
    HostUnreachable,
    NetworkUnreachable,
    ConnectionAborted,
    NotConnected,
    AddrInUse,
    AddrNotAvailable,
    NetworkDown,
    BrokenPipe,
    AlreadyExists,
    WouldBlock,
    NotADirectory,
    IsADirectory,
    DirectoryNotEmpty,
    ReadOnlyFilesystem,
    StaleNetworkFileHandle,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    StorageFull,
    NotSeekable,
    QuotaExceeded,
    FileTooLarge,
    ResourceBusy,
    ExecutableFileBusy,
    Deadlock,
    CrossesDevices,
    TooManyLinks,
    InvalidFilename,
    ArgumentListTooLong,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
    #[doc(hidden)]
    Uncategorized,
}

impl ErrorKind {
    pub(crate) fn as_str(&self) -> &'static str {
        use ErrorKind::*;
        match *self {
            NotFound => "entity not found",
            PermissionDenied => "permission denied",
            ConnectionRefused => "connection refused",
            ConnectionReset => "connection reset",
            HostUnreachable => "host unreachable",
            NetworkUnreachable => "network unreachable",
            ConnectionAborted => "connection aborted",
            NotConnected => "not connected",
            AddrInUse => "address in use",
            AddrNotAvailable => "address not available",
            NetworkDown => "network down",
            BrokenPipe => "broken pipe",
            AlreadyExists => "entity already exists",
            WouldBlock => "operation would block",
            NotADirectory => "not a directory",
            IsADirectory => "is a directory",
            DirectoryNotEmpty => "directory not empty",
            ReadOnlyFilesystem => "read-only filesystem or storage medium",
            StaleNetworkFileHandle => "stale network file handle",
            InvalidInput => "invalid input parameter",
            InvalidData => "invalid data",
            TimedOut => "timed out",
            WriteZero => "write zero",
            StorageFull => "no storage space",
            NotSeekable => "seek on unseekable file",
            QuotaExceeded => "quota exceeded",
            FileTooLarge => "file too large",
            ResourceBusy => "resource busy",
            ExecutableFileBusy => "executable file busy",
            Deadlock => "deadlock",
            CrossesDevices => "cross-device link or rename",
            TooManyLinks => "too many links",
            InvalidFilename => "invalid filename",
            ArgumentListTooLong => "argument list too long",
            Interrupted => "operation interrupted",
            Unsupported => "unsupported",
            UnexpectedEof => "unexpected end of file",
            OutOfMemory => "out of memory",
            Other => "other error",
            Uncategorized => "uncategorized error",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a Linux `errno` value.
fn decode_error_kind(errno: i32) -> ErrorKind {
    use ErrorKind::*;
    match errno {
        1 | 13 => PermissionDenied,
        2 => NotFound,
        4 => Interrupted,
        7 => ArgumentListTooLong,
        11 => WouldBlock,
        12 => OutOfMemory,
        16 => ResourceBusy,
        17 => AlreadyExists,
        18 => CrossesDevices,
        20 => NotADirectory,
        21 => IsADirectory,
        22 => InvalidInput,
        26 => ExecutableFileBusy,
        27 => FileTooLarge,
        28 => StorageFull,
        29 => NotSeekable,
        30 => ReadOnlyFilesystem,
        31 => TooManyLinks,
        32 => BrokenPipe,
        35 => Deadlock,
        36 => InvalidFilename,
        38 => Unsupported,
        39 => DirectoryNotEmpty,
        98 => AddrInUse,
        99 => AddrNotAvailable,
        100 => NetworkDown,
        101 => NetworkUnreachable,
        103 => ConnectionAborted,
        104 => ConnectionReset,
        107 => NotConnected,
        110 => TimedOut,
        111 => ConnectionRefused,
        113 => HostUnreachable,
        116 => StaleNetworkFileHandle,
        122 => QuotaExceeded,
        _ => Uncategorized,
    }
}

/// Writes the C library's message for `errno`.
fn write_os_message(f: &mut fmt::Formatter<'_>, errno: i32) -> fmt::Result {
    let mut buf = [0u8; 128];
    let n = sys::error_string(errno, &mut buf);
    match core::str::from_utf8(&buf[..n]) {
        Ok(s) => f.write_str(s),
        Err(_) => f.write_str("Unknown error"),
    }
}

impl Error {
    /// An error of `kind` carrying `error` (anything convertible into a boxed error, such
    /// as a `&str` or a `String`).
    pub fn new<E: Into<Box<dyn error::Error>>>(kind: ErrorKind, error: E) -> Error {
        Error { repr: Repr::Custom(Box::new(Custom { kind, error: error.into() })) }
    }

    /// An error of kind `Other` carrying `error`.
    pub fn other<E: Into<Box<dyn error::Error>>>(error: E) -> Error {
        Error::new(ErrorKind::Other, error)
    }

    /// The error of the last failed system call (`errno`).
    pub fn last_os_error() -> Error {
        Error::from_raw_os_error(sys::errno())
    }

    #[inline]
    pub fn from_raw_os_error(code: i32) -> Error {
        Error { repr: Repr::Os(code) }
    }

    /// An error with a fixed message (what `std` itself reports, e.g. for `read_exact`).
    #[inline]
    pub(crate) const fn const_error(kind: ErrorKind, message: &'static str) -> Error {
        Error { repr: Repr::SimpleMessage(kind, message) }
    }

    pub fn raw_os_error(&self) -> Option<i32> {
        match self.repr {
            Repr::Os(code) => Some(code),
            _ => None,
        }
    }

    pub fn get_ref(&self) -> Option<&(dyn error::Error + 'static)> {
        match &self.repr {
            Repr::Custom(c) => Some(&*c.error),
            _ => None,
        }
    }

    pub fn get_mut(&mut self) -> Option<&mut (dyn error::Error + 'static)> {
        match &mut self.repr {
            Repr::Custom(c) => Some(&mut *c.error),
            _ => None,
        }
    }

    pub fn into_inner(self) -> Option<Box<dyn error::Error>> {
        match self.repr {
            Repr::Custom(c) => Some(c.error),
            _ => None,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match &self.repr {
            Repr::Os(code) => decode_error_kind(*code),
            Repr::Simple(kind) => *kind,
            Repr::SimpleMessage(kind, _) => *kind,
            Repr::Custom(c) => c.kind,
        }
    }
}

impl From<ErrorKind> for Error {
    #[inline]
    fn from(kind: ErrorKind) -> Error {
        Error { repr: Repr::Simple(kind) }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Os(code) => {
                struct Message(i32);
                impl fmt::Debug for Message {
                    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("\"")?;
                        write_os_message(f, self.0)?;
                        f.write_str("\"")
                    }
                }
                f.debug_struct("Os").field("code", code).field("kind", &decode_error_kind(*code)).field("message", &Message(*code)).finish()
            }
            Repr::Simple(kind) => f.debug_tuple("Kind").field(kind).finish(),
            Repr::SimpleMessage(kind, message) => f.debug_struct("Error").field("kind", kind).field("message", message).finish(),
            Repr::Custom(c) => fmt::Debug::fmt(&**c, f),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Os(code) => {
                write_os_message(f, *code)?;
                write!(f, " (os error {code})")
            }
            Repr::Simple(kind) => f.write_str(kind.as_str()),
            Repr::SimpleMessage(_, message) => f.write_str(message),
            Repr::Custom(c) => fmt::Display::fmt(&*c.error, f),
        }
    }
}

impl error::Error for Error {
    fn source(&self) -> Option<&(dyn error::Error + 'static)> {
        match &self.repr {
            Repr::Custom(c) => c.error.source(),
            _ => None,
        }
    }
}

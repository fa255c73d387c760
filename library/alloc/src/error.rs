//! `Error` for `alloc`'s types, and the conversions into `Box<dyn Error>` that `?` uses
//! (any error, a `String`, a `&str`).
//!
//! Rust has the same conversions into `Box<dyn Error + Send + Sync>`; smelt's `Send` and
//! `Sync` are not auto traits yet, so that type cannot be written.

use core::error::Error;
use core::fmt;

use crate::boxed::Box;
use crate::string::String;

impl<T: Error> Error for Box<T> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}

impl Error for crate::string::FromUtf8Error {}
impl Error for crate::string::FromUtf16Error {}

impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
    fn from(err: E) -> Box<dyn Error + 'a> {
        Box::new(err)
    }
}

/// A message as an error (what `Box<dyn Error>::from(String)` holds); it prints as the
/// string does, with quotes under `Debug`.
struct StringError(String);

impl Error for StringError {}

impl fmt::Display for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl fmt::Debug for StringError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<'a> From<String> for Box<dyn Error + 'a> {
    fn from(err: String) -> Box<dyn Error + 'a> {
        Box::new(StringError(err))
    }
}

impl<'a, 'b> From<&'b str> for Box<dyn Error + 'a> {
    fn from(err: &'b str) -> Box<dyn Error + 'a> {
        Box::new(StringError(String::from(err)))
    }
}

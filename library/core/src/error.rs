//! The `Error` trait: what errors have in common (a message, an optional cause).

use crate::fmt::{Debug, Display};

/// An error: printable for users (`Display`) and programmers (`Debug`), with an optional
/// lower-level cause.
pub trait Error: Debug + Display {
    /// The lower-level error that caused this one, if any.
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        None
    }

    #[deprecated(note = "use the Display impl or to_string()")]
    fn description(&self) -> &str {
        "description() is deprecated; use Display"
    }

    #[deprecated(note = "replaced by Error::source, which can support downcasting")]
    #[allow(deprecated)]
    fn cause(&self) -> Option<&dyn Error> {
        self.source()
    }
}

impl<'a, E: Error + ?Sized> Error for &'a E {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(&**self)
    }
}

impl Error for crate::fmt::Error {}
impl Error for crate::num::ParseIntError {}
impl Error for crate::num::ParseFloatError {}
impl Error for crate::num::TryFromIntError {}
impl Error for crate::str::ParseBoolError {}
impl Error for crate::char::ParseCharError {}
impl Error for crate::char::DecodeUtf16Error {}
impl Error for crate::array::TryFromSliceError {}
impl Error for crate::cell::BorrowError {}
impl Error for crate::cell::BorrowMutError {}

//! Ending the process and `main`'s result.

use core::fmt;

use crate::sys;

/// Ends the process with `code`, after flushing standard output.
pub fn exit(code: i32) -> ! {
    crate::io::cleanup();
    sys::exit_process(code)
}

/// Ends the process abnormally (`SIGABRT`).
pub fn abort() -> ! {
    sys::abort_process()
}

/// The status a program exits with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    pub const SUCCESS: ExitCode = ExitCode(0);
    pub const FAILURE: ExitCode = ExitCode(1);

    pub fn to_i32(self) -> i32 {
        self.0 as i32
    }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> ExitCode {
        ExitCode(code)
    }
}

/// What `main` may return.
#[lang = "termination"]
pub trait Termination {
    fn report(self) -> ExitCode;
}

impl Termination for () {
    #[inline]
    fn report(self) -> ExitCode {
        ExitCode::SUCCESS
    }
}

impl Termination for ExitCode {
    #[inline]
    fn report(self) -> ExitCode {
        self
    }
}

impl<T: Termination, E: fmt::Debug> Termination for Result<T, E> {
    fn report(self) -> ExitCode {
        match self {
            Ok(val) => val.report(),
            Err(err) => {
                crate::io::_eprint(format_args!("Error: {err:?}\n"));
                ExitCode::FAILURE
            }
        }
    }
}

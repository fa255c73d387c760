//! The panic handler: prints `thread 'main' (id) panicked at file:line:col:` and the message
//! to standard error, then ends the process with status 101 (smelt does not unwind yet).

use core::fmt;
use core::panic::PanicInfo;

use crate::sys;

/// Called by `core`'s panic functions.
#[no_mangle]
pub fn __smelt_panic_handler(info: &PanicInfo<'_>) -> ! {
    let tid = sys::thread_id();
    let location = match info.location() {
        Some(l) => l,
        None => sys::abort_process(),
    };
    crate::io::_eprint(format_args!(
        "\nthread 'main' ({}) panicked at {}:{}:{}:\n{}\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n",
        tid,
        location.file(),
        location.line(),
        location.column(),
        info.message()
    ));
    crate::io::cleanup();
    sys::exit_process(101)
}


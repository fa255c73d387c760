//! The runtime: what runs before and after `main`.

use crate::process::Termination;

/// The program's entry: the C `main` smelt generates calls this with `main` and the
/// process arguments.
#[lang = "start"]
fn lang_start<T: Termination + 'static>(main: fn() -> T, argc: isize, argv: *const *const u8) -> isize {
    unsafe { crate::sys::init(argc, argv) };
    let code = main().report().to_i32();
    crate::io::cleanup();
    code as isize
}

//! Platform-specific items. `os::raw` holds the C types of this target.

pub mod raw {
    //! The C types of this target (the same as `core::ffi`'s).
    pub use core::ffi::{
        c_char, c_double, c_float, c_int, c_long, c_longlong, c_schar, c_short, c_uchar, c_uint, c_ulong, c_ulonglong, c_ushort,
        c_void,
    };
}

//! The platform layer: everything `std` needs from the operating system, behind one
//! interface. Linux (through the C library) is the one implementation so far.

mod linux;

pub use linux::*;

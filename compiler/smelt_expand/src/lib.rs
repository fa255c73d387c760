//! Macro expansion: `#[cfg]` stripping, `mod x;` loading, the standard library injection,
//! `macro_rules!` (the `mbe` engine), built-in macros and derives. The result is a crate
//! without macro invocations, ready for name resolution.
//!
//! Architecture invariant: expansion works on syntax only. It never resolves names other
//! than macros' (and `$crate`), and it reports everything it rejects with a span.

mod base;
pub mod builtin;
pub mod cfg;
mod check_attrs;
mod expand;
mod inject;
pub mod mbe;
mod module;

pub use base::{
    CrateMacros, ExpandConfig, FileLoader, MacroImpl, MacroStore, RealFileLoader, SyntaxExtension,
};
pub use cfg::CfgSet;
pub use expand::{expand_crate, Expander, Fragment, Position};

//! The type system's data: interned types (`Ty`, `TyKind`), the query database `TyCtxt`,
//! ADT and generics definitions, layouts, inference variables and trait solving. Type
//! checking (`smelt_typeck`) fills the queries in; MIR building, monomorphisation and code
//! generation read them.
//!
//! Architecture invariant: a `Ty` is a `u32` handle into the `TyCtxt`'s interner; kinds are
//! `Copy` and hold only handles, so no lifetime ties the compiler's data to the context.

pub mod adt;
pub mod assoc;
pub mod consts;
pub mod context;
pub mod fast_reject;
pub mod fold;
pub mod generics;
pub mod impls;
pub mod infer;
pub mod instance;
pub mod layout;
pub mod print;
pub mod sty;
pub mod traits;
pub mod typeck_results;

pub use context::{CommonTypes, Providers, TyCtxt};
pub use fold::{Instantiate, TypeFlagsExt, TypeFoldable, TypeFolder, TypeVisitor};
pub use instance::{Instance, InstanceKind};
pub use sty::*;
pub use typeck_results::TypeckResults;

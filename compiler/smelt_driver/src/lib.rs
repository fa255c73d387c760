//! The `smelt` command: rustc's command line (`args`), the compilation pipeline from source
//! file to executable (`pipeline`, `codegen`), smelt's embedded standard library
//! (`library`), and `--print` answers (`print`).

pub mod args;
mod codegen;
pub mod driver;
pub mod library;
pub mod pipeline;
mod print;

/// Queries served by crates beyond type checking and MIR building.
fn extra_providers(providers: &mut smelt_ty::Providers) {
    smelt_const_eval::provide(providers);
}

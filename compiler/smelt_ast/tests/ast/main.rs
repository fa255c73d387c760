//! Tests of the AST's walkers, printer and dump on hand-built trees.

mod build;
mod deep;
mod dump;
mod kitchen;
mod pretty;
mod visit;

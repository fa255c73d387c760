//! A read-only walk over the AST.

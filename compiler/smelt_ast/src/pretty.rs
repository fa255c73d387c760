//! Printing the AST back as Rust source (`--emit=expanded`) and as text in diagnostics.

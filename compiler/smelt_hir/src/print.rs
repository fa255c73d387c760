//! The `--emit=hir` dump.

//! smelt_hir

//! smelt_resolve

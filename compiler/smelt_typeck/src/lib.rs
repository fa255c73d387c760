//! smelt_typeck

//! smelt_expand

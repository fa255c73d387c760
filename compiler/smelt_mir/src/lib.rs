//! smelt_mir

//! smelt_mir_build

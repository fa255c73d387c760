//! smelt_mir_opt

//! smelt_codegen

//! smelt_parse

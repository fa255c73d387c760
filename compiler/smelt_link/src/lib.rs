//! smelt_link

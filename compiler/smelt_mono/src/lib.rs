//! smelt_mono

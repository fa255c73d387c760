//! smelt_borrowck

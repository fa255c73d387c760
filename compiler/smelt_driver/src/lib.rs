//! smelt_driver

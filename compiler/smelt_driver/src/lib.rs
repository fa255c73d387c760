//! smelt_driver

pub mod args;

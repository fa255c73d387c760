//! The names every module of a program sees.

pub mod v1 {
    pub use core::prelude::v1::*;

    pub use alloc_crate::boxed::Box;
    pub use alloc_crate::borrow::ToOwned;
    pub use alloc_crate::string::{String, ToString};
    pub use alloc_crate::vec::Vec;
}

pub mod rust_2015 {
    pub use super::v1::*;
}

pub mod rust_2018 {
    pub use super::v1::*;
}

pub mod rust_2021 {
    pub use super::v1::*;
}

pub mod rust_2024 {
    pub use super::v1::*;
}

//! smelt_ty

//! Name resolution: definitions, modules, imports, and the resolution of every path.

pub mod def;
pub mod lang_items;

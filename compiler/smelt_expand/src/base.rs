//! What expansion works with: macro definitions (`SyntaxExtension`), the macros each crate of
//! the session exports, and how source files are read.

use std::io;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_span::{Edition, Span, Symbol};

use crate::builtin::{BuiltinDerive, BuiltinMacro};
use crate::mbe::MacroRules;

/// Reads source files for `mod x;` and `include!`. The driver provides one that reads the
/// file system and serves the library's embedded sources.
pub trait FileLoader {
    fn read_to_string(&self, path: &Path) -> io::Result<String>;
    fn exists(&self, path: &Path) -> bool;
}

/// Reads the real file system.
pub struct RealFileLoader;

impl FileLoader for RealFileLoader {
    fn read_to_string(&self, path: &Path) -> io::Result<String> {
        std::fs::read_to_string(path)
    }

    fn exists(&self, path: &Path) -> bool {
        path.is_file()
    }
}

/// How a macro expands.
#[derive(Clone)]
pub enum MacroImpl {
    Rules(Rc<MacroRules>),
    /// A compiler-implemented macro (`format_args!`, `line!`), declared in the library with
    /// `#[rustc_builtin_macro]`.
    Builtin(BuiltinMacro),
    /// A built-in `#[derive]`.
    Derive(BuiltinDerive),
    /// A `macro_rules!` definition with errors (reported); its uses expand to nothing.
    Failed,
}

/// A macro definition.
#[derive(Clone)]
pub struct SyntaxExtension {
    pub name: Symbol,
    pub kind: MacroImpl,
    pub def_site: Span,
    /// The crate that defines the macro; `$crate` in its expansion names it.
    pub def_crate: u32,
    /// The edition of the defining crate; the expansion is parsed in it.
    pub edition: Edition,
    /// `#[macro_export(local_inner_macros)]`
    pub local_inner_macros: bool,
    pub allow_internal_unstable: bool,
}

/// The macros one crate makes available to crates that depend on it: its
/// `#[macro_export]` macros and the macros its root re-exports with `pub use`.
#[derive(Default, Clone)]
pub struct CrateMacros {
    pub name: Symbol,
    pub exported: FxHashMap<Symbol, Rc<SyntaxExtension>>,
}

/// Every crate's exported macros, indexed by crate number.
#[derive(Default)]
pub struct MacroStore {
    pub crates: Vec<CrateMacros>,
}

impl MacroStore {
    pub fn crate_macros(&self, krate: u32) -> Option<&CrateMacros> {
        self.crates.get(krate as usize)
    }
}

/// What the expansion of one crate needs to know.
pub struct ExpandConfig<'a> {
    /// The number this crate will have in the crate store.
    pub crate_num: u32,
    pub crate_name: Symbol,
    pub edition: Edition,
    /// Whether this is one of smelt's library crates (which may use internal attributes).
    pub is_library: bool,
    /// The crate root file, for resolving `mod x;` and `include!` paths.
    pub root_path: PathBuf,
    pub loader: &'a dyn FileLoader,
    /// Crates that `extern crate` and paths may name, with their numbers.
    pub externs: Vec<(Symbol, u32)>,
    /// The `cfg` names and `name = "value"` pairs that hold.
    pub cfg: crate::cfg::CfgSet,
}

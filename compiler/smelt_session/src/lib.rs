//! The compilation session: the options the driver parsed from the command line, the target
//! description, and the tables every stage shares (source map, hygiene, interner, diagnostics).
//!
//! Architecture invariant: a `Session` is plain data handed to the stages; it never reads the
//! environment, the file system or the clock. The driver fills it in.

pub mod config;
pub mod progress;
pub mod target;

use std::cell::Cell;
use std::rc::Rc;

use smelt_errors::{DiagCtxt, Emitter, LintLevels};
use smelt_span::{HygieneData, Interner, SourceMap, Symbol};

pub use config::{CrateType, DebugInfo, OptLevel, Options, OutputType, PanicStrategy, Strip};
pub use target::{Endian, Target};

pub struct Session {
    pub opts: Options,
    pub source_map: Rc<SourceMap>,
    pub hygiene: Rc<HygieneData>,
    pub interner: Interner,
    pub dcx: DiagCtxt,
    pub lints: LintLevels,
    next_node_id: Cell<u32>,
}

impl Session {
    pub fn new(opts: Options, emitter: Box<dyn Emitter>) -> Session {
        let source_map = Rc::new(SourceMap::new());
        let hygiene = Rc::new(HygieneData::new());
        let dcx = DiagCtxt::new(emitter, source_map.clone(), hygiene.clone());
        let lints = LintLevels::new(opts.lint_cmdline.clone(), opts.cap_lints);
        Session {
            opts,
            source_map,
            hygiene,
            interner: Interner::new(),
            dcx,
            lints,
            next_node_id: Cell::new(0),
        }
    }

    pub fn intern(&self, s: &str) -> Symbol {
        self.interner.intern(s)
    }

    /// The text of a symbol.
    pub fn str(&self, sym: Symbol) -> &str {
        self.interner.get(sym)
    }

    /// A fresh id for an AST node.
    pub fn next_node_id(&self) -> u32 {
        let id = self.next_node_id.get();
        self.next_node_id.set(id + 1);
        id
    }

    /// Whether integer arithmetic checks for overflow (`-C overflow-checks`, or debug
    /// assertions when it is not given).
    pub fn overflow_checks(&self) -> bool {
        self.opts.overflow_checks
    }
}

//! The foundation every stage shares: source files and positions (`SourceMap`, `Span`),
//! interned names (`Symbol`), macro hygiene (`SyntaxContext`) and typed index vectors.
//!
//! Architecture invariant: this crate knows nothing of Rust's syntax beyond the names of its
//! keywords, and it never touches the file system; files arrive as strings from the driver.

pub mod hygiene;
pub mod index;
pub mod source_map;
pub mod symbol;

pub use hygiene::{
    ExpnData, ExpnId, ExpnKind, HygieneData, MacroKind, SyntaxContext, Transparency,
};
pub use index::{BitSet, Idx, IndexVec};
pub use source_map::{Loc, SourceFile, SourceMap};
pub use symbol::{kw, sym, Interner, Symbol};

/// A position in the session's global byte space (see `SourceMap`).
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct BytePos(pub u32);

/// A range of source text plus the macro expansion context it came from.
#[derive(Copy, Clone, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: BytePos,
    pub hi: BytePos,
    pub ctxt: SyntaxContext,
}

impl std::fmt::Debug for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.ctxt.is_root() {
            write!(f, "{}..{}", self.lo.0, self.hi.0)
        } else {
            write!(f, "{}..{}#{}", self.lo.0, self.hi.0, self.ctxt.as_u32())
        }
    }
}

impl Default for Span {
    fn default() -> Self {
        Span::DUMMY
    }
}

impl Span {
    pub const DUMMY: Span = Span {
        lo: BytePos(0),
        hi: BytePos(0),
        ctxt: SyntaxContext::ROOT,
    };

    pub fn new(lo: BytePos, hi: BytePos) -> Span {
        Span {
            lo,
            hi,
            ctxt: SyntaxContext::ROOT,
        }
    }

    pub fn with_ctxt(self, ctxt: SyntaxContext) -> Span {
        Span { ctxt, ..self }
    }

    pub fn is_dummy(self) -> bool {
        self.lo.0 == 0 && self.hi.0 == 0
    }

    /// The smallest span covering both; keeps `self`'s context.
    pub fn to(self, end: Span) -> Span {
        if self.is_dummy() {
            return end;
        }
        if end.is_dummy() {
            return self;
        }
        Span {
            lo: self.lo.min(end.lo),
            hi: self.hi.max(end.hi),
            ctxt: self.ctxt,
        }
    }

    /// From the start of `self` to the start of `end`.
    pub fn until(self, end: Span) -> Span {
        Span {
            lo: self.lo,
            hi: end.lo.max(self.lo),
            ctxt: self.ctxt,
        }
    }

    /// From the end of `self` to the start of `end`.
    pub fn between(self, end: Span) -> Span {
        Span {
            lo: self.hi,
            hi: end.lo.max(self.hi),
            ctxt: self.ctxt,
        }
    }

    pub fn shrink_to_lo(self) -> Span {
        Span {
            hi: self.lo,
            ..self
        }
    }

    pub fn shrink_to_hi(self) -> Span {
        Span {
            lo: self.hi,
            ..self
        }
    }

    pub fn contains(self, other: Span) -> bool {
        self.lo <= other.lo && other.hi <= self.hi
    }

    pub fn len(self) -> u32 {
        self.hi.0.saturating_sub(self.lo.0)
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The sub-span `[lo, hi)` in bytes relative to this span's start.
    pub fn sub(self, lo: u32, hi: u32) -> Span {
        Span {
            lo: BytePos(self.lo.0 + lo),
            hi: BytePos(self.lo.0 + hi),
            ctxt: self.ctxt,
        }
    }
}

/// A name with the span it was written at; hygiene lives in `span.ctxt`.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub struct Ident {
    pub name: Symbol,
    pub span: Span,
}

impl Ident {
    pub fn new(name: Symbol, span: Span) -> Ident {
        Ident { name, span }
    }

    pub fn with_dummy_span(name: Symbol) -> Ident {
        Ident {
            name,
            span: Span::DUMMY,
        }
    }

    pub fn empty() -> Ident {
        Ident::with_dummy_span(kw::Empty)
    }
}

/// The Rust edition a crate is compiled in.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Edition {
    E2015,
    E2018,
    E2021,
    E2024,
}

impl Edition {
    pub fn parse(s: &str) -> Option<Edition> {
        Some(match s {
            "2015" => Edition::E2015,
            "2018" => Edition::E2018,
            "2021" => Edition::E2021,
            "2024" => Edition::E2024,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Edition::E2015 => "2015",
            Edition::E2018 => "2018",
            Edition::E2021 => "2021",
            Edition::E2024 => "2024",
        }
    }
}

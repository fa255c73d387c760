//! Macro hygiene, after rustc's model. Every macro expansion gets an `ExpnId` recording where it
//! was called; every token it produces carries a `SyntaxContext`, a chain of expansion marks.
//! Name resolution compares contexts so that a `let x` written inside a `macro_rules!` body
//! does not capture the caller's `x` (mixed-site hygiene), while items stay visible.

use std::cell::RefCell;

use crate::{newtype_index, Span, Symbol};

newtype_index! {
    /// One macro expansion (or compiler desugaring).
    pub struct ExpnId;
}

newtype_index! {
    /// A chain of expansion marks carried by a span.
    pub struct SyntaxContext;
}

impl ExpnId {
    pub const ROOT: ExpnId = ExpnId::from_u32(0);
}

impl SyntaxContext {
    pub const ROOT: SyntaxContext = SyntaxContext::from_u32(0);

    pub fn is_root(self) -> bool {
        self == SyntaxContext::ROOT
    }
}

/// How a mark affects name resolution, as in rustc.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Transparency {
    /// Identifiers resolve as if written at the call site (built-in macros' own code).
    Transparent,
    /// Local variables and labels are hygienic, items are not (`macro_rules!`).
    SemiTransparent,
    /// Everything is hygienic (`macro` 2.0).
    Opaque,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum MacroKind {
    Bang,
    Attr,
    Derive,
}

/// What produced an expansion.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ExpnKind {
    Root,
    Macro(MacroKind, Symbol),
    /// A compiler desugaring (`for` loops, `?`), named for diagnostics.
    Desugaring(DesugaringKind),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum DesugaringKind {
    ForLoop,
    QuestionMark,
    WhileLoop,
    FormatArgs,
    RangeExpr,
}

#[derive(Clone, Debug)]
pub struct ExpnData {
    pub kind: ExpnKind,
    pub parent: ExpnId,
    /// The span of the macro call (`println!("...")`).
    pub call_site: Span,
    /// The span of the macro definition.
    pub def_site: Span,
    /// Whether the macro came from `#[macro_export(local_inner_macros)]`.
    pub local_inner_macros: bool,
    /// Whether the macro's own code may use unstable library internals.
    pub allow_internal_unstable: bool,
    /// The crate (number) that defines the macro, which `$crate` names.
    pub def_crate: Option<u32>,
}

#[derive(Clone, Debug)]
struct SyntaxContextData {
    outer_expn: ExpnId,
    outer_transparency: Transparency,
    parent: SyntaxContext,
    /// This context with all but opaque marks removed.
    opaque: SyntaxContext,
    /// This context with transparent marks removed.
    opaque_and_semitransparent: SyntaxContext,
}

/// The session's table of expansions and syntax contexts.
pub struct HygieneData {
    inner: RefCell<Inner>,
}

struct Inner {
    expns: Vec<ExpnData>,
    contexts: Vec<SyntaxContextData>,
    /// Memo of `apply_mark`, so equal mark chains share one context.
    marks: rustc_hash::FxHashMap<(SyntaxContext, ExpnId, Transparency), SyntaxContext>,
}

impl Default for HygieneData {
    fn default() -> Self {
        Self::new()
    }
}

impl HygieneData {
    pub fn new() -> HygieneData {
        let root = ExpnData {
            kind: ExpnKind::Root,
            parent: ExpnId::ROOT,
            call_site: Span::DUMMY,
            def_site: Span::DUMMY,
            local_inner_macros: false,
            allow_internal_unstable: false,
            def_crate: None,
        };
        let root_ctxt = SyntaxContextData {
            outer_expn: ExpnId::ROOT,
            outer_transparency: Transparency::Opaque,
            parent: SyntaxContext::ROOT,
            opaque: SyntaxContext::ROOT,
            opaque_and_semitransparent: SyntaxContext::ROOT,
        };
        HygieneData {
            inner: RefCell::new(Inner {
                expns: vec![root],
                contexts: vec![root_ctxt],
                marks: Default::default(),
            }),
        }
    }

    pub fn fresh_expn(&self, data: ExpnData) -> ExpnId {
        let mut inner = self.inner.borrow_mut();
        let id = ExpnId::from_u32(inner.expns.len() as u32);
        inner.expns.push(data);
        id
    }

    pub fn expn_data(&self, expn: ExpnId) -> ExpnData {
        self.inner.borrow().expns[expn.as_usize()].clone()
    }

    pub fn outer_expn(&self, ctxt: SyntaxContext) -> ExpnId {
        self.inner.borrow().contexts[ctxt.as_usize()].outer_expn
    }

    pub fn outer_transparency(&self, ctxt: SyntaxContext) -> Transparency {
        self.inner.borrow().contexts[ctxt.as_usize()].outer_transparency
    }

    pub fn parent_ctxt(&self, ctxt: SyntaxContext) -> SyntaxContext {
        self.inner.borrow().contexts[ctxt.as_usize()].parent
    }

    /// The context as `macro_rules!` hygiene sees it: transparent marks removed.
    pub fn normalize_to_macro_rules(&self, ctxt: SyntaxContext) -> SyntaxContext {
        self.inner.borrow().contexts[ctxt.as_usize()].opaque_and_semitransparent
    }

    /// The context as `macro` 2.0 hygiene sees it: only opaque marks kept.
    pub fn normalize_to_macros_2_0(&self, ctxt: SyntaxContext) -> SyntaxContext {
        self.inner.borrow().contexts[ctxt.as_usize()].opaque
    }

    /// Extends `ctxt` with a mark of `expn`. The normalized chains (`opaque`,
    /// `opaque_and_semitransparent`) are extended only by marks at least that opaque; all three
    /// share one memo keyed by (parent, mark), so equal chains are one context.
    pub fn apply_mark(
        &self,
        ctxt: SyntaxContext,
        expn: ExpnId,
        transparency: Transparency,
    ) -> SyntaxContext {
        let (mut opaque, mut semi) = {
            let inner = self.inner.borrow();
            let data = &inner.contexts[ctxt.as_usize()];
            (data.opaque, data.opaque_and_semitransparent)
        };
        if transparency >= Transparency::Opaque {
            opaque = self.memo_ctxt(opaque, expn, transparency, |new| (new, new));
        }
        if transparency >= Transparency::SemiTransparent {
            semi = self.memo_ctxt(semi, expn, transparency, |new| (opaque, new));
        }
        self.memo_ctxt(ctxt, expn, transparency, |_| (opaque, semi))
    }

    /// The context `parent` + mark, created on first use; `normals` gives the new context's
    /// (opaque, opaque_and_semitransparent) from its own id.
    fn memo_ctxt(
        &self,
        parent: SyntaxContext,
        expn: ExpnId,
        transparency: Transparency,
        normals: impl FnOnce(SyntaxContext) -> (SyntaxContext, SyntaxContext),
    ) -> SyntaxContext {
        if let Some(&c) = self.inner.borrow().marks.get(&(parent, expn, transparency)) {
            return c;
        }
        let mut inner = self.inner.borrow_mut();
        let new = SyntaxContext::from_u32(inner.contexts.len() as u32);
        let (opaque, opaque_and_semitransparent) = normals(new);
        inner.contexts.push(SyntaxContextData {
            outer_expn: expn,
            outer_transparency: transparency,
            parent,
            opaque,
            opaque_and_semitransparent,
        });
        inner.marks.insert((parent, expn, transparency), new);
        new
    }

    /// Walks `span` out of macro expansions to the outermost call site written by the user.
    pub fn source_callsite(&self, mut span: Span) -> Span {
        let mut guard = 0;
        while !span.ctxt.is_root() && guard < 10_000 {
            let expn = self.outer_expn(span.ctxt);
            if expn == ExpnId::ROOT {
                break;
            }
            span = self.expn_data(expn).call_site;
            guard += 1;
        }
        span
    }

    /// Whether `span` comes from an expansion of the given kind (at any depth).
    pub fn in_expansion_of(&self, span: Span, f: impl Fn(&ExpnKind) -> bool) -> bool {
        let mut ctxt = span.ctxt;
        let mut guard = 0;
        while !ctxt.is_root() && guard < 10_000 {
            let data = self.expn_data(self.outer_expn(ctxt));
            if f(&data.kind) {
                return true;
            }
            ctxt = data.call_site.ctxt;
            guard += 1;
        }
        false
    }
}

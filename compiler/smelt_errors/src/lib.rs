//! Diagnostics: what a stage reports (`Diagnostic`), how it is built (`Diag`), who counts and
//! emits it (`DiagCtxt`), and how it is rendered (`HumanEmitter`, rustc's format through
//! annotate-snippets, and `JsonEmitter`, rustc's `--error-format=json`).
//!
//! Architecture invariant: a function that reported an error can return `ErrorGuaranteed`, and
//! error nodes in later IRs can only be built from one, so no error is silently swallowed and
//! no cascade of follow-on errors is reported for one mistake.

mod emitter;
mod json;
pub mod lint;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use rustc_hash::FxHashSet;
use smelt_span::{HygieneData, SourceMap, Span};

pub use emitter::{ColorConfig, HumanEmitter};
pub use json::JsonEmitter;
pub use lint::{Lint, LintLevel, LintLevelSource, LintLevels};

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Level {
    /// An internal compiler error.
    Bug,
    Error,
    Warning,
    Note,
    Help,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Bug => "error: internal compiler error",
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
            Level::Help => "help",
        }
    }
}

/// Proof that an error was emitted. Only `DiagCtxt` can make one.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ErrorGuaranteed(());

impl ErrorGuaranteed {
    /// For stages that learn of an error through another proof-carrying value; keep use rare.
    pub fn unchecked_claim_error_was_emitted() -> ErrorGuaranteed {
        ErrorGuaranteed(())
    }
}

/// A labelled span in a diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SpanLabel {
    pub span: Span,
    pub label: Option<String>,
    pub primary: bool,
}

/// A note or help attached to a diagnostic, with or without spans.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SubDiagnostic {
    pub level: Level,
    pub message: String,
    pub spans: Vec<SpanLabel>,
}

/// A replacement of the text under `span`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Suggestion {
    pub message: String,
    pub span: Span,
    pub replacement: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub level: Level,
    pub code: Option<&'static str>,
    pub message: String,
    pub spans: Vec<SpanLabel>,
    pub children: Vec<SubDiagnostic>,
    pub suggestions: Vec<Suggestion>,
    /// Where a lint's level came from; rendered after all other children.
    pub lint_notes: Vec<SubDiagnostic>,
}

impl Diagnostic {
    pub fn new(level: Level, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level,
            code: None,
            message: message.into(),
            spans: Vec::new(),
            children: Vec::new(),
            suggestions: Vec::new(),
            lint_notes: Vec::new(),
        }
    }

    pub fn primary_span(&self) -> Option<Span> {
        self.spans.iter().find(|l| l.primary).map(|l| l.span)
    }
}

/// Renders and writes diagnostics.
pub trait Emitter {
    fn emit_diagnostic(&mut self, diag: &Diagnostic, sm: &SourceMap, hygiene: &HygieneData);
    /// Writes a plain line such as `error: aborting due to 2 previous errors`.
    fn emit_summary(&mut self, level: Level, message: &str);
}

/// Collects rendered diagnostics in memory; for tests.
#[derive(Clone, Default)]
pub struct BufferEmitter {
    pub out: Rc<RefCell<String>>,
}

impl Emitter for BufferEmitter {
    fn emit_diagnostic(&mut self, diag: &Diagnostic, sm: &SourceMap, hygiene: &HygieneData) {
        let text = emitter::render(diag, sm, hygiene, false);
        let mut out = self.out.borrow_mut();
        out.push_str(&text);
        out.push_str("\n\n");
    }

    fn emit_summary(&mut self, level: Level, message: &str) {
        let mut out = self.out.borrow_mut();
        out.push_str(&format!("{}: {message}\n\n", level.as_str()));
    }
}

/// The session's diagnostic sink. It counts errors and warnings, drops exact duplicates and
/// applies the command-line lint caps.
pub struct DiagCtxt {
    inner: RefCell<DiagCtxtInner>,
    source_map: Rc<SourceMap>,
    hygiene: Rc<HygieneData>,
}

struct DiagCtxtInner {
    emitter: Box<dyn Emitter>,
    err_count: usize,
    warn_count: usize,
    codes: BTreeSet<&'static str>,
    seen: FxHashSet<Diagnostic>,
}

impl DiagCtxt {
    pub fn new(
        emitter: Box<dyn Emitter>,
        source_map: Rc<SourceMap>,
        hygiene: Rc<HygieneData>,
    ) -> Self {
        DiagCtxt {
            inner: RefCell::new(DiagCtxtInner {
                emitter,
                err_count: 0,
                warn_count: 0,
                codes: BTreeSet::new(),
                seen: FxHashSet::default(),
            }),
            source_map,
            hygiene,
        }
    }

    pub fn source_map(&self) -> &SourceMap {
        &self.source_map
    }

    pub fn hygiene(&self) -> &HygieneData {
        &self.hygiene
    }

    pub fn struct_err(&self, span: Span, message: impl Into<String>) -> Diag<'_> {
        Diag::new(self, Level::Error, message).with_span(span)
    }

    pub fn struct_warn(&self, span: Span, message: impl Into<String>) -> Diag<'_, ()> {
        Diag::new(self, Level::Warning, message).with_span(span)
    }

    /// A diagnostic of `level` (a lint's level is only known when it is emitted).
    pub fn struct_span(
        &self,
        level: Level,
        span: Span,
        message: impl Into<String>,
    ) -> Diag<'_, ()> {
        Diag::new(self, level, message).with_span(span)
    }

    /// An error without a span (command-line and file errors).
    pub fn struct_fatal(&self, message: impl Into<String>) -> Diag<'_> {
        Diag::new(self, Level::Error, message)
    }

    pub fn err(&self, span: Span, message: impl Into<String>) -> ErrorGuaranteed {
        self.struct_err(span, message).emit()
    }

    /// Reports an internal compiler error: a bug in smelt, never in the user's program.
    pub fn bug(&self, span: Span, message: impl Into<String>) -> ErrorGuaranteed {
        Diag::new(self, Level::Bug, message).with_span(span).emit()
    }

    pub fn emit(&self, mut diag: Diagnostic) -> Option<ErrorGuaranteed> {
        let lint_notes = std::mem::take(&mut diag.lint_notes);
        diag.children.extend(lint_notes);
        let mut inner = self.inner.borrow_mut();
        if !inner.seen.insert(diag.clone()) {
            return match diag.level {
                Level::Error | Level::Bug => Some(ErrorGuaranteed(())),
                _ => None,
            };
        }
        let proof = match diag.level {
            Level::Error | Level::Bug => {
                inner.err_count += 1;
                if let Some(code) = diag.code {
                    inner.codes.insert(code);
                }
                Some(ErrorGuaranteed(()))
            }
            Level::Warning => {
                inner.warn_count += 1;
                None
            }
            Level::Note | Level::Help => None,
        };
        inner
            .emitter
            .emit_diagnostic(&diag, &self.source_map, &self.hygiene);
        proof
    }

    pub fn emit_summary(&self, level: Level, message: &str) {
        self.inner.borrow_mut().emitter.emit_summary(level, message);
    }

    pub fn err_count(&self) -> usize {
        self.inner.borrow().err_count
    }

    pub fn warn_count(&self) -> usize {
        self.inner.borrow().warn_count
    }

    pub fn has_errors(&self) -> Option<ErrorGuaranteed> {
        (self.err_count() > 0).then_some(ErrorGuaranteed(()))
    }

    pub fn error_codes(&self) -> Vec<&'static str> {
        self.inner.borrow().codes.iter().copied().collect()
    }

    /// Prints rustc's closing lines: `error: aborting due to N previous errors; M warnings
    /// emitted` or `warning: M warnings emitted`.
    pub fn print_final_summary(&self) {
        let (errors, warnings) = (self.err_count(), self.warn_count());
        let warned = match warnings {
            0 => String::new(),
            1 => "1 warning emitted".to_string(),
            n => format!("{n} warnings emitted"),
        };
        if errors > 0 {
            let mut msg = match errors {
                1 => "aborting due to 1 previous error".to_string(),
                n => format!("aborting due to {n} previous errors"),
            };
            if !warned.is_empty() {
                msg.push_str("; ");
                msg.push_str(&warned);
            }
            self.emit_summary(Level::Error, &msg);
        } else if !warned.is_empty() {
            self.emit_summary(Level::Warning, &warned);
        }
    }
}

/// What emitting a diagnostic proves: `ErrorGuaranteed` for errors, nothing for warnings.
pub trait EmissionGuarantee {
    fn proof() -> Self;
}

impl EmissionGuarantee for ErrorGuaranteed {
    fn proof() -> Self {
        ErrorGuaranteed(())
    }
}

impl EmissionGuarantee for () {
    fn proof() -> Self {}
}

/// A diagnostic under construction. Emit it with `emit`; dropping it discards it.
#[must_use = "a diagnostic must be emitted with `.emit()`"]
pub struct Diag<'a, G: EmissionGuarantee = ErrorGuaranteed> {
    dcx: &'a DiagCtxt,
    pub diag: Diagnostic,
    _guarantee: std::marker::PhantomData<G>,
}

impl<'a, G: EmissionGuarantee> Diag<'a, G> {
    pub fn new(dcx: &'a DiagCtxt, level: Level, message: impl Into<String>) -> Diag<'a, G> {
        Diag {
            dcx,
            diag: Diagnostic::new(level, message),
            _guarantee: std::marker::PhantomData,
        }
    }

    fn with_span(mut self, span: Span) -> Self {
        self.diag.spans.push(SpanLabel {
            span,
            label: None,
            primary: true,
        });
        self
    }

    pub fn code(mut self, code: &'static str) -> Self {
        self.diag.code = Some(code);
        self
    }

    /// Labels the primary span, or adds a secondary label for any other span.
    pub fn span_label(mut self, span: Span, label: impl Into<String>) -> Self {
        let label = Some(label.into());
        if let Some(existing) = self
            .diag
            .spans
            .iter_mut()
            .find(|l| l.span == span && l.label.is_none())
        {
            existing.label = label;
        } else {
            self.diag.spans.push(SpanLabel {
                span,
                label,
                primary: false,
            });
        }
        self
    }

    /// An additional primary span (rendered with `^`).
    pub fn primary_span(mut self, span: Span, label: Option<String>) -> Self {
        self.diag.spans.push(SpanLabel {
            span,
            label,
            primary: true,
        });
        self
    }

    pub fn note(mut self, message: impl Into<String>) -> Self {
        self.diag.children.push(SubDiagnostic {
            level: Level::Note,
            message: message.into(),
            spans: Vec::new(),
        });
        self
    }

    pub fn span_note(mut self, span: Span, message: impl Into<String>) -> Self {
        let spans = vec![SpanLabel {
            span,
            label: None,
            primary: true,
        }];
        self.diag.children.push(SubDiagnostic {
            level: Level::Note,
            message: message.into(),
            spans,
        });
        self
    }

    pub fn help(mut self, message: impl Into<String>) -> Self {
        self.diag.children.push(SubDiagnostic {
            level: Level::Help,
            message: message.into(),
            spans: Vec::new(),
        });
        self
    }

    pub fn span_help(mut self, span: Span, message: impl Into<String>) -> Self {
        let spans = vec![SpanLabel {
            span,
            label: None,
            primary: true,
        }];
        self.diag.children.push(SubDiagnostic {
            level: Level::Help,
            message: message.into(),
            spans,
        });
        self
    }

    pub fn span_suggestion(
        mut self,
        span: Span,
        message: impl Into<String>,
        replacement: impl Into<String>,
    ) -> Self {
        self.diag.suggestions.push(Suggestion {
            message: message.into(),
            span,
            replacement: replacement.into(),
        });
        self
    }

    pub fn level(&self) -> Level {
        self.diag.level
    }

    pub fn emit(self) -> G {
        self.dcx.emit(self.diag);
        G::proof()
    }
}

#[cfg(test)]
mod tests;

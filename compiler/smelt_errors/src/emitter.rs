//! The human-readable emitter: rustc's terminal format, drawn by annotate-snippets (the renderer
//! rustc itself uses).

use std::io::Write;
use std::rc::Rc;

use annotate_snippets::{AnnotationKind, Group, Patch, Renderer, Snippet};
use smelt_span::{HygieneData, SourceFile, SourceMap, Span};

use crate::{Diagnostic, Emitter, Level, SpanLabel};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ColorConfig {
    Auto,
    Always,
    Never,
}

/// Writes diagnostics to standard error in rustc's format.
pub struct HumanEmitter {
    color: bool,
}

impl HumanEmitter {
    pub fn new(color: ColorConfig) -> HumanEmitter {
        use std::io::IsTerminal;
        let color = match color {
            ColorConfig::Always => true,
            ColorConfig::Never => false,
            ColorConfig::Auto => std::io::stderr().is_terminal(),
        };
        HumanEmitter { color }
    }
}

impl Emitter for HumanEmitter {
    fn emit_diagnostic(&mut self, diag: &Diagnostic, sm: &SourceMap, hygiene: &HygieneData) {
        let text = render(diag, sm, hygiene, self.color);
        let _ = writeln!(std::io::stderr().lock(), "{text}\n");
    }

    fn emit_summary(&mut self, level: Level, message: &str) {
        let text = render(
            &Diagnostic::new(level, message),
            &SourceMap::new(),
            &HygieneData::new(),
            self.color,
        );
        let _ = writeln!(std::io::stderr().lock(), "{text}\n");
    }
}

fn level_of(level: Level) -> annotate_snippets::Level<'static> {
    match level {
        Level::Bug | Level::Error => annotate_snippets::Level::ERROR,
        Level::Warning => annotate_snippets::Level::WARNING,
        Level::Note => annotate_snippets::Level::NOTE,
        Level::Help => annotate_snippets::Level::HELP,
    }
}

/// The span to show for `span`: spans produced inside macros defined in the library (or
/// without any source) are shown at the outermost call site in user code, like rustc does for
/// macros from other crates.
pub(crate) fn display_span(
    span: Span,
    sm: &SourceMap,
    hygiene: &HygieneData,
) -> Option<(Rc<SourceFile>, Span)> {
    let mut span = span;
    for _ in 0..10_000 {
        let file = sm.lookup_file(span.lo).filter(|_| !span.is_dummy());
        match file {
            Some(file) if !file.external || span.ctxt.is_root() => return Some((file, span)),
            _ if span.ctxt.is_root() => return file.map(|f| (f, span)),
            _ => {
                let expn = hygiene.outer_expn(span.ctxt);
                let call_site = hygiene.expn_data(expn).call_site;
                if call_site == span {
                    return None;
                }
                span = call_site;
            }
        }
    }
    None
}

struct Located<'d> {
    file: Rc<SourceFile>,
    range: std::ops::Range<usize>,
    label: Option<&'d str>,
    primary: bool,
}

fn locate<'d>(labels: &'d [SpanLabel], sm: &SourceMap, hygiene: &HygieneData) -> Vec<Located<'d>> {
    let mut out: Vec<Located<'d>> = Vec::new();
    for l in labels {
        if let Some((file, span)) = display_span(l.span, sm, hygiene) {
            let lo = file.relative(span.lo).min(file.src.len());
            let hi = file.relative(span.hi).clamp(lo, file.src.len());
            // Two labels mapped onto the same call site: keep the first.
            if out.iter().any(|o| {
                Rc::ptr_eq(&o.file, &file) && o.range == (lo..hi) && o.label == l.label.as_deref()
            }) {
                continue;
            }
            out.push(Located {
                file,
                range: lo..hi,
                label: l.label.as_deref(),
                primary: l.primary,
            });
        }
    }
    out
}

fn snippets<'d>(located: &'d [Located<'d>]) -> Vec<Snippet<'d, annotate_snippets::Annotation<'d>>> {
    // One snippet per file, in order of first appearance, primary files first.
    let mut files: Vec<&Rc<SourceFile>> = Vec::new();
    for l in located
        .iter()
        .filter(|l| l.primary)
        .chain(located.iter().filter(|l| !l.primary))
    {
        if !files.iter().any(|f| Rc::ptr_eq(f, &l.file)) {
            files.push(&l.file);
        }
    }
    files
        .into_iter()
        .map(|file| {
            let annotations = located
                .iter()
                .filter(|l| Rc::ptr_eq(&l.file, file))
                .map(|l| {
                    let kind = if l.primary {
                        AnnotationKind::Primary
                    } else {
                        AnnotationKind::Context
                    };
                    kind.span(l.range.clone()).label(l.label)
                });
            Snippet::source(&*file.src)
                .path(file.name.as_str())
                .annotations(annotations)
        })
        .collect()
}

/// Renders one diagnostic, without a trailing newline.
pub(crate) fn render(
    diag: &Diagnostic,
    sm: &SourceMap,
    hygiene: &HygieneData,
    color: bool,
) -> String {
    let message = match diag.level {
        Level::Bug => format!("internal compiler error: {}", diag.message),
        _ => diag.message.clone(),
    };
    let mut title = level_of(diag.level).primary_title(message);
    if let Some(code) = diag.code {
        title = title.id(code);
    }
    let located = locate(&diag.spans, sm, hygiene);
    let group = Group::with_title(title).elements(snippets(&located));

    let child_spans: Vec<Vec<Located<'_>>> = diag
        .children
        .iter()
        .map(|c| locate(&c.spans, sm, hygiene))
        .collect();
    // Children are rendered in order, as rustc does: a note with spans opens a new group, and
    // a note without spans (`= note: ..`) goes at the end of the group before it.
    let mut groups = vec![group];
    for (child, located) in diag.children.iter().zip(&child_spans) {
        if located.is_empty() {
            let last = groups.pop().expect("the main group is never removed");
            groups.push(last.element(level_of(child.level).message(child.message.as_str())));
        } else {
            groups.push(
                Group::with_title(level_of(child.level).secondary_title(child.message.as_str()))
                    .elements(snippets(located)),
            );
        }
    }
    for s in &diag.suggestions {
        if let Some((file, span)) = display_span(s.span, sm, hygiene) {
            let lo = file.relative(span.lo).min(file.src.len());
            let hi = file.relative(span.hi).clamp(lo, file.src.len());
            groups.push(
                Group::with_title(
                    annotate_snippets::Level::HELP.secondary_title(s.message.as_str()),
                )
                .element(
                    Snippet::source(file.src.to_string())
                        .path(file.name.clone())
                        .patch(Patch::new(lo..hi, s.replacement.as_str())),
                ),
            );
        } else {
            let last = groups.pop().expect("the main group is never removed");
            groups.push(last.element(annotate_snippets::Level::HELP.message(s.message.as_str())));
        }
    }
    let report = groups;
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    renderer.render(&report)
}

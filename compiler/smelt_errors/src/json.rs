//! `--error-format=json`: one JSON object per line, in rustc's schema, so that cargo and
//! editors read smelt's diagnostics as they read rustc's.

use std::fmt::Write as _;
use std::io::Write;

use smelt_span::{HygieneData, SourceMap};

use crate::emitter::{display_span, render};
use crate::{Diagnostic, Emitter, Level, SpanLabel, SubDiagnostic};

/// Writes diagnostics as JSON lines to standard error.
pub struct JsonEmitter {
    /// Whether `rendered` carries ANSI colours (`--json=diagnostic-rendered-ansi`).
    pub ansi: bool,
}

impl Emitter for JsonEmitter {
    fn emit_diagnostic(&mut self, diag: &Diagnostic, sm: &SourceMap, hygiene: &HygieneData) {
        let rendered = format!("{}\n\n", render(diag, sm, hygiene, self.ansi));
        let mut out = String::new();
        write_diagnostic(&mut out, diag, sm, hygiene, Some(&rendered));
        let _ = writeln!(std::io::stderr().lock(), "{out}");
    }

    fn emit_summary(&mut self, level: Level, message: &str) {
        let diag = Diagnostic::new(level, message);
        let rendered = format!(
            "{}\n\n",
            render(&diag, &SourceMap::new(), &HygieneData::new(), self.ansi)
        );
        let mut out = String::new();
        write_diagnostic(
            &mut out,
            &diag,
            &SourceMap::new(),
            &HygieneData::new(),
            Some(&rendered),
        );
        let _ = writeln!(std::io::stderr().lock(), "{out}");
    }
}

pub(crate) fn escape(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Bug => "error: internal compiler error",
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Note => "note",
        Level::Help => "help",
    }
}

fn write_diagnostic(
    out: &mut String,
    diag: &Diagnostic,
    sm: &SourceMap,
    hygiene: &HygieneData,
    rendered: Option<&str>,
) {
    out.push_str("{\"$message_type\":\"diagnostic\",\"message\":");
    escape(out, &diag.message);
    out.push_str(",\"code\":");
    match diag.code {
        Some(code) => {
            out.push_str("{\"code\":");
            escape(out, code);
            out.push_str(",\"explanation\":null}");
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"level\":");
    escape(out, level_name(diag.level));
    write_spans(out, &diag.spans, sm, hygiene, None);
    out.push_str(",\"children\":[");
    for (i, child) in diag.children.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_child(out, child, sm, hygiene);
    }
    for (i, s) in diag.suggestions.iter().enumerate() {
        if i > 0 || !diag.children.is_empty() {
            out.push(',');
        }
        let child = SubDiagnostic {
            level: Level::Help,
            message: s.message.clone(),
            spans: vec![SpanLabel {
                span: s.span,
                label: None,
                primary: true,
            }],
        };
        out.push_str("{\"$message_type\":\"diagnostic\",\"message\":");
        escape(out, &child.message);
        out.push_str(",\"code\":null,\"level\":\"help\"");
        write_spans(out, &child.spans, sm, hygiene, Some(&s.replacement));
        out.push_str(",\"children\":[],\"rendered\":null}");
    }
    out.push_str("],\"rendered\":");
    match rendered {
        Some(r) => escape(out, r),
        None => out.push_str("null"),
    }
    out.push('}');
}

fn write_child(out: &mut String, child: &SubDiagnostic, sm: &SourceMap, hygiene: &HygieneData) {
    out.push_str("{\"$message_type\":\"diagnostic\",\"message\":");
    escape(out, &child.message);
    out.push_str(",\"code\":null,\"level\":");
    escape(out, level_name(child.level));
    write_spans(out, &child.spans, sm, hygiene, None);
    out.push_str(",\"children\":[],\"rendered\":null}");
}

fn write_spans(
    out: &mut String,
    spans: &[SpanLabel],
    sm: &SourceMap,
    hygiene: &HygieneData,
    replacement: Option<&str>,
) {
    out.push_str(",\"spans\":[");
    let mut first = true;
    for label in spans {
        let Some((file, span)) = display_span(label.span, sm, hygiene) else {
            continue;
        };
        let (Some(lo), Some(hi)) = (sm.lookup_char_pos(span.lo), sm.lookup_char_pos(span.hi))
        else {
            continue;
        };
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str("{\"file_name\":");
        escape(out, &file.name);
        let _ = write!(
            out,
            ",\"byte_start\":{},\"byte_end\":{},\"line_start\":{},\"line_end\":{},\"column_start\":{},\"column_end\":{},\"is_primary\":{},\"text\":[",
            file.relative(span.lo),
            file.relative(span.hi),
            lo.line,
            hi.line,
            lo.col + 1,
            hi.col + 1,
            label.primary
        );
        for line in lo.line..=hi.line {
            if line > lo.line {
                out.push(',');
            }
            let range = file.line_range(line - 1);
            let text = &file.src[range];
            let start = if line == lo.line { lo.col + 1 } else { 1 };
            let end = if line == hi.line {
                hi.col + 1
            } else {
                text.chars().count() + 1
            };
            out.push_str("{\"text\":");
            escape(out, text);
            let _ = write!(
                out,
                ",\"highlight_start\":{start},\"highlight_end\":{end}}}"
            );
        }
        out.push_str("],\"label\":");
        match &label.label {
            Some(l) => escape(out, l),
            None => out.push_str("null"),
        }
        out.push_str(",\"suggested_replacement\":");
        match replacement {
            Some(r) => {
                escape(out, r);
                out.push_str(",\"suggestion_applicability\":\"MaybeIncorrect\"");
            }
            None => out.push_str("null,\"suggestion_applicability\":null"),
        }
        out.push_str(",\"expansion\":null}");
    }
    out.push(']');
}

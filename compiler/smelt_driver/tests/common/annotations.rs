//! UI test annotations (`//~ ERROR ...`) and the diagnostics they are matched against.
//!
//! The syntax is rustc compiletest's:
//! - `//~ KIND text` — a diagnostic on this line;
//! - `//~^ KIND text` — on the line above (`^^` two above, and so on);
//! - `//~v KIND text` — on the line below (`vv` two below);
//! - `//~| KIND text` — on the same line as the previous annotation;
//! - `//~? KIND text` — a diagnostic without a line in this file.
//!
//! KIND is `ERROR`, `WARN` (or `WARNING`), `NOTE` or `HELP`; a `:` after it is allowed. The
//! text matches a diagnostic whose code equals it (`E0308`, `unused_variables`) or whose
//! message contains it (`mismatched types`). Every annotation must match a diagnostic of its
//! kind on its line, and every error must be matched by an annotation; warnings, notes and
//! helps are checked only where annotated.

use super::json;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Error,
    Warning,
    Note,
    Help,
}

impl Kind {
    fn parse(word: &str) -> Option<Kind> {
        match word.to_ascii_uppercase().as_str() {
            "ERROR" => Some(Kind::Error),
            "WARN" | "WARNING" => Some(Kind::Warning),
            "NOTE" => Some(Kind::Note),
            "HELP" => Some(Kind::Help),
            _ => None,
        }
    }

    /// The `level` of a JSON diagnostic of this kind.
    pub fn level(self) -> &'static str {
        match self {
            Kind::Error => "error",
            Kind::Warning => "warning",
            Kind::Note => "note",
            Kind::Help => "help",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Error => "ERROR",
            Kind::Warning => "WARN",
            Kind::Note => "NOTE",
            Kind::Help => "HELP",
        }
    }
}

/// One `//~` annotation.
#[derive(Debug)]
pub struct Annotation {
    /// The line it refers to (1-based); `None` for `//~?`.
    pub line: Option<usize>,
    pub kind: Kind,
    pub text: String,
    /// The line the annotation is written on, for messages.
    pub written_at: usize,
}

impl Annotation {
    pub fn describe(&self) -> String {
        let place = match self.line {
            Some(line) => format!("line {line}"),
            None => "no line".to_string(),
        };
        format!(
            "{} `{}` at {place} (annotation on line {})",
            self.kind.name(),
            self.text,
            self.written_at
        )
    }

    pub fn matches(&self, diag: &Diag) -> bool {
        diag.line == self.line
            && diag.level == self.kind.level()
            && (self.text.is_empty()
                || diag.code.as_deref() == Some(self.text.as_str())
                || diag.message.contains(&self.text))
    }
}

/// Reads the annotations of a test's source.
pub fn parse(src: &str) -> Result<Vec<Annotation>, String> {
    let mut annotations: Vec<Annotation> = Vec::new();
    for (index, line) in src.lines().enumerate() {
        let written_at = index + 1;
        let Some(at) = line.find("//~") else { continue };
        let rest = &line[at + 3..];
        let (line_target, rest) = if let Some(rest) = rest.strip_prefix('|') {
            let previous = annotations.last().ok_or_else(|| {
                format!("line {written_at}: `//~|` without a previous annotation")
            })?;
            (previous.line, rest)
        } else if let Some(rest) = rest.strip_prefix('?') {
            (None, rest)
        } else if rest.starts_with('^') {
            let carets = rest.bytes().take_while(|&b| b == b'^').count();
            let target = written_at
                .checked_sub(carets)
                .filter(|&l| l > 0)
                .ok_or_else(|| {
                    format!(
                        "line {written_at}: `//~{}` points above the file",
                        "^".repeat(carets)
                    )
                })?;
            (Some(target), &rest[carets..])
        } else if rest.starts_with('v') {
            let vs = rest.bytes().take_while(|&b| b == b'v').count();
            (Some(written_at + vs), &rest[vs..])
        } else {
            (Some(written_at), rest)
        };
        let rest = rest.trim_start();
        let word_end = rest
            .find(|c: char| c.is_whitespace() || c == ':')
            .unwrap_or(rest.len());
        let kind = Kind::parse(&rest[..word_end]).ok_or_else(|| {
            format!("line {written_at}: `//~` must be followed by ERROR, WARN, NOTE or HELP, found `{rest}`")
        })?;
        let text = rest[word_end..].trim_start_matches(':').trim().to_string();
        annotations.push(Annotation {
            line: line_target,
            kind,
            text,
            written_at,
        });
    }
    Ok(annotations)
}

/// A diagnostic from `--error-format=json`, flattened: children become diagnostics too.
#[derive(Debug, Clone)]
pub struct Diag {
    pub level: String,
    pub code: Option<String>,
    pub message: String,
    /// The line of the primary span in the test file, or `None`.
    pub line: Option<usize>,
    /// False for children (notes and helps attached to a diagnostic).
    pub top_level: bool,
}

impl Diag {
    pub fn describe(&self) -> String {
        let place = match self.line {
            Some(line) => format!("line {line}"),
            None => "no line".to_string(),
        };
        let code = self
            .code
            .as_ref()
            .map(|c| format!("[{c}]"))
            .unwrap_or_default();
        format!("{place}: {}{code}: {}", self.level, self.message)
    }
}

/// Compiler stderr in JSON mode: the diagnostics, and the lines that were not JSON (which a
/// failure report shows, since they are usually a crash).
pub struct Diagnostics {
    pub diags: Vec<Diag>,
    pub other_lines: Vec<String>,
}

/// Reads the JSON diagnostics in `stderr`; `file` is the test's path as given to the compiler.
pub fn read_diagnostics(stderr: &str, file: &str) -> Diagnostics {
    let mut diags = Vec::new();
    let mut other_lines = Vec::new();
    for line in stderr.lines() {
        let value = match line.starts_with('{').then(|| json::parse(line)) {
            Some(Ok(value)) => value,
            Some(Err(e)) => {
                other_lines.push(format!("{line}  <- {e}"));
                continue;
            }
            None => {
                if !line.trim().is_empty() {
                    other_lines.push(line.to_string());
                }
                continue;
            }
        };
        if value
            .get("$message_type")
            .as_str()
            .is_some_and(|t| t != "diagnostic")
        {
            continue;
        }
        let message = value
            .get("message")
            .as_str()
            .unwrap_or_default()
            .to_string();
        let level = value.get("level").as_str().unwrap_or_default().to_string();
        // The run's closing summary, not a diagnostic about the program.
        if level == "failure-note" || (level == "error" && message.starts_with("aborting due to")) {
            continue;
        }
        let line_no = primary_line(&value, file);
        let code = value.get("code").get("code").as_str().map(str::to_string);
        // Span labels (`expected `u32`, found `&str``) can be annotated as notes, as in
        // compiletest.
        for span in value.get("spans").as_array() {
            if let (Some(label), Some(line)) = (span.get("label").as_str(), span_line(span, file)) {
                diags.push(Diag {
                    level: "note".to_string(),
                    code: None,
                    message: label.to_string(),
                    line: Some(line),
                    top_level: false,
                });
            }
        }
        for child in value.get("children").as_array() {
            diags.push(Diag {
                level: child.get("level").as_str().unwrap_or_default().to_string(),
                code: None,
                message: child
                    .get("message")
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                // A note without a span of its own belongs to its parent's line.
                line: primary_line(child, file).or(line_no),
                top_level: false,
            });
        }
        diags.push(Diag {
            level,
            code,
            message,
            line: line_no,
            top_level: true,
        });
    }
    // Reports read best in line order, each diagnostic before its notes.
    diags.sort_by_key(|d| (d.line.is_none(), d.line, !d.top_level));
    Diagnostics { diags, other_lines }
}

/// The line of the first primary span that is in `file`, following macro expansions back
/// to their call site the way compiletest does.
fn primary_line(diag: &json::Value, file: &str) -> Option<usize> {
    diag.get("spans")
        .as_array()
        .iter()
        .filter(|span| span.get("is_primary").as_bool() == Some(true))
        .find_map(|span| span_line(span, file))
}

/// The line of `span` in `file`, or of the macro call it was expanded from.
fn span_line(span: &json::Value, file: &str) -> Option<usize> {
    let mut current = span;
    // Expansion chains are short; the bound only guards against malformed input.
    for _ in 0..64 {
        if current.get("file_name").as_str() == Some(file) {
            return current.get("line_start").as_usize();
        }
        current = current.get("expansion").get("span");
        if *current == json::Value::Null {
            break;
        }
    }
    None
}

/// The outcome of matching annotations with diagnostics.
pub struct Matching {
    /// Annotations without a diagnostic.
    pub unmatched: Vec<usize>,
    /// Top-level errors without an annotation (indices into the diagnostics).
    pub unannotated_errors: Vec<usize>,
}

/// Matches each annotation with a distinct diagnostic, in order.
pub fn match_annotations(annotations: &[Annotation], diags: &[Diag]) -> Matching {
    let mut used = vec![false; diags.len()];
    let mut unmatched = Vec::new();
    for (index, annotation) in annotations.iter().enumerate() {
        match diags
            .iter()
            .enumerate()
            .position(|(i, d)| !used[i] && annotation.matches(d))
        {
            Some(i) => used[i] = true,
            None => unmatched.push(index),
        }
    }
    let unannotated_errors = (0..diags.len())
        .filter(|&i| !used[i] && diags[i].top_level && diags[i].level == "error")
        .collect();
    Matching {
        unmatched,
        unannotated_errors,
    }
}

/// True for a diagnostic that reports a crash of the compiler rather than an error in the
/// program.
pub fn is_ice(diag: &Diag) -> bool {
    diag.level.contains("internal compiler error")
}

//! Evaluation errors and their reports. An error carries only what went wrong; where it
//! happened is read off the interpreter's stack when it is reported, as rustc does: the
//! primary span is the outermost frame's current statement ("evaluation of `X` failed
//! here", or "failed inside this call"), and each inner frame adds an "inside `f`" note, the
//! innermost one labelled "the failure occurred here". Frames of `#[track_caller]` functions
//! are left out, so a panic in `Option::unwrap` points at the call of `unwrap`.

use smelt_errors::{ErrorGuaranteed, Level, SpanLabel, SubDiagnostic};
use smelt_hir::DefId;
use smelt_span::Span;

pub type InterpResult<T> = Result<T, Box<InterpError>>;

#[derive(Debug)]
pub enum InterpError {
    /// `error[E0080]: {msg}`, with help lines after the frames.
    Eval {
        msg: String,
        help: Vec<&'static str>,
    },
    /// A call of a function that is not `const` (E0015).
    NonConstCall {
        kind: &'static str,
        path: String,
        def: DefId,
        note_def: bool,
    },
    /// An error rustc reports while checking const bodies: no code, no frames, notes.
    Check {
        msg: String,
        notes: Vec<&'static str>,
    },
    /// The step limit was reached.
    StepLimit,
    /// A construct smelt cannot evaluate yet.
    Unsupported(String),
    /// An error already reported (a constant this one uses failed).
    AlreadyReported(ErrorGuaranteed),
}

/// Undefined behaviour the evaluation ran into; rustc reports it as E0080.
pub fn ub(msg: impl Into<String>) -> Box<InterpError> {
    Box::new(InterpError::Eval {
        msg: msg.into(),
        help: Vec::new(),
    })
}

pub mod err {
    use super::*;

    pub fn eval(msg: impl Into<String>) -> Box<InterpError> {
        ub(msg)
    }

    pub fn panic(msg: &str) -> Box<InterpError> {
        ub(format!("evaluation panicked: {msg}"))
    }

    /// An operation that needs the integer value of a pointer.
    pub fn ptr_to_int() -> Box<InterpError> {
        Box::new(InterpError::Eval {
            msg: "unable to turn pointer into integer".into(),
            help: vec![
                "this code performed an operation that depends on the underlying bytes representing a pointer",
                "the absolute address of a pointer is not known at compile-time, so such operations are not supported",
            ],
        })
    }

    pub fn unsupported(what: impl Into<String>) -> Box<InterpError> {
        Box::new(InterpError::Unsupported(what.into()))
    }

    pub fn reported(e: ErrorGuaranteed) -> Box<InterpError> {
        Box::new(InterpError::AlreadyReported(e))
    }

    pub fn check(msg: impl Into<String>, notes: Vec<&'static str>) -> Box<InterpError> {
        Box::new(InterpError::Check {
            msg: msg.into(),
            notes,
        })
    }
}

/// One frame of the stack as a report shows it: the function and its current span.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct FrameInfo {
    pub name: String,
    pub span: Span,
}

/// The "inside `f`" notes for the frames below the outermost, outermost first, with runs of
/// identical frames (recursion) collapsed into "[... N additional calls inside `f` ...]" as
/// rustc does for runs of three or more.
pub fn frame_notes(inner_frames: &[FrameInfo]) -> Vec<SubDiagnostic> {
    // Grouped innermost first, as rustc walks the stack.
    let mut groups: Vec<(FrameInfo, usize)> = Vec::new();
    for f in inner_frames.iter().rev() {
        match groups.last_mut() {
            Some((last, times)) if last == f => *times += 1,
            _ => groups.push((f.clone(), 0)),
        }
    }
    let mut notes: Vec<(String, Span, bool)> = Vec::new();
    for (i, (f, times)) in groups.iter().enumerate() {
        notes.push((format!("inside `{}`", f.name), f.span, i == 0));
        if *times < 3 {
            for _ in 0..*times {
                notes.push((format!("inside `{}`", f.name), f.span, false));
            }
        } else {
            notes.push((
                format!("[... {times} additional calls inside `{}` ...]", f.name),
                f.span,
                false,
            ));
        }
    }
    notes
        .into_iter()
        .rev()
        .map(|(message, span, innermost)| SubDiagnostic {
            level: Level::Note,
            message,
            spans: vec![SpanLabel {
                span,
                label: innermost.then(|| "the failure occurred here".to_string()),
                primary: true,
            }],
        })
        .collect()
}

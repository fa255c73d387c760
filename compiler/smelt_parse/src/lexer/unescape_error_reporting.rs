//! Diagnostics for bad escapes in literals, worded as rustc words them.

use std::ops::Range;

use smelt_errors::{DiagCtxt, ErrorGuaranteed};
use smelt_lexer::unescape::{EscapeError, Mode};
use smelt_span::{BytePos, Span};

/// A character as diagnostics quote it: printable ASCII as is, anything else escaped.
pub(crate) fn escaped_char(c: char) -> String {
    match c {
        '\u{20}'..='\u{7e}' => c.to_string(),
        _ => c.escape_default().to_string(),
    }
}

/// Reports one escape error. `lit` is the literal's contents between the quotes, `range` the
/// error's byte range in it and `err_span` its span. Returns a proof for errors, `None` for
/// the two warnings.
pub(crate) fn emit_unescape_error(
    dcx: &DiagCtxt,
    lit: &str,
    full_lit_span: Span,
    err_span: Span,
    mode: Mode,
    range: Range<usize>,
    error: EscapeError,
) -> Option<ErrorGuaranteed> {
    // The last character of the erroneous part, and its span.
    let last_char = || {
        let c = lit
            .get(range.clone())
            .and_then(|s| s.chars().next_back())
            .unwrap_or(' ');
        let lo = BytePos(
            err_span
                .hi
                .0
                .saturating_sub(c.len_utf8() as u32)
                .max(err_span.lo.0),
        );
        (c, Span { lo, ..err_span })
    };
    let is_byte = matches!(mode, Mode::Byte | Mode::ByteStr | Mode::RawByteStr);
    let guar = match error {
        EscapeError::LoneSurrogateUnicodeEscape | EscapeError::OutOfRangeUnicodeEscape => {
            let help = if error == EscapeError::LoneSurrogateUnicodeEscape {
                "unicode escape must not be a surrogate"
            } else {
                "unicode escape must be at most 10FFFF"
            };
            dcx.struct_err(err_span, "invalid unicode character escape")
                .span_label(err_span, "invalid escape")
                .help(help)
                .emit()
        }
        EscapeError::MoreThanOneChar => {
            let (what, quote_prefix) = if mode == Mode::Byte {
                ("byte string", "b")
            } else {
                ("string", "")
            };
            let mut escaped = String::with_capacity(lit.len() + 2);
            let mut in_escape = false;
            for c in lit.chars() {
                match c {
                    '\\' => in_escape = !in_escape,
                    '"' if !in_escape => escaped.push('\\'),
                    _ => in_escape = false,
                }
                escaped.push(c);
            }
            dcx.struct_err(
                full_lit_span,
                "character literal may only contain one codepoint",
            )
            .span_suggestion(
                full_lit_span,
                format!("if you meant to write a {what} literal, use double quotes"),
                format!("{quote_prefix}\"{escaped}\""),
            )
            .emit()
        }
        EscapeError::EscapeOnlyChar => {
            let (c, char_span) = last_char();
            let what = if mode == Mode::Byte {
                "byte"
            } else {
                "character"
            };
            dcx.struct_err(
                err_span,
                format!("{what} constant must be escaped: `{}`", escaped_char(c)),
            )
            .span_suggestion(
                char_span,
                "escape the character",
                c.escape_default().to_string(),
            )
            .emit()
        }
        EscapeError::BareCarriageReturn => {
            if mode.in_double_quotes() {
                dcx.struct_err(err_span, "bare CR not allowed in string, use `\\r` instead")
                    .span_suggestion(err_span, "escape the character", "\\r")
                    .emit()
            } else {
                let what = if mode == Mode::Byte {
                    "byte"
                } else {
                    "character"
                };
                dcx.struct_err(err_span, format!("{what} constant must be escaped: `\\r`"))
                    .span_suggestion(err_span, "escape the character", "\\r")
                    .emit()
            }
        }
        EscapeError::BareCarriageReturnInRawString => {
            dcx.err(err_span, "bare CR not allowed in raw string")
        }
        EscapeError::InvalidEscape => {
            let (c, span) = last_char();
            let label = if matches!(mode, Mode::Byte | Mode::ByteStr) {
                "unknown byte escape"
            } else {
                "unknown character escape"
            };
            let mut diag = dcx
                .struct_err(span, format!("{label}: `{}`", escaped_char(c)))
                .span_label(span, label);
            if c == '{' || (c == '}' && matches!(mode, Mode::Str | Mode::RawStr)) {
                diag = diag.help(
                    "if used in a formatting string, curly braces are escaped with `{{` and `}}`",
                );
            } else if c == '\r' {
                diag = diag.help(
                    "this is an isolated carriage return; consider checking your editor and version control settings",
                );
            } else {
                diag = diag.help("for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
                if matches!(mode, Mode::Str | Mode::Char) {
                    diag = diag.span_suggestion(
                        full_lit_span,
                        "if you meant to write a literal backslash (perhaps escaping in a regular expression), \
                         consider a raw string literal",
                        format!("r\"{lit}\""),
                    );
                }
            }
            diag.emit()
        }
        EscapeError::TooShortHexEscape => {
            dcx.err(err_span, "numeric character escape is too short")
        }
        EscapeError::InvalidCharInHexEscape | EscapeError::InvalidCharInUnicodeEscape => {
            let (c, span) = last_char();
            let what = if error == EscapeError::InvalidCharInHexEscape {
                "invalid character in numeric character escape"
            } else {
                "invalid character in unicode escape"
            };
            dcx.struct_err(span, format!("{what}: `{}`", escaped_char(c)))
                .span_label(span, what)
                .emit()
        }
        EscapeError::NonAsciiCharInByte => {
            let (c, span) = last_char();
            let desc = match mode {
                Mode::Byte => "byte literal",
                Mode::ByteStr => "byte string literal",
                _ => "raw byte string literal",
            };
            let mut diag = dcx
                .struct_err(span, format!("non-ASCII character in {desc}"))
                .span_label(span, "must be ASCII");
            if mode != Mode::RawByteStr {
                if (c as u32) <= 0xFF {
                    diag = diag.span_suggestion(
                        span,
                        format!("if you meant to use the unicode code point for {c:?}, use a \\xHH escape"),
                        format!("\\x{:X}", c as u32),
                    );
                } else if mode == Mode::Byte {
                    diag = diag.span_label(
                        span,
                        "this multibyte character does not fit into a single byte",
                    );
                } else {
                    let mut buf = [0u8; 4];
                    let escapes: String = c
                        .encode_utf8(&mut buf)
                        .bytes()
                        .map(|b| format!("\\x{b:X}"))
                        .collect();
                    diag = diag.span_suggestion(
                        span,
                        format!(
                            "if you meant to use the UTF-8 encoding of {c:?}, use \\xHH escapes"
                        ),
                        escapes,
                    );
                }
            }
            diag.emit()
        }
        EscapeError::OutOfRangeHexEscape => {
            let escape = lit.get(range.clone()).unwrap_or("");
            let digits = escape.get(2..).unwrap_or("");
            let mut diag = dcx
                .struct_err(err_span, "out of range hex escape")
                .span_label(err_span, "must be a character in the range [\\x00-\\x7f]");
            if !is_byte && mode != Mode::CStr {
                diag = diag
                    .help(format!(
                        "if you want to write a byte literal, use `b'{escape}'`"
                    ))
                    .help(format!(
                        "if you want to write a Unicode character, use `'\\u{{{}}}'`",
                        digits.to_uppercase()
                    ));
            }
            diag.emit()
        }
        EscapeError::LeadingUnderscoreUnicodeEscape => {
            let (c, span) = last_char();
            dcx.struct_err(
                span,
                format!("invalid start of unicode escape: `{}`", escaped_char(c)),
            )
            .span_label(span, "invalid start of unicode escape")
            .emit()
        }
        EscapeError::OverlongUnicodeEscape => dcx
            .struct_err(err_span, "overlong unicode escape")
            .span_label(err_span, "must have at most 6 hex digits")
            .emit(),
        EscapeError::UnclosedUnicodeEscape => dcx
            .struct_err(err_span, "unterminated unicode escape")
            .span_label(err_span, "missing a closing `}`")
            .span_suggestion(err_span.shrink_to_hi(), "terminate the unicode escape", "}")
            .emit(),
        EscapeError::NoBraceInUnicodeEscape => {
            let (c, char_span) = last_char();
            let rest = lit.get(range.end..).unwrap_or("");
            let digits: String = std::iter::once(c)
                .chain(rest.chars())
                .take(6)
                .take_while(|c| c.is_ascii_hexdigit())
                .collect();
            let diag = dcx.struct_err(err_span, "incorrect unicode escape sequence");
            if digits.is_empty() {
                diag.span_label(err_span, "incorrect unicode escape sequence")
                    .help("format of unicode escape sequences is `\\u{...}`")
                    .emit()
            } else {
                let hi = BytePos(char_span.lo.0 + digits.len() as u32);
                diag.span_suggestion(
                    Span { hi, ..err_span },
                    "format of unicode escape sequences uses braces",
                    format!("\\u{{{digits}}}"),
                )
                .emit()
            }
        }
        EscapeError::UnicodeEscapeInByte => dcx
            .struct_err(err_span, "unicode escape in byte string")
            .span_label(err_span, "unicode escape in byte string")
            .help("unicode escape sequences cannot be used as a byte or in a byte string")
            .emit(),
        EscapeError::EmptyUnicodeEscape => dcx
            .struct_err(err_span, "empty unicode escape")
            .span_label(err_span, "this escape must have at least 1 hex digit")
            .emit(),
        EscapeError::ZeroChars => dcx
            .struct_err(err_span, "empty character literal")
            .span_label(err_span, "empty character literal")
            .emit(),
        EscapeError::LoneSlash => dcx
            .struct_err(err_span, "invalid trailing slash in literal")
            .span_label(err_span, "invalid trailing slash in literal")
            .emit(),
        EscapeError::NulInCStr => dcx.err(
            err_span,
            "null characters in C string literals are not supported",
        ),
        EscapeError::UnskippedWhitespaceWarning => {
            let (c, char_span) = last_char();
            let msg = format!("whitespace symbol '{}' is not skipped", escaped_char(c));
            dcx.struct_warn(err_span, msg.clone())
                .span_label(char_span, msg)
                .emit();
            return None;
        }
        EscapeError::MultipleSkippedLinesWarning => {
            dcx.struct_warn(err_span, "multiple lines skipped by escaped newline")
                .span_label(
                    err_span,
                    "skipping everything up to and including this point",
                )
                .emit();
            return None;
        }
    };
    Some(guar)
}

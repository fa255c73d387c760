//! Token cooking: the raw tokens of `smelt_lexer` become the parser's tokens. Whitespace and
//! plain comments disappear, identifiers and literal text are interned, every error flag of the
//! raw lexer becomes a rustc-style diagnostic, and `tokentrees` glues adjacent punctuation and
//! groups the tokens by their delimiters.
//!
//! Some lexer errors are fatal in rustc (unterminated literals and comments): lexing stops there
//! and the file is not parsed, since everything after the error is garbage. Unbalanced
//! delimiters also stop compilation before parsing, as in rustc; both are reported to the caller
//! as a "blocking" `ErrorGuaranteed`.

mod tokentrees;
mod unescape_error_reporting;

use smelt_ast::token::{
    AttrStyle, BinOpToken, CommentKind, Delimiter, Lit, LitKind, Token, TokenKind,
};
use smelt_ast::TokenStream;
use smelt_errors::{Diag, ErrorGuaranteed};
use smelt_lexer::unescape::{self, EscapeError, Mode};
use smelt_lexer::{Base, DocStyle, LiteralKind};
use smelt_session::Session;
use smelt_span::{BytePos, Edition, SourceFile, Span, Symbol};

pub(crate) use unescape_error_reporting::escaped_char;

/// The result of lexing a file.
pub(crate) struct Lexed<'a> {
    pub stream: TokenStream,
    /// Set when an error stops compilation before parsing (a fatal lexer error or unbalanced
    /// delimiters); the stream is then incomplete.
    pub blocked: Option<ErrorGuaranteed>,
    /// Errors to emit after parsing the file, where rustc reports them.
    pub deferred: Vec<Diag<'a>>,
}

impl Lexed<'_> {
    /// Emits the deferred errors.
    pub fn emit_deferred(&mut self) {
        for diag in self.deferred.drain(..) {
            diag.emit();
        }
    }
}

/// Lexes `file` into token trees, reporting errors to the session.
pub(crate) fn lex_token_trees<'a>(
    sess: &'a Session,
    file: &'a SourceFile,
    edition: Edition,
) -> Lexed<'a> {
    let reader = StringReader::new(sess, file, edition);
    tokentrees::build(reader)
}

/// Turns raw tokens into cooked ones, one at a time.
pub(crate) struct StringReader<'a> {
    sess: &'a Session,
    edition: Edition,
    src: &'a str,
    /// The global position of `src[0]`.
    start_pos: u32,
    raw: Vec<smelt_lexer::Token>,
    next_raw: usize,
    /// Byte offset in `src` of the next raw token.
    pos: usize,
    /// Set by a fatal error: from then on only `Eof` is produced.
    stopped: Option<ErrorGuaranteed>,
    /// Errors rustc reports after parsing (bad identifiers, numeric lifetimes), kept to be
    /// emitted in the same order.
    deferred: Vec<Diag<'a>>,
}

impl<'a> StringReader<'a> {
    pub(crate) fn new(
        sess: &'a Session,
        file: &'a SourceFile,
        edition: Edition,
    ) -> StringReader<'a> {
        let src: &str = &file.src;
        let skip = smelt_lexer::strip_shebang(src).unwrap_or(0).min(src.len());
        let rest = src.get(skip..).unwrap_or("");
        StringReader {
            sess,
            edition,
            src,
            start_pos: file.start_pos.0,
            raw: smelt_lexer::tokenize(rest).collect(),
            next_raw: 0,
            pos: skip,
            stopped: None,
            deferred: Vec::new(),
        }
    }

    fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(
            BytePos(self.start_pos + lo as u32),
            BytePos(self.start_pos + hi as u32),
        )
    }

    fn text(&self, lo: usize, hi: usize) -> &'a str {
        self.src.get(lo..hi).unwrap_or("")
    }

    fn intern(&self, s: &str) -> Symbol {
        self.sess.intern(s)
    }

    /// The next cooked token, and whether whitespace or a comment came before it.
    pub(crate) fn next_token(&mut self) -> (Token, bool) {
        let mut preceded_by_whitespace = false;
        loop {
            let Some(raw) = self
                .raw
                .get(self.next_raw)
                .copied()
                .filter(|_| self.stopped.is_none())
            else {
                let end = self.src.len();
                return (
                    Token::new(TokenKind::Eof, self.span(end, end)),
                    preceded_by_whitespace,
                );
            };
            self.next_raw += 1;
            let start = self.pos;
            let end = (start + raw.len as usize).min(self.src.len());
            self.pos = end;
            match self.cook(raw.kind, start, end) {
                Some(kind) => {
                    return (
                        Token::new(kind, self.span(start, end)),
                        preceded_by_whitespace,
                    )
                }
                None => preceded_by_whitespace = true,
            }
        }
    }

    /// The cooked kind of one raw token, or `None` for tokens the parser never sees.
    fn cook(
        &mut self,
        kind: smelt_lexer::TokenKind,
        start: usize,
        end: usize,
    ) -> Option<TokenKind> {
        use smelt_lexer::TokenKind as R;
        let kind = match kind {
            R::Whitespace => return None,
            R::LineComment { doc_style: None } => return None,
            R::BlockComment {
                doc_style,
                terminated: false,
            } => {
                self.report_unterminated_block_comment(start, end, doc_style.is_some());
                return None;
            }
            R::BlockComment {
                doc_style: None,
                terminated: true,
            } => return None,
            R::LineComment {
                doc_style: Some(style),
            } => {
                // `///` or `//!`: the text after the three-character marker.
                let content = self.text((start + 3).min(end), end);
                self.check_doc_comment_cr(start + 3, content, false);
                TokenKind::DocComment(CommentKind::Line, attr_style(style), self.intern(content))
            }
            R::BlockComment {
                doc_style: Some(style),
                terminated: true,
            } => {
                // `/**` or `/*!` ... `*/`.
                let content = self.text(
                    (start + 3).min(end),
                    end.saturating_sub(2).max(start + 3).min(end),
                );
                self.check_doc_comment_cr(start + 3, content, true);
                TokenKind::DocComment(CommentKind::Block, attr_style(style), self.intern(content))
            }
            R::Ident => TokenKind::Ident(self.intern(self.text(start, end)), false),
            R::RawIdent => {
                let name = self.text((start + 2).min(end), end);
                if matches!(name, "_" | "self" | "super" | "crate" | "Self") {
                    self.sess
                        .dcx
                        .struct_err(
                            self.span(start, end),
                            format!("`{name}` cannot be a raw identifier"),
                        )
                        .emit();
                }
                TokenKind::Ident(self.intern(name), true)
            }
            R::InvalidIdent => {
                let text = self.text(start, end);
                let span = self.span(start, end);
                let diag = if text.chars().all(|c| c == '🦀') {
                    self.sess
                        .dcx
                        .struct_err(span, "Ferris cannot be used as an identifier")
                        .span_suggestion(span, "try using their name instead", "ferris")
                } else {
                    self.sess
                        .dcx
                        .struct_err(span, format!("identifiers cannot contain emoji: `{text}`"))
                };
                self.deferred.push(diag);
                TokenKind::Ident(self.intern(text), false)
            }
            R::UnknownPrefix => {
                let text = self.text(start, end);
                if self.edition >= Edition::E2021 {
                    let span = self.span(start, end);
                    self.sess
                        .dcx
                        .struct_err(span, format!("prefix `{text}` is unknown"))
                        .span_label(span, "unknown prefix")
                        .note("prefixed identifiers and literals are reserved since Rust 2021")
                        .span_suggestion(
                            span.shrink_to_hi(),
                            "consider inserting whitespace here",
                            " ",
                        )
                        .emit();
                }
                TokenKind::Ident(self.intern(text), false)
            }
            R::RawLifetime => {
                // `'r#name`: the lifetime `'name`.
                let name = self.text((start + 3).min(end), end);
                TokenKind::Lifetime(self.intern(&format!("'{name}")))
            }
            R::Lifetime { starts_with_number } => {
                if starts_with_number {
                    let diag = self.sess.dcx.struct_err(
                        self.span(start, end),
                        "lifetimes cannot start with a number",
                    );
                    self.deferred.push(diag);
                }
                TokenKind::Lifetime(self.intern(self.text(start, end)))
            }
            R::Literal { kind, suffix_start } => {
                let suffix_start = (start + suffix_start as usize).min(end);
                self.cook_literal(kind, start, suffix_start, end)?
            }
            R::Semi => TokenKind::Semi,
            R::Comma => TokenKind::Comma,
            R::Dot => TokenKind::Dot,
            R::OpenParen => TokenKind::OpenDelim(Delimiter::Parenthesis),
            R::CloseParen => TokenKind::CloseDelim(Delimiter::Parenthesis),
            R::OpenBrace => TokenKind::OpenDelim(Delimiter::Brace),
            R::CloseBrace => TokenKind::CloseDelim(Delimiter::Brace),
            R::OpenBracket => TokenKind::OpenDelim(Delimiter::Bracket),
            R::CloseBracket => TokenKind::CloseDelim(Delimiter::Bracket),
            R::At => TokenKind::At,
            R::Pound => TokenKind::Pound,
            R::Tilde => TokenKind::Tilde,
            R::Question => TokenKind::Question,
            R::Colon => TokenKind::Colon,
            R::Dollar => TokenKind::Dollar,
            R::Eq => TokenKind::Eq,
            R::Bang => TokenKind::Not,
            R::Lt => TokenKind::Lt,
            R::Gt => TokenKind::Gt,
            R::Minus => TokenKind::BinOp(BinOpToken::Minus),
            R::And => TokenKind::BinOp(BinOpToken::And),
            R::Or => TokenKind::BinOp(BinOpToken::Or),
            R::Plus => TokenKind::BinOp(BinOpToken::Plus),
            R::Star => TokenKind::BinOp(BinOpToken::Star),
            R::Slash => TokenKind::BinOp(BinOpToken::Slash),
            R::Caret => TokenKind::BinOp(BinOpToken::Caret),
            R::Percent => TokenKind::BinOp(BinOpToken::Percent),
            R::Unknown => return self.report_unknown_char(start, end),
            R::Eof => return None,
        };
        Some(kind)
    }

    fn check_doc_comment_cr(&self, content_start: usize, content: &str, block: bool) {
        for (i, _) in content.match_indices('\r') {
            // A `\r\n` line ending at the very end of a line comment is fine.
            if !block && i + 1 == content.len() {
                continue;
            }
            let at = content_start + i;
            let msg = if block {
                "bare CR not allowed in block doc-comment"
            } else {
                "bare CR not allowed in doc-comment"
            };
            self.sess.dcx.err(self.span(at, at + 1), msg);
        }
    }

    fn report_unterminated_block_comment(&mut self, start: usize, end: usize, doc: bool) {
        let msg = if doc {
            "unterminated block doc-comment"
        } else {
            "unterminated block comment"
        };
        let mut diag = self
            .sess
            .dcx
            .struct_err(self.span(start, end), msg)
            .code("E0758");
        // Find the last nested comment that was closed: its `*/` probably meant to close the
        // outer one.
        let text = self.text(start, end).as_bytes();
        let mut opens: Vec<usize> = Vec::new();
        let mut last_pair = None;
        let mut i = 2;
        while i + 1 < text.len() {
            match (text[i], text[i + 1]) {
                (b'/', b'*') => {
                    opens.push(i);
                    i += 2;
                }
                (b'*', b'/') => {
                    if let Some(open) = opens.pop() {
                        last_pair = Some((open, i));
                    }
                    i += 2;
                }
                _ => i += 1,
            }
        }
        diag = diag.span_label(self.span(start, start + 2), msg);
        if let Some((open, close)) = last_pair {
            diag = diag
                .span_label(
                    self.span(start + open, start + open + 2),
                    "...as last nested comment starts here, maybe you want to close this instead?",
                )
                .span_label(
                    self.span(start + close, start + close + 2),
                    "...and last nested comment terminates here.",
                );
        }
        self.stopped = Some(diag.emit());
    }

    fn report_unknown_char(&mut self, start: usize, end: usize) -> Option<TokenKind> {
        let text = self.text(start, end);
        let c = text.chars().next()?;
        let span = self.span(start, end);
        let mut diag = self
            .sess
            .dcx
            .struct_err(span, format!("unknown start of token: {}", escaped_char(c)));
        let confusable = CONFUSABLES.iter().find(|(u, ..)| *u == c);
        // `“hi”`: suggest replacing both quotes at once.
        let line_rest = self
            .src
            .get(end..)
            .unwrap_or("")
            .lines()
            .next()
            .unwrap_or("");
        if c == '\u{201c}' {
            if let Some(i) = line_rest.find('\u{201d}') {
                let inner = &line_rest[..i];
                let whole = self.span(start, end + i + '\u{201d}'.len_utf8());
                let msg = "Unicode characters '\u{201c}' (Left Double Quotation Mark) and '\u{201d}' (Right Double Quotation Mark) look like '\"' (Quotation Mark), but are not";
                diag.span_suggestion(whole, msg, format!("\"{inner}\""))
                    .emit();
                return None;
            }
        }
        if let Some(&(u, u_name, ascii, ascii_name, _)) = confusable {
            let msg = format!("Unicode character '{u}' ({u_name}) looks like '{ascii}' ({ascii_name}), but it is not");
            diag = diag.span_suggestion(span, msg, ascii.to_string());
        }
        diag.emit();
        confusable.and_then(|(.., token)| token.clone())
    }

    fn cook_literal(
        &mut self,
        kind: LiteralKind,
        start: usize,
        suffix_start: usize,
        end: usize,
    ) -> Option<TokenKind> {
        let (kind, symbol) = match kind {
            LiteralKind::Char { terminated } => {
                if !terminated {
                    return self.fatal_unterminated(
                        start,
                        end,
                        "unterminated character literal",
                        "E0762",
                    );
                }
                self.cook_quoted(LitKind::Char, Mode::Char, start, suffix_start, 1, 1)
            }
            LiteralKind::Byte { terminated } => {
                if !terminated {
                    return self.fatal_unterminated(
                        start + 1,
                        end,
                        "unterminated byte constant",
                        "E0763",
                    );
                }
                self.cook_quoted(LitKind::Byte, Mode::Byte, start, suffix_start, 2, 1)
            }
            LiteralKind::Str { terminated } => {
                if !terminated {
                    return self.fatal_unterminated(
                        start,
                        end,
                        "unterminated double quote string",
                        "E0765",
                    );
                }
                self.cook_quoted(LitKind::Str, Mode::Str, start, suffix_start, 1, 1)
            }
            LiteralKind::ByteStr { terminated } => {
                if !terminated {
                    return self.fatal_unterminated(
                        start + 1,
                        end,
                        "unterminated double quote byte string",
                        "E0766",
                    );
                }
                self.cook_quoted(LitKind::ByteStr, Mode::ByteStr, start, suffix_start, 2, 1)
            }
            LiteralKind::CStr { terminated } => {
                if !terminated {
                    return self.fatal_unterminated(
                        start + 1,
                        end,
                        "unterminated C string",
                        "E0767",
                    );
                }
                self.cook_quoted(LitKind::CStr, Mode::CStr, start, suffix_start, 2, 1)
            }
            LiteralKind::RawStr { n_hashes } => match n_hashes {
                Some(n) => {
                    let q = n as usize + 1;
                    self.cook_quoted(
                        LitKind::StrRaw(n),
                        Mode::RawStr,
                        start,
                        suffix_start,
                        1 + q,
                        q,
                    )
                }
                None => return self.report_raw_str_error(start, end, 1),
            },
            LiteralKind::RawByteStr { n_hashes } => match n_hashes {
                Some(n) => {
                    let q = n as usize + 1;
                    self.cook_quoted(
                        LitKind::ByteStrRaw(n),
                        Mode::RawByteStr,
                        start,
                        suffix_start,
                        2 + q,
                        q,
                    )
                }
                None => return self.report_raw_str_error(start, end, 2),
            },
            LiteralKind::RawCStr { n_hashes } => match n_hashes {
                Some(n) => {
                    let q = n as usize + 1;
                    self.cook_quoted(
                        LitKind::CStrRaw(n),
                        Mode::RawCStr,
                        start,
                        suffix_start,
                        2 + q,
                        q,
                    )
                }
                None => return self.report_raw_str_error(start, end, 2),
            },
            LiteralKind::Int { base, empty_int } => {
                if empty_int {
                    self.sess
                        .dcx
                        .struct_err(
                            self.span(start, suffix_start),
                            "no valid digits found for number",
                        )
                        .code("E0768")
                        .emit();
                    (LitKind::Integer, self.intern("0"))
                } else {
                    let text = self.text(start, suffix_start);
                    let mut kind = LitKind::Integer;
                    if matches!(base, Base::Binary | Base::Octal) {
                        let radix = base as u32;
                        for (i, c) in text.char_indices().skip(2) {
                            if c != '_' && c.to_digit(radix).is_none() {
                                let at = start + i;
                                self.sess.dcx.err(
                                    self.span(at, at + 1),
                                    format!("invalid digit for a base {radix} literal"),
                                );
                                kind = LitKind::Err;
                            }
                        }
                    }
                    (kind, self.intern(text))
                }
            }
            LiteralKind::Float {
                base,
                empty_exponent,
            } => {
                let text = self.text(start, suffix_start);
                let span = self.span(start, suffix_start);
                let mut kind = LitKind::Float;
                if empty_exponent {
                    self.sess
                        .dcx
                        .err(span, "expected at least one digit in exponent");
                    kind = LitKind::Err;
                }
                let base_name = match base {
                    Base::Binary => Some("binary"),
                    Base::Octal => Some("octal"),
                    Base::Hexadecimal => Some("hexadecimal"),
                    Base::Decimal => None,
                };
                if let Some(name) = base_name {
                    self.sess
                        .dcx
                        .err(span, format!("{name} float literal is not supported"));
                    kind = LitKind::Err;
                }
                (kind, self.intern(text))
            }
        };
        let suffix = if suffix_start < end {
            let s = self.text(suffix_start, end);
            if s == "_" {
                self.sess.dcx.err(
                    self.span(suffix_start, end),
                    "underscore literal suffix is not allowed",
                );
                None
            } else {
                Some(self.intern(s))
            }
        } else {
            None
        };
        Some(TokenKind::Literal(Lit {
            kind,
            symbol,
            suffix,
        }))
    }

    /// Interns a quoted literal's contents (between `prefix_len` opening and `postfix_len`
    /// closing characters) after checking its escapes.
    fn cook_quoted(
        &mut self,
        kind: LitKind,
        mode: Mode,
        start: usize,
        suffix_start: usize,
        prefix_len: usize,
        postfix_len: usize,
    ) -> (LitKind, Symbol) {
        let content_start = (start + prefix_len).min(suffix_start);
        let content_end = suffix_start.saturating_sub(postfix_len).max(content_start);
        let content = self.text(content_start, content_end);
        let full_span = self.span(start, suffix_start);
        let mut has_fatal = false;
        let dcx = &self.sess.dcx;
        let mut report = |range: std::ops::Range<usize>, err: EscapeError| {
            let err_span = self.span(content_start + range.start, content_start + range.end);
            if unescape_error_reporting::emit_unescape_error(
                dcx, content, full_span, err_span, mode, range, err,
            )
            .is_some()
            {
                has_fatal = true;
            }
        };
        match mode {
            Mode::Char | Mode::Byte => {
                if let Err(err) = unescape::unescape_char_or_byte(content, mode) {
                    report(0..content.len(), err);
                }
            }
            _ => unescape::unescape_mixed(content, mode, &mut |range, res| {
                if let Err(err) = res {
                    report(range, err);
                }
            }),
        }
        let kind = if has_fatal { LitKind::Err } else { kind };
        (kind, self.intern(content))
    }

    fn fatal_unterminated(
        &mut self,
        lo: usize,
        end: usize,
        msg: &str,
        code: &'static str,
    ) -> Option<TokenKind> {
        self.stopped = Some(
            self.sess
                .dcx
                .struct_err(self.span(lo, end), msg)
                .code(code)
                .emit(),
        );
        None
    }

    /// Reports a malformed raw string (`r#"...`): a bad character after the `#`s, too many
    /// `#`s, or no terminator. `prefix_len` is the length of `r`, `br` or `cr`.
    fn report_raw_str_error(
        &mut self,
        start: usize,
        end: usize,
        prefix_len: usize,
    ) -> Option<TokenKind> {
        let text = self.text(start, end);
        let after_prefix = text.get(prefix_len..).unwrap_or("");
        let n_hashes = after_prefix.bytes().take_while(|&b| b == b'#').count();
        let after_hashes = &after_prefix[n_hashes..];
        let guar = match after_hashes.chars().next() {
            Some('"') if n_hashes > 255 => self.sess.dcx.err(
                self.span(start, end),
                format!(
                    "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found {n_hashes}"
                ),
            ),
            Some('"') => {
                let hashes = "#".repeat(n_hashes);
                let mut diag = self
                    .sess
                    .dcx
                    .struct_err(self.span(start, start + 1), "unterminated raw string")
                    .code("E0748")
                    .span_label(self.span(start, start + 1), "unterminated raw string")
                    .note(format!("this raw string should be terminated with `\"{hashes}`"));
                // The closing quote followed by the most (but too few) `#`s is probably
                // where the string was meant to end.
                let body_start = prefix_len + n_hashes + 1;
                let body = text.get(body_start..).unwrap_or("");
                let mut best: Option<(usize, usize)> = None;
                for (i, _) in body.match_indices('"') {
                    let found = body[i + 1..].bytes().take_while(|&b| b == b'#').count().min(n_hashes);
                    if found > best.map_or(0, |(_, n)| n) {
                        best = Some((i + 1, found));
                    }
                }
                if let Some((offset, found)) = best {
                    let lo = start + body_start + offset;
                    diag = diag.span_suggestion(self.span(lo, lo + found), "consider terminating the string here", hashes);
                }
                diag.emit()
            }
            bad => {
                let bad = bad.map_or_else(|| "EOF".to_string(), |c| c.escape_debug().to_string());
                self.sess.dcx.err(
                    self.span(start, end),
                    format!("found invalid character; only `#` is allowed in raw string delimitation: {bad}"),
                )
            }
        };
        self.stopped = Some(guar);
        None
    }
}

/// Whether two positions are on different lines (or in different files). Uses the line
/// table only: counting characters would make this linear in the line's length.
pub(crate) fn on_different_lines(sm: &smelt_span::SourceMap, a: BytePos, b: BytePos) -> bool {
    match (sm.lookup_file(a), sm.lookup_file(b)) {
        (Some(fa), Some(fb)) => {
            fa.start_pos != fb.start_pos || fa.line_index(a) != fb.line_index(b)
        }
        _ => false,
    }
}

fn attr_style(style: DocStyle) -> AttrStyle {
    match style {
        DocStyle::Outer => AttrStyle::Outer,
        DocStyle::Inner => AttrStyle::Inner,
    }
}

/// Unicode characters that look like ASCII ones: the character, its name, the ASCII character,
/// its name, and the token to continue with (`None` to skip it).
type Confusable = (char, &'static str, char, &'static str, Option<TokenKind>);

const CONFUSABLES: &[Confusable] = &[
    ('\u{a0}', "No-Break Space", ' ', "Space", None),
    ('\u{2002}', "En Space", ' ', "Space", None),
    ('\u{2003}', "Em Space", ' ', "Space", None),
    ('\u{3000}', "Ideographic Space", ' ', "Space", None),
    (
        '\u{201c}',
        "Left Double Quotation Mark",
        '"',
        "Quotation Mark",
        None,
    ),
    (
        '\u{201d}',
        "Right Double Quotation Mark",
        '"',
        "Quotation Mark",
        None,
    ),
    (
        '\u{2018}',
        "Left Single Quotation Mark",
        '\'',
        "Single Quote",
        None,
    ),
    (
        '\u{2019}',
        "Right Single Quotation Mark",
        '\'',
        "Single Quote",
        None,
    ),
    ('`', "Grave Accent", '\'', "Single Quote", None),
    (
        '\u{ff1b}',
        "Fullwidth Semicolon",
        ';',
        "Semicolon",
        Some(TokenKind::Semi),
    ),
    (
        '\u{37e}',
        "Greek Question Mark",
        ';',
        "Semicolon",
        Some(TokenKind::Semi),
    ),
    (
        '\u{ff0c}',
        "Fullwidth Comma",
        ',',
        "Comma",
        Some(TokenKind::Comma),
    ),
    (
        '\u{ff1a}',
        "Fullwidth Colon",
        ':',
        "Colon",
        Some(TokenKind::Colon),
    ),
    (
        '\u{ff01}',
        "Fullwidth Exclamation Mark",
        '!',
        "Exclamation Mark",
        Some(TokenKind::Not),
    ),
    (
        '\u{ff08}',
        "Fullwidth Left Parenthesis",
        '(',
        "Left Parenthesis",
        None,
    ),
    (
        '\u{ff09}',
        "Fullwidth Right Parenthesis",
        ')',
        "Right Parenthesis",
        None,
    ),
    (
        '\u{2013}',
        "En Dash",
        '-',
        "Minus/Hyphen",
        Some(TokenKind::BinOp(BinOpToken::Minus)),
    ),
    (
        '\u{2014}',
        "Em Dash",
        '-',
        "Minus/Hyphen",
        Some(TokenKind::BinOp(BinOpToken::Minus)),
    ),
    (
        '\u{2212}',
        "Minus Sign",
        '-',
        "Minus/Hyphen",
        Some(TokenKind::BinOp(BinOpToken::Minus)),
    ),
    (
        '\u{ff1d}',
        "Fullwidth Equals Sign",
        '=',
        "Equals Sign",
        Some(TokenKind::Eq),
    ),
];

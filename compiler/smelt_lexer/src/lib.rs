//! The lexer: `&str` in, a stream of `(TokenKind, len)` out. It is standalone, like
//! `rustc_lexer`: no spans, no interning, no diagnostics. Malformed input never fails; it becomes
//! a token with an error flag (`terminated: false`, `Unknown`, `empty_int`), and the parser's
//! token cooker turns the flag into a rustc-style diagnostic.
//!
//! Punctuation is produced one character at a time (`:` `:` rather than `::`); gluing into
//! multi-character operators happens when tokens are cooked, where spacing is known.
//!
//! Architecture invariant: this crate depends on nothing in smelt and never panics on input.

mod cursor;
pub mod unescape;

#[cfg(test)]
mod tests;

use cursor::{Cursor, EOF_CHAR};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub len: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// `// comment` or `/// doc`.
    LineComment {
        doc_style: Option<DocStyle>,
    },
    /// `/* comment */`, possibly nested, possibly unterminated.
    BlockComment {
        doc_style: Option<DocStyle>,
        terminated: bool,
    },
    Whitespace,
    /// An identifier or keyword.
    Ident,
    /// An identifier containing characters that are not XID (an emoji, say).
    InvalidIdent,
    /// `r#ident`.
    RawIdent,
    /// A reserved prefix such as `foo#` or `k"..."` (edition 2021).
    UnknownPrefix,
    /// `'r#lt` raw lifetime.
    RawLifetime,
    Literal {
        kind: LiteralKind,
        suffix_start: u32,
    },
    /// `'a`; `starts_with_number` flags the invalid `'1a`.
    Lifetime {
        starts_with_number: bool,
    },
    Semi,
    Comma,
    Dot,
    OpenParen,
    CloseParen,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    At,
    Pound,
    Tilde,
    Question,
    Colon,
    Dollar,
    Eq,
    Bang,
    Lt,
    Gt,
    Minus,
    And,
    Or,
    Plus,
    Star,
    Slash,
    Caret,
    Percent,
    /// A character that starts no token.
    Unknown,
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocStyle {
    Outer,
    Inner,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LiteralKind {
    /// `12_u8`, `0o100`, `0b120i99`; `empty_int` for `0x` with no digits.
    Int {
        base: Base,
        empty_int: bool,
    },
    /// `12.34f32`, `1e3`; `empty_exponent` for `1e`.
    Float {
        base: Base,
        empty_exponent: bool,
    },
    Char {
        terminated: bool,
    },
    Byte {
        terminated: bool,
    },
    Str {
        terminated: bool,
    },
    ByteStr {
        terminated: bool,
    },
    CStr {
        terminated: bool,
    },
    /// `r"..."`, `r#"..."#`; `n_hashes` is `None` when the literal is malformed.
    RawStr {
        n_hashes: Option<u8>,
    },
    RawByteStr {
        n_hashes: Option<u8>,
    },
    RawCStr {
        n_hashes: Option<u8>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Base {
    Binary = 2,
    Octal = 8,
    Decimal = 10,
    Hexadecimal = 16,
}

/// The length of a `#!` shebang line to skip, if the input starts with one. `#![attr]` is an
/// inner attribute, not a shebang.
pub fn strip_shebang(input: &str) -> Option<usize> {
    let rest = input.strip_prefix("#!")?;
    let next_non_ws = tokenize(rest).map(|tok| tok.kind).find(|kind| {
        !matches!(
            kind,
            TokenKind::Whitespace
                | TokenKind::LineComment { doc_style: None }
                | TokenKind::BlockComment {
                    doc_style: None,
                    ..
                }
        )
    });
    if next_non_ws == Some(TokenKind::OpenBracket) {
        return None;
    }
    Some(2 + rest.lines().next().unwrap_or_default().len())
}

/// Tokenizes `input` lazily; the last token is never `Eof`.
pub fn tokenize(input: &str) -> impl Iterator<Item = Token> + '_ {
    let mut cursor = Cursor::new(input);
    std::iter::from_fn(move || {
        let token = cursor.advance_token();
        if token.kind != TokenKind::Eof {
            Some(token)
        } else {
            None
        }
    })
}

/// Whether `c` is whitespace in Rust's grammar (Pattern_White_Space).
pub fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{0009}'
            | '\u{000A}'
            | '\u{000B}'
            | '\u{000C}'
            | '\u{000D}'
            | '\u{0020}'
            | '\u{0085}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_xid::UnicodeXID::is_xid_start(c)
}

pub fn is_id_continue(c: char) -> bool {
    unicode_xid::UnicodeXID::is_xid_continue(c)
}

/// Whether `string` is a valid identifier (not checking keywords).
pub fn is_ident(string: &str) -> bool {
    let mut chars = string.chars();
    match chars.next() {
        Some(start) => is_id_start(start) && chars.all(is_id_continue),
        None => false,
    }
}

impl Cursor<'_> {
    /// Parses one token from the input.
    pub fn advance_token(&mut self) -> Token {
        let Some(first_char) = self.bump() else {
            return Token {
                kind: TokenKind::Eof,
                len: 0,
            };
        };
        let kind = match first_char {
            '/' => match self.first() {
                '/' => self.line_comment(),
                '*' => self.block_comment(),
                _ => TokenKind::Slash,
            },
            c if is_whitespace(c) => self.whitespace(),
            'r' => match (self.first(), self.second()) {
                ('#', c1) if is_id_start(c1) => self.raw_ident(),
                ('#', _) | ('"', _) => {
                    let res = self.raw_double_quoted_string();
                    let suffix_start = self.pos_within_token();
                    if res.is_ok() {
                        self.eat_literal_suffix();
                    }
                    let kind = LiteralKind::RawStr { n_hashes: res.ok() };
                    TokenKind::Literal { kind, suffix_start }
                }
                _ => self.ident_or_unknown_prefix(),
            },
            'b' => self.c_or_byte_string(
                |terminated| LiteralKind::ByteStr { terminated },
                |n_hashes| LiteralKind::RawByteStr { n_hashes },
                Some(|terminated| LiteralKind::Byte { terminated }),
            ),
            'c' => self.c_or_byte_string(
                |terminated| LiteralKind::CStr { terminated },
                |n_hashes| LiteralKind::RawCStr { n_hashes },
                None,
            ),
            c if is_id_start(c) => self.ident_or_unknown_prefix(),
            c @ '0'..='9' => {
                let literal_kind = self.number(c);
                let suffix_start = self.pos_within_token();
                self.eat_literal_suffix();
                TokenKind::Literal {
                    kind: literal_kind,
                    suffix_start,
                }
            }
            ';' => TokenKind::Semi,
            ',' => TokenKind::Comma,
            '.' => TokenKind::Dot,
            '(' => TokenKind::OpenParen,
            ')' => TokenKind::CloseParen,
            '{' => TokenKind::OpenBrace,
            '}' => TokenKind::CloseBrace,
            '[' => TokenKind::OpenBracket,
            ']' => TokenKind::CloseBracket,
            '@' => TokenKind::At,
            '#' => TokenKind::Pound,
            '~' => TokenKind::Tilde,
            '?' => TokenKind::Question,
            ':' => TokenKind::Colon,
            '$' => TokenKind::Dollar,
            '=' => TokenKind::Eq,
            '!' => TokenKind::Bang,
            '<' => TokenKind::Lt,
            '>' => TokenKind::Gt,
            '-' => TokenKind::Minus,
            '&' => TokenKind::And,
            '|' => TokenKind::Or,
            '+' => TokenKind::Plus,
            '*' => TokenKind::Star,
            '^' => TokenKind::Caret,
            '%' => TokenKind::Percent,
            '\'' => self.lifetime_or_char(),
            '"' => {
                let terminated = self.double_quoted_string();
                let suffix_start = self.pos_within_token();
                if terminated {
                    self.eat_literal_suffix();
                }
                TokenKind::Literal {
                    kind: LiteralKind::Str { terminated },
                    suffix_start,
                }
            }
            c if !c.is_ascii() && unicode_xid::UnicodeXID::is_xid_continue(c) => {
                self.invalid_ident()
            }
            c if !c.is_ascii() && is_emoji_like(c) => self.invalid_ident(),
            _ => TokenKind::Unknown,
        };
        let res = Token {
            kind,
            len: self.pos_within_token(),
        };
        self.reset_pos_within_token();
        res
    }

    fn line_comment(&mut self) -> TokenKind {
        self.bump();
        let doc_style = match self.first() {
            // `//!` is an inner doc comment.
            '!' => Some(DocStyle::Inner),
            // `////` (more than 3 slashes) is not a doc comment.
            '/' if self.second() != '/' => Some(DocStyle::Outer),
            _ => None,
        };
        self.eat_until(b'\n');
        TokenKind::LineComment { doc_style }
    }

    fn block_comment(&mut self) -> TokenKind {
        self.bump();
        let doc_style = match self.first() {
            '!' => Some(DocStyle::Inner),
            // `/***` (more than 2 stars) and `/**/` are not doc comments.
            '*' if !matches!(self.second(), '*' | '/') => Some(DocStyle::Outer),
            _ => None,
        };
        let mut depth = 1usize;
        while let Some(c) = self.bump() {
            match c {
                '/' if self.first() == '*' => {
                    self.bump();
                    depth += 1;
                }
                '*' if self.first() == '/' => {
                    self.bump();
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => (),
            }
        }
        TokenKind::BlockComment {
            doc_style,
            terminated: depth == 0,
        }
    }

    fn whitespace(&mut self) -> TokenKind {
        self.eat_while(is_whitespace);
        TokenKind::Whitespace
    }

    fn raw_ident(&mut self) -> TokenKind {
        // Eat "#" symbol.
        self.bump();
        self.eat_identifier();
        TokenKind::RawIdent
    }

    fn ident_or_unknown_prefix(&mut self) -> TokenKind {
        self.eat_while(is_id_continue);
        match self.first() {
            '#' | '"' | '\'' => TokenKind::UnknownPrefix,
            c if !c.is_ascii() && is_emoji_like(c) => self.invalid_ident(),
            _ => TokenKind::Ident,
        }
    }

    fn invalid_ident(&mut self) -> TokenKind {
        self.eat_while(|c| {
            is_id_continue(c) || (!c.is_ascii() && is_emoji_like(c)) || c == '\u{200d}'
        });
        TokenKind::InvalidIdent
    }

    fn c_or_byte_string(
        &mut self,
        mk_kind: impl FnOnce(bool) -> LiteralKind,
        mk_kind_raw: impl FnOnce(Option<u8>) -> LiteralKind,
        single_quoted: Option<fn(bool) -> LiteralKind>,
    ) -> TokenKind {
        match (self.first(), self.second(), single_quoted) {
            ('\'', _, Some(single_quoted)) => {
                self.bump();
                let terminated = self.single_quoted_string();
                let suffix_start = self.pos_within_token();
                if terminated {
                    self.eat_literal_suffix();
                }
                TokenKind::Literal {
                    kind: single_quoted(terminated),
                    suffix_start,
                }
            }
            ('"', _, _) => {
                self.bump();
                let terminated = self.double_quoted_string();
                let suffix_start = self.pos_within_token();
                if terminated {
                    self.eat_literal_suffix();
                }
                TokenKind::Literal {
                    kind: mk_kind(terminated),
                    suffix_start,
                }
            }
            ('r', '"', _) | ('r', '#', _) => {
                self.bump();
                let res = self.raw_double_quoted_string();
                let suffix_start = self.pos_within_token();
                if res.is_ok() {
                    self.eat_literal_suffix();
                }
                TokenKind::Literal {
                    kind: mk_kind_raw(res.ok()),
                    suffix_start,
                }
            }
            _ => self.ident_or_unknown_prefix(),
        }
    }

    fn number(&mut self, first_digit: char) -> LiteralKind {
        let mut base = Base::Decimal;
        if first_digit == '0' {
            // Attempt to parse encoding base.
            match self.first() {
                'b' => {
                    base = Base::Binary;
                    self.bump();
                    if !self.eat_decimal_digits() {
                        return LiteralKind::Int {
                            base,
                            empty_int: true,
                        };
                    }
                }
                'o' => {
                    base = Base::Octal;
                    self.bump();
                    if !self.eat_decimal_digits() {
                        return LiteralKind::Int {
                            base,
                            empty_int: true,
                        };
                    }
                }
                'x' => {
                    base = Base::Hexadecimal;
                    self.bump();
                    if !self.eat_hexadecimal_digits() {
                        return LiteralKind::Int {
                            base,
                            empty_int: true,
                        };
                    }
                }
                // Not a base prefix; consume additional digits.
                '0'..='9' | '_' => {
                    self.eat_decimal_digits();
                }
                // Also not a base prefix; nothing more to do here.
                '.' | 'e' | 'E' => {}
                // Just a 0.
                _ => {
                    return LiteralKind::Int {
                        base,
                        empty_int: false,
                    }
                }
            }
        } else {
            // No base prefix, parse number in the usual way.
            self.eat_decimal_digits();
        }

        match self.first() {
            // Don't be greedy if this is actually an integer literal followed by field/method
            // access or a range pattern (`0..2` and `12.foo()`).
            '.' if self.second() != '.' && !is_id_start(self.second()) => {
                // Might have stuff after the ., and if it does, it needs to start with a number.
                self.bump();
                let mut empty_exponent = false;
                if self.first().is_ascii_digit() {
                    self.eat_decimal_digits();
                    match self.first() {
                        'e' | 'E' => {
                            self.bump();
                            empty_exponent = !self.eat_float_exponent();
                        }
                        _ => (),
                    }
                }
                LiteralKind::Float {
                    base,
                    empty_exponent,
                }
            }
            'e' | 'E' => {
                self.bump();
                let empty_exponent = !self.eat_float_exponent();
                LiteralKind::Float {
                    base,
                    empty_exponent,
                }
            }
            _ => LiteralKind::Int {
                base,
                empty_int: false,
            },
        }
    }

    fn lifetime_or_char(&mut self) -> TokenKind {
        let can_be_a_lifetime = if self.second() == '\'' {
            // It's surely not a lifetime.
            false
        } else {
            // If the first symbol is valid for identifier, it can be a lifetime.
            // Also check if it's a number for a better error reporting (so '0 will
            // be reported as invalid lifetime and not as unterminated char literal).
            is_id_start(self.first()) || self.first().is_ascii_digit()
        };

        if !can_be_a_lifetime {
            let terminated = self.single_quoted_string();
            let suffix_start = self.pos_within_token();
            if terminated {
                self.eat_literal_suffix();
            }
            let kind = LiteralKind::Char { terminated };
            return TokenKind::Literal { kind, suffix_start };
        }

        if self.first() == 'r' && self.second() == '#' && is_id_start(self.third()) {
            // Eat "r" and `#`, and identifier start characters.
            self.bump();
            self.bump();
            self.bump();
            self.eat_while(is_id_continue);
            return TokenKind::RawLifetime;
        }

        // Either a lifetime or a character literal with length greater than 1.
        let starts_with_number = self.first().is_ascii_digit();

        // Skip the literal contents.
        // First symbol can be a number (which isn't a valid identifier start),
        // so skip it without any checks.
        self.bump();
        self.eat_while(is_id_continue);

        match self.first() {
            // Check if after skipping literal contents we've met a closing
            // quote (which means that user attempted to create a string with single quotes).
            '\'' => {
                self.bump();
                let kind = LiteralKind::Char { terminated: true };
                TokenKind::Literal {
                    kind,
                    suffix_start: self.pos_within_token(),
                }
            }
            _ => TokenKind::Lifetime { starts_with_number },
        }
    }

    fn single_quoted_string(&mut self) -> bool {
        // Check if it's a one-symbol literal.
        if self.second() == '\'' && self.first() != '\\' {
            self.bump();
            self.bump();
            return true;
        }

        // Literal has more than one symbol.
        loop {
            match self.first() {
                // Quotes are terminating the string, so it's not a lifetime.
                '\'' => {
                    self.bump();
                    return true;
                }
                // Probably beginning of the comment, which we don't want to include
                // to the error report.
                '/' => break,
                // Newline without following '\'' means unclosed quote, stop parsing.
                '\n' if self.second() != '\'' => break,
                // End of file, stop parsing.
                EOF_CHAR if self.is_eof() => break,
                // Escaped slash is considered one character, so bump twice.
                '\\' => {
                    self.bump();
                    self.bump();
                }
                // Skip the character.
                _ => {
                    self.bump();
                }
            }
        }
        // String was not terminated.
        false
    }

    /// Eats double-quoted string and returns true if the string is terminated.
    fn double_quoted_string(&mut self) -> bool {
        while let Some(c) = self.bump() {
            match c {
                '"' => {
                    return true;
                }
                '\\' if self.first() == '\\' || self.first() == '"' => {
                    // Bump again to skip escaped character.
                    self.bump();
                }
                _ => (),
            }
        }
        // End of file reached.
        false
    }

    /// Eats a raw string: `#*"..."#*`. Returns the number of hashes, or `Err` if malformed
    /// (too many hashes, no opening quote, or unterminated).
    fn raw_double_quoted_string(&mut self) -> Result<u8, ()> {
        // Count opening '#' symbols.
        let start_pos = self.pos_within_token();
        self.eat_while(|c| c == '#');
        let n_start_hashes = self.pos_within_token() - start_pos;

        // Check that string is started.
        match self.bump() {
            Some('"') => (),
            _ => return Err(()),
        }

        // Skip the string contents and on each '#' character met, check if this is
        // a raw string termination.
        loop {
            self.eat_until(b'"');
            if self.is_eof() {
                return Err(());
            }
            // Eat closing double quote.
            self.bump();
            // Check that amount of closing '#' symbols is equal to the amount of opening ones.
            let mut n_end_hashes = 0;
            while self.first() == '#' && n_end_hashes < n_start_hashes {
                n_end_hashes += 1;
                self.bump();
            }
            if n_end_hashes == n_start_hashes {
                return u8::try_from(n_start_hashes).map_err(|_| ());
            }
        }
    }

    fn eat_decimal_digits(&mut self) -> bool {
        let mut has_digits = false;
        loop {
            match self.first() {
                '_' => {
                    self.bump();
                }
                '0'..='9' => {
                    has_digits = true;
                    self.bump();
                }
                _ => break,
            }
        }
        has_digits
    }

    fn eat_hexadecimal_digits(&mut self) -> bool {
        let mut has_digits = false;
        loop {
            match self.first() {
                '_' => {
                    self.bump();
                }
                '0'..='9' | 'a'..='f' | 'A'..='F' => {
                    has_digits = true;
                    self.bump();
                }
                _ => break,
            }
        }
        has_digits
    }

    /// Eats the float exponent. Returns true if at least one digit was met.
    fn eat_float_exponent(&mut self) -> bool {
        if self.first() == '-' || self.first() == '+' {
            self.bump();
        }
        self.eat_decimal_digits()
    }

    /// Eats the suffix of the literal, e.g. "u8".
    fn eat_literal_suffix(&mut self) {
        self.eat_identifier();
    }

    /// Eats the identifier. Note: succeeds on `_`, which isn't a valid identifier.
    fn eat_identifier(&mut self) {
        if !is_id_start(self.first()) {
            return;
        }
        self.bump();
        self.eat_while(is_id_continue);
    }
}

/// Characters that are neither XID nor ASCII but that users put in identifiers (emoji); they
/// make an `InvalidIdent` so the error names the whole word.
fn is_emoji_like(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF)
}

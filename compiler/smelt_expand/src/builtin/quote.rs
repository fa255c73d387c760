//! Writing code for built-in macros as Rust source text: a template such as
//! `"if !$0 { $crate::panic!($1) }"` is lexed once, every token gets the expansion's call-site
//! span (`$crate` its def-site span), and `$N` is replaced by the N-th given token stream.

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use smelt_ast::token::{Lit, LitKind, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_session::Session;
use smelt_span::kw;

use super::Spans;

/// Lexed templates by their text. Templates are few and reused (every `assert!`), so each
/// is lexed once per crate.
pub type QuoteCache = RefCell<FxHashMap<String, TokenStream>>;

pub struct Quoter<'a> {
    pub sess: &'a Session,
    pub spans: Spans,
    cache: &'a QuoteCache,
}

impl<'a> Quoter<'a> {
    pub fn new(sess: &'a Session, spans: Spans, cache: &'a QuoteCache) -> Quoter<'a> {
        Quoter { sess, spans, cache }
    }

    fn lex(&self, src: &str) -> TokenStream {
        if let Some(t) = self.cache.borrow().get(src) {
            return t.clone();
        }
        let file = self
            .sess
            .source_map
            .new_external_source_file("<built-in macro>".to_string(), src.to_string());
        let tokens = smelt_parse::lex_file(self.sess, &file);
        self.cache
            .borrow_mut()
            .insert(src.to_string(), tokens.clone());
        tokens
    }

    /// The template's tokens with spans set and `$N` substituted.
    pub fn quote(&self, src: &str, subs: &[TokenStream]) -> TokenStream {
        let tokens = self.lex(src);
        self.respan(&tokens, subs)
    }

    fn respan(&self, tokens: &TokenStream, subs: &[TokenStream]) -> TokenStream {
        let call = self.spans.call;
        let trees: Vec<&TokenTree> = tokens.trees().collect();
        let mut out = Vec::with_capacity(trees.len());
        let mut i = 0;
        while i < trees.len() {
            match trees[i] {
                TokenTree::Token(
                    Token {
                        kind: TokenKind::Dollar,
                        ..
                    },
                    _,
                ) => match trees.get(i + 1) {
                    Some(TokenTree::Token(
                        Token {
                            kind: TokenKind::Ident(name, false),
                            ..
                        },
                        sp,
                    )) if *name == kw::Crate => {
                        out.push(TokenTree::Token(
                            Token::new(TokenKind::Ident(kw::DollarCrate, false), self.spans.def),
                            *sp,
                        ));
                        i += 2;
                        continue;
                    }
                    Some(TokenTree::Token(
                        Token {
                            kind:
                                TokenKind::Literal(Lit {
                                    kind: LitKind::Integer,
                                    symbol,
                                    ..
                                }),
                            ..
                        },
                        _,
                    )) => {
                        let n: usize = self.sess.str(*symbol).parse().unwrap_or(usize::MAX);
                        if let Some(s) = subs.get(n) {
                            out.extend(s.trees().cloned());
                        }
                        i += 2;
                        continue;
                    }
                    _ => out.push(TokenTree::Token(
                        Token::new(TokenKind::Dollar, call),
                        Spacing::Alone,
                    )),
                },
                TokenTree::Token(t, sp) => {
                    out.push(TokenTree::Token(Token::new(t.kind.clone(), call), *sp))
                }
                TokenTree::Delimited(_, delim, inner) => {
                    out.push(TokenTree::Delimited(
                        DelimSpan::from_single(call),
                        *delim,
                        self.respan(inner, subs),
                    ));
                }
            }
            i += 1;
        }
        TokenStream::new(out)
    }

    fn lit(&self, kind: LitKind, text: &str, suffix: Option<&str>) -> TokenStream {
        let tok = Token::new(
            TokenKind::Literal(Lit {
                kind,
                symbol: self.sess.intern(text),
                suffix: suffix.map(|s| self.sess.intern(s)),
            }),
            self.spans.call,
        );
        TokenStream::new(vec![TokenTree::Token(tok, Spacing::Alone)])
    }

    /// A string literal with the given value.
    pub fn str_lit(&self, value: &str) -> TokenStream {
        self.lit(LitKind::Str, &escape_str(value), None)
    }

    pub fn int_lit(&self, value: u128, suffix: Option<&str>) -> TokenStream {
        self.lit(LitKind::Integer, &value.to_string(), suffix)
    }

    /// A byte string literal with the given bytes.
    pub fn byte_str_lit(&self, bytes: &[u8]) -> TokenStream {
        let mut s = String::with_capacity(bytes.len());
        for &b in bytes {
            match b {
                b'"' => s.push_str("\\\""),
                b'\\' => s.push_str("\\\\"),
                b'\n' => s.push_str("\\n"),
                b'\t' => s.push_str("\\t"),
                0x20..=0x7e => s.push(b as char),
                _ => s.push_str(&format!("\\x{b:02x}")),
            }
        }
        self.lit(LitKind::ByteStr, &s, None)
    }
}

/// A string's contents as the text of a (cooked) string literal.
pub fn escape_str(value: &str) -> String {
    let mut s = String::with_capacity(value.len() + 2);
    for c in value.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            '\0' => s.push_str("\\0"),
            c if c.is_control() => s.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => s.push(c),
        }
    }
    s
}

//! Token trees: tokens grouped by their delimiters. Source files are lexed into a token stream
//! before parsing (which is where unbalanced delimiters are reported), macro arguments are
//! token streams, and `macro_rules!` matches and produces them.

use std::rc::Rc;

use smelt_span::Span;

use crate::token::{Delimiter, Token, TokenKind};

/// Whether a punctuation token is immediately followed by another punctuation token
/// (`Joint`, as in `+=` written `+` `=` by a macro) or not.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Spacing {
    Alone,
    Joint,
}

/// The spans of a delimited group's open and close delimiters.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub struct DelimSpan {
    pub open: Span,
    pub close: Span,
}

impl DelimSpan {
    pub fn from_single(span: Span) -> DelimSpan {
        DelimSpan {
            open: span,
            close: span,
        }
    }

    pub fn entire(self) -> Span {
        self.open.to(self.close)
    }
}

#[derive(Clone, PartialEq, Debug)]
pub enum TokenTree {
    Token(Token, Spacing),
    Delimited(DelimSpan, Delimiter, TokenStream),
}

impl TokenTree {
    pub fn span(&self) -> Span {
        match self {
            TokenTree::Token(t, _) => t.span,
            TokenTree::Delimited(d, ..) => d.entire(),
        }
    }

    pub fn token_alone(kind: TokenKind, span: Span) -> TokenTree {
        TokenTree::Token(Token::new(kind, span), Spacing::Alone)
    }
}

/// A cheaply clonable sequence of token trees.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct TokenStream(pub Rc<Vec<TokenTree>>);

impl TokenStream {
    pub fn new(trees: Vec<TokenTree>) -> TokenStream {
        TokenStream(Rc::new(trees))
    }

    pub fn empty() -> TokenStream {
        TokenStream::default()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn trees(&self) -> std::slice::Iter<'_, TokenTree> {
        self.0.iter()
    }

    pub fn get(&self, i: usize) -> Option<&TokenTree> {
        self.0.get(i)
    }

    /// The span from the first to the last tree.
    pub fn span(&self) -> Option<Span> {
        let first = self.0.first()?.span();
        let last = self.0.last()?.span();
        Some(first.to(last))
    }
}

impl Drop for TokenStream {
    /// Drops deeply nested streams with an explicit stack: input nesting must never overflow
    /// the native stack (`((((...))))` a hundred thousand levels deep is valid input).
    fn drop(&mut self) {
        let Some(trees) = Rc::get_mut(&mut self.0) else {
            return;
        };
        let mut stack: Vec<TokenStream> = Vec::new();
        for tree in trees.drain(..) {
            if let TokenTree::Delimited(_, _, inner) = tree {
                stack.push(inner);
            }
        }
        while let Some(mut stream) = stack.pop() {
            if let Some(trees) = Rc::get_mut(&mut stream.0) {
                for tree in trees.drain(..) {
                    if let TokenTree::Delimited(_, _, inner) = tree {
                        stack.push(inner);
                    }
                }
            }
        }
    }
}

/// Walks a token stream depth-first, yielding delimiters as tokens: the flat view the parser
/// consumes. It keeps its own stack, so nesting depth costs heap, not native stack.
#[derive(Clone)]
pub struct TokenCursor {
    /// The stream being walked and the index of the next tree in it.
    current: (TokenStream, usize),
    /// Enclosing streams with their delimiters, to resume after a group closes.
    stack: Vec<(TokenStream, usize, DelimSpan, Delimiter)>,
}

impl TokenCursor {
    pub fn new(stream: TokenStream) -> TokenCursor {
        TokenCursor {
            current: (stream, 0),
            stack: Vec::new(),
        }
    }

    /// The next token with its spacing, or `Eof` (with the given span) at the end.
    pub fn next(&mut self, eof_span: Span) -> (Token, Spacing) {
        loop {
            let (stream, index) = &mut self.current;
            if let Some(tree) = stream.0.get(*index) {
                *index += 1;
                match tree {
                    TokenTree::Token(token, spacing) => return (token.clone(), *spacing),
                    TokenTree::Delimited(dspan, delim, inner) => {
                        let (dspan, delim, inner) = (*dspan, *delim, inner.clone());
                        let parent = std::mem::replace(&mut self.current, (inner, 0));
                        self.stack.push((parent.0, parent.1, dspan, delim));
                        if delim == Delimiter::Invisible {
                            continue;
                        }
                        return (
                            Token::new(TokenKind::OpenDelim(delim), dspan.open),
                            Spacing::Alone,
                        );
                    }
                }
            } else if let Some((stream, index, dspan, delim)) = self.stack.pop() {
                self.current = (stream, index);
                if delim == Delimiter::Invisible {
                    continue;
                }
                return (
                    Token::new(TokenKind::CloseDelim(delim), dspan.close),
                    Spacing::Alone,
                );
            } else {
                return (Token::new(TokenKind::Eof, eof_span), Spacing::Alone);
            }
        }
    }

    /// How many delimited groups enclose the next token.
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The rest of the current group (for `macro_rules!` matching of a `tt` at this point).
    pub fn rest_of_group(&self) -> &[TokenTree] {
        let (stream, index) = &self.current;
        &stream.0[(*index).min(stream.0.len())..]
    }
}

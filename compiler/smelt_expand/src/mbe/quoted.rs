//! Parsing one side of a rule (a matcher or a transcriber) from token trees into the flat
//! `QTree` list: `$x:frag`, `$x`, `$crate` and `$( ... ) sep op` are recognised here, and
//! malformed ones are reported as rustc reports them.

use smelt_ast::token::{self, BinOpToken, Delimiter, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, TokenStream, TokenTree};
use smelt_errors::{ErrorGuaranteed, Level};
use smelt_parse::NonterminalKind;
use smelt_session::Session;
use smelt_span::{kw, Edition, Ident, Span};

use super::{Fragment, KleeneOp, QTree, SeqInfo};

/// Which side of a rule is being parsed.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(super) enum RulePart {
    /// The matcher: `$x:frag` declares a metavariable.
    Pattern,
    /// The transcriber: `$x` uses one; `${...}` would be a metavariable expression.
    Body,
}

/// How deeply repetitions may nest in one rule. Bindings nest as deeply as repetitions do,
/// and they are dropped and cloned recursively; no real macro comes near this.
const MAX_SEQ_DEPTH: usize = 128;

pub(super) const VALID_FRAGMENT_NAMES_MSG: &str = "valid fragment specifiers are `ident`, \
    `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` \
    and `vis`, along with `expr_2021` and `pat_param` for edition compatibility";

/// What a group being parsed is.
enum FrameKind {
    /// The rule side itself.
    Root,
    /// A delimited group whose `Open` entry is at this index.
    Group {
        open: usize,
        delim: Delimiter,
        dspan: DelimSpan,
    },
    /// An invisible group in a matcher: its contents are matched as if not grouped (the
    /// parser never sees invisible delimiters).
    Transparent,
    /// A repetition whose `SeqOpen` entry is at this index.
    Seq { open: usize, dspan: DelimSpan },
}

struct Frame {
    stream: TokenStream,
    next: usize,
    kind: FrameKind,
}

impl Frame {
    fn peek(&self) -> Option<&TokenTree> {
        self.stream.get(self.next)
    }

    fn next_tree(&mut self) -> Option<TokenTree> {
        let tree = self.stream.get(self.next).cloned();
        if tree.is_some() {
            self.next += 1;
        }
        tree
    }
}

/// Parses the contents of a rule side. Errors are reported to `sess.dcx`; the first one is
/// recorded in `guar`, and the list is still returned (with placeholders where things were
/// malformed) so that the caller can go on checking the definition.
pub(super) fn parse(
    sess: &Session,
    input: &TokenStream,
    part: RulePart,
    edition: Edition,
    guar: &mut Option<ErrorGuaranteed>,
) -> Vec<QTree> {
    let mut out: Vec<QTree> = Vec::new();
    let mut stack = vec![Frame {
        stream: input.clone(),
        next: 0,
        kind: FrameKind::Root,
    }];
    let mut seq_depth = 0usize;
    let mut report = |g: ErrorGuaranteed| {
        if guar.is_none() {
            *guar = Some(g);
        }
    };

    while let Some(frame) = stack.last_mut() {
        let Some(tree) = frame.next_tree() else {
            // The group is finished: close it.
            let Some(done) = stack.pop() else { break };
            match done.kind {
                FrameKind::Root => break,
                FrameKind::Transparent => {}
                FrameKind::Group { open, delim, dspan } => {
                    let close = out.len();
                    out.push(QTree::Close { delim, dspan });
                    if let Some(QTree::Open { close: c, .. }) = out.get_mut(open) {
                        *c = close;
                    }
                }
                FrameKind::Seq { open, dspan } => {
                    seq_depth -= 1;
                    // The separator and operator follow the group in the enclosing stream.
                    let (separator, op, op_span) = match stack.last_mut() {
                        Some(parent) => {
                            parse_sep_and_kleene_op(sess, parent, dspan.entire(), &mut report)
                        }
                        None => (None, KleeneOp::ZeroOrMore, dspan.entire()),
                    };
                    let num_captures = match part {
                        RulePart::Pattern => out[open + 1..]
                            .iter()
                            .filter(|t| matches!(t, QTree::MetaVarDecl { .. }))
                            .count(),
                        RulePart::Body => 0,
                    };
                    let end = out.len();
                    out.push(QTree::SeqEnd { open });
                    if let Some(QTree::SeqOpen { end: e, seq, .. }) = out.get_mut(open) {
                        *e = end;
                        *seq = SeqInfo {
                            separator,
                            op,
                            op_span,
                            num_captures,
                        };
                    }
                }
            }
            continue;
        };

        match tree {
            TokenTree::Token(
                Token {
                    kind: TokenKind::Dollar,
                    span: dollar_span,
                },
                dollar_spacing,
            ) => {
                let next = frame.next_tree();
                match next {
                    // `$( ... )`: a repetition (or, in a transcriber, `${ ... }`).
                    Some(TokenTree::Delimited(dspan, delim, inner)) => {
                        match part {
                            RulePart::Pattern => {
                                if delim != Delimiter::Parenthesis {
                                    report(dollar_dollar_or_metavar_in_lhs(
                                        sess,
                                        &token::token_kind_to_string(
                                            &TokenKind::OpenDelim(delim),
                                            &sess.interner,
                                        ),
                                        dspan.entire(),
                                    ));
                                }
                            }
                            RulePart::Body => match delim {
                                Delimiter::Brace => {
                                    report(metavar_expr_unstable(sess, dspan.entire()));
                                    continue;
                                }
                                Delimiter::Parenthesis => {}
                                _ => {
                                    let tok = token::token_kind_to_string(
                                        &TokenKind::OpenDelim(delim),
                                        &sess.interner,
                                    );
                                    report(sess.dcx.err(
                                        dspan.entire(),
                                        format!("expected `(` or `{{`, found `{tok}`"),
                                    ));
                                }
                            },
                        }
                        if seq_depth >= MAX_SEQ_DEPTH {
                            report(sess.dcx.err(
                                dspan.entire(),
                                format!(
                                    "`macro_rules!` repetitions nested more than \
                                     {MAX_SEQ_DEPTH} deep are not supported by smelt"
                                ),
                            ));
                            // Skip the repetition and its operator.
                            let _ =
                                parse_sep_and_kleene_op(sess, frame, dspan.entire(), &mut |_| {});
                            continue;
                        }
                        seq_depth += 1;
                        let open = out.len();
                        out.push(QTree::SeqOpen {
                            dspan,
                            end: open,
                            seq: SeqInfo {
                                separator: None,
                                op: KleeneOp::ZeroOrMore,
                                op_span: dspan.entire(),
                                num_captures: 0,
                            },
                        });
                        stack.push(Frame {
                            stream: inner,
                            next: 0,
                            kind: FrameKind::Seq { open, dspan },
                        });
                    }
                    // `$x`, `$crate`, or (in a matcher) `$x:frag`.
                    Some(TokenTree::Token(tok, spacing)) if tok.ident().is_some() => {
                        let Some((ident, raw)) = tok.ident() else {
                            continue;
                        };
                        let span = Span {
                            lo: dollar_span.lo,
                            ..tok.span
                        };
                        if ident.name == kw::Crate && !raw {
                            out.push(QTree::Token(
                                Token::new(TokenKind::Ident(kw::DollarCrate, false), span),
                                spacing,
                            ));
                        } else {
                            push_metavar(
                                sess,
                                frame,
                                &mut out,
                                part,
                                span,
                                ident,
                                edition,
                                &mut report,
                            );
                        }
                    }
                    // `$$`: an escaped dollar (unstable).
                    Some(TokenTree::Token(
                        Token {
                            kind: TokenKind::Dollar,
                            span,
                        },
                        spacing,
                    )) => {
                        match part {
                            RulePart::Pattern => {
                                report(dollar_dollar_or_metavar_in_lhs(sess, "$", span));
                            }
                            RulePart::Body => report(metavar_expr_unstable(sess, span)),
                        }
                        out.push(QTree::Token(Token::new(TokenKind::Dollar, span), spacing));
                    }
                    Some(TokenTree::Token(tok, _)) => {
                        let text = token::token_kind_to_string(&tok.kind, &sess.interner);
                        report(
                            sess.dcx
                                .err(tok.span, format!("expected identifier, found `{text}`")),
                        );
                        let name = Ident::new(kw::Empty, tok.span);
                        push_metavar(
                            sess,
                            frame,
                            &mut out,
                            part,
                            tok.span,
                            name,
                            edition,
                            &mut report,
                        );
                    }
                    // A `$` at the end of a group is just a `$`.
                    None => out.push(QTree::Token(
                        Token::new(TokenKind::Dollar, dollar_span),
                        dollar_spacing,
                    )),
                }
            }
            TokenTree::Token(tok, spacing) => out.push(QTree::Token(tok, spacing)),
            TokenTree::Delimited(dspan, delim, inner) => {
                if delim == Delimiter::Invisible && part == RulePart::Pattern {
                    stack.push(Frame {
                        stream: inner,
                        next: 0,
                        kind: FrameKind::Transparent,
                    });
                    continue;
                }
                let open = out.len();
                out.push(QTree::Open {
                    delim,
                    dspan,
                    close: open,
                });
                stack.push(Frame {
                    stream: inner,
                    next: 0,
                    kind: FrameKind::Group { open, delim, dspan },
                });
            }
        }
    }
    out
}

/// Pushes `$name` (a transcriber's metavariable), or in a matcher reads the `:frag` that must
/// follow and pushes the declaration. As in rustc, whatever follows `$name` in a matcher is
/// consumed even when it is not a fragment specifier.
#[allow(clippy::too_many_arguments)]
fn push_metavar(
    sess: &Session,
    frame: &mut Frame,
    out: &mut Vec<QTree>,
    part: RulePart,
    start: Span,
    name: Ident,
    edition: Edition,
    report: &mut impl FnMut(ErrorGuaranteed),
) {
    if part == RulePart::Body {
        out.push(QTree::MetaVar { span: start, name });
        return;
    }
    let span = match frame.next_tree() {
        Some(TokenTree::Token(
            Token {
                kind: TokenKind::Colon,
                span: colon_span,
            },
            _,
        )) => match frame.next_tree() {
            Some(TokenTree::Token(tok, _)) => match tok.ident() {
                Some((frag, _)) => {
                    let span = Span {
                        lo: start.lo,
                        ..tok.span
                    };
                    let kind = match NonterminalKind::from_symbol(frag.name, edition) {
                        Some(kind) => kind,
                        None => {
                            report(
                                sess.dcx
                                    .struct_err(
                                        span,
                                        format!(
                                            "invalid fragment specifier `{}`",
                                            sess.str(frag.name)
                                        ),
                                    )
                                    .help(VALID_FRAGMENT_NAMES_MSG)
                                    .emit(),
                            );
                            NonterminalKind::Ident
                        }
                    };
                    out.push(QTree::MetaVarDecl {
                        span,
                        name,
                        frag: Some(Fragment {
                            kind,
                            name: frag.name,
                        }),
                    });
                    return;
                }
                None => tok.span,
            },
            _ => Span {
                lo: start.lo,
                ..colon_span
            },
        },
        _ => start,
    };
    report(
        sess.dcx
            .struct_err(span, "missing fragment specifier")
            .note("fragment specifiers must be provided")
            .help(VALID_FRAGMENT_NAMES_MSG)
            .span_suggestion(span.shrink_to_hi(), "try adding a specifier here", ":spec")
            .emit(),
    );
    out.push(QTree::MetaVarDecl {
        span,
        name,
        frag: None,
    });
}

fn kleene_op(token: &Token) -> Option<KleeneOp> {
    match token.kind {
        TokenKind::BinOp(BinOpToken::Star) => Some(KleeneOp::ZeroOrMore),
        TokenKind::BinOp(BinOpToken::Plus) => Some(KleeneOp::OneOrMore),
        TokenKind::Question => Some(KleeneOp::ZeroOrOne),
        _ => None,
    }
}

/// Reads the optional separator and the Kleene operator after `$( ... )`. `span` is the
/// repetition's, for an operator missing at the end of the group.
fn parse_sep_and_kleene_op(
    sess: &Session,
    frame: &mut Frame,
    span: Span,
    report: &mut impl FnMut(ErrorGuaranteed),
) -> (Option<Token>, KleeneOp, Span) {
    let err_span = match frame.next_tree() {
        Some(TokenTree::Token(tok, _)) => match kleene_op(&tok) {
            Some(op) => return (None, op, tok.span),
            // A separator; the operator must follow.
            None => match frame.peek() {
                Some(TokenTree::Token(op_tok, _)) => {
                    let op_tok = op_tok.clone();
                    frame.next += 1;
                    match kleene_op(&op_tok) {
                        Some(KleeneOp::ZeroOrOne) => {
                            report(sess.dcx.err(
                                tok.span,
                                "the `?` macro repetition operator does not take a separator",
                            ));
                            return (None, KleeneOp::ZeroOrMore, op_tok.span);
                        }
                        Some(op) => return (Some(tok), op, op_tok.span),
                        None => op_tok.span,
                    }
                }
                Some(tree) => {
                    let span = tree.span();
                    frame.next += 1;
                    span
                }
                None => tok.span,
            },
        },
        Some(tree) => tree.span(),
        None => span,
    };
    report(sess.dcx.err(err_span, "expected one of: `*`, `+`, or `?`"));
    (None, KleeneOp::ZeroOrMore, err_span)
}

/// `$$`, `${...}` or `$[...]` in a matcher.
fn dollar_dollar_or_metavar_in_lhs(sess: &Session, token: &str, span: Span) -> ErrorGuaranteed {
    let guar = sess.dcx.err(span, format!("unexpected token: {token}"));
    sess.dcx
        .struct_span(
            Level::Note,
            span,
            "`$$` and meta-variable expressions are not allowed inside macro parameter definitions",
        )
        .emit();
    guar
}

/// `${...}` and `$$` in a transcriber: unstable in rustc, so rejected with its error.
fn metavar_expr_unstable(sess: &Session, span: Span) -> ErrorGuaranteed {
    sess.dcx
        .struct_err(span, "meta-variable expressions are unstable")
        .code("E0658")
        .note("see issue #83527 <https://github.com/rust-lang/rust/issues/83527> for more information")
        .emit()
}

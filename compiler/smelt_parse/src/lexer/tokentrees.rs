//! Grouping cooked tokens into token trees. Adjacent punctuation is glued here (`:` `:` into
//! `::`), where it is known whether whitespace separated two tokens, and unbalanced delimiters
//! are reported as rustc reports them.
//!
//! The builder keeps the open groups on an explicit stack rather than recursing, so nesting
//! depth costs heap, not native stack: a file of a hundred thousand `(` is only a long file.

use smelt_ast::token::{Delimiter, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_errors::{Diag, ErrorGuaranteed};
use smelt_span::{SourceMap, Span};

use super::{Lexed, StringReader};

struct OpenGroup {
    delim: Delimiter,
    open_span: Span,
    trees: Vec<TokenTree>,
}

pub(super) fn build(mut reader: StringReader<'_>) -> Lexed<'_> {
    let sess = reader.sess;
    let sm = sess.source_map.as_ref();
    let mut root: Vec<TokenTree> = Vec::new();
    let mut stack: Vec<OpenGroup> = Vec::new();
    // Brace pairs in the order they closed, for the "this opening brace..." labels.
    let mut matched_braces: Vec<(Span, Span)> = Vec::new();
    let mut empty_brace_blocks: Vec<Span> = Vec::new();
    let mut last_unclosed_found_span: Option<Span> = None;
    // Mismatches are reported at the end, before the error that ends the file, if any.
    let mut unmatched: Vec<UnmatchedDelim> = Vec::new();
    let mut final_error: Option<Diag<'_>> = None;

    let (mut token, _) = reader.next_token();
    loop {
        match token.kind {
            TokenKind::OpenDelim(delim) => {
                stack.push(OpenGroup {
                    delim,
                    open_span: token.span,
                    trees: Vec::new(),
                });
                token = reader.next_token().0;
            }
            TokenKind::CloseDelim(delim) => {
                let Some(top) = stack.last() else {
                    // rustc stops at a closing delimiter that closes nothing.
                    final_error = Some(unexpected_close_error(
                        sess,
                        &token,
                        &matched_braces,
                        &empty_brace_blocks,
                        &mut unmatched,
                    ));
                    break;
                };
                if top.delim == delim {
                    let Some(group) = stack.pop() else { break };
                    if delim == Delimiter::Brace {
                        matched_braces.push((group.open_span, token.span));
                        let whole = group.open_span.to(token.span);
                        if group.trees.is_empty() && !is_multiline(sm, whole) {
                            empty_brace_blocks.push(whole);
                        }
                    }
                    close_group(&mut stack, &mut root, group, token.span);
                    token = reader.next_token().0;
                } else {
                    // A mismatched closing delimiter closes the innermost group anyway. It is
                    // kept for an enclosing group it can close, and skipped otherwise.
                    let Some(group) = stack.pop() else { break };
                    if last_unclosed_found_span != Some(token.span) {
                        last_unclosed_found_span = Some(token.span);
                        let candidate = stack
                            .iter()
                            .chain(std::iter::once(&group))
                            .filter(|g| {
                                g.delim == delim
                                    && same_indentation_level(sm, token.span, g.open_span)
                            })
                            .last()
                            .map(|g| g.open_span);
                        unmatched.push(UnmatchedDelim {
                            found_delim: delim,
                            found_span: token.span,
                            unclosed_span: group.open_span,
                            candidate_span: candidate,
                        });
                    }
                    close_group(&mut stack, &mut root, group, token.span);
                    if !stack.iter().any(|g| g.delim == delim) {
                        token = reader.next_token().0;
                    }
                }
            }
            TokenKind::Eof => {
                // After a fatal lexer error the rest of the file is missing: its delimiters
                // are not unbalanced.
                if !stack.is_empty() && reader.stopped.is_none() {
                    let mut diag = sess
                        .dcx
                        .struct_err(token.span, "this file contains an unclosed delimiter");
                    for group in &stack {
                        diag = diag.span_label(group.open_span, "unclosed delimiter");
                    }
                    final_error = Some(diag);
                }
                while let Some(group) = stack.pop() {
                    close_group(&mut stack, &mut root, group, token.span);
                }
                break;
            }
            _ => {
                // Glue the following punctuation on while it touches this token.
                let (spacing, next) = loop {
                    let (next, preceded_by_whitespace) = reader.next_token();
                    if preceded_by_whitespace {
                        break (Spacing::Alone, next);
                    }
                    if let Some(glued) = token.glue(&next) {
                        token = glued;
                        continue;
                    }
                    let spacing = if is_punct(&token) && is_punct(&next) {
                        Spacing::Joint
                    } else {
                        Spacing::Alone
                    };
                    break (spacing, next);
                };
                let this = std::mem::replace(&mut token, next);
                push_tree(&mut stack, &mut root, TokenTree::Token(this, spacing));
            }
        }
    }
    // As in rustc, mismatched delimiters come first: they are the likelier cause.
    let mut blocked: Option<ErrorGuaranteed> = None;
    for u in unmatched {
        let close = u.found_delim.close();
        let mut diag = sess
            .dcx
            .struct_err(
                u.unclosed_span,
                format!("mismatched closing delimiter: `{close}`"),
            )
            .span_label(u.unclosed_span, "unclosed delimiter")
            .primary_span(
                u.found_span,
                Some("mismatched closing delimiter".to_string()),
            );
        if let Some(candidate) = u.candidate_span {
            diag = diag.span_label(candidate, "closing delimiter possibly meant for this");
        }
        blocked = Some(diag.emit());
    }
    if let Some(diag) = final_error {
        blocked = Some(diag.emit());
    }
    if let Some(guar) = reader.stopped {
        blocked = Some(guar);
    }
    Lexed {
        stream: TokenStream::new(root),
        blocked,
        deferred: std::mem::take(&mut reader.deferred),
    }
}

/// A closing delimiter that closed a group it did not open.
struct UnmatchedDelim {
    found_delim: Delimiter,
    found_span: Span,
    unclosed_span: Span,
    candidate_span: Option<Span>,
}

fn push_tree(stack: &mut [OpenGroup], root: &mut Vec<TokenTree>, tree: TokenTree) {
    match stack.last_mut() {
        Some(group) => group.trees.push(tree),
        None => root.push(tree),
    }
}

fn close_group(
    stack: &mut [OpenGroup],
    root: &mut Vec<TokenTree>,
    group: OpenGroup,
    close_span: Span,
) {
    let dspan = DelimSpan {
        open: group.open_span,
        close: close_span,
    };
    let tree = TokenTree::Delimited(dspan, group.delim, TokenStream::new(group.trees));
    push_tree(stack, root, tree);
}

fn unexpected_close_error<'a>(
    sess: &'a smelt_session::Session,
    token: &Token,
    matched_braces: &[(Span, Span)],
    empty_brace_blocks: &[Span],
    unmatched: &mut Vec<UnmatchedDelim>,
) -> Diag<'a> {
    let close = match token.kind {
        TokenKind::CloseDelim(d) => d.close(),
        _ => "",
    };
    let mut diag = sess.dcx.struct_err(
        token.span,
        format!("unexpected closing delimiter: `{close}`"),
    );
    // A `)` or `]` that closed a group it did not open is probably missing its opener, which
    // explains this stray delimiter better than a mismatch does.
    let mut missing_open = Vec::new();
    unmatched.retain(|u| {
        let opener = match u.found_delim {
            Delimiter::Parenthesis => "(",
            Delimiter::Bracket => "[",
            _ => return true,
        };
        missing_open.push((u.unclosed_span, u.found_span, opener));
        false
    });
    for (unclosed, found, opener) in &missing_open {
        diag = diag
            .span_label(*unclosed, "the nearest open delimiter")
            .span_label(
                *found,
                format!("missing open `{opener}` for this delimiter"),
            );
    }
    // Otherwise, point at the last block that closed: its closing brace is often the one that
    // was meant to come later.
    if missing_open.is_empty() {
        if let Some(&(open, close)) = matched_braces.last() {
            if !empty_brace_blocks.contains(&open.to(close)) {
                diag = diag
                    .span_label(open, "this opening brace...")
                    .span_label(close, "...matches this closing brace");
            }
        }
    }
    diag.span_label(token.span, "unexpected closing delimiter")
}

/// Punctuation that can be glued or marked `Joint`: operators and structural symbols, not
/// delimiters, identifiers or literals.
pub(crate) fn is_punct(token: &Token) -> bool {
    use TokenKind::*;
    matches!(
        token.kind,
        Eq | Lt
            | Le
            | EqEq
            | Ne
            | Ge
            | Gt
            | AndAnd
            | OrOr
            | Not
            | Tilde
            | BinOp(_)
            | BinOpEq(_)
            | At
            | Dot
            | DotDot
            | DotDotDot
            | DotDotEq
            | Comma
            | Semi
            | Colon
            | PathSep
            | RArrow
            | LArrow
            | FatArrow
            | Pound
            | Dollar
            | Question
            | SingleQuote
    )
}

fn is_multiline(sm: &SourceMap, span: Span) -> bool {
    super::on_different_lines(sm, span.lo, span.hi)
}

/// The indentation (leading whitespace width) of the line holding `span`'s start.
fn indentation(sm: &SourceMap, span: Span) -> Option<usize> {
    let file = sm.lookup_file(span.lo)?;
    let line = file.line_index(span.lo);
    let text = file.src.get(file.line_range(line))?;
    Some(text.len() - text.trim_start().len())
}

fn same_indentation_level(sm: &SourceMap, a: Span, b: Span) -> bool {
    matches!((indentation(sm, a), indentation(sm, b)), (Some(x), Some(y)) if x == y)
}

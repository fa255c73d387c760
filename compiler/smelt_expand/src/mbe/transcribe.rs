//! Transcription: filling a rule's right-hand side in with what its matcher bound.
//!
//! The right-hand side is walked with an explicit stack of frames (the whole side, a group
//! being rebuilt, a repetition being repeated), so nesting costs heap, not native stack.
//! `repeats` holds, for each repetition being expanded, the current iteration and the number
//! of iterations; a metavariable inside `n` repetitions is looked up by descending its binding
//! tree along the first `n` entries.

use std::mem;

use rustc_hash::FxHashMap;
use smelt_ast::token::{Delimiter, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_errors::Diag;
use smelt_session::Session;
use smelt_span::{ExpnId, Ident, Span, Symbol, SyntaxContext, Transparency};

use super::macro_parser::{NamedMatch, NamedMatches, ParseNtResult};
use super::{KleeneOp, QTree};

/// Adds the expansion's mark to spans of tokens written in the definition.
struct Marker<'s> {
    sess: &'s Session,
    expn: ExpnId,
    /// Most definition tokens share a context; remember the marked one.
    cache: FxHashMap<SyntaxContext, SyntaxContext>,
}

impl Marker<'_> {
    fn mark(&mut self, span: Span) -> Span {
        let (sess, expn) = (self.sess, self.expn);
        let ctxt = *self.cache.entry(span.ctxt).or_insert_with(|| {
            sess.hygiene
                .apply_mark(span.ctxt, expn, Transparency::SemiTransparent)
        });
        span.with_ctxt(ctxt)
    }

    fn mark_token(&mut self, token: &Token) -> Token {
        Token::new(token.kind.clone(), self.mark(token.span))
    }
}

enum FrameKind {
    Root,
    /// A group being rebuilt: its delimiter and (marked) spans.
    Delimited {
        delim: Delimiter,
        dspan: DelimSpan,
    },
    /// A repetition: its separator, pasted between iterations.
    Sequence {
        separator: Option<Token>,
    },
}

/// A run of `QTree`s being transcribed: entries `[lo, hi)`, the next one at `pos`.
struct Frame {
    lo: usize,
    hi: usize,
    pos: usize,
    kind: FrameKind,
}

/// Transcribes the contents of a rule's right-hand side (`src`, without its delimiters) with
/// the bindings `interp`, marking definition tokens with `expn`. A repetition whose
/// metavariables disagree is an error, returned unemitted.
pub(super) fn transcribe<'a>(
    sess: &'a Session,
    interp: &NamedMatches,
    src: &[QTree],
    expn: ExpnId,
) -> Result<TokenStream, Box<Diag<'a>>> {
    let mut marker = Marker {
        sess,
        expn,
        cache: FxHashMap::default(),
    };
    let mut stack = vec![Frame {
        lo: 0,
        hi: src.len(),
        pos: 0,
        kind: FrameKind::Root,
    }];
    let mut repeats: Vec<(usize, usize)> = Vec::new();
    let mut result: Vec<TokenTree> = Vec::new();
    let mut result_stack: Vec<Vec<TokenTree>> = Vec::new();

    loop {
        let Some(frame) = stack.last_mut() else {
            return Ok(TokenStream::new(result));
        };
        if frame.pos >= frame.hi {
            match &frame.kind {
                FrameKind::Sequence { separator } => {
                    if let Some((idx, len)) = repeats.last_mut() {
                        *idx += 1;
                        if *idx < *len {
                            frame.pos = frame.lo;
                            if let Some(sep) = separator {
                                let sep = marker.mark_token(sep);
                                result.push(TokenTree::Token(sep, Spacing::Alone));
                            }
                            continue;
                        }
                    }
                    repeats.pop();
                    stack.pop();
                }
                &FrameKind::Delimited { delim, dspan } => {
                    stack.pop();
                    let inner = mem::replace(&mut result, result_stack.pop().unwrap_or_default());
                    result.push(TokenTree::Delimited(dspan, delim, TokenStream::new(inner)));
                }
                FrameKind::Root => return Ok(TokenStream::new(result)),
            }
            continue;
        }

        let i = frame.pos;
        frame.pos = QTree::next_sibling(src, i);
        match &src[i] {
            QTree::Token(token, spacing) => {
                let token = marker.mark_token(token);
                result.push(TokenTree::Token(token, *spacing));
            }
            &QTree::Open {
                delim,
                dspan,
                close,
            } => {
                let dspan = DelimSpan {
                    open: marker.mark(dspan.open),
                    close: marker.mark(dspan.close),
                };
                stack.push(Frame {
                    lo: i + 1,
                    hi: close,
                    pos: i + 1,
                    kind: FrameKind::Delimited { delim, dspan },
                });
                result_stack.push(mem::take(&mut result));
            }
            QTree::SeqOpen { dspan, end, seq } => {
                let (lo, hi) = (i + 1, *end);
                match lockstep_iter_size(sess, &src[lo..hi.max(lo)], interp, &repeats) {
                    LockstepIterSize::Unconstrained => {
                        return Err(no_syntax_vars_error(
                            sess,
                            interp,
                            &src[lo..hi.max(lo)],
                            *dspan,
                        ));
                    }
                    LockstepIterSize::Contradiction(msg) => {
                        return Err(Box::new(sess.dcx.struct_err(dspan.entire(), msg)));
                    }
                    LockstepIterSize::Constraint(0, _) => {
                        if seq.op == KleeneOp::OneOrMore {
                            return Err(Box::new(
                                sess.dcx
                                    .struct_err(dspan.entire(), "this must repeat at least once"),
                            ));
                        }
                    }
                    LockstepIterSize::Constraint(len, _) => {
                        repeats.push((0, len));
                        stack.push(Frame {
                            lo,
                            hi,
                            pos: lo,
                            kind: FrameKind::Sequence {
                                separator: seq.separator.clone(),
                            },
                        });
                    }
                }
            }
            QTree::MetaVar { span, name } => {
                match lookup_cur_matched(name.name, interp, &repeats) {
                    Some(NamedMatch::MatchedSingle(ParseNtResult::Tt(tt))) => {
                        result.push(tt.clone());
                    }
                    Some(NamedMatch::MatchedSingle(ParseNtResult::Nt(nt))) => {
                        // As rustc's invisible group around a fragment, the token is where
                        // `$x` was written (marked); the AST inside keeps its own spans.
                        let span = marker.mark(*span);
                        let token = Token::new(TokenKind::Interpolated(nt.clone()), span);
                        result.push(TokenTree::Token(token, Spacing::Alone));
                    }
                    Some(NamedMatch::MatchedSeq(_)) => {
                        return Err(Box::new(sess.dcx.struct_err(
                            *span,
                            format!(
                                "variable `{}` is still repeating at this depth",
                                sess.str(name.name)
                            ),
                        )));
                    }
                    None => {
                        // Not a metavariable of this rule: keep `$x` (a nested macro's).
                        let dollar = Token::new(TokenKind::Dollar, marker.mark(*span));
                        result.push(TokenTree::Token(dollar, Spacing::Joint));
                        let ident =
                            Token::new(TokenKind::Ident(name.name, false), marker.mark(name.span));
                        result.push(TokenTree::Token(ident, Spacing::Alone));
                    }
                }
            }
            // Never at a sibling position; declarations only occur in matchers.
            QTree::Close { .. } | QTree::SeqEnd { .. } | QTree::MetaVarDecl { .. } => {}
        }
    }
}

/// The binding of `name` at the current repetition indices.
fn lookup_cur_matched<'i>(
    name: Symbol,
    interp: &'i NamedMatches,
    repeats: &[(usize, usize)],
) -> Option<&'i NamedMatch> {
    let mut matched = &interp.get(&name)?.1;
    for &(idx, _) in repeats {
        match matched {
            NamedMatch::MatchedSingle(_) => break,
            NamedMatch::MatchedSeq(ads) => matched = ads.get(idx)?,
        }
    }
    Some(matched)
}

/// How many times a repetition repeats, from the metavariables in it.
enum LockstepIterSize {
    /// No metavariable repeats at this depth.
    Unconstrained,
    /// The metavariable named repeats this many times.
    Constraint(usize, Symbol),
    /// Two metavariables repeat different numbers of times (the error message).
    Contradiction(String),
}

impl LockstepIterSize {
    fn with(self, other: LockstepIterSize, sess: &Session) -> LockstepIterSize {
        match (self, other) {
            (LockstepIterSize::Unconstrained, other) => other,
            (c @ LockstepIterSize::Contradiction(_), _) => c,
            (c @ LockstepIterSize::Constraint(..), LockstepIterSize::Unconstrained) => c,
            (LockstepIterSize::Constraint(..), c @ LockstepIterSize::Contradiction(_)) => c,
            (
                LockstepIterSize::Constraint(l_len, l_id),
                LockstepIterSize::Constraint(r_len, r_id),
            ) => {
                if l_len == r_len {
                    LockstepIterSize::Constraint(l_len, l_id)
                } else {
                    let s = |n: usize| if n == 1 { "" } else { "s" };
                    LockstepIterSize::Contradiction(format!(
                        "meta-variable `{}` repeats {} time{}, but `{}` repeats {} time{}",
                        sess.str(l_id),
                        l_len,
                        s(l_len),
                        sess.str(r_id),
                        r_len,
                        s(r_len)
                    ))
                }
            }
        }
    }
}

/// Folds the constraints of every metavariable in `trees` (nested repetitions included: a
/// metavariable deeper down still repeats at this depth).
fn lockstep_iter_size(
    sess: &Session,
    trees: &[QTree],
    interp: &NamedMatches,
    repeats: &[(usize, usize)],
) -> LockstepIterSize {
    let mut size = LockstepIterSize::Unconstrained;
    for tree in trees {
        if let QTree::MetaVar { name, .. } = tree {
            let this = match lookup_cur_matched(name.name, interp, repeats) {
                Some(NamedMatch::MatchedSeq(ads)) => {
                    LockstepIterSize::Constraint(ads.len(), name.name)
                }
                _ => LockstepIterSize::Unconstrained,
            };
            size = size.with(this, sess);
            if matches!(size, LockstepIterSize::Contradiction(_)) {
                break;
            }
        }
    }
    size
}

/// "attempted to repeat an expression containing no syntax variables matched as repeating at
/// this depth", with rustc's hints: the metavariable meant may be a misspelt repeating one,
/// or one that does not repeat.
fn no_syntax_vars_error<'a>(
    sess: &'a Session,
    interp: &NamedMatches,
    trees: &[QTree],
    dspan: DelimSpan,
) -> Box<Diag<'a>> {
    let mut binders: Vec<(Ident, bool)> = interp
        .values()
        .map(|(ident, m)| (*ident, matches!(m, NamedMatch::MatchedSeq(_))))
        .collect();
    binders.sort_by_key(|(ident, _)| (ident.span.lo, ident.name));
    let repeatable: Vec<Symbol> = binders.iter().filter(|b| b.1).map(|b| b.0.name).collect();
    let non_repeatable: Vec<Symbol> = binders.iter().filter(|b| !b.1).map(|b| b.0.name).collect();

    let mut typo_repeatable = None;
    let mut typo_unrepeatable = None;
    let mut typo_unrepeatable_label = None;
    let mut var_no_typo = None;
    let mut no_repeatable_var = None;
    for tree in trees {
        let QTree::MetaVar { name: ident, .. } = tree else {
            continue;
        };
        if let Some(name) = find_best_match_for_name(sess, &repeatable, ident.name) {
            typo_repeatable = Some((ident.span, name));
        } else if let Some(name) = find_best_match_for_name(sess, &non_repeatable, ident.name) {
            typo_unrepeatable = Some(ident.span);
            if let Some((orig, _)) = binders.iter().find(|(b, _)| b.name == name) {
                typo_unrepeatable_label = Some(orig.span);
            }
        } else if !repeatable.is_empty() {
            let names: Vec<String> = repeatable
                .iter()
                .map(|s| format!("`${}`", sess.str(*s)))
                .collect();
            let msg = match names.as_slice() {
                [only] => only.clone(),
                [init @ .., last] => format!("{} and {last}", init.join(", ")),
                [] => String::new(),
            };
            var_no_typo = Some((ident.span, msg));
        } else {
            no_repeatable_var = Some(ident.span);
        }
    }
    let mut err = sess.dcx.struct_err(
        dspan.entire(),
        "attempted to repeat an expression containing no syntax variables matched as \
         repeating at this depth",
    );
    if let Some(span) = typo_unrepeatable {
        err = err.span_label(span, "argument not found");
    }
    if let Some(span) = typo_unrepeatable_label {
        err = err.span_label(
            span,
            "this similarly named macro metavariable is unrepeatable",
        );
    }
    if let Some((span, msg)) = var_no_typo {
        err = err.span_label(span, format!("expected a repeatable metavariable: {msg}"));
    }
    if let Some(span) = no_repeatable_var {
        err = err.span_label(
            span,
            "this macro metavariable is not repeatable and there are no other repeatable \
             metavariables",
        );
    }
    if let Some((span, name)) = typo_repeatable {
        err = err.span_suggestion(
            span,
            "there's a macro metavariable with a similar name",
            sess.str(name),
        );
    }
    Box::new(err)
}

/// rustc's `find_best_match_for_name`: a case-insensitive match, else the closest name within
/// an edit distance of a third of the length, else a name with the same `_`-separated words.
pub(super) fn find_best_match_for_name(
    sess: &Session,
    candidates: &[Symbol],
    lookup: Symbol,
) -> Option<Symbol> {
    let lookup = sess.str(lookup);
    let upper = lookup.to_uppercase();
    if let Some(c) = candidates
        .iter()
        .find(|c| sess.str(**c).to_uppercase() == upper)
    {
        return Some(*c);
    }
    let mut dist = lookup.chars().count().max(3) / 3;
    let mut best = None;
    for &c in candidates {
        match edit_distance(lookup, sess.str(c), dist) {
            Some(0) => return Some(c),
            Some(d) => {
                dist = d - 1;
                best = Some(c);
            }
            None => {}
        }
    }
    if best.is_some() {
        return best;
    }
    let sorted_words = |name: &str| {
        let mut words: Vec<String> = name.split('_').map(str::to_string).collect();
        words.sort_unstable();
        words
    };
    let lookup_words = sorted_words(lookup);
    candidates
        .iter()
        .rev()
        .find(|c| sorted_words(sess.str(**c)) == lookup_words)
        .copied()
}

/// The optimal-string-alignment distance between `a` and `b`, if it is at most `limit`.
fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let mut a: Vec<char> = a.chars().collect();
    let mut b: Vec<char> = b.chars().collect();
    if a.len() < b.len() {
        mem::swap(&mut a, &mut b);
    }
    let min_dist = a.len() - b.len();
    if min_dist > limit {
        return None;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if b.is_empty() {
        return Some(min_dist);
    }
    let mut prev_prev = vec![usize::MAX; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (prev[j] + 1)
                .min(current[j - 1] + 1)
                .min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(prev_prev[j - 2].saturating_add(1));
            }
        }
        mem::swap(&mut prev_prev, &mut prev);
        mem::swap(&mut prev, &mut current);
    }
    let distance = prev[b.len()];
    (distance <= limit).then_some(distance)
}

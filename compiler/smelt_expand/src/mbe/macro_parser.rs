//! The matcher: rustc's NFA-based macro parser, which matches an invocation's tokens against
//! one rule's matcher and calls out to the real parser for fragments.
//!
//! A *matcher position* is a dot in the flattened matcher (`MatcherLoc`s) together with the
//! bindings made on the way there. All positions consistent with the input read so far are
//! kept in `cur_mps`. For each input token the matcher:
//!
//! 1. follows every epsilon move from the current positions (entering or skipping a
//!    repetition, repeating or leaving one, skipping a doc comment in the matcher), and sorts
//!    the positions it reaches: those waiting for a token equal to the current one move to
//!    `next_mps`; those at a fragment (`$e:expr`) or at the end of the matcher are kept aside;
//!    the others die;
//! 2. if exactly one position is waiting at a fragment (or at the end, with the input
//!    exhausted) and no other position is alive, it parses the fragment with the real parser,
//!    which consumes as many tokens as the fragment needs, and carries on from the position
//!    after it (or reports success at the end);
//! 3. if a fragment position competes with any other live position, the invocation is
//!    ambiguous: rustc does not try both, and neither does smelt;
//! 4. otherwise, if no position is waiting for the token, matching failed; else the token is
//!    consumed and `next_mps` become the current positions.
//!
//! Bindings are `NamedMatch` trees: a metavariable inside `n` repetitions binds an `n`-deep
//! tree of `MatchedSeq`s with one leaf per match. Positions share their bindings through an
//! `Rc` and copy them only when they diverge.
//!
//! The matcher never recurses on the input: the parser walks nested groups with its own heap
//! stack, and the flattened matcher makes every move an index change.

use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_ast::token::{Nonterminal, Token, TokenKind};
use smelt_ast::tokenstream::TokenTree;
use smelt_errors::Diag;
use smelt_parse::NonterminalKind;
use smelt_parse::{nonterminal_may_begin_with, Parser};
use smelt_span::{Ident, Span, Symbol};

use super::{Fragment, KleeneOp, QTree};

/// One place in a flattened matcher. A matcher is a `Vec<MatcherLoc>` ending in `Eof`; groups
/// are their open token, contents and close token; a repetition is `Sequence`, its contents,
/// then `SequenceKleeneOpNoSep` or `SequenceSep` + `SequenceKleeneOpAfterSep`.
#[derive(Clone, Debug)]
pub(crate) enum MatcherLoc {
    Token {
        token: Token,
    },
    Sequence {
        op: KleeneOp,
        num_metavar_decls: usize,
        idx_first_after: usize,
        next_metavar: usize,
        seq_depth: usize,
    },
    SequenceKleeneOpNoSep {
        op: KleeneOp,
        idx_first: usize,
    },
    SequenceSep {
        separator: Token,
    },
    SequenceKleeneOpAfterSep {
        idx_first: usize,
    },
    MetaVarDecl {
        span: Span,
        bind: Ident,
        frag: Fragment,
        next_metavar: usize,
        seq_depth: usize,
    },
    Eof,
}

impl MatcherLoc {
    /// Where the location was written, for "while trying to match" notes.
    pub(crate) fn span(&self) -> Option<Span> {
        match self {
            MatcherLoc::Token { token } => Some(token.span),
            MatcherLoc::MetaVarDecl { span, .. } => Some(*span),
            _ => None,
        }
    }
}

/// Flattens a parsed matcher (see `QTree`) into matcher locations.
pub(crate) fn compute_locs(trees: &[QTree]) -> Vec<MatcherLoc> {
    let mut locs = Vec::with_capacity(trees.len() + 1);
    let mut next_metavar = 0;
    // Open repetitions: the index of their `Sequence` location, the first metavariable they
    // declare, and their operator and separator.
    let mut seqs: Vec<(usize, usize, KleeneOp, Option<Token>, usize)> = Vec::new();
    for tree in trees {
        match tree {
            QTree::Token(token, _) => locs.push(MatcherLoc::Token {
                token: token.clone(),
            }),
            QTree::Open { delim, dspan, .. } => locs.push(MatcherLoc::Token {
                token: Token::new(TokenKind::OpenDelim(*delim), dspan.open),
            }),
            QTree::Close { delim, dspan } => locs.push(MatcherLoc::Token {
                token: Token::new(TokenKind::CloseDelim(*delim), dspan.close),
            }),
            QTree::SeqOpen { seq, .. } => {
                seqs.push((
                    locs.len(),
                    next_metavar,
                    seq.op,
                    seq.separator.clone(),
                    seq.num_captures,
                ));
                // Overwritten when the repetition closes.
                locs.push(MatcherLoc::Eof);
            }
            QTree::SeqEnd { .. } => {
                let Some((idx_seq, first_metavar, op, separator, num_captures)) = seqs.pop() else {
                    continue;
                };
                let idx_first = idx_seq + 1;
                match separator {
                    Some(separator) => {
                        locs.push(MatcherLoc::SequenceSep { separator });
                        locs.push(MatcherLoc::SequenceKleeneOpAfterSep { idx_first });
                    }
                    None => locs.push(MatcherLoc::SequenceKleeneOpNoSep { op, idx_first }),
                }
                locs[idx_seq] = MatcherLoc::Sequence {
                    op,
                    num_metavar_decls: num_captures,
                    idx_first_after: locs.len(),
                    next_metavar: first_metavar,
                    seq_depth: seqs.len(),
                };
            }
            QTree::MetaVarDecl { span, name, frag } => {
                locs.push(MatcherLoc::MetaVarDecl {
                    span: *span,
                    bind: *name,
                    // A missing specifier was reported, and such a macro is never expanded.
                    frag: frag.unwrap_or(Fragment {
                        kind: NonterminalKind::Tt,
                        name: smelt_span::sym::tt,
                    }),
                    next_metavar,
                    seq_depth: seqs.len(),
                });
                next_metavar += 1;
            }
            QTree::MetaVar { .. } => {}
        }
    }
    locs.push(MatcherLoc::Eof);
    locs
}

/// What a fragment matched: `tt`, `ident` and `lifetime` fragments keep the tokens they
/// matched; the others are parsed.
#[derive(Clone, Debug)]
pub(crate) enum ParseNtResult {
    Tt(TokenTree),
    Nt(Rc<Nonterminal>),
}

/// The binding of one metavariable: a leaf, or one entry per repetition of the enclosing
/// repetition.
#[derive(Clone, Debug)]
pub(crate) enum NamedMatch {
    MatchedSeq(Vec<NamedMatch>),
    MatchedSingle(ParseNtResult),
}

/// The bindings of a successful match, by metavariable name, with the declaring identifier.
pub(crate) type NamedMatches = FxHashMap<Symbol, (Ident, NamedMatch)>;

/// The result of matching one rule.
pub(crate) enum ParseResult<'a> {
    Success(NamedMatches),
    /// The rule does not match; try the next one.
    Failure,
    /// The input could be parsed in more than one way.
    Ambiguity,
    /// A fragment failed to parse: a hard error for the invocation. The diagnostic is not
    /// emitted yet.
    Error(Box<Diag<'a>>),
}

/// A position in the matcher with the bindings made so far.
struct MatcherPos {
    idx: usize,
    matches: Rc<Vec<NamedMatch>>,
}

impl MatcherPos {
    /// Records `m` for the `metavar_idx`-th metavariable, inside its `seq_depth` repetitions.
    fn push_match(&mut self, metavar_idx: usize, seq_depth: usize, m: NamedMatch) {
        let matches = Rc::make_mut(&mut self.matches);
        if seq_depth == 0 {
            if metavar_idx >= matches.len() {
                matches.push(m);
            } else {
                matches[metavar_idx] = m;
            }
            return;
        }
        let Some(mut curr) = matches.get_mut(metavar_idx) else {
            return;
        };
        for _ in 1..seq_depth {
            curr = match curr {
                NamedMatch::MatchedSeq(seq) => match seq.last_mut() {
                    Some(last) => last,
                    None => return,
                },
                NamedMatch::MatchedSingle(_) => return,
            };
        }
        if let NamedMatch::MatchedSeq(seq) = curr {
            seq.push(m);
        }
    }
}

/// Watches the matcher, to explain failures (see `diagnostics.rs`). The hot path uses
/// `NoopTracker`, which compiles to nothing.
pub(crate) trait Tracker<'m> {
    /// A rule's matcher is about to be tried.
    fn prepare(&mut self, matcher: &'m [MatcherLoc]);
    /// Location `loc_index` is about to be matched against `token` at `input_pos`.
    fn trying_match(&mut self, input_pos: usize, token: &Token, loc_index: usize);
    /// Location `loc_index` accepted the input at `input_pos`.
    fn matched_one(&mut self, input_pos: usize, loc_index: usize);
    /// The rule is done (whatever the result).
    fn after_arm(&mut self);
    /// The rule failed at the parser's current token.
    fn failure(&mut self, parser: &Parser<'_>);
    /// The rule is ambiguous.
    fn ambiguity(&mut self);
}

pub(crate) struct NoopTracker;

impl<'m> Tracker<'m> for NoopTracker {
    fn prepare(&mut self, _: &'m [MatcherLoc]) {}
    fn trying_match(&mut self, _: usize, _: &Token, _: usize) {}
    fn matched_one(&mut self, _: usize, _: usize) {}
    fn after_arm(&mut self) {}
    fn failure(&mut self, _: &Parser<'_>) {}
    fn ambiguity(&mut self) {}
}

/// Compares a matcher token with an input token, ignoring spans (and so hygiene).
fn token_name_eq(t1: &Token, t2: &Token) -> bool {
    if let (Some((a, a_raw)), Some((b, b_raw))) = (t1.ident(), t2.ident()) {
        a.name == b.name && a_raw == b_raw
    } else if let (Some(a), Some(b)) = (t1.lifetime(), t2.lifetime()) {
        a.name == b.name
    } else {
        t1.kind == t2.kind
    }
}

/// How many matcher positions one input token may produce before the matcher gives up. The
/// definition checks rule out epsilon cycles; this only guards against a hang if one slipped
/// through.
const MAX_POSITIONS_PER_TOKEN: usize = 1_000_000;

/// The matcher's working sets, reused across rules to save allocations.
pub(crate) struct TtParser {
    cur_mps: Vec<MatcherPos>,
    next_mps: Vec<MatcherPos>,
    empty_matches: Rc<Vec<NamedMatch>>,
    /// A position at a fragment or at the end: it may proceed only if nothing else matches at
    /// the same input position.
    maybe_ambig_mp: Option<MatcherPos>,
    found_ambiguity: bool,
}

impl TtParser {
    pub(crate) fn new() -> TtParser {
        TtParser {
            cur_mps: Vec::new(),
            next_mps: Vec::new(),
            empty_matches: Rc::new(Vec::new()),
            maybe_ambig_mp: None,
            found_ambiguity: false,
        }
    }

    /// Matches the tokens of `parser` (positioned at the start of the input) against
    /// `matcher`.
    pub(crate) fn parse_tt<'a, 'm, T: Tracker<'m>>(
        &mut self,
        parser: &mut Parser<'a>,
        matcher: &'m [MatcherLoc],
        track: &mut T,
    ) -> ParseResult<'a> {
        self.cur_mps.clear();
        self.next_mps.clear();
        self.maybe_ambig_mp = None;
        self.found_ambiguity = false;
        self.cur_mps.push(MatcherPos {
            idx: 0,
            matches: Rc::clone(&self.empty_matches),
        });
        // Fragments parsed in a row without the input moving: only empty fragments (`vis`)
        // do that, at most once per matcher location unless the matcher loops.
        let mut stalled = 0usize;
        let mut last_pos = usize::MAX;
        loop {
            self.next_mps.clear();
            let pos = parser.approx_token_stream_pos();
            if pos == last_pos {
                stalled += 1;
                if stalled > matcher.len() {
                    track.failure(parser);
                    return ParseResult::Failure;
                }
            } else {
                stalled = 0;
                last_pos = pos;
            }
            if let Some(res) = self.parse_tt_inner(parser, matcher, track) {
                return res;
            }
        }
    }

    /// Processes the positions of `cur_mps` at the current token. Returns the result when
    /// matching is over; otherwise the parser has moved on and `cur_mps` holds the positions
    /// for the next step.
    fn parse_tt_inner<'a, 'm, T: Tracker<'m>>(
        &mut self,
        parser: &mut Parser<'a>,
        matcher: &'m [MatcherLoc],
        track: &mut T,
    ) -> Option<ParseResult<'a>> {
        let mut budget = MAX_POSITIONS_PER_TOKEN;
        while let Some(mp) = self.cur_mps.pop() {
            budget = budget.saturating_sub(1);
            if budget == 0 {
                self.cur_mps.clear();
                self.next_mps.clear();
                self.maybe_ambig_mp = None;
                track.failure(parser);
                return Some(ParseResult::Failure);
            }
            self.match_one(parser, matcher, mp, track);
        }

        if let Some(mp) = self.maybe_ambig_mp.take() {
            if self.found_ambiguity || !self.next_mps.is_empty() {
                track.ambiguity();
                return Some(ParseResult::Ambiguity);
            }
            return self.process_special(parser, matcher, mp);
        }

        if self.next_mps.is_empty() {
            track.failure(parser);
            return Some(ParseResult::Failure);
        }

        self.cur_mps.append(&mut self.next_mps);
        parser.bump();
        None
    }

    /// Follows one position over the current token: epsilon moves push to `cur_mps`, token
    /// matches to `next_mps`, fragments and the end to `maybe_ambig_mp`.
    fn match_one<'m, T: Tracker<'m>>(
        &mut self,
        parser: &Parser<'_>,
        matcher: &'m [MatcherLoc],
        mut mp: MatcherPos,
        track: &mut T,
    ) {
        let Some(loc) = matcher.get(mp.idx) else {
            return;
        };
        let pos = parser.approx_token_stream_pos();
        let token = parser.token();
        track.trying_match(pos, token, mp.idx);
        match loc {
            MatcherLoc::Token { token: t } => {
                // Doc comments in a matcher are skipped (rustc's behaviour, relied upon).
                if matches!(t.kind, TokenKind::DocComment(..)) {
                    mp.idx += 1;
                    self.cur_mps.push(mp);
                } else if token_name_eq(t, token) {
                    track.matched_one(pos, mp.idx);
                    mp.idx += 1;
                    self.next_mps.push(mp);
                }
            }
            &MatcherLoc::Sequence {
                op,
                num_metavar_decls,
                idx_first_after,
                next_metavar,
                seq_depth,
            } => {
                // Every metavariable of the repetition binds a (so far empty) sequence.
                for metavar_idx in next_metavar..next_metavar + num_metavar_decls {
                    mp.push_match(metavar_idx, seq_depth, NamedMatch::MatchedSeq(Vec::new()));
                }
                if matches!(op, KleeneOp::ZeroOrMore | KleeneOp::ZeroOrOne) {
                    // Zero repetitions: skip it.
                    self.cur_mps.push(MatcherPos {
                        idx: idx_first_after,
                        matches: Rc::clone(&mp.matches),
                    });
                }
                // One or more: enter it.
                mp.idx += 1;
                self.cur_mps.push(mp);
            }
            &MatcherLoc::SequenceKleeneOpNoSep { op, idx_first } => {
                // End of a repetition without separator: leave it, or (unless `?`) repeat.
                self.cur_mps.push(MatcherPos {
                    idx: mp.idx + 1,
                    matches: Rc::clone(&mp.matches),
                });
                if op != KleeneOp::ZeroOrOne {
                    mp.idx = idx_first;
                    self.cur_mps.push(mp);
                }
            }
            MatcherLoc::SequenceSep { separator } => {
                // End of a repetition with a separator: leave it, or eat the separator.
                self.cur_mps.push(MatcherPos {
                    idx: mp.idx + 2,
                    matches: Rc::clone(&mp.matches),
                });
                if token_name_eq(token, separator) {
                    track.matched_one(pos, mp.idx);
                    mp.idx += 1;
                    self.next_mps.push(mp);
                }
            }
            &MatcherLoc::SequenceKleeneOpAfterSep { idx_first } => {
                // After a separator another repetition must follow.
                mp.idx = idx_first;
                self.cur_mps.push(mp);
            }
            MatcherLoc::MetaVarDecl { frag, .. } => {
                if !nonterminal_may_begin_with(frag.kind, token) {
                    return;
                }
                track.matched_one(pos, mp.idx);
                if self.maybe_ambig_mp.is_some() {
                    self.found_ambiguity = true;
                } else {
                    self.maybe_ambig_mp = Some(mp);
                }
            }
            MatcherLoc::Eof => {
                if token.kind != TokenKind::Eof {
                    return;
                }
                track.matched_one(pos, mp.idx);
                if self.maybe_ambig_mp.is_some() {
                    self.found_ambiguity = true;
                } else {
                    self.maybe_ambig_mp = Some(mp);
                }
            }
        }
    }

    /// Moves the one surviving position over a fragment (parsing it) or ends the match.
    fn process_special<'a>(
        &mut self,
        parser: &mut Parser<'a>,
        matcher: &[MatcherLoc],
        mut mp: MatcherPos,
    ) -> Option<ParseResult<'a>> {
        match matcher.get(mp.idx) {
            Some(&MatcherLoc::MetaVarDecl {
                span,
                frag,
                next_metavar,
                seq_depth,
                ..
            }) => {
                let nt = match frag.kind {
                    NonterminalKind::Tt => ParseNtResult::Tt(parser.parse_token_tree()),
                    NonterminalKind::Ident | NonterminalKind::Lifetime => {
                        let tree = TokenTree::Token(parser.token().clone(), parser.token_spacing);
                        match parser.parse_nonterminal(frag.kind) {
                            Ok(_) => ParseNtResult::Tt(tree),
                            Err(err) => return Some(nt_parsing_error(*err, span, frag)),
                        }
                    }
                    kind => match parser.parse_nonterminal(kind) {
                        Ok(nt) => ParseNtResult::Nt(Rc::new(nt)),
                        Err(err) => return Some(nt_parsing_error(*err, span, frag)),
                    },
                };
                mp.push_match(next_metavar, seq_depth, NamedMatch::MatchedSingle(nt));
                mp.idx += 1;
                self.cur_mps.push(mp);
                None
            }
            Some(MatcherLoc::Eof) => {
                let matches = Rc::try_unwrap(mp.matches).unwrap_or_else(|rc| (*rc).clone());
                Some(ParseResult::Success(nameize(matcher, matches)))
            }
            _ => Some(ParseResult::Failure),
        }
    }
}

fn nt_parsing_error<'a>(mut err: Diag<'a>, span: Span, frag: Fragment) -> ParseResult<'a> {
    // The parser names the end of its input as a file's; here it is the end of the macro's
    // arguments, as rustc says.
    if let Some(msg) = err.diag.message.strip_suffix(", found `<eof>`") {
        err.diag.message = format!("{msg}, found end of macro arguments");
    }
    let diag = err.span_label(
        span,
        format!(
            "while parsing argument for this `{}` macro fragment",
            frag_name(frag)
        ),
    );
    ParseResult::Error(Box::new(diag))
}

/// The specifier as written; resolved through the kind for the pre-interned names.
pub(crate) fn frag_name(frag: Fragment) -> &'static str {
    // `pat` and `expr` name edition-dependent kinds; the kind tells which was written only
    // when the specifier was spelt out in full (`pat_param`, `expr_2021`).
    if frag.name == smelt_span::sym::pat {
        "pat"
    } else if frag.name == smelt_span::sym::expr {
        "expr"
    } else {
        frag.kind.as_str()
    }
}

/// Pairs the bindings (in declaration order) with the declared names.
fn nameize(matcher: &[MatcherLoc], matches: Vec<NamedMatch>) -> NamedMatches {
    let mut out = NamedMatches::default();
    let mut matches = matches.into_iter();
    for loc in matcher {
        if let MatcherLoc::MetaVarDecl { bind, .. } = loc {
            let Some(m) = matches.next() else { break };
            out.insert(bind.name, (*bind, m));
        }
    }
    out
}

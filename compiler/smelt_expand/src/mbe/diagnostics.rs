//! Explaining why an invocation matched no rule, as rustc does: matching is run again with a
//! tracker that records every matcher location tried at every input position, and the rule
//! that got furthest is reported ("no rules expected `x`", "while trying to match `,`"), or
//! the position where two parses competed ("local ambiguity").

use rustc_hash::FxHashMap;
use smelt_ast::token::{Nonterminal, Token, TokenKind};
use smelt_ast::tokenstream::{Spacing, TokenStream, TokenTree};
use smelt_errors::ErrorGuaranteed;
use smelt_parse::Parser;
use smelt_session::Session;
use smelt_span::{Edition, Span};

use super::macro_parser::{frag_name, MatcherLoc, NoopTracker, ParseResult, Tracker, TtParser};
use super::macro_rules::{try_match_macro, MacroRules, TryMatchError};

/// The best failure seen so far: the one furthest into the input.
struct BestFailure {
    token: Token,
    position: usize,
    msg: &'static str,
    remaining_matcher: MatcherLoc,
}

/// The tracker of the slow path: it records, for the rule being matched, which matcher
/// locations were tried at which input positions and which of them accepted the input.
pub(super) struct CollectTrackerAndEmitter<'s, 'm> {
    sess: &'s Session,
    macro_name: String,
    root_span: Span,
    current: Option<&'m [MatcherLoc]>,
    /// `(input position, location index)` to whether the location accepted the input there.
    matches: FxHashMap<(usize, usize), bool>,
    /// The token at each input position seen.
    tokens: FxHashMap<usize, Token>,
    best_failure: Option<BestFailure>,
    /// Set when an ambiguity was reported.
    pub(super) result: Option<ErrorGuaranteed>,
}

impl<'s, 'm> CollectTrackerAndEmitter<'s, 'm> {
    fn new(sess: &'s Session, macro_name: String, root_span: Span) -> Self {
        CollectTrackerAndEmitter {
            sess,
            macro_name,
            root_span,
            current: None,
            matches: FxHashMap::default(),
            tokens: FxHashMap::default(),
            best_failure: None,
            result: None,
        }
    }
}

impl<'m> Tracker<'m> for CollectTrackerAndEmitter<'_, 'm> {
    fn prepare(&mut self, matcher: &'m [MatcherLoc]) {
        self.current = Some(matcher);
    }

    fn trying_match(&mut self, input_pos: usize, token: &Token, loc_index: usize) {
        self.tokens
            .entry(input_pos)
            .or_insert_with(|| token.clone());
        self.matches.entry((input_pos, loc_index)).or_insert(false);
    }

    fn matched_one(&mut self, input_pos: usize, loc_index: usize) {
        self.matches.insert((input_pos, loc_index), true);
    }

    fn after_arm(&mut self) {
        self.current = None;
        self.matches.clear();
        self.tokens.clear();
    }

    fn failure(&mut self, parser: &Parser<'_>) {
        let Some(matcher) = self.current else { return };
        let mut token = parser.token().clone();
        let position = parser.approx_token_stream_pos();
        let msg = if token.kind == TokenKind::Eof {
            if !token.span.is_dummy() {
                token.span = token.span.shrink_to_hi();
            }
            "missing tokens in macro arguments"
        } else {
            "no rules expected this token in macro call"
        };
        if self
            .best_failure
            .as_ref()
            .is_some_and(|best| position <= best.position)
        {
            return;
        }
        // The furthest location tried that is not the end; the end only if nothing else was.
        let best = self
            .matches
            .keys()
            .max_by_key(|&&(pos, idx)| {
                let not_eof = !matches!(matcher.get(idx), Some(MatcherLoc::Eof) | None);
                (not_eof, pos, idx)
            })
            .and_then(|&(_, idx)| matcher.get(idx))
            .cloned()
            .unwrap_or(MatcherLoc::Eof);
        self.best_failure = Some(BestFailure {
            token,
            position,
            msg,
            remaining_matcher: best,
        });
    }

    fn ambiguity(&mut self) {
        let Some(matcher) = self.current else { return };
        let mut matched: Vec<(usize, usize)> = self
            .matches
            .iter()
            .filter(|(_, &ok)| ok)
            .map(|(&m, _)| m)
            .collect();
        matched.sort_unstable();
        let is_special = |idx: usize| {
            matches!(
                matcher.get(idx),
                Some(MatcherLoc::MetaVarDecl { .. } | MatcherLoc::Eof)
            )
        };
        let input_pos = matched
            .windows(2)
            .find(|w| w[0].0 == w[1].0 && (is_special(w[0].1) || is_special(w[1].1)))
            .map(|w| w[0].0);
        let token = input_pos.and_then(|pos| self.tokens.get(&pos)).cloned();
        let (span, msg) = match (input_pos, token) {
            (Some(pos), Some(token)) if token.kind != TokenKind::Eof => {
                let mut nts = Vec::new();
                let mut others = 0usize;
                for &(p, idx) in &matched {
                    if p != pos {
                        continue;
                    }
                    match matcher.get(idx) {
                        Some(MatcherLoc::MetaVarDecl { bind, frag, .. }) => nts.push(format!(
                            "{} ('{}')",
                            frag_name(*frag),
                            self.sess.str(bind.name)
                        )),
                        _ => others += 1,
                    }
                }
                let nts = nts.join(" or ");
                let options = match others {
                    0 => format!("built-in NTs {nts}."),
                    1 => format!("built-in NTs {nts} or 1 other option."),
                    n => format!("built-in NTs {nts} or {n} other options."),
                };
                let span = if token.span.is_dummy() {
                    self.root_span
                } else {
                    token.span
                };
                (
                    span,
                    format!(
                        "local ambiguity when calling macro `{}`: multiple parsing options: {options}",
                        self.macro_name
                    ),
                )
            }
            (_, token) => {
                let span = token
                    .map(|t| t.span)
                    .filter(|s| !s.is_dummy())
                    .unwrap_or(self.root_span);
                (span, "ambiguity: multiple successful parses".to_string())
            }
        };
        let guar = self.sess.dcx.err(span, msg);
        self.result.get_or_insert(guar);
    }
}

/// Reports that no rule of `rules` matched `input` (the caller's cheap first pass found no
/// match or an ambiguity).
pub(super) fn failed_to_match_macro(
    sess: &Session,
    call_site: Span,
    def_site: Span,
    rules: &MacroRules,
    input: &TokenStream,
    edition: Edition,
) -> ErrorGuaranteed {
    let macro_name = sess.str(rules.name.name).to_string();
    let mut tracker = CollectTrackerAndEmitter::new(sess, macro_name, call_site);
    match try_match_macro(sess, input, rules, edition, None, &mut tracker) {
        Ok(_) => {}
        Err(TryMatchError::Reported(guar)) => return guar,
        Err(TryMatchError::Retry) => {}
    }
    if let Some(guar) = tracker.result {
        return guar;
    }
    let Some(BestFailure {
        token,
        msg: label,
        remaining_matcher,
        ..
    }) = tracker.best_failure
    else {
        return sess
            .dcx
            .err(call_site, "no rules expected this token in macro call");
    };

    let span = if token.span.is_dummy() {
        call_site
    } else {
        token.span
    };
    let describer = Parser::new(sess, TokenStream::empty(), edition);
    let message = match &token.kind {
        TokenKind::Eof => "unexpected end of macro invocation".to_string(),
        TokenKind::Interpolated(nt) => {
            format!(
                "no rules expected `{}` metavariable",
                nonterminal_kind_name(nt)
            )
        }
        _ => format!("no rules expected {}", describer.describe_token(&token)),
    };
    let mut err = sess.dcx.struct_err(span, message).span_label(span, label);
    let def_head = def_head_span(sess, def_site);
    if let Some(head) = def_head {
        err = err.span_label(head, "when calling this macro");
    }
    if let Some(text) = sess.source_map.span_to_snippet(span) {
        if text.starts_with("///") || text.starts_with("/**") {
            err = err.span_label(
                span,
                "outer doc comments expand to `#[doc = \"...\"]`, which is what this macro attempted to match",
            );
        } else if text.starts_with("//!") || text.starts_with("/*!") {
            err = err.span_label(
                span,
                "inner doc comments expand to `#![doc = \"...\"]`, which is what this macro attempted to match",
            );
        }
    }
    let what = match &remaining_matcher {
        MatcherLoc::Token { token } | MatcherLoc::SequenceSep { separator: token } => {
            describer.describe_token(token)
        }
        MatcherLoc::MetaVarDecl { bind, frag, .. } => format!(
            "meta-variable `${}:{}`",
            sess.str(bind.name),
            frag_name(*frag)
        ),
        MatcherLoc::Eof => "end of macro".to_string(),
        MatcherLoc::Sequence { .. } => "sequence start".to_string(),
        MatcherLoc::SequenceKleeneOpNoSep { .. } | MatcherLoc::SequenceKleeneOpAfterSep { .. } => {
            "sequence end".to_string()
        }
    };
    err = match remaining_matcher.span() {
        Some(note_span) => err.span_note(note_span, format!("while trying to match {what}")),
        None => err.note(format!("while trying to match {what}")),
    };
    let interpolated = |t: &Token| matches!(t.kind, TokenKind::Interpolated(_));
    if let MatcherLoc::Token { token: expected } = &remaining_matcher {
        if interpolated(expected) || interpolated(&token) {
            err = err
                .note("captured metavariables except for `:tt`, `:ident` and `:lifetime` cannot be compared to other tokens")
                .note("see <https://doc.rust-lang.org/nightly/reference/macros-by-example.html#forwarding-a-matched-fragment> for more information");
            if def_head.is_some() {
                err = err.help("try using `:tt` instead in the macro definition");
            }
        }
    }
    // A missing comma (`println!("{}" a)`): suggest it if a rule matches with it.
    if let Some((with_comma, comma_span)) = add_comma(input) {
        let mut tt_parser = TtParser::new();
        let matched = rules.rules.iter().any(|rule| {
            let mut parser = Parser::new(sess, with_comma.clone(), edition);
            matches!(
                tt_parser.parse_tt(&mut parser, &rule.lhs, &mut NoopTracker),
                ParseResult::Success(_)
            )
        });
        if matched {
            err = if comma_span.is_dummy() {
                err.note("you might be missing a comma")
            } else {
                err.span_label(comma_span, "help: missing comma here")
            };
        }
    }
    err.emit()
}

/// The fragment specifier a forwarded fragment was matched with, as rustc names it.
fn nonterminal_kind_name(nt: &Nonterminal) -> &'static str {
    match nt {
        Nonterminal::Item(_) => "item",
        Nonterminal::Block(_) => "block",
        Nonterminal::Stmt(_) => "stmt",
        Nonterminal::Pat(_) => "pat",
        Nonterminal::Expr(_) => "expr",
        Nonterminal::Ty(_) => "ty",
        Nonterminal::Ident(..) => "ident",
        Nonterminal::Lifetime(_) => "lifetime",
        Nonterminal::Literal(_) => "literal",
        Nonterminal::Meta(_) => "meta",
        Nonterminal::Path(_) => "path",
        Nonterminal::Vis(_) => "vis",
    }
}

/// The head of a macro definition (`macro_rules! m`), for "when calling this macro": the
/// definition up to its first `{`, as rustc guesses it. None for definitions without source
/// or in library code.
pub(super) fn def_head_span(sess: &Session, def_site: Span) -> Option<Span> {
    if def_site.is_dummy() {
        return None;
    }
    let file = sess.source_map.lookup_file(def_site.lo)?;
    if file.external {
        return None;
    }
    let text = sess.source_map.span_to_snippet(def_site)?;
    let head = match text.find('{') {
        Some(i) => text[..i].trim_end(),
        None => text.as_str(),
    };
    Some(Span {
        hi: smelt_span::BytePos(def_site.lo.0 + head.len() as u32),
        ..def_site
    })
}

/// `input` with a comma inserted where one is probably missing (between two identifiers or
/// literals written apart, or after a group), and the span where it goes; rustc's heuristic,
/// which picks the last such place.
fn add_comma(input: &TokenStream) -> Option<(TokenStream, Span)> {
    let trees = &input.0;
    let mut suggestion = None;
    for (pos, pair) in trees.windows(2).enumerate() {
        let sp = match (&pair[0], &pair[1]) {
            (
                _,
                TokenTree::Token(
                    Token {
                        kind: TokenKind::Comma,
                        ..
                    },
                    _,
                ),
            ) => continue,
            (TokenTree::Token(left, Spacing::Alone), TokenTree::Token(right, _))
                if (left.is_non_reserved_ident() || left.is_lit())
                    && (right.is_non_reserved_ident() || right.is_lit()) =>
            {
                left.span
            }
            (TokenTree::Delimited(dspan, ..), _) => dspan.entire(),
            _ => continue,
        };
        suggestion = Some((pos, sp.shrink_to_hi()));
    }
    let (pos, sp) = suggestion?;
    let mut trees = trees.to_vec();
    trees.insert(pos + 1, TokenTree::token_alone(TokenKind::Comma, sp));
    Some((TokenStream::new(trees), sp))
}

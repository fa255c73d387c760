//! Compiling a `macro_rules!` definition into rules (with rustc's checks of each matcher) and
//! expanding an invocation with them.

use smelt_ast::token::{BinOpToken, Delimiter, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_ast::{self as ast};
use smelt_errors::{ErrorGuaranteed, Level};
use smelt_parse::NonterminalKind;
use smelt_parse::{nonterminal_may_begin_with, Parser};
use smelt_session::Session;
use smelt_span::{kw, sym, BytePos, Edition, ExpnId, Ident, Span};

use super::diagnostics::failed_to_match_macro;
use super::macro_parser::{
    compute_locs, frag_name, MatcherLoc, NamedMatches, NoopTracker, ParseResult, Tracker, TtParser,
};
use super::quoted::{self, RulePart};
use super::transcribe::transcribe;
use super::{Fragment, KleeneOp, QTree};

/// A compiled `macro_rules!` definition: its rules in order.
#[derive(Debug)]
pub struct MacroRules {
    pub(crate) name: Ident,
    pub(crate) rules: Vec<Rule>,
}

impl MacroRules {
    /// The macro's name as written in its definition.
    pub fn name(&self) -> Ident {
        self.name
    }

    /// How many rules the macro has.
    pub fn num_rules(&self) -> usize {
        self.rules.len()
    }
}

/// One rule: the flattened matcher and the right-hand side's contents.
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) lhs: Vec<MatcherLoc>,
    pub(crate) rhs: Vec<QTree>,
}

/// Compiles a `macro_rules! name { (matcher) => { transcriber }; ... }` definition (its body
/// tokens, as `ast::MacroDef::body.tokens`). Reports malformed definitions like rustc ("missing
/// fragment specifier", "invalid fragment specifier `foo`", "macro rhs must be delimited",
/// "expected one of: `*`, `+`, or `?`", follow-set violations such as "`$e:expr` is followed
/// by `x`, which is not allowed for `expr` fragments", "duplicate matcher binding", ...) and
/// returns `Err` when any error was reported: such a macro is never expanded.
pub fn compile_macro_rules(
    sess: &Session,
    name: Ident,
    body: &ast::DelimArgs,
    edition: Edition,
) -> Result<MacroRules, ErrorGuaranteed> {
    let trees = &body.tokens.0;
    let describer = Parser::new(sess, TokenStream::empty(), edition);
    let mut guar: Option<ErrorGuaranteed> = None;
    let mut rules = Vec::new();
    let mut i = 0;
    while i < trees.len() {
        // The matcher.
        let lhs_tree = &trees[i];
        i += 1;
        let lhs = match lhs_tree {
            TokenTree::Delimited(_, _, inner) => {
                let lhs = quoted::parse(sess, inner, RulePart::Pattern, edition, &mut guar);
                let follows = check_matcher(sess, &lhs, edition);
                let empty_seq = check_lhs_no_empty_seq(sess, &lhs);
                if let Err(g) = follows.and(empty_seq) {
                    guar.get_or_insert(g);
                }
                Some(lhs)
            }
            TokenTree::Token(..) => {
                let g = sess.dcx.err(
                    lhs_tree.span(),
                    "invalid macro matcher; matchers must be contained in balanced delimiters",
                );
                guar.get_or_insert(g);
                None
            }
        };

        // `=>`
        match trees.get(i) {
            Some(TokenTree::Token(
                Token {
                    kind: TokenKind::FatArrow,
                    ..
                },
                _,
            )) => i += 1,
            found => {
                return Err(expected_found(
                    sess,
                    &describer,
                    "`=>`",
                    lhs_tree.span(),
                    found,
                ))
            }
        }

        // The transcriber.
        let Some(rhs_tree) = trees.get(i) else {
            let span = trees[i - 1].span().shrink_to_hi();
            return Err(sess
                .dcx
                .struct_err(span, "macro definition ended unexpectedly")
                .span_label(span, "expected right-hand side of macro rule")
                .emit());
        };
        i += 1;
        let rhs = match rhs_tree {
            TokenTree::Delimited(_, _, inner) => Some(quoted::parse(
                sess,
                inner,
                RulePart::Body,
                edition,
                &mut guar,
            )),
            TokenTree::Token(..) => {
                let g = sess.dcx.err(rhs_tree.span(), "macro rhs must be delimited");
                guar.get_or_insert(g);
                None
            }
        };
        if let Some(lhs) = &lhs {
            if let Err(g) = check_duplicate_bindings(sess, lhs) {
                guar.get_or_insert(g);
            }
        }
        match (lhs, rhs) {
            (Some(lhs), Some(rhs)) => rules.push(Rule {
                lhs: compute_locs(&lhs),
                rhs,
            }),
            // rustc stops at a rule whose matcher is not delimited.
            (None, _) => {
                if let Some(g) = guar {
                    return Err(g);
                }
            }
            (Some(_), None) => {}
        }

        // `;` between rules (optional after the last).
        if i == trees.len() {
            break;
        }
        match &trees[i] {
            TokenTree::Token(
                Token {
                    kind: TokenKind::Semi,
                    ..
                },
                _,
            ) => i += 1,
            found => {
                return Err(expected_found(
                    sess,
                    &describer,
                    "`;`",
                    rhs_tree.span(),
                    Some(found),
                ))
            }
        }
    }

    if let Some(guar) = guar {
        return Err(guar);
    }
    if rules.is_empty() {
        let span = macro_item_span(sess, name, body);
        return Err(sess.dcx.err(span, "macros must contain at least one rule"));
    }
    Ok(MacroRules { name, rules })
}

/// "expected `=>`, found `=`" after the tree spanning `prev` (rustc's parser error, as it
/// reads a definition).
fn expected_found(
    sess: &Session,
    describer: &Parser<'_>,
    expected: &str,
    prev: Span,
    found: Option<&TokenTree>,
) -> ErrorGuaranteed {
    let label = format!("expected {expected}");
    let Some(found) = found else {
        let span = prev.shrink_to_hi();
        return sess
            .dcx
            .struct_err(
                span,
                format!("expected {expected}, found end of macro arguments"),
            )
            .span_label(span, label)
            .emit();
    };
    let token = match found {
        TokenTree::Token(token, _) => token.clone(),
        TokenTree::Delimited(dspan, delim, _) => {
            Token::new(TokenKind::OpenDelim(*delim), dspan.open)
        }
    };
    let msg = format!(
        "expected {expected}, found {}",
        describer.describe_token(&token)
    );
    let err = sess.dcx.struct_err(token.span, msg);
    let on_other_line = match (
        sess.source_map.lookup_char_pos(prev.hi),
        sess.source_map.lookup_char_pos(token.span.lo),
    ) {
        (Some(a), Some(b)) => a.line != b.line,
        _ => false,
    };
    if on_other_line {
        err.span_label(prev.shrink_to_hi(), label)
            .span_label(token.span, "unexpected token")
            .emit()
    } else {
        err.span_label(token.span, label).emit()
    }
}

/// The span of the whole `macro_rules! name { ... }` item, found from the name and the body:
/// the `macro_rules!` before the name is looked up in the source.
fn macro_item_span(sess: &Session, name: Ident, body: &ast::DelimArgs) -> Span {
    let end = body.dspan.close;
    let mut lo = name.span.lo;
    if let Some(file) = sess.source_map.lookup_file(name.span.lo) {
        let offset = file.relative(name.span.lo).min(file.src.len());
        if let Some(before) = file.src.get(..offset) {
            let head = before.trim_end();
            let head = head.strip_suffix('!').map(str::trim_end);
            if let Some(start) = head.and_then(|h| h.strip_suffix("macro_rules")) {
                lo = BytePos(file.start_pos.0 + start.len() as u32);
            }
        }
    }
    Span {
        lo,
        hi: end.hi.max(lo),
        ctxt: name.span.ctxt,
    }
}

/// Expands one invocation: the first rule whose matcher matches all of `input` is transcribed.
/// A fragment that fails to parse is a hard error for the invocation. `expn` is the fresh
/// expansion (its data gives the definition's span for diagnostics); tokens written in the
/// definition get its mark, tokens passed in keep their spans.
pub fn expand_macro_rules(
    sess: &Session,
    rules: &MacroRules,
    call_site: Span,
    input: &TokenStream,
    expn: ExpnId,
    edition: Edition,
    root_edition: Edition,
) -> Result<TokenStream, ErrorGuaranteed> {
    let input = desugar_doc_comments(sess, input);
    match try_match_macro(
        sess,
        &input,
        rules,
        edition,
        Some(root_edition),
        &mut NoopTracker,
    ) {
        Ok((index, matches)) => {
            let rhs = rules.rules.get(index).map_or(&[][..], |r| &r.rhs[..]);
            transcribe(sess, &matches, rhs, expn).map_err(|diag| diag.emit())
        }
        Err(TryMatchError::Reported(guar)) => Err(guar),
        Err(TryMatchError::Retry) => {
            let def_site = sess.hygiene.expn_data(expn).def_site;
            Err(failed_to_match_macro(
                sess, call_site, def_site, rules, &input, edition,
            ))
        }
    }
}

pub(super) enum TryMatchError {
    /// No rule matched, or a rule was ambiguous: nothing was reported yet.
    Retry,
    /// A fragment failed to parse, and that was reported.
    Reported(ErrorGuaranteed),
}

/// Tries the rules in order; returns the first that matches and its bindings.
pub(super) fn try_match_macro<'m, T: Tracker<'m>>(
    sess: &Session,
    input: &TokenStream,
    rules: &'m MacroRules,
    edition: Edition,
    root_edition: Option<Edition>,
    track: &mut T,
) -> Result<(usize, NamedMatches), TryMatchError> {
    let mut tt_parser = TtParser::new();
    for (i, rule) in rules.rules.iter().enumerate() {
        let mut parser = Parser::new(sess, input.clone(), edition);
        // Tokens the user wrote keep the user's edition (`async` is an identifier in 2015).
        if let Some(root) = root_edition {
            parser.set_root_edition(root);
        }
        track.prepare(&rule.lhs);
        let result = tt_parser.parse_tt(&mut parser, &rule.lhs, track);
        track.after_arm();
        match result {
            ParseResult::Success(matches) => return Ok((i, matches)),
            ParseResult::Failure => {}
            ParseResult::Ambiguity => return Err(TryMatchError::Retry),
            ParseResult::Error(diag) => return Err(TryMatchError::Reported(diag.emit())),
        }
    }
    Err(TryMatchError::Retry)
}

/* ------------------------------------------------------------ doc comments in the input */

/// `/// text` in a macro's input is matched as the attribute it stands for,
/// `#[doc = r"text"]` (`#![doc = ...]` for inner doc comments).
fn desugar_doc_comments(sess: &Session, input: &TokenStream) -> TokenStream {
    if !has_doc_comment(input) {
        return input.clone();
    }
    struct Frame {
        src: TokenStream,
        next: usize,
        out: Vec<TokenTree>,
        group: Option<(DelimSpan, Delimiter)>,
    }
    let mut stack = vec![Frame {
        src: input.clone(),
        next: 0,
        out: Vec::new(),
        group: None,
    }];
    loop {
        let Some(frame) = stack.last_mut() else {
            return input.clone();
        };
        let Some(tree) = frame.src.get(frame.next).cloned() else {
            let Some(done) = stack.pop() else {
                return input.clone();
            };
            let stream = TokenStream::new(done.out);
            match (done.group, stack.last_mut()) {
                (Some((dspan, delim)), Some(parent)) => {
                    parent.out.push(TokenTree::Delimited(dspan, delim, stream));
                }
                _ => return stream,
            }
            continue;
        };
        frame.next += 1;
        match tree {
            TokenTree::Token(
                Token {
                    kind: TokenKind::DocComment(_, style, data),
                    span,
                },
                _,
            ) => frame.out.extend(desugared_doc(sess, style, data, span)),
            TokenTree::Token(..) => frame.out.push(tree),
            TokenTree::Delimited(dspan, delim, inner) => stack.push(Frame {
                src: inner,
                next: 0,
                out: Vec::new(),
                group: Some((dspan, delim)),
            }),
        }
    }
}

fn has_doc_comment(input: &TokenStream) -> bool {
    let mut stack = vec![input];
    while let Some(stream) = stack.pop() {
        for tree in stream.trees() {
            match tree {
                TokenTree::Token(
                    Token {
                        kind: TokenKind::DocComment(..),
                        ..
                    },
                    _,
                ) => return true,
                TokenTree::Token(..) => {}
                TokenTree::Delimited(_, _, inner) => stack.push(inner),
            }
        }
    }
    false
}

fn desugared_doc(
    sess: &Session,
    style: smelt_ast::token::AttrStyle,
    data: smelt_span::Symbol,
    span: Span,
) -> Vec<TokenTree> {
    // Enough `#`s that the raw string holds the text: one more than the longest `"##..`.
    let text = sess.str(data);
    let mut num_of_hashes = 0usize;
    let mut count = 0usize;
    for ch in text.chars() {
        count = match ch {
            '"' => 1,
            '#' if count > 0 => count + 1,
            _ => 0,
        };
        num_of_hashes = num_of_hashes.max(count);
    }
    let lit = smelt_ast::token::Lit {
        kind: smelt_ast::token::LitKind::StrRaw(num_of_hashes.min(255) as u8),
        symbol: data,
        suffix: None,
    };
    let body = TokenTree::Delimited(
        DelimSpan::from_single(span),
        Delimiter::Bracket,
        TokenStream::new(vec![
            TokenTree::token_alone(TokenKind::Ident(sym::doc, false), span),
            TokenTree::token_alone(TokenKind::Eq, span),
            TokenTree::token_alone(TokenKind::Literal(lit), span),
        ]),
    );
    match style {
        smelt_ast::token::AttrStyle::Inner => vec![
            TokenTree::Token(Token::new(TokenKind::Pound, span), Spacing::Joint),
            TokenTree::token_alone(TokenKind::Not, span),
            body,
        ],
        smelt_ast::token::AttrStyle::Outer => {
            vec![TokenTree::token_alone(TokenKind::Pound, span), body]
        }
    }
}

/* ------------------------------------------------------------ matcher checks */

/// No two metavariables of a matcher may have the same name.
fn check_duplicate_bindings(sess: &Session, lhs: &[QTree]) -> Result<(), ErrorGuaranteed> {
    let mut seen: Vec<(smelt_span::Symbol, Span)> = Vec::new();
    let mut result = Ok(());
    for tree in lhs {
        if let QTree::MetaVarDecl { span, name, .. } = tree {
            if let Some(&(_, prev)) = seen.iter().find(|(n, _)| *n == name.name) {
                let g = sess
                    .dcx
                    .struct_err(*span, "duplicate matcher binding")
                    .span_label(*span, "duplicate binding")
                    .span_label(prev, "previous binding")
                    .emit();
                result = Err(g);
            } else {
                seen.push((name.name, *span));
            }
        }
    }
    result
}

/// A repetition that can match no tokens would make the matcher loop: rejected, as in rustc.
fn check_lhs_no_empty_seq(sess: &Session, lhs: &[QTree]) -> Result<(), ErrorGuaranteed> {
    for (i, tree) in lhs.iter().enumerate() {
        let QTree::SeqOpen { dspan, end, seq } = tree else {
            continue;
        };
        if seq.separator.is_some() {
            continue;
        }
        let mut is_empty = true;
        let mut j = i + 1;
        while j < *end {
            match &lhs[j] {
                QTree::MetaVarDecl {
                    frag:
                        Some(Fragment {
                            kind: NonterminalKind::Vis,
                            ..
                        }),
                    ..
                } => {}
                QTree::Token(
                    Token {
                        kind: TokenKind::DocComment(..),
                        span,
                    },
                    _,
                ) => {
                    // A run of doc comments gets one note.
                    let mut last = *span;
                    while let Some(QTree::Token(
                        Token {
                            kind: TokenKind::DocComment(..),
                            span,
                        },
                        _,
                    )) = lhs.get(j + 1)
                    {
                        last = *span;
                        j += 1;
                    }
                    sess.dcx
                        .struct_span(
                            Level::Note,
                            span.to(last),
                            "doc comments are ignored in matcher position",
                        )
                        .emit();
                }
                QTree::SeqOpen { seq: sub, .. }
                    if matches!(sub.op, KleeneOp::ZeroOrMore | KleeneOp::ZeroOrOne) => {}
                _ => is_empty = false,
            }
            j = QTree::next_sibling(lhs, j);
        }
        if is_empty {
            let mut err = sess
                .dcx
                .struct_err(dspan.entire(), "repetition matches empty token tree");
            if seq.op == KleeneOp::ZeroOrOne
                && matches!(
                    lhs.get(i + 1),
                    Some(QTree::MetaVarDecl {
                        frag: Some(Fragment {
                            kind: NonterminalKind::Vis,
                            ..
                        }),
                        ..
                    })
                )
            {
                err = err.note("a `vis` fragment can already be empty");
                // Suggest `$v:vis` for `$($v:vis)?`: from the `$` before the group to the
                // operator.
                let dollar = Span {
                    lo: BytePos(dspan.open.lo.0.saturating_sub(1)),
                    hi: dspan.open.lo,
                    ctxt: dspan.open.ctxt,
                };
                let vis = match lhs.get(i + 1) {
                    Some(QTree::MetaVarDecl { span, .. }) => sess.source_map.span_to_snippet(*span),
                    _ => None,
                };
                if let (Some("$"), Some(vis)) =
                    (sess.source_map.span_to_snippet(dollar).as_deref(), vis)
                {
                    let whole = Span {
                        hi: seq.op_span.hi,
                        ..dollar
                    };
                    err = err.span_suggestion(whole, "remove the `$(` and `)?`", vis);
                }
            }
            return Err(err.emit());
        }
    }
    Ok(())
}

/// A member of a FIRST or LAST set: an entry of the matcher (a token or a metavariable
/// declaration) or a token implied by it (a delimiter, a separator).
#[derive(Clone, Debug)]
enum TtHandle {
    Tree(usize),
    Token(Token),
}

/// What a `TtHandle` stands for.
enum Resolved<'t> {
    Token(&'t Token),
    Decl(Span, Ident, Option<Fragment>),
    Other,
}

fn resolve<'t>(trees: &'t [QTree], h: &'t TtHandle) -> Resolved<'t> {
    match h {
        TtHandle::Token(t) => Resolved::Token(t),
        TtHandle::Tree(i) => match trees.get(*i) {
            Some(QTree::Token(t, _)) => Resolved::Token(t),
            Some(QTree::MetaVarDecl { span, name, frag }) => Resolved::Decl(*span, *name, *frag),
            _ => Resolved::Other,
        },
    }
}

fn handle_eq(trees: &[QTree], a: &TtHandle, b: &TtHandle) -> bool {
    match (resolve(trees, a), resolve(trees, b)) {
        (Resolved::Token(x), Resolved::Token(y)) => x == y,
        (Resolved::Decl(s1, n1, f1), Resolved::Decl(s2, n2, f2)) => {
            s1 == s2 && n1 == n2 && f1 == f2
        }
        _ => false,
    }
}

/// A set of tokens and metavariables that may start (FIRST) or end (LAST) a piece of matcher,
/// and whether that piece may match nothing.
#[derive(Clone, Debug)]
struct TokenSet {
    tokens: Vec<TtHandle>,
    maybe_empty: bool,
}

impl TokenSet {
    fn empty() -> TokenSet {
        TokenSet {
            tokens: Vec::new(),
            maybe_empty: true,
        }
    }

    fn singleton(h: TtHandle) -> TokenSet {
        TokenSet {
            tokens: vec![h],
            maybe_empty: false,
        }
    }

    fn replace_with(&mut self, h: TtHandle) {
        self.tokens.clear();
        self.tokens.push(h);
        self.maybe_empty = false;
    }

    /// Something that ends the piece but never needs checking.
    fn replace_with_irrelevant(&mut self) {
        self.tokens.clear();
        self.maybe_empty = false;
    }

    fn add_one(&mut self, trees: &[QTree], h: TtHandle) {
        self.add_one_maybe(trees, h);
        self.maybe_empty = false;
    }

    fn add_one_maybe(&mut self, trees: &[QTree], h: TtHandle) {
        if !self.tokens.iter().any(|t| handle_eq(trees, t, &h)) {
            self.tokens.push(h);
        }
    }

    fn add_all(&mut self, trees: &[QTree], other: &TokenSet) {
        for h in &other.tokens {
            if !self.tokens.iter().any(|t| handle_eq(trees, t, h)) {
                self.tokens.push(h.clone());
            }
        }
        if !other.maybe_empty {
            self.maybe_empty = false;
        }
    }
}

/// The FIRST set of every repetition's contents, by the index of its `SeqOpen`.
struct FirstSets {
    first: Vec<Option<TokenSet>>,
}

impl FirstSets {
    fn new(trees: &[QTree]) -> FirstSets {
        let mut sets = FirstSets {
            first: vec![None; trees.len()],
        };
        // Inner repetitions come later in the list: computing from the back means every
        // repetition's nested ones are done when it is.
        for i in (0..trees.len()).rev() {
            if let QTree::SeqOpen { end, .. } = &trees[i] {
                let set = sets.first(trees, i + 1, (*end).max(i + 1));
                sets.first[i] = Some(set);
            }
        }
        sets
    }

    /// FIRST of the siblings in `[lo, hi)`.
    fn first(&self, trees: &[QTree], lo: usize, hi: usize) -> TokenSet {
        let mut first = TokenSet::empty();
        let mut i = lo;
        while i < hi {
            match &trees[i] {
                QTree::Token(..) | QTree::MetaVarDecl { .. } | QTree::MetaVar { .. } => {
                    first.add_one(trees, TtHandle::Tree(i));
                    return first;
                }
                QTree::Open { delim, dspan, .. } => {
                    let open = Token::new(TokenKind::OpenDelim(*delim), dspan.open);
                    first.add_one(trees, TtHandle::Token(open));
                    return first;
                }
                QTree::SeqOpen { seq, .. } => {
                    let sub = self
                        .first
                        .get(i)
                        .cloned()
                        .flatten()
                        .unwrap_or_else(TokenSet::empty);
                    if let (Some(sep), true) = (&seq.separator, sub.maybe_empty) {
                        first.add_one_maybe(trees, TtHandle::Token(sep.clone()));
                    }
                    first.add_all(trees, &sub);
                    if sub.maybe_empty
                        || matches!(seq.op, KleeneOp::ZeroOrMore | KleeneOp::ZeroOrOne)
                    {
                        first.maybe_empty = true;
                    } else {
                        return first;
                    }
                }
                QTree::Close { .. } | QTree::SeqEnd { .. } => {}
            }
            i = QTree::next_sibling(trees, i);
        }
        first
    }
}

enum CheckKind {
    Root,
    Delimited,
    Sequence,
}

/// One piece of matcher being checked (`check_matcher_core` in rustc, made iterative).
struct CheckFrame {
    hi: usize,
    i: usize,
    /// What may follow the piece.
    follow: TokenSet,
    /// What may end the piece so far.
    last: TokenSet,
    errored: Option<ErrorGuaranteed>,
    kind: CheckKind,
}

/// Checks that every fragment of the matcher is followed only by tokens its follow set allows,
/// so that future grammar extensions cannot change how existing macros match.
fn check_matcher(sess: &Session, trees: &[QTree], edition: Edition) -> Result<(), ErrorGuaranteed> {
    let first_sets = FirstSets::new(trees);
    let mut stack = vec![CheckFrame {
        hi: trees.len(),
        i: 0,
        follow: TokenSet::empty(),
        last: TokenSet::empty(),
        errored: None,
        kind: CheckKind::Root,
    }];
    loop {
        let Some(frame) = stack.last_mut() else {
            return Ok(());
        };
        if frame.i >= frame.hi {
            let Some(done) = stack.pop() else {
                return Ok(());
            };
            // An error inside a piece stops the whole check, as in rustc.
            if let Some(g) = done.errored {
                return Err(g);
            }
            let Some(parent) = stack.last_mut() else {
                return Ok(());
            };
            match done.kind {
                CheckKind::Root => return Ok(()),
                CheckKind::Delimited => parent.last.replace_with_irrelevant(),
                CheckKind::Sequence => {
                    if done.last.maybe_empty {
                        parent.last.add_all(trees, &done.last);
                    } else {
                        parent.last = done.last;
                    }
                }
            }
            continue;
        }
        let i = frame.i;
        frame.i = QTree::next_sibling(trees, i);
        let suffix_first = |frame: &CheckFrame| {
            let mut s = first_sets.first(trees, frame.i, frame.hi);
            if s.maybe_empty {
                s.add_all(trees, &frame.follow);
            }
            s
        };
        match &trees[i] {
            QTree::Token(..) | QTree::MetaVar { .. } => frame.last.replace_with_irrelevant(),
            QTree::MetaVarDecl { frag, .. } => {
                let kind = frag.map(|f| f.kind);
                if kind.is_none_or(frag_can_be_followed_by_any) {
                    frame.last.replace_with_irrelevant();
                    continue;
                }
                frame.last.replace_with(TtHandle::Tree(i));
                let suffix = suffix_first(frame);
                if let Err(g) = check_follows(sess, trees, &frame.last, &suffix, edition) {
                    frame.errored.get_or_insert(g);
                }
            }
            &QTree::Open {
                delim,
                dspan,
                close,
                ..
            } => {
                let close_tok = Token::new(TokenKind::CloseDelim(delim), dspan.close);
                stack.push(CheckFrame {
                    hi: close.max(i + 1),
                    i: i + 1,
                    follow: TokenSet::singleton(TtHandle::Token(close_tok)),
                    last: TokenSet::empty(),
                    errored: None,
                    kind: CheckKind::Delimited,
                });
            }
            QTree::SeqOpen { end, seq, .. } => {
                let mut follow = suffix_first(frame);
                if let Some(sep) = &seq.separator {
                    follow.add_one_maybe(trees, TtHandle::Token(sep.clone()));
                }
                stack.push(CheckFrame {
                    hi: (*end).max(i + 1),
                    i: i + 1,
                    follow,
                    last: TokenSet::empty(),
                    errored: None,
                    kind: CheckKind::Sequence,
                });
            }
            QTree::Close { .. } | QTree::SeqEnd { .. } => {}
        }
    }
}

/// Checks every fragment of `last` against every token of `suffix`.
fn check_follows(
    sess: &Session,
    trees: &[QTree],
    last: &TokenSet,
    suffix: &TokenSet,
    edition: Edition,
) -> Result<(), ErrorGuaranteed> {
    let mut result = Ok(());
    for h in &last.tokens {
        let Resolved::Decl(span, name, Some(frag)) = resolve(trees, h) else {
            continue;
        };
        for next in &suffix.tokens {
            let IsInFollow::No(possible) = is_in_follow(trees, next, frag.kind) else {
                continue;
            };
            let may_be = if last.tokens.len() == 1 && suffix.tokens.len() == 1 {
                "is"
            } else {
                "may be"
            };
            let (next_span, next_text) = match resolve(trees, next) {
                Resolved::Token(t) => (
                    t.span,
                    smelt_ast::token::token_kind_to_string(&t.kind, &sess.interner),
                ),
                Resolved::Decl(s, n, f) => (
                    s,
                    format!("${}:{}", sess.str(n.name), f.map_or("", frag_name)),
                ),
                Resolved::Other => continue,
            };
            let kind = frag_name(frag);
            let mut err = sess
                .dcx
                .struct_err(
                    next_span,
                    format!(
                        "`${}:{kind}` {may_be} followed by `{next_text}`, which is not allowed \
                         for `{kind}` fragments",
                        sess.str(name.name)
                    ),
                )
                .span_label(next_span, format!("not allowed after `{kind}` fragments"));
            if frag.kind == NonterminalKind::Pat
                && edition >= Edition::E2021
                && matches!(resolve(trees, next), Resolved::Token(t) if t.kind == TokenKind::BinOp(BinOpToken::Or))
            {
                err = err.span_label(
                    span,
                    format!(
                        "help: try a `pat_param` fragment specifier instead: `${}:pat_param`",
                        sess.str(name.name)
                    ),
                );
            }
            match possible {
                [] => {}
                [t] => err = err.note(format!("only {t} is allowed after `{kind}` fragments")),
                [init @ .., t] => {
                    err = err.note(format!("allowed there are: {} or {t}", init.join(", ")));
                }
            }
            result = Err(err.emit());
        }
    }
    result
}

/// Whether a fragment of this kind may be followed by anything: it is a single token tree or
/// always ends with `;` or `}`.
fn frag_can_be_followed_by_any(kind: NonterminalKind) -> bool {
    matches!(
        kind,
        NonterminalKind::Item
            | NonterminalKind::Block
            | NonterminalKind::Ident
            | NonterminalKind::Literal
            | NonterminalKind::Meta
            | NonterminalKind::Lifetime
            | NonterminalKind::Tt
    )
}

enum IsInFollow {
    Yes,
    No(&'static [&'static str]),
}

/// Whether `next` may follow a fragment of `kind` (rustc's follow sets).
fn is_in_follow(trees: &[QTree], next: &TtHandle, kind: NonterminalKind) -> IsInFollow {
    use NonterminalKind as K;
    use TokenKind as T;
    let resolved = resolve(trees, next);
    let token = match &resolved {
        Resolved::Token(t) => Some(*t),
        _ => None,
    };
    let decl_kind = match &resolved {
        Resolved::Decl(_, _, frag) => frag.map(|f| f.kind),
        _ => None,
    };
    if token.is_some_and(|t| matches!(t.kind, T::CloseDelim(_))) {
        // Closing a group is never matched by a fragment.
        return IsInFollow::Yes;
    }
    let is_kw = |t: &Token, k| t.kind == T::Ident(k, false);
    match kind {
        K::Item | K::Block | K::Ident | K::Lifetime | K::Literal | K::Meta | K::Tt => {
            IsInFollow::Yes
        }
        K::Stmt | K::Expr | K::Expr2021 => {
            const TOKENS: &[&str] = &["`=>`", "`,`", "`;`"];
            match token {
                Some(t) if matches!(t.kind, T::FatArrow | T::Comma | T::Semi) => IsInFollow::Yes,
                _ => IsInFollow::No(TOKENS),
            }
        }
        K::PatParam => {
            const TOKENS: &[&str] = &["`=>`", "`,`", "`=`", "`|`", "`if`", "`if let`", "`in`"];
            match token {
                Some(t)
                    if matches!(
                        t.kind,
                        T::FatArrow | T::Comma | T::Eq | T::BinOp(BinOpToken::Or)
                    ) || is_kw(t, kw::If)
                        || is_kw(t, kw::In) =>
                {
                    IsInFollow::Yes
                }
                _ => IsInFollow::No(TOKENS),
            }
        }
        K::Pat => {
            const TOKENS: &[&str] = &["`=>`", "`,`", "`=`", "`if`", "`if let`", "`in`"];
            match token {
                Some(t)
                    if matches!(t.kind, T::FatArrow | T::Comma | T::Eq)
                        || is_kw(t, kw::If)
                        || is_kw(t, kw::In) =>
                {
                    IsInFollow::Yes
                }
                _ => IsInFollow::No(TOKENS),
            }
        }
        K::Path | K::Ty => {
            const TOKENS: &[&str] = &[
                "`{`", "`[`", "`=>`", "`,`", "`>`", "`=`", "`:`", "`;`", "`|`", "`as`", "`where`",
            ];
            match token {
                Some(t)
                    if matches!(
                        t.kind,
                        T::OpenDelim(Delimiter::Brace | Delimiter::Bracket)
                            | T::Comma
                            | T::FatArrow
                            | T::Colon
                            | T::Eq
                            | T::Gt
                            | T::BinOp(BinOpToken::Shr)
                            | T::Semi
                            | T::BinOp(BinOpToken::Or)
                    ) || is_kw(t, kw::As)
                        || is_kw(t, kw::Where) =>
                {
                    IsInFollow::Yes
                }
                None if decl_kind == Some(K::Block) => IsInFollow::Yes,
                _ => IsInFollow::No(TOKENS),
            }
        }
        K::Vis => {
            const TOKENS: &[&str] = &["`,`", "an ident", "a type"];
            match token {
                Some(t) => match t.kind {
                    T::Comma | T::Ident(_, true) => IsInFollow::Yes,
                    T::Ident(name, _) if name != kw::Priv => IsInFollow::Yes,
                    _ if nonterminal_may_begin_with(K::Ty, t) => IsInFollow::Yes,
                    _ => IsInFollow::No(TOKENS),
                },
                None if matches!(decl_kind, Some(K::Ident | K::Ty | K::Path)) => IsInFollow::Yes,
                None => IsInFollow::No(TOKENS),
            }
        }
    }
}

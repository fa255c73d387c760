//! The `macro_rules!` engine ("macro by example"), after `rustc_expand::mbe`: compiling a
//! definition into rules, matching an invocation against them, and transcribing the chosen
//! rule's right-hand side.
//!
//! # Terms
//!
//! A definition `macro_rules! m { (matcher) => { transcriber }; ... }` has *rules* (arms). The
//! *matcher* (left-hand side) mixes literal tokens, *metavariable declarations* `$x:frag`
//! (`frag` is the *fragment specifier*: `expr`, `ty`, `tt`, ...), and *repetitions*
//! `$( ... ) sep? op` with the *Kleene operators* `*`, `+` and `?`. The *transcriber*
//! (right-hand side) mixes tokens, *metavariables* `$x`, repetitions and `$crate`.
//!
//! # The stages
//!
//! - `quoted.rs` turns a rule's token trees into a flat list of `QTree`s: `$x:frag`,
//!   `$( ... ) sep op` and `$crate` become single entries, delimited groups and repetitions
//!   become an opening entry, their contents, and a closing entry that the opening one points
//!   at. Nothing here is recursive: definitions nested 100,000 deep are walked with explicit
//!   stacks, and dropping a rule drops flat vectors.
//! - `macro_rules.rs` parses the list of rules, checks each matcher (the *follow-set* rules
//!   that keep macros future-proof: `$e:expr` may only be followed by `=>`, `,` or `;`; no
//!   repetition that can match nothing; no duplicate bindings) and drives expansion: the first
//!   rule whose matcher matches the whole input wins.
//! - `macro_parser.rs` is the matcher, rustc's NFA-style parser. The matcher is flattened into
//!   `MatcherLoc`s; a *matcher position* is an index into them plus the bindings made so far.
//!   The input is walked one token at a time by the real parser (`smelt_parse::Parser`, which
//!   flattens delimited groups into open and close tokens). All live positions advance in
//!   lockstep over the same token; epsilon moves (entering, skipping, repeating or leaving a
//!   repetition) are followed before each token. When a position reaches a fragment
//!   (`$e:expr`) and it is the only live position, the parser parses the fragment and the
//!   position moves past it; if another position is live at that point, the invocation is
//!   ambiguous, which is an error (rustc never backtracks into fragments).
//! - `transcribe.rs` fills the chosen right-hand side in: metavariables become what they
//!   matched, repetitions repeat as often as the metavariables inside them did (all of them
//!   the same number of times), and every token written in the definition gets the expansion's
//!   hygiene mark.
//! - `diagnostics.rs` explains a failed match. Matching runs once with no bookkeeping; only if
//!   no rule matched does it run again recording which matcher positions were tried at which
//!   input positions, to report the rule that got furthest ("no rules expected `x`", "while
//!   trying to match `,`") or where the ambiguity arose.
//!
//! # Substitution
//!
//! `ident`, `lifetime` and `tt` fragments are pasted as the tokens they matched, with their
//! own spans (so an identifier passed in keeps the caller's hygiene). The other fragments are
//! pasted as one `TokenKind::Interpolated` token carrying the parsed AST, which the parser takes
//! as a unit: `$e * 2` with `$e` = `1 + 1` multiplies the sum. That token's span is where
//! `$e` was written in the definition, with the expansion's mark (rustc gives its invisible
//! group around the fragment that span); the AST inside keeps the argument's spans.
//!
//! # Edge cases
//!
//! - Doc comments in the input are matched as the `#[doc = r"..."]` attributes they stand for;
//!   doc comments in a matcher are skipped, as rustc does.
//! - A fragment that fails to parse is a hard error for the invocation, even if a later rule
//!   would have matched (rustc commits to a fragment once it starts parsing it).
//! - Literal tokens in a matcher never equal an interpolated fragment (other than `ident`,
//!   `lifetime` and `tt`), so a fragment forwarded to another macro can only be matched by a
//!   fragment specifier.
//! - Repetition mismatches ("variable `x` is still repeating at this depth", "meta-variable `x`
//!   repeats 2 times, but `y` repeats 1 time") are reported when a rule is transcribed, as
//!   rustc does: a rule that is never used never reports them.
//! - Metavariable expressions (`${count(x)}`) and `$$` are unstable in rustc and rejected
//!   with its error.

mod diagnostics;
mod macro_parser;
mod macro_rules;
mod quoted;
mod transcribe;

#[cfg(test)]
mod tests;

use smelt_ast::token::{Delimiter, Token};
use smelt_ast::tokenstream::{DelimSpan, Spacing};
use smelt_parse::NonterminalKind;
use smelt_span::{Ident, Span, Symbol};

pub use macro_rules::{compile_macro_rules, expand_macro_rules, MacroRules};

/// A repetition's Kleene operator.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum KleeneOp {
    /// `*`
    ZeroOrMore,
    /// `+`
    OneOrMore,
    /// `?`
    ZeroOrOne,
}

/// A fragment specifier as written (`pat` and `pat_param` may be the same kind, but
/// diagnostics name the one the user wrote).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) struct Fragment {
    pub kind: NonterminalKind,
    pub name: Symbol,
}

/// The separator and operator of a repetition `$( ... ) sep op`.
#[derive(Clone, PartialEq, Debug)]
pub(crate) struct SeqInfo {
    pub separator: Option<Token>,
    pub op: KleeneOp,
    pub op_span: Span,
    /// How many metavariables the repetition declares (in a matcher; 0 in a transcriber).
    pub num_captures: usize,
}

/// One entry of a parsed matcher or transcriber. A rule side is a flat `Vec<QTree>` in
/// pre-order: a group is its `Open` entry, its contents, then its `Close` entry, and `Open`
/// records where that `Close` is (likewise for repetitions), so walking a rule never recurses.
#[derive(Clone, PartialEq, Debug)]
pub(crate) enum QTree {
    Token(Token, Spacing),
    /// An opening delimiter; the matching `Close` is at index `close`.
    Open {
        delim: Delimiter,
        dspan: DelimSpan,
        close: usize,
    },
    Close {
        delim: Delimiter,
        dspan: DelimSpan,
    },
    /// `$(`; the repetition's contents follow, up to the `SeqEnd` at index `end`.
    SeqOpen {
        dspan: DelimSpan,
        end: usize,
        seq: SeqInfo,
    },
    SeqEnd {
        open: usize,
    },
    /// `$x` in a transcriber; the span covers `$x`.
    MetaVar {
        span: Span,
        name: Ident,
    },
    /// `$x:frag` in a matcher; the span covers all of it. `frag` is `None` when the specifier
    /// is missing (an error already reported).
    MetaVarDecl {
        span: Span,
        name: Ident,
        frag: Option<Fragment>,
    },
}

impl QTree {
    /// The index just past this entry and everything it contains.
    pub(crate) fn next_sibling(trees: &[QTree], i: usize) -> usize {
        match trees.get(i) {
            Some(QTree::Open { close, .. }) => close + 1,
            Some(QTree::SeqOpen { end, .. }) => end + 1,
            _ => i + 1,
        }
    }
}

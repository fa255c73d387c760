//! Snapshot tests of the lexer and parser. Every test goes through one of four helpers, which
//! use only the crate's public API:
//!
//! - `check(src, expect)`: the crate's AST dump (`smelt_ast::dump`), then the diagnostics;
//! - `check_expr(src, expect)`: one expression's dump, then the diagnostics;
//! - `check_errors(src, expect)`: only the rendered diagnostics;
//! - `check_tokens(src, expect)`: `dump_tokens`, then the diagnostics.
//!
//! A source starting with a line `//@ edition: 2015` is parsed in that edition (2021 by
//! default). Bless with `UPDATE_EXPECT=1 cargo test -p smelt_parse`.

mod expr;
mod item;
mod lexer;
mod nonterminal;
mod pat_ty;
mod recovery;
mod robustness;
mod stmt;

use std::cell::RefCell;
use std::rc::Rc;

use expect_test::Expect;
use smelt_errors::BufferEmitter;
use smelt_session::{Options, Session};
use smelt_span::{Edition, SourceFile};

use crate::Parser;

/// A session whose diagnostics go to a buffer.
pub(crate) fn session(edition: Edition) -> (Session, Rc<RefCell<String>>) {
    let emitter = BufferEmitter::default();
    let out = emitter.out.clone();
    let opts = Options {
        edition,
        ..Options::default()
    };
    (Session::new(opts, Box::new(emitter)), out)
}

/// The edition a test source asks for, and the source.
fn edition_of(src: &str) -> Edition {
    src.strip_prefix("//@ edition: ")
        .and_then(|rest| rest.get(..4))
        .and_then(Edition::parse)
        .unwrap_or(Edition::E2021)
}

fn with_file<R>(src: &str, f: impl FnOnce(&Session, &SourceFile, Edition) -> R) -> (R, String) {
    let edition = edition_of(src);
    let (sess, out) = session(edition);
    let file = sess
        .source_map
        .new_source_file("test.rs".to_string(), src.to_string());
    let r = f(&sess, &file, edition);
    let diags = out.borrow().clone();
    (r, diags)
}

fn join(dump: String, diags: String) -> String {
    if diags.is_empty() {
        dump
    } else {
        format!("{dump}\n{diags}")
    }
}

/// The crate's AST dump followed by its diagnostics.
pub(crate) fn check(src: &str, expect: Expect) {
    let (dump, diags) = with_file(src, |sess, file, edition| {
        let krate = crate::parse_crate(sess, file, edition);
        smelt_ast::dump::dump_crate(&krate, &sess.interner)
    });
    expect.assert_eq(&join(dump, diags));
}

/// One expression's dump followed by the diagnostics; tokens left over are an error.
pub(crate) fn check_expr(src: &str, expect: Expect) {
    let (dump, diags) = with_file(src, |sess, file, edition| {
        let stream = crate::lex_file(sess, file);
        let mut p = Parser::new(sess, stream, edition);
        let mut out = match p.parse_expr() {
            Ok(e) => smelt_ast::dump::dump_expr(&e, &sess.interner),
            Err(e) => {
                e.emit();
                String::new()
            }
        };
        if !p.is_at_eof() {
            out.push_str("<tokens left over>\n");
        }
        out
    });
    expect.assert_eq(&join(dump, diags));
}

/// Only the rendered diagnostics of parsing `src` as a crate.
pub(crate) fn check_errors(src: &str, expect: Expect) {
    let ((), diags) = with_file(src, |sess, file, edition| {
        let _ = crate::parse_crate(sess, file, edition);
    });
    expect.assert_eq(&diags);
}

/// The token dump followed by the diagnostics.
pub(crate) fn check_tokens(src: &str, expect: Expect) {
    let (dump, diags) = with_file(src, |sess, file, _| crate::dump_tokens(sess, file));
    expect.assert_eq(&join(dump, diags));
}

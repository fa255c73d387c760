//! The standard library injection: unless the crate says `#![no_std]` or `#![no_core]`, it
//! starts with
//!
//! ```text
//! #[macro_use] extern crate std;
//! #[prelude_import] use std::prelude::rust_20xx::*;
//! ```
//! (`core` instead of `std` for `#![no_std]`), as rustc does.

use smelt_ast::{self as ast, NodeId, P};
use smelt_session::Session;
use smelt_span::{kw, sym, Edition, ExpnData, ExpnId, ExpnKind, Ident, Span, Transparency};

use crate::base::ExpandConfig;
use crate::cfg::attr_is;

pub fn inject_std(sess: &Session, cfg: &ExpandConfig<'_>, krate: &mut ast::Crate) {
    if krate.attrs.iter().any(|a| attr_is(a, "no_core", sess)) {
        return;
    }
    let name = if krate.attrs.iter().any(|a| attr_is(a, "no_std", sess)) {
        sym::core
    } else {
        sym::std
    };
    // The injected items come from no source text; a mark makes them distinguishable (and
    // keeps the `extern crate` name from clashing with a user item called `std`).
    let expn = sess.hygiene.fresh_expn(ExpnData {
        kind: ExpnKind::Root,
        parent: ExpnId::ROOT,
        call_site: Span::DUMMY,
        def_site: Span::DUMMY,
        local_inner_macros: false,
        allow_internal_unstable: true,
        def_crate: Some(cfg.crate_num),
    });
    let ctxt = sess.hygiene.apply_mark(
        smelt_span::SyntaxContext::ROOT,
        expn,
        Transparency::Transparent,
    );
    let span = Span::DUMMY.with_ctxt(ctxt);
    let attr = |n: &str| ast::Attribute {
        kind: ast::AttrKind::Normal(ast::AttrItem {
            path: ast::Path::from_ident(Ident::new(sess.intern(n), span)),
            args: ast::AttrArgs::Empty,
        }),
        id: NodeId::DUMMY,
        style: ast::AttrStyle::Outer,
        span,
    };
    let extern_crate = ast::Item {
        attrs: vec![attr("macro_use")],
        id: NodeId::DUMMY,
        span,
        vis: ast::Visibility::inherited(span),
        ident: Ident::new(name, span),
        kind: ast::ItemKind::ExternCrate(None),
    };
    let edition_mod = match cfg.edition {
        Edition::E2015 => sym::rust_2015,
        Edition::E2018 => sym::rust_2018,
        Edition::E2021 => sym::rust_2021,
        _ => sym::rust_2024,
    };
    // 2015 paths in `use` are relative to the crate root, where `extern crate` put `std`;
    // later editions find it in the extern prelude. `{{root}}::std` works in both.
    let segments = [kw::PathRoot, name, sym::prelude, edition_mod]
        .iter()
        .map(|&n| ast::PathSegment {
            ident: Ident::new(n, span),
            id: NodeId::DUMMY,
            args: None,
        })
        .collect();
    let use_item = ast::Item {
        attrs: vec![attr("prelude_import")],
        id: NodeId::DUMMY,
        span,
        vis: ast::Visibility::inherited(span),
        ident: Ident::new(kw::Empty, span),
        kind: ast::ItemKind::Use(ast::UseTree {
            prefix: ast::Path { span, segments },
            kind: ast::UseTreeKind::Glob,
            span,
        }),
    };
    krate.items.insert(0, P::new(use_item));
    krate.items.insert(0, P::new(extern_crate));
}

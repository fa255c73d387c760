//! Attribute names after expansion: every attribute must be one rustc knows (or a tool
//! attribute such as `#[rustfmt::skip]`). Attributes reserved for the compiler's own library
//! (`#[lang]`, `#[rustc_*]`, `#![feature]`) are rejected in user crates as stable rustc does.

use smelt_ast::visit::{self, Visitor};
use smelt_ast::{self as ast};
use smelt_session::Session;

use crate::base::ExpandConfig;

/// Built-in attributes usable on stable Rust (rustc's `BUILTIN_ATTRIBUTES`, stable part).
const BUILTIN: &[&str] = &[
    "cfg",
    "cfg_attr",
    "test",
    "ignore",
    "should_panic",
    "derive",
    "automatically_derived",
    "macro_export",
    "macro_use",
    "proc_macro",
    "proc_macro_derive",
    "proc_macro_attribute",
    "allow",
    "warn",
    "deny",
    "forbid",
    "expect",
    "must_use",
    "deprecated",
    "doc",
    "path",
    "recursion_limit",
    "type_length_limit",
    "crate_name",
    "crate_type",
    "no_std",
    "no_implicit_prelude",
    "no_main",
    "no_builtins",
    "windows_subsystem",
    "link",
    "link_name",
    "link_section",
    "link_ordinal",
    "no_link",
    "repr",
    "export_name",
    "no_mangle",
    "used",
    "inline",
    "cold",
    "track_caller",
    "target_feature",
    "naked",
    "instruction_set",
    "non_exhaustive",
    "panic_handler",
    "global_allocator",
    "debugger_visualizer",
    "collapse_debuginfo",
    "default",
    "unsafe",
    "diagnostic",
    "coverage",
];

/// Tools whose attributes (`#[tool::name]`) rustc accepts without checking.
const TOOLS: &[&str] = &[
    "rustfmt",
    "clippy",
    "diagnostic",
    "rustdoc",
    "miri",
    "rust_analyzer",
];

pub fn check_crate(sess: &Session, cfg: &ExpandConfig<'_>, krate: &ast::Crate) {
    if cfg.is_library {
        return;
    }
    let mut v = AttrChecker { sess };
    for a in &krate.attrs {
        if let ast::AttrKind::Normal(item) = &a.kind {
            if item.path.segments.len() == 1
                && sess.str(item.path.segments[0].ident.name) == "feature"
            {
                sess.dcx
                    .struct_err(
                        a.span,
                        "`#![feature]` may not be used on the stable release channel",
                    )
                    .code("E0554")
                    .emit();
                continue;
            }
        }
        v.visit_attribute(a);
    }
    for item in &krate.items {
        v.visit_item(item);
    }
}

struct AttrChecker<'a> {
    sess: &'a Session,
}

impl<'ast> Visitor<'ast> for AttrChecker<'_> {
    fn visit_attribute(&mut self, a: &'ast ast::Attribute) {
        let ast::AttrKind::Normal(item) = &a.kind else {
            return;
        };
        // Attributes the compiler wrote itself (the standard library injection).
        if a.span.is_dummy() {
            return;
        }
        let segs = &item.path.segments;
        let Some(first) = segs.first() else { return };
        let first_name = self.sess.str(first.ident.name);
        if segs.len() > 1 {
            if !TOOLS.contains(&first_name) {
                self.sess
                    .dcx
                    .struct_err(first.ident.span, format!("failed to resolve: use of unresolved module or unlinked crate `{first_name}`"))
                    .code("E0433")
                    .emit();
            }
            return;
        }
        if first_name.starts_with("rustc_") || first_name == "rustc" {
            self.sess
                .dcx
                .struct_err(
                    first.ident.span,
                    "attributes starting with `rustc` are reserved for use by the `rustc` compiler",
                )
                .emit();
            return;
        }
        if !BUILTIN.contains(&first_name) {
            self.sess
                .dcx
                .struct_err(
                    first.ident.span,
                    format!("cannot find attribute `{first_name}` in this scope"),
                )
                .emit();
        }
    }

    fn visit_mac_call(&mut self, _mac: &'ast ast::MacCall) {}

    fn visit_expr(&mut self, e: &'ast ast::Expr) {
        visit::walk_expr(self, e);
    }
}

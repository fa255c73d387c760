//! Lints: named warnings whose level the user sets with `-A/-W/-D/-F`, `--cap-lints` and lint
//! attributes. This module knows the lints and the command line; the stages that emit a lint
//! pass in the level their attributes give (see `LintLevels::level`).

use std::cell::RefCell;

use rustc_hash::FxHashSet;
use smelt_span::Span;

use crate::{Diag, DiagCtxt, Level, SpanLabel, SubDiagnostic};

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum LintLevel {
    Allow,
    Warn,
    Deny,
    Forbid,
}

impl LintLevel {
    pub fn from_attr_name(name: &str) -> Option<LintLevel> {
        Some(match name {
            "allow" | "expect" => LintLevel::Allow,
            "warn" => LintLevel::Warn,
            "deny" => LintLevel::Deny,
            "forbid" => LintLevel::Forbid,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            LintLevel::Allow => "allow",
            LintLevel::Warn => "warn",
            LintLevel::Deny => "deny",
            LintLevel::Forbid => "forbid",
        }
    }

    fn flag(self) -> &'static str {
        match self {
            LintLevel::Allow => "-A",
            LintLevel::Warn => "-W",
            LintLevel::Deny => "-D",
            LintLevel::Forbid => "-F",
        }
    }
}

/// A lint's definition.
#[derive(Debug, PartialEq, Eq)]
pub struct Lint {
    pub name: &'static str,
    pub default_level: LintLevel,
    /// The group rustc's "on by default" note names (`unused`), if any.
    pub group: Option<&'static str>,
}

macro_rules! declare_lints {
    ($($id:ident = $name:literal, $level:ident $(, $group:literal)?;)*) => {
        $(pub static $id: Lint = Lint {
            name: $name,
            default_level: LintLevel::$level,
            group: declare_lints!(@group $($group)?),
        };)*
        /// Every lint smelt knows.
        pub static ALL_LINTS: &[&Lint] = &[$(&$id),*];
    };
    (@group $g:literal) => { Some($g) };
    (@group) => { None };
}

pub mod builtin {
    use super::*;
    declare_lints! {
        UNUSED_VARIABLES = "unused_variables", Warn, "unused";
        UNUSED_ASSIGNMENTS = "unused_assignments", Warn, "unused";
        UNUSED_MUT = "unused_mut", Warn, "unused";
        DEAD_CODE = "dead_code", Warn, "unused";
        UNUSED_IMPORTS = "unused_imports", Warn, "unused";
        UNUSED_MACROS = "unused_macros", Warn, "unused";
        UNUSED_LABELS = "unused_labels", Warn, "unused";
        UNUSED_MUST_USE = "unused_must_use", Warn, "unused";
        UNUSED_PARENS = "unused_parens", Warn, "unused";
        UNUSED_BRACES = "unused_braces", Warn, "unused";
        UNUSED_UNSAFE = "unused_unsafe", Warn, "unused";
        UNUSED_ATTRIBUTES = "unused_attributes", Warn, "unused";
        UNUSED_DOC_COMMENTS = "unused_doc_comments", Warn, "unused";
        PATH_STATEMENTS = "path_statements", Warn, "unused";
        UNREACHABLE_CODE = "unreachable_code", Warn, "unused";
        UNREACHABLE_PATTERNS = "unreachable_patterns", Warn, "unused";
        UNUSED_COMPARISONS = "unused_comparisons", Warn;
        OVERFLOWING_LITERALS = "overflowing_literals", Deny;
        ARITHMETIC_OVERFLOW = "arithmetic_overflow", Deny;
        UNCONDITIONAL_PANIC = "unconditional_panic", Deny;
        UNCONDITIONAL_RECURSION = "unconditional_recursion", Warn;
        WHILE_TRUE = "while_true", Warn;
        NON_SNAKE_CASE = "non_snake_case", Warn, "nonstandard_style";
        NON_CAMEL_CASE_TYPES = "non_camel_case_types", Warn, "nonstandard_style";
        NON_UPPER_CASE_GLOBALS = "non_upper_case_globals", Warn, "nonstandard_style";
        UNKNOWN_LINTS = "unknown_lints", Warn;
        IRREFUTABLE_LET_PATTERNS = "irrefutable_let_patterns", Warn;
        BINDINGS_WITH_VARIANT_NAME = "bindings_with_variant_name", Deny;
        NON_SHORTHAND_FIELD_PATTERNS = "non_shorthand_field_patterns", Warn;
        UNUSED_QUALIFICATIONS = "unused_qualifications", Allow;
        UNREACHABLE_PUB = "unreachable_pub", Allow;
        MISSING_DOCS = "missing_docs", Allow;
        STABLE_FEATURES = "stable_features", Warn;
        DEPRECATED = "deprecated", Warn;
        UNSAFE_CODE = "unsafe_code", Allow;
        NON_FMT_PANICS = "non_fmt_panics", Warn;
        REDUNDANT_SEMICOLONS = "redundant_semicolons", Warn;
        UNUSED_RESULTS = "unused_results", Allow;
        TRIVIAL_CASTS = "trivial_casts", Allow;
        TRIVIAL_NUMERIC_CASTS = "trivial_numeric_casts", Allow;
        ELLIPSIS_INCLUSIVE_RANGE_PATTERNS = "ellipsis_inclusive_range_patterns", Warn;
        SHADOWING_SUPERTRAIT_ITEMS = "shadowing_supertrait_items", Allow;
        INCOMPLETE_FEATURES = "incomplete_features", Warn;
        INTERNAL_FEATURES = "internal_features", Warn;
        NO_MANGLE_GENERIC_ITEMS = "no_mangle_generic_items", Warn;
    }
}

/// Lint groups: a group name stands for its members in flags and attributes.
pub fn group_members(name: &str) -> Option<Vec<&'static Lint>> {
    let members: Vec<&'static Lint> = match name {
        "unused" | "nonstandard_style" => builtin::ALL_LINTS
            .iter()
            .copied()
            .filter(|l| l.group == Some(name))
            .collect(),
        _ => return None,
    };
    Some(members)
}

pub fn find_lint(name: &str) -> Option<&'static Lint> {
    builtin::ALL_LINTS.iter().copied().find(|l| l.name == name)
}

/// Is `name` a lint, a lint group, `warnings`, or a tool lint (`clippy::x`)?
pub fn is_known_lint_name(name: &str) -> bool {
    name == "warnings"
        || find_lint(name).is_some()
        || group_members(name).is_some()
        || name.starts_with("clippy::")
        || name.starts_with("rustdoc::")
        || name.starts_with("rustc::")
        || KNOWN_RUSTC_LINTS.contains(&name)
}

/// Lints rustc has that smelt does not emit (yet); naming them is not an unknown lint.
const KNOWN_RUSTC_LINTS: &[&str] = &[
    "nonstandard_style",
    "rust_2018_idioms",
    "rust_2021_compatibility",
    "future_incompatible",
    "let_underscore",
    "refining_impl_trait",
    "keyword_idents",
    "unused_extern_crates",
    "unused_lifetimes",
    "unused_results",
    "unused_import_braces",
    "unused_crate_dependencies",
    "unused_macro_rules",
    "unused_features",
    "unused_allocation",
    "unused_tuple_struct_fields",
    "non_ascii_idents",
    "improper_ctypes",
    "improper_ctypes_definitions",
    "unstable_name_collisions",
    "renamed_and_removed_lints",
    "overlapping_range_endpoints",
    "non_exhaustive_omitted_patterns",
    "semicolon_in_expressions_from_macros",
    "uncommon_codepoints",
    "confusable_idents",
    "mixed_script_confusables",
    "bare_trait_objects",
    "elided_lifetimes_in_paths",
    "explicit_outlives_requirements",
    "invalid_value",
    "dropping_references",
    "dropping_copy_types",
    "forgetting_references",
    "forgetting_copy_types",
    "useless_ptr_null_checks",
    "clashing_extern_declarations",
    "private_interfaces",
    "private_bounds",
    "noop_method_call",
    "unused_associated_type_bounds",
    "non_local_definitions",
    "static_mut_refs",
    "dyn_drop",
    "drop_bounds",
    "opaque_hidden_inferred_bound",
    "unexpected_cfgs",
    "unconditional_panic",
    "const_err",
    "arithmetic_overflow",
    "variant_size_differences",
    "box_pointers",
    "single_use_lifetimes",
    "missing_debug_implementations",
    "missing_copy_implementations",
    "meta_variable_misuse",
    "unsafe_op_in_unsafe_fn",
    "deref_nullptr",
    "invalid_nan_comparisons",
    "ambiguous_glob_reexports",
    "hidden_glob_reexports",
    "ambiguous_glob_imports",
    "unnameable_types",
    "useless_deprecated",
    "function_item_references",
    "while_true",
    "trivial_bounds",
    "type_alias_bounds",
    "where_clauses_object_safety",
    "incomplete_include",
    "path_statements",
    "array_into_iter",
    "non_camel_case_types",
    "non_upper_case_globals",
    "non_snake_case",
    "unreachable_patterns",
    "redundant_semicolon",
    "large_assignments",
    "unused_qualifications",
    "temporary_cstring_as_ptr",
    "suspicious_double_ref_op",
    "integer_to_ptr_transmutes",
    "dangerous_implicit_autorefs",
    "mismatched_lifetime_syntaxes",
    "irrefutable_let_patterns",
    "for_loops_over_fallibles",
    "unused_parens",
    "unused_braces",
    "unused_doc_comments",
    "unused_must_use",
    "unused_labels",
];

/// Where a lint's level came from, for the note rustc prints.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LintLevelSource {
    Default,
    /// `-D name` (or `-D warnings`); the string is the name as written.
    CommandLine(String, LintLevel),
    /// An attribute in the source.
    Node(Span),
}

/// The command-line lint configuration, plus the bookkeeping of which lints already printed
/// their "on by default" note.
#[derive(Default)]
pub struct LintLevels {
    /// `-A/-W/-D/-F` flags in order; later flags win.
    pub cmdline: Vec<(String, LintLevel)>,
    /// `--cap-lints`.
    pub cap: Option<LintLevel>,
    noted: RefCell<FxHashSet<&'static str>>,
    /// Lint attributes whose "the lint level is defined here" note was printed.
    noted_attrs: RefCell<FxHashSet<Span>>,
}

impl LintLevels {
    pub fn new(cmdline: Vec<(String, LintLevel)>, cap: Option<LintLevel>) -> LintLevels {
        LintLevels {
            cmdline,
            cap,
            noted: Default::default(),
            noted_attrs: Default::default(),
        }
    }

    /// The level of `lint` from the command line alone.
    pub fn cmdline_level(&self, lint: &Lint) -> (LintLevel, LintLevelSource) {
        let mut level = (lint.default_level, LintLevelSource::Default);
        for (name, l) in &self.cmdline {
            let name = name.replace('-', "_");
            let applies = name == lint.name || Some(name.as_str()) == lint.group;
            if applies {
                level = (*l, LintLevelSource::CommandLine(name, *l));
            }
        }
        level
    }

    /// `-D warnings` / `-A warnings` applied to a lint that ends up at warn level.
    fn warnings_override(
        &self,
        attr_warnings: Option<LintLevel>,
    ) -> Option<(LintLevel, LintLevelSource)> {
        if let Some(l) = attr_warnings {
            return Some((l, LintLevelSource::Default));
        }
        self.cmdline
            .iter()
            .rev()
            .find(|(n, _)| n == "warnings")
            .map(|(_, l)| (*l, LintLevelSource::CommandLine("warnings".to_string(), *l)))
    }

    /// The final level of `lint` given the level its attributes set (innermost attribute
    /// first) and any `warnings` attribute level in scope.
    pub fn level(
        &self,
        lint: &Lint,
        attr_level: Option<(LintLevel, Span)>,
        attr_warnings: Option<LintLevel>,
    ) -> (LintLevel, LintLevelSource) {
        let (mut level, mut source) = self.cmdline_level(lint);
        if let Some((l, span)) = attr_level {
            if level != LintLevel::Forbid {
                level = l;
                source = LintLevelSource::Node(span);
            }
        }
        if level == LintLevel::Warn {
            if let Some((l, s)) = self.warnings_override(attr_warnings) {
                level = l;
                if matches!(s, LintLevelSource::CommandLine(..)) {
                    source = s;
                }
            }
        }
        if let Some(cap) = self.cap {
            level = level.min(cap);
        }
        (level, source)
    }

    /// Starts a lint diagnostic at `level`, or returns `None` when the lint is allowed. Adds
    /// rustc's note on where the level came from, once per lint.
    pub fn struct_lint<'a>(
        &self,
        dcx: &'a DiagCtxt,
        lint: &'static Lint,
        (level, source): (LintLevel, LintLevelSource),
        span: Span,
        message: impl Into<String>,
    ) -> Option<Diag<'a, ()>> {
        let diag_level = match level {
            LintLevel::Allow => return None,
            LintLevel::Warn => Level::Warning,
            LintLevel::Deny | LintLevel::Forbid => Level::Error,
        };
        let mut diag = dcx.struct_span(diag_level, span, message);
        diag.diag.lint_notes = self.note(lint, level, &source);
        Some(diag)
    }

    fn note(
        &self,
        lint: &'static Lint,
        level: LintLevel,
        source: &LintLevelSource,
    ) -> Vec<SubDiagnostic> {
        let plain = |(level, message): (Level, String)| SubDiagnostic {
            level,
            message,
            spans: Vec::new(),
        };
        if let LintLevelSource::Node(span) = source {
            // rustc points at the attribute once per attribute, not once per lint.
            if !self.noted_attrs.borrow_mut().insert(*span) {
                return Vec::new();
            }
            let spans = vec![SpanLabel {
                span: *span,
                label: None,
                primary: true,
            }];
            return vec![SubDiagnostic {
                level: Level::Note,
                message: "the lint level is defined here".to_string(),
                spans,
            }];
        }
        if !self.noted.borrow_mut().insert(lint.name) {
            return Vec::new();
        }
        let notes = match source {
            LintLevelSource::Default => {
                let part = match lint.group {
                    Some(g) if g != "nonstandard_style" => {
                        format!(" (part of `#[{}({g})]`)", level.as_str())
                    }
                    _ => String::new(),
                };
                vec![(
                    Level::Note,
                    format!("`#[{}({})]`{part} on by default", level.as_str(), lint.name),
                )]
            }
            LintLevelSource::CommandLine(name, l) if name == "warnings" => vec![
                (
                    Level::Note,
                    format!(
                        "`{} {}` implied by `{} warnings`",
                        l.flag(),
                        lint.name.replace('_', "-"),
                        l.flag()
                    ),
                ),
                (
                    Level::Help,
                    format!(
                        "to override `{} warnings` add `#[allow({})]`",
                        l.flag(),
                        lint.name
                    ),
                ),
            ],
            LintLevelSource::CommandLine(name, l) => {
                if name == lint.name {
                    vec![(
                        Level::Note,
                        format!(
                            "requested on the command line with `{} {}`",
                            l.flag(),
                            lint.name.replace('_', "-")
                        ),
                    )]
                } else {
                    vec![(
                        Level::Note,
                        format!(
                            "`{} {}` implied by `{} {}`",
                            l.flag(),
                            lint.name.replace('_', "-"),
                            l.flag(),
                            name.replace('_', "-")
                        ),
                    )]
                }
            }
            LintLevelSource::Node(_) => Vec::new(),
        };
        notes.into_iter().map(plain).collect()
    }
}

//! The built-in derives (`Clone`, `Copy`, `Debug`, `Default`, `PartialEq`, `Eq`,
//! `PartialOrd`, `Ord`, `Hash`): each writes an `impl` of the trait for the item, with a bound
//! on every type parameter, as rustc's derives do. The code is written as source text through
//! `quote`, resolving library paths through `$crate` (the `core` crate).

use smelt_ast::tokenstream::TokenStream;
use smelt_ast::{self as ast};
use smelt_span::{ExpnId, Span};

use super::quote::Quoter;
use super::Spans;
use crate::expand::Expander;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BuiltinDerive {
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
}

impl BuiltinDerive {
    pub fn from_name(name: &str) -> Option<BuiltinDerive> {
        Some(match name {
            "Clone" => BuiltinDerive::Clone,
            "Copy" => BuiltinDerive::Copy,
            "Debug" => BuiltinDerive::Debug,
            "Default" => BuiltinDerive::Default,
            "PartialEq" => BuiltinDerive::PartialEq,
            "Eq" => BuiltinDerive::Eq,
            "PartialOrd" => BuiltinDerive::PartialOrd,
            "Ord" => BuiltinDerive::Ord,
            "Hash" => BuiltinDerive::Hash,
            _ => return None,
        })
    }

    /// The trait's path from `core`.
    fn trait_path(self) -> &'static str {
        match self {
            BuiltinDerive::Clone => "$crate::clone::Clone",
            BuiltinDerive::Copy => "$crate::marker::Copy",
            BuiltinDerive::Debug => "$crate::fmt::Debug",
            BuiltinDerive::Default => "$crate::default::Default",
            BuiltinDerive::PartialEq => "$crate::cmp::PartialEq",
            BuiltinDerive::Eq => "$crate::cmp::Eq",
            BuiltinDerive::PartialOrd => "$crate::cmp::PartialOrd",
            BuiltinDerive::Ord => "$crate::cmp::Ord",
            BuiltinDerive::Hash => "$crate::hash::Hash",
        }
    }
}

/// One variant's shape (a struct is one variant, named by the type).
struct VariantInfo {
    /// The path to construct or match it: `Name` or `Name::V`.
    path: String,
    /// The name printed by `Debug`.
    name: String,
    kind: Shape,
    /// Field names (`a`, or `0`, `1` for tuples).
    fields: Vec<String>,
    is_default: bool,
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum Shape {
    Struct,
    Tuple,
    Unit,
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "async", "await", "try", "dyn", "gen",
];

fn ident_text(ex: &Expander<'_, '_>, ident: smelt_span::Ident) -> String {
    let s = ex.sess.str(ident.name);
    if KEYWORDS.contains(&s) {
        format!("r#{s}")
    } else {
        s.to_string()
    }
}

fn variant_info(
    ex: &Expander<'_, '_>,
    path: String,
    name: String,
    data: &ast::VariantData,
    is_default: bool,
) -> VariantInfo {
    let (kind, fields) = match data {
        ast::VariantData::Struct(fields, _) => (
            Shape::Struct,
            fields
                .iter()
                .map(|f| f.ident.map_or_else(String::new, |i| ident_text(ex, i)))
                .collect(),
        ),
        ast::VariantData::Tuple(fields, _) => (
            Shape::Tuple,
            (0..fields.len()).map(|i| i.to_string()).collect(),
        ),
        ast::VariantData::Unit(_) => (Shape::Unit, Vec::new()),
    };
    VariantInfo {
        path,
        name,
        kind,
        fields,
        is_default,
    }
}

impl VariantInfo {
    /// A pattern binding every field to `{prefix}{i}`: `Name { a: __self_0, .. }`.
    fn pattern(&self, prefix: &str) -> String {
        match self.kind {
            Shape::Unit => self.path.clone(),
            Shape::Tuple => {
                let fs: Vec<String> = (0..self.fields.len())
                    .map(|i| format!("{prefix}{i}"))
                    .collect();
                format!("{}({})", self.path, fs.join(", "))
            }
            Shape::Struct => {
                let fs: Vec<String> = self
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| format!("{f}: {prefix}{i}"))
                    .collect();
                format!("{} {{ {} }}", self.path, fs.join(", "))
            }
        }
    }

    /// A constructor expression with field values from `value(i, name)`.
    fn construct(&self, value: impl Fn(usize, &str) -> String) -> String {
        match self.kind {
            Shape::Unit => self.path.clone(),
            Shape::Tuple => {
                let fs: Vec<String> = self
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| value(i, f))
                    .collect();
                format!("{}({})", self.path, fs.join(", "))
            }
            Shape::Struct => {
                let fs: Vec<String> = self
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| format!("{f}: {}", value(i, f)))
                    .collect();
                format!("{} {{ {} }}", self.path, fs.join(", "))
            }
        }
    }
}

/// Writes the derived impl; `None` after an error.
pub fn expand_derive(
    ex: &mut Expander<'_, '_>,
    d: BuiltinDerive,
    item: &ast::Item,
    span: Span,
    expn: ExpnId,
) -> Option<TokenStream> {
    let sess = ex.sess;
    let name = ident_text(ex, item.ident);
    let (generics, variants, is_enum, is_union) = match &item.kind {
        ast::ItemKind::Struct(data, g) => (
            g,
            vec![variant_info(ex, name.clone(), name.clone(), data, false)],
            false,
            false,
        ),
        ast::ItemKind::Union(data, g) => (
            g,
            vec![variant_info(ex, name.clone(), name.clone(), data, false)],
            false,
            true,
        ),
        ast::ItemKind::Enum(def, g) => {
            let vs = def
                .variants
                .iter()
                .map(|v| {
                    let vname = ident_text(ex, v.ident);
                    let is_default = v
                        .attrs
                        .iter()
                        .any(|a| crate::cfg::attr_is(a, "default", sess));
                    variant_info(ex, format!("{name}::{vname}"), vname, &v.data, is_default)
                })
                .collect();
            (g, vs, true, false)
        }
        _ => return None,
    };
    if is_union && !matches!(d, BuiltinDerive::Clone | BuiltinDerive::Copy) {
        sess.dcx
            .struct_err(span, "this trait cannot be derived for unions")
            .emit();
        return None;
    }
    let trait_path = d.trait_path();
    // `#[derive(Default)]` on an enum builds a unit variant: no bound on the parameters.
    let bound = if is_enum && matches!(d, BuiltinDerive::Default) {
        ""
    } else {
        trait_path
    };
    let (impl_generics, ty_generics, where_clause) = generics_text(ex, generics, bound);
    let self_ty = format!("{name}{ty_generics}");
    let body = match d {
        BuiltinDerive::Copy | BuiltinDerive::Eq => String::new(),
        BuiltinDerive::Clone => {
            let value = if is_union {
                "*self".to_string()
            } else {
                match_self(&variants, |v| {
                    v.construct(|i, _| format!("$crate::clone::Clone::clone(__self_{i})"))
                })
            };
            format!("#[inline] fn clone(&self) -> Self {{ {value} }}")
        }
        BuiltinDerive::Debug => {
            let value = match_self(&variants, |v| match v.kind {
                Shape::Unit => format!("$crate::fmt::Formatter::write_str(f, \"{}\")", v.name),
                Shape::Tuple => {
                    let mut s = format!("$crate::fmt::Formatter::debug_tuple(f, \"{}\")", v.name);
                    for i in 0..v.fields.len() {
                        s.push_str(&format!(".field(__self_{i})"));
                    }
                    s + ".finish()"
                }
                Shape::Struct => {
                    let mut s = format!("$crate::fmt::Formatter::debug_struct(f, \"{}\")", v.name);
                    for (i, f) in v.fields.iter().enumerate() {
                        let shown = f.strip_prefix("r#").unwrap_or(f);
                        s.push_str(&format!(".field(\"{shown}\", __self_{i})"));
                    }
                    s + ".finish()"
                }
            });
            format!("fn fmt(&self, f: &mut $crate::fmt::Formatter<'_>) -> $crate::fmt::Result {{ {value} }}")
        }
        BuiltinDerive::Default => {
            let v = if is_enum {
                let defaults: Vec<&VariantInfo> =
                    variants.iter().filter(|v| v.is_default).collect();
                match defaults.as_slice() {
                    [v] => {
                        if v.kind != Shape::Unit {
                            sess.dcx
                                .struct_err(span, "the `#[default]` attribute may only be used on unit enum variants")
                                .help("consider a manual implementation of `Default`")
                                .emit();
                            return None;
                        }
                        *v
                    }
                    [] => {
                        sess.dcx
                            .struct_err(span, "no default declared")
                            .code("E0665")
                            .help("make a unit variant default by placing `#[default]` above it")
                            .emit();
                        return None;
                    }
                    _ => {
                        sess.dcx
                            .struct_err(span, "multiple declared defaults")
                            .help("make only one variant the default")
                            .emit();
                        return None;
                    }
                }
            } else {
                &variants[0]
            };
            let value = v.construct(|_, _| "$crate::default::Default::default()".to_string());
            format!("#[inline] fn default() -> Self {{ {value} }}")
        }
        BuiltinDerive::PartialEq => {
            let value = match_pairs(&variants, "true", |v| {
                if v.fields.is_empty() {
                    "true".to_string()
                } else {
                    (0..v.fields.len())
                        .map(|i| format!("(*__self_{i} == *__arg1_{i})"))
                        .collect::<Vec<_>>()
                        .join(" && ")
                }
            });
            format!("#[inline] fn eq(&self, other: &Self) -> bool {{ {value} }}")
        }
        BuiltinDerive::PartialOrd => {
            let value = ordering(
                &variants,
                |i| format!("$crate::cmp::PartialOrd::partial_cmp(__self_{i}, __arg1_{i})"),
                "$crate::option::Option::Some($crate::cmp::Ordering::Equal)",
                "$crate::option::Option::Some($crate::cmp::Ordering::Equal) => {next}",
                "$crate::cmp::PartialOrd::partial_cmp(&__self_discr, &__arg1_discr)",
            );
            format!("#[inline] fn partial_cmp(&self, other: &Self) -> $crate::option::Option<$crate::cmp::Ordering> {{ {value} }}")
        }
        BuiltinDerive::Ord => {
            let value = ordering(
                &variants,
                |i| format!("$crate::cmp::Ord::cmp(__self_{i}, __arg1_{i})"),
                "$crate::cmp::Ordering::Equal",
                "$crate::cmp::Ordering::Equal => {next}",
                "$crate::cmp::Ord::cmp(&__self_discr, &__arg1_discr)",
            );
            format!("#[inline] fn cmp(&self, other: &Self) -> $crate::cmp::Ordering {{ {value} }}")
        }
        BuiltinDerive::Hash => {
            let mut arms = String::new();
            for (vi, v) in variants.iter().enumerate() {
                let mut stmts = String::new();
                if is_enum && variants.len() > 1 {
                    stmts.push_str(&format!("$crate::hash::Hash::hash(&({vi}isize), state); "));
                }
                for i in 0..v.fields.len() {
                    stmts.push_str(&format!("$crate::hash::Hash::hash(__self_{i}, state); "));
                }
                arms.push_str(&format!("{} => {{ {stmts} }} ", v.pattern("__self_")));
            }
            let value = if variants.is_empty() {
                "match *self {}".to_string()
            } else {
                format!("match self {{ {arms} }}")
            };
            format!("fn hash<__H: $crate::hash::Hasher>(&self, state: &mut __H) {{ {value} }}")
        }
    };
    let src = format!(
        "#[automatically_derived] #[allow(unused_variables, unreachable_patterns)] impl{impl_generics} {trait_path} for {self_ty} {where_clause} {{ {body} }}"
    );
    let spans = Spans::new(ex, span, expn);
    let cache = ex.quote_cache.clone();
    let q = Quoter::new(sess, spans, &cache);
    Some(q.quote(&src, &[]))
}

/// `match self { pat => value, .. }` over every variant (fields bound as `__self_i`).
fn match_self(variants: &[VariantInfo], value: impl Fn(&VariantInfo) -> String) -> String {
    if variants.is_empty() {
        return "match *self {}".to_string();
    }
    let arms: Vec<String> = variants
        .iter()
        .map(|v| format!("{} => {}", v.pattern("__self_"), value(v)))
        .collect();
    format!("match self {{ {} }}", arms.join(", "))
}

/// `match (self, other) { (A(..), A(..)) => value, .., _ => fallback }`.
fn match_pairs(
    variants: &[VariantInfo],
    empty: &str,
    value: impl Fn(&VariantInfo) -> String,
) -> String {
    if variants.is_empty() {
        return empty.to_string();
    }
    let mut arms: Vec<String> = variants
        .iter()
        .map(|v| {
            format!(
                "({}, {}) => {}",
                v.pattern("__self_"),
                v.pattern("__arg1_"),
                value(v)
            )
        })
        .collect();
    if variants.len() > 1 {
        arms.push("_ => false".to_string());
    }
    format!("match (self, other) {{ {} }}", arms.join(", "))
}

/// Lexicographic comparison: per field, `match cmp(a, b) { EQUAL => next, c => c }`; between
/// variants of an enum, by their position.
fn ordering(
    variants: &[VariantInfo],
    cmp_field: impl Fn(usize) -> String,
    equal: &str,
    equal_arm: &str,
    cmp_discr: &str,
) -> String {
    if variants.is_empty() {
        return equal.to_string();
    }
    let chain = |v: &VariantInfo| -> String {
        let mut acc = equal.to_string();
        for i in (0..v.fields.len()).rev() {
            let arm = equal_arm.replace("{next}", &acc);
            acc = format!("match {} {{ {arm}, cmp => cmp }}", cmp_field(i));
        }
        acc
    };
    if variants.len() == 1 {
        let v = &variants[0];
        return format!(
            "match (self, other) {{ ({}, {}) => {} }}",
            v.pattern("__self_"),
            v.pattern("__arg1_"),
            chain(v)
        );
    }
    // The discriminants (explicit ones included) order the variants, as in rustc.
    let discr = |who: &str| -> String { format!("$crate::intrinsics::discriminant_value({who})") };
    let mut arms: Vec<String> = variants
        .iter()
        .map(|v| {
            format!(
                "({}, {}) => {}",
                v.pattern("__self_"),
                v.pattern("__arg1_"),
                chain(v)
            )
        })
        .collect();
    arms.push(format!("_ => {cmp_discr}"));
    format!(
        "{{ let __self_discr = {}; let __arg1_discr = {}; match (self, other) {{ {} }} }}",
        discr("self"),
        discr("other"),
        arms.join(", ")
    )
}

/// `<'a, T: Bound + Trait, const N: usize>`, `<'a, T, N>` and the where clause.
fn generics_text(
    ex: &Expander<'_, '_>,
    g: &ast::Generics,
    trait_path: &str,
) -> (String, String, String) {
    let interner = &ex.sess.interner;
    let mut params = Vec::new();
    let mut args = Vec::new();
    for p in &g.params {
        let name = ex.sess.str(p.ident.name).to_string();
        match &p.kind {
            ast::GenericParamKind::Lifetime => {
                if p.bounds.is_empty() {
                    params.push(name.clone());
                } else {
                    params.push(format!(
                        "{name}: {}",
                        smelt_ast::pretty::bounds_to_string(&p.bounds, interner)
                    ));
                }
                args.push(name);
            }
            ast::GenericParamKind::Type { .. } => {
                let mut bounds = smelt_ast::pretty::bounds_to_string(&p.bounds, interner);
                if bounds.is_empty() {
                    bounds = trait_path.to_string();
                } else if !trait_path.is_empty() {
                    bounds = format!("{bounds} + {trait_path}");
                }
                if bounds.is_empty() {
                    params.push(name.clone());
                } else {
                    params.push(format!("{name}: {bounds}"));
                }
                args.push(name);
            }
            ast::GenericParamKind::Const { ty, .. } => {
                params.push(format!(
                    "const {name}: {}",
                    smelt_ast::pretty::ty_to_string(ty, interner)
                ));
                args.push(name);
            }
        }
    }
    let impl_generics = if params.is_empty() {
        String::new()
    } else {
        format!("<{}>", params.join(", "))
    };
    let ty_generics = if args.is_empty() {
        String::new()
    } else {
        format!("<{}>", args.join(", "))
    };
    let mut preds = Vec::new();
    for w in &g.where_clause.predicates {
        match w {
            ast::WherePredicate::BoundPredicate(b) => preds.push(format!(
                "{}: {}",
                smelt_ast::pretty::ty_to_string(&b.bounded_ty, interner),
                smelt_ast::pretty::bounds_to_string(&b.bounds, interner)
            )),
            ast::WherePredicate::RegionPredicate(r) => preds.push(format!(
                "{}: {}",
                smelt_ast::pretty::lifetime_to_string(&r.lifetime, interner),
                smelt_ast::pretty::bounds_to_string(&r.bounds, interner)
            )),
            ast::WherePredicate::EqPredicate(_) => {}
        }
    }
    let where_clause = if preds.is_empty() {
        String::new()
    } else {
        format!("where {}", preds.join(", "))
    };
    (impl_generics, ty_generics, where_clause)
}

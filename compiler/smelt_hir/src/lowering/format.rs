//! Lowering of `format_args!` into calls on the library's `fmt::Arguments`:
//!
//! ```text
//! format_args!("a{}b{:?}", x, y)
//! ```
//! becomes
//! ```text
//! match (&x, &y) {
//!     args => Arguments::new_v1(&["a", "b"], &[Argument::new_display(args.0), Argument::new_debug(args.1)]),
//! }
//! ```
//! Placeholders with options (width, precision, fill, flags) or arguments used out of order
//! use `Arguments::new_v1_formatted` with a `Placeholder` per `{}`. Each argument expression
//! is evaluated once, in order, whatever the template does with it.

use smelt_ast::{self as ast, FormatTrait};
use smelt_span::{Ident, Span};

use super::LoweringContext;
use crate::hir::*;
use crate::{DefId, DefKind, LangItem, Res};

/// A width or precision: a literal, or the `Argument` slot holding it.
enum CountSpec {
    Is(usize),
    Param(usize),
}

/// A placeholder's slot and counts.
struct Lowered {
    position: usize,
    width: Option<CountSpec>,
    precision: Option<CountSpec>,
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum SlotKind {
    Trait(FormatTrait),
    /// A width or precision taken from an argument.
    Usize,
}

impl LoweringContext<'_> {
    pub fn lower_format_args(&mut self, span: Span, fa: &ast::FormatArgs) -> ExprId {
        // The literal pieces: the text before each placeholder, and any text after the last.
        let mut pieces: Vec<String> = Vec::new();
        let mut current = String::new();
        let mut placeholders: Vec<&ast::FormatPlaceholder> = Vec::new();
        for piece in &fa.template {
            match piece {
                ast::FormatArgsPiece::Literal(s) => current.push_str(self.sess.str(*s)),
                ast::FormatArgsPiece::Placeholder(p) => {
                    pieces.push(std::mem::take(&mut current));
                    placeholders.push(p);
                }
            }
        }
        if !current.is_empty() {
            pieces.push(current);
        }
        let pieces_expr = self.str_slice_ref(&pieces, span);

        if fa.arguments.is_empty() && placeholders.is_empty() {
            let f = self.lang_assoc_path(LangItem::FormatArguments, "new_const", span);
            return self.alloc_expr(ExprKind::Call(f, vec![pieces_expr]), span);
        }

        // The `Argument` slots: one per distinct (argument, how it is formatted).
        let mut slots: Vec<(usize, SlotKind)> = Vec::new();
        let mut slot = |arg: usize, kind: SlotKind| -> usize {
            match slots.iter().position(|s| *s == (arg, kind)) {
                Some(i) => i,
                None => {
                    slots.push((arg, kind));
                    slots.len() - 1
                }
            }
        };
        let mut lowered = Vec::new();
        for p in &placeholders {
            let position = slot(p.argument, SlotKind::Trait(p.trait_));
            let mut count = |c: &Option<ast::FormatCount>| match c {
                None => None,
                Some(ast::FormatCount::Literal(n)) => Some(CountSpec::Is(*n)),
                Some(ast::FormatCount::Argument(a)) => {
                    Some(CountSpec::Param(slot(*a, SlotKind::Usize)))
                }
            };
            let width = count(&p.options.width);
            let precision = count(&p.options.precision);
            lowered.push(Lowered {
                position,
                width,
                precision,
            });
        }
        let simple = placeholders.len() == slots.len()
            && lowered.iter().enumerate().all(|(i, l)| l.position == i)
            && placeholders
                .iter()
                .all(|p| p.options == ast::FormatOptions::default());

        // `match (&a0, &a1, ..) { args => <call> }`
        let mut refs = Vec::new();
        for a in &fa.arguments {
            let e = self.lower_expr(&a.expr);
            let sp = self.body.exprs[e].span;
            refs.push(self.alloc_expr(
                ExprKind::AddrOf(ast::BorrowKind::Ref, ast::Mutability::Not, e),
                sp,
            ));
        }
        let tuple = self.alloc_expr(ExprKind::Tup(refs), span);
        let (args_pat, args_ident) = self.binding_pat("args", span);

        let mut arg_exprs = Vec::new();
        for &(arg, kind) in &slots {
            let arg_span = fa.arguments.get(arg).map_or(span, |a| a.expr.span);
            let ctor = match kind {
                SlotKind::Trait(t) => match t {
                    FormatTrait::Display => "new_display",
                    FormatTrait::Debug => "new_debug",
                    FormatTrait::LowerExp => "new_lower_exp",
                    FormatTrait::UpperExp => "new_upper_exp",
                    FormatTrait::Octal => "new_octal",
                    FormatTrait::Pointer => "new_pointer",
                    FormatTrait::Binary => "new_binary",
                    FormatTrait::LowerHex => "new_lower_hex",
                    FormatTrait::UpperHex => "new_upper_hex",
                },
                SlotKind::Usize => "from_usize",
            };
            let f = self.lang_assoc_path(LangItem::FormatArgument, ctor, arg_span);
            let args_ref = self.local_path_expr(args_pat, args_ident, arg_span);
            let field = self.alloc_expr(
                ExprKind::Field(
                    args_ref,
                    Ident::new(self.sess.intern(&arg.to_string()), arg_span),
                ),
                arg_span,
            );
            arg_exprs.push(self.alloc_expr(ExprKind::Call(f, vec![field]), arg_span));
        }
        let args_array = self.alloc_expr(ExprKind::Array(arg_exprs), span);
        let args_ref = self.alloc_expr(
            ExprKind::AddrOf(ast::BorrowKind::Ref, ast::Mutability::Not, args_array),
            span,
        );

        let call = if simple {
            let f = self.lang_assoc_path(LangItem::FormatArguments, "new_v1", span);
            self.alloc_expr(ExprKind::Call(f, vec![pieces_expr, args_ref]), span)
        } else {
            let mut specs = Vec::new();
            for (p, l) in placeholders.iter().zip(&lowered) {
                specs.push(self.placeholder_expr(p, l.position, &l.width, &l.precision, span));
            }
            let specs_array = self.alloc_expr(ExprKind::Array(specs), span);
            let specs_ref = self.alloc_expr(
                ExprKind::AddrOf(ast::BorrowKind::Ref, ast::Mutability::Not, specs_array),
                span,
            );
            let unsafe_new = self.lang_assoc_path(LangItem::FormatUnsafeArg, "new", span);
            let unsafe_call = self.alloc_expr(ExprKind::Call(unsafe_new, Vec::new()), span);
            let unsafe_block = self.alloc_expr(
                ExprKind::Block(
                    Box::new(Block {
                        stmts: Vec::new(),
                        expr: Some(unsafe_call),
                        unsafe_: true,
                        span,
                        targeted_by_break: false,
                    }),
                    None,
                ),
                span,
            );
            let f = self.lang_assoc_path(LangItem::FormatArguments, "new_v1_formatted", span);
            self.alloc_expr(
                ExprKind::Call(f, vec![pieces_expr, args_ref, specs_ref, unsafe_block]),
                span,
            )
        };
        let arm = Arm {
            pat: args_pat,
            guard: None,
            body: call,
            span,
        };
        self.alloc_expr(
            ExprKind::Match(tuple, vec![arm], MatchSource::FormatArgs),
            span,
        )
    }

    /// `Placeholder::new(position, fill, Alignment::X, flags, precision, width)`.
    fn placeholder_expr(
        &mut self,
        p: &ast::FormatPlaceholder,
        position: usize,
        width: &Option<CountSpec>,
        precision: &Option<CountSpec>,
        span: Span,
    ) -> ExprId {
        let o = &p.options;
        let position = self.usize_lit(position as u128, span);
        let fill = self.alloc_expr(
            ExprKind::Lit(Lit {
                kind: LitKind::Char(o.fill.unwrap_or(' ')),
                span,
            }),
            span,
        );
        let align_name = match o.alignment {
            Some(ast::FormatAlignment::Left) => "Left",
            Some(ast::FormatAlignment::Right) => "Right",
            Some(ast::FormatAlignment::Center) => "Center",
            None => "Unknown",
        };
        let align = self.lang_variant_expr(LangItem::FormatAlignment, align_name, span);
        let mut flags: u32 = 0;
        match o.sign {
            Some(ast::FormatSign::Plus) => flags |= 1,
            Some(ast::FormatSign::Minus) => flags |= 1 << 1,
            None => {}
        }
        if o.alternate {
            flags |= 1 << 2;
        }
        if o.zero_pad {
            flags |= 1 << 3;
        }
        match o.debug_hex {
            Some(ast::FormatDebugHex::Lower) => flags |= 1 << 4,
            Some(ast::FormatDebugHex::Upper) => flags |= 1 << 5,
            None => {}
        }
        let flags = self.alloc_expr(
            ExprKind::Lit(Lit {
                kind: LitKind::Int(flags as u128, LitIntType::Unsigned(ast::UintTy::U32)),
                span,
            }),
            span,
        );
        let precision = self.count_expr(precision, span);
        let width = self.count_expr(width, span);
        let f = self.lang_assoc_path(LangItem::FormatPlaceholder, "new", span);
        self.alloc_expr(
            ExprKind::Call(f, vec![position, fill, align, flags, precision, width]),
            span,
        )
    }

    /// `Count::Is(n)`, `Count::Param(i)` or `Count::Implied`.
    fn count_expr(&mut self, c: &Option<CountSpec>, span: Span) -> ExprId {
        match c {
            None => self.lang_variant_expr(LangItem::FormatCount, "Implied", span),
            Some(CountSpec::Is(n)) => {
                let f = self.lang_variant_expr(LangItem::FormatCount, "Is", span);
                let n = self.alloc_expr(
                    ExprKind::Lit(Lit {
                        kind: LitKind::Int(*n as u128, LitIntType::Unsigned(ast::UintTy::U16)),
                        span,
                    }),
                    span,
                );
                self.alloc_expr(ExprKind::Call(f, vec![n]), span)
            }
            Some(CountSpec::Param(i)) => {
                let f = self.lang_variant_expr(LangItem::FormatCount, "Param", span);
                let n = self.usize_lit(*i as u128, span);
                self.alloc_expr(ExprKind::Call(f, vec![n]), span)
            }
        }
    }

    fn usize_lit(&mut self, v: u128, span: Span) -> ExprId {
        self.alloc_expr(
            ExprKind::Lit(Lit {
                kind: LitKind::Int(v, LitIntType::Unsigned(ast::UintTy::Usize)),
                span,
            }),
            span,
        )
    }

    /// `&["piece", ...]`
    fn str_slice_ref(&mut self, pieces: &[String], span: Span) -> ExprId {
        let elems = pieces
            .iter()
            .map(|p| {
                let sym = self.sess.intern(p);
                self.alloc_expr(
                    ExprKind::Lit(Lit {
                        kind: LitKind::Str(sym),
                        span,
                    }),
                    span,
                )
            })
            .collect();
        let array = self.alloc_expr(ExprKind::Array(elems), span);
        self.alloc_expr(
            ExprKind::AddrOf(ast::BorrowKind::Ref, ast::Mutability::Not, array),
            span,
        )
    }

    /// `<LangType>::name`, an associated function of a lang item type.
    fn lang_assoc_path(&mut self, item: LangItem, name: &str, span: Span) -> ExprId {
        let ty = Ty {
            kind: TyKind::Path(QPath::LangItem(item, span)),
            span,
        };
        let seg = PathSegment::new(Ident::new(self.sess.intern(name), span), Res::Err);
        self.alloc_expr(
            ExprKind::Path(QPath::TypeRelative(Box::new(ty), Box::new(seg))),
            span,
        )
    }

    /// A variant of a lang item enum, as a value (its constructor).
    fn lang_variant_expr(&mut self, item: LangItem, name: &str, span: Span) -> ExprId {
        let sym = self.sess.intern(name);
        let res = match self
            .lang_items
            .get(item)
            .and_then(|e| self.variant_ctor(e, sym))
        {
            Some(ctor) => Res::Def(self.def_kind(ctor), ctor),
            None => {
                self.err(
                    span,
                    format!("lang item `{}` has no variant `{name}`", item.name()),
                );
                Res::Err
            }
        };
        let path = Path {
            span,
            res,
            segments: vec![PathSegment::new(Ident::new(sym, span), res)],
        };
        self.alloc_expr(ExprKind::Path(QPath::Resolved(None, Box::new(path))), span)
    }

    /// The constructor of the variant `name` of enum `e`.
    fn variant_ctor(&self, e: DefId, name: smelt_span::Symbol) -> Option<DefId> {
        let defs = if e.krate == self.krate {
            &self.resolver.defs
        } else {
            &self.cstore.defs[e.krate]
        };
        let variant = defs
            .iter_enumerated()
            .find(|(_, d)| {
                d.parent == Some(e.index) && d.kind == DefKind::Variant && d.name == name
            })
            .map(|(index, _)| DefId {
                krate: e.krate,
                index,
            })?;
        defs.iter_enumerated()
            .find(|(_, d)| d.parent == Some(variant.index) && matches!(d.kind, DefKind::Ctor(..)))
            .map(|(index, _)| DefId {
                krate: e.krate,
                index,
            })
    }
}

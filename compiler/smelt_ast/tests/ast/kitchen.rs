//! A hand-built crate that uses every kind of node and every optional part at least once:
//! the visitor tests check that nothing in it is skipped, and its printed and dumped forms are
//! snapshots.

use smelt_ast::token::{self, AttrStyle, CommentKind, Delimiter, TokenKind};
use smelt_ast::tokenstream::TokenStream;
use smelt_ast::*;
use smelt_span::{kw, Ident};

use crate::build::{B, ID, SP};

pub fn kitchen_sink(b: &B<'_>) -> Crate {
    let attrs = vec![
        b.attr(
            AttrStyle::Inner,
            "allow",
            AttrArgs::Delimited(DelimArgs {
                dspan: tokenstream::DelimSpan::from_single(SP),
                delim: Delimiter::Parenthesis,
                tokens: TokenStream::new(vec![b.tok_ident("dead_code")]),
            }),
        ),
        Attribute {
            kind: AttrKind::DocComment(CommentKind::Line, b.sym(" The crate.")),
            id: ID,
            style: AttrStyle::Inner,
            span: SP,
        },
    ];
    let items = vec![
        extern_crate(b),
        use_item(b),
        static_item(b),
        const_item(b),
        modules(b),
        foreign_mod(b),
        ty_alias(b),
        enum_item(b),
        structs(b).0,
        structs(b).1,
        structs(b).2,
        union_item(b),
        trait_item(b),
        trait_alias(b),
        negative_impl(b),
        trait_impl(b),
        b.item(
            "",
            ItemKind::MacCall(b.mac(
                "m",
                Delimiter::Brace,
                TokenStream::new(vec![b.tok_ident("a")]),
            )),
        ),
        macro_rules(b),
        everything_fn(b),
    ];
    b.krate(attrs, items)
}

fn extern_crate(b: &B<'_>) -> P<Item> {
    b.item("mystd", ItemKind::ExternCrate(Some(b.sym("std"))))
}

fn use_item(b: &B<'_>) -> P<Item> {
    let simple = |path: &str, rename: Option<&str>| UseTree {
        prefix: b.path(path),
        kind: UseTreeKind::Simple(rename.map(|r| b.ident(r))),
        span: SP,
    };
    let tree = UseTree {
        prefix: b.path("std"),
        kind: UseTreeKind::Nested(vec![
            (simple("fmt", Some("f")), ID),
            (
                UseTree {
                    prefix: b.path("io"),
                    kind: UseTreeKind::Glob,
                    span: SP,
                },
                ID,
            ),
            (simple("self", None), ID),
        ]),
        span: SP,
    };
    b.item_full(
        vec![],
        b.vis(VisibilityKind::Public),
        "",
        ItemKind::Use(tree),
    )
}

fn static_item(b: &B<'_>) -> P<Item> {
    let vis = b.vis(VisibilityKind::Restricted {
        path: Box::new(b.path("crate")),
        id: ID,
        shorthand: true,
    });
    let s = StaticItem {
        ty: b.ty_path("u32"),
        safety: Safety::Default,
        mutability: Mutability::Mut,
        expr: Some(b.e_int(0)),
    };
    b.item_full(vec![], vis, "COUNTER", ItemKind::Static(Box::new(s)))
}

fn const_item(b: &B<'_>) -> P<Item> {
    let c = ConstItem {
        generics: Generics::default(),
        ty: b.ty_path("usize"),
        expr: Some(b.e_int(3)),
    };
    b.item("N", ItemKind::Const(Box::new(c)))
}

fn modules(b: &B<'_>) -> P<Item> {
    let inner_fn = b.item_full(
        vec![],
        b.vis(VisibilityKind::Restricted {
            path: Box::new(b.path("super::super")),
            id: ID,
            shorthand: false,
        }),
        "f",
        ItemKind::Fn(b.func(Generics::default(), vec![], None, Some(vec![]))),
    );
    let outlined = b.item(
        "outlined",
        ItemKind::Mod(Safety::Default, ModKind::Unloaded),
    );
    let inner_attr = b.attr(AttrStyle::Inner, "rustfmt::skip", AttrArgs::Empty);
    b.item_full(
        vec![inner_attr],
        b.inherited(),
        "inner",
        ItemKind::Mod(
            Safety::Default,
            ModKind::Loaded(vec![inner_fn, outlined], Inline::Yes, ModSpans::default()),
        ),
    )
}

fn foreign_mod(b: &B<'_>) -> P<Item> {
    let x = b.item(
        "X",
        ForeignItemKind::Static(Box::new(StaticItem {
            ty: b.ty_path("i32"),
            safety: Safety::Safe(SP),
            mutability: Mutability::Not,
            expr: None,
        })),
    );
    let mut printf = b.func(
        Generics::default(),
        vec![b.param(
            b.pat_ident("fmt"),
            b.ty(TyKind::Ptr(MutTy {
                ty: b.ty_path("u8"),
                mutbl: Mutability::Not,
            })),
        )],
        Some(b.ty_path("i32")),
        None,
    );
    printf.sig.decl.c_variadic = true;
    let printf = b.item("printf", ForeignItemKind::Fn(printf));
    let opaque = b.item(
        "Opaque",
        ForeignItemKind::TyAlias(Box::new(TyAlias {
            defaultness: Defaultness::Final,
            generics: Generics::default(),
            bounds: vec![],
            ty: None,
        })),
    );
    let mac = b.item(
        "",
        ForeignItemKind::MacCall(b.mac("m", Delimiter::Parenthesis, TokenStream::empty())),
    );
    let abi = StrLit {
        symbol: b.sym("C"),
        style: StrStyle::Cooked,
        span: SP,
    };
    b.item(
        "",
        ItemKind::ForeignMod(ForeignMod {
            safety: Safety::Unsafe(SP),
            abi: Some(abi),
            items: vec![x, printf, opaque, mac],
        }),
    )
}

fn ty_alias(b: &B<'_>) -> P<Item> {
    // type Alias<'a, T: Clone = u8> = &'a [T; N] where T: Copy;
    let generics = Generics {
        params: vec![
            b.generic_param("'a", vec![], GenericParamKind::Lifetime),
            b.generic_param(
                "T",
                vec![b.trait_bound(b.path("Clone"), TraitBoundModifier::None)],
                GenericParamKind::Type {
                    default: Some(b.ty_path("u8")),
                },
            ),
        ],
        where_clause: WhereClause {
            has_where_token: true,
            predicates: vec![WherePredicate::BoundPredicate(WhereBoundPredicate {
                span: SP,
                bound_generic_params: vec![],
                bounded_ty: b.ty_path("T"),
                bounds: vec![b.trait_bound(b.path("Copy"), TraitBoundModifier::None)],
            })],
            span: SP,
        },
        span: SP,
    };
    let ty = b.ty_ref(
        Some("'a"),
        Mutability::Not,
        b.ty(TyKind::Array(b.ty_path("T"), b.anon_const(b.e_path("N")))),
    );
    b.item(
        "Alias",
        ItemKind::TyAlias(Box::new(TyAlias {
            defaultness: Defaultness::Final,
            generics,
            bounds: vec![],
            ty: Some(ty),
        })),
    )
}

fn enum_item(b: &B<'_>) -> P<Item> {
    let variant = |name: &str, data: VariantData, disr: Option<P<Expr>>| Variant {
        attrs: vec![],
        id: ID,
        span: SP,
        vis: b.inherited(),
        ident: b.ident(name),
        data,
        disr_expr: disr.map(|e| b.anon_const(e)),
    };
    let derive = b.attr(
        AttrStyle::Outer,
        "derive",
        AttrArgs::Delimited(DelimArgs {
            dspan: tokenstream::DelimSpan::from_single(SP),
            delim: Delimiter::Parenthesis,
            tokens: TokenStream::new(vec![
                b.tok_ident("Debug"),
                b.tok(TokenKind::Comma),
                b.tok_ident("Clone"),
            ]),
        }),
    );
    let doc = Attribute {
        kind: AttrKind::DocComment(CommentKind::Block, b.sym(" An enum. ")),
        id: ID,
        style: AttrStyle::Outer,
        span: SP,
    };
    let variants = vec![
        variant("A", VariantData::Unit(ID), None),
        variant(
            "B",
            VariantData::Tuple(
                vec![
                    b.field_def(b.inherited(), None, b.ty_path("T")),
                    b.field_def(b.inherited(), None, b.ty_path("u8")),
                ],
                ID,
            ),
            None,
        ),
        variant(
            "C",
            VariantData::Struct(
                vec![b.field_def(b.inherited(), Some("x"), b.ty_path("i32"))],
                false,
            ),
            None,
        ),
        variant("D", VariantData::Unit(ID), Some(b.e_int(3))),
    ];
    let generics = Generics {
        params: vec![b.generic_param("T", vec![], GenericParamKind::Type { default: None })],
        ..Generics::default()
    };
    b.item_full(
        vec![doc, derive],
        b.inherited(),
        "E",
        ItemKind::Enum(EnumDef { variants }, generics),
    )
}

fn structs(b: &B<'_>) -> (P<Item>, P<Item>, P<Item>) {
    // struct S<const M: usize = 2> { pub a: Vec<u8>, b: (u8, i32) }
    let generics = Generics {
        params: vec![b.generic_param(
            "M",
            vec![],
            GenericParamKind::Const {
                ty: b.ty_path("usize"),
                kw_span: SP,
                default: Some(b.anon_const(b.e_int(2))),
            },
        )],
        ..Generics::default()
    };
    let mut a = b.field_def(
        b.vis(VisibilityKind::Public),
        Some("a"),
        b.ty(TyKind::Path(
            None,
            b.path_args("Vec", vec![b.ty_arg(b.ty_path("u8"))]),
        )),
    );
    a.attrs.push(Attribute {
        kind: AttrKind::DocComment(CommentKind::Line, b.sym(" The bytes.")),
        id: ID,
        style: AttrStyle::Outer,
        span: SP,
    });
    let fields = vec![
        a,
        b.field_def(
            b.inherited(),
            Some("b"),
            b.ty(TyKind::Tup(vec![b.ty_path("u8"), b.ty_path("i32")])),
        ),
    ];
    let s = b.item(
        "S",
        ItemKind::Struct(VariantData::Struct(fields, false), generics),
    );
    let t = b.item(
        "T",
        ItemKind::Struct(
            VariantData::Tuple(
                vec![b.field_def(b.vis(VisibilityKind::Public), None, b.ty_path("u8"))],
                ID,
            ),
            Generics::default(),
        ),
    );
    let u = b.item(
        "U",
        ItemKind::Struct(VariantData::Unit(ID), Generics::default()),
    );
    (s, t, u)
}

fn union_item(b: &B<'_>) -> P<Item> {
    let fields = vec![
        b.field_def(b.inherited(), Some("a"), b.ty_path("u8")),
        b.field_def(b.inherited(), Some("b"), b.ty_path("f32")),
    ];
    b.item(
        "V",
        ItemKind::Union(VariantData::Struct(fields, false), Generics::default()),
    )
}

fn trait_item(b: &B<'_>) -> P<Item> {
    // unsafe auto trait Tr<T>: Clone + for<'a> Fn(&'a u8) -> u8 where Self: Sized { ... }
    let fn_bound = {
        let mut path = b.path("Fn");
        path.segments[0].args = Some(Box::new(GenericArgs::Parenthesized(ParenthesizedArgs {
            span: SP,
            inputs: vec![b.ty_ref(Some("'a"), Mutability::Not, b.ty_path("u8"))],
            output: FnRetTy::Ty(b.ty_path("u8")),
        })));
        GenericBound::Trait(
            b.poly_trait_ref(
                vec![b.generic_param("'a", vec![], GenericParamKind::Lifetime)],
                path,
            ),
            TraitBoundModifier::None,
        )
    };
    let generics = Generics {
        params: vec![b.generic_param("T", vec![], GenericParamKind::Type { default: None })],
        where_clause: WhereClause {
            has_where_token: true,
            predicates: vec![WherePredicate::BoundPredicate(WhereBoundPredicate {
                span: SP,
                bound_generic_params: vec![],
                bounded_ty: b.ty_path("Self"),
                bounds: vec![b.trait_bound(b.path("Sized"), TraitBoundModifier::None)],
            })],
            span: SP,
        },
        span: SP,
    };
    let c = b.item(
        "C",
        AssocItemKind::Const(Box::new(ConstItem {
            generics: Generics::default(),
            ty: b.ty_path("u8"),
            expr: Some(b.e_int(1)),
        })),
    );
    let item_ty = b.item(
        "Item",
        AssocItemKind::Type(Box::new(TyAlias {
            defaultness: Defaultness::Final,
            generics: Generics::default(),
            bounds: vec![b.trait_bound(b.path("Copy"), TraitBoundModifier::None)],
            ty: None,
        })),
    );
    let self_param = b.param(
        b.pat(PatKind::Ident(
            BindingMode::NONE,
            Ident::new(kw::SelfLower, SP),
            None,
        )),
        b.ty_ref(None, Mutability::Not, b.ty(TyKind::ImplicitSelf)),
    );
    let m = b.item(
        "m",
        AssocItemKind::Fn(b.func(
            Generics::default(),
            vec![self_param, b.param(b.pat_ident("x"), b.ty_path("u8"))],
            Some(b.ty_path("u8")),
            None,
        )),
    );
    let mac = b.item(
        "",
        AssocItemKind::MacCall(b.mac("mac", Delimiter::Bracket, TokenStream::empty())),
    );
    b.item(
        "Tr",
        ItemKind::Trait(Box::new(Trait {
            safety: Safety::Unsafe(SP),
            is_auto: true,
            generics,
            bounds: vec![
                b.trait_bound(b.path("Clone"), TraitBoundModifier::None),
                fn_bound,
            ],
            items: vec![c, item_ty, m, mac],
        })),
    )
}

fn trait_alias(b: &B<'_>) -> P<Item> {
    b.item(
        "Al",
        ItemKind::TraitAlias(
            Generics::default(),
            vec![
                b.trait_bound(b.path("Clone"), TraitBoundModifier::None),
                b.trait_bound(b.path("Send"), TraitBoundModifier::None),
            ],
        ),
    )
}

fn negative_impl(b: &B<'_>) -> P<Item> {
    // impl<T> !Send for S<T> {}
    b.item(
        "",
        ItemKind::Impl(Box::new(Impl {
            defaultness: Defaultness::Final,
            safety: Safety::Default,
            generics: Generics {
                params: vec![b.generic_param(
                    "T",
                    vec![],
                    GenericParamKind::Type { default: None },
                )],
                ..Generics::default()
            },
            constness: false,
            negative: Some(SP),
            of_trait: Some(TraitRef {
                path: b.path("Send"),
                ref_id: ID,
            }),
            self_ty: b.ty(TyKind::Path(
                None,
                b.path_args(
                    "S",
                    vec![
                        b.ty_arg(b.ty_path("T")),
                        AngleBracketedArg::Arg(GenericArg::Const(b.anon_const(b.e_int(3)))),
                    ],
                ),
            )),
            items: vec![],
        })),
    )
}

fn trait_impl(b: &B<'_>) -> P<Item> {
    // unsafe impl<T: ?Sized + ~const Tr + !Unpin> const Tr<T> for dyn Fn() + 'static {
    //     default fn f<'a>(&'a mut self) {}
    // }
    let mut t = b.generic_param(
        "T",
        vec![
            b.trait_bound(b.path("Sized"), TraitBoundModifier::Maybe),
            b.trait_bound(b.path("Tr"), TraitBoundModifier::MaybeConst),
            b.trait_bound(b.path("Unpin"), TraitBoundModifier::Negative),
        ],
        GenericParamKind::Type { default: None },
    );
    t.attrs
        .push(b.attr(AttrStyle::Outer, "may_dangle", AttrArgs::Empty));
    let fn_path = {
        let mut path = b.path("Fn");
        path.segments[0].args = Some(Box::new(GenericArgs::Parenthesized(ParenthesizedArgs {
            span: SP,
            inputs: vec![],
            output: FnRetTy::Default(SP),
        })));
        path
    };
    let self_ty = b.ty(TyKind::TraitObject(
        vec![
            b.trait_bound(fn_path, TraitBoundModifier::None),
            GenericBound::Outlives(b.lifetime("'static")),
        ],
        true,
    ));
    let self_param = b.param(
        b.pat(PatKind::Ident(
            BindingMode::NONE,
            Ident::new(kw::SelfLower, SP),
            None,
        )),
        b.ty_ref(Some("'a"), Mutability::Mut, b.ty(TyKind::ImplicitSelf)),
    );
    let mut f = b.func(
        Generics {
            params: vec![b.generic_param("'a", vec![], GenericParamKind::Lifetime)],
            ..Generics::default()
        },
        vec![self_param],
        None,
        Some(vec![]),
    );
    f.defaultness = Defaultness::Default(SP);
    let f = b.item("f", AssocItemKind::Fn(f));
    b.item(
        "",
        ItemKind::Impl(Box::new(Impl {
            defaultness: Defaultness::Final,
            safety: Safety::Unsafe(SP),
            generics: Generics {
                params: vec![t],
                ..Generics::default()
            },
            constness: true,
            negative: None,
            of_trait: Some(TraitRef {
                path: b.path_args("Tr", vec![b.ty_arg(b.ty_path("T"))]),
                ref_id: ID,
            }),
            self_ty,
            items: vec![f],
        })),
    )
}

fn macro_rules(b: &B<'_>) -> P<Item> {
    use TokenKind::*;
    // macro_rules! mm { ($x:expr) => { $x + 1 }; }
    let one = token::Lit {
        kind: token::LitKind::Integer,
        symbol: b.sym("1"),
        suffix: None,
    };
    let body = TokenStream::new(vec![
        b.group(
            Delimiter::Parenthesis,
            vec![
                b.tok(Dollar),
                b.tok_ident("x"),
                b.tok(Colon),
                b.tok_ident("expr"),
            ],
        ),
        b.tok(FatArrow),
        b.group(
            Delimiter::Brace,
            vec![
                b.tok(Dollar),
                b.tok_ident("x"),
                b.tok(BinOp(token::BinOpToken::Plus)),
                b.tok_lit(one),
            ],
        ),
        b.tok(Semi),
    ]);
    b.item(
        "mm",
        ItemKind::MacroDef(MacroDef {
            body: b.delim_args(Delimiter::Brace, body),
            macro_rules: true,
        }),
    )
}

/// `fn everything(...) -> ... { ... }`: every expression, pattern, type and statement kind.
fn everything_fn(b: &B<'_>) -> P<Item> {
    let generics = Generics {
        params: vec![
            b.generic_param(
                "'a",
                vec![GenericBound::Outlives(b.lifetime("'b"))],
                GenericParamKind::Lifetime,
            ),
            b.generic_param("T", vec![], GenericParamKind::Type { default: None }),
        ],
        where_clause: WhereClause {
            has_where_token: true,
            predicates: vec![
                WherePredicate::RegionPredicate(WhereRegionPredicate {
                    span: SP,
                    lifetime: b.lifetime("'b"),
                    bounds: vec![GenericBound::Outlives(b.lifetime("'a"))],
                }),
                WherePredicate::EqPredicate(WhereEqPredicate {
                    span: SP,
                    lhs_ty: b.ty_path("T"),
                    rhs_ty: b.ty_path("u8"),
                }),
                WherePredicate::BoundPredicate(WhereBoundPredicate {
                    span: SP,
                    bound_generic_params: vec![b.generic_param(
                        "'c",
                        vec![],
                        GenericParamKind::Lifetime,
                    )],
                    bounded_ty: b.ty_ref(Some("'c"), Mutability::Not, b.ty_path("T")),
                    bounds: vec![b.trait_bound(b.path("Copy"), TraitBoundModifier::None)],
                }),
            ],
            span: SP,
        },
        span: SP,
    };
    let mut first = b.param(
        b.pat(PatKind::Ident(
            BindingMode::NONE,
            Ident::new(kw::SelfLower, SP),
            None,
        )),
        b.ty(TyKind::Path(
            None,
            b.path_args("Box", vec![b.ty_arg(b.ty_path("Self"))]),
        )),
    );
    first.attrs.push(b.attr(
        AttrStyle::Outer,
        "cfg",
        AttrArgs::Delimited(DelimArgs {
            dspan: tokenstream::DelimSpan::from_single(SP),
            delim: Delimiter::Parenthesis,
            tokens: TokenStream::new(vec![b.tok_ident("unix")]),
        }),
    ));
    let params = vec![
        first,
        b.param(
            b.pat(PatKind::Ident(BindingMode::MUT, b.ident("x"), None)),
            types(b),
        ),
    ];
    // -> impl Iterator<Item = u8, Item2: Clone> + use<'a, T>
    let ret = b.ty(TyKind::ImplTrait(
        ID,
        vec![
            b.trait_bound(
                b.path_args(
                    "Iterator",
                    vec![
                        AngleBracketedArg::Constraint(AssocConstraint {
                            id: ID,
                            ident: b.ident("Item"),
                            gen_args: None,
                            kind: AssocConstraintKind::Equality(Term::Ty(b.ty_path("u8"))),
                            span: SP,
                        }),
                        AngleBracketedArg::Constraint(AssocConstraint {
                            id: ID,
                            ident: b.ident("Item2"),
                            gen_args: Some(GenericArgs::AngleBracketed(AngleBracketedArgs {
                                span: SP,
                                args: vec![AngleBracketedArg::Arg(GenericArg::Lifetime(
                                    b.lifetime("'a"),
                                ))],
                            })),
                            kind: AssocConstraintKind::Bound(vec![
                                b.trait_bound(b.path("Clone"), TraitBoundModifier::None)
                            ]),
                            span: SP,
                        }),
                        AngleBracketedArg::Constraint(AssocConstraint {
                            id: ID,
                            ident: b.ident("N"),
                            gen_args: None,
                            kind: AssocConstraintKind::Equality(Term::Const(
                                b.anon_const(b.e_int(3)),
                            )),
                            span: SP,
                        }),
                    ],
                ),
                TraitBoundModifier::None,
            ),
            GenericBound::Use(
                vec![
                    GenericArg::Lifetime(b.lifetime("'a")),
                    GenericArg::Type(b.ty_path("T")),
                ],
                SP,
            ),
        ],
    ));
    let mut f = b.func(generics, params, Some(ret), Some(statements(b)));
    f.sig.header = FnHeader {
        safety: Safety::Unsafe(SP),
        asyncness: Some(SP),
        constness: Some(SP),
        ext: Extern::Explicit(
            StrLit {
                symbol: b.sym("C"),
                style: StrStyle::Cooked,
                span: SP,
            },
            SP,
        ),
    };
    let inline = b.attr(AttrStyle::Outer, "inline", AttrArgs::Empty);
    let doc = b.attr(
        AttrStyle::Outer,
        "doc",
        AttrArgs::Eq(SP, b.e_str("Does it all.")),
    );
    b.item_full(
        vec![inline, doc],
        b.vis(VisibilityKind::Public),
        "everything",
        ItemKind::Fn(f),
    )
}

/// A tuple of every kind of type.
fn types(b: &B<'_>) -> P<Ty> {
    let bare_fn = b.ty(TyKind::BareFn(Box::new(BareFnTy {
        safety: Safety::Unsafe(SP),
        ext: Extern::Implicit(SP),
        generic_params: vec![b.generic_param("'f", vec![], GenericParamKind::Lifetime)],
        decl: Box::new(FnDecl {
            inputs: vec![
                b.param(
                    b.pat(PatKind::Ident(
                        BindingMode::NONE,
                        Ident::new(kw::Empty, SP),
                        None,
                    )),
                    b.ty_path("u8"),
                ),
                b.param(
                    b.pat_ident("named"),
                    b.ty_ref(Some("'f"), Mutability::Not, b.ty_path("str")),
                ),
            ],
            output: FnRetTy::Ty(b.ty(TyKind::Never)),
            c_variadic: false,
        }),
        decl_span: SP,
    })));
    let qpath = b.ty(TyKind::Path(
        Some(Box::new(QSelf {
            ty: b.ty_path("T"),
            path_span: SP,
            position: 1,
        })),
        b.path("Iterator::Item"),
    ));
    b.ty(TyKind::Tup(vec![
        b.ty(TyKind::Slice(b.ty_path("u8"))),
        b.ty(TyKind::Ptr(MutTy {
            ty: b.ty_path("u8"),
            mutbl: Mutability::Mut,
        })),
        bare_fn,
        qpath,
        b.ty(TyKind::TraitObject(
            vec![b.trait_bound(b.path("Send"), TraitBoundModifier::None)],
            false,
        )),
        b.ty(TyKind::Paren(b.ty_path("u8"))),
        b.ty(TyKind::Infer),
        b.ty(TyKind::MacCall(b.mac(
            "ty_mac",
            Delimiter::Parenthesis,
            TokenStream::empty(),
        ))),
        b.ty(TyKind::Err),
        b.ty(TyKind::Tup(vec![])),
        b.ty_path("::std::string::String"),
    ]))
}

/// One statement (or several) per kind of statement, expression and pattern.
fn statements(b: &B<'_>) -> Vec<Stmt> {
    let mut stmts = Vec::new();
    let label = |s: &str| Some(Label { ident: b.ident(s) });

    // let Some(y) = x else { return };
    stmts.push(b.s_let(
        b.pat(PatKind::TupleStruct(
            None,
            b.path("Some"),
            vec![b.pat_ident("y")],
        )),
        None,
        LocalKind::InitElse(
            b.e_path("x"),
            b.block(vec![b.s_expr(b.expr(ExprKind::Ret(None)))]),
        ),
    ));
    // #[allow(unused)] let z: u8;
    let mut decl = b.s_let(b.pat_ident("z"), Some(b.ty_path("u8")), LocalKind::Decl);
    if let StmtKind::Let(local) = &mut decl.kind {
        local
            .attrs
            .push(b.attr(AttrStyle::Outer, "allow", AttrArgs::Empty));
    }
    stmts.push(decl);
    // Patterns.
    let pats = vec![
        b.pat(PatKind::Wild),
        b.pat(PatKind::Ident(
            BindingMode(ByRef::Yes(Mutability::Mut), Mutability::Not),
            b.ident("r"),
            Some(b.pat(PatKind::Wild)),
        )),
        b.pat(PatKind::Struct(
            None,
            b.path("P"),
            vec![
                PatField {
                    ident: b.ident("a"),
                    pat: b.pat_ident("a"),
                    is_shorthand: true,
                    attrs: vec![],
                    id: ID,
                    span: SP,
                },
                PatField {
                    ident: b.ident("b"),
                    pat: b.pat(PatKind::Wild),
                    is_shorthand: false,
                    attrs: vec![b.attr(AttrStyle::Outer, "cfg", AttrArgs::Empty)],
                    id: ID,
                    span: SP,
                },
            ],
            PatFieldsRest::Rest(SP),
        )),
        b.pat(PatKind::Or(vec![
            b.pat(PatKind::Path(None, b.path("A::B"))),
            b.pat(PatKind::Path(
                Some(Box::new(QSelf {
                    ty: b.ty_path("T"),
                    path_span: SP,
                    position: 0,
                })),
                b.path("C"),
            )),
        ])),
        b.pat(PatKind::Box(b.pat_ident("bx"))),
        b.pat(PatKind::Ref(
            b.pat(PatKind::Ident(BindingMode::MUT, b.ident("m"), None)),
            Mutability::Not,
        )),
        b.pat(PatKind::Lit(b.e_unary(UnOp::Neg, b.e_int(1)))),
        b.pat(PatKind::Lit(b.e_str("s"))),
        b.pat(PatKind::Range(
            Some(b.e_int(1)),
            Some(b.e_path("N")),
            RangeEnd::Included { legacy: false },
        )),
        b.pat(PatKind::Range(None, Some(b.e_int(5)), RangeEnd::Excluded)),
        b.pat(PatKind::Slice(vec![
            b.pat_ident("first"),
            b.pat(PatKind::Rest),
            b.pat(PatKind::Range(Some(b.e_int(0)), None, RangeEnd::Excluded)),
        ])),
        b.pat(PatKind::Paren(
            b.pat(PatKind::Or(vec![b.pat_ident("p"), b.pat_ident("q")])),
        )),
        b.pat(PatKind::MacCall(b.mac(
            "pat_mac",
            Delimiter::Parenthesis,
            TokenStream::empty(),
        ))),
        b.pat(PatKind::Err),
    ];
    stmts.push(b.s_let(
        b.pat(PatKind::Tuple(pats)),
        None,
        LocalKind::Init(b.e_path("value")),
    ));

    // Expressions, one statement each.
    let e = |kind: ExprKind| b.expr(kind);
    stmts.push(b.s_semi(e(ExprKind::Array(vec![b.e_int(1), b.e_int(2)]))));
    stmts.push(b.s_semi(e(ExprKind::ConstBlock(
        b.anon_const(b.e_block(vec![b.s_expr(b.e_int(1))])),
    ))));
    stmts.push(b.s_semi(b.e_call(b.e_path("f"), vec![b.e_int(1)])));
    let mut turbofish = PathSegment::from_ident(b.ident("collect"));
    turbofish.args = Some(Box::new(GenericArgs::AngleBracketed(AngleBracketedArgs {
        span: SP,
        args: vec![b.ty_arg(b.ty(TyKind::Path(
            None,
            b.path_args("Vec", vec![b.ty_arg(b.ty(TyKind::Infer))]),
        )))],
    })));
    stmts.push(b.s_semi(e(ExprKind::MethodCall(Box::new(MethodCall {
        seg: turbofish,
        receiver: b.e_path("it"),
        args: vec![],
        span: SP,
    })))));
    stmts.push(b.s_semi(e(ExprKind::Tup(vec![b.e_int(1)]))));
    stmts.push(b.s_semi(b.e_bin(
        BinOpKind::Add,
        b.e_int(1),
        b.e_bin(BinOpKind::Mul, b.e_int(2), b.e_int(3)),
    )));
    stmts.push(b.s_semi(b.e_unary(UnOp::Not, b.e_path("flag"))));
    stmts.push(b.s_semi(e(ExprKind::Lit(b.lit(
        token::LitKind::Float,
        "1.5",
        Some("f32"),
        LitKind::Float(b.sym("1.5"), LitFloatType::Suffixed(FloatTy::F32)),
    )))));
    stmts.push(b.s_semi(b.e_cast(b.e_path("x"), b.ty_path("u64"))));
    // if let Some(v) = o && v > 0 { } else if c { } else { }
    let let_chain = b.e_bin(
        BinOpKind::And,
        e(ExprKind::Let(
            b.pat(PatKind::TupleStruct(
                None,
                b.path("Some"),
                vec![b.pat_ident("v")],
            )),
            b.e_path("o"),
            SP,
        )),
        b.e_bin(BinOpKind::Gt, b.e_path("v"), b.e_int(0)),
    );
    stmts.push(b.s_expr(b.e_if(
        let_chain,
        vec![],
        Some(b.e_if(b.e_path("c"), vec![], Some(b.e_block(vec![])))),
    )));
    stmts.push(b.s_expr(e(ExprKind::While(
        b.e_path("c"),
        b.block(vec![]),
        label("'w"),
    ))));
    stmts.push(b.s_expr(e(ExprKind::ForLoop {
        pat: b.pat_ident("i"),
        iter: e(ExprKind::Range(
            Some(b.e_int(0)),
            Some(b.e_int(10)),
            RangeLimits::HalfOpen,
        )),
        body: b.block(vec![b.s_semi(e(ExprKind::Continue(label("'f"))))]),
        label: label("'f"),
    })));
    stmts.push(b.s_expr(e(ExprKind::Loop(
        b.block(vec![
            b.s_semi(e(ExprKind::Break(label("'l"), Some(b.e_int(1))))),
        ]),
        label("'l"),
    ))));
    let arms = vec![
        Arm {
            attrs: vec![b.attr(AttrStyle::Outer, "cold", AttrArgs::Empty)],
            pat: b.pat_ident("a"),
            guard: Some(b.e_path("g")),
            body: Some(b.e_int(1)),
            span: SP,
            id: ID,
        },
        Arm {
            attrs: vec![],
            pat: b.pat(PatKind::Wild),
            guard: None,
            body: Some(b.e_block(vec![])),
            span: SP,
            id: ID,
        },
        Arm {
            attrs: vec![],
            pat: b.pat_ident("never"),
            guard: None,
            body: None,
            span: SP,
            id: ID,
        },
    ];
    stmts.push(b.s_expr(e(ExprKind::Match(b.e_path("m"), arms))));
    // for<'c> const static async move |p: u8, q| -> u8 { p }
    stmts.push(b.s_semi(e(ExprKind::Closure(Box::new(Closure {
        binder: vec![b.generic_param("'c", vec![], GenericParamKind::Lifetime)],
        capture_clause: CaptureBy::Value(SP),
        constness: true,
        asyncness: true,
        movability_static: true,
        fn_decl: Box::new(FnDecl {
            inputs: vec![
                b.param(b.pat_ident("p"), b.ty_path("u8")),
                b.param(b.pat_ident("q"), b.ty(TyKind::Infer)),
            ],
            output: FnRetTy::Ty(b.ty_path("u8")),
            c_variadic: false,
        }),
        body: b.e_block(vec![b.s_expr(b.e_path("p"))]),
        fn_decl_span: SP,
    })))));
    let mut unsafe_block = b.block(vec![b.s_expr(b.e_int(1))]);
    unsafe_block.rules = BlockCheckMode::Unsafe;
    stmts.push(b.s_semi(e(ExprKind::Block(unsafe_block, label("'b")))));
    stmts.push(b.s_semi(e(ExprKind::Await(
        e(ExprKind::Async(CaptureBy::Value(SP), b.block(vec![]))),
        SP,
    ))));
    stmts.push(b.s_semi(e(ExprKind::TryBlock(b.block(vec![])))));
    stmts.push(b.s_semi(e(ExprKind::Assign(e(ExprKind::Underscore), b.e_int(1), SP))));
    stmts.push(b.s_semi(e(ExprKind::AssignOp(
        b.binop(BinOpKind::Shl),
        b.e_path("x"),
        b.e_int(1),
    ))));
    stmts.push(b.s_semi(b.e_field(b.e_path("t"), "0")));
    stmts.push(b.s_semi(e(ExprKind::Index(
        b.e_path("v"),
        e(ExprKind::Range(None, None, RangeLimits::HalfOpen)),
        SP,
    ))));
    stmts.push(b.s_semi(e(ExprKind::Range(
        None,
        Some(b.e_int(3)),
        RangeLimits::Closed,
    ))));
    stmts.push(b.s_semi(e(ExprKind::Path(
        Some(Box::new(QSelf {
            ty: b.ty(TyKind::Path(
                None,
                b.path_args("Vec", vec![b.ty_arg(b.ty_path("u8"))]),
            )),
            path_span: SP,
            position: 1,
        })),
        b.path("Default::default"),
    ))));
    stmts.push(b.s_semi(e(ExprKind::AddrOf(
        BorrowKind::Raw,
        Mutability::Mut,
        b.e_path("place"),
    ))));
    stmts.push(b.s_semi(e(ExprKind::AddrOf(
        BorrowKind::Ref,
        Mutability::Not,
        b.e_path("place"),
    ))));
    stmts.push(b.s_semi(e(ExprKind::Ret(Some(b.e_int(0))))));
    stmts.push(b.s_semi(b.e_mac(
        "println",
        Delimiter::Parenthesis,
        TokenStream::new(vec![
            b.tok_lit(token::Lit {
                kind: token::LitKind::Str,
                symbol: b.sym("{}"),
                suffix: None,
            }),
            b.tok(TokenKind::Comma),
            b.tok_ident("x"),
        ]),
    )));
    stmts.push(b.s_semi(e(ExprKind::Struct(Box::new(StructExpr {
        qself: None,
        path: b.path("P"),
        fields: vec![
            ExprField {
                attrs: vec![],
                id: ID,
                span: SP,
                ident: b.ident("a"),
                expr: b.e_path("a"),
                is_shorthand: true,
            },
            ExprField {
                attrs: vec![],
                id: ID,
                span: SP,
                ident: b.ident("b"),
                expr: b.e_int(2),
                is_shorthand: false,
            },
        ],
        rest: StructRest::Base(b.e_path("base")),
    })))));
    stmts.push(b.s_semi(e(ExprKind::Struct(Box::new(StructExpr {
        qself: None,
        path: b.path("Q"),
        fields: vec![],
        rest: StructRest::Rest(SP),
    })))));
    stmts.push(b.s_semi(e(ExprKind::Repeat(b.e_int(0), b.anon_const(b.e_path("N"))))));
    stmts.push(b.s_semi(e(ExprKind::Paren(b.e_path("p")))));
    stmts.push(b.s_semi(e(ExprKind::Try(b.e_path("r")))));
    stmts.push(b.s_semi(e(ExprKind::Yield(Some(b.e_int(1))))));
    stmts.push(b.s_semi(e(ExprKind::Become(b.e_call(b.e_path("g"), vec![])))));
    stmts.push(b.s_semi(e(ExprKind::FormatArgs(Box::new(FormatArgs {
        span: SP,
        template: vec![
            FormatArgsPiece::Literal(b.sym("a{")),
            FormatArgsPiece::Placeholder(FormatPlaceholder {
                argument: 0,
                span: Some(SP),
                trait_: FormatTrait::Display,
                options: FormatOptions::default(),
            }),
            FormatArgsPiece::Literal(b.sym("\n")),
            FormatArgsPiece::Placeholder(FormatPlaceholder {
                argument: 1,
                span: None,
                trait_: FormatTrait::Debug,
                options: FormatOptions {
                    width: Some(FormatCount::Literal(5)),
                    precision: Some(FormatCount::Argument(0)),
                    alignment: Some(FormatAlignment::Center),
                    fill: Some('*'),
                    sign: Some(FormatSign::Plus),
                    alternate: true,
                    zero_pad: false,
                    debug_hex: Some(FormatDebugHex::Lower),
                },
            }),
            FormatArgsPiece::Placeholder(FormatPlaceholder {
                argument: 0,
                span: None,
                trait_: FormatTrait::UpperHex,
                options: FormatOptions::default(),
            }),
        ],
        arguments: vec![
            FormatArgument {
                name: None,
                expr: b.e_path("n"),
            },
            FormatArgument {
                name: Some(b.ident("x")),
                expr: b.e_path("x"),
            },
        ],
    })))));
    stmts.push(b.s_semi(e(ExprKind::OffsetOf(
        b.ty_path("P"),
        vec![b.ident("a"), b.ident("0")],
    ))));
    stmts.push(b.s_semi(e(ExprKind::Err)));
    stmts.push(b.s_semi(e(ExprKind::Dummy)));
    stmts.push(b.s_semi(b.expr_attrs(
        ExprKind::Lit(b.int_lit(7)),
        vec![b.attr(AttrStyle::Outer, "rustfmt::skip", AttrArgs::Empty)],
    )));
    // Other statement kinds.
    stmts.push(b.stmt(StmtKind::Item(b.fn_item("nested", vec![]))));
    stmts.push(b.stmt(StmtKind::Empty));
    stmts.push(b.stmt(StmtKind::MacCall(Box::new(MacCallStmt {
        mac: b.mac("stmt_mac", Delimiter::Brace, TokenStream::empty()),
        style: MacStmtStyle::Braces,
        attrs: vec![b.attr(AttrStyle::Outer, "a", AttrArgs::Empty)],
    }))));
    stmts.push(b.s_expr(b.e_path("x")));
    stmts
}

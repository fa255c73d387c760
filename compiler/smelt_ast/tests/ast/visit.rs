//! `Visitor` and `MutVisitor` reach every node, id, span and token.

use std::rc::Rc;

use smelt_ast::mut_visit::{self, MutVisitor};
use smelt_ast::token::{Delimiter, Nonterminal, TokenKind};
use smelt_ast::tokenstream::{TokenStream, TokenTree};
use smelt_ast::visit::{self, AssocCtxt, BoundKind, FnKind, LifetimeCtxt, Visitor};
use smelt_ast::*;
use smelt_span::{BytePos, Ident, Interner, Span};

use crate::build::{B, SP};
use crate::kitchen::kitchen_sink;

/// Counts how often each kind of node is visited.
#[derive(Default, Debug)]
struct Counter {
    exprs: usize,
    tys: usize,
    pats: usize,
    idents: usize,
    lifetimes: usize,
    attrs: usize,
    blocks: usize,
    items: usize,
    generic_params: usize,
    segments: usize,
    stmts: usize,
    arms: usize,
    params: usize,
    field_defs: usize,
    variants: usize,
    expr_fields: usize,
    pat_fields: usize,
    anon_consts: usize,
    locals: usize,
    paths: usize,
    use_trees: usize,
    mac_calls: usize,
    fn_decls: usize,
    where_predicates: usize,
    bounds: usize,
    fns_with_body: usize,
    fns: usize,
}

impl<'ast> Visitor<'ast> for Counter {
    fn visit_expr(&mut self, e: &'ast Expr) {
        self.exprs += 1;
        visit::walk_expr(self, e)
    }
    fn visit_ty(&mut self, t: &'ast Ty) {
        self.tys += 1;
        visit::walk_ty(self, t)
    }
    fn visit_pat(&mut self, p: &'ast Pat) {
        self.pats += 1;
        visit::walk_pat(self, p)
    }
    fn visit_ident(&mut self, _: &'ast Ident) {
        self.idents += 1;
    }
    fn visit_lifetime(&mut self, l: &'ast Lifetime, _: LifetimeCtxt) {
        self.lifetimes += 1;
        visit::walk_lifetime(self, l)
    }
    fn visit_attribute(&mut self, a: &'ast Attribute) {
        self.attrs += 1;
        visit::walk_attribute(self, a)
    }
    fn visit_block(&mut self, b: &'ast Block) {
        self.blocks += 1;
        visit::walk_block(self, b)
    }
    fn visit_item(&mut self, i: &'ast Item) {
        self.items += 1;
        visit::walk_item(self, i)
    }
    fn visit_foreign_item(&mut self, i: &'ast ForeignItem) {
        self.items += 1;
        visit::walk_foreign_item(self, i)
    }
    fn visit_assoc_item(&mut self, i: &'ast AssocItem, ctxt: AssocCtxt) {
        self.items += 1;
        visit::walk_assoc_item(self, i, ctxt)
    }
    fn visit_generic_param(&mut self, p: &'ast GenericParam) {
        self.generic_params += 1;
        visit::walk_generic_param(self, p)
    }
    fn visit_path_segment(&mut self, s: &'ast PathSegment) {
        self.segments += 1;
        visit::walk_path_segment(self, s)
    }
    fn visit_stmt(&mut self, s: &'ast Stmt) {
        self.stmts += 1;
        visit::walk_stmt(self, s)
    }
    fn visit_arm(&mut self, a: &'ast Arm) {
        self.arms += 1;
        visit::walk_arm(self, a)
    }
    fn visit_param(&mut self, p: &'ast Param) {
        self.params += 1;
        visit::walk_param(self, p)
    }
    fn visit_field_def(&mut self, f: &'ast FieldDef) {
        self.field_defs += 1;
        visit::walk_field_def(self, f)
    }
    fn visit_variant(&mut self, v: &'ast Variant) {
        self.variants += 1;
        visit::walk_variant(self, v)
    }
    fn visit_expr_field(&mut self, f: &'ast ExprField) {
        self.expr_fields += 1;
        visit::walk_expr_field(self, f)
    }
    fn visit_pat_field(&mut self, f: &'ast PatField) {
        self.pat_fields += 1;
        visit::walk_pat_field(self, f)
    }
    fn visit_anon_const(&mut self, c: &'ast AnonConst) {
        self.anon_consts += 1;
        visit::walk_anon_const(self, c)
    }
    fn visit_local(&mut self, l: &'ast Local) {
        self.locals += 1;
        visit::walk_local(self, l)
    }
    fn visit_path(&mut self, p: &'ast Path, _: NodeId) {
        self.paths += 1;
        visit::walk_path(self, p)
    }
    fn visit_use_tree(&mut self, t: &'ast UseTree, id: NodeId, _: bool) {
        self.use_trees += 1;
        visit::walk_use_tree(self, t, id)
    }
    fn visit_mac_call(&mut self, m: &'ast MacCall) {
        self.mac_calls += 1;
        visit::walk_mac_call(self, m)
    }
    fn visit_fn_decl(&mut self, d: &'ast FnDecl) {
        self.fn_decls += 1;
        visit::walk_fn_decl(self, d)
    }
    fn visit_where_predicate(&mut self, p: &'ast WherePredicate) {
        self.where_predicates += 1;
        visit::walk_where_predicate(self, p)
    }
    fn visit_param_bound(&mut self, b: &'ast GenericBound, _: BoundKind) {
        self.bounds += 1;
        visit::walk_param_bound(self, b)
    }
    fn visit_fn(&mut self, kind: FnKind<'ast>, _: Span, _: NodeId) {
        self.fns += 1;
        if kind.has_body() {
            self.fns_with_body += 1;
        }
        visit::walk_fn(self, kind)
    }
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// Every node in the tree's `Debug` form is visited exactly once: a walker that forgets a
/// child (or visits one twice) makes one of these counts differ.
#[test]
fn visitor_visits_every_node() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let krate = kitchen_sink(&b);
    let debug = format!("{krate:?}");
    let mut c = Counter::default();
    c.visit_crate(&krate);

    assert_eq!(c.exprs, count(&debug, "Expr { id:"), "exprs");
    assert_eq!(c.tys, count(&debug, "Ty { id:"), "types");
    assert_eq!(c.pats, count(&debug, "Pat { id:"), "patterns");
    assert_eq!(c.idents, count(&debug, "Ident { name:"), "identifiers");
    assert_eq!(c.lifetimes, count(&debug, "Lifetime { id:"), "lifetimes");
    assert_eq!(c.attrs, count(&debug, "Attribute { kind:"), "attributes");
    assert_eq!(c.blocks, count(&debug, "Block { stmts:"), "blocks");
    assert_eq!(c.items, count(&debug, "Item { attrs:"), "items");
    assert_eq!(
        c.generic_params,
        count(&debug, "GenericParam { id:"),
        "generic params"
    );
    assert_eq!(
        c.segments,
        count(&debug, "PathSegment { ident:"),
        "path segments"
    );
    assert_eq!(c.stmts, count(&debug, "Stmt { id:"), "statements");
    assert_eq!(c.arms, count(&debug, "Arm { attrs:"), "arms");
    assert_eq!(c.params, count(&debug, "Param { attrs:"), "params");
    assert_eq!(
        c.field_defs,
        count(&debug, "FieldDef { attrs:"),
        "field defs"
    );
    assert_eq!(c.variants, count(&debug, "Variant { attrs:"), "variants");
    assert_eq!(
        c.expr_fields,
        count(&debug, "ExprField { attrs:"),
        "expr fields"
    );
    assert_eq!(
        c.pat_fields,
        count(&debug, "PatField { ident:"),
        "pat fields"
    );
    assert_eq!(
        c.anon_consts,
        count(&debug, "AnonConst { id:"),
        "anon consts"
    );
    assert_eq!(c.locals, count(&debug, "Local { id:"), "locals");
    assert_eq!(c.paths, count(&debug, "Path { span:"), "paths");
    assert_eq!(c.use_trees, count(&debug, "UseTree { prefix:"), "use trees");
    assert_eq!(c.mac_calls, count(&debug, "MacCall { path:"), "macro calls");
    assert_eq!(c.fn_decls, count(&debug, "FnDecl { inputs:"), "fn decls");
    let preds = count(&debug, "BoundPredicate(")
        + count(&debug, "RegionPredicate(")
        + count(&debug, "EqPredicate(");
    assert_eq!(c.where_predicates, preds, "where predicates");
    let bounds = count(&debug, "Trait(PolyTraitRef {")
        + count(&debug, "Outlives(Lifetime {")
        + count(&debug, "Use([");
    assert_eq!(c.bounds, bounds, "bounds");
    // Functions: items, associated and foreign ones, and closures.
    assert_eq!(
        c.fns,
        count(&debug, "Fn(Fn {") + count(&debug, "Closure(Closure {"),
        "fns"
    );
    assert_eq!(
        c.fns - c.fns_with_body,
        2,
        "the trait method and the foreign function have no body"
    );
    // The test is only as good as the crate: make sure it is not trivially small.
    assert!(c.exprs > 100 && c.tys > 50 && c.pats > 30, "{c:?}");
}

/// Gives every id a fresh number and every span the same marker, counting the calls.
#[derive(Default)]
struct Marker {
    ids: u32,
    spans: usize,
}

const MARK: Span = Span {
    lo: BytePos(7),
    hi: BytePos(9),
    ctxt: smelt_span::SyntaxContext::ROOT,
};

impl MutVisitor for Marker {
    fn visit_id(&mut self, id: &mut NodeId) {
        *id = NodeId::from_u32(self.ids);
        self.ids += 1;
    }
    fn visit_span(&mut self, span: &mut Span) {
        *span = MARK;
        self.spans += 1;
    }
}

/// A crate whose macro call carries an interpolated expression and nested groups, so that the
/// token walk has something to find.
fn sink_with_tokens(b: &B<'_>) -> Crate {
    let mut krate = kitchen_sink(b);
    let fragment = b.e_bin(BinOpKind::Add, b.e_path("a"), b.e_int(1));
    let tokens = TokenStream::new(vec![
        b.tok_ident("x"),
        b.group(
            Delimiter::Bracket,
            vec![b.group(
                Delimiter::Brace,
                vec![b.tok(TokenKind::Interpolated(Rc::new(Nonterminal::Expr(
                    fragment,
                ))))],
            )],
        ),
    ]);
    krate.items.push(b.item(
        "",
        ItemKind::MacCall(b.mac("with_tokens", Delimiter::Parenthesis, tokens)),
    ));
    krate
}

#[test]
fn mut_visitor_visits_every_id_and_span_once() {
    let interner = Interner::new();
    let b = B::new(&interner);
    let mut krate = sink_with_tokens(&b);
    let before = format!("{krate:?}");
    let dummy_ids = count(&before, "NodeId(4294967295)");
    let dummy_spans = count(&before, "0..0");
    assert!(
        dummy_ids > 300 && dummy_spans > 600,
        "{dummy_ids} ids, {dummy_spans} spans"
    );

    let mut marker = Marker::default();
    marker.visit_crate(&mut krate);
    let after = format!("{krate:?}");
    assert_eq!(
        count(&after, "NodeId(4294967295)"),
        0,
        "an id was not visited"
    );
    assert_eq!(count(&after, "0..0"), 0, "a span was not visited");
    assert_eq!(marker.ids as usize, dummy_ids, "an id was visited twice");
    assert_eq!(marker.spans, dummy_spans, "a span was visited twice");
    assert_eq!(count(&after, "7..9"), dummy_spans);
}

/// Removes, duplicates and replaces nodes through the flat-map hooks.
struct Expander<'a> {
    b: &'a B<'a>,
}

impl Expander<'_> {
    fn has_attr(&self, attrs: &[Attribute], name: &str) -> bool {
        attrs.iter().any(|a| match &a.kind {
            AttrKind::Normal(item) => item.path.is_ident(self.b.sym(name)),
            AttrKind::DocComment(..) => false,
        })
    }
}

impl MutVisitor for Expander<'_> {
    fn flat_map_item(&mut self, mut item: P<Item>) -> Vec<P<Item>> {
        if self.has_attr(&item.attrs, "remove") {
            return vec![];
        }
        mut_visit::walk_item(self, &mut item);
        if self.has_attr(&item.attrs, "twice") {
            let mut copy = item.clone();
            copy.attrs.clear();
            copy.ident = self.b.ident("copy");
            return vec![item, copy];
        }
        vec![item]
    }

    fn filter_map_expr(&mut self, mut expr: P<Expr>) -> Option<P<Expr>> {
        if self.has_attr(&expr.attrs, "remove") {
            return None;
        }
        self.visit_expr(&mut expr);
        Some(expr)
    }

    fn visit_expr(&mut self, expr: &mut P<Expr>) {
        // Expand `double!(e)` to `e * 2`, the way macro expansion replaces a call in place.
        if let ExprKind::MacCall(mac) = &expr.kind {
            if mac.path.is_ident(self.b.sym("double")) {
                let operand = match mac.args.tokens.trees().next() {
                    Some(TokenTree::Token(token, _)) => match token.ident() {
                        Some((ident, _)) => {
                            self.b.expr(ExprKind::Path(None, Path::from_ident(ident)))
                        }
                        None => self.b.expr(ExprKind::Err),
                    },
                    _ => self.b.expr(ExprKind::Err),
                };
                *expr = self.b.e_bin(BinOpKind::Mul, operand, self.b.e_int(2));
            }
        }
        mut_visit::walk_expr(self, expr)
    }

    fn flat_map_arm(&mut self, mut arm: Arm) -> Vec<Arm> {
        if self.has_attr(&arm.attrs, "remove") {
            return vec![];
        }
        mut_visit::walk_arm(self, &mut arm);
        vec![arm]
    }

    fn flat_map_field_def(&mut self, field: FieldDef) -> Vec<FieldDef> {
        if self.has_attr(&field.attrs, "remove") {
            vec![]
        } else {
            vec![field]
        }
    }

    fn flat_map_variant(&mut self, variant: Variant) -> Vec<Variant> {
        if self.has_attr(&variant.attrs, "remove") {
            vec![]
        } else {
            vec![variant]
        }
    }

    fn flat_map_param(&mut self, param: Param) -> Vec<Param> {
        if self.has_attr(&param.attrs, "remove") {
            vec![]
        } else {
            vec![param]
        }
    }
}

#[test]
fn flat_map_hooks_remove_duplicate_and_replace() {
    use smelt_ast::token::AttrStyle::Outer;
    let interner = Interner::new();
    let b = B::new(&interner);
    let remove = || b.attr(Outer, "remove", AttrArgs::Empty);
    let twice = || b.attr(Outer, "twice", AttrArgs::Empty);

    let mut p_removed = b.param(b.pat_ident("gone"), b.ty_path("u8"));
    p_removed.attrs.push(remove());
    let params = vec![b.param(b.pat_ident("kept"), b.ty_path("u8")), p_removed];
    let double = b.e_mac(
        "double",
        Delimiter::Parenthesis,
        TokenStream::new(vec![b.tok_ident("kept")]),
    );
    let removed_arg = b.expr_attrs(ExprKind::Lit(b.int_lit(2)), vec![remove()]);
    let arms = vec![
        Arm {
            attrs: vec![remove()],
            pat: b.pat(PatKind::Wild),
            guard: None,
            body: Some(b.e_int(0)),
            span: SP,
            id: NodeId::DUMMY,
        },
        Arm {
            attrs: vec![],
            pat: b.pat_ident("n"),
            guard: None,
            body: Some(b.e_path("n")),
            span: SP,
            id: NodeId::DUMMY,
        },
    ];
    let body = vec![
        b.stmt(StmtKind::Item(b.item_full(
            vec![twice()],
            b.inherited(),
            "inner",
            ItemKind::Fn(b.func(Generics::default(), vec![], None, Some(vec![]))),
        ))),
        b.s_semi(b.e_call(b.e_path("f"), vec![b.e_int(1), removed_arg, double])),
        b.stmt(StmtKind::Semi(b.expr_attrs(
            ExprKind::Path(None, b.path("gone")),
            vec![remove()],
        ))),
        b.s_expr(b.expr(ExprKind::Match(b.e_path("kept"), arms))),
    ];
    let mut removed_field = b.field_def(b.inherited(), Some("gone"), b.ty_path("u8"));
    removed_field.attrs.push(remove());
    let strukt = b.item(
        "S",
        ItemKind::Struct(
            VariantData::Struct(
                vec![
                    b.field_def(b.inherited(), Some("kept"), b.ty_path("u8")),
                    removed_field,
                ],
                false,
            ),
            Generics::default(),
        ),
    );
    let mut krate = b.krate(
        vec![],
        vec![
            b.item(
                "f",
                ItemKind::Fn(b.func(Generics::default(), params, None, Some(body))),
            ),
            b.item_full(
                vec![remove()],
                b.inherited(),
                "removed",
                ItemKind::Struct(VariantData::Unit(NodeId::DUMMY), Generics::default()),
            ),
            strukt,
        ],
    );
    Expander { b: &b }.visit_crate(&mut krate);
    expect_test::expect![[r#"
        fn f(kept: u8) {
            #[twice]
            fn inner() {}
            fn copy() {}
            f(1, kept * 2);
            match kept {
                n => n,
            }
        }
        struct S {
            kept: u8,
        }
    "#]]
    .assert_eq(&pretty::crate_to_string(&krate, &interner));
}

/// Token streams nested far deeper than any native stack allows are walked and printed
/// without recursion, and a walk that changes a shared stream leaves its other holders alone.
#[test]
fn token_walk_is_iterative_and_copy_on_write() {
    let interner = Interner::new();
    let b = B::new(&interner);
    const DEPTH: usize = 200_000;
    let mut stream = TokenStream::new(vec![b.tok_ident("x")]);
    for _ in 0..DEPTH {
        stream = TokenStream::new(vec![b.group(
            Delimiter::Parenthesis,
            vec![TokenTree::Delimited(
                tokenstream::DelimSpan::from_single(SP),
                Delimiter::Invisible,
                stream,
            )],
        )]);
    }
    let shared = stream.clone();
    let mut marker = Marker::default();
    marker.visit_token_stream(&mut stream);
    // Two groups per level (the parenthesis and the invisible group), two spans each, and
    // the identifier.
    assert_eq!(marker.spans, DEPTH * 4 + 1);

    // The marked copy is marked all the way down; the shared original is untouched.
    fn innermost_span(mut stream: &TokenStream) -> Option<Span> {
        loop {
            match stream.0.first()? {
                TokenTree::Delimited(_, _, inner) => stream = inner,
                TokenTree::Token(token, _) => return Some(token.span),
            }
        }
    }
    assert_eq!(innermost_span(&stream), Some(MARK));
    assert_eq!(innermost_span(&shared), Some(SP));

    let printed = pretty::tts_to_string(&stream, &interner);
    assert_eq!(printed.len(), DEPTH * 2 + 1);
    assert!(printed.starts_with("((") && printed.contains("(x)"));
}

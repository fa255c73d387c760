//! A small builder for hand-made ASTs (the parser lives downstream of this crate). Every node
//! gets `NodeId::DUMMY` and `Span::DUMMY`, which the visitor tests rely on.

use smelt_ast::token::{self, Delimiter, Token, TokenKind};
use smelt_ast::tokenstream::{DelimSpan, Spacing, TokenStream, TokenTree};
use smelt_ast::*;
use smelt_span::{kw, Ident, Interner, Span, Symbol};

pub const SP: Span = Span::DUMMY;
pub const ID: NodeId = NodeId::DUMMY;

pub struct B<'a> {
    pub interner: &'a Interner,
}

impl<'a> B<'a> {
    pub fn new(interner: &'a Interner) -> B<'a> {
        B { interner }
    }

    pub fn sym(&self, s: &str) -> Symbol {
        self.interner.intern(s)
    }

    pub fn ident(&self, s: &str) -> Ident {
        Ident::new(self.sym(s), SP)
    }

    /* paths */

    /// `a::b::c`; a leading `::` makes a global path.
    pub fn path(&self, s: &str) -> Path {
        let mut segments = Vec::new();
        let rest = match s.strip_prefix("::") {
            Some(rest) => {
                segments.push(PathSegment::from_ident(Ident::new(kw::PathRoot, SP)));
                rest
            }
            None => s,
        };
        for part in rest.split("::") {
            segments.push(PathSegment::from_ident(self.ident(part)));
        }
        Path { span: SP, segments }
    }

    /// A path whose last segment has angle-bracketed arguments.
    pub fn path_args(&self, s: &str, args: Vec<AngleBracketedArg>) -> Path {
        let mut path = self.path(s);
        if let Some(last) = path.segments.last_mut() {
            last.args = Some(Box::new(GenericArgs::AngleBracketed(AngleBracketedArgs {
                span: SP,
                args,
            })));
        }
        path
    }

    pub fn ty_arg(&self, ty: P<Ty>) -> AngleBracketedArg {
        AngleBracketedArg::Arg(GenericArg::Type(ty))
    }

    pub fn lifetime(&self, s: &str) -> Lifetime {
        Lifetime {
            id: ID,
            ident: self.ident(s),
        }
    }

    pub fn anon_const(&self, value: P<Expr>) -> AnonConst {
        AnonConst { id: ID, value }
    }

    /* literals */

    pub fn lit(
        &self,
        kind: token::LitKind,
        text: &str,
        suffix: Option<&str>,
        value: LitKind,
    ) -> Lit {
        Lit {
            token: token::Lit {
                kind,
                symbol: self.sym(text),
                suffix: suffix.map(|s| self.sym(s)),
            },
            kind: value,
            span: SP,
        }
    }

    pub fn int_lit(&self, n: u128) -> Lit {
        self.lit(
            token::LitKind::Integer,
            &n.to_string(),
            None,
            LitKind::Int(n, LitIntType::Unsuffixed),
        )
    }

    pub fn str_lit(&self, s: &str) -> Lit {
        self.lit(
            token::LitKind::Str,
            s,
            None,
            LitKind::Str(self.sym(s), StrStyle::Cooked),
        )
    }

    /* types */

    pub fn ty(&self, kind: TyKind) -> P<Ty> {
        Box::new(Ty {
            id: ID,
            kind,
            span: SP,
        })
    }

    pub fn ty_path(&self, s: &str) -> P<Ty> {
        self.ty(TyKind::Path(None, self.path(s)))
    }

    pub fn ty_ref(&self, lifetime: Option<&str>, mutbl: Mutability, ty: P<Ty>) -> P<Ty> {
        self.ty(TyKind::Ref(
            lifetime.map(|l| self.lifetime(l)),
            MutTy { ty, mutbl },
        ))
    }

    pub fn trait_bound(&self, path: Path, modifier: TraitBoundModifier) -> GenericBound {
        GenericBound::Trait(self.poly_trait_ref(vec![], path), modifier)
    }

    pub fn poly_trait_ref(
        &self,
        bound_generic_params: Vec<GenericParam>,
        path: Path,
    ) -> PolyTraitRef {
        PolyTraitRef {
            bound_generic_params,
            trait_ref: TraitRef { path, ref_id: ID },
            span: SP,
        }
    }

    /* patterns */

    pub fn pat(&self, kind: PatKind) -> P<Pat> {
        Box::new(Pat {
            id: ID,
            kind,
            span: SP,
        })
    }

    pub fn pat_ident(&self, s: &str) -> P<Pat> {
        self.pat(PatKind::Ident(BindingMode::NONE, self.ident(s), None))
    }

    /* expressions */

    pub fn expr(&self, kind: ExprKind) -> P<Expr> {
        Box::new(Expr {
            id: ID,
            kind,
            span: SP,
            attrs: Vec::new(),
        })
    }

    pub fn expr_attrs(&self, kind: ExprKind, attrs: Vec<Attribute>) -> P<Expr> {
        Box::new(Expr {
            id: ID,
            kind,
            span: SP,
            attrs,
        })
    }

    pub fn e_path(&self, s: &str) -> P<Expr> {
        self.expr(ExprKind::Path(None, self.path(s)))
    }

    pub fn e_int(&self, n: u128) -> P<Expr> {
        self.expr(ExprKind::Lit(self.int_lit(n)))
    }

    pub fn e_str(&self, s: &str) -> P<Expr> {
        self.expr(ExprKind::Lit(self.str_lit(s)))
    }

    pub fn binop(&self, node: BinOpKind) -> BinOp {
        BinOp { node, span: SP }
    }

    pub fn e_bin(&self, op: BinOpKind, lhs: P<Expr>, rhs: P<Expr>) -> P<Expr> {
        self.expr(ExprKind::Binary(self.binop(op), lhs, rhs))
    }

    pub fn e_unary(&self, op: UnOp, operand: P<Expr>) -> P<Expr> {
        self.expr(ExprKind::Unary(op, operand))
    }

    pub fn e_call(&self, callee: P<Expr>, args: Vec<P<Expr>>) -> P<Expr> {
        self.expr(ExprKind::Call(callee, args))
    }

    pub fn e_method(&self, receiver: P<Expr>, name: &str, args: Vec<P<Expr>>) -> P<Expr> {
        let seg = PathSegment::from_ident(self.ident(name));
        self.expr(ExprKind::MethodCall(Box::new(MethodCall {
            seg,
            receiver,
            args,
            span: SP,
        })))
    }

    pub fn e_field(&self, base: P<Expr>, name: &str) -> P<Expr> {
        self.expr(ExprKind::Field(base, self.ident(name)))
    }

    pub fn e_cast(&self, e: P<Expr>, ty: P<Ty>) -> P<Expr> {
        self.expr(ExprKind::Cast(e, ty))
    }

    pub fn e_block(&self, stmts: Vec<Stmt>) -> P<Expr> {
        self.expr(ExprKind::Block(self.block(stmts), None))
    }

    pub fn e_if(&self, cond: P<Expr>, then: Vec<Stmt>, els: Option<P<Expr>>) -> P<Expr> {
        self.expr(ExprKind::If(cond, self.block(then), els))
    }

    pub fn e_struct(&self, path: &str, fields: Vec<(&str, P<Expr>)>) -> P<Expr> {
        let fields = fields
            .into_iter()
            .map(|(name, expr)| ExprField {
                attrs: vec![],
                id: ID,
                span: SP,
                ident: self.ident(name),
                expr,
                is_shorthand: false,
            })
            .collect();
        self.expr(ExprKind::Struct(Box::new(StructExpr {
            qself: None,
            path: self.path(path),
            fields,
            rest: StructRest::None,
        })))
    }

    pub fn e_closure(&self, params: Vec<&str>, body: P<Expr>) -> P<Expr> {
        let inputs = params
            .into_iter()
            .map(|p| self.param(self.pat_ident(p), self.ty(TyKind::Infer)))
            .collect();
        self.expr(ExprKind::Closure(Box::new(Closure {
            binder: vec![],
            capture_clause: CaptureBy::Ref,
            constness: false,
            asyncness: false,
            movability_static: false,
            fn_decl: Box::new(FnDecl {
                inputs,
                output: FnRetTy::Default(SP),
                c_variadic: false,
            }),
            body,
            fn_decl_span: SP,
        })))
    }

    pub fn e_mac(&self, path: &str, delim: Delimiter, tokens: TokenStream) -> P<Expr> {
        self.expr(ExprKind::MacCall(self.mac(path, delim, tokens)))
    }

    pub fn mac(&self, path: &str, delim: Delimiter, tokens: TokenStream) -> P<MacCall> {
        Box::new(MacCall {
            path: self.path(path),
            args: self.delim_args(delim, tokens),
        })
    }

    pub fn delim_args(&self, delim: Delimiter, tokens: TokenStream) -> P<DelimArgs> {
        Box::new(DelimArgs {
            dspan: DelimSpan::from_single(SP),
            delim,
            tokens,
        })
    }

    /* tokens */

    pub fn tok(&self, kind: TokenKind) -> TokenTree {
        TokenTree::Token(Token::new(kind, SP), Spacing::Alone)
    }

    pub fn tok_joint(&self, kind: TokenKind) -> TokenTree {
        TokenTree::Token(Token::new(kind, SP), Spacing::Joint)
    }

    pub fn tok_ident(&self, s: &str) -> TokenTree {
        self.tok(TokenKind::Ident(self.sym(s), false))
    }

    pub fn tok_lit(&self, lit: token::Lit) -> TokenTree {
        self.tok(TokenKind::Literal(lit))
    }

    pub fn group(&self, delim: Delimiter, trees: Vec<TokenTree>) -> TokenTree {
        TokenTree::Delimited(DelimSpan::from_single(SP), delim, TokenStream::new(trees))
    }

    /* statements and blocks */

    pub fn block(&self, stmts: Vec<Stmt>) -> P<Block> {
        Box::new(Block {
            stmts,
            id: ID,
            rules: BlockCheckMode::Default,
            span: SP,
        })
    }

    pub fn stmt(&self, kind: StmtKind) -> Stmt {
        Stmt {
            id: ID,
            kind,
            span: SP,
        }
    }

    pub fn s_semi(&self, e: P<Expr>) -> Stmt {
        self.stmt(StmtKind::Semi(e))
    }

    pub fn s_expr(&self, e: P<Expr>) -> Stmt {
        self.stmt(StmtKind::Expr(e))
    }

    pub fn s_let(&self, pat: P<Pat>, ty: Option<P<Ty>>, kind: LocalKind) -> Stmt {
        self.stmt(StmtKind::Let(Box::new(Local {
            id: ID,
            pat,
            ty,
            kind,
            span: SP,
            attrs: vec![],
        })))
    }

    /* items */

    pub fn vis(&self, kind: VisibilityKind) -> Visibility {
        Visibility { kind, span: SP }
    }

    pub fn inherited(&self) -> Visibility {
        Visibility::inherited(SP)
    }

    pub fn item<K>(&self, name: &str, kind: K) -> P<Item<K>> {
        self.item_full(vec![], self.inherited(), name, kind)
    }

    pub fn item_full<K>(
        &self,
        attrs: Vec<Attribute>,
        vis: Visibility,
        name: &str,
        kind: K,
    ) -> P<Item<K>> {
        let ident = if name.is_empty() {
            Ident::new(kw::Empty, SP)
        } else {
            self.ident(name)
        };
        Box::new(Item {
            attrs,
            id: ID,
            span: SP,
            vis,
            ident,
            kind,
        })
    }

    pub fn param(&self, pat: P<Pat>, ty: P<Ty>) -> Param {
        Param {
            attrs: vec![],
            ty,
            pat,
            id: ID,
            span: SP,
        }
    }

    pub fn func(
        &self,
        generics: Generics,
        inputs: Vec<Param>,
        output: Option<P<Ty>>,
        body: Option<Vec<Stmt>>,
    ) -> Box<Fn> {
        let output = match output {
            Some(ty) => FnRetTy::Ty(ty),
            None => FnRetTy::Default(SP),
        };
        Box::new(Fn {
            defaultness: Defaultness::Final,
            generics,
            sig: FnSig {
                header: FnHeader::default(),
                decl: Box::new(FnDecl {
                    inputs,
                    output,
                    c_variadic: false,
                }),
                span: SP,
            },
            body: body.map(|stmts| self.block(stmts)),
        })
    }

    pub fn fn_item(&self, name: &str, body: Vec<Stmt>) -> P<Item> {
        self.item(
            name,
            ItemKind::Fn(self.func(Generics::default(), vec![], None, Some(body))),
        )
    }

    pub fn generic_param(
        &self,
        name: &str,
        bounds: GenericBounds,
        kind: GenericParamKind,
    ) -> GenericParam {
        GenericParam {
            id: ID,
            ident: self.ident(name),
            attrs: vec![],
            bounds,
            kind,
            span: SP,
        }
    }

    pub fn attr(&self, style: AttrStyle, path: &str, args: AttrArgs) -> Attribute {
        Attribute {
            kind: AttrKind::Normal(AttrItem {
                path: self.path(path),
                args,
            }),
            id: ID,
            style,
            span: SP,
        }
    }

    pub fn field_def(&self, vis: Visibility, name: Option<&str>, ty: P<Ty>) -> FieldDef {
        FieldDef {
            attrs: vec![],
            id: ID,
            span: SP,
            vis,
            ident: name.map(|n| self.ident(n)),
            ty,
        }
    }

    pub fn krate(&self, attrs: Vec<Attribute>, items: Vec<P<Item>>) -> Crate {
        Crate {
            attrs,
            items,
            span: SP,
            id: ID,
        }
    }
}

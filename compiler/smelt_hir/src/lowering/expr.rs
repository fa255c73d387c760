//! Lowering of expressions, blocks and statements, with the desugarings of `for`, `while`,
//! `?`, ranges and destructuring assignment.

use std::rc::Rc;

use smelt_ast::{self as ast, NodeId};
use smelt_span::{Ident, Span};

use super::LoweringContext;
use crate::hir::*;
use crate::{LangItem, Res};

impl LoweringContext<'_> {
    pub fn lower_expr(&mut self, e: &ast::Expr) -> ExprId {
        let id = self.lower_expr_kind(e);
        if !e.attrs.is_empty() {
            self.lower_lint_attrs(LintNode::Expr(id), &e.attrs);
        }
        id
    }

    fn lower_expr_kind(&mut self, e: &ast::Expr) -> ExprId {
        let kind = match &e.kind {
            ast::ExprKind::Array(es) => ExprKind::Array(es.iter().map(|e| self.lower_expr(e)).collect()),
            ast::ExprKind::ConstBlock(anon) => {
                let def = self.expect_def(anon.id, e.span);
                let value = self.lower_expr(&anon.value);
                self.out.nested_bodies.insert(def.index, (self.current_owner, value));
                ExprKind::ConstBlock(def)
            }
            ast::ExprKind::Call(f, args) => {
                let f = self.lower_expr(f);
                ExprKind::Call(f, args.iter().map(|a| self.lower_expr(a)).collect())
            }
            ast::ExprKind::MethodCall(mc) => {
                let receiver = self.lower_expr(&mc.receiver);
                let args = mc.args.iter().map(|a| self.lower_expr(a)).collect();
                let seg = mc.seg.args.as_ref().map(|a| Box::new(self.lower_generic_args(a)));
                let seg = PathSegment { ident: mc.seg.ident, res: Res::Err, args: seg };
                let id = self.alloc_expr(ExprKind::MethodCall(Box::new(seg), receiver, args, mc.span), e.span);
                self.record_traits_in_scope(e.id, id);
                return id;
            }
            ast::ExprKind::Tup(es) => ExprKind::Tup(es.iter().map(|e| self.lower_expr(e)).collect()),
            ast::ExprKind::Binary(op, a, b) => {
                let a = self.lower_expr(a);
                let b = self.lower_expr(b);
                ExprKind::Binary(*op, a, b)
            }
            ast::ExprKind::Unary(op, a) => ExprKind::Unary(*op, self.lower_expr(a)),
            ast::ExprKind::Lit(l) => ExprKind::Lit(self.lower_lit(l)),
            ast::ExprKind::Cast(a, t) => {
                let a = self.lower_expr(a);
                ExprKind::Cast(a, Box::new(self.lower_ty(t)))
            }
            ast::ExprKind::Let(pat, init, span) => {
                let init = self.lower_expr(init);
                let pat = self.lower_pat(pat);
                ExprKind::Let(Box::new(LetExpr { pat, ty: None, init, span: *span }))
            }
            ast::ExprKind::If(cond, then, els) => {
                let cond = self.lower_expr(cond);
                let then = self.lower_block_expr(then);
                let els = els.as_ref().map(|e| self.lower_expr(e));
                ExprKind::If(cond, then, els)
            }
            ast::ExprKind::While(cond, body, label) => return self.lower_while(e, cond, body, label.as_ref()),
            ast::ExprKind::ForLoop { pat, iter, body, label } => return self.lower_for(e, pat, iter, body, label.as_ref()),
            ast::ExprKind::Loop(body, label) => {
                let id = self.reserve_expr(e.span);
                self.node_to_expr.insert(e.id, id);
                let block = self.lower_block(body, false);
                let label = label.as_ref().map(|l| Label { ident: l.ident });
                self.set_expr(id, ExprKind::Loop(Box::new(block), label, LoopSource::Loop, e.span.sub(0, 4.min(e.span.len()))));
                return id;
            }
            ast::ExprKind::Match(scrut, arms) => {
                let scrut = self.lower_expr(scrut);
                let arms = arms.iter().map(|a| self.lower_arm(a)).collect();
                ExprKind::Match(scrut, arms, MatchSource::Normal)
            }
            ast::ExprKind::Closure(c) => return self.lower_closure(e, c),
            ast::ExprKind::Block(b, label) => {
                if label.is_some() {
                    let id = self.reserve_expr(e.span);
                    self.node_to_expr.insert(e.id, id);
                    let block = self.lower_block(b, true);
                    self.set_expr(id, ExprKind::Block(Box::new(block), label.as_ref().map(|l| Label { ident: l.ident })));
                    return id;
                }
                ExprKind::Block(Box::new(self.lower_block(b, false)), None)
            }
            ast::ExprKind::Async(..) => ExprKind::Err(self.unsupported(e.span, "`async` blocks")),
            ast::ExprKind::Await(_, span) => ExprKind::Err(self.unsupported(*span, "`.await`")),
            ast::ExprKind::TryBlock(_) => {
                ExprKind::Err(self.sess.dcx.struct_err(e.span, "`try` blocks are unstable").code("E0658").emit())
            }
            ast::ExprKind::Yield(_) => {
                ExprKind::Err(self.sess.dcx.struct_err(e.span, "yield syntax is experimental").code("E0658").emit())
            }
            ast::ExprKind::Become(_) => {
                ExprKind::Err(self.sess.dcx.struct_err(e.span, "`become` expression is experimental").code("E0658").emit())
            }
            ast::ExprKind::OffsetOf(..) => ExprKind::Err(self.unsupported(e.span, "`offset_of!`")),
            ast::ExprKind::Assign(lhs, rhs, eq_span) => return self.lower_assign(e, lhs, rhs, *eq_span),
            ast::ExprKind::AssignOp(op, a, b) => {
                let a = self.lower_expr(a);
                let b = self.lower_expr(b);
                ExprKind::AssignOp(*op, a, b)
            }
            ast::ExprKind::Field(a, ident) => ExprKind::Field(self.lower_expr(a), *ident),
            ast::ExprKind::Index(a, b, span) => {
                let a = self.lower_expr(a);
                let b = self.lower_expr(b);
                ExprKind::Index(a, b, *span)
            }
            ast::ExprKind::Range(lo, hi, limits) => return self.lower_range(e, lo.as_deref(), hi.as_deref(), *limits),
            ast::ExprKind::Underscore => ExprKind::Err(
                self.sess
                    .dcx
                    .struct_err(e.span, "in expressions, `_` can only be used on the left-hand side of an assignment")
                    .span_label(e.span, "`_` not allowed here")
                    .emit(),
            ),
            ast::ExprKind::Path(qself, path) => {
                let qpath = self.lower_qpath(e.id, qself.as_deref(), path);
                let type_relative = matches!(qpath, QPath::TypeRelative(..));
                let id = self.alloc_expr(ExprKind::Path(qpath), e.span);
                if type_relative {
                    self.record_traits_in_scope(e.id, id);
                }
                return id;
            }
            ast::ExprKind::AddrOf(k, m, a) => ExprKind::AddrOf(*k, *m, self.lower_expr(a)),
            ast::ExprKind::Break(label, value) => {
                let target = self.loop_target(e.id);
                let value = value.as_ref().map(|v| self.lower_expr(v));
                ExprKind::Break(Destination { label: label.as_ref().map(|l| Label { ident: l.ident }), target }, value)
            }
            ast::ExprKind::Continue(label) => {
                let target = self.loop_target(e.id);
                ExprKind::Continue(Destination { label: label.as_ref().map(|l| Label { ident: l.ident }), target })
            }
            ast::ExprKind::Ret(v) => ExprKind::Ret(v.as_ref().map(|v| self.lower_expr(v))),
            ast::ExprKind::MacCall(_) => ExprKind::Err(self.sess.dcx.bug(e.span, "a macro call survived expansion")),
            ast::ExprKind::Struct(se) => {
                let qpath = self.lower_qpath(e.id, se.qself.as_deref(), &se.path);
                let fields = se
                    .fields
                    .iter()
                    .map(|f| ExprField { ident: f.ident, expr: self.lower_expr(&f.expr), span: f.span, is_shorthand: f.is_shorthand })
                    .collect();
                let tail = match &se.rest {
                    ast::StructRest::Base(b) => StructTail::Base(self.lower_expr(b)),
                    ast::StructRest::Rest(span) => {
                        let err = self
                            .sess
                            .dcx
                            .struct_err(span.shrink_to_hi(), "base expression required after `..`")
                            .code("E0797")
                            .span_suggestion(span.shrink_to_hi(), "add a base expression here", "/* expr */")
                            .emit();
                        return self.alloc_expr(ExprKind::Err(err), e.span);
                    }
                    ast::StructRest::None => StructTail::None,
                };
                ExprKind::Struct(Box::new(qpath), fields, tail)
            }
            ast::ExprKind::Repeat(v, count) => {
                let v = self.lower_expr(v);
                let len = if matches!(count.value.kind, ast::ExprKind::Underscore) {
                    ArrayLen::Infer(count.value.span)
                } else {
                    ArrayLen::Body(self.lower_anon_const_arg(count))
                };
                ExprKind::Repeat(v, len)
            }
            ast::ExprKind::Paren(inner) => {
                let id = self.lower_expr(inner);
                // The parentheses belong to the span, when they enclose it.
                if e.span.contains(self.body.exprs[id].span) {
                    self.body.exprs[id].span = e.span;
                }
                return id;
            }
            ast::ExprKind::Try(inner) => return self.lower_try(e, inner),
            ast::ExprKind::FormatArgs(fa) => return self.lower_format_args(e.span, fa),
            ast::ExprKind::Err | ast::ExprKind::Dummy => ExprKind::Err(Self::reported()),
        };
        self.alloc_expr(kind, e.span)
    }

    fn unsupported(&self, span: Span, what: &str) -> smelt_errors::ErrorGuaranteed {
        self.sess
            .dcx
            .struct_err(span, format!("{what} are not supported by smelt yet"))
            .emit()
    }

    fn record_traits_in_scope(&mut self, node: NodeId, expr: ExprId) {
        if let Some(traits) = self.resolver.trait_map.get(&node) {
            let traits: Rc<[crate::DefId]> = traits.iter().copied().collect();
            self.body.traits_in_scope.insert(expr, traits);
        }
    }

    /// The loop or labelled block a `break`/`continue` exits.
    fn loop_target(&self, node: NodeId) -> Result<ExprId, smelt_errors::ErrorGuaranteed> {
        match self
            .resolver
            .label_res
            .get(&node)
            .and_then(|t| self.node_to_expr.get(t))
        {
            Some(&id) => Ok(id),
            None => Err(Self::reported()),
        }
    }

    pub fn lower_lit(&self, l: &ast::Lit) -> Lit {
        let kind = match &l.kind {
            ast::LitKind::Str(s, _) => LitKind::Str(*s),
            ast::LitKind::ByteStr(b, _) => LitKind::ByteStr(b.clone()),
            ast::LitKind::CStr(b, _) => LitKind::CStr(b.clone()),
            ast::LitKind::Byte(b) => LitKind::Byte(*b),
            ast::LitKind::Char(c) => LitKind::Char(*c),
            ast::LitKind::Int(v, t) => LitKind::Int(
                *v,
                match t {
                    ast::LitIntType::Signed(i) => LitIntType::Signed(*i),
                    ast::LitIntType::Unsigned(u) => LitIntType::Unsigned(*u),
                    ast::LitIntType::Unsuffixed => LitIntType::Unsuffixed,
                },
            ),
            ast::LitKind::Float(s, t) => LitKind::Float(
                *s,
                match t {
                    ast::LitFloatType::Suffixed(f) => Some(*f),
                    ast::LitFloatType::Unsuffixed => None,
                },
            ),
            ast::LitKind::Bool(b) => LitKind::Bool(*b),
            ast::LitKind::Err => LitKind::Err(Self::reported()),
        };
        Lit { kind, span: l.span }
    }

    /* ------------------------------------------------------------ blocks */

    pub fn lower_block(&mut self, b: &ast::Block, targeted_by_break: bool) -> Block {
        let mut stmts = Vec::new();
        let mut expr = None;
        let n = b.stmts.len();
        for (i, s) in b.stmts.iter().enumerate() {
            match &s.kind {
                ast::StmtKind::Let(local) => {
                    let ty = local.ty.as_ref().map(|t| self.lower_ty(t));
                    let (init, els) = match &local.kind {
                        ast::LocalKind::Decl => (None, None),
                        ast::LocalKind::Init(e) => (Some(self.lower_expr(e)), None),
                        ast::LocalKind::InitElse(e, els) => {
                            let init = self.lower_expr(e);
                            (Some(init), Some(self.lower_block(els, false)))
                        }
                    };
                    let pat = self.lower_pat(&local.pat);
                    self.lower_lint_attrs(LintNode::Pat(pat), &local.attrs);
                    stmts.push(Stmt {
                        kind: StmtKind::Let(Box::new(LetStmt {
                            pat,
                            ty,
                            init,
                            els,
                            span: local.span,
                        })),
                        span: s.span,
                    });
                }
                ast::StmtKind::Item(item) => {
                    if let Some(def) = self.lower_item_nested(item) {
                        stmts.push(Stmt {
                            kind: StmtKind::Item(def),
                            span: s.span,
                        });
                    }
                }
                ast::StmtKind::Expr(e) => {
                    let id = self.lower_expr(e);
                    if i + 1 == n {
                        expr = Some(id);
                    } else {
                        stmts.push(Stmt {
                            kind: StmtKind::Expr(id),
                            span: s.span,
                        });
                    }
                }
                ast::StmtKind::Semi(e) => {
                    let id = self.lower_expr(e);
                    stmts.push(Stmt {
                        kind: StmtKind::Semi(id),
                        span: s.span,
                    });
                }
                ast::StmtKind::Empty => {}
                ast::StmtKind::MacCall(_) => {
                    self.sess
                        .dcx
                        .bug(s.span, "a macro statement survived expansion");
                }
            }
        }
        Block {
            stmts,
            expr,
            unsafe_: b.rules == ast::BlockCheckMode::Unsafe,
            span: b.span,
            targeted_by_break,
        }
    }

    /// An item inside a block: lowered as an owner of its own, outside the current body.
    fn lower_item_nested(&mut self, item: &ast::Item) -> Option<crate::DefId> {
        let prev_self = self.self_res.take();
        let d = self.lower_item(item);
        self.self_res = prev_self;
        d
    }

    fn lower_block_expr(&mut self, b: &ast::Block) -> ExprId {
        let block = self.lower_block(b, false);
        self.alloc_expr(ExprKind::Block(Box::new(block), None), b.span)
    }

    fn lower_arm(&mut self, a: &ast::Arm) -> Arm {
        let pat = self.lower_pat(&a.pat);
        self.lower_lint_attrs(LintNode::Pat(pat), &a.attrs);
        let guard = a.guard.as_ref().map(|g| self.lower_expr(g));
        let body = match &a.body {
            Some(b) => self.lower_expr(b),
            None => {
                let e = self
                    .sess
                    .dcx
                    .struct_err(a.span, "`!` patterns are experimental")
                    .code("E0658")
                    .emit();
                self.alloc_expr(ExprKind::Err(e), a.span)
            }
        };
        Arm {
            pat,
            guard,
            body,
            span: a.span,
        }
    }

    fn lower_closure(&mut self, e: &ast::Expr, c: &ast::Closure) -> ExprId {
        let def_id = self.expect_def(e.id, e.span);
        if c.asyncness {
            let err = self.unsupported(e.span, "`async` closures");
            return self.alloc_expr(ExprKind::Err(err), e.span);
        }
        let params: Vec<Param> = c
            .fn_decl
            .inputs
            .iter()
            .map(|p| Param {
                pat: self.lower_pat(&p.pat),
                span: p.span,
            })
            .collect();
        let param_tys = c
            .fn_decl
            .inputs
            .iter()
            .map(|p| {
                if matches!(p.ty.kind, ast::TyKind::Infer) {
                    None
                } else {
                    Some(self.lower_ty(&p.ty))
                }
            })
            .collect();
        let ret_ty = match &c.fn_decl.output {
            ast::FnRetTy::Ty(t) => Some(self.lower_ty(t)),
            ast::FnRetTy::Default(_) => None,
        };
        let body = self.lower_expr(&c.body);
        let id = self.alloc_expr(
            ExprKind::Closure(Box::new(Closure {
                def_id,
                capture_by_move: matches!(c.capture_clause, ast::CaptureBy::Value(_)),
                params,
                param_tys,
                ret_ty,
                body,
                fn_decl_span: c.fn_decl_span,
            })),
            e.span,
        );
        self.out
            .nested_bodies
            .insert(def_id.index, (self.current_owner, id));
        id
    }

    /* ------------------------------------------------------------ desugarings */

    /// `while cond { body }` becomes `loop { if cond { body } else { break } }`.
    fn lower_while(
        &mut self,
        e: &ast::Expr,
        cond: &ast::Expr,
        body: &ast::Block,
        label: Option<&ast::Label>,
    ) -> ExprId {
        let loop_id = self.reserve_expr(e.span);
        self.node_to_expr.insert(e.id, loop_id);
        let cond = self.lower_expr(cond);
        let then = self.lower_block_expr(body);
        let span = self.body.exprs[cond].span;
        let brk = self.alloc_expr(
            ExprKind::Break(
                Destination {
                    label: None,
                    target: Ok(loop_id),
                },
                None,
            ),
            span,
        );
        let els = self.alloc_expr(
            ExprKind::Block(
                Box::new(Block {
                    stmts: Vec::new(),
                    expr: Some(brk),
                    unsafe_: false,
                    span,
                    targeted_by_break: false,
                }),
                None,
            ),
            span,
        );
        let if_expr = self.alloc_expr(ExprKind::If(cond, then, Some(els)), e.span);
        let block = Block {
            stmts: Vec::new(),
            expr: Some(if_expr),
            unsafe_: false,
            span: e.span,
            targeted_by_break: false,
        };
        let label = label.map(|l| Label { ident: l.ident });
        self.set_expr(
            loop_id,
            ExprKind::Loop(
                Box::new(block),
                label,
                LoopSource::While,
                e.span.sub(0, 5.min(e.span.len())),
            ),
        );
        loop_id
    }

    /// ```text
    /// for pat in iter { body }
    /// ```
    /// becomes
    /// ```text
    /// match IntoIterator::into_iter(iter) {
    ///     mut iter => loop {
    ///         match Iterator::next(&mut iter) {
    ///             None => break,
    ///             Some(pat) => { body }
    ///         }
    ///     }
    /// }
    /// ```
    fn lower_for(
        &mut self,
        e: &ast::Expr,
        pat: &ast::Pat,
        iter: &ast::Expr,
        body: &ast::Block,
        label: Option<&ast::Label>,
    ) -> ExprId {
        let head = self.lower_expr(iter);
        let head_span = self.body.exprs[head].span;
        let pat_span = pat.span;
        // `mut iter`, the iterator variable.
        let iter_pat = self.alloc_pat(PatKind::Wild, head_span);
        let iter_ident = Ident::new(self.sess.intern("iter"), head_span);
        self.body.pats[iter_pat].kind = PatKind::Binding(
            BindingMode(ByRef::No, ast::Mutability::Mut),
            iter_pat,
            iter_ident,
            None,
        );

        let loop_id = self.reserve_expr(e.span);
        self.node_to_expr.insert(e.id, loop_id);

        // `Iterator::next(&mut iter)`
        let next_fn = self.lang_path_expr(LangItem::IteratorNext, head_span);
        let iter_ref = self.local_path_expr(iter_pat, iter_ident, head_span);
        let borrow = self.alloc_expr(
            ExprKind::AddrOf(ast::BorrowKind::Ref, ast::Mutability::Mut, iter_ref),
            head_span,
        );
        let next_call = self.alloc_expr(ExprKind::Call(next_fn, vec![borrow]), head_span);

        // `None => break`
        let none_qpath = self.lang_qpath(LangItem::OptionNone, pat_span, true);
        let none_pat = self.alloc_pat(PatKind::Path(none_qpath), pat_span);
        let brk = self.alloc_expr(
            ExprKind::Break(
                Destination {
                    label: None,
                    target: Ok(loop_id),
                },
                None,
            ),
            e.span,
        );
        let none_arm = Arm {
            pat: none_pat,
            guard: None,
            body: brk,
            span: pat_span,
        };

        // `Some(pat) => body`
        let user_pat = self.lower_pat(pat);
        let some_qpath = self.lang_qpath(LangItem::OptionSome, pat_span, true);
        let some_pat = self.alloc_pat(
            PatKind::TupleStruct(some_qpath, vec![user_pat], None),
            pat_span,
        );
        let body_expr = self.lower_block_expr(body);
        let some_arm = Arm {
            pat: some_pat,
            guard: None,
            body: body_expr,
            span: body.span,
        };

        let inner_match = self.alloc_expr(
            ExprKind::Match(
                next_call,
                vec![none_arm, some_arm],
                MatchSource::ForLoopDesugar,
            ),
            head_span,
        );
        let loop_block = Block {
            stmts: vec![Stmt {
                kind: StmtKind::Expr(inner_match),
                span: head_span,
            }],
            expr: None,
            unsafe_: false,
            span: body.span,
            targeted_by_break: false,
        };
        let label = label.map(|l| Label { ident: l.ident });
        self.set_expr(
            loop_id,
            ExprKind::Loop(
                Box::new(loop_block),
                label,
                LoopSource::ForLoop,
                e.span.sub(0, 3.min(e.span.len())),
            ),
        );

        // `IntoIterator::into_iter(head)`
        let into_iter_fn = self.lang_path_expr(LangItem::IntoIterIntoIter, head_span);
        let into_iter_call = self.alloc_expr(ExprKind::Call(into_iter_fn, vec![head]), head_span);
        let arm = Arm {
            pat: iter_pat,
            guard: None,
            body: loop_id,
            span: e.span,
        };
        let outer = self.alloc_expr(
            ExprKind::Match(into_iter_call, vec![arm], MatchSource::ForLoopDesugar),
            e.span,
        );
        self.alloc_expr(ExprKind::DropTemps(outer), e.span)
    }

    /// A path expression naming a local variable.
    pub fn local_path_expr(&mut self, var: PatId, ident: Ident, span: Span) -> ExprId {
        let res = Res::Local(var);
        let path = Path {
            span,
            res,
            segments: vec![PathSegment::new(ident, res)],
        };
        self.alloc_expr(ExprKind::Path(QPath::Resolved(None, Box::new(path))), span)
    }

    /// A binding pattern `name` (immutable), its own variable.
    pub fn binding_pat(&mut self, name: &str, span: Span) -> (PatId, Ident) {
        let ident = Ident::new(self.sess.intern(name), span);
        let id = self.alloc_pat(PatKind::Wild, span);
        self.body.pats[id].kind = PatKind::Binding(
            BindingMode(ByRef::No, ast::Mutability::Not),
            id,
            ident,
            None,
        );
        (id, ident)
    }

    /// ```text
    /// expr?
    /// ```
    /// becomes
    /// ```text
    /// match Try::branch(expr) {
    ///     ControlFlow::Continue(val) => val,
    ///     ControlFlow::Break(residual) => return FromResidual::from_residual(residual),
    /// }
    /// ```
    fn lower_try(&mut self, e: &ast::Expr, inner: &ast::Expr) -> ExprId {
        let operand = self.lower_expr(inner);
        let span = e.span;
        let q_span = span.sub(span.len().saturating_sub(1), span.len());
        let branch_fn = self.lang_path_expr(LangItem::TryTraitBranch, q_span);
        let scrut = self.alloc_expr(ExprKind::Call(branch_fn, vec![operand]), span);

        let (val_pat, val_ident) = self.binding_pat("val", span);
        let cont_qpath = self.lang_qpath(LangItem::ControlFlowContinue, span, true);
        let cont_pat = self.alloc_pat(PatKind::TupleStruct(cont_qpath, vec![val_pat], None), span);
        let val = self.local_path_expr(val_pat, val_ident, span);
        let cont_arm = Arm {
            pat: cont_pat,
            guard: None,
            body: val,
            span,
        };

        let (res_pat, res_ident) = self.binding_pat("residual", q_span);
        let brk_qpath = self.lang_qpath(LangItem::ControlFlowBreak, q_span, true);
        let brk_pat = self.alloc_pat(PatKind::TupleStruct(brk_qpath, vec![res_pat], None), q_span);
        let from_residual = self.lang_path_expr(LangItem::TryTraitFromResidual, q_span);
        let residual = self.local_path_expr(res_pat, res_ident, q_span);
        let call = self.alloc_expr(ExprKind::Call(from_residual, vec![residual]), q_span);
        let ret = self.alloc_expr(ExprKind::Ret(Some(call)), q_span);
        let brk_arm = Arm {
            pat: brk_pat,
            guard: None,
            body: ret,
            span: q_span,
        };

        self.alloc_expr(
            ExprKind::Match(scrut, vec![cont_arm, brk_arm], MatchSource::TryDesugar),
            span,
        )
    }

    /// Ranges become library structs: `a..b` is `Range { start: a, end: b }`, `a..=b` is
    /// `RangeInclusive::new(a, b)`.
    fn lower_range(
        &mut self,
        e: &ast::Expr,
        lo: Option<&ast::Expr>,
        hi: Option<&ast::Expr>,
        limits: ast::RangeLimits,
    ) -> ExprId {
        let span = e.span;
        let lo_id = lo.map(|x| self.lower_expr(x));
        let hi_id = hi.map(|x| self.lower_expr(x));
        let item = match (lo_id.is_some(), hi_id.is_some(), limits) {
            (true, true, ast::RangeLimits::Closed) => {
                let f = self.lang_path_expr(LangItem::RangeInclusiveNew, span);
                let args = vec![lo_id.unwrap_or(f), hi_id.unwrap_or(f)];
                return self.alloc_expr(ExprKind::Call(f, args), span);
            }
            (false, false, ast::RangeLimits::HalfOpen) => {
                return self.lang_path_expr(LangItem::RangeFull, span)
            }
            (true, true, ast::RangeLimits::HalfOpen) => LangItem::Range,
            (true, false, ast::RangeLimits::HalfOpen) => LangItem::RangeFrom,
            (false, true, ast::RangeLimits::HalfOpen) => LangItem::RangeTo,
            (false, true, ast::RangeLimits::Closed) => LangItem::RangeToInclusive,
            (_, false, ast::RangeLimits::Closed) => {
                // The parser reports `a..=` without an end.
                return self.alloc_expr(ExprKind::Err(Self::reported()), span);
            }
        };
        let mut fields = Vec::new();
        if let Some(lo) = lo_id {
            let sp = self.body.exprs[lo].span;
            fields.push(ExprField {
                ident: Ident::new(self.sess.intern("start"), sp),
                expr: lo,
                span: sp,
                is_shorthand: false,
            });
        }
        if let Some(hi) = hi_id {
            let sp = self.body.exprs[hi].span;
            fields.push(ExprField {
                ident: Ident::new(self.sess.intern("end"), sp),
                expr: hi,
                span: sp,
                is_shorthand: false,
            });
        }
        self.alloc_expr(
            ExprKind::Struct(
                Box::new(QPath::LangItem(item, span)),
                fields,
                StructTail::None,
            ),
            span,
        )
    }

    /* ------------------------------------------------------------ assignment */

    fn lower_assign(
        &mut self,
        e: &ast::Expr,
        lhs: &ast::Expr,
        rhs: &ast::Expr,
        eq_span: Span,
    ) -> ExprId {
        if !Self::is_destructuring_lhs(lhs) {
            let l = self.lower_expr(lhs);
            let r = self.lower_expr(rhs);
            return self.alloc_expr(ExprKind::Assign(l, r, eq_span), e.span);
        }
        // `(a, b) = rhs` becomes `{ let (lhs0, lhs1) = rhs; a = lhs0; b = lhs1; }`.
        let rhs_id = self.lower_expr(rhs);
        let mut assigns = Vec::new();
        let pat = self.destructure_pat(lhs, eq_span, &mut assigns);
        let mut stmts = vec![Stmt {
            kind: StmtKind::Let(Box::new(LetStmt {
                pat,
                ty: None,
                init: Some(rhs_id),
                els: None,
                span: e.span,
            })),
            span: e.span,
        }];
        for a in assigns {
            let span = self.body.exprs[a].span;
            stmts.push(Stmt {
                kind: StmtKind::Semi(a),
                span,
            });
        }
        let block = Block {
            stmts,
            expr: None,
            unsafe_: false,
            span: e.span,
            targeted_by_break: false,
        };
        self.alloc_expr(ExprKind::Block(Box::new(block), None), e.span)
    }

    fn is_destructuring_lhs(lhs: &ast::Expr) -> bool {
        match &lhs.kind {
            ast::ExprKind::Tup(_)
            | ast::ExprKind::Array(_)
            | ast::ExprKind::Underscore
            | ast::ExprKind::Struct(_) => true,
            ast::ExprKind::Call(f, _) => matches!(f.kind, ast::ExprKind::Path(..)),
            // `(..) = e`: a tuple pattern with only a rest.
            ast::ExprKind::Paren(inner) => {
                matches!(
                    inner.kind,
                    ast::ExprKind::Range(None, None, ast::RangeLimits::HalfOpen)
                ) || Self::is_destructuring_lhs(inner)
            }
            _ => false,
        }
    }

    /// The pattern for a destructuring assignment's left-hand side; each place assigned gets
    /// a fresh variable and an assignment in `assigns`.
    fn destructure_pat(
        &mut self,
        lhs: &ast::Expr,
        eq_span: Span,
        assigns: &mut Vec<ExprId>,
    ) -> PatId {
        let span = lhs.span;
        let kind = match &lhs.kind {
            ast::ExprKind::Underscore => PatKind::Wild,
            ast::ExprKind::Paren(inner) => {
                // `(..)`, as in patterns, is a tuple of any length.
                if let ast::ExprKind::Range(None, None, ast::RangeLimits::HalfOpen) = inner.kind {
                    PatKind::Tuple(Vec::new(), Some(0))
                } else {
                    return self.destructure_pat(inner, eq_span, assigns);
                }
            }
            ast::ExprKind::Tup(es) => {
                let (pats, rest) = self.destructure_seq(es, eq_span, assigns);
                PatKind::Tuple(pats, rest)
            }
            ast::ExprKind::Array(es) => {
                let mut before = Vec::new();
                let mut rest = None;
                let mut after = Vec::new();
                for el in es {
                    if let ast::ExprKind::Range(None, None, ast::RangeLimits::HalfOpen) = el.kind {
                        if rest.is_none() {
                            rest = Some(self.alloc_pat(PatKind::Wild, el.span));
                            continue;
                        }
                    }
                    let p = self.destructure_pat(el, eq_span, assigns);
                    if rest.is_some() {
                        after.push(p);
                    } else {
                        before.push(p);
                    }
                }
                PatKind::Slice(before, rest, after)
            }
            ast::ExprKind::Call(f, args) => {
                if let ast::ExprKind::Path(qself, path) = &f.kind {
                    let qpath = self.lower_qpath(f.id, qself.as_deref(), path);
                    let (pats, rest) = self.destructure_seq(args, eq_span, assigns);
                    PatKind::TupleStruct(qpath, pats, rest)
                } else {
                    return self.destructure_place(lhs, eq_span, assigns);
                }
            }
            ast::ExprKind::Struct(se) => {
                let qpath = self.lower_qpath(lhs.id, se.qself.as_deref(), &se.path);
                let fields = se
                    .fields
                    .iter()
                    .map(|f| PatField {
                        ident: f.ident,
                        pat: self.destructure_pat(&f.expr, eq_span, assigns),
                        is_shorthand: false,
                        span: f.span,
                    })
                    .collect();
                let has_rest = match &se.rest {
                    ast::StructRest::Rest(_) => true,
                    ast::StructRest::None => false,
                    ast::StructRest::Base(b) => {
                        let e = self
                            .sess
                            .dcx
                            .struct_err(b.span, "functional record updates are not allowed in destructuring assignments")
                            .span_suggestion(b.span, "consider removing the trailing pattern", "")
                            .emit();
                        return self.alloc_pat(PatKind::Err(e), span);
                    }
                };
                PatKind::Struct(qpath, fields, has_rest)
            }
            _ => return self.destructure_place(lhs, eq_span, assigns),
        };
        self.alloc_pat(kind, span)
    }

    fn destructure_seq(
        &mut self,
        es: &[ast::P<ast::Expr>],
        eq_span: Span,
        assigns: &mut Vec<ExprId>,
    ) -> (Vec<PatId>, Option<usize>) {
        let mut pats = Vec::new();
        let mut rest = None;
        for el in es {
            if let ast::ExprKind::Range(None, None, ast::RangeLimits::HalfOpen) = el.kind {
                if rest.is_none() {
                    rest = Some(pats.len());
                    continue;
                }
            }
            pats.push(self.destructure_pat(el, eq_span, assigns));
        }
        (pats, rest)
    }

    /// A place on the left of a destructuring assignment: `let`-bound as `lhs`, then assigned.
    fn destructure_place(
        &mut self,
        place: &ast::Expr,
        eq_span: Span,
        assigns: &mut Vec<ExprId>,
    ) -> PatId {
        let span = place.span;
        let (var, ident) = self.binding_pat("lhs", span);
        let target = self.lower_expr(place);
        let value = self.local_path_expr(var, ident, span);
        assigns.push(self.alloc_expr(ExprKind::Assign(target, value, eq_span), span));
        var
    }
}

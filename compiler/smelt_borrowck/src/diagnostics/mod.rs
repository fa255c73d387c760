//! Building borrow checking's errors: describing places as the user wrote them, finding the
//! source spans MIR does not keep (call arguments, the end of a variable's scope), and the
//! notes rustc attaches.

mod conflict_errors;
mod explain_borrow;
mod move_errors;
mod mutability_errors;

use std::rc::Rc;

use rustc_hash::FxHashMap;
use smelt_errors::{Diagnostic, Level, SpanLabel, SubDiagnostic, Suggestion};
use smelt_hir::{self as hir, DefId, ExprId, ExprKind, PatId, StmtKind};
use smelt_mir::*;
use smelt_mir_dataflow::Location;
use smelt_span::{IndexVec, Span};
use smelt_ty::{Ty, TyCtxt, TyKind};

use crate::MirBorrowckCtxt;

/// A diagnostic under construction, kept as data until the body is done (errors are
/// emitted sorted by span).
pub struct Err(pub Diagnostic);

impl Err {
    pub fn new(span: Span, code: &'static str, message: impl Into<String>) -> Err {
        let mut d = Diagnostic::new(Level::Error, message);
        d.code = Some(code);
        d.spans.push(SpanLabel {
            span,
            label: None,
            primary: true,
        });
        Err(d)
    }

    /// Labels the primary span if `span` is it, else adds a secondary label.
    pub fn label(&mut self, span: Span, label: impl Into<String>) -> &mut Self {
        let label = Some(label.into());
        if let Some(existing) = self
            .0
            .spans
            .iter_mut()
            .find(|l| l.span == span && l.label.is_none())
        {
            existing.label = label;
        } else {
            self.0.spans.push(SpanLabel {
                span,
                label,
                primary: false,
            });
        }
        self
    }

    pub fn note(&mut self, message: impl Into<String>) -> &mut Self {
        self.0.children.push(SubDiagnostic {
            level: Level::Note,
            message: message.into(),
            spans: Vec::new(),
        });
        self
    }

    pub fn help(&mut self, message: impl Into<String>) -> &mut Self {
        self.0.children.push(SubDiagnostic {
            level: Level::Help,
            message: message.into(),
            spans: Vec::new(),
        });
        self
    }

    /// A note with its own snippet: the first span is primary, the labels are secondary
    /// (a label on the primary span labels it).
    pub fn span_note(
        &mut self,
        primary: Span,
        labels: Vec<(Span, String)>,
        message: impl Into<String>,
    ) -> &mut Self {
        self.sub_with_spans(Level::Note, primary, labels, message)
    }

    pub fn span_help(
        &mut self,
        primary: Span,
        labels: Vec<(Span, String)>,
        message: impl Into<String>,
    ) -> &mut Self {
        self.sub_with_spans(Level::Help, primary, labels, message)
    }

    fn sub_with_spans(
        &mut self,
        level: Level,
        primary: Span,
        labels: Vec<(Span, String)>,
        message: impl Into<String>,
    ) -> &mut Self {
        let mut spans = vec![SpanLabel {
            span: primary,
            label: None,
            primary: true,
        }];
        for (span, label) in labels {
            if span == primary && spans[0].label.is_none() {
                spans[0].label = Some(label);
            } else {
                spans.push(SpanLabel {
                    span,
                    label: Some(label),
                    primary: false,
                });
            }
        }
        self.0.children.push(SubDiagnostic {
            level,
            message: message.into(),
            spans,
        });
        self
    }

    pub fn suggestion(
        &mut self,
        span: Span,
        message: impl Into<String>,
        replacement: impl Into<String>,
    ) -> &mut Self {
        self.0.suggestions.push(Suggestion {
            message: message.into(),
            span,
            replacement: replacement.into(),
        });
        self
    }

    pub fn primary_span(&self) -> Option<Span> {
        self.0.primary_span()
    }
}

/// The HIR of the body being checked, indexed for finding expressions by span.
pub struct HirInfo {
    pub body: Rc<hir::Body>,
    pub by_span: FxHashMap<Span, Vec<ExprId>>,
    pub parent: IndexVec<ExprId, Option<ExprId>>,
}

impl HirInfo {
    pub fn new(tcx: &TyCtxt, def: DefId) -> Option<HirInfo> {
        let (body, _) = tcx.hir.body(def)?;
        let mut by_span: FxHashMap<Span, Vec<ExprId>> = FxHashMap::default();
        let mut parent: IndexVec<ExprId, Option<ExprId>> =
            IndexVec::from_elem_n(None, body.exprs.len());
        for (id, e) in body.exprs.iter_enumerated() {
            by_span.entry(e.span).or_default().push(id);
            for child in expr_children(&body, id) {
                if child.as_usize() < parent.len() {
                    parent[child] = Some(id);
                }
            }
        }
        Some(HirInfo {
            body,
            by_span,
            parent,
        })
    }

    pub fn expr(&self, id: ExprId) -> &hir::Expr {
        &self.body.exprs[id]
    }

    /// The expressions whose span is exactly `span`, outermost first.
    pub fn exprs_at(&self, span: Span) -> Vec<ExprId> {
        let mut v = self.by_span.get(&span).cloned().unwrap_or_default();
        v.sort_by_key(|e| self.depth(*e));
        v
    }

    fn depth(&self, mut e: ExprId) -> usize {
        let mut d = 0;
        while let Some(p) = self.parent[e] {
            e = p;
            d += 1;
        }
        d
    }

    pub fn parents(&self, e: ExprId) -> impl Iterator<Item = ExprId> + '_ {
        let mut cur = self.parent[e];
        std::iter::from_fn(move || {
            let e = cur?;
            cur = self.parent[e];
            Some(e)
        })
    }

    /// The block whose statements declare the binding pattern `pat`, if any.
    pub fn block_declaring(&self, pat_span: Span) -> Option<(ExprId, &hir::Block)> {
        let mut best: Option<(ExprId, &hir::Block)> = None;
        for (id, e) in self.body.exprs.iter_enumerated() {
            let ExprKind::Block(block, _) = &e.kind else {
                continue;
            };
            let declares = block.stmts.iter().any(|s| match &s.kind {
                StmtKind::Let(l) => self.body.pats[l.pat].span.contains(pat_span),
                _ => false,
            });
            if declares && best.is_none_or(|(_, b)| b.span.contains(block.span)) {
                best = Some((id, block));
            }
        }
        best
    }

    /// The `let` statement whose pattern contains `pat_span`.
    pub fn let_declaring(&self, pat_span: Span) -> Option<&hir::LetStmt> {
        for e in self.body.exprs.iter() {
            let ExprKind::Block(block, _) = &e.kind else {
                continue;
            };
            for s in &block.stmts {
                if let StmtKind::Let(l) = &s.kind {
                    if self.body.pats[l.pat].span.contains(pat_span) {
                        return Some(l);
                    }
                }
            }
        }
        None
    }

    pub fn pat(&self, id: PatId) -> &hir::Pat {
        &self.body.pats[id]
    }
}

/// The direct subexpressions of an expression.
fn expr_children(body: &hir::Body, id: ExprId) -> Vec<ExprId> {
    let mut out = Vec::new();
    let block_children = |b: &hir::Block, out: &mut Vec<ExprId>| {
        for s in &b.stmts {
            match &s.kind {
                StmtKind::Let(l) => {
                    out.extend(l.init);
                    if let Some(els) = &l.els {
                        for s in &els.stmts {
                            if let StmtKind::Expr(e) | StmtKind::Semi(e) = &s.kind {
                                out.push(*e);
                            }
                        }
                        out.extend(els.expr);
                    }
                }
                StmtKind::Expr(e) | StmtKind::Semi(e) => out.push(*e),
                StmtKind::Item(_) => {}
            }
        }
        out.extend(b.expr);
    };
    match &body.exprs[id].kind {
        ExprKind::Array(es) | ExprKind::Tup(es) => out.extend(es.iter().copied()),
        ExprKind::Call(f, args) => {
            out.push(*f);
            out.extend(args.iter().copied());
        }
        ExprKind::MethodCall(_, r, args, _) => {
            out.push(*r);
            out.extend(args.iter().copied());
        }
        ExprKind::Binary(_, a, b)
        | ExprKind::Assign(a, b, _)
        | ExprKind::AssignOp(_, a, b)
        | ExprKind::Index(a, b, _) => {
            out.push(*a);
            out.push(*b);
        }
        ExprKind::Unary(_, e)
        | ExprKind::Cast(e, _)
        | ExprKind::Field(e, _)
        | ExprKind::AddrOf(_, _, e)
        | ExprKind::DropTemps(e)
        | ExprKind::Repeat(e, _) => out.push(*e),
        ExprKind::Let(l) => out.push(l.init),
        ExprKind::If(c, t, e) => {
            out.push(*c);
            out.push(*t);
            out.extend(*e);
        }
        ExprKind::Loop(b, ..) | ExprKind::Block(b, _) => block_children(b, &mut out),
        ExprKind::Match(s, arms, _) => {
            out.push(*s);
            for a in arms {
                out.extend(a.guard);
                out.push(a.body);
            }
        }
        ExprKind::Closure(c) => out.push(c.body),
        ExprKind::Break(_, e) | ExprKind::Ret(e) => out.extend(*e),
        ExprKind::Struct(_, fields, tail) => {
            out.extend(fields.iter().map(|f| f.expr));
            if let hir::StructTail::Base(b) = tail {
                out.push(*b);
            }
        }
        ExprKind::ConstBlock(_)
        | ExprKind::Lit(_)
        | ExprKind::Path(_)
        | ExprKind::Continue(_)
        | ExprKind::Err(_) => {}
    }
    out
}

/// The receiver and arguments of a call-like expression, in MIR argument order.
pub fn call_operands(body: &hir::Body, id: ExprId) -> Option<Vec<ExprId>> {
    Some(match &body.exprs[id].kind {
        ExprKind::Call(_, args) => args.clone(),
        ExprKind::MethodCall(_, r, args, _) => {
            let mut v = vec![*r];
            v.extend(args.iter().copied());
            v
        }
        ExprKind::Binary(_, a, b) | ExprKind::AssignOp(_, a, b) | ExprKind::Index(a, b, _) => {
            vec![*a, *b]
        }
        ExprKind::Unary(_, e) => vec![*e],
        _ => return None,
    })
}

impl MirBorrowckCtxt<'_> {
    pub fn source_map(&self) -> &smelt_span::SourceMap {
        &self.tcx.sess.source_map
    }

    pub fn local_name(&self, local: Local) -> Option<String> {
        self.local_names[local].map(|s| self.tcx.str(s).to_string())
    }

    pub fn is_user_variable(&self, local: Local) -> bool {
        matches!(self.body.local_decls[local].info, LocalInfo::User { .. })
    }

    pub fn is_arg(&self, local: Local) -> bool {
        local.as_usize() >= 1 && local.as_usize() <= self.body.arg_count
    }

    /// The span a local is declared at: its binding, for user variables.
    pub fn decl_span(&self, local: Local) -> Span {
        let decl = &self.body.local_decls[local];
        if let (Some(hir), LocalInfo::User { pat, .. }) = (&self.hir, &decl.info) {
            if pat.as_usize() < hir.body.pats.len() {
                return hir.pat(*pat).span;
            }
        }
        decl.source_info.span
    }

    pub fn span_of(&self, loc: Location) -> Span {
        let data = &self.body.basic_blocks[loc.block];
        match data.statements.get(loc.statement_index) {
            Some(s) => s.source_info.span,
            None => data.terminator().source_info.span,
        }
    }

    pub fn ty_string(&self, ty: Ty) -> String {
        self.tcx.ty_string(ty)
    }

    pub fn place_ty(&self, place: &Place) -> Ty {
        place.ty(self.body, self.tcx).ty
    }

    /// The place as the user would write it (`x.f`, `*r`, `v[_]`), or `None` for places
    /// rooted in temporaries.
    pub fn describe_place_with_options(
        &self,
        place: &Place,
        including_downcast: bool,
    ) -> Option<String> {
        // A captured variable of a closure is named as the variable.
        let (mut buf, start) = match self.upvar_field(place) {
            Some((i, n)) => (self.tcx.str(self.upvars[i].name).to_string(), n),
            None => (self.local_name(place.local)?, 0),
        };
        let mut autoderef_index: Option<usize> = None;
        for (index, elem) in place.projection.iter().enumerate().skip(start) {
            match elem {
                ProjectionElem::Deref => {
                    let first_non_deref = *autoderef_index.get_or_insert_with(|| {
                        match place.projection[start..].iter().rposition(|e| {
                            !matches!(e, ProjectionElem::Deref | ProjectionElem::Downcast(_))
                        }) {
                            Some(i) => start + i + 1,
                            None => start,
                        }
                    });
                    if index >= first_non_deref {
                        buf.insert(0, '*');
                    }
                }
                ProjectionElem::Downcast(_) if including_downcast => return None,
                ProjectionElem::Downcast(_) => {}
                ProjectionElem::Field(f, _) => {
                    let base = Place {
                        local: place.local,
                        projection: place.projection[..index].to_vec(),
                    };
                    buf.push('.');
                    buf.push_str(&self.describe_field(&base, *f));
                }
                ProjectionElem::Index(l) => {
                    buf.push('[');
                    match self.local_name(*l) {
                        Some(n) => buf.push_str(&n),
                        None => buf.push('_'),
                    }
                    buf.push(']');
                }
                ProjectionElem::ConstantIndex { .. } | ProjectionElem::Subslice { .. } => {
                    buf.push_str("[..]")
                }
            }
        }
        Some(buf)
    }

    pub fn describe_place(&self, place: &Place) -> Option<String> {
        self.describe_place_with_options(place, false)
    }

    /// `` `x.f` ``, or `value` for places without a user-visible name.
    pub fn describe_any_place(&self, place: &Place) -> String {
        match self.describe_place(place) {
            Some(d) => format!("`{d}`"),
            None => "value".to_string(),
        }
    }

    fn describe_field(&self, base: &Place, field: smelt_ty::FieldIdx) -> String {
        let pt = base.ty(self.body, self.tcx);
        let mut ty = pt.ty;
        while let TyKind::Ref(_, t, _) | TyKind::RawPtr(t, _) = self.tcx.kind(ty) {
            ty = t;
        }
        match self.tcx.kind(ty) {
            TyKind::Adt(def, _) => {
                let adt = self.tcx.adt_def(def);
                let variant = match pt.variant {
                    Some(v) => &adt.variants[v],
                    None => &adt.variants[smelt_ty::VariantIdx::from_u32(0)],
                };
                match variant.fields.get(field) {
                    Some(f) => self.tcx.str(f.name).to_string(),
                    None => field.as_usize().to_string(),
                }
            }
            _ => field.as_usize().to_string(),
        }
    }

    /// The span of argument `index` of the call ending block `loc` (MIR keeps only the
    /// call's span; the HIR call with that span has the arguments).
    pub fn call_arg_span(&self, loc: Location, index: usize) -> Option<Span> {
        let hir = self.hir.as_ref()?;
        let term = self.body.basic_blocks[loc.block].terminator.as_ref()?;
        let TerminatorKind::Call { args, .. } = &term.kind else {
            return None;
        };
        for e in hir.exprs_at(term.source_info.span) {
            let Some(ops) = call_operands(&hir.body, e) else {
                continue;
            };
            if ops.len() != args.len() {
                // A call through the `Fn*` traits: the callee, then the arguments' tuple.
                if let ExprKind::Call(callee, _) = &hir.expr(e).kind {
                    if args.len() == 2 {
                        return Some(if index == 0 {
                            hir.expr(*callee).span
                        } else {
                            term.source_info.span
                        });
                    }
                }
                continue;
            }
            return ops.get(index).map(|op| hir.expr(*op).span);
        }
        None
    }

    /// Whether the call ending `loc`'s block is `FnOnce::call_once` (a call of a closure
    /// that consumes it).
    pub fn is_fn_once_call(&self, loc: Location) -> bool {
        let data = &self.body.basic_blocks[loc.block];
        if loc.statement_index != data.statements.len() {
            return false;
        }
        let Some(Terminator {
            kind: TerminatorKind::Call { func, .. },
            ..
        }) = &data.terminator
        else {
            return false;
        };
        let TyKind::FnDef(def, _) = self.tcx.kind(func.ty(self.body, self.tcx)) else {
            return false;
        };
        let fn_once = self.tcx.lang_item(smelt_hir::LangItem::FnOnce);
        fn_once.is_some() && self.tcx.trait_of_item(def) == fn_once
    }

    /// For a closure type: the captured variable it moves out of (what makes it `FnOnce`)
    /// and where its body uses it.
    pub fn closure_kind_origin(&self, closure_ty: Ty) -> Option<(String, Span)> {
        let TyKind::Closure(def, _) = self.tcx.kind(closure_ty) else {
            return None;
        };
        let hir = self.hir.as_ref()?;
        let upvars = closure_upvars(self.tcx, def);
        let upvar = upvars.iter().find(|u| !u.by_ref)?;
        let body_span = hir.body.exprs.iter().find_map(|e| match &e.kind {
            ExprKind::Closure(c) if c.def_id == def => Some(hir.expr(c.body).span),
            _ => None,
        })?;
        let use_span = hir
            .body
            .exprs
            .iter()
            .filter(|e| body_span.contains(e.span))
            .filter(|e| {
                matches!(&e.kind, ExprKind::Path(hir::QPath::Resolved(_, path)) if path.res == hir::Res::Local(upvar.var))
            })
            .map(|e| e.span)
            .min_by_key(|s| s.lo)?;
        Some((self.tcx.str(upvar.name).to_string(), use_span))
    }

    /// The HIR expression with exactly this span (the outermost one).
    pub fn find_expr(&self, span: Span) -> Option<ExprId> {
        self.hir.as_ref()?.exprs_at(span).into_iter().next()
    }

    /// The span of a use of `place` at `loc`: the argument's span for call arguments.
    pub fn use_span(&self, loc: Location, place: &Place) -> Span {
        let data = &self.body.basic_blocks[loc.block];
        if let Some(s) = data.statements.get(loc.statement_index) {
            return match &s.kind {
                StatementKind::Assign(b) => self.operand_span(s.source_info.span, &b.1, place),
                _ => s.source_info.span,
            };
        }
        let term = data.terminator();
        if let TerminatorKind::Call { args, .. } = &term.kind {
            if let Some(i) = args.iter().position(|a| a.place() == Some(place)) {
                if let Some(span) = self.call_arg_span(loc, i) {
                    return span;
                }
            }
        }
        term.source_info.span
    }

    /// The span of the operand reading `place` in an rvalue whose statement has
    /// `stmt_span`: MIR keeps the span of the whole expression (`x + 1`), the HIR
    /// expression with that span has the operand's (`x`).
    pub fn operand_span(&self, stmt_span: Span, rv: &Rvalue, place: &Place) -> Span {
        let Some(hir) = &self.hir else {
            return stmt_span;
        };
        let position = |ops: &[&Operand]| ops.iter().position(|o| o.place() == Some(place));
        for e in hir.exprs_at(stmt_span) {
            let found = match (&hir.expr(e).kind, rv) {
                (ExprKind::Binary(_, a, b), Rvalue::BinaryOp(_, ops)) => {
                    match position(&[&ops.0, &ops.1]) {
                        Some(0) => Some(*a),
                        Some(_) => Some(*b),
                        None => None,
                    }
                }
                (
                    ExprKind::Unary(_, inner) | ExprKind::Cast(inner, _),
                    Rvalue::UnaryOp(_, op) | Rvalue::Cast(_, op, _),
                ) => (op.place() == Some(place)).then_some(*inner),
                (
                    ExprKind::Tup(elems) | ExprKind::Array(elems) | ExprKind::Call(_, elems),
                    Rvalue::Aggregate(_, ops),
                ) => position(&ops.iter().collect::<Vec<_>>()).and_then(|i| elems.get(i).copied()),
                (ExprKind::Struct(_, fields, _), Rvalue::Aggregate(kind, ops)) => {
                    match (position(&ops.iter().collect::<Vec<_>>()), &**kind) {
                        (Some(i), &AggregateKind::Adt(def, variant, _, _)) => {
                            let adt = self.tcx.adt_def(def);
                            let name = adt
                                .variants
                                .get(variant)
                                .and_then(|v| v.fields.get(smelt_ty::FieldIdx::from_u32(i as u32)))
                                .map(|f| f.name);
                            fields
                                .iter()
                                .find(|f| Some(f.ident.name) == name)
                                .map(|f| f.expr)
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(op) = found {
                return hir.expr(op).span;
            }
        }
        stmt_span
    }

    /// The span rustc gives a loop's head: `loop`, `while cond`, `for pat in iter`.
    pub fn loop_head_span(&self, loop_expr: ExprId) -> Option<Span> {
        let hir = self.hir.as_ref()?;
        let ExprKind::Loop(block, _, source, head) = &hir.expr(loop_expr).kind else {
            return None;
        };
        match source {
            hir::LoopSource::Loop => Some(*head),
            hir::LoopSource::While => match block.expr.map(|e| &hir.expr(e).kind) {
                Some(ExprKind::If(cond, ..)) => Some(head.to(hir.expr(*cond).span)),
                _ => Some(*head),
            },
            hir::LoopSource::ForLoop => {
                // `match IntoIterator::into_iter(iter) { mut iter => loop { .. } }`
                let into_iter = hir
                    .parents(loop_expr)
                    .find_map(|p| match &hir.expr(p).kind {
                        ExprKind::Match(scrut, _, hir::MatchSource::ForLoopDesugar) => Some(*scrut),
                        _ => None,
                    });
                match into_iter.map(|c| &hir.expr(c).kind) {
                    Some(ExprKind::Call(_, args)) if args.len() == 1 => {
                        Some(head.to(hir.expr(args[0]).span))
                    }
                    _ => Some(*head),
                }
            }
        }
    }

    /// When a move at `loc` is the receiver of a method taking `self` by value: the method
    /// call's span from the method name, and the method.
    pub fn method_self_move(&self, loc: Location, place: &Place) -> Option<(Span, DefId)> {
        let term = self.body.basic_blocks[loc.block].terminator.as_ref()?;
        if loc.statement_index != self.body.basic_blocks[loc.block].statements.len() {
            return None;
        }
        let TerminatorKind::Call {
            func,
            args,
            fn_span,
            ..
        } = &term.kind
        else {
            return None;
        };
        if args.first().and_then(|a| a.place()) != Some(place) {
            return None;
        }
        let TyKind::FnDef(def, _) = self.tcx.kind(func.ty(self.body, self.tcx)) else {
            return None;
        };
        let hir = self.hir.as_ref()?;
        let is_method_call = hir
            .exprs_at(term.source_info.span)
            .iter()
            .any(|e| matches!(hir.expr(*e).kind, ExprKind::MethodCall(..)));
        is_method_call.then_some((*fn_span, def))
    }

    /// The span of `self` in a local method's parameters.
    pub fn self_param_span(&self, method: DefId) -> Option<Span> {
        if method.krate != self.tcx.local_crate() {
            return None;
        }
        let (body, _) = self.tcx.hir.body(method)?;
        let param = body.params.first()?;
        Some(body.pats[param.pat].span)
    }

    /// The closing brace of the block where a user variable's scope ends.
    pub fn scope_end_span(&self, local: Local) -> Option<Span> {
        let hir = self.hir.as_ref()?;
        let span = self.decl_span(local);
        let block_span = match hir.block_declaring(span) {
            Some((_, b)) => b.span,
            None => {
                // A parameter or a binding of a `match` arm: the end of the body or arm.
                let value = hir.body.value?;
                let arm = hir.body.exprs.iter().find_map(|e| match &e.kind {
                    ExprKind::Match(_, arms, _) => arms
                        .iter()
                        .find(|a| hir.pat(a.pat).span.contains(span))
                        .map(|a| hir.expr(a.body).span),
                    _ => None,
                });
                arm.unwrap_or(hir.expr(value).span)
            }
        };
        if block_span.hi.0 == 0 {
            return None;
        }
        Some(
            Span::new(smelt_span::BytePos(block_span.hi.0 - 1), block_span.hi)
                .with_ctxt(block_span.ctxt),
        )
    }

    /// Whether `ty` implements `Clone` where the body is.
    pub fn implements_clone(&self, ty: Ty) -> bool {
        let Some(clone) = self.tcx.lang_item(smelt_hir::LangItem::Clone) else {
            return false;
        };
        let param_env = self.tcx.param_env(self.tcx.hir.typeck_root(self.def));
        self.tcx.type_implements_trait(&param_env, ty, clone, &[])
    }

    /// rustc's hint for moves of values that do not implement `Copy`: clone the value, or
    /// make its type `Clone`.
    pub fn suggest_cloning(&self, err: &mut Err, ty: Ty, expr_span: Span) {
        if self.implements_clone(ty) {
            err.suggestion(
                expr_span.shrink_to_hi(),
                "consider cloning the value if the performance cost is acceptable",
                ".clone()",
            );
            return;
        }
        let TyKind::Adt(def, args) = self.tcx.kind(ty) else {
            return;
        };
        if def.krate != self.tcx.local_crate() {
            return;
        }
        let adt = self.tcx.adt_def(def);
        let fields_clone = adt.variants.iter().all(|v| {
            v.fields.iter().all(|f| {
                self.implements_clone(self.tcx.normalize_erasing_regions(f.ty(self.tcx, args)))
            })
        });
        if !fields_clone {
            return;
        }
        let ty_span = self.adt_head_span(def);
        err.span_note(
            ty_span,
            vec![
                (
                    ty_span,
                    "consider implementing `Clone` for this type".to_string(),
                ),
                (expr_span, "you could clone this value".to_string()),
            ],
            format!(
                "if `{}` implemented `Clone`, you could clone the value",
                self.ty_string(ty)
            ),
        );
    }

    /// `struct S` of `struct S { .. }`: rustc's `def_span` of an ADT.
    fn adt_head_span(&self, def: DefId) -> Span {
        let span = self.tcx.def_span(def);
        if let Some(node) = self.tcx.hir.owner(def) {
            let ident = node.ident().span;
            let item = node.span();
            if item.contains(ident) && !ident.is_dummy() {
                // From the keyword, after any attributes and visibility.
                let head = Span::new(item.lo, ident.lo).with_ctxt(item.ctxt);
                let lo = self.source_map().span_to_snippet(head).and_then(|text| {
                    ["struct", "enum", "union"]
                        .iter()
                        .filter_map(|kw| text.rfind(kw))
                        .max()
                        .map(|i| smelt_span::BytePos(item.lo.0 + i as u32))
                });
                return Span::new(lo.unwrap_or(item.lo), ident.hi).with_ctxt(item.ctxt);
            }
        }
        span
    }

    /// For a borrow or move made by creating a closure (a capture): the closure's `|..|`
    /// (with `move`) and the first use of the captured variable in its body.
    pub fn closure_capture_spans(&self, span: Span, captured: Local) -> Option<(Span, Span)> {
        let hir = self.hir.as_ref()?;
        let closure_expr = hir
            .exprs_at(span)
            .into_iter()
            .find(|e| matches!(hir.expr(*e).kind, ExprKind::Closure(_)))?;
        let ExprKind::Closure(closure) = &hir.expr(closure_expr).kind else {
            return None;
        };
        let args_span = Span::new(span.lo, closure.fn_decl_span.hi).with_ctxt(span.ctxt);
        let LocalInfo::User { pat, .. } = self.body.local_decls[captured].info else {
            return Some((args_span, args_span));
        };
        let body_span = hir.expr(closure.body).span;
        let use_span = hir
            .body
            .exprs
            .iter()
            .filter(|e| body_span.contains(e.span))
            .filter(|e| {
                matches!(&e.kind, ExprKind::Path(hir::QPath::Resolved(_, path)) if path.res == hir::Res::Local(pat))
            })
            .map(|e| e.span)
            .min_by_key(|s| s.lo);
        Some((args_span, use_span.unwrap_or(args_span)))
    }

    /// For a place of a closure body reaching a captured variable (`(*_1).i`, and `*(*_1).i`
    /// for a capture by reference): the capture and how many projections reach it.
    pub fn upvar_field(&self, place: &Place) -> Option<(usize, usize)> {
        if !self.is_closure || place.local != Local::from_u32(1) {
            return None;
        }
        let mut n = 0;
        if place.projection.first() == Some(&ProjectionElem::Deref) {
            n = 1;
        }
        let ProjectionElem::Field(f, _) = place.projection.get(n)? else {
            return None;
        };
        let i = f.as_usize();
        let upvar = self.upvars.get(i)?;
        n += 1;
        if upvar.by_ref {
            if place.projection.get(n) != Some(&ProjectionElem::Deref) {
                return None;
            }
            n += 1;
        }
        Some((i, n))
    }
}

/// A variable a closure captures.
pub struct Upvar {
    pub var: PatId,
    pub name: smelt_span::Symbol,
    pub mutable: bool,
    pub by_ref: bool,
}

/// The captures of closure `def`, in the order of its environment's fields.
pub fn closure_upvars(tcx: &TyCtxt, def: DefId) -> Vec<Upvar> {
    let results = tcx.typeck(tcx.hir.typeck_root(def));
    let Some(captures) = results.closure_captures.get(&def) else {
        return Vec::new();
    };
    let Some((body, _)) = tcx.hir.body(def) else {
        return Vec::new();
    };
    captures
        .iter()
        .map(|c| {
            let (name, mutable) = match &body.pats.get(c.var).map(|p| &p.kind) {
                Some(hir::PatKind::Binding(mode, _, ident, _)) => {
                    (ident.name, mode.1 == smelt_ast::Mutability::Mut)
                }
                _ => (smelt_span::kw::Empty, true),
            };
            Upvar {
                var: c.var,
                name,
                mutable,
                by_ref: matches!(c.kind, smelt_ty::typeck_results::CaptureKind::ByRef(_)),
            }
        })
        .collect()
}

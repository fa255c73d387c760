//! Lowering of patterns. A binding's `PatId` names its variable; later alternatives of an
//! or-pattern bind the first alternative's variable.

use smelt_ast as ast;
use smelt_span::Span;

use super::LoweringContext;
use crate::hir::*;

impl LoweringContext<'_> {
    pub fn lower_pat(&mut self, p: &ast::Pat) -> PatId {
        let kind = match &p.kind {
            ast::PatKind::Wild => PatKind::Wild,
            ast::PatKind::Ident(mode, ident, sub) => {
                return self.lower_ident_pat(p, *mode, *ident, sub.as_deref())
            }
            ast::PatKind::Struct(qself, path, fields, rest) => {
                let qpath = self.lower_qpath(p.id, qself.as_deref(), path);
                let fields = fields
                    .iter()
                    .map(|f| PatField {
                        ident: f.ident,
                        pat: self.lower_pat(&f.pat),
                        is_shorthand: f.is_shorthand,
                        span: f.span,
                    })
                    .collect();
                PatKind::Struct(qpath, fields, matches!(rest, ast::PatFieldsRest::Rest(_)))
            }
            ast::PatKind::TupleStruct(qself, path, pats) => {
                let qpath = self.lower_qpath(p.id, qself.as_deref(), path);
                let (pats, rest) = self.lower_pat_tuple(pats, "tuple struct");
                PatKind::TupleStruct(qpath, pats, rest)
            }
            ast::PatKind::Or(alts) => PatKind::Or(alts.iter().map(|a| self.lower_pat(a)).collect()),
            ast::PatKind::Path(qself, path) => {
                PatKind::Path(self.lower_qpath(p.id, qself.as_deref(), path))
            }
            ast::PatKind::Tuple(pats) => {
                let (pats, rest) = self.lower_pat_tuple(pats, "tuple");
                PatKind::Tuple(pats, rest)
            }
            ast::PatKind::Box(inner) => PatKind::Box(self.lower_pat(inner)),
            ast::PatKind::Ref(inner, m) => PatKind::Ref(self.lower_pat(inner), *m),
            ast::PatKind::Lit(e) => PatKind::Lit(self.lower_expr(e)),
            ast::PatKind::Range(lo, hi, end) => {
                let lo = lo.as_ref().map(|e| self.lower_expr(e));
                let hi = hi.as_ref().map(|e| self.lower_expr(e));
                PatKind::Range(lo, hi, *end)
            }
            ast::PatKind::Slice(pats) => self.lower_pat_slice(pats),
            ast::PatKind::Rest => PatKind::Err(self.rest_not_allowed(p.span)),
            ast::PatKind::Paren(inner) => return self.lower_pat(inner),
            ast::PatKind::MacCall(_) => PatKind::Err(
                self.sess
                    .dcx
                    .bug(p.span, "a pattern macro survived expansion"),
            ),
            ast::PatKind::Err => PatKind::Err(Self::reported()),
        };
        self.alloc_pat(kind, p.span)
    }

    fn lower_ident_pat(
        &mut self,
        p: &ast::Pat,
        mode: ast::BindingMode,
        ident: smelt_span::Ident,
        sub: Option<&ast::Pat>,
    ) -> PatId {
        let pr = self.partial_res(p.id);
        match pr.base_res {
            smelt_resolve::def::Res::Local(node) => {
                let id = self.alloc_pat(PatKind::Wild, p.span);
                let canonical = if node == p.id {
                    self.node_to_pat.insert(p.id, id);
                    id
                } else {
                    // A later alternative of an or-pattern: the first alternative's variable.
                    let first = self
                        .resolver
                        .binding_alias
                        .get(&p.id)
                        .copied()
                        .unwrap_or(node);
                    self.node_to_pat
                        .insert(p.id, self.node_to_pat.get(&first).copied().unwrap_or(id));
                    self.node_to_pat.get(&first).copied().unwrap_or(id)
                };
                let sub = sub.map(|s| self.lower_pat(s));
                let ast::BindingMode(by_ref, mutbl) = mode;
                let by_ref = match by_ref {
                    ast::ByRef::Yes(m) => ByRef::Yes(m),
                    ast::ByRef::No => ByRef::No,
                };
                self.body.pats[id].kind =
                    PatKind::Binding(BindingMode(by_ref, mutbl), canonical, ident, sub);
                id
            }
            smelt_resolve::def::Res::Err
                if pr.unresolved_segments == 0
                    && !self.resolver.partial_res.contains_key(&p.id) =>
            {
                // Not seen by the resolver (an error elsewhere stopped it): a wildcard.
                self.alloc_pat(PatKind::Wild, p.span)
            }
            _ => {
                // A unit struct, unit variant or constant named by a bare identifier.
                let path = ast::Path::from_ident(ident);
                let qpath = self.lower_qpath(p.id, None, &path);
                self.alloc_pat(PatKind::Path(qpath), p.span)
            }
        }
    }

    /// The elements of a tuple or tuple struct pattern and the position of `..`.
    fn lower_pat_tuple(
        &mut self,
        pats: &[ast::P<ast::Pat>],
        what: &str,
    ) -> (Vec<PatId>, Option<usize>) {
        let mut out = Vec::new();
        let mut rest: Option<(usize, Span)> = None;
        for p in pats {
            if let ast::PatKind::Rest = p.kind {
                match rest {
                    None => rest = Some((out.len(), p.span)),
                    Some((_, prev)) => {
                        self.sess
                            .dcx
                            .struct_err(
                                p.span,
                                format!("`..` can only be used once per {what} pattern"),
                            )
                            .span_label(p.span, "can only be used once per tuple pattern")
                            .span_label(prev, "previously used here")
                            .emit();
                    }
                }
                continue;
            }
            if let ast::PatKind::Ident(_, ident, Some(sub)) = &p.kind {
                if let ast::PatKind::Rest = sub.kind {
                    self.sess
                        .dcx
                        .struct_err(
                            sub.span,
                            format!(
                                "`{} @` is not allowed in a {what}",
                                self.sess.str(ident.name)
                            ),
                        )
                        .span_label(p.span, "this is only allowed in slice patterns")
                        .help("remove this and bind each tuple field independently")
                        .emit();
                    continue;
                }
            }
            out.push(self.lower_pat(p));
        }
        (out, rest.map(|(i, _)| i))
    }

    fn lower_pat_slice(&mut self, pats: &[ast::P<ast::Pat>]) -> PatKind {
        let mut before = Vec::new();
        let mut slice: Option<(PatId, Span)> = None;
        let mut after = Vec::new();
        for p in pats {
            // `..` or `name @ ..`.
            let rest_pat = match &p.kind {
                ast::PatKind::Rest => Some(self.alloc_pat(PatKind::Wild, p.span)),
                ast::PatKind::Ident(mode, ident, Some(sub))
                    if matches!(sub.kind, ast::PatKind::Rest) =>
                {
                    Some(self.lower_ident_pat(p, *mode, *ident, None))
                }
                _ => None,
            };
            match rest_pat {
                Some(id) => match slice {
                    None => slice = Some((id, p.span)),
                    Some((_, prev)) => {
                        self.sess
                            .dcx
                            .struct_err(p.span, "`..` can only be used once per slice pattern")
                            .span_label(p.span, "can only be used once per slice pattern")
                            .span_label(prev, "previously used here")
                            .emit();
                    }
                },
                None => {
                    let id = self.lower_pat(p);
                    if slice.is_some() {
                        after.push(id);
                    } else {
                        before.push(id);
                    }
                }
            }
        }
        PatKind::Slice(before, slice.map(|(id, _)| id), after)
    }

    fn rest_not_allowed(&self, span: Span) -> smelt_errors::ErrorGuaranteed {
        self.sess
            .dcx
            .struct_err(span, "`..` patterns are not allowed here")
            .note("only allowed in tuple, tuple struct, and slice patterns")
            .emit()
    }
}

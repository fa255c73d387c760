//! Moves out of places that cannot be moved out of (E0507, E0508, E0509), found while
//! gathering move paths.

use smelt_hir::{ExprKind, StmtKind};
use smelt_mir::*;
use smelt_mir_dataflow::{IllegalMoveOriginKind, Location, MoveError};
use smelt_span::Span;
use smelt_ty::TyKind;

use super::Err;
use crate::MirBorrowckCtxt;

/// One reported error: a move out of `original_path` at `span`, and the pattern bindings
/// that moved (empty when the move is not from a pattern).
struct GroupedMoveError {
    original_path: Place,
    span: Span,
    kind: IllegalMoveOriginKind,
    binds_to: Vec<Local>,
    /// The expression matched on, for moves in patterns.
    from_pattern: bool,
}

impl MirBorrowckCtxt<'_> {
    pub fn report_move_errors(&mut self) {
        let mut grouped: Vec<GroupedMoveError> = Vec::new();
        for error in self.move_data.errors.clone() {
            self.append_to_grouped_errors(&mut grouped, error);
        }
        for g in grouped {
            self.report_grouped_move_error(g);
        }
    }

    fn append_to_grouped_errors(&self, grouped: &mut Vec<GroupedMoveError>, error: MoveError) {
        let MoveError {
            place,
            location,
            kind,
        } = error;
        // A pattern binding moving out of the matched place: group by the matched
        // expression.
        if let Some((local, match_span)) = self.binding_move(location, &place) {
            if let Some(g) = grouped
                .iter_mut()
                .find(|g| g.from_pattern && g.span == match_span)
            {
                if !g.binds_to.contains(&local) {
                    g.binds_to.push(local);
                }
                return;
            }
            grouped.push(GroupedMoveError {
                original_path: place,
                span: match_span,
                kind,
                binds_to: vec![local],
                from_pattern: true,
            });
            return;
        }
        let span = self.use_span(location, &place);
        if grouped.iter().any(|g| !g.from_pattern && g.span == span) {
            return;
        }
        grouped.push(GroupedMoveError {
            original_path: place,
            span,
            kind,
            binds_to: Vec::new(),
            from_pattern: false,
        });
    }

    /// If the move at `loc` binds a variable of a destructuring pattern (`let P { a, .. } =
    /// *p;` or a `match` arm), the variable and the span of the matched expression.
    fn binding_move(&self, loc: Location, place: &Place) -> Option<(Local, Span)> {
        let stmt = self.body.basic_blocks[loc.block]
            .statements
            .get(loc.statement_index)?;
        let StatementKind::Assign(b) = &stmt.kind else {
            return None;
        };
        let (lhs, Rvalue::Use(Operand::Move(from))) = &**b else {
            return None;
        };
        if from != place {
            return None;
        }
        let local = lhs.as_local()?;
        let LocalInfo::User { pat, .. } = self.body.local_decls[local].info else {
            return None;
        };
        let hir = self.hir.as_ref()?;
        let pat_span = hir.pat(pat).span;
        for e in hir.body.exprs.iter() {
            match &e.kind {
                ExprKind::Match(scrut, arms, _)
                    if arms.iter().any(|a| hir.pat(a.pat).span.contains(pat_span)) =>
                {
                    return Some((local, hir.expr(*scrut).span));
                }
                ExprKind::Block(block, _) => {
                    for s in &block.stmts {
                        let StmtKind::Let(l) = &s.kind else { continue };
                        let let_pat = hir.pat(l.pat);
                        // `let x = *p;` is a plain move, not a pattern's.
                        if let_pat.span.contains(pat_span) && let_pat.span != pat_span {
                            return l.init.map(|init| (local, hir.expr(init).span));
                        }
                    }
                }
                ExprKind::Let(l) if hir.pat(l.pat).span.contains(pat_span) => {
                    return Some((local, hir.expr(l.init).span));
                }
                _ => {}
            }
        }
        None
    }

    fn report_grouped_move_error(&mut self, g: GroupedMoveError) {
        let span = g.span;
        let mut err = match &g.kind {
            IllegalMoveOriginKind::BorrowedContent { target_place } => {
                self.cannot_move_from_borrowed_content(&g.original_path, target_place, span)
            }
            IllegalMoveOriginKind::InteriorOfTypeWithDestructor { container_ty } => {
                let mut err = Err::new(
                    span,
                    "E0509",
                    format!(
                        "cannot move out of type `{}`, which implements the `Drop` trait",
                        self.ty_string(*container_ty)
                    ),
                );
                err.label(span, "cannot move out of here");
                err
            }
            IllegalMoveOriginKind::InteriorOfSliceOrArray { ty, is_index } => {
                let (code, what) = match self.tcx.kind(*ty) {
                    TyKind::Slice(_) => ("E0508", "a non-copy slice"),
                    _ => ("E0508", "a non-copy array"),
                };
                let _ = is_index;
                let mut err = Err::new(
                    span,
                    code,
                    format!("cannot move out of type `{}`, {what}", self.ty_string(*ty)),
                );
                err.label(span, "cannot move out of here");
                err
            }
        };
        if g.binds_to.is_empty() {
            let ty = self.place_ty(&g.original_path);
            let desc = self.describe_any_place(&g.original_path);
            err.label(span, format!("move occurs because {desc} has type `{}`, which does not implement the `Copy` trait", self.ty_string(ty)));
            self.suggest_deref_or_borrow(&mut err, &g.kind, span);
            self.suggest_cloning(&mut err, ty, span);
        } else {
            for (j, local) in g.binds_to.iter().enumerate() {
                let binding_span = self.decl_span(*local);
                err.label(
                    binding_span,
                    if j == 0 {
                        "data moved here"
                    } else {
                        "...and here"
                    },
                );
                if g.binds_to.len() == 1 {
                    let name = self.local_name(*local).unwrap_or_default();
                    let ty = self.body.local_decls[*local].ty;
                    err.label(
                        binding_span,
                        format!("move occurs because `{name}` has type `{}`, which does not implement the `Copy` trait", self.ty_string(ty)),
                    );
                }
            }
            if g.binds_to.len() > 1 {
                err.note("move occurs because these variables have types that don't implement the `Copy` trait");
            }
            self.suggest_deref_or_borrow(&mut err, &g.kind, span);
        }
        self.buffered.push(err.0);
    }

    /// `*r` where `r` is a reference: suggest `r`; a move out of an array: suggest `&`.
    fn suggest_deref_or_borrow(&self, err: &mut Err, kind: &IllegalMoveOriginKind, span: Span) {
        let Some(hir) = &self.hir else { return };
        let Some(e) = self.find_expr(span) else {
            return;
        };
        match (kind, &hir.expr(e).kind) {
            (
                IllegalMoveOriginKind::BorrowedContent { .. },
                ExprKind::Unary(smelt_ast::UnOp::Deref, inner),
            ) => {
                let inner_span = hir.expr(*inner).span;
                err.suggestion(
                    span.until(inner_span),
                    "consider removing the dereference here",
                    "",
                );
            }
            (IllegalMoveOriginKind::BorrowedContent { .. }, ExprKind::Index(..))
            | (
                IllegalMoveOriginKind::InteriorOfSliceOrArray { .. }
                | IllegalMoveOriginKind::InteriorOfTypeWithDestructor { .. },
                _,
            ) => {
                err.suggestion(span.shrink_to_lo(), "consider borrowing here", "&");
            }
            _ => {}
        }
    }

    fn cannot_move_from_borrowed_content(
        &self,
        move_place: &Place,
        target_place: &Place,
        span: Span,
    ) -> Err {
        let base = Place {
            local: target_place.local,
            projection: target_place.projection[..target_place.projection.len() - 1].to_vec(),
        };
        let base_ty = self.place_ty(&base);
        let pointee = self.place_ty(target_place);
        if matches!(self.tcx.kind(pointee), TyKind::Array(..) | TyKind::Slice(_)) {
            return Err::new(
                span,
                "E0508",
                format!(
                    "cannot move out of type `{}`, a non-copy {}",
                    self.ty_string(pointee),
                    match self.tcx.kind(pointee) {
                        TyKind::Slice(_) => "slice",
                        _ => "array",
                    }
                ),
            );
        }
        // A reference that a call returned: an overloaded `*` or `[]`.
        if let Some(source) = self.overloaded_source(&base) {
            return Err::new(span, "E0507", format!("cannot move out of {source}"));
        }
        let source = match self.tcx.kind(base_ty) {
            TyKind::Ref(_, _, smelt_ast::Mutability::Not) => "shared reference",
            TyKind::Ref(_, _, smelt_ast::Mutability::Mut) => "mutable reference",
            TyKind::RawPtr(..) => "raw pointer",
            _ => "shared reference",
        };
        match self.describe_place(move_place) {
            Some(desc) => Err::new(
                span,
                "E0507",
                format!("cannot move out of `{desc}` which is behind a {source}"),
            ),
            None => Err::new(
                span,
                "E0507",
                format!(
                    "cannot move out of data in a {}",
                    if source == "raw pointer" {
                        "raw pointer"
                    } else {
                        "`&` reference"
                    }
                ),
            ),
        }
    }

    /// For a temporary holding the result of `Index::index` or `Deref::deref`: rustc's
    /// "index of `T`" or "dereference of `T`".
    fn overloaded_source(&self, base: &Place) -> Option<String> {
        let local = base.as_local()?;
        if self.is_user_variable(local) {
            return None;
        }
        for data in self.body.basic_blocks.iter() {
            let Some(Terminator {
                kind:
                    TerminatorKind::Call {
                        func,
                        args,
                        destination,
                        ..
                    },
                ..
            }) = &data.terminator
            else {
                continue;
            };
            if destination.as_local() != Some(local) {
                continue;
            }
            let TyKind::FnDef(def, _) = self.tcx.kind(func.ty(self.body, self.tcx)) else {
                return None;
            };
            let name = self.tcx.str(self.tcx.item_name(def)).to_string();
            let self_ty = args.first().map(|a| a.ty(self.body, self.tcx))?;
            let self_ty = match self.tcx.kind(self_ty) {
                TyKind::Ref(_, t, _) => t,
                _ => self_ty,
            };
            return match name.as_str() {
                "index" | "index_mut" => Some(format!("index of `{}`", self.ty_string(self_ty))),
                "deref" | "deref_mut" => {
                    Some(format!("dereference of `{}`", self.ty_string(self_ty)))
                }
                _ => None,
            };
        }
        None
    }
}

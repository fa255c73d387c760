//! Writes and mutable borrows of places that are not mutable (E0594, E0596), and second
//! assignments to immutable variables (E0384).

use smelt_ast::Mutability;
use smelt_hir::{self as hir, ExprKind};
use smelt_mir::*;
use smelt_mir_dataflow::{InitIndex, InitLocation, Location};
use smelt_span::Span;
use smelt_ty::TyKind;

use super::Err;
use crate::MirBorrowckCtxt;

impl MirBorrowckCtxt<'_> {
    /// E0594/E0596: `access_place` is written (or mutably borrowed, `is_borrow`) but
    /// `the_place_err` is not mutable.
    pub fn report_mutability_error(
        &mut self,
        loc: Location,
        access_place: &Place,
        span: Span,
        the_place_err: &Place,
        is_borrow: bool,
    ) {
        let _ = loc;
        let access_desc = self.describe_any_place(access_place);
        // A captured variable of a closure that was not declared `mut`.
        if let Some((i, n)) = self.upvar_field(the_place_err) {
            if the_place_err.projection.len() == n {
                let name = self.tcx.str(self.upvars[i].name).to_string();
                // Closures capture the fields they use (edition 2021): `p.x` is itself the
                // captured place.
                let precise = self.upvar_field(access_place).is_some_and(|(j, m)| {
                    j == i
                        && access_place.projection[m..]
                            .iter()
                            .all(|e| matches!(e, ProjectionElem::Field(..)))
                });
                let reason = if precise {
                    ", as it is not declared as mutable".to_string()
                } else {
                    format!(", as `{name}` is not declared as mutable")
                };
                let mut err = if is_borrow {
                    Err::new(
                        span,
                        "E0596",
                        format!("cannot borrow {access_desc} as mutable{reason}"),
                    )
                } else {
                    Err::new(
                        span,
                        "E0594",
                        format!("cannot assign to {access_desc}{reason}"),
                    )
                };
                err.label(
                    span,
                    if is_borrow {
                        "cannot borrow as mutable"
                    } else {
                        "cannot assign"
                    },
                );
                if let Some(hir) = &self.hir {
                    let var_span = hir.pat(self.upvars[i].var).span;
                    err.suggestion(
                        var_span.shrink_to_lo(),
                        "consider changing this to be mutable",
                        "mut ",
                    );
                }
                self.buffered.push(err.0);
                return;
            }
        }
        let (item_msg, reason) = match the_place_err.projection.last() {
            None => {
                let reason = if access_place.as_local().is_some() {
                    ", as it is not declared as mutable".to_string()
                } else {
                    format!(
                        ", as `{}` is not declared as mutable",
                        self.local_name(the_place_err.local).unwrap_or_default()
                    )
                };
                (access_desc.clone(), reason)
            }
            Some(ProjectionElem::Deref) => {
                let base = Place {
                    local: the_place_err.local,
                    projection: the_place_err.projection[..the_place_err.projection.len() - 1]
                        .to_vec(),
                };
                let pointer_type = match self.tcx.kind(self.place_ty(&base)) {
                    TyKind::RawPtr(..) => "a `*const` pointer",
                    _ => "a `&` reference",
                };
                match self.describe_place(access_place) {
                    Some(desc) => {
                        let reason = if is_borrow {
                            format!(", as it is behind {pointer_type}")
                        } else {
                            format!(", which is behind {pointer_type}")
                        };
                        (format!("`{desc}`"), reason)
                    }
                    None => (format!("data in {pointer_type}"), String::new()),
                }
            }
            Some(_) => (access_desc.clone(), String::new()),
        };
        let (act, acted_on) = if is_borrow {
            ("borrow as mutable", "borrowed as mutable")
        } else {
            ("assign", "written to")
        };

        // Several mutable borrows of one immutable local make one error, at the binding.
        let local_err =
            the_place_err.projection.is_empty() && self.can_be_made_mutable(the_place_err.local);
        if is_borrow && local_err {
            let decl = self.decl_span(the_place_err.local);
            if let Some(entry) = self.mut_errors.iter_mut().find(|(s, _, _)| *s == decl) {
                let mut err = Err(std::mem::replace(
                    &mut entry.1,
                    smelt_errors::Diagnostic::new(smelt_errors::Level::Error, ""),
                ));
                entry.2 += 1;
                if entry.2 == 2 {
                    for l in err.0.spans.iter_mut() {
                        l.primary = false;
                    }
                    err.0.spans.push(smelt_errors::SpanLabel {
                        span: decl,
                        label: Some("not mutable".to_string()),
                        primary: true,
                    });
                }
                if entry.2 < 10 {
                    err.label(span, format!("cannot {act}"));
                }
                entry.1 = err.0;
                return;
            }
        }

        let mut err = if is_borrow {
            Err::new(
                span,
                "E0596",
                format!("cannot borrow {item_msg} as mutable{reason}"),
            )
        } else {
            Err::new(
                span,
                "E0594",
                format!("cannot assign to {item_msg}{reason}"),
            )
        };

        match the_place_err.projection.as_slice() {
            [] if local_err => {
                err.label(span, format!("cannot {act}"));
                self.suggest_mut_binding(
                    &mut err,
                    the_place_err.local,
                    "consider changing this to be mutable",
                );
                self.show_mutating_upvar(&mut err, the_place_err.local);
            }
            [ProjectionElem::Deref]
                if self.is_user_variable(the_place_err.local)
                    || self.is_arg(the_place_err.local) =>
            {
                let local = the_place_err.local;
                let (sigil, desc) = match self.tcx.kind(self.body.local_decls[local].ty) {
                    TyKind::Ref(..) => ("&", "reference"),
                    _ => ("*const", "pointer"),
                };
                match self.local_name(local) {
                    Some(name) => {
                        err.label(
                            span,
                            format!("`{name}` is a `{sigil}` {desc}, so it cannot be {acted_on}"),
                        );
                        self.suggest_make_local_mut(&mut err, local);
                    }
                    None => {
                        err.label(span, format!("cannot {act} through `{sigil}` {desc}"));
                    }
                }
            }
            _ => {
                err.label(span, format!("cannot {act}"));
            }
        }

        if is_borrow && local_err {
            let decl = self.decl_span(the_place_err.local);
            self.mut_errors.push((decl, err.0, 1));
        } else {
            self.buffered.push(err.0);
        }
    }

    /// Whether the local is a by-value user binding (a `let`, a pattern, a parameter) that
    /// `mut` could be added to.
    fn can_be_made_mutable(&self, local: Local) -> bool {
        match &self.body.local_decls[local].info {
            LocalInfo::User { by_ref, .. } => !by_ref && !self.is_ref_self(local),
            _ => false,
        }
    }

    /// `&self` and `&mut self` cannot be made mutable bindings usefully.
    fn is_ref_self(&self, local: Local) -> bool {
        self.local_name(local).as_deref() == Some("self")
            && matches!(
                self.tcx.kind(self.body.local_decls[local].ty),
                TyKind::Ref(..)
            )
    }

    /// "consider changing this to be mutable": `x` → `mut x`.
    fn suggest_mut_binding(&self, err: &mut Err, local: Local, message: &str) {
        let span = self.decl_span(local);
        err.suggestion(span.shrink_to_lo(), message, "mut ");
    }

    /// "consider changing this to be a mutable reference": `&x` → `&mut x` where the
    /// reference was made, or `&T` → `&mut T` in the annotation.
    fn suggest_make_local_mut(&self, err: &mut Err, local: Local) {
        let Some(hir) = &self.hir else { return };
        let decl = self.decl_span(local);
        let message = "consider changing this to be a mutable reference";
        if let Some(l) = hir.let_declaring(decl) {
            if let Some(init) = l.init {
                if let ExprKind::AddrOf(smelt_ast::BorrowKind::Ref, Mutability::Not, inner) =
                    &hir.expr(init).kind
                {
                    let amp = hir.expr(init).span.until(hir.expr(*inner).span);
                    err.suggestion(amp.shrink_to_lo().sub(1, 1), message, "mut ");
                    return;
                }
            }
            if let Some(ty) = &l.ty {
                if let hir::TyKind::Ref(_, _, Mutability::Not) = &ty.kind {
                    err.suggestion(ty.span.sub(1, 1), message, "mut ");
                }
            }
            return;
        }
        // A parameter: change its type.
        if self.is_arg(local) {
            if let Some(node) = self.tcx.hir.owner(self.def) {
                if let Some(sig) = node.fn_sig() {
                    if let Some(ty) = sig.decl.inputs.get(local.as_usize() - 1) {
                        if let hir::TyKind::Ref(_, _, Mutability::Not) = &ty.kind {
                            err.suggestion(ty.span.sub(1, 1), message, "mut ");
                        }
                    }
                }
            }
        }
    }

    /// E0384: a second assignment to an immutable local.
    pub fn report_illegal_reassignment(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        init: InitIndex,
    ) {
        let _ = loc;
        let local = place.local;
        let from_arg = self.is_arg(local);
        let name = self.local_name(local);
        let desc = self.describe_any_place(place);
        let mut err = if from_arg {
            Err::new(
                span,
                "E0384",
                format!("cannot assign to immutable argument {desc}"),
            )
        } else {
            Err::new(
                span,
                "E0384",
                format!("cannot assign twice to immutable variable {desc}"),
            )
        };
        // `let x = 1;` points at `x`; `let x; x = 1;` at the first assignment.
        let assigned_span = match self.move_data.inits[init].location {
            InitLocation::Argument(l) => self.decl_span(l),
            InitLocation::Statement(at) => {
                let decl = self.decl_span(local);
                let deferred = self
                    .hir
                    .as_ref()
                    .and_then(|h| h.let_declaring(decl))
                    .is_some_and(|l| l.init.is_none());
                if deferred {
                    self.span_of(at)
                } else {
                    decl
                }
            }
        };
        if span != assigned_span && !from_arg {
            err.label(assigned_span, format!("first assignment to {desc}"));
        }
        if let Some(name) = name {
            if self.can_be_made_mutable(local) {
                let decl = self.decl_span(local);
                err.suggestion(
                    decl,
                    "consider making this binding mutable",
                    format!("mut {name}"),
                );
            }
        }
        err.label(
            span,
            if from_arg {
                "cannot assign to immutable argument"
            } else {
                "cannot assign twice to immutable variable"
            },
        );
        self.buffered.push(err.0);
    }

    /// At a return, borrows of the parameters that the returned value holds (locals are
    /// caught when their storage dies).
    pub fn check_return(&mut self, loc: Location, _span: Span, state: &crate::check::FlowState) {
        for b in state.borrows.iter() {
            if !self.borrow_is_live(loc, b, state) {
                continue;
            }
            let borrowed = &self.borrow_set.borrows[b].borrowed_place;
            let local = borrowed.local;
            if !self.is_arg(local)
                || borrowed.is_indirect()
                || self.reported_dead_locals.contains(&local)
            {
                continue;
            }
            if self.return_place_holds(loc, b) {
                self.reported_dead_locals.insert(local);
                self.report_return_of_local(b, "function parameter");
            }
        }
    }

    /// For a closure called through `FnMut` from an immutable binding: the captured
    /// variable that makes it `FnMut`.
    fn show_mutating_upvar(&self, err: &mut Err, local: Local) {
        let TyKind::Closure(closure_def, _) = self.tcx.kind(self.body.local_decls[local].ty) else {
            return;
        };
        let results = self.tcx.typeck(self.tcx.hir.typeck_root(self.def));
        let Some(captures) = results.closure_captures.get(&closure_def) else {
            return;
        };
        let Some(name) = self.local_name(local) else {
            return;
        };
        let Some(hir) = &self.hir else { return };
        let Some(closure_span) = hir.body.exprs.iter().find_map(|e| match &e.kind {
            ExprKind::Closure(c) if c.def_id == closure_def => Some(hir.expr(c.body).span),
            _ => None,
        }) else {
            return;
        };
        for cap in captures {
            let (what, var) = match cap.kind {
                smelt_ty::typeck_results::CaptureKind::ByRef(Mutability::Mut) => {
                    ("mutable borrow", cap.var)
                }
                smelt_ty::typeck_results::CaptureKind::ByValue => ("possible mutation", cap.var),
                _ => continue,
            };
            let var_name = match &hir.pat(var).kind {
                hir::PatKind::Binding(_, _, ident, _) => self.tcx.str(ident.name).to_string(),
                _ => continue,
            };
            let use_span = hir
                .body
                .exprs
                .iter()
                .filter(|e| closure_span.contains(e.span))
                .filter(|e| {
                    matches!(&e.kind, ExprKind::Path(hir::QPath::Resolved(_, path)) if path.res == hir::Res::Local(var))
                })
                .map(|e| e.span)
                .min_by_key(|s| s.lo);
            if let Some(use_span) = use_span {
                err.label(
                    use_span,
                    format!(
                        "calling `{name}` requires mutable binding due to {what} of `{var_name}`"
                    ),
                );
                return;
            }
        }
    }
}

//! Errors about uses of moved and uninitialised values (E0381, E0382) and about accesses
//! that conflict with a borrow (E0499, E0502, E0503, E0505, E0506, E0597).

use rustc_hash::FxHashSet;
use smelt_hir::{self as hir, ExprKind, OwnerNode};
use smelt_mir::*;
use smelt_mir_dataflow::{Location, MoveOutIndex, MovePathIndex};
use smelt_span::Span;
use smelt_ty::TyKind;

use super::Err;
use crate::borrow_set::BorrowIndex;
use crate::check::InitializationRequiringAction;
use crate::MirBorrowckCtxt;

impl MirBorrowckCtxt<'_> {
    /// A use of `used_place` where its move path `mpi` (whose place is `moved_place`) may
    /// be uninitialised: E0382 if a move reaches the use, E0381 otherwise.
    pub fn report_use_of_moved_or_uninitialized(
        &mut self,
        loc: Location,
        action: InitializationRequiringAction,
        moved_place: &Place,
        used_place: &Place,
        span: Span,
        mpi: MovePathIndex,
    ) {
        let move_sites = self.get_moved_indexes(loc, mpi);
        if move_sites.is_empty() {
            if !self.uninitialized_error_reported.insert(used_place.local) {
                return;
            }
            let err = self.report_use_of_uninitialized(mpi, used_place, moved_place, action, span);
            self.buffered.push(err.0);
            return;
        }
        let mut mois: Vec<MoveOutIndex> = move_sites.iter().map(|(m, _)| *m).collect();
        mois.sort();
        if let Some((_, reported, _)) = self.move_errors.iter().find(|(m, _, _)| *m == mois) {
            if is_prefix_of(used_place, reported) {
                return;
            }
        }

        let is_partial_move = move_sites.iter().any(|(mo, _)| {
            let moved = &self.move_data.move_paths[self.move_data.moves[*mo].path].place;
            used_place != moved && is_prefix_of(used_place, moved)
        });
        let partial_str = if is_partial_move { "partial " } else { "" };
        let partially_str = if is_partial_move { "partially " } else { "" };
        let name = self.describe_place_with_options(moved_place, true);
        let mut err = Err::new(
            span,
            "E0382",
            format!(
                "{} of {partially_str}moved value{}",
                action.as_noun(),
                name.as_ref()
                    .map(|n| format!(": `{n}`"))
                    .unwrap_or_default()
            ),
        );

        // A closure that moves out of what it captured, called (or moved) again.
        let closure_origin = self.closure_kind_origin(self.place_ty(moved_place));
        if let Some((var, var_span)) = &closure_origin {
            if self.is_fn_once_call(loc) {
                err.span_note(
                    *var_span,
                    Vec::new(),
                    format!("closure cannot be invoked more than once because it moves the variable `{var}` out of its environment"),
                );
            }
        }

        let mut is_loop_move = false;
        let mut seen_spans: FxHashSet<Span> = FxHashSet::default();
        for &(mo, traversed_back_edge) in &move_sites {
            let move_out = self.move_data.moves[mo];
            let moved = self.move_data.move_paths[move_out.path].place.clone();
            let move_span = self.use_span(move_out.source, &moved);
            let is_loop_message = loc == move_out.source || traversed_back_edge;
            if loc == move_out.source {
                is_loop_move = true;
            }
            if seen_spans.insert(move_span) {
                let loop_msg = if is_loop_message {
                    ", in previous iteration of loop"
                } else {
                    ""
                };
                // A move into a closure (a by-value capture).
                if let Some((args_span, var_span)) =
                    self.closure_capture_spans(move_span, moved.local)
                {
                    err.label(
                        args_span,
                        format!("value {partially_str}moved into closure here{loop_msg}"),
                    );
                    err.label(
                        var_span,
                        format!("variable {partially_str}moved due to use in closure"),
                    );
                    self.suggest_ref_or_clone(&mut err, mpi, var_span, false, true);
                    continue;
                }
                // The call of a closure that consumes it.
                if self.is_fn_once_call(move_out.source) {
                    let place_name = self.describe_any_place(&moved);
                    let call_span = self.span_of(move_out.source);
                    err.label(
                        call_span,
                        format!("{place_name} {partially_str}moved due to this call{loop_msg}"),
                    );
                    err.span_note(
                        move_span,
                        Vec::new(),
                        "this value implements `FnOnce`, which causes it to be moved when called",
                    );
                    continue;
                }
                // The implicit `IntoIterator::into_iter` of a `for` loop.
                if self.is_for_loop_into_iter(move_out.source) {
                    let place_name = self.describe_any_place(&moved);
                    err.label(
                        move_span,
                        format!("{place_name} {partially_str}moved due to this implicit call to `.into_iter()`{loop_msg}"),
                    );
                    err.note(format!("`into_iter` takes ownership of the receiver `self`, which moves {place_name}"));
                    let ty = self.place_ty(&moved);
                    if self.ref_implements_into_iterator(ty) {
                        err.suggestion(
                            move_span.shrink_to_lo(),
                            format!(
                                "consider iterating over a slice of the `{}`'s content to avoid moving into the `for` loop",
                                self.ty_string(ty)
                            ),
                            "&",
                        );
                    }
                    continue;
                }
                let self_call = self.method_self_move(move_out.source, &moved);
                self.suggest_ref_or_clone(&mut err, mpi, move_span, self_call.is_some(), false);
                match self_call {
                    Some((fn_call_span, method)) => {
                        let place_name = self.describe_any_place(&moved);
                        err.label(fn_call_span, format!("{place_name} {partially_str}moved due to this method call{loop_msg}"));
                        if let Some(self_span) = self.self_param_span(method) {
                            if self.fn_self_span_reported.insert(self_span) {
                                let func = self.tcx.def_path_str(method);
                                err.span_note(
                                    self_span,
                                    Vec::new(),
                                    format!("`{func}` takes ownership of the receiver `self`, which moves {place_name}"),
                                );
                            }
                        }
                    }
                    None => {
                        if move_span != span || is_loop_message {
                            err.label(
                                move_span,
                                format!("value {partially_str}moved here{loop_msg}"),
                            );
                        }
                    }
                }
            }
        }
        if !is_loop_move {
            err.label(
                span,
                format!(
                    "value {} here after {partial_str}move",
                    action.as_verb_in_past_tense()
                ),
            );
        }

        let first_path = self.move_data.moves[mois[0]].path;
        let place = self.move_data.move_paths[first_path].place.clone();
        let ty = self.place_ty(&place);
        let note_msg = match self.describe_place_with_options(&place, true) {
            Some(n) => format!("`{n}`"),
            None => "value".to_string(),
        };
        let text = format!(
            "{partial_str}move occurs because {note_msg} has type `{}`, which does not implement the `Copy` trait",
            self.ty_string(ty)
        );
        match place.as_local() {
            // rustc says why a closure is `FnOnce` instead.
            _ if closure_origin.is_some() => {}
            Some(local) => {
                let decl = self.decl_span(local);
                err.label(decl, text);
            }
            None => {
                err.note(text);
            }
        }
        if let Some(pos) = self.move_errors.iter().position(|(m, _, _)| *m == mois) {
            self.move_errors[pos] = (mois, used_place.clone(), err.0);
        } else {
            self.move_errors.push((mois, used_place.clone(), err.0));
        }
    }

    /// The notes rustc adds about a move: the loop it is in, the parameter that takes
    /// ownership, cloning.
    fn suggest_ref_or_clone(
        &self,
        err: &mut Err,
        mpi: MovePathIndex,
        move_span: Span,
        is_self_call: bool,
        in_closure: bool,
    ) {
        let Some(hir) = &self.hir else { return };
        let Some(expr) = self.find_expr(move_span) else {
            // A binding of a pattern: it could borrow instead.
            let binding = hir.body.pats.iter().any(|p| {
                p.span == move_span
                    && matches!(&p.kind, smelt_hir::PatKind::Binding(mode, _, _, None)
                        if mode.0 == smelt_hir::ByRef::No && mode.1 == smelt_ast::Mutability::Not)
            });
            if binding {
                err.suggestion(
                    move_span.shrink_to_lo(),
                    "borrow this binding in the pattern to avoid moving the value",
                    "ref ",
                );
            }
            return;
        };
        let place = &self.move_data.move_paths[mpi].place;
        let Some(local) = place.as_local() else {
            return;
        };
        let decl_span = self.decl_span(local);
        for p in hir.parents(expr) {
            let e = hir.expr(p);
            if e.span.contains(decl_span) {
                break;
            }
            if let ExprKind::Loop(..) = &e.kind {
                if let Some(head) = self.loop_head_span(p) {
                    err.label(head, "inside of this loop");
                }
            }
        }
        if is_self_call {
            return;
        }
        // An argument of a call to a local function: point at the parameter.
        if let Some(parent) = hir.parent[expr] {
            let (callee, pos) = match &hir.expr(parent).kind {
                ExprKind::Call(callee, args) => match args.iter().position(|a| *a == expr) {
                    Some(pos) => (self.callee_def(*callee), pos),
                    None => (None, 0),
                },
                ExprKind::MethodCall(_, _, args, _) => match args.iter().position(|a| *a == expr) {
                    Some(pos) => (self.method_def(parent), pos + 1),
                    None => (None, 0),
                },
                _ => (None, 0),
            };
            if let Some(def) = callee {
                self.note_param_takes_ownership(err, def, pos);
            }
        }
        let ty = self.place_ty(place);
        // For a move into a closure of a `Clone` value, rustc suggests cloning before the
        // closure (a suggestion in several parts, which smelt does not render).
        if in_closure && self.implements_clone(ty) {
            return;
        }
        self.suggest_cloning(err, ty, hir.expr(expr).span);
    }

    fn callee_def(&self, callee: smelt_hir::ExprId) -> Option<smelt_hir::DefId> {
        let results = self.tcx.typeck(self.tcx.hir.typeck_root(self.def));
        match self.tcx.kind(results.expr_ty(callee)?) {
            TyKind::FnDef(def, _) => Some(def),
            _ => None,
        }
    }

    fn method_def(&self, call: smelt_hir::ExprId) -> Option<smelt_hir::DefId> {
        let results = self.tcx.typeck(self.tcx.hir.typeck_root(self.def));
        match results.type_dependent_defs.get(&call) {
            Some(Ok((_, def))) => Some(*def),
            _ => None,
        }
    }

    /// "consider changing this parameter type in function `f` to borrow instead".
    fn note_param_takes_ownership(&self, err: &mut Err, def: smelt_hir::DefId, pos: usize) {
        if def.krate != self.tcx.local_crate() {
            return;
        }
        let Some(node) = self.tcx.hir.owner(def) else {
            return;
        };
        let Some(sig) = node.fn_sig() else { return };
        let Some(input) = sig.decl.inputs.get(pos) else {
            return;
        };
        // Generic parameters get a different suggestion in rustc (borrowing at the call).
        let sig_ty = self.tcx.sig_inputs(self.tcx.fn_sig(def)).get(pos).copied();
        if sig_ty.is_some_and(|t| matches!(self.tcx.kind(t), TyKind::Param(_))) {
            return;
        }
        let descr = match node {
            OwnerNode::Item(_) => "function",
            _ => "method",
        };
        let ident = node.ident();
        err.span_note(
            input.span,
            vec![(input.span, "this parameter takes ownership of the value".to_string()), (ident.span, format!("in this {descr}"))],
            format!(
                "consider changing this parameter type in {descr} `{}` to borrow instead if owning the value isn't necessary",
                self.tcx.str(ident.name)
            ),
        );
    }

    fn report_use_of_uninitialized(
        &self,
        mpi: MovePathIndex,
        used_place: &Place,
        moved_place: &Place,
        action: InitializationRequiringAction,
        span: Span,
    ) -> Err {
        let path_place = &self.move_data.move_paths[mpi].place;
        let decl_span = self.decl_span(path_place.local);
        let mut init_spans: Vec<Span> = Vec::new();
        for &ii in &self.move_data.init_path_map[mpi] {
            let init = self.move_data.inits[ii];
            let s = match init.location {
                smelt_mir_dataflow::InitLocation::Argument(l) => self.decl_span(l),
                smelt_mir_dataflow::InitLocation::Statement(at) => self.span_of(at),
            };
            if !s.is_dummy() && !init_spans.contains(&s) {
                init_spans.push(s);
            }
        }
        let (name, desc) = match self.describe_place_with_options(moved_place, true) {
            Some(n) => (format!("`{n}`"), format!("`{n}` ")),
            None => ("the variable".to_string(), String::new()),
        };
        let path = match self.describe_place_with_options(used_place, true) {
            Some(n) => format!("`{n}`"),
            None => "value".to_string(),
        };
        let conditions = self.uninit_conditions(&init_spans, &name);
        let mut show_assign_sugg = false;
        let isnt_initialized = if matches!(
            action,
            InitializationRequiringAction::PartialAssignment
                | InitializationRequiringAction::Assignment
        ) {
            "isn't fully initialized"
        } else if !init_spans.iter().any(|i| {
            !i.contains(span)
                && !conditions
                    .iter()
                    .any(|(sp, _)| span.lo < sp.lo && !sp.contains(span))
        }) {
            show_assign_sugg = true;
            "isn't initialized"
        } else {
            "is possibly-uninitialized"
        };
        let used = action.as_general_verb_in_past_tense();
        let mut err = Err::new(
            span,
            "E0381",
            format!("{used} binding {desc}{isnt_initialized}"),
        );
        if matches!(
            action,
            InitializationRequiringAction::PartialAssignment
                | InitializationRequiringAction::Assignment
        ) {
            err.help(
                "partial initialization isn't supported, fully initialize the binding with a default value and mutate it, or use `std::mem::MaybeUninit`",
            );
        }
        err.label(
            span,
            format!("{path} {used} here but it {isnt_initialized}"),
        );
        let mut shown = false;
        for (sp, label) in &conditions {
            if sp.lo < span.lo && !overlaps(*sp, span) {
                err.label(*sp, label.clone());
                shown = true;
            }
        }
        if !shown {
            for sp in &init_spans {
                if sp.lo < span.lo && !overlaps(*sp, span) {
                    err.label(*sp, "binding initialized here in some conditions");
                }
            }
        }
        err.label(decl_span, "binding declared here but left uninitialized");
        if show_assign_sugg {
            self.suggest_assign_value(&mut err, moved_place, decl_span);
        }
        err
    }

    /// `let x: T;` → `let x: T = 42;`: rustc's placeholder values for simple types.
    fn suggest_assign_value(&self, err: &mut Err, place: &Place, decl_span: Span) {
        let Some(hir) = &self.hir else { return };
        let Some(local) = hir.let_declaring(decl_span) else {
            return;
        };
        if local.init.is_some() || !matches!(hir.pat(local.pat).kind, hir::PatKind::Binding(..)) {
            return;
        }
        let at = local
            .ty
            .as_ref()
            .map_or(hir.pat(local.pat).span, |t| t.span);
        let ty = self.place_ty(place);
        let value = match self.tcx.kind(ty) {
            TyKind::Bool => "false",
            TyKind::Char => "'x'",
            TyKind::Int(_) | TyKind::Uint(_) => "42",
            TyKind::Float(_) => "3.14159",
            TyKind::Tuple(tys) if self.tcx.tys(tys).is_empty() => "()",
            _ => return,
        };
        err.suggestion(
            at.shrink_to_hi(),
            "consider assigning a value",
            format!(" = {value}"),
        );
    }

    /// rustc's `ConditionVisitor`: the branches that initialise a binding on some paths
    /// only, with what the user should look at.
    fn uninit_conditions(&self, init_spans: &[Span], name: &str) -> Vec<(Span, String)> {
        let Some(hir) = &self.hir else {
            return Vec::new();
        };
        let inits_in = |e: smelt_hir::ExprId| -> bool {
            // A statement `init;` inside `e` whose expression is one of the initialisations.
            let span = hir.expr(e).span;
            hir.body.exprs.iter().any(|x| {
                let ExprKind::Block(b, _) = &x.kind else {
                    return false;
                };
                span.contains(b.span)
                    && b.stmts.iter().any(|s| match &s.kind {
                        smelt_hir::StmtKind::Semi(se) => init_spans.contains(&hir.expr(*se).span),
                        _ => false,
                    })
            })
        };
        let mut errors = Vec::new();
        for e in hir.body.exprs.iter() {
            match &e.kind {
                ExprKind::If(cond, then, None) if inits_in(*then) => {
                    errors.push((
                        hir.expr(*cond).span,
                        format!("if this `if` condition is `false`, {name} is not initialized"),
                    ));
                    errors.push((
                        e.span.shrink_to_hi(),
                        format!("an `else` arm might be missing here, initializing {name}"),
                    ));
                }
                ExprKind::If(cond, then, Some(other)) => {
                    let a = inits_in(*then);
                    let b = inits_in(*other);
                    if a && !b {
                        let then_span = hir.expr(*then).span;
                        errors.push((
                            then_span.shrink_to_hi().until(hir.expr(*other).span),
                            format!("if the `if` condition is `false` and this `else` arm is executed, {name} is not initialized"),
                        ));
                    } else if b && !a {
                        errors.push((
                            hir.expr(*cond).span,
                            format!("if this condition is `true`, {name} is not initialized"),
                        ));
                    }
                }
                ExprKind::Match(scrut, arms, source) => {
                    let results: Vec<bool> = arms
                        .iter()
                        .map(|a| inits_in(a.body) || a.guard.is_some_and(inits_in))
                        .collect();
                    if results.iter().any(|x| *x) && !results.iter().all(|x| *x) {
                        for (arm, seen) in arms.iter().zip(results) {
                            if seen {
                                continue;
                            }
                            if matches!(hir.expr(arm.body).kind, ExprKind::Ret(_)) {
                                continue;
                            }
                            if *source == hir::MatchSource::ForLoopDesugar {
                                errors.push((
                                    hir.expr(*scrut).span,
                                    format!(
                                        "if the `for` loop runs 0 times, {name} is not initialized"
                                    ),
                                ));
                            } else if let Some(guard) = arm.guard {
                                errors.push((
                                    hir.pat(arm.pat).span.to(hir.expr(guard).span),
                                    format!("if this pattern and condition are matched, {name} is not initialized"),
                                ));
                            } else {
                                errors.push((
                                    hir.pat(arm.pat).span,
                                    format!(
                                        "if this pattern is matched, {name} is not initialized"
                                    ),
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        errors
    }

    /* -------------------------------------------------------------- conflicts */

    /// Describes the place being accessed and the one borrowed, as rustc's
    /// `describe_place_for_conflicting_borrow` does for non-union places.
    fn conflict_descriptions(&self, place: &Place) -> String {
        self.describe_any_place(place)
    }

    /// Two borrows of one place that cannot coexist: E0499 (two mutable) or E0502.
    pub fn report_conflicting_borrow(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        gen_kind: BorrowKind,
        issued: BorrowIndex,
    ) {
        let issued_borrow = self.borrow_set.borrows[issued].clone();
        // Borrows made by creating a closure point at the closure and the captured use.
        let issued_capture =
            self.closure_capture_spans(issued_borrow.span, issued_borrow.borrowed_place.local);
        let issued_span = issued_capture.map_or(issued_borrow.span, |(args, _)| args);
        let new_capture = self.closure_capture_spans(span, place.local);
        let span = new_capture.map_or(span, |(args, _)| args);
        let desc_place = self.conflict_descriptions(place);
        let (mut err, first_desc) = match (gen_kind, issued_borrow.kind) {
            (BorrowKind::Shared | BorrowKind::Fake, BorrowKind::Mut { .. }) => {
                let mut err = Err::new(span, "E0502", format!("cannot borrow {desc_place} as immutable because it is also borrowed as mutable"));
                err.label(span, "immutable borrow occurs here");
                err.label(issued_span, "mutable borrow occurs here");
                (err, "mutable ")
            }
            (BorrowKind::Mut { .. }, BorrowKind::Shared | BorrowKind::Fake) => {
                let mut err = Err::new(span, "E0502", format!("cannot borrow {desc_place} as mutable because it is also borrowed as immutable"));
                err.label(span, "mutable borrow occurs here");
                err.label(issued_span, "immutable borrow occurs here");
                (err, "immutable ")
            }
            _ => {
                let mut err = Err::new(
                    span,
                    "E0499",
                    format!("cannot borrow {desc_place} as mutable more than once at a time"),
                );
                if issued_span == span {
                    // The same borrow, in a loop.
                    err.label(span, format!("{desc_place} was mutably borrowed here in the previous iteration of the loop"));
                } else {
                    err.label(issued_span, "first mutable borrow occurs here");
                    err.label(span, "PLACEHOLDER");
                }
                (err, "first ")
            }
        };
        if issued_capture.is_some() && new_capture.is_some() && issued_span == span {
            if let Some((_, var)) = new_capture {
                err.label(
                    var,
                    format!("borrows occur due to use of {desc_place} in closure"),
                );
            }
        } else {
            if let Some((_, var)) = issued_capture {
                let borrowed = self.describe_any_place(&issued_borrow.borrowed_place);
                err.label(
                    var,
                    format!("first borrow occurs due to use of {borrowed} in closure"),
                );
            }
            if let Some((_, var)) = new_capture {
                err.label(
                    var,
                    format!("second borrow occurs due to use of {desc_place} in closure"),
                );
            }
        }
        let explained = self
            .explain_later_use(&mut err, loc, issued, first_desc)
            .is_some();
        if first_desc == "first " {
            let label = if explained {
                "second mutable borrow occurs here"
            } else {
                "mutable borrow occurs here"
            };
            for l in err.0.spans.iter_mut() {
                if l.label.as_deref() == Some("PLACEHOLDER") {
                    l.label = Some(label.to_string());
                }
            }
        }
        self.buffered.push(err.0);
    }

    /// E0503: a use of a place while it is mutably borrowed.
    pub fn report_use_while_mutably_borrowed(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        borrow: BorrowIndex,
    ) {
        let b = self.borrow_set.borrows[borrow].clone();
        let desc = self.describe_any_place(place);
        let borrowed_desc = self.describe_any_place(&b.borrowed_place);
        let mut err = Err::new(
            span,
            "E0503",
            format!("cannot use {desc} because it was mutably borrowed"),
        );
        match self.closure_capture_spans(b.span, b.borrowed_place.local) {
            Some((args, var)) => {
                err.label(args, format!("{borrowed_desc} is borrowed here"));
                err.label(
                    var,
                    format!("borrow occurs due to use of {borrowed_desc} in closure"),
                );
            }
            None => {
                err.label(b.span, format!("{borrowed_desc} is borrowed here"));
            }
        }
        err.label(span, format!("use of borrowed {borrowed_desc}"));
        self.explain_later_use(&mut err, loc, borrow, "");
        self.buffered.push(err.0);
    }

    /// E0506: an assignment to a borrowed place.
    pub fn report_illegal_mutation_of_borrowed(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        borrow: BorrowIndex,
    ) {
        let b = self.borrow_set.borrows[borrow].clone();
        let desc = self.describe_any_place(place);
        let mut err = Err::new(
            span,
            "E0506",
            format!("cannot assign to {desc} because it is borrowed"),
        );
        let borrowed_desc = self.describe_any_place(&b.borrowed_place);
        match self.closure_capture_spans(b.span, b.borrowed_place.local) {
            Some((args, var)) => {
                err.label(args, format!("{borrowed_desc} is borrowed here"));
                err.label(var, "borrow occurs due to use in closure");
            }
            None => {
                err.label(b.span, format!("{borrowed_desc} is borrowed here"));
            }
        }
        err.label(
            span,
            format!("{desc} is assigned to here but it was already borrowed"),
        );
        self.explain_later_use(&mut err, loc, borrow, "");
        self.buffered.push(err.0);
    }

    /// E0505: a move out of a borrowed place.
    pub fn report_move_out_while_borrowed(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        borrow: BorrowIndex,
    ) {
        let b = self.borrow_set.borrows[borrow].clone();
        let value_msg = self.describe_any_place(place);
        let borrow_msg = self.describe_any_place(&b.borrowed_place);
        let mut err = Err::new(
            span,
            "E0505",
            format!("cannot move out of {value_msg} because it is borrowed"),
        );
        if let Some(local) = place.as_local() {
            if self.is_user_variable(local) || self.is_arg(local) {
                if let Some(name) = self.local_name(local) {
                    err.label(
                        self.decl_span(local),
                        format!("binding `{name}` declared here"),
                    );
                }
            }
        }
        match self.closure_capture_spans(b.span, b.borrowed_place.local) {
            Some((args, var)) => {
                err.label(args, format!("borrow of {borrow_msg} occurs here"));
                err.label(var, "borrow occurs due to use in closure");
            }
            None => {
                err.label(b.span, format!("borrow of {borrow_msg} occurs here"));
            }
        }
        err.label(span, format!("move out of {value_msg} occurs here"));
        self.explain_later_use(&mut err, loc, borrow, "");
        // rustc suggests cloning the borrowed value.
        if let Some(hir) = &self.hir {
            if let Some(e) = self.find_expr(b.span) {
                if let ExprKind::AddrOf(_, _, inner) = &hir.expr(e).kind {
                    let ty = self.place_ty(&b.borrowed_place);
                    let inner_span = hir.expr(*inner).span;
                    self.suggest_cloning(&mut err, ty, inner_span);
                }
            }
        }
        self.buffered.push(err.0);
    }

    /// E0597: a local dies (or is dropped) while borrowed.
    pub fn report_borrowed_value_does_not_live_long_enough(
        &mut self,
        loc: Location,
        place: &Place,
        span: Span,
        borrow: BorrowIndex,
    ) {
        let b = self.borrow_set.borrows[borrow].clone();
        let root = b.borrowed_place.local;
        // Temporaries dying while borrowed are rustc's E0716; smelt's temporary scopes are
        // not precise enough to report it without false errors.
        if !self.is_user_variable(root) {
            return;
        }
        let Some(name) = self.local_name(root) else {
            return;
        };
        let _ = place;
        let drop_span = self.scope_end_span(root).unwrap_or(span);
        if !self.reported_dead_locals.insert(root) {
            return;
        }
        if self.return_place_holds(loc, borrow) {
            self.report_return_of_local(borrow, "local variable");
            return;
        }
        let mut err = Err::new(
            b.span,
            "E0597",
            format!("`{name}` does not live long enough"),
        );
        err.label(
            self.decl_span(root),
            format!("binding `{name}` declared here"),
        );
        err.label(b.span, "borrowed value does not live long enough");
        err.label(
            drop_span,
            format!("`{name}` dropped here while still borrowed"),
        );
        if let Some(holder) = self.explain_later_use(&mut err, loc, borrow, "") {
            // A collection of references that outlives what it stores.
            let is_collection = match self.tcx.kind(self.body.local_decls[holder].ty) {
                TyKind::Adt(def, _) => matches!(
                    self.tcx.str(self.tcx.item_name(def)),
                    "Vec"
                        | "VecDeque"
                        | "HashMap"
                        | "HashSet"
                        | "BTreeMap"
                        | "BTreeSet"
                        | "BinaryHeap"
                        | "LinkedList"
                ),
                _ => false,
            };
            if is_collection && self.is_user_variable(holder) {
                let holder_name = self.local_name(holder).unwrap_or_default();
                err.label(
                    self.decl_span(holder),
                    format!("variable `{holder_name}` declared here"),
                );
                err.note(format!(
                    "`{holder_name}` is a collection that stores borrowed references, but `{name}` does not live long enough to be stored in it"
                ));
                err.help(
                    "buffer reuse with borrowed references requires unsafe code or restructuring",
                );
            }
        }
        self.buffered.push(err.0);
    }
}

/// Whether `a` is `b` or a place inside it (`x` is a prefix of `x.f`).
fn is_prefix_of(a: &Place, b: &Place) -> bool {
    a.local == b.local && b.projection.starts_with(&a.projection)
}

fn overlaps(a: Span, b: Span) -> bool {
    a.lo < b.hi && b.lo < a.hi
}

impl MirBorrowckCtxt<'_> {
    /// Whether the return place holds `borrow` at `loc`.
    pub fn return_place_holds(&mut self, loc: Location, borrow: BorrowIndex) -> bool {
        self.cursors.contents.seek_before(loc);
        self.cursors.contents.analysis().holds(
            self.cursors.contents.get(),
            Local::RETURN_PLACE,
            borrow,
        )
    }

    /// E0515: the function returns a borrow of its own local or parameter.
    pub fn report_return_of_local(&mut self, borrow: BorrowIndex, what: &str) {
        let b = self.borrow_set.borrows[borrow].clone();
        let name = self.local_name(b.borrowed_place.local).unwrap_or_default();
        // The expression whose value is returned: the last write of the return place.
        let mut return_span = None;
        for data in self.body.basic_blocks.iter() {
            for s in &data.statements {
                if let StatementKind::Assign(a) = &s.kind {
                    if a.0.as_local() == Some(Local::RETURN_PLACE) {
                        return_span = Some(s.source_info.span);
                    }
                }
            }
        }
        let return_span = return_span.unwrap_or(b.span);
        let direct = return_span == b.span;
        let mut err = if direct {
            let mut err = Err::new(
                return_span,
                "E0515",
                format!("cannot return reference to {what} `{name}`"),
            );
            err.label(
                return_span,
                "returns a reference to data owned by the current function",
            );
            err
        } else {
            let mut err = Err::new(
                return_span,
                "E0515",
                format!("cannot return value referencing {what} `{name}`"),
            );
            err.label(b.span, format!("`{name}` is borrowed here"));
            err.label(
                return_span,
                "returns a value referencing data owned by the current function",
            );
            err
        };
        let _ = &mut err;
        self.buffered.push(err.0);
    }

    /// Whether the call ending `loc`'s block is a `for` loop's `IntoIterator::into_iter`.
    fn is_for_loop_into_iter(&self, loc: Location) -> bool {
        let data = &self.body.basic_blocks[loc.block];
        if loc.statement_index != data.statements.len() {
            return false;
        }
        let Some(Terminator {
            kind: TerminatorKind::Call { func, .. },
            source_info,
        }) = &data.terminator
        else {
            return false;
        };
        let TyKind::FnDef(def, _) = self.tcx.kind(func.ty(self.body, self.tcx)) else {
            return false;
        };
        if self.tcx.lang_item(smelt_hir::LangItem::IntoIterIntoIter) != Some(def) {
            return false;
        }
        let Some(hir) = &self.hir else { return false };
        hir.exprs_at(source_info.span).into_iter().any(|e| {
            hir.parent[e].is_some_and(|p| {
                matches!(
                    hir.expr(p).kind,
                    ExprKind::Match(_, _, hir::MatchSource::ForLoopDesugar)
                )
            })
        })
    }

    /// Whether `&T` implements `IntoIterator`.
    fn ref_implements_into_iterator(&self, ty: smelt_ty::Ty) -> bool {
        let Some(into_iter) = self.tcx.lang_item(smelt_hir::LangItem::IntoIterIntoIter) else {
            return false;
        };
        let Some(trait_def) = self.tcx.trait_of_item(into_iter) else {
            return false;
        };
        let param_env = self.tcx.param_env(self.tcx.hir.typeck_root(self.def));
        let ref_ty = self
            .tcx
            .mk_ref(smelt_ty::Region::Erased, ty, smelt_ast::Mutability::Not);
        self.tcx
            .type_implements_trait(&param_env, ref_ty, trait_def, &[])
    }
}

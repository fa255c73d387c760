//! The diagnostics of pattern checking, worded as rustc words them: E0004 non-exhaustive
//! patterns (with the witnesses, the ADT's definition and a suggested arm), E0005 refutable
//! patterns (with a `let...else` or `if let` suggestion), and the `unreachable_patterns` and
//! `irrefutable_let_patterns` lints.
//!
//! A lint's level is set by the innermost lint attribute naming it (on the arm or `let`, the
//! expressions around it, then the items and the crate), else by the command line; the
//! library's lints are not reported.

use smelt_errors::lint::builtin;
use smelt_errors::{Diag, EmissionGuarantee, ErrorGuaranteed, Level, SpanLabel, SubDiagnostic};
use smelt_hir::{self as hir, DefKind, ExprId, LintNode, MatchSource, PatId, PatKind, QPath, Res};
use smelt_span::{BytePos, Span};
use smelt_ty::{Ty, TyKind};

use super::constructor::Constructor;
use super::lower::Pat;
use super::pat::WitnessPat;
use super::usefulness::{RedundancyExplanation, Usefulness, UsefulnessReport};
use super::{LetSource, MatchVisitor};

/// How many covering patterns an unreachable pattern's note names.
const CAP_COVERED_BY_MANY: usize = 4;

impl MatchVisitor<'_, '_> {
    /* ------------------------------------------------------------ source helpers */

    fn snippet(&self, span: Span) -> Option<String> {
        self.tcx.sess.source_map.span_to_snippet(span)
    }

    /// The span as written in the user's source (outside macro expansions).
    fn user_span(&self, span: Span) -> Span {
        self.tcx.sess.hygiene.source_callsite(span)
    }

    /// The whitespace that starts the line `span` starts on.
    fn indentation_before(&self, span: Span) -> Option<String> {
        let file = self.tcx.sess.source_map.lookup_file(span.lo)?;
        let start = file.relative(span.lo).min(file.src.len());
        let before = file.src.get(..start)?;
        let line = before.rsplit_once('\n').map_or(before, |(_, last)| last);
        Some(line.chars().take_while(|c| c.is_whitespace()).collect())
    }

    fn is_multiline(&self, span: Span) -> bool {
        self.snippet(span).is_some_and(|s| s.contains('\n'))
    }

    /// `span` extended over the characters after it that satisfy `f`.
    fn extend_while(&self, span: Span, f: impl Fn(char) -> bool) -> Span {
        let Some(file) = self.tcx.sess.source_map.lookup_file(span.hi) else {
            return span;
        };
        let start = file.relative(span.hi).min(file.src.len());
        let rest = file.src.get(start..).unwrap_or("");
        let n: usize = rest.chars().take_while(|c| f(*c)).map(char::len_utf8).sum();
        Span {
            hi: BytePos(span.hi.0 + n as u32),
            ..span
        }
    }

    /// An arm's span without the comma after it (smelt's arm spans include it).
    fn arm_span(&self, arm: &hir::Arm) -> Span {
        let span = self.user_span(arm.span);
        let Some(text) = self.snippet(span) else {
            return span;
        };
        let trimmed = text.trim_end();
        match trimmed.strip_suffix(',') {
            Some(without) => {
                let keep = without.trim_end().len();
                Span {
                    hi: BytePos(span.lo.0 + keep as u32),
                    ..span
                }
            }
            None => span,
        }
    }

    /* ------------------------------------------------------------ lints */

    /// A lint at the level the attributes around it (`node`, then the enclosing expressions,
    /// arms and `let`s, then the items and the crate) and the command line give.
    fn struct_lint(
        &self,
        lint: &'static smelt_errors::Lint,
        node: Option<LintNode>,
        span: Span,
        msg: &str,
    ) -> Option<Diag<'_, ()>> {
        if !self.emit_lints {
            return None;
        }
        let tcx = self.tcx;
        let body_attrs = node
            .iter()
            .chain(self.lint_scopes.iter().rev())
            .filter_map(|n| self.body.lint_attrs.get(n))
            .flat_map(|attrs| attrs.iter().rev());
        let item_attrs = tcx.hir.lint_attrs_in_scope(self.def);
        let mut attr_level = None;
        let mut attr_warnings = None;
        for attr in body_attrs.chain(item_attrs) {
            let name = tcx.str(attr.name);
            if attr_level.is_none() && (name == lint.name || Some(name) == lint.group) {
                attr_level = Some((attr.level, attr.span));
            }
            if attr_warnings.is_none() && name == "warnings" {
                attr_warnings = Some(attr.level);
            }
        }
        let lints = &tcx.sess.lints;
        let level = lints.level(lint, attr_level, attr_warnings);
        lints.struct_lint(&tcx.sess.dcx, lint, level, span, msg)
    }

    /// `unreachable_patterns` for the alternatives of or-patterns that cannot match in arms
    /// that can.
    pub(super) fn report_redundant_subpatterns(
        &self,
        report: &UsefulnessReport<'_, Ty>,
        arms: &[hir::Arm],
    ) {
        for (i, (_, usefulness)) in report.arm_usefulness.iter().enumerate() {
            if let Usefulness::Useful(subpats) = usefulness {
                let mut subpats = subpats.clone();
                subpats.sort_by_key(|(p, _)| (p.span.lo, p.span.hi));
                let node = arms.get(i).map(|arm| LintNode::Pat(arm.pat));
                for (pat, explanation) in subpats {
                    self.report_unreachable_pattern(pat, &explanation, None, node);
                }
            }
        }
    }

    /// `unreachable_patterns` for the arms no value reaches (for a `let`, `arms` is empty:
    /// its pattern is unreachable when its type is empty).
    pub(super) fn report_arm_reachability(
        &self,
        report: &UsefulnessReport<'_, Ty>,
        arms: &[hir::Arm],
        is_match_arm: bool,
    ) {
        for (i, (pat, usefulness)) in report.arm_usefulness.iter().enumerate() {
            if let Usefulness::Redundant(explanation) = usefulness {
                let whole_arm = arms
                    .get(i)
                    .filter(|_| is_match_arm)
                    .map(|arm| self.user_span(arm.span));
                let node = arms.get(i).map(|arm| LintNode::Pat(arm.pat));
                self.report_unreachable_pattern(pat, explanation, whole_arm, node);
            }
        }
    }

    fn report_unreachable_pattern(
        &self,
        pat: &Pat,
        explanation: &RedundancyExplanation<'_, Ty>,
        whole_arm_span: Option<Span>,
        node: Option<LintNode>,
    ) {
        let tcx = self.tcx;
        let pat_span = pat.span;
        let Some(mut diag) = self.struct_lint(
            &builtin::UNREACHABLE_PATTERNS,
            node,
            pat_span,
            "unreachable pattern",
        ) else {
            return;
        };
        match explanation.covered_by.as_slice() {
            [] => {
                // The pattern matches no value: point at the empty type.
                let mut empty_ty = pat.ty;
                pat.walk(&mut |sub| {
                    if self.cx.is_uninhabited(sub.ty) {
                        empty_ty = sub.ty;
                        false
                    } else {
                        !matches!(sub.ctor, Constructor::Ref | Constructor::UnionField)
                    }
                });
                diag = diag.span_label(
                    pat_span,
                    format!(
                        "matches no values because `{}` is uninhabited",
                        tcx.ty_string(empty_ty)
                    ),
                );
                diag = diag.note("to learn more about uninhabited types, see https://doc.rust-lang.org/nomicon/exotic-sizes.html#empty-types");
                if let Some(arm) = whole_arm_span {
                    diag = diag.span_suggestion(arm, "remove the match arm", "");
                }
            }
            [covering] if pat_is_catchall(covering) => {
                diag = diag.span_label(pat_span, "no value can reach this");
                diag = diag.span_label(covering.span, "matches any value");
            }
            [covering] => {
                diag = diag.span_label(pat_span, "no value can reach this");
                diag = diag.span_label(covering.span, "matches all the relevant values");
            }
            covering => {
                diag = diag.span_label(pat_span, "no value can reach this");
                let mut spans = vec![];
                for p in covering.iter().take(CAP_COVERED_BY_MANY) {
                    spans.push(SpanLabel {
                        span: p.span,
                        label: Some("matches some of the same values".to_string()),
                        primary: false,
                    });
                }
                let remain = covering.len().saturating_sub(CAP_COVERED_BY_MANY);
                let label = if remain == 0 {
                    "collectively making this unreachable".to_string()
                } else {
                    format!("...and {remain} other patterns collectively make this unreachable")
                };
                spans.insert(
                    0,
                    SpanLabel {
                        span: pat_span,
                        label: Some(label),
                        primary: true,
                    },
                );
                diag.diag.children.push(SubDiagnostic {
                    level: Level::Note,
                    message: "multiple earlier patterns match some of the same values".to_string(),
                    spans,
                });
            }
        }
        diag.emit();
    }

    pub(super) fn report_irrefutable_let(&self, source: LetSource, span: Span) {
        let (what, note, help) = match source {
            LetSource::IfLet => (
                "`if let`",
                "the `if let` is useless",
                "consider replacing the `if let` with a `let`",
            ),
            LetSource::WhileLet => (
                "`while let`",
                "the loop will never exit",
                "consider instead using a `loop { ... }` with a `let` inside it",
            ),
            LetSource::LetElse => (
                "`let...else`",
                "the `else` clause is useless",
                "consider removing the `else` clause",
            ),
        };
        let msg = format!("irrefutable {what} pattern");
        let Some(diag) = self.struct_lint(&builtin::IRREFUTABLE_LET_PATTERNS, None, span, &msg)
        else {
            return;
        };
        diag.note(format!("this pattern will always match, so {note}"))
            .help(help)
            .emit();
    }

    /* ------------------------------------------------------------ E0004 */

    fn joined_uncovered_patterns(&self, witnesses: &[WitnessPat<Ty>]) -> String {
        const LIMIT: usize = 3;
        let strs: Vec<String> = witnesses
            .iter()
            .map(|w| self.cx.print_witness_pat(w))
            .collect();
        match strs.as_slice() {
            [] => String::new(),
            [one] => format!("`{one}`"),
            [head @ .., tail] if head.len() < LIMIT => {
                format!("`{}` and `{tail}`", head.join("`, `"))
            }
            _ => format!(
                "`{}` and {} more",
                strs[..LIMIT].join("`, `"),
                strs.len() - LIMIT
            ),
        }
    }

    fn uncovered_label(&self, witnesses: &[WitnessPat<Ty>]) -> String {
        let s = if witnesses.len() == 1 { "" } else { "s" };
        format!(
            "pattern{s} {} not covered",
            self.joined_uncovered_patterns(witnesses)
        )
    }

    /// The span of an ADT's name, and whether it is the user's (not the library's).
    fn adt_ident_span(&self, adt: smelt_hir::DefId) -> Option<(Span, bool)> {
        let item = self.tcx.hir.item(adt)?;
        let local = !self.tcx.hir.krate(adt.krate).is_library;
        Some((item.ident.span, local))
    }

    fn variant_ident_span(
        &self,
        adt: smelt_hir::DefId,
        variant: smelt_ty::VariantIdx,
    ) -> Option<Span> {
        let item = self.tcx.hir.item(adt)?;
        match &item.kind {
            hir::ItemKind::Enum(e, _) => e.variants.get(variant.as_usize()).map(|v| v.ident.span),
            _ => None,
        }
    }

    /// Spans of the variants of `adt` the witnesses use (the first five witnesses, inside
    /// them too), each once.
    fn point_at_variants<'w>(
        &self,
        adt: smelt_hir::DefId,
        witnesses: impl Iterator<Item = &'w WitnessPat<Ty>>,
        out: &mut Vec<Span>,
    ) {
        for w in witnesses {
            if let Constructor::Variant(vi) = w.ctor {
                let same_adt = matches!(self.tcx.kind(w.ty), TyKind::Adt(did, _) if did == adt);
                if same_adt {
                    if let Some(span) = self.variant_ident_span(adt, vi) {
                        if !out.contains(&span) {
                            out.push(span);
                        }
                    }
                } else {
                    continue;
                }
            }
            self.point_at_variants(adt, w.fields.iter(), out);
        }
    }

    /// The "`T` defined here" note, with the uncovered variants labelled.
    fn adt_defined_here<G: EmissionGuarantee>(
        &self,
        diag: &mut Diag<'_, G>,
        ty: Ty,
        witnesses: &[WitnessPat<Ty>],
        point_at_library: bool,
    ) {
        let tcx = self.tcx;
        let peeled = peel_refs(tcx, ty);
        let TyKind::Adt(adt, _) = tcx.kind(peeled) else {
            return;
        };
        let Some((def_span, local)) = self.adt_ident_span(adt) else {
            return;
        };
        if !local && !point_at_library {
            return;
        }
        let mut variants = Vec::new();
        self.point_at_variants(adt, witnesses.iter().take(5), &mut variants);
        let mut spans = vec![SpanLabel {
            span: def_span,
            label: None,
            primary: true,
        }];
        spans.extend(variants.into_iter().map(|span| SpanLabel {
            span,
            label: Some("not covered".to_string()),
            primary: false,
        }));
        diag.diag.children.push(SubDiagnostic {
            level: Level::Note,
            message: format!("`{}` defined here", tcx.ty_string(peeled)),
            spans,
        });
    }

    /// The span a note about a constant points at: `const N: T`.
    fn const_def_span(&self, def: smelt_hir::DefId) -> Span {
        let span = self.tcx.def_span(def);
        match self.tcx.hir.item(def) {
            Some(item) => match &item.kind {
                hir::ItemKind::Const(ty, ..) => Span {
                    lo: item.span.lo,
                    hi: ty.span.hi,
                    ctxt: item.span.ctxt,
                },
                _ => span,
            },
            None => span,
        }
    }

    /// For a pattern that is a plain path to a constant (`N`, which the user may have meant
    /// as a new variable): the constant.
    fn pat_as_plain_const(&self, pat: PatId) -> Option<smelt_hir::DefId> {
        let PatKind::Path(QPath::Resolved(None, path)) = &self.body.pats[pat].kind else {
            return None;
        };
        let Res::Def(DefKind::Const, def) = path.res else {
            return None;
        };
        let text = self.snippet(self.pat_span(pat))?;
        text.chars()
            .all(|c| c.is_alphanumeric() || c == '_')
            .then_some(def)
    }

    pub(super) fn report_non_exhaustive_match(
        &self,
        match_expr: ExprId,
        scrut: ExprId,
        scrut_ty: Ty,
        arms: &[hir::Arm],
        witnesses: Vec<WitnessPat<Ty>>,
    ) -> ErrorGuaranteed {
        if !self.emit {
            return ErrorGuaranteed::unchecked_claim_error_was_emitted();
        }
        let tcx = self.tcx;
        let dcx = &tcx.sess.dcx;
        let sp = self.user_span(self.expr_span(scrut));
        let match_span = self.user_span(self.expr_span(match_expr));
        let source = match &self.body.exprs[match_expr].kind {
            hir::ExprKind::Match(_, _, source) => *source,
            _ => MatchSource::Normal,
        };
        // The braces and arms after the scrutinee.
        let braces_span =
            (source == MatchSource::Normal && sp.hi <= match_span.hi && sp.ctxt == match_span.ctxt)
                .then_some(Span {
                    lo: sp.hi,
                    hi: match_span.hi,
                    ctxt: sp.ctxt,
                });
        let is_empty_match = arms.is_empty();
        let non_empty_enum = matches!(tcx.kind(scrut_ty), TyKind::Adt(did, _) if {
            let def = tcx.adt_def(did);
            def.is_enum() && !def.variants.is_empty()
        });
        let ty_str = tcx.ty_string(scrut_ty);
        if is_empty_match && !non_empty_enum {
            return self.report_type_not_empty(sp, braces_span, scrut_ty);
        }

        let joined = self.joined_uncovered_patterns(&witnesses);
        let mut diag = dcx
            .struct_err(sp, format!("non-exhaustive patterns: {joined} not covered"))
            .code("E0004");
        diag = diag.span_label(sp, self.uncovered_label(&witnesses));
        self.adt_defined_here(&mut diag, scrut_ty, &witnesses, true);
        diag = diag.note(format!("the matched value is of type `{ty_str}`"));

        if !is_empty_match {
            let mut special_tys = Vec::new();
            if let Some(first) = witnesses.first() {
                self.collect_special_tys(first, &mut special_tys);
            }
            for ty in special_tys {
                let name = tcx.ty_string(ty);
                if self.cx.is_ptr_sized_int(ty) {
                    if matches!(tcx.kind(ty), TyKind::Uint(_)) {
                        diag = diag.note(format!(
                            "`{name}::MAX` is not treated as exhaustive, so half-open ranges are necessary to match exhaustively"
                        ));
                    } else {
                        diag = diag.note(format!(
                            "`{name}::MIN` and `{name}::MAX` are not treated as exhaustive, so half-open ranges are necessary to match exhaustively"
                        ));
                    }
                } else if matches!(tcx.kind(ty), TyKind::Str) {
                    diag = diag.note(
                        "`&str` cannot be matched exhaustively, so a wildcard `_` is necessary",
                    );
                } else if self.cx.is_foreign_non_exhaustive(ty) {
                    diag = diag.note(format!("`{name}` is marked as non-exhaustive, so a wildcard `_` is necessary to match exhaustively"));
                } else if self.cx.is_uninhabited(ty) {
                    diag = diag.note(format!("`{name}` is uninhabited but is not being matched by value, so a wildcard `_` is required"));
                }
            }
        }
        if let TyKind::Ref(_, inner, _) = tcx.kind(scrut_ty) {
            if self.cx.is_uninhabited(inner) {
                diag = diag.note("references are always considered inhabited");
            }
        }

        for arm in arms {
            if let Some(def) = self.pat_as_plain_const(arm.pat) {
                let name = tcx.str(tcx.item_name(def)).to_string();
                let pat_span = self.pat_span(arm.pat);
                diag = diag.span_label(
                    pat_span,
                    format!("this pattern doesn't introduce a new catch-all binding, but rather pattern matches against the value of constant `{name}`"),
                );
                diag = diag.span_note(
                    self.const_def_span(def),
                    format!("constant `{name}` defined here"),
                );
                diag = diag.span_suggestion(
                    pat_span.shrink_to_hi(),
                    "if you meant to introduce a binding, use a different name",
                    "_var",
                );
            }
        }

        // Suggest the witnesses themselves when there are few.
        let suggest_the_witnesses = witnesses.len() < 4;
        let suggested_arm = if suggest_the_witnesses {
            let pattern = witnesses
                .iter()
                .map(|w| self.cx.print_witness_pat(w))
                .collect::<Vec<_>>()
                .join(" | ");
            format!("{pattern} => todo!()")
        } else {
            "_ => todo!()".to_string()
        };
        let mut suggestion = None;
        match arms {
            [] => {}
            [only] => {
                let only_span = self.arm_span(only);
                let with_trailing = self.extend_while(only_span, |c| c.is_whitespace() || c == ',');
                let pre_indentation = match self.indentation_before(only_span) {
                    Some(indent) if self.is_multiline(with_trailing) => format!("\n{indent}"),
                    _ => " ".to_string(),
                };
                suggestion = Some((
                    only_span.shrink_to_hi(),
                    format!(",{pre_indentation}{suggested_arm}"),
                ));
            }
            [.., prev, last] => {
                let prev_span = self.arm_span(prev);
                let last_span = self.arm_span(last);
                if prev_span.ctxt == last_span.ctxt {
                    let spacing = if self.is_multiline(prev_span.between(last_span)) {
                        self.indentation_before(last_span)
                            .map(|indent| format!("\n{indent}"))
                    } else {
                        Some(" ".to_string())
                    };
                    if let Some(spacing) = spacing {
                        suggestion = Some((
                            last_span.shrink_to_hi(),
                            format!(",{spacing}{suggested_arm}"),
                        ));
                    }
                }
            }
        }
        let msg = format!(
            "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern{}{}",
            if witnesses.len() > 1 && suggest_the_witnesses && suggestion.is_some() { ", a match arm with multiple or-patterns" } else { "" },
            match witnesses.len() {
                0 if suggestion.is_some() => " as shown",
                0 => "",
                1 if suggestion.is_some() => " or an explicit pattern as shown",
                1 => " or an explicit pattern",
                _ if suggestion.is_some() => " as shown, or multiple match arms",
                _ => " or multiple match arms",
            }
        );
        if !is_empty_match && arms.iter().all(|a| a.guard.is_some()) {
            diag = diag.note("match arms with guards don't count towards exhaustivity");
        }
        diag = match suggestion {
            Some((span, sugg)) => diag.span_suggestion(span, msg, sugg),
            None => diag.help(msg),
        };
        diag.emit()
    }

    /// `match x {}` on a type with values.
    fn report_type_not_empty(
        &self,
        sp: Span,
        braces_span: Option<Span>,
        ty: Ty,
    ) -> ErrorGuaranteed {
        let tcx = self.tcx;
        let ty_str = tcx.ty_string(ty);
        let mut diag = tcx
            .sess
            .dcx
            .struct_err(
                sp,
                format!("non-exhaustive patterns: type `{ty_str}` is non-empty"),
            )
            .code("E0004");
        let peeled = peel_refs(tcx, ty);
        if let TyKind::Adt(adt, _) = tcx.kind(peeled) {
            if let Some((span, _)) = self.adt_ident_span(adt) {
                diag = diag.span_note(span, format!("`{}` defined here", tcx.ty_string(peeled)));
            }
        }
        if self.cx.is_foreign_non_exhaustive(ty) {
            diag = diag.note(format!(
                "the matched value is of type `{ty_str}`, which is marked as non-exhaustive"
            ));
        } else {
            diag = diag.note(format!("the matched value is of type `{ty_str}`"));
        }
        if let TyKind::Ref(_, inner, _) = tcx.kind(ty) {
            if self.cx.is_uninhabited(inner) {
                diag = diag.note("references are always considered inhabited");
            }
        }
        match braces_span {
            Some(braces) => {
                let (indentation, more) = match self.indentation_before(sp) {
                    Some(indent) => (format!("\n{indent}"), "    "),
                    None => (" ".to_string(), ""),
                };
                diag = diag.span_suggestion(
                    braces,
                    "ensure that all possible cases are being handled by adding a match arm with a wildcard pattern as shown",
                    format!(" {{{indentation}{more}_ => todo!(),{indentation}}}"),
                );
            }
            None => {
                diag = diag.help("ensure that all possible cases are being handled by adding a match arm with a wildcard pattern");
            }
        }
        diag.emit()
    }

    /// Types in the first witness that need a word of explanation.
    fn collect_special_tys(&self, pat: &WitnessPat<Ty>, out: &mut Vec<Ty>) {
        let special = match &pat.ctor {
            Constructor::NonExhaustive | Constructor::Never => true,
            Constructor::IntRange(range) => self.cx.is_range_beyond_boundaries(range, pat.ty),
            _ => false,
        };
        if special && !out.contains(&pat.ty) {
            out.push(pat.ty);
        }
        for f in &pat.fields {
            self.collect_special_tys(f, out);
        }
    }

    /* ------------------------------------------------------------ E0005 */

    pub(super) fn report_refutable_pattern(
        &self,
        pat: PatId,
        origin: &str,
        scrut: Option<ExprId>,
        let_span: Option<Span>,
        pattern_ty: Ty,
        witnesses: &[WitnessPat<Ty>],
    ) -> ErrorGuaranteed {
        if !self.emit {
            return ErrorGuaranteed::unchecked_claim_error_was_emitted();
        }
        let tcx = self.tcx;
        let pat_span = self.pat_span(pat);
        let mut diag = tcx
            .sess
            .dcx
            .struct_err(pat_span, format!("refutable pattern in {origin}"))
            .code("E0005");
        diag = diag.span_label(pat_span, self.uncovered_label(witnesses));
        if let_span.is_some() {
            diag = diag
                .note("`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` with only one variant")
                .note("for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html");
        }
        let interpreted_as_const = self.pat_as_plain_const(pat);
        let mut misc_suggestion = None;
        if let Some(def) = interpreted_as_const {
            let name = tcx.str(tcx.item_name(def)).to_string();
            diag = diag.span_label(
                self.const_def_span(def),
                format!("missing patterns are not covered because `{name}` is interpreted as a constant pattern, not a new variable"),
            );
        } else if let PatKind::Lit(_) = self.body.pats[pat].kind {
            if self
                .snippet(pat_span)
                .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()))
            {
                misc_suggestion = Some(pat_span.shrink_to_lo());
            }
        }
        self.adt_defined_here(&mut diag, pattern_ty, witnesses, false);
        diag = diag.note(format!(
            "the matched value is of type `{}`",
            tcx.ty_string(pattern_ty)
        ));
        if let Some(def) = interpreted_as_const {
            let name = tcx.str(tcx.item_name(def)).to_string();
            let _ = name;
            diag = diag.span_suggestion(
                pat_span.shrink_to_hi(),
                "introduce a variable instead",
                "_var",
            );
        } else if let (Some(span), Some(_)) = (let_span, scrut) {
            let count = witnesses.len();
            let (variants, verb) = if count == 1 {
                ("variant", "isn't")
            } else {
                ("variants", "aren't")
            };
            if self.pattern_has_bindings(pat) {
                diag = diag.span_suggestion(
                    span.shrink_to_hi(),
                    format!("you might want to use `let...else` to handle the {variants} that {verb} matched"),
                    " else { todo!() }",
                );
            } else if let Some(text) = self.snippet(span) {
                // rustc inserts `if ` before and ` { todo!() }` after; smelt's suggestions
                // have one part, so the whole statement is replaced.
                diag = diag.span_suggestion(
                    span,
                    format!("you might want to use `if let` to ignore the {variants} that {verb} matched"),
                    format!("if {text} {{ todo!() }}"),
                );
            }
        }
        if let Some(at) = misc_suggestion {
            diag = diag.span_suggestion(
                at,
                "alternatively, you could prepend the pattern with an underscore to define a new named variable; identifiers cannot begin with digits",
                "_",
            );
        }
        diag.emit()
    }

    fn pattern_has_bindings(&self, pat: PatId) -> bool {
        let mut stack = vec![pat];
        while let Some(p) = stack.pop() {
            match &self.body.pats[p].kind {
                PatKind::Binding(..) => return true,
                PatKind::Struct(_, fields, _) => stack.extend(fields.iter().map(|f| f.pat)),
                PatKind::TupleStruct(_, pats, _) | PatKind::Tuple(pats, _) | PatKind::Or(pats) => {
                    stack.extend(pats.iter().copied())
                }
                PatKind::Box(inner) | PatKind::Ref(inner, _) => stack.push(*inner),
                PatKind::Slice(before, mid, after) => {
                    stack.extend(before.iter().copied());
                    stack.extend(mid.iter().copied());
                    stack.extend(after.iter().copied());
                }
                PatKind::Wild
                | PatKind::Lit(_)
                | PatKind::Range(..)
                | PatKind::Path(_)
                | PatKind::Err(_) => {}
            }
        }
        false
    }
}

/// Patterns that match any value and that the user may not have meant as such: `_`, a
/// binding, and tuples, structs and references of those.
fn pat_is_catchall(pat: &Pat) -> bool {
    match pat.ctor {
        Constructor::Wildcard => true,
        Constructor::Struct | Constructor::Ref => pat.iter_fields().all(pat_is_catchall),
        _ => false,
    }
}

fn peel_refs(tcx: &smelt_ty::TyCtxt, mut ty: Ty) -> Ty {
    while let TyKind::Ref(_, inner, _) = tcx.kind(ty) {
        ty = inner;
    }
    ty
}

//! Drop elaboration. MIR building schedules a `Drop` for every local at the end of its scope
//! and before every assignment that overwrites a value, whether or not the place still holds
//! one. This pass decides each drop with the initialisation state of the place's move paths
//! (`move_paths`), the way rustc's `ElaborateDrops` does:
//!
//! - *dead*: no part of the place may be initialised: the drop goes away;
//! - *static*: every part is initialised: the drop stays;
//! - *conditional*: the place (with no tracked parts) may or may not be initialised: the
//!   drop runs if the place's drop flag, a `bool` local kept up to date at every move and
//!   initialisation, is set;
//! - *open*: some parts were moved out: the place is taken apart, field by field (an enum
//!   by a switch on its discriminant, a `Box` into contents and memory), and each part is
//!   decided on its own.

use rustc_hash::FxHashMap;
use smelt_mir::*;
use smelt_span::Idx;
use smelt_ty::{TyCtxt, TyKind};

use crate::move_paths::{Effect, InitState, Lookup, MoveData, PathIdx};
use crate::patch::Patch;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum Style {
    Dead,
    Static,
    Conditional(PathIdx),
    Open,
}

struct Elaborator<'a, 'b, 'c> {
    patch: Patch<'a, 'b>,
    md: &'c MoveData,
    flags: FxHashMap<PathIdx, Local>,
}

pub fn elaborate_drops(tcx: &TyCtxt, body: &mut Body, param_env: smelt_ty::traits::ParamEnv) {
    let has_drops = body
        .basic_blocks
        .iter()
        .any(|b| matches!(b.terminator().kind, TerminatorKind::Drop { .. }));
    if !has_drops {
        return;
    }
    let md = MoveData::gather(tcx, body);
    let original_blocks = body.basic_blocks.len();
    let states = md.analyze(body);
    let drops: Vec<BasicBlock> = body
        .basic_blocks
        .indices()
        .filter(|&bb| {
            matches!(
                body.basic_blocks[bb].terminator().kind,
                TerminatorKind::Drop { .. }
            )
        })
        .collect();
    // The state at each drop, before anything changes.
    let mut at_drop: Vec<(BasicBlock, Option<InitState>)> = Vec::new();
    for &bb in &drops {
        let state = states[bb.index()].clone().map(|mut s| {
            for stmt in &body.basic_blocks[bb].statements {
                md.apply_all(&mut s, &md.statement_effects(stmt));
            }
            s
        });
        at_drop.push((bb, state));
    }
    let span = body.span;
    let mut el = Elaborator {
        patch: Patch {
            tcx,
            body,
            param_env,
            span,
        },
        md: &md,
        flags: FxHashMap::default(),
    };
    // Blocks where drop flags are cleared after a drop: (block, dropped path).
    let mut resets: Vec<(BasicBlock, PathIdx)> = Vec::new();
    for (bb, state) in at_drop {
        let TerminatorKind::Drop { place, target, .. } =
            el.patch.body.basic_blocks[bb].terminator().kind.clone()
        else {
            continue;
        };
        let new_kind = match state {
            None => TerminatorKind::Goto { target },
            Some(state) => {
                let ty = el.patch.place_ty(&place);
                if !el.patch.needs_drop(ty) {
                    TerminatorKind::Goto { target }
                } else {
                    match md.lookup(&place) {
                        // Behind a reference or an index: the place is initialised.
                        Lookup::Parent(_) | Lookup::Untracked => continue,
                        Lookup::Exact(path) => {
                            if el.style_deep(&state, path) == Style::Dead {
                                TerminatorKind::Goto { target }
                            } else {
                                let reset = el
                                    .patch
                                    .new_block(Vec::new(), TerminatorKind::Goto { target });
                                resets.push((reset, path));
                                let entry =
                                    el.drop_subpath(&state, place, Some(path), Style::Dead, reset);
                                TerminatorKind::Goto { target: entry }
                            }
                        }
                    }
                }
            }
        };
        el.patch.body.basic_blocks[bb].terminator_mut().kind = new_kind;
    }
    if el.flags.is_empty() {
        return;
    }
    let flags = el.flags;
    for (reset, path) in resets {
        let stmts = flag_updates(tcx, &md, &flags, Effect::Uninit(path), span);
        el.patch.body.basic_blocks[reset].statements.extend(stmts);
    }
    insert_flag_updates(tcx, el.patch.body, &md, &flags, original_blocks);
}

impl Elaborator<'_, '_, '_> {
    fn flag(&mut self, path: PathIdx) -> Local {
        if let Some(&l) = self.flags.get(&path) {
            return l;
        }
        let l = self.patch.new_temp(self.patch.tcx.types.bool);
        self.flags.insert(path, l);
        l
    }

    fn style_deep(&self, state: &InitState, path: PathIdx) -> Style {
        let (mut live, mut dead) = (false, false);
        let subtree = self.md.subtree(path);
        for &q in &subtree {
            live |= state.maybe_init.contains(q);
            dead |= state.maybe_uninit.contains(q);
        }
        match (live, dead) {
            (false, _) => Style::Dead,
            (true, false) => Style::Static,
            (true, true) if subtree.len() == 1 => Style::Conditional(path),
            (true, true) => Style::Open,
        }
    }

    fn style_shallow(&self, state: &InitState, path: PathIdx) -> Style {
        match (
            state.maybe_init.contains(path),
            state.maybe_uninit.contains(path),
        ) {
            (false, _) => Style::Dead,
            (true, false) => Style::Static,
            (true, true) => Style::Conditional(path),
        }
    }

    /// Drops `place`, whose move path is `path` (or, untracked, in the state `fallback` of
    /// its parent), then goes to `succ`.
    fn drop_subpath(
        &mut self,
        state: &InitState,
        place: Place,
        path: Option<PathIdx>,
        fallback: Style,
        succ: BasicBlock,
    ) -> BasicBlock {
        let ty = self.patch.place_ty(&place);
        if !self.patch.needs_drop(ty) {
            return succ;
        }
        let style = match path {
            Some(p) => self.style_deep(state, p),
            None => fallback,
        };
        match style {
            Style::Dead => succ,
            Style::Static => self.patch.drop_block(place, succ),
            Style::Conditional(p) => {
                let d = self.patch.drop_block(place, succ);
                let flag = self.flag(p);
                self.patch.flag_switch(flag, d, succ)
            }
            Style::Open => match path {
                Some(p) => self.open_drop(state, place, p, succ),
                None => self.patch.drop_block(place, succ),
            },
        }
    }

    /// `succ` guarded by the shallow state of `path`: skipped when dead, behind the flag when
    /// conditional.
    fn guarded(
        &mut self,
        state: &InitState,
        path: PathIdx,
        then: BasicBlock,
        succ: BasicBlock,
    ) -> BasicBlock {
        match self.style_shallow(state, path) {
            Style::Dead => succ,
            Style::Conditional(p) => {
                let flag = self.flag(p);
                self.patch.flag_switch(flag, then, succ)
            }
            _ => then,
        }
    }

    fn open_drop(
        &mut self,
        state: &InitState,
        place: Place,
        path: PathIdx,
        succ: BasicBlock,
    ) -> BasicBlock {
        let tcx = self.patch.tcx;
        let ty = self.patch.place_ty(&place);
        let shallow = self.style_shallow(state, path);
        match tcx.kind(ty) {
            TyKind::Adt(def, _) if self.patch.is_box(ty) => {
                let _ = def;
                let free = self.patch.call_drop_impl(place.clone(), succ);
                let free = self.guarded(state, path, free, succ);
                let contents = place.deref();
                let child = self.md.child(path, &ProjectionElem::Deref);
                self.drop_subpath(state, contents, child, shallow, free)
            }
            TyKind::Adt(def, _) if tcx.adt_def(def).is_enum() && !tcx.adt_has_drop_impl(def) => {
                let adt = tcx.adt_def(def);
                let mut targets = Vec::new();
                for (v, _) in adt.variants.iter_enumerated() {
                    let vplace = place.downcast(v);
                    let vpath = self.md.child(path, &ProjectionElem::Downcast(v));
                    let vfallback = vpath.map_or(shallow, |vp| self.style_shallow(state, vp));
                    let fields = self.patch.field_places(&vplace, ty, Some(v));
                    targets.push(self.drop_fields(state, fields, vpath, vfallback, succ));
                }
                self.patch.discriminant_switch(place, ty, &targets, succ)
            }
            TyKind::Adt(def, _) if !tcx.adt_has_drop_impl(def) && !tcx.adt_def(def).is_union() => {
                let fields = self.patch.field_places(&place, ty, None);
                self.drop_fields(state, fields, Some(path), shallow, succ)
            }
            TyKind::Tuple(_) | TyKind::Closure(..) => {
                let fields = self.patch.field_places(&place, ty, None);
                self.drop_fields(state, fields, Some(path), shallow, succ)
            }
            // Nothing else can be partially moved out of.
            _ => {
                let d = self.patch.drop_block(place, succ);
                self.guarded(state, path, d, succ)
            }
        }
    }

    fn drop_fields(
        &mut self,
        state: &InitState,
        fields: Vec<(smelt_ty::FieldIdx, Place)>,
        parent: Option<PathIdx>,
        fallback: Style,
        succ: BasicBlock,
    ) -> BasicBlock {
        let mut next = succ;
        for (f, fplace) in fields.into_iter().rev() {
            let fty = self.patch.place_ty(&fplace);
            let child = parent.and_then(|p| self.md.child(p, &ProjectionElem::Field(f, fty)));
            next = self.drop_subpath(state, fplace, child, fallback, next);
        }
        next
    }
}

/// The statements that bring the flags under `effect`'s path up to date.
fn flag_updates(
    tcx: &TyCtxt,
    md: &MoveData,
    flags: &FxHashMap<PathIdx, Local>,
    effect: Effect,
    span: smelt_span::Span,
) -> Vec<Statement> {
    let (path, value) = match effect {
        Effect::Init(p) => (p, true),
        Effect::Uninit(p) => (p, false),
    };
    md.subtree(path)
        .into_iter()
        .filter_map(|q| flags.get(&q))
        .map(|&flag| Statement {
            source_info: SourceInfo::outermost(span),
            kind: StatementKind::Assign(Box::new((
                Place::from(flag),
                Rvalue::Use(Operand::const_bool(tcx, value, span)),
            ))),
        })
        .collect()
}

/// Keeps every drop flag equal to its path's initialisation: cleared on entry (set for the
/// arguments), updated after every move and initialisation. Only the blocks that existed
/// before elaboration (the first `n_original`) are visited: the blocks elaboration added
/// update flags themselves.
fn insert_flag_updates(
    tcx: &TyCtxt,
    body: &mut Body,
    md: &MoveData,
    flags: &FxHashMap<PathIdx, Local>,
    n_original: usize,
) {
    let span = body.span;
    let mut edge_blocks: Vec<(BasicBlock, Vec<Statement>)> = Vec::new();
    for bb in body.basic_blocks.indices().take(n_original) {
        let data = &body.basic_blocks[bb];
        let mut statements = Vec::with_capacity(data.statements.len());
        for stmt in &data.statements {
            statements.push(stmt.clone());
            for e in md.statement_effects(stmt) {
                statements.extend(flag_updates(tcx, md, flags, e, span));
            }
        }
        let term = data.terminator().clone();
        for e in md.terminator_effects(&term) {
            statements.extend(flag_updates(tcx, md, flags, e, span));
        }
        if let TerminatorKind::Call {
            target: Some(_), ..
        } = &term.kind
        {
            let mut stmts = Vec::new();
            for e in md.edge_effects(&term) {
                stmts.extend(flag_updates(tcx, md, flags, e, span));
            }
            if !stmts.is_empty() {
                edge_blocks.push((bb, stmts));
            }
        }
        body.basic_blocks[bb].statements = statements;
    }
    for (bb, stmts) in edge_blocks {
        let TerminatorKind::Call {
            target: Some(target),
            ..
        } = body.basic_blocks[bb].terminator().kind
        else {
            continue;
        };
        let edge = body.basic_blocks.push(BasicBlockData {
            statements: stmts,
            terminator: Some(Terminator {
                source_info: SourceInfo::outermost(span),
                kind: TerminatorKind::Goto { target },
            }),
            is_cleanup: false,
        });
        if let TerminatorKind::Call { target, .. } =
            &mut body.basic_blocks[bb].terminator_mut().kind
        {
            *target = Some(edge);
        }
    }
    // On entry: every flag cleared, those of the arguments set. The start block may be a
    // jump target, so its contents move to a new block and it only sets the flags.
    let mut entry = Vec::new();
    let mut sorted: Vec<(&PathIdx, &Local)> = flags.iter().collect();
    sorted.sort();
    for (_, &flag) in &sorted {
        entry.push(Statement {
            source_info: SourceInfo::outermost(span),
            kind: StatementKind::Assign(Box::new((
                Place::from(flag),
                Rvalue::Use(Operand::const_bool(tcx, false, span)),
            ))),
        });
    }
    let args: Vec<Local> = body.args_iter().collect();
    for arg in args {
        entry.extend(flag_updates(
            tcx,
            md,
            flags,
            Effect::Init(md.root(arg)),
            span,
        ));
    }
    let old_start = std::mem::take(&mut body.basic_blocks[BasicBlock::START]);
    let moved = body.basic_blocks.push(old_start);
    for data in body.basic_blocks.iter_mut() {
        if let Some(t) = &mut data.terminator {
            for s in t.kind.successors_mut() {
                if *s == BasicBlock::START {
                    *s = moved;
                }
            }
        }
    }
    body.basic_blocks[BasicBlock::START] = BasicBlockData {
        statements: entry,
        terminator: Some(Terminator {
            source_info: SourceInfo::outermost(span),
            kind: TerminatorKind::Goto { target: moved },
        }),
        is_cleanup: false,
    };
}

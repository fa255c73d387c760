//! Move paths and the initialisation state of each, as drop elaboration needs them.
//!
//! A *move path* is a place that can be moved out of or initialised on its own: a local, a
//! field of a tracked path, an enum variant of one (`Downcast`), or the contents of a `Box`.
//! Places behind references, and elements reached by indexing, are not tracked: moving out
//! of them is an error, and assigning to them does not change what a local owns.
//!
//! Two forward analyses run over the CFG at once: *maybe initialised* (some path reaching
//! here initialised it) and *maybe uninitialised* (some path reaching here did not, or moved
//! out of it). A path both maybe-init and maybe-uninit needs a run-time drop flag.

use rustc_hash::FxHashMap;
use smelt_mir::*;
use smelt_span::Idx;
use smelt_ty::{TyCtxt, TyKind};

pub type PathIdx = usize;

#[derive(Clone, Debug)]
pub struct MovePath {
    pub place: Place,
    pub parent: Option<PathIdx>,
    pub children: Vec<PathIdx>,
}

/// What looking a place up found.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// The place is a move path.
    Exact(PathIdx),
    /// The place is not tracked; the longest tracked prefix.
    Parent(PathIdx),
    /// A local the analysis does not know (one added after it ran).
    Untracked,
}

pub struct MoveData {
    pub paths: Vec<MovePath>,
    index: FxHashMap<Place, PathIdx>,
}

impl MoveData {
    /// Creates the paths of every place the body moves out of, initialises or drops.
    pub fn gather(tcx: &TyCtxt, body: &Body) -> MoveData {
        let mut md = MoveData {
            paths: Vec::new(),
            index: FxHashMap::default(),
        };
        for local in body.local_decls.indices() {
            md.add(Place::from(local), None);
        }
        for data in body.basic_blocks.iter() {
            for stmt in &data.statements {
                if let StatementKind::Assign(b) = &stmt.kind {
                    md.create(tcx, body, &b.0);
                    visit::for_each_operand_in_rvalue(&b.1, &mut |o| {
                        if let Operand::Move(p) = o {
                            md.create(tcx, body, p);
                        }
                    });
                }
            }
            match &data.terminator().kind {
                TerminatorKind::Drop { place, .. } => {
                    md.create(tcx, body, place);
                }
                TerminatorKind::Call {
                    func,
                    args,
                    destination,
                    ..
                } => {
                    md.create(tcx, body, destination);
                    for o in std::iter::once(func).chain(args) {
                        if let Operand::Move(p) = o {
                            md.create(tcx, body, p);
                        }
                    }
                }
                _ => {}
            }
        }
        md
    }

    fn add(&mut self, place: Place, parent: Option<PathIdx>) -> PathIdx {
        let idx = self.paths.len();
        self.paths.push(MovePath {
            place: place.clone(),
            parent,
            children: Vec::new(),
        });
        if let Some(p) = parent {
            self.paths[p].children.push(idx);
        }
        self.index.insert(place, idx);
        idx
    }

    /// Whether a projection of a place of type `base` can be a move path of its own.
    fn trackable(tcx: &TyCtxt, base: smelt_ty::Ty, elem: &PlaceElem) -> bool {
        match elem {
            ProjectionElem::Field(..) | ProjectionElem::Downcast(_) => {
                // Fields of unions are not tracked separately.
                !matches!(tcx.kind(base), TyKind::Adt(d, _) if tcx.adt_def(d).is_union())
            }
            ProjectionElem::Deref => {
                matches!(tcx.kind(base), TyKind::Adt(d, _) if tcx.is_lang_item(d, smelt_hir::LangItem::OwnedBox))
            }
            _ => false,
        }
    }

    fn create(&mut self, tcx: &TyCtxt, body: &Body, place: &Place) {
        let mut current = self.index[&Place::from(place.local)];
        let mut pty = PlaceTy {
            ty: body.local_decls[place.local].ty,
            variant: None,
        };
        for (i, elem) in place.projection.iter().enumerate() {
            if !Self::trackable(tcx, pty.ty, elem) {
                return;
            }
            let sub = Place {
                local: place.local,
                projection: place.projection[..=i].to_vec(),
            };
            current = match self.index.get(&sub) {
                Some(&p) => p,
                None => self.add(sub, Some(current)),
            };
            pty = pty.project(tcx, elem);
        }
    }

    pub fn lookup(&self, place: &Place) -> Lookup {
        if let Some(&p) = self.index.get(place) {
            return Lookup::Exact(p);
        }
        for n in (0..place.projection.len()).rev() {
            let sub = Place {
                local: place.local,
                projection: place.projection[..n].to_vec(),
            };
            if let Some(&p) = self.index.get(&sub) {
                return Lookup::Parent(p);
            }
        }
        Lookup::Untracked
    }

    pub fn root(&self, local: Local) -> PathIdx {
        self.index[&Place::from(local)]
    }

    /// `path` and all paths below it.
    pub fn subtree(&self, path: PathIdx) -> Vec<PathIdx> {
        let mut out = vec![path];
        let mut i = 0;
        while i < out.len() {
            out.extend(self.paths[out[i]].children.iter().copied());
            i += 1;
        }
        out
    }

    /// The child of `path` reached by `elem` (fields compared by index), if it is tracked.
    pub fn child(&self, path: PathIdx, elem: &PlaceElem) -> Option<PathIdx> {
        self.paths[path].children.iter().copied().find(|&c| {
            match (self.paths[c].place.projection.last(), elem) {
                (Some(ProjectionElem::Field(a, _)), ProjectionElem::Field(b, _)) => a == b,
                (Some(x), y) => x == y,
                (None, _) => false,
            }
        })
    }
}

/* ---------------------------------------------------------------- bit sets */

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct BitSet {
    words: Vec<u64>,
}

impl BitSet {
    pub fn new(n: usize) -> BitSet {
        BitSet {
            words: vec![0; n.div_ceil(64)],
        }
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words[i / 64] & (1 << (i % 64)) != 0
    }

    pub fn insert(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn remove(&mut self, i: usize) {
        self.words[i / 64] &= !(1 << (i % 64));
    }

    /// Adds `other`; whether anything changed.
    pub fn union(&mut self, other: &BitSet) -> bool {
        let mut changed = false;
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            let n = *a | *b;
            changed |= n != *a;
            *a = n;
        }
        changed
    }
}

/* ---------------------------------------------------------------- initialisation state */

/// Which paths may be initialised and which may be uninitialised at a point.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct InitState {
    pub maybe_init: BitSet,
    pub maybe_uninit: BitSet,
}

impl InitState {
    fn join(&mut self, other: &InitState) -> bool {
        let a = self.maybe_init.union(&other.maybe_init);
        let b = self.maybe_uninit.union(&other.maybe_uninit);
        a || b
    }
}

/// What a statement or terminator does to the initialisation of paths.
#[derive(Copy, Clone, Debug)]
pub enum Effect {
    Init(PathIdx),
    Uninit(PathIdx),
}

impl MoveData {
    fn apply(&self, state: &mut InitState, effect: Effect) {
        match effect {
            Effect::Init(p) => {
                for q in self.subtree(p) {
                    state.maybe_init.insert(q);
                    state.maybe_uninit.remove(q);
                }
            }
            Effect::Uninit(p) => {
                for q in self.subtree(p) {
                    state.maybe_init.remove(q);
                    state.maybe_uninit.insert(q);
                }
            }
        }
    }

    fn move_effect(&self, o: &Operand, out: &mut Vec<Effect>) {
        if let Operand::Move(p) = o {
            // Moving out of an untracked part of a path leaks the rest rather than
            // dropping it twice.
            match self.lookup(p) {
                Lookup::Exact(i) | Lookup::Parent(i) => out.push(Effect::Uninit(i)),
                Lookup::Untracked => {}
            }
        }
    }

    /// The effects of a statement, in order.
    pub fn statement_effects(&self, stmt: &Statement) -> Vec<Effect> {
        let mut out = Vec::new();
        match &stmt.kind {
            StatementKind::Assign(b) => {
                visit::for_each_operand_in_rvalue(&b.1, &mut |o| self.move_effect(o, &mut out));
                if let Lookup::Exact(p) = self.lookup(&b.0) {
                    out.push(Effect::Init(p));
                }
            }
            StatementKind::StorageLive(l) | StatementKind::StorageDead(l) => {
                if let Lookup::Exact(p) = self.lookup(&Place::from(*l)) {
                    out.push(Effect::Uninit(p));
                }
            }
            _ => {}
        }
        out
    }

    /// The effects of a terminator before it transfers control (its moves).
    pub fn terminator_effects(&self, term: &Terminator) -> Vec<Effect> {
        let mut out = Vec::new();
        match &term.kind {
            TerminatorKind::Call { func, args, .. } => {
                self.move_effect(func, &mut out);
                for a in args {
                    self.move_effect(a, &mut out);
                }
            }
            TerminatorKind::SwitchInt { discr, .. } => self.move_effect(discr, &mut out),
            TerminatorKind::Assert { cond, .. } => self.move_effect(cond, &mut out),
            _ => {}
        }
        out
    }

    /// The effects on the edge to the normal successor (a call's result, a drop's end).
    pub fn edge_effects(&self, term: &Terminator) -> Vec<Effect> {
        match &term.kind {
            TerminatorKind::Call { destination, .. } => match self.lookup(destination) {
                Lookup::Exact(p) => vec![Effect::Init(p)],
                _ => Vec::new(),
            },
            TerminatorKind::Drop { place, .. } => match self.lookup(place) {
                Lookup::Exact(p) => vec![Effect::Uninit(p)],
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    pub fn apply_all(&self, state: &mut InitState, effects: &[Effect]) {
        for e in effects {
            self.apply(state, *e);
        }
    }

    /// The state at the entry of every block: arguments initialised, everything else not.
    pub fn analyze(&self, body: &Body) -> Vec<Option<InitState>> {
        let n = self.paths.len();
        let mut entry = InitState {
            maybe_init: BitSet::new(n),
            maybe_uninit: BitSet::new(n),
        };
        for p in 0..n {
            entry.maybe_uninit.insert(p);
        }
        for arg in body.args_iter() {
            self.apply(&mut entry, Effect::Init(self.root(arg)));
        }
        let mut states: Vec<Option<InitState>> = vec![None; body.basic_blocks.len()];
        states[0] = Some(entry);
        let mut work: Vec<BasicBlock> = vec![BasicBlock::START];
        let mut queued = vec![false; body.basic_blocks.len()];
        queued[0] = true;
        while let Some(bb) = work.pop() {
            queued[bb.index()] = false;
            let Some(mut state) = states[bb.index()].clone() else {
                continue;
            };
            let data = &body.basic_blocks[bb];
            for stmt in &data.statements {
                self.apply_all(&mut state, &self.statement_effects(stmt));
            }
            let term = data.terminator();
            self.apply_all(&mut state, &self.terminator_effects(term));
            let edge = self.edge_effects(term);
            let normal: Option<BasicBlock> = match &term.kind {
                TerminatorKind::Call { target, .. } => *target,
                TerminatorKind::Drop { target, .. } => Some(*target),
                _ => None,
            };
            for succ in term.kind.successors() {
                let mut s = state.clone();
                if Some(succ) == normal {
                    self.apply_all(&mut s, &edge);
                }
                let changed = match &mut states[succ.index()] {
                    Some(existing) => existing.join(&s),
                    slot @ None => {
                        *slot = Some(s);
                        true
                    }
                };
                if changed && !queued[succ.index()] {
                    queued[succ.index()] = true;
                    work.push(succ);
                }
            }
        }
        states
    }
}

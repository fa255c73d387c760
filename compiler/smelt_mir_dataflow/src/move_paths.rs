//! Move paths: the places a body moves out of or initialises, as a tree per local, and the
//! moves and initialisations of each.
//!
//! A move path is a local or a projection of another move path by a field, an enum
//! downcast, a constant index or subslice of an array, or the deref of a `Box`. Places
//! behind references and raw pointers, slice elements, indexed array elements and the
//! fields of a type with a `Drop` impl are never moved out of on their own: a move of one is
//! a [`MoveError`], and a use of one looks up the closest enclosing path.

use rustc_hash::FxHashMap;
use smelt_hir::LangItem;
use smelt_mir::*;
use smelt_span::{newtype_index, IndexVec};
use smelt_ty::{Ty, TyCtxt, TyKind};

use crate::{Location, LocationMap};

newtype_index! {
    pub struct MovePathIndex; "mp"
}

newtype_index! {
    pub struct MoveOutIndex; "mo"
}

newtype_index! {
    pub struct InitIndex; "in"
}

#[derive(Clone, Debug)]
pub struct MovePath {
    pub place: Place,
    pub parent: Option<MovePathIndex>,
    pub first_child: Option<MovePathIndex>,
    pub next_sibling: Option<MovePathIndex>,
}

/// A move out of a path at a location.
#[derive(Copy, Clone, Debug)]
pub struct MoveOut {
    pub path: MovePathIndex,
    pub source: Location,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum InitLocation {
    /// A function argument, initialised on entry.
    Argument(Local),
    Statement(Location),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum InitKind {
    /// The path and all its children are initialised.
    Deep,
    /// Only the path itself (`SetDiscriminant`).
    Shallow,
    /// Deep, but only on the return edge of a call (its destination).
    NonPanicPathOnly,
}

#[derive(Copy, Clone, Debug)]
pub struct Init {
    pub path: MovePathIndex,
    pub location: InitLocation,
    pub kind: InitKind,
}

/// Why a place cannot be moved out of.
#[derive(Clone, Debug)]
pub enum IllegalMoveOriginKind {
    /// It is behind a reference or raw pointer (`target_place` is the dereferenced place).
    BorrowedContent { target_place: Place },
    /// It is a field of a type that implements `Drop`.
    InteriorOfTypeWithDestructor { container_ty: Ty },
    /// It is an element of a slice, or an indexed element of an array.
    InteriorOfSliceOrArray { ty: Ty, is_index: bool },
}

/// A move out of a place that cannot be moved out of.
#[derive(Clone, Debug)]
pub struct MoveError {
    /// The place that was moved.
    pub place: Place,
    pub location: Location,
    pub kind: IllegalMoveOriginKind,
}

/// The result of looking a place up: its own path, or the closest enclosing one (`None`
/// when not even its local has a path, which does not happen for bodies gathered here).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum LookupResult {
    Exact(MovePathIndex),
    Parent(Option<MovePathIndex>),
}

/// A projection as far as move paths care: index locals do not matter.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum MovePathElem {
    Deref,
    Field(smelt_ty::FieldIdx),
    ConstantIndex {
        offset: u64,
        min_length: u64,
        from_end: bool,
    },
    Subslice {
        from: u64,
        to: u64,
        from_end: bool,
    },
    Downcast(smelt_ty::VariantIdx),
}

impl MovePathElem {
    fn of(elem: &PlaceElem) -> Option<MovePathElem> {
        Some(match *elem {
            ProjectionElem::Deref => MovePathElem::Deref,
            ProjectionElem::Field(f, _) => MovePathElem::Field(f),
            ProjectionElem::ConstantIndex {
                offset,
                min_length,
                from_end,
            } => MovePathElem::ConstantIndex {
                offset,
                min_length,
                from_end,
            },
            ProjectionElem::Subslice { from, to, from_end } => {
                MovePathElem::Subslice { from, to, from_end }
            }
            ProjectionElem::Downcast(v) => MovePathElem::Downcast(v),
            ProjectionElem::Index(_) => return None,
        })
    }
}

/// Place → move path.
#[derive(Clone, Debug)]
pub struct MovePathLookup {
    locals: IndexVec<Local, MovePathIndex>,
    projections: FxHashMap<(MovePathIndex, MovePathElemKey), MovePathIndex>,
}

/// The hashable key of a projection step (private representation).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MovePathElemKey(MovePathElem);

impl MovePathLookup {
    /// The path of a local (every local has one).
    pub fn find_local(&self, local: Local) -> MovePathIndex {
        self.locals[local]
    }

    /// The path of `place`, or the closest enclosing path.
    pub fn find(&self, place: &Place) -> LookupResult {
        let mut result = self.locals[place.local];
        for elem in &place.projection {
            let next = MovePathElem::of(elem)
                .and_then(|e| self.projections.get(&(result, MovePathElemKey(e))).copied());
            match next {
                Some(mpi) => result = mpi,
                None => return LookupResult::Parent(Some(result)),
            }
        }
        LookupResult::Exact(result)
    }
}

/// The move paths of a body, with its moves and initialisations.
#[derive(Clone, Debug)]
pub struct MoveData {
    pub move_paths: IndexVec<MovePathIndex, MovePath>,
    pub moves: IndexVec<MoveOutIndex, MoveOut>,
    /// The moves at each location.
    pub loc_map: LocationMap<Vec<MoveOutIndex>>,
    /// The moves out of each path (not of its children).
    pub path_map: IndexVec<MovePathIndex, Vec<MoveOutIndex>>,
    pub rev_lookup: MovePathLookup,
    pub inits: IndexVec<InitIndex, Init>,
    /// The initialisations at each location.
    pub init_loc_map: LocationMap<Vec<InitIndex>>,
    /// The initialisations of each path (not of its children).
    pub init_path_map: IndexVec<MovePathIndex, Vec<InitIndex>>,
    /// Moves out of places that cannot be moved out of, in body order.
    pub errors: Vec<MoveError>,
}

impl MoveData {
    /// Gathers the move paths, moves and initialisations of `body`.
    ///
    /// Moves are `Operand::Move`s, `Drop`s and `StorageDead`s (a dead local is as good as
    /// moved out); initialisations are assignments, call destinations, `SetDiscriminant`
    /// (shallow) and the arguments on entry.
    pub fn gather(body: &Body, tcx: &TyCtxt) -> MoveData {
        let mut locals = IndexVec::new();
        let mut move_paths = IndexVec::new();
        let mut path_map = IndexVec::new();
        let mut init_path_map = IndexVec::new();
        for local in body.local_decls.indices() {
            let mpi = move_paths.push(MovePath {
                place: Place::from(local),
                parent: None,
                first_child: None,
                next_sibling: None,
            });
            path_map.push(Vec::new());
            init_path_map.push(Vec::new());
            locals.push(mpi);
        }
        let mut builder = Builder {
            body,
            tcx,
            data: MoveData {
                move_paths,
                moves: IndexVec::new(),
                loc_map: LocationMap::new(body),
                path_map,
                rev_lookup: MovePathLookup {
                    locals,
                    projections: FxHashMap::default(),
                },
                inits: IndexVec::new(),
                init_loc_map: LocationMap::new(body),
                init_path_map,
                errors: Vec::new(),
            },
        };
        for arg in body.args_iter() {
            let path = builder.data.rev_lookup.find_local(arg);
            let init = builder.data.inits.push(Init {
                path,
                location: InitLocation::Argument(arg),
                kind: InitKind::Deep,
            });
            builder.data.init_path_map[path].push(init);
        }
        for (bb, data) in body.basic_blocks.iter_enumerated() {
            for (i, stmt) in data.statements.iter().enumerate() {
                builder.gather_statement(
                    Location {
                        block: bb,
                        statement_index: i,
                    },
                    stmt,
                );
            }
            if let Some(term) = &data.terminator {
                builder.gather_terminator(
                    Location {
                        block: bb,
                        statement_index: data.statements.len(),
                    },
                    term,
                );
            }
        }
        builder.data
    }

    /// The closest enclosing move path of `place` (itself if it has one).
    pub fn closest_path(&self, place: &Place) -> MovePathIndex {
        match self.rev_lookup.find(place) {
            LookupResult::Exact(mpi) | LookupResult::Parent(Some(mpi)) => mpi,
            LookupResult::Parent(None) => self.rev_lookup.find_local(place.local),
        }
    }

    /// The children of a path (one level).
    pub fn children(&self, mpi: MovePathIndex) -> impl Iterator<Item = MovePathIndex> + '_ {
        let mut next = self.move_paths[mpi].first_child;
        std::iter::from_fn(move || {
            let cur = next?;
            next = self.move_paths[cur].next_sibling;
            Some(cur)
        })
    }

    /// The path and all its ancestors, innermost first.
    pub fn parents_and_self(&self, mpi: MovePathIndex) -> impl Iterator<Item = MovePathIndex> + '_ {
        let mut next = Some(mpi);
        std::iter::from_fn(move || {
            let cur = next?;
            next = self.move_paths[cur].parent;
            Some(cur)
        })
    }

    /// The local at the root of a path.
    pub fn base_local(&self, mpi: MovePathIndex) -> Local {
        self.move_paths[mpi].place.local
    }

    /// Whether `descendant` is `ancestor` or one of its descendants.
    pub fn is_descendant(&self, descendant: MovePathIndex, ancestor: MovePathIndex) -> bool {
        self.parents_and_self(descendant).any(|p| p == ancestor)
    }
}

struct Builder<'a> {
    body: &'a Body,
    tcx: &'a TyCtxt,
    data: MoveData,
}

impl Builder<'_> {
    fn gather_statement(&mut self, loc: Location, stmt: &Statement) {
        match &stmt.kind {
            StatementKind::Assign(b) => {
                self.gather_rvalue(loc, &b.1);
                self.gather_init(loc, &b.0, InitKind::Deep);
            }
            StatementKind::SetDiscriminant { place, .. } => {
                self.gather_init(loc, place, InitKind::Shallow)
            }
            StatementKind::StorageDead(l) => self.gather_move(loc, &Place::from(*l)),
            StatementKind::StorageLive(_) | StatementKind::FakeRead(_) | StatementKind::Nop => {}
        }
    }

    fn gather_rvalue(&mut self, loc: Location, rv: &Rvalue) {
        smelt_mir::visit::for_each_operand_in_rvalue(rv, &mut |o| {
            if let Operand::Move(p) = o {
                self.gather_move(loc, p);
            }
        });
    }

    fn gather_operand(&mut self, loc: Location, op: &Operand) {
        if let Operand::Move(p) = op {
            self.gather_move(loc, p);
        }
    }

    fn gather_terminator(&mut self, loc: Location, term: &Terminator) {
        match &term.kind {
            TerminatorKind::SwitchInt { discr, .. } => self.gather_operand(loc, discr),
            TerminatorKind::Drop { place, .. } => {
                // A drop deinitialises what it drops; places without a path of their own
                // (behind a reference) are not moved out of, and their drop is no error.
                if let Ok(path) = self.move_path_for(place) {
                    self.record_move(loc, path);
                }
            }
            TerminatorKind::Call {
                func,
                args,
                destination,
                ..
            } => {
                self.gather_operand(loc, func);
                for a in args {
                    self.gather_operand(loc, a);
                }
                self.gather_init(loc, destination, InitKind::NonPanicPathOnly);
            }
            TerminatorKind::Assert { cond, msg, .. } => {
                self.gather_operand(loc, cond);
                crate::visit::visit_assert_kind(msg, &mut |p, ctx| {
                    if ctx
                        == crate::visit::PlaceContext::NonMutatingUse(
                            crate::visit::NonMutatingUseContext::Move,
                        )
                    {
                        self.gather_move(loc, p);
                    }
                });
            }
            TerminatorKind::Goto { .. }
            | TerminatorKind::Return
            | TerminatorKind::Unreachable
            | TerminatorKind::UnwindResume
            | TerminatorKind::UnwindTerminate
            | TerminatorKind::FalseEdge { .. }
            | TerminatorKind::FalseUnwind { .. } => {}
        }
    }

    /// The move path of `place`, created along the way; `Err` says why a part of it cannot
    /// have a path of its own (and so cannot be moved out of). A union's fields share the
    /// union's path.
    fn move_path_for(&mut self, place: &Place) -> Result<MovePathIndex, IllegalMoveOriginKind> {
        let tcx = self.tcx;
        let mut base = self.data.rev_lookup.find_local(place.local);
        let mut place_ty = PlaceTy {
            ty: self.body.local_decls[place.local].ty,
            variant: None,
        };
        for (i, elem) in place.projection.iter().enumerate() {
            let ty = place_ty.ty;
            match tcx.kind(ty) {
                TyKind::Ref(..) | TyKind::RawPtr(..) => {
                    return Err(IllegalMoveOriginKind::BorrowedContent {
                        target_place: Place {
                            local: place.local,
                            projection: place.projection[..=i].to_vec(),
                        },
                    });
                }
                TyKind::Adt(def, _)
                    if tcx.adt_has_drop_impl(def) && matches!(elem, ProjectionElem::Field(..)) =>
                {
                    return Err(IllegalMoveOriginKind::InteriorOfTypeWithDestructor {
                        container_ty: ty,
                    });
                }
                TyKind::Adt(def, _)
                    if tcx.adt_def(def).is_union() && matches!(elem, ProjectionElem::Field(..)) =>
                {
                    return Ok(base);
                }
                TyKind::Adt(def, _)
                    if matches!(elem, ProjectionElem::Deref)
                        && !tcx.is_lang_item(def, LangItem::OwnedBox) =>
                {
                    return Err(IllegalMoveOriginKind::BorrowedContent {
                        target_place: Place {
                            local: place.local,
                            projection: place.projection[..=i].to_vec(),
                        },
                    });
                }
                TyKind::Slice(_) => {
                    return Err(IllegalMoveOriginKind::InteriorOfSliceOrArray {
                        ty,
                        is_index: matches!(elem, ProjectionElem::Index(_)),
                    });
                }
                TyKind::Array(..) if matches!(elem, ProjectionElem::Index(_)) => {
                    return Err(IllegalMoveOriginKind::InteriorOfSliceOrArray {
                        ty,
                        is_index: true,
                    });
                }
                _ => {}
            }
            let Some(key) = MovePathElem::of(elem) else {
                return Err(IllegalMoveOriginKind::InteriorOfSliceOrArray { ty, is_index: true });
            };
            let key = MovePathElemKey(key);
            base = match self.data.rev_lookup.projections.get(&(base, key.clone())) {
                Some(&mpi) => mpi,
                None => {
                    let path_place = Place {
                        local: place.local,
                        projection: place.projection[..=i].to_vec(),
                    };
                    let next_sibling = self.data.move_paths[base].first_child;
                    let mpi = self.data.move_paths.push(MovePath {
                        place: path_place,
                        parent: Some(base),
                        first_child: None,
                        next_sibling,
                    });
                    self.data.move_paths[base].first_child = Some(mpi);
                    self.data.path_map.push(Vec::new());
                    self.data.init_path_map.push(Vec::new());
                    self.data.rev_lookup.projections.insert((base, key), mpi);
                    mpi
                }
            };
            place_ty = place_ty.project(tcx, elem);
        }
        Ok(base)
    }

    fn gather_move(&mut self, loc: Location, place: &Place) {
        match self.move_path_for(place) {
            Ok(path) => self.record_move(loc, path),
            Err(kind) => self.data.errors.push(MoveError {
                place: place.clone(),
                location: loc,
                kind,
            }),
        }
    }

    fn record_move(&mut self, loc: Location, path: MovePathIndex) {
        let mo = self.data.moves.push(MoveOut { path, source: loc });
        self.data.path_map[path].push(mo);
        self.data.loc_map[loc].push(mo);
    }

    fn gather_init(&mut self, loc: Location, place: &Place, kind: InitKind) {
        // Writes into places without a path of their own (behind references, into slices)
        // initialise nothing that move paths track.
        if let Ok(path) = self.move_path_for(place) {
            let init = self.data.inits.push(Init {
                path,
                location: InitLocation::Statement(loc),
                kind,
            });
            self.data.init_path_map[path].push(init);
            self.data.init_loc_map[loc].push(init);
        }
    }
}

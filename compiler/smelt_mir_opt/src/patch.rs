//! Building blocks for passes that add code to a body: new blocks and locals, and the
//! drop ladders that drop glue and drop elaboration share (a place's fields in order, an
//! enum's variants by a switch on the discriminant, a `Box`'s contents then its memory).

use smelt_ast::Mutability;
use smelt_hir::LangItem;
use smelt_mir::*;
use smelt_span::Idx;
use smelt_span::Span;
use smelt_ty::traits::ParamEnv;
use smelt_ty::{FieldIdx, GenericArg, Region, Ty, TyCtxt, TyKind, VariantIdx};

pub struct Patch<'a, 'b> {
    pub tcx: &'a TyCtxt,
    pub body: &'b mut Body,
    pub param_env: ParamEnv,
    pub span: Span,
}

impl Patch<'_, '_> {
    pub fn new_block(&mut self, statements: Vec<Statement>, kind: TerminatorKind) -> BasicBlock {
        self.body.basic_blocks.push(BasicBlockData {
            statements,
            terminator: Some(Terminator {
                source_info: SourceInfo::outermost(self.span),
                kind,
            }),
            is_cleanup: false,
        })
    }

    pub fn new_temp(&mut self, ty: Ty) -> Local {
        self.body.local_decls.push(LocalDecl {
            mutability: Mutability::Mut,
            ty,
            source_info: SourceInfo::outermost(self.span),
            info: LocalInfo::Temp,
        })
    }

    pub fn stmt(&self, kind: StatementKind) -> Statement {
        Statement {
            source_info: SourceInfo::outermost(self.span),
            kind,
        }
    }

    pub fn assign(&self, place: Place, rv: Rvalue) -> Statement {
        self.stmt(StatementKind::Assign(Box::new((place, rv))))
    }

    pub fn place_ty(&self, place: &Place) -> Ty {
        place.ty(self.body, self.tcx).ty
    }

    pub fn needs_drop(&self, ty: Ty) -> bool {
        self.tcx.needs_drop(ty)
    }

    /// A type as it appears in MIR: normalised, regions erased.
    pub fn normalize(&self, ty: Ty) -> Ty {
        smelt_ty::fold::erase_regions(self.tcx, self.tcx.normalize_in_env(&self.param_env, ty))
    }

    /// `drop(place) -> succ`.
    pub fn drop_block(&mut self, place: Place, succ: BasicBlock) -> BasicBlock {
        self.new_block(
            Vec::new(),
            TerminatorKind::Drop {
                place,
                target: succ,
                unwind: UnwindAction::Continue,
            },
        )
    }

    /// `if flag { then } else { else_ }`.
    pub fn flag_switch(&mut self, flag: Local, then: BasicBlock, else_: BasicBlock) -> BasicBlock {
        self.new_block(
            Vec::new(),
            TerminatorKind::SwitchInt {
                discr: Operand::Copy(Place::from(flag)),
                targets: SwitchTargets::static_if(0, else_, then),
            },
        )
    }

    /// Calls `<T as Drop>::drop(&mut place)`, then goes to `succ`.
    pub fn call_drop_impl(&mut self, place: Place, succ: BasicBlock) -> BasicBlock {
        let tcx = self.tcx;
        let ty = self.place_ty(&place);
        let Some(drop_trait) = tcx.lang_item(LangItem::Drop) else {
            return succ;
        };
        let Some(method) = tcx
            .associated_items(drop_trait)
            .items
            .iter()
            .find(|i| tcx.str(i.name) == "drop")
            .map(|i| i.def_id)
        else {
            return succ;
        };
        let ref_ty = tcx.mk_ref(Region::Erased, ty, Mutability::Mut);
        let r = self.new_temp(ref_ty);
        let unit = self.new_temp(tcx.types.unit);
        let span = self.span;
        let stmts = vec![self.assign(
            Place::from(r),
            Rvalue::Ref(Region::Erased, BorrowKind::Mut { two_phase: false }, place),
        )];
        self.new_block(
            stmts,
            TerminatorKind::Call {
                func: Operand::function_handle(
                    tcx,
                    method,
                    tcx.mk_args(&[GenericArg::Type(ty)]),
                    span,
                ),
                args: vec![Operand::Move(Place::from(r))],
                destination: Place::from(unit),
                target: Some(succ),
                unwind: UnwindAction::Continue,
                fn_span: span,
            },
        )
    }

    pub fn is_box(&self, ty: Ty) -> bool {
        matches!(self.tcx.kind(ty), TyKind::Adt(d, _) if self.tcx.is_lang_item(d, LangItem::OwnedBox))
    }

    /// The fields of a place of a struct, tuple or closure type, or of one enum variant
    /// (`place` already downcast), as places.
    pub fn field_places(
        &self,
        place: &Place,
        ty: Ty,
        variant: Option<VariantIdx>,
    ) -> Vec<(FieldIdx, Place)> {
        let tcx = self.tcx;
        let tys: Vec<Ty> = match tcx.kind(ty) {
            TyKind::Adt(def, args) => {
                let adt = tcx.adt_def(def);
                let v = variant.unwrap_or(VariantIdx::from_u32(0));
                match adt.variants.get(v) {
                    Some(vd) => vd
                        .fields
                        .iter()
                        .map(|f| self.normalize(f.ty(tcx, args)))
                        .collect(),
                    None => Vec::new(),
                }
            }
            TyKind::Tuple(tys) => tcx.tys(tys).to_vec(),
            TyKind::Closure(def, args) => tcx.closure_upvar_tys(def, args),
            _ => Vec::new(),
        };
        tys.into_iter()
            .enumerate()
            .map(|(i, t)| {
                let f = FieldIdx::from_u32(i as u32);
                (f, place.field(f, t))
            })
            .collect()
    }

    /// A switch on an enum place's discriminant: `targets[v]` for variant `v`.
    pub fn discriminant_switch(
        &mut self,
        place: Place,
        ty: Ty,
        targets: &[BasicBlock],
        otherwise: BasicBlock,
    ) -> BasicBlock {
        let tcx = self.tcx;
        let TyKind::Adt(def, _) = tcx.kind(ty) else {
            return otherwise;
        };
        let adt = tcx.adt_def(def);
        let discr_ty = adt.discr_ty(tcx);
        let discrs = adt.discriminants(tcx);
        let size = tcx.layout_of(discr_ty).map(|l| l.size).unwrap_or(8);
        let mask = if size >= 16 {
            u128::MAX
        } else {
            (1u128 << (size * 8)) - 1
        };
        let d = self.new_temp(discr_ty);
        let stmts = vec![self.assign(Place::from(d), Rvalue::Discriminant(place))];
        let branches: Vec<(u128, BasicBlock)> = discrs
            .iter_enumerated()
            .map(|(v, &x)| ((x as u128) & mask, targets[v.index()]))
            .collect();
        self.new_block(
            stmts,
            TerminatorKind::SwitchInt {
                discr: Operand::Move(Place::from(d)),
                targets: SwitchTargets::new(branches, otherwise),
            },
        )
    }
}

//! Small helpers about constants that type lowering needs before any evaluation.

use smelt_hir::{DefId, ExprKind, LitKind};
use smelt_ty::TyCtxt;

/// The value of an anonymous constant whose body is a plain integer literal (`[u8; 4]`),
/// without evaluating anything.
pub fn literal_anon_const(tcx: &TyCtxt, def: DefId) -> Option<u128> {
    let (body, value) = tcx.hir.body(def)?;
    let mut e = value;
    // Lowering wraps the value in a block; look through trivial ones.
    for _ in 0..4 {
        match &body.exprs[e].kind {
            ExprKind::Block(b, None) if b.stmts.is_empty() => e = b.expr?,
            ExprKind::Lit(lit) => {
                return match lit.kind {
                    LitKind::Int(
                        v,
                        smelt_hir::LitIntType::Unsuffixed
                        | smelt_hir::LitIntType::Unsigned(smelt_ast::UintTy::Usize),
                    ) => Some(v),
                    _ => None,
                };
            }
            _ => return None,
        }
    }
    None
}

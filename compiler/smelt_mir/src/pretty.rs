//! The MIR text dump (`--emit=mir`), in the format of rustc's `-Zunpretty=mir`.

use std::fmt::Write;

use smelt_hir::DefKind;
use smelt_ty::consts::{ConstValue, Scalar};
use smelt_ty::{InstanceKind, TyCtxt, TyKind};

use crate::*;

pub fn write_mir_body(tcx: &TyCtxt, body: &Body, out: &mut String) {
    let def = body.instance.def_id();
    let kind = tcx.def_kind(def);
    let name = match body.instance {
        InstanceKind::Item(_) => tcx.def_path_str(def),
        InstanceKind::DropGlue(_, Some(ty)) => {
            format!("std::ptr::drop_in_place::<{}>", tcx.ty_string(ty))
        }
        InstanceKind::DropGlue(_, None) => "std::ptr::drop_in_place".to_string(),
        other => format!("{} - shim({other:?})", tcx.def_path_str(def)),
    };
    match kind {
        DefKind::Const | DefKind::AssocConst | DefKind::AnonConst | DefKind::InlineConst => {
            let _ = writeln!(
                out,
                "const {name}: {} = {{",
                tcx.ty_string(body.return_ty())
            );
        }
        DefKind::Static { mutable } => {
            let _ = writeln!(
                out,
                "static {}{name}: {} = {{",
                if mutable { "mut " } else { "" },
                tcx.ty_string(body.return_ty())
            );
        }
        _ => {
            let args: Vec<String> = body
                .args_iter()
                .map(|l| format!("{l}: {}", tcx.ty_string(body.local_decls[l].ty)))
                .collect();
            let _ = writeln!(
                out,
                "fn {name}({}) -> {} {{",
                args.join(", "),
                tcx.ty_string(body.return_ty())
            );
        }
    }
    for (local, decl) in body.local_decls.iter_enumerated() {
        if local.as_usize() >= 1 && local.as_usize() <= body.arg_count {
            continue;
        }
        let m = if decl.mutability == smelt_ast::Mutability::Mut {
            "mut "
        } else {
            ""
        };
        let _ = writeln!(out, "    let {m}{local}: {};", tcx.ty_string(decl.ty));
    }
    for d in &body.var_debug_info {
        let _ = writeln!(out, "    debug {} => {};", tcx.str(d.name), d.local);
    }
    for (bb, data) in body.basic_blocks.iter_enumerated() {
        let _ = writeln!(out);
        let cleanup = if data.is_cleanup { " (cleanup)" } else { "" };
        let _ = writeln!(out, "    {bb}{cleanup}: {{");
        for s in &data.statements {
            let _ = writeln!(out, "        {};", statement_string(tcx, body, s));
        }
        if let Some(t) = &data.terminator {
            let _ = writeln!(out, "        {};", terminator_string(tcx, body, t));
        }
        let _ = writeln!(out, "    }}");
    }
    let _ = writeln!(out, "}}");
}

pub fn statement_string(tcx: &TyCtxt, body: &Body, s: &Statement) -> String {
    match &s.kind {
        StatementKind::Assign(b) => format!(
            "{} = {}",
            place_string(tcx, body, &b.0),
            rvalue_string(tcx, body, &b.1)
        ),
        StatementKind::SetDiscriminant {
            place,
            variant_index,
        } => {
            format!(
                "discriminant({}) = {}",
                place_string(tcx, body, place),
                variant_index.as_u32()
            )
        }
        StatementKind::StorageLive(l) => format!("StorageLive({l})"),
        StatementKind::StorageDead(l) => format!("StorageDead({l})"),
        StatementKind::FakeRead(p) => {
            format!("FakeRead(ForMatchedPlace, {})", place_string(tcx, body, p))
        }
        StatementKind::Nop => "nop".to_string(),
    }
}

fn unwind_string(u: UnwindAction) -> String {
    match u {
        UnwindAction::Continue => "unwind continue".into(),
        UnwindAction::Unreachable => "unwind unreachable".into(),
        UnwindAction::Terminate => "unwind terminate".into(),
        UnwindAction::Cleanup(bb) => format!("unwind: {bb}"),
    }
}

pub fn terminator_string(tcx: &TyCtxt, body: &Body, t: &Terminator) -> String {
    match &t.kind {
        TerminatorKind::Goto { target } => format!("goto -> {target}"),
        TerminatorKind::SwitchInt { discr, targets } => {
            let mut arms: Vec<String> =
                targets.iter().map(|(v, bb)| format!("{v}: {bb}")).collect();
            arms.push(format!("otherwise: {}", targets.otherwise()));
            format!(
                "switchInt({}) -> [{}]",
                operand_string(tcx, body, discr),
                arms.join(", ")
            )
        }
        TerminatorKind::Return => "return".into(),
        TerminatorKind::Unreachable => "unreachable".into(),
        TerminatorKind::UnwindResume => "resume".into(),
        TerminatorKind::UnwindTerminate => "abort(abi)".into(),
        TerminatorKind::Drop {
            place,
            target,
            unwind,
        } => {
            format!(
                "drop({}) -> [return: {target}, {}]",
                place_string(tcx, body, place),
                unwind_string(*unwind)
            )
        }
        TerminatorKind::Call {
            func,
            args,
            destination,
            target,
            unwind,
            ..
        } => {
            let callee = match func {
                Operand::Constant(c) => match tcx.kind(c.ty) {
                    TyKind::FnDef(def, args) => {
                        let a = tcx.args_string(args);
                        if a.is_empty() {
                            tcx.def_path_str(def)
                        } else {
                            format!("{}::{a}", tcx.def_path_str(def))
                        }
                    }
                    _ => operand_string(tcx, body, func),
                },
                _ => operand_string(tcx, body, func),
            };
            let args: Vec<String> = args.iter().map(|a| operand_string(tcx, body, a)).collect();
            let mut s = format!(
                "{} = {callee}({})",
                place_string(tcx, body, destination),
                args.join(", ")
            );
            match target {
                Some(t) => {
                    let _ = write!(s, " -> [return: {t}, {}]", unwind_string(*unwind));
                }
                None => {
                    let _ = write!(s, " -> {}", unwind_string(*unwind));
                }
            }
            s
        }
        TerminatorKind::Assert {
            cond,
            expected,
            msg,
            target,
            unwind,
        } => {
            let c = operand_string(tcx, body, cond);
            let cond = if *expected { c } else { format!("!{c}") };
            let detail = match &**msg {
                AssertKind::BoundsCheck { len, index } => format!(
                    "\"index out of bounds: the length is {{}} but the index is {{}}\", {}, {}",
                    operand_string(tcx, body, len),
                    operand_string(tcx, body, index)
                ),
                AssertKind::Overflow(op, l, r) => format!(
                    "\"attempt to compute `{{}} {} {{}}`, which would overflow\", {}, {}",
                    binop_symbol(*op),
                    operand_string(tcx, body, l),
                    operand_string(tcx, body, r)
                ),
                AssertKind::OverflowNeg(o) => format!(
                    "\"attempt to negate `{{}}`, which would overflow\", {}",
                    operand_string(tcx, body, o)
                ),
                AssertKind::DivisionByZero(o) => format!(
                    "\"attempt to divide `{{}}` by zero\", {}",
                    operand_string(tcx, body, o)
                ),
                AssertKind::RemainderByZero(o) => format!(
                    "\"attempt to calculate the remainder of `{{}}` with a divisor of zero\", {}",
                    operand_string(tcx, body, o)
                ),
            };
            format!(
                "assert({cond}, {detail}) -> [success: {target}, {}]",
                unwind_string(*unwind)
            )
        }
        TerminatorKind::FalseEdge {
            real_target,
            imaginary_target,
        } => {
            format!("falseEdge -> [real: {real_target}, imaginary: {imaginary_target}]")
        }
        TerminatorKind::FalseUnwind {
            real_target,
            unwind,
        } => {
            format!(
                "falseUnwind -> [real: {real_target}, {}]",
                unwind_string(*unwind)
            )
        }
    }
}

fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add | BinOp::AddWithOverflow => "+",
        BinOp::Sub | BinOp::SubWithOverflow => "-",
        BinOp::Mul | BinOp::MulWithOverflow => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        _ => "?",
    }
}

pub fn place_string(tcx: &TyCtxt, body: &Body, place: &Place) -> String {
    let mut s = format!("{}", place.local);
    let mut ty = smelt_mir_place_ty(body, place.local);
    let mut pt = PlaceTy { ty, variant: None };
    for elem in &place.projection {
        s = match elem {
            ProjectionElem::Deref => format!("(*{s})"),
            ProjectionElem::Field(f, fty) => {
                format!("({s}.{}: {})", f.as_u32(), tcx.ty_string(*fty))
            }
            ProjectionElem::Index(l) => format!("{s}[{l}]"),
            ProjectionElem::ConstantIndex {
                offset,
                min_length,
                from_end,
            } => {
                if *from_end {
                    format!("{s}[-{offset} of {min_length}]")
                } else {
                    format!("{s}[{offset} of {min_length}]")
                }
            }
            ProjectionElem::Subslice { from, to, from_end } => {
                if *from_end {
                    format!("{s}[{from}:-{to}]")
                } else {
                    format!("{s}[{from}..{to}]")
                }
            }
            ProjectionElem::Downcast(v) => {
                let name = match tcx.kind(pt.ty) {
                    TyKind::Adt(def, _) => tcx
                        .adt_def(def)
                        .variants
                        .get(*v)
                        .map_or_else(|| v.as_u32().to_string(), |vd| tcx.str(vd.name).to_string()),
                    _ => v.as_u32().to_string(),
                };
                format!("({s} as {name})")
            }
        };
        pt = pt.project(tcx, elem);
        ty = pt.ty;
    }
    let _ = ty;
    s
}

fn smelt_mir_place_ty(body: &Body, local: Local) -> smelt_ty::Ty {
    body.local_decls[local].ty
}

pub fn operand_string(tcx: &TyCtxt, body: &Body, op: &Operand) -> String {
    match op {
        Operand::Copy(p) => place_string(tcx, body, p),
        Operand::Move(p) => format!("move {}", place_string(tcx, body, p)),
        Operand::Constant(c) => format!("const {}", const_string(tcx, c)),
    }
}

pub fn const_string(tcx: &TyCtxt, c: &ConstOperand) -> String {
    match &c.kind {
        ConstKind::Val(v) => match (v, tcx.kind(c.ty)) {
            (ConstValue::ZeroSized, TyKind::FnDef(def, args)) => {
                let a = tcx.args_string(args);
                if a.is_empty() {
                    tcx.def_path_str(def)
                } else {
                    format!("{}::{a}", tcx.def_path_str(def))
                }
            }
            (ConstValue::ZeroSized, _) => {
                if c.ty == tcx.types.unit {
                    "()".into()
                } else {
                    format!("{} {{}}", tcx.ty_string(c.ty))
                }
            }
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Bool) => (s.data != 0).to_string(),
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Char) => {
                format!("{:?}", char::from_u32(s.data as u32).unwrap_or('\u{fffd}'))
            }
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Int(i)) => {
                format!("{}_{}", s.to_i128(), i.name_str())
            }
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Uint(u)) => {
                format!("{}_{}", s.data, u.name_str())
            }
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Float(smelt_ast::FloatTy::F32)) => {
                format!("{:?}_f32", f32::from_bits(s.data as u32))
            }
            (ConstValue::Scalar(Scalar::Int(s)), TyKind::Float(_)) => {
                format!("{:?}_f64", f64::from_bits(s.data as u64))
            }
            (ConstValue::Slice { data, .. }, TyKind::Ref(_, inner, _))
                if tcx.kind(inner) == TyKind::Str =>
            {
                format!("{:?}", String::from_utf8_lossy(&data.bytes))
            }
            (ConstValue::Slice { data, .. }, _) => format!("b\"{}\"", data.bytes.escape_ascii()),
            (other, _) => format!("{other:?}: {}", tcx.ty_string(c.ty)),
        },
        ConstKind::Unevaluated(def, args) => {
            let a = tcx.args_string(*args);
            format!("{}{a}", tcx.def_path_str(*def))
        }
        ConstKind::Ty(k) => tcx.const_string(*k),
    }
}

pub fn rvalue_string(tcx: &TyCtxt, body: &Body, rv: &Rvalue) -> String {
    let op = |o: &Operand| operand_string(tcx, body, o);
    let pl = |p: &Place| place_string(tcx, body, p);
    match rv {
        Rvalue::Use(o) => op(o),
        Rvalue::Repeat(o, n) => format!("[{}; {}]", op(o), tcx.const_string(*n)),
        Rvalue::Ref(_, BorrowKind::Shared, p) => format!("&{}", pl(p)),
        Rvalue::Ref(_, BorrowKind::Fake, p) => format!("&fake {}", pl(p)),
        Rvalue::Ref(_, BorrowKind::Mut { .. }, p) => format!("&mut {}", pl(p)),
        Rvalue::RawPtr(smelt_ast::Mutability::Not, p) => format!("&raw const {}", pl(p)),
        Rvalue::RawPtr(smelt_ast::Mutability::Mut, p) => format!("&raw mut {}", pl(p)),
        Rvalue::Len(p) => format!("Len({})", pl(p)),
        Rvalue::Cast(kind, o, ty) => format!("{} as {} ({kind:?})", op(o), tcx.ty_string(*ty)),
        Rvalue::BinaryOp(bop, ops) => format!("{bop:?}({}, {})", op(&ops.0), op(&ops.1)),
        Rvalue::NullaryOp(nop, ty) => format!("{nop:?}({})", tcx.ty_string(*ty)),
        Rvalue::UnaryOp(uop, o) => format!("{uop:?}({})", op(o)),
        Rvalue::Discriminant(p) => format!("discriminant({})", pl(p)),
        Rvalue::CopyForDeref(p) => format!("deref_copy {}", pl(p)),
        Rvalue::Aggregate(kind, ops) => {
            let items: Vec<String> = ops.iter().map(op).collect();
            match &**kind {
                AggregateKind::Array(_) => format!("[{}]", items.join(", ")),
                AggregateKind::Tuple => {
                    if items.len() == 1 {
                        format!("({},)", items[0])
                    } else {
                        format!("({})", items.join(", "))
                    }
                }
                AggregateKind::Adt(def, vi, args, _) => {
                    let adt = tcx.adt_def(*def);
                    let variant = &adt.variants[*vi];
                    let mut name = tcx.def_path_str(*def);
                    let a = tcx.args_string(*args);
                    if !a.is_empty() {
                        name = format!("{name}::{a}");
                    }
                    if adt.is_enum() {
                        name = format!("{name}::{}", tcx.str(variant.name));
                    }
                    match variant.ctor {
                        Some((smelt_hir::CtorKind::Fn, _)) => {
                            format!("{name}({})", items.join(", "))
                        }
                        Some((smelt_hir::CtorKind::Const, _)) => name,
                        None => {
                            let fields: Vec<String> = variant
                                .fields
                                .iter()
                                .zip(items.iter())
                                .map(|(f, v)| format!("{}: {v}", tcx.str(f.name)))
                                .collect();
                            format!("{name} {{ {} }}", fields.join(", "))
                        }
                    }
                }
                AggregateKind::Closure(def, _) => format!(
                    "{{closure@{:?}}} {{ {} }}",
                    tcx.def_span(*def),
                    items.join(", ")
                ),
                AggregateKind::RawPtr(..) => format!("*({})", items.join(", ")),
            }
        }
    }
}

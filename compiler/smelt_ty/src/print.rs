//! Types as rustc prints them in diagnostics: `&mut [u8]`, `Option<i32>`, `{integer}`,
//! `fn(i32) -> bool {is_even}`, `{closure@src/main.rs:3:13: 3:16}`.

use smelt_ast::Mutability;

use crate::context::TyCtxt;
use crate::sty::*;

impl TyCtxt {
    pub fn ty_string(&self, ty: Ty) -> String {
        let mut out = String::new();
        self.print_ty(&mut out, ty, 0);
        out
    }

    pub fn args_string(&self, args: GenericArgs) -> String {
        let mut out = String::new();
        self.print_args(&mut out, &self.args(args), false);
        out
    }

    pub fn trait_ref_string(&self, tr: TraitRef) -> String {
        let args = self.args(tr.args);
        let mut out = self.def_path_str(tr.def_id);
        self.print_args(&mut out, &args[1.min(args.len())..], false);
        out
    }

    /// `<T as Trait>` (with the trait's arguments).
    pub fn trait_ref_qualified(&self, tr: TraitRef) -> String {
        let self_ty = self.args(tr.args).first().and_then(|a| a.as_type());
        match self_ty {
            Some(t) => format!("<{} as {}>", self.ty_string(t), self.trait_ref_string(tr)),
            None => self.trait_ref_string(tr),
        }
    }

    pub fn region_string(&self, r: Region) -> String {
        match r {
            Region::Static => "'static".into(),
            Region::EarlyParam { name, .. } => self.str(name).to_string(),
            Region::Var(v) => format!("'?{}", v.as_u32()),
            Region::Erased | Region::Error => "'_".into(),
        }
    }

    pub fn const_string(&self, c: Const) -> String {
        match self.const_kind(c) {
            ConstKind::Param(p) => self.str(p.name).to_string(),
            ConstKind::Infer(_) => "_".into(),
            ConstKind::Value(ty, v) => match self.kind(ty) {
                TyKind::Int(_) => v.to_i128().to_string(),
                TyKind::Bool => (v.data != 0).to_string(),
                TyKind::Char => format!("{:?}", char::from_u32(v.data as u32).unwrap_or('?')),
                _ => v.data.to_string(),
            },
            ConstKind::Unevaluated(def, _) => self.str(self.item_name(def)).to_string(),
            ConstKind::Error => "{const error}".into(),
        }
    }

    fn print_args(&self, out: &mut String, args: &[GenericArg], show_erased: bool) {
        let shown: Vec<&GenericArg> = args
            .iter()
            .filter(|a| show_erased || !matches!(a, GenericArg::Lifetime(Region::Erased)))
            .collect();
        if shown.is_empty() {
            return;
        }
        out.push('<');
        for (i, a) in shown.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match a {
                GenericArg::Lifetime(r) => out.push_str(&self.region_string(*r)),
                GenericArg::Type(t) => self.print_ty(out, *t, 0),
                GenericArg::Const(c) => out.push_str(&self.const_string(*c)),
            }
        }
        out.push('>');
    }

    fn print_ty(&self, out: &mut String, ty: Ty, depth: u32) {
        if depth > 64 {
            out.push_str("...");
            return;
        }
        match self.kind(ty) {
            TyKind::Bool => out.push_str("bool"),
            TyKind::Char => out.push_str("char"),
            TyKind::Int(i) => out.push_str(i.name_str()),
            TyKind::Uint(u) => out.push_str(u.name_str()),
            TyKind::Float(f) => out.push_str(f.name_str()),
            TyKind::Str => out.push_str("str"),
            TyKind::Never => out.push('!'),
            TyKind::Adt(def, args) => {
                out.push_str(&self.def_path_str(def));
                let args = self.args(args);
                // Lifetime arguments of ADTs print as `'_` when erased, like rustc.
                if !args.is_empty() {
                    self.print_args(out, &args, true);
                }
            }
            TyKind::Foreign(def) => out.push_str(&self.def_path_str(def)),
            TyKind::Array(t, c) => {
                out.push('[');
                self.print_ty(out, t, depth + 1);
                out.push_str("; ");
                out.push_str(&self.const_string(c));
                out.push(']');
            }
            TyKind::Slice(t) => {
                out.push('[');
                self.print_ty(out, t, depth + 1);
                out.push(']');
            }
            TyKind::RawPtr(t, m) => {
                out.push_str(if m == Mutability::Mut {
                    "*mut "
                } else {
                    "*const "
                });
                self.print_ty(out, t, depth + 1);
            }
            TyKind::Ref(r, t, m) => {
                out.push('&');
                if !matches!(r, Region::Erased | Region::Error) {
                    out.push_str(&self.region_string(r));
                    out.push(' ');
                }
                out.push_str(m.prefix_str());
                self.print_ty(out, t, depth + 1);
            }
            TyKind::FnDef(def, args) => {
                let sig = crate::fold::Instantiate::instantiate(self.fn_sig(def), self, args);
                self.print_fn_sig(out, sig, depth);
                out.push_str(" {");
                out.push_str(&self.def_path_str(def));
                let args = self.args(args);
                let own_start = self.generics_of(def).parent_count;
                let own: Vec<GenericArg> = args
                    .iter()
                    .skip(own_start)
                    .copied()
                    .filter(|a| !matches!(a, GenericArg::Lifetime(_)))
                    .collect();
                if !own.is_empty() {
                    out.push_str("::");
                    self.print_args(out, &own, false);
                }
                out.push('}');
            }
            TyKind::FnPtr(sig) => self.print_fn_sig(out, sig, depth),
            TyKind::Dynamic(preds, r) => {
                out.push_str("dyn ");
                let preds = self.existentials(preds);
                let mut first = true;
                for p in preds.iter() {
                    if let ExistentialPredicate::Trait { def_id, args } = *p {
                        out.push_str(&self.def_path_str(def_id));
                        let mut args: Vec<String> = self
                            .args(args)
                            .iter()
                            .filter_map(|a| match a {
                                GenericArg::Type(t) => Some(self.ty_string(*t)),
                                GenericArg::Const(c) => Some(self.const_string(*c)),
                                GenericArg::Lifetime(_) => None,
                            })
                            .collect();
                        for q in preds.iter() {
                            if let ExistentialPredicate::Projection { def_id, term, .. } = *q {
                                args.push(format!(
                                    "{} = {}",
                                    self.str(self.item_name(def_id)),
                                    self.ty_string(term)
                                ));
                            }
                        }
                        if !args.is_empty() {
                            out.push('<');
                            out.push_str(&args.join(", "));
                            out.push('>');
                        }
                        first = false;
                    }
                }
                for p in preds.iter() {
                    if let ExistentialPredicate::AutoTrait(def) = *p {
                        if !first {
                            out.push_str(" + ");
                        }
                        out.push_str(&self.def_path_str(def));
                        first = false;
                    }
                }
                if matches!(r, Region::Static) {
                    out.push_str(" + 'static");
                }
            }
            TyKind::Closure(def, _) => {
                let span = self.def_span(def);
                let sm = &self.sess.source_map;
                match (sm.lookup_char_pos(span.lo), sm.lookup_char_pos(span.hi)) {
                    (Some(lo), Some(hi)) => out.push_str(&format!(
                        "{{closure@{}:{}:{}: {}:{}}}",
                        lo.file.name,
                        lo.line,
                        lo.col + 1,
                        hi.line,
                        hi.col + 1
                    )),
                    _ => out.push_str("{closure}"),
                }
            }
            TyKind::Tuple(tys) => {
                let tys = self.tys(tys);
                out.push('(');
                for (i, t) in tys.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.print_ty(out, *t, depth + 1);
                }
                if tys.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            TyKind::Alias(alias) => {
                let args = self.args(alias.args);
                let trait_def = self.parent(alias.def_id);
                match (args.first().and_then(|a| a.as_type()), trait_def) {
                    (Some(self_ty), Some(trait_def)) => {
                        let trait_generics = self.generics_of(trait_def).count();
                        out.push('<');
                        self.print_ty(out, self_ty, depth + 1);
                        out.push_str(" as ");
                        out.push_str(&self.def_path_str(trait_def));
                        self.print_args(out, &args[1..trait_generics.min(args.len())], false);
                        out.push_str(">::");
                        out.push_str(self.str(self.item_name(alias.def_id)));
                    }
                    _ => out.push_str(self.str(self.item_name(alias.def_id))),
                }
            }
            TyKind::Param(p) => out.push_str(self.str(p.name)),
            TyKind::Infer(InferTy::IntVar(_)) => out.push_str("{integer}"),
            TyKind::Infer(InferTy::FloatVar(_)) => out.push_str("{float}"),
            TyKind::Infer(_) => out.push('_'),
            TyKind::Error => out.push_str("{type error}"),
        }
    }

    fn print_fn_sig(&self, out: &mut String, sig: FnSig, depth: u32) {
        if sig.safety == smelt_hir::Safety::Unsafe {
            out.push_str("unsafe ");
        }
        if sig.abi != smelt_hir::Abi::Rust {
            out.push_str(&format!("extern \"{}\" ", sig.abi.name()));
        }
        out.push_str("fn(");
        let tys = self.tys(sig.inputs_and_output);
        let (inputs, output) = tys.split_at(tys.len() - 1);
        for (i, t) in inputs.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.print_ty(out, *t, depth + 1);
        }
        if sig.c_variadic {
            out.push_str(if inputs.is_empty() { "..." } else { ", ..." });
        }
        out.push(')');
        if output[0] != self.types.unit {
            out.push_str(" -> ");
            self.print_ty(out, output[0], depth + 1);
        }
    }
}

//! Compiler intrinsics (`#[rustc_intrinsic]` functions of the library) during constant
//! evaluation: layout queries, arithmetic with the undefined behaviour of the `unchecked_*`
//! forms detected, bit counting, memory copies through pointers, `const_eval_select` (which
//! runs the compile-time variant), and the floating-point operations whose results IEEE
//! defines exactly. Intrinsics without a compile-time meaning (volatile accesses, atomics,
//! transcendental functions) are reported as unsupported.

use smelt_mir::{BasicBlock, BinOp};
use smelt_ty::{Instance, Ty, TyKind};

use crate::error::{err, ub, InterpResult};
use crate::interp::{too_generic, InterpCx};
use crate::memory::{sign_extend, truncate, Bytes, Scalar};
use crate::operand::OpVal;
use crate::operator::{const_int_str, int_binop, int_info};
use crate::place::MPlace;

impl InterpCx<'_> {
    /// Evaluates the intrinsic call `instance(args)` into `dest`. `true` when the caller
    /// continues at its target; `false` when a frame was pushed that returns there itself.
    pub fn call_intrinsic(
        &mut self,
        instance: Instance,
        args: &[OpVal],
        dest: &MPlace,
        target: Option<BasicBlock>,
    ) -> InterpResult<bool> {
        let tcx = self.tcx;
        let name = tcx.str(tcx.item_name(instance.def_id())).to_string();
        let ps = self.ptr_size();
        let ty_args: Vec<Ty> = tcx
            .args(instance.args)
            .iter()
            .filter_map(|a| a.as_type())
            .collect();
        let ty_arg = |i: usize| {
            ty_args
                .get(i)
                .copied()
                .ok_or_else(|| ub(format!("the intrinsic `{name}` without its type argument")))
        };
        let arg = |i: usize| {
            args.get(i)
                .ok_or_else(|| ub(format!("the intrinsic `{name}` without its argument {i}")))
        };
        let dsize = dest.layout.size;
        match name.as_str() {
            "size_of" | "min_align_of" | "align_of" | "pref_align_of" => {
                let layout = self.layout_of(ty_arg(0)?)?;
                let v = if name == "size_of" {
                    layout.size
                } else {
                    layout.align
                };
                self.write_scalar(dest, Scalar::from_uint(v as u128, ps))?;
            }
            "size_of_val" | "min_align_of_val" | "align_of_val" => {
                let t = ty_arg(0)?;
                let layout = self.layout_of(t)?;
                let v = if name == "size_of_val" {
                    if layout.is_sized() {
                        layout.size
                    } else {
                        let ptr_ty = tcx.mk_ptr(t, smelt_ast::Mutability::Not);
                        let place = self.deref_pointer(&arg(0)?.bytes, ptr_ty)?;
                        self.place_size(&place)?
                    }
                } else {
                    layout.align
                };
                self.write_scalar(dest, Scalar::from_uint(v as u128, ps))?;
            }
            "needs_drop" => {
                let v = tcx.needs_drop(ty_arg(0)?);
                self.write_scalar(dest, Scalar::from_bool(v))?;
            }
            "variant_count" => {
                let n = match tcx.kind(ty_arg(0)?) {
                    TyKind::Adt(def, _) if tcx.adt_def(def).is_enum() => {
                        tcx.adt_def(def).variants.len()
                    }
                    _ => 0,
                };
                self.write_scalar(dest, Scalar::from_uint(n as u128, ps))?;
            }
            "transmute" | "transmute_unchecked" => {
                let v = arg(0)?;
                if v.bytes.len() != dsize {
                    return Err(ub(format!(
                        "transmuting from {}-byte type to {dsize}-byte type: `{}` -> `{}`",
                        v.bytes.len(),
                        tcx.ty_string(v.ty()),
                        tcx.ty_string(dest.ty)
                    )));
                }
                self.write_bytes(dest, &v.bytes)?;
            }
            "forget" | "cold_path" => {}
            "assume" => {
                if self.to_bits(arg(0)?)? == 0 {
                    return Err(ub("`assume` called with `false`"));
                }
            }
            "likely" | "unlikely" | "black_box" => {
                let v = arg(0)?.bytes.clone();
                self.write_bytes(dest, &v)?;
            }
            "is_val_statically_known" | "ub_checks" | "contract_checks" => {
                self.write_scalar(dest, Scalar::from_bool(false))?
            }
            "abort" => return Err(err::eval("the program aborted execution")),
            "unreachable" => return Err(ub("entering unreachable code")),
            "assert_inhabited" | "assert_zero_valid" | "assert_mem_uninitialized_valid" => {
                let t = ty_arg(0)?;
                if self.layout_of(t)?.is_uninhabited() {
                    return Err(err::panic(&format!(
                        "attempted to instantiate uninhabited type `{}`",
                        tcx.ty_string(t)
                    )));
                }
            }
            "read_via_copy" => {
                let p = self.to_scalar(arg(0)?)?.to_ptr();
                self.prepare_read(p)?;
                let bytes = self.mem.read_bytes(p, dsize)?;
                self.write_bytes(dest, &bytes)?;
            }
            "write_via_move" => {
                let p = self.to_scalar(arg(0)?)?.to_ptr();
                let v = arg(1)?.bytes.clone();
                self.mem.write_bytes(p, &v)?;
            }
            "copy_nonoverlapping" | "copy" => {
                let size = self.layout_of(ty_arg(0)?)?.size;
                let src = self.to_scalar(arg(0)?)?.to_ptr();
                let dst = self.to_scalar(arg(1)?)?.to_ptr();
                let n = (self.to_bits(arg(2)?)? as u64)
                    .checked_mul(size)
                    .ok_or_else(|| ub(format!("overflow computing total size of `{name}`")))?;
                if name == "copy_nonoverlapping"
                    && src.prov == dst.prov
                    && src.prov.is_some()
                    && n > 0
                {
                    let (a, b) = (src.addr, dst.addr);
                    if a < b.saturating_add(n) && b < a.saturating_add(n) {
                        return Err(ub("`copy_nonoverlapping` called on overlapping ranges"));
                    }
                }
                self.prepare_read(src)?;
                let bytes = self.mem.read_bytes(src, n)?;
                self.mem.write_bytes(dst, &bytes)?;
            }
            "write_bytes" => {
                let size = self.layout_of(ty_arg(0)?)?.size;
                let dst = self.to_scalar(arg(0)?)?.to_ptr();
                let byte = self.to_bits(arg(1)?)? as u8;
                let n = (self.to_bits(arg(2)?)? as u64)
                    .checked_mul(size)
                    .ok_or_else(|| ub("overflow computing total size of `write_bytes`"))?;
                self.mem.check_access(dst, n)?;
                let bytes = Bytes {
                    data: vec![byte; n as usize],
                    init: vec![true; n as usize],
                    relocs: Vec::new(),
                };
                self.mem.write_bytes(dst, &bytes)?;
            }
            "add_with_overflow" | "sub_with_overflow" | "mul_with_overflow" => {
                let op = match name.as_str() {
                    "add_with_overflow" => BinOp::Add,
                    "sub_with_overflow" => BinOp::Sub,
                    _ => BinOp::Mul,
                };
                let (v, o, size) = self.int_intrinsic_op(op, arg(0)?, arg(1)?)?;
                self.mem
                    .write_scalar(dest.ptr, Scalar::from_uint(v, size))?;
                let flag = crate::place::field_offset(&dest.layout, 1)?;
                self.mem
                    .write_scalar(dest.ptr.offset(flag), Scalar::from_bool(o))?;
            }
            "wrapping_add" | "wrapping_sub" | "wrapping_mul" | "unchecked_add"
            | "unchecked_sub" | "unchecked_mul" => {
                let op = match &name[name.len() - 3..] {
                    "add" => BinOp::Add,
                    "sub" => BinOp::Sub,
                    _ => BinOp::Mul,
                };
                let (v, o, size) = self.int_intrinsic_op(op, arg(0)?, arg(1)?)?;
                if o && name.starts_with("unchecked") {
                    return Err(ub(format!("arithmetic overflow in `{name}`")));
                }
                self.write_scalar(dest, Scalar::from_uint(v, size))?;
            }
            "unchecked_div" | "unchecked_rem" | "exact_div" => {
                let op = if name == "unchecked_rem" {
                    BinOp::Rem
                } else {
                    BinOp::Div
                };
                let (a, b) = (arg(0)?, arg(1)?);
                let (v, o, size) = self.int_intrinsic_op(op, a, b)?;
                if o {
                    return Err(ub(if op == BinOp::Div {
                        "overflow in signed division (dividing MIN by -1)"
                    } else {
                        "overflow in signed remainder (dividing MIN by -1)"
                    }));
                }
                if name == "exact_div" {
                    let (r, _, _) = self.int_intrinsic_op(BinOp::Rem, a, b)?;
                    if r != 0 {
                        let (ab, bb) = (self.to_bits(a)?, self.to_bits(b)?);
                        return Err(ub(format!(
                            "exact_div: {} cannot be divided by {} without remainder",
                            const_int_str(tcx, a.ty(), ab, true),
                            const_int_str(tcx, b.ty(), bb, true)
                        )));
                    }
                }
                self.write_scalar(dest, Scalar::from_uint(v, size))?;
            }
            "unchecked_shl" | "unchecked_shr" => {
                let op = if name == "unchecked_shl" {
                    BinOp::Shl
                } else {
                    BinOp::Shr
                };
                let (a, b) = (arg(0)?, arg(1)?);
                let (v, o, size) = self.int_intrinsic_op(op, a, b)?;
                if o {
                    let bb = self.to_bits(b)?;
                    return Err(ub(format!(
                        "overflowing shift by {} in `{name}`",
                        const_int_str(tcx, b.ty(), bb, false)
                    )));
                }
                self.write_scalar(dest, Scalar::from_uint(v, size))?;
            }
            "saturating_add" | "saturating_sub" => {
                let op = if name == "saturating_add" {
                    BinOp::Add
                } else {
                    BinOp::Sub
                };
                let (a, b) = (arg(0)?, arg(1)?);
                let (v, o, size) = self.int_intrinsic_op(op, a, b)?;
                let (_, signed) = int_info(tcx, a.ty()).unwrap_or((size, false));
                let v = if !o {
                    v
                } else if signed {
                    // The sign of `b` says which bound was crossed (the opposite for `sub`).
                    let b_neg = sign_extend(self.to_bits(b)?, size) < 0;
                    let to_min = if op == BinOp::Add { b_neg } else { !b_neg };
                    let min = 1u128 << (size * 8 - 1);
                    if to_min {
                        min
                    } else {
                        min - 1
                    }
                } else if op == BinOp::Add {
                    truncate(u128::MAX, size)
                } else {
                    0
                };
                self.write_scalar(dest, Scalar::from_uint(v, size))?;
            }
            "rotate_left" | "rotate_right" => {
                let (x, size, _) = self.int_arg(arg(0)?)?;
                let bits = size as u32 * 8;
                let n = (self.to_bits(arg(1)?)? % bits as u128) as u32;
                let n = if name == "rotate_right" {
                    (bits - n) % bits
                } else {
                    n
                };
                let v = if n == 0 {
                    x
                } else {
                    truncate((x << n) | (x >> (bits - n)), size)
                };
                self.write_scalar(dest, Scalar::from_uint(v, size))?;
            }
            "ctpop" | "ctlz" | "cttz" | "ctlz_nonzero" | "cttz_nonzero" => {
                let (x, size, _) = self.int_arg(arg(0)?)?;
                let bits = size as u32 * 8;
                if name.ends_with("_nonzero") && x == 0 {
                    return Err(ub(format!("`{name}` called on 0")));
                }
                let v = match name.as_str() {
                    "ctpop" => x.count_ones(),
                    "ctlz" | "ctlz_nonzero" => x.leading_zeros() - (128 - bits),
                    _ => x.trailing_zeros().min(bits),
                };
                self.write_scalar(dest, Scalar::from_uint(v as u128, dsize))?;
            }
            "bswap" | "bitreverse" => {
                let (x, size, _) = self.int_arg(arg(0)?)?;
                let shift = 128 - size as u32 * 8;
                let v = if name == "bswap" {
                    x.swap_bytes() >> shift
                } else {
                    x.reverse_bits() >> shift
                };
                self.write_scalar(dest, Scalar::from_uint(v, size))?;
            }
            "three_way_compare" => {
                let (x, size, signed) = self.int_arg(arg(0)?)?;
                let y = self.to_bits(arg(1)?)?;
                let ord = if signed {
                    sign_extend(x, size).cmp(&sign_extend(y, size))
                } else {
                    x.cmp(&y)
                };
                let v: i128 = match ord {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                };
                self.write_scalar(dest, Scalar::from_uint(v as u128, dsize))?;
            }
            "offset" | "arith_offset" => {
                let p = arg(0)?;
                let pointee = match tcx.kind(p.ty()) {
                    TyKind::RawPtr(t, _) | TyKind::Ref(_, t, _) => t,
                    _ => tcx.types.u8,
                };
                let size = self.layout_of(pointee)?.size;
                let s = self.to_scalar(p)?;
                let n = arg(1)?;
                let (_, signed) = int_info(tcx, n.ty()).unwrap_or((ps, false));
                let nb = self.to_bits(n)?;
                let count = if signed {
                    sign_extend(nb, n.bytes.len()) as i64
                } else {
                    nb as i64
                };
                let ptr = s.to_ptr().offset(count.wrapping_mul(size as i64) as u64);
                if name == "offset" {
                    self.mem.check_access(ptr, 0)?;
                }
                self.write_scalar(dest, Scalar::from_ptr(ptr, ps))?;
            }
            "ptr_offset_from" | "ptr_offset_from_unsigned" => {
                let size = self.layout_of(ty_arg(0)?)?.size.max(1);
                let a = self.to_scalar(arg(0)?)?;
                let b = self.to_scalar(arg(1)?)?;
                if a.prov != b.prov {
                    return Err(ub(format!(
                        "`{name}` called on pointers into different allocations"
                    )));
                }
                let diff = (a.bits as i64).wrapping_sub(b.bits as i64);
                if name == "ptr_offset_from_unsigned" && diff < 0 {
                    return Err(ub("`ptr_offset_from_unsigned` called when first pointer has smaller offset than second"));
                }
                self.write_scalar(dest, Scalar::from_uint((diff / size as i64) as u128, ps))?;
            }
            "ptr_guaranteed_cmp" => {
                let a = self.to_scalar(arg(0)?)?;
                let b = self.to_scalar(arg(1)?)?;
                let v = if a.prov == b.prov {
                    (a.bits == b.bits) as u128
                } else if (a.prov.is_none() && a.bits == 0) || (b.prov.is_none() && b.bits == 0) {
                    0
                } else {
                    2
                };
                self.write_scalar(dest, Scalar::from_uint(v, 1))?;
            }
            "discriminant_value" => {
                let t = ty_arg(0)?;
                let p = self.to_scalar(arg(0)?)?.to_ptr();
                let place = self.place_at(p, t)?;
                let (_, bits) = self.read_discriminant(&place)?;
                self.write_scalar(dest, Scalar::from_uint(bits, dsize))?;
            }
            "raw_eq" => {
                let size = self.layout_of(ty_arg(0)?)?.size;
                let a = self.to_scalar(arg(0)?)?.to_ptr();
                let b = self.to_scalar(arg(1)?)?.to_ptr();
                let x = self.read_init_bytes(a, size)?;
                let y = self.read_init_bytes(b, size)?;
                self.write_scalar(dest, Scalar::from_bool(x == y))?;
            }
            "compare_bytes" => {
                let a = self.to_scalar(arg(0)?)?.to_ptr();
                let b = self.to_scalar(arg(1)?)?.to_ptr();
                let n = self.to_bits(arg(2)?)? as u64;
                let x = self.read_init_bytes(a, n)?;
                let y = self.read_init_bytes(b, n)?;
                let v: i128 = match x.cmp(&y) {
                    std::cmp::Ordering::Less => -1,
                    std::cmp::Ordering::Equal => 0,
                    std::cmp::Ordering::Greater => 1,
                };
                self.write_scalar(dest, Scalar::from_uint(v as u128, dsize))?;
            }
            "ptr_metadata" => {
                let v = arg(0)?;
                if v.bytes.len() >= ps * 2 && dsize == ps {
                    self.write_bytes(dest, &v.bytes.slice(ps, ps))?;
                }
            }
            "aggregate_raw_ptr" => {
                let mut out = Bytes::uninit(dsize);
                out.put_bytes(0, &arg(0)?.bytes.slice(0, ps));
                if dsize >= ps * 2 {
                    out.put_bytes(ps, &arg(1)?.bytes);
                }
                self.write_bytes(dest, &out)?;
            }
            "select_unpredictable" => {
                let c = self.to_bits(arg(0)?)? != 0;
                let v = if c { arg(1)? } else { arg(2)? };
                let bytes = v.bytes.clone();
                self.write_bytes(dest, &bytes)?;
            }
            "const_eval_select" => {
                // `const_eval_select(args, called_in_const, called_at_rt)`: the first.
                let tuple = arg(0)?.clone();
                let f = ty_arg(1)?;
                let TyKind::FnDef(def, fargs) = tcx.kind(f) else {
                    return Err(err::unsupported(
                        "`const_eval_select` with a function that is not a function item",
                    ));
                };
                let Some(callee) = tcx.resolve_instance(def, fargs) else {
                    return Err(too_generic());
                };
                let field_tys: Vec<Ty> = match tcx.kind(tuple.ty()) {
                    TyKind::Tuple(tys) => tcx.tys(tys).to_vec(),
                    _ => Vec::new(),
                };
                let mut call_args = Vec::with_capacity(field_tys.len());
                for (i, t) in field_tys.iter().enumerate() {
                    let tl = self.ty_layout(*t)?;
                    let off = crate::place::field_offset(&tuple.tl.layout, i)?;
                    call_args.push(OpVal {
                        bytes: tuple.bytes.slice(off, tl.layout.size),
                        tl,
                    });
                }
                let body =
                    smelt_mir::optimized_mir(tcx, smelt_ty::InstanceKind::Item(callee.def_id()));
                self.push_frame(
                    callee.def_id(),
                    callee.args,
                    body,
                    call_args,
                    Some(dest.clone()),
                    target,
                )?;
                return Ok(false);
            }
            _ => {
                if let Some(v) = self.float_intrinsic(&name, args)? {
                    self.write_scalar(dest, Scalar::from_uint(v, dsize))?;
                } else {
                    return Err(err::unsupported(format!(
                        "the intrinsic `{name}` in constants"
                    )));
                }
            }
        }
        Ok(true)
    }

    /// `a op b` on the integer arguments of an intrinsic: result, overflow, size.
    fn int_intrinsic_op(&self, op: BinOp, a: &OpVal, b: &OpVal) -> InterpResult<(u128, bool, u64)> {
        let (x, size, signed) = self.int_arg(a)?;
        let (y, rsize, rsigned) = self.int_arg(b)?;
        let (v, o) = int_binop(op, x, y, size, signed, rsize, rsigned)?;
        Ok((v, o, size))
    }

    /// An integer argument of an intrinsic: its bits, size and signedness.
    fn int_arg(&self, v: &OpVal) -> InterpResult<(u128, u64, bool)> {
        match self.tcx.kind(v.ty()) {
            TyKind::Int(_) | TyKind::Uint(_) => {
                let (size, signed) = int_info(self.tcx, v.ty()).unwrap_or((v.bytes.len(), false));
                Ok((self.to_bits(v)?, size, signed))
            }
            _ => Err(ub(format!(
                "an integer intrinsic called on a value of type `{}`",
                self.tcx.ty_string(v.ty())
            ))),
        }
    }

    fn read_init_bytes(&mut self, p: crate::memory::Ptr, n: u64) -> InterpResult<Vec<u8>> {
        self.prepare_read(p)?;
        let b = self.mem.read_bytes(p, n)?;
        if b.init.iter().any(|i| !i) {
            return Err(ub(
                "using uninitialized data, but this operation requires initialized memory",
            ));
        }
        if !b.relocs.is_empty() {
            return Err(err::ptr_to_int());
        }
        Ok(b.data)
    }

    /// The floating-point intrinsics IEEE defines exactly (so the host computes what the
    /// target would): their result bits, or `None` for other names.
    fn float_intrinsic(&self, name: &str, args: &[OpVal]) -> InterpResult<Option<u128>> {
        let Some(suffix) = ["f32", "f64"].iter().find(|s| name.ends_with(*s)) else {
            return Ok(None);
        };
        let base = name.trim_end_matches(suffix).trim_end_matches('_');
        let mut xs = Vec::new();
        for a in args {
            xs.push(self.to_bits(a)?);
        }
        let get = |i: usize| {
            xs.get(i)
                .copied()
                .ok_or_else(|| ub(format!("the intrinsic `{name}` without its argument {i}")))
        };
        macro_rules! run {
            ($f:ty, $b:ty) => {{
                let f = |i: usize| -> InterpResult<$f> { Ok(<$f>::from_bits(get(i)? as $b)) };
                let r: $f = match base {
                    "sqrt" => f(0)?.sqrt(),
                    "floor" => f(0)?.floor(),
                    "ceil" => f(0)?.ceil(),
                    "trunc" => f(0)?.trunc(),
                    "round" => f(0)?.round(),
                    "rint" | "nearbyint" | "round_ties_even" => f(0)?.round_ties_even(),
                    "fabs" => f(0)?.abs(),
                    "copysign" => f(0)?.copysign(f(1)?),
                    "minnum" => f(0)?.min(f(1)?),
                    "maxnum" => f(0)?.max(f(1)?),
                    "fma" => f(0)?.mul_add(f(1)?, f(2)?),
                    _ => return Ok(None),
                };
                Ok(Some(r.to_bits() as u128))
            }};
        }
        if *suffix == "f32" {
            run!(f32, u32)
        } else {
            run!(f64, u64)
        }
    }
}

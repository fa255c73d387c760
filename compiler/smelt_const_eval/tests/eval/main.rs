//! Tests of the constant evaluator through one helper, `check(src, expect)`: `src` is compiled
//! after a tiny `#![no_core]` prelude (`MINI_CORE`), then every constant and static of the
//! crate is evaluated in source order and printed as `NAME = value`, followed by the rendered
//! diagnostics. Values print by type: integers, `bool`, `char` and floats as Rust literals,
//! `&str` as a string, other values as their bytes in hex (little-endian, as the host target
//! lays them out) with `@offset -> target` for each pointer in them. A source starting with
//! `//@ overflow-checks: off` is built as `-C overflow-checks=off` would.
//!
//! Expected values and error messages were checked against rustc 1.95 (the programs are in
//! the comments where the layout is not obvious). Bless with
//! `UPDATE_EXPECT=1 cargo test -p smelt_const_eval`.

mod aggregates;
mod arith;
mod calls;
mod errors;
mod globals;

use std::cell::RefCell;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use expect_test::Expect;
use smelt_errors::BufferEmitter;
use smelt_expand::{CfgSet, ExpandConfig, MacroStore};
use smelt_hir::{DefKind, Hir};
use smelt_resolve::CrateStore;
use smelt_session::{CrateType, Options, Session};
use smelt_span::Edition;
use smelt_ty::consts::{Allocation, ConstValue, GlobalAlloc, Scalar};
use smelt_ty::{Ty, TyCtxt, TyKind};

/// The lang items the tests' programs need.
const MINI_CORE: &str = r#"#![no_core]
#[lang = "sized"] trait Sized {}
#[lang = "copy"] trait Copy {}
impl Copy for u8 {} impl Copy for u16 {} impl Copy for u32 {} impl Copy for u64 {}
impl Copy for u128 {} impl Copy for usize {} impl Copy for i8 {} impl Copy for i16 {}
impl Copy for i32 {} impl Copy for i64 {} impl Copy for i128 {} impl Copy for isize {}
impl Copy for bool {} impl Copy for char {} impl Copy for f32 {} impl Copy for f64 {}
impl<T: ?Sized> Copy for &T {}
"#;

struct NoFiles;

impl smelt_expand::FileLoader for NoFiles {
    fn read_to_string(&self, _: &Path) -> std::io::Result<String> {
        Err(std::io::Error::other("the tests read no files"))
    }
    fn exists(&self, _: &Path) -> bool {
        false
    }
}

/// Parses, expands, resolves and lowers `src` (after `MINI_CORE`) into a type context with
/// the type checker's, the MIR builder's and the evaluator's providers.
fn tcx_for(src: &str) -> (TyCtxt, Rc<RefCell<String>>) {
    let emitter = BufferEmitter::default();
    let out = emitter.out.clone();
    let opts = Options {
        edition: Edition::E2021,
        crate_types: vec![CrateType::Lib],
        overflow_checks: !src.starts_with("//@ overflow-checks: off"),
        ..Options::default()
    };
    let sess = Session::new(opts, Box::new(emitter));
    let file = sess
        .source_map
        .new_source_file("test.rs".into(), format!("{MINI_CORE}{src}"));
    let krate = smelt_parse::parse_crate(&sess, &file, Edition::E2021);
    let name = sess.intern("test");
    let loader = NoFiles;
    // Expanded as a library crate, which may use `#[lang]` and `#![no_core]`; resolved and
    // lowered as a user crate, whose arithmetic is checked for overflow.
    let cfg = ExpandConfig {
        crate_num: 0,
        crate_name: name,
        edition: Edition::E2021,
        is_library: true,
        root_path: PathBuf::from("test.rs"),
        loader: &loader,
        externs: vec![],
        cfg: CfgSet::for_session(&sess, false),
    };
    let (krate, _) = smelt_expand::expand_crate(&sess, &cfg, &MacroStore::default(), krate);
    let mut cstore = CrateStore::default();
    let resolved =
        smelt_resolve::resolve_crate(&sess, &mut cstore, &krate, name, Edition::E2021, &[], false);
    let mut hir = Hir::default();
    let krate = smelt_hir::lowering::lower_crate(
        &sess,
        &krate,
        &resolved,
        &cstore,
        &mut hir.lang_items,
        name,
        Edition::E2021,
        false,
    );
    hir.crates.push(krate);
    let mut providers = smelt_ty::Providers::default();
    smelt_typeck::provide(&mut providers);
    smelt_mir_build::provide(&mut providers);
    smelt_const_eval::provide(&mut providers);
    (TyCtxt::new(sess, hir, providers), out)
}

/// Evaluates every constant and static of `src` and compares the listing with `expect`.
pub fn check(src: &str, expect: Expect) {
    let (tcx, out) = tcx_for(src);
    let mut listing = String::new();
    if smelt_typeck::check_crate(&tcx).is_ok() {
        let mut items: Vec<_> = tcx
            .hir
            .all_defs()
            .filter(|(d, data)| {
                tcx.is_local(*d)
                    && matches!(
                        data.kind,
                        DefKind::Const | DefKind::Static { .. } | DefKind::AssocConst
                    )
            })
            .map(|(d, _)| d)
            .collect();
        items.sort();
        for def in items {
            if tcx.generics_of(def).count() != 0 || tcx.trait_of_item(def).is_some() {
                continue;
            }
            let ty = tcx.normalize_erasing_regions(tcx.type_of(def));
            let name = tcx.str(tcx.item_name(def)).to_string();
            match tcx.eval_const(def, tcx.types.empty_args) {
                Ok(v) => writeln!(listing, "{name} = {}", render(&tcx, &v, ty)).unwrap(),
                Err(_) => writeln!(listing, "{name} = error").unwrap(),
            }
        }
        for (def, data) in tcx.hir.all_defs() {
            if tcx.is_local(def) && data.kind == DefKind::Enum {
                let discrs = tcx.adt_def(def).discriminants(&tcx);
                let list: Vec<String> = discrs.iter().map(|d| d.to_string()).collect();
                writeln!(
                    listing,
                    "discriminants of {} = [{}]",
                    tcx.str(data.name),
                    list.join(", ")
                )
                .unwrap();
            }
        }
    }
    let diags = out.borrow().clone();
    let text = if diags.is_empty() {
        listing
    } else {
        format!("{listing}\n{diags}")
    };
    expect.assert_eq(&text);
}

fn render(tcx: &TyCtxt, v: &ConstValue, ty: Ty) -> String {
    match v {
        ConstValue::ZeroSized => "zst".into(),
        ConstValue::Scalar(Scalar::Int(s)) => match tcx.kind(ty) {
            TyKind::Int(_) => s.to_i128().to_string(),
            TyKind::Uint(_) => s.to_u128().to_string(),
            TyKind::Bool => (s.data != 0).to_string(),
            TyKind::Char => format!("{:?}", char::from_u32(s.data as u32).unwrap_or('?')),
            TyKind::Float(smelt_ast::FloatTy::F32) => {
                format!("{:?}_f32", f32::from_bits(s.data as u32))
            }
            TyKind::Float(smelt_ast::FloatTy::F64) => {
                format!("{:?}_f64", f64::from_bits(s.data as u64))
            }
            _ => format!("scalar {:#x} ({} bytes)", s.data, s.size),
        },
        ConstValue::Scalar(Scalar::Ptr(p)) => {
            format!("&{}+{}", render_target(tcx, &p.target, 0), p.offset)
        }
        ConstValue::Slice { data, len } => {
            let is_str = matches!(tcx.kind(ty), TyKind::Ref(_, t, _) if tcx.kind(t) == TyKind::Str);
            if is_str {
                format!(
                    "{:?}",
                    String::from_utf8_lossy(&data.bytes[..(*len as usize).min(data.bytes.len())])
                )
            } else {
                format!("slice of {len} in {}", render_alloc(tcx, data, 0))
            }
        }
        ConstValue::Indirect { alloc, offset } => {
            if *offset == 0 {
                render_alloc(tcx, alloc, 0)
            } else {
                format!("{}+{offset}", render_alloc(tcx, alloc, 0))
            }
        }
    }
}

fn render_target(tcx: &TyCtxt, g: &GlobalAlloc, depth: usize) -> String {
    match g {
        GlobalAlloc::Memory(a) => render_alloc(tcx, a, depth + 1),
        GlobalAlloc::Static(d) => format!("static {}", tcx.str(tcx.item_name(*d))),
        GlobalAlloc::Function(i) => format!("fn {}", tcx.str(tcx.item_name(i.def_id()))),
        GlobalAlloc::VTable(t, _) => format!("vtable of {}", tcx.ty_string(*t)),
    }
}

fn render_alloc(tcx: &TyCtxt, a: &Allocation, depth: usize) -> String {
    if depth > 4 {
        return "[...]".into();
    }
    let bytes: Vec<String> = a.bytes.iter().map(|b| format!("{b:02x}")).collect();
    let mut s = format!("[{}]", bytes.join(" "));
    if a.mutability == smelt_ast::Mutability::Mut {
        s.push_str(" mut");
    }
    for (off, p) in &a.relocations {
        write!(
            s,
            " @{off} -> {}+{}",
            render_target(tcx, &p.target, depth),
            p.offset
        )
        .unwrap();
    }
    s
}

//! The compilation pipeline: the library crates and the user's crate go through parsing,
//! expansion, name resolution and HIR lowering in order; then type checking, MIR building,
//! monomorphisation, code generation and linking run for the user's crate. The library's
//! non-generic code is compiled once and cached (see `cache`).

use std::path::{Path, PathBuf};

use smelt_ast as ast;
use smelt_errors::ErrorGuaranteed;
use smelt_expand::{CfgSet, ExpandConfig, MacroStore};
use smelt_hir::{CrateNum, DefId, DefKind, Hir};
use smelt_resolve::CrateStore;
use smelt_session::config::{CrateType, OutputType};
use smelt_session::Session;
use smelt_span::{Edition, SourceFile, Symbol};
use smelt_ty::TyCtxt;

use crate::library::{DriverLoader, CRATES};

/// The source the user asked to compile.
pub struct Input {
    /// The name diagnostics show (the path as given, or `<anon>` for standard input).
    pub name: String,
    /// The path, for `mod` and `include!` resolution (the working directory for stdin).
    pub path: PathBuf,
    pub src: String,
}

/// Per-crate front-end state shared by every crate of the session.
struct FrontEnd<'a> {
    sess: &'a Session,
    loader: &'a DriverLoader,
    cstore: CrateStore,
    macros: MacroStore,
    hir: Hir,
}

/// What the front end needs to know about one crate.
struct CrateSpec<'a> {
    /// The crate's name; for the user's crate, `None` until its attributes are read.
    name: Option<Symbol>,
    edition: Edition,
    is_library: bool,
    root_path: PathBuf,
    /// Crates in the extern prelude; for the user's crate, `None`: `std` and `core`, or
    /// only `core` under `#![no_std]`.
    prelude: Option<&'a [&'a str]>,
}

impl FrontEnd<'_> {
    /// Parses, expands, resolves and lowers one crate. `Err` if it had errors.
    fn process(
        &mut self,
        file: &SourceFile,
        spec: &CrateSpec<'_>,
        dumps: bool,
    ) -> Result<(), ErrorGuaranteed> {
        let sess = self.sess;
        let progress = |stage: &'static str| {
            smelt_session::progress::enter_stage(stage);
            smelt_session::progress::set_item(format!("crate `{}`", file.name));
        };
        progress("parsing");
        let krate_num = self.cstore.crates.len() as u32;
        if dumps {
            if let Some(path) = wants(sess, OutputType::Tokens) {
                write_output(
                    sess,
                    OutputType::Tokens,
                    &path,
                    &smelt_parse::dump_tokens(sess, file),
                )?;
            }
        }
        let krate = smelt_parse::parse_crate(sess, file, spec.edition);
        let name = match spec.name {
            Some(n) => n,
            None => {
                let n = crate_name(sess, &krate, file);
                CRATE_NAME.with(|c| *c.borrow_mut() = n.clone());
                sess.intern(&n)
            }
        };
        let has_attr = |n: &str| {
            krate.attrs.iter().any(|a| match &a.kind {
                ast::AttrKind::Normal(i) => {
                    i.path.segments.len() == 1 && sess.str(i.path.segments[0].ident.name) == n
                }
                _ => false,
            })
        };
        let prelude: &[&str] = match spec.prelude {
            Some(p) => p,
            None if has_attr("no_core") => &[],
            None if has_attr("no_std") => &["core"],
            None => &["std", "core"],
        };
        if dumps {
            if let Some(path) = wants(sess, OutputType::Ast) {
                write_output(
                    sess,
                    OutputType::Ast,
                    &path,
                    &smelt_ast::dump::dump_crate(&krate, &sess.interner),
                )?;
            }
        }
        if let Some(e) = sess.dcx.has_errors() {
            return Err(e);
        }
        let externs: Vec<(Symbol, u32)> = self
            .cstore
            .crates
            .iter_enumerated()
            .map(|(n, c)| (c.name, n.as_u32()))
            .collect();
        let cfg = ExpandConfig {
            crate_num: krate_num,
            crate_name: name,
            edition: spec.edition,
            is_library: spec.is_library,
            root_path: spec.root_path.clone(),
            loader: self.loader,
            externs,
            cfg: CfgSet::for_session(sess, spec.is_library),
        };
        progress("macro expansion");
        let (krate, macros) = smelt_expand::expand_crate(sess, &cfg, &self.macros, krate);
        self.macros.crates.push(macros);
        if dumps {
            if let Some(path) = wants(sess, OutputType::Expanded) {
                write_output(
                    sess,
                    OutputType::Expanded,
                    &path,
                    &smelt_ast::pretty::crate_to_string(&krate, &sess.interner),
                )?;
            }
        }
        if let Some(e) = sess.dcx.has_errors() {
            return Err(e);
        }
        let prelude: Vec<(Symbol, CrateNum)> = prelude
            .iter()
            .filter_map(|n| {
                let sym = sess.intern(n);
                self.cstore.crate_by_name(sym).map(|k| (sym, k))
            })
            .collect();
        progress("name resolution");
        let resolved = smelt_resolve::resolve_crate(
            sess,
            &mut self.cstore,
            &krate,
            name,
            spec.edition,
            &prelude,
            spec.is_library,
        );
        if let Some(e) = sess.dcx.has_errors() {
            return Err(e);
        }
        progress("HIR lowering");
        let hir_crate = smelt_hir::lowering::lower_crate(
            sess,
            &krate,
            &resolved,
            &self.cstore,
            &mut self.hir.lang_items,
            name,
            spec.edition,
            spec.is_library,
        );
        self.hir.crates.push(hir_crate);
        match sess.dcx.has_errors() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// Where output `ty` goes if it was asked for.
pub fn wants(sess: &Session, ty: OutputType) -> Option<PathBuf> {
    let (_, path) = sess.opts.emit.iter().find(|(t, _)| *t == ty)?;
    Some(match path {
        Some(p) => p.clone(),
        None => default_output_path(sess, ty),
    })
}

// The crate name the outputs are named after, set once the crate is known.
thread_local! {
    static CRATE_NAME: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Where output `ty` goes when `--emit` gives it no path (rustc's `OutputFilenames::path`).
/// With `-o` and one such output, it is the `-o` file. With several, each is the `-o` file's
/// stem plus `-C extra-filename`, beside it, with the output's extension; without `-o`, the
/// crate name plus `-C extra-filename`, in `--out-dir` (else the current directory). As in
/// rustc, the extension is set on `<stem><extra>`, so a dot in it starts what is replaced
/// (`-o out.tar.gz` gives `out.mir`), and metadata is `lib<stem><extra>.rmeta`.
fn default_output_path(sess: &Session, ty: OutputType) -> PathBuf {
    let unnamed = sess
        .opts
        .emit
        .iter()
        .filter(|(_, path)| path.is_none())
        .count();
    let (dir, stem) = match &sess.opts.output {
        Some(o) if unnamed <= 1 => return o.clone(),
        Some(o) => (
            o.parent().map(Path::to_path_buf).unwrap_or_default(),
            o.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        None => (
            sess.opts.out_dir.clone().unwrap_or_default(),
            CRATE_NAME.with(|n| n.borrow().clone()),
        ),
    };
    let stem = format!("{stem}{}", sess.opts.extra_filename);
    if ty == OutputType::Metadata {
        return dir.join(format!("lib{stem}.rmeta"));
    }
    let mut path = dir.join(stem);
    path.set_extension(ty.extension());
    path
}

/// Writes a text output (`-` is standard output).
pub fn write_output(
    sess: &Session,
    ty: OutputType,
    path: &Path,
    text: &str,
) -> Result<(), ErrorGuaranteed> {
    if path == Path::new("-") {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| {
        let message = match ty {
            OutputType::Mir => format!("could not emit MIR: {e}"),
            OutputType::DepInfo => {
                format!("error writing dependencies to `{}`: {e}", path.display())
            }
            _ => format!("failed to write {} to `{}`: {e}", ty.name(), path.display()),
        };
        sess.dcx.struct_fatal(message).emit()
    })
}

/// Writes a binary output (`-` is standard output).
pub fn write_binary_output(
    sess: &Session,
    ty: OutputType,
    path: &Path,
    bytes: &[u8],
) -> Result<(), ErrorGuaranteed> {
    let result = if path == Path::new("-") {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        out.write_all(bytes).and_then(|()| out.flush())
    } else {
        std::fs::write(path, bytes)
    };
    result.map_err(|e| {
        sess.dcx
            .struct_fatal(format!(
                "failed to write {} to `{}`: {e}",
                ty.name(),
                path.display()
            ))
            .emit()
    })
}

/// `--emit=dep-info`: rustc's Makefile rules. Each output depends on every source file the
/// crate was read from, and each source file gets an empty rule of its own, so that `make`
/// does not fail once one is deleted. cargo reads this file to know when to rebuild.
fn dep_info(sess: &Session, input: &Input, loader: &DriverLoader) -> String {
    let mut files: Vec<String> = Vec::new();
    let read = loader
        .user_files()
        .into_iter()
        .map(|p| p.display().to_string());
    for file in std::iter::once(input.name.clone())
        .filter(|n| n != "<anon>")
        .chain(read)
    {
        let file = file.replace(' ', "\\ ");
        if !files.contains(&file) {
            files.push(file);
        }
    }
    // rustc's outputs are a map ordered by its `OutputType` variants, whose names sort the
    // same way; smelt's own kinds take their place by name among them.
    let mut outputs: Vec<OutputType> = sess.opts.emit.iter().map(|(ty, _)| *ty).collect();
    outputs.sort_by_key(|ty| match ty {
        OutputType::Asm => "Assembly",
        OutputType::Ast => "Ast",
        OutputType::Clif => "LlvmAssembly",
        OutputType::DepInfo => "DepInfo",
        OutputType::Exe => "Exe",
        OutputType::Expanded => "Expanded",
        OutputType::Hir => "Hir",
        OutputType::Metadata => "Metadata",
        OutputType::Mir => "Mir",
        OutputType::Object => "Object",
        OutputType::Tokens => "Tokens",
    });
    let mut out = String::new();
    for ty in outputs {
        let Some(path) = wants(sess, ty) else {
            continue;
        };
        let target = if path == Path::new("-") {
            if ty == OutputType::DepInfo {
                continue;
            }
            "stdout".to_string()
        } else {
            path.display().to_string()
        };
        out.push_str(&format!("{target}: {}\n\n", files.join(" ")));
    }
    for file in &files {
        out.push_str(&format!("{file}:\n"));
    }
    out
}

/// The user's crate's name: `--crate-name`, `#![crate_name = "..."]`, or the file stem with
/// `-` as `_` (rustc's rules).
fn crate_name(sess: &Session, krate: &ast::Crate, file: &SourceFile) -> String {
    if let Some(n) = &sess.opts.crate_name {
        return n.clone();
    }
    for a in &krate.attrs {
        if let ast::AttrKind::Normal(ast::AttrItem {
            path,
            args: ast::AttrArgs::Eq(_, e),
        }) = &a.kind
        {
            if path.segments.len() == 1 && sess.str(path.segments[0].ident.name) == "crate_name" {
                if let ast::ExprKind::Lit(ast::Lit {
                    kind: ast::LitKind::Str(s, _),
                    ..
                }) = &e.kind
                {
                    return sess.str(*s).to_string();
                }
            }
        }
    }
    if file.name == "<anon>" {
        return "rust_out".to_string();
    }
    Path::new(&file.name).file_stem().map_or_else(
        || "rust_out".to_string(),
        |s| s.to_string_lossy().replace('-', "_"),
    )
}

/// Compiles `input` as the session's options say. Errors are reported through the session,
/// followed by rustc's summary line.
pub fn compile(sess: Session, input: &Input, loader: &DriverLoader) -> Result<(), ErrorGuaranteed> {
    let hir = match front_end(&sess, input, loader) {
        Ok(hir) => hir,
        Err(e) => {
            sess.dcx.print_final_summary();
            return Err(e);
        }
    };
    let mut providers = smelt_ty::Providers::default();
    smelt_typeck::provide(&mut providers);
    smelt_mir_build::provide(&mut providers);
    smelt_mir_opt::provide(&mut providers);
    crate::extra_providers(&mut providers);
    let tcx = TyCtxt::new(sess, hir, providers);
    let result = back_end(&tcx, input, loader);
    tcx.sess.dcx.print_final_summary();
    result
}

/// Parsing to HIR, for the library crates and then the user's.
fn front_end(sess: &Session, input: &Input, loader: &DriverLoader) -> Result<Hir, ErrorGuaranteed> {
    let mut fe = FrontEnd {
        sess,
        loader,
        cstore: CrateStore::default(),
        macros: MacroStore::default(),
        hir: Hir::default(),
    };
    for (name, root, deps) in CRATES {
        let path = DriverLoader::library_path(root);
        let src = match smelt_expand::FileLoader::read_to_string(loader, &path) {
            Ok(s) => s,
            Err(e) => {
                return Err(sess
                    .dcx
                    .struct_fatal(format!(
                        "cannot read smelt's library file `{}`: {e}",
                        path.display()
                    ))
                    .emit());
            }
        };
        let file = sess
            .source_map
            .new_external_source_file(path.display().to_string(), src);
        let spec = CrateSpec {
            name: Some(sess.intern(name)),
            edition: Edition::E2021,
            is_library: true,
            root_path: path,
            prelude: Some(deps),
        };
        if let Err(e) = fe.process(&file, &spec, false) {
            sess.dcx
                .struct_fatal("smelt's own library failed to compile: this is a bug in smelt")
                .emit();
            return Err(e);
        }
    }
    let file = sess
        .source_map
        .new_source_file(input.name.clone(), input.src.clone());
    let stem = Path::new(&input.name).file_stem().map_or_else(
        || "rust_out".to_string(),
        |s| s.to_string_lossy().replace('-', "_"),
    );
    CRATE_NAME.with(|n| *n.borrow_mut() = sess.opts.crate_name.clone().unwrap_or(stem));
    // rustc creates `--out-dir` (even when `-o` overrides it).
    if let Some(dir) = &sess.opts.out_dir {
        if std::fs::create_dir_all(dir).is_err() {
            return Err(sess
                .dcx
                .struct_fatal("failed to find or create the directory specified by `--out-dir`")
                .emit());
        }
    }
    let spec = CrateSpec {
        name: None,
        edition: sess.opts.edition,
        is_library: false,
        root_path: input.path.clone(),
        prelude: None,
    };
    fe.process(&file, &spec, true)?;
    Ok(fe.hir)
}

/// Type checking to linking, for the user's crate.
fn back_end(tcx: &TyCtxt, input: &Input, loader: &DriverLoader) -> Result<(), ErrorGuaranteed> {
    // The dependencies are known once the crate is expanded; rustc writes them before
    // analysis too.
    if let Some(path) = wants(&tcx.sess, OutputType::DepInfo) {
        write_output(
            &tcx.sess,
            OutputType::DepInfo,
            &path,
            &dep_info(&tcx.sess, input, loader),
        )?;
    }
    analysis(tcx)?;
    if let Some(path) = wants(&tcx.sess, OutputType::Hir) {
        let text = smelt_hir::print::print_crate(&tcx.hir, tcx.local_crate(), &tcx.sess.interner);
        write_output(&tcx.sess, OutputType::Hir, &path, &text)?;
    }
    if let Some(path) = wants(&tcx.sess, OutputType::Mir) {
        write_output(&tcx.sess, OutputType::Mir, &path, &mir_dump(tcx))?;
    }
    if let Some(path) = wants(&tcx.sess, OutputType::Metadata) {
        // An executable's metadata is an empty file in rustc too; a library's would have to
        // describe the crate, which smelt cannot do yet.
        if !tcx
            .sess
            .opts
            .crate_types
            .iter()
            .all(|t| *t == CrateType::Executable)
        {
            return Err(tcx
                .sess
                .dcx
                .struct_fatal("`--emit=metadata` for a library crate is not supported by smelt yet")
                .note("smelt builds executables (`--crate-type bin`)")
                .emit());
        }
        write_binary_output(&tcx.sess, OutputType::Metadata, &path, &[])?;
    }
    let needs_codegen = tcx.sess.opts.emit.iter().any(|(t, _)| {
        matches!(
            t,
            OutputType::Clif | OutputType::Asm | OutputType::Object | OutputType::Exe
        )
    });
    if !needs_codegen {
        return Ok(());
    }
    crate::codegen::codegen_and_link(tcx, loader)
}

/// Type-checks and builds the MIR of every body of every crate, the library's included
/// (`SMELT_CHECK_LIBRARY=1`: how the library is checked as a whole).
pub fn check_all_bodies(tcx: &TyCtxt) {
    for (krate, c) in tcx.hir.crates.iter_enumerated() {
        let mut owners: Vec<DefId> = c
            .bodies
            .keys()
            .map(|&index| DefId { krate, index })
            .collect();
        owners.sort();
        for def in owners {
            if matches!(tcx.def_kind(def), DefKind::Closure | DefKind::InlineConst) {
                continue;
            }
            smelt_session::progress::set_item(format!("`{}`", tcx.def_path_str(def)));
            let _ = tcx.typeck(def);
            let _ = smelt_mir::mir_built(tcx, def);
        }
    }
}

/// Type checking and the MIR checks of the user's crate.
fn analysis(tcx: &TyCtxt) -> Result<(), ErrorGuaranteed> {
    if std::env::var_os("SMELT_CHECK_LIBRARY").is_some() {
        smelt_session::progress::enter_stage("checking the library");
        check_all_bodies(tcx);
    }
    // `SMELT_DUMP_MIR=name`: the MIR of every body (library included) whose path contains
    // `name`, on standard error; for working on smelt.
    if let Some(filter) = std::env::var_os("SMELT_DUMP_MIR") {
        let filter = filter.to_string_lossy().to_string();
        for (krate, c) in tcx.hir.crates.iter_enumerated() {
            let mut owners: Vec<DefId> = c
                .bodies
                .keys()
                .map(|&index| DefId { krate, index })
                .collect();
            owners.sort();
            for def in owners {
                if tcx.def_path_str(def).contains(&filter)
                    && !matches!(tcx.def_kind(def), DefKind::Closure | DefKind::InlineConst)
                {
                    let mut out = String::new();
                    smelt_mir::pretty::write_mir_body(
                        tcx,
                        &smelt_mir::mir_built(tcx, def),
                        &mut out,
                    );
                    eprintln!("{out}");
                }
            }
        }
    }
    smelt_session::progress::enter_stage("type checking");
    smelt_typeck::check_crate(tcx)?;
    smelt_session::progress::enter_stage("MIR building");
    let local = tcx.local_crate();
    let mut owners: Vec<DefId> = tcx
        .hir
        .krate(local)
        .bodies
        .keys()
        .map(|&index| DefId {
            krate: local,
            index,
        })
        .collect();
    owners.sort();
    for def in owners {
        if matches!(tcx.def_kind(def), DefKind::Closure | DefKind::InlineConst) {
            continue;
        }
        smelt_session::progress::set_item(tcx.def_path_str(def));
        let _ = smelt_mir::mir_built(tcx, def);
    }
    // Borrow checking, of the user's bodies only (closures included): the library is
    // trusted. Bodies with type errors were not built and are skipped.
    if tcx.sess.dcx.has_errors().is_none() {
        smelt_session::progress::enter_stage("borrow checking");
        let krate = tcx.hir.krate(local);
        let mut owners: Vec<DefId> = krate
            .bodies
            .keys()
            .chain(krate.nested_bodies.keys())
            .map(|&index| DefId {
                krate: local,
                index,
            })
            .collect();
        owners.sort();
        owners.dedup();
        for def in owners {
            if tcx.def_kind(def) == DefKind::InlineConst {
                continue;
            }
            smelt_session::progress::set_item(tcx.def_path_str(def));
            let _ = smelt_borrowck::borrowck(tcx, def);
        }
    }
    match tcx.sess.dcx.has_errors() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The MIR of every body of the user's crate, in rustc's `-Zunpretty=mir` style.
fn mir_dump(tcx: &TyCtxt) -> String {
    let local = tcx.local_crate();
    let mut owners: Vec<DefId> = tcx
        .hir
        .krate(local)
        .bodies
        .keys()
        .map(|&index| DefId {
            krate: local,
            index,
        })
        .collect();
    owners.sort_by_key(|d| (tcx.hir.span(*d).lo, d.index));
    let mut out = String::new();
    for def in owners {
        if matches!(tcx.def_kind(def), DefKind::Closure | DefKind::InlineConst) {
            continue;
        }
        let body = smelt_mir::mir_built(tcx, def);
        if !out.is_empty() {
            out.push('\n');
        }
        smelt_mir::pretty::write_mir_body(tcx, &body, &mut out);
    }
    out
}

/// Whether the crate types ask for an executable.
pub fn is_executable(sess: &Session) -> bool {
    sess.opts.crate_types.contains(&CrateType::Executable)
}

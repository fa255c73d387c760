//! From checked crate to files: monomorphisation, Cranelift code generation, the compiled
//! library (built once per library version, target and panic strategy, then cached), and
//! linking.

use std::path::{Path, PathBuf};

use smelt_codegen::CodegenOptions;
use smelt_errors::ErrorGuaranteed;
use smelt_hir::CrateNum;
use smelt_mono::CollectMode;
use smelt_session::config::{CrateType, OutputType, PanicStrategy};
use smelt_session::OptLevel;
use smelt_ty::TyCtxt;

use crate::library::{DriverLoader, CRATES};
use crate::pipeline::{wants, write_binary_output, write_output};

pub fn codegen_and_link(tcx: &TyCtxt, loader: &DriverLoader) -> Result<(), ErrorGuaranteed> {
    let sess = &tcx.sess;
    let local = tcx.local_crate();
    let name = sess.str(tcx.hir.krate(local).name).to_string();
    if let Some(t) = sess
        .opts
        .crate_types
        .iter()
        .find(|t| **t != CrateType::Executable)
    {
        let t = match t {
            CrateType::Lib => "lib",
            CrateType::Rlib => "rlib",
            CrateType::Staticlib => "staticlib",
            CrateType::Executable => "bin",
            #[allow(unreachable_patterns)]
            _ => "this",
        };
        return Err(sess
            .dcx
            .struct_fatal(format!("crate type `{t}` is not supported by smelt yet"))
            .note("smelt builds executables (`--crate-type bin`)")
            .emit());
    }
    smelt_session::progress::enter_stage("monomorphisation");
    let items = smelt_mono::collect(tcx, local, CollectMode::Executable);
    if let Some(e) = sess.dcx.has_errors() {
        return Err(e);
    }
    let opts = CodegenOptions {
        opt_level: sess.opts.opt_level,
        emit_clif: wants(sess, OutputType::Clif).is_some(),
        emit_asm: wants(sess, OutputType::Asm).is_some(),
        codegen_units: sess.opts.codegen_units.unwrap_or(1).max(1),
        name: name.clone(),
    };
    smelt_session::progress::enter_stage("code generation");
    let results = smelt_codegen::codegen_crate(tcx, &items, &opts)?;
    if let Some(path) = wants(sess, OutputType::Clif) {
        write_output(sess, OutputType::Clif, &path, &results.clif)?;
    }
    if let Some(path) = wants(sess, OutputType::Asm) {
        write_output(sess, OutputType::Asm, &path, &results.asm)?;
    }
    let want_obj = wants(sess, OutputType::Object);
    let want_exe = wants(sess, OutputType::Exe);
    if want_obj.is_none() && want_exe.is_none() {
        return Ok(());
    }
    let out_dir = sess.opts.out_dir.clone().unwrap_or_else(|| {
        want_exe
            .as_ref()
            .or(want_obj.as_ref())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_default()
    });
    let tmp = TempDir::new(&out_dir, &name).map_err(|e| {
        sess.dcx
            .struct_fatal(format!("couldn't create a temp dir: {e}"))
            .emit()
    })?;
    let mut objects = Vec::new();
    for (i, bytes) in results.objects.iter().enumerate() {
        let p = tmp.path.join(format!("{name}.{i}.o"));
        std::fs::write(&p, bytes).map_err(|e| {
            sess.dcx
                .struct_fatal(format!("failed to write `{}`: {e}", p.display()))
                .emit()
        })?;
        objects.push(p);
    }
    if let Some(obj) = want_obj {
        if obj == Path::new("-") {
            // `-o -` (or `obj=-`): the object on standard output, as rustc writes it.
            let [bytes] = results.objects.as_slice() else {
                return Err(sess
                    .dcx
                    .struct_fatal("can't write the objects of several codegen units to stdout")
                    .emit());
            };
            write_binary_output(sess, OutputType::Object, &obj, bytes)?;
        } else if objects.len() == 1 {
            std::fs::copy(&objects[0], &obj).map_err(|e| {
                sess.dcx
                    .struct_fatal(format!("failed to write `{}`: {e}", obj.display()))
                    .emit()
            })?;
        } else {
            for (i, o) in objects.iter().enumerate() {
                let dst = obj.with_extension(format!("{i}.o"));
                std::fs::copy(o, &dst).map_err(|e| {
                    sess.dcx
                        .struct_fatal(format!("failed to write `{}`: {e}", dst.display()))
                        .emit()
                })?;
            }
        }
    }
    let Some(mut exe) = want_exe else {
        return Ok(());
    };
    // `-o -`: link into the scratch directory, then copy the executable to standard output.
    let to_stdout = exe == Path::new("-");
    if to_stdout {
        exe = tmp.path.join(&name);
    }
    smelt_session::progress::enter_stage("compiling the library");
    objects.extend(library_objects(tcx, loader)?);
    smelt_session::progress::enter_stage("linking");
    let static_crt = sess.opts.static_crt;
    let req = smelt_link::LinkRequest {
        target: &sess.opts.target,
        crate_type: CrateType::Executable,
        objects: &objects,
        output: &exe,
        linker: sess.opts.linker.as_deref(),
        link_args: &sess.opts.link_args,
        native_libs: &[],
        search_paths: &sess.opts.search_paths,
        static_crt,
        strip: sess.opts.strip,
        debuginfo: sess.opts.debuginfo != smelt_session::DebugInfo::None,
    };
    if let Err(e) = smelt_link::link(&req) {
        return Err(e.emit(&sess.dcx));
    }
    if to_stdout {
        let bytes = std::fs::read(&exe).map_err(|e| {
            sess.dcx
                .struct_fatal(format!("failed to read `{}`: {e}", exe.display()))
                .emit()
        })?;
        write_binary_output(sess, OutputType::Exe, Path::new("-"), &bytes)?;
    }
    Ok(())
}

/// A directory removed when dropped.
struct TempDir {
    path: PathBuf,
}

impl TempDir {
    fn new(parent: &Path, name: &str) -> std::io::Result<TempDir> {
        let base = if parent.as_os_str().is_empty() {
            std::env::temp_dir()
        } else {
            parent.to_path_buf()
        };
        for i in 0..1000u32 {
            let path = base.join(format!("{name}.smelt-tmp.{}.{i}", std::process::id()));
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(TempDir { path }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    // The output directory may not be writable for scratch files; use the
                    // system's temporary directory.
                    if base != std::env::temp_dir() {
                        return TempDir::new(&std::env::temp_dir(), name);
                    }
                    return Err(e);
                }
            }
        }
        Err(std::io::Error::other("no free temporary directory name"))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Where compiled libraries are cached: `SMELT_CACHE_DIR`, else the user's cache directory.
fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("SMELT_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("smelt");
    }
    if let Some(h) = std::env::var_os("HOME") {
        return PathBuf::from(h).join(".cache").join("smelt");
    }
    std::env::temp_dir().join("smelt-cache")
}

/// The library's object files for this session's target and panic strategy, compiled now if
/// the cache has none.
fn library_objects(tcx: &TyCtxt, loader: &DriverLoader) -> Result<Vec<PathBuf>, ErrorGuaranteed> {
    let sess = &tcx.sess;
    let panic = match sess.opts.panic {
        PanicStrategy::Unwind => "unwind",
        PanicStrategy::Abort => "abort",
    };
    let mut h: u64 = loader.library_hash() ^ crate::library::COMPILER_HASH;
    for b in env!("CARGO_PKG_VERSION")
        .bytes()
        .chain(sess.opts.target.triple.bytes())
        .chain(panic.bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    let key = format!("lib-{}-{panic}-{h:016x}", sess.opts.target.triple);
    let root = cache_root();
    let dir = root.join(&key);
    if let Some(objs) = list_objects(&dir) {
        return Ok(objs);
    }
    // Build into a scratch directory, then move it into place (another smelt may be doing
    // the same; whichever renames first wins).
    let _ = std::fs::create_dir_all(&root);
    let scratch = root.join(format!("{key}.tmp.{}", std::process::id()));
    let target_dir = if std::fs::create_dir_all(&scratch).is_ok() {
        scratch.clone()
    } else {
        std::env::temp_dir().join(format!("{key}.{}", std::process::id()))
    };
    let _ = std::fs::create_dir_all(&target_dir);
    for (i, (name, _, _)) in CRATES.iter().enumerate() {
        let krate = CrateNum::from_u32(i as u32);
        let items = smelt_mono::collect(tcx, krate, CollectMode::Library);
        let opts = CodegenOptions {
            opt_level: OptLevel::Default,
            emit_clif: false,
            emit_asm: false,
            codegen_units: 1,
            name: name.to_string(),
        };
        let results = smelt_codegen::codegen_crate(tcx, &items, &opts)?;
        for (j, bytes) in results.objects.iter().enumerate() {
            let p = target_dir.join(format!("{i}-{name}.{j}.o"));
            std::fs::write(&p, bytes).map_err(|e| {
                sess.dcx
                    .struct_fatal(format!("failed to write `{}`: {e}", p.display()))
                    .emit()
            })?;
        }
    }
    let _ = std::fs::write(target_dir.join("complete"), b"");
    if target_dir == scratch && std::fs::rename(&scratch, &dir).is_ok() {
        if let Some(objs) = list_objects(&dir) {
            return Ok(objs);
        }
    }
    if let Some(objs) = list_objects(&dir) {
        let _ = std::fs::remove_dir_all(&scratch);
        return Ok(objs);
    }
    // No usable cache: link from the scratch directory (left for the OS to clean).
    list_objects(&target_dir).ok_or_else(|| {
        sess.dcx
            .struct_fatal("the compiled library disappeared while linking")
            .emit()
    })
}

/// The objects of a complete cache directory, in order.
fn list_objects(dir: &Path) -> Option<Vec<PathBuf>> {
    if !dir.join("complete").is_file() {
        return None;
    }
    let mut objs: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "o"))
        .collect();
    objs.sort();
    Some(objs)
}

//! The linker driver: objects in, an executable, a shared library or a static archive out.
//!
//! Executables and shared libraries are linked the way rustc links them on Linux: by running
//! the C compiler driver (`cc`, or `-C linker`), which finds the C runtime start files, libc and
//! libgcc for us. The arguments follow rustc's order and choices (`-pie`, or `-static-pie` when
//! the C runtime is linked statically; `-Wl,--gc-sections`; `-Wl,-z,relro,-z,now`;
//! `-Wl,--strip-debug`/`--strip-all` for `-C strip`), so a program behaves the same linked by
//! either compiler. Unlike rustc, smelt lets the driver add its default libraries (no
//! `-nodefaultlibs`): the standard library is written over libc and needs nothing else.
//!
//! Static archives (`--crate-type staticlib`, and rlibs) are written in process, in GNU `ar`
//! format with a symbol index, by the writer rustc uses.
//!
//! Architecture invariant: this crate and the driver are the only ones that run processes;
//! failures come back as `LinkError` values, which `LinkError::emit` reports in rustc's words.

mod archive;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;

use smelt_errors::{DiagCtxt, ErrorGuaranteed};
use smelt_session::config::{CrateType, Strip};
use smelt_session::target::Target;

pub use archive::write_static_archive;

/// Everything the linker needs to know.
#[derive(Clone, Debug)]
pub struct LinkRequest<'a> {
    pub target: &'a Target,
    pub crate_type: CrateType,
    /// Our objects, in order: the user crate's first, then the library's.
    pub objects: &'a [PathBuf],
    pub output: &'a Path,
    /// `-C linker`.
    pub linker: Option<&'a Path>,
    /// `-C link-arg` and `-C link-args`, appended last as rustc appends them.
    pub link_args: &'a [String],
    /// `-l` names.
    pub native_libs: &'a [String],
    /// `-L` directories.
    pub search_paths: &'a [PathBuf],
    /// `-C target-feature=+crt-static`, or a musl target.
    pub static_crt: bool,
    pub strip: Strip,
    /// Whether the objects carry debug information. On Linux rustc links the same either way
    /// (split debuginfo is off); kept so the request says everything about the objects.
    pub debuginfo: bool,
}

/// Why linking failed.
#[derive(Debug)]
pub enum LinkError {
    /// The linker program does not exist.
    LinkerNotFound { linker: String, io: std::io::Error },
    /// The linker exists but could not be run (not executable, not a program).
    CouldNotExec {
        linker: String,
        io: std::io::Error,
        command: String,
    },
    /// The linker ran and failed.
    Failed {
        linker: String,
        /// `exit status: 1`, or `signal: 9 (SIGKILL)`.
        status: String,
        /// The command as rustc shows it without `--verbose`: quoted arguments, our objects
        /// folded into `"<N object files omitted>"`. (`linker_command` gives all of it.)
        command: String,
        stderr: String,
        stdout: String,
    },
    /// A file could not be written or read (`failed to build archive at `libfoo.a``).
    Io { message: String, io: std::io::Error },
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::LinkerNotFound { linker, io } => {
                write!(f, "linker `{linker}` not found: {io}")
            }
            LinkError::CouldNotExec { linker, io, .. } => {
                write!(f, "could not exec the linker `{linker}`: {io}")
            }
            LinkError::Failed {
                linker,
                status,
                stderr,
                stdout,
                ..
            } => {
                write!(
                    f,
                    "linking with `{linker}` failed: {status}\n{stderr}{stdout}"
                )
            }
            LinkError::Io { message, io } => write!(f, "{message}: {io}"),
        }
    }
}

impl std::error::Error for LinkError {}

impl LinkError {
    /// Reports the error as rustc does (`error: linking with `cc` failed: exit status: 1` and
    /// notes with the command line and the linker's output).
    pub fn emit(&self, dcx: &DiagCtxt) -> ErrorGuaranteed {
        match self {
            LinkError::LinkerNotFound { linker, io } => dcx
                .struct_fatal(format!("linker `{linker}` not found"))
                .note(io.to_string())
                .emit(),
            LinkError::CouldNotExec {
                linker,
                io,
                command,
            } => dcx
                .struct_fatal(format!("could not exec the linker `{linker}`"))
                .note(io.to_string())
                .note(command.clone())
                .emit(),
            LinkError::Failed {
                linker,
                status,
                command,
                stderr,
                stdout,
            } => {
                // rustc prints its command with `env -i` trimmed off, which leaves a space.
                let mut diag = dcx
                    .struct_fatal(format!("linking with `{linker}` failed: {status}"))
                    .note(format!(" {command}"))
                    .note(
                        "some arguments are omitted. use `--verbose` to show all linker arguments",
                    );
                let output = format!("{stderr}{stdout}");
                let undefined = output.contains("undefined reference to");
                diag = diag.note(output);
                if undefined {
                    diag = diag
                        .note(
                            "some `extern` functions couldn't be found; some native libraries may need to be \
                             installed or have their path specified",
                        )
                        .note("use the `-l` flag to specify native libraries to link");
                    if std::env::var_os("CARGO_CRATE_NAME").is_some() {
                        diag = diag.note(
                            "use the `cargo:rustc-link-lib` directive to specify the native libraries to link with \
                             Cargo (see https://doc.rust-lang.org/cargo/reference/build-scripts.html#rustc-link-lib)",
                        );
                    }
                }
                diag.emit()
            }
            LinkError::Io { message, io } => dcx.struct_fatal(format!("{message}: {io}")).emit(),
        }
    }
}

/// Links `req.objects` into `req.output`: static archives for `staticlib` and rlibs, the C
/// compiler driver for everything else.
pub fn link(req: &LinkRequest<'_>) -> Result<(), LinkError> {
    if matches!(
        req.crate_type,
        CrateType::Staticlib | CrateType::Rlib | CrateType::Lib
    ) {
        return write_static_archive(req.objects, req.output);
    }
    let mut cmd = linker_command(req);
    let linker = cmd.get_program().to_string_lossy().into_owned();
    let output = match cmd.output() {
        Ok(output) => output,
        Err(io) if io.kind() == std::io::ErrorKind::NotFound => {
            return Err(LinkError::LinkerNotFound { linker, io })
        }
        Err(io) => {
            return Err(LinkError::CouldNotExec {
                linker,
                io,
                command: format!("{cmd:?}"),
            })
        }
    };
    if output.status.success() {
        return Ok(());
    }
    Err(LinkError::Failed {
        linker,
        status: output.status.to_string(),
        command: command_line(&cmd, req.objects),
        stderr: escape_output(&output.stderr),
        stdout: escape_output(&output.stdout),
    })
}

/// The linker command `link` runs (also what `--print link-args` shows, with `{:?}`).
pub fn linker_command(req: &LinkRequest<'_>) -> Command {
    let linker = match req.linker {
        Some(linker) => linker.to_path_buf(),
        None => default_linker(req.target, std::env::var_os("PATH").as_deref()),
    };
    let mut cmd = Command::new(linker);
    cmd.args(linker_args(req));
    // rustc runs the linker in the C locale so that its messages are the ones it expects.
    cmd.env("LC_ALL", "C");
    cmd
}

/// The C compiler to link with when `-C linker` is not given: for a cross target, its GNU
/// cross compiler when one is installed, otherwise the target's (`cc`).
fn default_linker(target: &Target, path: Option<&OsStr>) -> PathBuf {
    if target.triple != Target::host().triple {
        let candidates: &[&str] = match (target.arch.as_str(), target.env.as_str()) {
            ("aarch64", "gnu") => &["aarch64-linux-gnu-gcc"],
            ("aarch64", "musl") => &["aarch64-linux-musl-gcc"],
            ("x86_64", "gnu") => &["x86_64-linux-gnu-gcc"],
            ("x86_64", "musl") => &["x86_64-linux-musl-gcc", "musl-gcc"],
            _ => &[],
        };
        let dirs: Vec<PathBuf> = path
            .map(|p| std::env::split_paths(p).collect())
            .unwrap_or_default();
        for candidate in candidates {
            if dirs.iter().any(|dir| dir.join(candidate).is_file()) {
                return PathBuf::from(candidate);
            }
        }
    }
    PathBuf::from(&target.linker)
}

/// The arguments, in rustc's order for a GNU-like target.
fn linker_args(req: &LinkRequest<'_>) -> Vec<OsString> {
    let mut args: Vec<OsString> = Vec::new();
    if req.target.arch == "x86_64" {
        args.push("-m64".into());
    }
    args.extend(req.objects.iter().map(|o| o.as_os_str().to_owned()));
    args.push("-Wl,--as-needed".into());
    args.extend(
        req.native_libs
            .iter()
            .map(|lib| OsString::from(format!("-l{lib}"))),
    );
    // The library reaches the OS through libc (and libm for floating point) by `extern "C"`.
    args.push("-lm".into());
    args.push("-lc".into());
    args.push("-Wl,--eh-frame-hdr".into());
    args.push("-Wl,-z,noexecstack".into());
    for dir in req.search_paths {
        args.push("-L".into());
        args.push(dir.as_os_str().to_owned());
    }
    args.push("-o".into());
    args.push(req.output.as_os_str().to_owned());
    args.push("-Wl,--gc-sections".into());
    args.push(match req.crate_type {
        CrateType::Dylib | CrateType::Cdylib | CrateType::ProcMacro => "-shared".into(),
        // Our code is position-independent, so executables are PIE like rustc's.
        _ if req.static_crt => "-static-pie".into(),
        _ => "-pie".into(),
    });
    args.push("-Wl,-z,relro,-z,now".into());
    match req.strip {
        Strip::None => {}
        Strip::Debuginfo => args.push("-Wl,--strip-debug".into()),
        Strip::Symbols => args.push("-Wl,--strip-all".into()),
    }
    args.extend(req.link_args.iter().map(OsString::from));
    args
}

/// The command as rustc prints it in a failed link's note: each argument quoted, without the
/// environment, runs of `omit` objects replaced by `"<N object files omitted>"`.
fn command_line(cmd: &Command, omit: &[PathBuf]) -> String {
    let mut parts: Vec<String> = vec![format!("{:?}", cmd.get_program())];
    let mut omitted = 0;
    for arg in cmd.get_args() {
        if omit.iter().any(|o| o.as_os_str() == arg) {
            omitted += 1;
            continue;
        }
        if omitted > 0 {
            parts.push(format!("\"<{omitted} object files omitted>\""));
            omitted = 0;
        }
        parts.push(format!("{arg:?}"));
    }
    if omitted > 0 {
        parts.push(format!("\"<{omitted} object files omitted>\""));
    }
    parts.join(" ")
}

/// The linker's output as rustc shows it: as is when it is UTF-8, escaped otherwise.
fn escape_output(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => format!("Non-UTF-8 output: {}", bytes.escape_ascii()),
    }
}

#[cfg(test)]
mod tests;

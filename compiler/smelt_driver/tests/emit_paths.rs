//! Where `--emit` writes: output file names and directories (`-o`, `--out-dir`,
//! `--emit=KIND=PATH`, `-C extra-filename`, several kinds at once), standard output (`-o -`,
//! `KIND=-`) and the contents of the dep-info file, as rustc does them.
//!
//! `RUSTC_CASES` is what rustc 1.95 does for its own kinds; `rustc_agrees_with_the_table`
//! checks that rustc still does (when a `rustc` is found), the other tests that smelt does
//! the same. `SMELT_CASES` are smelt's own kinds (`tokens`, `ast`, `expanded`, `hir`, `clif`),
//! which follow the same rules. Each case runs in a fresh directory holding the sources
//! below; the files it leaves there, other than the sources, are compared.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::process::{self, Status};

/// A program both compilers build without a warning.
const MAIN: &str = "fn main() {\n    println!(\"hi\");\n}\n";

/// The sources every case's directory starts with: `foo.rs`, and a crate in `m/` that reads
/// a module file and an `include_str!` file.
const SOURCES: &[(&str, &str)] = &[
    ("foo.rs", MAIN),
    (
        "m/main.rs",
        "mod a;\n\nfn main() {\n    a::f();\n    print!(\"{}\", include_str!(\"t.txt\"));\n}\n",
    ),
    ("m/a.rs", "pub fn f() {}\n"),
    ("m/t.txt", "text\n"),
];

/// A compile may build smelt's library cache, which takes long in a debug build.
const TIMEOUT: Duration = Duration::from_secs(600);

#[derive(Clone, Copy, Debug)]
enum Stdout {
    Empty,
    /// Anything but nothing (a dump, whose text differs between the compilers).
    Text,
    /// An ELF file (an object or an executable).
    Elf,
    Exactly(&'static str),
}

struct Case {
    /// The arguments after `--edition 2021`; `foo.rs` is added unless an argument ends in
    /// `.rs`.
    args: &'static [&'static str],
    /// Directories to create before compiling.
    dirs: &'static [&'static str],
    /// The files the compile leaves, sorted.
    files: &'static [&'static str],
    stdout: Stdout,
    /// `Some(message)`: the compile fails (exit code 1) with `error: message` on stderr.
    error: Option<&'static str>,
    /// Files whose whole contents are checked.
    contents: &'static [(&'static str, &'static str)],
}

const fn case(args: &'static [&'static str], files: &'static [&'static str]) -> Case {
    Case {
        args,
        dirs: &[],
        files,
        stdout: Stdout::Empty,
        error: None,
        contents: &[],
    }
}

const fn to_stdout(args: &'static [&'static str], stdout: Stdout) -> Case {
    Case {
        args,
        dirs: &[],
        files: &[],
        stdout,
        error: None,
        contents: &[],
    }
}

const fn fails(args: &'static [&'static str], error: &'static str) -> Case {
    Case {
        args,
        dirs: &[],
        files: &[],
        stdout: Stdout::Empty,
        error: Some(error),
        contents: &[],
    }
}

const STDOUT_TWICE: &str =
    "can't use option `-o` or `--emit` to write multiple output types to stdout";

/// rustc's kinds, as rustc 1.95 names and places them.
const RUSTC_CASES: &[Case] = &[
    // Default names: the crate name in the current directory.
    case(&[], &["foo"]),
    case(&["--emit=link"], &["foo"]),
    case(&["--emit=mir"], &["foo.mir"]),
    case(&["--emit=asm,obj"], &["foo.o", "foo.s"]),
    case(&["--emit=metadata"], &["libfoo.rmeta"]),
    case(&["--crate-name", "bar", "--emit=mir"], &["bar.mir"]),
    case(&["--emit=mir", "-C", "extra-filename=-x"], &["foo-x.mir"]),
    // `-o` with one output names it, whatever its extension.
    case(&["--emit=mir", "-o", "out.x"], &["out.x"]),
    case(&["--emit=obj", "-o", "o.bin"], &["o.bin"]),
    case(&["--emit=metadata", "-o", "x.y"], &["x.y"]),
    case(
        &["--emit=mir", "-o", "out.x", "-C", "extra-filename=-e"],
        &["out.x"],
    ),
    // `-o` with several: its stem plus the extra file name, the kind's extension set on it.
    case(&["--emit=mir,asm", "-o", "out.x"], &["out.mir", "out.s"]),
    case(&["--emit=mir,link", "-o", "out.x"], &["out", "out.mir"]),
    case(
        &["--emit=mir,asm", "-o", "out.tar.x"],
        &["out.mir", "out.s"],
    ),
    case(
        &["--emit=mir,asm", "-o", "o.x", "-C", "extra-filename=-e"],
        &["o-e.mir", "o-e.s"],
    ),
    // The extension replaces everything after the stem's last dot, extra name included.
    case(
        &[
            "--emit=mir,link",
            "-o",
            "out.tar.x",
            "-C",
            "extra-filename=-e",
        ],
        &["out", "out.mir"],
    ),
    case(
        &["--emit=metadata,mir", "-o", "x.y"],
        &["libx.rmeta", "x.mir"],
    ),
    Case {
        dirs: &["sub"],
        ..case(
            &["--emit=mir,asm,obj,link", "-o", "sub/out.x"],
            &["sub/out", "sub/out.mir", "sub/out.o", "sub/out.s"],
        )
    },
    // `KIND=PATH`; the outputs left without a path share `-o` as if alone.
    case(&["--emit=mir=m.txt,asm"], &["foo.s", "m.txt"]),
    case(&["--emit=mir=m.txt,asm", "-o", "o.x"], &["m.txt", "o.x"]),
    case(
        &["--emit=mir=m.txt,asm,obj", "-o", "o.x"],
        &["m.txt", "o.o", "o.s"],
    ),
    Case {
        dirs: &["sub"],
        ..case(
            &["--emit=mir=sub/a.mir,asm=sub/b.s"],
            &["sub/a.mir", "sub/b.s"],
        )
    },
    // `--out-dir` is created, even when `-o` overrides it.
    case(
        &["--emit=mir,link", "--out-dir", "od/deep"],
        &["od/deep/foo", "od/deep/foo.mir"],
    ),
    case(
        &[
            "--emit=mir,metadata",
            "--out-dir",
            "od",
            "-C",
            "extra-filename=-e",
        ],
        &["od/foo-e.mir", "od/libfoo-e.rmeta"],
    ),
    case(
        &["--emit=mir", "-o", "out.x", "--out-dir", "od"],
        &["out.x"],
    ),
    // The directory of `-o` or of a path is not.
    fails(
        &["--emit=mir", "-o", "nd/out.x"],
        "could not emit MIR: No such file or directory (os error 2)",
    ),
    fails(
        &["--emit=mir=nd/x.mir"],
        "could not emit MIR: No such file or directory (os error 2)",
    ),
    // Standard output takes one output.
    to_stdout(&["--emit=mir", "-o", "-"], Stdout::Text),
    to_stdout(&["--emit=mir=-"], Stdout::Text),
    to_stdout(&["--emit=asm", "-o", "-"], Stdout::Text),
    to_stdout(&["--emit=obj", "-o", "-"], Stdout::Elf),
    to_stdout(&["--emit=link", "-o", "-"], Stdout::Elf),
    to_stdout(&["--emit=metadata=-"], Stdout::Empty),
    to_stdout(&["--emit=mir=-,asm", "-o", "-"], Stdout::Text),
    Case {
        stdout: Stdout::Text,
        ..case(&["--emit=mir=-,asm", "-o", "x"], &["x"])
    },
    fails(&["--emit=mir,asm", "-o", "-"], STDOUT_TWICE),
    fails(&["--emit=mir,link", "-o", "-"], STDOUT_TWICE),
    fails(&["--emit=dep-info,metadata", "-o", "-"], STDOUT_TWICE),
    fails(&["--emit=mir=-,asm=-"], STDOUT_TWICE),
    fails(&["--emit=mir=-,asm,obj", "-o", "-"], STDOUT_TWICE),
    // dep-info: a rule per output (in rustc's order of kinds), then one per source file.
    Case {
        contents: &[("foo.d", "foo.d: foo.rs\n\nfoo: foo.rs\n\nfoo.rs:\n")],
        ..case(&["--emit=link,dep-info"], &["foo", "foo.d"])
    },
    Case {
        contents: &[("dd.x", "dd.x: foo.rs\n\nfoo.rs:\n")],
        ..case(&["--emit=dep-info", "-o", "dd.x"], &["dd.x"])
    },
    Case {
        contents: &[(
            "x.d",
            "x.s: foo.rs\n\nx.d: foo.rs\n\nx: foo.rs\n\nlibx.rmeta: foo.rs\n\nx.mir: foo.rs\n\n\
             x.o: foo.rs\n\nfoo.rs:\n",
        )],
        ..case(
            &["--emit=obj,mir,metadata,link,dep-info,asm", "-o", "x.y"],
            &["libx.rmeta", "x", "x.d", "x.mir", "x.o", "x.s"],
        )
    },
    Case {
        contents: &[(
            "main.d",
            "main.d: m/main.rs m/a.rs m/t.txt\n\nmain.mir: m/main.rs m/a.rs m/t.txt\n\n\
             m/main.rs:\nm/a.rs:\nm/t.txt:\n",
        )],
        ..case(
            &["--emit=dep-info,mir", "m/main.rs"],
            &["main.d", "main.mir"],
        )
    },
    to_stdout(&["--emit=dep-info=-"], Stdout::Exactly("foo.rs:\n")),
    Case {
        contents: &[("x.d", "x.d: foo.rs\n\nstdout: foo.rs\n\nfoo.rs:\n")],
        stdout: Stdout::Text,
        ..case(&["--emit=mir=-,dep-info=x.d"], &["x.d"])
    },
];

/// smelt's own kinds (and `llvm-ir`, which is Cranelift IR in smelt) follow rustc's rules.
const SMELT_CASES: &[Case] = &[
    case(&["--emit=tokens"], &["foo.tokens"]),
    case(&["--emit=ast"], &["foo.ast"]),
    case(&["--emit=expanded"], &["foo.expanded.rs"]),
    case(&["--emit=hir"], &["foo.hir"]),
    case(&["--emit=clif"], &["foo.clif"]),
    case(&["--emit=llvm-ir"], &["foo.clif"]),
    case(&["--emit=tokens", "-o", "t.x"], &["t.x"]),
    case(
        &["--emit=tokens,ast,expanded,hir,mir,clif,asm", "-o", "o.x"],
        &[
            "o.ast",
            "o.clif",
            "o.expanded.rs",
            "o.hir",
            "o.mir",
            "o.s",
            "o.tokens",
        ],
    ),
    case(
        &[
            "--emit=hir,expanded",
            "--out-dir",
            "od",
            "-C",
            "extra-filename=-e",
        ],
        &["od/foo-e.expanded.rs", "od/foo-e.hir"],
    ),
    to_stdout(&["--emit=tokens=-"], Stdout::Text),
    to_stdout(&["--emit=ast", "-o", "-"], Stdout::Text),
    to_stdout(&["--emit=clif", "-o", "-"], Stdout::Text),
    fails(&["--emit=hir,ast", "-o", "-"], STDOUT_TWICE),
    Case {
        contents: &[("foo.d", "foo.d: foo.rs\n\nfoo.hir: foo.rs\n\nfoo.rs:\n")],
        ..case(&["--emit=hir,dep-info"], &["foo.d", "foo.hir"])
    },
    fails(
        &["--emit=llvm-bc"],
        "`--emit=llvm-bc` is not supported by smelt: it has no LLVM backend",
    ),
    fails(
        &["--emit=metadata", "--crate-type", "lib"],
        "`--emit=metadata` for a library crate is not supported by smelt yet",
    ),
];

/// The smelt binary under test.
fn smelt() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_smelt"));
    // The library cache the other suites use: `SMELT_CACHE_DIR`, else `target/<profile>/`.
    if std::env::var_os("SMELT_CACHE_DIR").is_none() {
        if let Some(profile_dir) = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.parent()?.to_path_buf()))
        {
            cmd.env("SMELT_CACHE_DIR", profile_dir.join("smelt-cache"));
        }
    }
    cmd
}

/// A fresh directory for one case, with the sources in it.
fn case_dir(suite: &str, index: usize) -> PathBuf {
    let base = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.to_path_buf()))
        .unwrap_or_else(std::env::temp_dir);
    let dir = base
        .join("smelt-tests")
        .join(format!("emit_paths-{}", std::process::id()))
        .join(format!("{suite}-{index}"));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, text) in SOURCES {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a source is in the directory"))
            .expect("create the case directory");
        std::fs::write(&path, text).expect("write a source");
    }
    dir
}

/// Every file under `dir`, relative to it, sorted, without the sources.
fn files_in(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else if let Ok(rel) = path.strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files);
    files.retain(|f| !SOURCES.iter().any(|(source, _)| source == f));
    files.sort();
    files
}

/// Runs one case with `compiler` and describes each way the result differs from it.
fn run_case(mut compiler: Command, suite: &str, index: usize, case: &Case) -> Vec<String> {
    let dir = case_dir(suite, index);
    for sub in case.dirs {
        std::fs::create_dir_all(dir.join(sub)).expect("create a directory of the case");
    }
    compiler
        .current_dir(&dir)
        .args(["--edition", "2021"])
        .args(case.args);
    if !case.args.iter().any(|a| a.ends_with(".rs")) {
        compiler.arg("foo.rs");
    }
    let finished = match process::run(&mut compiler, TIMEOUT) {
        Ok(finished) => finished,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    match (case.error, finished.status) {
        (None, Status::Exited(0)) => {}
        (Some(message), Status::Exited(1)) => {
            if !finished.stderr.contains(&format!("error: {message}\n")) {
                problems.push(format!("expected `error: {message}`"));
            }
        }
        (None, status) => problems.push(format!("expected success, got {status}")),
        (Some(message), status) => problems.push(format!(
            "expected `error: {message}` and exit code 1, got {status}"
        )),
    }
    let files = files_in(&dir);
    if files != case.files {
        problems.push(format!(
            "expected the files {:?}, got {files:?}",
            case.files
        ));
    }
    let stdout = &finished.stdout;
    let stdout_ok = match case.stdout {
        Stdout::Empty => stdout.is_empty(),
        Stdout::Text => !stdout.is_empty(),
        Stdout::Elf => stdout.starts_with("\x7fELF"),
        Stdout::Exactly(text) => stdout == text,
    };
    if !stdout_ok {
        problems.push(format!(
            "expected {:?} on stdout, got {} bytes: {:?}",
            case.stdout,
            stdout.len(),
            stdout.chars().take(60).collect::<String>()
        ));
    }
    for (file, expected) in case.contents {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(text) if text == *expected => {}
            Ok(text) => problems.push(format!("{file}: expected {expected:?}, got {text:?}")),
            Err(e) => problems.push(format!("cannot read {file}: {e}")),
        }
    }
    if problems.is_empty() {
        let _ = std::fs::remove_dir_all(&dir);
    } else {
        problems.push(format!(
            "(stderr: {})",
            finished
                .stderr
                .lines()
                .take(8)
                .collect::<Vec<_>>()
                .join(" / ")
        ));
    }
    problems
}

/// Runs the cases of `table` selected by `select` with `compiler` and fails with every
/// difference.
fn check(
    suite: &str,
    table: &[Case],
    select: impl Fn(&Case) -> bool,
    compiler: impl Fn() -> Command,
) {
    let mut report = String::new();
    for (index, case) in table.iter().enumerate().filter(|(_, c)| select(c)) {
        let problems = run_case(compiler(), suite, index, case);
        if !problems.is_empty() {
            report.push_str(&format!(
                "{:?}:\n    {}\n",
                case.args,
                problems.join("\n    ")
            ));
        }
    }
    assert!(report.is_empty(), "\n{report}");
}

/// Whether a case needs code generation (and may build the library cache).
fn needs_codegen(case: &Case) -> bool {
    let emit: Vec<&str> = case
        .args
        .iter()
        .filter_map(|a| a.strip_prefix("--emit="))
        .flat_map(|list| list.split(','))
        .map(|kind| kind.split('=').next().unwrap_or(kind))
        .collect();
    emit.is_empty()
        || emit
            .iter()
            .any(|kind| ["asm", "obj", "link", "clif", "llvm-ir"].contains(kind))
}

#[test]
fn rustc_kinds_without_codegen() {
    check("front", RUSTC_CASES, |c| !needs_codegen(c), smelt);
}

#[test]
fn rustc_kinds_with_codegen() {
    check("back", RUSTC_CASES, needs_codegen, smelt);
}

#[test]
fn smelt_kinds() {
    check("smelt", SMELT_CASES, |_| true, smelt);
}

/// The table is rustc's behaviour: checked against the `rustc` in `PATH` (or
/// `SMELT_TEST_RUSTC`), when there is one.
#[test]
fn rustc_agrees_with_the_table() {
    let rustc = std::env::var_os("SMELT_TEST_RUSTC").unwrap_or_else(|| "rustc".into());
    if Command::new(&rustc).arg("--version").output().is_err() {
        eprintln!("note: no rustc to check the table against");
        return;
    }
    check("rustc", RUSTC_CASES, |_| true, || Command::new(&rustc));
}

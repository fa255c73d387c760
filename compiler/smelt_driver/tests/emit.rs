//! Stage snapshot tests: every `tests/emit/<stage>/NAME.rs` is compiled by smelt with
//! `--emit=<stage>`, and the dump is compared with `NAME.<stage>` beside it.
//!
//! The stages are `tokens`, `ast`, `expanded`, `hir`, `mir` and `clif`, one directory each;
//! each has its helper (`check_tokens`, `check_ast`, ...) over one shared core, so that what
//! a stage's snapshot holds is decided in one place. A test must compile: a dump is the
//! picture of a program smelt accepts (rejected programs are UI tests).
//!
//! The dump is taken as smelt writes it, with only the machine-specific paths replaced
//! (`$ROOT`, `$TMP`). One dump lists more than the test's own code, and its snapshot keeps
//! only the test's part: the Cranelift IR (`clif`) holds the library functions instantiated
//! for the program, which change whenever the library does. (The MIR dump holds only the
//! crate's own bodies already.)
//!
//! `cargo test --test emit -- [FILTER...] [--bless]`. Blessing (`--bless` or `SMELT_BLESS=1`)
//! writes the snapshots from smelt's output: review them as code. Headers: `//@ edition`,
//! `//@ compile-flags` (see `common/header.rs`).

mod common;

use std::path::Path;
use std::process::ExitCode;

use common::process::Status;
use common::{diff, header, Config, Outcome, TestFile};

const SUITE: &str = "tests/emit";

/// The stages, as the directories under `tests/emit` and the snapshot extensions name them.
const STAGES: [&str; 6] = ["tokens", "ast", "expanded", "hir", "mir", "clif"];

fn main() -> ExitCode {
    let cfg = match Config::from_env("emit") {
        Ok(cfg) => cfg,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (tests, filtered_out) = match cfg.discover(SUITE) {
        Ok(found) => found,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !cfg.list {
        common::handle_orphans(&cfg, SUITE, &STAGES);
    }
    if let Err(e) = &cfg.smelt {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    common::run_all(&cfg, tests, filtered_out, |test, first| {
        match stage_of(test).as_deref() {
            Some("tokens") => check_tokens(&cfg, test, first),
            Some("ast") => check_ast(&cfg, test, first),
            Some("expanded") => check_expanded(&cfg, test, first),
            Some("hir") => check_hir(&cfg, test, first),
            Some("mir") => check_mir(&cfg, test, first),
            Some("clif") => check_clif(&cfg, test, first),
            _ => Err(format!(
                "a stage snapshot test lives in {SUITE}/<stage>/, stage one of: {}",
                STAGES.join(", ")
            )),
        }
    })
}

/// The stage directory a test is in: `tests/emit/mir/loops.rs` is a `mir` test.
fn stage_of(test: &TestFile) -> Option<String> {
    let rest = test.rel.strip_prefix(SUITE)?.strip_prefix('/')?;
    let (stage, _) = rest.split_once('/')?;
    Some(stage.to_string())
}

/// `--emit=tokens`: the cooked tokens with their line and column.
fn check_tokens(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    check_stage(cfg, test, first, "tokens", |dump| dump.to_string())
}

/// `--emit=ast`: the parsed AST as an indented tree, before expansion.
fn check_ast(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    check_stage(cfg, test, first, "ast", |dump| dump.to_string())
}

/// `--emit=expanded`: the crate as source after macro expansion (rustc's
/// `-Zunpretty=expanded`).
fn check_expanded(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    check_stage(cfg, test, first, "expanded", |dump| dump.to_string())
}

/// `--emit=hir`: the lowered crate as source (rustc's `-Zunpretty=hir`).
fn check_hir(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    check_stage(cfg, test, first, "hir", |dump| dump.to_string())
}

/// `--emit=mir`: the built MIR of the crate's own bodies (rustc's `--emit=mir` shape).
fn check_mir(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    check_stage(cfg, test, first, "mir", |dump| dump.to_string())
}

/// `--emit=clif`: the Cranelift IR of the functions the crate defines; the library's
/// instances in the same dump are dropped.
fn check_clif(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    let krate = test.stem().replace('-', "_");
    check_stage(cfg, test, first, "clif", |dump| own_functions(dump, &krate))
}

/// The functions of a Cranelift dump whose symbol is in crate `krate`. Each function starts
/// with a `; SYMBOL` comment line at the start of a line (comments inside a function are
/// indented).
fn own_functions(dump: &str, krate: &str) -> String {
    let prefix = format!("; _ZN{}{krate}", krate.len());
    let mut out = String::new();
    let mut keep = false;
    for line in dump.lines() {
        if line.starts_with("; ") {
            keep = line.starts_with(&prefix);
        }
        if keep && !(line.is_empty() && out.ends_with("\n\n")) {
            out.push_str(line);
            out.push('\n');
        }
    }
    // Each function ends with a blank line in the dump; the last one's is dropped.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// The shared core of the stage helpers: compiles `test` with `--emit=<stage>=<scratch>`,
/// keeps what `snapshot` keeps of the dump and compares it with `NAME.<stage>` (or writes
/// it, when blessing).
fn check_stage(
    cfg: &Config,
    test: &TestFile,
    first: bool,
    stage: &str,
    snapshot: impl Fn(&str) -> String,
) -> Outcome {
    let header = header::parse(&common::read_source(test)?, &["compile-flags", "edition"])?;
    let dir = cfg.test_dir(test)?;
    let dump_path = dir.join(format!("{}.{stage}", test.stem()));

    let mut cmd = cfg.smelt_command()?;
    cmd.args(common::header_args(&header))
        .arg(format!("--emit={stage}={}", dump_path.display()))
        .arg(&test.rel);
    let compiled = common::compile(cmd, first)?;
    if compiled.status != Status::Exited(0) {
        let what = match compiled.status {
            Status::Exited(101) => "smelt crashed (internal compiler error)".to_string(),
            status => format!("smelt failed to compile the test ({status})"),
        };
        return Err(format!(
            "{what}; its stderr:\n{}",
            common::excerpt(&compiled.stderr, 60)
        ));
    }
    if !compiled.stdout.is_empty() {
        return Err(format!(
            "smelt wrote to standard output, though the dump has a path:\n{}",
            common::excerpt(&compiled.stdout, 20)
        ));
    }
    let dump = read_dump(&dump_path, stage)?;
    let actual = snapshot(&cfg.normalize(&dump));
    if actual.trim().is_empty() {
        return Err(format!("the {stage} snapshot of this test is empty"));
    }

    let snapshot_file = test.sibling(stage);
    let outcome = if cfg.bless {
        common::bless_files(&[(snapshot_file, actual)])
    } else if !snapshot_file.exists() {
        Err(format!(
            "there is no .{stage} file; run `cargo test --test emit -- --bless` to write it\n"
        ))
    } else {
        let expected = common::read_expected(&snapshot_file)?;
        if expected == actual {
            Ok(Vec::new())
        } else {
            Err(format!(
                "the {stage} dump differs from {}:\n{}",
                snapshot_file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                diff::unified(&expected, &actual)
            ))
        }
    };
    if outcome.is_ok() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    outcome
}

/// Reads the dump smelt wrote; a missing file means `--emit` ignored the request.
fn read_dump(path: &Path, stage: &str) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| {
        format!(
            "smelt succeeded but did not write the {stage} dump to {}: {e}",
            path.display()
        )
    })
}

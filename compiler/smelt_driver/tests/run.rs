//! Run tests: every `tests/run/**/*.rs` is compiled by smelt and run, and its stdout, stderr
//! and exit code are compared with the files beside it, which rustc produced.
//!
//! Expectation files, beside `NAME.rs`: `NAME.run.stdout` and `NAME.run.stderr` (present only
//! when not empty) and `NAME.run.exitcode` (present only when the code is not 0; it holds
//! the code, or `signal N`, and a newline).
//!
//! `cargo test --test run -- [FILTER...] [--bless]`. Blessing (`--bless` or `SMELT_BLESS=1`)
//! never involves smelt: it compiles each test with rustc, with the same flags and the same
//! relative path, runs it and writes what it printed. Headers: see `common/header.rs`.

mod common;

use std::path::Path;
use std::process::{Command, ExitCode};

use common::process::{self, Finished, Status};
use common::{diff, header, Config, Outcome, TestFile};

fn main() -> ExitCode {
    let cfg = match Config::from_env("run") {
        Ok(cfg) => cfg,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (tests, filtered_out) = match cfg.discover("tests/run") {
        Ok(found) => found,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !cfg.list {
        common::handle_orphans(&cfg, "tests/run", &STREAMS);
    }
    if cfg.bless {
        common::run_all(&cfg, tests, filtered_out, |test, _| bless(&cfg, test))
    } else {
        if let Err(e) = &cfg.smelt {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
        common::run_all(&cfg, tests, filtered_out, |test, first| {
            check(&cfg, test, first)
        })
    }
}

/// What a test expects, or what a run produced.
struct Observed {
    stdout: String,
    stderr: String,
    exitcode: String,
}

const STREAMS: [&str; 3] = ["run.stdout", "run.stderr", "run.exitcode"];

impl Observed {
    fn from_run(run: &Finished) -> Observed {
        let exitcode = match run.status {
            Status::Exited(0) => String::new(),
            status => format!("{}\n", status.expectation()),
        };
        Observed {
            stdout: run.stdout.clone(),
            stderr: common::normalize_thread_ids(&run.stderr),
            exitcode,
        }
    }

    fn expected(test: &TestFile) -> Result<Observed, String> {
        Ok(Observed {
            stdout: common::read_expected(&test.sibling("run.stdout"))?,
            stderr: common::read_expected(&test.sibling("run.stderr"))?,
            exitcode: common::read_expected(&test.sibling("run.exitcode"))?,
        })
    }

    fn streams(&self) -> [&str; 3] {
        [&self.stdout, &self.stderr, &self.exitcode]
    }
}

/// Compiles a test with smelt, runs it and compares.
fn check(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    let header = header::parse(
        &common::read_source(test)?,
        &["compile-flags", "edition", "run-args"],
    )?;
    let dir = cfg.test_dir(test)?;
    let exe = dir.join(test.stem());

    let mut cmd = cfg.smelt_command()?;
    cmd.args(common::header_args(&header))
        .arg("-o")
        .arg(&exe)
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

    let run = run_program(cfg, &exe, test, &header.run_args)?;
    let actual = Observed::from_run(&run);
    let expected = Observed::expected(test)?;
    let mut report = String::new();
    if let Status::TimedOut(_) = run.status {
        report.push_str(&format!("the program {}\n", run.status));
    }
    for ((name, want), got) in STREAMS.iter().zip(expected.streams()).zip(actual.streams()) {
        if want != got {
            report.push_str(&format!("{name} differs:\n{}", diff::unified(want, got)));
        }
    }
    if report.is_empty() {
        let _ = std::fs::remove_dir_all(&dir);
        Ok(Vec::new())
    } else {
        Err(report)
    }
}

/// Compiles a test with rustc, runs it and writes its expectation files.
fn bless(cfg: &Config, test: &TestFile) -> Outcome {
    let header = header::parse(
        &common::read_source(test)?,
        &["compile-flags", "edition", "run-args"],
    )?;
    let dir = cfg.test_dir(test)?;
    let exe = dir.join(test.stem());

    let mut cmd = cfg.rustc_command();
    cmd.args(common::header_args(&header))
        .arg("-o")
        .arg(&exe)
        .arg(&test.rel);
    let compiled = common::compile(cmd, false)?;
    if compiled.status != Status::Exited(0) {
        return Err(format!(
            "rustc rejects this run test, so the test is wrong ({}); rustc's stderr:\n{}",
            compiled.status,
            common::excerpt(&compiled.stderr, 60)
        ));
    }

    // Run twice: an output that changes from run to run would make a flaky test.
    let run = run_program(cfg, &exe, test, &header.run_args)?;
    if let Status::TimedOut(_) = run.status {
        return Err(format!("the rustc-built program {}", run.status));
    }
    let observed = Observed::from_run(&run);
    let again = Observed::from_run(&run_program(cfg, &exe, test, &header.run_args)?);
    for ((name, first), second) in STREAMS.iter().zip(observed.streams()).zip(again.streams()) {
        if first != second {
            return Err(format!(
                "the rustc-built program's {name} changes from run to run:\n{}",
                diff::unified(first, second)
            ));
        }
    }

    let files: Vec<_> = STREAMS
        .iter()
        .zip(observed.streams())
        .map(|(ext, content)| (test.sibling(ext), content.to_string()))
        .collect();
    let notes = common::bless_files(&files)?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(notes)
}

/// Runs a compiled test program the same way for smelt and rustc builds: from the repository
/// root, with `argv[0]` the test's name rather than the scratch path, and without the
/// variables that change what a panic prints.
fn run_program(
    cfg: &Config,
    exe: &Path,
    test: &TestFile,
    args: &[String],
) -> Result<Finished, String> {
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .current_dir(&cfg.root)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE")
        .env_remove("RUST_MIN_STACK");
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        cmd.arg0(test.stem());
    }
    process::run(&mut cmd, common::PROGRAM_TIMEOUT)
}

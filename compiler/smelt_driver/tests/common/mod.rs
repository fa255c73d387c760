//! Shared machinery of the run and UI test harnesses: the command line, finding tests,
//! compiler commands, a small thread pool and the report.
//!
//! Both harnesses are `harness = false` integration tests: libtest's model (one Rust function
//! per test) does not fit tests that are files, so they bring their own runner. It speaks
//! enough of libtest's command line (`FILTER`, `--exact`, `--skip`, `--list`,
//! `--test-threads`) that `cargo test -- FILTER` works as expected.

// Each harness uses only part of this module.
#![allow(dead_code)]

pub mod annotations;
pub mod diff;
pub mod header;
pub mod json;
pub mod process;

use std::ffi::OsString;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use std::{env, fs, io::Write};

/// How long a compile may take before it is killed and the test fails. The first compile of
/// a run also builds smelt's library cache, so it gets longer.
pub const COMPILE_TIMEOUT: Duration = Duration::from_secs(120);
pub const FIRST_COMPILE_TIMEOUT: Duration = Duration::from_secs(600);
/// How long a compiled test program may run.
pub const PROGRAM_TIMEOUT: Duration = Duration::from_secs(10);

/// Everything a harness needs to know about this run.
pub struct Config {
    /// The repository root: the working directory of every compiler and program we start, so
    /// that the relative source paths printed in diagnostics and panics are the same for
    /// smelt and rustc.
    pub root: PathBuf,
    /// The compiler under test: `SMELT_TEST_COMPILER`, else the `smelt` binary of this package.
    pub smelt: Result<PathBuf, String>,
    /// The oracle: `SMELT_TEST_RUSTC`, else `rustc` from `PATH`.
    pub rustc: PathBuf,
    /// `SMELT_CACHE_DIR` for smelt: inherited, else a directory under `target/`.
    pub cache_dir: PathBuf,
    /// Scratch space of this run (under `target/`), one subdirectory per test.
    pub scratch: PathBuf,
    pub bless: bool,
    pub list: bool,
    pub quiet: bool,
    pub exact: bool,
    pub filters: Vec<String>,
    pub skips: Vec<String>,
    pub threads: usize,
}

/// One test: a `.rs` file under the suite's directory.
pub struct TestFile {
    /// Path relative to the repository root with `/` separators, as given to the compilers.
    pub rel: String,
    /// Absolute path.
    pub path: PathBuf,
}

impl TestFile {
    /// A file beside the test: `tests/run/x.rs` with `"run.stdout"` is `tests/run/x.run.stdout`.
    pub fn sibling(&self, extension: &str) -> PathBuf {
        self.path.with_extension(extension)
    }

    /// The file name without `.rs`.
    pub fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

impl Config {
    /// Reads the command line and the environment. `suite` names the scratch directory.
    pub fn from_env(suite: &str) -> Result<Config, String> {
        let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        // compiler/smelt_driver -> repository root.
        let root = manifest_dir
            .parent()
            .and_then(Path::parent)
            .ok_or_else(|| {
                format!(
                    "cannot find the repository root above {}",
                    manifest_dir.display()
                )
            })?
            .to_path_buf();

        // The test binary is target/<profile>/deps/<name>-<hash>: the profile directory is
        // two levels up, wherever CARGO_TARGET_DIR put it.
        let exe = env::current_exe().map_err(|e| format!("cannot locate the test binary: {e}"))?;
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .ok_or_else(|| format!("unexpected test binary location {}", exe.display()))?
            .to_path_buf();

        let smelt = match env::var_os("SMELT_TEST_COMPILER") {
            Some(path) => Ok(resolve_command(&root, path)),
            None => match option_env!("CARGO_BIN_EXE_smelt") {
                Some(path) => Ok(PathBuf::from(path)),
                None => Err("the smelt_driver package has no `smelt` binary yet; set \
                             SMELT_TEST_COMPILER to a compiler to test"
                    .to_string()),
            },
        };
        let rustc = env::var_os("SMELT_TEST_RUSTC")
            .map(|p| resolve_command(&root, p))
            .unwrap_or_else(|| PathBuf::from("rustc"));
        let cache_dir = match env::var_os("SMELT_CACHE_DIR") {
            Some(dir) => root.join(dir),
            None => profile_dir.join("smelt-cache"),
        };
        let scratch = profile_dir
            .join("smelt-tests")
            .join(format!("{suite}-{}", std::process::id()));

        let mut cfg = Config {
            root,
            smelt,
            rustc,
            cache_dir,
            scratch,
            bless: env::var("SMELT_BLESS").is_ok_and(|v| !v.is_empty() && v != "0"),
            list: false,
            quiet: false,
            exact: false,
            filters: Vec::new(),
            skips: Vec::new(),
            threads: 2,
        };
        if let Ok(n) = env::var("SMELT_TEST_THREADS") {
            cfg.threads = parse_threads(&n)?;
        }
        cfg.parse_args(env::args().skip(1))?;
        Ok(cfg)
    }

    fn parse_args(&mut self, args: impl Iterator<Item = String>) -> Result<(), String> {
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            // `--flag=value` and `--flag value` are both accepted for flags with a value.
            let (flag, inline_value) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            let mut value = |name: &str| {
                inline_value
                    .clone()
                    .or_else(|| args.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            match flag.as_str() {
                "--bless" => self.bless = true,
                "--list" => self.list = true,
                "-q" | "--quiet" => self.quiet = true,
                "--exact" => self.exact = true,
                "--test-threads" => self.threads = parse_threads(&value("--test-threads")?)?,
                "--skip" => self.skips.push(value("--skip")?),
                // libtest flags that mean nothing here; cargo may pass them to every harness.
                "--nocapture" | "--show-output" | "--ignored" | "--include-ignored" => {}
                "--color" | "--format" | "--logfile" | "-Z" => {
                    value(&flag)?;
                }
                _ if flag.starts_with('-') => eprintln!("warning: ignoring unknown flag `{arg}`"),
                _ => self.filters.push(arg),
            }
        }
        Ok(())
    }

    /// The tests of one suite (`tests/run`), filtered, in a stable order.
    pub fn discover(&self, suite_dir: &str) -> Result<(Vec<TestFile>, usize), String> {
        let mut paths = Vec::new();
        collect_rs_files(&self.root.join(suite_dir), &mut paths)?;
        paths.sort();
        let total = paths.len();
        let tests: Vec<TestFile> = paths
            .into_iter()
            .filter_map(|path| {
                let rel = path
                    .strip_prefix(&self.root)
                    .ok()?
                    .to_string_lossy()
                    .replace('\\', "/");
                self.selects(&rel).then_some(TestFile { rel, path })
            })
            .collect();
        let filtered_out = total - tests.len();
        Ok((tests, filtered_out))
    }

    fn selects(&self, name: &str) -> bool {
        let hit = |f: &String| {
            if self.exact {
                name == f
            } else {
                name.contains(f.as_str())
            }
        };
        (self.filters.is_empty() || self.filters.iter().any(hit)) && !self.skips.iter().any(hit)
    }

    /// A fresh scratch directory for one test.
    pub fn test_dir(&self, test: &TestFile) -> Result<PathBuf, String> {
        let name = test.rel.trim_end_matches(".rs").replace('/', "__");
        let dir = self.scratch.join(name);
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
        }
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        Ok(dir)
    }

    /// `smelt` with the working directory and environment every compile gets.
    pub fn smelt_command(&self) -> Result<Command, String> {
        let smelt = self.smelt.as_ref().map_err(Clone::clone)?;
        let mut cmd = Command::new(smelt);
        cmd.current_dir(&self.root)
            .env("SMELT_CACHE_DIR", &self.cache_dir);
        Ok(cmd)
    }

    /// `rustc` with the same working directory.
    pub fn rustc_command(&self) -> Command {
        let mut cmd = Command::new(&self.rustc);
        cmd.current_dir(&self.root);
        cmd
    }

    /// Replaces machine-specific paths in compiler output by placeholders, so that `.stderr`
    /// files do not depend on where the repository or the scratch directory lives.
    pub fn normalize(&self, text: &str) -> String {
        let mut text = text.replace("\r\n", "\n");
        for (path, placeholder) in [(&self.scratch, "$TMP"), (&self.root, "$ROOT")] {
            let path = path.to_string_lossy();
            if !path.is_empty() {
                text = text.replace(path.as_ref(), placeholder);
            }
        }
        text
    }
}

/// A command given in an environment variable: a bare name is looked up in `PATH`, a
/// relative path is taken from the repository root (cargo runs tests from the crate
/// directory, which is not where the user typed the command).
fn resolve_command(root: &Path, command: OsString) -> PathBuf {
    let path = PathBuf::from(command);
    if path.components().count() > 1 && path.is_relative() {
        root.join(path)
    } else {
        path
    }
}

fn parse_threads(n: &str) -> Result<usize, String> {
    match n.trim().parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("invalid thread count `{n}`")),
    }
}

/// Every `.rs` file below `dir`, skipping `auxiliary` directories (files that tests include,
/// not tests themselves).
fn collect_rs_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        // A suite without tests is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot read {}: {e}", dir.display())),
    };
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        let path = entry.path();
        let file_type = entry
            .file_type()
            .map_err(|e| format!("cannot stat {}: {e}", path.display()))?;
        if file_type.is_dir() {
            if entry.file_name() != "auxiliary" {
                collect_rs_files(&path, out)?;
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads a test's source.
pub fn read_source(test: &TestFile) -> Result<String, String> {
    fs::read_to_string(&test.path).map_err(|e| format!("cannot read {}: {e}", test.path.display()))
}

/// Reads an expectation file; a missing file means empty.
pub fn read_expected(path: &Path) -> Result<String, String> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

/// What blessing did to one expectation file.
#[derive(PartialEq, Eq)]
pub enum Blessed {
    Unchanged,
    Written,
    Deleted,
}

/// Writes an expectation file if its content changed; empty content means no file.
pub fn bless_file(path: &Path, content: &str) -> Result<Blessed, String> {
    let old = fs::read_to_string(path).ok();
    if content.is_empty() {
        if old.is_none() {
            return Ok(Blessed::Unchanged);
        }
        fs::remove_file(path).map_err(|e| format!("cannot delete {}: {e}", path.display()))?;
        return Ok(Blessed::Deleted);
    }
    if old.as_deref() == Some(content) {
        return Ok(Blessed::Unchanged);
    }
    fs::write(path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(Blessed::Written)
}

/// Blesses several files of one test and describes what changed, for the report.
pub fn bless_files(files: &[(PathBuf, String)]) -> Result<Vec<String>, String> {
    let mut notes = Vec::new();
    for (path, content) in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match bless_file(path, content)? {
            Blessed::Unchanged => {}
            Blessed::Written => notes.push(format!("blessed: wrote {name}")),
            Blessed::Deleted => notes.push(format!("blessed: deleted {name}")),
        }
    }
    Ok(notes)
}

/// A test's result: notes to print under an `ok` line, or the failure report.
pub type Outcome = Result<Vec<String>, String>;

/// Runs `check` on every test and prints the report; the exit code says whether all passed.
///
/// The first test runs alone: its compile builds smelt's library cache, and two compiles
/// building it at once would race (and take twice as long). The others run on
/// `cfg.threads` threads.
pub fn run_all(
    cfg: &Config,
    tests: Vec<TestFile>,
    filtered_out: usize,
    check: impl Fn(&TestFile, bool) -> Outcome + Sync,
) -> ExitCode {
    if cfg.list {
        for test in &tests {
            println!("{}: test", test.rel);
        }
        return ExitCode::SUCCESS;
    }

    let start = Instant::now();
    println!(
        "\nrunning {} test{}",
        tests.len(),
        if tests.len() == 1 { "" } else { "s" }
    );
    let failures = Mutex::new(Vec::new());
    let passed = AtomicUsize::new(0);
    let run_one = |test: &TestFile, first: bool| {
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| check(test, first))).unwrap_or_else(
            |payload| {
                Err(format!(
                    "the harness panicked: {}",
                    panic_message(&*payload)
                ))
            },
        );
        let mut out = std::io::stdout().lock();
        match outcome {
            Ok(notes) => {
                passed.fetch_add(1, Ordering::Relaxed);
                if !cfg.quiet || !notes.is_empty() {
                    let _ = writeln!(out, "test {} ... ok", test.rel);
                }
                for note in notes {
                    let _ = writeln!(out, "    {}", note.replace('\n', "\n    "));
                }
            }
            Err(report) => {
                let _ = writeln!(out, "test {} ... FAILED", test.rel);
                failures
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((test.rel.clone(), report));
            }
        }
    };

    if let Some((first, rest)) = tests.split_first() {
        run_one(first, true);
        let next = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..cfg.threads.min(rest.len()) {
                scope.spawn(|| {
                    while let Some(test) = rest.get(next.fetch_add(1, Ordering::Relaxed)) {
                        run_one(test, false);
                    }
                });
            }
        });
    }

    let mut failures = failures.into_inner().unwrap_or_else(|e| e.into_inner());
    failures.sort();
    if !failures.is_empty() {
        println!("\nfailures:\n");
        for (name, report) in &failures {
            println!("---- {name} ----\n{}\n", report.trim_end());
        }
        println!("failures:");
        for (name, _) in &failures {
            println!("    {name}");
        }
    }
    let result = if failures.is_empty() { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {result}. {} passed; {} failed; {filtered_out} filtered out; finished in {:.2}s\n",
        passed.load(Ordering::Relaxed),
        failures.len(),
        start.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        // Keep the scratch directory of a failed run for inspection; it lives under target/.
        let _ = fs::remove_dir_all(&cfg.scratch);
        ExitCode::SUCCESS
    } else {
        println!("scratch files of this run: {}", cfg.scratch.display());
        ExitCode::FAILURE
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(non-string payload)".to_string()
    }
}

/// Indents a block of text and keeps at most `max_lines` of it, for failure reports.
pub fn excerpt(text: &str, max_lines: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::new();
    for line in lines.iter().take(max_lines) {
        out.push_str("    ");
        out.push_str(line);
        out.push('\n');
    }
    if lines.len() > max_lines {
        out.push_str(&format!(
            "    ... ({} more lines)\n",
            lines.len() - max_lines
        ));
    }
    if lines.is_empty() {
        out.push_str("    (empty)\n");
    }
    out
}

/// The compiler arguments a test's header asks for, shared by smelt and rustc.
pub fn header_args(header: &header::Header) -> Vec<String> {
    let mut args = vec!["--edition".to_string(), header.edition.clone()];
    args.extend(header.compile_flags.iter().cloned());
    args
}

/// Runs the smelt-or-rustc command for a test and returns the result, with the compile
/// timeout that applies.
pub fn compile(mut cmd: Command, first: bool) -> Result<process::Finished, String> {
    let timeout = if first {
        FIRST_COMPILE_TIMEOUT
    } else {
        COMPILE_TIMEOUT
    };
    process::run(&mut cmd, timeout)
}

/// Since Rust 1.92 a panic message names the thread's OS id, which changes from run to run:
/// `thread 'main' (12345) panicked at` becomes `thread 'main' ($TID) panicked at` (the form
/// rustc's own test suite uses).
pub fn normalize_thread_ids(stderr: &str) -> String {
    let mut out = String::with_capacity(stderr.len());
    for line in stderr.split_inclusive('\n') {
        out.push_str(&normalize_thread_id(line).unwrap_or_else(|| line.to_string()));
    }
    out
}

fn normalize_thread_id(line: &str) -> Option<String> {
    let name_start = line.find("thread '")? + "thread '".len();
    let name_end = name_start + line[name_start..].find("' (")?;
    let digits_start = name_end + "' (".len();
    let digits_len = line[digits_start..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let rest = line[digits_start + digits_len..].strip_prefix(") panicked")?;
    (digits_len > 0).then(|| format!("{}($TID) panicked{rest}", &line[..name_end + "' ".len()]))
}

/// Expectation files (`NAME.<suffix>`) whose test `NAME.rs` no longer exists. Blessing
/// deletes them; a normal run warns about them.
pub fn orphaned_expectations(cfg: &Config, suite_dir: &str, suffixes: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    collect_files(&cfg.root.join(suite_dir), &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            suffixes.iter().any(|suffix| {
                name.strip_suffix(suffix)
                    .and_then(|stem| stem.strip_suffix('.'))
                    .is_some_and(|stem| !path.with_file_name(format!("{stem}.rs")).exists())
            })
        })
        .collect()
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Deletes (when blessing) or reports orphaned expectation files.
pub fn handle_orphans(cfg: &Config, suite_dir: &str, suffixes: &[&str]) {
    // A filtered run does not own the whole suite.
    if !cfg.filters.is_empty() || !cfg.skips.is_empty() {
        return;
    }
    for path in orphaned_expectations(cfg, suite_dir, suffixes) {
        let shown = path
            .strip_prefix(&cfg.root)
            .unwrap_or(&path)
            .display()
            .to_string();
        if !cfg.bless {
            println!("warning: {shown} belongs to no test; `--bless` deletes it");
        } else if let Err(e) = fs::remove_file(&path) {
            println!("warning: cannot delete {shown}: {e}");
        } else {
            println!("blessed: deleted {shown}, which belongs to no test");
        }
    }
}

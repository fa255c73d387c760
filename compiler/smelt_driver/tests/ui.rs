//! UI tests: every `tests/ui/**/*.rs` must fail to compile with smelt (exit code 1; 101 is a
//! crash and always a failure), with the errors its `//~` annotations name on the lines they
//! name (see `common/annotations.rs`), and print exactly the diagnostics in `NAME.stderr`.
//!
//! Each test is compiled twice: with `--error-format=json` to match annotations, and with
//! `--color never` to compare the human-readable output with `NAME.stderr`.
//!
//! `cargo test --test ui -- [FILTER...] [--bless]`. Blessing (`--bless` or `SMELT_BLESS=1`)
//! writes `NAME.stderr` from smelt's output and asks the oracle: rustc must reject the test
//! too, with the annotated error codes on the annotated lines. Message wording that differs
//! from rustc's is reported but does not fail the bless.

mod common;

use common::annotations::{self, Annotation, Diag, Kind};
use common::process::Status;
use common::{diff, header, Config, Outcome, TestFile};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cfg = match Config::from_env("ui") {
        Ok(cfg) => cfg,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (tests, filtered_out) = match cfg.discover("tests/ui") {
        Ok(found) => found,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !cfg.list {
        common::handle_orphans(&cfg, "tests/ui", &["stderr"]);
    }
    if let Err(e) = &cfg.smelt {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    common::run_all(&cfg, tests, filtered_out, |test, first| {
        check(&cfg, test, first)
    })
}

fn check(cfg: &Config, test: &TestFile, first: bool) -> Outcome {
    let src = common::read_source(test)?;
    let header = header::parse(&src, &["compile-flags", "edition"])?;
    let annotations = annotations::parse(&src)?;
    if !annotations.iter().any(|a| a.kind == Kind::Error) {
        return Err("a UI test must have at least one `//~ ERROR` annotation".to_string());
    }
    let dir = cfg.test_dir(test)?;
    // The output goes to the scratch directory in case the test compiles after all.
    let out = dir.join(test.stem());
    let mut report = String::new();
    let mut notes = Vec::new();

    // Diagnostics as JSON, against the annotations.
    let mut cmd = cfg.smelt_command()?;
    cmd.args(common::header_args(&header))
        .arg("--error-format=json")
        .arg("-o")
        .arg(&out)
        .arg(&test.rel);
    let compiled = common::compile(cmd, first)?;
    if let Some(problem) = status_problem("smelt", compiled.status) {
        return Err(format!(
            "{problem}; its stderr:\n{}",
            common::excerpt(&compiled.stderr, 60)
        ));
    }
    let found = annotations::read_diagnostics(&compiled.stderr, &test.rel);
    report.push_str(&compare_annotations(&annotations, &found.diags));
    if !found.other_lines.is_empty() {
        report.push_str(&format!(
            "smelt printed lines that are not JSON diagnostics:\n{}",
            common::excerpt(&found.other_lines.join("\n"), 20)
        ));
    }
    if !report.is_empty() {
        report.push_str(&format!(
            "smelt's diagnostics:\n{}",
            describe_all(&found.diags)
        ));
    }

    // Human-readable diagnostics, against NAME.stderr.
    let mut cmd = cfg.smelt_command()?;
    cmd.args(common::header_args(&header))
        .args(["--color", "never", "-o"])
        .arg(&out)
        .arg(&test.rel);
    let human = common::compile(cmd, false)?;
    if let Some(problem) = status_problem("smelt (human-readable output)", human.status) {
        report.push_str(&format!(
            "{problem}; its stderr:\n{}",
            common::excerpt(&human.stderr, 60)
        ));
    }
    let stderr = cfg.normalize(&human.stderr);
    let stderr_file = test.sibling("stderr");
    if cfg.bless {
        notes.extend(common::bless_files(&[(stderr_file, stderr)])?);
        notes.extend(oracle(cfg, test, &header, &annotations, &out, &mut report)?);
    } else {
        let expected = common::read_expected(&stderr_file)?;
        if !stderr_file.exists() {
            report.push_str(
                "there is no .stderr file; run `cargo test --test ui -- --bless` to write it\n",
            );
        } else if expected != stderr {
            report.push_str(&format!(
                "stderr differs:\n{}",
                diff::unified(&expected, &stderr)
            ));
        }
    }

    if report.is_empty() {
        let _ = std::fs::remove_dir_all(&dir);
        Ok(notes)
    } else {
        Err(report)
    }
}

/// Why an exit status is wrong for a UI test, if it is.
fn status_problem(who: &str, status: Status) -> Option<String> {
    match status {
        Status::Exited(1) => None,
        Status::Exited(0) => Some(format!(
            "{who} compiled the test successfully, but a UI test must fail"
        )),
        Status::Exited(101) => Some(format!("{who} crashed (internal compiler error)")),
        status => Some(format!("{who} ended with {status}, not exit code 1")),
    }
}

/// Unmatched annotations and unannotated errors, one per line.
fn compare_annotations(annotations: &[Annotation], diags: &[Diag]) -> String {
    let mut report = String::new();
    for diag in diags.iter().filter(|d| annotations::is_ice(d)) {
        report.push_str(&format!("internal compiler error: {}\n", diag.describe()));
    }
    let matching = annotations::match_annotations(annotations, diags);
    for &i in &matching.unmatched {
        report.push_str(&format!(
            "expected but not reported: {}\n",
            annotations[i].describe()
        ));
    }
    for &i in &matching.unannotated_errors {
        report.push_str(&format!(
            "reported but not annotated: {}\n",
            diags[i].describe()
        ));
    }
    report
}

fn describe_all(diags: &[Diag]) -> String {
    let lines: Vec<String> = diags.iter().map(Diag::describe).collect();
    common::excerpt(&lines.join("\n"), 40)
}

/// The oracle check of a bless: rustc must reject the test with the annotated errors.
///
/// A missing error code, or no diagnostic of the annotated level on an annotated line at
/// all, fails the test (the test is wrong, or smelt reports what rustc does not). Different
/// message wording and errors that only rustc reports are notes, printed under the test.
fn oracle(
    cfg: &Config,
    test: &TestFile,
    header: &header::Header,
    annotations: &[Annotation],
    out: &std::path::Path,
    report: &mut String,
) -> Result<Vec<String>, String> {
    let mut cmd = cfg.rustc_command();
    let rustc_out = out.with_extension("rustc");
    cmd.args(common::header_args(header))
        .arg("--error-format=json")
        .arg("-o")
        .arg(&rustc_out)
        .arg(&test.rel);
    let compiled = common::compile(cmd, false)?;
    if let Some(problem) = status_problem("rustc", compiled.status) {
        report.push_str(&format!("oracle: {problem}\n"));
        return Ok(Vec::new());
    }
    let found = annotations::read_diagnostics(&compiled.stderr, &test.rel);
    let mut notes = Vec::new();
    for annotation in annotations {
        if found.diags.iter().any(|d| annotation.matches(d)) {
            continue;
        }
        let same_place: Vec<&Diag> = found
            .diags
            .iter()
            .filter(|d| d.line == annotation.line && d.level == annotation.kind.level())
            .collect();
        let is_code = looks_like_code(&annotation.text);
        if same_place.is_empty() || is_code {
            let rustc_says: Vec<String> = same_place.iter().map(|d| d.describe()).collect();
            report.push_str(&format!(
                "oracle: rustc does not report {}{}\n",
                annotation.describe(),
                if rustc_says.is_empty() {
                    String::new()
                } else {
                    format!("; it says: {}", rustc_says.join("; "))
                }
            ));
        } else {
            let rustc_says: Vec<String> = same_place.iter().map(|d| d.message.clone()).collect();
            notes.push(format!(
                "oracle: rustc words it differently: {} vs rustc's `{}`",
                annotation.describe(),
                rustc_says.join("` / `")
            ));
        }
    }
    // Errors on lines without an error annotation; the others were covered above.
    let matching = annotations::match_annotations(annotations, &found.diags);
    for &i in &matching.unannotated_errors {
        let diag = &found.diags[i];
        if !annotations
            .iter()
            .any(|a| a.kind == Kind::Error && a.line == diag.line)
        {
            notes.push(format!("oracle: rustc also reports {}", diag.describe()));
        }
    }
    Ok(notes)
}

/// `E0308` and lint names (`unused_variables`) are codes; other text is message wording.
fn looks_like_code(text: &str) -> bool {
    let bytes = text.as_bytes();
    let error_code =
        bytes.len() == 5 && bytes[0] == b'E' && bytes[1..].iter().all(u8::is_ascii_digit);
    let lint_name = text.contains('_')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    error_code || lint_name
}

//! Tests of the run and UI harnesses' own logic (annotations, JSON, headers, diffs), which
//! the suites themselves only exercise when a test fails.

mod common;

use common::annotations::{self, Kind};
use common::{diff, header, json};

#[test]
fn annotation_forms() {
    let src = "\
fn main() {
    let x: i32 = \"\"; //~ ERROR E0308
    //~^ NOTE expected `i32`
    //~| HELP: try
    //~v WARN unused
    let y = 1;
    //~^^^ ERROR: mismatched types
}
//~? ERROR no line
";
    let found = annotations::parse(src).expect("annotations parse");
    let summary: Vec<(Option<usize>, Kind, &str)> = found
        .iter()
        .map(|a| (a.line, a.kind, a.text.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (Some(2), Kind::Error, "E0308"),
            (Some(2), Kind::Note, "expected `i32`"),
            (Some(2), Kind::Help, "try"),
            (Some(6), Kind::Warning, "unused"),
            (Some(4), Kind::Error, "mismatched types"),
            (None, Kind::Error, "no line"),
        ]
    );
}

#[test]
fn annotation_errors() {
    assert!(
        annotations::parse("//~^ ERROR x").is_err(),
        "points above the file"
    );
    assert!(
        annotations::parse("//~| ERROR x").is_err(),
        "no previous annotation"
    );
    assert!(annotations::parse("x //~ EROR x").is_err(), "unknown kind");
}

const DIAGNOSTIC: &str = r#"{"$message_type":"diagnostic","message":"mismatched types","code":{"code":"E0308","explanation":null},"level":"error","spans":[{"file_name":"tests/ui/t.rs","byte_start":1,"byte_end":2,"line_start":2,"line_end":2,"column_start":1,"column_end":2,"is_primary":true,"text":[],"label":"expected `i32`, found `&str`","suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[{"$message_type":"diagnostic","message":"a note \u00e9\n","code":null,"level":"note","spans":[],"children":[],"rendered":null}],"rendered":"error[E0308]"}
{"$message_type":"diagnostic","message":"aborting due to 1 previous error","code":null,"level":"error","spans":[],"children":[],"rendered":null}
{"$message_type":"diagnostic","message":"in a macro","code":null,"level":"error","spans":[{"file_name":"<macros>","line_start":40,"is_primary":true,"expansion":{"span":{"file_name":"tests/ui/t.rs","line_start":7,"is_primary":false,"expansion":null}}}],"children":[],"rendered":null}
not json
"#;

#[test]
fn diagnostics_from_json() {
    let found = annotations::read_diagnostics(DIAGNOSTIC, "tests/ui/t.rs");
    let summary: Vec<String> = found.diags.iter().map(|d| d.describe()).collect();
    assert_eq!(
        summary,
        [
            "line 2: error[E0308]: mismatched types",
            "line 2: note: expected `i32`, found `&str`",
            "line 2: note: a note é\n",
            "line 7: error: in a macro",
        ]
    );
    assert_eq!(found.other_lines, ["not json"]);
}

#[test]
fn matching() {
    let src = "fn main() {\n    bad(); //~ ERROR E0308\n}\n";
    let annotations = annotations::parse(src).expect("annotations parse");
    let found = annotations::read_diagnostics(DIAGNOSTIC, "tests/ui/t.rs");
    let matching = annotations::match_annotations(&annotations, &found.diags);
    assert!(matching.unmatched.is_empty());
    // The error from the macro on line 7 is not annotated.
    let unannotated: Vec<usize> = matching
        .unannotated_errors
        .iter()
        .map(|&i| found.diags[i].line.unwrap_or(0))
        .collect();
    assert_eq!(unannotated, [7]);
}

#[test]
fn json_values() {
    let value = json::parse(r#" {"a": [1, 2.5, -3e2, true, null], "b": "\ud83d\ude00\"\\"} "#)
        .expect("valid JSON");
    assert_eq!(value.get("a").as_array().len(), 5);
    assert_eq!(value.get("a").as_array()[2], json::Value::Number(-300.0));
    assert_eq!(value.get("b").as_str(), Some("😀\"\\"));
    assert_eq!(value.get("missing"), &json::Value::Null);
    assert!(json::parse("{\"a\": }").is_err());
    assert!(json::parse("[1] 2").is_err());
    assert!(
        json::parse(&"[".repeat(10_000)).is_err(),
        "deep nesting is an error, not a crash"
    );
}

#[test]
fn headers() {
    let h = header::parse(
        "//@ edition: 2018\n//@ compile-flags: -C opt-level=2\n//@ run-args: a  b\nfn main() {}\n",
        &["compile-flags", "edition", "run-args"],
    )
    .expect("valid header");
    assert_eq!(h.edition, "2018");
    assert_eq!(h.compile_flags, ["-C", "opt-level=2"]);
    assert_eq!(h.run_args, ["a", "b"]);
    assert_eq!(
        header::parse("fn main() {}", &[])
            .expect("no header")
            .edition,
        "2021"
    );
    assert!(header::parse("//@ compile-flag: -O", &["compile-flags"]).is_err());
    assert!(header::parse("//@ edition: 2019", &["edition"]).is_err());
    assert!(header::parse("//@ compile-flags: --edition 2018", &["compile-flags"]).is_err());
}

#[test]
fn diffs() {
    let d = diff::unified("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n");
    assert_eq!(d, "--- expected\n+++ actual\n@@ expected line 2, actual line 2 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
    assert_eq!(
        diff::unified("x\n", "x"),
        "(same lines; expected ends with a newline, actual does not end with a newline)\n"
    );
    let long: String = (0..500).map(|i| format!("{i}\n")).collect();
    let d = diff::unified(&long, "");
    assert!(d.lines().count() < 70, "long diffs are cut:\n{d}");
}

#[test]
fn thread_ids() {
    let stderr = "\nthread 'main' (12345) panicked at tests/run/x.rs:3:5:\nboom\nthread 'a (b)' (7) panicked at x\nthread 'main' panicked at y\n";
    assert_eq!(
        common::normalize_thread_ids(stderr),
        "\nthread 'main' ($TID) panicked at tests/run/x.rs:3:5:\nboom\nthread 'a (b)' ($TID) panicked at x\nthread 'main' panicked at y\n"
    );
}

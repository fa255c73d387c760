//! Links objects made by the system C compiler, runs the results, and checks the errors against
//! rustc's wording. Tests that need `cc` (or `ar`/`nm`) say so and return when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::rc::Rc;

use smelt_errors::{DiagCtxt, Diagnostic, Emitter, Level};
use smelt_session::config::{CrateType, Strip};
use smelt_session::target::Target;
use smelt_span::{HygieneData, SourceMap};
use std::cell::RefCell;

use super::*;

fn have(tool: &str) -> bool {
    let found = Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("note: skipping this test: no `{tool}` on PATH");
    }
    found
}

/// A directory removed when the test ends.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("smelt-link-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `cc -c` on `src`; position-independent, as smelt's objects are.
fn compile_c(dir: &Path, name: &str, src: &str) -> PathBuf {
    let c = dir.join(format!("{name}.c"));
    let o = dir.join(format!("{name}.o"));
    std::fs::write(&c, src).unwrap();
    let status = Command::new("cc")
        .arg("-c")
        .arg("-fPIC")
        .arg(&c)
        .arg("-o")
        .arg(&o)
        .status()
        .unwrap();
    assert!(status.success(), "cc -c {name}.c failed");
    o
}

fn request<'a>(target: &'a Target, objects: &'a [PathBuf], output: &'a Path) -> LinkRequest<'a> {
    LinkRequest {
        target,
        crate_type: CrateType::Executable,
        objects,
        output,
        linker: None,
        link_args: &[],
        native_libs: &[],
        search_paths: &[],
        static_crt: false,
        strip: Strip::None,
        debuginfo: false,
    }
}

/// Keeps what is emitted, so tests compare the diagnostic rather than one renderer's layout.
#[derive(Default)]
struct Recorder(Rc<RefCell<Vec<Diagnostic>>>);

impl Emitter for Recorder {
    fn emit_diagnostic(&mut self, diag: &Diagnostic, _: &SourceMap, _: &HygieneData) {
        self.0.borrow_mut().push(diag.clone());
    }

    fn emit_summary(&mut self, _: Level, _: &str) {}
}

/// What `emit` reports, laid out as rustc prints a diagnostic without spans.
fn emitted(error: &LinkError) -> String {
    let recorder = Recorder::default();
    let diags = recorder.0.clone();
    let dcx = DiagCtxt::new(
        Box::new(recorder),
        Rc::new(SourceMap::new()),
        Rc::new(HygieneData::new()),
    );
    error.emit(&dcx);
    let diags = diags.borrow();
    let mut out = String::new();
    for diag in diags.iter() {
        let indent =
            |head: &str, text: &str| text.replace('\n', &format!("\n{}", " ".repeat(head.len())));
        out.push_str(&format!(
            "{}: {}",
            diag.level.as_str(),
            indent("error: ", &diag.message)
        ));
        if !diag.children.is_empty() {
            out.push_str("\n  |");
        }
        for child in &diag.children {
            let head = format!("  = {}: ", child.level.as_str());
            out.push_str(&format!("\n{head}{}", indent(&head, &child.message)));
        }
        out.push_str("\n\n");
    }
    out
}

/// Whether an ELF file asks for a program interpreter (a `PT_INTERP` program header).
fn has_interpreter(elf: &[u8]) -> bool {
    let u16_at = |at: usize| u16::from_le_bytes([elf[at], elf[at + 1]]) as usize;
    let phoff = u64::from_le_bytes(elf[0x20..0x28].try_into().unwrap()) as usize;
    let (phentsize, phnum) = (u16_at(0x36), u16_at(0x38));
    (0..phnum).any(|i| {
        let at = phoff + i * phentsize;
        u32::from_le_bytes(elf[at..at + 4].try_into().unwrap()) == 3
    })
}

const HELLO: &str = r#"
#include <math.h>
#include <stdio.h>
int main(void) {
    volatile double two = 2.0;
    printf("hello from smelt_link, %.3f\n", sqrt(two));
    return 3;
}
"#;

#[test]
fn links_and_runs_an_executable() {
    if !have("cc") {
        return;
    }
    let dir = TempDir::new("exe");
    let objects = [compile_c(&dir.0, "main", HELLO)];
    let output = dir.0.join("hello");
    let target = Target::host();
    link(&request(&target, &objects, &output)).unwrap_or_else(|e| panic!("{e}"));
    let run = Command::new(&output).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "hello from smelt_link, 1.414\n"
    );
    assert_eq!(run.status.code(), Some(3));
}

#[test]
fn links_statically_with_crt_static() {
    if !have("cc") {
        return;
    }
    let dir = TempDir::new("static");
    let objects = [compile_c(&dir.0, "main", HELLO)];
    let output = dir.0.join("hello");
    let target = Target::host();
    let req = LinkRequest {
        static_crt: true,
        strip: Strip::Debuginfo,
        ..request(&target, &objects, &output)
    };
    link(&req).unwrap_or_else(|e| panic!("{e}"));
    let run = Command::new(&output).output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "hello from smelt_link, 1.414\n"
    );
    // No program interpreter: nothing is loaded at run time.
    assert!(
        !has_interpreter(&std::fs::read(&output).unwrap()),
        "a static executable asks for the dynamic loader"
    );
    let dynamic = dir.0.join("dynamic");
    link(&request(&target, &objects, &dynamic)).unwrap();
    assert!(has_interpreter(&std::fs::read(&dynamic).unwrap()));
}

#[test]
fn strip_symbols_leaves_no_symbol_table() {
    if !have("cc") || !have("nm") {
        return;
    }
    let dir = TempDir::new("strip");
    let objects = [compile_c(&dir.0, "main", HELLO)];
    let output = dir.0.join("hello");
    let target = Target::host();
    link(&LinkRequest {
        strip: Strip::Symbols,
        ..request(&target, &objects, &output)
    })
    .unwrap();
    let nm = Command::new("nm").arg(&output).output().unwrap();
    assert!(String::from_utf8_lossy(&nm.stderr).contains("no symbols"));
}

/// The arguments follow rustc's (`rustc --print link-args`), less what concerns rlibs.
#[test]
fn linker_arguments_in_rustcs_order() {
    let target = Target::builtin("x86_64-unknown-linux-gnu").unwrap();
    let objects = [PathBuf::from("main.o"), PathBuf::from("std.o")];
    let output = PathBuf::from("out/prog");
    let link_args = ["-Wl,-v".to_string()];
    let native_libs = ["z".to_string()];
    let search_paths = [PathBuf::from("/opt/lib")];
    let req = LinkRequest {
        link_args: &link_args,
        native_libs: &native_libs,
        search_paths: &search_paths,
        strip: Strip::Debuginfo,
        linker: Some(Path::new("gcc")),
        ..request(&target, &objects, &output)
    };
    let cmd = linker_command(&req);
    assert_eq!(cmd.get_program(), "gcc");
    assert_eq!(
        format!("{cmd:?}"),
        "LC_ALL=\"C\" \"gcc\" \"-m64\" \"main.o\" \"std.o\" \"-Wl,--as-needed\" \"-lz\" \"-lm\" \"-lc\" \
         \"-Wl,--eh-frame-hdr\" \"-Wl,-z,noexecstack\" \"-L\" \"/opt/lib\" \"-o\" \"out/prog\" \"-Wl,--gc-sections\" \
         \"-pie\" \"-Wl,-z,relro,-z,now\" \"-Wl,--strip-debug\" \"-Wl,-v\""
    );
    let args = |req: &LinkRequest<'_>| {
        linker_command(req)
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect::<Vec<_>>()
    };
    let shared = args(&LinkRequest {
        crate_type: CrateType::Cdylib,
        ..req.clone()
    });
    assert!(shared.contains(&"-shared".to_string()) && !shared.contains(&"-pie".to_string()));
    let stat = args(&LinkRequest {
        static_crt: true,
        strip: Strip::Symbols,
        ..req.clone()
    });
    assert!(
        stat.contains(&"-static-pie".to_string()) && stat.contains(&"-Wl,--strip-all".to_string())
    );
    let aarch64 = Target::builtin("aarch64-unknown-linux-gnu").unwrap();
    assert!(!args(&LinkRequest {
        target: &aarch64,
        ..req.clone()
    })
    .contains(&"-m64".to_string()));
}

#[test]
fn cross_targets_use_their_gcc_when_installed() {
    let dir = TempDir::new("cross");
    let aarch64 = Target::builtin("aarch64-unknown-linux-gnu").unwrap();
    let host = Target::host();
    let empty = std::ffi::OsString::new();
    if host.triple != aarch64.triple {
        assert_eq!(default_linker(&aarch64, Some(&empty)), PathBuf::from("cc"));
        std::fs::write(dir.0.join("aarch64-linux-gnu-gcc"), "").unwrap();
        assert_eq!(
            default_linker(&aarch64, Some(dir.0.as_os_str())),
            PathBuf::from("aarch64-linux-gnu-gcc")
        );
    }
    assert_eq!(
        default_linker(&host, Some(dir.0.as_os_str())),
        PathBuf::from("cc")
    );
}

/// `rustc -C linker=/nonexistent x.rs`:
/// `error: linker `/nonexistent` not found` with the OS error as a note.
#[test]
fn missing_linker_is_reported_like_rustc() {
    let target = Target::host();
    let objects = [PathBuf::from("main.o")];
    let output = PathBuf::from("never-written");
    let req = LinkRequest {
        linker: Some(Path::new("/nonexistent/smelt-cc")),
        ..request(&target, &objects, &output)
    };
    let error = link(&req).unwrap_err();
    assert!(
        matches!(error, LinkError::LinkerNotFound { .. }),
        "{error:?}"
    );
    assert_eq!(
        emitted(&error),
        "error: linker `/nonexistent/smelt-cc` not found\n  |\n  = note: No such file or directory (os error 2)\n\n"
    );
}

#[test]
fn a_directory_as_linker_cannot_be_executed() {
    let dir = TempDir::new("exec");
    let target = Target::host();
    let objects = [PathBuf::from("main.o")];
    let output = dir.0.join("out");
    let req = LinkRequest {
        linker: Some(&dir.0),
        ..request(&target, &objects, &output)
    };
    let error = link(&req).unwrap_err();
    let text = emitted(&error);
    assert!(
        text.starts_with(&format!(
            "error: could not exec the linker `{}`\n  |\n  = note: Permission denied",
            dir.0.display()
        )),
        "{text}"
    );
}

/// `rustc -C link-arg=-lnonexistent x.rs`: the status, the command with our objects folded,
/// rustc's note about omitted arguments and the linker's own output.
#[test]
fn failed_link_is_reported_like_rustc() {
    if !have("cc") {
        return;
    }
    let dir = TempDir::new("fail");
    let objects = [compile_c(&dir.0, "main", HELLO)];
    let output = dir.0.join("hello");
    let target = Target::host();
    let link_args = ["-lsmelt_no_such_library".to_string()];
    let error = link(&LinkRequest {
        link_args: &link_args,
        ..request(&target, &objects, &output)
    })
    .unwrap_err();
    let LinkError::Failed {
        linker,
        status,
        command,
        stderr,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(linker, "cc");
    assert_eq!(status, "exit status: 1");
    assert!(
        command.starts_with("\"cc\" \"-m64\" \"<1 object files omitted>\" \"-Wl,--as-needed\"")
            || target.arch != "x86_64",
        "{command}"
    );
    assert!(stderr.contains("-lsmelt_no_such_library"), "{stderr}");
    let text = emitted(&error);
    let expected_head = format!(
        "error: linking with `cc` failed: exit status: 1\n  |\n  = note:  {command}\n  = note: some arguments are \
         omitted. use `--verbose` to show all linker arguments\n  = note: "
    );
    assert!(text.starts_with(&expected_head), "{text}");
}

/// A missing `extern` function: GNU ld's `undefined reference to`, and rustc's two hints.
#[test]
fn undefined_references_get_rustcs_hints() {
    if !have("cc") {
        return;
    }
    let dir = TempDir::new("undef");
    let src =
        "int smelt_missing_function(void);\nint main(void) { return smelt_missing_function(); }\n";
    let objects = [compile_c(&dir.0, "main", src)];
    let output = dir.0.join("prog");
    let target = Target::host();
    let error = link(&request(&target, &objects, &output)).unwrap_err();
    let text = emitted(&error);
    if !text.contains("undefined reference to") {
        eprintln!("note: this linker words undefined symbols differently; the hints are GNU ld's:\n{text}");
        return;
    }
    assert!(text.contains(
        "  = note: some `extern` functions couldn't be found; some native libraries may need to be installed or have \
         their path specified\n  = note: use the `-l` flag to specify native libraries to link"
    ));
}

/// An archive `ar` and `nm` read back, with its symbol index, that the linker links from.
#[test]
fn static_archive_round_trip() {
    if !have("cc") {
        return;
    }
    let dir = TempDir::new("archive");
    let a = compile_c(&dir.0, "a", "int smelt_a(void) { return 1; }\n");
    let b = compile_c(
        &dir.0,
        "b",
        "int smelt_b(void) { return 2; }\nint smelt_b2(void) { return 0; }\n",
    );
    let archive = dir.0.join("libboth.a");
    std::fs::write(&archive, "stale").unwrap();
    write_static_archive(&[a, b], &archive).unwrap();
    if have("ar") {
        let ar = Command::new("ar").arg("t").arg(&archive).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&ar.stdout), "a.o\nb.o\n");
    }
    if have("nm") {
        let nm = Command::new("nm").arg("-s").arg(&archive).output().unwrap();
        let listing = String::from_utf8_lossy(&nm.stdout);
        assert!(
            listing
                .starts_with("\nArchive index:\nsmelt_a in a.o\nsmelt_b in b.o\nsmelt_b2 in b.o\n"),
            "{listing}"
        );
    }
    // The linker finds the members through the index.
    let main = compile_c(
        &dir.0,
        "main",
        "int smelt_a(void); int smelt_b(void);\nint main(void) { return smelt_a() + smelt_b(); }\n",
    );
    let objects = [main];
    let output = dir.0.join("prog");
    let target = Target::host();
    let native_libs = ["both".to_string()];
    let search_paths = [dir.0.clone()];
    let req = LinkRequest {
        native_libs: &native_libs,
        search_paths: &search_paths,
        ..request(&target, &objects, &output)
    };
    link(&req).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(Command::new(&output).status().unwrap().code(), Some(3));
    // A staticlib request writes the archive too.
    let lib = dir.0.join("libmain.a");
    link(&LinkRequest {
        crate_type: CrateType::Staticlib,
        ..request(&target, &objects, &lib)
    })
    .unwrap();
    assert!(std::fs::read(&lib).unwrap().starts_with(b"!<arch>\n"));
}

#[test]
fn unreadable_object_is_an_io_error() {
    let dir = TempDir::new("io");
    let error =
        write_static_archive(&[dir.0.join("missing.o")], &dir.0.join("libx.a")).unwrap_err();
    assert_eq!(
        emitted(&error),
        format!(
            "error: failed to read object file `{}`: No such file or directory (os error 2)\n\n",
            dir.0.join("missing.o").display()
        )
    );
}

//! The `smelt` command: rustc's command line in, exit status out. Compilation runs on a
//! thread with a large stack (deeply nested programs recurse deeply in every stage), under a
//! panic guard that turns a crash of smelt into an internal-compiler-error report.

use std::io::Read;
use std::path::PathBuf;

use smelt_errors::{HumanEmitter, JsonEmitter};
use smelt_session::config::ErrorFormat;
use smelt_session::Session;

use crate::args::{self, Action, Input as ArgInput, Invocation};
use crate::library::DriverLoader;
use crate::pipeline::{self, Input};

/// Exit status for a crash of smelt itself, as rustc's.
const EXIT_ICE: i32 = 101;

/// Runs the `smelt` command with `args` (without the program name); returns the exit status.
pub fn run(args: Vec<String>) -> i32 {
    // `smelt run file.rs [args..]`: compile to a temporary executable and run it.
    if args.first().map(String::as_str) == Some("run") {
        return run_subcommand(&args[1..]);
    }
    let inv = match args::parse_args(&args) {
        Ok(inv) => inv,
        Err(e) => {
            report_arg_error(&e);
            return 1;
        }
    };
    for w in &inv.warnings {
        eprintln!("warning: {w}");
    }
    match &inv.action {
        Action::Help { verbose } => {
            print!("{}", args::usage(*verbose));
            return 0;
        }
        Action::WallHelp => {
            print!("{}", args::wall_help());
            return 0;
        }
        Action::LintHelp => {
            print!("{}", crate::print::lint_help());
            return 0;
        }
        Action::CodegenHelp => {
            print!("{}", args::codegen_help());
            return 0;
        }
        Action::Version { verbose } => {
            print!("{}", args::version_string(*verbose));
            return 0;
        }
        Action::Explain(code) => {
            match args::explain_code_number(code) {
                Some(n) => eprintln!("error: smelt has no extended explanation for E{n:04}; `rustc --explain E{n:04}` has one"),
                None => eprintln!("error: {code} is not a valid error code"),
            }
            return 1;
        }
        Action::Compile => {}
    }
    if !inv.prints.is_empty() {
        let status = crate::print::print_requests(&inv);
        if status != 0 || inv.input.is_none() {
            return status;
        }
        // rustc compiles nothing when asked to print.
        return 0;
    }
    if inv.input.is_none() {
        print!("{}", args::usage(false));
        return 0;
    }
    run_on_big_stack(move || compile_invocation(inv))
}

/// Prints a rejected command line as rustc would: rendered text, or JSON diagnostics.
fn report_arg_error(e: &args::ArgError) {
    match e.error_format {
        ErrorFormat::Json { rendered_ansi } => {
            let sm = std::rc::Rc::new(smelt_span::SourceMap::new());
            let hygiene = std::rc::Rc::new(smelt_span::HygieneData::new());
            let mut emitter = JsonEmitter {
                ansi: rendered_ansi,
            };
            for d in e.diagnostics() {
                smelt_errors::Emitter::emit_diagnostic(&mut emitter, &d, &sm, &hygiene);
            }
        }
        _ => eprint!("{}", e.render()),
    }
}

/// Runs `f` on a thread with a stack large enough for deeply nested programs.
fn run_on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    install_ice_hook();
    let child = std::thread::Builder::new()
        .name("smelt".into())
        .stack_size(1 << 30)
        .spawn(
            move || match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
                Ok(status) => status,
                Err(_) => EXIT_ICE,
            },
        );
    match child {
        Ok(handle) => handle.join().unwrap_or(EXIT_ICE),
        Err(e) => {
            eprintln!("error: couldn't start the compiler thread: {e}");
            1
        }
    }
}

/// Prints an internal compiler error in rustc's shape when smelt panics.
fn install_ice_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            (*s).to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "non-string panic payload".to_string()
        };
        let loc = info.location().map_or_else(String::new, |l| {
            format!(" at {}:{}:{}", l.file(), l.line(), l.column())
        });
        eprintln!("error: internal compiler error: {msg}");
        eprintln!();
        eprintln!("thread 'smelt' panicked{loc}");
        eprintln!();
        if std::env::var_os("SMELT_BACKTRACE").is_some() {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
        eprintln!("note: the compiler unexpectedly panicked. this is a bug.");
        eprintln!();
        let (stage, item) = smelt_session::progress::current();
        if item.is_empty() {
            eprintln!("note: smelt panicked during {stage}");
        } else {
            eprintln!("note: smelt panicked during {stage}, at {item}");
        }
        eprintln!();
        eprintln!(
            "note: smelt {} running on {}",
            env!("CARGO_PKG_VERSION"),
            smelt_session::Target::host().triple
        );
        eprintln!();
    }));
}

fn compile_invocation(inv: Invocation) -> i32 {
    let Invocation { opts, input, .. } = inv;
    let emitter: Box<dyn smelt_errors::Emitter> = match opts.error_format {
        ErrorFormat::Json { rendered_ansi } => Box::new(JsonEmitter {
            ansi: rendered_ansi,
        }),
        _ => Box::new(HumanEmitter::new(opts.color)),
    };
    let sess = Session::new(opts, emitter);
    let input = match input {
        Some(ArgInput::File(path)) => match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(src) => Input {
                    name: path.display().to_string(),
                    path,
                    src,
                },
                Err(_) => {
                    sess.dcx
                        .struct_fatal(format!(
                            "couldn't read `{}`: stream did not contain valid UTF-8",
                            path.display()
                        ))
                        .emit();
                    sess.dcx.print_final_summary();
                    return 1;
                }
            },
            Err(e) => {
                sess.dcx
                    .struct_fatal(format!("couldn't read `{}`: {e}", path.display()))
                    .emit();
                sess.dcx.print_final_summary();
                return 1;
            }
        },
        Some(ArgInput::Stdin) => {
            let mut src = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut src) {
                sess.dcx
                    .struct_fatal(format!(
                        "couldn't read from stdin, as it did not contain valid UTF-8: {e}"
                    ))
                    .emit();
                sess.dcx.print_final_summary();
                return 1;
            }
            Input {
                name: "<anon>".to_string(),
                path: PathBuf::from("<anon>"),
                src,
            }
        }
        None => return 0,
    };
    let loader = DriverLoader::from_env();
    match pipeline::compile(sess, &input, &loader) {
        Ok(()) => 0,
        Err(_) => 1,
    }
}

/// `smelt run file.rs [-- args]`: compiles with default options into a temporary directory
/// and runs the program, forwarding its exit status.
fn run_subcommand(args: &[String]) -> i32 {
    let Some(file) = args.first() else {
        eprintln!("error: `smelt run` needs a source file: smelt run FILE.rs [ARGS...]");
        return 1;
    };
    let rest: Vec<String> = args[1..]
        .iter()
        .skip_while(|a| *a == "--")
        .cloned()
        .collect();
    let dir = std::env::temp_dir().join(format!("smelt-run-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: couldn't create `{}`: {e}", dir.display());
        return 1;
    }
    let stem = std::path::Path::new(file)
        .file_stem()
        .map_or_else(|| "main".to_string(), |s| s.to_string_lossy().to_string());
    let exe = dir.join(&stem);
    let compile_args = vec![
        file.clone(),
        "--edition".into(),
        "2021".into(),
        "-o".into(),
        exe.display().to_string(),
    ];
    let status = run(compile_args);
    if status != 0 {
        let _ = std::fs::remove_dir_all(&dir);
        return status;
    }
    let result = std::process::Command::new(&exe).args(&rest).status();
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(s) => s.code().unwrap_or(EXIT_ICE),
        Err(e) => {
            eprintln!("error: couldn't run `{}`: {e}", exe.display());
            1
        }
    }
}

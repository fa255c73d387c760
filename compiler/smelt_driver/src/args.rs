//! rustc's command line: `parse_args` turns the arguments into `Options`, an input, `--print`
//! requests and what to do, accepting what rustc accepts and rejecting what it rejects with its
//! wording, so that cargo, sccache and ui_test can drive smelt as they drive rustc.
//!
//! rustc reads its arguments in stages, and the order decides which error a bad command line
//! gets; `parse_args` keeps that order:
//!
//! 1. `@file` arguments are replaced by the lines of the file (not recursively).
//! 2. getopts splits the arguments (`Unrecognized option`, `Argument to option 'o' missing`,
//!    `Option 'o' given more than once`); an option that takes a value takes the next argument
//!    whatever it looks like, so `-o --foo` writes to `--foo`.
//! 3. Nightly-only options (`-Z`) are refused.
//! 4. `--help`, `-W all`, `-C help` and `--version` stop there and ignore the rest.
//! 5. The session options are read flag by flag (`--color`, `--edition`, `--json`,
//!    `--error-format`, then the others); from `--error-format` on, errors are reported in the
//!    chosen format.
//! 6. `--explain`, then the input (`multiple input filenames provided`).
//! 7. What rustc checks once its session exists: the target, `--cfg`, `--check-cfg`, the crate
//!    name; these errors end with `error: aborting due to N previous errors`.
//!
//! The help texts are rustc's, laid out by the same rules (getopts' 24-column layout, wrapped
//! at 54), with `smelt` where rustc names itself.

use std::path::{Path, PathBuf};

use smelt_errors::{ColorConfig, Diagnostic, Level, LintLevel, SubDiagnostic};
use smelt_session::config::{
    CrateType, DebugInfo, ErrorFormat, NativeLib, NativeLibKind, OptLevel, Options, OutputType,
    PanicStrategy, PathKind, RelocModel, SearchPath, SplitDebuginfo, Strip,
};
use smelt_session::target::{Target, TargetError};
use smelt_span::Edition;

/// The name smelt gives itself in help texts and version lines.
const BIN: &str = "smelt";

/// A parsed command line.
#[derive(Clone, Debug)]
pub struct Invocation {
    pub opts: Options,
    /// `None` when no input file was given.
    pub input: Option<Input>,
    /// `--print` requests, in order (`-C target-cpu=help` and `-C target-feature=help` first).
    pub prints: Vec<PrintRequest>,
    pub action: Action,
    /// Non-fatal notes rustc would print as `warning: ...`, in order.
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    File(PathBuf),
    /// `-`: the source is read from standard input.
    Stdin,
}

impl Input {
    /// The crate name rustc derives from the input: the file stem with `-` as `_`, and
    /// `rust_out` for standard input.
    pub fn crate_name(&self) -> String {
        match self {
            Input::File(path) => crate_name_from_input(path),
            Input::Stdin => "rust_out".to_string(),
        }
    }
}

/// What `--print` asks for.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PrintKind {
    CrateName,
    FileNames,
    Sysroot,
    Cfg,
    TargetList,
    TargetCpus,
    TargetFeatures,
    RelocationModels,
    CodeModels,
    TlsModels,
    NativeStaticLibs,
    CallingConventions,
    TargetLibdir,
    SplitDebuginfo,
    DeploymentTarget,
    LinkArgs,
    StackProtectorStrategies,
    HostTuple,
    /// These three need `-Z unstable-options`, so stable rustc, and smelt, refuse them; they
    /// are here so that the names are known.
    TargetSpecJson,
    AllTargetSpecsJson,
    CheckCfg,
}

impl PrintKind {
    /// The stable `--print` names, in rustc's (alphabetical) order.
    const STABLE: &'static [(&'static str, PrintKind)] = &[
        ("calling-conventions", PrintKind::CallingConventions),
        ("cfg", PrintKind::Cfg),
        ("code-models", PrintKind::CodeModels),
        ("crate-name", PrintKind::CrateName),
        ("deployment-target", PrintKind::DeploymentTarget),
        ("file-names", PrintKind::FileNames),
        ("host-tuple", PrintKind::HostTuple),
        ("link-args", PrintKind::LinkArgs),
        ("native-static-libs", PrintKind::NativeStaticLibs),
        ("relocation-models", PrintKind::RelocationModels),
        ("split-debuginfo", PrintKind::SplitDebuginfo),
        (
            "stack-protector-strategies",
            PrintKind::StackProtectorStrategies,
        ),
        ("sysroot", PrintKind::Sysroot),
        ("target-cpus", PrintKind::TargetCpus),
        ("target-features", PrintKind::TargetFeatures),
        ("target-libdir", PrintKind::TargetLibdir),
        ("target-list", PrintKind::TargetList),
        ("tls-models", PrintKind::TlsModels),
    ];

    /// Names rustc knows but accepts only with `-Z unstable-options`.
    const UNSTABLE: &'static [&'static str] = &[
        "all-target-specs-json",
        "backend-has-zstd",
        "check-cfg",
        "crate-root-lint-levels",
        "supported-crate-types",
        "target-spec-json",
        "target-spec-json-schema",
    ];

    pub fn name(self) -> &'static str {
        match self {
            PrintKind::TargetSpecJson => "target-spec-json",
            PrintKind::AllTargetSpecsJson => "all-target-specs-json",
            PrintKind::CheckCfg => "check-cfg",
            kind => PrintKind::STABLE
                .iter()
                .find(|(_, k)| *k == kind)
                .map_or("", |(name, _)| *name),
        }
    }

    /// Whether rustc needs the crate (so an input file) to answer: without one it reports
    /// `no input filename given` when it reaches this request.
    pub fn needs_input(self) -> bool {
        matches!(
            self,
            PrintKind::CrateName
                | PrintKind::FileNames
                | PrintKind::LinkArgs
                | PrintKind::NativeStaticLibs
        )
    }
}

/// One `--print KIND[=PATH]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintRequest {
    pub kind: PrintKind,
    /// The file to write to; `None` is standard output (also for `=-`).
    pub out: Option<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Compile,
    /// `--help` (`-v` for the full list), or no arguments at all.
    Help {
        verbose: bool,
    },
    /// `-C help`.
    CodegenHelp,
    /// `-W help` (any lint flag with `help`): the lint list, after the input and the target
    /// were checked, as rustc does.
    LintHelp,
    /// `-W all`: print `wall_help()`.
    WallHelp,
    /// `-V`/`--version`, `-vV` for the verbose form.
    Version {
        verbose: bool,
    },
    /// `--explain CODE`, the code as given (`E0308`, `0308` and `e0308` are all accepted by
    /// rustc; see `explain_code_number`).
    Explain(String),
}

/// A diagnostic of a rejected command line, without spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgDiag {
    pub level: Level,
    pub message: String,
    /// `= help:` and `= note:` lines under the message.
    pub children: Vec<(Level, String)>,
}

/// A command line rustc would reject. The driver prints it (`render` gives rustc's exact text,
/// `diagnostics` the same as diagnostics for the JSON emitter) and exits with status 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgError {
    /// The first error, worded as rustc words it; rendered as `error: {message}`.
    pub message: String,
    /// An error code, for the one error rustc gives a code (`--cfg` with an unterminated string).
    pub code: Option<&'static str>,
    /// `= help:`/`= note:` lines rustc prints under the message.
    pub children: Vec<(Level, String)>,
    /// Diagnostics rustc prints after the first one: further errors (each bad character of a
    /// crate name is one) or standalone `help:`/`note:` lines (after the `-Z` error).
    pub followups: Vec<ArgDiag>,
    /// rustc found this error in a session, so it ends with `error: aborting due to N previous
    /// errors`.
    pub aborting: bool,
    /// How rustc would report it: `--error-format` once that flag has been read, human before.
    pub error_format: ErrorFormat,
    pub color: ColorConfig,
}

impl ArgError {
    fn new(message: impl Into<String>) -> ArgError {
        ArgError {
            message: message.into(),
            code: None,
            children: Vec::new(),
            followups: Vec::new(),
            aborting: false,
            error_format: ErrorFormat::Human,
            color: ColorConfig::Auto,
        }
    }

    fn help(mut self, message: impl Into<String>) -> ArgError {
        self.children.push((Level::Help, message.into()));
        self
    }

    fn note(mut self, message: impl Into<String>) -> ArgError {
        self.children.push((Level::Note, message.into()));
        self
    }

    /// All diagnostics, first to last, for a `DiagCtxt`. The `aborting` summary is not among
    /// them: `DiagCtxt::print_final_summary` prints it.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let first = ArgDiag {
            level: Level::Error,
            message: self.message.clone(),
            children: self.children.clone(),
        };
        std::iter::once(&first)
            .chain(&self.followups)
            .enumerate()
            .map(|(i, d)| {
                let mut diag = Diagnostic::new(d.level, d.message.clone());
                if i == 0 {
                    diag.code = self.code;
                }
                diag.children = d
                    .children
                    .iter()
                    .map(|(level, message)| SubDiagnostic {
                        level: *level,
                        message: message.clone(),
                        spans: Vec::new(),
                    })
                    .collect();
                diag
            })
            .collect()
    }

    /// The text rustc writes to standard error for this error in the human format, without
    /// colour.
    pub fn render(&self) -> String {
        let short = self.error_format == ErrorFormat::Short;
        let first = ArgDiag {
            level: Level::Error,
            message: self.message.clone(),
            children: self.children.clone(),
        };
        let mut out = String::new();
        let mut errors = 0;
        for (i, d) in std::iter::once(&first).chain(&self.followups).enumerate() {
            if d.level == Level::Error {
                errors += 1;
            }
            let code = if i == 0 { self.code } else { None };
            out.push_str(&render_diag(
                d.level,
                code,
                &d.message,
                if short { &[] } else { &d.children },
            ));
            out.push_str(if short { "\n" } else { "\n\n" });
        }
        if self.aborting {
            let summary = match errors {
                1 => "aborting due to 1 previous error".to_string(),
                n => format!("aborting due to {n} previous errors"),
            };
            out.push_str(&render_diag(Level::Error, None, &summary, &[]));
            out.push_str(if short { "\n" } else { "\n\n" });
        }
        out
    }
}

impl std::fmt::Display for ArgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ArgError {}

/// One diagnostic as rustc's emitter lays out a span-less one: continuation lines of the message
/// are indented under its first character, children follow a `  |` line.
fn render_diag(
    level: Level,
    code: Option<&str>,
    message: &str,
    children: &[(Level, String)],
) -> String {
    let head = match code {
        Some(code) => format!("{}[{code}]: ", level.as_str()),
        None => format!("{}: ", level.as_str()),
    };
    let mut out = indent_continuations(&head, message);
    if !children.is_empty() {
        out.push_str("\n  |");
        for (level, message) in children {
            out.push('\n');
            out.push_str(&indent_continuations(
                &format!("  = {}: ", level.as_str()),
                message,
            ));
        }
    }
    out
}

fn indent_continuations(head: &str, message: &str) -> String {
    let pad = " ".repeat(head.len());
    let mut out = head.to_string();
    for (i, line) in message.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(&pad);
        }
        out.push_str(line);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The option table and getopts' rules.

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Arity {
    /// No value, at most once.
    Flag,
    /// No value, any number of times.
    FlagMulti,
    /// A value, at most once.
    Opt,
    /// A value, any number of times.
    Multi,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Shown {
    /// In `--help`.
    Short,
    /// Only in `--help -v`.
    Verbose,
    /// Never: a nightly-only option.
    Unstable,
}

struct OptGroup {
    short: &'static str,
    long: &'static str,
    arity: Arity,
    hint: &'static str,
    desc: &'static str,
    shown: Shown,
}

impl OptGroup {
    /// rustc's name for the option: the longer of the two.
    fn name(&self) -> &'static str {
        if self.long.is_empty() {
            self.short
        } else {
            self.long
        }
    }

    fn takes_value(&self) -> bool {
        matches!(self.arity, Arity::Opt | Arity::Multi)
    }
}

const fn opt(
    short: &'static str,
    long: &'static str,
    arity: Arity,
    hint: &'static str,
    desc: &'static str,
    shown: Shown,
) -> OptGroup {
    OptGroup {
        short,
        long,
        arity,
        hint,
        desc,
        shown,
    }
}

/// rustc 1.95's options, in its order.
#[rustfmt::skip]
static OPT_GROUPS: &[OptGroup] = &[
    opt("h", "help", Arity::Flag, "", "Display this message", Shown::Short),
    opt("", "cfg", Arity::Multi, "<SPEC>",
        "Configure the compilation environment.\nSPEC supports the syntax `<NAME>[=\"<VALUE>\"]`.", Shown::Short),
    opt("", "check-cfg", Arity::Multi, "<SPEC>", "Provide list of expected cfgs for checking", Shown::Short),
    opt("L", "", Arity::Multi, "[<KIND>=]<PATH>",
        "Add a directory to the library search path. The optional KIND can be one of \
         <dependency|crate|native|framework|all> (default: all).", Shown::Short),
    opt("l", "", Arity::Multi, "[<KIND>[:<MODIFIERS>]=]<NAME>[:<RENAME>]",
        "Link the generated crate(s) to the specified native\nlibrary NAME. The optional KIND can be one of\n\
         <static|framework|dylib> (default: dylib).\nOptional comma separated MODIFIERS\n\
         <bundle|verbatim|whole-archive|as-needed>\nmay be specified each with a prefix of either '+' to\n\
         enable or '-' to disable.", Shown::Short),
    opt("", "crate-type", Arity::Multi, "<bin|lib|rlib|dylib|cdylib|staticlib|proc-macro>",
        "Comma separated list of types of crates\nfor the compiler to emit", Shown::Short),
    opt("", "crate-name", Arity::Opt, "<NAME>", "Specify the name of the crate being built", Shown::Short),
    opt("", "edition", Arity::Opt, "<2015|2018|2021|2024|future>",
        "Specify which edition of the compiler to use when compiling code. The default is 2015 and \
         the latest stable edition is 2024.", Shown::Short),
    opt("", "emit", Arity::Multi, "<TYPE>[=<FILE>]",
        "Comma separated list of types of output for the compiler to emit.\n\
         Each TYPE has the default FILE name:\n\
         * asm - CRATE_NAME.s\n\
         * ast - CRATE_NAME.ast\n\
         * clif - CRATE_NAME.clif\n\
         * dep-info - CRATE_NAME.d\n\
         * expanded - CRATE_NAME.expanded.rs\n\
         * hir - CRATE_NAME.hir\n\
         * link - (platform and crate-type dependent)\n\
         * llvm-ir - CRATE_NAME.clif (Cranelift IR)\n\
         * metadata - libCRATE_NAME.rmeta\n\
         * mir - CRATE_NAME.mir\n\
         * obj - CRATE_NAME.o\n\
         * tokens - CRATE_NAME.tokens", Shown::Short),
    opt("", "print", Arity::Multi, "<INFO>[=<FILE>]",
        "Compiler information to print on stdout (or to a file)\nINFO may be one of\n\
         <all-target-specs-json|backend-has-zstd|calling-conventions|cfg|check-cfg|code-models|\
         crate-name|crate-root-lint-levels|deployment-target|file-names|host-tuple|link-args|\
         native-static-libs|relocation-models|split-debuginfo|stack-protector-strategies|\
         supported-crate-types|sysroot|target-cpus|target-features|target-libdir|target-list|\
         target-spec-json|target-spec-json-schema|tls-models>.", Shown::Short),
    opt("g", "", Arity::FlagMulti, "", "Equivalent to -C debuginfo=2", Shown::Short),
    opt("O", "", Arity::FlagMulti, "", "Equivalent to -C opt-level=3", Shown::Short),
    opt("o", "", Arity::Opt, "<FILENAME>", "Write output to FILENAME", Shown::Short),
    opt("", "out-dir", Arity::Opt, "<DIR>", "Write output to compiler-chosen filename in DIR", Shown::Short),
    opt("", "explain", Arity::Opt, "<OPT>", "Provide a detailed explanation of an error message", Shown::Short),
    opt("", "test", Arity::Flag, "", "Build a test harness", Shown::Short),
    opt("", "target", Arity::Opt, "<TARGET>", "Target tuple for which the code is compiled", Shown::Short),
    opt("A", "allow", Arity::Multi, "<LINT>", "Set lint allowed", Shown::Short),
    opt("W", "warn", Arity::Multi, "<LINT>", "Set lint warnings", Shown::Short),
    opt("", "force-warn", Arity::Multi, "<LINT>", "Set lint force-warn", Shown::Short),
    opt("D", "deny", Arity::Multi, "<LINT>", "Set lint denied", Shown::Short),
    opt("F", "forbid", Arity::Multi, "<LINT>", "Set lint forbidden", Shown::Short),
    opt("", "cap-lints", Arity::Multi, "<LEVEL>",
        "Set the most restrictive lint level. More restrictive lints are capped at this level", Shown::Short),
    opt("C", "codegen", Arity::Multi, "<OPT>[=<VALUE>]", "Set a codegen option", Shown::Short),
    opt("V", "version", Arity::Flag, "", "Print version info and exit", Shown::Short),
    opt("v", "verbose", Arity::Flag, "", "Use verbose output", Shown::Short),
    opt("", "extern", Arity::Multi, "<NAME>[=<PATH>]", "Specify where an external rust library is located", Shown::Verbose),
    opt("", "sysroot", Arity::Opt, "<PATH>", "Override the system root", Shown::Verbose),
    opt("", "error-format", Arity::Opt, "<human|json|short>", "How errors and other messages are produced", Shown::Verbose),
    opt("", "json", Arity::Multi, "<CONFIG>", "Configure the JSON output of the compiler", Shown::Verbose),
    opt("", "color", Arity::Opt, "<auto|always|never>",
        "Configure coloring of output:\n* auto = colorize, if output goes to a tty (default);\n\
         * always = always colorize output;\n* never = never colorize output", Shown::Verbose),
    opt("", "diagnostic-width", Arity::Opt, "<WIDTH>",
        "Inform smelt of the width of the output so that diagnostics can be truncated to fit", Shown::Verbose),
    opt("", "remap-path-prefix", Arity::Multi, "<FROM>=<TO>",
        "Remap source names in all output (compiler messages and output files)", Shown::Verbose),
    opt("", "remap-path-scope", Arity::Opt, "<macro,diagnostics,debuginfo,coverage,object,all>",
        "Defines which scopes of paths should be remapped by `--remap-path-prefix`", Shown::Verbose),
    opt("Z", "", Arity::Multi, "<FLAG>", "Set unstable / perma-unstable options", Shown::Unstable),
    opt("", "env-set", Arity::Multi, "<VAR>=<VALUE>", "Inject an environment variable", Shown::Unstable),
];

/// getopts' `Fail`, with its wording.
enum Fail {
    ArgumentMissing(String),
    UnrecognizedOption(String),
    OptionDuplicated(String),
    UnexpectedArgument(String),
}

impl std::fmt::Display for Fail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fail::ArgumentMissing(nm) => write!(f, "Argument to option '{nm}' missing"),
            Fail::UnrecognizedOption(nm) => write!(f, "Unrecognized option: '{nm}'"),
            Fail::OptionDuplicated(nm) => write!(f, "Option '{nm}' given more than once"),
            Fail::UnexpectedArgument(nm) => write!(f, "Option '{nm}' does not take an argument"),
        }
    }
}

/// The options found, with their positions (the index of the argument they came from).
struct Matches {
    /// (index into `OPT_GROUPS`, value, position)
    found: Vec<(usize, Option<String>, usize)>,
    free: Vec<String>,
}

impl Matches {
    fn present(&self, name: &str) -> bool {
        self.found
            .iter()
            .any(|(g, _, _)| OPT_GROUPS[*g].name() == name)
    }

    fn positions(&self, name: &str) -> Vec<usize> {
        self.found
            .iter()
            .filter(|(g, _, _)| OPT_GROUPS[*g].name() == name)
            .map(|(_, _, pos)| *pos)
            .collect()
    }

    /// Every value of `name`, with positions.
    fn strs_pos(&self, name: &str) -> Vec<(usize, String)> {
        self.found
            .iter()
            .filter(|(g, _, _)| OPT_GROUPS[*g].name() == name)
            .filter_map(|(_, v, pos)| v.clone().map(|v| (*pos, v)))
            .collect()
    }

    fn strs(&self, name: &str) -> Vec<String> {
        self.strs_pos(name).into_iter().map(|(_, v)| v).collect()
    }

    /// The first value, as getopts' `opt_str` returns it.
    fn str(&self, name: &str) -> Option<String> {
        self.strs(name).into_iter().next()
    }
}

fn find_short(c: char) -> Option<usize> {
    OPT_GROUPS
        .iter()
        .position(|g| g.short.chars().eq(std::iter::once(c)))
}

fn find_long(name: &str) -> Option<usize> {
    OPT_GROUPS
        .iter()
        .position(|g| !g.long.is_empty() && g.long == name)
}

/// getopts 0.2's parser, with its floating free arguments, `--`, clusters of short flags and a
/// short option's value glued on (`-Copt-level=2`, `-L/usr/lib`).
fn getopts(args: &[String]) -> Result<Matches, Fail> {
    let mut found = Vec::new();
    let mut free = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let cur = &args[i];
        if cur.len() < 2 || !cur.starts_with('-') {
            free.push(cur.clone());
        } else if cur == "--" {
            free.extend(args[i + 1..].iter().cloned());
            break;
        } else {
            // (group, the name as written, value glued to the argument)
            let mut names: Vec<(usize, String)> = Vec::new();
            let mut glued: Option<String> = None;
            if let Some(tail) = cur.strip_prefix("--") {
                let (name, value) = match tail.split_once('=') {
                    Some((name, value)) => (name, Some(value.to_string())),
                    None => (tail, None),
                };
                let Some(g) = find_long(name) else {
                    return Err(Fail::UnrecognizedOption(name.to_string()));
                };
                names.push((g, name.to_string()));
                glued = value;
            } else {
                let tail = &cur[1..];
                for (j, c) in tail.char_indices() {
                    let Some(g) = find_short(c) else {
                        return Err(Fail::UnrecognizedOption(c.to_string()));
                    };
                    names.push((g, c.to_string()));
                    let next = j + c.len_utf8();
                    if OPT_GROUPS[g].takes_value() && next < tail.len() {
                        glued = Some(tail[next..].to_string());
                        break;
                    }
                }
            }
            let count = names.len();
            for (k, (g, written)) in names.into_iter().enumerate() {
                if OPT_GROUPS[g].takes_value() {
                    if let Some(value) = glued.take() {
                        found.push((g, Some(value), i));
                    } else if i + 1 == args.len() {
                        return Err(Fail::ArgumentMissing(written));
                    } else {
                        i += 1;
                        found.push((g, Some(args[i].clone()), i - 1));
                    }
                } else {
                    if k + 1 == count && glued.is_some() {
                        return Err(Fail::UnexpectedArgument(written));
                    }
                    found.push((g, None, i));
                }
            }
        }
        i += 1;
    }
    for (g, group) in OPT_GROUPS.iter().enumerate() {
        let once = matches!(group.arity, Arity::Flag | Arity::Opt);
        if once && found.iter().filter(|(f, _, _)| *f == g).count() > 1 {
            return Err(Fail::OptionDuplicated(group.name().to_string()));
        }
    }
    Ok(Matches { found, free })
}

/// getopts' layout of one option: the flags in a 24-column field, then the description wrapped
/// at 54 columns, continuation lines indented by 24.
fn format_option(g: &OptGroup, any_short: bool) -> String {
    let mut row = "    ".to_string();
    if g.short.is_empty() {
        if any_short {
            row.push_str("    ");
        }
    } else {
        row.push('-');
        row.push_str(g.short);
        row.push_str(if g.long.is_empty() { " " } else { ", " });
    }
    if !g.long.is_empty() {
        row.push_str("--");
        row.push_str(g.long);
        row.push(' ');
    }
    row.push_str(g.hint);
    let len = row.chars().count();
    let desc_sep = format!("\n{}", " ".repeat(24));
    if len < 24 {
        row.push_str(&" ".repeat(24 - len));
    } else {
        row.push_str(&desc_sep);
    }
    row.push_str(&split_within(g.desc, 54).join(&desc_sep));
    row
}

/// getopts' `each_split_within`: each line of `desc` on its own, words re-flowed to `limit`.
fn split_within(desc: &str, limit: usize) -> Vec<String> {
    let mut rows = Vec::new();
    for line in desc.trim().lines() {
        let mut row = String::new();
        for word in line.split_whitespace() {
            let width = row.chars().count() + word.chars().count() + usize::from(!row.is_empty());
            if width <= limit {
                if !row.is_empty() {
                    row.push(' ');
                }
                row.push_str(word);
                continue;
            }
            if !row.is_empty() {
                rows.push(std::mem::take(&mut row));
            }
            row.push_str(word);
        }
        if !row.is_empty() {
            rows.push(row);
        }
    }
    rows
}

/// The `--help` text, laid out like rustc's; print it with `print!`.
pub fn usage(verbose: bool) -> String {
    let groups: Vec<&OptGroup> = OPT_GROUPS
        .iter()
        .filter(|g| match g.shown {
            Shown::Short => true,
            Shown::Verbose => verbose,
            Shown::Unstable => false,
        })
        .collect();
    let any_short = groups.iter().any(|g| !g.short.is_empty());
    let rows: Vec<String> = groups.iter().map(|g| format_option(g, any_short)).collect();
    let mut out = format!(
        "Usage: {BIN} [OPTIONS] INPUT\n\nOptions:\n{}\n",
        rows.join("\n")
    );
    if verbose {
        out.push_str("    @path               Read newline separated options from `path`\n");
    }
    out.push_str("\nAdditional help:\n");
    out.push_str("    -C help             Print codegen options\n");
    out.push_str("    -W help             Print 'lint' options and default settings\n");
    if !verbose {
        out.push_str(&format!(
            "    --help -v           Print the full set of options {BIN} accepts\n"
        ));
    }
    out.push('\n');
    out
}

/// The `-C help` text; print it with `print!`.
pub fn codegen_help() -> String {
    let width = CG_OPTIONS.iter().map(|o| o.name.len()).max().unwrap_or(0);
    let mut out = String::from("\nAvailable codegen options:\n\n");
    for o in CG_OPTIONS {
        out.push_str(&format!("    -C {:>width$}=val -- {}\n", o.name, o.desc));
    }
    out
}

/// What rustc prints for `-W all`; print it with `print!`.
pub fn wall_help() -> String {
    format!(
        "\nThe flag `-Wall` does not exist in `{BIN}`. Most useful lints are enabled by\n\
         default. Use `{BIN} -W help` to see all available lints. It's more common to put\n\
         warning settings in the crate root using `#![warn(LINT_NAME)]` instead of using\n\
         the command line flag directly.\n\n"
    )
}

/// `-V` (`smelt 0.1.0 (unknown)`) and `-vV`, whose `host:` and `release:` lines cargo reads.
pub fn version_string(verbose: bool) -> String {
    let release = env!("CARGO_PKG_VERSION");
    let commit_hash = option_env!("SMELT_COMMIT_HASH").unwrap_or("unknown");
    let commit_date = option_env!("SMELT_COMMIT_DATE").unwrap_or("unknown");
    let short = if commit_hash == "unknown" {
        "unknown".to_string()
    } else {
        format!("{} {commit_date}", &commit_hash[..commit_hash.len().min(9)])
    };
    let mut out = format!("{BIN} {release} ({short})\n");
    if verbose {
        out.push_str(&format!("binary: {BIN}\n"));
        out.push_str(&format!("commit-hash: {commit_hash}\n"));
        out.push_str(&format!("commit-date: {commit_date}\n"));
        out.push_str(&format!("host: {}\n", Target::host().triple));
        out.push_str(&format!("release: {release}\n"));
    }
    out
}

/// The number `--explain` looks up: rustc accepts `E0308`, `e0308` and `0308`. `None` means
/// rustc's `{code} is not a valid error code`.
pub fn explain_code_number(code: &str) -> Option<u32> {
    let upper = code.to_ascii_uppercase();
    upper
        .strip_prefix('E')
        .unwrap_or(&upper)
        .parse()
        .ok()
        .filter(|&n| n <= 9999)
}

// ---------------------------------------------------------------------------------------------
// `-C` options.

/// How a `-C` value is read; each has the phrase rustc's errors use for it.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum CgKind {
    /// A removed option: a warning, the value ignored.
    Deprecated,
    NoValue,
    Bool,
    OptBool,
    String,
    Path,
    List,
    CommaList,
    Number,
    DebugInfo,
    Panic,
    Strip,
    RelocModel,
    CodeModel,
    SplitDebuginfo,
    Lto,
    FramePointer,
    InstrumentCoverage,
    CfGuard,
    Collapse,
    RelroLevel,
    LinkSelfContained,
    LinkerFeatures,
    LinkerFlavor,
    LinkerPluginLto,
    OptPath,
    Passes,
    SymbolMangling,
}

impl CgKind {
    fn desc(self) -> &'static str {
        match self {
            CgKind::Deprecated => "<ignored>",
            CgKind::NoValue => "no value",
            CgKind::Bool | CgKind::OptBool | CgKind::InstrumentCoverage => {
                "one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false`"
            }
            CgKind::String => "a string",
            CgKind::Path => "a path",
            CgKind::List => "a space-separated list of strings",
            CgKind::CommaList => "a comma-separated list of strings",
            CgKind::Number => "a number",
            CgKind::DebugInfo => {
                "either an integer (0, 1, 2), `none`, `line-directives-only`, `line-tables-only`, `limited`, or `full`"
            }
            CgKind::Panic => "either `unwind`, `abort`, or `immediate-abort`",
            CgKind::Strip => "either `none`, `debuginfo`, or `symbols`",
            CgKind::RelocModel => "one of supported relocation models (`rustc --print relocation-models`)",
            CgKind::CodeModel => "one of supported code models (`rustc --print code-models`)",
            CgKind::SplitDebuginfo => "one of supported split-debuginfo modes (`off`, `packed`, or `unpacked`)",
            CgKind::Lto => "either a boolean (`yes`, `no`, `on`, `off`, etc), `thin`, `fat`, or omitted",
            CgKind::FramePointer => {
                "one of `true`/`yes`/`on`, `false`/`no`/`off`, or (with -Zunstable-options) `non-leaf` or `always`"
            }
            CgKind::CfGuard => "either a boolean (`yes`, `no`, `on`, `off`, etc), `checks`, or `nochecks`",
            CgKind::Collapse => "one of `no`, `external`, or `yes`",
            CgKind::RelroLevel => "one of: `full`, `partial`, or `off`",
            CgKind::LinkSelfContained => {
                "one of: `y`, `yes`, `on`, `n`, `no`, `off`, or a list of enabled (`+` prefix) and disabled \
                 (`-` prefix) components: `crto`, `libc`, `unwind`, `linker`, `sanitizers`, `mingw`"
            }
            CgKind::LinkerFeatures => "a list of enabled (`+` prefix) and disabled (`-` prefix) features: `lld`",
            CgKind::LinkerFlavor => {
                "one of: gnu gnu-lld gnu-cc gnu-lld-cc darwin darwin-lld darwin-cc darwin-lld-cc wasm-lld \
                 wasm-lld-cc unix unix-cc msvc-lld msvc em-cc bpf llbc ptx gcc ld ld.lld ld64.lld lld-link \
                 wasm-ld em "
            }
            CgKind::LinkerPluginLto => {
                "either a boolean (`yes`, `no`, `on`, `off`, etc), or the path to the linker plugin"
            }
            CgKind::OptPath => "an optional path to the profiling data output directory",
            CgKind::Passes => "a space-separated list of passes, or `all`",
            CgKind::SymbolMangling => "one of: `legacy`, `v0` (RFC 2603), or `hashed`",
        }
    }
}

struct CgOption {
    name: &'static str,
    kind: CgKind,
    desc: &'static str,
}

const fn cg(name: &'static str, kind: CgKind, desc: &'static str) -> CgOption {
    CgOption { name, kind, desc }
}

/// rustc 1.95's `-C` options with their `-C help` descriptions.
#[rustfmt::skip]
static CG_OPTIONS: &[CgOption] = &[
    cg("ar", CgKind::Deprecated, "this option is deprecated and does nothing"),
    cg("code-model", CgKind::CodeModel, "choose the code model to use (`smelt --print code-models` for details)"),
    cg("codegen-units", CgKind::Number, "divide crate into N units to optimize in parallel"),
    cg("collapse-macro-debuginfo", CgKind::Collapse, "set option to collapse debuginfo for macros"),
    cg("control-flow-guard", CgKind::CfGuard, "use Windows Control Flow Guard (default: no)"),
    cg("debug-assertions", CgKind::OptBool, "explicitly enable the `cfg(debug_assertions)` directive"),
    cg("debuginfo", CgKind::DebugInfo, "debug info emission level (0-2, none, line-directives-only, line-tables-only, limited, or full; default: 0)"),
    cg("default-linker-libraries", CgKind::Bool, "allow the linker to link its default libraries (default: no)"),
    cg("dlltool", CgKind::Path, "import library generation tool (ignored except when targeting windows-gnu)"),
    cg("dwarf-version", CgKind::Number, "version of DWARF debug information to emit (default: 2 or 4, depending on platform)"),
    cg("embed-bitcode", CgKind::Bool, "emit bitcode in rlibs (default: yes)"),
    cg("extra-filename", CgKind::String, "extra data to put in each output filename"),
    cg("force-frame-pointers", CgKind::FramePointer, "force use of the frame pointers"),
    cg("force-unwind-tables", CgKind::OptBool, "force use of unwind tables"),
    cg("help", CgKind::NoValue, "Print codegen options"),
    cg("incremental", CgKind::String, "enable incremental compilation"),
    cg("inline-threshold", CgKind::Deprecated, "this option is deprecated and does nothing (consider using `-Cllvm-args=--inline-threshold=...`)"),
    cg("instrument-coverage", CgKind::InstrumentCoverage, "instrument the generated code to support LLVM source-based code coverage reports (note, the compiler build config must include `profiler = true`); implies `-C symbol-mangling-version=v0`"),
    cg("jump-tables", CgKind::Bool, "allow jump table and lookup table generation from switch case lowering (default: yes)"),
    cg("link-arg", CgKind::String, "a single extra argument to append to the linker invocation (can be used several times)"),
    cg("link-args", CgKind::List, "extra arguments to append to the linker invocation (space separated)"),
    cg("link-dead-code", CgKind::OptBool, "try to generate and link dead code (default: no)"),
    cg("link-self-contained", CgKind::LinkSelfContained, "control whether to link Rust provided C objects/libraries or rely on a C toolchain or linker installed in the system"),
    cg("linker", CgKind::Path, "system linker to link outputs with"),
    cg("linker-features", CgKind::LinkerFeatures, "a comma-separated list of linker features to enable (+) or disable (-): `lld`"),
    cg("linker-flavor", CgKind::LinkerFlavor, "linker flavor"),
    cg("linker-plugin-lto", CgKind::LinkerPluginLto, "generate build artifacts that are compatible with linker-based LTO"),
    cg("llvm-args", CgKind::List, "a list of arguments to pass to LLVM (space separated)"),
    cg("lto", CgKind::Lto, "perform LLVM link-time optimizations"),
    cg("metadata", CgKind::List, "metadata to mangle symbol names with"),
    cg("no-prepopulate-passes", CgKind::NoValue, "give an empty list of passes to the pass manager"),
    cg("no-redzone", CgKind::OptBool, "disable the use of the redzone"),
    cg("no-stack-check", CgKind::Deprecated, "this option is deprecated and does nothing"),
    cg("no-vectorize-loops", CgKind::NoValue, "disable loop vectorization optimization passes"),
    cg("no-vectorize-slp", CgKind::NoValue, "disable LLVM's SLP vectorization pass"),
    cg("opt-level", CgKind::String, "optimization level (0-3, s, or z; default: 0)"),
    cg("overflow-checks", CgKind::OptBool, "use overflow checks for integer arithmetic"),
    cg("panic", CgKind::Panic, "panic strategy to compile crate with"),
    cg("passes", CgKind::List, "a list of extra LLVM passes to run (space separated)"),
    cg("prefer-dynamic", CgKind::Bool, "prefer dynamic linking to static linking (default: no)"),
    cg("profile-generate", CgKind::OptPath, "compile the program with profiling instrumentation"),
    cg("profile-use", CgKind::Path, "use the given `.profdata` file for profile-guided optimization"),
    cg("relocation-model", CgKind::RelocModel, "control generation of position-independent code (PIC) (`smelt --print relocation-models` for details)"),
    cg("relro-level", CgKind::RelroLevel, "choose which RELRO level to use"),
    cg("remark", CgKind::Passes, "output remarks for these optimization passes (space separated, or \"all\")"),
    cg("rpath", CgKind::Bool, "set rpath values in libs/exes (default: no)"),
    cg("save-temps", CgKind::Bool, "save all temporary output files during compilation (default: no)"),
    cg("soft-float", CgKind::Bool, "deprecated option: use soft float ABI (*eabihf targets only) (default: no)"),
    cg("split-debuginfo", CgKind::SplitDebuginfo, "how to handle split-debuginfo, a platform-specific option"),
    cg("strip", CgKind::Strip, "tell the linker which information to strip (`none` (default), `debuginfo` or `symbols`)"),
    cg("symbol-mangling-version", CgKind::SymbolMangling, "which mangling version to use for symbol names ('legacy' (default), 'v0', or 'hashed')"),
    cg("target-cpu", CgKind::String, "select target processor (`smelt --print target-cpus` for details)"),
    cg("target-feature", CgKind::String, "target specific attributes. (`smelt --print target-features` for details). This feature is unsafe."),
    cg("unsafe-allow-abi-mismatch", CgKind::CommaList, "Allow incompatible target modifiers in dependency crates (comma separated list)"),
];

/// rustc 1.95's `-Z` option names, for `Unrecognized option: 'unpretty'. Did you mean `-Z unpretty`?`.
const Z_OPTION_NAMES: &str = "
    allow-features always-encode-mir annotate-moves assert-incr-state assume-incomplete-release
    autodiff binary-dep-depinfo box-noalias branch-protection build-sdylib-interface
    cache-proc-macros cf-protection check-cfg-all-expected checksum-hash-algorithm
    codegen-backend codegen-source-order contract-checks coverage-options crate-attr
    cross-crate-inline-threshold debug-info-for-profiling debug-info-type-line-numbers
    debuginfo-compression deduplicate-diagnostics default-visibility deny-partial-mitigations
    dep-info-omit-d-target direct-access-external-data dual-proc-macros dump-dep-graph
    dump-mir dump-mir-dataflow dump-mir-dir dump-mir-exclude-alloc-bytes
    dump-mir-exclude-pass-number dump-mir-graphviz dump-mono-stats dump-mono-stats-format
    dwarf-version dylib-lto eagerly-emit-delayed-bugs ehcont-guard embed-metadata
    embed-source emit-stack-sizes emit-thin-lto emit-thin-lto-summary
    emscripten-wasm-eh enforce-type-length-limit experimental-default-bounds export-executable-symbols
    external-clangrt extra-const-ub-checks fewer-names fixed-x18 flatten-format-args
    fmt-debug force-unstable-if-unmarked function-return function-sections future-incompat-test
    graphviz-dark-mode graphviz-font has-thread-local help higher-ranked-assumptions
    hint-mostly-unused human-readable-cgu-names identify-regions ignore-directory-in-diagnostics-source-blocks
    incremental-ignore-spans incremental-info incremental-verify-ich indirect-branch-cs-prefix
    inline-llvm inline-mir inline-mir-forwarder-threshold inline-mir-hint-threshold
    inline-mir-preserve-debug inline-mir-threshold inline-stack input-stats instrument-mcount
    instrument-xray large-data-threshold layout-seed link-directives link-native-libraries
    link-only lint-llvm-ir lint-mir llvm-module-flag llvm-plugins llvm-time-trace
    location-detail ls macro-backtrace macro-stats maximal-hir-to-mir-coverage merge-functions
    meta-stats metrics-dir min-function-alignment min-recursion-limit mir-emit-retag
    mir-enable-passes mir-include-spans mir-opt-bisect-limit mir-opt-level mir-preserve-ub
    mir-strip-debuginfo move-size-limit mutable-noalias namespaced-crates next-solver
    nll-facts nll-facts-dir no-analysis no-codegen no-generate-arange-section no-implied-bounds-compat
    no-leak-check no-link no-parallel-backend no-profiler-runtime no-steal-thir no-trait-vptr
    no-unique-section-names normalize-docs offload on-broken-pipe osx-rpath-install-name
    packed-bundled-libs packed-stack panic-abort-tests panic-in-drop parse-crate-root-only
    patchable-function-entry plt polonius pre-link-arg pre-link-args precise-enum-drop-elaboration
    print-codegen-stats print-llvm-passes print-mono-items print-type-sizes proc-macro-backtrace
    proc-macro-execution-strategy profile-closures profile-sample-accurate profile-sample-use
    profiler-runtime query-dep-graph randomize-layout reg-struct-return regparm relax-elf-relocations
    remap-cwd-prefix remark-dir retpoline retpoline-external-thunk sanitizer sanitizer-cfi-canonical-jump-tables
    sanitizer-cfi-generalize-pointers sanitizer-cfi-normalize-integers sanitizer-dataflow-abilist
    sanitizer-kcfi-arity sanitizer-memory-track-origins sanitizer-recover saturating-float-casts
    self-profile self-profile-counter self-profile-events share-generics shell-argfiles
    simulate-remapped-rust-src-base small-data-threshold span-debug span-free-formats
    split-dwarf-inlining split-dwarf-kind split-dwarf-out-dir split-lto-unit src-hash-algorithm
    stack-protector staticlib-allow-rdylib-deps staticlib-prefer-dynamic strict-init-checks
    teach temps-dir terminal-urls thinlto threads time-llvm-passes time-passes time-passes-format
    tiny-const-eval-limit tls-model trace-macros track-diagnostics translate-remapped-path-to-local-path
    trap-unreachable treat-err-as-bug trim-diagnostic-paths tune-cpu typing-mode-borrowck
    ub-checks ui-testing uninit-const-chunk-threshold unleash-the-miri-inside-of-you unpretty
    unsound-mir-opts unstable-options use-ctors-section use-sync-unwind validate-mir verbose-asm
    verbose-internals verify-llvm-ir virtual-function-elimination wasi-exec-model wasm-c-abi
    write-long-types-to-disk
";

fn parse_bool_value(value: Option<&str>) -> Option<bool> {
    match value {
        None | Some("y" | "yes" | "on" | "true") => Some(true),
        Some("n" | "no" | "off" | "false") => Some(false),
        _ => None,
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Lto {
    Unspecified,
    No,
    Yes,
}

/// The `-C` options as read, before they are combined with the other flags.
struct Cg {
    opt_level: String,
    codegen_units: Option<usize>,
    debug_assertions: Option<bool>,
    overflow_checks: Option<bool>,
    debuginfo: DebugInfo,
    panic: Option<PanicStrategy>,
    immediate_abort: bool,
    strip: Strip,
    linker: Option<PathBuf>,
    link_args: Vec<String>,
    incremental: Option<String>,
    metadata: Vec<String>,
    extra_filename: String,
    embed_bitcode: bool,
    lto: Lto,
    target_cpu: Option<String>,
    target_feature: String,
    prefer_dynamic: bool,
    rpath: bool,
    relocation_model: Option<RelocModel>,
    code_model: Option<String>,
    /// `Some(true)` for `always`, `Some(false)` for `non-leaf`.
    frame_pointers: Option<bool>,
    split_debuginfo: Option<SplitDebuginfo>,
    linker_flavor: Option<String>,
    link_dead_code: Option<bool>,
    save_temps: bool,
    instrument_coverage: bool,
    profile_generate: bool,
    profile_use: bool,
    dwarf_version: Option<u32>,
    symbol_mangling: Option<&'static str>,
    unstable_self_contained: bool,
    linker_features_lld: Option<String>,
    remark: bool,
    soft_float: bool,
    help: bool,
}

impl Default for Cg {
    fn default() -> Cg {
        Cg {
            opt_level: "0".to_string(),
            codegen_units: None,
            debug_assertions: None,
            overflow_checks: None,
            debuginfo: DebugInfo::None,
            panic: None,
            immediate_abort: false,
            strip: Strip::None,
            linker: None,
            link_args: Vec::new(),
            incremental: None,
            metadata: Vec::new(),
            extra_filename: String::new(),
            embed_bitcode: true,
            lto: Lto::Unspecified,
            target_cpu: None,
            target_feature: String::new(),
            prefer_dynamic: false,
            rpath: false,
            relocation_model: None,
            code_model: None,
            frame_pointers: None,
            split_debuginfo: None,
            linker_flavor: None,
            link_dead_code: None,
            save_temps: false,
            instrument_coverage: false,
            profile_generate: false,
            profile_use: false,
            dwarf_version: None,
            symbol_mangling: None,
            unstable_self_contained: false,
            linker_features_lld: None,
            remark: false,
            soft_float: false,
            help: false,
        }
    }
}

const LINKER_FLAVORS: &[&str] = &[
    "gnu",
    "gnu-lld",
    "gnu-cc",
    "gnu-lld-cc",
    "darwin",
    "darwin-lld",
    "darwin-cc",
    "darwin-lld-cc",
    "wasm-lld",
    "wasm-lld-cc",
    "unix",
    "unix-cc",
    "msvc-lld",
    "msvc",
    "em-cc",
    "bpf",
    "llbc",
    "ptx",
    "gcc",
    "ld",
    "ld.lld",
    "ld64.lld",
    "lld-link",
    "wasm-ld",
    "em",
];

/// The flavors stable rustc accepts (the others need `-Z unstable-options`).
const STABLE_LINKER_FLAVORS: &[&str] = &[
    "gcc", "ld", "ld.lld", "ld64.lld", "lld-link", "wasm-ld", "msvc", "em",
];

/// The flavors that can link for a Linux target.
const LINUX_LINKER_FLAVORS: &[&str] = &[
    "gnu",
    "gnu-lld",
    "gnu-cc",
    "gnu-lld-cc",
    "gcc",
    "ld",
    "ld.lld",
];

/// Applies one `-C name=value`; `false` when the value is not one the option takes.
fn set_cg(cg: &mut Cg, name: &str, kind: CgKind, value: Option<&str>) -> bool {
    let some_str = || value.map(str::to_string);
    match kind {
        CgKind::Deprecated => return true,
        CgKind::NoValue => {
            if value.is_some() {
                return false;
            }
            if name == "help" {
                cg.help = true;
            }
        }
        CgKind::Bool => {
            let Some(b) = parse_bool_value(value) else {
                return false;
            };
            match name {
                "embed-bitcode" => cg.embed_bitcode = b,
                "prefer-dynamic" => cg.prefer_dynamic = b,
                "rpath" => cg.rpath = b,
                "save-temps" => cg.save_temps = b,
                "soft-float" => cg.soft_float = true,
                _ => {}
            }
        }
        CgKind::OptBool => {
            let Some(b) = parse_bool_value(value) else {
                return false;
            };
            match name {
                "debug-assertions" => cg.debug_assertions = Some(b),
                "overflow-checks" => cg.overflow_checks = Some(b),
                "link-dead-code" => cg.link_dead_code = Some(b),
                _ => {}
            }
        }
        CgKind::String => {
            let Some(s) = some_str() else { return false };
            match name {
                "opt-level" => cg.opt_level = s,
                "extra-filename" => cg.extra_filename = s,
                "incremental" => cg.incremental = Some(s),
                "link-arg" => cg.link_args.push(s),
                "target-cpu" => cg.target_cpu = Some(s),
                "target-feature" => {
                    if !cg.target_feature.is_empty() {
                        cg.target_feature.push(',');
                    }
                    cg.target_feature.push_str(&s);
                }
                _ => {}
            }
        }
        CgKind::Path => {
            let Some(s) = some_str() else { return false };
            match name {
                "linker" => cg.linker = Some(PathBuf::from(s)),
                "profile-use" => cg.profile_use = true,
                _ => {}
            }
        }
        CgKind::List => {
            let Some(s) = value else { return false };
            let words = s.split_whitespace().map(str::to_string);
            match name {
                "link-args" => cg.link_args.extend(words),
                "metadata" => cg.metadata.extend(words),
                _ => {}
            }
        }
        CgKind::CommaList => {
            if value.is_none() {
                return false;
            }
        }
        CgKind::Number => {
            let Some(s) = value else { return false };
            match name {
                "codegen-units" => match s.parse() {
                    Ok(n) => cg.codegen_units = Some(n),
                    Err(_) => return false,
                },
                "dwarf-version" => match s.parse() {
                    Ok(n) => cg.dwarf_version = Some(n),
                    Err(_) => return false,
                },
                _ => {}
            }
        }
        CgKind::DebugInfo => {
            cg.debuginfo = match value {
                Some("0" | "none") => DebugInfo::None,
                Some("line-directives-only" | "line-tables-only") => DebugInfo::LineTablesOnly,
                Some("1" | "limited") => DebugInfo::Limited,
                Some("2" | "full") => DebugInfo::Full,
                _ => return false,
            }
        }
        CgKind::Panic => match value {
            Some("unwind") => cg.panic = Some(PanicStrategy::Unwind),
            Some("abort") => cg.panic = Some(PanicStrategy::Abort),
            Some("immediate-abort") => cg.immediate_abort = true,
            _ => return false,
        },
        CgKind::Strip => {
            cg.strip = match value {
                Some("none") => Strip::None,
                Some("debuginfo") => Strip::Debuginfo,
                Some("symbols") => Strip::Symbols,
                _ => return false,
            }
        }
        CgKind::RelocModel => match value {
            Some("default") => cg.relocation_model = None,
            Some(s) => match RelocModel::parse(s) {
                Some(m) => cg.relocation_model = Some(m),
                None => return false,
            },
            None => return false,
        },
        CgKind::CodeModel => match value {
            Some(s @ ("tiny" | "small" | "kernel" | "medium" | "large")) => {
                cg.code_model = Some(s.to_string())
            }
            _ => return false,
        },
        CgKind::SplitDebuginfo => match value.and_then(SplitDebuginfo::parse) {
            Some(s) => cg.split_debuginfo = Some(s),
            None => return false,
        },
        CgKind::Lto => {
            cg.lto = match value {
                Some("thin" | "fat") | None => Lto::Yes,
                v => match parse_bool_value(v) {
                    Some(true) => Lto::Yes,
                    Some(false) => Lto::No,
                    None => return false,
                },
            }
        }
        CgKind::FramePointer => {
            // rustc only ever raises the setting: a later `=no` does not undo `=yes`.
            let level = match value {
                Some("always") => Some(true),
                Some("non-leaf") => Some(false),
                v => match parse_bool_value(v) {
                    Some(true) => Some(true),
                    Some(false) => None,
                    None => return false,
                },
            };
            cg.frame_pointers = match (cg.frame_pointers, level) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), _) | (_, Some(false)) => Some(false),
                (None, None) => None,
            };
        }
        CgKind::InstrumentCoverage => {
            cg.instrument_coverage = match value {
                Some("all") => true,
                Some("0") => false,
                v => match parse_bool_value(v) {
                    Some(b) => b,
                    None => return false,
                },
            }
        }
        CgKind::CfGuard => {
            if !matches!(value, Some("checks" | "nochecks")) && parse_bool_value(value).is_none() {
                return false;
            }
        }
        CgKind::Collapse => {
            if value.is_none() || (value != Some("external") && parse_bool_value(value).is_none()) {
                return false;
            }
        }
        CgKind::RelroLevel => {
            if !matches!(value, Some("full" | "partial" | "off")) {
                return false;
            }
        }
        CgKind::LinkSelfContained => match value.unwrap_or("y") {
            "y" | "yes" | "on" | "n" | "no" | "off" => {}
            list => {
                for component in list.split(',') {
                    let Some(name) = component.strip_prefix(['+', '-']) else {
                        return false;
                    };
                    if !matches!(
                        name,
                        "crto" | "libc" | "unwind" | "linker" | "sanitizers" | "mingw"
                    ) {
                        return false;
                    }
                    if component != "-linker" {
                        cg.unstable_self_contained = true;
                    }
                }
            }
        },
        CgKind::LinkerFeatures => {
            let Some(list) = value else { return false };
            for feature in list.split(',') {
                if !matches!(feature, "+lld" | "-lld") {
                    return false;
                }
                if feature == "+lld" {
                    cg.linker_features_lld = Some(list.to_string());
                }
            }
        }
        CgKind::LinkerFlavor => match value {
            Some(f) if LINKER_FLAVORS.contains(&f) => cg.linker_flavor = Some(f.to_string()),
            _ => return false,
        },
        CgKind::LinkerPluginLto => {}
        CgKind::OptPath => cg.profile_generate = true,
        CgKind::Passes => {
            let Some(v) = value else { return false };
            if name == "remark" {
                cg.remark = v == "all" || v.split_whitespace().next().is_some();
            }
        }
        CgKind::SymbolMangling => {
            cg.symbol_mangling = match value {
                Some("legacy") => Some("legacy"),
                Some("v0") => Some("v0"),
                Some("hashed") => Some("hashed"),
                _ => return false,
            }
        }
    }
    true
}

// ---------------------------------------------------------------------------------------------
// The parse.

/// Parses a command line, `args` without the program name.
pub fn parse_args(args: &[String]) -> Result<Invocation, ArgError> {
    let args = expand_argfiles(args)?;
    let default = |action| Invocation {
        opts: default_options(),
        input: None,
        prints: Vec::new(),
        action,
        warnings: Vec::new(),
    };
    if args.is_empty() {
        return Ok(default(Action::Help { verbose: false }));
    }
    let m = getopts(&args).map_err(|fail| {
        let mut message = fail.to_string();
        match &fail {
            Fail::UnrecognizedOption(opt) => {
                let c = CG_OPTIONS.iter().find(|o| o.name == opt).map(|_| 'C');
                let z = || {
                    Z_OPTION_NAMES
                        .split_whitespace()
                        .find(|z| z == opt)
                        .map(|_| 'Z')
                };
                if let Some(flag) = c.or_else(z) {
                    message.push_str(&format!(". Did you mean `-{flag} {opt}`?"));
                }
            }
            Fail::ArgumentMissing(opt) => {
                if let Some(g) = OPT_GROUPS.iter().find(|g| g.name() == opt) {
                    message.push_str("\nUsage:\n");
                    message.push_str(&format_option(g, !g.short.is_empty()));
                }
            }
            _ => {}
        }
        ArgError::new(message)
    })?;
    check_nightly_options(&m)?;

    if m.present("help") {
        return Ok(default(Action::Help {
            verbose: m.present("verbose"),
        }));
    }
    if m.strs("warn").iter().any(|w| w == "all") {
        return Ok(default(Action::WallHelp));
    }
    if m.strs("codegen").iter().any(|c| c == "help") {
        return Ok(default(Action::CodegenHelp));
    }
    if m.present("version") {
        return Ok(default(Action::Version {
            verbose: m.present("verbose"),
        }));
    }

    let mut p = Parser {
        m: &m,
        warnings: Vec::new(),
        error_format: ErrorFormat::Human,
        color: ColorConfig::Auto,
    };
    let (mut opts, prints, describe_lints) = p.session_options()?;

    if let Some(code) = m.str("explain") {
        return Ok(Invocation {
            opts,
            input: None,
            prints,
            action: Action::Explain(code),
            warnings: p.warnings,
        });
    }

    let input = match m.free.as_slice() {
        [] => None,
        [one] if one == "-" => Some(Input::Stdin),
        [one] => Some(Input::File(PathBuf::from(one))),
        [first, second, ..] => {
            return Err(p.err(format!(
            "multiple input filenames provided (first two filenames are `{first}` and `{second}`)"
        )))
        }
    };

    // What rustc checks once it has a session.
    let target_spec = m.str("target");
    opts.target = match &target_spec {
        Some(spec) => Target::load(spec).map_err(|e| match e {
            TargetError::FileNotFound(_) => p.err(e.to_string()),
            _ => p
                .err(format!("error loading target specification: {e}"))
                .help(format!(
                    "run `{BIN} --print target-list` for a list of built-in targets"
                )),
        })?,
        None => Target::host(),
    };
    finish_target_options(&mut opts);
    opts.cfg = parse_cfgs(&p, &m.strs("cfg"))?;
    opts.check_cfg = m.strs("check-cfg");
    for spec in &opts.check_cfg {
        if !check_cfg_is_valid(spec) {
            return Err(p
                .err(format!("invalid `--check-cfg` argument: `{spec}`"))
                .note("expected `cfg(name, values(\"value1\", \"value2\", ... \"valueN\"))`")
                .note("visit <https://doc.rust-lang.org/nightly/rustc/check-cfg.html> for more details"));
        }
    }

    let mut session_errors: Vec<ArgDiag> = Vec::new();
    if let Some(version) = opts.dwarf_version {
        if !(2..=5).contains(&version) {
            session_errors.push(ArgDiag {
                level: Level::Error,
                message: format!("requested DWARF version {version} is not supported"),
                children: vec![(
                    Level::Help,
                    "supported DWARF versions are 2, 3, 4 and 5".to_string(),
                )],
            });
        }
    }
    if let Some(flavor) = &opts.linker_flavor {
        if !LINUX_LINKER_FLAVORS.contains(&flavor.as_str()) {
            session_errors.push(ArgDiag {
                level: Level::Error,
                message: format!(
                    "linker flavor `{flavor}` is incompatible with the current target"
                ),
                children: vec![(
                    Level::Note,
                    format!(
                        "compatible flavors are: {}",
                        LINUX_LINKER_FLAVORS.join(", ")
                    ),
                )],
            });
        }
    }
    // The crate name is checked when it is needed: to compile, or to print it or the file names.
    let needs_crate_name = prints.is_empty() || prints.iter().any(|r| r.kind.needs_input());
    let mut crate_name_errors = Vec::new();
    if let (Some(name), Some(_), false) = (&opts.crate_name, &input, describe_lints) {
        if needs_crate_name {
            crate_name_errors = validate_crate_name(name);
        }
    }
    // Then, when compiling, the output file names; an invalid crate name stops rustc first.
    let compiles = input.is_some() && prints.is_empty() && !describe_lints;
    if compiles && crate_name_errors.is_empty() && several_outputs_to_stdout(&opts) {
        session_errors.push(ArgDiag {
            level: Level::Error,
            message: "can't use option `-o` or `--emit` to write multiple output types to stdout"
                .to_string(),
            children: Vec::new(),
        });
    }
    session_errors.extend(crate_name_errors.into_iter().map(|message| ArgDiag {
        level: Level::Error,
        message,
        children: Vec::new(),
    }));
    if !session_errors.is_empty() {
        let first = session_errors.remove(0);
        let mut error = p.err(first.message);
        error.children = first.children;
        error.followups = session_errors;
        error.aborting = true;
        return Err(error);
    }

    let action = if describe_lints {
        Action::LintHelp
    } else {
        Action::Compile
    };
    Ok(Invocation {
        opts,
        input,
        prints,
        action,
        warnings: p.warnings,
    })
}

/// Whether more than one output would go to standard output: `-o -` names every output
/// `--emit` gives no path to (when there are several, rustc refuses), `KIND=-` names one.
fn several_outputs_to_stdout(opts: &Options) -> bool {
    let stdout = Path::new("-");
    let explicit = opts
        .emit
        .iter()
        .filter(|(_, path)| path.as_deref() == Some(stdout))
        .count();
    let unnamed = opts.emit.iter().filter(|(_, path)| path.is_none()).count();
    explicit > 1 || (opts.output.as_deref() == Some(stdout) && unnamed > 1)
}

/// Options before any flag: the defaults of `Options` with rustc's default output, `--emit=link`.
fn default_options() -> Options {
    let mut opts = Options::default();
    opts.emit = vec![(OutputType::Exe, None)];
    opts.static_crt = opts.target.crt_static_default;
    opts
}

/// What depends on the target: `crt-static` follows the target's default unless
/// `-C target-feature` says otherwise.
fn finish_target_options(opts: &mut Options) {
    let mut static_crt = opts.target.crt_static_default;
    for feature in &opts.target_features {
        match feature.as_str() {
            "+crt-static" => static_crt = true,
            "-crt-static" => static_crt = false,
            _ => {}
        }
    }
    opts.static_crt = static_crt;
}

/// rustc's `@path` expansion: the argument is replaced by the lines of the file, which are not
/// expanded again.
fn expand_argfiles(args: &[String]) -> Result<Vec<String>, ArgError> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for arg in args {
        let Some(path) = arg.strip_prefix('@') else {
            out.push(arg.clone());
            continue;
        };
        match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => out.extend(text.lines().map(str::to_string)),
                Err(_) => errors.push(format!(
                    "failed to load argument file: UTF-8 error in {path}"
                )),
            },
            Err(e) => errors.push(format!(
                "failed to load argument file: IO error: {path}: {e}"
            )),
        }
    }
    if errors.is_empty() {
        return Ok(out);
    }
    let mut error = ArgError::new(errors.remove(0));
    error.followups = errors
        .into_iter()
        .map(|message| ArgDiag {
            level: Level::Error,
            message,
            children: Vec::new(),
        })
        .collect();
    Err(error)
}

/// Options only a nightly compiler accepts: rustc stable refuses each, then says why.
fn check_nightly_options(m: &Matches) -> Result<(), ArgError> {
    let has_unstable_options = m.strs("Z").iter().any(|z| z == "unstable-options");
    let mut errors = Vec::new();
    for g in OPT_GROUPS.iter().filter(|g| g.shown == Shown::Unstable) {
        if !m.present(g.name()) {
            continue;
        }
        if g.name() != "Z" && !has_unstable_options {
            return Err(ArgError::new(format!(
                "the `-Z unstable-options` flag must also be passed to enable the flag `{}`",
                g.name()
            )));
        }
        errors.push(format!(
            "the option `{}` is only accepted on the nightly compiler",
            g.name()
        ));
    }
    if errors.is_empty() {
        return Ok(());
    }
    let count = errors.len();
    let mut error = ArgError::new(errors.remove(0));
    let diag = |level, message: &str| ArgDiag {
        level,
        message: message.to_string(),
        children: Vec::new(),
    };
    error
        .followups
        .extend(errors.iter().map(|e| diag(Level::Error, e)));
    error.followups.push(diag(
        Level::Help,
        "consider switching to a nightly toolchain: `rustup default nightly`",
    ));
    error.followups.push(diag(
        Level::Note,
        "selecting a toolchain with `+toolchain` arguments require a rustup proxy; see \
         <https://rust-lang.github.io/rustup/concepts/index.html>",
    ));
    error.followups.push(diag(
        Level::Note,
        "for more information about Rust's stability policy, see \
         <https://doc.rust-lang.org/book/appendix-07-nightly-rust.html#unstable-features>",
    ));
    error.followups.push(diag(
        Level::Error,
        &format!(
            "{count} nightly option{} were parsed",
            if count > 1 { "s" } else { "" }
        ),
    ));
    Err(error)
}

struct Parser<'m> {
    m: &'m Matches,
    warnings: Vec<String>,
    /// The format errors are reported in, once `--error-format` has been read.
    error_format: ErrorFormat,
    color: ColorConfig,
}

impl Parser<'_> {
    fn err(&self, message: impl Into<String>) -> ArgError {
        let mut error = ArgError::new(message);
        error.error_format = self.error_format;
        error.color = self.color;
        error
    }

    fn warn(&mut self, message: impl Into<String>) {
        self.warnings.push(message.into());
    }

    /// rustc's `build_session_options`, in its order. Returns the options, the print requests
    /// and whether a lint flag asked for `help`.
    fn session_options(&mut self) -> Result<(Options, Vec<PrintRequest>, bool), ArgError> {
        let m = self.m;
        let mut opts = default_options();

        opts.color = match m.str("color").as_deref() {
            None | Some("auto") => ColorConfig::Auto,
            Some("always") => ColorConfig::Always,
            Some("never") => ColorConfig::Never,
            Some(arg) => {
                return Err(self.err(format!(
                    "argument for `--color` must be auto, always or never (instead was `{arg}`)"
                )))
            }
        };

        opts.edition = match m.str("edition") {
            None => Edition::E2015,
            Some(arg) => match Edition::parse(&arg) {
                Some(edition) => edition,
                None if arg == "future" => {
                    return Err(self.err(
                        "the crate requires edition future, but the latest edition supported by this Rust version is 2024",
                    ))
                }
                None => {
                    return Err(self.err(format!(
                        "argument for `--edition` must be one of: <2015|2018|2021|2024|future>. (instead was `{arg}`)"
                    )))
                }
            },
        };

        let mut rendered_ansi = false;
        let mut json_timings = false;
        for option in m.strs("json") {
            if m.present("color") {
                return Err(self.err("cannot specify the `--color` option with `--json`"));
            }
            for sub in option.split(',') {
                match sub {
                    "diagnostic-short" => opts.json_diagnostic_short = true,
                    "diagnostic-rendered-ansi" => rendered_ansi = true,
                    "diagnostic-unicode" => {}
                    "artifacts" => opts.json_artifact_notifications = true,
                    "timings" => json_timings = true,
                    "unused-externs" => opts.json_unused_externs = Some(true),
                    "unused-externs-silent" => opts.json_unused_externs = Some(false),
                    "future-incompat" => opts.json_future_incompat = true,
                    s => return Err(self.err(format!("unknown `--json` option `{s}`"))),
                }
            }
        }

        let mut unstable_error_format = None;
        let error_format = m.str("error-format");
        opts.error_format = match error_format.as_deref() {
            None | Some("human") => ErrorFormat::Human,
            Some("short") => ErrorFormat::Short,
            Some("json") => ErrorFormat::Json { rendered_ansi },
            Some(unstable @ ("human-unicode" | "pretty-json")) => {
                unstable_error_format = Some(unstable);
                if unstable == "pretty-json" {
                    ErrorFormat::Json { rendered_ansi }
                } else {
                    ErrorFormat::Human
                }
            }
            Some(arg) => {
                return Err(self.err(format!(
                    "argument for `--error-format` must be `human`, `human-unicode`, `json`, `pretty-json` or \
                     `short` (instead was `{arg}`)"
                )))
            }
        };
        if !matches!(opts.error_format, ErrorFormat::Json { .. }) && m.present("json") {
            return Err(self.err("using `--json` requires also using `--error-format=json`"));
        }
        // From here on rustc reports errors in the chosen format.
        self.error_format = opts.error_format;
        self.color = opts.color;

        if let Some(width) = m.str("diagnostic-width") {
            opts.diagnostic_width = Some(
                width
                    .parse()
                    .map_err(|_| self.err("`--diagnostic-width` must be an positive integer"))?,
            );
        }

        let crate_types = m.strs("crate-type");
        if !crate_types.is_empty() {
            opts.crate_types.clear();
            for part in crate_types.iter().flat_map(|list| list.split(',')) {
                let Some(ty) = CrateType::parse(part) else {
                    return Err(self.err(format!(
                        "unknown crate type: `{part}`, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, \
                         `cdylib`, `bin`, `proc-macro`"
                    )));
                };
                // `lib` is an rlib, so the two are one output.
                if !opts
                    .crate_types
                    .iter()
                    .any(|&t| t == ty || (t.is_rlib() && ty.is_rlib()))
                {
                    opts.crate_types.push(ty);
                }
            }
        }

        let describe_lints = self.lint_options(&mut opts)?;

        if let Some(format) = unstable_error_format {
            return Err(self.err(format!("`--error-format={format}` is unstable")));
        }
        if json_timings {
            return Err(
                self.err("--json=timings is unstable and requires using `-Zunstable-options`")
            );
        }

        self.emit_options(&mut opts)?;

        let cg = self.codegen_options()?;
        // An output that is one file per codegen unit cannot be written to a single `-o`
        // path, so rustc falls back to one codegen unit, with a warning if the user asked for
        // more.
        let mut codegen_units = cg.codegen_units;
        // rustc's list (`is_compatible_with_codegen_units_and_single_output_file`), in its
        // order (its outputs are a map ordered by `OutputType` variant: Assembly,
        // LlvmAssembly, Mir, Object).
        let mut incompatible: Vec<&str> = opts
            .emit
            .iter()
            .filter(|(ty, _)| {
                matches!(
                    ty,
                    OutputType::Asm | OutputType::Object | OutputType::Clif | OutputType::Mir
                )
            })
            .map(|(ty, _)| emit_name(*ty))
            .collect();
        incompatible.sort_unstable();
        if !incompatible.is_empty() {
            match codegen_units {
                Some(n) if n > 1 => {
                    if m.present("o") {
                        for ty in &incompatible {
                            self.warn(format!(
                                "`--emit={ty}` with `-o` incompatible with `-C codegen-units=N` for N > 1"
                            ));
                        }
                        self.warn("resetting to default -C codegen-units=1");
                        codegen_units = Some(1);
                    }
                }
                _ => codegen_units = Some(1),
            }
        }
        if codegen_units == Some(0) {
            return Err(self.err("value for codegen units must be a positive non-zero integer"));
        }
        opts.codegen_units = codegen_units;

        if !cg.embed_bitcode && cg.lto == Lto::Yes {
            return Err(self.err("options `-C embed-bitcode=no` and `-C lto` are incompatible"));
        }
        if cg.symbol_mangling.is_some_and(|v| v != "v0") {
            return Err(self.err(format!(
                "`-C symbol-mangling-version={}` requires `-Z unstable-options`",
                cg.symbol_mangling.unwrap_or_default()
            )));
        }
        if cg.frame_pointers == Some(false) {
            return Err(self.err(
                "`-Cforce-frame-pointers=non-leaf` or `always` also requires `-Zunstable-options` and a nightly compiler",
            ));
        }
        if cg.unstable_self_contained {
            return Err(self.err(
                "only `-C link-self-contained` values `y`/`yes`/`on`/`n`/`no`/`off`/`-linker` are stable, the \
                 `-Z unstable-options` flag must also be passed to use the unstable values",
            ));
        }
        if let Some(flavor) = &cg.linker_flavor {
            if !STABLE_LINKER_FLAVORS.contains(&flavor.as_str()) {
                return Err(self.err(format!(
                    "the linker flavor `{flavor}` is unstable, the `-Z unstable-options` flag must also be passed to \
                     use the unstable values"
                )));
            }
        }
        if let Some(features) = &cg.linker_features_lld {
            return Err(self.err(format!(
                "`-C linker-features={features}` is unstable, and also requires the `-Z unstable-options` flag to be used"
            )));
        }
        if cg.immediate_abort {
            return Err(self.err(
                "`-Cpanic=immediate-abort` requires `-Zunstable-options` and a nightly compiler",
            ));
        }

        let prints = self.print_requests(&cg)?;

        opts.sysroot = m.str("sysroot").map(PathBuf::from);
        if let Some(target) = m.str("target") {
            if target.ends_with(".json") && !Path::new(&target).exists() {
                return Err(self.err(format!("target file {target:?} does not exist")));
            }
        }

        // `-O` and `-C opt-level` set the same thing; the rightmost wins. rustc matches the
        // `-C` key exactly here, so `-C opt_level=1` never beats `-O`.
        let last_o = m.positions("O").into_iter().max();
        let last_c = |key: &str| {
            m.strs_pos("codegen")
                .into_iter()
                .filter(|(_, s)| s.split('=').next() == Some(key))
                .map(|(i, _)| i)
                .max()
        };
        opts.opt_level = if last_o > last_c("opt-level") {
            OptLevel::Aggressive
        } else {
            OptLevel::parse(&cg.opt_level).ok_or_else(|| {
                self.err(format!(
                    "optimization level needs to be between 0-3, s or z (instead was `{}`)",
                    cg.opt_level
                ))
            })?
        };
        opts.debug_assertions = cg
            .debug_assertions
            .unwrap_or(opts.opt_level == OptLevel::No);
        opts.overflow_checks = cg.overflow_checks.unwrap_or(opts.debug_assertions);
        opts.debuginfo = if m.positions("g").into_iter().max() > last_c("debuginfo") {
            DebugInfo::Full
        } else {
            cg.debuginfo
        };

        opts.native_libs = self.native_libs()?;
        opts.test = m.present("test");
        if cg.remark && opts.debuginfo == DebugInfo::None {
            self.warn("-C remark requires \"-C debuginfo=n\" to show source locations");
        }
        opts.externs = self.externs()?;
        opts.crate_name = m.str("crate-name");
        for remap in m.strs("remap-path-prefix") {
            let Some((from, to)) = remap.rsplit_once('=') else {
                return Err(self.err("--remap-path-prefix must contain '=' between FROM and TO"));
            };
            opts.remap_path_prefix
                .push((PathBuf::from(from), PathBuf::from(to)));
        }
        if let Some(scopes) = m.str("remap-path-scope") {
            let known = [
                "macro",
                "diagnostics",
                "documentation",
                "debuginfo",
                "coverage",
                "object",
                "all",
            ];
            if !scopes.split(',').all(|s| known.contains(&s)) {
                return Err(self.err(
                    "argument for `--remap-path-scope` must be a comma separated list of scopes: `macro`, \
                     `diagnostics`, `documentation`, `debuginfo`, `coverage`, `object`, `all`",
                ));
            }
        }
        for spec in m.strs("L") {
            let (kind, dir) = [
                ("native=", PathKind::Native),
                ("crate=", PathKind::Crate),
                ("dependency=", PathKind::Dependency),
                ("framework=", PathKind::Framework),
                ("all=", PathKind::All),
            ]
            .iter()
            .find_map(|(prefix, kind)| spec.strip_prefix(prefix).map(|dir| (*kind, dir)))
            .unwrap_or((PathKind::All, spec.as_str()));
            if dir.starts_with("@RUSTC_BUILTIN") {
                return Err(self.err(
                    "the `-Z unstable-options` flag must also be passed to use `@RUSTC_BUILTIN`",
                ));
            }
            if dir.is_empty() {
                return Err(self.err("empty search path given via `-L`"));
            }
            opts.search_paths.push(PathBuf::from(dir));
            opts.lib_search_paths.push(SearchPath {
                kind,
                dir: PathBuf::from(dir),
            });
        }
        opts.verbose = m.present("verbose");
        opts.output = m.str("o").map(PathBuf::from);
        opts.out_dir = m.str("out-dir").map(PathBuf::from);

        // The `-C` options that land in `Options` as they are.
        opts.panic = cg.panic.unwrap_or(PanicStrategy::Unwind);
        opts.strip = cg.strip;
        opts.linker = cg.linker;
        opts.link_args = cg.link_args;
        opts.incremental = cg.incremental.map(PathBuf::from);
        opts.metadata = cg.metadata;
        opts.extra_filename = cg.extra_filename;
        opts.target_cpu = cg.target_cpu;
        opts.target_features = cg
            .target_feature
            .split(',')
            .filter(|f| !f.is_empty())
            .map(|f| {
                if f.starts_with(['+', '-']) {
                    f.to_string()
                } else {
                    format!("+{f}")
                }
            })
            .collect();
        opts.prefer_dynamic = cg.prefer_dynamic;
        opts.rpath = cg.rpath;
        opts.relocation_model = cg.relocation_model;
        opts.code_model = cg.code_model;
        opts.force_frame_pointers = cg.frame_pointers == Some(true);
        opts.split_debuginfo = cg.split_debuginfo;
        opts.dwarf_version = cg.dwarf_version;
        opts.linker_flavor = cg.linker_flavor;
        opts.link_dead_code = cg.link_dead_code.unwrap_or(false);
        opts.save_temps = cg.save_temps;

        self.output_warnings(&opts);
        Ok((opts, prints, describe_lints))
    }

    /// `-A/-W/--force-warn/-D/-F` in command-line order, and `--cap-lints`. Returns whether one
    /// of them was `help`.
    fn lint_options(&self, opts: &mut Options) -> Result<bool, ArgError> {
        let m = self.m;
        let mut describe = false;
        let mut lints: Vec<(usize, String, Option<LintLevel>)> = Vec::new();
        for (flag, level) in [
            ("allow", Some(LintLevel::Allow)),
            ("warn", Some(LintLevel::Warn)),
            ("force-warn", None),
            ("deny", Some(LintLevel::Deny)),
            ("forbid", Some(LintLevel::Forbid)),
        ] {
            for (pos, name) in m.strs_pos(flag) {
                if name == "help" {
                    describe = true;
                } else {
                    lints.push((pos, name, level));
                }
            }
        }
        lints.sort_by_key(|(pos, _, _)| *pos);
        for (_, name, level) in lints {
            match level {
                Some(level) => opts.lint_cmdline.push((name, level)),
                None => {
                    opts.lint_cmdline.push((name.clone(), LintLevel::Warn));
                    opts.force_warn.push(name);
                }
            }
        }
        if let Some(cap) = m.str("cap-lints") {
            opts.cap_lints = Some(match cap.as_str() {
                "allow" => LintLevel::Allow,
                "warn" => LintLevel::Warn,
                "deny" => LintLevel::Deny,
                "forbid" => LintLevel::Forbid,
                _ => return Err(self.err(format!("unknown lint level: `{cap}`"))),
            });
        }
        Ok(describe)
    }

    /// `--emit KIND[=PATH],...`; a later path for the same kind replaces an earlier one.
    fn emit_options(&self, opts: &mut Options) -> Result<(), ArgError> {
        let mut emit: Vec<(OutputType, Option<PathBuf>)> = Vec::new();
        for list in self.m.strs("emit") {
            for item in list.split(',') {
                let (kind, path) = match item.split_once('=') {
                    Some((kind, path)) => (kind, Some(PathBuf::from(path))),
                    None => (item, None),
                };
                let ty = match kind {
                    "llvm-bc" => return Err(self.err("`--emit=llvm-bc` is not supported by smelt: it has no LLVM backend")),
                    "thin-link-bitcode" => {
                        return Err(self.err("thin-link-bitcode requested but -Zunstable-options not specified"))
                    }
                    _ => OutputType::parse(kind).ok_or_else(|| {
                        self.err(format!(
                            "unknown emission type: `{kind}` - expected one of: `asm`, `llvm-bc`, `dep-info`, `link`, \
                             `llvm-ir`, `metadata`, `mir`, `obj`, `thin-link-bitcode`, `tokens`, `ast`, `expanded`, \
                             `hir`, `clif`"
                        ))
                    })?,
                };
                match emit.iter_mut().find(|(t, _)| *t == ty) {
                    Some(entry) => entry.1 = path,
                    None => emit.push((ty, path)),
                }
            }
        }
        if emit.is_empty() {
            emit.push((OutputType::Exe, None));
        }
        // rustc keeps them in a map ordered by kind; `OutputType`'s order is the pipeline's.
        emit.sort_by_key(|(ty, _)| *ty);
        opts.emit = emit;
        Ok(())
    }

    /// Every `-C`, in order.
    fn codegen_options(&mut self) -> Result<Cg, ArgError> {
        let mut cg = Cg::default();
        for option in self.m.strs("codegen") {
            let (key, value) = match option.split_once('=') {
                Some((key, value)) => (key, Some(value)),
                None => (option.as_str(), None),
            };
            let lookup = key.replace('_', "-");
            let Some(desc) = CG_OPTIONS.iter().find(|o| o.name == lookup) else {
                return Err(self.err(format!("unknown codegen option: `{key}`")));
            };
            if desc.kind == CgKind::Deprecated {
                self.warn(format!("`-C {key}`: {}", desc.desc));
            }
            if !set_cg(&mut cg, desc.name, desc.kind, value) {
                let what = desc.kind.desc();
                return Err(self.err(match value {
                    None => format!("codegen option `{key}` requires {what} (`-C {key}=<value>`)"),
                    Some(value) => {
                        format!("incorrect value `{value}` for codegen option `{key}` - {what} was expected")
                    }
                }));
            }
        }
        if cg.soft_float {
            self.warn("`-Csoft-float` is ignored on this target; it only has an effect on *eabihf targets");
        }
        Ok(cg)
    }

    fn print_requests(&self, cg: &Cg) -> Result<Vec<PrintRequest>, ArgError> {
        let mut prints = Vec::new();
        if cg.target_cpu.as_deref() == Some("help") {
            prints.push(PrintRequest {
                kind: PrintKind::TargetCpus,
                out: None,
            });
        }
        if cg.target_feature == "help" {
            prints.push(PrintRequest {
                kind: PrintKind::TargetFeatures,
                out: None,
            });
        }
        let mut paths: Vec<PathBuf> = Vec::new();
        for request in self.m.strs("print") {
            let (name, out) = match request.split_once('=') {
                Some((name, "-")) => (name, None),
                Some((name, path)) => (name, Some(PathBuf::from(path))),
                None => (request.as_str(), None),
            };
            let kind = match PrintKind::STABLE.iter().find(|(n, _)| *n == name) {
                Some(&(_, kind)) => kind,
                None if PrintKind::UNSTABLE.contains(&name) => {
                    return Err(self.err(format!(
                        "the `-Z unstable-options` flag must also be passed to enable the `{name}` print option"
                    )))
                }
                None => {
                    let valid: Vec<String> = PrintKind::STABLE.iter().map(|(n, _)| format!("`{n}`")).collect();
                    return Err(self
                        .err(format!("unknown print request: `{name}`"))
                        .help(format!("valid print requests are: {}", valid.join(", ")))
                        .help(
                            "for more information, see the rustc book: \
                             https://doc.rust-lang.org/rustc/command-line-arguments.html#--print-print-compiler-information",
                        ));
                }
            };
            if let Some(path) = &out {
                if paths.contains(path) {
                    return Err(self.err(format!(
                        "cannot print multiple outputs to the same path: {}",
                        path.display()
                    )));
                }
                paths.push(path.clone());
            }
            prints.push(PrintRequest { kind, out });
        }
        Ok(prints)
    }

    /// `-l [KIND[:MODIFIERS]=]NAME[:RENAME]`.
    fn native_libs(&self) -> Result<Vec<NativeLib>, ArgError> {
        let mut libs = Vec::new();
        for spec in self.m.strs("l") {
            let (name, kind, verbatim) = match spec.split_once('=') {
                None => (spec.as_str(), NativeLibKind::Unspecified, None),
                Some((kind, name)) => {
                    let (kind, verbatim) = self.native_lib_kind(kind)?;
                    (name, kind, verbatim)
                }
            };
            let (name, new_name) = match name.split_once(':') {
                None => (name, None),
                Some((name, new_name)) => (name, Some(new_name.to_string())),
            };
            if name.is_empty() {
                return Err(self.err("library name must not be empty"));
            }
            libs.push(NativeLib {
                name: name.to_string(),
                new_name,
                kind,
                verbatim,
            });
        }
        Ok(libs)
    }

    fn native_lib_kind(&self, spec: &str) -> Result<(NativeLibKind, Option<bool>), ArgError> {
        let (kind, modifiers) = match spec.split_once(':') {
            None => (spec, None),
            Some((kind, modifiers)) => (kind, Some(modifiers)),
        };
        let mut kind = match kind {
            "static" => NativeLibKind::Static { bundle: None, whole_archive: None },
            "dylib" => NativeLibKind::Dylib { as_needed: None },
            "framework" => NativeLibKind::Framework { as_needed: None },
            "link-arg" => {
                return Err(self.err("library kind `link-arg` is unstable and only accepted on the nightly compiler"))
            }
            _ => {
                return Err(self.err(format!(
                    "unknown library kind `{kind}`, expected one of: static, dylib, framework, link-arg"
                )))
            }
        };
        let mut verbatim = None;
        for modifier in modifiers.into_iter().flat_map(|m| m.split(',')) {
            let Some(name) = modifier.strip_prefix(['+', '-']) else {
                return Err(self.err(
                    "invalid linking modifier syntax, expected '+' or '-' prefix before one of: bundle, verbatim, \
                     whole-archive, as-needed, export-symbols",
                ));
            };
            let value = modifier.starts_with('+');
            let assign = |slot: &mut Option<bool>| -> Result<(), ArgError> {
                if slot.is_some() {
                    return Err(self.err(format!(
                        "multiple `{name}` modifiers in a single `-l` option"
                    )));
                }
                *slot = Some(value);
                Ok(())
            };
            match (name, &mut kind) {
                ("bundle", NativeLibKind::Static { bundle, .. }) => assign(bundle)?,
                ("bundle", _) => {
                    return Err(self.err("linking modifier `bundle` is only compatible with `static` linking kind"))
                }
                ("verbatim", _) => assign(&mut verbatim)?,
                ("whole-archive", NativeLibKind::Static { whole_archive, .. }) => assign(whole_archive)?,
                ("whole-archive", _) => {
                    return Err(
                        self.err("linking modifier `whole-archive` is only compatible with `static` linking kind")
                    )
                }
                ("as-needed" | "export-symbols", _) => {
                    return Err(self.err(format!(
                        "linking modifier `{name}` is unstable and only accepted on the nightly compiler"
                    )))
                }
                _ => {
                    return Err(self.err(format!(
                        "unknown linking modifier `{name}`, expected one of: bundle, verbatim, whole-archive, \
                         as-needed, export-symbols"
                    )))
                }
            }
        }
        Ok((kind, verbatim))
    }

    /// `--extern NAME[=PATH]`; a name given twice keeps its paths, as rustc's map does.
    fn externs(&self) -> Result<Vec<(String, Option<PathBuf>)>, ArgError> {
        fn is_ascii_ident(s: &str) -> bool {
            let mut chars = s.chars();
            matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
                && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        }
        let mut externs: Vec<(String, Option<PathBuf>)> = Vec::new();
        for spec in self.m.strs("extern") {
            let (name, path) = match spec.split_once('=') {
                None => (spec.as_str(), None),
                Some((name, path)) => (name, Some(PathBuf::from(path))),
            };
            let (has_options, name) = match name.split_once(':') {
                None => (false, name),
                Some((_, name)) => (true, name),
            };
            if !is_ascii_ident(name) {
                let mut error = self.err(format!(
                    "crate name `{name}` passed to `--extern` is not a valid ASCII identifier"
                ));
                let adjusted = name.replace('-', "_");
                if is_ascii_ident(&adjusted) {
                    error = error.help(format!(
                        "consider replacing the dashes with underscores: `{adjusted}`"
                    ));
                }
                return Err(error);
            }
            if has_options {
                return Err(self.err("the `-Z unstable-options` flag must also be passed to enable `--extern` options"));
            }
            if path.is_none() && externs.iter().any(|(n, _)| n == name) {
                continue;
            }
            if path.is_some() {
                externs.retain(|(n, p)| !(n == name && p.is_none()));
            }
            if !externs.iter().any(|(n, p)| n == name && *p == path) {
                externs.push((name.to_string(), path));
            }
        }
        Ok(externs)
    }

    /// The warnings rustc gives when it works out the output file names.
    fn output_warnings(&mut self, opts: &Options) {
        if opts.output.is_none() {
            return;
        }
        let unnamed = opts.emit.iter().filter(|(_, path)| path.is_none()).count();
        if unnamed > 1 {
            self.warn(
                "due to multiple output types requested, the explicitly specified output file name will be adapted \
                 for each output type",
            );
        } else if !opts.extra_filename.is_empty() {
            self.warn("ignoring -C extra-filename flag due to -o flag");
        }
        if opts.out_dir.is_some() {
            self.warn("ignoring --out-dir flag due to -o flag");
        }
    }
}

fn emit_name(ty: OutputType) -> &'static str {
    match ty {
        OutputType::Clif => "llvm-ir",
        ty => ty.name(),
    }
}

/// `--cfg name` or `--cfg name="value"`, as rustc checks them.
fn parse_cfgs(p: &Parser<'_>, specs: &[String]) -> Result<Vec<(String, Option<String>)>, ArgError> {
    let mut cfg: Vec<(String, Option<String>)> = Vec::new();
    for spec in specs {
        let invalid =
            |reason: &str| p.err(format!("invalid `--cfg` argument: `{spec}` ({reason})"));
        let entry = match parse_meta_item(spec) {
            Ok(MetaItem {
                path,
                value: MetaValue::Word,
            }) if path.len() == 1 => (path[0].clone(), None),
            Ok(MetaItem {
                path,
                value: MetaValue::Str(value),
            }) if path.len() == 1 => (path[0].clone(), Some(value)),
            Ok(MetaItem { path, .. }) if path.len() > 1 => {
                return Err(invalid("argument key must be an identifier"))
            }
            Ok(MetaItem {
                value: MetaValue::OtherLiteral,
                ..
            }) => return Err(invalid("argument value must be a string")),
            Err(MetaError::Suffix) => {
                let mut error = p
                    .err("suffixes on string literals are invalid")
                    .note(format!("this occurred on the command line: `--cfg={spec}`"));
                error.followups.push(ArgDiag {
                    level: Level::Error,
                    message: format!(
                        "invalid `--cfg` argument: `{spec}` (expected `key` or `key=\"value\"`)"
                    ),
                    children: Vec::new(),
                });
                return Err(error);
            }
            Err(MetaError::Unterminated) => {
                let mut error = p.err("unterminated double quote string");
                error.code = Some("E0765");
                return Err(
                    error.note(format!("this occurred on the command line: `--cfg={spec}`"))
                );
            }
            // A list (`foo(bar)`) is a valid meta item but not a valid `--cfg`.
            Ok(_) | Err(MetaError::Invalid) => {
                // rustc's hint for `key=value` without quotes.
                if spec.contains('=') && !spec.contains("=\"") && !spec.ends_with('"') {
                    return Err(invalid(
                        "expected `key` or `key=\"value\"`, ensure escaping is appropriate for your shell, try \
                         'key=\"value\"' or key=\\\"value\\\"",
                    ));
                }
                return Err(invalid("expected `key` or `key=\"value\"`"));
            }
        };
        if !cfg.contains(&entry) {
            cfg.push(entry);
        }
    }
    Ok(cfg)
}

/// A `--cfg` parsed as rustc parses it: as an attribute's meta item.
struct MetaItem {
    path: Vec<String>,
    value: MetaValue,
}

enum MetaValue {
    Word,
    List,
    Str(String),
    /// `= 1`, `= true`, `= 'c'`: literals that are not strings.
    OtherLiteral,
}

enum MetaError {
    /// A string literal without its closing quote: a lexer error in rustc, with a code.
    Unterminated,
    /// `"value"suffix`: a lexer error in rustc, then the usual one.
    Suffix,
    Invalid,
}

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
        && s != "_"
}

/// `Path ("=" Lit | "(" ... ")")?`, with `Path = Ident ("::" Ident)*`.
fn parse_meta_item(spec: &str) -> Result<MetaItem, MetaError> {
    let s = spec.trim();
    let path_end = s
        .find(|c: char| !(c == '_' || c == ':' || c.is_alphanumeric()))
        .unwrap_or(s.len());
    let path: Vec<String> = s[..path_end].split("::").map(str::to_string).collect();
    // `true` and `false` are literals, so they cannot start a path.
    if !path.iter().all(|seg| is_ident(seg)) || path[0] == "true" || path[0] == "false" {
        return Err(MetaError::Invalid);
    }
    let rest = s[path_end..].trim_start();
    if rest.is_empty() {
        return Ok(MetaItem {
            path,
            value: MetaValue::Word,
        });
    }
    if rest.starts_with('(') {
        return if rest.ends_with(')') {
            Ok(MetaItem {
                path,
                value: MetaValue::List,
            })
        } else {
            Err(MetaError::Invalid)
        };
    }
    let Some(lit) = rest.strip_prefix('=').map(str::trim_start) else {
        return Err(MetaError::Invalid);
    };
    let (value, after) = if let Some(body) = lit.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = body.char_indices();
        let mut end = None;
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => {
                    end = Some(i + 1);
                    break;
                }
                '\\' => match chars.next() {
                    Some((_, 'n')) => value.push('\n'),
                    Some((_, 't')) => value.push('\t'),
                    Some((_, '0')) => value.push('\0'),
                    Some((_, e @ ('\\' | '"' | '\''))) => value.push(e),
                    _ => return Err(MetaError::Invalid),
                },
                c => value.push(c),
            }
        }
        let Some(end) = end else {
            return Err(MetaError::Unterminated);
        };
        if body[end..].starts_with(|c: char| c == '_' || c.is_alphabetic()) {
            return Err(MetaError::Suffix);
        }
        (MetaValue::Str(value), &body[end..])
    } else if lit.starts_with(|c: char| c.is_ascii_digit()) {
        let end = lit
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .unwrap_or(lit.len());
        (MetaValue::OtherLiteral, &lit[end..])
    } else if let Some(after) = lit
        .strip_prefix("true")
        .or_else(|| lit.strip_prefix("false"))
    {
        (MetaValue::OtherLiteral, after)
    } else {
        return Err(MetaError::Invalid);
    };
    if after.trim().is_empty() {
        Ok(MetaItem { path, value })
    } else {
        Err(MetaError::Invalid)
    }
}

/// The shape rustc accepts for `--check-cfg`: `cfg(name, ..., values(...))`; the contents are
/// checked only as far as balanced parentheses and identifiers go.
fn check_cfg_is_valid(spec: &str) -> bool {
    let Some(inner) = spec
        .trim()
        .strip_prefix("cfg(")
        .and_then(|s| s.strip_suffix(')'))
    else {
        return false;
    };
    let mut depth = 0i32;
    let mut in_string = false;
    for c in inner.chars() {
        match c {
            '"' => in_string = !in_string,
            '(' if !in_string => depth += 1,
            ')' if !in_string => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            _ => {}
        }
    }
    if depth != 0 || in_string {
        return false;
    }
    // Names before any `values(...)`/`any()` must be identifiers.
    let names_part = inner.split("values(").next().unwrap_or("");
    names_part
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .all(|name| is_ident(name) || name.starts_with("any("))
}

// ---------------------------------------------------------------------------------------------
// Answers to `--print` that need no crate.

/// The crate name rustc derives from an input path: the file stem, `-` replaced by `_`.
pub fn crate_name_from_input(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().replace('-', "_"))
        .unwrap_or_default()
}

/// rustc's crate-name check: one error per character that is neither alphanumeric nor `_`.
pub fn validate_crate_name(name: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push("crate name must not be empty".to_string());
    }
    for c in name.chars() {
        if !(c.is_alphanumeric() || c == '_') {
            errors.push(format!("invalid character {c:?} in crate name: `{name}`"));
        }
    }
    errors
}

/// What `--print cfg` prints for these options: rustc's lines, sorted, one per option.
pub fn print_cfg(opts: &Options) -> Vec<String> {
    let mut lines: Vec<String> = opts
        .target_cfg()
        .into_iter()
        .chain(opts.cfg.iter().cloned())
        .map(|(name, value)| match value {
            Some(value) => format!("{name}=\"{value}\""),
            None => name,
        })
        .collect();
    lines.sort();
    lines.dedup();
    lines
}

/// What `--print file-names` prints: the file name of each crate type's output, as rustc
/// names them on Linux (`libfoo.rlib`, `libfoo.a`, `libfoo.so`, `foo`).
pub fn output_file_names(opts: &Options, crate_name: &str) -> Vec<String> {
    let extra = &opts.extra_filename;
    let crate_types: &[CrateType] = if opts.test {
        &[CrateType::Executable]
    } else {
        &opts.crate_types
    };
    crate_types
        .iter()
        .map(|ty| match ty {
            CrateType::Executable => match &opts.output {
                Some(out) if out.as_os_str() == "-" => "stdout".to_string(),
                Some(out) => {
                    let unnamed = opts.emit.iter().filter(|(_, path)| path.is_none()).count();
                    if unnamed > 1 {
                        // The output's stem plus the extra file name, with its "extension"
                        // removed, as the pipeline names the executable.
                        let stem = out.file_stem().unwrap_or_default().to_string_lossy();
                        let mut name = PathBuf::from(format!("{stem}{extra}"));
                        name.set_extension("");
                        name.to_string_lossy().into_owned()
                    } else {
                        out.file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default()
                    }
                }
                None => format!("{crate_name}{extra}"),
            },
            CrateType::Lib | CrateType::Rlib => format!("lib{crate_name}{extra}.rlib"),
            CrateType::Staticlib => format!("lib{crate_name}{extra}.a"),
            CrateType::Dylib | CrateType::Cdylib | CrateType::ProcMacro => {
                format!("lib{crate_name}{extra}.so")
            }
        })
        .collect()
}

/// The sysroot: `--sysroot`, or the directory above the one holding the smelt binary (rustc's
/// rule, `<sysroot>/bin/rustc`).
pub fn sysroot(opts: &Options) -> PathBuf {
    if let Some(sysroot) = &opts.sysroot {
        return sysroot.clone();
    }
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().and_then(Path::parent).map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("/"))
}

/// The text of a `--print` request that needs neither the crate nor the code generator, as
/// rustc prints it; `None` for the others (crate name, file names, link arguments, CPUs and
/// features), which the driver answers.
pub fn print_simple(kind: PrintKind, opts: &Options) -> Option<String> {
    let lines = |items: &[&str]| items.iter().map(|i| format!("{i}\n")).collect::<String>();
    let indented = |title: &str, items: &[&str]| {
        format!(
            "{title}\n{}\n",
            items
                .iter()
                .map(|i| format!("    {i}\n"))
                .collect::<String>()
        )
    };
    Some(match kind {
        PrintKind::Sysroot => format!("{}\n", sysroot(opts).display()),
        PrintKind::TargetLibdir => {
            format!(
                "{}\n",
                sysroot(opts)
                    .join("lib/rustlib")
                    .join(&opts.target.triple)
                    .join("lib")
                    .display()
            )
        }
        PrintKind::HostTuple => format!("{}\n", Target::host().triple),
        PrintKind::Cfg => print_cfg(opts)
            .into_iter()
            .map(|l| format!("{l}\n"))
            .collect(),
        PrintKind::TargetList => lines(Target::BUILTIN_TRIPLES),
        PrintKind::SplitDebuginfo => lines(&["off", "packed", "unpacked"]),
        PrintKind::RelocationModels => {
            let mut models: Vec<&str> = RelocModel::ALL.iter().map(|(name, _)| *name).collect();
            models.push("default");
            indented("Available relocation models:", &models)
        }
        PrintKind::CodeModels => indented(
            "Available code models:",
            &["tiny", "small", "kernel", "medium", "large"],
        ),
        PrintKind::TlsModels => indented(
            "Available TLS models:",
            &[
                "global-dynamic",
                "local-dynamic",
                "initial-exec",
                "local-exec",
                "emulated",
            ],
        ),
        PrintKind::CallingConventions => lines(&[
            "C",
            "C-unwind",
            "Rust",
            "cdecl",
            "cdecl-unwind",
            "rust-call",
            "rust-cold",
            "system",
            "system-unwind",
            "sysv64",
            "sysv64-unwind",
        ]),
        _ => return None,
    })
}

#[cfg(test)]
mod tests;

//! The parser against rustc: every expected text below is what rustc 1.95 printed for the same
//! command line (`x.rs` an empty `fn main(){}`), except where smelt names itself instead.

use std::path::PathBuf;

use smelt_errors::{ColorConfig, LintLevel};
use smelt_session::config::{
    CrateType, DebugInfo, ErrorFormat, NativeLibKind, OptLevel, OutputType, PanicStrategy,
    PathKind, RelocModel, SearchPath, SplitDebuginfo, Strip,
};

use super::*;

fn parse(args: &[&str]) -> Result<Invocation, ArgError> {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    parse_args(&args)
}

fn ok(args: &[&str]) -> Invocation {
    match parse(args) {
        Ok(inv) => inv,
        Err(e) => panic!("{args:?} was rejected:\n{}", e.render()),
    }
}

fn err(args: &[&str]) -> ArgError {
    match parse(args) {
        Ok(inv) => panic!("{args:?} was accepted: {:?}", inv.action),
        Err(e) => e,
    }
}

/// Command lines rustc rejects, with its standard error.
#[rustfmt::skip]
const RUSTC_ERRORS: &[(&[&str], &str)] = &[
    (&["--foo", "x.rs"],
     "error: Unrecognized option: 'foo'\n\n"),
    (&["-o"],
     "error: Argument to option 'o' missing\n       Usage:\n           -o <FILENAME>       Write output to FILENAME\n\n"),
    (&["x.rs", "-o"],
     "error: Argument to option 'o' missing\n       Usage:\n           -o <FILENAME>       Write output to FILENAME\n\n"),
    (&["x.rs", "y.rs"],
     "error: multiple input filenames provided (first two filenames are `x.rs` and `y.rs`)\n\n"),
    (&["--crate-type", "foo", "x.rs"],
     "error: unknown crate type: `foo`, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, `bin`, `proc-macro`\n\n"),
    (&["--crate-type", "bin,rlib,", "x.rs"],
     "error: unknown crate type: ``, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, `bin`, `proc-macro`\n\n"),
    (&["--crate-type=", "x.rs"],
     "error: unknown crate type: ``, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, `bin`, `proc-macro`\n\n"),
    (&["--edition", "2019", "x.rs"],
     "error: argument for `--edition` must be one of: <2015|2018|2021|2024|future>. (instead was `2019`)\n\n"),
    (&["--edition", "future", "x.rs"],
     "error: the crate requires edition future, but the latest edition supported by this Rust version is 2024\n\n"),
    (&["-C", "bogus", "x.rs"],
     "error: unknown codegen option: `bogus`\n\n"),
    (&["-C", "opt-levle=2", "x.rs"],
     "error: unknown codegen option: `opt-levle`\n\n"),
    (&["-C", "opt_levle=2", "x.rs"],
     "error: unknown codegen option: `opt_levle`\n\n"),
    (&["-C", "opt-level=4", "x.rs"],
     "error: optimization level needs to be between 0-3, s or z (instead was `4`)\n\n"),
    (&["-C", "opt-level", "x.rs"],
     "error: codegen option `opt-level` requires a string (`-C opt-level=<value>`)\n\n"),
    (&["-C", "debuginfo=3", "x.rs"],
     "error: incorrect value `3` for codegen option `debuginfo` - either an integer (0, 1, 2), `none`, `line-directives-only`, `line-tables-only`, `limited`, or `full` was expected\n\n"),
    (&["-C", "debuginfo=true", "x.rs"],
     "error: incorrect value `true` for codegen option `debuginfo` - either an integer (0, 1, 2), `none`, `line-directives-only`, `line-tables-only`, `limited`, or `full` was expected\n\n"),
    (&["-C", "panic=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `panic` - either `unwind`, `abort`, or `immediate-abort` was expected\n\n"),
    (&["-C", "codegen-units=x", "x.rs"],
     "error: incorrect value `x` for codegen option `codegen-units` - a number was expected\n\n"),
    (&["-C", "codegen-units=-1", "x.rs"],
     "error: incorrect value `-1` for codegen option `codegen-units` - a number was expected\n\n"),
    (&["-C", "strip=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `strip` - either `none`, `debuginfo`, or `symbols` was expected\n\n"),
    (&["-C", "overflow-checks=maybe", "x.rs"],
     "error: incorrect value `maybe` for codegen option `overflow-checks` - one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false` was expected\n\n"),
    (&["-C", "debug-assertions=", "x.rs"],
     "error: incorrect value `` for codegen option `debug-assertions` - one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false` was expected\n\n"),
    (&["-C", "no-prepopulate-passes=yes", "x.rs"],
     "error: incorrect value `yes` for codegen option `no-prepopulate-passes` - no value was expected\n\n"),
    (&["-C", "help=yes"],
     "error: incorrect value `yes` for codegen option `help` - no value was expected\n\n"),
    (&["--print", "foo"],
     "error: unknown print request: `foo`\n  |\n  = help: valid print requests are: `calling-conventions`, `cfg`, `code-models`, `crate-name`, `deployment-target`, `file-names`, `host-tuple`, `link-args`, `native-static-libs`, `relocation-models`, `split-debuginfo`, `stack-protector-strategies`, `sysroot`, `target-cpus`, `target-features`, `target-libdir`, `target-list`, `tls-models`\n  = help: for more information, see the rustc book: https://doc.rust-lang.org/rustc/command-line-arguments.html#--print-print-compiler-information\n\n"),
    (&["--print"],
     "error: Argument to option 'print' missing\n       Usage:\n           --print <INFO>[=<FILE>]\n                               Compiler information to print on stdout (or to a file)\n                               INFO may be one of\n                               <all-target-specs-json|backend-has-zstd|calling-conventions|cfg|check-cfg|code-models|crate-name|crate-root-lint-levels|deployment-target|file-names|host-tuple|link-args|native-static-libs|relocation-models|split-debuginfo|stack-protector-strategies|supported-crate-types|sysroot|target-cpus|target-features|target-libdir|target-list|target-spec-json|target-spec-json-schema|tls-models>.\n\n"),
    (&["--print=target-spec-json"],
     "error: the `-Z unstable-options` flag must also be passed to enable the `target-spec-json` print option\n\n"),
    (&["--print=check-cfg"],
     "error: the `-Z unstable-options` flag must also be passed to enable the `check-cfg` print option\n\n"),
    (&["--print=file-names,cfg", "x.rs"],
     "error: unknown print request: `file-names,cfg`\n  |\n  = help: valid print requests are: `calling-conventions`, `cfg`, `code-models`, `crate-name`, `deployment-target`, `file-names`, `host-tuple`, `link-args`, `native-static-libs`, `relocation-models`, `split-debuginfo`, `stack-protector-strategies`, `sysroot`, `target-cpus`, `target-features`, `target-libdir`, `target-list`, `tls-models`\n  = help: for more information, see the rustc book: https://doc.rust-lang.org/rustc/command-line-arguments.html#--print-print-compiler-information\n\n"),
    (&["-Zfoo", "x.rs"],
     "error: the option `Z` is only accepted on the nightly compiler\n\nhelp: consider switching to a nightly toolchain: `rustup default nightly`\n\nnote: selecting a toolchain with `+toolchain` arguments require a rustup proxy; see <https://rust-lang.github.io/rustup/concepts/index.html>\n\nnote: for more information about Rust's stability policy, see <https://doc.rust-lang.org/book/appendix-07-nightly-rust.html#unstable-features>\n\nerror: 1 nightly option were parsed\n\n"),
    (&["-Z", "foo", "-Z", "bar", "x.rs"],
     "error: the option `Z` is only accepted on the nightly compiler\n\nhelp: consider switching to a nightly toolchain: `rustup default nightly`\n\nnote: selecting a toolchain with `+toolchain` arguments require a rustup proxy; see <https://rust-lang.github.io/rustup/concepts/index.html>\n\nnote: for more information about Rust's stability policy, see <https://doc.rust-lang.org/book/appendix-07-nightly-rust.html#unstable-features>\n\nerror: 1 nightly option were parsed\n\n"),
    (&["--cfg", "foo=bar", "--print", "cfg"],
     "error: invalid `--cfg` argument: `foo=bar` (expected `key` or `key=\"value\"`, ensure escaping is appropriate for your shell, try 'key=\"value\"' or key=\\\"value\\\")\n\n"),
    (&["--cfg", "1foo", "--print", "cfg"],
     "error: invalid `--cfg` argument: `1foo` (expected `key` or `key=\"value\"`)\n\n"),
    (&["--cfg", "foo(bar)", "--print", "cfg"],
     "error: invalid `--cfg` argument: `foo(bar)` (expected `key` or `key=\"value\"`)\n\n"),
    (&["--cfg", "a::b", "--print", "cfg"],
     "error: invalid `--cfg` argument: `a::b` (argument key must be an identifier)\n\n"),
    (&["--cfg", "foo=\"bar", "--print", "cfg"],
     "error[E0765]: unterminated double quote string\n  |\n  = note: this occurred on the command line: `--cfg=foo=\"bar`\n\n"),
    (&["--cfg=", "--print", "cfg"],
     "error: invalid `--cfg` argument: `` (expected `key` or `key=\"value\"`)\n\n"),
    (&["--cfg", "true", "--print", "cfg"],
     "error: invalid `--cfg` argument: `true` (expected `key` or `key=\"value\"`)\n\n"),
    (&["--cfg", "foo=1", "--print", "cfg"],
     "error: invalid `--cfg` argument: `foo=1` (argument value must be a string)\n\n"),
    (&["--cfg", "foo=\"a\"b", "--print", "cfg"],
     "error: suffixes on string literals are invalid\n  |\n  = note: this occurred on the command line: `--cfg=foo=\"a\"b`\n\nerror: invalid `--cfg` argument: `foo=\"a\"b` (expected `key` or `key=\"value\"`)\n\n"),
    (&["--check-cfg", "cfg(foo", "x.rs"],
     "error: invalid `--check-cfg` argument: `cfg(foo`\n  |\n  = note: expected `cfg(name, values(\"value1\", \"value2\", ... \"valueN\"))`\n  = note: visit <https://doc.rust-lang.org/nightly/rustc/check-cfg.html> for more details\n\n"),
    (&["--check-cfg", "foo", "x.rs"],
     "error: invalid `--check-cfg` argument: `foo`\n  |\n  = note: expected `cfg(name, values(\"value1\", \"value2\", ... \"valueN\"))`\n  = note: visit <https://doc.rust-lang.org/nightly/rustc/check-cfg.html> for more details\n\n"),
    (&["-L", "dependency=", "x.rs"],
     "error: empty search path given via `-L`\n\n"),
    (&["-l", "foo=bar", "x.rs"],
     "error: unknown library kind `foo`, expected one of: static, dylib, framework, link-arg\n\n"),
    (&["-l", "static:bundle=m", "x.rs"],
     "error: invalid linking modifier syntax, expected '+' or '-' prefix before one of: bundle, verbatim, whole-archive, as-needed, export-symbols\n\n"),
    (&["-l", "static:+foo=m", "x.rs"],
     "error: unknown linking modifier `foo`, expected one of: bundle, verbatim, whole-archive, as-needed, export-symbols\n\n"),
    (&["-l=", "x.rs"],
     "error: unknown library kind ``, expected one of: static, dylib, framework, link-arg\n\n"),
    (&["-l", "dylib:+bundle=m", "x.rs"],
     "error: linking modifier `bundle` is only compatible with `static` linking kind\n\n"),
    (&["-l", "static:+bundle,-bundle=m", "x.rs"],
     "error: multiple `bundle` modifiers in a single `-l` option\n\n"),
    (&["-l", "dylib:+as-needed=m", "x.rs"],
     "error: linking modifier `as-needed` is unstable and only accepted on the nightly compiler\n\n"),
    (&["-l", "link-arg=foo", "x.rs"],
     "error: library kind `link-arg` is unstable and only accepted on the nightly compiler\n\n"),
    (&["--extern=", "x.rs"],
     "error: crate name `` passed to `--extern` is not a valid ASCII identifier\n\n"),
    (&["--extern", "a-b", "x.rs"],
     "error: crate name `a-b` passed to `--extern` is not a valid ASCII identifier\n  |\n  = help: consider replacing the dashes with underscores: `a_b`\n\n"),
    (&["--extern", "a.b", "x.rs"],
     "error: crate name `a.b` passed to `--extern` is not a valid ASCII identifier\n\n"),
    (&["--extern", "priv:foo", "x.rs"],
     "error: the `-Z unstable-options` flag must also be passed to enable `--extern` options\n\n"),
    (&["--cap-lints", "foo", "x.rs"],
     "error: unknown lint level: `foo`\n\n"),
    (&["--cap-lints", "force-warn", "x.rs"],
     "error: unknown lint level: `force-warn`\n\n"),
    (&["--error-format", "foo", "x.rs"],
     "error: argument for `--error-format` must be `human`, `human-unicode`, `json`, `pretty-json` or `short` (instead was `foo`)\n\n"),
    (&["--json", "foo", "x.rs"],
     "error: unknown `--json` option `foo`\n\n"),
    (&["--json", "artifacts", "x.rs"],
     "error: using `--json` requires also using `--error-format=json`\n\n"),
    (&["--color", "foo", "x.rs"],
     "error: argument for `--color` must be auto, always or never (instead was `foo`)\n\n"),
    (&["--color=always", "--json=artifacts", "x.rs"],
     "error: cannot specify the `--color` option with `--json`\n\n"),
    (&["--diagnostic-width", "foo", "x.rs"],
     "error: `--diagnostic-width` must be an positive integer\n\n"),
    (&["--target", "foo.json", "x.rs"],
     "error: target file \"foo.json\" does not exist\n\n"),
    (&["-o", "out", "-o", "out2", "x.rs"],
     "error: Option 'o' given more than once\n\n"),
    (&["--crate-name", "foo", "--crate-name", "bar", "x.rs"],
     "error: Option 'crate-name' given more than once\n\n"),
    (&["-V=foo"],
     "error: Unrecognized option: '='\n\n"),
    (&["--version=foo"],
     "error: Option 'version' does not take an argument\n\n"),
    (&["-v", "-v", "x.rs"],
     "error: Option 'verbose' given more than once\n\n"),
    (&["--test", "--test", "x.rs"],
     "error: Option 'test' given more than once\n\n"),
    (&["--cfg"],
     "error: Argument to option 'cfg' missing\n       Usage:\n           --cfg <SPEC>        Configure the compilation environment.\n                               SPEC supports the syntax `<NAME>[=\"<VALUE>\"]`.\n\n"),
    (&["-C"],
     "error: Argument to option 'C' missing\n\n"),
    (&["-L"],
     "error: Argument to option 'L' missing\n       Usage:\n           -L [<KIND>=]<PATH>  Add a directory to the library search path. The\n                               optional KIND can be one of\n                               <dependency|crate|native|framework|all> (default:\n                               all).\n\n"),
    (&["-l"],
     "error: Argument to option 'l' missing\n       Usage:\n           -l [<KIND>[:<MODIFIERS>]=]<NAME>[:<RENAME>]\n                               Link the generated crate(s) to the specified native\n                               library NAME. The optional KIND can be one of\n                               <static|framework|dylib> (default: dylib).\n                               Optional comma separated MODIFIERS\n                               <bundle|verbatim|whole-archive|as-needed>\n                               may be specified each with a prefix of either '+' to\n                               enable or '-' to disable.\n\n"),
    (&["--crate-type"],
     "error: Argument to option 'crate-type' missing\n       Usage:\n           --crate-type <bin|lib|rlib|dylib|cdylib|staticlib|proc-macro>\n                               Comma separated list of types of crates\n                               for the compiler to emit\n\n"),
    (&["--crate-name"],
     "error: Argument to option 'crate-name' missing\n       Usage:\n           --crate-name <NAME> Specify the name of the crate being built\n\n"),
    (&["--edition"],
     "error: Argument to option 'edition' missing\n       Usage:\n           --edition <2015|2018|2021|2024|future>\n                               Specify which edition of the compiler to use when\n                               compiling code. The default is 2015 and the latest\n                               stable edition is 2024.\n\n"),
    (&["--explain"],
     "error: Argument to option 'explain' missing\n       Usage:\n           --explain <OPT>     Provide a detailed explanation of an error message\n\n"),
    (&["--target"],
     "error: Argument to option 'target' missing\n       Usage:\n           --target <TARGET>   Target tuple for which the code is compiled\n\n"),
    (&["-A"],
     "error: Argument to option 'A' missing\n\n"),
    (&["--force-warn"],
     "error: Argument to option 'force-warn' missing\n       Usage:\n           --force-warn <LINT> Set lint force-warn\n\n"),
    (&["--allow"],
     "error: Argument to option 'allow' missing\n       Usage:\n           -A, --allow <LINT>  Set lint allowed\n\n"),
    (&["--cap-lints"],
     "error: Argument to option 'cap-lints' missing\n       Usage:\n           --cap-lints <LEVEL> Set the most restrictive lint level. More restrictive\n                               lints are capped at this level\n\n"),
    (&["--codegen"],
     "error: Argument to option 'codegen' missing\n       Usage:\n           -C, --codegen <OPT>[=<VALUE>]\n                               Set a codegen option\n\n"),
    (&["-Z"],
     "error: Argument to option 'Z' missing\n       Usage:\n           -Z <FLAG>           Set unstable / perma-unstable options\n\n"),
    (&["--extern"],
     "error: Argument to option 'extern' missing\n       Usage:\n           --extern <NAME>[=<PATH>]\n                               Specify where an external rust library is located\n\n"),
    (&["--sysroot"],
     "error: Argument to option 'sysroot' missing\n       Usage:\n           --sysroot <PATH>    Override the system root\n\n"),
    (&["--error-format"],
     "error: Argument to option 'error-format' missing\n       Usage:\n           --error-format <human|json|short>\n                               How errors and other messages are produced\n\n"),
    (&["--json"],
     "error: Argument to option 'json' missing\n       Usage:\n           --json <CONFIG>     Configure the JSON output of the compiler\n\n"),
    (&["--color"],
     "error: Argument to option 'color' missing\n       Usage:\n           --color <auto|always|never>\n                               Configure coloring of output:\n                               * auto = colorize, if output goes to a tty (default);\n                               * always = always colorize output;\n                               * never = never colorize output\n\n"),
    (&["--remap-path-prefix"],
     "error: Argument to option 'remap-path-prefix' missing\n       Usage:\n           --remap-path-prefix <FROM>=<TO>\n                               Remap source names in all output (compiler messages\n                               and output files)\n\n"),
    (&["--remap-path-scope"],
     "error: Argument to option 'remap-path-scope' missing\n       Usage:\n           --remap-path-scope <macro,diagnostics,debuginfo,coverage,object,all>\n                               Defines which scopes of paths should be remapped by\n                               `--remap-path-prefix`\n\n"),
    (&["--out-dir"],
     "error: Argument to option 'out-dir' missing\n       Usage:\n           --out-dir <DIR>     Write output to compiler-chosen filename in DIR\n\n"),
    (&["--check-cfg"],
     "error: Argument to option 'check-cfg' missing\n       Usage:\n           --check-cfg <SPEC>  Provide list of expected cfgs for checking\n\n"),
    (&["-O3", "x.rs"],
     "error: Unrecognized option: '3'\n\n"),
    (&["--opt-level=2"],
     "error: Unrecognized option: 'opt-level'. Did you mean `-C opt-level`?\n\n"),
    (&["--unpretty=x"],
     "error: Unrecognized option: 'unpretty'. Did you mean `-Z unpretty`?\n\n"),
    (&["--crate-attr"],
     "error: Unrecognized option: 'crate-attr'. Did you mean `-Z crate-attr`?\n\n"),
    (&["@nofile"],
     "error: failed to load argument file: IO error: nofile: No such file or directory (os error 2)\n\n"),
    (&["@nofile", "@nofile2"],
     "error: failed to load argument file: IO error: nofile: No such file or directory (os error 2)\n\nerror: failed to load argument file: IO error: nofile2: No such file or directory (os error 2)\n\n"),
    (&["--env-set", "A=b", "x.rs"],
     "error: the `-Z unstable-options` flag must also be passed to enable the flag `env-set`\n\n"),
    (&["-C", "lto", "-C", "embed-bitcode=no", "x.rs"],
     "error: options `-C embed-bitcode=no` and `-C lto` are incompatible\n\n"),
    (&["-C", "relocation-model=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `relocation-model` - one of supported relocation models (`rustc --print relocation-models`) was expected\n\n"),
    (&["-C", "code-model=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `code-model` - one of supported code models (`rustc --print code-models`) was expected\n\n"),
    (&["-C", "split-debuginfo=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `split-debuginfo` - one of supported split-debuginfo modes (`off`, `packed`, or `unpacked`) was expected\n\n"),
    (&["-C", "linker-flavor=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `linker-flavor` - one of: gnu gnu-lld gnu-cc gnu-lld-cc darwin darwin-lld darwin-cc darwin-lld-cc wasm-lld wasm-lld-cc unix unix-cc msvc-lld msvc em-cc bpf llbc ptx gcc ld ld.lld ld64.lld lld-link wasm-ld em  was expected\n\n"),
    (&["-C", "linker-flavor=gnu-cc", "x.rs"],
     "error: the linker flavor `gnu-cc` is unstable, the `-Z unstable-options` flag must also be passed to use the unstable values\n\n"),
    (&["-C", "lto=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `lto` - either a boolean (`yes`, `no`, `on`, `off`, etc), `thin`, `fat`, or omitted was expected\n\n"),
    (&["-C", "force-frame-pointers=non-leaf", "x.rs"],
     "error: `-Cforce-frame-pointers=non-leaf` or `always` also requires `-Zunstable-options` and a nightly compiler\n\n"),
    (&["-C", "force-frame-pointers=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `force-frame-pointers` - one of `true`/`yes`/`on`, `false`/`no`/`off`, or (with -Zunstable-options) `non-leaf` or `always` was expected\n\n"),
    (&["-C", "instrument-coverage=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `instrument-coverage` - one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false` was expected\n\n"),
    (&["-C", "link-self-contained=+linker", "x.rs"],
     "error: only `-C link-self-contained` values `y`/`yes`/`on`/`n`/`no`/`off`/`-linker` are stable, the `-Z unstable-options` flag must also be passed to use the unstable values\n\n"),
    (&["-C", "link-self-contained=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `link-self-contained` - one of: `y`, `yes`, `on`, `n`, `no`, `off`, or a list of enabled (`+` prefix) and disabled (`-` prefix) components: `crto`, `libc`, `unwind`, `linker`, `sanitizers`, `mingw` was expected\n\n"),
    (&["-C", "relro-level=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `relro-level` - one of: `full`, `partial`, or `off` was expected\n\n"),
    (&["-C", "symbol-mangling-version=legacy", "x.rs"],
     "error: `-C symbol-mangling-version=legacy` requires `-Z unstable-options`\n\n"),
    (&["-C", "symbol-mangling-version=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `symbol-mangling-version` - one of: `legacy`, `v0` (RFC 2603), or `hashed` was expected\n\n"),
    (&["-C", "control-flow-guard=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `control-flow-guard` - either a boolean (`yes`, `no`, `on`, `off`, etc), `checks`, or `nochecks` was expected\n\n"),
    (&["-C", "incremental", "x.rs"],
     "error: codegen option `incremental` requires a string (`-C incremental=<value>`)\n\n"),
    (&["-C", "codegen-units=0", "x.rs"],
     "error: value for codegen units must be a positive non-zero integer\n\n"),
    (&["-C", "metadata", "x.rs"],
     "error: codegen option `metadata` requires a space-separated list of strings (`-C metadata=<value>`)\n\n"),
    (&["-C", "extra-filename", "x.rs"],
     "error: codegen option `extra-filename` requires a string (`-C extra-filename=<value>`)\n\n"),
    (&["-C", "link-args", "x.rs"],
     "error: codegen option `link-args` requires a space-separated list of strings (`-C link-args=<value>`)\n\n"),
    (&["-C", "panic=immediate-abort", "x.rs"],
     "error: `-Cpanic=immediate-abort` requires `-Zunstable-options` and a nightly compiler\n\n"),
    (&["-C", "linker-features=+lld", "x.rs"],
     "error: `-C linker-features=+lld` is unstable, and also requires the `-Z unstable-options` flag to be used\n\n"),
    (&["-C", "soft-float=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `soft-float` - one of: `y`, `yes`, `on`, `true`, `n`, `no`, `off` or `false` was expected\n\n"),
    (&["-C", "collapse-macro-debuginfo=foo", "x.rs"],
     "error: incorrect value `foo` for codegen option `collapse-macro-debuginfo` - one of `no`, `external`, or `yes` was expected\n\n"),
    (&["-C", "unsafe-allow-abi-mismatch", "x.rs"],
     "error: codegen option `unsafe-allow-abi-mismatch` requires a comma-separated list of strings (`-C unsafe-allow-abi-mismatch=<value>`)\n\n"),
    (&["-C", "target-feature", "x.rs"],
     "error: codegen option `target-feature` requires a string (`-C target-feature=<value>`)\n\n"),
    (&["--print", "cfg=a.txt", "--print", "sysroot=a.txt"],
     "error: cannot print multiple outputs to the same path: a.txt\n\n"),
    (&["--crate-name", "a-b", "x.rs"],
     "error: invalid character '-' in crate name: `a-b`\n\nerror: aborting due to 1 previous error\n\n"),
    (&["--crate-name", "a-b_c.d", "x.rs"],
     "error: invalid character '-' in crate name: `a-b_c.d`\n\nerror: invalid character '.' in crate name: `a-b_c.d`\n\nerror: aborting due to 2 previous errors\n\n"),
    (&["--crate-name=", "x.rs"],
     "error: crate name must not be empty\n\nerror: aborting due to 1 previous error\n\n"),
    (&["-C", "dwarf-version=9", "x.rs"],
     "error: requested DWARF version 9 is not supported\n  |\n  = help: supported DWARF versions are 2, 3, 4 and 5\n\nerror: aborting due to 1 previous error\n\n"),
    (&["-C", "linker-flavor=msvc", "x.rs"],
     "error: linker flavor `msvc` is incompatible with the current target\n  |\n  = note: compatible flavors are: gnu, gnu-lld, gnu-cc, gnu-lld-cc, gcc, ld, ld.lld\n\nerror: aborting due to 1 previous error\n\n"),
    (&["-C", "dwarf-version=1", "-C", "linker-flavor=msvc", "--crate-name", "a-b", "x.rs"],
     "error: requested DWARF version 1 is not supported\n  |\n  = help: supported DWARF versions are 2, 3, 4 and 5\n\nerror: linker flavor `msvc` is incompatible with the current target\n  |\n  = note: compatible flavors are: gnu, gnu-lld, gnu-cc, gnu-lld-cc, gcc, ld, ld.lld\n\nerror: invalid character '-' in crate name: `a-b`\n\nerror: aborting due to 3 previous errors\n\n"),
    (&["--remap-path-prefix=foo", "x.rs"],
     "error: --remap-path-prefix must contain '=' between FROM and TO\n\n"),
    (&["--remap-path-scope=foo", "x.rs"],
     "error: argument for `--remap-path-scope` must be a comma separated list of scopes: `macro`, `diagnostics`, `documentation`, `debuginfo`, `coverage`, `object`, `all`\n\n"),
    (&["--explain", "E0308", "--crate-type", "foo"],
     "error: unknown crate type: `foo`, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, `bin`, `proc-macro`\n\n"),
    (&["-W", "help", "--crate-type", "foo"],
     "error: unknown crate type: `foo`, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, `bin`, `proc-macro`\n\n"),
    (&["--print", "crate-name", "--crate-name", "a-b", "x.rs"],
     "error: invalid character '-' in crate name: `a-b`\n\nerror: aborting due to 1 previous error\n\n"),
    (&["--error-format=short", "--crate-type", "foo", "x.rs"],
     "error: unknown crate type: `foo`, expected one of: `lib`, `rlib`, `staticlib`, `dylib`, `cdylib`, `bin`, `proc-macro`\n"),
];

#[test]
fn errors_match_rustc() {
    let mut failures = Vec::new();
    for (args, expected) in RUSTC_ERRORS {
        let got = match parse(args) {
            Ok(inv) => format!("accepted: {:?}", inv.action),
            Err(e) => e.render(),
        };
        if got != *expected {
            failures.push(format!("{args:?}\n--- rustc:\n{expected}--- smelt:\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n\n{}",
        failures.len(),
        RUSTC_ERRORS.len(),
        failures.join("\n")
    );
}

/// `rustc --help`, verbatim.
const RUSTC_HELP: &str = r#"Usage: rustc [OPTIONS] INPUT

Options:
    -h, --help          Display this message
        --cfg <SPEC>    Configure the compilation environment.
                        SPEC supports the syntax `<NAME>[="<VALUE>"]`.
        --check-cfg <SPEC>
                        Provide list of expected cfgs for checking
    -L [<KIND>=]<PATH>  Add a directory to the library search path. The
                        optional KIND can be one of
                        <dependency|crate|native|framework|all> (default:
                        all).
    -l [<KIND>[:<MODIFIERS>]=]<NAME>[:<RENAME>]
                        Link the generated crate(s) to the specified native
                        library NAME. The optional KIND can be one of
                        <static|framework|dylib> (default: dylib).
                        Optional comma separated MODIFIERS
                        <bundle|verbatim|whole-archive|as-needed>
                        may be specified each with a prefix of either '+' to
                        enable or '-' to disable.
        --crate-type <bin|lib|rlib|dylib|cdylib|staticlib|proc-macro>
                        Comma separated list of types of crates
                        for the compiler to emit
        --crate-name <NAME>
                        Specify the name of the crate being built
        --edition <2015|2018|2021|2024|future>
                        Specify which edition of the compiler to use when
                        compiling code. The default is 2015 and the latest
                        stable edition is 2024.
        --emit <TYPE>[=<FILE>]
                        Comma separated list of types of output for the
                        compiler to emit.
                        Each TYPE has the default FILE name:
                        * asm - CRATE_NAME.s
                        * llvm-bc - CRATE_NAME.bc
                        * dep-info - CRATE_NAME.d
                        * link - (platform and crate-type dependent)
                        * llvm-ir - CRATE_NAME.ll
                        * metadata - libCRATE_NAME.rmeta
                        * mir - CRATE_NAME.mir
                        * obj - CRATE_NAME.o
                        * thin-link-bitcode - CRATE_NAME.indexing.o
        --print <INFO>[=<FILE>]
                        Compiler information to print on stdout (or to a file)
                        INFO may be one of
                        <all-target-specs-json|backend-has-zstd|calling-conventions|cfg|check-cfg|code-models|crate-name|crate-root-lint-levels|deployment-target|file-names|host-tuple|link-args|native-static-libs|relocation-models|split-debuginfo|stack-protector-strategies|supported-crate-types|sysroot|target-cpus|target-features|target-libdir|target-list|target-spec-json|target-spec-json-schema|tls-models>.
    -g                  Equivalent to -C debuginfo=2
    -O                  Equivalent to -C opt-level=3
    -o <FILENAME>       Write output to FILENAME
        --out-dir <DIR> Write output to compiler-chosen filename in DIR
        --explain <OPT> Provide a detailed explanation of an error message
        --test          Build a test harness
        --target <TARGET>
                        Target tuple for which the code is compiled
    -A, --allow <LINT>  Set lint allowed
    -W, --warn <LINT>   Set lint warnings
        --force-warn <LINT>
                        Set lint force-warn
    -D, --deny <LINT>   Set lint denied
    -F, --forbid <LINT> Set lint forbidden
        --cap-lints <LEVEL>
                        Set the most restrictive lint level. More restrictive
                        lints are capped at this level
    -C, --codegen <OPT>[=<VALUE>]
                        Set a codegen option
    -V, --version       Print version info and exit
    -v, --verbose       Use verbose output

Additional help:
    -C help             Print codegen options
    -W help             Print 'lint' options and default settings
    --help -v           Print the full set of options rustc accepts

"#;

/// `rustc --help -v`, verbatim.
const RUSTC_HELP_VERBOSE: &str = r#"Usage: rustc [OPTIONS] INPUT

Options:
    -h, --help          Display this message
        --cfg <SPEC>    Configure the compilation environment.
                        SPEC supports the syntax `<NAME>[="<VALUE>"]`.
        --check-cfg <SPEC>
                        Provide list of expected cfgs for checking
    -L [<KIND>=]<PATH>  Add a directory to the library search path. The
                        optional KIND can be one of
                        <dependency|crate|native|framework|all> (default:
                        all).
    -l [<KIND>[:<MODIFIERS>]=]<NAME>[:<RENAME>]
                        Link the generated crate(s) to the specified native
                        library NAME. The optional KIND can be one of
                        <static|framework|dylib> (default: dylib).
                        Optional comma separated MODIFIERS
                        <bundle|verbatim|whole-archive|as-needed>
                        may be specified each with a prefix of either '+' to
                        enable or '-' to disable.
        --crate-type <bin|lib|rlib|dylib|cdylib|staticlib|proc-macro>
                        Comma separated list of types of crates
                        for the compiler to emit
        --crate-name <NAME>
                        Specify the name of the crate being built
        --edition <2015|2018|2021|2024|future>
                        Specify which edition of the compiler to use when
                        compiling code. The default is 2015 and the latest
                        stable edition is 2024.
        --emit <TYPE>[=<FILE>]
                        Comma separated list of types of output for the
                        compiler to emit.
                        Each TYPE has the default FILE name:
                        * asm - CRATE_NAME.s
                        * llvm-bc - CRATE_NAME.bc
                        * dep-info - CRATE_NAME.d
                        * link - (platform and crate-type dependent)
                        * llvm-ir - CRATE_NAME.ll
                        * metadata - libCRATE_NAME.rmeta
                        * mir - CRATE_NAME.mir
                        * obj - CRATE_NAME.o
                        * thin-link-bitcode - CRATE_NAME.indexing.o
        --print <INFO>[=<FILE>]
                        Compiler information to print on stdout (or to a file)
                        INFO may be one of
                        <all-target-specs-json|backend-has-zstd|calling-conventions|cfg|check-cfg|code-models|crate-name|crate-root-lint-levels|deployment-target|file-names|host-tuple|link-args|native-static-libs|relocation-models|split-debuginfo|stack-protector-strategies|supported-crate-types|sysroot|target-cpus|target-features|target-libdir|target-list|target-spec-json|target-spec-json-schema|tls-models>.
    -g                  Equivalent to -C debuginfo=2
    -O                  Equivalent to -C opt-level=3
    -o <FILENAME>       Write output to FILENAME
        --out-dir <DIR> Write output to compiler-chosen filename in DIR
        --explain <OPT> Provide a detailed explanation of an error message
        --test          Build a test harness
        --target <TARGET>
                        Target tuple for which the code is compiled
    -A, --allow <LINT>  Set lint allowed
    -W, --warn <LINT>   Set lint warnings
        --force-warn <LINT>
                        Set lint force-warn
    -D, --deny <LINT>   Set lint denied
    -F, --forbid <LINT> Set lint forbidden
        --cap-lints <LEVEL>
                        Set the most restrictive lint level. More restrictive
                        lints are capped at this level
    -C, --codegen <OPT>[=<VALUE>]
                        Set a codegen option
    -V, --version       Print version info and exit
    -v, --verbose       Use verbose output
        --extern <NAME>[=<PATH>]
                        Specify where an external rust library is located
        --sysroot <PATH>
                        Override the system root
        --error-format <human|json|short>
                        How errors and other messages are produced
        --json <CONFIG> Configure the JSON output of the compiler
        --color <auto|always|never>
                        Configure coloring of output:
                        * auto = colorize, if output goes to a tty (default);
                        * always = always colorize output;
                        * never = never colorize output
        --diagnostic-width <WIDTH>
                        Inform rustc of the width of the output so that
                        diagnostics can be truncated to fit
        --remap-path-prefix <FROM>=<TO>
                        Remap source names in all output (compiler messages
                        and output files)
        --remap-path-scope <macro,diagnostics,debuginfo,coverage,object,all>
                        Defines which scopes of paths should be remapped by
                        `--remap-path-prefix`
    @path               Read newline separated options from `path`

Additional help:
    -C help             Print codegen options
    -W help             Print 'lint' options and default settings

"#;

/// `rustc -C help`, verbatim.
const RUSTC_CODEGEN_HELP: &str = r#"
Available codegen options:

    -C                        ar=val -- this option is deprecated and does nothing
    -C                code-model=val -- choose the code model to use (`rustc --print code-models` for details)
    -C             codegen-units=val -- divide crate into N units to optimize in parallel
    -C  collapse-macro-debuginfo=val -- set option to collapse debuginfo for macros
    -C        control-flow-guard=val -- use Windows Control Flow Guard (default: no)
    -C          debug-assertions=val -- explicitly enable the `cfg(debug_assertions)` directive
    -C                 debuginfo=val -- debug info emission level (0-2, none, line-directives-only, line-tables-only, limited, or full; default: 0)
    -C  default-linker-libraries=val -- allow the linker to link its default libraries (default: no)
    -C                   dlltool=val -- import library generation tool (ignored except when targeting windows-gnu)
    -C             dwarf-version=val -- version of DWARF debug information to emit (default: 2 or 4, depending on platform)
    -C             embed-bitcode=val -- emit bitcode in rlibs (default: yes)
    -C            extra-filename=val -- extra data to put in each output filename
    -C      force-frame-pointers=val -- force use of the frame pointers
    -C       force-unwind-tables=val -- force use of unwind tables
    -C                      help=val -- Print codegen options
    -C               incremental=val -- enable incremental compilation
    -C          inline-threshold=val -- this option is deprecated and does nothing (consider using `-Cllvm-args=--inline-threshold=...`)
    -C       instrument-coverage=val -- instrument the generated code to support LLVM source-based code coverage reports (note, the compiler build config must include `profiler = true`); implies `-C symbol-mangling-version=v0`
    -C               jump-tables=val -- allow jump table and lookup table generation from switch case lowering (default: yes)
    -C                  link-arg=val -- a single extra argument to append to the linker invocation (can be used several times)
    -C                 link-args=val -- extra arguments to append to the linker invocation (space separated)
    -C            link-dead-code=val -- try to generate and link dead code (default: no)
    -C       link-self-contained=val -- control whether to link Rust provided C objects/libraries or rely on a C toolchain or linker installed in the system
    -C                    linker=val -- system linker to link outputs with
    -C           linker-features=val -- a comma-separated list of linker features to enable (+) or disable (-): `lld`
    -C             linker-flavor=val -- linker flavor
    -C         linker-plugin-lto=val -- generate build artifacts that are compatible with linker-based LTO
    -C                 llvm-args=val -- a list of arguments to pass to LLVM (space separated)
    -C                       lto=val -- perform LLVM link-time optimizations
    -C                  metadata=val -- metadata to mangle symbol names with
    -C     no-prepopulate-passes=val -- give an empty list of passes to the pass manager
    -C                no-redzone=val -- disable the use of the redzone
    -C            no-stack-check=val -- this option is deprecated and does nothing
    -C        no-vectorize-loops=val -- disable loop vectorization optimization passes
    -C          no-vectorize-slp=val -- disable LLVM's SLP vectorization pass
    -C                 opt-level=val -- optimization level (0-3, s, or z; default: 0)
    -C           overflow-checks=val -- use overflow checks for integer arithmetic
    -C                     panic=val -- panic strategy to compile crate with
    -C                    passes=val -- a list of extra LLVM passes to run (space separated)
    -C            prefer-dynamic=val -- prefer dynamic linking to static linking (default: no)
    -C          profile-generate=val -- compile the program with profiling instrumentation
    -C               profile-use=val -- use the given `.profdata` file for profile-guided optimization
    -C          relocation-model=val -- control generation of position-independent code (PIC) (`rustc --print relocation-models` for details)
    -C               relro-level=val -- choose which RELRO level to use
    -C                    remark=val -- output remarks for these optimization passes (space separated, or "all")
    -C                     rpath=val -- set rpath values in libs/exes (default: no)
    -C                save-temps=val -- save all temporary output files during compilation (default: no)
    -C                soft-float=val -- deprecated option: use soft float ABI (*eabihf targets only) (default: no)
    -C           split-debuginfo=val -- how to handle split-debuginfo, a platform-specific option
    -C                     strip=val -- tell the linker which information to strip (`none` (default), `debuginfo` or `symbols`)
    -C   symbol-mangling-version=val -- which mangling version to use for symbol names ('legacy' (default), 'v0', or 'hashed')
    -C                target-cpu=val -- select target processor (`rustc --print target-cpus` for details)
    -C            target-feature=val -- target specific attributes. (`rustc --print target-features` for details). This feature is unsafe.
    -C unsafe-allow-abi-mismatch=val -- Allow incompatible target modifiers in dependency crates (comma separated list)
"#;

/// `rustc -W all`, verbatim.
const RUSTC_WALL_HELP: &str = r#"
The flag `-Wall` does not exist in `rustc`. Most useful lints are enabled by
default. Use `rustc -W help` to see all available lints. It's more common to put
warning settings in the crate root using `#![warn(LINT_NAME)]` instead of using
the command line flag directly.

"#;

const RUSTC_EMIT_HELP: &str = "                        * asm - CRATE_NAME.s
                        * llvm-bc - CRATE_NAME.bc
                        * dep-info - CRATE_NAME.d
                        * link - (platform and crate-type dependent)
                        * llvm-ir - CRATE_NAME.ll
                        * metadata - libCRATE_NAME.rmeta
                        * mir - CRATE_NAME.mir
                        * obj - CRATE_NAME.o
                        * thin-link-bitcode - CRATE_NAME.indexing.o
";

/// smelt's `--emit` kinds instead of rustc's LLVM ones.
const SMELT_EMIT_HELP: &str = "                        * asm - CRATE_NAME.s
                        * ast - CRATE_NAME.ast
                        * clif - CRATE_NAME.clif
                        * dep-info - CRATE_NAME.d
                        * expanded - CRATE_NAME.expanded.rs
                        * hir - CRATE_NAME.hir
                        * link - (platform and crate-type dependent)
                        * llvm-ir - CRATE_NAME.clif (Cranelift IR)
                        * metadata - libCRATE_NAME.rmeta
                        * mir - CRATE_NAME.mir
                        * obj - CRATE_NAME.o
                        * tokens - CRATE_NAME.tokens
";

/// rustc's text with smelt's name, and smelt's `--emit` kinds.
fn as_smelt(rustc_text: &str) -> String {
    rustc_text
        .replace("rustc", "smelt")
        .replace(RUSTC_EMIT_HELP, SMELT_EMIT_HELP)
}

#[test]
fn help_texts_are_laid_out_like_rustc() {
    assert_eq!(usage(false), as_smelt(RUSTC_HELP));
    assert_eq!(usage(true), as_smelt(RUSTC_HELP_VERBOSE));
    assert_eq!(codegen_help(), as_smelt(RUSTC_CODEGEN_HELP));
    assert_eq!(wall_help(), as_smelt(RUSTC_WALL_HELP));
}

#[test]
fn help_version_and_friends_stop_parsing() {
    assert_eq!(ok(&[]).action, Action::Help { verbose: false });
    assert_eq!(ok(&["--help"]).action, Action::Help { verbose: false });
    assert_eq!(ok(&["-h", "-v"]).action, Action::Help { verbose: true });
    // rustc does not look at the other flags once it knows it prints help or its version.
    assert_eq!(
        ok(&["--help", "--crate-type", "foo"]).action,
        Action::Help { verbose: false }
    );
    assert_eq!(ok(&["-Vh"]).action, Action::Help { verbose: false });
    assert_eq!(
        ok(&["-V", "--crate-type", "foo"]).action,
        Action::Version { verbose: false }
    );
    assert_eq!(ok(&["-vV"]).action, Action::Version { verbose: true });
    assert_eq!(
        ok(&["--version", "--verbose", "x.rs", "y.rs"]).action,
        Action::Version { verbose: true }
    );
    assert_eq!(
        ok(&["-C", "help", "-C", "bogus"]).action,
        Action::CodegenHelp
    );
    assert_eq!(ok(&["-Chelp"]).action, Action::CodegenHelp);
    assert_eq!(
        ok(&["-W", "all", "--crate-type", "foo"]).action,
        Action::WallHelp
    );
    assert_eq!(
        ok(&["--explain", "E0308", "x.rs", "y.rs"]).action,
        Action::Explain("E0308".to_string())
    );
    assert_eq!(ok(&["-W", "help"]).action, Action::LintHelp);
    assert_eq!(ok(&["-D", "help", "x.rs"]).action, Action::LintHelp);
    // `-W help` still checks the input and the target first.
    assert!(parse(&["-W", "help", "x.rs", "y.rs"]).is_err());
    // rustc skips the crate name check for `-W help`.
    assert_eq!(
        ok(&["-W", "help", "--crate-name", "a-b", "x.rs"]).action,
        Action::LintHelp
    );
}

#[test]
fn version_lines_are_what_cargo_reads() {
    let short = version_string(false);
    assert!(short.starts_with("smelt 0.1.0 ("), "{short}");
    assert_eq!(short.lines().count(), 1);
    let verbose = version_string(true);
    let lines: Vec<&str> = verbose.lines().collect();
    assert_eq!(lines[0], short.trim_end());
    assert_eq!(lines[1], "binary: smelt");
    assert!(
        lines.contains(&"commit-hash: unknown")
            || lines.iter().any(|l| l.starts_with("commit-hash: "))
    );
    assert!(lines.contains(&format!("host: {}", Target::host().triple).as_str()));
    assert!(lines.contains(&"release: 0.1.0"));
}

#[test]
fn explain_codes() {
    assert_eq!(explain_code_number("E0308"), Some(308));
    assert_eq!(explain_code_number("e0308"), Some(308));
    assert_eq!(explain_code_number("0308"), Some(308));
    assert_eq!(explain_code_number("foo"), None);
    assert_eq!(explain_code_number("E99999999999"), None);
}

#[test]
fn defaults_are_rustcs() {
    let inv = ok(&["x.rs"]);
    assert_eq!(inv.action, Action::Compile);
    assert_eq!(inv.input, Some(Input::File(PathBuf::from("x.rs"))));
    let o = &inv.opts;
    assert_eq!(o.crate_types, vec![CrateType::Executable]);
    assert_eq!(o.edition, smelt_span::Edition::E2015);
    assert_eq!(o.opt_level, OptLevel::No);
    assert!(o.debug_assertions && o.overflow_checks);
    assert_eq!(o.debuginfo, DebugInfo::None);
    assert_eq!(o.panic, PanicStrategy::Unwind);
    assert_eq!(o.emit, vec![(OutputType::Exe, None)]);
    assert_eq!(o.error_format, ErrorFormat::Human);
    assert_eq!(o.color, ColorConfig::Auto);
    assert_eq!(o.target, Target::host());
    assert!(!o.static_crt);
    assert!(inv.warnings.is_empty());
    assert!(inv.prints.is_empty());
}

#[test]
fn opt_level_and_debuginfo_follow_the_rightmost_flag() {
    let o = ok(&["-O", "x.rs"]).opts;
    assert_eq!(o.opt_level, OptLevel::Aggressive);
    assert!(!o.debug_assertions && !o.overflow_checks);
    assert_eq!(
        ok(&["-O", "-C", "opt-level=1", "x.rs"]).opts.opt_level,
        OptLevel::Less
    );
    assert_eq!(
        ok(&["-C", "opt-level=1", "-O", "x.rs"]).opts.opt_level,
        OptLevel::Aggressive
    );
    assert_eq!(
        ok(&["-C", "opt-level=s", "x.rs"]).opts.opt_level,
        OptLevel::Size
    );
    assert_eq!(
        ok(&["-Copt-level=z", "x.rs"]).opts.opt_level,
        OptLevel::SizeMin
    );
    assert_eq!(
        ok(&["--codegen", "opt-level=2", "x.rs"]).opts.opt_level,
        OptLevel::Default
    );
    assert_eq!(
        ok(&["--codegen=opt-level=2", "x.rs"]).opts.opt_level,
        OptLevel::Default
    );
    assert_eq!(
        ok(&["-C", "opt_level=2", "x.rs"]).opts.opt_level,
        OptLevel::Default
    );
    // rustc never looks at an `-C opt-level` that a later `-O` overrides, nor, since it
    // matches the key exactly, at `opt_level`.
    assert_eq!(
        ok(&["-C", "opt-level=4", "-O", "x.rs"]).opts.opt_level,
        OptLevel::Aggressive
    );
    assert_eq!(
        ok(&["-C", "opt_level=4", "-O", "x.rs"]).opts.opt_level,
        OptLevel::Aggressive
    );
    assert!(parse(&["-O", "-C", "opt-level=4", "x.rs"]).is_err());
    // Overflow checks follow debug assertions unless given.
    let o = ok(&["-O", "-C", "overflow-checks", "x.rs"]).opts;
    assert!(!o.debug_assertions && o.overflow_checks);
    let o = ok(&["-C", "debug-assertions=off", "x.rs"]).opts;
    assert!(!o.debug_assertions && !o.overflow_checks);
    assert_eq!(ok(&["-g", "x.rs"]).opts.debuginfo, DebugInfo::Full);
    assert_eq!(
        ok(&["-g", "-C", "debuginfo=1", "x.rs"]).opts.debuginfo,
        DebugInfo::Limited
    );
    assert_eq!(
        ok(&["-C", "debuginfo=1", "-g", "x.rs"]).opts.debuginfo,
        DebugInfo::Full
    );
    assert_eq!(
        ok(&["-C", "debuginfo=line-tables-only", "x.rs"])
            .opts
            .debuginfo,
        DebugInfo::LineTablesOnly
    );
    assert_eq!(ok(&["-gO", "x.rs"]).opts.debuginfo, DebugInfo::Full);
}

#[test]
fn boolean_codegen_values() {
    for yes in ["y", "yes", "on", "true"] {
        assert!(
            ok(&["-C", &format!("prefer-dynamic={yes}"), "x.rs"])
                .opts
                .prefer_dynamic
        );
    }
    for no in ["n", "no", "off", "false"] {
        assert!(!ok(&["-C", &format!("rpath={no}"), "x.rs"]).opts.rpath);
    }
    assert!(ok(&["-C", "save-temps", "x.rs"]).opts.save_temps);
    assert!(ok(&["-C", "link-dead-code", "x.rs"]).opts.link_dead_code);
    assert!(
        ok(&[
            "-C",
            "force-frame-pointers=yes",
            "-C",
            "force-frame-pointers=no",
            "x.rs"
        ])
        .opts
        .force_frame_pointers
    );
}

#[test]
fn codegen_options_land_in_options() {
    let inv = ok(&[
        "-C",
        "panic=abort",
        "-C",
        "codegen-units=4",
        "-C",
        "strip=symbols",
        "-C",
        "linker=/usr/bin/gcc",
        "-C",
        "link-arg=-Wl,-v",
        "-C",
        "link-args=-a -b",
        "-Clink-arg=-c",
        "-C",
        "incremental=/tmp/inc",
        "-C",
        "metadata=abc def",
        "-C",
        "extra-filename=-xyz",
        "-C",
        "relocation-model=pic",
        "-C",
        "code-model=small",
        "-C",
        "split-debuginfo=packed",
        "-C",
        "target-cpu=native",
        "-C",
        "target-feature=+avx2,-sse3",
        "-C",
        "target-feature=+crt-static",
        "-C",
        "dwarf-version=4",
        "-C",
        "linker-flavor=gcc",
        "-C",
        "embed-bitcode=no",
        "-C",
        "lto=off",
        "-C",
        "no-prepopulate-passes",
        "-C",
        "instrument-coverage=no",
        "-C",
        "llvm-args=-foo",
        "-C",
        "jump-tables=no",
        "x.rs",
    ]);
    let o = inv.opts;
    assert_eq!(o.panic, PanicStrategy::Abort);
    assert_eq!(o.codegen_units, Some(4));
    assert_eq!(o.strip, Strip::Symbols);
    assert_eq!(o.linker, Some(PathBuf::from("/usr/bin/gcc")));
    assert_eq!(o.link_args, ["-Wl,-v", "-a", "-b", "-c"]);
    assert_eq!(o.incremental, Some(PathBuf::from("/tmp/inc")));
    assert_eq!(o.metadata, ["abc", "def"]);
    assert_eq!(o.extra_filename, "-xyz");
    assert_eq!(o.relocation_model, Some(RelocModel::Pic));
    assert_eq!(o.code_model.as_deref(), Some("small"));
    assert_eq!(o.split_debuginfo, Some(SplitDebuginfo::Packed));
    assert_eq!(o.target_cpu.as_deref(), Some("native"));
    assert_eq!(o.target_features, ["+avx2", "-sse3", "+crt-static"]);
    assert!(o.static_crt);
    assert_eq!(o.dwarf_version, Some(4));
    assert_eq!(o.linker_flavor.as_deref(), Some("gcc"));
    assert!(inv.warnings.is_empty(), "{:?}", inv.warnings);
}

#[test]
fn deprecated_codegen_options_warn() {
    let inv = ok(&[
        "-C",
        "ar=foo",
        "-C",
        "no-stack-check",
        "-C",
        "inline-threshold=5",
        "x.rs",
    ]);
    assert_eq!(
        inv.warnings,
        [
            "`-C ar`: this option is deprecated and does nothing",
            "`-C no-stack-check`: this option is deprecated and does nothing",
            "`-C inline-threshold`: this option is deprecated and does nothing (consider using \
             `-Cllvm-args=--inline-threshold=...`)",
        ]
    );
}

#[test]
fn output_warnings() {
    assert_eq!(
        ok(&["-o", "out", "--out-dir", "d", "x.rs"]).warnings,
        ["ignoring --out-dir flag due to -o flag"]
    );
    assert_eq!(
        ok(&["-o", "out", "--emit=asm,obj", "x.rs"]).warnings,
        ["due to multiple output types requested, the explicitly specified output file name will be adapted for \
          each output type"]
    );
    let inv = ok(&["-o", "out", "-C", "codegen-units=2", "--emit=asm", "x.rs"]);
    assert_eq!(
        inv.warnings,
        [
            "`--emit=asm` with `-o` incompatible with `-C codegen-units=N` for N > 1",
            "resetting to default -C codegen-units=1"
        ]
    );
    assert_eq!(inv.opts.codegen_units, Some(1));
    assert_eq!(
        ok(&["-o", "q", "-C", "extra-filename=-h", "x.rs"]).warnings,
        ["ignoring -C extra-filename flag due to -o flag"]
    );
    assert_eq!(
        ok(&["-C", "remark=all", "x.rs"]).warnings,
        ["-C remark requires \"-C debuginfo=n\" to show source locations"]
    );
}

#[test]
fn emit_kinds_and_paths() {
    let o = ok(&[
        "--emit=mir,link,dep-info=deps.d",
        "--emit",
        "obj=-,clif",
        "x.rs",
    ])
    .opts;
    assert_eq!(
        o.emit,
        vec![
            (OutputType::Mir, None),
            (OutputType::Clif, None),
            (OutputType::Object, Some(PathBuf::from("-"))),
            (OutputType::DepInfo, Some(PathBuf::from("deps.d"))),
            (OutputType::Exe, None),
        ]
    );
    let o = ok(&[
        "--emit=tokens,ast,expanded,hir,llvm-ir,asm,metadata",
        "x.rs",
    ])
    .opts;
    assert_eq!(o.emit.len(), 7);
    // A later path for the same kind wins.
    let o = ok(&["--emit=asm=a.s", "--emit=asm=b.s", "x.rs"]).opts;
    assert_eq!(o.emit, vec![(OutputType::Asm, Some(PathBuf::from("b.s")))]);
    let e = err(&["--emit=llvm-bc", "x.rs"]);
    assert_eq!(
        e.message,
        "`--emit=llvm-bc` is not supported by smelt: it has no LLVM backend"
    );
}

#[test]
fn crate_types() {
    let o = ok(&[
        "--crate-type",
        "lib",
        "--crate-type=rlib,staticlib",
        "--crate-type",
        "bin,lib",
        "x.rs",
    ])
    .opts;
    assert_eq!(
        o.crate_types,
        vec![CrateType::Lib, CrateType::Staticlib, CrateType::Executable]
    );
    let o = ok(&["--crate-type", "dylib,cdylib,proc-macro", "x.rs"]).opts;
    assert_eq!(
        o.crate_types,
        vec![CrateType::Dylib, CrateType::Cdylib, CrateType::ProcMacro]
    );
}

#[test]
fn inputs() {
    assert_eq!(ok(&["-"]).input, Some(Input::Stdin));
    assert_eq!(
        ok(&["--", "-x.rs"]).input,
        Some(Input::File(PathBuf::from("-x.rs")))
    );
    assert_eq!(ok(&["-O"]).input, None);
    // An option that takes a value takes the next argument, whatever it is.
    let inv = ok(&["-o", "--foo", "x.rs"]);
    assert_eq!(inv.opts.output, Some(PathBuf::from("--foo")));
    let inv = ok(&["-o=foo", "x.rs"]);
    assert_eq!(inv.opts.output, Some(PathBuf::from("=foo")));
    assert_eq!(Input::Stdin.crate_name(), "rust_out");
}

#[test]
fn argfiles() {
    let dir = std::env::temp_dir().join(format!("smelt-args-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("args.txt");
    std::fs::write(&file, "--crate-type\nlib\r\n--emit=metadata\nx.rs\n").unwrap();
    let nested = dir.join("nested.txt");
    std::fs::write(&nested, format!("@{}\n", file.display())).unwrap();
    let at = format!("@{}", file.display());
    let inv = ok(&[&at]);
    assert_eq!(inv.opts.crate_types, vec![CrateType::Lib]);
    assert_eq!(inv.opts.emit, vec![(OutputType::Metadata, None)]);
    assert_eq!(inv.input, Some(Input::File(PathBuf::from("x.rs"))));
    // Expanded even after `--` (where the lines are free arguments), and not recursively.
    assert_eq!(
        err(&["--", &at]).message,
        "multiple input filenames provided (first two filenames are `--crate-type` and `lib`)"
    );
    let inv = ok(&[&format!("@{}", nested.display())]);
    assert_eq!(
        inv.input,
        Some(Input::File(PathBuf::from(format!("@{}", file.display()))))
    );
    std::fs::write(&file, b"\xff\n").unwrap();
    assert_eq!(
        err(&[&at]).message,
        format!(
            "failed to load argument file: UTF-8 error in {}",
            file.display()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn lints_in_command_line_order() {
    let o = ok(&[
        "-D",
        "warnings",
        "-A",
        "unused",
        "--force-warn",
        "dead-code",
        "-Wunused-mut",
        "--cap-lints",
        "warn",
        "x.rs",
    ])
    .opts;
    assert_eq!(
        o.lint_cmdline,
        vec![
            ("warnings".to_string(), LintLevel::Deny),
            ("unused".to_string(), LintLevel::Allow),
            ("dead-code".to_string(), LintLevel::Warn),
            ("unused-mut".to_string(), LintLevel::Warn),
        ]
    );
    assert_eq!(o.force_warn, ["dead-code"]);
    assert_eq!(o.cap_lints, Some(LintLevel::Warn));
    // rustc reads the first `--cap-lints` only.
    assert_eq!(
        ok(&["--cap-lints=deny", "--cap-lints=foo", "x.rs"])
            .opts
            .cap_lints,
        Some(LintLevel::Deny)
    );
}

#[test]
fn diagnostics_options() {
    let o = ok(&[
        "--error-format=json",
        "--json=diagnostic-rendered-ansi,artifacts,future-incompat",
        "x.rs",
    ])
    .opts;
    assert_eq!(
        o.error_format,
        ErrorFormat::Json {
            rendered_ansi: true
        }
    );
    assert!(o.json_artifact_notifications && o.json_future_incompat && !o.json_diagnostic_short);
    let o = ok(&[
        "--error-format",
        "short",
        "--color",
        "never",
        "--diagnostic-width=100",
        "x.rs",
    ])
    .opts;
    assert_eq!(o.error_format, ErrorFormat::Short);
    assert_eq!(o.color, ColorConfig::Never);
    assert_eq!(o.diagnostic_width, Some(100));
    // Errors after `--error-format` are reported in that format, earlier ones are not.
    assert_eq!(
        err(&["--error-format=json", "--crate-type", "foo", "x.rs"]).error_format,
        ErrorFormat::Json {
            rendered_ansi: false
        }
    );
    assert_eq!(
        err(&["--error-format=json", "-o", "a", "-o", "b", "x.rs"]).error_format,
        ErrorFormat::Human
    );
    assert_eq!(
        err(&["--error-format=json", "x.rs", "y.rs"]).error_format,
        ErrorFormat::Json {
            rendered_ansi: false
        }
    );
    let diags = err(&["-Zfoo"]).diagnostics();
    assert_eq!(diags.len(), 5);
    assert_eq!(diags[1].level, Level::Help);
}

#[test]
fn cfg_and_check_cfg() {
    let o = ok(&[
        "--cfg",
        "foo",
        "--cfg",
        "bar=\"baz\"",
        "--cfg",
        " foo ",
        "--cfg",
        "q = \"a b\"",
        "x.rs",
    ])
    .opts;
    assert_eq!(
        o.cfg,
        vec![
            ("foo".to_string(), None),
            ("bar".to_string(), Some("baz".to_string())),
            ("q".to_string(), Some("a b".to_string())),
        ]
    );
    let o = ok(&[
        "--check-cfg",
        "cfg(docsrs,test)",
        "--check-cfg",
        "cfg(feature, values())",
        "--check-cfg",
        "cfg(feature, values(\"a\", \"b\"))",
        "x.rs",
    ])
    .opts;
    assert_eq!(o.check_cfg.len(), 3);
}

#[test]
fn search_paths_libraries_and_externs() {
    let o = ok(&[
        "-L",
        "dependency=/x/deps",
        "-L/usr/lib",
        "-L",
        "native=n",
        "-L",
        "foo=bar",
        "-l",
        "m",
        "-l",
        "static:+whole-archive,-bundle=foo",
        "-l",
        "dylib=z:zz",
        "-l",
        "static:+verbatim=libq.a",
        "--extern",
        "a=/p/liba.rlib",
        "--extern",
        "b",
        "--extern",
        "a=/p/liba2.rlib",
        "--extern",
        "b",
        "x.rs",
    ])
    .opts;
    assert_eq!(
        o.lib_search_paths,
        vec![
            SearchPath {
                kind: PathKind::Dependency,
                dir: PathBuf::from("/x/deps")
            },
            SearchPath {
                kind: PathKind::All,
                dir: PathBuf::from("/usr/lib")
            },
            SearchPath {
                kind: PathKind::Native,
                dir: PathBuf::from("n")
            },
            SearchPath {
                kind: PathKind::All,
                dir: PathBuf::from("foo=bar")
            },
        ]
    );
    assert_eq!(o.search_paths.len(), 4);
    assert_eq!(o.native_libs[0].name, "m");
    assert_eq!(o.native_libs[0].kind, NativeLibKind::Unspecified);
    assert_eq!(
        o.native_libs[1].kind,
        NativeLibKind::Static {
            bundle: Some(false),
            whole_archive: Some(true)
        }
    );
    assert_eq!(o.native_libs[2].new_name.as_deref(), Some("zz"));
    assert_eq!(o.native_libs[3].verbatim, Some(true));
    assert_eq!(
        o.externs,
        vec![
            ("a".to_string(), Some(PathBuf::from("/p/liba.rlib"))),
            ("b".to_string(), None),
            ("a".to_string(), Some(PathBuf::from("/p/liba2.rlib"))),
        ]
    );
}

#[test]
fn print_requests() {
    let inv = ok(&[
        "--print",
        "crate-name=out.txt",
        "--print=cfg=-",
        "--print",
        "sysroot",
        "-C",
        "target-cpu=help",
    ]);
    assert_eq!(
        inv.prints,
        vec![
            PrintRequest {
                kind: PrintKind::TargetCpus,
                out: None
            },
            PrintRequest {
                kind: PrintKind::CrateName,
                out: Some(PathBuf::from("out.txt"))
            },
            PrintRequest {
                kind: PrintKind::Cfg,
                out: None
            },
            PrintRequest {
                kind: PrintKind::Sysroot,
                out: None
            },
        ]
    );
    assert_eq!(inv.opts.target_cpu, Some("help".to_string()));
    assert!(PrintKind::CrateName.needs_input() && !PrintKind::Cfg.needs_input());
    assert_eq!(PrintKind::TargetLibdir.name(), "target-libdir");
    // The crate name is only checked when it is needed.
    assert!(parse(&["--print", "cfg", "--crate-name", "a-b", "x.rs"]).is_ok());
    let relocation = print_simple(PrintKind::RelocationModels, &default_options()).unwrap();
    assert_eq!(
        relocation,
        "Available relocation models:\n    static\n    pic\n    pie\n    dynamic-no-pic\n    ropi\n    rwpi\n    \
         ropi-rwpi\n    default\n\n"
    );
    assert_eq!(
        print_simple(PrintKind::SplitDebuginfo, &default_options()).unwrap(),
        "off\npacked\nunpacked\n"
    );
    let o = ok(&["--sysroot", "/nonexist", "--print", "target-libdir"]).opts;
    assert_eq!(
        print_simple(PrintKind::TargetLibdir, &o).unwrap(),
        format!("/nonexist/lib/rustlib/{}/lib\n", Target::host().triple)
    );
}

/// `rustc --print cfg` on this (x86_64) machine, and for other targets.
#[test]
fn print_cfg_matches_rustc() {
    if Target::host().arch != "x86_64" {
        return;
    }
    let host = "debug_assertions\npanic=\"unwind\"\ntarget_abi=\"\"\ntarget_arch=\"x86_64\"\ntarget_endian=\"little\"\n\
                target_env=\"gnu\"\ntarget_family=\"unix\"\ntarget_feature=\"fxsr\"\ntarget_feature=\"sse\"\n\
                target_feature=\"sse2\"\ntarget_has_atomic=\"16\"\ntarget_has_atomic=\"32\"\ntarget_has_atomic=\"64\"\n\
                target_has_atomic=\"8\"\ntarget_has_atomic=\"ptr\"\ntarget_os=\"linux\"\ntarget_pointer_width=\"64\"\n\
                target_vendor=\"unknown\"\nunix";
    assert_eq!(print_cfg(&ok(&["--print", "cfg"]).opts).join("\n"), host);
    // `rustc --print cfg -O -C panic=abort -C target-feature=+avx2,+crt-static`
    let avx = "panic=\"abort\"\ntarget_abi=\"\"\ntarget_arch=\"x86_64\"\ntarget_endian=\"little\"\ntarget_env=\"gnu\"\n\
               target_family=\"unix\"\ntarget_feature=\"avx\"\ntarget_feature=\"avx2\"\ntarget_feature=\"crt-static\"\n\
               target_feature=\"fxsr\"\ntarget_feature=\"sse\"\ntarget_feature=\"sse2\"\ntarget_feature=\"sse3\"\n\
               target_feature=\"sse4.1\"\ntarget_feature=\"sse4.2\"\ntarget_feature=\"ssse3\"\n\
               target_has_atomic=\"16\"\ntarget_has_atomic=\"32\"\ntarget_has_atomic=\"64\"\ntarget_has_atomic=\"8\"\n\
               target_has_atomic=\"ptr\"\ntarget_os=\"linux\"\ntarget_pointer_width=\"64\"\ntarget_vendor=\"unknown\"\n\
               unix";
    let o = ok(&[
        "--print",
        "cfg",
        "-O",
        "-C",
        "panic=abort",
        "-C",
        "target-feature=+avx2,+crt-static",
    ])
    .opts;
    assert_eq!(print_cfg(&o).join("\n"), avx);
    // `rustc --print cfg --cfg foo --cfg 'bar="baz"' --cfg foo`: the user's, sorted in.
    let o = ok(&[
        "--print",
        "cfg",
        "--cfg",
        "foo",
        "--cfg",
        "bar=\"baz\"",
        "--cfg",
        "foo",
    ])
    .opts;
    assert_eq!(
        print_cfg(&o)[..3],
        ["bar=\"baz\"", "debug_assertions", "foo"]
    );
    // `rustc --print cfg -C target-feature=+sse4.2,-sse2`: disabling a feature disables what needs it.
    let o = ok(&["--print", "cfg", "-C", "target-feature=+sse4.2,-sse2"]).opts;
    let features: Vec<String> = print_cfg(&o)
        .into_iter()
        .filter(|l| l.starts_with("target_feature"))
        .collect();
    assert_eq!(
        features,
        ["target_feature=\"fxsr\"", "target_feature=\"sse\""]
    );
    // `rustc --print cfg --target aarch64-unknown-linux-musl -C target-feature=-crt-static`
    let a64 = "debug_assertions\npanic=\"unwind\"\ntarget_abi=\"\"\ntarget_arch=\"aarch64\"\ntarget_endian=\"little\"\n\
               target_env=\"musl\"\ntarget_family=\"unix\"\ntarget_feature=\"neon\"\ntarget_has_atomic=\"128\"\n\
               target_has_atomic=\"16\"\ntarget_has_atomic=\"32\"\ntarget_has_atomic=\"64\"\ntarget_has_atomic=\"8\"\n\
               target_has_atomic=\"ptr\"\ntarget_os=\"linux\"\ntarget_pointer_width=\"64\"\ntarget_vendor=\"unknown\"\n\
               unix";
    let o = ok(&[
        "--print",
        "cfg",
        "--target",
        "aarch64-unknown-linux-musl",
        "-C",
        "target-feature=-crt-static",
    ])
    .opts;
    assert!(!o.static_crt);
    assert_eq!(print_cfg(&o).join("\n"), a64);
    let o = ok(&["--print", "cfg", "--target", "x86_64-unknown-linux-musl"]).opts;
    assert!(o.static_crt);
    assert!(print_cfg(&o).contains(&"target_feature=\"crt-static\"".to_string()));
}

/// The probe cargo runs before building, and a typical `cargo build` compile.
#[test]
fn cargo_invocations() {
    let inv = ok(&[
        "-",
        "--crate-name",
        "___",
        "--print=file-names",
        "--crate-type",
        "bin",
        "--crate-type",
        "rlib",
        "--crate-type",
        "dylib",
        "--crate-type",
        "cdylib",
        "--crate-type",
        "staticlib",
        "--crate-type",
        "proc-macro",
        "--print=sysroot",
        "--print=split-debuginfo",
        "--print=crate-name",
        "--print=cfg",
        "-Wwarnings",
    ]);
    assert_eq!(inv.input, Some(Input::Stdin));
    assert_eq!(inv.opts.crate_name.as_deref(), Some("___"));
    let kinds: Vec<PrintKind> = inv.prints.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            PrintKind::FileNames,
            PrintKind::Sysroot,
            PrintKind::SplitDebuginfo,
            PrintKind::CrateName,
            PrintKind::Cfg
        ]
    );
    // What rustc prints for `--print=file-names` in that probe.
    assert_eq!(
        output_file_names(&inv.opts, "___"),
        [
            "___",
            "lib___.rlib",
            "lib___.so",
            "lib___.so",
            "lib___.a",
            "lib___.so"
        ]
    );

    let inv = ok(&[
        "--crate-name",
        "foo",
        "--edition=2021",
        "src/main.rs",
        "--error-format=json",
        "--json=diagnostic-rendered-ansi,artifacts,future-incompat",
        "--diagnostic-width=100",
        "--crate-type",
        "bin",
        "--emit=dep-info,link",
        "-C",
        "embed-bitcode=no",
        "-C",
        "debuginfo=2",
        "-C",
        "split-debuginfo=unpacked",
        "--check-cfg",
        "cfg(docsrs,test)",
        "--check-cfg",
        "cfg(feature, values())",
        "-C",
        "metadata=abc",
        "-C",
        "extra-filename=-abc",
        "--out-dir",
        "/x/target/debug/deps",
        "-C",
        "incremental=/x/target/debug/incremental",
        "-L",
        "dependency=/x/target/debug/deps",
    ]);
    assert_eq!(inv.action, Action::Compile);
    assert!(inv.warnings.is_empty(), "{:?}", inv.warnings);
    let o = &inv.opts;
    assert_eq!(inv.input, Some(Input::File(PathBuf::from("src/main.rs"))));
    assert_eq!(o.crate_name.as_deref(), Some("foo"));
    assert_eq!(o.edition, smelt_span::Edition::E2021);
    assert_eq!(
        o.error_format,
        ErrorFormat::Json {
            rendered_ansi: true
        }
    );
    assert_eq!(
        o.emit,
        vec![(OutputType::DepInfo, None), (OutputType::Exe, None)]
    );
    assert_eq!(o.debuginfo, DebugInfo::Full);
    assert_eq!(o.split_debuginfo, Some(SplitDebuginfo::Unpacked));
    assert_eq!(o.metadata, ["abc"]);
    assert_eq!(o.extra_filename, "-abc");
    assert_eq!(o.out_dir, Some(PathBuf::from("/x/target/debug/deps")));
    assert_eq!(
        o.incremental,
        Some(PathBuf::from("/x/target/debug/incremental"))
    );
    assert_eq!(o.lib_search_paths[0].kind, PathKind::Dependency);
    assert_eq!(output_file_names(o, "foo"), ["foo-abc"]);
}

#[test]
fn file_names_like_rustc() {
    let names = |args: &[&str]| {
        let inv = ok(args);
        let name = inv
            .opts
            .crate_name
            .clone()
            .unwrap_or_else(|| inv.input.as_ref().unwrap().crate_name());
        output_file_names(&inv.opts, &name)
    };
    // Each expectation is `rustc --print file-names` with the same flags.
    assert_eq!(names(&["x.rs"]), ["x"]);
    assert_eq!(names(&["--crate-type", "lib", "x.rs"]), ["libx.rlib"]);
    assert_eq!(
        names(&[
            "--crate-type",
            "lib",
            "--crate-name",
            "foo",
            "-C",
            "extra-filename=-abc",
            "x.rs"
        ]),
        ["libfoo-abc.rlib"]
    );
    assert_eq!(
        names(&["--crate-type", "lib,staticlib,bin", "-o", "foo/bar", "x.rs"]),
        ["libx.rlib", "libx.a", "bar"]
    );
    assert_eq!(
        names(&["--crate-type", "bin", "-o", "foo/bar.exe", "x.rs"]),
        ["bar.exe"]
    );
    assert_eq!(
        names(&["--crate-type", "lib", "-o", "foo/libbar.rlib", "x.rs"]),
        ["libx.rlib"]
    );
    assert_eq!(
        names(&["--crate-type", "cdylib,bin", "-o", "foo/bar.x", "x.rs"]),
        ["libx.so", "bar.x"]
    );
    assert_eq!(
        names(&[
            "--crate-type",
            "staticlib",
            "-C",
            "extra-filename=-h",
            "x.rs"
        ]),
        ["libx-h.a"]
    );
    assert_eq!(
        names(&[
            "--crate-type",
            "bin",
            "-C",
            "extra-filename=-h",
            "-o",
            "q",
            "x.rs"
        ]),
        ["q"]
    );
    assert_eq!(
        names(&["--crate-type", "lib", "--crate-type", "bin,lib", "x.rs"]),
        ["libx.rlib", "x"]
    );
    assert_eq!(names(&["--test", "--crate-type", "lib", "x.rs"]), ["x"]);
    assert_eq!(names(&["my-file.rs"]), ["my_file"]);
}

#[test]
fn crate_names() {
    assert_eq!(
        crate_name_from_input(Path::new("src/my-file.rs")),
        "my_file"
    );
    assert_eq!(crate_name_from_input(Path::new("1abc.rs")), "1abc");
    assert_eq!(validate_crate_name("é1"), Vec::<String>::new());
    assert_eq!(
        validate_crate_name("a b"),
        ["invalid character ' ' in crate name: `a b`"]
    );
    assert_eq!(validate_crate_name(""), ["crate name must not be empty"]);
}

#[test]
fn targets() {
    let o = ok(&["--target", "aarch64-unknown-linux-gnu", "x.rs"]).opts;
    assert_eq!(o.target.arch, "aarch64");
    // rustc's help names itself; smelt's names smelt.
    assert_eq!(
        err(&["--target", "foo", "x.rs"]).render(),
        "error: error loading target specification: could not find specification for target \"foo\"\n  |\n  \
         = help: run `smelt --print target-list` for a list of built-in targets\n\n"
    );
    // A target specification file, as `rustc -Z unstable-options --print target-spec-json` writes
    // one (trimmed).
    let dir = std::env::temp_dir().join(format!("smelt-target-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spec = dir.join("my-target.json");
    std::fs::write(
        &spec,
        r#"{
  "arch": "x86_64",
  "cpu": "x86-64",
  "data-layout": "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128",
  "env": "musl",
  "llvm-target": "x86_64-unknown-linux-musl",
  "max-atomic-width": 64,
  "os": "linux",
  "crt-static-default": true,
  "pre-link-args": { "gnu-cc": ["-m64"] },
  "supported-split-debuginfo": ["packed", "unpacked", "off"],
  "target-family": ["unix"],
  "target-pointer-width": 64,
  "target-endian": "little"
}"#,
    )
    .unwrap();
    let o = ok(&["--target", spec.to_str().unwrap(), "x.rs"]).opts;
    assert_eq!(o.target.triple, "my-target");
    assert_eq!(o.target.env, "musl");
    assert_eq!(o.target.pointer_width, 64);
    assert!(o
        .target
        .data_layout
        .as_deref()
        .unwrap()
        .starts_with("e-m:e"));
    assert!(o.static_crt);
    std::fs::write(&spec, r#"{"arch": "x86_64"}"#).unwrap();
    assert_eq!(
        err(&["--target", spec.to_str().unwrap(), "x.rs"]).message,
        "error loading target specification: missing field `llvm-target`"
    );
    std::fs::write(&spec, "{nope").unwrap();
    assert!(err(&["--target", spec.to_str().unwrap(), "x.rs"])
        .message
        .starts_with("error loading target specification: "));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn session_errors_abort() {
    let e = err(&["--crate-name", "a-b c", "x.rs"]);
    assert!(e.aborting);
    assert_eq!(
        e.render(),
        "error: invalid character '-' in crate name: `a-b c`\n\nerror: invalid character ' ' in crate name: `a-b c`\n\n\
         error: aborting due to 2 previous errors\n\n"
    );
}

//! smelt's benchmarks: the same programs compiled by smelt and by rustc in one run, at
//! `-C opt-level=0` and `2`, comparing compile time, the compiler's peak memory and the run
//! time of the programs they produce, plus smelt's front-end throughput in lines per second.
//! See `bench/README.md` for how to run it and what the figures mean.

mod generate;
mod json;
mod measure;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;
use std::{env, fs};

use json::Json;
use measure::{Exit, Measurement};

const USAGE: &str = "\
usage: cargo run --release --manifest-path bench/Cargo.toml -- [OPTIONS] [FILTER...]

Compiles bench/programs/*.rs and generated programs with smelt and rustc, runs the results,
prints a table per program and writes bench/results/latest.json. A FILTER keeps the programs
whose name contains it.

options:
  --runs N            measured runs of every compile and program (default 3; medians are reported)
  --smelt PATH        the smelt binary (default target/release/smelt)
  --rustc PATH        the rustc binary (default rustc)
  --opt-levels L,L    optimisation levels to compare (default 0,2)
  --generated N,N     sizes in lines of the generated programs (default 10000,50000; 0 for none)
  --out PATH          JSON results (default bench/results/latest.json)
  --generate N        print a generated program of about N lines to stdout and exit
  --seed S            seed of the generated programs (default 1)
";

const COMPILE_TIMEOUT: Duration = Duration::from_secs(900);
const RUN_TIMEOUT: Duration = Duration::from_secs(120);

struct Options {
    runs: usize,
    smelt: PathBuf,
    rustc: PathBuf,
    opt_levels: Vec<u32>,
    generated: Vec<usize>,
    out: PathBuf,
    generate: Option<usize>,
    seed: u64,
    filters: Vec<String>,
}

fn main() -> ExitCode {
    match real_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn real_main() -> Result<ExitCode, String> {
    // bench/ -> repository root. Every compiler runs from there, with relative paths, as the
    // test suites do.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("cannot find the repository root")?
        .to_path_buf();
    let Some(opts) = parse_args(&root)? else {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    };
    if let Some(lines) = opts.generate {
        print!("{}", generate::generate(lines, opts.seed));
        return Ok(ExitCode::SUCCESS);
    }

    let work = root.join("target/bench");
    for dir in ["generated", "out"] {
        fs::create_dir_all(work.join(dir))
            .map_err(|e| format!("cannot create {}: {e}", work.join(dir).display()))?;
    }
    if opts.smelt.components().count() > 1 && !opts.smelt.exists() {
        return Err(format!(
            "{} does not exist; build it with `cargo build --release` (or pass --smelt PATH)",
            opts.smelt.display()
        ));
    }
    let rustc_version = version(&opts.rustc)?;
    let cache_dir =
        env::var_os("SMELT_CACHE_DIR").map_or_else(|| work.join("smelt-cache"), |d| root.join(d));
    let compilers = [
        Compiler {
            name: "smelt",
            path: opts.smelt.clone(),
            cache_dir: Some(cache_dir),
        },
        Compiler {
            name: "rustc",
            path: opts.rustc.clone(),
            cache_dir: None,
        },
    ];
    let programs = programs(&root, &work, &opts)?;
    if programs.is_empty() {
        return Err("no program matches the filters".to_string());
    }
    let bench = Bench {
        root: &root,
        work: &work,
        opts: &opts,
    };

    // An untimed compile per configuration first, so that building smelt's library cache
    // (and cold disk caches) is not charged to the first program.
    let warmup = work.join("generated/warmup.rs");
    write_if_changed(&warmup, "fn main() {\n    println!(\"warm\");\n}\n")?;
    let warmup = Program {
        name: "warmup".into(),
        rel: rel(&root, &warmup),
        lines: 3,
    };
    for compiler in &compilers {
        for &opt in &opts.opt_levels {
            eprintln!("warming up {} at -C opt-level={opt}", compiler.name);
            let build = bench.compile(compiler, &warmup, opt, 1);
            if let Some(e) = build.error {
                eprintln!(
                    "warning: {} cannot compile a hello-world program: {e}",
                    compiler.name
                );
            }
        }
    }

    let mut results = Vec::new();
    for program in &programs {
        eprintln!("benchmarking {} ({} lines)", program.name, program.lines);
        let result = bench.program(&compilers, program);
        print_table(program, &result);
        results.push(result);
    }

    let report = Json::Object(vec![
        ("timestamp_unix", Json::Int(unix_time())),
        ("runs", Json::Int(opts.runs as u64)),
        ("smelt", Json::Str(opts.smelt.display().to_string())),
        ("rustc", Json::Str(opts.rustc.display().to_string())),
        ("rustc_version", Json::Str(rustc_version)),
        (
            "peak_memory",
            Json::Str("ru_maxrss of wait4(2), KiB: largest process of the compiler's tree".into()),
        ),
        (
            "programs",
            Json::Array(
                programs
                    .iter()
                    .zip(&results)
                    .map(|(p, r)| program_json(p, r))
                    .collect(),
            ),
        ),
    ]);
    if let Some(dir) = opts.out.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    fs::write(&opts.out, report.pretty())
        .map_err(|e| format!("cannot write {}: {e}", opts.out.display()))?;
    println!("results written to {}", opts.out.display());
    Ok(ExitCode::SUCCESS)
}

fn parse_args(root: &Path) -> Result<Option<Options>, String> {
    let mut opts = Options {
        runs: 3,
        smelt: root.join("target/release/smelt"),
        rustc: PathBuf::from("rustc"),
        opt_levels: vec![0, 2],
        generated: vec![10_000, 50_000],
        out: root.join("bench/results/latest.json"),
        generate: None,
        seed: 1,
        filters: Vec::new(),
    };
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--runs" => opts.runs = number::<usize>(&value()?)?.max(1),
            "--smelt" => opts.smelt = command_path(value()?),
            "--rustc" => opts.rustc = command_path(value()?),
            "--opt-levels" => opts.opt_levels = list(&value()?)?,
            "--generated" => {
                opts.generated = list(&value()?)?.into_iter().filter(|&n| n > 0).collect()
            }
            "--out" => opts.out = PathBuf::from(value()?),
            "--generate" => opts.generate = Some(number(&value()?)?),
            "--seed" => opts.seed = number(&value()?)?,
            _ if arg.starts_with('-') => return Err(format!("unknown option `{arg}`\n\n{USAGE}")),
            _ => opts.filters.push(arg),
        }
    }
    Ok(Some(opts))
}

fn number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("`{text}` is not a number"))
}

fn list<T: std::str::FromStr>(text: &str) -> Result<Vec<T>, String> {
    text.split(',').map(number).collect()
}

/// A relative path with a directory part is taken from the current directory; a bare name is
/// looked up in `PATH` when run.
fn command_path(text: String) -> PathBuf {
    let path = PathBuf::from(text);
    match (
        path.components().count() > 1 && path.is_relative(),
        env::current_dir(),
    ) {
        (true, Ok(cwd)) => cwd.join(path),
        _ => path,
    }
}

fn version(rustc: &Path) -> Result<String, String> {
    let out = Command::new(rustc)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot run {}: {e}", rustc.display()))?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn unix_time() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

fn write_if_changed(path: &Path, content: &str) -> Result<(), String> {
    if fs::read_to_string(path).ok().as_deref() != Some(content) {
        fs::write(path, content).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

struct Compiler {
    name: &'static str,
    path: PathBuf,
    /// `SMELT_CACHE_DIR` for smelt.
    cache_dir: Option<PathBuf>,
}

struct Program {
    name: String,
    /// Path relative to the repository root, as given to the compilers.
    rel: String,
    lines: usize,
}

/// The hand-written programs, then the generated ones.
fn programs(root: &Path, work: &Path, opts: &Options) -> Result<Vec<Program>, String> {
    let dir = root.join("bench/programs");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    paths.sort();
    for &lines in &opts.generated {
        let path = work.join(format!("generated/gen_{}k.rs", lines / 1000));
        write_if_changed(&path, &generate::generate(lines, opts.seed))?;
        paths.push(path);
    }
    let mut programs = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !opts.filters.is_empty() && !opts.filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let text = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        programs.push(Program {
            name,
            rel: rel(root, &path),
            lines: text.lines().count(),
        });
    }
    Ok(programs)
}

/// One compiler at one optimisation level on one program.
#[derive(Default)]
struct Build {
    compile_times: Vec<f64>,
    peak_rss_kib: u64,
    run_times: Vec<f64>,
    /// The program's stdout and exit, to check smelt's build against rustc's.
    output: Option<(String, Exit)>,
    exe: PathBuf,
    error: Option<String>,
}

struct FrontEnd {
    /// smelt `--emit=mir`: parsing through MIR building, no code generation.
    smelt_mir: Result<Vec<f64>, String>,
    /// rustc `--emit=metadata` (what `cargo check` does): its front end and analyses.
    rustc_metadata: Result<Vec<f64>, String>,
}

struct ProgramResult {
    /// Per optimisation level: (level, smelt's build, rustc's build).
    configs: Vec<(u32, Build, Build)>,
    front_end: FrontEnd,
}

struct Bench<'a> {
    root: &'a Path,
    work: &'a Path,
    opts: &'a Options,
}

impl Bench<'_> {
    fn program(&self, compilers: &[Compiler; 2], program: &Program) -> ProgramResult {
        let mut configs = Vec::new();
        for &opt in &self.opts.opt_levels {
            let [smelt, rustc] = compilers;
            let mut smelt_build = self.compile(smelt, program, opt, self.opts.runs);
            let mut rustc_build = self.compile(rustc, program, opt, self.opts.runs);
            // Runs alternate between the two binaries so that drift in machine load hits both.
            for _ in 0..self.opts.runs {
                for (compiler, build) in [(smelt, &mut smelt_build), (rustc, &mut rustc_build)] {
                    self.run(compiler, program, opt, build);
                }
            }
            if let (Some(a), Some(b)) = (&smelt_build.output, &rustc_build.output) {
                if a != b && smelt_build.error.is_none() {
                    smelt_build.error = Some(format!(
                        "the smelt-built program's output differs from rustc's ({} vs {}); see {}",
                        a.1,
                        b.1,
                        rel(self.root, &self.work.join("out"))
                    ));
                }
            }
            configs.push((opt, smelt_build, rustc_build));
        }
        let out = self.work.join("out");
        let smelt_mir = out.join(format!("{}.mir", program.name));
        let front_end = FrontEnd {
            smelt_mir: self.time(
                &compilers[0],
                program,
                &[
                    "--emit=mir".into(),
                    "-o".into(),
                    smelt_mir.display().to_string(),
                ],
            ),
            rustc_metadata: self.time(
                &compilers[1],
                program,
                &[
                    "--emit=metadata".into(),
                    "--out-dir".into(),
                    out.display().to_string(),
                ],
            ),
        };
        ProgramResult { configs, front_end }
    }

    fn command(&self, compiler: &Compiler) -> Command {
        let mut cmd = Command::new(&compiler.path);
        cmd.current_dir(self.root);
        if let Some(dir) = &compiler.cache_dir {
            cmd.env("SMELT_CACHE_DIR", dir);
        }
        cmd
    }

    /// Compiles `program` `runs` times, recording times and the peak memory.
    fn compile(&self, compiler: &Compiler, program: &Program, opt: u32, runs: usize) -> Build {
        let exe = self
            .work
            .join(format!("out/{}-{}-O{opt}", program.name, compiler.name));
        let mut build = Build {
            exe: exe.clone(),
            ..Build::default()
        };
        for _ in 0..runs {
            let mut cmd = self.command(compiler);
            cmd.args(["--edition", "2021", "-C", &format!("opt-level={opt}"), "-o"])
                .arg(&exe)
                .arg(&program.rel);
            match self.measure(&mut cmd, &exe.with_extension("compile"), COMPILE_TIMEOUT) {
                Ok(m) => {
                    build.compile_times.push(m.wall.as_secs_f64());
                    build.peak_rss_kib = build.peak_rss_kib.max(m.peak_rss_kib);
                }
                Err(e) => {
                    build.error = Some(format!("compile: {e}"));
                    break;
                }
            }
        }
        build
    }

    /// Runs a built program once, recording its time and output.
    fn run(&self, compiler: &Compiler, program: &Program, opt: u32, build: &mut Build) {
        if build.error.is_some() {
            return;
        }
        let mut cmd = Command::new(&build.exe);
        cmd.current_dir(self.root)
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LIB_BACKTRACE");
        let base = self
            .work
            .join(format!("out/{}-{}-O{opt}", program.name, compiler.name));
        let stdout = base.with_extension("stdout");
        match measure::run(
            &mut cmd,
            &stdout,
            &base.with_extension("stderr"),
            RUN_TIMEOUT,
        ) {
            Ok(m) if m.exit == Exit::TimedOut => build.error = Some("run: timed out".to_string()),
            Ok(m) => {
                build.run_times.push(m.wall.as_secs_f64());
                build.output = Some((fs::read_to_string(&stdout).unwrap_or_default(), m.exit));
            }
            Err(e) => build.error = Some(format!("run: cannot start {}: {e}", build.exe.display())),
        }
    }

    /// Times a compile with the given output arguments (front-end figures).
    fn time(
        &self,
        compiler: &Compiler,
        program: &Program,
        output: &[String],
    ) -> Result<Vec<f64>, String> {
        let mut times = Vec::new();
        for _ in 0..self.opts.runs {
            let mut cmd = self.command(compiler);
            cmd.args(["--edition", "2021"])
                .args(output)
                .arg(&program.rel);
            let log = self.work.join(format!(
                "out/{}-{}-front-end.compile",
                program.name, compiler.name
            ));
            times.push(
                self.measure(&mut cmd, &log, COMPILE_TIMEOUT)?
                    .wall
                    .as_secs_f64(),
            );
        }
        Ok(times)
    }

    /// Runs a compiler, which must succeed; its output goes to `log` (`.stdout`/`.stderr`).
    fn measure(
        &self,
        cmd: &mut Command,
        log: &Path,
        timeout: Duration,
    ) -> Result<Measurement, String> {
        let stderr = log.with_extension(format!(
            "{}.stderr",
            log.extension().unwrap_or_default().to_string_lossy()
        ));
        let stdout = stderr.with_extension("stdout");
        let m = measure::run(cmd, &stdout, &stderr, timeout)
            .map_err(|e| format!("cannot run {}: {e}", cmd.get_program().to_string_lossy()))?;
        if m.exit != Exit::Code(0) {
            let text = fs::read_to_string(&stderr).unwrap_or_default();
            let first = text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim();
            return Err(format!("{} ({}): {first}", m.exit, rel(self.root, &stderr)));
        }
        Ok(m)
    }
}

fn median(times: &[f64]) -> Option<f64> {
    let mut sorted = times.to_vec();
    sorted.sort_by(f64::total_cmp);
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => Some(sorted[n / 2]),
        n => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn secs(t: Option<f64>) -> String {
    t.map_or_else(|| "-".to_string(), |t| format!("{t:.3} s"))
}

fn times(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), |r| format!("{r:.2}x"))
}

fn mib(kib: u64) -> String {
    if kib == 0 {
        "-".to_string()
    } else {
        format!("{:.1} MiB", kib as f64 / 1024.0)
    }
}

fn lines_per_second(lines: usize, t: Option<f64>) -> Option<f64> {
    t.filter(|&t| t > 0.0).map(|t| lines as f64 / t)
}

fn print_table(program: &Program, result: &ProgramResult) {
    println!(
        "\n== {} ({}, {} lines) ==",
        program.name, program.rel, program.lines
    );
    println!(
        "{:<4} {:>10} {:>10} {:>7} | {:>10} {:>10} | {:>10} {:>10} {:>7}",
        "", "smelt", "rustc", "ratio", "smelt mem", "rustc mem", "smelt run", "rustc run", "ratio"
    );
    let mut errors = Vec::new();
    for (opt, smelt, rustc) in &result.configs {
        let (sc, rc) = (median(&smelt.compile_times), median(&rustc.compile_times));
        let (sr, rr) = (median(&smelt.run_times), median(&rustc.run_times));
        println!(
            "{:<4} {:>10} {:>10} {:>7} | {:>10} {:>10} | {:>10} {:>10} {:>7}",
            format!("O{opt}"),
            secs(sc),
            secs(rc),
            times(ratio(sc, rc)),
            mib(smelt.peak_rss_kib),
            mib(rustc.peak_rss_kib),
            secs(sr),
            secs(rr),
            times(ratio(sr, rr)),
        );
        for (name, build) in [("smelt", smelt), ("rustc", rustc)] {
            if let Some(e) = &build.error {
                errors.push(format!("  O{opt} {name}: {e}"));
            }
        }
    }
    let fe = &result.front_end;
    let mir = fe.smelt_mir.as_ref().ok().and_then(|t| median(t));
    let metadata = fe.rustc_metadata.as_ref().ok().and_then(|t| median(t));
    let full = result
        .configs
        .first()
        .and_then(|(_, smelt, _)| median(&smelt.compile_times));
    let per_s = |t| {
        lines_per_second(program.lines, t)
            .map_or_else(|| "-".to_string(), |l| format!("{l:.0} lines/s"))
    };
    println!(
        "front end: smelt --emit=mir {} ({}); smelt full compile at O{} {}; rustc --emit=metadata {} ({})",
        secs(mir),
        per_s(mir),
        result.configs.first().map_or(0, |c| c.0),
        per_s(full),
        secs(metadata),
        per_s(metadata)
    );
    for (name, r) in [
        ("smelt --emit=mir", &fe.smelt_mir),
        ("rustc --emit=metadata", &fe.rustc_metadata),
    ] {
        if let Err(e) = r {
            errors.push(format!("  {name}: {e}"));
        }
    }
    for e in errors {
        println!("{e}");
    }
}

fn program_json(program: &Program, result: &ProgramResult) -> Json {
    let build_json = |build: &Build| {
        Json::Object(vec![
            ("compile_s", Json::num(median(&build.compile_times))),
            (
                "compile_runs_s",
                Json::Array(build.compile_times.iter().map(|&t| Json::Num(t)).collect()),
            ),
            (
                "peak_rss_kib",
                if build.peak_rss_kib == 0 {
                    Json::Null
                } else {
                    Json::Int(build.peak_rss_kib)
                },
            ),
            ("run_s", Json::num(median(&build.run_times))),
            (
                "run_runs_s",
                Json::Array(build.run_times.iter().map(|&t| Json::Num(t)).collect()),
            ),
            ("error", build.error.clone().map_or(Json::Null, Json::Str)),
        ])
    };
    let configs = result
        .configs
        .iter()
        .map(|(opt, smelt, rustc)| {
            Json::Object(vec![
                ("opt_level", Json::Int(u64::from(*opt))),
                ("smelt", build_json(smelt)),
                ("rustc", build_json(rustc)),
                (
                    "compile_ratio",
                    Json::num(ratio(
                        median(&smelt.compile_times),
                        median(&rustc.compile_times),
                    )),
                ),
                (
                    "run_ratio",
                    Json::num(ratio(median(&smelt.run_times), median(&rustc.run_times))),
                ),
            ])
        })
        .collect();
    let fe = &result.front_end;
    let timing = |r: &Result<Vec<f64>, String>| match r {
        Ok(t) => Json::Object(vec![
            ("s", Json::num(median(t))),
            (
                "lines_per_s",
                Json::num(lines_per_second(program.lines, median(t))),
            ),
        ]),
        Err(e) => Json::Object(vec![("error", Json::Str(e.clone()))]),
    };
    let full = result
        .configs
        .first()
        .and_then(|(_, smelt, _)| median(&smelt.compile_times));
    Json::Object(vec![
        ("name", Json::Str(program.name.clone())),
        ("path", Json::Str(program.rel.clone())),
        ("lines", Json::Int(program.lines as u64)),
        ("configs", Json::Array(configs)),
        (
            "front_end",
            Json::Object(vec![
                ("smelt_emit_mir", timing(&fe.smelt_mir)),
                (
                    "smelt_full_compile_lines_per_s",
                    Json::num(lines_per_second(program.lines, full)),
                ),
                ("rustc_emit_metadata", timing(&fe.rustc_metadata)),
            ]),
        ),
    ])
}

//! Compilation options, in rustc's vocabulary (`-C opt-level`, `--crate-type`, `--emit`).

use std::path::PathBuf;

use smelt_errors::{ColorConfig, LintLevel};
use smelt_span::Edition;

use crate::target::Target;

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum CrateType {
    Executable,
    Lib,
    Rlib,
    Staticlib,
    Dylib,
    Cdylib,
    ProcMacro,
}

impl CrateType {
    pub fn parse(s: &str) -> Option<CrateType> {
        Some(match s {
            "bin" => CrateType::Executable,
            "lib" => CrateType::Lib,
            "rlib" => CrateType::Rlib,
            "staticlib" => CrateType::Staticlib,
            "dylib" => CrateType::Dylib,
            "cdylib" => CrateType::Cdylib,
            "proc-macro" => CrateType::ProcMacro,
            _ => return None,
        })
    }

    /// The name `--crate-type` takes.
    pub fn name(self) -> &'static str {
        match self {
            CrateType::Executable => "bin",
            CrateType::Lib => "lib",
            CrateType::Rlib => "rlib",
            CrateType::Staticlib => "staticlib",
            CrateType::Dylib => "dylib",
            CrateType::Cdylib => "cdylib",
            CrateType::ProcMacro => "proc-macro",
        }
    }

    /// rustc builds `lib` as an rlib, so the two name the same output.
    pub fn is_rlib(self) -> bool {
        matches!(self, CrateType::Lib | CrateType::Rlib)
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum OptLevel {
    No,
    Less,
    Default,
    Aggressive,
    Size,
    SizeMin,
}

impl OptLevel {
    pub fn parse(s: &str) -> Option<OptLevel> {
        Some(match s {
            "0" => OptLevel::No,
            "1" => OptLevel::Less,
            "2" => OptLevel::Default,
            "3" => OptLevel::Aggressive,
            "s" => OptLevel::Size,
            "z" => OptLevel::SizeMin,
            _ => return None,
        })
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum DebugInfo {
    None,
    LineTablesOnly,
    Limited,
    Full,
}

impl DebugInfo {
    pub fn parse(s: &str) -> Option<DebugInfo> {
        Some(match s {
            "0" | "none" | "false" | "n" | "no" | "off" => DebugInfo::None,
            "line-directives-only" | "line-tables-only" => DebugInfo::LineTablesOnly,
            "1" | "limited" => DebugInfo::Limited,
            "2" | "full" | "true" | "y" | "yes" | "on" => DebugInfo::Full,
            _ => return None,
        })
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum PanicStrategy {
    Unwind,
    Abort,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum Strip {
    None,
    Debuginfo,
    Symbols,
}

/// What `--emit` asks for.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash, PartialOrd, Ord)]
pub enum OutputType {
    Tokens,
    Ast,
    Expanded,
    Hir,
    Mir,
    Clif,
    Asm,
    Object,
    Metadata,
    DepInfo,
    Exe,
}

impl OutputType {
    pub fn parse(s: &str) -> Option<OutputType> {
        Some(match s {
            "tokens" => OutputType::Tokens,
            "ast" => OutputType::Ast,
            "expanded" => OutputType::Expanded,
            "hir" => OutputType::Hir,
            "mir" => OutputType::Mir,
            "clif" | "llvm-ir" => OutputType::Clif,
            "asm" => OutputType::Asm,
            "obj" => OutputType::Object,
            "metadata" => OutputType::Metadata,
            "dep-info" => OutputType::DepInfo,
            "link" => OutputType::Exe,
            _ => return None,
        })
    }

    /// The file extension rustc gives this output.
    pub fn extension(self) -> &'static str {
        match self {
            OutputType::Tokens => "tokens",
            OutputType::Ast => "ast",
            OutputType::Expanded => "expanded.rs",
            OutputType::Hir => "hir",
            OutputType::Mir => "mir",
            OutputType::Clif => "clif",
            OutputType::Asm => "s",
            OutputType::Object => "o",
            OutputType::Metadata => "rmeta",
            OutputType::DepInfo => "d",
            OutputType::Exe => "",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            OutputType::Tokens => "tokens",
            OutputType::Ast => "ast",
            OutputType::Expanded => "expanded",
            OutputType::Hir => "hir",
            OutputType::Mir => "mir",
            OutputType::Clif => "clif",
            OutputType::Asm => "asm",
            OutputType::Object => "obj",
            OutputType::Metadata => "metadata",
            OutputType::DepInfo => "dep-info",
            OutputType::Exe => "link",
        }
    }
}

/// `-C relocation-model`.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum RelocModel {
    Static,
    Pic,
    Pie,
    DynamicNoPic,
    Ropi,
    Rwpi,
    RopiRwpi,
}

impl RelocModel {
    /// In `--print relocation-models` order.
    pub const ALL: &'static [(&'static str, RelocModel)] = &[
        ("static", RelocModel::Static),
        ("pic", RelocModel::Pic),
        ("pie", RelocModel::Pie),
        ("dynamic-no-pic", RelocModel::DynamicNoPic),
        ("ropi", RelocModel::Ropi),
        ("rwpi", RelocModel::Rwpi),
        ("ropi-rwpi", RelocModel::RopiRwpi),
    ];

    pub fn parse(s: &str) -> Option<RelocModel> {
        RelocModel::ALL
            .iter()
            .find(|(name, _)| *name == s)
            .map(|&(_, m)| m)
    }
}

/// `-C split-debuginfo`.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum SplitDebuginfo {
    Off,
    Packed,
    Unpacked,
}

impl SplitDebuginfo {
    pub fn parse(s: &str) -> Option<SplitDebuginfo> {
        Some(match s {
            "off" => SplitDebuginfo::Off,
            "packed" => SplitDebuginfo::Packed,
            "unpacked" => SplitDebuginfo::Unpacked,
            _ => return None,
        })
    }
}

/// What an `-L` directory is searched for (`-L dependency=dir`).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum PathKind {
    Native,
    Crate,
    Dependency,
    Framework,
    All,
}

/// One `-L [KIND=]PATH`.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct SearchPath {
    pub kind: PathKind,
    pub dir: PathBuf,
}

/// How an `-l` library is linked.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
pub enum NativeLibKind {
    /// `-l name`: the linker decides.
    Unspecified,
    /// `-l static=name`, with `+bundle`/`+whole-archive` modifiers when given.
    Static {
        bundle: Option<bool>,
        whole_archive: Option<bool>,
    },
    /// `-l dylib=name`.
    Dylib { as_needed: Option<bool> },
    /// `-l framework=name` (Apple targets).
    Framework { as_needed: Option<bool> },
}

/// One `-l [KIND[:MODIFIERS]=]NAME[:RENAME]`.
#[derive(Clone, PartialEq, Eq, Debug, Hash)]
pub struct NativeLib {
    pub name: String,
    pub new_name: Option<String>,
    pub kind: NativeLibKind,
    pub verbatim: Option<bool>,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ErrorFormat {
    Human,
    Short,
    Json { rendered_ansi: bool },
}

#[derive(Clone, Debug)]
pub struct Options {
    pub crate_name: Option<String>,
    pub crate_types: Vec<CrateType>,
    pub edition: Edition,
    pub opt_level: OptLevel,
    pub debug_assertions: bool,
    pub overflow_checks: bool,
    pub debuginfo: DebugInfo,
    pub panic: PanicStrategy,
    pub codegen_units: Option<usize>,
    pub target: Target,
    /// `--cfg name` and `--cfg name="value"`.
    pub cfg: Vec<(String, Option<String>)>,
    pub emit: Vec<(OutputType, Option<PathBuf>)>,
    pub output: Option<PathBuf>,
    pub out_dir: Option<PathBuf>,
    pub test: bool,
    pub lint_cmdline: Vec<(String, LintLevel)>,
    pub cap_lints: Option<LintLevel>,
    pub error_format: ErrorFormat,
    pub color: ColorConfig,
    pub linker: Option<PathBuf>,
    pub link_args: Vec<String>,
    pub strip: Strip,
    pub incremental: Option<PathBuf>,
    pub externs: Vec<(String, Option<PathBuf>)>,
    pub search_paths: Vec<PathBuf>,
    /// Whether the C runtime is linked statically: the target's default (musl) unless
    /// `-C target-feature=+crt-static` or `-crt-static` says otherwise.
    pub static_crt: bool,
    pub metadata: Vec<String>,
    pub extra_filename: String,
    /// `--sysroot`.
    pub sysroot: Option<PathBuf>,
    /// `--check-cfg` specifications, as written.
    pub check_cfg: Vec<String>,
    /// `--force-warn` lints; each is also in `lint_cmdline` as `Warn`.
    pub force_warn: Vec<String>,
    /// `--diagnostic-width`.
    pub diagnostic_width: Option<usize>,
    /// `--json=artifacts`: report each artifact written as a JSON line.
    pub json_artifact_notifications: bool,
    /// `--json=future-incompat`.
    pub json_future_incompat: bool,
    /// `--json=unused-externs` (`Some(true)`) or `unused-externs-silent` (`Some(false)`).
    pub json_unused_externs: Option<bool>,
    /// `--json=diagnostic-short`: the `rendered` field uses the short format.
    pub json_diagnostic_short: bool,
    /// `-L` directories with their kinds, in order; `search_paths` lists the same directories.
    pub lib_search_paths: Vec<SearchPath>,
    /// `-l` libraries, in order.
    pub native_libs: Vec<NativeLib>,
    /// `-v`/`--verbose`.
    pub verbose: bool,
    /// `--remap-path-prefix FROM=TO`.
    pub remap_path_prefix: Vec<(PathBuf, PathBuf)>,
    pub relocation_model: Option<RelocModel>,
    pub code_model: Option<String>,
    pub target_cpu: Option<String>,
    /// `-C target-feature` entries in order, each `+name` or `-name`.
    pub target_features: Vec<String>,
    pub force_frame_pointers: bool,
    pub split_debuginfo: Option<SplitDebuginfo>,
    pub dwarf_version: Option<u32>,
    pub linker_flavor: Option<String>,
    pub save_temps: bool,
    pub link_dead_code: bool,
    pub prefer_dynamic: bool,
    pub rpath: bool,
}

impl Options {
    /// The `cfg` options rustc sets for the target and these flags, without the user's `--cfg`s,
    /// in `--print cfg` order. Unstable ones (`overflow_checks`, `target_thread_local`) are left
    /// out, as stable rustc leaves them out of `--print cfg`.
    pub fn target_cfg(&self) -> Vec<(String, Option<String>)> {
        let t = &self.target;
        let mut cfg: Vec<(String, Option<String>)> = Vec::new();
        let mut kv = |k: &str, v: &str| cfg.push((k.to_string(), Some(v.to_string())));
        let panic = match self.panic {
            PanicStrategy::Unwind => "unwind",
            PanicStrategy::Abort => "abort",
        };
        kv("panic", panic);
        kv("target_abi", &t.abi);
        kv("target_arch", &t.arch);
        kv(
            "target_endian",
            if t.endian == crate::target::Endian::Little {
                "little"
            } else {
                "big"
            },
        );
        kv("target_env", &t.env);
        for family in &t.families {
            kv("target_family", family);
        }
        for feature in self.target_feature_set() {
            kv("target_feature", &feature);
        }
        for width in [8u32, 16, 32, 64, 128] {
            if width <= t.max_atomic_width {
                kv("target_has_atomic", &width.to_string());
            }
        }
        if t.max_atomic_width >= t.pointer_width {
            kv("target_has_atomic", "ptr");
        }
        kv("target_os", &t.os);
        kv("target_pointer_width", &t.pointer_width.to_string());
        kv("target_vendor", &t.vendor);
        if self.debug_assertions {
            cfg.push(("debug_assertions".to_string(), None));
        }
        for family in &t.families {
            cfg.push((family.clone(), None));
        }
        cfg
    }

    /// The target features in force: the target's own, then `-C target-feature` applied in
    /// order (with what each implies), and `crt-static` when linking statically. Sorted.
    pub fn target_feature_set(&self) -> Vec<String> {
        let t = &self.target;
        let mut set: std::collections::BTreeSet<String> = t.base_features.iter().cloned().collect();
        for entry in &self.target_features {
            let (enable, name) = match entry.split_at_checked(1) {
                Some(("+", name)) => (true, name),
                Some(("-", name)) => (false, name),
                _ => continue,
            };
            if name == "crt-static" {
                continue;
            }
            if enable {
                let mut work = vec![name.to_string()];
                while let Some(f) = work.pop() {
                    work.extend(t.implied_features(&f).iter().map(|s| s.to_string()));
                    set.insert(f);
                }
            } else {
                // Disabling a feature disables everything that implies it.
                let mut removed = vec![name.to_string()];
                while let Some(f) = removed.pop() {
                    set.remove(&f);
                    let dependents: Vec<String> = set
                        .iter()
                        .filter(|g| t.implied_features(g).contains(&f.as_str()))
                        .cloned()
                        .collect();
                    removed.extend(dependents);
                }
            }
        }
        if self.static_crt {
            set.insert("crt-static".to_string());
        }
        set.into_iter().collect()
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            crate_name: None,
            crate_types: vec![CrateType::Executable],
            edition: Edition::E2015,
            opt_level: OptLevel::No,
            debug_assertions: true,
            overflow_checks: true,
            debuginfo: DebugInfo::None,
            panic: PanicStrategy::Unwind,
            codegen_units: None,
            target: Target::host(),
            cfg: Vec::new(),
            emit: Vec::new(),
            output: None,
            out_dir: None,
            test: false,
            lint_cmdline: Vec::new(),
            cap_lints: None,
            error_format: ErrorFormat::Human,
            color: ColorConfig::Auto,
            linker: None,
            link_args: Vec::new(),
            strip: Strip::None,
            incremental: None,
            externs: Vec::new(),
            search_paths: Vec::new(),
            static_crt: false,
            metadata: Vec::new(),
            extra_filename: String::new(),
            sysroot: None,
            check_cfg: Vec::new(),
            force_warn: Vec::new(),
            diagnostic_width: None,
            json_artifact_notifications: false,
            json_future_incompat: false,
            json_unused_externs: None,
            json_diagnostic_short: false,
            lib_search_paths: Vec::new(),
            native_libs: Vec::new(),
            verbose: false,
            remap_path_prefix: Vec::new(),
            relocation_model: None,
            code_model: None,
            target_cpu: None,
            target_features: Vec::new(),
            force_frame_pointers: false,
            split_debuginfo: None,
            dwarf_version: None,
            linker_flavor: None,
            save_temps: false,
            link_dead_code: false,
            prefer_dynamic: false,
            rpath: false,
        }
    }
}

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
}

impl CrateType {
    pub fn parse(s: &str) -> Option<CrateType> {
        Some(match s {
            "bin" => CrateType::Executable,
            "lib" => CrateType::Lib,
            "rlib" => CrateType::Rlib,
            "staticlib" => CrateType::Staticlib,
            _ => return None,
        })
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
    pub static_crt: bool,
    pub metadata: Vec<String>,
    pub extra_filename: String,
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
        }
    }
}
